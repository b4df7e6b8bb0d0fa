#pragma once

#include "CaseSchema.h"
#include "DocumentFamily.h"
#include "LawTable.h"
#include "TerminationRules.h"

#include <memory>

namespace zw {

// 终结执行: the `termination` block of a case, the decision of
// resources/rules/termination.json on it and the ruling's sentence.
class TerminationFamily : public DocumentFamily
{
public:
    static constexpr const char *Id = "termination";

    TerminationFamily(std::shared_ptr<const TerminationRules> rules, std::shared_ptr<const LawTable> law);
    static Expected<std::shared_ptr<const TerminationFamily>> load(const QString &rulesFile, std::shared_ptr<const LawTable> law);
    // Its part of the case schema: `termination`.
    static FieldSpec fields();

    QString id() const override { return QLatin1String(Id); }
    QStringList ownedKeys() const override { return {QLatin1String(Id)}; }
    Diagnostics check(const CaseFile &file) const override;
    QStringList contextKeys() const override { return {QStringLiteral("ruling")}; }
    void addContext(const CaseFile &file, Json &data, QHash<QString, Diagnostics> &unavailable) const override;

    const TerminationRules &rules() const { return *m_rules; }
    Expected<TerminationDecision> decide(const CaseFile &file) const { return m_rules->decide(file, *m_law); }

private:
    std::shared_ptr<const TerminationRules> m_rules;
    std::shared_ptr<const LawTable> m_law;
};

} // namespace zw
