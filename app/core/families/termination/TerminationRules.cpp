#include "TerminationRules.h"

#include "CaseSchema.h"
#include "Items.h"

#include "ChineseText.h"

#include <QCoreApplication>
#include <QSet>

namespace zw {

namespace {
// Translation context of this file (Q_DECLARE_TR_FUNCTIONS lets lupdate see it).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(zw::TerminationRules)
};

const QString kGroundPath = QStringLiteral("termination.ground");
const QString kScopePath = QStringLiteral("termination.scope");
const QString kRespondentsPath = QStringLiteral("termination.respondents");
const QString kItemsPath = QStringLiteral("termination.items");

QString joinDun(const QStringList &parts) { return parts.join(QStringLiteral("、")); }

QString instrumentName(const Json &basis)
{
    return stringAt(basis, "authority") + stringAt(basis, "number") + stringAt(basis, "title");
}
} // namespace

const QList<Scope> &allScopes()
{
    static const QList<Scope> all = {Scope::Case, Scope::Respondents, Scope::Items, Scope::Instrument};
    return all;
}

QString scopeId(Scope s)
{
    switch (s) {
    case Scope::Case: return QStringLiteral("case");
    case Scope::Respondents: return QStringLiteral("respondents");
    case Scope::Items: return QStringLiteral("items");
    case Scope::Instrument: return QStringLiteral("instrument");
    }
    return {};
}

std::optional<Scope> scopeFromId(const QString &id)
{
    for (Scope s : allScopes())
        if (scopeId(s) == id)
            return s;
    return std::nullopt;
}

