#include "ZhongbenFamily.h"

#include "ChineseText.h"
#include "Money.h"

#include <QCoreApplication>

#include <algorithm>

namespace zw {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(zw::ZhongbenFamily)
};

// What each kind of check reads from its entry in the rules file: the
// parameters it needs and the messages it may give.
struct CheckKind {
    const char *name;
    QStringList params;   // required non-message parameters
    QStringList messages; // required messages
};
const QList<CheckKind> &checkKinds()
{
    static const QList<CheckKind> kinds = {
        {"debtor_date", {QStringLiteral("field")}, {QStringLiteral("missing")}},
        {"debtor_report", {QStringLiteral("sanctioned")}, {QStringLiteral("missing"), QStringLiteral("unchecked"), QStringLiteral("unsanctioned")}},
        {"debtor_defaulter", {}, {QStringLiteral("missing")}},
        {"network_query", {QStringLiteral("covers"), QStringLiteral("kinds")}, {QStringLiteral("missing")}},
        {"on_site_when_unanswered", {QStringLiteral("kind")}, {QStringLiteral("missing")}},
        {"applicant_clues", {QStringLiteral("kind")}, {QStringLiteral("missing")}},
        {"requested", {QStringLiteral("flag"), QStringLiteral("kind")}, {QStringLiteral("missing")}},
        {"property_not_disposable", {}, {QStringLiteral("missing")}},
        {"months_since_filing", {QStringLiteral("months")}, {QStringLiteral("missing"), QStringLiteral("no_filing")}},
        {"debtor_missing_searched", {}, {QStringLiteral("missing")}},
        {"debtor_obstruction_handled", {}, {QStringLiteral("missing")}},
        {"interview", {}, {QStringLiteral("missing"), QStringLiteral("not_told"), QStringLiteral("no_opinion"), QStringLiteral("too_late")}},
        {"approval", {}, {QStringLiteral("missing"), QStringLiteral("no_president"), QStringLiteral("no_panel")}},
    };
    return kinds;
}

const CheckKind *findKind(const QString &name)
{
    for (const CheckKind &k : checkKinds())
        if (name == QLatin1String(k.name))
            return &k;
    return nullptr;
}

QString fill(QString text, const QList<std::pair<QString, QString>> &values)
{
    for (const auto &[key, value] : values)
        text.replace(QLatin1Char('{') + key + QLatin1Char('}'), value);
    return text;
}

QString message(const ZhongbenFamily::Requirement &r, const char *key, const QList<std::pair<QString, QString>> &values = {})
{
    return fill(stringAt(r.params, key), values);
}


bool filled(const Json &object, const char *key)
{
    return !stringAt(object, key).trimmed().isEmpty();
}

bool flag(const Json &object, const char *key)
{
    const Json &v = memberAt(object, key);
    return v.is_boolean() && v.get<bool>();
}

// The record a check reads: each respondent with its row of
// `measures.debtors` (an empty object when it has none), and the rest.
struct Record {
    const CaseFile &file;
    const Json &measures;
    QList<std::pair<const Json *, Json>> debtors; // respondent, its measures row
    QDate date;

    QString name(const Json &respondent) const { return stringAt(respondent, "name"); }
    QList<const Json *> investigations(const QString &respondent, const QStringList &kinds) const
    {
        QList<const Json *> out;
        const Json &list = memberAt(measures, "investigations");
        if (!list.is_array())
            return out;
        for (const Json &i : list) {
            const QString who = stringAt(i, "respondent");
            if ((who.isEmpty() || who == respondent) && kinds.contains(stringAt(i, "kind")))
                out << &i;
        }
        return out;
    }
};

// The row of `measures.debtors` for respondent `id`, or an empty object.
Json debtorRow(const Json &measures, const QString &id)
{
    const Json &rows = memberAt(measures, "debtors");
    if (rows.is_array())
        for (const Json &d : rows)
            if (stringAt(d, "respondent") == id)
                return d;
    return Json::object();
}

// Whether any investigation of `kind` is recorded, for any respondent.
bool anyInvestigation(const Json &measures, const QString &kind)
{
    const Json &list = memberAt(measures, "investigations");
    return list.is_array() && std::any_of(list.begin(), list.end(), [&](const Json &i) { return stringAt(i, "kind") == kind; });
}

// The conditions the investigation itself must meet before the applicant
// is told of a 终本 (终本规定第五条): the first three.
bool investigationCondition(const QString &id)
{
    return id == QStringLiteral("notice_and_report") || id == QStringLiteral("consumption_and_defaulter") || id == QStringLiteral("property_investigation");
}

QStringList stringList(const Json &j)
{
    QStringList out;
    if (j.is_array())
        for (const Json &e : j)
            if (e.is_string())
                out << qs(e.get<std::string>());
    return out;
}

QString label(const Json &labels, const char *group, const QString &key)
{
    const QString l = stringAt(memberAt(labels, group), ss(key).c_str());
    return l.isEmpty() ? key : l;
}

