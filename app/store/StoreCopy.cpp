#include "StoreCopy.h"

#include "CaseRepository.h"
#include "SqlSupport.h"

#include <QCoreApplication>
#include <QSqlRecord>

namespace zw {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(zw::Store)
};

// Every row of a query on the desk's store, as column -> value.
using Row = QVariantMap;
Expected<QList<Row>> rows(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(sql))
        return Diagnostic::error(db.databaseName(), Tr::tr("读取本机案件库失败：%1").arg(sql::errorText(q.lastError())));
    QList<Row> out;
    while (q.next()) {
        Row r;
        const QSqlRecord rec = q.record();
        for (int i = 0; i < rec.count(); ++i)
            r.insert(rec.fieldName(i), q.value(i));
        out << r;
    }
    return out;
}

QVariant orNull(qint64 id)
{
    return id ? QVariant(id) : QVariant();
}
} // namespace


Expected<StoreCopyReport> copyStore(const Database &from, const Database &to)
{
    const QSqlDatabase src = from.handle();
    QSqlDatabase dst = to.handle();
    const QString where = dst.databaseName();
    StoreCopyReport report;
    sql::Transaction tx(dst);
    if (!tx.isOpen())
        return Diagnostic::error(where, Tr::tr("数据库被占用：%1").arg(tx.error()));
    QSqlQuery q(dst);
    const auto fail = [&](const QString &what) { return Diagnostic::error(where, Tr::tr("复制失败（%1）：%2").arg(what, sql::errorText(q.lastError()))); };
    if (sql::isPostgres(dst)) {
        // Who issued and approved stay as they were (the triggers allow it to
        // an administrator only, and only inside this transaction); no desk
        // numbers a certificate while the numbers are merged.
        if (!q.exec(QStringLiteral("SET LOCAL zhiwen.copying = 'on'")) || !q.exec(QStringLiteral("SELECT pg_advisory_xact_lock(4242002)")))
            return fail(Tr::tr("锁定"));
        if (!q.exec(QStringLiteral("SELECT zhiwen_copying()")) || !q.next() || !q.value(0).toBool())
            return Diagnostic::error(where, Tr::tr("只有管理员（zhiwen_admin 角色）能把本机案件库并入法院案件库"));
    }

    // 1. Certificate numbers: any number given twice is named, and nothing is copied.
    const auto certs = rows(src, QStringLiteral("SELECT court, year, seq, case_number, performer, performed_on, number, created_at FROM certificates ORDER BY court, year, seq"));
    if (!certs)
        return certs.errors();
    QStringList conflicts;
    QList<Row> newCerts;
    for (const Row &c : *certs) {
        if (!sql::exec(q, QStringLiteral("SELECT number, case_number, performer, performed_on FROM certificates WHERE (court = ? AND year = ? AND seq = ?) "
                                         "OR (case_number = ? AND performer = ? AND performed_on = ?)"),
                       {c[QStringLiteral("court")], c[QStringLiteral("year")], c[QStringLiteral("seq")], c[QStringLiteral("case_number")],
                        c[QStringLiteral("performer")], c[QStringLiteral("performed_on")]}))
            return fail(Tr::tr("证明书编号"));
        bool same = false, clash = false;
        while (q.next()) {
            const bool identical = q.value(0) == c[QStringLiteral("number")] && q.value(1) == c[QStringLiteral("case_number")]
                                   && q.value(2) == c[QStringLiteral("performer")] && q.value(3) == c[QStringLiteral("performed_on")];
            (identical ? same : clash) = true;
            if (!identical)
                conflicts << Tr::tr("%1：本机发给 %2（%3，%4 履行），法院案件库的 %5 发给 %6（%7，%8 履行）")
                                 .arg(c[QStringLiteral("number")].toString(), c[QStringLiteral("case_number")].toString(),
                                      c[QStringLiteral("performer")].toString(), c[QStringLiteral("performed_on")].toString(), q.value(0).toString(),
                                      q.value(1).toString(), q.value(2).toString(), q.value(3).toString());
        }
        if (same && !clash)
            ++report.certificatesAlready;
        else if (!clash)
            newCerts << c;
    }
    if (!conflicts.isEmpty()) {
        Diagnostics out;
        out << Diagnostic::error(where, Tr::tr("两处发出了相同的证明书编号，未复制任何内容（请先核对这些证明书）："));
        for (const QString &c : conflicts)
            out << Diagnostic::error(QStringLiteral("certificates"), c);
        return out;
    }
    for (const Row &c : newCerts) {
        if (!sql::exec(q, QStringLiteral("INSERT INTO certificates (court, year, seq, case_number, performer, performed_on, number, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                       {c[QStringLiteral("court")], c[QStringLiteral("year")], c[QStringLiteral("seq")], c[QStringLiteral("case_number")],
                        c[QStringLiteral("performer")], c[QStringLiteral("performed_on")], c[QStringLiteral("number")], c[QStringLiteral("created_at")]}))
            return fail(Tr::tr("证明书编号"));
        ++report.certificates;
    }

    // 2. Cases: the same number with the same content is the same case; with
    // other content it is copied beside it, and said so.
    const auto cases = rows(src, QStringLiteral("SELECT id, number, content, source_path, archived FROM cases ORDER BY id"));
    if (!cases)
        return cases.errors();
    CaseRepository target(to);
    for (const Row &c : *cases) {
        const qint64 id = c[QStringLiteral("id")].toLongLong();
        const QString number = c[QStringLiteral("number")].toString();
        const QString content = c[QStringLiteral("content")].toString();
        qint64 existing = 0;
        bool numberTaken = false;
        if (!number.isEmpty()) {
            if (!sql::exec(q, QStringLiteral("SELECT id, content FROM cases WHERE number = ? ORDER BY id"), {number}))
                return fail(Tr::tr("案件"));
            while (q.next()) {
                numberTaken = true;
                if (!existing && q.value(1).toString() == content)
                    existing = q.value(0).toLongLong();
            }
        }
        if (existing) {
            report.caseIds.insert(id, existing);
            ++report.casesAlready;
            continue;
        }
        auto file = CaseFile::fromBytes(content.toUtf8(), Tr::tr("本机案件库第 %1 号案件").arg(id));
        if (!file)
            return file.errors();
        const auto saved = target.saveWithin(*file, 0, c[QStringLiteral("source_path")].toString());
        if (!saved)
            return saved.errors();
        if (c[QStringLiteral("archived")].toInt() && !sql::exec(q, QStringLiteral("UPDATE cases SET archived = 1 WHERE id = ?"), {*saved}))
            return fail(Tr::tr("案件"));
        report.caseIds.insert(id, *saved);
        ++report.cases;
        if (numberTaken) {
            ++report.casesRenamed;
            report.notes << Tr::tr("案号 %1 在法院案件库中已有内容不同的案件：本机的一件另存为第 %2 号，请核对后合并").arg(number).arg(*saved);
        }
    }

    // 3. Approvals and their steps, register entries and voids, in order, ids mapped.
    QMap<qint64, qint64> approvalIds, documentIds;
    const auto approvals = rows(src, QStringLiteral("SELECT a.id, a.case_id, a.case_number, a.template_id, a.template_version, a.case_json, a.document_sha256, a.level, a.submitted_by, "
                                                    "a.submitted_to, a.submitted_at, s.step, s.actor, s.reason, s.at FROM approvals a "
                                                    "LEFT JOIN approval_steps s ON s.approval_id = a.id ORDER BY a.id"));
    if (!approvals)
        return approvals.errors();
    for (const Row &a : *approvals) {
        if (!sql::exec(q, QStringLiteral("SELECT id FROM approvals WHERE template_id = ? AND case_json = ? AND submitted_by = ? AND submitted_at = ?"),
                       {a[QStringLiteral("template_id")], a[QStringLiteral("case_json")], a[QStringLiteral("submitted_by")], a[QStringLiteral("submitted_at")]}))
            return fail(Tr::tr("报批"));
        if (q.next()) {
            approvalIds.insert(a[QStringLiteral("id")].toLongLong(), q.value(0).toLongLong());
            continue;
        }
        // A desk's sign-off is kept as history: nothing new issues under it
        // (`copied`), since the desk's officer approved their own document.
        if (!sql::exec(q, QStringLiteral("INSERT INTO approvals (case_id, case_number, template_id, template_version, case_json, document_sha256, level, submitted_by, "
                                         "submitted_to, submitted_at, copied) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)"),
                       {orNull(report.caseIds.value(a[QStringLiteral("case_id")].toLongLong())), a[QStringLiteral("case_number")], a[QStringLiteral("template_id")],
                        a[QStringLiteral("template_version")], a[QStringLiteral("case_json")], a[QStringLiteral("document_sha256")], a[QStringLiteral("level")], a[QStringLiteral("submitted_by")],
                        a[QStringLiteral("submitted_to")], a[QStringLiteral("submitted_at")]}))
            return fail(Tr::tr("报批"));
        const qint64 newId = q.lastInsertId().toLongLong();
        approvalIds.insert(a[QStringLiteral("id")].toLongLong(), newId);
        ++report.approvals;
        if (!a[QStringLiteral("step")].isNull()
            && !sql::exec(q, QStringLiteral("INSERT INTO approval_steps (approval_id, step, actor, reason, at) VALUES (?, ?, ?, ?, ?)"),
                          {newId, a[QStringLiteral("step")], a[QStringLiteral("actor")], a[QStringLiteral("reason")], a[QStringLiteral("at")]}))
            return fail(Tr::tr("签发记录"));
    }
    const auto documents = rows(src, QStringLiteral("SELECT id, sha256, template_id, template_version, case_number, officer, output_path, bytes, case_json, issued_at, "
                                                    "case_id, format, issued_by, approval_id, supersedes FROM documents ORDER BY id"));
    if (!documents)
        return documents.errors();
    for (const Row &d : *documents) {
        const qint64 id = d[QStringLiteral("id")].toLongLong();
        if (!sql::exec(q, QStringLiteral("SELECT id FROM documents WHERE sha256 = ? AND issued_at = ? AND template_id = ?"),
                       {d[QStringLiteral("sha256")], d[QStringLiteral("issued_at")], d[QStringLiteral("template_id")]}))
            return fail(Tr::tr("发文登记"));
        if (q.next()) {
            documentIds.insert(id, q.value(0).toLongLong());
            ++report.documentsAlready;
            continue;
        }
        if (!sql::exec(q, QStringLiteral("INSERT INTO documents (sha256, template_id, template_version, case_number, officer, output_path, bytes, case_json, issued_at, "
                                         "case_id, format, issued_by, approval_id, supersedes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                       {d[QStringLiteral("sha256")], d[QStringLiteral("template_id")], d[QStringLiteral("template_version")], d[QStringLiteral("case_number")],
                        d[QStringLiteral("officer")], d[QStringLiteral("output_path")], d[QStringLiteral("bytes")], d[QStringLiteral("case_json")],
                        d[QStringLiteral("issued_at")], orNull(report.caseIds.value(d[QStringLiteral("case_id")].toLongLong())), d[QStringLiteral("format")],
                        d[QStringLiteral("issued_by")], orNull(approvalIds.value(d[QStringLiteral("approval_id")].toLongLong())),
                        orNull(documentIds.value(d[QStringLiteral("supersedes")].toLongLong()))}))
            return fail(Tr::tr("发文登记"));
        documentIds.insert(id, q.lastInsertId().toLongLong());
        ++report.documents;
    }
    const auto voids = rows(src, QStringLiteral("SELECT document_id, reason, voided_by, voided_at FROM voids ORDER BY id"));
    if (!voids)
        return voids.errors();
    for (const Row &v : *voids) {
        const qint64 doc = documentIds.value(v[QStringLiteral("document_id")].toLongLong());
        if (!sql::exec(q, QStringLiteral("SELECT 1 FROM voids WHERE document_id = ?"), {doc}))
            return fail(Tr::tr("作废记录"));
        if (q.next())
            continue;
        if (!sql::exec(q, QStringLiteral("INSERT INTO voids (document_id, reason, voided_by, voided_at) VALUES (?, ?, ?, ?)"),
                       {doc, v[QStringLiteral("reason")], v[QStringLiteral("voided_by")], v[QStringLiteral("voided_at")]}))
            return fail(Tr::tr("作废记录"));
        ++report.voids;
    }
    q.finish();
    if (!tx.commit())
        return Diagnostic::error(where, Tr::tr("复制失败：%1").arg(tx.error()));
    return report;
}

} // namespace zw