Expected<TerminationRules> TerminationRules::fromJson(const Json &root, const QString &origin)
{
    Diagnostics errors;
    auto err = [&](const QString &path, const QString &msg) { errors << Diagnostic::error(origin + QStringLiteral(": ") + path, msg); };
    if (stringAt(root, "format") != QLatin1String("zhiwen/termination-rules@1"))
        return Diagnostic::error(origin, Tr::tr("规则文件格式标识应为 \"zhiwen/termination-rules@1\""));
    // What the interface shows (names, explanations, refusals) in its
    // language: `"en": {…}` beside the Chinese; documents stay Chinese.
    const bool english = CaseSchema::english();
    TerminationRules rules;
    rules.m_citationPattern = stringAt(root, "citation");
    if (const Json margin = root.value("future_margin_days", Json(30)); margin.is_number_integer() && margin.get<int>() >= 0)
        rules.m_futureMarginDays = margin.get<int>();
    else
        err(QStringLiteral("future_margin_days"), Tr::tr("应为不小于 0 的整数（裁定日期最多可晚于今天的天数）"));
    if (!rules.m_citationPattern.contains(QStringLiteral("{provisions}")))
        err(QStringLiteral("citation"), Tr::tr("引用句式须含 {provisions}"));
    const Json shapes = root.value("shapes", Json::object());
    for (Scope s : allScopes()) {
        const std::string key = ss(scopeId(s));
        if (!shapes.contains(key) || !shapes[key].is_object()) {
            err(QStringLiteral("shapes.") + scopeId(s), Tr::tr("缺少该主文形态"));
            continue;
        }
        ShapeInfo info{shownText(shapes[key], "label"), shownText(shapes[key], "explain"), stringAt(shapes[key], "wording")};
        if (info.wording.isEmpty())
            err(QStringLiteral("shapes.") + scopeId(s) + QStringLiteral(".wording"), Tr::tr("缺少主文句式"));
        rules.m_shapes.insert(s, info);
    }
    const Json grounds = root.value("grounds", Json::array());
    if (!grounds.is_array() || grounds.empty())
        err(QStringLiteral("grounds"), Tr::tr("缺少终结理由列表"));
    QSet<QString> seen;
    for (std::size_t i = 0; i < grounds.size(); ++i) {
        const Json &g = grounds[i];
        const QString gp = indexPath(QStringLiteral("grounds"), qsizetype(i));
        Ground ground;
        ground.id = stringAt(g, "id");
        ground.label = shownText(g, "label");
        ground.labelZh = stringAt(g, "label");
        ground.explain = shownText(g, "explain");
        ground.provisionText = stringAt(g, "provision_text");
        ground.ruling = g.value("ruling", true);
        // "closing": a text, or texts by date ([{"from": "2018-06-01", "text": "…"}]).
        if (g.contains("closing") && g["closing"].is_array()) {
            for (std::size_t c = 0; c < g["closing"].size(); ++c) {
                const Json &v = g["closing"][c];
                const QDate from = parseIsoDate(stringAt(v, "from"));
                if (!from.isValid() || stringAt(v, "text").isEmpty() || (!ground.closings.isEmpty() && from <= ground.closings.last().first))
                    err(indexPath(gp + QStringLiteral(".closing"), qsizetype(c)), Tr::tr("应为 {\"from\": 日期, \"text\": 文字}，按日期先后排列"));
                else
                    ground.closings.append({from, stringAt(v, "text")});
            }
            ground.closing = ground.closings.isEmpty() ? QString() : ground.closings.last().second;
        } else {
            ground.closing = stringAt(g, "closing");
        }
        ground.factsRequired = g.value("facts_required", false);
        ground.allSelectedWarning = shownText(g, "all_selected");
        ground.allSelectedTemporaryWarning = shownText(g, "all_selected_temporary");
        ground.allItemsWarning = stringAt(g, "all_items");
        for (const Json &k : g.value("requires_keywords", Json::array()))
            if (k.is_string())
                ground.requiresKeywords << qs(k.get<std::string>());
        ground.keywordRefusal = stringAt(g, "keyword_refusal");
        ground.itemKeywordRefusal = stringAt(g, "item_keyword_refusal");
        ground.warning = stringAt(g, "warning");
        if (const Json r = g.value("reasoning", Json::object()); r.is_object())
            for (auto it = r.begin(); it != r.end(); ++it)
                if (it.value().is_string())
                    ground.reasoning.insert(qs(it.key()), qs(it.value().get<std::string>()));
        for (const Json &v : g.value("statute", Json::array())) {
            const QDate from = parseIsoDate(stringAt(v, "from"));
            if (!from.isValid() || stringAt(v, "text").isEmpty() || (!ground.statute.isEmpty() && from <= ground.statute.last().first))
                err(gp + QStringLiteral(".statute"), Tr::tr("应为 {\"from\": 日期, \"text\": 文字}，按日期先后排列"));
            else
                ground.statute.append({from, stringAt(v, "text")});
        }
        if (!ground.requiresKeywords.isEmpty() && (ground.keywordRefusal.isEmpty() || ground.itemKeywordRefusal.isEmpty()))
            err(gp + QStringLiteral(".requires_keywords"), Tr::tr("须同时给出 keyword_refusal 与 item_keyword_refusal"));
        if (ground.id.isEmpty() || seen.contains(ground.id))
            err(gp + QStringLiteral(".id"), Tr::tr("理由编号为空或重复"));
        seen.insert(ground.id);
        if (ground.label.isEmpty())
            err(gp + QStringLiteral(".label"), Tr::tr("缺少理由名称"));
        for (const Json &p : g.value("provisions", Json::array())) {
            const QString key = stringAt(p, "key");
            if (key.isEmpty())
                err(gp + QStringLiteral(".provisions"), Tr::tr("条文缺少 key"));
            ground.provisions.append({key, p.value("item", 0)});
        }
        if (ground.provisions.isEmpty())
            err(gp + QStringLiteral(".provisions"), Tr::tr("每个理由至少引用一个条文"));
        const Json scopes = g.value("scopes", Json::object());
        for (auto it = scopes.begin(); it != scopes.end(); ++it) {
            const auto scope = scopeFromId(qs(it.key()));
            if (!scope) {
                err(gp + QStringLiteral(".scopes.") + qs(it.key()), Tr::tr("未知的主文形态"));
                continue;
            }
            ScopeRule rule;
            const QString sel = stringAt(it.value(), "respondents");
            if (sel == QStringLiteral("any"))
                rule.respondents = ScopeRule::Selection::Any;
            else if (sel == QStringLiteral("all"))
                rule.respondents = ScopeRule::Selection::All;
            else if (!sel.isEmpty() && sel != QStringLiteral("none"))
                err(gp + QStringLiteral(".scopes.") + qs(it.key()) + QStringLiteral(".respondents"), Tr::tr("应为 none、any 或 all"));
            rule.citizensOnly = it.value().value("citizens", false);
            if (it.value().contains("permanent"))
                rule.permanent = it.value()["permanent"].get<bool>();
            rule.itemsRequired = stringAt(it.value(), "items") == QStringLiteral("some");
            ground.scopes.insert(*scope, rule);
        }
        if (ground.ruling && ground.scopes.isEmpty())
            err(gp + QStringLiteral(".scopes"), Tr::tr("作出裁定的理由至少允许一种主文形态"));
        if (!ground.ruling && ground.closing.isEmpty())
            err(gp + QStringLiteral(".closing"), Tr::tr("不作裁定的理由须说明以何结案"));
        if (ground.ruling) {
            for (auto it = ground.scopes.cbegin(); it != ground.scopes.cend(); ++it) {
                const QString text = ground.reasoning.value(scopeId(it.key()), ground.reasoning.value(QStringLiteral("default")));
                if (text.isEmpty())
                    err(gp + QStringLiteral(".reasoning"), Tr::tr("缺少主文形态“%1”的裁定理由（reasoning.%1 或 reasoning.default）").arg(scopeId(it.key())));
                else if (text.contains(QStringLiteral("{statute}")) && ground.statute.isEmpty())
                    err(gp + QStringLiteral(".statute"), Tr::tr("裁定理由引用 {statute}，须给出条文原文（statute）"));
            }
        }
        const Json &refusalsEn = memberAt(memberAt(g, "en"), "refusals");
        const Json refusals = english && refusalsEn.is_object() ? refusalsEn : g.value("refusals", Json::object());
        for (auto it = refusals.begin(); it != refusals.end(); ++it)
            if (const auto scope = scopeFromId(qs(it.key())))
                ground.refusals.insert(*scope, qs(it.value().get<std::string>()));
        rules.m_grounds << ground;
    }
    if (!errors.isEmpty())
        return errors;
    return rules;
}

