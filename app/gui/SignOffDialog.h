#pragma once

#include "Service.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace zw::gui {

class PdfPreview;

// 签发: what waits for the current login's approval (or, ticked, every
// pending request), each shown as the document it would issue, made from
// the very case content submitted. 批准 approves it; 退回 returns it with a
// reason. The store decides who may: a clerk sees nothing to approve.
class SignOffDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SignOffDialog(Service &service, QWidget *parent = nullptr);

    void refresh();
    int rowCount() const;
    void selectRow(int row);
    std::optional<Approval> selected() const;
    // What the buttons do; false with the reason shown.
    bool approveSelected();
    bool returnSelected(const QString &reason);
    QString statusText() const;

Q_SIGNALS:
    void decided();

private:
    void showSelected();
    bool decideSelected(bool approve, const QString &reason);
    Service &m_service;
    QList<Approval> m_items;
    QCheckBox *m_all;
    QTableWidget *m_table;
    PdfPreview *m_preview;
    QLabel *m_status;
    QPushButton *m_approve, *m_return;
};

} // namespace zw::gui
