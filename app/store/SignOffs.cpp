#include "SignOffs.h"

#include "SqlSupport.h"

#include <QCoreApplication>

namespace zw {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(zw::Store)
};

QString roleOf(SignOffLevel level)
{
    return level == SignOffLevel::President ? QStringLiteral("zhiwen_president") : QStringLiteral("zhiwen_judge");
}
} // namespace

QString SignOffs::currentUser() const
{
    return sql::currentUser(db());
}

bool SignOffs::mayApprove(SignOffLevel level) const
{
    if (!sql::isPostgres(db()))
        return true; // one desk: its officer signs off their own documents
    QSqlQuery q(db());
    return sql::exec(q, QStringLiteral("SELECT pg_has_role(session_user, ?, 'MEMBER')"), {roleOf(level)}) && q.next() && q.value(0).toBool();
}

bool SignOffs::mayAdminister() const
{
    if (!sql::isPostgres(db()))
        return true;
    QSqlQuery q(db());
    return q.exec(QStringLiteral("SELECT pg_has_role(session_user, 'zhiwen_admin', 'MEMBER')")) && q.next() && q.value(0).toBool();
}

Expected<QStringList> SignOffs::approvers(SignOffLevel level) const
{
    if (!sql::isPostgres(db()))
        return QStringList{currentUser()};
    QSqlQuery q(db());
    if (!sql::exec(q, QStringLiteral("SELECT rolname FROM pg_roles WHERE rolcanlogin AND NOT rolsuper AND pg_has_role(rolname, ?, 'MEMBER') ORDER BY rolname"),
                   {roleOf(level)}))
        return Diagnostic::error(db().databaseName(), Tr::tr("查询可签发的人员失败：%1").arg(sql::errorText(q.lastError())));
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

Expected<qint64> SignOffs::submit(const Request &r)
{
    QSqlQuery q(db());
    if (r.level == SignOffLevel::None)
        return Diagnostic::error(r.templateId, Tr::tr("此文书无需签发，可直接出具"));
    if (!sql::exec(q, QStringLiteral("INSERT INTO approvals (case_id, case_number, template_id, template_version, case_json, document_sha256, level, "
                                     "submitted_by, submitted_to, submitted_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                   {r.caseId ? QVariant(r.caseId) : QVariant(), r.caseNumber, r.templateId, r.templateVersion, QString::fromUtf8(r.caseJson),
                    r.documentSha256, signOffLevelKey(r.level), currentUser(), r.submittedTo.isEmpty() ? QVariant() : QVariant(r.submittedTo), sql::now()}))
        return Diagnostic::error(db().databaseName(), Tr::tr("报批失败：%1").arg(sql::errorText(q.lastError())));
    return q.lastInsertId().toLongLong();
}

Expected<bool> SignOffs::decide(qint64 id, bool approve, const QString &reason)
{
    const auto found = find(id);
    if (!found)
        return found.errors();
    if (found->state != Approval::State::Submitted)
        return Diagnostic::error(QString(), Tr::tr("报批第 %1 号已%2，不能再%3").arg(id).arg(found->stateText().mid(1), approve ? Tr::tr("批准") : Tr::tr("退回")));
    if (!approve && reason.trimmed().isEmpty())
        return Diagnostic::error(QStringLiteral("reason"), Tr::tr("退回须写明理由"));
    if (!mayApprove(found->level))
        return Diagnostic::error(QString(), Tr::tr("%1 无权%2报批第 %3 号：须由%4签发")
                                                .arg(currentUser(), approve ? Tr::tr("批准") : Tr::tr("退回"))
                                                .arg(id)
                                                .arg(found->level == SignOffLevel::President ? Tr::tr("院长") : Tr::tr("审判员、审判长或院长")));
    QSqlQuery q(db());
    if (!sql::exec(q, QStringLiteral("INSERT INTO approval_steps (approval_id, step, actor, reason, at) VALUES (?, ?, ?, ?, ?)"),
                   {id, approve ? QStringLiteral("approved") : QStringLiteral("returned"), currentUser(),
                    approve ? QVariant() : QVariant(reason.trimmed()), sql::now()})) {
        const QString why = sql::errorText(q.lastError());
        // Two decided at once: the other was first.
        if (why.contains(QLatin1String("approval_steps_approval_id_key")) || why.contains(QLatin1String("approval_steps.approval_id")))
            return Diagnostic::error(QString(), Tr::tr("报批第 %1 号刚由他人处理，请刷新后查看").arg(id));
        return Diagnostic::error(db().databaseName(), Tr::tr("签发失败：%1").arg(why));
    }
    return true;
}

Expected<QList<Approval>> SignOffs::select(const QString &where, const QVariantList &values) const
{
    QSqlQuery q(db());
    if (!sql::exec(q, QStringLiteral("SELECT a.id, a.case_id, a.case_number, a.template_id, a.template_version, a.case_json, a.level, a.submitted_by, "
                                     "a.submitted_to, a.submitted_at, s.step, s.actor, s.reason, s.at, "
                                     "(SELECT MIN(d.id) FROM documents d WHERE d.approval_id = a.id), a.document_sha256, a.copied "
                                     "FROM approvals a LEFT JOIN approval_steps s ON s.approval_id = a.id")
                          + (where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where) + QStringLiteral(" ORDER BY a.id"),
                   values))
        return Diagnostic::error(db().databaseName(), Tr::tr("查询报批记录失败：%1").arg(sql::errorText(q.lastError())));
    QList<Approval> out;
    while (q.next()) {
        Approval a;
        a.id = q.value(0).toLongLong();
        a.caseId = q.value(1).toLongLong();
        a.caseNumber = q.value(2).toString();
        a.templateId = q.value(3).toString();
        a.templateVersion = q.value(4).toInt();
        a.caseJson = q.value(5).toString().toUtf8();
        a.level = signOffLevelFromKey(q.value(6).toString());
        a.submittedBy = q.value(7).toString();
        a.submittedTo = q.value(8).toString();
        a.submittedAt = QDateTime::fromString(q.value(9).toString(), Qt::ISODateWithMs);
        const QString step = q.value(10).toString();
        a.decidedBy = q.value(11).toString();
        a.reason = q.value(12).toString();
        a.decidedAt = QDateTime::fromString(q.value(13).toString(), Qt::ISODateWithMs);
        a.documentId = q.value(14).toLongLong();
        a.documentSha256 = q.value(15).toString();
        a.copied = q.value(16).toInt() != 0;
        a.state = step == QLatin1String("returned") ? Approval::State::Returned
                  : a.documentId                    ? Approval::State::Issued
                  : step == QLatin1String("approved") ? Approval::State::Approved
                                                      : Approval::State::Submitted;
        out << a;
    }
    return out;
}

Expected<Approval> SignOffs::find(qint64 id) const
{
    auto found = select(QStringLiteral("a.id = ?"), {id});
    if (!found)
        return found.errors();
    if (found->isEmpty())
        return Diagnostic::error(QString(), Tr::tr("没有报批第 %1 号").arg(id));
    return found->first();
}

Expected<std::optional<Approval>> SignOffs::approvedFor(const QString &templateId, const QByteArray &caseJson, const QString &documentSha256) const
{
    auto found = select(QStringLiteral("a.template_id = ? AND a.case_json = ? AND a.document_sha256 = ? AND a.copied = 0 AND s.step = 'approved'"),
                        {templateId, QString::fromUtf8(caseJson), documentSha256});
    if (!found)
        return found.errors();
    if (found->isEmpty())
        return std::optional<Approval>();
    return std::optional<Approval>(found->last());
}

Expected<QList<Approval>> SignOffs::list(Filter filter, const QString &caseNumber) const
{
    switch (filter) {
    case Filter::All:
        return select({}, {});
    case Filter::OfCase:
        return select(QStringLiteral("a.case_number = ?"), {caseNumber});
    case Filter::Pending:
        return select(QStringLiteral("s.id IS NULL"), {});
    case Filter::PendingFor:
        break;
    }
    auto pending = select(QStringLiteral("s.id IS NULL"), {});
    if (!pending)
        return pending;
    const QString me = currentUser();
    const bool judge = mayApprove(SignOffLevel::Judge), president = mayApprove(SignOffLevel::President);
    QList<Approval> mine;
    for (const Approval &a : *pending)
        if ((a.submittedTo.isEmpty() || a.submittedTo == me) && (a.level == SignOffLevel::President ? president : judge))
            mine << a;
    return mine;
}

Expected<QList<Approval>> SignOffs::withIds(const QList<qint64> &ids) const
{
    QList<Approval> out;
    for (qint64 id : ids) {
        if (!id)
            continue;
        auto found = find(id);
        if (!found)
            return found.errors();
        out << *found;
    }
    return out;
}

Expected<QMap<QString, SignOffs::Rule>> SignOffs::rules() const
{
    QSqlQuery q(db());
    if (!q.exec(QStringLiteral("SELECT template_id, level, president_unless FROM signoff_rules")))
        return Diagnostic::error(db().databaseName(), Tr::tr("读取签发规则失败：%1").arg(sql::errorText(q.lastError())));
    QMap<QString, Rule> out;
    while (q.next())
        out.insert(q.value(0).toString(), {signOffLevelFromKey(q.value(1).toString()), q.value(2).toString()});
    return out;
}

Expected<bool> SignOffs::setRules(const QMap<QString, Rule> &rules)
{
    QSqlDatabase db = this->db();
    sql::Transaction tx(db);
    if (!tx.isOpen())
        return Diagnostic::error(db.databaseName(), tx.error());
    QSqlQuery q(db);
    auto fail = [&] { return Diagnostic::error(db.databaseName(), Tr::tr("更新签发规则失败：%1").arg(sql::errorText(q.lastError()))); };
    // Desks opening the store at once: one writes the rules at a time.
    if (sql::isPostgres(db) && !q.exec(QStringLiteral("SELECT pg_advisory_xact_lock(4242003)")))
        return fail();
    for (auto it = rules.begin(); it != rules.end(); ++it) {
        const QString level = it->level == SignOffLevel::None ? QStringLiteral("none") : signOffLevelKey(it->level);
        const QVariant unless = it->presidentUnless.isEmpty() ? QVariant() : QVariant(it->presidentUnless);
        if (!sql::exec(q, QStringLiteral("INSERT INTO signoff_rules (template_id, level, president_unless) VALUES (?, ?, ?) "
                                         "ON CONFLICT (template_id) DO UPDATE SET level = excluded.level, president_unless = excluded.president_unless"),
                       {it.key(), level, unless}))
            return fail();
    }
    q.finish();
    if (!tx.commit())
        return Diagnostic::error(db.databaseName(), tx.error());
    return true;
}

} // namespace zw
