#include "CliSupport.h"
#include "Service.h"

namespace zw::cli {

namespace {

// 签发: submit a ruling or decision for approval, list what waits, approve
// or return it. Who acts is the store's login (on a server, the database's
// own user; its role decides what it may do).
class SignoffCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("signoff"); }
    QString synopsis() const override
    {
        return QStringLiteral("submit TEMPLATE CASE.json [--to LOGIN] | list [--all | --case NUMBER] | show ID | approve ID | return ID --reason TEXT  [--store DB]");
    }
    QString description() const override
    {
        return Tr::tr("签发：裁定书、决定书须报批并经审判员（失信决定书、限制消费令、未经申请执行人签字确认的终本裁定书须经院长）批准后才能出具登记。"
                      "submit 报批（案件内容随之记录，批准后修改须重新报批）；list 列出待我审批的（--all 全部待批，--case 某案的全部报批）；approve 批准；return 退回并写明理由。");
    }
    int execute(Service &service, const QStringList &args, QTextStream &out, QTextStream &err) override
    {
        QCommandLineParser p;
        p.addOption({QStringLiteral("to"), Tr::tr("报送给哪位（登录名）；不写则有权签发的任何人"), QStringLiteral("LOGIN")});
        p.addOption({QStringLiteral("all"), Tr::tr("列出全部待批的报批")});
        p.addOption({QStringLiteral("case"), Tr::tr("列出此案号的全部报批"), QStringLiteral("NUMBER")});
        p.addOption({QStringLiteral("reason"), Tr::tr("退回的理由"), QStringLiteral("TEXT")});
        addStoreOption(p);
        if (!parse(p, *this, args, err, 1, 3))
            return helpOrUsage(p, *this, out);
        const QStringList pos = p.positionalArguments();
        const QString action = pos.first();
        const auto wants = [&](int n) {
            if (pos.size() == n)
                return true;
            err << Tr::tr("signoff %1 的参数个数不对").arg(action) << Qt::endl << synopsis() << Qt::endl;
            return false;
        };
        const auto idArgument = [&](qint64 *id) {
            bool ok = false;
            *id = pos.value(1).toLongLong(&ok);
            if (!ok || *id <= 0)
                err << Tr::tr("错误  报批编号“%1”应为正整数").arg(pos.value(1)) << Qt::endl;
            return ok && *id > 0;
        };
        if (action == QLatin1String("submit")) {
            if (!wants(3))
                return Usage;
            if (const auto known = service.findTemplate(pos[1]); !known) {
                printDiagnostics(known.errors(), err);
                return Failed;
            }
            int code = Ok;
            const auto file = loadCase(service, pos[2], err, &code);
            if (!file)
                return code;
            if (!openStore(service, p, err))
                return IoError;
            const auto stored = service.caseFromSource(pos[2]);
            if (!stored) {
                printDiagnostics(stored.errors(), err);
                return IoError;
            }
            const auto id = service.submitForSignOff(pos[1], *file, *stored, p.value(QStringLiteral("to")));
            if (!id) {
                printDiagnostics(id.errors(), err);
                return Failed;
            }
            out << Tr::tr("已报批：报批第 %1 号，须由%2签发").arg(*id).arg(signOffLevelName(service.signOffNeeded(pos[1], *file))) << Qt::endl;
            return Ok;
        }
        if (action == QLatin1String("list")) {
            if (!wants(1))
                return Usage;
            if (!openStore(service, p, err))
                return IoError;
            const auto found = p.isSet(QStringLiteral("case")) ? service.signOffsOfCase(p.value(QStringLiteral("case")))
                               : p.isSet(QStringLiteral("all")) ? service.signOffsPending()
                                                                 : service.signOffsAwaitingMe();
            if (!found) {
                printDiagnostics(found.errors(), err);
                return IoError;
            }
            for (const Approval &a : *found)
                out << a.text() << Qt::endl;
            err << Tr::tr("共 %1 件（%2）").arg(found->size()).arg(service.storeUser()) << Qt::endl;
            return Ok;
        }
        if (action == QLatin1String("show") || action == QLatin1String("approve") || action == QLatin1String("return")) {
            qint64 id = 0;
            if (!wants(2))
                return Usage;
            if (!idArgument(&id))
                return Usage;
            if (action == QLatin1String("return") && p.value(QStringLiteral("reason")).trimmed().isEmpty()) {
                err << Tr::tr("错误  退回须写明理由：--reason TEXT") << Qt::endl;
                return Usage;
            }
            if (!openStore(service, p, err))
                return IoError;
            if (action != QLatin1String("show")) {
                const auto decided = action == QLatin1String("approve") ? service.approveSignOff(id)
                                                                         : service.returnSignOff(id, p.value(QStringLiteral("reason")));
                if (!decided) {
                    printDiagnostics(decided.errors(), err);
                    return Failed;
                }
            }
            const auto a = service.signOff(id);
            if (!a) {
                printDiagnostics(a.errors(), err);
                return Failed;
            }
            out << a->text() << Qt::endl;
            return Ok;
        }
        err << Tr::tr("未知的 signoff 操作“%1”（可用：submit、list、show、approve、return）").arg(action) << Qt::endl;
        return Usage;
    }
};

// 作废: a register entry stays, marked void with reason, who and when.
class VoidCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("void"); }
    QString synopsis() const override { return QStringLiteral("REGISTER_ID --reason TEXT [--store DB]"); }
    QString description() const override
    {
        return Tr::tr("作废发文登记中的一份文书（写明理由，记录作废人和时间）。登记不删除，verify 报告其已作废；重新出具用 render --record --reissue-of REGISTER_ID。");
    }
    int execute(Service &service, const QStringList &args, QTextStream &out, QTextStream &err) override
    {
        QCommandLineParser p;
        p.addOption({QStringLiteral("reason"), Tr::tr("作废的理由"), QStringLiteral("TEXT")});
        addStoreOption(p);
        if (!parse(p, *this, args, err, 1, 1))
            return helpOrUsage(p, *this, out);
        bool ok = false;
        const qint64 id = p.positionalArguments().first().toLongLong(&ok);
        if (!ok || id <= 0) {
            err << Tr::tr("错误  登记号“%1”应为正整数（见 verify 的输出）").arg(p.positionalArguments().first()) << Qt::endl;
            return Usage;
        }
        if (p.value(QStringLiteral("reason")).trimmed().isEmpty()) {
            err << Tr::tr("错误  作废须写明理由：--reason TEXT") << Qt::endl;
            return Usage;
        }
        if (!openStore(service, p, err))
            return IoError;
        const auto voided = service.voidDocument(id, p.value(QStringLiteral("reason")));
        if (!voided) {
            printDiagnostics(voided.errors(), err);
            return Failed;
        }
        out << Tr::tr("已作废：登记第 %1 号（%2）").arg(id).arg(service.storeUser()) << Qt::endl;
        return Ok;
    }
};

} // namespace

std::unique_ptr<Command> makeSignoffCommand()
{
    return std::make_unique<SignoffCommand>();
}

std::unique_ptr<Command> makeVoidCommand()
{
    return std::make_unique<VoidCommand>();
}

} // namespace zw::cli
