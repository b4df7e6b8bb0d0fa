#include "Store.h"

#include "ChineseText.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QThread>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>

namespace zw {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(zw::Store)
};

constexpr int kSchemaVersion = 2;

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
};

QString sqlError(const QSqlError &e) { return e.text().trimmed(); }

} // namespace

Store::Store(Store &&other) noexcept
    : m_connection(std::exchange(other.m_connection, QString()))
{
}

Store::~Store()
{
    if (m_connection.isEmpty())
        return;
    QSqlDatabase::database(m_connection, false).close();
    QSqlDatabase::removeDatabase(m_connection);
}

QString Store::defaultPath()
{
    const QString env = qEnvironmentVariable("ZHIWEN_STORE");
    if (!env.isEmpty())
        return env;
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/zhiwen.sqlite");
}

Expected<Store> Store::open(const QString &fileName)
{
    QDir().mkpath(QFileInfo(fileName).absolutePath());
    Store store;
    store.m_connection = QStringLiteral("zhiwen-store-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), store.m_connection);
    db.setDatabaseName(fileName);
    // Another process holding the write lock is waited for, not failed on.
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (!db.open())
        return Diagnostic::error(fileName, Tr::tr("无法打开数据库：%1").arg(sqlError(db.lastError())));
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
        return Diagnostic::error(fileName, Tr::tr("数据库无法使用（可能已损坏或被锁定）：%1").arg(sqlError(q.lastError())));
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return Diagnostic::error(fileName, Tr::tr("数据库被占用：%1").arg(sqlError(q.lastError())));
    auto rollback = [&](const QString &why) {
        q.exec(QStringLiteral("ROLLBACK"));
        return Diagnostic::error(fileName, why);
    };
    if (!q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")))
        return rollback(Tr::tr("数据库无法使用（可能已损坏）：%1").arg(sqlError(q.lastError())));
    int version = 0;
    if (q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'")) && q.next())
        version = q.value(0).toInt();
    if (version > kSchemaVersion)
        return rollback(Tr::tr("数据库版本 %1 比本程序支持的 %2 新，请升级执文").arg(version).arg(kSchemaVersion));
    for (int v = version; v < kSchemaVersion; ++v) {
        for (const QString &statement : QString::fromUtf8(kMigrations[v]).split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
            if (!q.exec(statement))
                return rollback(Tr::tr("数据库升级到第 %1 版失败：%2").arg(v + 1).arg(sqlError(q.lastError())));
        }
    }
    if (version != kSchemaVersion) {
        q.prepare(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES ('schema_version', ?)"));
        q.addBindValue(QString::number(kSchemaVersion));
        if (!q.exec())
            return rollback(sqlError(q.lastError()));
    }
    if (!q.exec(QStringLiteral("COMMIT")))
        return rollback(sqlError(q.lastError()));
    return store;
}

int Store::schemaVersion() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'")) && q.next())
        return q.value(0).toInt();
    return 0;
}

Expected<QString> Store::certificateNumber(const CaseFile &file)
{
    QString pattern = file.text(QStringLiteral("court.certificate_pattern"));
    if (pattern.isEmpty())
        pattern = QStringLiteral("（{year}）{court}自履证{seq}号");
    const QString caseNumber = file.text(QStringLiteral("case.number"));
    const QString performer = file.text(QStringLiteral("performance.performer"));
    const QString performedOn = file.text(QStringLiteral("performance.performed_on"));
    const QString court = file.text(QStringLiteral("court.code"));
    QDate date = parseIsoDate(file.text(QStringLiteral("performance.issued_on")));
    if (!date.isValid())
        date = parseIsoDate(file.text(QStringLiteral("performance.applied_on")));
    Diagnostics missing;
    for (const auto &[path, value] : {std::pair{QStringLiteral("case.number"), caseNumber}, std::pair{QStringLiteral("court.code"), court},
                                      std::pair{QStringLiteral("performance.performer"), performer},
                                      std::pair{QStringLiteral("performance.performed_on"), performedOn}}) {
        if (value.isEmpty())
            missing << Diagnostic::error(path, Tr::tr("分配证明书编号需要此字段"));
    }
    if (!date.isValid())
        missing << Diagnostic::error(QStringLiteral("performance.applied_on"), Tr::tr("分配证明书编号需要申请日期（决定年度）"));
    if (!missing.isEmpty())
        return missing;

    QSqlDatabase db = QSqlDatabase::database(m_connection);
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return Diagnostic::error(db.databaseName(), Tr::tr("数据库被占用：%1").arg(sqlError(q.lastError())));
    auto fail = [&](const QSqlQuery &failed) {
        const QString why = sqlError(failed.lastError());
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        return Diagnostic::error(db.databaseName(), Tr::tr("分配证明书编号失败：%1").arg(why));
    };
    q.prepare(QStringLiteral("SELECT number FROM certificates WHERE case_number = ? AND performer = ? AND performed_on = ?"));
    q.addBindValue(caseNumber);
    q.addBindValue(performer);
    q.addBindValue(performedOn);
    if (!q.exec())
        return fail(q);
    if (q.next()) {
        const QString number = q.value(0).toString();
        q.finish();
        QSqlQuery(db).exec(QStringLiteral("COMMIT"));
        return number; // a reprint keeps its number
    }
    q.prepare(QStringLiteral("SELECT COALESCE(MAX(seq), 0) + 1 FROM certificates WHERE court = ? AND year = ?"));
    q.addBindValue(court);
    q.addBindValue(date.year());
    if (!q.exec() || !q.next())
        return fail(q);
    const int seq = q.value(0).toInt();
    q.finish();
    const QString number = QString(pattern)
                               .replace(QStringLiteral("{year}"), QString::number(date.year()))
                               .replace(QStringLiteral("{court}"), court)
                               .replace(QStringLiteral("{seq}"), QString::number(seq));
    q.prepare(QStringLiteral("INSERT INTO certificates (court, year, seq, case_number, performer, performed_on, number, created_at) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, datetime('now'))"));
    for (const QVariant &v : {QVariant(court), QVariant(date.year()), QVariant(seq), QVariant(caseNumber), QVariant(performer),
                              QVariant(performedOn), QVariant(number)})
        q.addBindValue(v);
    if (!q.exec())
        return fail(q);
    QSqlQuery commit(db);
    if (!commit.exec(QStringLiteral("COMMIT")))
        return fail(commit);
    return number;
}

QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

IssuedDocument IssuedDocument::describe(const QByteArray &pdf, const QString &templateId, int templateVersion,
                                        const CaseFile &file, const QString &officer, const QString &outputPath)
{
    IssuedDocument doc;
    doc.sha256 = sha256Hex(pdf);
    doc.templateId = templateId;
    doc.templateVersion = templateVersion;
    doc.caseNumber = file.text(QStringLiteral("case.number"));
    doc.officer = officer;
    doc.outputPath = QFileInfo(outputPath).absoluteFilePath();
    doc.bytes = pdf.size();
    doc.caseJson = file.toBytes();
    doc.issuedAt = QDateTime::currentDateTimeUtc();
    return doc;
}

Expected<qint64> Store::recordDocument(const IssuedDocument &doc)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO documents (sha256, template_id, template_version, case_number, officer, output_path, bytes, case_json, issued_at) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &v : {QVariant(doc.sha256), QVariant(doc.templateId), QVariant(doc.templateVersion), QVariant(doc.caseNumber),
                              QVariant(doc.officer), QVariant(doc.outputPath), QVariant(doc.bytes), QVariant(QString::fromUtf8(doc.caseJson)),
                              QVariant(doc.issuedAt.toString(Qt::ISODate))})
        q.addBindValue(v);
    // A single INSERT is its own transaction in SQLite.
    if (!q.exec())
        return Diagnostic::error(db.databaseName(), Tr::tr("登记文书失败：%1").arg(sqlError(q.lastError())));
    return q.lastInsertId().toLongLong();
}

QList<IssuedDocument> Store::findDocuments(const QString &sha256) const
{
    QList<IssuedDocument> out;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT id, sha256, template_id, template_version, case_number, officer, output_path, bytes, case_json, issued_at "
                             "FROM documents WHERE sha256 = ? ORDER BY id"));
    q.addBindValue(sha256);
    if (!q.exec())
        return out;
    while (q.next()) {
        IssuedDocument d;
        d.id = q.value(0).toLongLong();
        d.sha256 = q.value(1).toString();
        d.templateId = q.value(2).toString();
        d.templateVersion = q.value(3).toInt();
        d.caseNumber = q.value(4).toString();
        d.officer = q.value(5).toString();
        d.outputPath = q.value(6).toString();
        d.bytes = q.value(7).toLongLong();
        d.caseJson = q.value(8).toString().toUtf8();
        d.issuedAt = QDateTime::fromString(q.value(9).toString(), Qt::ISODate);
        out << d;
    }
    return out;
}

} // namespace zw
