#include "CaseValidator.h"

#include "CaseNumber.h"
#include "CaseSchema.h"
#include "ChineseText.h"
#include "ChineseText.h"
#include "Identifiers.h"
#include "Money.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <QSet>

namespace zw {

namespace {

// Translation context of this file (Q_DECLARE_TR_FUNCTIONS lets lupdate see it).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(zw::CaseValidator)
};

// Walks the schema over the case: presence, JSON type, length and the
// format of each kind of field; then the relations between fields.
class Checker
{
public:
    Checker(const Json &root, const CaseSchema &schema) : m_root(root), m_schema(schema), m_english(CaseSchema::english()) {}
    Diagnostics out;

    void run()
    {
        collectReferences();
        for (const FieldSpec &f : m_schema.fields())
            member(m_root, f, QString(), QString());
        relations();
    }

private:
    void report(Diagnostic::Severity severity, const QString &path, const QString &label, const QString &msg)
    {
        Diagnostic d{severity, path, msg, label};
        out << d;
    }
    void error(const QString &path, const QString &label, const QString &msg) { report(Diagnostic::Severity::Error, path, label, msg); }
    void warning(const QString &path, const QString &label, const QString &msg) { report(Diagnostic::Severity::Warning, path, label, msg); }

    // `被执行人张某` + `出生日期` -> `被执行人张某的出生日期` (English: `date of birth of …`).
    QString under(const QString &prefix, const QString &own) const
    {
        if (prefix.isEmpty())
            return own;
        return m_english ? own + QStringLiteral(" of ") + prefix : prefix + QStringLiteral("的") + own;
    }

    QString labelOf(const FieldSpec &f, const QString &prefix) const
    {
        return under(prefix, m_english ? f.en : f.zh);
    }

    QString elementLabel(const FieldSpec &list, const Json &value, std::size_t index, const QString &prefix) const
    {
        return under(prefix, CaseSchema::elementLabel(list, value, qsizetype(index)));
    }

    // Member `f` of `obj`, labelled under `prefix` (the list element it is in).
    void member(const Json &obj, const FieldSpec &f, const QString &parentPath, const QString &prefix)
    {
        if (!f.onlyForKind.isEmpty() && stringAt(obj, "kind") != f.onlyForKind)
            return;
        const QString path = childPath(parentPath, f.key);
        const QString label = labelOf(f, prefix);
        auto it = obj.find(ss(f.key));
        if (it == obj.end() || it->is_null()) {
            if (f.required)
                error(path, label, f.type == FieldType::List && !f.emptyMessage.isEmpty() ? f.emptyMessage : Tr::tr("缺少必填字段"));
            return;
        }
        value(*it, f, path, label, prefix);
    }

