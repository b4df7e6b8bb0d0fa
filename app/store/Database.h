#pragma once

#include "Diagnostic.h"

#include <QSqlDatabase>
#include <QString>

namespace zw {

// One connection to the store's database with its schema: a version in a
// meta table, migrations run in order, each inside its own transaction.
// SQLite through Qt SQL (WAL, synchronous=FULL). The other parts of the
// store (cases, register, certificate numbers) work on it by connection
// name, so a second SQL backend is a change here.
class Database
{
public:
    static constexpr int SchemaVersion = 4;

    Database() = default; // not open; use open()
    ~Database();
    Database(Database &&other) noexcept;
    Database &operator=(Database &&other) noexcept;
    Database(const Database &) = delete;

    static Expected<Database> open(const QString &fileName);
    // Moves an unusable database (and its -wal/-shm files) aside as
    // NAME.unusable-YYYYMMDD-HHMMSS so a new one can be made; nothing is
    // deleted. Returns the new name of the database file.
    static Expected<QString> setAside(const QString &fileName);

    QString connectionName() const { return m_connection; }
    QSqlDatabase handle() const { return QSqlDatabase::database(m_connection, false); }
    QString fileName() const;
    Expected<int> schemaVersion() const;

private:
    void close();
    QString m_connection;
};

} // namespace zw
