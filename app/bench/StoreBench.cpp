// Benchmark of the court store (a program, not a test):
//
//   zhiwen-bench-store --store LOCATION [--clients 16] [--documents 25] [--cases 100000]
//
// 1. `--clients` processes at once (each a fresh process of this program,
//    as desks are), each issuing `--documents` 自动履行证明书: allocate the
//    number, render, write and register. Prints documents per second over
//    the whole run and the median and p95 latency of one allocation.
// 2. A store of `--cases` cases (added in one transaction beside what is
//    there): the time of a search in-process (by case number, by a party's
//    name, by a name that matches nothing, the recent list) and of the GUI
//    case list's first page (CaseListDialog, offscreen).
// Run it against PostgreSQL (under pg_virtualenv: `pg_virtualenv
// build/bin/zhiwen-bench-store --store dbname=postgres`) or an SQLite file.
#include "CaseFile.h"
#include "CaseListDialog.h"
#include "DataPaths.h"
#include "Service.h"
#include "Store.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QProcess>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <memory>
#include <vector>

using namespace zw;

namespace {

QTextStream out(stdout);

CaseFile demo(const QString &name)
{
    auto file = CaseFile::load(DataPaths::resource(QStringLiteral("demo/%1.json").arg(name)));
    if (!file) {
        QTextStream(stderr) << file.errorString() << Qt::endl;
        std::exit(3);
    }
    return *file;
}

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, size_t(p * double(v.size())))];
}

// One desk: `count` certificates issued one after another; prints the
// microseconds of each allocation, one a line.
int client(const QString &location, int index, int count, const QString &dir)
{
    auto service = Service::create();
    if (!service || !(*service)->openStore(location))
        return 3;
    CaseFile file = demo(QStringLiteral("haicang-performance"));
    for (int i = 0; i < count; ++i) {
        const QString caseNumber = QStringLiteral("（2024）闽0205民初%1号").arg(10000 + index * 1000 + i);
        file.setText(QStringLiteral("case.number"), caseNumber);
        file.setText(QStringLiteral("basis.number"), caseNumber);
        QElapsedTimer t;
        t.start();
        const auto number = (*service)->allocateCertificateNumber(file);
        const qint64 us = t.nsecsElapsed() / 1000;
        if (!number) {
            QTextStream(stderr) << number.errorString() << Qt::endl;
            return 1;
        }
        file.setText(QStringLiteral("performance.certificate_no"), *number);
        IssueOptions options;
        options.record = true;
        const auto issued = (*service)->issue(QStringLiteral("zidong-lvxing-zhengming"), file, dir + QStringLiteral("/c%1-%2.pdf").arg(index).arg(i), options);
        if (!issued || !issued->registerErrors.isEmpty()) {
            QTextStream(stderr) << (issued ? joinDisplayMessages(issued->registerErrors) : issued.errorString()) << Qt::endl;
            return 1;
        }
        out << us << Qt::endl;
    }
    return 0;
}

void concurrentIssue(const QString &self, const QString &location, int clients, int documents)
{
    QTemporaryDir dir;
    std::vector<std::unique_ptr<QProcess>> running;
    QElapsedTimer wall;
    wall.start();
    for (int c = 0; c < clients; ++c) {
        running.push_back(std::make_unique<QProcess>());
        running.back()->start(self, {QStringLiteral("--client"), QString::number(c), QStringLiteral("--documents"), QString::number(documents),
                                     QStringLiteral("--store"), location, QStringLiteral("--dir"), dir.path()});
    }
    std::vector<double> latencies;
    int failed = 0;
    for (auto &p : running) {
        p->waitForFinished(-1);
        if (p->exitCode() != 0) {
            ++failed;
            QTextStream(stderr) << p->readAllStandardError() << Qt::endl;
        }
        for (const QByteArray &line : p->readAllStandardOutput().split('\n'))
            if (!line.isEmpty())
                latencies.push_back(line.toDouble() / 1000.0);
    }
    const double seconds = double(wall.nsecsElapsed()) / 1e9;
    out << QStringLiteral("concurrent issue: %1 clients × %2 certificates: %3 documents in %4 s = %5 documents/s (process start-up included); "
                          "allocation median %6 ms, p95 %7 ms, max %8 ms; %9 clients failed")
               .arg(clients)
               .arg(documents)
               .arg(latencies.size())
               .arg(seconds, 0, 'f', 2)
               .arg(double(latencies.size()) / seconds, 0, 'f', 1)
               .arg(percentile(latencies, 0.5), 0, 'f', 2)
               .arg(percentile(latencies, 0.95), 0, 'f', 2)
               .arg(percentile(latencies, 1.0), 0, 'f', 2)
               .arg(failed)
        << Qt::endl;
}

