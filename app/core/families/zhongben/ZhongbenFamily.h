#pragma once

#include "CaseSchema.h"
#include "DocumentFamily.h"
#include "LawTable.h"

#include <QDate>
#include <memory>

namespace zw {

// 终结本次执行程序 (终本): the record of enforcement measures (`measures`), the
// ruling's block (`zhongben`) and the court's rules on when 终本 may be ruled
// (resources/rules/zhongben.json): the five conditions of 终本规定 art. 1,
// the duty to inform and hear the applicant (art. 5) and who may decide,
// each checked against the record.
class ZhongbenFamily : public DocumentFamily
{
public:
    static constexpr const char *Id = "zhongben";

    // One check of the record, of a kind the program knows (`debtor_date`,
    // `network_query` …), with the rules file's parameters and messages.
    struct Requirement {
        QString check;
        Json params;
        QString at; // where in the rules file, for messages about it
    };
    struct Condition {
        QString id;       // notice_and_report …
        QString title;    // 已向被执行人发出执行通知、责令被执行人报告财产
        QString basis;    // 终本规定第一条第（一）项、第二条
        QString evidence; // what counts as evidence, for the officer
        QList<Requirement> requirements;
    };
    struct Rules {
        QList<Condition> conditions;
        QString operative;     // 终结本次执行程序。
        QString citationKey;   // law table key of the provision cited
        QString citationText;  // 依照{provision}规定，裁定如下：
        Json warnings;         // messages of the warnings
        Json labels;           // choice labels: report statuses, investigation kinds, defaulter grounds
        Json labelsEn;         // the same in English, for the interface (`labels_en`)
    };

    struct ConditionResult {
        QString id;
        QString title;
        QString basis;
        QString evidence; // what counts as evidence (from the rules)
        bool met = true;
        QStringList reasons; // what is missing, one sentence each
    };
    struct Assessment {
        bool allowed = false;
        // The applicant may be told and heard (终本规定第五条) once the
        // investigation is complete: the first three conditions are met.
        bool interviewReady = false;
        QDate date;          // the ruling's date the conditions were judged at
        QList<ConditionResult> conditions;
        QString operative;
        QString citation;
        QStringList warnings;
    };

    ZhongbenFamily(Rules rules, std::shared_ptr<const LawTable> law) : m_rules(std::move(rules)), m_law(std::move(law)) {}
    static Expected<std::shared_ptr<const ZhongbenFamily>> load(const QString &rulesFile, std::shared_ptr<const LawTable> law);
    // Its part of the case schema: `measures`, `zhongben` and, in the resumed
    // 执恢 case, `resumption`.
    static QList<FieldSpec> fields();
    // The condition ids of a 终本 assessment, in the order they are reported.
    static QStringList conditionIds();

    QString id() const override { return QLatin1String(Id); }
    QStringList ownedKeys() const override { return {QStringLiteral("measures"), QLatin1String(Id), QStringLiteral("resumption")}; }
    Diagnostics check(const CaseFile &file) const override;
    bool refusalConcernsTheCase() const override { return false; }
    // `zhongben_record`: the record of measures as documents tell it (names
    // joined, dates and choices in words); `zhongben_ruling`: the operative
    // sentence and citation, only when 终本 may be ruled.
    // `consumption_orders` / `defaulter_decisions`: the respondents a 限制消费令
    // was issued against / who were listed as 失信, one document each.
    QStringList contextKeys() const override
    {
        return {QStringLiteral("zhongben_record"), QStringLiteral("zhongben_ruling"), QStringLiteral("zhongben_interview"), QStringLiteral("consumption_orders"),
                QStringLiteral("defaulter_decisions")};
    }
    void addContext(const CaseFile &file, Json &data, QHash<QString, Diagnostics> &unavailable) const override;
    QString choiceLabel(const QString &schemaPath, const QString &value) const override;

    // May 终本 be ruled on this record, at `zhongben.decided_on` (or
    // `today` when the case has no ruling date yet), and why.
    Expected<Assessment> assess(const CaseFile &file, const QDate &today = QDate::currentDate()) const;

    const Rules &rules() const { return m_rules; }

private:
    Rules m_rules;
    std::shared_ptr<const LawTable> m_law;
};

} // namespace zw
