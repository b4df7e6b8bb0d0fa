#include "SignOffDialog.h"

#include "PdfPreview.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace zw::gui {

SignOffDialog::SignOffDialog(Service &service, QWidget *parent)
    : QDialog(parent), m_service(service), m_all(new QCheckBox(tr("显示全部待批（含须由他人签发的）"), this)), m_table(new QTableWidget(this)),
      m_preview(new PdfPreview(this)), m_status(new QLabel(this)), m_approve(new QPushButton(tr("批准(&A)"), this)),
      m_return(new QPushButton(tr("退回(&R)…"), this))
{
    setWindowTitle(tr("待我签发"));
    resize(1100, 720);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_all);
    auto *split = new QSplitter(this);
    m_table->setColumnCount(5);
    m_table->setHorizontalHeaderLabels({tr("报批号"), tr("案号"), tr("文书"), tr("报批人"), tr("须由")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    split->addWidget(m_table);
    split->addWidget(m_preview);
    split->setStretchFactor(1, 2);
    split->setSizes({460, 640}); // the list's columns readable beside the document
    layout->addWidget(split, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_approve, QDialogButtonBox::ActionRole);
    buttons->addButton(m_return, QDialogButtonBox::ActionRole);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_all, &QCheckBox::toggled, this, &SignOffDialog::refresh);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &SignOffDialog::showSelected);
    connect(m_approve, &QPushButton::clicked, this, [this] {
        const auto a = selected();
        if (a && QMessageBox::question(this, tr("批准"), tr("批准报批第 %1 号：%2 %3？\n批准后即可出具并登记。").arg(a->id).arg(a->caseNumber, m_table->item(m_table->currentRow(), 2)->text()))
                     == QMessageBox::Yes)
            approveSelected();
    });
    connect(m_return, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString reason = QInputDialog::getMultiLineText(this, tr("退回"), tr("退回的理由（报批人会看到）："), QString(), &ok);
        if (ok)
            returnSelected(reason);
    });
    refresh();
}

void SignOffDialog::refresh()
{
    const auto found = m_all->isChecked() ? m_service.signOffsPending() : m_service.signOffsAwaitingMe();
    m_items = found ? *found : QList<Approval>();
    m_table->setRowCount(int(m_items.size()));
    for (int r = 0; r < m_items.size(); ++r) {
        const Approval &a = m_items[r];
        const auto info = m_service.templateInfo(a.templateId);
        const QStringList cells{QString::number(a.id), a.caseNumber, info ? info->title : a.templateId,
                                tr("%1（%2）").arg(a.submittedBy, a.submittedAt.toLocalTime().toString(QStringLiteral("MM-dd HH:mm"))),
                                a.submittedTo.isEmpty() ? signOffLevelName(a.level) : a.submittedTo};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(r, c, new QTableWidgetItem(cells[c]));
    }
    m_table->resizeColumnsToContents();
    const QString who = m_service.storeUser();
    m_status->setText(!found ? tr("无法读取报批记录：%1").arg(found.displayString())
                      : m_items.isEmpty() ? tr("%1：没有待签发的文书").arg(who)
                                          : tr("%1：%2 件待签发").arg(who).arg(m_items.size()));
    if (!m_items.isEmpty())
        m_table->selectRow(0);
    else
        m_preview->showMessage(tr("没有待签发的文书"));
    showSelected();
}

int SignOffDialog::rowCount() const
{
    return int(m_items.size());
}

void SignOffDialog::selectRow(int row)
{
    m_table->selectRow(row);
}

std::optional<Approval> SignOffDialog::selected() const
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_items.size())
        return std::nullopt;
    return m_items[row];
}

QString SignOffDialog::statusText() const
{
    return m_status->text();
}

void SignOffDialog::showSelected()
{
    const auto a = selected();
    const bool may = a && m_service.mayApprove(a->level);
    m_approve->setEnabled(may);
    m_return->setEnabled(may);
    if (!a)
        return;
    // The judge reads the document as it will issue, from the content submitted.
    const auto file = CaseFile::fromBytes(a->caseJson, tr("报批第 %1 号").arg(a->id));
    const auto pdf = file ? m_service.render(a->templateId, *file) : Expected<QByteArray>(file.errors());
    if (pdf)
        m_preview->setPdf(*pdf);
    else
        m_preview->showMessage(tr("无法生成报批的文书：\n%1").arg(pdf.displayString()));
}

bool SignOffDialog::approveSelected()
{
    return decideSelected(true, {});
}

bool SignOffDialog::returnSelected(const QString &reason)
{
    return decideSelected(false, reason);
}

bool SignOffDialog::decideSelected(bool approve, const QString &reason)
{
    const auto a = selected();
    if (!a)
        return false;
    const auto done = approve ? m_service.approveSignOff(a->id) : m_service.returnSignOff(a->id, reason);
    if (!done) {
        QMessageBox::warning(this, approve ? tr("无法批准") : tr("无法退回"), done.displayString());
        return false;
    }
    Q_EMIT decided();
    refresh();
    return true;
}

} // namespace zw::gui
