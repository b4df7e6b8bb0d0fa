#pragma once

#include "CaseFile.h"
#include "Diagnostic.h"
#include "Json.h"

#include <QDate>

namespace zw {

// The data a template sees: the case file as it is, plus derived values a
// template cannot compute — dates in words, money in words, instrument names,
// provisions in force on the document's date, and what the document's
// family decides (the 终结执行 sentence).
// Everything derived lives under keys the case format does not use.
struct DocumentContext {
    Json data;
    // Problems met while deriving (e.g. a refused 终结执行 decision); reported
    // only if the template needs the value that could not be derived.
    QHash<QString, Diagnostics> unavailable; // top-level key -> why
};

// True for a path (`performance.performer_name`, `law.execution_notice`)
// that buildContext derives rather than reads from the case.
bool isDerivedField(const QString &path);

class DocumentFamily;
class LawTable;

// `family` is the template's own (null for a template of none).
DocumentContext buildContext(const CaseFile &file, const QDate &documentDate, const LawTable &law, const DocumentFamily *family);

} // namespace zw
