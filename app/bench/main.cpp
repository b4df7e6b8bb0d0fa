// Benchmark (a program, not a test): renders a case with a template once cold
// and then N times in one process, printing milliseconds and bytes per
// document; then runs itself 21 times as a fresh process that renders one
// document and writes it (`--cold-only`), and prints the median wall time
// from posix_spawn to PDF written; then 21 times exiting right after
// start-up (`--load-only`), the part of a cold start that is loading the
// libraries and Qt.
#include "Bootstrap.h"
#include "CaseFile.h"
#include "DataPaths.h"
#include "Service.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <optional>
#include <string>
#include <vector>

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

// CLOCK_MONOTONIC is one clock for all processes of the machine.
static qint64 monotonicMicroseconds()
{
    timespec t{};
    clock_gettime(CLOCK_MONOTONIC, &t);
    return qint64(t.tv_sec) * 1000000 + t.tv_nsec / 1000;
}

constexpr int kRuns = 21;

struct Runs {
    double exitMedian, exitBest;   // spawn to exit, ms
    double printMedian, printBest; // spawn to the moment it printed its clock (the PDF written), ms
};

static double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

// kRuns fresh processes of `program` with `arguments`, each started with
// posix_spawn (as a shell or another program would; QProcess's own set-up
// in this process would count as the child's time) and its standard output
// read through a pipe.
static std::optional<Runs> freshProcesses(const QString &program, const QStringList &arguments)
{
    std::vector<std::string> strings{program.toStdString()};
    for (const QString &a : arguments)
        strings.push_back(a.toStdString());
    std::vector<char *> argv;
    for (std::string &a : strings)
        argv.push_back(a.data());
    argv.push_back(nullptr);

    std::vector<double> toExit, toPrint;
    for (int i = 0; i < kRuns; ++i) {
        int out[2];
        if (pipe2(out, O_CLOEXEC) != 0)
            return std::nullopt;
        posix_spawn_file_actions_t actions;
        posix_spawn_file_actions_init(&actions);
        posix_spawn_file_actions_adddup2(&actions, out[1], STDOUT_FILENO);
        pid_t pid = 0;
        const qint64 started = monotonicMicroseconds();
        const int spawned = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ);
        posix_spawn_file_actions_destroy(&actions);
        close(out[1]);
        std::string printed;
        char buf[256];
        for (ssize_t n; spawned == 0 && (n = read(out[0], buf, sizeof buf)) != 0;) {
            if (n > 0)
                printed.append(buf, std::size_t(n));
            else if (errno != EINTR)
                break;
        }
        close(out[0]);
        int status = 0;
        if (spawned != 0 || waitpid(pid, &status, 0) != pid || !WIFEXITED(status) || WEXITSTATUS(status) != 0)
            return std::nullopt;
        const qint64 exited = monotonicMicroseconds();
        toExit.push_back((exited - started) / 1e3);
        const qint64 at = std::atoll(printed.c_str());
        toPrint.push_back(at > 0 ? (at - started) / 1e3 : 0);
    }
    return Runs{median(toExit), *std::min_element(toExit.begin(), toExit.end()),
                median(toPrint), *std::min_element(toPrint.begin(), toPrint.end())};
}

int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    // As zhiwen-cli does; not for the start-up figure, which is Qt and the
    // libraries alone.
    std::optional<zw::Preparation> preparation;
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
        // As `zhiwen-cli render` does: the whole catalog loaded and checked first.
        const auto service = zw::Service::create();
        const auto file = zw::CaseFile::load(args.value(3));
        if (!file || !service)
            return 3;
        if (!service.value()->issue(args.value(2), *file, args.value(4), {}))
            return 1;
        // When the PDF was in place, on the monotonic clock the parent reads too.
        QTextStream(stdout) << monotonicMicroseconds() << Qt::endl;
        return 0;
    }
    const QString templateId = args.value(1, QStringLiteral("zhixing-tongzhi"));
    const QString casePath = args.value(2, zw::DataPaths::resource(QStringLiteral("demo/jingde-withdrawal.json")));
    const int n = args.value(3, QStringLiteral("200")).toInt();

    const auto file = zw::CaseFile::load(casePath);
    QElapsedTimer t;
    t.start();
    auto created = zw::Service::create();
    if (!file || !created) {
        QTextStream(stderr) << (file ? created.errorString() : file.errorString()) << Qt::endl;
        return 3;
    }
    zw::Service &service = *created.value();
    const auto first = service.render(templateId, *file);
    if (!first) {
        QTextStream(stderr) << first.errorString() << Qt::endl;
        return 1;
    }
    const double coldMs = t.nsecsElapsed() / 1e6;
    const double sinceStartMs = sinceStart.nsecsElapsed() / 1e6;
    t.restart();
    qint64 bytes = 0;
    for (int i = 0; i < n; ++i)
        bytes += service.render(templateId, *file)->size();
    const double warmMs = t.nsecsElapsed() / 1e6 / n;
    out << QStringLiteral("template:            %1\ncase:                %2\n").arg(templateId, casePath);
    out << QStringLiteral("cold, first document: %1 ms with the catalog loaded (process start to PDF in memory: %2 ms)\n").arg(coldMs, 0, 'f', 1).arg(sinceStartMs, 0, 'f', 1);
    out << QStringLiteral("warm, %1 documents:   %2 ms/document, %3 documents/s\n").arg(n).arg(warmMs, 0, 'f', 2).arg(1000.0 / warmMs, 0, 'f', 0);
    out << QStringLiteral("size:                %1 bytes/document\n").arg(bytes / std::max(n, 1));

    QTemporaryDir dir;
    const auto cold = freshProcesses(app.applicationFilePath(), {QStringLiteral("--cold-only"), templateId, casePath, dir.filePath(QStringLiteral("cold.pdf"))});
    const auto load = freshProcesses(app.applicationFilePath(), {QStringLiteral("--load-only")});
    if (!cold || !load)
        return 1;
    out << QStringLiteral("cold process:        %1 ms median, %2 ms best of %3 (exec to PDF written)\n")
               .arg(cold->printMedian, 0, 'f', 1).arg(cold->printBest, 0, 'f', 1).arg(kRuns);
    out << QStringLiteral("                     %1 ms median, %2 ms best of %3 (exec to exit)\n")
               .arg(cold->exitMedian, 0, 'f', 1).arg(cold->exitBest, 0, 'f', 1).arg(kRuns);
    out << QStringLiteral("  of which start-up: %1 ms median, %2 ms best of %3 (the same process exiting before any work)\n")
               .arg(load->exitMedian, 0, 'f', 1).arg(load->exitBest, 0, 'f', 1).arg(kRuns);
    return 0;
}