Expected<TerminationRules> TerminationRules::load(const QString &fileName)
{
    const auto root = loadJsonFile(fileName);
    if (!root)
        return root.errors();
    try {
        return fromJson(*root, fileName);
    } catch (const Json::exception &e) {
        // A value of the wrong type (e.g. "permanent": "yes").
        return Diagnostic::error(fileName, Tr::tr("规则文件无效：%1").arg(QString::fromUtf8(e.what())));
    }
}

bool Ground::mentionsKeyword(const QString &text) const
{
    return std::any_of(requiresKeywords.cbegin(), requiresKeywords.cend(), [&](const QString &k) { return text.contains(k); });
}

QString Ground::notApplicable(const Json &root) const
{
    if (requiresKeywords.isEmpty())
        return {};
    const QString cause = stringAt(root.value("case", Json::object()), "cause");
    bool about = mentionsKeyword(cause);
    const Json basis = root.value("basis", Json::object());
    if (basis.is_object())
        for (const Json &item : basis.value("items", Json::array()))
            about |= mentionsKeyword(stringAt(item, "text"));
    return about ? QString() : QString(keywordRefusal).replace(QStringLiteral("{cause}"), cause);
}

QString Ground::closingOn(const QDate &date) const
{
    QString text = closing;
    if (date.isValid())
        for (const auto &[from, t] : closings)
            if (from <= date)
                text = t;
    return text;
}

