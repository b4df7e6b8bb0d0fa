#pragma once

#include "CaseFile.h"

#include <QDate>
#include <QString>

#include <optional>

namespace zw {

// When the instrument's period for performance ends (履行期限届满): the
// case's `basis.due_on` when given, else read from the items that order
// something — `于本判决生效之日起十日内` (from `basis.effective_on`),
// `于2024年7月10日前` — the latest of them. Empty when neither says.
struct Deadline {
    QDate date;
    QString source; // the field it comes from: `basis.due_on` or `basis.items[0].text`
};
std::optional<Deadline> paymentDeadline(const CaseFile &file);

// How an item of the instrument states its period, in its own words:
// `于本判决生效之日起十日内` (a number of days from the effective date) or
// `于2024年7月10日前` (a day). One reading, for the deadline and for the
// 执行通知书, which orders performance now and leaves the period out.
struct StatedPeriod {
    qsizetype start = 0, length = 0; // the words, as written in the text
    int days = 0;                    // counted from the effective date; 0 for a day named
    QDate until;                     // the day named (still in time, as courts read it)
    bool ownInstrument = false;      // "本判决……": the instrument speaks of itself
};
QList<StatedPeriod> statedPeriods(const QString &text);
// The text without the periods the instrument states of itself.
QString withoutStatedPeriod(const QString &text);

// 十 -> 10, 十五 -> 15, 三十 -> 30, 九十九 -> 99, and Arabic digits; 0 when not a number.
int parseSmallNumber(const QString &text);

} // namespace zw
