#include "CliSupport.h"
#include "Service.h"
#include "FileNames.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSet>

namespace zw::cli {

namespace {

class BatchCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("batch"); }
    QString synopsis() const override { return QStringLiteral("TEMPLATE CASE.json…|CASES.csv -o DIR"); }
    QString description() const override { return Tr::tr("逐个渲染多个案件文件或一个 CSV 文件的各行（表头为案件字段路径，见 resources/demo/batch-example.csv），进度写到标准错误，遇到坏文件或坏行继续并在最后汇总。全部成功退出码 0，有失败退出码 1。"); }
    int execute(Service &service, const QStringList &args, QTextStream &out, QTextStream &err) override
    {
        QCommandLineParser p;
        p.addOption({{QStringLiteral("o"), QStringLiteral("output")}, Tr::tr("输出目录"), QStringLiteral("DIR")});
        if (!parse(p, *this, args, err, 2, -1))
            return helpOrUsage(p, *this, out);
        if (!p.isSet(QStringLiteral("o"))) {
            err << Tr::tr("缺少 -o DIR") << Qt::endl;
            return Usage;
        }
        const QString dir = p.value(QStringLiteral("o"));
        if (!QDir().mkpath(dir)) {
            err << Tr::tr("错误  %1: 无法创建输出目录").arg(dir) << Qt::endl;
            return IoError;
        }
        const QString templateId = p.positionalArguments()[0];
        if (const auto known = service.findTemplate(templateId); !known) {
            printDiagnostics(known.errors(), err);
            return Failed;
        }
        const QStringList inputs = p.positionalArguments().mid(1);
        const auto jobs = service.readBatch(inputs);
        if (!jobs) {
            printDiagnostics(jobs.errors(), err);
            return QFileInfo::exists(inputs.first()) ? Failed : IoError;
        }
        QStringList failed;
        QSet<QString> usedNames;
        QElapsedTimer timer;
        timer.start();
        const qsizetype total = jobs->size();
        for (qsizetype i = 0; i < total; ++i) {
            const BatchInput &job = jobs->at(i);
            Diagnostics errors = job.errors;
            if (job.file) {
                // Output names come from the case number, made unique within the batch.
                const QString base = batchFileStem(job.file->text(QStringLiteral("case.number")), QStringLiteral("case-%1").arg(i + 1)) + QLatin1Char('-') + templateId;
                QString name = base;
                for (int n = 2; usedNames.contains(name); ++n)
                    name = base + QLatin1Char('-') + QString::number(n);
                const auto issued = service.issue(templateId, *job.file, QDir(dir).filePath(name + QLatin1Char('.') + service.outputSuffix()), {});
                if (issued)
                    usedNames.insert(name);
                else
                    errors = issued.errors();
            }
            if (!job.file || !errors.isEmpty()) {
                failed << job.label;
                err << Tr::tr("失败  %1").arg(job.label) << Qt::endl;
                printDiagnostics(errors, err);
            }
            const double elapsed = timer.elapsed() / 1000.0;
            const double rate = double(i + 1) / std::max(elapsed, 1e-3);
            err << Tr::tr("[%1/%2] %3 份/秒，预计剩余 %4 秒").arg(i + 1).arg(total).arg(rate, 0, 'f', 1).arg(double(total - i - 1) / rate, 0, 'f', 1) << Qt::endl;
        }
        err << Tr::tr("完成：成功 %1 份，失败 %2 份").arg(total - failed.size()).arg(failed.size()) << Qt::endl;
        for (const QString &f : failed)
            err << Tr::tr("失败：%1").arg(f) << Qt::endl;
        return failed.isEmpty() ? Ok : Failed;
    }
};

} // namespace

std::unique_ptr<Command> makeBatchCommand()
{
    return std::make_unique<BatchCommand>();
}

} // namespace zw::cli
