#pragma once

#include "CaseFile.h"
#include "Database.h"
#include "Records.h"

#include <functional>

namespace zw {

// The cases of the store: the zhiwen/case@1 content byte for byte, with its
// parties indexed for search. Every read answers with a value or an error:
// a failed query is never an empty list.
class CaseRepository
{
public:
    explicit CaseRepository(const Database &db) : m_connection(db.connectionName()) {}

    // `id` 0 adds a new case; otherwise that case is replaced. One
    // transaction: the content and its parties change together or not at all.
    Expected<qint64> save(const CaseFile &file, qint64 id = 0, const QString &sourcePath = {});
    // `count` new cases, `make(i)` the i-th, in one transaction (a bulk load:
    // all or none); returns the first new id.
    Expected<qint64> addAll(int count, const std::function<CaseFile(int)> &make);
    // The same inside a transaction of the caller's.
    Expected<qint64> saveWithin(const CaseFile &file, qint64 id = 0, const QString &sourcePath = {});
    Expected<CaseFile> load(qint64 id) const;
    // Marks a case as just opened (it moves to the top of the recent list).
    Expected<bool> markOpened(qint64 id);
    Expected<bool> setArchived(qint64 id, bool archived);
    // A copy of the case as a new, unarchived case; returns its id.
    Expected<qint64> duplicate(qint64 id);
    Expected<QList<StoredCase>> find(const CaseQuery &query = {}) const;
    // The case list's line of one case; an error when there is none.
    Expected<StoredCase> summary(qint64 id) const;
    // The case last imported from or saved to this file, 0 if none.
    Expected<qint64> fromSource(const QString &fileName) const;
    // Active cases with exactly this case number.
    Expected<QList<qint64>> numbered(const QString &number) const;

private:
    QSqlDatabase db() const { return QSqlDatabase::database(m_connection, false); }
    QString m_connection;
};

} // namespace zw
