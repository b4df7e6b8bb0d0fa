#include "Database.h"

#include "SqlSupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QThread>
#include <QUuid>

namespace zw {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(zw::Store)
};


// Migrations from version N-1 to N, run in order inside one transaction each.
const char *const kMigrations[] = {
    // 1: certificate number sequences
    "CREATE TABLE certificates ("
    "  id INTEGER PRIMARY KEY,"
    "  court TEXT NOT NULL, year INTEGER NOT NULL, seq INTEGER NOT NULL,"
    "  case_number TEXT NOT NULL, performer TEXT NOT NULL, performed_on TEXT NOT NULL,"
    "  number TEXT NOT NULL, created_at TEXT NOT NULL,"
    "  UNIQUE (court, year, seq), UNIQUE (case_number, performer, performed_on))",
    // 2: register of issued documents
    "CREATE TABLE documents ("
    "  id INTEGER PRIMARY KEY,"
    "  sha256 TEXT NOT NULL, template_id TEXT NOT NULL, template_version INTEGER NOT NULL,"
    "  case_number TEXT NOT NULL, officer TEXT, output_path TEXT, bytes INTEGER NOT NULL,"
    "  case_json TEXT NOT NULL, issued_at TEXT NOT NULL);"
    "CREATE INDEX documents_sha256 ON documents (sha256)",
    // 3: cases and their parties
    "CREATE TABLE cases ("
    "  id INTEGER PRIMARY KEY,"
    "  number TEXT NOT NULL, cause TEXT NOT NULL, court TEXT NOT NULL,"
    "  content TEXT NOT NULL, source_path TEXT,"
    "  created_at TEXT NOT NULL, updated_at TEXT NOT NULL, opened_at TEXT,"
    "  archived INTEGER NOT NULL DEFAULT 0);"
    "CREATE INDEX cases_number ON cases (number);"
    "CREATE TABLE parties ("
    "  case_id INTEGER NOT NULL, side TEXT NOT NULL, position INTEGER NOT NULL,"
    "  party_id TEXT, name TEXT NOT NULL, id_number TEXT,"
    "  PRIMARY KEY (case_id, side, position));"
    "CREATE INDEX parties_name ON parties (name)",
    // 4: the register keyed by case, with the format of each document
    "ALTER TABLE documents ADD COLUMN case_id INTEGER;"
    "ALTER TABLE documents ADD COLUMN format TEXT NOT NULL DEFAULT 'pdf';"
    "CREATE INDEX documents_case ON documents (case_id);"
    // Entries issued before: their case, where exactly one stored case has the number.
    "UPDATE documents SET case_id = (SELECT c.id FROM cases c WHERE c.number = documents.case_number) "
    "WHERE (SELECT COUNT(*) FROM cases c WHERE c.number = documents.case_number) = 1",
};
static_assert(sizeof(kMigrations) / sizeof(kMigrations[0]) == Database::SchemaVersion);

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

Expected<Database> Database::open(const QString &fileName)
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
    sql::Transaction tx(db);
    if (!tx.isOpen())
        return Diagnostic::error(fileName, Tr::tr("数据库被占用：%1").arg(tx.error()));
    if (!q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")))
        return Diagnostic::error(fileName, Tr::tr("数据库无法使用（可能已损坏）：%1").arg(errorText(q.lastError())));
    int version = 0;
    if (q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'")) && q.next())
        version = q.value(0).toInt();
    if (version > SchemaVersion)
        return Diagnostic::error(fileName, Tr::tr("数据库版本 %1 比本程序支持的 %2 新，请升级执文").arg(version).arg(SchemaVersion));
    for (int v = version; v < SchemaVersion; ++v) {
        for (const QString &statement : QString::fromUtf8(kMigrations[v]).split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
            if (!q.exec(statement))
                return Diagnostic::error(fileName, Tr::tr("数据库升级到第 %1 版失败：%2").arg(v + 1).arg(errorText(q.lastError())));
        }
    }
    if (version != SchemaVersion
        && !sql::exec(q, QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES ('schema_version', ?)"), {QString::number(SchemaVersion)}))
        return Diagnostic::error(fileName, errorText(q.lastError()));
    q.finish();
    if (!tx.commit())
        return Diagnostic::error(fileName, tx.error());
    return database;
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
