#pragma once

// Runs one SQL statement on a database file over a connection of its own, as
// another program (or a damaged disk) would change it behind the store.
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

namespace zwtest {

inline bool execSql(const QString &file, const QString &statement)
{
    bool ok = false;
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("zwtest-raw"));
        raw.setDatabaseName(file);
        ok = raw.open() && QSqlQuery(raw).exec(statement);
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("zwtest-raw"));
    return ok;
}

} // namespace zwtest
