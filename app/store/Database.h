#pragma once

#include "Diagnostic.h"

#include <QSqlDatabase>
#include <QString>

namespace zw {

// One connection to the store's database with its schema: a version in a
// meta table, migrations run in order, each inside its own transaction.
// Two backends through Qt SQL: an SQLite file (WAL, synchronous=FULL), the
// embedded default; or a PostgreSQL server (QPSQL) named by
// `postgresql://user@host:port/dbname?sslmode=…` or a libpq keyword string
// (`host=… dbname=…`). The other parts of the store (cases, register,
// certificate numbers) work on it by connection name.
class Database
{
public:
    static constexpr int SchemaVersion = 7;

    Database() = default; // not open; use open()
    ~Database();
    Database(Database &&other) noexcept;
    Database &operator=(Database &&other) noexcept;
    Database(const Database &) = delete;

    // `password` for a server when libpq's password file and PGPASSWORD have
    // none (the GUI asks for it); held by the connection only, never stored.
    static Expected<Database> open(const QString &location, const QString &password = {});
    // True when opening failed for want of the right password.
    static bool needsPassword(const Diagnostics &errors);
    // True for a server's location (a URL or libpq keywords), false for a file.
    static bool isServerLocation(const QString &location);
    // The location as messages show it: a password never appears.
    static QString describe(const QString &location);
    // Moves an unusable database (and its -wal/-shm files) aside as
    // NAME.unusable-YYYYMMDD-HHMMSS so a new one can be made; nothing is
    // deleted. Returns the new name of the database file.
    static Expected<QString> setAside(const QString &fileName);

    QString connectionName() const { return m_connection; }
    QSqlDatabase handle() const { return QSqlDatabase::database(m_connection, false); }
    QString fileName() const;
    bool isServer() const { return handle().driverName() == QLatin1String("QPSQL"); }
    Expected<int> schemaVersion() const;
    Expected<bool> analyse() const;

private:
    static Expected<Database> openFile(const QString &fileName);
    static Expected<Database> openServer(const QString &location, const QString &password);
    Expected<bool> migrate(const QString &where);
    void close();
    QString m_connection;
};

} // namespace zw
