#pragma once

#include "CaseFile.h"

#include <QDate>
#include <QList>
#include <QString>

namespace zw {

// What falls due in a case and when: the follow-up a court owes a case after
// 终本 (a network re-query every six months for five years from the ruling,
// and telling the applicant the result), a respondent's deadline to report
// property, the day 终本 becomes possible (more than three months after
// filing) and the end of 执前督促 (30 days).
struct DueItem {
    enum class Kind { Requery, TellApplicant, PropertyReport, ZhongbenPossible, UrgingEnds };
    Kind kind;
    QDate date;
    QString what;    // 网络查控复查（终本后每六个月一次）
    bool obligation; // something to do (listed until done), or an event
};

QString dueKindId(DueItem::Kind kind); // requery, tell_applicant, property_report, zhongben_possible, urging_ends

// The items of `file` due within `horizonDays` after `on`, and obligations
// overdue before it (events only from `horizonDays` before `on`), by date.
QList<DueItem> dueItems(const CaseFile &file, const QDate &on, int horizonDays = 30);

// The re-queries a 终本 case is owed, ruling to ruling + five years: the
// dates they fall due when each is made on its day.
QList<QDate> requerySchedule(const QDate &ruling);

} // namespace zw
