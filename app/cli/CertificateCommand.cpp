#include "CliSupport.h"
#include "Service.h"

namespace zw::cli {

namespace {

class CertificateCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("certificate"); }
    QString synopsis() const override { return QStringLiteral("CASE.json [--write] [--store DB]"); }
    QString description() const override
    {
        return Tr::tr("为自动履行证明书分配编号（同一案件、履行人和履行日期始终得到同一编号）并输出；--write 将编号写入案件文件的 performance.certificate_no。");
    }
    int execute(Service &service, const QStringList &args, QTextStream &out, QTextStream &err) override
    {
        QCommandLineParser p;
        p.addOption({QStringLiteral("write"), Tr::tr("把编号写入案件文件")});
        addStoreOption(p);
        if (!parse(p, *this, args, err, 1, 1))
            return helpOrUsage(p, *this, out);
        int code = Ok;
        const QString path = p.positionalArguments().first();
        auto file = loadCase(service, path, err, &code);
        if (!file)
            return code;
        if (!openStore(service, p, err))
            return IoError;
        const auto number = service.allocateCertificateNumber(*file);
        if (!number) {
            printDiagnostics(number.errors(), err);
            return Failed;
        }
        if (p.isSet(QStringLiteral("write"))) {
            file->setText(QStringLiteral("performance.certificate_no"), *number);
            if (const auto saved = file->save(path); !saved) {
                printDiagnostics(saved.errors(), err);
                return IoError;
            }
        }
        out << *number << Qt::endl;
        return Ok;
    }
};

} // namespace

std::unique_ptr<Command> makeCertificateCommand()
{
    return std::make_unique<CertificateCommand>();
}

} // namespace zw::cli
