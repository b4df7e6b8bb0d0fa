#include "CliSupport.h"
#include "Service.h"

namespace zw::cli {

namespace {

class ExportCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("export"); }
    QString synopsis() const override { return QStringLiteral("[ID|案号...] -o DIR [--archived] [--store DB]"); }
    QString description() const override
    {
        return Tr::tr("把案件库中的案件导出为案件文件（DIR/案号.json，不覆盖已有文件）；不指定案件时导出全部未归档案件，加 --archived 时也导出已归档的。");
    }
    int execute(Service &service, const QStringList &args, QTextStream &out, QTextStream &err) override
    {
        QCommandLineParser p;
        p.addOption({{QStringLiteral("o"), QStringLiteral("output")}, Tr::tr("输出目录"), QStringLiteral("DIR")});
        p.addOption({QStringLiteral("archived"), Tr::tr("也导出已归档的案件")});
        addStoreOption(p);
        if (!parse(p, *this, args, err, 0, -1))
            return helpOrUsage(p, *this, out);
        if (!p.isSet(QStringLiteral("output"))) {
            err << Tr::tr("用法：zhiwen-cli %1 %2").arg(name(), synopsis()) << Qt::endl;
            return Usage;
        }
        if (!openStore(service, p, err))
            return IoError;
        QList<qint64> ids;
        for (const QString &wanted : p.positionalArguments()) {
            bool isId = false;
            const qint64 id = wanted.toLongLong(&isId);
            const auto matched = isId ? Expected<QList<qint64>>(QList<qint64>{id}) : service.casesNumbered(wanted);
            if (!matched) {
                printDiagnostics(matched.errors(), err);
                return IoError;
            }
            if (matched->isEmpty() || (isId && !service.caseSummary(id))) {
                err << Tr::tr("错误  案件库中没有“%1”").arg(wanted) << Qt::endl;
                return Failed;
            }
            ids << *matched;
        }
        if (p.positionalArguments().isEmpty()) {
            CaseQuery all;
            all.archived = p.isSet(QStringLiteral("archived")) ? CaseQuery::Both : CaseQuery::Active;
            all.limit = CaseQuery::NoLimit;
            const auto found = service.findCases(all);
            if (!found) {
                printDiagnostics(found.errors(), err);
                return IoError;
            }
            for (const StoredCase &c : *found)
                ids << c.id;
        }
        const auto report = service.exportCases(ids, p.value(QStringLiteral("output")));
        if (!report) {
            printDiagnostics(report.errors(), err);
            return IoError;
        }
        out << report->text() << Qt::endl;
        return report->allDone() ? Ok : IoError;
    }
};

} // namespace

std::unique_ptr<Command> makeExportCommand()
{
    return std::make_unique<ExportCommand>();
}

} // namespace zw::cli
