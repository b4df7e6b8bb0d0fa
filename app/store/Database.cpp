#include "Database.h"

#include "SqlSupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QThread>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>
#include <QUuid>

namespace zw {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(zw::Store)
};


// Migrations from version N-1 to N, run in order inside one transaction
// each, the same on both backends but for the few words the two dialects
// spell differently: `{id}` is the key column of a new table, and a
// migration may give each backend its own statements.
struct Migration {
    const char *both;       // statements separated by ";" (none may contain one)
    const char *sqlite;     // extra statements for SQLite only
    const char *postgres;   // extra statements for PostgreSQL only, separated by ";;"
};
const Migration kMigrations[] = {
    // 1: certificate number sequences
    {"CREATE TABLE certificates ("
     "  id {id},"
     "  court TEXT NOT NULL, year INTEGER NOT NULL, seq INTEGER NOT NULL,"
     "  case_number TEXT NOT NULL, performer TEXT NOT NULL, performed_on TEXT NOT NULL,"
     "  number TEXT NOT NULL, created_at TEXT NOT NULL,"
     "  UNIQUE (court, year, seq), UNIQUE (case_number, performer, performed_on))", "", ""},
    // 2: register of issued documents
    {"CREATE TABLE documents ("
     "  id {id},"
     "  sha256 TEXT NOT NULL, template_id TEXT NOT NULL, template_version INTEGER NOT NULL,"
     "  case_number TEXT NOT NULL, officer TEXT, output_path TEXT, bytes INTEGER NOT NULL,"
     "  case_json TEXT NOT NULL, issued_at TEXT NOT NULL);"
     "CREATE INDEX documents_sha256 ON documents (sha256)", "", ""},
    // 3: cases and their parties
    {"CREATE TABLE cases ("
     "  id {id},"
     "  number TEXT NOT NULL, cause TEXT NOT NULL, court TEXT NOT NULL,"
     "  content TEXT NOT NULL, source_path TEXT,"
     "  created_at TEXT NOT NULL, updated_at TEXT NOT NULL, opened_at TEXT,"
     "  archived INTEGER NOT NULL DEFAULT 0);"
     "CREATE INDEX cases_number ON cases (number);"
     "CREATE TABLE parties ("
     "  case_id INTEGER NOT NULL, side TEXT NOT NULL, position INTEGER NOT NULL,"
     "  party_id TEXT, name TEXT NOT NULL, id_number TEXT,"
     "  PRIMARY KEY (case_id, side, position));"
     "CREATE INDEX parties_name ON parties (name)", "", ""},
    // 4: the register keyed by case, with the format of each document
    {"ALTER TABLE documents ADD COLUMN case_id INTEGER;"
     "ALTER TABLE documents ADD COLUMN format TEXT NOT NULL DEFAULT 'pdf';"
     "CREATE INDEX documents_case ON documents (case_id);"
     // Entries issued before: their case, where exactly one stored case has the number.
     "UPDATE documents SET case_id = (SELECT c.id FROM cases c WHERE c.number = documents.case_number) "
     "WHERE (SELECT COUNT(*) FROM cases c WHERE c.number = documents.case_number) = 1", "", ""},
    // 5: the register is append-only in the database itself, not only in
    // this program: an UPDATE or DELETE by anyone is refused.
    {"",
     "CREATE TRIGGER documents_no_update BEFORE UPDATE ON documents BEGIN SELECT RAISE(ABORT, '发文登记只能追加，不能修改'); END;;"
     "CREATE TRIGGER documents_no_delete BEFORE DELETE ON documents BEGIN SELECT RAISE(ABORT, '发文登记只能追加，不能删除'); END",
     "CREATE FUNCTION zhiwen_register_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ "
     "BEGIN RAISE EXCEPTION '发文登记只能追加，不能修改或删除（%）', TG_OP; END $$;;"
     "CREATE TRIGGER documents_append_only BEFORE UPDATE OR DELETE ON documents FOR EACH ROW EXECUTE FUNCTION zhiwen_register_append_only();;"
     "CREATE TRIGGER documents_no_truncate BEFORE TRUNCATE ON documents FOR EACH STATEMENT EXECUTE FUNCTION zhiwen_register_append_only()"},
};
static_assert(sizeof(kMigrations) / sizeof(kMigrations[0]) == Database::SchemaVersion);

