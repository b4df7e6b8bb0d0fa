#include "CaseRepository.h"

#include "SqlSupport.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSqlQuery>

namespace zw {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(zw::Store)
};

QString likePattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('%'), QStringLiteral("\\%")).replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

} // namespace

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

Expected<qint64> CaseRepository::save(const CaseFile &file, qint64 id, const QString &sourcePath)
{
    QSqlDatabase db = this->db();
    sql::Transaction tx(db);
    if (!tx.isOpen())
        return Diagnostic::error(db.databaseName(), Tr::tr("数据库被占用：%1").arg(tx.error()));
    const auto saved = saveWithin(file, id, sourcePath);
    if (!saved)
        return saved;
    if (!tx.commit())
        return Diagnostic::error(db.databaseName(), Tr::tr("保存案件失败：%1").arg(tx.error()));
    return saved;
}

Expected<qint64> CaseRepository::addAll(int count, const std::function<CaseFile(int)> &make)
{
    QSqlDatabase db = this->db();
    sql::Transaction tx(db);
    if (!tx.isOpen())
        return Diagnostic::error(db.databaseName(), Tr::tr("数据库被占用：%1").arg(tx.error()));
    qint64 first = 0;
    for (int i = 0; i < count; ++i) {
        const auto id = saveWithin(make(i));
        if (!id)
            return id;
        if (!first)
            first = *id;
    }
    if (!tx.commit())
        return Diagnostic::error(db.databaseName(), Tr::tr("保存案件失败：%1").arg(tx.error()));
    return first;
}

