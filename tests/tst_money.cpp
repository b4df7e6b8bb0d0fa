#include "ChineseText.h"
#include "Money.h"
#include "TestSupport.h"

using namespace zw;

class TestMoney : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void words_data()
    {
        QTest::addColumn<QString>("amount");
        QTest::addColumn<QString>("words");
        QTest::addColumn<QString>("figures");
        QTest::newRow("0.01") << "0.01" << "壹分" << "0.01";
        QTest::newRow("0.50") << "0.50" << "伍角整" << "0.50";
        QTest::newRow("0.35") << "0.35" << "叁角伍分" << "0.35";
        QTest::newRow("10.00") << "10.00" << "壹拾元整" << "10.00";
        QTest::newRow("10.05") << "10.05" << "壹拾元零伍分" << "10.05";
        QTest::newRow("10001") << "10001" << "壹万零壹元整" << "10,001.00";
        QTest::newRow("75000") << "75000.00" << "柒万伍仟元整" << "75,000.00";
        QTest::newRow("78412.50") << "78412.50" << "柒万捌仟肆佰壹拾贰元伍角整" << "78,412.50";
        QTest::newRow("100000") << "100000.00" << "壹拾万元整" << "100,000.00";
        QTest::newRow("100010") << "100010.00" << "壹拾万零壹拾元整" << "100,010.00";
        QTest::newRow("1000000000.10") << "1000000000.10" << "壹拾亿元零壹角整" << "1,000,000,000.10";
        QTest::newRow("20030405.06") << "20030405.06" << "贰仟零叁万零肆佰零伍元零陆分" << "20,030,405.06";
        QTest::newRow("0") << "0" << "零元整" << "0.00";
    }
    void words()
    {
        QFETCH(QString, amount);
        QFETCH(QString, words);
        QFETCH(QString, figures);
        const auto m = Money::parse(amount);
        QVERIFY(m);
        QCOMPARE(m->words(), words);
        QCOMPARE(m->figures(), figures);
    }

    void malformed_data()
    {
        QTest::addColumn<QString>("amount");
        QTest::newRow("three decimals") << "1.234";
        QTest::newRow("separator") << "75,000.00";
        QTest::newRow("negative") << "-5";
        QTest::newRow("leading zero") << "0075";
        QTest::newRow("empty") << "";
        QTest::newRow("text") << "七万";
    }
    void malformed()
    {
        QFETCH(QString, amount);
        QString why;
        QVERIFY(!Money::parse(amount, &why));
        QVERIFY(!why.isEmpty());
    }

    void numerals_data()
    {
        QTest::addColumn<int>("n");
        QTest::addColumn<QString>("ordinal");
        QTest::newRow("2") << 2 << "第二项";
        QTest::newRow("10") << 10 << "第十项";
        QTest::newRow("12") << 12 << "第十二项";
        QTest::newRow("21") << 21 << "第二十一项";
        QTest::newRow("25") << 25 << "第二十五项";
    }
    void numerals()
    {
        QFETCH(int, n);
        QFETCH(QString, ordinal);
        QCOMPARE(itemOrdinal(n), ordinal);
    }

    void dates()
    {
        QCOMPARE(chineseDate(QDate(2024, 6, 1)), QStringLiteral("二〇二四年六月一日"));
        QCOMPARE(chineseDate(QDate(2020, 10, 31)), QStringLiteral("二〇二〇年十月三十一日"));
        QCOMPARE(arabicDate(QDate(2024, 3, 5)), QStringLiteral("2024年3月5日"));
        QVERIFY(!parseIsoDate(QStringLiteral("2024-02-30")).isValid());
        QVERIFY(!parseIsoDate(QStringLiteral("2024-6-1")).isValid());
    }
};

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
