#include "Identifiers.h"
#include "TestSupport.h"

using namespace zw;

class TestIdentifiers : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void idNumbers_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("birth");
        QTest::addColumn<bool>("male");
        QTest::newRow("demo respondent") << "341825198005010037" << true << "1980-05-01" << true;
        QTest::newRow("demo applicant") << "341825197208140013" << true << "1972-08-14" << true;
        QTest::newRow("GB 11643 example X") << "11010519491231002X" << true << "1949-12-31" << false;
        QTest::newRow("wrong check digit") << "341825198005010038" << false << "" << false;
        QTest::newRow("lowercase x") << "11010519491231002x" << false << "" << false;
        QTest::newRow("bad date") << "341825198013010031" << false << "" << false;
        QTest::newRow("too short") << "3418251980050100" << false << "" << false;
        QTest::newRow("letters") << "34182519800501003A" << false << "" << false;
        QTest::newRow("old 15 digits") << "341825800501003" << true << "1980-05-01" << true;
    }
    void idNumbers()
    {
        QFETCH(QString, id);
        QFETCH(bool, valid);
        QFETCH(QString, birth);
        QFETCH(bool, male);
        const IdNumberCheck c = checkIdNumber(id);
        QCOMPARE(c.valid, valid);
        if (valid) {
            QCOMPARE(c.birthDate.toString(Qt::ISODate), birth);
            QCOMPARE(c.sex == IdNumberCheck::Sex::Male, male);
        } else {
            QVERIFY(!c.error.isEmpty());
        }
    }

    void wrongCheckDigitMessage()
    {
        QCOMPARE(checkIdNumber(QStringLiteral("341825198005010038")).error, QStringLiteral("校验位错误"));
    }

    void uscc_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("wellFormed");
        QTest::addColumn<bool>("checksum");
        QTest::newRow("demo org") << "91341825MA2N4B7C39" << true << true;
        QTest::newRow("demo haicang") << "91350205MA8T2K9P4N" << true << true;
        QTest::newRow("bad checksum") << "91341825MA2N4B7C38" << true << false;
        QTest::newRow("letter O") << "91341825MA2N4B7CO9" << false << false;
        QTest::newRow("short") << "9134182" << false << false;
    }
    void uscc()
    {
        QFETCH(QString, code);
        QFETCH(bool, wellFormed);
        QFETCH(bool, checksum);
        const UsccCheck c = checkUscc(code);
        QCOMPARE(c.wellFormed, wellFormed);
        QCOMPARE(c.checksumOk, checksum);
    }
};

QTEST_GUILESS_MAIN(TestIdentifiers)
#include "tst_identifiers.moc"
