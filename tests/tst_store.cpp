#include "CaseTransfer.h"
#include "FileNames.h"
#include "Store.h"
#include "TestSupport.h"

#include <QProcess>
#include <QSet>
#include <QSqlError>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QSqlQuery>

using namespace zw;

class TestStore : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    // Where a test's store lives: an SQLite file, or with
    // ZHIWEN_TEST_POSTGRESQL set (the suite run under pg_virtualenv) a fresh
    // database of that throwaway cluster, made for the test.
    static bool onServer() { return qEnvironmentVariableIsSet("ZHIWEN_TEST_POSTGRESQL"); }
    QString location(const QString &name)
    {
        if (!onServer())
            return m_dir.filePath(name + QStringLiteral(".sqlite"));
        const QString db = QStringLiteral("zw_") + name;
        {
            QSqlDatabase admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("admin"));
            if (!admin.open())
                qFatal("cannot reach the test cluster: %s", qPrintable(admin.lastError().text()));
            QSqlQuery q(admin);
            q.exec(QStringLiteral("DROP DATABASE IF EXISTS %1").arg(db));
            if (!q.exec(QStringLiteral("CREATE DATABASE %1").arg(db)))
                qFatal("cannot create %s: %s", qPrintable(db), qPrintable(q.lastError().text()));
            admin.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("admin"));
        return QStringLiteral("dbname=") + db;
    }
    // A second, plain connection to a store, as another login would have.
    static QSqlDatabase rawConnection(const QString &where, const QString &name)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(onServer() ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE"), name);
        if (onServer())
            db.setConnectOptions(where);
        else
            db.setDatabaseName(where);
        db.open();
        return db;
    }

    static CaseFile certificateCase(const QString &performedOn, const QString &performer = QStringLiteral("r1"))
    {
        CaseFile file = zwtest::demoCase(QStringLiteral("haicang-performance"));
        file.setText(QStringLiteral("performance.performed_on"), performedOn);
        file.setText(QStringLiteral("performance.performer"), performer);
        return file;
    }

