#pragma once

#include "CaseFile.h"
#include "Service.h"

#include <QDialog>

class QDateEdit;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace zw::gui {

// The 终本 checklist beside a case: each condition of the rules with what the
// record shows, and for a missing one what is missing and what counts as
// evidence; then the interview record and the ruling, previewed in the main
// window. Every verdict comes from the service (Service::assessZhongben).
class ZhongbenChecklist : public QDialog
{
    Q_OBJECT
public:
    static constexpr const char *RulingTemplate = "zhongben-caiding";
    static constexpr const char *InterviewTemplate = "zhongben-yuetan";

    ZhongbenChecklist(Service &service, const CaseFile &file, QWidget *parent = nullptr);

    // The case with the ruling's date as set here.
    const CaseFile &result() const { return m_file; }
    // The document chosen to preview (a template id), empty when closed.
    QString chosenTemplate() const { return m_chosen; }
    bool allowed() const { return m_allowed; }
    QTreeWidget *conditions() const { return m_tree; }
    QPushButton *rulingButton() const { return m_ruling; }
    QPushButton *interviewButton() const { return m_interview; }
    QDateEdit *dateEdit() const { return m_date; }

private:
    void reassess();

    Service &m_service;
    CaseFile m_file;
    QString m_chosen;
    bool m_allowed = false;
    QLabel *m_verdict;
    QDateEdit *m_date;
    QTreeWidget *m_tree;
    QLabel *m_warnings;
    QPushButton *m_interview;
    QPushButton *m_ruling;
};

} // namespace zw::gui
