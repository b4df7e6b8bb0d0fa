#include "CliSupport.h"
#include "Service.h"

namespace zw::cli {

namespace {

// The court's store: where it stands, its logins, and moving a desk into it.
class StoreCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("store"); }
    QString synopsis() const override
    {
        return QStringLiteral("status | migrate | grant LOGIN ROLE | copy --from SQLITE_FILE --to postgresql://…  [--store DB]");
    }
    QString description() const override
    {
        return Tr::tr("案件库：status 显示案件库、版本、登录与角色；migrate 升级到本程序的版本（服务器上只有管理员能升级）；"
                      "grant 让登录名担任角色（书记员、法官助理、审判员、审判长、院长、管理员；登录不存在则新建，无密码，密码用 psql 的 \\password 设置）；"
                      "copy 把本机案件库（案件、证明书编号、报批、发文登记、作废记录，及本用户的草稿）并入法院案件库，两处发出相同证明书编号时拒绝并列出编号。");
    }
    int execute(Service &service, const QStringList &args, QTextStream &out, QTextStream &err) override
    {
        QCommandLineParser p;
        p.addOption({QStringLiteral("from"), Tr::tr("本机案件库（SQLite 文件）"), QStringLiteral("SQLITE_FILE")});
        p.addOption({QStringLiteral("to"), Tr::tr("法院案件库服务器"), QStringLiteral("LOCATION")});
        addStoreOption(p);
        if (!parse(p, *this, args, err, 1, 3))
            return helpOrUsage(p, *this, out);
        const QStringList pos = p.positionalArguments();
        const QString action = pos.first();
        const int wanted = action == QLatin1String("grant") ? 3 : 1;
        if (pos.size() != wanted) {
            err << Tr::tr("store %1 的参数个数不对").arg(action) << Qt::endl << synopsis() << Qt::endl;
            return Usage;
        }
        if (action == QLatin1String("copy")) {
            if (!p.isSet(QStringLiteral("from")) || !p.isSet(QStringLiteral("to"))) {
                err << Tr::tr("错误  store copy 需要 --from SQLITE_FILE 和 --to postgresql://…") << Qt::endl;
                return Usage;
            }
            const auto opened = service.openStore(p.value(QStringLiteral("to")));
            if (!opened) {
                printDiagnostics(opened.errors(), err);
                return IoError;
            }
            const auto report = service.copyStoreFrom(p.value(QStringLiteral("from")));
            if (!report) {
                printDiagnostics(report.errors(), err);
                return Failed;
            }
            out << report->text() << Qt::endl;
            return Ok;
        }
        if (action != QLatin1String("status") && action != QLatin1String("migrate") && action != QLatin1String("grant")) {
            err << Tr::tr("未知的 store 操作“%1”（可用：status、migrate、grant、copy）").arg(action) << Qt::endl;
            return Usage;
        }
        // Opening migrates (the administrator's login on a server).
        if (!openStore(service, p, err))
            return IoError;
        if (action == QLatin1String("grant")) {
            const auto granted = service.grantStoreRole(pos[1], pos[2]);
            if (!granted) {
                printDiagnostics(granted.errors(), err);
                return Failed;
            }
            out << Tr::tr("%1 现为%2").arg(pos[1], pos[2]) << Qt::endl;
            return Ok;
        }
        const auto status = service.storeStatus();
        if (!status) {
            printDiagnostics(status.errors(), err);
            return IoError;
        }
        out << status->text() << Qt::endl;
        return Ok;
    }
};

} // namespace

std::unique_ptr<Command> makeStoreCommand()
{
    return std::make_unique<StoreCommand>();
}

} // namespace zw::cli