QStringList evaluate(const ZhongbenFamily::Requirement &r, const Record &rec, const Json &labels)
{
    QStringList out;
    const Json &p = r.params;
    const QString check = r.check;
    if (check == QStringLiteral("debtor_date")) {
        const std::string field = ss(stringAt(p, "field"));
        for (const auto &[respondent, row] : rec.debtors)
            if (!parseIsoDate(stringAt(row, field.c_str())).isValid())
                out << message(r, "missing", {{QStringLiteral("name"), rec.name(*respondent)}});
    } else if (check == QStringLiteral("debtor_report")) {
        const QStringList sanctioned = stringList(memberAt(p, "sanctioned"));
        for (const auto &[respondent, row] : rec.debtors) {
            const QString report = stringAt(row, "report");
            const QList<std::pair<QString, QString>> v{{QStringLiteral("name"), rec.name(*respondent)},
                                                       {QStringLiteral("report"), label(labels, "report", report)}};
            if (report.isEmpty()) {
                out << message(r, "missing", v);
                continue;
            }
            if (report != QStringLiteral("refused") && report != QStringLiteral("none") && !parseIsoDate(stringAt(row, "report_checked_on")).isValid())
                out << message(r, "unchecked", v);
            if (sanctioned.contains(report) && !filled(row, "report_sanction"))
                out << message(r, "unsanctioned", v);
        }
    } else if (check == QStringLiteral("debtor_defaulter")) {
        for (const auto &[respondent, row] : rec.debtors)
            if (!parseIsoDate(stringAt(row, "defaulter_listed_on")).isValid() && !filled(row, "defaulter_exempt"))
                out << message(r, "missing", {{QStringLiteral("name"), rec.name(*respondent)}});
    } else if (check == QStringLiteral("network_query")) {
        const QStringList covers = stringList(memberAt(p, "covers"));
        const QStringList kinds = stringList(memberAt(p, "kinds"));
        for (const auto &[respondent, row] : rec.debtors) {
            QStringList queried;
            for (const Json *i : rec.investigations(stringAt(*respondent, "id"), kinds))
                if (parseIsoDate(stringAt(*i, "on")).isValid())
                    queried += stringList(memberAt(*i, "covers"));
            QStringList notQueried;
            for (const QString &c : covers)
                if (!queried.contains(c))
                    notQueried << label(labels, "covers", c);
            if (!notQueried.isEmpty())
                out << message(r, "missing", {{QStringLiteral("name"), rec.name(*respondent)}, {QStringLiteral("what"), notQueried.join(QStringLiteral("、"))}});
        }
    } else if (check == QStringLiteral("on_site_when_unanswered")) {
        const QString kind = stringAt(p, "kind");
        for (const auto &[respondent, row] : rec.debtors) {
            const QString id = stringAt(*respondent, "id");
            const auto network = rec.investigations(id, {QStringLiteral("network_total"), QStringLiteral("network_point")});
            const bool unanswered = std::any_of(network.cbegin(), network.cend(), [](const Json *i) { return flag(*i, "unanswered"); });
            if (unanswered && rec.investigations(id, {kind}).isEmpty())
                out << message(r, "missing", {{QStringLiteral("name"), rec.name(*respondent)}});
        }
    } else if (check == QStringLiteral("applicant_clues")) {
        // An investigation of the clues for any respondent counts.
        const QString clues = stringAt(rec.measures, "applicant_clues").trimmed();
        if (!clues.isEmpty() && !anyInvestigation(rec.measures, stringAt(p, "kind")))
            out << message(r, "missing", {{QStringLiteral("clues"), clues}});
    } else if (check == QStringLiteral("requested")) {
        if (flag(rec.measures, ss(stringAt(p, "flag")).c_str()) && !anyInvestigation(rec.measures, stringAt(p, "kind")))
            out << message(r, "missing");
    } else if (check == QStringLiteral("property_not_disposable")) {
        const Json &list = memberAt(rec.measures, "property");
        if (list.is_array())
            for (const Json &item : list)
                if (!filled(item, "not_disposable_because") || stringAt(item, "ground").isEmpty())
                    out << message(r, "missing", {{QStringLiteral("property"), stringAt(item, "description")}});
    } else if (check == QStringLiteral("months_since_filing")) {
        const QDate filed = parseIsoDate(rec.file.text(QStringLiteral("case.filed_on")));
        const int months = memberAt(p, "months").is_number_integer() ? memberAt(p, "months").get<int>() : 3;
        if (!filed.isValid()) {
            out << message(r, "no_filing");
        } else if (rec.date <= filed.addMonths(months)) {
            // "More than three months": the day after the same date three months on.
            out << message(r, "missing", {{QStringLiteral("filed_on"), arabicDate(filed)}, {QStringLiteral("date"), arabicDate(rec.date)},
                                          {QStringLiteral("earliest"), arabicDate(filed.addMonths(months).addDays(1))}});
        }
    } else if (check == QStringLiteral("debtor_missing_searched")) {
        for (const auto &[respondent, row] : rec.debtors)
            if (flag(row, "missing") && !parseIsoDate(stringAt(row, "searched_on")).isValid())
                out << message(r, "missing", {{QStringLiteral("name"), rec.name(*respondent)}});
    } else if (check == QStringLiteral("debtor_obstruction_handled")) {
        for (const auto &[respondent, row] : rec.debtors)
            if (filled(row, "obstruction") && !filled(row, "obstruction_measure"))
                out << message(r, "missing", {{QStringLiteral("name"), rec.name(*respondent)}, {QStringLiteral("conduct"), stringAt(row, "obstruction")}});
    } else if (check == QStringLiteral("interview")) {
        const Json &interview = memberAt(rec.measures, "interview");
        const QDate held = parseIsoDate(stringAt(interview, "held_on"));
        if (!held.isValid()) {
            out << message(r, "missing");
        } else {
            if (!filled(interview, "told"))
                out << message(r, "not_told");
            if (!filled(interview, "opinion"))
                out << message(r, "no_opinion");
            if (held > rec.date)
                out << message(r, "too_late", {{QStringLiteral("held_on"), arabicDate(held)}, {QStringLiteral("date"), arabicDate(rec.date)}});
        }
    } else if (check == QStringLiteral("approval")) {
        const bool confirmed = flag(memberAt(rec.measures, "interview"), "confirmed");
        const Json &approval = memberAt(rec.measures, "approval");
        const bool panel = parseIsoDate(stringAt(approval, "panel_reviewed_on")).isValid();
        const bool president = parseIsoDate(stringAt(approval, "president_approved_on")).isValid();
        if (!confirmed) {
            if (panel && !president)
                out << message(r, "no_president");
            else if (!panel && president)
                out << message(r, "no_panel");
            else if (!panel && !president)
                out << message(r, "missing");
        }
    }
    return out;
}
} // namespace

QStringList ZhongbenFamily::conditionIds()
{
    return {QStringLiteral("notice_and_report"), QStringLiteral("consumption_and_defaulter"), QStringLiteral("property_investigation"),
            QStringLiteral("three_months"), QStringLiteral("missing_and_obstruction"), QStringLiteral("applicant_informed"),
            QStringLiteral("approval")};
}

