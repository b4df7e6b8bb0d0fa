#pragma once

#include "Records.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace zw {
class Service;
}

namespace zw::gui {

// The case store as a list: search by case number, cause, party name or ID
// number as you type; most recently opened first; open, duplicate, archive
// and restore; import and export of case files with a report. The store
// does the work; this dialog only shows it.
class CaseListDialog : public QDialog
{
    Q_OBJECT
public:
    explicit CaseListDialog(Service &service, QWidget *parent = nullptr);

    void setSearchText(const QString &text);
    void setShowArchived(bool archived);
    void refresh();

    QTableWidget *table() const { return m_table; }
    QList<qint64> selectedCaseIds() const;
    bool selectCase(qint64 id);

    // The actions behind the buttons, without their file dialogs.
    qint64 duplicateSelected();
    bool toggleArchiveSelected();
    TransferReport importFiles(const QStringList &files, ExistingCase existing = ExistingCase::Skip);
    TransferReport exportSelected(const QString &dir);
    // The last import or export report, as shown to the user.
    QString lastReport() const { return m_lastReport; }

Q_SIGNALS:
    void openRequested(qint64 id);

private:
    void showReport(const QString &title, const TransferReport &report);
    void updateButtons();
    // Every selected case is archived (as of the last refresh).
    bool selectionArchived() const;

    Service &m_service;
    QLineEdit *m_search;
    QCheckBox *m_archived;
    QTableWidget *m_table;
    QPushButton *m_open;
    QPushButton *m_duplicate;
    QPushButton *m_archive;
    QPushButton *m_export;
    QLabel *m_failure;
    QString m_lastReport;
};

} // namespace zw::gui
