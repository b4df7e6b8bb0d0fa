#include "CaseSchema.h"

#include "Bootstrap.h"
#include "families/Families.h"

#include <QCoreApplication>

namespace zw {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(zw::CaseValidator) // the validator's messages, declared here
};

void assignPaths(FieldSpec &spec, const QString &parent)
{
    if (parent.isEmpty())
        spec.path = spec.key;
    else if (spec.key.isEmpty())
        spec.path = parent + QStringLiteral("[]");
    else
        spec.path = parent + QLatin1Char('.') + spec.key;
    if (spec.element) {
        spec.element->key.clear();
        assignPaths(*spec.element, spec.path);
    }
    for (FieldSpec &m : spec.members)
        assignPaths(m, spec.path);
}

void collect(const FieldSpec &spec, QList<const FieldSpec *> &out)
{
    out << &spec;
    if (spec.element)
        collect(*spec.element, out);
    for (const FieldSpec &m : spec.members)
        collect(m, out);
}

using namespace Fields;

// The 56 nationalities recognised by the State, in the order of GB/T 3304.
QStringList ethnicities()
{
    return QStringLiteral("汉族 蒙古族 回族 藏族 维吾尔族 苗族 彝族 壮族 布依族 朝鲜族 满族 侗族 瑶族 白族 土家族 哈尼族 哈萨克族 傣族 黎族 傈僳族 "
                          "佤族 畲族 高山族 拉祜族 水族 东乡族 纳西族 景颇族 柯尔克孜族 土族 达斡尔族 仫佬族 羌族 布朗族 撒拉族 毛南族 仡佬族 "
                          "锡伯族 阿昌族 普米族 塔吉克族 怒族 乌孜别克族 俄罗斯族 鄂温克族 德昂族 保安族 裕固族 京族 塔塔尔族 独龙族 鄂伦春族 "
                          "赫哲族 门巴族 珞巴族 基诺族")
        .split(QLatin1Char(' '));
}

FieldSpec party(const QString &side, const QString &sideEn)
{
    const QString person = QStringLiteral("person"), organization = QStringLiteral("organization");
    FieldSpec agent = object(QString(), QStringLiteral("委托代理人"), QStringLiteral("agent"), {
        field(QStringLiteral("name"), FieldType::Text, QStringLiteral("姓名"), QStringLiteral("name")).req().max(100).name(),
        field(QStringLiteral("role"), FieldType::Text, QStringLiteral("身份"), QStringLiteral("role")).max(50)
            .helpText(QStringLiteral("如“委托诉讼代理人”")),
        field(QStringLiteral("detail"), FieldType::Text, QStringLiteral("工作单位或职务"), QStringLiteral("firm or position")).max(200),
    });
    agent.elementName = QStringLiteral("委托代理人{name}");
    agent.elementFallback = QStringLiteral("第{n}名委托代理人");
    FieldSpec p = object(QString(), side, sideEn, {
        field(QStringLiteral("id"), FieldType::Text, QStringLiteral("当事人编号"), QStringLiteral("party id")).req().max(32).uniqueIn(QStringLiteral("party-id"))
            .helpText(QStringLiteral("案件文件内部的编号，如 r1、a1，裁定和证明书以此指明当事人")),
        field(QStringLiteral("kind"), FieldType::Choice, QStringLiteral("当事人类型"), QStringLiteral("kind of party")).req().oneOf({person, organization})
            .labels({QStringLiteral("自然人"), QStringLiteral("法人或其他组织")}, {QStringLiteral("natural person"), QStringLiteral("organisation")})
            .wrongType(Tr::tr("应为 \"person\"（自然人）或 \"organization\"（单位）")),
        field(QStringLiteral("name"), FieldType::Text, QStringLiteral("姓名或名称"), QStringLiteral("name")).req().max(100).name(),
        field(QStringLiteral("gender"), FieldType::Choice, QStringLiteral("性别"), QStringLiteral("gender")).forKind(person)
            .oneOf({QStringLiteral("男"), QStringLiteral("女")}).labels({}, {QStringLiteral("male"), QStringLiteral("female")}).wrongType(Tr::tr("性别应为“男”或“女”")),
        field(QStringLiteral("born_on"), FieldType::Date, QStringLiteral("出生日期"), QStringLiteral("date of birth")).forKind(person),
        field(QStringLiteral("ethnicity"), FieldType::Text, QStringLiteral("民族"), QStringLiteral("ethnicity")).forKind(person).max(20)
            .suggest(ethnicities()),
        field(QStringLiteral("id_number"), FieldType::IdNumber, QStringLiteral("公民身份号码"), QStringLiteral("citizen ID number")).forKind(person)
            .helpText(QStringLiteral("18 位（末位可为 X）或 15 位旧号码")),
        field(QStringLiteral("uscc"), FieldType::Uscc, QStringLiteral("统一社会信用代码"), QStringLiteral("unified social credit code")).forKind(organization),
        field(QStringLiteral("address"), FieldType::Text, QStringLiteral("住所"), QStringLiteral("address")).max(1000),
        object(QStringLiteral("representative"), QStringLiteral("法定代表人或负责人"), QStringLiteral("legal representative"), {
            field(QStringLiteral("name"), FieldType::Text, QStringLiteral("法定代表人或负责人姓名"), QStringLiteral("representative's name")).req().max(100).name(),
            field(QStringLiteral("role"), FieldType::Text, QStringLiteral("代表人身份"), QStringLiteral("representative's role")).max(20)
                .helpText(QStringLiteral("法定代表人或主要负责人；空着按法定代表人")),
            field(QStringLiteral("position"), FieldType::Text, QStringLiteral("代表人职务"), QStringLiteral("representative's position")).max(50),
        }).forKind(organization),
        list(QStringLiteral("agents"), QStringLiteral("委托代理人"), QStringLiteral("agents"), agent, 20),
    });
    p.typeMessage = Tr::tr("当事人应为对象");
    p.elementName = side + QStringLiteral("{name}");
    p.elementFallback = QStringLiteral("第{n}名") + side;
    return p;
}

