#pragma once

#include "Database.h"
#include "Records.h"

#include <QMap>

namespace zw {

// Signing off before issue (签发): a ruling or decision is submitted (报批)
// with the very case it is made from, approved or returned (with reason) by
// one entitled to, and only then can it enter the register (the database
// refuses it otherwise: see migration 6). Every step is a row, never
// changed. Which templates need it is `signoff_rules`, kept from the
// templates' `signoff:` headers by whoever administers the store.
class SignOffs
{
public:
    explicit SignOffs(const Database &db) : m_connection(db.connectionName()) {}
    explicit SignOffs(QString connection) : m_connection(std::move(connection)) {}

    struct Request {
        qint64 caseId = 0;
        QString caseNumber, templateId;
        int templateVersion = 0;
        QByteArray caseJson;
        QString documentSha256;
        SignOffLevel level = SignOffLevel::Judge;
        QString submittedTo; // a login, or empty for anyone entitled
    };
    Expected<qint64> submit(const Request &request);
    // Approves, or returns with a reason; once decided, never again.
    Expected<bool> decide(qint64 id, bool approve, const QString &reason = {});
    Expected<Approval> find(qint64 id) const;
    // The latest approval of this template for exactly this case content
    // and document, if any (never one copied from a desk).
    Expected<std::optional<Approval>> approvedFor(const QString &templateId, const QByteArray &caseJson, const QString &documentSha256) const;
    enum class Filter { All, Pending, PendingFor /* the current user may decide */, OfCase };
    Expected<QList<Approval>> list(Filter filter, const QString &caseNumber = {}) const;
    Expected<QList<Approval>> withIds(const QList<qint64> &ids) const;

    // Every template the store knows and who signs it off, as the store
    // enforces it: a register entry of a template not among them is refused.
    struct Rule {
        SignOffLevel level = SignOffLevel::None;
        QString presidentUnless; // the president signs off unless this boolean field is true
        bool operator==(const Rule &o) const { return level == o.level && presidentUnless == o.presidentUnless; }
        bool operator!=(const Rule &o) const { return !(*this == o); }
    };
    Expected<QMap<QString, Rule>> rules() const;
    // Adds or changes these (the store's administrator only; on a server
    // others are refused). A template the catalog no longer has keeps its
    // rule: nothing is deleted.
    Expected<bool> setRules(const QMap<QString, Rule> &rules);

    // The acting login and what it may do.
    QString currentUser() const;
    // Whether the current user may approve at this level (SQLite: the desk's officer may).
    bool mayApprove(SignOffLevel level) const;
    bool mayAdminister() const;
    // The logins that may approve at this level (a server's; SQLite: the desk's user).
    Expected<QStringList> approvers(SignOffLevel level) const;

private:
    Expected<QList<Approval>> select(const QString &where, const QVariantList &values) const;
    QSqlDatabase db() const { return QSqlDatabase::database(m_connection, false); }
    QString m_connection;
};

} // namespace zw