Expected<std::shared_ptr<const ZhongbenFamily>> ZhongbenFamily::load(const QString &rulesFile, std::shared_ptr<const LawTable> law)
{
    const auto root = loadJsonFile(rulesFile);
    if (!root)
        return root.errors();
    const QString at = rulesFile + QStringLiteral(": ");
    if (stringAt(*root, "format") != QLatin1String("zhiwen/zhongben-rules@1"))
        return Diagnostic::error(rulesFile, Tr::tr("格式标识应为 \"zhiwen/zhongben-rules@1\""));
    Rules rules;
    Diagnostics errors;
    rules.operative = stringAt(*root, "operative");
    if (rules.operative.isEmpty())
        errors << Diagnostic::error(at + QStringLiteral("operative"), Tr::tr("缺少裁定主文"));
    const Json &citation = memberAt(*root, "citation");
    rules.citationKey = stringAt(citation, "provision");
    rules.citationText = stringAt(citation, "text");
    if (rules.citationKey.isEmpty() || !rules.citationText.contains(QStringLiteral("{provision}")))
        errors << Diagnostic::error(at + QStringLiteral("citation"), Tr::tr("应写明 provision（法条表中的键）和含 {provision} 的 text"));
    else if (const auto p = law->provision(rules.citationKey, QDate(2100, 1, 1)); !p)
        errors << Diagnostic::error(at + QStringLiteral("citation.provision"), p.errorString());
    rules.labels = memberAt(*root, "labels");
    rules.labelsEn = memberAt(*root, "labels_en");
    rules.warnings = memberAt(*root, "warnings");
    // The officer's warnings in English when the interface is (the same keys).
    if (CaseSchema::english() && memberAt(*root, "warnings_en").is_object())
        for (auto it = (*root)["warnings_en"].begin(); it != (*root)["warnings_en"].end(); ++it)
            if (rules.warnings.contains(it.key()) && it.value().is_string())
                rules.warnings[it.key()] = it.value();
    for (const char *w : {"bankruptcy", "not_listed", "bound_persons", "amounts"})
        if (stringAt(rules.warnings, w).isEmpty())
            errors << Diagnostic::error(at + QStringLiteral("warnings.") + QLatin1String(w), Tr::tr("缺少此提示语"));
    const Json &conditions = memberAt(*root, "conditions");
    if (!conditions.is_array()) {
        errors << Diagnostic::error(at + QStringLiteral("conditions"), Tr::tr("应为数组"));
        return errors;
    }
    const QStringList ids = conditionIds();
    // The officer reads the conditions and what is missing in the
    // interface's language: `"en": {…}` beside the Chinese (documents use
    // neither: they print the decision, not the checklist).
    const bool english = CaseSchema::english();
    for (std::size_t i = 0; i < conditions.size(); ++i) {
        const Json &c = conditions[i];
        const QString cat = at + indexPath(QStringLiteral("conditions"), qsizetype(i));
        Condition cond;
        cond.id = stringAt(c, "id");
        cond.title = shownText(c, "title");
        cond.basis = shownText(c, "basis");
        cond.evidence = shownText(c, "evidence");
        if (cond.id != ids.value(int(i)))
            errors << Diagnostic::error(cat + QStringLiteral(".id"), Tr::tr("第 %1 项条件应为“%2”（条件依次为：%3），此处为“%4”")
                                                                          .arg(i + 1).arg(ids.value(int(i)), ids.join(QStringLiteral("、")), cond.id));
        if (cond.title.isEmpty())
            errors << Diagnostic::error(cat + QStringLiteral(".title"), Tr::tr("缺少条件的表述"));
        const Json &reqs = memberAt(c, "requirements");
        if (!reqs.is_array() || reqs.empty()) {
            errors << Diagnostic::error(cat + QStringLiteral(".requirements"), Tr::tr("应为非空数组：每项条件至少核对一项记录"));
            continue;
        }
        for (std::size_t k = 0; k < reqs.size(); ++k) {
            const QString rat = cat + QLatin1Char('.') + indexPath(QStringLiteral("requirements"), qsizetype(k));
            Requirement r{stringAt(reqs[k], "check"), reqs[k], rat};
            if (english && memberAt(reqs[k], "en").is_object())
                for (auto it = reqs[k]["en"].begin(); it != reqs[k]["en"].end(); ++it)
                    if (it.value().is_string() && r.params.contains(it.key()))
                        r.params[it.key()] = it.value();
            const CheckKind *kind = findKind(r.check);
            if (!kind) {
                QStringList known;
                for (const CheckKind &ck : checkKinds())
                    known << QLatin1String(ck.name);
                errors << Diagnostic::error(rat + QStringLiteral(".check"), Tr::tr("未知的核对方式“%1”（可用：%2）").arg(r.check, known.join(QStringLiteral("、"))));
                continue;
            }
            for (const QString &param : kind->params)
                if (!reqs[k].contains(ss(param)))
                    errors << Diagnostic::error(rat + QLatin1Char('.') + param, Tr::tr("核对方式“%1”需要此参数").arg(r.check));
            for (const QString &m : kind->messages)
                if (stringAt(reqs[k], ss(m).c_str()).isEmpty())
                    errors << Diagnostic::error(rat + QLatin1Char('.') + m, Tr::tr("缺少提示语"));
            cond.requirements << r;
        }
        rules.conditions << cond;
    }
    if (rules.conditions.size() != ids.size() && errors.isEmpty())
        errors << Diagnostic::error(at + QStringLiteral("conditions"), Tr::tr("应有 %1 项条件：%2").arg(ids.size()).arg(ids.join(QStringLiteral("、"))));
    if (!errors.isEmpty())
        return errors;
    return std::make_shared<const ZhongbenFamily>(std::move(rules), std::move(law));
}

QString ZhongbenFamily::choiceLabel(const QString &schemaPath, const QString &value) const
{
    // The rules file's label groups, by the field whose values they name.
    static const QHash<QString, const char *> groups{
        {QStringLiteral("measures.debtors[].report"), "report"},
        {QStringLiteral("measures.debtors[].defaulter_ground"), "defaulter_ground"},
        {QStringLiteral("measures.investigations[].kind"), "investigation"},
        {QStringLiteral("measures.investigations[].covers[]"), "covers"},
        {QStringLiteral("measures.property[].ground"), "property_ground"},
    };
    const char *group = groups.value(schemaPath);
    if (!group)
        return {};
    const std::string key = ss(value);
    if (CaseSchema::english())
        if (const QString en = stringAt(memberAt(m_rules.labelsEn, group), key.c_str()); !en.isEmpty())
            return en;
    return stringAt(memberAt(m_rules.labels, group), key.c_str());
}