QList<FieldSpec> baseFields()
{
    FieldSpec item = object(QString(), QStringLiteral("判项"), QStringLiteral("item"), {
        field(QStringLiteral("no"), FieldType::Integer, QStringLiteral("项号"), QStringLiteral("item number")).req().uniqueIn(QStringLiteral("item-no"))
            .wrongType(Tr::tr("项号应为正整数")),
        field(QStringLiteral("text"), FieldType::MultilineText, QStringLiteral("判项内容"), QStringLiteral("text of the item")).req().max(5000),
        field(QStringLiteral("obligation"), FieldType::Boolean, QStringLiteral("是否给付义务"), QStringLiteral("orders performance"))
            .helpText(QStringLiteral("此项是否命令某人做某事；不填时以“驳回”开头的项视为没有给付内容")),
    });
    item.elementName = QStringLiteral("执行依据第{no}项");
    item.elementFallback = QStringLiteral("执行依据第{n}项");
    FieldSpec judge = field(QString(), FieldType::Text, QStringLiteral("审判员"), QStringLiteral("judge")).max(50);
    judge.elementFallback = QStringLiteral("第{n}名审判员");

    FieldSpec applicants = list(QStringLiteral("applicants"), QStringLiteral("申请执行人"), QStringLiteral("applicants"),
                                party(QStringLiteral("申请执行人"), QStringLiteral("applicant")), 100).req();
    FieldSpec respondents = list(QStringLiteral("respondents"), QStringLiteral("被执行人"), QStringLiteral("respondents"),
                                 party(QStringLiteral("被执行人"), QStringLiteral("respondent")), 100).req();
    applicants.emptyMessage = respondents.emptyMessage = Tr::tr("至少应有一名当事人");

    return {
        field(QStringLiteral("format"), FieldType::Text, QStringLiteral("格式标识"), QStringLiteral("format")).max(32),
        object(QStringLiteral("court"), QStringLiteral("法院"), QStringLiteral("court"), {
            field(QStringLiteral("name"), FieldType::Text, QStringLiteral("法院名称"), QStringLiteral("court name")).req().max(100),
            field(QStringLiteral("code"), FieldType::Text, QStringLiteral("法院代字"), QStringLiteral("court code")).max(16)
                .helpText(QStringLiteral("案号中的法院代字，如 皖1825")),
            field(QStringLiteral("address"), FieldType::Text, QStringLiteral("法院地址"), QStringLiteral("court address")).max(200),
            field(QStringLiteral("phone"), FieldType::Text, QStringLiteral("法院电话"), QStringLiteral("court telephone")).max(50),
            object(QStringLiteral("account"), QStringLiteral("执行款账户"), QStringLiteral("court account"), {
                field(QStringLiteral("bank"), FieldType::Text, QStringLiteral("开户银行"), QStringLiteral("bank")).max(100),
                field(QStringLiteral("holder"), FieldType::Text, QStringLiteral("账户名称"), QStringLiteral("account holder")).max(100),
                field(QStringLiteral("number"), FieldType::Text, QStringLiteral("账号"), QStringLiteral("account number")).max(40),
            }),
            field(QStringLiteral("certificate_pattern"), FieldType::Text, QStringLiteral("证明书编号格式"), QStringLiteral("certificate number pattern")).max(100)
                .helpText(QStringLiteral("含 {year}、{court}、{seq}，默认（{year}）{court}自履证{seq}号")),
        }).req(),
        object(QStringLiteral("case"), QStringLiteral("案件"), QStringLiteral("case"), {
            field(QStringLiteral("number"), FieldType::CaseNumber, QStringLiteral("案号"), QStringLiteral("case number")).req()
                .helpText(QStringLiteral("如（2024）皖1825执123号")),
            field(QStringLiteral("cause"), FieldType::Text, QStringLiteral("案由"), QStringLiteral("cause of action")).max(100),
            field(QStringLiteral("filed_on"), FieldType::Date, QStringLiteral("立案日期"), QStringLiteral("date filed")),
            field(QStringLiteral("fee"), FieldType::Money, QStringLiteral("申请执行费"), QStringLiteral("enforcement fee")),
        }).req(),
        applicants,
        respondents,
        object(QStringLiteral("basis"), QStringLiteral("执行依据"), QStringLiteral("basis of enforcement"), {
            field(QStringLiteral("authority"), FieldType::Text, QStringLiteral("执行依据的作出机关"), QStringLiteral("issuing authority")).req().max(100),
            field(QStringLiteral("number"), FieldType::CaseNumber, QStringLiteral("执行依据的文书字号"), QStringLiteral("instrument number")).req(),
            field(QStringLiteral("title"), FieldType::Text, QStringLiteral("执行依据的文书名称"), QStringLiteral("instrument title")).req().max(50)
                .helpText(QStringLiteral("如 民事判决书、民事调解书")),
            field(QStringLiteral("effective_on"), FieldType::Date, QStringLiteral("执行依据的生效日期"), QStringLiteral("date the instrument took effect")),
            field(QStringLiteral("due_on"), FieldType::Date, QStringLiteral("履行期限届满日"), QStringLiteral("end of the period for performance"))
                .helpText(QStringLiteral("执行依据确定的履行期限的最后一日；不填时从判项的“生效之日起×日内”“于×年×月×日前”推算")),
            field(QStringLiteral("joint_and_several"), FieldType::Boolean, QStringLiteral("是否连带责任"), QStringLiteral("joint and several liability")),
            list(QStringLiteral("items"), QStringLiteral("判项"), QStringLiteral("items"), item, 200),
        }),
        object(QStringLiteral("officers"), QStringLiteral("办案人员"), QStringLiteral("officers"), {
            field(QStringLiteral("presiding"), FieldType::Text, QStringLiteral("审判长"), QStringLiteral("presiding judge")).max(50),
            list(QStringLiteral("judges"), QStringLiteral("审判员"), QStringLiteral("judges"), judge, 10),
            field(QStringLiteral("sole_judge"), FieldType::Text, QStringLiteral("独任审判员"), QStringLiteral("sole judge")).max(50),
            field(QStringLiteral("assistant"), FieldType::Text, QStringLiteral("法官助理"), QStringLiteral("judge's assistant")).max(50),
            field(QStringLiteral("clerk"), FieldType::Text, QStringLiteral("书记员"), QStringLiteral("clerk")).max(50),
        }),
        object(QStringLiteral("notice"), QStringLiteral("通知书"), QStringLiteral("notice"), {
            field(QStringLiteral("issued_on"), FieldType::Date, QStringLiteral("通知书日期"), QStringLiteral("date of the notice"))
                .helpText(QStringLiteral("不填时执行通知书等以立案日期、督促履行告知书以生效日期为文书日期")),
        }),
    };
}

} // namespace

