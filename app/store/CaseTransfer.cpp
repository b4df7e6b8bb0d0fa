#include "CaseTransfer.h"

#include "AtomicFile.h"
#include "FileNames.h"
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
        QList<qint64> same;
        if (!item.caseNumber.isEmpty()) {
            const auto numbered = store.cases().numbered(item.caseNumber);
            if (!numbered) {
                item.outcome = TransferItem::Outcome::Failed;
                item.notes = numbered.errors();
                report.items << item;
                continue;
            }
            same = numbered.value();
        }
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
        const auto id = store.cases().save(*loaded, target, path);
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

TransferReport exportCases(const Store &store, const QList<qint64> &ids, const QString &dir)
{
    TransferReport report;
    QDir out(dir);
    for (const qint64 id : ids) {
        TransferItem item;
        item.caseId = id;
        const auto file = store.cases().load(id);
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
