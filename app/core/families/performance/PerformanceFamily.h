#pragma once

#include "CaseSchema.h"
#include "DocumentFamily.h"

#include <QMap>
#include <memory>

namespace zw {

// 自动履行证明书: the `performance` block of a case and the court's rules
// (resources/rules/certificate.json) on which performance may be certified
// as automatic — within the instrument's period and before any enforcement
// case, or in a way the court's policy names (执前保全扣划).
class PerformanceFamily : public DocumentFamily
{
public:
    static constexpr const char *Id = "performance";

    // One kind of performance: may it be certified, with which words, or why not.
    struct Rule {
        QString label;
        bool allowed = false;
        QString wording;  // with {performer} {performed_on} {due_on} {filed_on} {amount_words} {amount_figures}
        QString refusal;
    };
    struct Rules {
        QMap<QString, Rule> manners; // performance.manner -> rule
        QMap<QString, Rule> timing;  // on_time, late, after_filing
    };

    explicit PerformanceFamily(Rules rules) : m_rules(std::move(rules)) {}
    static Expected<std::shared_ptr<const PerformanceFamily>> load(const QString &rulesFile);
    static FieldSpec fields();

    QString id() const override { return QLatin1String(Id); }
    QStringList ownedKeys() const override { return {QStringLiteral("performance")}; }
    Diagnostics check(const CaseFile &file) const override;
    QStringList contextKeys() const override { return {QStringLiteral("certificate")}; }
    bool refusalConcernsTheCase() const override { return false; }
    void addContext(const CaseFile &file, Json &data, QHash<QString, Diagnostics> &unavailable) const override;

    // The certificate's statement of performance, or why it cannot be made.
    struct Statement {
        QString kind;      // the rule applied: a manner's id, or on_time / late / after_filing
        QString text;
        Diagnostics warnings;
    };
    Expected<Statement> statement(const CaseFile &file) const;

private:
    Rules m_rules;
};

} // namespace zw
