#include "DocumentRegister.h"

#include "SignOffs.h"
#include "SqlSupport.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSqlQuery>

namespace zw {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(zw::Store)
};
} // namespace

Expected<qint64> DocumentRegister::record(const IssuedDocument &doc)
{
    bool written = false;
    return recordWhile(doc, [] { return Expected<bool>(true); }, &written);
}

Expected<qint64> DocumentRegister::recordWhile(const IssuedDocument &doc, const std::function<Expected<bool>()> &write, bool *written)
{
    *written = false;
    QSqlDatabase db = this->db();
    sql::Transaction tx(db);
    if (!tx.isOpen())
        return Diagnostic::error(db.databaseName(), Tr::tr("登记文书失败：%1").arg(tx.error()));
    QSqlQuery q(db);
    const auto optional = [](qint64 id) { return id ? QVariant(id) : QVariant(); };
    const QString user = sql::currentUser(db);
    if (doc.supersedes) {
        // A reissue voids what it replaces, in the same transaction, unless
        // that was voided already (with its own reason).
        if (!sql::exec(q, QStringLiteral("SELECT template_id, case_number, (SELECT COUNT(*) FROM voids v WHERE v.document_id = d.id) FROM documents d WHERE d.id = ?"),
                       {doc.supersedes}))
            return Diagnostic::error(db.databaseName(), Tr::tr("登记文书失败：%1").arg(sql::errorText(q.lastError())));
        if (!q.next())
            return Diagnostic::error(QString(), Tr::tr("没有登记第 %1 号，无法重新出具").arg(doc.supersedes));
        if (q.value(0).toString() != doc.templateId || q.value(1).toString() != doc.caseNumber)
            return Diagnostic::error(QString(), Tr::tr("登记第 %1 号是 %2 的 %3，不是本案的这份文书，不能由它取代").arg(doc.supersedes).arg(q.value(1).toString(), q.value(0).toString()));
        const bool voided = q.value(2).toInt() > 0;
        q.finish();
        if (!voided)
            if (const auto ok = insertVoid(doc.supersedes, Tr::tr("重新出具")); !ok)
                return Diagnostic::error(db.databaseName(), Tr::tr("作废原登记失败：%1").arg(ok.errorString()));
    }
    if (!sql::exec(q, QStringLiteral("INSERT INTO documents (sha256, template_id, template_version, case_number, officer, output_path, bytes, case_json, issued_at, "
                                     "case_id, format, issued_by, approval_id, supersedes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                   {doc.sha256, doc.templateId, doc.templateVersion, doc.caseNumber, doc.officer, doc.outputPath, doc.bytes,
                    QString::fromUtf8(doc.caseJson), doc.issuedAt.toString(Qt::ISODate), optional(doc.caseId), doc.format, user,
                    optional(doc.approvalId), optional(doc.supersedes)}))
        return Diagnostic::error(db.databaseName(), Tr::tr("登记文书失败：%1").arg(sql::errorText(q.lastError())));
    const qint64 id = q.lastInsertId().toLongLong();
    q.finish();
    if (const auto ok = write(); !ok)
        return ok.errors(); // rolled back: no entry for a file that is not there
    *written = true;
    if (!tx.commit())
        return Diagnostic::error(db.databaseName(), Tr::tr("登记文书失败：%1").arg(tx.error()));
    return id;
}

Expected<QList<IssuedDocument>> DocumentRegister::find(const QString &sha256) const
{
    return select(QStringLiteral("sha256 = ?"), sha256);
}

Expected<QList<IssuedDocument>> DocumentRegister::forCase(qint64 caseId) const
{
    return select(QStringLiteral("case_id = ?"), caseId);
}