private Q_SLOTS:
    void sameCertificateSameNumber()
    {
        const QString db = location(QStringLiteral("a"));
        auto store = Store::open(db);
        QVERIFY2(store, qPrintable(store.errorString()));
        QCOMPARE(*store->schemaVersion(), Database::SchemaVersion);
        QCOMPARE(*store->certificates().allocate(certificateCase(QStringLiteral("2024-07-08"))), QStringLiteral("（2024）闽0205自履证1号"));
        QCOMPARE(*store->certificates().allocate(certificateCase(QStringLiteral("2024-07-08"))), QStringLiteral("（2024）闽0205自履证1号"));
        QCOMPARE(*store->certificates().allocate(certificateCase(QStringLiteral("2024-07-09"))), QStringLiteral("（2024）闽0205自履证2号"));
        QCOMPARE(*store->certificates().allocate(certificateCase(QStringLiteral("2024-07-08"), QStringLiteral("a1"))), QStringLiteral("（2024）闽0205自履证3号"));
    }

    void migratesFromVersion1()
    {
        if (onServer())
            QSKIP("an SQLite file of its own");
        const QString db = m_dir.filePath(QStringLiteral("v1.sqlite"));
        {
            // A store as the first release wrote it.
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
            raw.setDatabaseName(db);
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO meta VALUES ('schema_version', '1')")));
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE certificates (id INTEGER PRIMARY KEY, court TEXT NOT NULL, year INTEGER NOT NULL, "
                                          "seq INTEGER NOT NULL, case_number TEXT NOT NULL, performer TEXT NOT NULL, performed_on TEXT NOT NULL, "
                                          "number TEXT NOT NULL, created_at TEXT NOT NULL, UNIQUE (court, year, seq), "
                                          "UNIQUE (case_number, performer, performed_on))")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO certificates VALUES (1, '闽0205', 2024, 7, '（2024）闽0205民初2087号', 'r1', "
                                          "'2024-07-08', '（2024）闽0205自履证7号', '2024-07-09')")));
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v1"));
        auto store = Store::open(db);
        QVERIFY2(store, qPrintable(store.errorString()));
        QCOMPARE(*store->schemaVersion(), Database::SchemaVersion);
        QCOMPARE(*store->certificates().allocate(certificateCase(QStringLiteral("2024-07-08"))), QStringLiteral("（2024）闽0205自履证7号"));
        QCOMPARE(*store->certificates().allocate(certificateCase(QStringLiteral("2024-07-20"))), QStringLiteral("（2024）闽0205自履证8号"));
        IssuedDocument d;
        d.sha256 = QStringLiteral("ab");
        d.templateId = QStringLiteral("t");
        d.caseNumber = QStringLiteral("c");
        d.caseJson = "{}";
        d.issuedAt = QDateTime::currentDateTimeUtc();
        QVERIFY(store->documents().record(d));
        QCOMPARE(store->documents().find(QStringLiteral("ab"))->size(), 1);
    }

    void courtPattern()
    {
        auto store = Store::open(location(QStringLiteral("pattern")));
        CaseFile file = certificateCase(QStringLiteral("2024-07-08"));
        file.setText(QStringLiteral("court.certificate_pattern"), QStringLiteral("{court}自证〔{year}〕第{seq}号"));
        QCOMPARE(*store->certificates().allocate(file), QStringLiteral("闽0205自证〔2024〕第1号"));
    }

    void numbersSurviveRestart()
    {
        const QString db = location(QStringLiteral("b"));
        {
            auto store = Store::open(db);
            QVERIFY(store);
            QCOMPARE(*store->certificates().allocate(certificateCase(QStringLiteral("2024-07-08"))), QStringLiteral("（2024）闽0205自履证1号"));
        }
        auto reopened = Store::open(db);
        QVERIFY(reopened);
        QCOMPARE(*reopened->certificates().allocate(certificateCase(QStringLiteral("2024-07-10"))), QStringLiteral("（2024）闽0205自履证2号"));
        QCOMPARE(*reopened->certificates().allocate(certificateCase(QStringLiteral("2024-07-08"))), QStringLiteral("（2024）闽0205自履证1号"));
    }

    void missingFieldsNamed()
    {
        auto store = Store::open(location(QStringLiteral("c")));
        CaseFile file = certificateCase(QStringLiteral("2024-07-08"));
        file.json()["court"].erase("code");
        const auto n = store->certificates().allocate(file);
        QVERIFY(!n);
        QCOMPARE(n.errors().first().path, QStringLiteral("court.code"));
    }

    void corruptFileIsReportedNotReset()
    {
        if (onServer())
            QSKIP("an SQLite file of its own");
        const QString db = m_dir.filePath(QStringLiteral("corrupt.sqlite"));
        QVERIFY(zwtest::writeFile(db, QByteArray(4096, 'x')));
        const auto store = Store::open(db);
        QVERIFY(!store);
        QVERIFY(store.errorString().contains(db));
        QFile check(db);
        QVERIFY(check.open(QIODevice::ReadOnly));
        QCOMPARE(check.readAll(), QByteArray(4096, 'x')); // never silently reset
    }

    // Every example goes into the store and comes back byte for byte.
    void casesRoundTrip()
    {
        auto store = Store::open(location(QStringLiteral("cases")));
        QVERIFY(store);
        for (const QString &name : {QStringLiteral("jingde-withdrawal"), QStringLiteral("jingde-partly-revoked"), QStringLiteral("haicang-performance")}) {
            QFile original(zwtest::demo(name));
            QVERIFY(original.open(QIODevice::ReadOnly));
            const QByteArray bytes = original.readAll();
            const auto id = store->cases().save(*CaseFile::fromBytes(bytes), 0, zwtest::demo(name));
            QVERIFY2(id, qPrintable(id.errorString()));
            const auto back = store->cases().load(*id);
            QVERIFY(back);
            QCOMPARE(back->toBytes(), bytes);
            const auto summary = store->cases().summary(*id);
            QVERIFY(summary);
            QCOMPARE(summary->number, back->text(QStringLiteral("case.number")));
            QCOMPARE(summary->sourcePath, QFileInfo(zwtest::demo(name)).absoluteFilePath());
        }
        // Replacing a case replaces its parties too.
        const qint64 id = store->cases().find({QStringLiteral("皖1825执123号")})->first().id;
        CaseFile edited = *store->cases().load(id);
        edited.setText(QStringLiteral("respondents[0].name"), QStringLiteral("赵某某"));
        QVERIFY(store->cases().save(edited, id));
        QVERIFY(!store->cases().summary(id)->parties.contains(QStringLiteral("张某")));
        QCOMPARE(store->cases().find({QStringLiteral("赵某某")})->first().id, id);
        QVERIFY(!store->cases().save(edited, 9999)); // no such case: nothing written
        QVERIFY(!store->cases().load(9999));
    }

    void searchRecentDuplicateArchive()
    {
        auto store = Store::open(location(QStringLiteral("list")));
        QVERIFY(store);
        const qint64 a = *store->cases().save(zwtest::demoCase(QStringLiteral("jingde-withdrawal")));
        const qint64 b = *store->cases().save(zwtest::demoCase(QStringLiteral("haicang-performance")));
        const QString numberA = store->cases().summary(a)->number;
        // by case number, with half-width brackets typed; by party name and ID number
        QCOMPARE(store->cases().find({QStringLiteral("(2024)皖1825执")})->size(), 1);
        QCOMPARE(store->cases().find({QStringLiteral("宣城某艺术")})->first().id, a);
        QCOMPARE(store->cases().find({QStringLiteral("341825198005010037")})->first().id, a);
        QCOMPARE(store->cases().find({QStringLiteral("%")})->size(), 0); // LIKE wildcards are plain text
        QCOMPARE(store->cases().find()->size(), 2);
        QCOMPARE(store->cases().summary(a)->parties.first(), QStringLiteral("李某"));
        // recent: the case opened last comes first
        QCOMPARE(store->cases().find()->first().id, b);
        QVERIFY(store->cases().markOpened(a));
        QCOMPARE(store->cases().find()->first().id, a);
        // duplicate: a new case with the same content
        const auto copy = store->cases().duplicate(a);
        QVERIFY(copy && *copy != a);
        QCOMPARE(store->cases().load(*copy)->toBytes(), store->cases().load(a)->toBytes());
        QCOMPARE(store->cases().numbered(numberA)->size(), 2);
        // archive: gone from the active list, found among the archived, restorable
        QVERIFY(store->cases().setArchived(*copy, true));
        QCOMPARE(store->cases().find()->size(), 2);
        QCOMPARE(store->cases().find({{}, CaseQuery::ArchivedOnly})->first().id, *copy);
        QCOMPARE(store->cases().find({{}, CaseQuery::Both})->size(), 3);
        QVERIFY(store->cases().setArchived(*copy, false));
        QCOMPARE(store->cases().find()->size(), 3);
    }

    void importAndExportWithReport()
    {
        auto store = Store::open(location(QStringLiteral("transfer")));
        QVERIFY(store);
        const QString broken = m_dir.filePath(QStringLiteral("broken.json"));
        QVERIFY(zwtest::writeFile(broken, "{\n  \"format\": \"zhiwen/case@1\",\n  \"case\": {\n}"));
        CaseFile gaps = zwtest::demoCase(QStringLiteral("jingde-partly-revoked"));
        gaps.setText(QStringLiteral("case.number"), QStringLiteral("（2024）皖1825执456号"));
        gaps.setText(QStringLiteral("respondents[0].id_number"), QStringLiteral("341825198005010038"));
        const QString gapsFile = m_dir.filePath(QStringLiteral("gaps.json"));
        QVERIFY(gaps.save(gapsFile));
        const QStringList files{zwtest::demo(QStringLiteral("jingde-withdrawal")), broken, gapsFile, zwtest::demo(QStringLiteral("jingde-withdrawal"))};
        const TransferReport report = importCaseFiles(store.value(), files);
        using O = TransferItem::Outcome;
        QCOMPARE(report.items.size(), 4);
        QCOMPARE(report.items[0].outcome, O::Imported);
        QCOMPARE(report.items[1].outcome, O::Refused);
        QVERIFY2(report.items[1].describe().contains(QStringLiteral("第 4 行")), qPrintable(report.items[1].describe()));
        QCOMPARE(report.items[2].outcome, O::Imported); // imported, with what is left to correct
        QVERIFY(report.items[2].describe().contains(QStringLiteral("respondents[0].id_number")));
        QCOMPARE(report.items[3].outcome, O::Skipped);   // the same case number again
        QCOMPARE(report.items[3].caseId, report.items[0].caseId);
        QVERIFY(!report.allDone());
        QVERIFY2(report.text().startsWith(QStringLiteral("共 4 个文件：导入 2 件，替换 0 件，未导入 1 件，拒绝 1 件；其中 1 件有待补正的错误")),
                 qPrintable(report.text()));
        const TransferReport replaced = importCaseFiles(store.value(), {zwtest::demo(QStringLiteral("jingde-withdrawal"))}, ExistingCase::Replace);
        QCOMPARE(replaced.items[0].outcome, O::Replaced);
        QCOMPARE(replaced.items[0].caseId, report.items[0].caseId);

        // Export: one file per case, named by case number, never over an existing file.
        QTemporaryDir out;
        const QList<qint64> ids{report.items[0].caseId, report.items[2].caseId};
        const TransferReport first = exportCases(store.value(), ids, out.path());
        QVERIFY(first.allDone());
        const QString exported = first.items[0].file;
        QCOMPARE(QFileInfo(exported).fileName(), QStringLiteral("（2024）皖1825执123号.json"));
        QFile again(exported);
        QVERIFY(again.open(QIODevice::ReadOnly));
        QFile source(zwtest::demo(QStringLiteral("jingde-withdrawal")));
        QVERIFY(source.open(QIODevice::ReadOnly));
        QCOMPARE(again.readAll(), source.readAll());
        const TransferReport second = exportCases(store.value(), ids, out.path());
        QCOMPARE(QFileInfo(second.items[0].file).fileName(), QStringLiteral("（2024）皖1825执123号-2.json"));
        QCOMPARE(exportCases(store.value(), {4242}, out.path()).items[0].outcome, O::Failed);
        QCOMPARE(caseFileName(QStringLiteral("a/b:c"), 7), QStringLiteral("a_b_c"));
        QCOMPARE(caseFileName(QString(), 7), QStringLiteral("案件7"));
    }

    // An unusable database is moved aside, never deleted; a new one can be made.
    void setAsideUnusable()
    {
        if (onServer())
            QSKIP("an SQLite file of its own");
        const QString db = m_dir.filePath(QStringLiteral("aside.sqlite"));
        QVERIFY(zwtest::writeFile(db, QByteArray(4096, 'y')));
        QVERIFY(!Store::open(db));
        const auto moved = Store::setAside(db);
        QVERIFY2(moved, qPrintable(moved.errorString()));
        QVERIFY(!QFile::exists(db));
        QFile kept(*moved);
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), QByteArray(4096, 'y'));
        QVERIFY(Store::open(db));
    }

    // The register is append-only in the database: an UPDATE or DELETE by
    // any connection fails, whatever program makes it.
    void registerIsAppendOnly()
    {
        const QString where = location(QStringLiteral("register"));
        auto store = Store::open(where);
        QVERIFY2(store, qPrintable(store.errorString()));
        const CaseFile file = zwtest::demoCase(QStringLiteral("jingde-withdrawal"));
        const auto id = store->documents().record(IssuedDocument::describe("%PDF-1.4 test", QStringLiteral("zhixing-tongzhi"), 2, file, QStringLiteral("陈某"), QString()));
        QVERIFY2(id, qPrintable(id.errorString()));
        {
            QSqlDatabase raw = rawConnection(where, QStringLiteral("raw"));
            QVERIFY(raw.isOpen());
            QSqlQuery q(raw);
            QVERIFY(!q.exec(QStringLiteral("UPDATE documents SET officer = 'someone else'")));
            QVERIFY2(q.lastError().text().contains(QStringLiteral("只能追加")), qPrintable(q.lastError().text()));
            QVERIFY(!q.exec(QStringLiteral("DELETE FROM documents")));
            QVERIFY(q.exec(QStringLiteral("SELECT officer FROM documents")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("陈某"));
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    }

    // Eight processes allocating at once never duplicate or skip a number
    // (ZHIWEN_ALLOCATION_ROUNDS rounds of eight; 100 rounds make the 800 of
    // the court-store issue).
    void concurrentProcesses()
    {
        const QString db = location(QStringLiteral("shared"));
        const int processes = 8;
        const int rounds = qEnvironmentVariableIsSet("ZHIWEN_ALLOCATION_ROUNDS") ? qEnvironmentVariableIntValue("ZHIWEN_ALLOCATION_ROUNDS") : 3;
        QList<QString> cases;
        for (int i = 0; i < processes * rounds; ++i) {
            const QString path = m_dir.filePath(QStringLiteral("case%1.json").arg(i));
            QVERIFY(certificateCase(QDate(2024, 1, 1).addDays(i).toString(Qt::ISODate)).save(path));
            cases << path;
        }
        QStringList numbers;
        for (int r = 0; r < rounds; ++r) {
            std::vector<std::unique_ptr<QProcess>> running;
            for (int p = 0; p < processes; ++p) {
                running.push_back(std::make_unique<QProcess>());
                running.back()->start(QStringLiteral(ZHIWEN_CLI), {QStringLiteral("certificate"), cases[r * processes + p], QStringLiteral("--store"), db});
            }
            for (auto &proc : running) {
                QVERIFY(proc->waitForFinished(120000));
                QVERIFY2(proc->exitCode() == 0, proc->readAllStandardError().constData());
                numbers << QString::fromUtf8(proc->readAllStandardOutput()).trimmed();
            }
        }
        QSet<QString> expected;
        for (int n = 1; n <= processes * rounds; ++n)
            expected.insert(QStringLiteral("（2024）闽0205自履证%1号").arg(n));
        QCOMPARE(numbers.size(), processes * rounds);
        QCOMPARE(QSet<QString>(numbers.begin(), numbers.end()), expected);
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
