#pragma once

#include "CaseFile.h"
#include "Diagnostic.h"

namespace zw {

// Checks every field the `zhiwen/case@1` spec names: structure, 案号, ID
// numbers and their agreement with gender and birth date, credit codes, dates,
// money strings, party ids and the references to them. Messages are Chinese
// and carry the JSON path (`respondents[0].id_number`).
Diagnostics validateCase(const CaseFile &file);

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
