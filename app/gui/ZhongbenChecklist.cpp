#include "ZhongbenChecklist.h"

#include "ChineseText.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace zw::gui {

ZhongbenChecklist::ZhongbenChecklist(Service &service, const CaseFile &file, QWidget *parent)
    : QDialog(parent), m_service(service), m_file(file), m_verdict(new QLabel(this)), m_date(new QDateEdit(this)),
      m_tree(new QTreeWidget(this)), m_warnings(new QLabel(this)), m_interview(new QPushButton(tr("预览约谈笔录(&I)"), this)),
      m_ruling(new QPushButton(tr("预览终本裁定(&R)"), this))
{
    setWindowTitle(tr("终结本次执行程序：条件核对"));
    resize(820, 600);
    auto *layout = new QVBoxLayout(this);
    auto *dateRow = new QHBoxLayout;
    auto *dateLabel = new QLabel(tr("裁定日期(&D)："), this);
    dateLabel->setBuddy(m_date);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    const QDate decided = parseIsoDate(m_file.text(QStringLiteral("zhongben.decided_on")));
    m_date->setDate(decided.isValid() ? decided : QDate::currentDate());
    dateRow->addWidget(dateLabel);
    dateRow->addWidget(m_date);
    dateRow->addStretch();
    layout->addLayout(dateRow);
    m_verdict->setWordWrap(true);
    layout->addWidget(m_verdict);
    m_tree->setHeaderLabels({tr("条件及记录")});
    m_tree->header()->setStretchLastSection(true);
    m_tree->setWordWrap(true);
    m_tree->setUniformRowHeights(false);
    layout->addWidget(m_tree, 1);
    m_warnings->setWordWrap(true);
    layout->addWidget(m_warnings);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_interview, QDialogButtonBox::ActionRole);
    buttons->addButton(m_ruling, QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Close);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_interview, &QPushButton::clicked, this, [this] {
        m_chosen = QLatin1String(InterviewTemplate);
        accept();
    });
    connect(m_ruling, &QPushButton::clicked, this, [this] {
        m_chosen = QLatin1String(RulingTemplate);
        accept();
    });
    connect(m_date, &QDateEdit::dateChanged, this, [this](QDate d) {
        m_file.json()["zhongben"]["decided_on"] = ss(d.toString(Qt::ISODate));
        reassess();
    });
    m_file.json()["zhongben"]["decided_on"] = ss(m_date->date().toString(Qt::ISODate));
    reassess();
}

void ZhongbenChecklist::reassess()
{
    m_tree->clear();
    const auto a = m_service.assessZhongben(m_file);
    if (!a) {
        m_allowed = false;
        m_verdict->setText(tr("无法核对：%1").arg(a.displayString()));
        m_ruling->setEnabled(false);
        return;
    }
    m_allowed = a->allowed;
    int unmet = 0;
    for (const auto &c : a->conditions) {
        auto *item = new QTreeWidgetItem(m_tree, {(c.met ? tr("✓ 已满足  ") : tr("✗ 未满足  ")) + c.title});
        item->setToolTip(0, c.title + QLatin1Char('\n') + c.basis);
        if (!c.met) {
            ++unmet;
            item->setForeground(0, QColor(0xb0, 0x20, 0x20));
            for (const QString &reason : c.reasons)
                new QTreeWidgetItem(item, {tr("缺：%1").arg(reason)});
            new QTreeWidgetItem(item, {tr("应有的记录：%1").arg(c.evidence)});
            item->setExpanded(true);
        } else {
            new QTreeWidgetItem(item, {tr("依据：%1；记录：%2").arg(c.basis, c.evidence)});
        }
    }
    m_verdict->setText(a->allowed ? tr("条件均已满足，可以裁定。裁定书写明：“%1%2”").arg(a->citation, a->operative)
                                  : tr("还不能裁定终结本次执行程序：%1 项条件未满足。补齐记录后再核对。").arg(unmet));
    m_warnings->setText(a->warnings.isEmpty() ? QString() : tr("提示：") + a->warnings.join(QStringLiteral("\n")));
    m_warnings->setVisible(!a->warnings.isEmpty());
    m_ruling->setEnabled(a->allowed);
    m_interview->setEnabled(a->interviewReady);
    m_interview->setToolTip(a->interviewReady ? QString() : tr("财产调查等尚未完成（前三项条件），还不能约谈申请执行人"));
    m_ruling->setToolTip(a->allowed ? QString() : tr("条件未全部满足，不能生成终本裁定"));
}

} // namespace zw::gui
