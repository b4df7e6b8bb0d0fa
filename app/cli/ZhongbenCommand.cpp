#include "CliSupport.h"
#include "Service.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace zw::cli {

namespace {

class ZhongbenCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("zhongben"); }
    QString synopsis() const override { return QStringLiteral("CASE.json [--json]"); }
    QString description() const override
    {
        return Tr::tr("按 resources/rules/zhongben.json 逐项核对执行措施记录，判断能否裁定终结本次执行程序（以 zhongben.decided_on 为裁定日期，未填则为今天）。"
                      "可以时退出码 0；不可以时退出码 1，每项未满足的条件及所缺的记录写到标准错误。");
    }
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
        const auto a = service.assessZhongben(*file);
        if (!a) {
            printDiagnostics(a.errors(), err);
            return Failed;
        }
        for (const auto &c : a->conditions)
            for (const QString &reason : c.reasons)
                err << Tr::tr("未满足  %1（%2）").arg(reason, c.basis) << Qt::endl;
        for (const QString &w : a->warnings)
            err << Tr::tr("警告  %1").arg(w) << Qt::endl;
        if (p.isSet(QStringLiteral("json"))) {
            QJsonArray conditions;
            for (const auto &c : a->conditions)
                conditions.append(QJsonObject{{QStringLiteral("id"), c.id}, {QStringLiteral("met"), c.met},
                                              {QStringLiteral("reason"), c.met ? Tr::tr("已满足：%1").arg(c.title) : c.reasons.join(QStringLiteral("；"))}});
            out << QJsonDocument(QJsonObject{{QStringLiteral("allowed"), a->allowed},
                                             {QStringLiteral("conditions"), conditions},
                                             {QStringLiteral("operative"), a->operative},
                                             {QStringLiteral("citation"), a->citation},
                                             {QStringLiteral("warnings"), QJsonArray::fromStringList(a->warnings)}})
                       .toJson(QJsonDocument::Indented);
        } else {
            const QString date = a->date.toString(Qt::ISODate);
            out << (a->allowed ? Tr::tr("可以裁定终结本次执行程序（裁定日期 %1）").arg(date) : Tr::tr("不能裁定终结本次执行程序（裁定日期 %1）").arg(date)) << Qt::endl;
            for (const auto &c : a->conditions)
                out << (c.met ? Tr::tr("  已满足  %1").arg(c.title) : Tr::tr("  未满足  %1").arg(c.title)) << Qt::endl;
            if (a->allowed)
                out << a->operative << Qt::endl << a->citation << Qt::endl;
        }
        return a->allowed ? Ok : Failed;
    }
};

} // namespace

std::unique_ptr<Command> makeZhongbenCommand()
{
    return std::make_unique<ZhongbenCommand>();
}

} // namespace zw::cli