void largeStore(const QString &location, int wanted)
{
    auto store = Store::open(location);
    if (!store) {
        QTextStream(stderr) << store.errorString() << Qt::endl;
        std::exit(3);
    }
    int have = 0;
    if (auto all = store->cases().find({QString(), CaseQuery::Both, CaseQuery::NoLimit}))
        have = int(all->size());
    QElapsedTimer t;
    if (have < wanted) {
        t.start();
        const CaseFile base = demo(QStringLiteral("jingde-withdrawal"));
        const auto filled = store->cases().addAll(wanted - have, [&](int i) {
            CaseFile c = base;
            c.setText(QStringLiteral("case.number"), QStringLiteral("（2023）皖1825执%1号").arg(have + i + 1));
            c.setText(QStringLiteral("respondents[0].name"), QStringLiteral("被执行人%1").arg(have + i + 1));
            return c;
        });
        if (!filled) {
            QTextStream(stderr) << filled.errorString() << Qt::endl;
            std::exit(3);
        }
        out << QStringLiteral("filled the store to %1 cases in %2 s").arg(wanted).arg(double(t.elapsed()) / 1000.0, 0, 'f', 1) << Qt::endl;
        // As autovacuum would soon after a bulk load: the planner's statistics.
        if (const auto analysed = store->analyse(); !analysed)
            QTextStream(stderr) << analysed.errorString() << Qt::endl;
    }
    auto service = Service::create();
    if (!service || !(*service)->openStore(location))
        std::exit(3);
    const auto timeSearch = [&](const QString &label, const QString &text) {
        std::vector<double> ms;
        qsizetype found = 0;
        for (int i = 0; i < 5; ++i) {
            QElapsedTimer s;
            s.start();
            const auto r = (*service)->findCases({text, CaseQuery::Active, 500});
            ms.push_back(double(s.nsecsElapsed()) / 1e6);
            found = r ? r->size() : -1;
        }
        out << QStringLiteral("search %1 (“%2”): %3 found, median %4 ms of 5").arg(label, text).arg(found).arg(percentile(ms, 0.5), 0, 'f', 1) << Qt::endl;
    };
    timeSearch(QStringLiteral("recent list"), QString());
    timeSearch(QStringLiteral("by case number"), QStringLiteral("执%1号").arg(wanted / 2));
    timeSearch(QStringLiteral("by party name"), QStringLiteral("被执行人%1").arg(wanted / 3));
    timeSearch(QStringLiteral("matching nothing"), QStringLiteral("无此人"));
    std::vector<double> ms;
    int rows = 0;
    for (int i = 0; i < 3; ++i) {
        QElapsedTimer s;
        s.start();
        gui::CaseListDialog dialog(**service);
        rows = dialog.table()->rowCount();
        ms.push_back(double(s.nsecsElapsed()) / 1e6);
    }
    out << QStringLiteral("GUI case list, first page: %1 rows in median %2 ms of 3").arg(rows).arg(percentile(ms, 0.5), 0, 'f', 0) << Qt::endl;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser p;
    p.addHelpOption();
    p.addOption({QStringLiteral("store"), QStringLiteral("the store"), QStringLiteral("LOCATION")});
    p.addOption({QStringLiteral("clients"), QStringLiteral("concurrent desks"), QStringLiteral("N"), QStringLiteral("16")});
    p.addOption({QStringLiteral("documents"), QStringLiteral("certificates per desk"), QStringLiteral("N"), QStringLiteral("25")});
    p.addOption({QStringLiteral("cases"), QStringLiteral("cases in the large store"), QStringLiteral("N"), QStringLiteral("100000")});
    p.addOption({QStringLiteral("client"), QStringLiteral("(internal) run as desk N"), QStringLiteral("N")});
    p.addOption({QStringLiteral("dir"), QStringLiteral("(internal) where a desk writes"), QStringLiteral("DIR")});
    p.process(app);
    const QString location = p.isSet(QStringLiteral("store")) ? p.value(QStringLiteral("store")) : Service::defaultStoreLocation();
    if (p.isSet(QStringLiteral("client")))
        return client(location, p.value(QStringLiteral("client")).toInt(), p.value(QStringLiteral("documents")).toInt(), p.value(QStringLiteral("dir")));
    out << QStringLiteral("store: %1").arg(Service::describeStore(location)) << Qt::endl;
    concurrentIssue(app.applicationFilePath(), location, p.value(QStringLiteral("clients")).toInt(), p.value(QStringLiteral("documents")).toInt());
    largeStore(location, p.value(QStringLiteral("cases")).toInt());
    return 0;
}