const Ground *TerminationRules::ground(const QString &id) const
{
    for (const Ground &g : m_grounds)
        if (g.id == id)
            return &g;
    return nullptr;
}

QList<ScopeOption> TerminationRules::scopeOptions(const QString &groundId, const CaseFile &file) const
{
    QList<ScopeOption> out;
    const Ground *g = ground(groundId);
    const Json respondents = file.json().value("respondents", Json::array());
    bool anyOrganization = false;
    for (const Json &r : respondents)
        anyOrganization |= stringAt(r, "kind") == QStringLiteral("organization");
    const bool hasItems = file.json().contains("basis") && !file.json()["basis"].value("items", Json::array()).empty();
    for (Scope s : allScopes()) {
        ScopeOption o{s, false, {}};
        if (!g) {
            o.reason = Tr::tr("请先选择终结理由");
        } else if (!g->ruling) {
            o.reason = g->closing;
        } else if (const QString why = g->notApplicable(file.json()); !why.isEmpty()) {
            o.reason = why;
        } else if (!g->scopes.contains(s)) {
            o.reason = g->refusals.value(s, Tr::tr("“%1”不允许此主文形态").arg(g->label));
        } else {
            const ScopeRule &rule = g->scopes[s];
            if (rule.respondents == ScopeRule::Selection::All && rule.citizensOnly && anyOrganization)
                o.reason = Tr::tr("被执行人中有单位：只有全部被执行人均为公民时才能终结整个执行依据的执行");
            else if (rule.itemsRequired && !hasItems)
                o.reason = Tr::tr("案件中未录入执行依据的判项（basis.items）");
            else if (rule.respondents == ScopeRule::Selection::Any && respondents.empty())
                o.reason = Tr::tr("案件中没有被执行人");
            else
                o.allowed = true;
        }
        out << o;
    }
    return out;
}

Expected<TerminationInput> TerminationRules::readInput(const CaseFile &file)
{
    const Json &root = file.json();
    if (!root.contains("termination") || !root["termination"].is_object())
        return Diagnostic::error(QStringLiteral("termination"), Tr::tr("案件文件中没有终结执行信息（termination）"));
    const Json &t = root["termination"];
    TerminationInput in;
    in.ground = stringAt(t, "ground");
    in.scope = stringAt(t, "scope");
    in.facts = stringAt(t, "facts");
    Diagnostics errors;
    if (t.contains("permanent") && !t["permanent"].is_null()) {
        if (t["permanent"].is_boolean())
            in.permanent = t["permanent"].get<bool>();
        else
            errors << Diagnostic::error(QStringLiteral("termination.permanent"), Tr::tr("应为 true 或 false"));
    }
    in.decidedOn = parseIsoDate(stringAt(t, "decided_on"));
    for (const Json &r : t.value("respondents", Json::array())) {
        if (r.is_string())
            in.respondents << qs(r.get<std::string>());
        else
            errors << Diagnostic::error(kRespondentsPath, Tr::tr("应为被执行人编号字符串"));
    }
    for (const Json &n : t.value("items", Json::array())) {
        if (n.is_number_integer())
            in.items << n.get<int>();
        else
            errors << Diagnostic::error(kItemsPath, Tr::tr("应为执行依据的项号（整数）"));
    }
    if (in.ground.isEmpty())
        errors << Diagnostic::error(kGroundPath, Tr::tr("缺少终结理由"));
    if (!in.decidedOn.isValid())
        errors << Diagnostic::error(QStringLiteral("termination.decided_on"), Tr::tr("缺少或无效的裁定日期（YYYY-MM-DD）：引用哪一版法律取决于该日期"));
    if (!errors.isEmpty())
        return errors;
    return in;
}

Expected<TerminationDecision> TerminationRules::decide(const CaseFile &file, const LawTable &law) const
{
    const auto input = readInput(file);
    if (!input)
        return input.errors();
    return decide(file, *input, law);
}

