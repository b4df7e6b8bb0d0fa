#include "CaseValidator.h"

#include "CaseNumber.h"
#include "ChineseText.h"
#include "Identifiers.h"
#include "Money.h"

#include <QCoreApplication>
#include <QSet>

namespace zw {

namespace {

// Translation context of this file (Q_DECLARE_TR_FUNCTIONS lets lupdate see it).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(zw::CaseValidator)
};

class Checker
{
public:
    explicit Checker(const Json &root) : m_root(root) {}
    Diagnostics out;

    void error(const QString &path, const QString &msg) { out << Diagnostic::error(path, msg); }
    void warning(const QString &path, const QString &msg) { out << Diagnostic::warning(path, msg); }

    // The string at key, reporting a wrong type; `required` reports absence.
    std::optional<QString> string(const Json &obj, const QString &parent, const char *key, bool required)
    {
        const QString path = childPath(parent, QLatin1String(key));
        auto it = obj.find(key);
        if (it == obj.end() || it->is_null()) {
            if (required)
                error(path, Tr::tr("缺少必填字段"));
            return std::nullopt;
        }
        if (!it->is_string()) {
            error(path, Tr::tr("应为字符串"));
            return std::nullopt;
        }
        const QString value = qs(it->get<std::string>());
        if (required && value.trimmed().isEmpty()) {
            error(path, Tr::tr("不能为空"));
            return std::nullopt;
        }
        return value;
    }

    QDate date(const Json &obj, const QString &parent, const char *key, bool required)
    {
        const auto s = string(obj, parent, key, required);
        if (!s || s->isEmpty())
            return {};
        const QString msg = FieldCheck::date(*s);
        if (!msg.isEmpty()) {
            error(childPath(parent, QLatin1String(key)), msg);
            return {};
        }
        return parseIsoDate(*s);
    }

    void money(const Json &obj, const QString &parent, const char *key, bool required)
    {
        auto it = obj.find(key);
        if (it != obj.end() && it->is_number()) {
            error(childPath(parent, QLatin1String(key)), Tr::tr("金额应写成字符串（如 \"75000.00\"），不能是 JSON 数字"));
            return;
        }
        const auto s = string(obj, parent, key, required);
        if (s && !s->isEmpty()) {
            const QString msg = FieldCheck::money(*s);
            if (!msg.isEmpty())
                error(childPath(parent, QLatin1String(key)), msg);
        }
    }

    // The member `key` if it is of `type`; reports a wrong type, and absence when required.
    const Json *member(const Json &obj, const QString &parent, const char *key, bool required, Json::value_t type)
    {
        const QString path = childPath(parent, QLatin1String(key));
        auto it = obj.find(key);
        if (it == obj.end() || it->is_null()) {
            if (required)
                error(path, Tr::tr("缺少必填字段"));
            return nullptr;
        }
        if (it->type() != type) {
            error(path, type == Json::value_t::object ? Tr::tr("应为对象") : Tr::tr("应为数组"));
            return nullptr;
        }
        return &*it;
    }
    const Json *object(const Json &obj, const QString &parent, const char *key, bool required)
    {
        return member(obj, parent, key, required, Json::value_t::object);
    }
    const Json *array(const Json &obj, const QString &parent, const char *key, bool required)
    {
        return member(obj, parent, key, required, Json::value_t::array);
    }

    void caseNumber(const Json &obj, const QString &parent, const char *key, bool required, bool allowOld)
    {
        const auto s = string(obj, parent, key, required);
        if (!s || s->isEmpty())
            return;
        bool isWarning = false;
        const QString msg = FieldCheck::caseNumber(*s, allowOld, &isWarning);
        if (!msg.isEmpty())
            (isWarning ? out << Diagnostic::warning(childPath(parent, QLatin1String(key)), msg)
                       : out << Diagnostic::error(childPath(parent, QLatin1String(key)), msg));
    }