namespace Fields {

FieldSpec field(const QString &key, FieldType type, const QString &zh, const QString &en)
{
    FieldSpec f;
    f.key = key;
    f.type = type;
    f.zh = zh;
    f.en = en;
    switch (type) {
    case FieldType::Text: f.maxLength = 200; break;
    case FieldType::MultilineText: f.maxLength = 5000; break;
    case FieldType::Date: f.maxLength = 10; break;
    case FieldType::IdNumber: case FieldType::Uscc: f.maxLength = 18; break;
    case FieldType::Money: f.maxLength = 20; break;
    case FieldType::CaseNumber: case FieldType::PartyRef: case FieldType::RespondentRef: case FieldType::Choice: f.maxLength = 64; break;
    default: break;
    }
    return f;
}

FieldSpec object(const QString &key, const QString &zh, const QString &en, QList<FieldSpec> members)
{
    FieldSpec f = field(key, FieldType::Object, zh, en);
    f.members = std::move(members);
    return f;
}

FieldSpec list(const QString &key, const QString &zh, const QString &en, FieldSpec element, int maxItems)
{
    FieldSpec f = field(key, FieldType::List, zh, en);
    f.element = std::make_shared<FieldSpec>(std::move(element));
    f.maxItems = maxItems;
    return f;
}

} // namespace Fields