Expected<TerminationDecision> TerminationRules::decide(const CaseFile &file, const TerminationInput &in, const LawTable &law) const
{
    const Json &root = file.json();
    // A ruling cannot come before the case it ends, nor long after today.
    const QDate filed = parseIsoDate(file.text(QStringLiteral("case.filed_on")));
    if (filed.isValid() && in.decidedOn.isValid() && in.decidedOn < filed)
        return Diagnostic::error(QStringLiteral("termination.decided_on"),
                                 Tr::tr("裁定日期 %1 早于立案日期 %2：不能在立案之前裁定终结执行").arg(in.decidedOn.toString(Qt::ISODate), filed.toString(Qt::ISODate)));
    if (in.decidedOn.isValid() && in.decidedOn > QDate::currentDate().addDays(m_futureMarginDays))
        return Diagnostic::error(QStringLiteral("termination.decided_on"),
                                 Tr::tr("裁定日期 %1 在今天之后超过 %2 天，请核对年份").arg(in.decidedOn.toString(Qt::ISODate)).arg(m_futureMarginDays));
    const Ground *g = ground(in.ground);
    if (!g) {
        QStringList ids;
        for (const Ground &x : m_grounds)
            ids << x.id;
        return Diagnostic::error(kGroundPath, Tr::tr("未知的终结理由“%1”，可选：%2").arg(in.ground, ids.join(QStringLiteral(", "))));
    }
    TerminationDecision d;
    for (const auto &[key, item] : g->provisions) {
        auto p = law.provision(key, in.decidedOn);
        if (!p)
            return Diagnostic::error(QStringLiteral("termination.decided_on"), p.errorString());
        d.provisions << *p;
    }

    if (!g->ruling) {
        d.rulingRequired = false;
        d.closing = g->closingOn(in.decidedOn);
        QStringList cites;
        for (int i = 0; i < d.provisions.size(); ++i)
            cites << d.provisions[i].cite(g->provisions[i].second);
        d.citation = joinDun(cites);
        return d;
    }

    const auto scope = scopeFromId(in.scope);
    if (in.scope.isEmpty())
        return Diagnostic::error(kScopePath, Tr::tr("缺少终结范围（scope）：case、respondents、items 或 instrument"));
    if (!scope)
        return Diagnostic::error(kScopePath, Tr::tr("未知的终结范围“%1”，可选：case、respondents、items、instrument").arg(in.scope));
    if (!g->scopes.contains(*scope)) {
        QStringList allowed;
        for (auto it = g->scopes.cbegin(); it != g->scopes.cend(); ++it)
            allowed << m_shapes[it.key()].label;
        const QString why = g->refusals.value(*scope);
        return Diagnostic::error(kScopePath,
            Tr::tr("理由“%1”不能“%2”%3。允许的范围：%4")
                .arg(g->label, m_shapes[*scope].label,
                     why.isEmpty() ? QString() : Tr::tr("：") + why, allowed.join(Tr::tr("；"))));
    }
    const ScopeRule &rule = g->scopes[*scope];
    const Json basis = root.value("basis", Json::object());
    const Json basisItems = basis.is_object() ? basis.value("items", Json::array()) : Json::array();
    if (const QString why = g->notApplicable(root); !why.isEmpty())
        return Diagnostic::error(kGroundPath, why);

    if (g->factsRequired && in.facts.trimmed().isEmpty())
        return Diagnostic::error(QStringLiteral("termination.facts"), Tr::tr("理由为“%1”时必须在 facts 中写明具体情形").arg(g->label));
    if (in.facts.trimmed().isEmpty())
        d.warnings << Tr::tr("事实部分（termination.facts）为空，裁定书将没有事实与理由段落");

    // Respondents: resolve ids in case-file order, check kinds.
    const Json respondents = root.value("respondents", Json::array());
    QStringList allIds;
    for (const Json &r : respondents)
        allIds << stringAt(r, "id");
    for (const QString &id : in.respondents)
        if (!allIds.contains(id))
            return Diagnostic::error(kRespondentsPath, Tr::tr("“%1”不是本案被执行人的编号").arg(id));
    QStringList selected; // in case-file order
    for (const QString &id : allIds)
        if (in.respondents.contains(id))
            selected << id;
    const bool allSelected = !allIds.isEmpty() && selected.size() == allIds.size();

    switch (rule.respondents) {
    case ScopeRule::Selection::None:
        if (!selected.isEmpty())
            d.warnings << Tr::tr("此主文形态不针对具体被执行人，termination.respondents 中所列被执行人将被忽略");
        break;
    case ScopeRule::Selection::Any:
        if (selected.isEmpty())
            return Diagnostic::error(kRespondentsPath, Tr::tr("终结对部分被执行人的执行时，须选择至少一名被执行人"));
        break;
    case ScopeRule::Selection::All:
        if (!selected.isEmpty() && !allSelected)
            return Diagnostic::error(kRespondentsPath, Tr::tr("“%1”须适用于全部被执行人才能终结整个执行依据的执行；只涉及部分被执行人的，应终结对其执行").arg(g->label));
        selected = allIds; // empty selection means every respondent
        break;
    }
    if (rule.citizensOnly) {
        for (const Json &r : respondents) {
            if (selected.contains(stringAt(r, "id")) && stringAt(r, "kind") != QStringLiteral("person"))
                return Diagnostic::error(kRespondentsPath, Tr::tr("“%1”只适用于公民，被执行人“%2”是单位").arg(g->label, stringAt(r, "name")));
        }
    }
    if (rule.permanent && *rule.permanent != in.permanent) {
        QString msg = Tr::tr("“%1”终结整个执行依据须全部被执行人永久丧失劳动能力（termination.permanent 为 true）").arg(g->label);
        if (!in.permanent)
            msg += Tr::tr("；并非永久的，应终结对其执行，或考虑终结本次执行程序");
        return Diagnostic::error(QStringLiteral("termination.permanent"), msg);
    }

    // Items: numbers of basis.items, written in instrument order.
    QList<int> itemNos, orderingNos;
    QMap<int, Json> itemByNo;
    for (const Json &item : basisItems) {
        if (!item.is_object() || !item.contains("no") || !item["no"].is_number_integer())
            continue;
        const int no = item["no"].get<int>();
        itemNos << no;
        itemByNo.insert(no, item);
        if (itemOrdersSomething(item))
            orderingNos << no;
    }
    QList<int> items;
    if (rule.itemsRequired) {
        if (in.items.isEmpty())
            return Diagnostic::error(kItemsPath, Tr::tr("终结部分判项的执行时，须列出判项项号"));
        for (int n : in.items)
            if (!itemNos.contains(n))
                return Diagnostic::error(kItemsPath, Tr::tr("执行依据没有第 %1 项（现有 %2 项）").arg(n).arg(itemNos.size()));
        items = in.items;
        std::sort(items.begin(), items.end());
        items.erase(std::unique(items.begin(), items.end()), items.end());
        for (int n : items) {
            const Json &item = itemByNo[n];
            // An item that orders nobody to do anything has nothing to end.
            if (!itemOrdersSomething(item))
                return Diagnostic::error(kItemsPath, Tr::tr("%1“%2”不命令任何人履行义务，没有可执行的内容，不能终结其执行")
                                                         .arg(itemOrdinal(n), stringAt(item, "text").left(40)));
            if (!g->requiresKeywords.isEmpty() && !g->mentionsKeyword(stringAt(item, "text")))
                return Diagnostic::error(kItemsPath, QString(g->itemKeywordRefusal).replace(QStringLiteral("{item}"), itemOrdinal(n)));
        }
    } else if (!in.items.isEmpty()) {
        d.warnings << Tr::tr("此主文形态不针对判项，termination.items 将被忽略");
    }

    // Compose the sentence.
    const QString caseNumber = stringAt(root.value("case", Json::object()), "number");
    const QString instrument = instrumentName(basis);
    QString wording = m_shapes[*scope].wording;
    if (wording.contains(QStringLiteral("{case_number}")) && caseNumber.isEmpty())
        return Diagnostic::error(QStringLiteral("case.number"), Tr::tr("缺少案号"));
    if (wording.contains(QStringLiteral("{instrument}"))) {
        for (const char *k : {"authority", "number", "title"})
            if (stringAt(basis, k).isEmpty())
                return Diagnostic::error(QStringLiteral("basis.") + QLatin1String(k), Tr::tr("主文须写明执行依据的作出机关、字号和名称，此项缺失"));
    }
    QStringList names;
    for (const Json &r : respondents)
        if (rule.respondents == ScopeRule::Selection::Any && selected.contains(stringAt(r, "id")))
            names << stringAt(r, "name");
    QStringList itemWords;
    for (int n : items)
        itemWords << itemOrdinal(n);
    wording.replace(QStringLiteral("{case_number}"), caseNumber)
        .replace(QStringLiteral("{respondents}"), joinDun(names))
        .replace(QStringLiteral("{instrument}"), instrument)
        .replace(QStringLiteral("{items}"), joinDun(itemWords));
    d.operative = wording;

    QStringList cites;
    for (int i = 0; i < d.provisions.size(); ++i)
        cites << d.provisions[i].cite(g->provisions[i].second);
    d.citation = QString(m_citationPattern).replace(QStringLiteral("{provisions}"), joinDun(cites));

    // The reasoning in the ground's own words for this scope, quoting the
    // statute as it reads on the ruling's date.
    QString statute;
    for (const auto &[from, text] : g->statute)
        if (from <= in.decidedOn)
            statute = text;
    QStringList applicantNames;
    for (const Json &a : root.value("applicants", Json::array()))
        applicantNames << stringAt(a, "name");
    QStringList reasonNames = names;
    if (reasonNames.isEmpty())
        for (const Json &r : respondents)
            if (selected.contains(stringAt(r, "id")))
                reasonNames << stringAt(r, "name");
    d.reasoning = g->reasoning.value(scopeId(*scope), g->reasoning.value(QStringLiteral("default")));
    d.reasoning.replace(QStringLiteral("{applicants}"), joinDun(applicantNames))
        .replace(QStringLiteral("{respondents}"), joinDun(reasonNames))
        .replace(QStringLiteral("{instrument}"), instrument)
        .replace(QStringLiteral("{items}"), joinDun(itemWords))
        .replace(QStringLiteral("{statute}"), statute);

    // Warnings that do not forbid the ruling.
    if (*scope == Scope::Respondents) {
        if (basis.value("joint_and_several", false))
            d.warnings << Tr::tr("执行依据判令被执行人承担连带责任：终结对部分被执行人的执行后，其余连带责任人仍须履行全部义务，请核对是否妥当");
        if (allSelected) {
            if (!in.permanent && !g->allSelectedTemporaryWarning.isEmpty())
                d.warnings << g->allSelectedTemporaryWarning;
            else if (!g->allSelectedWarning.isEmpty())
                d.warnings << g->allSelectedWarning;
        }
    }
    if (*scope == Scope::Items && !itemNos.isEmpty() && items.size() == itemNos.size() && !g->allItemsWarning.isEmpty())
        d.warnings << g->allItemsWarning;
    else if (*scope == Scope::Items && !orderingNos.isEmpty() && items == orderingNos)
        d.warnings << Tr::tr("所选判项是执行依据中全部有给付内容的判项：整个执行依据都不再执行时，应终结整个执行依据的执行");
    if (!g->warning.isEmpty())
        d.warnings << g->warning;
    return d;
}

} // namespace zw