    void party(const Json &p, const QString &path, QSet<QString> &ids)
    {
        if (!p.is_object()) {
            error(path, Tr::tr("当事人应为对象"));
            return;
        }
        if (const auto id = string(p, path, "id", true)) {
            if (ids.contains(*id))
                error(childPath(path, QStringLiteral("id")), Tr::tr("当事人编号“%1”重复").arg(*id));
            ids.insert(*id);
        }
        string(p, path, "name", true);
        string(p, path, "address", false);
        const auto kind = string(p, path, "kind", true);
        if (kind == QStringLiteral("person")) {
            const auto gender = string(p, path, "gender", false);
            if (gender && !gender->isEmpty() && *gender != QStringLiteral("男") && *gender != QStringLiteral("女"))
                error(childPath(path, QStringLiteral("gender")), Tr::tr("性别应为“男”或“女”"));
            const QDate born = date(p, path, "born_on", false);
            string(p, path, "ethnicity", false);
            if (const auto id = string(p, path, "id_number", false); id && !id->isEmpty()) {
                const QString idPath = childPath(path, QStringLiteral("id_number"));
                const IdNumberCheck c = checkIdNumber(*id);
                if (!c.valid) {
                    error(idPath, c.error);
                } else {
                    if (born.isValid() && c.birthDate != born)
                        error(idPath, Tr::tr("号码中的出生日期 %1 与 born_on（%2）不一致").arg(c.birthDate.toString(Qt::ISODate), born.toString(Qt::ISODate)));
                    const QString idSex = c.sex == IdNumberCheck::Sex::Male ? QStringLiteral("男") : QStringLiteral("女");
                    if (gender && !gender->isEmpty() && *gender != idSex)
                        error(idPath, Tr::tr("号码第 17 位表示性别为%1，与 gender（%2）不一致").arg(idSex, *gender));
                }
            }
        } else if (kind == QStringLiteral("organization")) {
            if (const auto code = string(p, path, "uscc", false); code && !code->isEmpty()) {
                bool isWarning = false;
                const QString msg = FieldCheck::uscc(*code, &isWarning);
                if (!msg.isEmpty())
                    (isWarning ? out << Diagnostic::warning(childPath(path, QStringLiteral("uscc")), msg)
                               : out << Diagnostic::error(childPath(path, QStringLiteral("uscc")), msg));
            }
            if (const Json *rep = object(p, path, "representative", false)) {
                const QString rpath = childPath(path, QStringLiteral("representative"));
                string(*rep, rpath, "name", true);
                string(*rep, rpath, "role", false);
                string(*rep, rpath, "position", false);
            }
        } else if (kind) {
            error(childPath(path, QStringLiteral("kind")), Tr::tr("应为 \"person\"（自然人）或 \"organization\"（单位）"));
        }
        if (const Json *agents = array(p, path, "agents", false)) {
            for (std::size_t i = 0; i < agents->size(); ++i) {
                const QString apath = indexPath(childPath(path, QStringLiteral("agents")), qsizetype(i));
                if (!(*agents)[i].is_object()) {
                    error(apath, Tr::tr("应为对象"));
                    continue;
                }
                string((*agents)[i], apath, "name", true);
                string((*agents)[i], apath, "role", false);
                string((*agents)[i], apath, "detail", false);
            }
        }
    }

    void parties(const char *key, QSet<QString> &ids, QSet<QString> *respondentIds)
    {
        const Json *list = array(m_root, QString(), key, true);
        if (!list)
            return;
        if (list->empty())
            error(QLatin1String(key), Tr::tr("至少应有一名当事人"));
        for (std::size_t i = 0; i < list->size(); ++i) {
            const QString path = indexPath(QLatin1String(key), qsizetype(i));
            party((*list)[i], path, ids);
            if (respondentIds)
                respondentIds->insert(stringAt((*list)[i], "id"));
        }
    }

