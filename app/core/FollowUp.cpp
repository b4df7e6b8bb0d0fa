#include "FollowUp.h"

#include "CaseNumber.h"
#include "ChineseText.h"

#include <QCoreApplication>

#include <algorithm>

namespace zw {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(zw::FollowUp)
};

constexpr int kRequeryMonths = 6;
constexpr int kFollowUpYears = 5;
constexpr int kReportDays = 5;   // 报告财产令: 自收到之日起五日内
constexpr int kUrgingDays = 30;  // 执前督促

} // namespace

QString dueKindId(DueItem::Kind kind)
{
    switch (kind) {
    case DueItem::Kind::Requery: return QStringLiteral("requery");
    case DueItem::Kind::TellApplicant: return QStringLiteral("tell_applicant");
    case DueItem::Kind::PropertyReport: return QStringLiteral("property_report");
    case DueItem::Kind::ZhongbenPossible: return QStringLiteral("zhongben_possible");
    case DueItem::Kind::UrgingEnds: return QStringLiteral("urging_ends");
    }
    return {};
}

QList<QDate> requerySchedule(const QDate &ruling)
{
    QList<QDate> out;
    for (int k = 1; k * kRequeryMonths <= kFollowUpYears * 12; ++k)
        out << ruling.addMonths(k * kRequeryMonths);
    return out;
}

QList<DueItem> dueItems(const CaseFile &file, const QDate &on, int horizonDays)
{
    QList<DueItem> items;
    const QDate until = on.addDays(horizonDays);
    const QDate since = on.addDays(-horizonDays);
    const QDate ruling = parseIsoDate(file.text(QStringLiteral("zhongben.decided_on")));
    const QDate terminated = parseIsoDate(file.text(QStringLiteral("termination.decided_on")));
    const bool resumed = !file.text(QStringLiteral("zhongben.resumed_as")).isEmpty();
    const bool enforcement = isEnforcementCase(checkCaseNumber(file.text(QStringLiteral("case.number"))));

    if (ruling.isValid() && !resumed && !terminated.isValid()) {
        // The next re-query falls six months after the ruling or the last
        // one recorded; none after five years.
        QDate last = ruling;
        if (const Json *requeries = file.at(QStringLiteral("zhongben.requeries")); requeries && requeries->is_array()) {
            for (const Json &q : *requeries) {
                const QDate d = parseIsoDate(stringAt(q, "on"));
                if (!d.isValid())
                    continue;
                last = std::max(last, d);
                if (!parseIsoDate(stringAt(q, "applicant_told_on")).isValid())
                    items << DueItem{DueItem::Kind::TellApplicant, d,
                                     Tr::tr("将%1的网络查控复查结果告知申请执行人").arg(arabicDate(d)), true};
            }
        }
        const QDate next = last.addMonths(kRequeryMonths);
        if (next <= ruling.addYears(kFollowUpYears))
            items << DueItem{DueItem::Kind::Requery, next,
                             Tr::tr("终本后网络查控复查（每六个月一次，至%1止）").arg(arabicDate(ruling.addYears(kFollowUpYears))), true};
    }
    const bool ended = ruling.isValid() || terminated.isValid();
    if (enforcement && !ended) {
        // Each respondent ordered to report has five days from service.
        const Json *measures = file.at(QStringLiteral("measures"));
        const Json &rows = measures ? memberAt(*measures, "debtors") : Json();
        if (rows.is_array()) {
            for (const Json &row : rows) {
                const QDate served = parseIsoDate(stringAt(row, "report_order_served_on"));
                if (!served.isValid() || !stringAt(row, "report").isEmpty())
                    continue;
                const Json *party = file.party(stringAt(row, "respondent"));
                items << DueItem{DueItem::Kind::PropertyReport, served.addDays(kReportDays),
                                 Tr::tr("被执行人%1报告财产期限届满（报告财产令%2送达）").arg(party ? stringAt(*party, "name") : stringAt(row, "respondent"), arabicDate(served)), true};
            }
        }
        const QDate filed = parseIsoDate(file.text(QStringLiteral("case.filed_on")));
        if (filed.isValid())
            items << DueItem{DueItem::Kind::ZhongbenPossible, filed.addMonths(3).addDays(1),
                             Tr::tr("立案已满三个月，可以审查是否终结本次执行程序（zhiwen-cli zhongben）"), false};
    }
    if (!enforcement && file.text(QStringLiteral("performance.performed_on")).isEmpty()) {
        // 执前督促: from the 督促履行告知书, or the instrument taking effect.
        QDate start = parseIsoDate(file.text(QStringLiteral("notice.issued_on")));
        if (!start.isValid())
            start = parseIsoDate(file.text(QStringLiteral("basis.effective_on")));
        if (start.isValid())
            items << DueItem{DueItem::Kind::UrgingEnds, start.addDays(kUrgingDays),
                             Tr::tr("执前督促期满（自%1起三十日）：未履行的，可申请强制执行").arg(arabicDate(start)), false};
    }
    QList<DueItem> out;
    for (const DueItem &i : std::as_const(items))
        if (i.date <= until && (i.obligation || i.date >= since))
            out << i;
    std::stable_sort(out.begin(), out.end(), [](const DueItem &a, const DueItem &b) { return a.date < b.date; });
    return out;
}

} // namespace zw