Expected<qint64> CaseRepository::saveWithin(const CaseFile &file, qint64 id, const QString &sourcePath)
{
    QSqlDatabase db = this->db();
    QSqlQuery q(db);
    auto fail = [&] { return Diagnostic::error(db.databaseName(), Tr::tr("保存案件失败：%1").arg(sql::errorText(q.lastError()))); };
    const QString stamp = sql::now();
    const QVariant source = sourcePath.isEmpty() ? QVariant() : QVariant(QFileInfo(sourcePath).absoluteFilePath());
    // Empty text is '' in the table, never NULL (a null QString binds as NULL).
    auto text = [&](const char *path) { return QVariant(file.text(QLatin1String(path)) + QLatin1String("")); };
    const QVariantList summary{text("case.number"), text("case.cause"), text("court.name"), QString::fromUtf8(file.toBytes())};
    if (id == 0) {
        if (!sql::exec(q, QStringLiteral("INSERT INTO cases (number, cause, court, content, source_path, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                  summary + QVariantList{source, stamp, stamp}))
            return fail();
        id = q.lastInsertId().toLongLong();
    } else {
        if (!sql::exec(q, QStringLiteral("UPDATE cases SET number = ?, cause = ?, court = ?, content = ?, source_path = COALESCE(?, source_path), "
                                    "updated_at = ? WHERE id = ?"),
                  summary + QVariantList{source, stamp, id}))
            return fail();
        if (q.numRowsAffected() != 1)
            return Diagnostic::error(db.databaseName(), Tr::tr("案件库中没有第 %1 号案件").arg(id));
        if (!sql::exec(q, QStringLiteral("DELETE FROM parties WHERE case_id = ?"), {id}))
            return fail();
    }
    int position = 0;
    for (const PartyRow &p : partiesOf(file)) {
        if (!sql::exec(q, QStringLiteral("INSERT INTO parties (case_id, side, position, party_id, name, id_number) VALUES (?, ?, ?, ?, ?, ?)"),
                  {id, p.side, position++, p.partyId, p.name, p.idNumber}))
            return fail();
    }
    return id;
}

Expected<CaseFile> CaseRepository::load(qint64 id) const
{
    QSqlDatabase db = this->db();
    QSqlQuery q(db);
    if (!sql::exec(q, QStringLiteral("SELECT content FROM cases WHERE id = ?"), {id}))
        return Diagnostic::error(db.databaseName(), sql::errorText(q.lastError()));
    if (!q.next())
        return Diagnostic::error(db.databaseName(), Tr::tr("案件库中没有第 %1 号案件").arg(id));
    return CaseFile::fromBytes(q.value(0).toString().toUtf8(), Tr::tr("案件库第 %1 号案件").arg(id));
}

Expected<bool> CaseRepository::markOpened(qint64 id)
{
    QSqlDatabase db = this->db();
    QSqlQuery q(db);
    if (!sql::exec(q, QStringLiteral("UPDATE cases SET opened_at = ? WHERE id = ?"), {sql::now(), id}))
        return Diagnostic::error(db.databaseName(), sql::errorText(q.lastError()));
    return q.numRowsAffected() == 1;
}

Expected<bool> CaseRepository::setArchived(qint64 id, bool archived)
{
    QSqlDatabase db = this->db();
    QSqlQuery q(db);
    if (!sql::exec(q, QStringLiteral("UPDATE cases SET archived = ?, updated_at = ? WHERE id = ?"), {archived ? 1 : 0, sql::now(), id}))
        return Diagnostic::error(db.databaseName(), sql::errorText(q.lastError()));
    if (q.numRowsAffected() != 1)
        return Diagnostic::error(db.databaseName(), Tr::tr("案件库中没有第 %1 号案件").arg(id));
    return true;
}

Expected<qint64> CaseRepository::duplicate(qint64 id)
{
    const auto file = load(id);
    if (!file)
        return file.errors();
    return save(*file);
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

// The party names come back joined with the unit separator in side then
// position order (each dialect has its own aggregate for that).
QString caseColumns(bool postgres)
{
    return postgres ? QStringLiteral("SELECT c.id, c.number, c.cause, c.court, c.source_path, c.updated_at, c.opened_at, c.archived, "
                                     "(SELECT string_agg(p.name, chr(31) ORDER BY p.side, p.position) FROM parties p WHERE p.case_id = c.id) "
                                     "FROM cases c ")
                    : QStringLiteral("SELECT c.id, c.number, c.cause, c.court, c.source_path, c.updated_at, c.opened_at, c.archived, "
                                     "(SELECT group_concat(name, char(31)) FROM (SELECT name FROM parties p WHERE p.case_id = c.id ORDER BY side, position)) "
                                     "FROM cases c ");
}

} // namespace

Expected<QList<StoredCase>> CaseRepository::find(const CaseQuery &query) const
{
    const bool postgres = sql::isPostgres(db());
    // The page of ids first (the recency index serves the plain list), then
    // their columns and parties for that page only: with 100,000 cases the
    // party names were aggregated for every case before the sort.
    const QString recency = postgres ? QStringLiteral("GREATEST(COALESCE(c.opened_at, ''), c.updated_at)")
                                     : QStringLiteral("MAX(COALESCE(c.opened_at, ''), c.updated_at)");
    QString sql = QStringLiteral("SELECT c.id FROM cases c WHERE 1 = 1");
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
        // The parties matching in one pass (a semi-join), not one look-up per case.
        sql += QStringLiteral(" AND (c.number LIKE ? ESCAPE '\\' OR c.cause LIKE ? ESCAPE '\\' OR c.id IN (SELECT p.case_id FROM parties p "
                              "WHERE p.name LIKE ? ESCAPE '\\' OR p.id_number LIKE ? ESCAPE '\\'))");
        values << like << like << like << like;
    }
    sql += QStringLiteral(" ORDER BY ") + recency + QStringLiteral(" DESC, c.id DESC LIMIT ?");
    // SQLite reads LIMIT -1 (NoLimit) as no limit, PostgreSQL LIMIT NULL.
    values << (query.limit < 0 && postgres ? QVariant() : QVariant(query.limit));
    sql = QStringLiteral("WITH page AS (") + sql + QStringLiteral(") ") + caseColumns(postgres) + QStringLiteral("JOIN page ON page.id = c.id ORDER BY ")
          + recency + QStringLiteral(" DESC, c.id DESC");
    QList<StoredCase> out;
    QSqlQuery q(db());
    if (!sql::exec(q, sql, values))
        return Diagnostic::error(db().databaseName(), Tr::tr("查找案件失败：%1").arg(sql::errorText(q.lastError())));
    while (q.next())
        out << storedCaseFrom(q);
    return out;
}

Expected<StoredCase> CaseRepository::summary(qint64 id) const
{
    QSqlQuery q(db());
    if (!sql::exec(q, caseColumns(sql::isPostgres(db())) + QStringLiteral("WHERE c.id = ?"), {id}))
        return Diagnostic::error(db().databaseName(), Tr::tr("查找案件失败：%1").arg(sql::errorText(q.lastError())));
    if (!q.next())
        return Diagnostic::error(db().databaseName(), Tr::tr("案件库中没有第 %1 号案件").arg(id));
    return storedCaseFrom(q);
}

Expected<qint64> CaseRepository::fromSource(const QString &fileName) const
{
    QSqlQuery q(db());
    if (!sql::exec(q, QStringLiteral("SELECT id FROM cases WHERE source_path = ? ORDER BY updated_at DESC LIMIT 1"), {QFileInfo(fileName).absoluteFilePath()}))
        return Diagnostic::error(db().databaseName(), Tr::tr("查找案件失败：%1").arg(sql::errorText(q.lastError())));
    return q.next() ? q.value(0).toLongLong() : qint64(0);
}

Expected<QList<qint64>> CaseRepository::numbered(const QString &number) const
{
    QList<qint64> ids;
    QSqlQuery q(db());
    if (!sql::exec(q, QStringLiteral("SELECT id FROM cases WHERE number = ? AND archived = 0 ORDER BY id"), {number}))
        return Diagnostic::error(db().databaseName(), Tr::tr("查找案件失败：%1").arg(sql::errorText(q.lastError())));
    while (q.next())
        ids << q.value(0).toLongLong();
    return ids;
}

} // namespace zw
