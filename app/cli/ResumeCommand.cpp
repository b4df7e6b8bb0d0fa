#include "CliSupport.h"
#include "Service.h"

#include <QFileInfo>

namespace zw::cli {

namespace {

class ResumeCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("resume"); }
    QString synopsis() const override { return QStringLiteral("CASE.json --number （年度）…执恢…号 -o NEW.json [--on DATE] [--reason TEXT] [--court-motion]"); }
    QString description() const override
    {
        return Tr::tr("终本案件恢复执行：由原案生成执恢案件（当事人、执行依据与承办人员沿用，resumption 记载原案号），并在原案记载 zhongben.resumed_as。"
                      "新案号须为“执恢”类型；NEW.json 已存在时不覆盖。");
    }
    int execute(Service &service, const QStringList &args, QTextStream &out, QTextStream &err) override
    {
        QCommandLineParser p;
        p.addOption({QStringLiteral("number"), Tr::tr("恢复执行的新案号（类型代字“执恢”）"), QStringLiteral("NUMBER")});
        p.addOption({{QStringLiteral("o"), QStringLiteral("output")}, Tr::tr("新案件文件"), QStringLiteral("NEW.json")});
        p.addOption({QStringLiteral("on"), Tr::tr("恢复执行（立案）日期，默认今天"), QStringLiteral("DATE")});
        p.addOption({QStringLiteral("reason"), Tr::tr("恢复执行的理由"), QStringLiteral("TEXT")});
        p.addOption({QStringLiteral("court-motion"), Tr::tr("依职权恢复执行（默认：依申请执行人的申请）")});
        if (!parse(p, *this, args, err, 1, 1))
            return helpOrUsage(p, *this, out);
        if (!p.isSet(QStringLiteral("number")) || !p.isSet(QStringLiteral("output"))) {
            err << Tr::tr("需要 --number 和 -o") << Qt::endl;
            return Usage;
        }
        Service::ResumeRequest request;
        request.newNumber = p.value(QStringLiteral("number"));
        request.reason = p.value(QStringLiteral("reason"));
        request.onCourtMotion = p.isSet(QStringLiteral("court-motion"));
        if (!dateOption(p, QStringLiteral("on"), &request.resumedOn, err))
            return Usage;
        const QString path = p.positionalArguments().first();
        const QString outFile = p.value(QStringLiteral("output"));
        if (QFileInfo::exists(outFile)) {
            err << Tr::tr("%1 已存在：不覆盖已有文件").arg(outFile) << Qt::endl;
            return Failed;
        }
        int code = Ok;
        const auto file = loadCase(service, path, err, &code);
        if (!file)
            return code;
        const auto r = service.resumeCase(*file, request);
        if (!r) {
            printDiagnostics(r.errors(), err);
            return Failed;
        }
        // The new case first: the original names it only once it exists.
        if (const auto saved = r->resumed.save(outFile); !saved) {
            printDiagnostics(saved.errors(), err);
            return IoError;
        }
        if (const auto saved = r->original.save(path); !saved) {
            printDiagnostics(saved.errors(), err);
            return IoError;
        }
        out << r->resumed.text(QStringLiteral("case.number")) << '\t' << outFile << Qt::endl;
        return Ok;
    }
};

} // namespace

std::unique_ptr<Command> makeResumeCommand()
{
    return std::make_unique<ResumeCommand>();
}

} // namespace zw::cli