QList<FieldSpec> ZhongbenFamily::fields()
{
    using namespace Fields;
    FieldSpec bound = object(QString(), QStringLiteral("受限制消费令约束的人员"), QStringLiteral("person bound"), {
        field(QStringLiteral("name"), FieldType::Text, QStringLiteral("姓名"), QStringLiteral("name")).req().max(100).name(),
        field(QStringLiteral("role"), FieldType::Choice, QStringLiteral("身份"), QStringLiteral("role"))
            .oneOf({QStringLiteral("法定代表人"), QStringLiteral("主要负责人"), QStringLiteral("影响债务履行的直接责任人员"), QStringLiteral("实际控制人")})
            .labels({}, {QStringLiteral("legal representative"), QStringLiteral("principal"), QStringLiteral("person directly responsible"), QStringLiteral("actual controller")}),
    });
    bound.elementName = QStringLiteral("{name}");
    FieldSpec debtor = object(QString(), QStringLiteral("被执行人的执行措施"), QStringLiteral("measures against a respondent"), {
        field(QStringLiteral("respondent"), FieldType::RespondentRef, QStringLiteral("被执行人编号"), QStringLiteral("respondent id")).req().uniqueIn(QStringLiteral("measures-debtor")),
        field(QStringLiteral("notice_served_on"), FieldType::Date, QStringLiteral("执行通知书送达日期"), QStringLiteral("execution notice served")),
        field(QStringLiteral("report_order_served_on"), FieldType::Date, QStringLiteral("报告财产令送达日期"), QStringLiteral("property-report order served")),
        field(QStringLiteral("served_to"), FieldType::Text, QStringLiteral("送达对象及方式"), QStringLiteral("served to, and how")).max(200)
            .helpText(QStringLiteral("如：本人签收；法定代表人王某签收；公告送达")),
        field(QStringLiteral("report"), FieldType::Choice, QStringLiteral("报告财产情况"), QStringLiteral("property report"))
            .oneOf({QStringLiteral("on_time"), QStringLiteral("late"), QStringLiteral("refused"), QStringLiteral("false"), QStringLiteral("none")})
            .helpText(QStringLiteral("on_time 按期如实报告、late 逾期报告、refused 拒绝报告、false 虚假报告、none 未报告")),
        field(QStringLiteral("report_checked_on"), FieldType::Date, QStringLiteral("财产报告核查日期"), QStringLiteral("report checked on")),
        field(QStringLiteral("report_sanction"), FieldType::Text, QStringLiteral("对拒报、迟报、虚报的处理"), QStringLiteral("sanction for the report")).max(500)
            .helpText(QStringLiteral("如：2024年5月10日决定罚款一万元；移送公安机关")),
        field(QStringLiteral("consumption_ban_on"), FieldType::Date, QStringLiteral("限制消费令日期"), QStringLiteral("consumption ban issued")),
        list(QStringLiteral("consumption_bound"), QStringLiteral("限制消费令约束的人员"), QStringLiteral("persons bound by the ban"), bound, 20),
        field(QStringLiteral("consumption_approved_by"), FieldType::Text, QStringLiteral("签发限制消费令的院长"), QStringLiteral("president who signed the ban")).max(100).name(),
        field(QStringLiteral("defaulter_listed_on"), FieldType::Date, QStringLiteral("纳入失信名单日期"), QStringLiteral("listed as defaulter on")),
        field(QStringLiteral("defaulter_ground"), FieldType::Choice, QStringLiteral("纳入失信名单的情形"), QStringLiteral("defaulter ground"))
            .oneOf({QStringLiteral("able_but_refuses"), QStringLiteral("obstructs_evidence"), QStringLiteral("evades"), QStringLiteral("breaks_report_duty"),
                    QStringLiteral("breaks_consumption_ban"), QStringLiteral("refuses_settlement")}),
        field(QStringLiteral("defaulter_facts"), FieldType::MultilineText, QStringLiteral("纳入失信名单的事实"), QStringLiteral("facts of the listing")).max(2000)
            .helpText(QStringLiteral("如：于2024年3月8日收到报告财产令后，无正当理由逾期报告财产，本院已于2024年4月10日决定对其罚款人民币五千元")),
        field(QStringLiteral("defaulter_term_years"), FieldType::Integer, QStringLiteral("失信期限（年）"), QStringLiteral("defaulter term (years)")),
        field(QStringLiteral("defaulter_approved_by"), FieldType::Text, QStringLiteral("批准纳入失信名单的院长"), QStringLiteral("president who signed off the listing")).max(100).name(),
        field(QStringLiteral("defaulter_exempt"), FieldType::Text, QStringLiteral("不纳入失信名单的理由"), QStringLiteral("why not listed")).max(500)
            .helpText(QStringLiteral("如：已提供充分有效担保；被执行人为未成年人")),
        field(QStringLiteral("missing"), FieldType::Boolean, QStringLiteral("下落不明"), QStringLiteral("whereabouts unknown")),
        field(QStringLiteral("searched_on"), FieldType::Date, QStringLiteral("查找日期"), QStringLiteral("searched for on")),
        field(QStringLiteral("search_how"), FieldType::Text, QStringLiteral("查找方式"), QStringLiteral("how searched")).max(500),
        field(QStringLiteral("obstruction"), FieldType::Text, QStringLiteral("妨害执行的行为"), QStringLiteral("obstruction")).max(500),
        field(QStringLiteral("obstruction_measure"), FieldType::Text, QStringLiteral("对妨害执行采取的措施"), QStringLiteral("measure against obstruction")).max(500),
        field(QStringLiteral("recovered"), FieldType::Money, QStringLiteral("从该被执行人处执行到位的金额"), QStringLiteral("recovered from this respondent")),
        field(QStringLiteral("outstanding"), FieldType::Text, QStringLiteral("该被执行人尚未履行的义务"), QStringLiteral("what this respondent still owes")).max(500)
            .helpText(QStringLiteral("如：借款本金75,000元及利息（已执行到位326.15元）")),
        field(QStringLiteral("bankruptcy_criteria"), FieldType::Boolean, QStringLiteral("符合破产条件"), QStringLiteral("meets bankruptcy criteria")),
    });
    debtor.elementName = QStringLiteral("被执行人{respondent}的执行措施");
    FieldSpec cover = field(QString(), FieldType::Choice, QStringLiteral("查询的财产种类"), QStringLiteral("property kind queried"))
                          .oneOf({QStringLiteral("deposits"), QStringLiteral("vehicles"), QStringLiteral("real_estate"), QStringLiteral("securities"),
                                  QStringLiteral("equity"), QStringLiteral("online_funds"), QStringLiteral("insurance"), QStringLiteral("housing_fund")});
    FieldSpec investigation = object(QString(), QStringLiteral("财产调查"), QStringLiteral("property investigation"), {
        field(QStringLiteral("respondent"), FieldType::RespondentRef, QStringLiteral("被执行人编号"), QStringLiteral("respondent id"))
            .helpText(QStringLiteral("不填则对全部被执行人")),
        field(QStringLiteral("kind"), FieldType::Choice, QStringLiteral("调查方式"), QStringLiteral("kind")).req()
            .oneOf({QStringLiteral("applicant_clues"), QStringLiteral("network_total"), QStringLiteral("network_point"), QStringLiteral("on_site"),
                    QStringLiteral("search"), QStringLiteral("audit"), QStringLiteral("reward")}),
        field(QStringLiteral("on"), FieldType::Date, QStringLiteral("调查日期"), QStringLiteral("date")).req(),
        list(QStringLiteral("covers"), QStringLiteral("查询的财产种类"), QStringLiteral("property kinds queried"), cover, 20),
        field(QStringLiteral("unanswered"), FieldType::Boolean, QStringLiteral("网络查控未能查询"), QStringLiteral("network could not answer")),
        field(QStringLiteral("found"), FieldType::MultilineText, QStringLiteral("调查结果"), QStringLiteral("what it found")).max(2000),
    });
    FieldSpec property = object(QString(), QStringLiteral("发现的财产"), QStringLiteral("property found"), {
        field(QStringLiteral("respondent"), FieldType::RespondentRef, QStringLiteral("被执行人编号"), QStringLiteral("respondent id")),
        field(QStringLiteral("description"), FieldType::Text, QStringLiteral("财产"), QStringLiteral("property")).req().max(500),
        field(QStringLiteral("ground"), FieldType::Choice, QStringLiteral("不能处置的情形"), QStringLiteral("why it cannot be disposed of (ground)"))
            .oneOf({QStringLiteral("auction_failed"), QStringLiteral("not_seized")})
            .helpText(QStringLiteral("终本规定第四条：auction_failed 拍卖、变卖不成且申请执行人不接受抵债（第一项）；not_seized 已查封的车辆等未能实际扣押（第二项）")),
        field(QStringLiteral("not_disposable_because"), FieldType::MultilineText, QStringLiteral("不能处置的理由"), QStringLiteral("why it cannot be disposed of")).max(2000)
            .helpText(QStringLiteral("如：两次拍卖流拍、变卖不成，申请执行人不接受抵债；车辆已查封但未能扣押")),
    });
    property.elementName = QStringLiteral("财产{description}");
    FieldSpec requery = object(QString(), QStringLiteral("网络查控复查"), QStringLiteral("re-query"), {
        field(QStringLiteral("on"), FieldType::Date, QStringLiteral("复查日期"), QStringLiteral("date")).req(),
        field(QStringLiteral("result"), FieldType::MultilineText, QStringLiteral("复查结果"), QStringLiteral("result")).max(2000),
        field(QStringLiteral("applicant_told_on"), FieldType::Date, QStringLiteral("告知申请执行人日期"), QStringLiteral("applicant told on")),
    });
    return {
        object(QStringLiteral("measures"), QStringLiteral("执行措施记录"), QStringLiteral("record of enforcement measures"), {
            list(QStringLiteral("debtors"), QStringLiteral("对各被执行人采取的措施"), QStringLiteral("measures per respondent"), debtor, 100),
            list(QStringLiteral("investigations"), QStringLiteral("财产调查"), QStringLiteral("property investigations"), investigation, 500),
            field(QStringLiteral("applicant_clues"), FieldType::MultilineText, QStringLiteral("申请执行人提供的财产线索"), QStringLiteral("applicant's property clues")).max(2000),
            field(QStringLiteral("audit_requested"), FieldType::Boolean, QStringLiteral("申请执行人申请审计"), QStringLiteral("applicant asked for an audit")),
            field(QStringLiteral("reward_requested"), FieldType::Boolean, QStringLiteral("申请执行人申请悬赏"), QStringLiteral("applicant asked for a reward notice")),
            list(QStringLiteral("property"), QStringLiteral("发现的财产"), QStringLiteral("property found"), property, 200),
            field(QStringLiteral("amount_applied"), FieldType::Money, QStringLiteral("申请执行标的"), QStringLiteral("amount applied for")),
            field(QStringLiteral("amount_recovered"), FieldType::Money, QStringLiteral("已执行到位金额"), QStringLiteral("amount recovered")),
            field(QStringLiteral("amount_outstanding"), FieldType::Money, QStringLiteral("未执行到位金额"), QStringLiteral("amount outstanding")),
            field(QStringLiteral("amount_extra"), FieldType::Text, QStringLiteral("申请执行标的中的利息等"), QStringLiteral("interest and the like applied for")).max(500)
                .helpText(QStringLiteral("金额之外的部分，如：及利息（以75000元为基数，自2022年1月1日起按年利率3.65%计算）")),
            object(QStringLiteral("interview"), QStringLiteral("约谈申请执行人"), QStringLiteral("interview with the applicant"), {
                field(QStringLiteral("held_on"), FieldType::Date, QStringLiteral("约谈日期"), QStringLiteral("held on")),
                field(QStringLiteral("place"), FieldType::Text, QStringLiteral("约谈地点"), QStringLiteral("place")).max(200),
                field(QStringLiteral("how"), FieldType::Choice, QStringLiteral("约谈方式"), QStringLiteral("how"))
                    .oneOf({QStringLiteral("当面"), QStringLiteral("电话"), QStringLiteral("视频"), QStringLiteral("书面告知")})
                    .labels({}, {QStringLiteral("in person"), QStringLiteral("by telephone"), QStringLiteral("by video"), QStringLiteral("in writing")}),
                field(QStringLiteral("told"), FieldType::MultilineText, QStringLiteral("告知的内容"), QStringLiteral("what the applicant was told")).max(5000),
                field(QStringLiteral("opinion"), FieldType::MultilineText, QStringLiteral("申请执行人的意见"), QStringLiteral("the applicant's opinion")).max(5000),
                field(QStringLiteral("confirmed"), FieldType::Boolean, QStringLiteral("申请执行人签字确认"), QStringLiteral("signed confirmation")),
            }),
            object(QStringLiteral("approval"), QStringLiteral("审批"), QStringLiteral("approval"), {
                field(QStringLiteral("panel_reviewed_on"), FieldType::Date, QStringLiteral("合议庭评议日期"), QStringLiteral("panel reviewed on")),
                field(QStringLiteral("president_approved_on"), FieldType::Date, QStringLiteral("院长批准日期"), QStringLiteral("president approved on")),
                field(QStringLiteral("president"), FieldType::Text, QStringLiteral("批准的院长"), QStringLiteral("president")).max(100).name(),
            }),
        }),
        object(QLatin1String(Id), QStringLiteral("终结本次执行程序"), QStringLiteral("termination of this round of enforcement"), {
            field(QStringLiteral("decided_on"), FieldType::Date, QStringLiteral("终本裁定日期"), QStringLiteral("date of the ruling")),
            list(QStringLiteral("requeries"), QStringLiteral("终本后的网络查控复查"), QStringLiteral("re-queries after 终本"), requery, 20),
            field(QStringLiteral("resumed_as"), FieldType::CaseNumber, QStringLiteral("恢复执行案号"), QStringLiteral("resumed as")).newForm()
                .helpText(QStringLiteral("恢复执行后新立的执恢案号，由 zhiwen-cli resume 填写")),
        }),
        object(QStringLiteral("resumption"), QStringLiteral("恢复执行"), QStringLiteral("resumption of enforcement"), {
            field(QStringLiteral("from"), FieldType::CaseNumber, QStringLiteral("原执行案号"), QStringLiteral("original case number")).req().newForm(),
            field(QStringLiteral("original_ruling_on"), FieldType::Date, QStringLiteral("原终本裁定日期"), QStringLiteral("date of the original 终本 ruling")),
            field(QStringLiteral("applied_on"), FieldType::Date, QStringLiteral("申请恢复执行日期"), QStringLiteral("date the applicant applied")),
            field(QStringLiteral("on_court_motion"), FieldType::Boolean, QStringLiteral("依职权恢复执行"), QStringLiteral("resumed of the court's motion")),
            field(QStringLiteral("reason"), FieldType::MultilineText, QStringLiteral("恢复执行的理由"), QStringLiteral("reason")).max(2000)
                .helpText(QStringLiteral("如：申请执行人提供了被执行人名下车辆的线索")),
            field(QStringLiteral("resumed_on"), FieldType::Date, QStringLiteral("恢复执行日期"), QStringLiteral("date resumed")),
            field(QStringLiteral("recovered"), FieldType::Money, QStringLiteral("原案已执行到位金额"), QStringLiteral("recovered in the original case")),
            field(QStringLiteral("recovered_from"), FieldType::Text, QStringLiteral("原案执行到位的情况"), QStringLiteral("what the original case recovered, from whom")).max(500)
                .helpText(QStringLiteral("如：原案已从被执行人张某处执行到位人民币326.15元；由 zhiwen-cli resume 填写")),
        }),
    };
}

