#include "CliSupport.h"
#include "Service.h"

namespace zw::cli {

namespace {

class ImportCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("import"); }
    QString synopsis() const override { return QStringLiteral("CASE.json... [--replace] [--store DB]"); }
    QString description() const override
    {
        return Tr::tr("把案件文件导入案件库并逐个报告结果；案号已在库中的不导入，除非加 --replace。全部导入退出码 0，有未导入或被拒绝的退出码 1。");
    }
    int execute(Service &service, const QStringList &args, QTextStream &out, QTextStream &err) override
    {
        QCommandLineParser p;
        p.addOption({QStringLiteral("replace"), Tr::tr("用文件替换案件库中同案号的案件")});
        addStoreOption(p);
        if (!parse(p, *this, args, err, 1, -1))
            return helpOrUsage(p, *this, out);
        if (!openStore(service, p, err))
            return IoError;
        const auto report = service.importCaseFiles(p.positionalArguments(), p.isSet(QStringLiteral("replace")) ? ExistingCase::Replace : ExistingCase::Skip);
        if (!report) {
            printDiagnostics(report.errors(), err);
            return IoError;
        }
        out << report->text() << Qt::endl;
        return report->count(TransferItem::Outcome::Failed) ? IoError : report->allDone() ? Ok : Failed;
    }
};

} // namespace

std::unique_ptr<Command> makeImportCommand()
{
    return std::make_unique<ImportCommand>();
}

} // namespace zw::cli
