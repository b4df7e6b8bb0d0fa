#include "CaseTransfer.h"

#include "AtomicFile.h"
#include "CaseFile.h"
#include "CaseValidator.h"
#include "Store.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace zw {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(zw::CaseTransfer)
};
} // namespace

QString TransferItem::describe() const
{
    const QString name = QDir::toNativeSeparators(file);
    const QString number = caseNumber.isEmpty() ? Tr::tr("（无案号）") : caseNumber;
    QString line;
    switch (outcome) {
    case Outcome::Imported:
        line = Tr::tr("已导入  %1 → 案件库第 %2 号：%3").arg(name).arg(caseId).arg(number);
        break;
    case Outcome::Replaced:
        line = Tr::tr("已替换  %1 → 案件库第 %2 号：%3").arg(name).arg(caseId).arg(number);
        break;
    case Outcome::Skipped:
        line = Tr::tr("未导入  %1：案号 %2 已在案件库中（第 %3 号），如需覆盖请选择替换").arg(name, number).arg(caseId);
        break;
    case Outcome::Refused:
        line = Tr::tr("被拒绝  %1").arg(name);
        break;
    case Outcome::Exported:
        line = Tr::tr("已导出  案件库第 %1 号（%2）→ %3").arg(caseId).arg(number, name);
        break;
    case Outcome::Failed:
        line = Tr::tr("失败    案件库第 %1 号 → %2").arg(caseId).arg(name);
        break;
    }
    for (const Diagnostic &d : notes)
        line += QStringLiteral("\n        ") + (d.isError() ? Tr::tr("错误") : Tr::tr("警告")) + QStringLiteral("  ") + d.toString();
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
        lines << Tr::tr("共 %1 件：导出 %2 件，失败 %3 件").arg(items.size()).arg(count(O::Exported)).arg(count(O::Failed));
    else
        lines << Tr::tr("共 %1 个文件：导入 %2 件，替换 %3 件，未导入 %4 件，拒绝 %5 件；其中 %6 件有待补正的错误")
                     .arg(items.size()).arg(count(O::Imported)).arg(count(O::Replaced)).arg(count(O::Skipped)).arg(count(O::Refused))
                     .arg(withFindings);
    for (const TransferItem &i : items)
        lines << i.describe();
    return lines.join(QLatin1Char('\n'));
}

TransferReport importCaseFiles(Store &store, const QStringList &files, ExistingCase existing)
{
    TransferReport report;
    for (const QString &path : files) {
        TransferItem item;
        item.file = path;
        const auto loaded = CaseFile::load(path);
        if (!loaded) {
            item.outcome = TransferItem::Outcome::Refused;
            item.notes = loaded.errors();
            report.items << item;
            continue;
        }
        item.caseNumber = loaded->text(QStringLiteral("case.number"));
        // A case still being drafted may have gaps: it is imported, and the
        // report lists what remains to be corrected.
        item.notes = validateCase(*loaded);
        const QList<qint64> same = item.caseNumber.isEmpty() ? QList<qint64>() : store.casesNumbered(item.caseNumber);
        qint64 target = 0;
        if (!same.isEmpty()) {
            if (existing == ExistingCase::Skip) {
                item.outcome = TransferItem::Outcome::Skipped;
                item.caseId = same.first();
                item.notes.clear();
                report.items << item;
                continue;
            }
            target = same.first();
        }
        const auto id = store.saveCase(*loaded, target, path);
        if (!id) {
            item.outcome = TransferItem::Outcome::Failed;
            item.notes = id.errors();
        } else {
            item.outcome = target ? TransferItem::Outcome::Replaced : TransferItem::Outcome::Imported;
            item.caseId = *id;
        }
        report.items << item;
    }
    return report;
}

QString caseFileName(const QString &caseNumber, qint64 id)
{
    QString name = caseNumber.trimmed();
    for (QChar &c : name) {
        if (c.unicode() < 0x20 || QStringLiteral("/\\:*?\"<>|").contains(c))
            c = QLatin1Char('_');
    }
    while (name.startsWith(QLatin1Char('.')))
        name.remove(0, 1);
    if (name.isEmpty())
        name = Tr::tr("案件%1").arg(id);
    return name;
}

TransferReport exportCases(const Store &store, const QList<qint64> &ids, const QString &dir)
{
    TransferReport report;
    QDir out(dir);
    for (const qint64 id : ids) {
        TransferItem item;
        item.caseId = id;
        const auto file = store.loadCase(id);
        if (!file) {
            item.outcome = TransferItem::Outcome::Failed;
            item.notes = file.errors();
            report.items << item;
            continue;
        }
        item.caseNumber = file->text(QStringLiteral("case.number"));
        // Never over an existing file: 案号.json, 案号-2.json, …
        const QString base = caseFileName(item.caseNumber, id);
        QString path = out.filePath(base + QStringLiteral(".json"));
        for (int n = 2; QFileInfo::exists(path); ++n)
            path = out.filePath(QStringLiteral("%1-%2.json").arg(base).arg(n));
        item.file = path;
        const auto written = file->save(path);
        item.outcome = written ? TransferItem::Outcome::Exported : TransferItem::Outcome::Failed;
        if (!written)
            item.notes = written.errors();
        report.items << item;
    }
    return report;
}

} // namespace zw
