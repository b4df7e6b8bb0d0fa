#pragma once

#include "CaseFile.h"
#include "Diagnostic.h"
#include "Json.h"
#include "LawTable.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace zw {

// What a 终结执行 ruling ends: the four shapes of its operative sentence.
enum class Scope { Case, Respondents, Items, Instrument };
QString scopeId(Scope s);
std::optional<Scope> scopeFromId(const QString &id);
const QList<Scope> &allScopes();

// The conditions a ground puts on one scope (resources/rules/termination.json).
struct ScopeRule {
    enum class Selection { None, Any, All };
    Selection respondents = Selection::None;
    bool citizensOnly = false;        // selected respondents must be persons
    std::optional<bool> permanent;    // required value of termination.permanent
    bool itemsRequired = false;       // at least one item of the instrument
};

struct Ground {
    QString id;
    QString label;                    // in the interface's language (`en` when English)
    QString labelZh;                  // as documents name it
    QString explain;
    QString provisionText;            // the words of the provision, for the wizard
    bool ruling = true;               // false: the case closes without a ruling
    QString closing;                  // for no-ruling grounds: what closes the case (the latest text)
    QList<QPair<QDate, QString>> closings; // the same by date: the text in force from each date on
    // The closing text in force on `date` (the latest when the date is unknown).
    QString closingOn(const QDate &date) const;
    bool factsRequired = false;
    QList<QPair<QString, int>> provisions; // law-table key, item (0 = none)
    QMap<Scope, ScopeRule> scopes;
    QMap<Scope, QString> refusals;    // why a scope is not allowed
    QString allSelectedWarning;
    QString allSelectedTemporaryWarning;
    QString allItemsWarning;
    // The ground applies only to cases about these (the cause, or an item
    // of the instrument, names one): 赡养费、扶养费、抚养费、抚育费.
    QStringList requiresKeywords;
    QString keywordRefusal;           // the case names none of them
    QString itemKeywordRefusal;       // an item chosen is not one of them ({item})
    QString warning;                  // said whenever the ground is chosen
    // The ruling's 本院认为 sentence: by scope id, or "default".
    QMap<QString, QString> reasoning;
    // The statute's own words for the ground, by the date they are in force.
    QList<QPair<QDate, QString>> statute;

    // Whether a text names one of requiresKeywords.
    bool mentionsKeyword(const QString &text) const;
    // Why the ground cannot apply to this case at all (not a support case), or empty.
    QString notApplicable(const Json &root) const;
};

struct ShapeInfo {
    QString label;
    QString explain;
    QString wording;  // with {case_number} {respondents} {instrument} {items}
};

// The choices of a termination, as read from `termination` in a case file.
struct TerminationInput {
    QString ground;
    QString scope;
    QStringList respondents;   // party ids
    QList<int> items;          // item numbers of basis.items
    bool permanent = false;
    QString facts;
    QDate decidedOn;
};

struct TerminationDecision {
    bool rulingRequired = true;
    QString operative;     // 终结……的执行。
    QString citation;      // 依照……规定，裁定如下：  (no-ruling: the provision)
    QString reasoning;     // 本院认为……  (the ground's words for this scope, statute of the ruling's date)
    QStringList warnings;
    QString closing;       // no-ruling grounds: what closes the case instead
    QList<Provision> provisions;
};

// Whether one scope may be chosen for a ground in this case, and if not, why.
struct ScopeOption {
    Scope scope;
    bool allowed = false;
    QString reason;
};

class TerminationRules
{
public:
    static Expected<TerminationRules> fromJson(const Json &root, const QString &origin);
    static Expected<TerminationRules> load(const QString &fileName);

    const QList<Ground> &grounds() const { return m_grounds; }
    const Ground *ground(const QString &id) const;
    const ShapeInfo &shape(Scope s) const { return *m_shapes.constFind(s); }

    // Scopes for a ground, each enabled or disabled with the reason, judged
    // against the case (e.g. an organization among the respondents).
    QList<ScopeOption> scopeOptions(const QString &groundId, const CaseFile &file) const;

    static Expected<TerminationInput> readInput(const CaseFile &file);
    // The one decision: ruling or not, operative sentence, citation,
    // warnings — or a refusal whose message says why (path `termination.…`).
    Expected<TerminationDecision> decide(const CaseFile &file, const LawTable &law) const;
    Expected<TerminationDecision> decide(const CaseFile &file, const TerminationInput &input, const LawTable &law) const;

private:
    QList<Ground> m_grounds;
    QMap<Scope, ShapeInfo> m_shapes;
    QString m_citationPattern;
    int m_futureMarginDays = 30;
};

} // namespace zw
