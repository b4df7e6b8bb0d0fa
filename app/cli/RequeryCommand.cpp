#include "CliSupport.h"
#include "Service.h"

namespace zw::cli {

namespace {

class RequeryCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("requery"); }
    QString synopsis() const override { return QStringLiteral("CASE.json --on DATE [--result TEXT] [--told DATE]"); }
    QString description() const override
    {
        return Tr::tr("在终本案件中记载一次网络查控复查（日期、结果、告知申请执行人的日期），写回 CASE.json；下一次复查自此起算六个月（zhiwen-cli due）。");
    }
    int execute(Service &service, const QStringList &args, QTextStream &out, QTextStream &err) override
    {
        QCommandLineParser p;
        p.addOption({QStringLiteral("on"), Tr::tr("复查日期（YYYY-MM-DD）"), QStringLiteral("DATE")});
        p.addOption({QStringLiteral("result"), Tr::tr("复查结果"), QStringLiteral("TEXT")});
        p.addOption({QStringLiteral("told"), Tr::tr("告知申请执行人的日期（YYYY-MM-DD）"), QStringLiteral("DATE")});
        if (!parse(p, *this, args, err, 1, 1))
            return helpOrUsage(p, *this, out);
        QDate on, told;
        if (!p.isSet(QStringLiteral("on"))) {
            err << Tr::tr("需要 --on（复查日期）") << Qt::endl;
            return Usage;
        }
        if (!dateOption(p, QStringLiteral("on"), &on, err) || !dateOption(p, QStringLiteral("told"), &told, err))
            return Usage;
        const QString path = p.positionalArguments().first();
        int code = Ok;
        const auto file = loadCase(service, path, err, &code);
        if (!file)
            return code;
        const auto recorded = service.recordRequery(*file, on, p.value(QStringLiteral("result")), told);
        if (!recorded) {
            printDiagnostics(recorded.errors(), err);
            return Failed;
        }
        if (const auto saved = recorded->save(path); !saved) {
            printDiagnostics(saved.errors(), err);
            return IoError;
        }
        const QList<DueItem> next = Service::dueInCase(*recorded, on, 3660);
        for (const DueItem &i : next)
            if (i.kind == DueItem::Kind::Requery)
                out << Tr::tr("下一次复查：%1").arg(i.date.toString(Qt::ISODate)) << Qt::endl;
        return Ok;
    }
};

} // namespace

std::unique_ptr<Command> makeRequeryCommand()
{
    return std::make_unique<RequeryCommand>();
}

} // namespace zw::cli
