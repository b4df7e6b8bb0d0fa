#include "CaseListDialog.h"

#include "Service.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QFileInfo>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace zw::gui {

namespace {
enum Column { Number, Cause, Parties, Officer, Filed, State, NextDue, Changed, ColumnCount };
// Kept on each row's case-number item from the last refresh.
constexpr int IdRole = Qt::UserRole;
constexpr int ArchivedRole = Qt::UserRole + 1;
}

CaseListDialog::CaseListDialog(Service &service, QWidget *parent)
    : QDialog(parent), m_service(service), m_search(new QLineEdit), m_archived(new QCheckBox(tr("显示已归档"))), m_table(new QTableWidget(0, ColumnCount)),
      m_open(new QPushButton(tr("打开(&O)"))), m_duplicate(new QPushButton(tr("建副本(&D)"))), m_archive(new QPushButton(tr("归档(&A)"))),
      m_export(new QPushButton(tr("导出(&E)…"))), m_failure(new QLabel)
{
    m_failure->setObjectName(QStringLiteral("failure"));
    m_failure->setStyleSheet(QStringLiteral("color: #a40000;"));
    m_failure->setWordWrap(true);
    m_failure->hide();
    setWindowTitle(tr("案件库"));
    resize(920, 560);
    m_search->setPlaceholderText(tr("按案号、案由、当事人姓名或证件号码查找"));
    m_search->setClearButtonEnabled(true);
    m_table->setHorizontalHeaderLabels({tr("案号"), tr("案由"), tr("当事人"), tr("承办人"), tr("立案日期"), tr("状态"), tr("下一到期事项"), tr("最近打开或修改")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(Parties, QHeaderView::Stretch);
    m_table->setColumnWidth(Number, 230);
    m_table->setColumnWidth(Cause, 140);
    m_table->setColumnWidth(Changed, 140);

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("查找(&F)：")));
    top->addWidget(m_search, 1);
    top->addWidget(m_archived);
    qobject_cast<QLabel *>(top->itemAt(0)->widget())->setBuddy(m_search);

    auto *import = new QPushButton(tr("导入(&I)…"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->addButton(m_open, QDialogButtonBox::ActionRole);
    buttons->addButton(m_duplicate, QDialogButtonBox::ActionRole);
    buttons->addButton(m_archive, QDialogButtonBox::ActionRole);
    buttons->addButton(import, QDialogButtonBox::ActionRole);
    buttons->addButton(m_export, QDialogButtonBox::ActionRole);
    // Enter opens the selected case, from the search field as from the list.
    m_open->setDefault(true);
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    connect(m_search, &QLineEdit::returnPressed, m_open, &QPushButton::click);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_failure);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);

    connect(m_search, &QLineEdit::textChanged, this, &CaseListDialog::refresh);
    connect(m_archived, &QCheckBox::toggled, this, &CaseListDialog::refresh);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &CaseListDialog::updateButtons);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this] { m_open->click(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_open, &QPushButton::clicked, this, [this] {
        const QList<qint64> ids = selectedCaseIds();
        if (ids.size() == 1)
            Q_EMIT openRequested(ids.first());
    });
    connect(m_duplicate, &QPushButton::clicked, this, [this] { duplicateSelected(); });
    connect(m_archive, &QPushButton::clicked, this, [this] {
        const qsizetype n = selectedCaseIds().size();
        const bool restore = selectionArchived();
        const QString question = restore ? tr("恢复所选的 %1 件案件到在办列表？").arg(n)
                                         : tr("归档所选的 %1 件案件？归档后不再列出，勾选“显示已归档”可找回并恢复。").arg(n);
        if (QMessageBox::question(this, restore ? tr("恢复案件") : tr("归档案件"), question, QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Yes) == QMessageBox::Yes)
            toggleArchiveSelected();
    });
    connect(import, &QPushButton::clicked, this, [this] {
        const QStringList files = QFileDialog::getOpenFileNames(this, tr("导入案件文件"), QString(), tr("案件文件 (*.json)"));
        if (files.isEmpty())
            return;
        const TransferReport report = importFiles(files);
        const int skipped = report.count(TransferItem::Outcome::Skipped);
        // Which files, by name and number, so the clerk knows what would be replaced.
        QStringList which;
        for (const TransferItem &i : report.items)
            if (i.outcome == TransferItem::Outcome::Skipped)
                which << tr("%1（%2）").arg(QFileInfo(i.file).fileName(), i.caseNumber);
        if (skipped > 0
            && QMessageBox::question(this, tr("案号已存在"),
                                     tr("下列 %1 个文件的案号已在案件库中，未导入：\n%2\n\n是否用这些文件替换案件库中的同号案件？（替换前的内容不保留）")
                                         .arg(skipped).arg(which.join(QLatin1Char('\n'))),
                                     QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
                   == QMessageBox::Yes) {
            QStringList again;
            for (const TransferItem &i : report.items)
                if (i.outcome == TransferItem::Outcome::Skipped)
                    again << i.file;
            importFiles(again, ExistingCase::Replace);
        }
    });
    connect(m_export, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("导出到文件夹"));
        if (!dir.isEmpty())
            exportSelected(dir);
    });
    refresh();
}

void CaseListDialog::setSearchText(const QString &text)
{
    m_search->setText(text); // refreshes
}

void CaseListDialog::setShowArchived(bool archived)
{
    m_archived->setChecked(archived);
}

