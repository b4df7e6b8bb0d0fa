#include "DocumentContext.h"

#include "CaseSchema.h"
#include "ChineseText.h"
#include "Deadlines.h"
#include "Items.h"
#include "LawTable.h"
#include "Money.h"
#include "families/DocumentFamily.h"

#include <QSet>

#include <algorithm>

namespace zw {

namespace {

std::string dateText(const QString &iso)
{
    const QDate d = parseIsoDate(iso);
    return d.isValid() ? ss(arabicDate(d)) : std::string();
}

void decorateParties(Json &list, const char *label)
{
    if (!list.is_array())
        return;
    for (std::size_t i = 0; i < list.size(); ++i) {
        Json &p = list[i];
        if (!p.is_object())
            continue;
        p["label"] = label;
        p["is_person"] = stringAt(p, "kind") == QStringLiteral("person");
        p["is_organization"] = stringAt(p, "kind") == QStringLiteral("organization");
        p["born_on_text"] = dateText(stringAt(p, "born_on"));
        p["first"] = i == 0;
        p["last"] = i + 1 == list.size();
        p["index"] = int(i + 1);
        p["has_agents"] = p.contains("agents") && p["agents"].is_array() && !p["agents"].empty();
        // How a document addressed to this party says "you": 你 / 你单位.
        p["you"] = stringAt(p, "kind") == QStringLiteral("organization") ? "你单位" : "你";
        if (p.contains("representative") && p["representative"].is_object()) {
            Json &rep = p["representative"];
            if (stringAt(rep, "role").isEmpty())
                rep["role"] = "法定代表人";
        }
    }
}

void addMoney(Json &obj, const char *key)
{
    if (!obj.is_object())
        return;
    const auto m = Money::parse(stringAt(obj, key));
    if (!m)
        return;
    const std::string k(key);
    obj[k + "_figures"] = ss(m->figures());
    obj[k + "_words"] = ss(m->words());
}

} // namespace

bool isDerivedField(const QString &path)
{
    // Keep beside buildContext: every key it adds that the case format does not have.
    static const QSet<QString> derived = {
        QStringLiteral("doc"), QStringLiteral("law"), QStringLiteral("panel"), QStringLiteral("respondent_names"), QStringLiteral("applicant_names"),
        QStringLiteral("applicants[].label"), QStringLiteral("applicants[].is_person"), QStringLiteral("applicants[].is_organization"),
        QStringLiteral("applicants[].born_on_text"), QStringLiteral("applicants[].first"), QStringLiteral("applicants[].last"),
        QStringLiteral("applicants[].index"), QStringLiteral("applicants[].has_agents"),
        QStringLiteral("respondents[].label"), QStringLiteral("respondents[].is_person"), QStringLiteral("respondents[].is_organization"),
        QStringLiteral("respondents[].born_on_text"), QStringLiteral("respondents[].first"), QStringLiteral("respondents[].last"),
        QStringLiteral("respondents[].index"), QStringLiteral("respondents[].has_agents"), QStringLiteral("respondents[].you"),
        QStringLiteral("applicants[].you"), QStringLiteral("respondents_you"), QStringLiteral("applicants_you"),
        QStringLiteral("basis.is_mediation"), QStringLiteral("basis.items[].listed_text"),
        QStringLiteral("case.filed_on_text"), QStringLiteral("case.fee_figures"), QStringLiteral("case.fee_words"),
        QStringLiteral("basis.instrument"), QStringLiteral("basis.effective_on_text"), QStringLiteral("basis.items[].ordinal"), QStringLiteral("basis.items[].last"),
        QStringLiteral("basis.items[].order_text"),
        QStringLiteral("performance.amount_figures"), QStringLiteral("performance.amount_words"), QStringLiteral("performance.performed_on_text"),
        QStringLiteral("performance.applied_on_text"), QStringLiteral("performance.performer_name"), QStringLiteral("performance.performer_id"),
        QStringLiteral("performance.performer_id_label"),
    };
    const QString schemaPath = CaseSchema::schemaPath(path);
    return derived.contains(schemaPath) || derived.contains(schemaPath.section(QLatin1Char('.'), 0, 0));
}

DocumentContext buildContext(const CaseFile &file, const QDate &documentDate, const LawTable &table, const DocumentFamily *family)
{
    DocumentContext ctx;
    Json d = file.json();

    decorateParties(d["applicants"], "申请执行人");
    decorateParties(d["respondents"], "被执行人");
    d["respondent_names"] = [&] {
        QStringList names;
        for (const Json &r : d["respondents"])
            names << stringAt(r, "name");
        return ss(names.join(QStringLiteral("、")));
    }();
    d["applicant_names"] = [&] {
        QStringList names;
        for (const Json &r : d["applicants"])
            names << stringAt(r, "name");
        return ss(names.join(QStringLiteral("、")));
    }();

    // How a document addressed to all of a list says "you": one person 你,
    // one organisation 你单位, several persons 你们, a mix 你（单位）.
    const auto youOf = [](const Json &list) -> std::string {
        if (!list.is_array() || list.empty())
            return "你（单位）";
        const auto organizations = std::count_if(list.begin(), list.end(), [](const Json &p) { return stringAt(p, "kind") == QStringLiteral("organization"); });
        if (list.size() == 1)
            return organizations ? "你单位" : "你";
        if (organizations == 0)
            return "你们";
        return organizations == qsizetype(list.size()) ? "你们单位" : "你（单位）";
    };
    d["respondents_you"] = youOf(d["respondents"]);
    d["applicants_you"] = youOf(d["applicants"]);

    if (d.contains("case") && d["case"].is_object()) {
        Json &c = d["case"];
        c["filed_on_text"] = dateText(stringAt(c, "filed_on"));
        addMoney(c, "fee");
    }
    if (d.contains("basis") && d["basis"].is_object()) {
        Json &b = d["basis"];
        b["instrument"] = ss(stringAt(b, "authority") + stringAt(b, "number") + stringAt(b, "title"));
        b["effective_on_text"] = dateText(stringAt(b, "effective_on"));
        // A 调解书 is enforced through the court's ruling (NPCSC interpretation
        // of 刑法第三百一十三条, 2002): documents word the crime accordingly.
        b["is_mediation"] = stringAt(b, "title").contains(QStringLiteral("调解书"));
        if (b.contains("items") && b["items"].is_array()) {
            Json &items = b["items"];
            // Items listed one a paragraph end in ；, the last one listed in 。.
            std::size_t lastObligation = items.size();
            for (std::size_t i = 0; i < items.size(); ++i)
                if (items[i].is_object() && (items[i].contains("obligation") ? items[i]["obligation"].is_boolean() && items[i]["obligation"].get<bool>() : itemOrdersSomething(items[i])))
                    lastObligation = i;
            for (std::size_t i = 0; i < items.size(); ++i) {
                if (items[i].is_object() && items[i].contains("no") && items[i]["no"].is_number_integer())
                    items[i]["ordinal"] = ss(itemOrdinal(items[i]["no"].get<int>()));
                items[i]["last"] = i + 1 == items.size();
                // An item that only dismisses claims orders nobody to do
                // anything; a case file may say so explicitly with "obligation".
                if (items[i].is_object() && !items[i].contains("obligation"))
                    items[i]["obligation"] = itemOrdersSomething(items[i]);
                // The 执行通知书 orders performance now: the judgment's own
                // period (于本判决生效之日起十日内, 于2024年2月1日前) is past.
                if (items[i].is_object())
                    items[i]["order_text"] = ss(withoutStatedPeriod(stringAt(items[i], "text")));
                if (items[i].is_object()) {
                    QString t = stringAt(items[i], "text").trimmed();
                    while (!t.isEmpty() && QStringLiteral("；;，,。.、").contains(t.back()))
                        t.chop(1);
                    items[i]["listed_text"] = ss(t + (i == lastObligation ? QStringLiteral("。") : QStringLiteral("；")));
                }
            }
        }
    }
    if (d.contains("performance") && d["performance"].is_object()) {
        Json &p = d["performance"];
        addMoney(p, "amount");
        p["performed_on_text"] = dateText(stringAt(p, "performed_on"));
        p["applied_on_text"] = dateText(stringAt(p, "applied_on"));
        // The performer by name, as certificates name them.
        const QString performerPath = file.partyPath(stringAt(p, "performer"));
        if (const Json *party = performerPath.isEmpty() ? nullptr : file.at(performerPath)) {
            p["performer_name"] = ss(stringAt(*party, "name"));
            // A person is identified by 公民身份号码, an organisation by its
            // credit code; an empty number gives no label at all.
            const bool person = stringAt(*party, "kind") == QStringLiteral("person");
            const QString id = stringAt(*party, person ? "id_number" : "uscc");
            if (!id.isEmpty()) {
                p["performer_id"] = ss(id);
                p["performer_id_label"] = person ? "公民身份号码" : "统一社会信用代码";
            }
        }
    }

    // The signature panel: a sole judge, or a presiding judge and judges.
    Json panel = Json::array();
    if (d.contains("officers") && d["officers"].is_object()) {
        const Json &o = d["officers"];
        if (!stringAt(o, "sole_judge").isEmpty()) {
            panel.push_back({{"role", "审判员"}, {"name", o["sole_judge"]}});
        } else {
            if (!stringAt(o, "presiding").isEmpty())
                panel.push_back({{"role", "审判长"}, {"name", o["presiding"]}});
            for (const Json &j : o.value("judges", Json::array()))
                if (j.is_string())
                    panel.push_back({{"role", "审判员"}, {"name", j}});
        }
    }
    d["panel"] = panel;

    // The document's own date and the provisions in force on it.
    Json doc = Json::object();
    if (documentDate.isValid()) {
        doc["date"] = ss(documentDate.toString(Qt::ISODate));
        doc["date_cn"] = ss(chineseDate(documentDate));
        doc["date_text"] = ss(arabicDate(documentDate));
        Json law = Json::object();
        for (const QString &key : table.keys()) {
            const auto p = table.provision(key, documentDate);
            if (!p)
                continue;
            law[ss(key)] = ss(p->cite());
            law[ss(key) + "_article"] = ss(p->articleText());
        }
        d["law"] = law;
    }
    d["doc"] = doc;

    // The decisions of the document's own family (the 终结执行 ruling's
    // sentence …); no other family's are computed.
    if (family)
        family->addContext(file, d, ctx.unavailable);
    ctx.data = std::move(d);
    return ctx;
}

} // namespace zw
