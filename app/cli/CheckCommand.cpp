#include "CliSupport.h"
#include "Service.h"

namespace zw::cli {

namespace {

class CheckCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("check"); }
    QString synopsis() const override { return QStringLiteral("CASE.json [--template ID]"); }
    QString description() const override { return Tr::tr("校验案件文件：每行一个问题，“路径: 说明（字段）”，标明错误或警告；--template 时也检查该文书自己的判定。无错误（可有警告）退出码 0，有错误退出码 1。"); }
    int execute(Service &service, const QStringList &args, QTextStream &out, QTextStream &err) override
    {
        QCommandLineParser p;
        p.addOption({QStringLiteral("template"), Tr::tr("按此文书检查（含该文书自己的判定）"), QStringLiteral("ID")});
        if (!parse(p, *this, args, err, 1, 1))
            return helpOrUsage(p, *this, out);
        int code = Ok;
        const auto file = loadCase(service, p.positionalArguments().first(), out, &code);
        if (!file)
            return code;
        // A decision the rules refuse (a termination …) is an error of the case as well.
        const Diagnostics list = service.checkCase(*file, p.value(QStringLiteral("template")));
        printDiagnostics(list, out);
        return hasErrors(list) ? Failed : Ok;
    }
};

} // namespace

std::unique_ptr<Command> makeCheckCommand()
{
    return std::make_unique<CheckCommand>();
}

} // namespace zw::cli
