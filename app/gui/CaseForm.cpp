#include "CaseForm.h"

#include "ChineseText.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QSet>
#include <QVBoxLayout>

namespace zw::gui {

namespace {
using Fields = QList<QPair<QString, QString>>;
}

CaseForm::CaseForm(QWidget *parent)
    : QWidget(parent), m_layout(new QVBoxLayout(this)), m_general(new QLabel(this))
{
    m_general->setWordWrap(true);
    m_general->hide();
    m_layout->addWidget(m_general);
}

QWidget *CaseForm::addGroup(const QString &title, const Fields &fields)
{
    auto *box = new QGroupBox(title, m_body);
    auto *form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    for (const auto &[label, path] : fields) {
        auto *cell = new QWidget(box);
        auto *v = new QVBoxLayout(cell);
        v->setContentsMargins(0, 0, 0, 0);
        v->setSpacing(2);
        auto *edit = new QLineEdit(m_file->text(path), cell);
        edit->setObjectName(path);
        auto *message = new QLabel(cell);
        message->setWordWrap(true);
        message->hide();
        v->addWidget(edit);
        v->addWidget(message);
        form->addRow(label, cell);
        m_fields.append({path, edit, message});
        connect(edit, &QLineEdit::textEdited, this, [this, path](const QString &text) {
            if (!m_file->at(path) && text.isEmpty())
                return;
            m_file->setText(path, text);
            Q_EMIT edited();
        });
    }
    m_body->layout()->addWidget(box);
    return box;
}

void CaseForm::setCase(CaseFile *file)
{
    m_file = file;
    rebuild();
}

void CaseForm::rebuild()
{
    delete m_body;
    m_fields.clear();
    m_body = new QWidget(this);
    new QVBoxLayout(m_body);
    m_layout->addWidget(m_body);
    if (!m_file)
        return;
    const Json &root = m_file->json();
    addGroup(tr("法院"), {{tr("法院名称"), QStringLiteral("court.name")}, {tr("法院代字"), QStringLiteral("court.code")},
                        {tr("地址"), QStringLiteral("court.address")}, {tr("电话"), QStringLiteral("court.phone")},
                        {tr("开户银行"), QStringLiteral("court.account.bank")}, {tr("户名"), QStringLiteral("court.account.holder")},
                        {tr("账号"), QStringLiteral("court.account.number")}});
    addGroup(tr("案件"), {{tr("案号"), QStringLiteral("case.number")}, {tr("案由"), QStringLiteral("case.cause")},
                        {tr("立案日期"), QStringLiteral("case.filed_on")}, {tr("申请执行费"), QStringLiteral("case.fee")}});
    Fields basis{{tr("作出机关"), QStringLiteral("basis.authority")}, {tr("文书字号"), QStringLiteral("basis.number")},
                 {tr("文书名称"), QStringLiteral("basis.title")}, {tr("生效日期"), QStringLiteral("basis.effective_on")}};
    const Json items = root.contains("basis") ? root["basis"].value("items", Json::array()) : Json::array();
    for (std::size_t i = 0; i < items.size(); ++i)
        basis.append({itemOrdinal(items[i].value("no", int(i) + 1)), QStringLiteral("basis.items[%1].text").arg(i)});
    addGroup(tr("执行依据"), basis);
    for (const auto &[key, label] : {std::pair{"applicants", tr("申请执行人")}, std::pair{"respondents", tr("被执行人")}}) {
        const Json list = root.value(key, Json::array());
        for (std::size_t i = 0; i < list.size(); ++i) {
            const QString p = QStringLiteral("%1[%2].").arg(QLatin1String(key)).arg(i);
            Fields f{{tr("名称"), p + QStringLiteral("name")}};
            if (stringAt(list[i], "kind") == QStringLiteral("organization")) {
                f << QPair<QString, QString>{tr("统一社会信用代码"), p + QStringLiteral("uscc")} << QPair<QString, QString>{tr("住所地"), p + QStringLiteral("address")}
                  << QPair<QString, QString>{tr("法定代表人"), p + QStringLiteral("representative.name")} << QPair<QString, QString>{tr("职务"), p + QStringLiteral("representative.position")};
            } else {
                f << QPair<QString, QString>{tr("性别"), p + QStringLiteral("gender")} << QPair<QString, QString>{tr("出生日期"), p + QStringLiteral("born_on")}
                  << QPair<QString, QString>{tr("民族"), p + QStringLiteral("ethnicity")} << QPair<QString, QString>{tr("身份证号"), p + QStringLiteral("id_number")}
                  << QPair<QString, QString>{tr("住址"), p + QStringLiteral("address")};
            }
            addGroup(QStringLiteral("%1 %2").arg(label).arg(i + 1), f);
        }
    }
    addGroup(tr("办案人员"), {{tr("独任审判员"), QStringLiteral("officers.sole_judge")}, {tr("审判长"), QStringLiteral("officers.presiding")},
                          {tr("法官助理"), QStringLiteral("officers.assistant")}, {tr("书记员"), QStringLiteral("officers.clerk")}});
    addGroup(tr("文书日期"), {{tr("通知书日期"), QStringLiteral("notice.issued_on")}});
    addGroup(tr("自动履行"), {{tr("履行人编号"), QStringLiteral("performance.performer")}, {tr("履行义务"), QStringLiteral("performance.obligation")},
                          {tr("履行金额"), QStringLiteral("performance.amount")}, {tr("履行日期"), QStringLiteral("performance.performed_on")},
                          {tr("申请日期"), QStringLiteral("performance.applied_on")}, {tr("证明书编号"), QStringLiteral("performance.certificate_no")}});
    static_cast<QVBoxLayout *>(m_body->layout())->addStretch(1);
    applyFilter();
}

void CaseForm::showOnlyFor(const QStringList &requiredFields)
{
    m_required = requiredFields;
    applyFilter();
}

void CaseForm::applyFilter()
{
    // A group is shown when the document needs any field under the same
    // top-level key (court, case, basis, applicants, …); no filter shows all.
    QSet<QString> tops;
    for (const QString &f : m_required)
        tops.insert(f.section(QLatin1Char('.'), 0, 0).section(QLatin1Char('['), 0, 0));
    for (QGroupBox *box : m_body ? m_body->findChildren<QGroupBox *>() : QList<QGroupBox *>()) {
        bool needed = m_required.isEmpty();
        for (QLineEdit *edit : box->findChildren<QLineEdit *>()) {
            const QString top = edit->objectName().section(QLatin1Char('.'), 0, 0).section(QLatin1Char('['), 0, 0);
            needed |= tops.contains(top) || (top == QStringLiteral("officers") && tops.contains(QStringLiteral("panel")));
        }
        box->setVisible(needed);
    }
}

void CaseForm::showDiagnostics(const Diagnostics &list)
{
    QStringList general;
    for (Field &f : m_fields) {
        f.message->clear();
        f.message->hide();
    }
    for (const Diagnostic &d : list) {
        bool placed = false;
        for (Field &f : m_fields) {
            if (f.path != d.path)
                continue;
            const QString prev = f.message->text();
            f.message->setText(prev.isEmpty() ? d.message : prev + QLatin1Char('\n') + d.message);
            f.message->setStyleSheet(d.isError() ? QStringLiteral("color: #a40000;") : QStringLiteral("color: #8f5902;"));
            f.message->show();
            placed = true;
        }
        if (!placed)
            general << (d.isError() ? tr("错误：") : tr("警告：")) + d.toString();
    }
    m_general->setText(general.join(QLatin1Char('\n')));
    m_general->setVisible(!general.isEmpty());
}

QLineEdit *CaseForm::field(const QString &path) const
{
    for (const Field &f : m_fields)
        if (f.path == path)
            return f.edit;
    return nullptr;
}

QString CaseForm::messageFor(const QString &path) const
{
    for (const Field &f : m_fields)
        if (f.path == path)
            return f.message->text();
    return {};
}

} // namespace zw::gui
