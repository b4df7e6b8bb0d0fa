#pragma once

#include "CaseFile.h"
#include "CaseSchema.h"
#include "Diagnostic.h"

namespace zw {

// Checks the case against the schema — every field it declares: presence,
// type, length, 案号, ID numbers and their agreement with gender and birth
// date, credit codes, dates, money strings, party ids and the references to
// them. Messages are Chinese and carry the JSON path and the field's label
// (`respondents[0].born_on（被执行人张某的出生日期）`).
Diagnostics validateCase(const CaseFile &file, const CaseSchema &schema = CaseSchema::standard());

// Field-level checks shared with the GUI's per-field validation.
namespace FieldCheck {
// Empty when fine; otherwise the message. `warning` tells its severity.
QString caseNumber(const QString &text, bool allowOldForm, bool *warning);
QString idNumber(const QString &text);
QString uscc(const QString &text, bool *warning);
QString date(const QString &text);
QString money(const QString &text);
} // namespace FieldCheck

} // namespace zw
