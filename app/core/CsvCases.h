#pragma once

#include "CaseFile.h"
#include "CaseSchema.h"
#include "Diagnostic.h"

#include <QList>

namespace zw {

// Cases from a CSV file, one per row, for batch printing. The header row
// names a case-file path per column (`case.number`, `respondents[0].name`,
// `basis.items[1].text` …, see resources/spec/case-format.md); every row
// becomes a `zhiwen/case@1` case. UTF-8 (with or without BOM) and GBK, as
// Excel writes it on Chinese Windows, are both read.
struct CsvCase {
    int line = 0;        // line of the row in the file
    CaseFile file;
    Diagnostics errors;  // problems of this row only (bad cell, bad path)
};

// Column types come from the schema; a header that names no field of it,
// a group of fields, or a list position beyond its bound is refused.
Expected<QList<CsvCase>> readCsvCases(const QString &fileName, const CaseSchema &schema = CaseSchema::standard());
// The same from bytes (for tests).
Expected<QList<CsvCase>> parseCsvCases(const QByteArray &bytes, const QString &origin, const CaseSchema &schema = CaseSchema::standard());

} // namespace zw