Expected<ZhongbenFamily::Assessment> ZhongbenFamily::assess(const CaseFile &file, const QDate &today) const
{
    static const Json empty = Json::object();
    const Json *measures = file.at(QStringLiteral("measures"));
    const QString decided = file.text(QStringLiteral("zhongben.decided_on"));
    Record rec{file, measures && measures->is_object() ? *measures : empty, {}, decided.isEmpty() ? today : parseIsoDate(decided)};
    if (!rec.date.isValid())
        return Diagnostic::error(QStringLiteral("zhongben.decided_on"), Tr::tr("日期“%1”无效").arg(decided));
    const Json *respondents = file.at(QStringLiteral("respondents"));
    if (!respondents || !respondents->is_array() || respondents->empty())
        return Diagnostic::error(QStringLiteral("respondents"), Tr::tr("没有被执行人，无法判断能否终结本次执行程序"));
    for (const Json &r : *respondents)
        rec.debtors.append({&r, debtorRow(rec.measures, stringAt(r, "id"))});
    Assessment a;
    a.date = rec.date;
    a.allowed = true;
    for (const Condition &c : m_rules.conditions) {
        ConditionResult result{c.id, c.title, c.basis, c.evidence, true, {}};
        for (const Requirement &r : c.requirements)
            result.reasons += evaluate(r, rec, CaseSchema::english() && m_rules.labelsEn.is_object() ? m_rules.labelsEn : m_rules.labels);
        result.met = result.reasons.isEmpty();
        a.allowed = a.allowed && result.met;
        a.conditions << result;
    }
    a.interviewReady = std::all_of(a.conditions.cbegin(), a.conditions.cend(),
                                   [](const ConditionResult &c) { return c.met || !investigationCondition(c.id); });
    a.operative = m_rules.operative;
    if (const auto p = m_law->provision(m_rules.citationKey, rec.date))
        a.citation = fill(m_rules.citationText, {{QStringLiteral("provision"), p->cite()}});
    else
        return p.errors();
    // Where the law points elsewhere.
    const Json &w = m_rules.warnings;
    for (const auto &[respondent, row] : rec.debtors) {
        const QString name = rec.name(*respondent);
        const bool organization = stringAt(*respondent, "kind") == QStringLiteral("organization");
        if (organization && flag(row, "bankruptcy_criteria"))
            a.warnings << fill(stringAt(w, "bankruptcy"), {{QStringLiteral("name"), name}});
        if (!parseIsoDate(stringAt(row, "defaulter_listed_on")).isValid() && filled(row, "defaulter_exempt"))
            a.warnings << fill(stringAt(w, "not_listed"), {{QStringLiteral("name"), name}, {QStringLiteral("reason"), stringAt(row, "defaulter_exempt")}});
        if (organization && parseIsoDate(stringAt(row, "consumption_ban_on")).isValid()) {
            const Json &bound = memberAt(row, "consumption_bound");
            if (!bound.is_array() || bound.empty())
                a.warnings << fill(stringAt(w, "bound_persons"), {{QStringLiteral("name"), name}});
        }
    }
    const auto applied = Money::parse(stringAt(rec.measures, "amount_applied"));
    const auto recovered = Money::parse(stringAt(rec.measures, "amount_recovered"));
    const auto outstanding = Money::parse(stringAt(rec.measures, "amount_outstanding"));
    if (applied && recovered && outstanding && !(*recovered + *outstanding == *applied))
        a.warnings << fill(stringAt(w, "amounts"), {{QStringLiteral("applied"), applied->figures() + Tr::tr("元")},
                                                    {QStringLiteral("recovered"), recovered->figures() + Tr::tr("元")},
                                                    {QStringLiteral("outstanding"), outstanding->figures() + Tr::tr("元")}});
    return a;
}

