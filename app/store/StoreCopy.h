#pragma once

#include "Database.h"
#include "Records.h"

#include <QMap>

namespace zw {

// Moves a desk's store into the court's (`zhiwen-cli store copy`): cases,
// certificate numbers, approvals with their steps, register entries and
// voids, in one transaction on the target, as they were (who issued, who
// approved, when). Nothing is copied when a certificate number was given
// by both to different certificates, or one certificate has two numbers:
// every such number is named. Run again, it copies only what is new.

Expected<StoreCopyReport> copyStore(const Database &from, const Database &to);

} // namespace zw
