#pragma once

#include <QString>

namespace zw {

// One rule for names of files the program writes: characters no file
// system accepts (/ \ : * ? " < > |, control characters) become `_`,
// leading dots go; an empty result is `fallback`.
QString safeFileName(const QString &name, const QString &fallback);

// A case exported to a file: `（2024）皖1825执123号` as it is; 案件7 without a number.
QString caseFileName(const QString &caseNumber, qint64 id);

// The stem of a batch's output: `（2024）皖1825执123号` -> `2024-皖1825执123号`,
// which sorts by year in a file manager.
QString batchFileStem(const QString &caseNumber, const QString &fallback);

// What a save dialog suggests for a document: `（2024）皖1825执123号-执行通知书.pdf`.
QString documentFileName(const QString &caseNumber, const QString &title, const QString &suffix);

} // namespace zw
