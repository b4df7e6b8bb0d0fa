#pragma once

#include "Diagnostic.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace zw {

class Store;

// Import and export of `zhiwen/case@1` files to and from the store, one or
// many at a time, with a report of what happened to each file. Nothing that
// is already saved is overwritten: an import never replaces a case unless
// asked to, and an export never writes over an existing file.
struct TransferItem {
    enum class Outcome {
        Imported,  // a new case in the store
        Replaced,  // replaced the store's case with the same number
        Skipped,   // the store already has a case with this number
        Refused,   // not a readable zhiwen/case@1 file
        Exported,  // written to `file`
        Failed,    // could not be written or read
    };
    QString file;
    QString caseNumber;
    qint64 caseId = 0;
    Outcome outcome = Outcome::Failed;
    Diagnostics notes;     // why refused, or the case's validation findings

    QString describe() const; // one line (plus indented notes) in Chinese
};

struct TransferReport {
    QList<TransferItem> items;
    int count(TransferItem::Outcome outcome) const;
    // A summary line then one entry per file.
    QString text() const;
    bool allDone() const; // nothing refused, skipped or failed
};

enum class ExistingCase { Skip, Replace };

TransferReport importCaseFiles(Store &store, const QStringList &files, ExistingCase existing = ExistingCase::Skip);
// Writes each case to DIR/<case number>.json (made safe as a file name).
TransferReport exportCases(const Store &store, const QList<qint64> &ids, const QString &dir);

// A case number as a file name: characters no file system accepts replaced.
QString caseFileName(const QString &caseNumber, qint64 id);

} // namespace zw