// The statements of migration `m` for a backend, in order.
QStringList statements(const Migration &m, bool postgres)
{
    QStringList out;
    for (QString st : QString::fromUtf8(m.both).split(QLatin1Char(';'), Qt::SkipEmptyParts))
        out << st.replace(QStringLiteral("{id}"), postgres ? QStringLiteral("BIGSERIAL PRIMARY KEY") : QStringLiteral("INTEGER PRIMARY KEY"));
    out += QString::fromUtf8(postgres ? m.postgres : m.sqlite).split(QStringLiteral(";;"), Qt::SkipEmptyParts);
    return out;
}

// `postgresql://user@host:port/dbname?sslmode=…` as libpq keywords.
QString conninfoFromUrl(const QString &location)
{
    const QUrl url(location);
    QStringList parts;
    auto add = [&](const char *key, const QString &value) {
        if (!value.isEmpty())
            parts << QLatin1String(key) + QLatin1Char('=') + value;
    };
    add("host", url.host());
    add("port", url.port() > 0 ? QString::number(url.port()) : QString());
    add("dbname", url.path().mid(1));
    add("user", url.userName());
    // A password is never taken from the location: libpq's password file or
    // PGPASSWORD supply it.
    for (const auto &[key, value] : QUrlQuery(url).queryItems(QUrl::FullyDecoded))
        if (key != QLatin1String("password"))
            parts << key + QLatin1Char('=') + value;
    return parts.join(QLatin1Char(' '));
}

} // namespace

using sql::errorText;

Database::Database(Database &&other) noexcept
    : m_connection(std::exchange(other.m_connection, QString()))
{
}

Database &Database::operator=(Database &&other) noexcept
{
    if (this != &other) {
        close();
        m_connection = std::exchange(other.m_connection, QString());
    }
    return *this;
}

Database::~Database()
{
    close();
}

void Database::close()
{
    if (m_connection.isEmpty())
        return;
    QSqlDatabase::database(m_connection, false).close();
    QSqlDatabase::removeDatabase(m_connection);
    m_connection.clear();
}

bool Database::isServerLocation(const QString &location)
{
    static const QRegularExpression keyword(QStringLiteral("(^|\\s)(host|hostaddr|dbname|service|port|user)\\s*="));
    return location.startsWith(QLatin1String("postgresql://")) || location.startsWith(QLatin1String("postgres://")) || keyword.match(location).hasMatch();
}

QString Database::describe(const QString &location)
{
    if (!isServerLocation(location))
        return location;
    QString shown = location;
    // Never a password on screen or in a message.
    shown.replace(QRegularExpression(QStringLiteral("password\\s*=\\s*\\S+")), QStringLiteral("password=***"));
    shown.replace(QRegularExpression(QStringLiteral("(://[^:/@]*):[^@/]*@")), QStringLiteral("\\1:***@"));
    return shown;
}

Expected<Database> Database::open(const QString &location)
{
    return isServerLocation(location) ? openServer(location) : openFile(location);
}