void CaseListDialog::refresh()
{
    const QList<qint64> keep = selectedCaseIds();
    CaseQuery query;
    query.text = m_search->text();
    query.archived = m_archived->isChecked() ? CaseQuery::Both : CaseQuery::Active;
    const auto found = m_service.findCases(query);
    // A failed query is said so, never shown as an empty list.
    m_failure->setText(found ? QString() : tr("无法读取案件库：%1").arg(found.displayString()));
    m_failure->setVisible(!found);
    const QList<StoredCase> cases = found ? found.value() : QList<StoredCase>();
    m_table->setRowCount(0);
    m_table->setRowCount(int(cases.size()));
    for (int row = 0; row < cases.size(); ++row) {
        const StoredCase &c = cases[row];
        const QDateTime when = std::max(c.openedAt.isValid() ? c.openedAt : c.updatedAt, c.updatedAt);
        // How the case stands and what it owes next, from its own record.
        QString state = c.archived ? tr("已归档") : QString(), next, officer, filed;
        if (const auto file = m_service.loadStoredCase(c.id)) {
            const Service::Standing s = m_service.standing(*file);
            if (!c.archived)
                state = s.state;
            officer = s.officer;
            filed = s.filedOn.isValid() ? s.filedOn.toString(Qt::ISODate) : QString();
            if (s.next)
                next = s.next->date.toString(Qt::ISODate) + QLatin1Char(' ') + s.next->what;
        }
        const QString values[ColumnCount] = {c.number.isEmpty() ? tr("（无案号）") : c.number, c.cause, c.parties.join(QStringLiteral("、")), officer, filed, state, next,
                                            when.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))};
        for (int col = 0; col < ColumnCount; ++col) {
            auto *item = new QTableWidgetItem(values[col]);
            item->setData(IdRole, c.id);
            item->setData(ArchivedRole, c.archived);
            if (c.archived)
                item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
            m_table->setItem(row, col, item);
        }
        m_table->item(row, Parties)->setToolTip(c.parties.join(QLatin1Char('\n')));
        if (!c.sourcePath.isEmpty())
            m_table->item(row, Number)->setToolTip(tr("来自 %1").arg(c.sourcePath));
    }
    for (const qint64 id : keep)
        selectCase(id);
    if (m_table->selectedItems().isEmpty() && m_table->rowCount() > 0)
        m_table->selectRow(0);
    updateButtons();
}

QList<qint64> CaseListDialog::selectedCaseIds() const
{
    QList<qint64> ids;
    const auto rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows)
        ids << m_table->item(index.row(), Number)->data(IdRole).toLongLong();
    return ids;
}

bool CaseListDialog::selectionArchived() const
{
    const auto rows = m_table->selectionModel()->selectedRows();
    return std::all_of(rows.begin(), rows.end(),
                       [this](const QModelIndex &index) { return m_table->item(index.row(), Number)->data(ArchivedRole).toBool(); });
}

bool CaseListDialog::selectCase(qint64 id)
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, Number)->data(IdRole).toLongLong() == id) {
            m_table->selectRow(row);
            return true;
        }
    }
    return false;
}

void CaseListDialog::updateButtons()
{
    const QList<qint64> ids = selectedCaseIds();
    m_open->setEnabled(ids.size() == 1);
    m_duplicate->setEnabled(ids.size() == 1);
    m_export->setEnabled(!ids.isEmpty());
    m_archive->setEnabled(!ids.isEmpty());
    m_archive->setText(!ids.isEmpty() && selectionArchived() ? tr("恢复(&A)") : tr("归档(&A)"));
}

qint64 CaseListDialog::duplicateSelected()
{
    const QList<qint64> ids = selectedCaseIds();
    if (ids.size() != 1)
        return 0;
    const auto copy = m_service.duplicateCase(ids.first());
    if (!copy) {
        QMessageBox::warning(this, tr("无法建副本"), copy.displayString());
        return 0;
    }
    m_table->clearSelection();
    refresh();
    selectCase(*copy);
    return *copy;
}

bool CaseListDialog::toggleArchiveSelected()
{
    const QList<qint64> ids = selectedCaseIds();
    if (ids.isEmpty())
        return false;
    const bool allArchived = selectionArchived();
    for (const qint64 id : ids) {
        if (const auto ok = m_service.setArchived(id, !allArchived); !ok) {
            QMessageBox::warning(this, tr("无法归档"), ok.displayString());
            return false;
        }
    }
    refresh();
    return true;
}

TransferReport CaseListDialog::importFiles(const QStringList &files, ExistingCase existing)
{
    const auto done = m_service.importCaseFiles(files, existing);
    if (!done) {
        QMessageBox::warning(this, tr("无法导入"), done.displayString());
        return {};
    }
    const TransferReport &report = *done;
    m_search->clear();
    refresh();
    for (const TransferItem &i : report.items)
        if (i.caseId && i.outcome != TransferItem::Outcome::Skipped)
            selectCase(i.caseId);
    showReport(tr("导入报告"), report);
    return report;
}

TransferReport CaseListDialog::exportSelected(const QString &dir)
{
    const auto report = m_service.exportCases(selectedCaseIds(), dir);
    if (!report) {
        QMessageBox::warning(this, tr("无法导出"), report.displayString());
        return {};
    }
    showReport(tr("导出报告"), *report);
    return *report;
}

void CaseListDialog::showReport(const QString &title, const TransferReport &report)
{
    m_lastReport = report.text();
    // Not modal: the report stays beside the list while the user goes on.
    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("transferReport"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(title);
    dialog->resize(760, 360);
    auto *text = new QPlainTextEdit(m_lastReport);
    text->setReadOnly(true);
    text->setLineWrapMode(QPlainTextEdit::NoWrap);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(close, &QDialogButtonBox::rejected, dialog, &QDialog::close);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(text);
    layout->addWidget(close);
    // In front of the list it reports on, and given the keyboard.
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
    // Once the question before it has closed and the list has the focus back.
    QTimer::singleShot(150, dialog, [dialog] {
        dialog->raise();
        dialog->activateWindow();
    });
}

} // namespace zw::gui
