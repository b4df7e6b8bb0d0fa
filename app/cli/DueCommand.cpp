#include "CliSupport.h"
#include "Service.h"

#include <QFileInfo>

namespace zw::cli {

namespace {

class DueCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("due"); }
    QString synopsis() const override { return QStringLiteral("[CASE.json …] [--on DATE] [--days N] [--store DB]"); }
    QString description() const override
    {
        return Tr::tr("列出到期事项：终本后每六个月一次的网络查控复查（五年）及告知申请执行人、被执行人报告财产期限、立案满三个月可审查终本、执前督促期满。"
                      "每行一项：案号、事项、日期；列出 DATE（默认今天）之后 N 天（默认 30）内到期的和已逾期未办的。不给 CASE.json 时查案件库。");
    }
    int execute(Service &service, const QStringList &args, QTextStream &out, QTextStream &err) override
    {
        QCommandLineParser p;
        p.addOption({QStringLiteral("on"), Tr::tr("以此日期为准（YYYY-MM-DD，默认今天）"), QStringLiteral("DATE")});
        p.addOption({QStringLiteral("days"), Tr::tr("向后看的天数（默认 30）"), QStringLiteral("N")});
        addStoreOption(p);
        if (!parse(p, *this, args, err, 0, 1000))
            return helpOrUsage(p, *this, out);
        QDate on = QDate::currentDate();
        if (!dateOption(p, QStringLiteral("on"), &on, err))
            return Usage;
        int days = 30;
        if (p.isSet(QStringLiteral("days"))) {
            bool ok = false;
            days = p.value(QStringLiteral("days")).toInt(&ok);
            if (!ok || days < 0 || days > 3660) {
                err << Tr::tr("--days：应为 0 到 3660 之间的整数，“%1”不是").arg(p.value(QStringLiteral("days"))) << Qt::endl;
                return Usage;
            }
        }
        QList<Service::CaseDue> due;
        if (!p.positionalArguments().isEmpty()) {
            for (const QString &path : p.positionalArguments()) {
                int code = Ok;
                const auto file = loadCase(service, path, err, &code);
                if (!file)
                    return code;
                for (const DueItem &item : Service::dueInCase(*file, on, days))
                    due << Service::CaseDue{0, file->text(QStringLiteral("case.number")), item};
            }
            std::stable_sort(due.begin(), due.end(), [](const Service::CaseDue &a, const Service::CaseDue &b) { return a.item.date < b.item.date; });
        } else {
            if (!openStore(service, p, err))
                return IoError;
            const auto found = service.dueInStore(on, days);
            if (!found) {
                printDiagnostics(found.errors(), err);
                return IoError;
            }
            due = *found;
        }
        for (const auto &c : std::as_const(due))
            out << (c.caseNumber.isEmpty() ? Tr::tr("（无案号）") : c.caseNumber) << '\t' << c.item.what << '\t' << c.item.date.toString(Qt::ISODate)
                << (c.item.obligation && c.item.date < on ? QStringLiteral("\t") + Tr::tr("已逾期") : QString()) << Qt::endl;
        err << Tr::tr("共 %1 项").arg(due.size()) << Qt::endl;
        return Ok;
    }
};

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

std::unique_ptr<Command> makeDueCommand()
{
    return std::make_unique<DueCommand>();
}

std::unique_ptr<Command> makeResumeCommand()
{
    return std::make_unique<ResumeCommand>();
}

} // namespace zw::cli