    void run()
    {
        // court
        QString courtCode;
        if (const Json *court = object(m_root, QString(), "court", true)) {
            string(*court, QStringLiteral("court"), "name", true);
            if (const auto code = string(*court, QStringLiteral("court"), "code", false))
                courtCode = *code;
            string(*court, QStringLiteral("court"), "address", false);
            string(*court, QStringLiteral("court"), "phone", false);
            if (const Json *acc = object(*court, QStringLiteral("court"), "account", false)) {
                for (const char *k : {"bank", "holder", "number"})
                    string(*acc, QStringLiteral("court.account"), k, false);
            }
        }
        // case
        if (const Json *c = object(m_root, QString(), "case", true)) {
            caseNumber(*c, QStringLiteral("case"), "number", true, true);
            const CaseNumberCheck num = checkCaseNumber(stringAt(*c, "number"));
            if (num.valid && !courtCode.isEmpty() && !num.number.oldForm && num.number.court != courtCode)
                warning(QStringLiteral("case.number"), Tr::tr("案号中的法院代字“%1”与 court.code（%2）不一致").arg(num.number.court, courtCode));
            string(*c, QStringLiteral("case"), "cause", false);
            date(*c, QStringLiteral("case"), "filed_on", false);
            money(*c, QStringLiteral("case"), "fee", false);
        }
        QSet<QString> ids, respondentIds;
        parties("applicants", ids, nullptr);
        parties("respondents", ids, &respondentIds);

        // basis
        QSet<int> itemNos;
        if (const Json *b = object(m_root, QString(), "basis", false)) {
            const QString bp = QStringLiteral("basis");
            string(*b, bp, "authority", true);
            caseNumber(*b, bp, "number", true, true);
            string(*b, bp, "title", true);
            date(*b, bp, "effective_on", false);
            if (b->contains("joint_and_several") && !(*b)["joint_and_several"].is_boolean())
                error(childPath(bp, QStringLiteral("joint_and_several")), Tr::tr("应为 true 或 false"));
            if (const Json *items = array(*b, bp, "items", false)) {
                for (std::size_t i = 0; i < items->size(); ++i) {
                    const QString ip = indexPath(childPath(bp, QStringLiteral("items")), qsizetype(i));
                    const Json &item = (*items)[i];
                    if (!item.is_object()) {
                        error(ip, Tr::tr("应为对象"));
                        continue;
                    }
                    if (!item.contains("no") || !item["no"].is_number_integer() || item["no"].get<int>() <= 0) {
                        error(childPath(ip, QStringLiteral("no")), Tr::tr("项号应为正整数"));
                    } else {
                        const int no = item["no"].get<int>();
                        if (itemNos.contains(no))
                            error(childPath(ip, QStringLiteral("no")), Tr::tr("项号 %1 重复").arg(no));
                        itemNos.insert(no);
                    }
                    string(item, ip, "text", true);
                }
            }
        }
        // officers
        if (const Json *o = object(m_root, QString(), "officers", false)) {
            const QString op = QStringLiteral("officers");
            for (const char *k : {"presiding", "sole_judge", "assistant", "clerk"})
                string(*o, op, k, false);
            if (const Json *judges = array(*o, op, "judges", false)) {
                for (std::size_t i = 0; i < judges->size(); ++i)
                    if (!(*judges)[i].is_string())
                        error(indexPath(childPath(op, QStringLiteral("judges")), qsizetype(i)), Tr::tr("应为字符串"));
            }
        }
        // termination
        if (const Json *t = object(m_root, QString(), "termination", false)) {
            const QString tp = QStringLiteral("termination");
            string(*t, tp, "ground", true);
            string(*t, tp, "scope", false);
            string(*t, tp, "facts", false);
            date(*t, tp, "decided_on", true);
            if (t->contains("permanent") && !(*t)["permanent"].is_boolean())
                error(childPath(tp, QStringLiteral("permanent")), Tr::tr("应为 true 或 false"));
            if (const Json *rs = array(*t, tp, "respondents", false)) {
                for (std::size_t i = 0; i < rs->size(); ++i) {
                    const QString rp = indexPath(childPath(tp, QStringLiteral("respondents")), qsizetype(i));
                    const Json &r = (*rs)[i];
                    if (!r.is_string())
                        error(rp, Tr::tr("应为被执行人编号字符串"));
                    else if (!respondentIds.contains(qs(r.get<std::string>())))
                        error(rp, Tr::tr("“%1”不是本案被执行人的编号").arg(qs(r.get<std::string>())));
                }
            }
            if (const Json *items = array(*t, tp, "items", false)) {
                for (std::size_t i = 0; i < items->size(); ++i) {
                    const QString ip = indexPath(childPath(tp, QStringLiteral("items")), qsizetype(i));
                    const Json &n = (*items)[i];
                    if (!n.is_number_integer())
                        error(ip, Tr::tr("应为执行依据的项号（整数）"));
                    else if (!itemNos.contains(n.get<int>()))
                        error(ip, Tr::tr("执行依据没有第 %1 项").arg(n.get<int>()));
                }
            }
        }
        // performance
        if (const Json *p = object(m_root, QString(), "performance", false)) {
            const QString pp = QStringLiteral("performance");
            if (const auto performer = string(*p, pp, "performer", false); performer && !ids.contains(*performer))
                error(childPath(pp, QStringLiteral("performer")), Tr::tr("“%1”不是本案当事人的编号").arg(*performer));
            string(*p, pp, "obligation", false);
            money(*p, pp, "amount", false);
            date(*p, pp, "performed_on", false);
            date(*p, pp, "applied_on", false);
            string(*p, pp, "certificate_no", false);
        }
    }

private:
    const Json &m_root;
};

} // namespace

Diagnostics validateCase(const CaseFile &file)
{
    Checker c(file.json());
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
