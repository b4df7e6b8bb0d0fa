#include "Records.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>

namespace zw {

namespace {
// The contexts these texts were translated in when they lived with the store.
struct StoreTr {
    Q_DECLARE_TR_FUNCTIONS(zw::Store)
};
struct TransferTr {
    Q_DECLARE_TR_FUNCTIONS(zw::CaseTransfer)
};
} // namespace

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

namespace {
QString shownTime(const QDateTime &t)
{
    return t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}
} // namespace

QString signOffLevelName(SignOffLevel level)
{
    switch (level) {
    case SignOffLevel::None:
        return StoreTr::tr("无需签发");
    case SignOffLevel::Judge:
        return StoreTr::tr("审判员");
    case SignOffLevel::President:
        return StoreTr::tr("院长");
    }
    return {};
}

QString signOffLevelKey(SignOffLevel level)
{
    switch (level) {
    case SignOffLevel::Judge:
        return QStringLiteral("judge");
    case SignOffLevel::President:
        return QStringLiteral("president");
    case SignOffLevel::None:
        break;
    }
    return {};
}

SignOffLevel signOffLevelFromKey(const QString &key)
{
    if (key == QLatin1String("judge"))
        return SignOffLevel::Judge;
    if (key == QLatin1String("president"))
        return SignOffLevel::President;
    return SignOffLevel::None;
}

QString Approval::stateText() const
{
    switch (state) {
    case State::Submitted:
        return StoreTr::tr("待批");
    case State::Approved:
        return StoreTr::tr("已批准");
    case State::Returned:
        return StoreTr::tr("已退回");
    case State::Issued:
        return StoreTr::tr("已签发");
    }
    return {};
}

QString Approval::text() const
{
    QString line = StoreTr::tr("报批第 %1 号（%2）：%3 %4，%5 于 %6 报%7%8")
                       .arg(id)
                       .arg(stateText(), caseNumber, templateId, submittedBy, shownTime(submittedAt),
                            submittedTo.isEmpty() ? signOffLevelName(level) : submittedTo,
                            level == SignOffLevel::President ? StoreTr::tr("（须院长签发）") : QString());
    if (state == State::Approved || state == State::Issued)
        line += StoreTr::tr("；%1 于 %2 批准").arg(decidedBy, shownTime(decidedAt));
    else if (state == State::Returned)
        line += StoreTr::tr("；%1 于 %2 退回：%3").arg(decidedBy, shownTime(decidedAt), reason);
    if (documentId)
        line += StoreTr::tr("；登记第 %1 号").arg(documentId);
    return line;
}

QString Verification::text() const
{
    if (entries.isEmpty())
        return StoreTr::tr("未登记：此文件（SHA-256 %1）不在发文登记中，或发出后已被改动").arg(sha256);
    QStringList lines;
    for (const IssuedDocument &d : entries) {
        QString who = d.officer.isEmpty() ? d.issuedBy : d.officer;
        if (!d.officer.isEmpty() && !d.issuedBy.isEmpty() && d.issuedBy != d.officer)
            who = StoreTr::tr("%1（登录用户 %2）").arg(d.officer, d.issuedBy);
        lines << StoreTr::tr("已登记：%2，模板 %3 第 %4 版，%5 发出，经办人 %6，登记第 %1 号，SHA-256 %7")
                     .arg(d.id)
                     .arg(d.caseNumber, d.templateId)
                     .arg(d.templateVersion)
                     .arg(shownTime(d.issuedAt), who.isEmpty() ? StoreTr::tr("（未记录）") : who, d.sha256);
        if (d.supersedes)
            lines << StoreTr::tr("  重新出具：取代登记第 %1 号").arg(d.supersedes);
        for (const Approval &a : approvals)
            if (a.id == d.approvalId)
                lines << StoreTr::tr("  签发：%1 于 %2 报批，%3 于 %4 批准")
                             .arg(a.submittedBy, shownTime(a.submittedAt), a.decidedBy, shownTime(a.decidedAt));
        for (const VoidRecord &v : voids) {
            if (v.documentId != d.id)
                continue;
            lines << StoreTr::tr("  已作废：%1，%2 于 %3 作废").arg(v.reason, v.voidedBy, shownTime(v.voidedAt));
            for (const IssuedDocument &r : reissues)
                if (r.supersedes == d.id)
                    lines << StoreTr::tr("  已由登记第 %1 号取代（%2 发出）").arg(r.id).arg(shownTime(r.issuedAt));
        }
    }
    if (voided())
        lines.prepend(StoreTr::tr("已作废：此文书已作废，不再有效"));
    return lines.join(QLatin1Char('\n'));
}

QString TransferItem::describe() const
{
    const QString name = QDir::toNativeSeparators(file);
    const QString number = caseNumber.isEmpty() ? TransferTr::tr("（无案号）") : caseNumber;
    QString line;
    switch (outcome) {
    case Outcome::Imported:
        line = TransferTr::tr("已导入  %1 → 案件库第 %2 号：%3").arg(name).arg(caseId).arg(number);
        break;
    case Outcome::Replaced:
        line = TransferTr::tr("已替换  %1 → 案件库第 %2 号：%3").arg(name).arg(caseId).arg(number);
        break;
    case Outcome::Skipped:
        line = TransferTr::tr("未导入  %1：案号 %2 已在案件库中（第 %3 号），如需覆盖请选择替换").arg(name, number).arg(caseId);
        break;
    case Outcome::Refused:
        line = TransferTr::tr("被拒绝  %1").arg(name);
        break;
    case Outcome::Exported:
        line = TransferTr::tr("已导出  案件库第 %1 号（%2）→ %3").arg(caseId).arg(number, name);
        break;
    case Outcome::Failed:
        line = TransferTr::tr("失败    案件库第 %1 号 → %2").arg(caseId).arg(name);
        break;
    }
    for (const Diagnostic &d : notes)
        line += QStringLiteral("\n        ") + (d.isError() ? TransferTr::tr("错误") : TransferTr::tr("警告")) + QStringLiteral("  ") + d.toString();
    return line;
}

int TransferReport::count(TransferItem::Outcome outcome) const
{
    int n = 0;
    for (const TransferItem &i : items)
        n += i.outcome == outcome;
    return n;
}

bool TransferReport::allDone() const
{
    using O = TransferItem::Outcome;
    return count(O::Skipped) + count(O::Refused) + count(O::Failed) == 0;
}

QString TransferReport::text() const
{
    using O = TransferItem::Outcome;
    QStringList lines;
    int withFindings = 0;
    for (const TransferItem &i : items)
        withFindings += (i.outcome == O::Imported || i.outcome == O::Replaced) && hasErrors(i.notes);
    if (count(O::Exported) + count(O::Failed) > 0 && count(O::Imported) + count(O::Replaced) + count(O::Skipped) + count(O::Refused) == 0)
        lines << TransferTr::tr("共 %1 件：导出 %2 件，失败 %3 件").arg(items.size()).arg(count(O::Exported)).arg(count(O::Failed));
    else
        lines << TransferTr::tr("共 %1 个文件：导入 %2 件，替换 %3 件，未导入 %4 件，拒绝 %5 件；其中 %6 件有待补正的错误")
                     .arg(items.size()).arg(count(O::Imported)).arg(count(O::Replaced)).arg(count(O::Skipped)).arg(count(O::Refused))
                     .arg(withFindings);
    for (const TransferItem &i : items)
        lines << i.describe();
    return lines.join(QLatin1Char('\n'));
}

QString StoreCopyReport::text() const
{
    QStringList lines;
    lines << StoreTr::tr("案件：复制 %1 件，已在法院案件库 %2 件").arg(cases).arg(casesAlready);
    lines << StoreTr::tr("证明书编号：复制 %1 个，已在 %2 个").arg(certificates).arg(certificatesAlready);
    lines << StoreTr::tr("发文登记：复制 %1 条，已在 %2 条；报批 %3 件，作废 %4 条").arg(documents).arg(documentsAlready).arg(approvals).arg(voids);
    for (const QString &n : notes)
        lines << QStringLiteral("  ") + n;
    return lines.join(QLatin1Char('\n'));
}

QString StoreStatus::text() const
{
    QStringList lines;
    lines << StoreTr::tr("案件库：%1（%2），第 %3 版").arg(location, server ? StoreTr::tr("法院案件库服务器 PostgreSQL") : StoreTr::tr("本机 SQLite 文件")).arg(schemaVersion);
    lines << StoreTr::tr("登录：%1").arg(user);
    lines << StoreTr::tr("角色：%1").arg(server ? (roles.isEmpty() ? StoreTr::tr("（无：只能查看）") : roles.join(QStringLiteral("、")))
                                                : StoreTr::tr("本机的承办人兼有全部角色（自行签发）"));
    return lines.join(QLatin1Char('\n'));
}

} // namespace zw
