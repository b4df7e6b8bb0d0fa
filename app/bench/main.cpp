// Benchmark (a program, not a test): renders a case with a template once cold
// and then N times in one process, printing milliseconds and bytes per
// document; then runs itself ten times as a fresh process that renders one
// document and writes it (`--cold-only`), and prints the median wall time
// from process start to PDF written; then ten times exiting right after
// start-up (`--load-only`), the part of a cold start that is loading the
// libraries and Qt.
#include "Bootstrap.h"
#include "CaseFile.h"
#include "DataPaths.h"
#include "DocumentRenderer.h"
#include "Template.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cstring>
#include <ctime>
#include <optional>

// CLOCK_MONOTONIC is one clock for all processes of the machine.
static qint64 monotonicMicroseconds()
{
    timespec t{};
    clock_gettime(CLOCK_MONOTONIC, &t);
    return qint64(t.tv_sec) * 1000000 + t.tv_nsec / 1000;
}

int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    // As zhiwen-cli does; not for the start-up figure, which is Qt and the
    // libraries alone.
    std::optional<zw::RenderPreparation> preparation;
    if (argc < 2 || std::strcmp(argv[1], "--load-only") != 0)
        preparation.emplace();
    QCoreApplication app(argc, argv);
    zw::bootstrap();
    QTextStream out(stdout);
    QStringList args = app.arguments();
    if (args.value(1) == QStringLiteral("--load-only"))
        return 0; // start-up alone: the libraries, Qt and bootstrap
    if (args.value(1) == QStringLiteral("--cold-only")) {
        // zhiwen-bench --cold-only TEMPLATE CASE OUT.pdf
        const auto file = zw::CaseFile::load(args.value(3));
        const auto tmpl = zw::Template::find(args.value(2));
        if (!file || !tmpl)
            return 3;
        if (!zw::DocumentRenderer().renderToFile(*tmpl, *file, args.value(4)))
            return 1;
        // When the PDF was in place, on the monotonic clock the parent reads too.
        QTextStream(stdout) << monotonicMicroseconds() << Qt::endl;
        return 0;
    }
    const QString templateId = args.value(1, QStringLiteral("zhixing-tongzhi"));
    const QString casePath = args.value(2, zw::DataPaths::resource(QStringLiteral("demo/jingde-withdrawal.json")));
    const int n = args.value(3, QStringLiteral("200")).toInt();

    const auto file = zw::CaseFile::load(casePath);
    const auto tmpl = zw::Template::find(templateId);
    if (!file || !tmpl) {
        QTextStream(stderr) << (file ? tmpl.errorString() : file.errorString()) << Qt::endl;
        return 3;
    }
    QElapsedTimer t;
    t.start();
    zw::DocumentRenderer renderer;
    const auto first = renderer.render(*tmpl, *file);
    if (!first) {
        QTextStream(stderr) << first.errorString() << Qt::endl;
        return 1;
    }
    const double coldMs = t.nsecsElapsed() / 1e6;
    const double sinceStartMs = sinceStart.nsecsElapsed() / 1e6;
    t.restart();
    qint64 bytes = 0;
    for (int i = 0; i < n; ++i)
        bytes += renderer.render(*tmpl, *file)->size();
    const double warmMs = t.nsecsElapsed() / 1e6 / n;
    out << QStringLiteral("template:            %1\ncase:                %2\n").arg(templateId, casePath);
    out << QStringLiteral("cold, first document: %1 ms (process start to PDF in memory: %2 ms)\n").arg(coldMs, 0, 'f', 1).arg(sinceStartMs, 0, 'f', 1);
    out << QStringLiteral("warm, %1 documents:   %2 ms/document, %3 documents/s\n").arg(n).arg(warmMs, 0, 'f', 2).arg(1000.0 / warmMs, 0, 'f', 0);
    out << QStringLiteral("size:                %1 bytes/document\n").arg(bytes / std::max(n, 1));

    QTemporaryDir dir;
    // Median and best of ten fresh processes with `arguments`: wall time to
    // their exit, and to the moment they print (the PDF written).
    struct Runs { double exitMedian, exitBest, printMedian, printBest; };
    auto processes = [&](const QStringList &arguments) -> std::optional<Runs> {
        std::vector<double> toExit, toPrint;
        for (int i = 0; i < 10; ++i) {
            QProcess p;
            QElapsedTimer wall;
            wall.start();
            const qint64 started = monotonicMicroseconds();
            p.start(app.applicationFilePath(), arguments);
            if (!p.waitForFinished(60000) || p.exitCode() != 0)
                return std::nullopt;
            toExit.push_back(wall.nsecsElapsed() / 1e6);
            const qint64 printed = p.readAllStandardOutput().trimmed().toLongLong();
            toPrint.push_back(printed > 0 ? (printed - started) / 1e3 : 0);
        }
        std::sort(toExit.begin(), toExit.end());
        std::sort(toPrint.begin(), toPrint.end());
        return Runs{(toExit[4] + toExit[5]) / 2, toExit.front(), (toPrint[4] + toPrint[5]) / 2, toPrint.front()};
    };
    const auto cold = processes({QStringLiteral("--cold-only"), templateId, casePath, dir.filePath(QStringLiteral("cold.pdf"))});
    const auto load = processes({QStringLiteral("--load-only")});
    if (!cold || !load)
        return 1;
    out << QStringLiteral("cold process:        %1 ms median, %2 ms best of 10 (exec to PDF written)\n")
               .arg(cold->printMedian, 0, 'f', 1).arg(cold->printBest, 0, 'f', 1);
    out << QStringLiteral("                     %1 ms median, %2 ms best of 10 (exec to exit)\n")
               .arg(cold->exitMedian, 0, 'f', 1).arg(cold->exitBest, 0, 'f', 1);
    out << QStringLiteral("  of which start-up: %1 ms median, %2 ms best of 10 (the same process exiting before any work)\n")
               .arg(load->exitMedian, 0, 'f', 1).arg(load->exitBest, 0, 'f', 1);
    return 0;
}