Expected<Database> Database::openServer(const QString &location)
{
    const QString where = describe(location);
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return Diagnostic::error(where, Tr::tr("缺少 Qt 的 PostgreSQL 驱动（Debian 软件包 libqt6sql6-psql），无法连接法院的案件库服务器"));
    Database database;
    database.m_connection = QStringLiteral("zhiwen-store-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), database.m_connection);
    // Everything as libpq keywords; libpq fills in the rest from PGHOST,
    // PGUSER … and the password file, and uses TLS when the server offers it.
    db.setConnectOptions(location.contains(QLatin1String("://")) ? conninfoFromUrl(location) : location);
    if (!db.open())
        return Diagnostic::error(where, Tr::tr("无法连接案件库服务器：%1").arg(errorText(db.lastError())));
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SET client_min_messages = warning")))
        return Diagnostic::error(where, errorText(q.lastError()));
    if (const auto migrated = database.migrate(where); !migrated)
        return migrated.errors();
    return database;
}

Expected<Database> Database::openFile(const QString &fileName)
{
    QDir().mkpath(QFileInfo(fileName).absolutePath());
    Database database;
    database.m_connection = QStringLiteral("zhiwen-store-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), database.m_connection);
    db.setDatabaseName(fileName);
    // Another process holding the write lock is waited for, not failed on.
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (!db.open())
        return Diagnostic::error(fileName, Tr::tr("无法打开数据库：%1").arg(errorText(db.lastError())));
    QSqlQuery q(db);
    // Switching to WAL needs the database to itself and SQLite does not wait
    // for that: retry for a while when another process has it open. Once the
    // file is in WAL mode the switch is a no-op.
    QElapsedTimer waited;
    waited.start();
    bool wal = false;
    while (!(wal = q.exec(QStringLiteral("PRAGMA journal_mode=WAL"))) && waited.elapsed() < 10000
           && q.lastError().text().contains(QLatin1String("locked")))
        QThread::msleep(20);
    if (!wal || !q.exec(QStringLiteral("PRAGMA synchronous=FULL")))
        return Diagnostic::error(fileName, Tr::tr("数据库无法使用（可能已损坏或被锁定）：%1").arg(errorText(q.lastError())));
    if (const auto migrated = database.migrate(fileName); !migrated)
        return migrated.errors();
    return database;
}

Expected<bool> Database::migrate(const QString &where)
{
    QSqlDatabase db = handle();
    const bool postgres = sql::isPostgres(db);
    QSqlQuery q(db);
    sql::Transaction tx(db);
    if (!tx.isOpen())
        return Diagnostic::error(where, Tr::tr("数据库被占用：%1").arg(tx.error()));
    // Desks starting at once on one server: one of them migrates, the others wait.
    if (postgres && !q.exec(QStringLiteral("SELECT pg_advisory_xact_lock(4242001)")))
        return Diagnostic::error(where, errorText(q.lastError()));
    if (!q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")))
        return Diagnostic::error(where, Tr::tr("数据库无法使用（可能已损坏）：%1").arg(errorText(q.lastError())));
    int version = 0;
    if (q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'")) && q.next())
        version = q.value(0).toInt();
    if (version > SchemaVersion)
        return Diagnostic::error(where, Tr::tr("数据库版本 %1 比本程序支持的 %2 新，请升级执文").arg(version).arg(SchemaVersion));
    for (int v = version; v < SchemaVersion; ++v) {
        for (const QString &statement : statements(kMigrations[v], postgres)) {
            if (!q.exec(statement))
                return Diagnostic::error(where, Tr::tr("数据库升级到第 %1 版失败：%2").arg(v + 1).arg(errorText(q.lastError())));
        }
    }
    if (version != SchemaVersion
        && !sql::exec(q, QStringLiteral("INSERT INTO meta (key, value) VALUES ('schema_version', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                      {QString::number(SchemaVersion)}))
        return Diagnostic::error(where, errorText(q.lastError()));
    q.finish();
    if (!tx.commit())
        return Diagnostic::error(where, tx.error());
    return true;
}

QString Database::fileName() const
{
    return handle().databaseName();
}

Expected<int> Database::schemaVersion() const
{
    QSqlQuery q(handle());
    if (!q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'")))
        return Diagnostic::error(fileName(), errorText(q.lastError()));
    return q.next() ? q.value(0).toInt() : 0;
}

Expected<QString> Database::setAside(const QString &fileName)
{
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    const QString target = fileName + QStringLiteral(".unusable-") + stamp;
    if (QFile::exists(fileName) && !QFile::rename(fileName, target))
        return Diagnostic::error(fileName, Tr::tr("无法将数据库改名为 %1").arg(target));
    for (const char *suffix : {"-wal", "-shm"}) {
        const QString side = fileName + QLatin1String(suffix);
        if (QFile::exists(side) && !QFile::rename(side, target + QLatin1String(suffix)))
            return Diagnostic::error(side, Tr::tr("无法将数据库附属文件改名"));
    }
    return target;
}

} // namespace zw
