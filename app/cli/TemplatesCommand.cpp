#include "CliSupport.h"
#include "Service.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace zw::cli {

namespace {

class TemplatesCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("templates"); }
    QString synopsis() const override { return QStringLiteral("[--json]"); }
    QString description() const override { return Tr::tr("列出可用模板的 id、名称和版本。"); }
    int execute(Service &service, const QStringList &args, QTextStream &out, QTextStream &err) override
    {
        QCommandLineParser p;
        p.addOption({QStringLiteral("json"), Tr::tr("以 JSON 输出")});
        if (!parse(p, *this, args, err, 0, 0))
            return helpOrUsage(p, *this, out);
        const QList<TemplateInfo> list = service.templates();
        if (p.isSet(QStringLiteral("json"))) {
            QJsonArray arr;
            for (const TemplateInfo &t : list)
                arr.append(QJsonObject{{QStringLiteral("id"), t.id}, {QStringLiteral("title"), t.title}, {QStringLiteral("version"), t.version}});
            out << QJsonDocument(arr).toJson(QJsonDocument::Indented);
        } else {
            for (const TemplateInfo &t : list)
                out << t.id << QLatin1Char('\t') << t.title << QLatin1Char('\t') << Tr::tr("第 %1 版").arg(t.version) << Qt::endl;
        }
        return Ok;
    }
};

} // namespace

std::unique_ptr<Command> makeTemplatesCommand()
{
    return std::make_unique<TemplatesCommand>();
}

} // namespace zw::cli
