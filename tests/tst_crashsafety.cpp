// Kills a process writing to the store and its draft at random moments, many
// times, and checks after each kill that the database is intact, every
// acknowledged write is there, certificate numbers have no gap, and the
// draft can be restored. ZHIWEN_KILL_TRIALS sets the number of trials.
#include "Drafts.h"
#include "Store.h"
#include "TestSupport.h"

#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>

using namespace zw;

class TestCrashSafety : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killDuringWrites()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("store.sqlite"));
        const QString drafts = dir.filePath(QStringLiteral("drafts"));
        const int trials = qEnvironmentVariableIntValue("ZHIWEN_KILL_TRIALS") > 0 ? qEnvironmentVariableIntValue("ZHIWEN_KILL_TRIALS") : 40;
        QRandomGenerator random(20261122);
        int intact = 0, restorable = 0, rounds = 0;
        for (int trial = 0; trial < trials; ++trial) {
            QProcess writer;
            writer.start(QStringLiteral(STORE_WRITER), {db, drafts, zwtest::demo(QStringLiteral("haicang-performance")),
                                                         QString::number(trial * 1000)});
            QVERIFY(writer.waitForStarted());
            // Wait for the first committed round, then kill at a random point.
            while (!writer.canReadLine() || !writer.peek(4096).contains("w 1\n"))
                QVERIFY2(writer.waitForReadyRead(30000), writer.readAllStandardError().constData());
            QThread::msleep(random.bounded(60));
            writer.kill();
            QVERIFY(writer.waitForFinished(30000));
            const QList<QByteArray> lines = writer.readAllStandardOutput().split('\n');
            qint64 id = 0;
            int acknowledged = 0;
            for (const QByteArray &line : lines) {
                if (line.startsWith("id "))
                    id = line.mid(3).toLongLong();
                else if (line.startsWith("w "))
                    acknowledged = line.mid(2).toInt();
            }
            QVERIFY(id > 0 && acknowledged >= 1);
            rounds += acknowledged;

            auto store = Store::open(db);
            QVERIFY2(store, qPrintable(store.errorString()));
            {
                QSqlDatabase check = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
                check.setDatabaseName(db);
                QVERIFY(check.open());
                QSqlQuery q(check);
                QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
                QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
                QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*), MAX(seq) FROM certificates")) && q.next());
                QCOMPARE(q.value(0).toInt(), q.value(1).toInt()); // no gap, no duplicate
                q.finish();
                check.close();
            }
            QSqlDatabase::removeDatabase(QStringLiteral("check"));
            const auto saved = store->cases().load(id);
            QVERIFY2(saved, qPrintable(saved.errorString()));
            const int stored = saved->json().value("trial_counter", 0);
            QVERIFY2(stored >= acknowledged && stored <= acknowledged + 1, qPrintable(QStringLiteral("%1 vs %2").arg(stored).arg(acknowledged)));
            QCOMPARE(store->cases().summary(id)->parties.size(), 2);
            ++intact;

            Drafts::Draft draft;
            for (const Drafts::Draft &d : Drafts(drafts).list())
                if (d.original == QStringLiteral("store:%1").arg(id))
                    draft = d;
            QVERIFY(!draft.path.isEmpty());
            const auto restored = Drafts::load(draft);
            QVERIFY2(restored, qPrintable(restored.errorString()));
            QVERIFY(restored->json().value("trial_counter", 0) >= acknowledged);
            ++restorable;
        }
        qInfo("kill trials: %d, database intact after %d, draft restorable after %d, %d acknowledged rounds checked",
              trials, intact, restorable, rounds);
        QCOMPARE(intact, trials);
        QCOMPARE(restorable, trials);
    }
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
