#pragma once

// Helpers the store's parts share; not for use outside app/store.

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace zw::sql {

// The database's own words: for PostgreSQL the message of its `ERROR:`
// line (a trigger's refusal reads as written), without the context lines.
inline QString errorText(const QSqlError &e)
{
    const QString db = e.databaseText();
    const qsizetype at = db.indexOf(QLatin1String("ERROR:"));
    if (at >= 0) {
        QString message = db.mid(at + 6);
        if (const qsizetype end = message.indexOf(QLatin1Char('\n')); end >= 0)
            message.truncate(end);
        return message.trimmed();
    }
    return e.text().trimmed();
}

inline QString now() { return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs); }

inline bool isPostgres(const QSqlDatabase &db) { return db.driverName() == QLatin1String("QPSQL"); }

// Who is acting: on a server the database's own login (session_user, which
// the triggers record whatever a client sends); on SQLite the desk's user.
inline QString currentUser(const QSqlDatabase &db)
{
    if (isPostgres(db)) {
        QSqlQuery q(db);
        if (q.exec(QStringLiteral("SELECT session_user")) && q.next())
            return q.value(0).toString();
        return {};
    }
#ifdef Q_OS_UNIX
    if (const passwd *pw = getpwuid(geteuid()); pw && pw->pw_name)
        return QString::fromLocal8Bit(pw->pw_name);
#endif
    const QString user = qEnvironmentVariable("USER");
    return user.isEmpty() ? qEnvironmentVariable("USERNAME") : user;
}

// BEGIN … COMMIT (SQLite: BEGIN IMMEDIATE, the write lock at once), rolled
// back unless committed.
class Transaction
{
public:
    explicit Transaction(const QSqlDatabase &db)
        : m_db(db)
    {
        QSqlQuery q(m_db);
        m_open = q.exec(isPostgres(m_db) ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE"));
        if (!m_open)
            m_error = errorText(q.lastError());
    }
    ~Transaction()
    {
        if (m_open)
            QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
    }
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    bool isOpen() const { return m_open; }
    QString error() const { return m_error; }
    bool commit()
    {
        QSqlQuery q(m_db);
        if (!q.exec(QStringLiteral("COMMIT"))) {
            m_error = errorText(q.lastError());
            return false;
        }
        m_open = false;
        return true;
    }

private:
    QSqlDatabase m_db;
    bool m_open = false;
    QString m_error;
};

// Prepares `sql`, binds `values` in order and runs it.
inline bool exec(QSqlQuery &q, const QString &sql, const QVariantList &values = {})
{
    if (!q.prepare(sql))
        return false;
    for (const QVariant &v : values)
        q.addBindValue(v);
    return q.exec();
}

} // namespace zw::sql
