#pragma once

#include "Database.h"

#include <QStringList>

namespace zw {

// The court's officers as logins of the store's server, each holding one of
// the court's roles (migration 6 makes them):
//   书记员 zhiwen_clerk — drafts, prints and registers notices, submits for approval
//   法官助理 zhiwen_assistant — the same
//   审判员/审判长 zhiwen_judge — approves (签发) rulings and voids signed-off documents
//   院长 zhiwen_president — approves what the president signs off (失信决定书,
//        限制消费令, 终本 without the applicant's confirmation)
//   管理员 zhiwen_admin — owns the schema: migrates, keeps the sign-off rules, merges desks
// Passwords are never the program's: libpq's password file, PGPASSWORD, or
// a prompt; `createuser --pwprompt` or psql's \password set them.
class Logins
{
public:
    explicit Logins(const Database &db) : m_connection(db.connectionName()) {}

    // `书记员` … `管理员` (or clerk, assistant, judge, president, admin) -> zhiwen_clerk …; empty if none.
    static QString roleFor(const QString &name);
    static QString roleName(const QString &role); // zhiwen_judge -> 审判员、审判长
    // The acting login and the court roles it holds (SQLite: the desk's user, every role).
    QString user() const;
    QStringList roles() const;
    // Makes `login` (a new login without password when there is none) hold `role`.
    Expected<bool> grant(const QString &login, const QString &role);

private:
    QSqlDatabase db() const { return QSqlDatabase::database(m_connection, false); }
    QString m_connection;
};

} // namespace zw
