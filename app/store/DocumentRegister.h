#pragma once

#include "Database.h"
#include "Records.h"

#include <functional>
#include <optional>

namespace zw {

// The register of issued documents: what was issued, in which format, from
// which case (by its store id and its content) and template, so a file on
// disk can be checked ("issued by us, unchanged?") and reprinted byte for byte.
class DocumentRegister
{
public:
    explicit DocumentRegister(const Database &db) : m_connection(db.connectionName()) {}

    Expected<qint64> record(const IssuedDocument &doc);
    // Enters `doc`, runs `write` (the file it describes) and commits only
    // when that succeeded: a register that cannot take the entry leaves no
    // file written, a file that cannot be written leaves no entry.
    // `*written` tells whether `write` ran and succeeded (only a failed
    // commit then leaves a written file unregistered).
    Expected<qint64> recordWhile(const IssuedDocument &doc, const std::function<Expected<bool>()> &write, bool *written);
    Expected<QList<IssuedDocument>> find(const QString &sha256) const;
    Expected<QList<IssuedDocument>> forCase(qint64 caseId) const;
    Expected<std::optional<IssuedDocument>> entry(qint64 id) const;
    // The entries for a file's bytes, with their voids, reissues and
    // sign-offs; a failed query is an error, never "not registered".
    Expected<Verification> verify(const QByteArray &bytes) const;
    // Voids an entry (作废): with a reason, by the current user, now. The
    // entry stays; verify reports it void. A reissue is an entry with
    // `supersedes` set (recordWhile voids the old one if need be).
    Expected<bool> voidEntry(qint64 id, const QString &reason);
    Expected<QList<VoidRecord>> voidsOf(const QList<IssuedDocument> &entries) const;

private:
    // The void row itself, by the current user, now (inside the caller's transaction, if any).
    Expected<bool> insertVoid(qint64 id, const QString &reason);
    Expected<QList<IssuedDocument>> select(const QString &where, const QVariant &value) const;
    QSqlDatabase db() const { return QSqlDatabase::database(m_connection, false); }
    QString m_connection;
};

} // namespace zw
