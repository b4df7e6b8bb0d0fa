#include "DocumentContext.h"

#include "ChineseText.h"
#include "LawTable.h"
#include "Money.h"
#include "TerminationRules.h"

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

DocumentContext buildContext(const CaseFile &file, const QDate &documentDate)
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

    if (d.contains("case") && d["case"].is_object()) {
        Json &c = d["case"];
        c["filed_on_text"] = dateText(stringAt(c, "filed_on"));
        addMoney(c, "fee");
    }
    if (d.contains("basis") && d["basis"].is_object()) {
        Json &b = d["basis"];
        b["instrument"] = ss(stringAt(b, "authority") + stringAt(b, "number") + stringAt(b, "title"));
        b["effective_on_text"] = dateText(stringAt(b, "effective_on"));
        if (b.contains("items") && b["items"].is_array()) {
            Json &items = b["items"];
            for (std::size_t i = 0; i < items.size(); ++i) {
                if (items[i].is_object() && items[i].contains("no") && items[i]["no"].is_number_integer())
                    items[i]["ordinal"] = ss(itemOrdinal(items[i]["no"].get<int>()));
                items[i]["last"] = i + 1 == items.size();
                // An item that only dismisses claims orders nobody to do
                // anything; a case file may say so explicitly with "obligation".
                if (items[i].is_object() && !items[i].contains("obligation"))
                    items[i]["obligation"] = !stringAt(items[i], "text").startsWith(QStringLiteral("驳回"));
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
            p["performer_uscc"] = ss(stringAt(*party, "uscc"));
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
        const LawTable &table = LawTable::builtin();
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

    // The 终结执行 decision, for the ruling.
    if (d.contains("termination") && d["termination"].is_object()) {
        const auto decision = TerminationRules::builtin().decide(file);
        if (decision) {
            Json ruling = Json::object();
            ruling["required"] = decision->rulingRequired;
            ruling["operative"] = ss(decision->operative);
            ruling["citation"] = ss(decision->citation);
            ruling["closing"] = ss(decision->closing);
            if (const Ground *g = TerminationRules::builtin().ground(stringAt(d["termination"], "ground")))
                ruling["ground_label"] = ss(g->label);
            Json warnings = Json::array();
            for (const QString &w : decision->warnings)
                warnings.push_back(ss(w));
            ruling["warnings"] = warnings;
            d["ruling"] = ruling;
        } else {
            ctx.unavailable.insert(QStringLiteral("ruling"), decision.errors());
        }
    } else {
        ctx.unavailable.insert(QStringLiteral("ruling"),
            {Diagnostic::error(QStringLiteral("termination"), QCoreApplication::translate("zw::DocumentContext", "案件文件中没有终结执行信息（termination）"))});
    }
    ctx.data = std::move(d);
    return ctx;
}

} // namespace zw
