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

// 十 -> 10, 十五 -> 15, 三十 -> 30, 九十九 -> 99, and Arabic digits; 0 when not a number.
int parseSmallNumber(const QString &text);

} // namespace zw
