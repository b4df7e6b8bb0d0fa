#pragma once

#include "CaseFile.h"
#include "Diagnostic.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace zw {

// The records the store keeps and the service hands to the front ends:
// plain values, so that a front end needs no store header to show them.

// One entry of the register of issued documents.
struct IssuedDocument {
    qint64 id = 0;
    QString sha256;          // hex of the PDF's bytes
    QString templateId;
    int templateVersion = 0;
    QString caseNumber;
    QString officer;
    QString outputPath;
    qint64 bytes = 0;
    QByteArray caseJson;     // the case as rendered, for a byte-identical reprint
    QDateTime issuedAt;
    qint64 caseId = 0;       // the store's case it was issued from, 0 for a case file only
    QString format = QStringLiteral("pdf"); // the renderer's format (its file suffix)

    // The entry for `pdf`, issued now from `file` with the given template.
    static IssuedDocument describe(const QByteArray &pdf, const QString &templateId, int templateVersion,
                                   const CaseFile &file, const QString &officer, const QString &outputPath);
};

// A case as the case list shows it; the content itself is loaded on open.
struct StoredCase {
    qint64 id = 0;
    QString number;          // case.number
    QString cause;           // case.cause
    QString court;           // court.name
    QStringList parties;     // applicants' then respondents' names
    QString sourcePath;      // the file it was imported from or saved to
    QDateTime updatedAt;
    QDateTime openedAt;      // null if never opened since import
    bool archived = false;
};

// What the case list asks for: text matches the case number or any party's
// name (or ID number); most recently opened or changed first.
struct CaseQuery {
    QString text;
    enum Archived { Active, ArchivedOnly, Both } archived = Active;
    int limit = 500; // at most this many; NoLimit for all
    static constexpr int NoLimit = -1;
};

// The register's answer for a PDF's bytes: the entries with its SHA-256.
struct Verification {
    QString sha256;
    QList<IssuedDocument> entries;
    bool registered() const { return !entries.isEmpty(); }
    // One line an entry, or why it is not registered, in Chinese.
    QString text() const;
};

// Hex SHA-256, as the register keys documents.
QString sha256Hex(const QByteArray &bytes);

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

// Unsaved edits of one case, kept by Drafts.
struct Draft {
    QString path;          // the draft file
    QString original;      // the case file it belongs to, `store:ID`, or empty for a new case
    QDateTime savedAt;
};

} // namespace zw
