#include "TerminationFamily.h"

#include <QCoreApplication>

namespace zw {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(zw::CaseValidator) // the validator's messages, declared here
};
QString noRulingMessage(const TerminationDecision &d)
{
    return Tr::tr("%1（依据：%2）").arg(d.closing, d.citation);
}
} // namespace

TerminationFamily::TerminationFamily(std::shared_ptr<const TerminationRules> rules, std::shared_ptr<const LawTable> law)
    : m_rules(std::move(rules)), m_law(std::move(law))
{
}

Expected<std::shared_ptr<const TerminationFamily>> TerminationFamily::load(const QString &rulesFile, std::shared_ptr<const LawTable> law)
{
    auto rules = TerminationRules::load(rulesFile);
    if (!rules)
        return rules.errors();
    return std::make_shared<const TerminationFamily>(std::make_shared<const TerminationRules>(std::move(rules).value()), std::move(law));
}

FieldSpec TerminationFamily::fields()
{
    using namespace Fields;
    FieldSpec respondent = field(QString(), FieldType::RespondentRef, QStringLiteral("被执行人编号"), QStringLiteral("respondent id"))
                               .wrongType(Tr::tr("应为被执行人编号字符串"));
    respondent.elementFallback = QStringLiteral("第{n}个被执行人编号");
    FieldSpec item = field(QString(), FieldType::ItemRef, QStringLiteral("项号"), QStringLiteral("item number"))
                         .wrongType(Tr::tr("应为执行依据的项号（整数）"));
    item.elementFallback = QStringLiteral("第{n}个项号");
    return object(QLatin1String(Id), QStringLiteral("终结执行"), QStringLiteral("termination"), {
        field(QStringLiteral("ground"), FieldType::Text, QStringLiteral("终结理由"), QStringLiteral("ground")).req().max(64)
            .helpText(QStringLiteral("resources/rules/termination.json 中的理由 id，如 withdrawal")),
        field(QStringLiteral("scope"), FieldType::Text, QStringLiteral("终结范围"), QStringLiteral("scope")).max(32)
            .helpText(QStringLiteral("case、respondents、items 或 instrument")),
        list(QStringLiteral("respondents"), QStringLiteral("终结执行的被执行人"), QStringLiteral("respondents ended"), respondent, 100),
        list(QStringLiteral("items"), QStringLiteral("终结执行的判项"), QStringLiteral("items ended"), item, 200),
        field(QStringLiteral("permanent"), FieldType::Boolean, QStringLiteral("是否永久丧失劳动能力"), QStringLiteral("permanent incapacity")),
        field(QStringLiteral("facts"), FieldType::MultilineText, QStringLiteral("终结执行的事实"), QStringLiteral("facts")).max(5000),
        field(QStringLiteral("decided_on"), FieldType::Date, QStringLiteral("裁定日期"), QStringLiteral("date of the ruling")).req(),
    });
}

Diagnostics TerminationFamily::check(const CaseFile &file) const
{
    const auto decision = decide(file);
    if (!decision)
        return decision.errors();
    Diagnostics out;
    if (!decision->rulingRequired)
        out << Diagnostic::warning(QStringLiteral("termination.ground"), noRulingMessage(*decision));
    for (const QString &w : decision->warnings)
        out << Diagnostic::warning(QLatin1String(Id), w);
    return out;
}

void TerminationFamily::addContext(const CaseFile &file, Json &d, QHash<QString, Diagnostics> &unavailable) const
{
    if (!d.contains("termination") || !d["termination"].is_object()) {
        unavailable.insert(QStringLiteral("ruling"),
                           {Diagnostic::error(QLatin1String(Id), QCoreApplication::translate("zw::DocumentContext", "案件文件中没有终结执行信息（termination）"))});
        return;
    }
    const auto decision = decide(file);
    if (!decision) {
        unavailable.insert(QStringLiteral("ruling"), decision.errors());
        return;
    }
    // Such a case closes without a ruling: say so, never "ruling.operative is missing".
    if (!decision->rulingRequired) {
        unavailable.insert(QStringLiteral("ruling"), {Diagnostic::error(QStringLiteral("termination.ground"), noRulingMessage(*decision))});
        return;
    }
    Json ruling = Json::object();
    ruling["required"] = decision->rulingRequired;
    ruling["operative"] = ss(decision->operative);
    ruling["citation"] = ss(decision->citation);
    ruling["reasoning"] = ss(decision->reasoning);
    ruling["closing"] = ss(decision->closing);
    if (const Ground *g = m_rules->ground(stringAt(d["termination"], "ground")))
        ruling["ground_label"] = ss(g->labelZh);
    Json warnings = Json::array();
    for (const QString &w : decision->warnings)
        warnings.push_back(ss(w));
    ruling["warnings"] = warnings;
    d["ruling"] = ruling;
}

} // namespace zw
