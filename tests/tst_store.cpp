#include "CaseTransfer.h"
#include "FileNames.h"
#include "Store.h"
#include "TestSupport.h"

#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QSqlQuery>

using namespace zw;

class TestStore : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

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
        const QString db = m_dir.filePath(QStringLiteral("a.sqlite"));
        auto store = Store::open(db);
        QVERIFY2(store, qPrintable(store.errorString()));
        QCOMPARE(*store->schemaVersion(), 4);
        QCOMPARE(*store->certificates().allocate(certificateCase(QStringLiteral("2024-07-08"))), QStringLiteral("（2024）闽0205自履证1号"));
        QCOMPARE(*store->certificates().allocate(certificateCase(QStringLiteral("2024-07-08"))), QStringLiteral("（2024）闽0205自履证1号"));
        QCOMPARE(*store->certificates().allocate(certificateCase(QStringLiteral("2024-07-09"))), QStringLiteral("（2024）闽0205自履证2号"));
        QCOMPARE(*store->certificates().allocate(certificateCase(QStringLiteral("2024-07-08"), QStringLiteral("a1"))), QStringLiteral("（2024）闽0205自履证3号"));
    }

    void migratesFromVersion1()
    {
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
        QCOMPARE(*store->schemaVersion(), 4);
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
        auto store = Store::open(m_dir.filePath(QStringLiteral("pattern.sqlite")));
        CaseFile file = certificateCase(QStringLiteral("2024-07-08"));
        file.setText(QStringLiteral("court.certificate_pattern"), QStringLiteral("{court}自证〔{year}〕第{seq}号"));
        QCOMPARE(*store->certificates().allocate(file), QStringLiteral("闽0205自证〔2024〕第1号"));
    }

    void numbersSurviveRestart()
    {
        const QString db = m_dir.filePath(QStringLiteral("b.sqlite"));
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
        auto store = Store::open(m_dir.filePath(QStringLiteral("c.sqlite")));
        CaseFile file = certificateCase(QStringLiteral("2024-07-08"));
        file.json()["court"].erase("code");
        const auto n = store->certificates().allocate(file);
        QVERIFY(!n);
        QCOMPARE(n.errors().first().path, QStringLiteral("court.code"));
    }

    void corruptFileIsReportedNotReset()
    {
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
        auto store = Store::open(m_dir.filePath(QStringLiteral("cases.sqlite")));
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
        auto store = Store::open(m_dir.filePath(QStringLiteral("list.sqlite")));
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
        auto store = Store::open(m_dir.filePath(QStringLiteral("transfer.sqlite")));
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

    // Two processes allocating at once never duplicate or skip a number.
    void concurrentProcesses()
    {
        const QString db = m_dir.filePath(QStringLiteral("shared.sqlite"));
        const int perProcess = 12;
        QList<QString> cases;
        for (int i = 0; i < 2 * perProcess; ++i) {
            const QString path = m_dir.filePath(QStringLiteral("case%1.json").arg(i));
            QVERIFY(certificateCase(QDate(2024, 1, 1).addDays(i).toString(Qt::ISODate)).save(path));
            cases << path;
        }
        QStringList numbers;
        for (int i = 0; i < perProcess; ++i) {
            QProcess a, b;
            a.start(QStringLiteral(ZHIWEN_CLI), {QStringLiteral("certificate"), cases[2 * i], QStringLiteral("--store"), db});
            b.start(QStringLiteral(ZHIWEN_CLI), {QStringLiteral("certificate"), cases[2 * i + 1], QStringLiteral("--store"), db});
            QVERIFY(a.waitForFinished(60000) && b.waitForFinished(60000));
            QVERIFY2(a.exitCode() == 0, a.readAllStandardError().constData());
            QVERIFY2(b.exitCode() == 0, b.readAllStandardError().constData());
            numbers << QString::fromUtf8(a.readAllStandardOutput()).trimmed() << QString::fromUtf8(b.readAllStandardOutput()).trimmed();
        }
        QSet<QString> expected;
        for (int n = 1; n <= 2 * perProcess; ++n)
            expected.insert(QStringLiteral("（2024）闽0205自履证%1号").arg(n));
        QCOMPARE(QSet<QString>(numbers.begin(), numbers.end()), expected);
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
