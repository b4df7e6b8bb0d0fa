#include "CliSupport.h"
#include "Service.h"

#include <QFile>

namespace zw::cli {

namespace {

class VerifyCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("verify"); }
    QString synopsis() const override { return QStringLiteral("PDF [--store DB]"); }
    QString description() const override { return Tr::tr("核对 PDF 是否由本院登记发出且未被改动：已登记退出码 0 并列出登记信息（签发、作废、重新出具），未登记、已改动或已作废退出码 1，登记簿无法读取退出码 3。"); }
    int execute(Service &service, const QStringList &args, QTextStream &out, QTextStream &err) override
    {
        QCommandLineParser p;
        addStoreOption(p);
        if (!parse(p, *this, args, err, 1, 1))
            return helpOrUsage(p, *this, out);
        QFile pdf(p.positionalArguments().first());
        if (!pdf.open(QIODevice::ReadOnly)) {
            err << Tr::tr("错误  %1: 无法打开：%2").arg(pdf.fileName(), pdf.errorString()) << Qt::endl;
            return IoError;
        }
        const QByteArray bytes = pdf.readAll();
        if (!openStore(service, p, err))
            return IoError;
        // A register that cannot be read is an error, never "not registered".
        const auto found = service.verify(bytes);
        if (!found) {
            printDiagnostics(found.errors(), err);
            return IoError;
        }
        out << found->text() << Qt::endl;
        return found->registered() && !found->voided() ? Ok : Failed;
    }
};

} // namespace

std::unique_ptr<Command> makeVerifyCommand()
{
    return std::make_unique<VerifyCommand>();
}

} // namespace zw::cli