    void value(const Json &v, const FieldSpec &f, const QString &path, const QString &label, const QString &prefix)
    {
        switch (f.type) {
        case FieldType::Object:
            if (!v.is_object()) {
                error(path, label, f.typeMessage.isEmpty() ? Tr::tr("应为对象") : f.typeMessage);
                return;
            }
            for (const FieldSpec &m : f.members)
                member(v, m, path, prefix);
            return;
        case FieldType::List:
            if (!v.is_array()) {
                error(path, label, Tr::tr("应为数组"));
                return;
            }
            if (f.required && v.empty() && !f.emptyMessage.isEmpty())
                error(path, label, f.emptyMessage);
            if (f.maxItems > 0 && v.size() > std::size_t(f.maxItems)) {
                error(path, label, Tr::tr("有 %1 项，超过此处的上限 %2 项").arg(v.size()).arg(f.maxItems));
                return;
            }
            for (std::size_t i = 0; i < v.size(); ++i) {
                const Json &e = v[i];
                const QString ep = indexPath(path, qsizetype(i));
                const QString el = elementLabel(f, e, i, prefix);
                // Members of an element are labelled under it; a scalar element is its own label.
                value(e, *f.element, ep, el, f.element->type == FieldType::Object ? el : prefix);
            }
            return;
        case FieldType::Integer:
        case FieldType::ItemRef:
            if (!v.is_number_integer() || (f.type == FieldType::Integer && v.get<long long>() <= 0)) {
                error(path, label, f.typeMessage.isEmpty() ? Tr::tr("应为正整数") : f.typeMessage);
                return;
            }
            if (f.type == FieldType::ItemRef && !m_itemNos.contains(v.get<long long>()))
                error(path, label, Tr::tr("执行依据没有第 %1 项").arg(v.get<long long>()));
            unique(f, path, label, QString::number(v.get<long long>()));
            return;
        case FieldType::Boolean:
            if (!v.is_boolean())
                error(path, label, f.typeMessage.isEmpty() ? Tr::tr("应为 true 或 false") : f.typeMessage);
            return;
        default:
            break;
        }
        if (f.type == FieldType::Money && v.is_number()) {
            error(path, label, Tr::tr("金额应写成字符串（如 \"75000.00\"），不能是 JSON 数字"));
            return;
        }
        if (!v.is_string()) {
            const bool refOrChoice = f.type == FieldType::RespondentRef;
            error(path, label, refOrChoice && !f.typeMessage.isEmpty() ? f.typeMessage : Tr::tr("应为字符串"));
            return;
        }
        const QString text = qs(v.get<std::string>());
        if (f.required && text.trimmed().isEmpty()) {
            error(path, label, Tr::tr("不能为空"));
            return;
        }
        if (text.isEmpty())
            return;
        const qsizetype length = text.size() - std::count_if(text.cbegin(), text.cend(), [](QChar c) { return c.isLowSurrogate(); });
        if (f.maxLength > 0 && length > f.maxLength) {
            error(path, label, Tr::tr("长度为 %1 个字符，超过此字段的上限 %2 个字符").arg(length).arg(f.maxLength));
            return;
        }
        if (!characters(f, text, path, label))
            return;
        format(f, text, path, label);
        unique(f, path, label, text);
    }

    // Control characters print as nothing or break the layout; a line break
    // belongs only in multi-line text. Names are written in characters of
    // writing: an emoji is not part of a name, even where a font has it.
    bool characters(const FieldSpec &f, const QString &text, const QString &path, const QString &label)
    {
        for (const char32_t c : text.toStdU32String()) {
            const bool lineBreak = c == U'\n' || c == U'\r';
            if (isControlChar(c) && !(lineBreak && f.type == FieldType::MultilineText)) {
                error(path, label, lineBreak ? Tr::tr("不能换行（此字段只有一行）") : Tr::tr("含有控制字符%1，它不会打印出来，请删去").arg(describeChar(c)));
                return false;
            }
            if (f.lettersOnly && isPictograph(c)) {
                error(path, label, Tr::tr("含有表情符号或图形符号%1，不是姓名或名称的文字").arg(describeChar(c)));
                return false;
            }
        }
        return true;
    }

    void format(const FieldSpec &f, const QString &text, const QString &path, const QString &label)
    {
        QString msg;
        bool isWarning = false;
        switch (f.type) {
        case FieldType::Date: msg = FieldCheck::date(text); break;
        case FieldType::Money: msg = FieldCheck::money(text); break;
        case FieldType::CaseNumber: msg = FieldCheck::caseNumber(text, f.allowOldNumber, &isWarning); break;
        case FieldType::IdNumber: msg = FieldCheck::idNumber(text); break;
        case FieldType::Uscc: msg = FieldCheck::uscc(text, &isWarning); break;
        case FieldType::Choice:
            if (!f.choices.contains(text))
                msg = f.typeMessage.isEmpty() ? Tr::tr("应为以下之一：%1").arg(f.choices.join(QStringLiteral("、"))) : f.typeMessage;
            break;
        case FieldType::PartyRef:
            if (!m_partyIds.contains(text))
                msg = Tr::tr("“%1”不是本案当事人的编号").arg(text);
            break;
        case FieldType::RespondentRef:
            if (!m_respondentIds.contains(text))
                msg = Tr::tr("“%1”不是本案被执行人的编号").arg(text);
            break;
        default: break;
        }
        if (!msg.isEmpty())
            report(isWarning ? Diagnostic::Severity::Warning : Diagnostic::Severity::Error, path, label, msg);
    }

