#include "Store.h"

#include "ChineseText.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QThread>
#include <QFile>
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

constexpr int kSchemaVersion = 3;

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
};

QString sqlError(const QSqlError &e) { return e.text().trimmed(); }

QString now() { return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs); }

// BEGIN IMMEDIATE … COMMIT, rolled back unless committed.
class Transaction
{
public:
    explicit Transaction(const QSqlDatabase &db)
        : m_db(db)
    {
        QSqlQuery q(m_db);
        m_open = q.exec(QStringLiteral("BEGIN IMMEDIATE"));
        if (!m_open)
            m_error = sqlError(q.lastError());
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
            m_error = sqlError(q.lastError());
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

bool exec(QSqlQuery &q, const QString &sql, const QVariantList &values)
{
    if (!q.prepare(sql))
        return false;
    for (const QVariant &v : values)
        q.addBindValue(v);
    return q.exec();
}

QString likePattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('%'), QStringLiteral("\\%")).replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

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
    Transaction tx(db);
    if (!tx.isOpen())
        return Diagnostic::error(fileName, Tr::tr("数据库被占用：%1").arg(tx.error()));
    if (!q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")))
        return Diagnostic::error(fileName, Tr::tr("数据库无法使用（可能已损坏）：%1").arg(sqlError(q.lastError())));
    int version = 0;
    if (q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'")) && q.next())
        version = q.value(0).toInt();
    if (version > kSchemaVersion)
        return Diagnostic::error(fileName, Tr::tr("数据库版本 %1 比本程序支持的 %2 新，请升级执文").arg(version).arg(kSchemaVersion));
    for (int v = version; v < kSchemaVersion; ++v) {
        for (const QString &statement : QString::fromUtf8(kMigrations[v]).split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
            if (!q.exec(statement))
                return Diagnostic::error(fileName, Tr::tr("数据库升级到第 %1 版失败：%2").arg(v + 1).arg(sqlError(q.lastError())));
        }
    }
    if (version != kSchemaVersion
        && !exec(q, QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES ('schema_version', ?)"), {QString::number(kSchemaVersion)}))
        return Diagnostic::error(fileName, sqlError(q.lastError()));
    q.finish();
    if (!tx.commit())
        return Diagnostic::error(fileName, tx.error());
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
    Transaction tx(db);
    if (!tx.isOpen())
        return Diagnostic::error(db.databaseName(), Tr::tr("数据库被占用：%1").arg(tx.error()));
    QSqlQuery q(db);
    auto fail = [&](const QString &why) { return Diagnostic::error(db.databaseName(), Tr::tr("分配证明书编号失败：%1").arg(why)); };
    if (!exec(q, QStringLiteral("SELECT number FROM certificates WHERE case_number = ? AND performer = ? AND performed_on = ?"),
              {caseNumber, performer, performedOn}))
        return fail(sqlError(q.lastError()));
    if (q.next()) {
        const QString number = q.value(0).toString();
        q.finish();
        tx.commit();
        return number; // a reprint keeps its number
    }
    if (!exec(q, QStringLiteral("SELECT COALESCE(MAX(seq), 0) + 1 FROM certificates WHERE court = ? AND year = ?"), {court, date.year()}) || !q.next())
        return fail(sqlError(q.lastError()));
    const int seq = q.value(0).toInt();
    q.finish();
    const QString number = QString(pattern)
                               .replace(QStringLiteral("{year}"), QString::number(date.year()))
                               .replace(QStringLiteral("{court}"), court)
                               .replace(QStringLiteral("{seq}"), QString::number(seq));
    if (!exec(q, QStringLiteral("INSERT INTO certificates (court, year, seq, case_number, performer, performed_on, number, created_at) "
                                "VALUES (?, ?, ?, ?, ?, ?, ?, datetime('now'))"),
              {court, date.year(), seq, caseNumber, performer, performedOn, number}))
        return fail(sqlError(q.lastError()));
    if (!tx.commit())
        return fail(tx.error());
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
    // A single INSERT is its own transaction in SQLite.
    if (!exec(q, QStringLiteral("INSERT INTO documents (sha256, template_id, template_version, case_number, officer, output_path, bytes, case_json, issued_at) "
                                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
              {doc.sha256, doc.templateId, doc.templateVersion, doc.caseNumber, doc.officer, doc.outputPath, doc.bytes,
               QString::fromUtf8(doc.caseJson), doc.issuedAt.toString(Qt::ISODate)}))
        return Diagnostic::error(db.databaseName(), Tr::tr("登记文书失败：%1").arg(sqlError(q.lastError())));
    return q.lastInsertId().toLongLong();
}

QList<IssuedDocument> Store::findDocuments(const QString &sha256) const
{
    QList<IssuedDocument> out;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (!exec(q, QStringLiteral("SELECT id, sha256, template_id, template_version, case_number, officer, output_path, bytes, case_json, issued_at "
                                "FROM documents WHERE sha256 = ? ORDER BY id"), {sha256}))
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

Verification Store::verify(const QByteArray &pdf) const
{
    Verification v;
    v.sha256 = sha256Hex(pdf);
    v.entries = findDocuments(v.sha256);
    return v;
}

QString Verification::text() const
{
    if (entries.isEmpty())
        return Tr::tr("未登记：此文件（SHA-256 %1）不在发文登记中，或发出后已被改动").arg(sha256);
    QStringList lines;
    for (const IssuedDocument &d : entries)
        lines << Tr::tr("已登记：%1，模板 %2 第 %3 版，%4 发出，经办人 %5，SHA-256 %6")
                     .arg(d.caseNumber, d.templateId).arg(d.templateVersion)
                     .arg(d.issuedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                          d.officer.isEmpty() ? Tr::tr("（未记录）") : d.officer, d.sha256);
    return lines.join(QLatin1Char('\n'));
}

QString Store::fileName() const
{
    return QSqlDatabase::database(m_connection).databaseName();
}

Expected<QString> Store::setAside(const QString &fileName)
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

namespace {

struct PartyRow {
    QString side, partyId, name, idNumber;
};

QList<PartyRow> partiesOf(const CaseFile &file)
{
    QList<PartyRow> rows;
    for (const char *side : {"applicants", "respondents"}) {
        const Json list = file.json().value(side, Json::array());
        if (!list.is_array())
            continue;
        for (const Json &p : list) {
            if (!p.is_object())
                continue;
            QString id = stringAt(p, "id_number");
            if (id.isEmpty())
                id = stringAt(p, "uscc");
            rows << PartyRow{QString::fromLatin1(side), stringAt(p, "id"), stringAt(p, "name"), id};
        }
    }
    return rows;
}

} // namespace

Expected<qint64> Store::saveCase(const CaseFile &file, qint64 id, const QString &sourcePath)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    Transaction tx(db);
    if (!tx.isOpen())
        return Diagnostic::error(db.databaseName(), Tr::tr("数据库被占用：%1").arg(tx.error()));
    QSqlQuery q(db);
    auto fail = [&] { return Diagnostic::error(db.databaseName(), Tr::tr("保存案件失败：%1").arg(sqlError(q.lastError()))); };
    const QString stamp = now();
    const QVariant source = sourcePath.isEmpty() ? QVariant() : QVariant(QFileInfo(sourcePath).absoluteFilePath());
    // Empty text is '' in the table, never NULL (a null QString binds as NULL).
    auto text = [&](const char *path) { return QVariant(file.text(QLatin1String(path)) + QLatin1String("")); };
    const QVariantList summary{text("case.number"), text("case.cause"), text("court.name"), QString::fromUtf8(file.toBytes())};
    if (id == 0) {
        if (!exec(q, QStringLiteral("INSERT INTO cases (number, cause, court, content, source_path, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                  summary + QVariantList{source, stamp, stamp}))
            return fail();
        id = q.lastInsertId().toLongLong();
    } else {
        if (!exec(q, QStringLiteral("UPDATE cases SET number = ?, cause = ?, court = ?, content = ?, source_path = COALESCE(?, source_path), "
                                    "updated_at = ? WHERE id = ?"),
                  summary + QVariantList{source, stamp, id}))
            return fail();
        if (q.numRowsAffected() != 1)
            return Diagnostic::error(db.databaseName(), Tr::tr("案件库中没有第 %1 号案件").arg(id));
        if (!exec(q, QStringLiteral("DELETE FROM parties WHERE case_id = ?"), {id}))
            return fail();
    }
    int position = 0;
    for (const PartyRow &p : partiesOf(file)) {
        if (!exec(q, QStringLiteral("INSERT INTO parties (case_id, side, position, party_id, name, id_number) VALUES (?, ?, ?, ?, ?, ?)"),
                  {id, p.side, position++, p.partyId, p.name, p.idNumber}))
            return fail();
    }
    if (!tx.commit())
        return Diagnostic::error(db.databaseName(), Tr::tr("保存案件失败：%1").arg(tx.error()));
    return id;
}

Expected<CaseFile> Store::loadCase(qint64 id) const
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    QSqlQuery q(db);
    if (!exec(q, QStringLiteral("SELECT content FROM cases WHERE id = ?"), {id}))
        return Diagnostic::error(db.databaseName(), sqlError(q.lastError()));
    if (!q.next())
        return Diagnostic::error(db.databaseName(), Tr::tr("案件库中没有第 %1 号案件").arg(id));
    return CaseFile::fromBytes(q.value(0).toString().toUtf8(), Tr::tr("案件库第 %1 号案件").arg(id));
}

Expected<bool> Store::markOpened(qint64 id)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    QSqlQuery q(db);
    if (!exec(q, QStringLiteral("UPDATE cases SET opened_at = ? WHERE id = ?"), {now(), id}))
        return Diagnostic::error(db.databaseName(), sqlError(q.lastError()));
    return q.numRowsAffected() == 1;
}

Expected<bool> Store::setArchived(qint64 id, bool archived)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    QSqlQuery q(db);
    if (!exec(q, QStringLiteral("UPDATE cases SET archived = ?, updated_at = ? WHERE id = ?"), {archived ? 1 : 0, now(), id}))
        return Diagnostic::error(db.databaseName(), sqlError(q.lastError()));
    if (q.numRowsAffected() != 1)
        return Diagnostic::error(db.databaseName(), Tr::tr("案件库中没有第 %1 号案件").arg(id));
    return true;
}

Expected<qint64> Store::duplicateCase(qint64 id)
{
    const auto file = loadCase(id);
    if (!file)
        return file.errors();
    return saveCase(*file);
}

namespace {

StoredCase storedCaseFrom(const QSqlQuery &q)
{
    StoredCase c;
    c.id = q.value(0).toLongLong();
    c.number = q.value(1).toString();
    c.cause = q.value(2).toString();
    c.court = q.value(3).toString();
    c.sourcePath = q.value(4).toString();
    c.updatedAt = QDateTime::fromString(q.value(5).toString(), Qt::ISODateWithMs);
    c.openedAt = QDateTime::fromString(q.value(6).toString(), Qt::ISODateWithMs);
    c.archived = q.value(7).toInt() != 0;
    const QString names = q.value(8).toString();
    if (!names.isEmpty())
        c.parties = names.split(QLatin1Char('\x1f'));
    return c;
}

// The party names come back joined with the unit separator in side then position order.
const char *const kCaseColumns =
    "SELECT c.id, c.number, c.cause, c.court, c.source_path, c.updated_at, c.opened_at, c.archived, "
    "(SELECT group_concat(name, char(31)) FROM (SELECT name FROM parties p WHERE p.case_id = c.id ORDER BY side, position)) "
    "FROM cases c ";

} // namespace

QList<StoredCase> Store::findCases(const CaseQuery &query) const
{
    QString sql = QString::fromLatin1(kCaseColumns) + QStringLiteral("WHERE 1 = 1");
    QVariantList values;
    if (query.archived != CaseQuery::Both) {
        sql += QStringLiteral(" AND c.archived = ?");
        values << (query.archived == CaseQuery::ArchivedOnly ? 1 : 0);
    }
    // Half-width brackets typed in the search box match the full-width ones of case numbers.
    QString text = query.text.trimmed();
    text.replace(QLatin1Char('('), QChar(0xFF08)).replace(QLatin1Char(')'), QChar(0xFF09));
    if (!text.isEmpty()) {
        const QString like = likePattern(text);
        sql += QStringLiteral(" AND (c.number LIKE ? ESCAPE '\\' OR c.cause LIKE ? ESCAPE '\\' OR EXISTS (SELECT 1 FROM parties p WHERE p.case_id = c.id "
                              "AND (p.name LIKE ? ESCAPE '\\' OR p.id_number LIKE ? ESCAPE '\\')))");
        values << like << like << like << like;
    }
    sql += QStringLiteral(" ORDER BY MAX(COALESCE(c.opened_at, ''), c.updated_at) DESC, c.id DESC LIMIT ?");
    values << query.limit; // SQLite reads LIMIT -1 (NoLimit) as no limit
    QList<StoredCase> out;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (!exec(q, sql, values))
        return out;
    while (q.next())
        out << storedCaseFrom(q);
    return out;
}

std::optional<StoredCase> Store::storedCase(qint64 id) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (!exec(q, QString::fromLatin1(kCaseColumns) + QStringLiteral("WHERE c.id = ?"), {id}) || !q.next())
        return std::nullopt;
    return storedCaseFrom(q);
}

qint64 Store::caseFromSource(const QString &fileName) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (exec(q, QStringLiteral("SELECT id FROM cases WHERE source_path = ? ORDER BY updated_at DESC LIMIT 1"), {QFileInfo(fileName).absoluteFilePath()})
        && q.next())
        return q.value(0).toLongLong();
    return 0;
}

QList<qint64> Store::casesNumbered(const QString &number) const
{
    QList<qint64> ids;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (exec(q, QStringLiteral("SELECT id FROM cases WHERE number = ? AND archived = 0 ORDER BY id"), {number}))
        while (q.next())
            ids << q.value(0).toLongLong();
    return ids;
}

} // namespace zw
