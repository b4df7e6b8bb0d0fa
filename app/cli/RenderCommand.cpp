#include "CliSupport.h"
#include "Service.h"

namespace zw::cli {

namespace {

class RenderCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("render"); }
    QString synopsis() const override { return QStringLiteral("TEMPLATE CASE.json -o OUT.pdf [--record [--officer NAME] [--approval ID] [--reissue-of REGISTER_ID] [--store DB]]"); }
    QString description() const override { return Tr::tr("用模板填充案件并写出 PDF。失败时说明出错的字段、模板行或字符，且不留下输出文件。"); }
    int execute(Service &service, const QStringList &args, QTextStream &out, QTextStream &err) override
    {
        QCommandLineParser p;
        p.addOption({{QStringLiteral("o"), QStringLiteral("output")}, Tr::tr("输出的 PDF 文件"), QStringLiteral("OUT.pdf")});
        p.addOption({QStringLiteral("record"), Tr::tr("在数据库的发文登记中记录此文书")});
        p.addOption({QStringLiteral("officer"), Tr::tr("登记的经办人"), QStringLiteral("NAME")});
        p.addOption({QStringLiteral("approval"), Tr::tr("据以出具的报批编号（须签发的文书；不写则用批准了此内容的最近一次报批）"), QStringLiteral("ID")});
        p.addOption({QStringLiteral("reissue-of"), Tr::tr("重新出具：取代（并作废）的登记号"), QStringLiteral("REGISTER_ID")});
        addStoreOption(p);
        if (!parse(p, *this, args, err, 2, 2))
            return helpOrUsage(p, *this, out);
        if (!p.isSet(QStringLiteral("o"))) {
            err << Tr::tr("缺少 -o OUT.pdf") << Qt::endl;
            return Usage;
        }
        int code = Ok;
        const QString templateId = p.positionalArguments()[0];
        if (const auto known = service.findTemplate(templateId); !known) {
            printDiagnostics(known.errors(), err);
            return Failed;
        }
        const QString outFile = p.value(QStringLiteral("o"));
        const auto file = loadCase(service, p.positionalArguments()[1], err, &code);
        if (!file)
            return code;
        IssueOptions options;
        options.record = p.isSet(QStringLiteral("record"));
        options.officer = p.value(QStringLiteral("officer"));
        for (const auto &[option, target] : {std::pair{QStringLiteral("approval"), &options.approvalId}, std::pair{QStringLiteral("reissue-of"), &options.supersedes}}) {
            if (!p.isSet(option))
                continue;
            bool ok = false;
            *target = p.value(option).toLongLong(&ok);
            if (!ok || *target <= 0) {
                err << Tr::tr("错误  --%1 应为正整数").arg(option) << Qt::endl;
                return Usage;
            }
            if (!p.isSet(QStringLiteral("record"))) {
                err << Tr::tr("错误  --%1 只用于登记（--record）").arg(option) << Qt::endl;
                return Usage;
            }
        }
        if (options.record) {
            if (!openStore(service, p, err))
                return IoError;
            // The register keys the document by the store's case for this file, if any.
            const auto stored = service.caseFromSource(p.positionalArguments()[1]);
            if (!stored) {
                printDiagnostics(stored.errors(), err);
                return IoError;
            }
            options.caseId = *stored;
        }
        const auto issued = service.issue(templateId, *file, outFile, options);
        if (!issued) {
            printDiagnostics(issued.errors(), err);
            return Failed;
        }
        if (!issued->registerErrors.isEmpty()) {
            printDiagnostics(issued->registerErrors, err);
            return IoError;
        }
        return Ok;
    }
};

} // namespace

std::unique_ptr<Command> makeRenderCommand()
{
    return std::make_unique<RenderCommand>();
}

} // namespace zw::cli
