#include "CliSupport.h"

#include <QDate>

#include "Service.h"

#include <QFileInfo>

namespace zw::cli {

bool parse(QCommandLineParser &p, const Command &cmd, const QStringList &args, QTextStream &err, int minPositional, int maxPositional)
{
    p.addHelpOption();
    QStringList argv = args;
    argv.prepend(QStringLiteral("zhiwen-cli ") + cmd.name());
    if (!p.parse(argv)) {
        err << p.errorText() << Qt::endl;
        return false;
    }
    if (p.isSet(QStringLiteral("help")))
        return false;
    const int n = int(p.positionalArguments().size());
    if (n < minPositional || (maxPositional >= 0 && n > maxPositional)) {
        err << Tr::tr("用法：zhiwen-cli %1 %2").arg(cmd.name(), cmd.synopsis()) << Qt::endl;
        return false;
    }
    return true;
}

int helpOrUsage(const QCommandLineParser &p, const Command &cmd, QTextStream &out)
{
    if (p.isSet(QStringLiteral("help"))) {
        out << Tr::tr("用法：zhiwen-cli %1 %2").arg(cmd.name(), cmd.synopsis()) << Qt::endl << cmd.description() << Qt::endl;
        return Ok;
    }
    return Usage;
}

void printDiagnostics(const Diagnostics &list, QTextStream &stream)
{
    for (const Diagnostic &d : list)
        stream << (d.isError() ? Tr::tr("错误") : Tr::tr("警告")) << QStringLiteral("  ") << d.toString() << Qt::endl;
}

void addStoreOption(QCommandLineParser &p)
{
    p.addOption({QStringLiteral("store"), Tr::tr("数据库文件（默认：%1）").arg(Service::defaultStoreLocation()), QStringLiteral("DB")});
}

bool openStore(Service &service, const QCommandLineParser &p, QTextStream &err)
{
    const auto opened = service.openStore(p.isSet(QStringLiteral("store")) ? p.value(QStringLiteral("store")) : Service::defaultStoreLocation());
    if (!opened)
        printDiagnostics(opened.errors(), err);
    return bool(opened);
}

std::optional<CaseFile> loadCase(Service &service, const QString &path, QTextStream &err, int *code)
{
    if (!QFileInfo::exists(path)) {
        err << Tr::tr("错误  %1: 文件不存在").arg(path) << Qt::endl;
        *code = IoError;
        return std::nullopt;
    }
    auto file = service.loadCaseFile(path);
    if (!file) {
        printDiagnostics(file.errors(), err);
        *code = Failed;
        return std::nullopt;
    }
    return file.value();
}

bool dateOption(const QCommandLineParser &p, const QString &name, QDate *date, QTextStream &err)
{
    if (!p.isSet(name))
        return true;
    const QDate d = QDate::fromString(p.value(name), Qt::ISODate);
    if (!d.isValid()) {
        err << Tr::tr("--%1：日期“%2”无效，应为 YYYY-MM-DD").arg(name, p.value(name)) << Qt::endl;
        return false;
    }
    *date = d;
    return true;
}

} // namespace zw::cli
