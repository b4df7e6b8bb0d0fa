#include "CertificateNumbers.h"

#include "ChineseText.h"
#include "SqlSupport.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace zw {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(zw::Store)
};
} // namespace

Expected<QString> CertificateNumbers::allocate(const CaseFile &file)
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

    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    sql::Transaction tx(db);
    if (!tx.isOpen())
        return Diagnostic::error(db.databaseName(), Tr::tr("数据库被占用：%1").arg(tx.error()));
    QSqlQuery q(db);
    auto fail = [&](const QString &why) { return Diagnostic::error(db.databaseName(), Tr::tr("分配证明书编号失败：%1").arg(why)); };
    // On a server every desk allocates at once: one allocation at a time,
    // by a lock held until the transaction ends (SQLite's BEGIN IMMEDIATE
    // does the same for one file). An advisory lock needs no right to change
    // the table, which a clerk's login does not have. A process killed
    // inside loses its transaction and its lock, so no number is skipped or
    // used twice.
    if (sql::isPostgres(db) && !q.exec(QStringLiteral("SELECT pg_advisory_xact_lock(4242002)")))
        return fail(sql::errorText(q.lastError()));
    if (!sql::exec(q, QStringLiteral("SELECT number FROM certificates WHERE case_number = ? AND performer = ? AND performed_on = ?"),
              {caseNumber, performer, performedOn}))
        return fail(sql::errorText(q.lastError()));
    if (q.next()) {
        const QString number = q.value(0).toString();
        q.finish();
        tx.commit();
        return number; // a reprint keeps its number
    }
    if (!sql::exec(q, QStringLiteral("SELECT COALESCE(MAX(seq), 0) + 1 FROM certificates WHERE court = ? AND year = ?"), {court, date.year()}) || !q.next())
        return fail(sql::errorText(q.lastError()));
    const int seq = q.value(0).toInt();
    q.finish();
    const QString number = QString(pattern)
                               .replace(QStringLiteral("{year}"), QString::number(date.year()))
                               .replace(QStringLiteral("{court}"), court)
                               .replace(QStringLiteral("{seq}"), QString::number(seq));
    if (!sql::exec(q, QStringLiteral("INSERT INTO certificates (court, year, seq, case_number, performer, performed_on, number, created_at) "
                                "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
              {court, date.year(), seq, caseNumber, performer, performedOn, number, sql::now()}))
        return fail(sql::errorText(q.lastError()));
    if (!tx.commit())
        return fail(tx.error());
    return number;
}

} // namespace zw