    void unique(const FieldSpec &f, const QString &path, const QString &label, const QString &text)
    {
        if (f.unique.isEmpty())
            return;
        QSet<QString> &seen = m_unique[f.unique];
        if (seen.contains(text))
            error(path, label, f.type == FieldType::Integer ? Tr::tr("项号 %1 重复").arg(text) : Tr::tr("当事人编号“%1”重复").arg(text));
        seen.insert(text);
    }

    // Ids and item numbers that references may name, read before the walk.
    void collectReferences()
    {
        for (const char *side : {"applicants", "respondents"}) {
            const auto it = m_root.find(side);
            if (it == m_root.end() || !it->is_array())
                continue;
            for (const Json &p : *it) {
                const QString id = stringAt(p, "id");
                m_partyIds.insert(id);
                if (qstrcmp(side, "respondents") == 0)
                    m_respondentIds.insert(id);
            }
        }
        const Json basis = m_root.value("basis", Json::object());
        if (basis.is_object())
            for (const Json &item : basis.value("items", Json::array()))
                if (item.is_object() && item.contains("no") && item["no"].is_number_integer())
                    m_itemNos.insert(item["no"].get<long long>());
    }

    QString labelAt(const QString &path) const
    {
        const FieldSpec *f = m_schema.find(path);
        return f ? (m_english ? f->en : f->zh) : QString();
    }

    // Checks that span fields: an ID number against the birth date and
    // gender beside it; the case number's court against court.code.
    void relations()
    {
        const QString courtCode = stringAt(m_root.value("court", Json::object()), "code");
        const QString number = stringAt(m_root.value("case", Json::object()), "number");
        const CaseNumberCheck num = checkCaseNumber(number);
        if (num.valid && num.number.oldForm)
            warning(QStringLiteral("case.number"), labelAt(QStringLiteral("case.number")),
                    Tr::tr("“字第”是 2016 年以前的旧案号格式；本案的案号应为新格式（如（2024）皖1825执123号），旧格式只用于执行依据等旧文书"));
        if (num.valid && !courtCode.isEmpty() && !num.number.oldForm && num.number.court != courtCode)
            warning(QStringLiteral("case.number"), labelAt(QStringLiteral("case.number")),
                    Tr::tr("案号中的法院代字“%1”与%2（%3）不一致").arg(num.number.court, fieldName(QStringLiteral("court.code")), courtCode));
        dateOrder(num);
        for (const char *side : {"applicants", "respondents"}) {
            const auto list = m_root.find(side);
            if (list == m_root.end() || !list->is_array())
                continue;
            const FieldSpec *spec = m_schema.find(QLatin1String(side));
            for (std::size_t i = 0; i < list->size(); ++i) {
                const Json &p = (*list)[i];
                if (!p.is_object() || stringAt(p, "kind") != QStringLiteral("person"))
                    continue;
                const QString id = stringAt(p, "id_number");
                const IdNumberCheck c = checkIdNumber(id);
                if (id.isEmpty() || !c.valid)
                    continue;
                const QString idPath = childPath(indexPath(QLatin1String(side), qsizetype(i)), QStringLiteral("id_number"));
                const QString label = labelOf(*m_schema.find(idPath), elementLabel(*spec, p, i, QString()));
                const QDate born = parseIsoDate(stringAt(p, "born_on"));
                if (born.isValid() && c.birthDate != born)
                    error(idPath, label, Tr::tr("号码中的出生日期 %1 与%2（%3）不一致").arg(c.birthDate.toString(Qt::ISODate), fieldName(childPath(indexPath(QLatin1String(side), qsizetype(i)), QStringLiteral("born_on"))), born.toString(Qt::ISODate)));
                const QString gender = stringAt(p, "gender");
                const QString idSex = c.sex == IdNumberCheck::Sex::Male ? QStringLiteral("男") : QStringLiteral("女");
                if (!gender.isEmpty() && (gender == QStringLiteral("男") || gender == QStringLiteral("女")) && gender != idSex)
                    error(idPath, label, Tr::tr("号码第 17 位表示性别为%1，与%2（%3）不一致").arg(idSex, fieldName(childPath(indexPath(QLatin1String(side), qsizetype(i)), QStringLiteral("gender"))), gender));
            }
        }
    }

