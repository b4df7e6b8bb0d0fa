#include "CliSupport.h"
#include "Service.h"

namespace zw::cli {

namespace {

class CasesCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("cases"); }
    QString synopsis() const override { return QStringLiteral("[TEXT] [--archived | --all] [--store DB]"); }
    QString description() const override
    {
        return Tr::tr("列出案件库中的案件（最近打开或修改的在前），TEXT 按案号、案由、当事人姓名或证件号码查找。");
    }
    int execute(Service &service, const QStringList &args, QTextStream &out, QTextStream &err) override
    {
        QCommandLineParser p;
        p.addOption({QStringLiteral("archived"), Tr::tr("只列已归档的案件")});
        p.addOption({QStringLiteral("all"), Tr::tr("列出全部案件，含已归档")});
        addStoreOption(p);
        if (!parse(p, *this, args, err, 0, 1))
            return helpOrUsage(p, *this, out);
        if (!openStore(service, p, err))
            return IoError;
        CaseQuery query;
        query.text = p.positionalArguments().value(0);
        query.archived = p.isSet(QStringLiteral("all")) ? CaseQuery::Both
                         : p.isSet(QStringLiteral("archived")) ? CaseQuery::ArchivedOnly : CaseQuery::Active;
        query.limit = CaseQuery::NoLimit;
        const auto found = service.findCases(query);
        if (!found) {
            printDiagnostics(found.errors(), err);
            return IoError;
        }
        for (const StoredCase &c : *found)
            out << c.id << '\t' << (c.number.isEmpty() ? Tr::tr("（无案号）") : c.number) << '\t' << c.cause << '\t'
                << c.parties.join(QStringLiteral("、")) << '\t' << c.updatedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                << (c.archived ? QStringLiteral("\t") + Tr::tr("已归档") : QString()) << Qt::endl;
        err << Tr::tr("共 %1 件").arg(found->size()) << Qt::endl;
        return Ok;
    }
};

} // namespace

std::unique_ptr<Command> makeCasesCommand()
{
    return std::make_unique<CasesCommand>();
}

} // namespace zw::cli