QString fieldTypeName(FieldType type)
{
    switch (type) {
    case FieldType::Object: return QStringLiteral("object");
    case FieldType::List: return QStringLiteral("list");
    case FieldType::Text: return QStringLiteral("text");
    case FieldType::MultilineText: return QStringLiteral("multiline");
    case FieldType::Date: return QStringLiteral("date");
    case FieldType::Money: return QStringLiteral("money");
    case FieldType::IdNumber: return QStringLiteral("id_number");
    case FieldType::Uscc: return QStringLiteral("uscc");
    case FieldType::CaseNumber: return QStringLiteral("case_number");
    case FieldType::Choice: return QStringLiteral("choice");
    case FieldType::PartyRef: return QStringLiteral("party");
    case FieldType::RespondentRef: return QStringLiteral("respondent");
    case FieldType::ItemRef: return QStringLiteral("item");
    case FieldType::Integer: return QStringLiteral("integer");
    case FieldType::Boolean: return QStringLiteral("boolean");
    }
    return {};
}

QString shownText(const Json &obj, const char *key)
{
    if (CaseSchema::english())
        if (const QString en = stringAt(memberAt(obj, "en"), key); !en.isEmpty())
            return en;
    return stringAt(obj, key);
}

QString FieldSpec::choiceLabel(const QString &value) const
{
    const qsizetype i = choices.indexOf(value);
    const QStringList &labels = CaseSchema::english() ? choiceEn : choiceZh;
    return i >= 0 && i < labels.size() ? labels[i] : value;
}

QString CaseSchema::elementLabel(const FieldSpec &list, const Json &value, qsizetype index)
{
    const FieldSpec &element = *list.element;
    const QString n = QString::number(index + 1);
    const QString name = stringAt(value, "name");
    if (english())
        return list.en + QLatin1Char(' ') + n + (name.isEmpty() ? QString() : QStringLiteral(" (") + name + QLatin1Char(')'));
    const bool hasNo = value.is_object() && value.contains("no") && value["no"].is_number_integer();
    if (element.elementName.contains(QStringLiteral("{name}")) && !name.isEmpty())
        return QString(element.elementName).replace(QStringLiteral("{name}"), name);
    if (element.elementName.contains(QStringLiteral("{no}")) && hasNo)
        return QString(element.elementName).replace(QStringLiteral("{no}"), QString::number(value["no"].get<long long>()));
    if (!element.elementFallback.isEmpty())
        return QString(element.elementFallback).replace(QStringLiteral("{n}"), n);
    return list.zh + n;
}

bool FieldSpec::isText() const
{
    return type != FieldType::Object && type != FieldType::List && type != FieldType::Integer && type != FieldType::ItemRef
           && type != FieldType::Boolean;
}

CaseSchema::CaseSchema(QList<FieldSpec> topLevel)
{
    m_root.type = FieldType::Object;
    m_root.members = std::move(topLevel);
    for (FieldSpec &m : m_root.members)
        assignPaths(m, QString());
}

const CaseSchema &CaseSchema::standard()
{
    static const CaseSchema schema = [] {
        QList<FieldSpec> fields = baseFields();
        // Each document family declares the fields it owns, next to its rules.
        fields += familyFields();
        return CaseSchema(std::move(fields));
    }();
    return schema;
}

QString CaseSchema::schemaPath(const QString &path)
{
    QString out;
    out.reserve(path.size());
    bool inIndex = false;
    for (const QChar c : path) {
        if (c == QLatin1Char('[')) {
            inIndex = true;
            out += c;
        } else if (c == QLatin1Char(']')) {
            inIndex = false;
            out += c;
        } else if (!inIndex) {
            out += c;
        }
    }
    return out;
}

const FieldSpec *CaseSchema::find(const QString &path) const
{
    const QString wanted = schemaPath(path);
    const FieldSpec *node = &m_root;
    qsizetype i = 0;
    while (i < wanted.size()) {
        if (wanted.mid(i, 2) == QStringLiteral("[]")) {
            if (!node->element)
                return nullptr;
            node = node->element.get();
            i += 2;
            continue;
        }
        if (wanted[i] == QLatin1Char('.'))
            ++i;
        qsizetype end = i;
        while (end < wanted.size() && wanted[end] != QLatin1Char('.') && wanted[end] != QLatin1Char('['))
            ++end;
        const QString key = wanted.mid(i, end - i);
        const FieldSpec *next = nullptr;
        for (const FieldSpec &m : node->members)
            if (m.key == key)
                next = &m;
        if (!next)
            return nullptr;
        node = next;
        i = end;
    }
    return node == &m_root ? nullptr : node;
}

QList<const FieldSpec *> CaseSchema::all() const
{
    QList<const FieldSpec *> out;
    for (const FieldSpec &m : m_root.members)
        collect(m, out);
    return out;
}

bool CaseSchema::english()
{
    // The language is chosen at start (a change applies after a restart);
    // reading the settings for every validation cost more than the rest of it.
    static const bool en = uiLanguage() == QLatin1String("en");
    return en;
}

} // namespace zw
