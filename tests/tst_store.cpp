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
        QCOMPARE(store->schemaVersion(), 2);
        QCOMPARE(*store.value().certificateNumber(certificateCase(QStringLiteral("2024-07-08"))), QStringLiteral("（2024）闽0205自履证1号"));
        QCOMPARE(*store.value().certificateNumber(certificateCase(QStringLiteral("2024-07-08"))), QStringLiteral("（2024）闽0205自履证1号"));
        QCOMPARE(*store.value().certificateNumber(certificateCase(QStringLiteral("2024-07-09"))), QStringLiteral("（2024）闽0205自履证2号"));
        QCOMPARE(*store.value().certificateNumber(certificateCase(QStringLiteral("2024-07-08"), QStringLiteral("a1"))), QStringLiteral("（2024）闽0205自履证3号"));
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
        QCOMPARE(store->schemaVersion(), 2);
        QCOMPARE(*store.value().certificateNumber(certificateCase(QStringLiteral("2024-07-08"))), QStringLiteral("（2024）闽0205自履证7号"));
        QCOMPARE(*store.value().certificateNumber(certificateCase(QStringLiteral("2024-07-20"))), QStringLiteral("（2024）闽0205自履证8号"));
        IssuedDocument d;
        d.sha256 = QStringLiteral("ab");
        d.templateId = QStringLiteral("t");
        d.caseNumber = QStringLiteral("c");
        d.caseJson = "{}";
        d.issuedAt = QDateTime::currentDateTimeUtc();
        QVERIFY(store.value().recordDocument(d));
        QCOMPARE(store->findDocuments(QStringLiteral("ab")).size(), 1);
    }

    void courtPattern()
    {
        auto store = Store::open(m_dir.filePath(QStringLiteral("pattern.sqlite")));
        CaseFile file = certificateCase(QStringLiteral("2024-07-08"));
        file.setText(QStringLiteral("court.certificate_pattern"), QStringLiteral("{court}自证〔{year}〕第{seq}号"));
        QCOMPARE(*store.value().certificateNumber(file), QStringLiteral("闽0205自证〔2024〕第1号"));
    }

    void numbersSurviveRestart()
    {
        const QString db = m_dir.filePath(QStringLiteral("b.sqlite"));
        {
            auto store = Store::open(db);
            QVERIFY(store);
            QCOMPARE(*store.value().certificateNumber(certificateCase(QStringLiteral("2024-07-08"))), QStringLiteral("（2024）闽0205自履证1号"));
        }
        auto reopened = Store::open(db);
        QVERIFY(reopened);
        QCOMPARE(*reopened.value().certificateNumber(certificateCase(QStringLiteral("2024-07-10"))), QStringLiteral("（2024）闽0205自履证2号"));
        QCOMPARE(*reopened.value().certificateNumber(certificateCase(QStringLiteral("2024-07-08"))), QStringLiteral("（2024）闽0205自履证1号"));
    }

    void missingFieldsNamed()
    {
        auto store = Store::open(m_dir.filePath(QStringLiteral("c.sqlite")));
        CaseFile file = certificateCase(QStringLiteral("2024-07-08"));
        file.json()["court"].erase("code");
        const auto n = store.value().certificateNumber(file);
        QVERIFY(!n);
        QCOMPARE(n.errors().first().path, QStringLiteral("court.code"));
    }

    void corruptFileIsReportedNotReset()
    {
        const QString db = m_dir.filePath(QStringLiteral("corrupt.sqlite"));
        QFile f(db);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'x'));
        f.close();
        const auto store = Store::open(db);
        QVERIFY(!store);
        QVERIFY(store.errorString().contains(db));
        QFile check(db);
        QVERIFY(check.open(QIODevice::ReadOnly));
        QCOMPARE(check.readAll(), QByteArray(4096, 'x')); // never silently reset
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
