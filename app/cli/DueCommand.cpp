#include "CliSupport.h"
#include "Service.h"

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

} // namespace

std::unique_ptr<Command> makeDueCommand()
{
    return std::make_unique<DueCommand>();
}

} // namespace zw::cli
