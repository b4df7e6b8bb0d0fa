#include "CliSupport.h"
#include "Service.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace zw::cli {

namespace {

class WordingCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("wording"); }
    QString synopsis() const override { return QStringLiteral("CASE.json [--json]"); }
    QString description() const override { return Tr::tr("按 termination 判定终结执行裁定：第 1 行为裁定主文，第 2 行为引用的法律条文。规则不允许该理由与范围的组合或数据缺失时退出码 1，原因写到标准错误。"); }
    int execute(Service &service, const QStringList &args, QTextStream &out, QTextStream &err) override
    {
        QCommandLineParser p;
        p.addOption({QStringLiteral("json"), Tr::tr("以 JSON 输出")});
        if (!parse(p, *this, args, err, 1, 1))
            return helpOrUsage(p, *this, out);
        int code = Ok;
        const auto file = loadCase(service, p.positionalArguments().first(), err, &code);
        if (!file)
            return code;
        const auto d = service.decideTermination(*file);
        if (!d) {
            printDiagnostics(d.errors(), err);
            return Failed;
        }
        if (p.isSet(QStringLiteral("json"))) {
            QJsonObject o{{QStringLiteral("ruling_required"), d->rulingRequired},
                          {QStringLiteral("operative"), d->operative},
                          {QStringLiteral("citation"), d->citation},
                          {QStringLiteral("warnings"), QJsonArray::fromStringList(d->warnings)}};
            if (!d->rulingRequired)
                o.insert(QStringLiteral("closing"), d->closing);
            out << QJsonDocument(o).toJson(QJsonDocument::Indented);
        } else {
            out << (d->rulingRequired ? d->operative : d->closing) << Qt::endl << d->citation << Qt::endl;
            for (const QString &w : d->warnings)
                err << Tr::tr("警告  %1").arg(w) << Qt::endl;
        }
        return Ok;
    }
};

} // namespace

std::unique_ptr<Command> makeWordingCommand()
{
    return std::make_unique<WordingCommand>();
}

} // namespace zw::cli
