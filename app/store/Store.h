#pragma once

#include "CaseFile.h"
#include "Diagnostic.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace zw {

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

// The project's SQLite store (Qt SQL): WAL mode, every write in a
// transaction, a schema version in a meta table with migrations run inside
// transactions. It holds the 自动履行证明书 number sequences (schema 1), the
// register of issued documents (schema 2) and the cases with their parties
// (schema 3).
class Store
{
public:
    Store() = default; // not open; use open()
    ~Store();
    Store(Store &&other) noexcept;
    Store(const Store &) = delete;

    // The default location: $ZHIWEN_STORE, else the per-user data directory.
    static QString defaultPath();
    static Expected<Store> open(const QString &fileName = defaultPath());

    int schemaVersion() const;

    // The certificate number for this case's performance: the same case,
    // performer and performance date always get the same number; a new one
    // takes the next number of its court and year. Safe against crashes and
    // concurrent processes (one IMMEDIATE transaction per allocation).
    // The court's pattern is `court.certificate_pattern` of the case, with
    // {year}, {court} and {seq}; default （{year}）{court}自履证{seq}号.
    Expected<QString> certificateNumber(const CaseFile &file);

    // The register of issued documents: what was issued, from which case and
    // template, so a PDF on disk can be checked ("issued by us, unchanged?")
    // and reprinted byte for byte.
    Expected<qint64> recordDocument(const IssuedDocument &doc);
    QList<IssuedDocument> findDocuments(const QString &sha256) const;
    Verification verify(const QByteArray &pdf) const;

    // Cases (schema 3): the zhiwen/case@1 content with its parties indexed
    // for search. `id` 0 adds a new case; otherwise that case is replaced.
    // One transaction: the content and its parties change together or not at all.
    Expected<qint64> saveCase(const CaseFile &file, qint64 id = 0, const QString &sourcePath = {});
    Expected<CaseFile> loadCase(qint64 id) const;
    // Marks a case as just opened (it moves to the top of the recent list).
    Expected<bool> markOpened(qint64 id);
    Expected<bool> setArchived(qint64 id, bool archived);
    // A copy of the case as a new, unarchived case; returns its id.
    Expected<qint64> duplicateCase(qint64 id);
    QList<StoredCase> findCases(const CaseQuery &query = {}) const;
    std::optional<StoredCase> storedCase(qint64 id) const;
    // The case last imported from or saved to this file, 0 if none.
    qint64 caseFromSource(const QString &fileName) const;
    // Active cases with exactly this case number.
    QList<qint64> casesNumbered(const QString &number) const;

    QString fileName() const;

    // Moves an unusable database (and its -wal/-shm files) aside as
    // NAME.unusable-YYYYMMDD-HHMMSS so a new one can be made; nothing is
    // deleted. Returns the new name of the database file.
    static Expected<QString> setAside(const QString &fileName);

private:
    QString m_connection;
};

} // namespace zw