Expected<bool> DocumentRegister::voidEntry(qint64 id, const QString &reason)
{
    if (reason.trimmed().isEmpty())
        return Diagnostic::error(QStringLiteral("reason"), Tr::tr("作废须写明理由"));
    QSqlQuery q(db());
    if (!sql::exec(q, QStringLiteral("SELECT (SELECT COUNT(*) FROM voids v WHERE v.document_id = d.id) FROM documents d WHERE d.id = ?"), {id}))
        return Diagnostic::error(db().databaseName(), Tr::tr("作废失败：%1").arg(sql::errorText(q.lastError())));
    if (!q.next())
        return Diagnostic::error(QString(), Tr::tr("没有登记第 %1 号").arg(id));
    if (q.value(0).toInt() > 0)
        return Diagnostic::error(QString(), Tr::tr("登记第 %1 号已作废").arg(id));
    q.finish();
    if (const auto ok = insertVoid(id, reason.trimmed()); !ok)
        return Diagnostic::error(db().databaseName(), Tr::tr("作废失败：%1").arg(ok.errorString()));
    return true;
}

Expected<bool> DocumentRegister::insertVoid(qint64 id, const QString &reason)
{
    QSqlQuery q(db());
    if (!sql::exec(q, QStringLiteral("INSERT INTO voids (document_id, reason, voided_by, voided_at) VALUES (?, ?, ?, ?)"),
                   {id, reason, sql::currentUser(db()), sql::now()}))
        return Diagnostic::error(QString(), sql::errorText(q.lastError()));
    return true;
}

Expected<std::optional<IssuedDocument>> DocumentRegister::entry(qint64 id) const
{
    auto found = select(QStringLiteral("id = ?"), id);
    if (!found)
        return found.errors();
    return found->isEmpty() ? std::optional<IssuedDocument>() : std::optional(found->first());
}

Expected<QList<VoidRecord>> DocumentRegister::voidsOf(const QList<IssuedDocument> &entries) const
{
    QList<VoidRecord> out;
    QSqlQuery q(db());
    for (const IssuedDocument &d : entries) {
        if (!sql::exec(q, QStringLiteral("SELECT reason, voided_by, voided_at, (SELECT MIN(n.id) FROM documents n WHERE n.supersedes = v.document_id) "
                                         "FROM voids v WHERE v.document_id = ?"),
                       {d.id}))
            return Diagnostic::error(db().databaseName(), Tr::tr("查询作废记录失败：%1").arg(sql::errorText(q.lastError())));
        if (q.next())
            out << VoidRecord{d.id, q.value(0).toString(), q.value(1).toString(), QDateTime::fromString(q.value(2).toString(), Qt::ISODateWithMs),
                              q.value(3).toLongLong()};
    }
    return out;
}

Expected<QList<IssuedDocument>> DocumentRegister::select(const QString &where, const QVariant &value) const
{
    QList<IssuedDocument> out;
    QSqlQuery q(db());
    if (!sql::exec(q, QStringLiteral("SELECT id, sha256, template_id, template_version, case_number, officer, output_path, bytes, case_json, issued_at, "
                                     "case_id, format, issued_by, approval_id, supersedes FROM documents WHERE ") + where + QStringLiteral(" ORDER BY id"), {value}))
        return Diagnostic::error(db().databaseName(), Tr::tr("查询发文登记失败：%1").arg(sql::errorText(q.lastError())));
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
        d.caseId = q.value(10).toLongLong();
        d.format = q.value(11).toString();
        d.issuedBy = q.value(12).toString();
        d.approvalId = q.value(13).toLongLong();
        d.supersedes = q.value(14).toLongLong();
        out << d;
    }
    return out;
}

Expected<Verification> DocumentRegister::verify(const QByteArray &bytes) const
{
    Verification v;
    v.sha256 = sha256Hex(bytes);
    auto entries = find(v.sha256);
    if (!entries)
        return entries.errors();
    v.entries = std::move(entries).value();
    auto voids = voidsOf(v.entries);
    if (!voids)
        return voids.errors();
    v.voids = *voids;
    QList<qint64> approvalIds;
    for (const IssuedDocument &d : v.entries)
        if (!approvalIds.contains(d.approvalId))
            approvalIds << d.approvalId;
    for (const VoidRecord &r : v.voids)
        if (r.supersededBy)
            if (auto reissue = entry(r.supersededBy); reissue && *reissue)
                v.reissues << **reissue;
    auto approvals = SignOffs(m_connection).withIds(approvalIds);
    if (!approvals)
        return approvals.errors();
    v.approvals = *approvals;
    return v;
}

} // namespace zw
