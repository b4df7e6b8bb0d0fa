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
    QString issuedBy;        // the login that issued it (the database's user; on SQLite the desk's user)
    qint64 approvalId = 0;   // the approval (签发) it was issued under, 0 for a notice
    qint64 supersedes = 0;   // the entry this one reissues, 0 if none

    // The entry for `pdf`, issued now from `file` with the given template.
    static IssuedDocument describe(const QByteArray &pdf, const QString &templateId, int templateVersion,
                                   const CaseFile &file, const QString &officer, const QString &outputPath);
};

// Who signs off a document before it is issued (签发): nobody (notices
// issue directly), a judge (审判员、审判长), or the president (院长).
enum class SignOffLevel { None, Judge, President };
QString signOffLevelName(SignOffLevel level);          // 审判员 / 院长
QString signOffLevelKey(SignOffLevel level);           // judge / president (the store's word)
SignOffLevel signOffLevelFromKey(const QString &key);  // None for anything else

// One request to sign off a document (报批) and what became of it.
struct Approval {
    enum class State { Submitted, Approved, Returned, Issued };
    qint64 id = 0;
    qint64 caseId = 0;
    QString caseNumber, templateId;
    int templateVersion = 0;
    QByteArray caseJson;     // the case as submitted: what is approved
    QString documentSha256;  // the document it makes, as the submitter saw it
    bool copied = false;     // moved from a desk's store: history only, never issued under
    SignOffLevel level = SignOffLevel::Judge;
    QString submittedBy, submittedTo; // logins; submittedTo empty: anyone entitled
    QDateTime submittedAt;
    State state = State::Submitted;
    QString decidedBy, reason; // who approved or returned it, and why returned
    QDateTime decidedAt;
    qint64 documentId = 0;   // the first register entry issued under it
    QString stateText() const; // 待批 / 已批准 / 已退回 / 已签发
    QString text() const;      // one line, in Chinese
};

// A voided register entry (作废).
struct VoidRecord {
    qint64 documentId = 0;
    QString reason, voidedBy;
    QDateTime voidedAt;
    qint64 supersededBy = 0;  // the reissue that replaced it, if any
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
    QList<VoidRecord> voids;        // of those entries
    QList<Approval> approvals;      // the sign-offs of those entries
    QList<IssuedDocument> reissues; // entries that supersede one of them
    bool voided() const { return registered() && voids.size() == entries.size(); }
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

// What moving a desk's store into the court's did (`store copy`).
struct StoreCopyReport {
    int cases = 0, casesAlready = 0, casesRenamed = 0;
    int certificates = 0, certificatesAlready = 0;
    int documents = 0, documentsAlready = 0;
    int approvals = 0, voids = 0;
    QMap<qint64, qint64> caseIds; // the desk's case id -> the court store's
    QStringList notes;            // cases with the same number but other content
    QString text() const;
};

// Where the open store stands, for `store status` and the settings.
struct StoreStatus {
    QString location;      // as messages show it (never a password)
    bool server = false;   // PostgreSQL rather than an SQLite file
    int schemaVersion = 0;
    QString user;          // the acting login
    QStringList roles;     // the court roles it holds, by name (书记员 …)
    QString text() const;
};

// Unsaved edits of one case, kept by Drafts.
struct Draft {
    QString path;          // the draft file
    QString original;      // the case file it belongs to, `store:ID`, or empty for a new case
    QDateTime savedAt;
};

} // namespace zw