    // A field as a clerk knows it (出生日期), not its key (born_on).
    QString fieldName(const QString &path) const
    {
        const FieldSpec *f = m_schema.find(path);
        return f ? (CaseSchema::english() ? f->en : f->zh) : path;
    }

    QDate dateAt(const QString &path) const
    {
        const Json *v = nullptr;
        try {
            const auto ptr = jsonPointer(path);
            if (m_root.contains(ptr))
                v = &m_root.at(ptr);
        } catch (const Json::exception &) {
        }
        return v && v->is_string() ? parseIsoDate(qs(v->get<std::string>())) : QDate();
    }

    // Dates in the order a case lives them (domain notes §7): the instrument
    // takes effect, its period ends, enforcement is applied for, notices go
    // out. An enforcement case's number carries the year it was filed.
    void dateOrder(const CaseNumberCheck &number)
    {
        const QDate effective = dateAt(QStringLiteral("basis.effective_on"));
        const QDate due = dateAt(QStringLiteral("basis.due_on"));
        const QDate filed = dateAt(QStringLiteral("case.filed_on"));
        const QDate notice = dateAt(QStringLiteral("notice.issued_on"));
        auto order = [&](const QDate &earlier, const QString &earlierPath, const QDate &later, const QString &laterPath, const QString &why) {
            if (earlier.isValid() && later.isValid() && later < earlier)
                error(laterPath, labelAt(laterPath),
                      Tr::tr("%1（%2）早于%3（%4）：%5").arg(labelAt(laterPath), later.toString(Qt::ISODate), labelAt(earlierPath), earlier.toString(Qt::ISODate), why));
        };
        order(effective, QStringLiteral("basis.effective_on"), due, QStringLiteral("basis.due_on"), Tr::tr("履行期限从执行依据生效时起算"));
        if (!isEnforcementCase(number))
            return; // a trial case's filing date comes before its judgment
        order(effective, QStringLiteral("basis.effective_on"), filed, QStringLiteral("case.filed_on"), Tr::tr("执行依据生效后才能申请执行"));
        order(filed, QStringLiteral("case.filed_on"), notice, QStringLiteral("notice.issued_on"), Tr::tr("通知书在立案执行后发出"));
        if (filed.isValid() && number.number.year != filed.year())
            warning(QStringLiteral("case.number"), labelAt(QStringLiteral("case.number")),
                    Tr::tr("案号年度 %1 与立案日期 %2 的年份不一致：案号的年度是收案年度").arg(number.number.year).arg(filed.toString(Qt::ISODate)));
    }

    const Json &m_root;
    const CaseSchema &m_schema;
    const bool m_english;
    QSet<QString> m_partyIds, m_respondentIds;
    QSet<long long> m_itemNos;
    QHash<QString, QSet<QString>> m_unique;
};

} // namespace

Diagnostics validateCase(const CaseFile &file, const CaseSchema &schema)
{
    Checker c(file.json(), schema);
    c.run();
    return c.out;
}

namespace FieldCheck {

QString caseNumber(const QString &text, bool allowOldForm, bool *warning)
{
    const CaseNumberCheck c = checkCaseNumber(text, allowOldForm);
    *warning = false;
    if (!c.valid)
        return Tr::tr("案号“%1”有误：%2").arg(text, c.error);
    if (!c.warnings.isEmpty()) {
        *warning = true;
        return c.warnings.join(QStringLiteral("；"));
    }
    return {};
}

QString idNumber(const QString &text)
{
    const IdNumberCheck c = checkIdNumber(text);
    return c.valid ? QString() : c.error;
}

QString uscc(const QString &text, bool *warning)
{
    const UsccCheck c = checkUscc(text);
    *warning = c.wellFormed && !c.checksumOk;
    return c.error;
}

QString date(const QString &text)
{
    if (!parseIsoDate(text).isValid())
        return Tr::tr("日期“%1”无效，应为 YYYY-MM-DD，如 2024-06-01").arg(text);
    return {};
}

QString money(const QString &text)
{
    QString why;
    return Money::parse(text, &why) ? QString() : why;
}

} // namespace FieldCheck

} // namespace zw
