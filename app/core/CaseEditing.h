#pragma once

#include "CaseFile.h"
#include "CaseSchema.h"

#include <QStringList>

namespace zw {

// Edits a form makes to a case besides typing into a field: lists grow,
// shrink and are reordered; an ID number fills what it says. One place, so
// every front end adds a party or an item the same way.
namespace CaseEditing {

// A new element for the list at `listPath` (`applicants`,
// `respondents[0].agents`, `basis.items`): parties get the next free id
// (a1, a2 … for applicants, r1 … for respondents) and are persons; items the
// next number; objects their required text members, empty, so the form shows
// what to fill; scalars an empty string. Null when `listPath` is no list.
Json newElement(const CaseFile &file, const QString &listPath, const CaseSchema &schema = CaseSchema::standard());
// Appends newElement(listPath); the new element's path, or empty when the
// list is full or no list.
QString append(CaseFile &file, const QString &listPath, const CaseSchema &schema = CaseSchema::standard());
// Removes the element at `elementPath` (`respondents[1]`).
bool remove(CaseFile &file, const QString &elementPath);
// Moves the element at `elementPath` by `delta` places; false at an end.
bool move(CaseFile &file, const QString &elementPath, int delta);
// Sets a value of any JSON type; a null value removes the member.
bool setValue(CaseFile &file, const QString &path, const Json &value);

// For the party at `partyPath`, fills 性别 and 出生日期 from a valid 公民
// 身份号码 where they are empty; the fields filled (their keys).
QStringList fillFromIdNumber(CaseFile &file, const QString &partyPath);

} // namespace CaseEditing

} // namespace zw
