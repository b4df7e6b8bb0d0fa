#include "PerformanceFamily.h"

#include "CaseNumber.h"
#include "ChineseText.h"
#include "Deadlines.h"
#include "Money.h"

#include <QCoreApplication>

namespace zw {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(zw::PerformanceFamily)
};

Expected<PerformanceFamily::Rule> readRule(const Json &j, const QString &at)
{
    if (!j.is_object() || !j.contains("allowed") || !j["allowed"].is_boolean())
        return Diagnostic::error(at, Tr::tr("应为对象，含 allowed（true 或 false）"));
    PerformanceFamily::Rule r;
    r.label = stringAt(j, "label");
    r.allowed = j["allowed"].get<bool>();
    r.wording = stringAt(j, "wording");
    r.refusal = stringAt(j, "refusal");
    if (r.allowed && r.wording.isEmpty())
        return Diagnostic::error(at + QStringLiteral(".wording"), Tr::tr("允许出具的情形须写明证明书措辞"));
    if (!r.allowed && r.refusal.isEmpty())
        return Diagnostic::error(at + QStringLiteral(".refusal"), Tr::tr("不允许出具的情形须写明拒绝的理由"));
    return r;
}
} // namespace

Expected<std::shared_ptr<const PerformanceFamily>> PerformanceFamily::load(const QString &rulesFile)
{
    const auto root = loadJsonFile(rulesFile);
    if (!root)
        return root.errors();
    if (stringAt(*root, "format") != QLatin1String("zhiwen/certificate-rules@1"))
        return Diagnostic::error(rulesFile, Tr::tr("格式标识应为 \"zhiwen/certificate-rules@1\""));
    Rules rules;
    Diagnostics errors;
    for (const char *group : {"manners", "timing"}) {
        const Json g = root->value(group, Json::object());
        if (!g.is_object()) {
            errors << Diagnostic::error(rulesFile + QStringLiteral(": ") + QLatin1String(group), Tr::tr("应为对象"));
            continue;
        }
        for (auto it = g.begin(); it != g.end(); ++it) {
            auto rule = readRule(it.value(), rulesFile + QStringLiteral(": ") + QLatin1String(group) + QLatin1Char('.') + qs(it.key()));
            if (!rule) {
                errors += rule.errors();
                continue;
            }
            (qstrcmp(group, "manners") == 0 ? rules.manners : rules.timing).insert(qs(it.key()), rule.value());
        }
    }
    for (const char *needed : {"on_time", "late", "after_filing"})
        if (!rules.timing.contains(QLatin1String(needed)))
            errors << Diagnostic::error(rulesFile + QStringLiteral(": timing.") + QLatin1String(needed), Tr::tr("缺少此情形的规则"));
    if (!errors.isEmpty())
        return errors;
    return std::make_shared<const PerformanceFamily>(std::move(rules));
}

FieldSpec PerformanceFamily::fields()
{
    using namespace Fields;
    return object(QStringLiteral("performance"), QStringLiteral("自动履行"), QStringLiteral("voluntary performance"), {
        field(QStringLiteral("performer"), FieldType::PartyRef, QStringLiteral("履行人"), QStringLiteral("performer")),
        field(QStringLiteral("obligation"), FieldType::Text, QStringLiteral("履行的义务"), QStringLiteral("obligation performed")).max(1000),
        field(QStringLiteral("amount"), FieldType::Money, QStringLiteral("履行金额"), QStringLiteral("amount paid")),
        field(QStringLiteral("performed_on"), FieldType::Date, QStringLiteral("履行日期"), QStringLiteral("date performed")),
        field(QStringLiteral("manner"), FieldType::Text, QStringLiteral("履行方式"), QStringLiteral("manner of performance")).max(32)
            .helpText(QStringLiteral("特殊的履行方式，如 preservation_deduction（执前保全扣划），见 resources/rules/certificate.json；一般履行不填")),
        field(QStringLiteral("applied_on"), FieldType::Date, QStringLiteral("申请日期"), QStringLiteral("date applied")),
        field(QStringLiteral("issued_on"), FieldType::Date, QStringLiteral("证明书日期"), QStringLiteral("date of the certificate")),
        field(QStringLiteral("certificate_no"), FieldType::Text, QStringLiteral("证明书编号"), QStringLiteral("certificate number")).max(64)
            .helpText(QStringLiteral("由案件库分配：在图形界面用“文书→分配证明书编号”，或运行 zhiwen-cli certificate CASE.json --write")),
    });
}