Diagnostics ZhongbenFamily::check(const CaseFile &file) const
{
    const auto a = assess(file);
    if (!a)
        return a.errors();
    Diagnostics out;
    for (const ConditionResult &c : a->conditions)
        for (const QString &reason : c.reasons)
            out << Diagnostic::error(QLatin1String(Id), Tr::tr("不能终结本次执行程序：%1（条件：%2）").arg(reason, c.title));
    for (const QString &w : a->warnings)
        out << Diagnostic::warning(QLatin1String(Id), w);
    return out;
}

void ZhongbenFamily::addContext(const CaseFile &file, Json &data, QHash<QString, Diagnostics> &unavailable) const
{
    const auto a = assess(file);
    if (!a) {
        unavailable.insert(QStringLiteral("zhongben_ruling"), a.errors());
        unavailable.insert(QStringLiteral("zhongben_record"), a.errors());
        unavailable.insert(QStringLiteral("consumption_orders"), a.errors());
        unavailable.insert(QStringLiteral("defaulter_decisions"), a.errors());
        unavailable.insert(QStringLiteral("zhongben_interview"), a.errors());
        return;
    }
    // What the ruling and the interview record tell: the record of measures
    // with names joined, dates as 2024年3月8日 and choices by their labels
    // (the sentences themselves are the templates').
    static const Json empty = Json::object();
    const Json *found = file.at(QStringLiteral("measures"));
    const Json &m = found && found->is_object() ? *found : empty;
    const Json &labels = m_rules.labels;
    // `key_text` for a date (2024年3月8日), set only when the date is, so
    // that a template's {{#key_text}} section stands for "recorded".
    const auto setDate = [](Json &obj, const char *key, const QString &iso) {
        const QDate d = parseIsoDate(iso);
        if (d.isValid())
            obj[std::string(key) + "_text"] = ss(arabicDate(d));
    };
    const auto nameOf = [&](const QString &id) -> std::string {
        if (id.isEmpty())
            return ss(stringAt(data, "respondent_names"));
        const Json *party = file.party(id);
        return party ? ss(stringAt(*party, "name")) : std::string();
    };
    Json debtors = Json::array();
    const Json &decorated = memberAt(data, "respondents");
    if (const Json *respondents = file.at(QStringLiteral("respondents")); respondents && respondents->is_array()) {
        for (std::size_t ri = 0; ri < respondents->size(); ++ri) {
            const Json &r = (*respondents)[ri];
            const Json row = debtorRow(m, stringAt(r, "id"));
            Json out = row;
            // The respondent as documents describe a party (gender, birth,
            // number, address, representative), for orders addressed to it.
            out["party"] = decorated.is_array() && ri < decorated.size() ? decorated[ri] : r;
            out["name"] = ss(stringAt(r, "name"));
            for (const char *date : {"consumption_ban_on", "defaulter_listed_on"})
                if (const QDate d = parseIsoDate(stringAt(row, date)); d.isValid())
                    out[std::string(date) + "_cn"] = ss(chineseDate(d));
            // 失信规定第一条的项: the grounds are listed in its order.
            static const QStringList grounds = {QStringLiteral("able_but_refuses"), QStringLiteral("obstructs_evidence"), QStringLiteral("evades"),
                                                QStringLiteral("breaks_report_duty"), QStringLiteral("breaks_consumption_ban"), QStringLiteral("refuses_settlement")};
            if (const int g = int(grounds.indexOf(stringAt(row, "defaulter_ground"))); g >= 0)
                out["defaulter_ground_item"] = ss(QStringLiteral("第%1项").arg(chineseNumber(g + 1)));
            out["defaulter_term_text"] = memberAt(row, "defaulter_term_years").is_number_integer()
                                             ? ss(chineseNumber(memberAt(row, "defaulter_term_years").get<int>()) + QStringLiteral("年"))
                                             : std::string();
            if (out["defaulter_term_text"].get<std::string>().empty())
                out.erase("defaulter_term_text");
            out["is_organization"] = stringAt(r, "kind") == QStringLiteral("organization");
            for (const char *date : {"notice_served_on", "report_order_served_on", "report_checked_on", "consumption_ban_on", "defaulter_listed_on", "searched_on"})
                setDate(out, date, stringAt(row, date));
            // Served or decided the same day: one sentence says both.
            out["report_order_with_notice"] = !stringAt(row, "notice_served_on").isEmpty() && stringAt(row, "notice_served_on") == stringAt(row, "report_order_served_on");
            out["listed_with_ban"] = !stringAt(row, "consumption_ban_on").isEmpty() && stringAt(row, "consumption_ban_on") == stringAt(row, "defaulter_listed_on");
            if (!stringAt(row, "report").isEmpty())
                out["report_label"] = ss(label(labels, "report", stringAt(row, "report")));
            out["report_sanctioned"] = filled(row, "report_sanction");
            if (!stringAt(row, "defaulter_ground").isEmpty())
                out["defaulter_ground_label"] = ss(label(labels, "defaulter_ground", stringAt(row, "defaulter_ground")));
            QStringList bound;
            if (const Json &list = memberAt(row, "consumption_bound"); list.is_array())
                for (const Json &b : list)
                    bound << stringAt(b, "role") + stringAt(b, "name");
            out["has_bound"] = !bound.isEmpty();
            if (!bound.isEmpty())
                out["bound_text"] = ss(bound.join(QStringLiteral("、"))); // 法定代表人王某、实际控制人赵某
            debtors.push_back(out);
        }
    }
    Json investigations = Json::array();
    if (const Json &list = memberAt(m, "investigations"); list.is_array()) {
        for (const Json &i : list) {
            Json out = i;
            setDate(out, "on", stringAt(i, "on"));
            out["kind_label"] = ss(label(labels, "investigation", stringAt(i, "kind")));
            const QString kind = stringAt(i, "kind");
            out["is_network"] = kind.startsWith(QStringLiteral("network_"));
            for (const char *k : {"applicant_clues", "on_site", "search", "audit", "reward"})
                out[std::string("is_") + k] = kind == QLatin1String(k);
            out["who"] = nameOf(stringAt(i, "respondent"));
            QStringList covers;
            for (const QString &c : stringList(memberAt(i, "covers")))
                covers << label(labels, "covers", c);
            if (!covers.isEmpty())
                out["covers_text"] = ss(covers.join(QStringLiteral("、")));
            investigations.push_back(out);
        }
    }
    Json property = Json::array();
    if (const Json &list = memberAt(m, "property"); list.is_array()) {
        for (const Json &p : list) {
            Json out = p;
            out["who"] = nameOf(stringAt(p, "respondent"));
            if (!stringAt(p, "ground").isEmpty()) {
                out["ground_label"] = ss(label(labels, "property_ground", stringAt(p, "ground")));
                out["ground_item"] = stringAt(p, "ground") == QStringLiteral("auction_failed") ? "第一项" : "第二项";
            }
            property.push_back(out);
        }
    }
    Json amounts = Json::object();
    for (const char *key : {"amount_applied", "amount_recovered", "amount_outstanding"})
        if (const auto money = Money::parse(stringAt(m, key))) {
            amounts[std::string(key) + "_figures"] = ss(money->figures());
            amounts[std::string(key) + "_words"] = ss(money->words());
        }
    Json interview = memberAt(m, "interview").is_object() ? memberAt(m, "interview") : Json::object();
    setDate(interview, "held_on", stringAt(interview, "held_on"));
    Json approval = memberAt(m, "approval").is_object() ? memberAt(m, "approval") : Json::object();
    setDate(approval, "panel_reviewed_on", stringAt(approval, "panel_reviewed_on"));
    setDate(approval, "president_approved_on", stringAt(approval, "president_approved_on"));
    // One 限制消费令 per respondent it was issued against, one 失信 decision
    // per respondent listed: each a document of its own.
    Json bans = Json::array(), listed = Json::array();
    for (const Json &dbt : debtors) {
        if (dbt.contains("consumption_ban_on_cn"))
            bans.push_back(dbt);
        if (dbt.contains("defaulter_listed_on_cn"))
            listed.push_back(dbt);
    }
    for (Json *list : {&bans, &listed})
        for (std::size_t i = 0; i < list->size(); ++i)
            (*list)[i]["first_document"] = i == 0;
    // A list of documents for templates, or why there is none.
    const auto offer = [&](const char *key, const Json &list, Diagnostics problems, const QString &none) {
        if (problems.isEmpty() && list.empty())
            problems << Diagnostic::error(QStringLiteral("measures.debtors"), none);
        if (problems.isEmpty())
            data[key] = list;
        else
            unavailable.insert(QLatin1String(key), problems);
    };
    // Where a debtor's own field is: `measures.debtors[k].key`, so the form
    // shows the message under it.
    const auto rowField = [&m](const Json &dbt, const char *key) {
        const Json &rows = memberAt(m, "debtors");
        const QString id = stringAt(dbt, "respondent");
        if (rows.is_array())
            for (std::size_t k = 0; k < rows.size(); ++k)
                if (!id.isEmpty() && stringAt(rows[k], "respondent") == id)
                    return QStringLiteral("measures.debtors[%1].%2").arg(k).arg(QLatin1String(key));
        return QStringLiteral("measures.debtors");
    };
    // 限高规定第五条: the order is signed by the court's president.
    Diagnostics unsignedBans;
    for (const Json &dbt : bans)
        if (stringAt(dbt, "consumption_approved_by").trimmed().isEmpty())
            unsignedBans << Diagnostic::error(rowField(dbt, "consumption_approved_by"),
                                              Tr::tr("对被执行人%1的限制消费令未记载签发的院长：请填写签发限制消费令的院长（限制消费令由院长签发）").arg(stringAt(dbt, "name")));
    offer("consumption_orders", bans, unsignedBans, Tr::tr("没有记载对哪名被执行人发出限制消费令：请在“对各被执行人采取的措施”中填写限制消费令日期"));
    // A 失信 decision is the president's to approve: refuse one not signed off.
    Diagnostics unsigned_;
    for (std::size_t i = 0; i < debtors.size(); ++i) {
        const Json &dbt = debtors[i];
        if (!dbt.contains("defaulter_listed_on_cn"))
            continue;
        const QString name = stringAt(dbt, "name");
        if (stringAt(dbt, "defaulter_approved_by").trimmed().isEmpty())
            unsigned_ << Diagnostic::error(rowField(dbt, "defaulter_approved_by"),
                                           Tr::tr("被执行人%1的纳入失信被执行人名单决定未记载院长批准：请填写批准纳入失信名单的院长").arg(name));
        // 失信规定第二条: items (二)–(六) carry a term of two years, three to
        // five when extended; item (一) none — the listing ends with payment.
        const QString ground = stringAt(dbt, "defaulter_ground");
        const Json &term = memberAt(dbt, "defaulter_term_years");
        if (ground.isEmpty())
            unsigned_ << Diagnostic::error(rowField(dbt, "defaulter_ground"), Tr::tr("被执行人%1的失信情形未记载：请选择纳入失信名单的情形（失信规定第一条所列情形）").arg(name));
        if (stringAt(dbt, "defaulter_facts").trimmed().isEmpty())
            unsigned_ << Diagnostic::error(rowField(dbt, "defaulter_facts"), Tr::tr("被执行人%1的纳入失信被执行人名单决定应写明事实：请填写纳入失信名单的事实").arg(name));
        if (ground == QStringLiteral("able_but_refuses") && term.is_number_integer())
            unsigned_ << Diagnostic::error(rowField(dbt, "defaulter_term_years"),
                                           Tr::tr("被执行人%1因有履行能力而拒不履行（失信规定第一条第一项）纳入名单，不设期限（履行完毕后删除）：请删除失信期限").arg(name));
        else if (!ground.isEmpty() && ground != QStringLiteral("able_but_refuses") && (!term.is_number_integer() || term.get<int>() < 2 || term.get<int>() > 5))
            unsigned_ << Diagnostic::error(rowField(dbt, "defaulter_term_years"),
                                           Tr::tr("被执行人%1的失信期限应为二年，有从重情节的可延长一至三年（失信规定第二条）：请填写 2 至 5 年").arg(name));
    }
    offer("defaulter_decisions", listed, unsigned_, Tr::tr("没有记载将哪名被执行人纳入失信被执行人名单：请在“对各被执行人采取的措施”中填写纳入失信名单日期"));
    Json resumption = file.at(QStringLiteral("resumption")) && file.at(QStringLiteral("resumption"))->is_object() ? *file.at(QStringLiteral("resumption")) : Json::object();
    for (const char *date : {"original_ruling_on", "applied_on", "resumed_on"})
        setDate(resumption, date, stringAt(resumption, date));
    if (const auto recovered = Money::parse(stringAt(resumption, "recovered")))
        resumption["recovered_figures"] = ss(recovered->figures());
    Json met = Json::object();
    for (const ConditionResult &c : a->conditions)
        met[ss(c.id)] = c.met;
    const bool owedPerDebtor = std::any_of(debtors.begin(), debtors.end(), [](const Json &dbt) { return filled(dbt, "outstanding"); });
    // The applicant is told the result of an investigation that is complete
    // (终本规定第五条): no interview record while the first three conditions
    // are not met.
    Diagnostics early;
    for (const ConditionResult &c : a->conditions)
        if (investigationCondition(c.id))
            for (const QString &reason : c.reasons)
                early << Diagnostic::error(QLatin1String(Id), Tr::tr("财产调查等尚未完成，不能约谈申请执行人拟终结本次执行程序：%1").arg(reason));
    if (a->interviewReady)
        data["zhongben_interview"] = {{"ready", true}};
    else
        unavailable.insert(QStringLiteral("zhongben_interview"), early);
    data["zhongben_record"] = {{"met", met},
                               {"owed_per_debtor", owedPerDebtor},
                               {"resumption", resumption},
                               {"debtors", debtors},
                               {"investigations", investigations},
                               {"has_property", !property.empty()},
                               {"property", property},
                               {"amounts", amounts},
                               {"interview", interview},
                               {"approval", approval}};
    // The ruling exists only when every condition is met: otherwise each
    // missing record is the reason it cannot be made.
    if (!a->allowed) {
        Diagnostics why;
        for (const ConditionResult &c : a->conditions)
            for (const QString &reason : c.reasons)
                why << Diagnostic::error(QLatin1String(Id), Tr::tr("不能终结本次执行程序：%1（条件：%2）").arg(reason, c.title));
        unavailable.insert(QStringLiteral("zhongben_ruling"), why);
        return;
    }
    data["zhongben_ruling"] = {{"operative", ss(a->operative)}, {"citation", ss(a->citation)}};
}

} // namespace zw
