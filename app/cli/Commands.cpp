#include "CliSupport.h"
#include "Service.h"

namespace zw::cli {

const std::vector<std::unique_ptr<Command>> &commands()
{
    static const std::vector<std::unique_ptr<Command>> list = [] {
        std::vector<std::unique_ptr<Command>> v;
        v.push_back(makeTemplatesCommand());
        v.push_back(makeCheckCommand());
        v.push_back(makeWordingCommand());
        v.push_back(makeZhongbenCommand());
        v.push_back(makeDueCommand());
        v.push_back(makeRequeryCommand());
        v.push_back(makeResumeCommand());
        v.push_back(makeRenderCommand());
        v.push_back(makeBatchCommand());
        v.push_back(makeCertificateCommand());
        v.push_back(makeSignoffCommand());
        v.push_back(makeVerifyCommand());
        v.push_back(makeVoidCommand());
        v.push_back(makeCasesCommand());
        v.push_back(makeImportCommand());
        v.push_back(makeExportCommand());
        v.push_back(makeStoreCommand());
        return v;
    }();
    return list;
}

int run(const QStringList &args, QTextStream &out, QTextStream &err)
{
    auto usage = [&](QTextStream &s) {
        s << Tr::tr("执文 zhiwen-cli — 法院执行文书生成（命令行）") << Qt::endl << Qt::endl << Tr::tr("用法：") << Qt::endl;
        for (const auto &c : commands())
            s << QStringLiteral("  zhiwen-cli %1 %2").arg(c->name(), c->synopsis()) << Qt::endl << QStringLiteral("      ") << c->description() << Qt::endl;
        s << Qt::endl << Tr::tr("退出码：0 成功；1 校验或渲染失败；2 用法错误；3 读写或内部错误。") << Qt::endl;
    };
    if (args.isEmpty()) {
        usage(err);
        return Usage;
    }
    if (args.first() == QStringLiteral("--help") || args.first() == QStringLiteral("-h") || args.first() == QStringLiteral("help")) {
        usage(out);
        return Ok;
    }
    if (args.first() == QStringLiteral("--version")) {
        out << QStringLiteral("zhiwen-cli ") << QCoreApplication::applicationVersion() << Qt::endl;
        return Ok;
    }
    for (const auto &c : commands()) {
        if (c->name() != args.first())
            continue;
        // Every data file is loaded and checked before any command runs.
        auto service = Service::create();
        if (!service) {
            printDiagnostics(service.errors(), err);
            return IoError;
        }
        return c->execute(*service.value(), args.mid(1), out, err);
    }
    err << Tr::tr("未知命令“%1”").arg(args.first()) << Qt::endl;
    usage(err);
    return Usage;
}

} // namespace zw::cli
