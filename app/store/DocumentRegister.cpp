#include "DocumentRegister.h"

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
    if (!sql::exec(q, QStringLiteral("INSERT INTO documents (sha256, template_id, template_version, case_number, officer, output_path, bytes, case_json, issued_at, "
                                     "case_id, format) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                   {doc.sha256, doc.templateId, doc.templateVersion, doc.caseNumber, doc.officer, doc.outputPath, doc.bytes,
                    QString::fromUtf8(doc.caseJson), doc.issuedAt.toString(Qt::ISODate), doc.caseId ? QVariant(doc.caseId) : QVariant(),
                    doc.format}))
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

Expected<QList<IssuedDocument>> DocumentRegister::select(const QString &where, const QVariant &value) const
{
    QList<IssuedDocument> out;
    QSqlQuery q(db());
    if (!sql::exec(q, QStringLiteral("SELECT id, sha256, template_id, template_version, case_number, officer, output_path, bytes, case_json, issued_at, "
                                     "case_id, format FROM documents WHERE ") + where + QStringLiteral(" ORDER BY id"), {value}))
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
    return v;
}

} // namespace zw
