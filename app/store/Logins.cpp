#include "Logins.h"

#include "SqlSupport.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace zw {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(zw::Store)
};

struct RoleName {
    const char *role, *key, *zh;
};
const RoleName kRoles[] = {
    {"zhiwen_clerk", "clerk", "书记员"},        {"zhiwen_assistant", "assistant", "法官助理"}, {"zhiwen_judge", "judge", "审判员"},
    {"zhiwen_judge", "judge", "审判长"},        {"zhiwen_president", "president", "院长"},     {"zhiwen_admin", "admin", "管理员"},
};
} // namespace

QString Logins::roleFor(const QString &name)
{
    for (const RoleName &r : kRoles)
        if (name == QLatin1String(r.key) || name == QString::fromUtf8(r.zh) || name == QLatin1String(r.role))
            return QLatin1String(r.role);
    return {};
}

QString Logins::roleName(const QString &role)
{
    if (role == QLatin1String("zhiwen_judge"))
        return Tr::tr("审判员、审判长");
    for (const RoleName &r : kRoles)
        if (role == QLatin1String(r.role))
            return QString::fromUtf8(r.zh);
    return role;
}

QString Logins::user() const
{
    return sql::currentUser(db());
}

QStringList Logins::roles() const
{
    QStringList out;
    if (!sql::isPostgres(db())) {
        for (const char *r : {"zhiwen_clerk", "zhiwen_assistant", "zhiwen_judge", "zhiwen_president", "zhiwen_admin"})
            out << QLatin1String(r);
        return out;
    }
    QSqlQuery q(db());
    if (q.exec(QStringLiteral("SELECT rolname FROM pg_roles WHERE rolname IN ('zhiwen_clerk', 'zhiwen_assistant', 'zhiwen_judge', 'zhiwen_president', 'zhiwen_admin') "
                              "AND pg_has_role(session_user, oid, 'MEMBER') ORDER BY CASE rolname WHEN 'zhiwen_clerk' THEN 1 WHEN 'zhiwen_assistant' THEN 2 "
                              "WHEN 'zhiwen_judge' THEN 3 WHEN 'zhiwen_president' THEN 4 ELSE 5 END")))
        while (q.next())
            out << q.value(0).toString();
    return out;
}

Expected<bool> Logins::grant(const QString &login, const QString &role)
{
    if (!sql::isPostgres(db()))
        return Diagnostic::error(QString(), Tr::tr("本机案件库（SQLite）没有登录与角色：只有法院案件库服务器（PostgreSQL）才有"));
    static const QRegularExpression name(QStringLiteral("^[a-z_][a-z0-9_]{0,62}$"));
    if (!name.match(login).hasMatch())
        return Diagnostic::error(QStringLiteral("login"), Tr::tr("登录名“%1”只能由小写字母、数字和下划线组成，且不以数字开头").arg(login));
    const QString r = roleFor(role);
    if (r.isEmpty())
        return Diagnostic::error(QStringLiteral("role"), Tr::tr("没有角色“%1”（可用：书记员、法官助理、审判员、审判长、院长、管理员）").arg(role));
    QSqlDatabase db = this->db();
    sql::Transaction tx(db);
    QSqlQuery q(db);
    const auto fail = [&] { return Diagnostic::error(db.databaseName(), Tr::tr("设置登录 %1 失败：%2").arg(login, sql::errorText(q.lastError()))); };
    if (!sql::exec(q, QStringLiteral("SELECT 1 FROM pg_roles WHERE rolname = ?"), {login}))
        return fail();
    const bool exists = q.next();
    // `login` matched the pattern above: safe to quote as an identifier.
    if (!exists && !q.exec(QStringLiteral("CREATE ROLE \"%1\" LOGIN").arg(login)))
        return fail();
    if (!q.exec(QStringLiteral("GRANT %1 TO \"%2\"").arg(r, login)))
        return fail();
    if (!tx.commit())
        return Diagnostic::error(db.databaseName(), tx.error());
    return true;
}

} // namespace zw