Expected<PerformanceFamily::Statement> PerformanceFamily::statement(const CaseFile &file) const
{
    const QDate performed = parseIsoDate(file.text(QStringLiteral("performance.performed_on")));
    if (!performed.isValid())
        return Diagnostic::error(QStringLiteral("performance.performed_on"), Tr::tr("缺少履行日期：证明书须写明何时履行"));
    Statement s;
    const auto deadline = paymentDeadline(file);
    // An enforcement case of this court exists from its filing date on.
    const CaseNumberCheck number = checkCaseNumber(file.text(QStringLiteral("case.number")));
    const QDate filed = parseIsoDate(file.text(QStringLiteral("case.filed_on")));
    const bool enforcement = isEnforcementCase(number) && filed.isValid();
    const QString manner = file.text(QStringLiteral("performance.manner"));
    QString path = QStringLiteral("performance.performed_on");
    Rule rule;
    if (!manner.isEmpty()) {
        if (!m_rules.manners.contains(manner))
            return Diagnostic::error(QStringLiteral("performance.manner"),
                                     Tr::tr("“%1”不是 resources/rules/certificate.json 中的履行方式（可用：%2）").arg(manner, m_rules.manners.keys().join(QStringLiteral("、"))));
        s.kind = manner;
        rule = m_rules.manners.value(manner);
        path = QStringLiteral("performance.manner");
    } else if (enforcement && performed >= filed) {
        s.kind = QStringLiteral("after_filing");
    } else if (deadline && performed > deadline->date) {
        s.kind = QStringLiteral("late");
    } else {
        s.kind = QStringLiteral("on_time");
        if (!deadline)
            s.warnings << Diagnostic::warning(QStringLiteral("basis.due_on"),
                                              Tr::tr("无法确定履行期限（执行依据判项中没有“生效之日起×日内”或“于×年×月×日前”，也未填 basis.due_on）：请核对是否在期限内履行"));
    }
    if (manner.isEmpty())
        rule = m_rules.timing.value(s.kind);
    const auto money = Money::parse(file.text(QStringLiteral("performance.amount")));
    const QString performerPath = file.partyPath(file.text(QStringLiteral("performance.performer")));
    const QString performer = performerPath.isEmpty() ? QString() : file.text(performerPath + QStringLiteral(".name"));
    auto fill = [&](QString text) {
        return text.replace(QStringLiteral("{performer}"), performer)
            .replace(QStringLiteral("{performed_on}"), arabicDate(performed))
            .replace(QStringLiteral("{due_on}"), deadline ? arabicDate(deadline->date) : QString())
            .replace(QStringLiteral("{filed_on}"), filed.isValid() ? arabicDate(filed) : QString())
            .replace(QStringLiteral("{amount_words}"), money ? money->words() : QString())
            .replace(QStringLiteral("{amount_figures}"), money ? money->figures() : QString());
    };
    if (!rule.allowed)
        return Diagnostic::error(path, Tr::tr("不能出具自动履行证明书：%1").arg(fill(rule.refusal)));
    s.text = fill(rule.wording);
    return s;
}

Diagnostics PerformanceFamily::check(const CaseFile &file) const
{
    const auto s = statement(file);
    return s ? s->warnings : s.errors();
}

void PerformanceFamily::addContext(const CaseFile &file, Json &d, QHash<QString, Diagnostics> &unavailable) const
{
    const auto s = statement(file);
    if (!s) {
        unavailable.insert(QStringLiteral("certificate"), s.errors());
        return;
    }
    d["certificate"] = {{"kind", ss(s->kind)}, {"statement", ss(s->text)}};
    // The period the instrument set: what makes the performance automatic.
    if (const auto due = paymentDeadline(file))
        d["certificate"]["due_on_text"] = ss(arabicDate(due->date));
}

} // namespace zw
