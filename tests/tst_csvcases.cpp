#include "CaseValidator.h"
#include "CsvCases.h"
#include "TestSupport.h"

#include <boost/locale/encoding.hpp>

using namespace zw;

class TestCsvCases : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void exampleRowsAreValidCases()
    {
        const auto rows = readCsvCases(QStringLiteral(ZHIWEN_TEST_DATA "/batch-example.csv"));
        QVERIFY2(rows, qPrintable(rows.errorString()));
        QCOMPARE(rows->size(), 2);
        for (const CsvCase &row : *rows) {
            QVERIFY(row.errors.isEmpty());
            const Diagnostics list = validateCase(row.file);
            QVERIFY2(!hasErrors(list), qPrintable(joinMessages(list)));
        }
        const CaseFile &second = rows->at(1).file;
        QCOMPARE(second.text(QStringLiteral("basis.items[0].text")), QStringLiteral("被告王某于2024年2月1日前支付原告货款8,600元。"));
        QCOMPARE(second.json()["basis"]["items"][0]["no"].get<int>(), 1);
        QCOMPARE(second.text(QStringLiteral("applicants[0].kind")), QStringLiteral("organization"));
        QCOMPARE(second.text(QStringLiteral("respondents[0].id")), QStringLiteral("r1"));
        QCOMPARE(rows->at(1).line, 3);
    }

    void quotingAndLines()
    {
        const QByteArray csv = "case.number,case.cause\r\n"
                               "\"（2024）皖1825执1号\",\"含逗号,与\"\"引号\"\"\n两行\"\r\n"
                               "（2024）皖1825执2号,普通\r\n";
        const auto rows = parseCsvCases(csv, QStringLiteral("t.csv"));
        QVERIFY(rows);
        QCOMPARE(rows->size(), 2);
        QCOMPARE(rows->at(0).file.text(QStringLiteral("case.cause")), QStringLiteral("含逗号,与\"引号\"\n两行"));
        QCOMPARE(rows->at(1).line, 4);
    }

    void gbkFromExcel()
    {
        const std::string utf8 = "case.number,respondents[0].name\n（2024）皖1825执3号,张某\n";
        const std::string gbk = boost::locale::conv::from_utf<char>(utf8, "GBK");
        const auto rows = parseCsvCases(QByteArray::fromStdString(gbk), QStringLiteral("gbk.csv"));
        QVERIFY(rows);
        QCOMPARE(rows->first().file.text(QStringLiteral("respondents[0].name")), QStringLiteral("张某"));
    }

    void badHeaderAndCells()
    {
        auto rows = parseCsvCases("case.number,案号\n1,2\n", QStringLiteral("h.csv"));
        QVERIFY(!rows);
        QVERIFY(rows.errorString().contains(QStringLiteral("h.csv:1")));
        QVERIFY(rows.errorString().contains(QStringLiteral("第 2 列")));
        rows = parseCsvCases("case.number,basis.items[0].no,basis.joint_and_several\nx,two,maybe\n", QStringLiteral("c.csv"));
        QVERIFY(rows);
        QCOMPARE(rows->first().errors.size(), 2);
        QCOMPARE(rows->first().errors.at(0).path, QStringLiteral("basis.items[0].no"));
    }

    // The header is checked against the case schema: a group of fields, a
    // field the format does not have, a position beyond a list's bound and a
    // repeated column are refused at line 1, naming the column. (A header
    // with both `case` and `case.number` aborted batch; `o[44444440]`
    // allocated gigabytes for every row.)
    void headerAgainstTheSchema_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QString>("words");
        QTest::newRow("group and field") << QByteArray("case,case.number\nx,（2024）皖1825执1号\n") << "第 1 列的表头“case”是一组字段";
        QTest::newRow("huge index") << QByteArray("o[44444440]\n1\n") << "第 1 列的表头“o[44444440]”不是案件格式中的字段";
        QTest::newRow("index beyond bound") << QByteArray("respondents[44444440].name\n张某\n") << "序号 44444440 超出";
        QTest::newRow("unknown field") << QByteArray("case.numbr\nx\n") << "不是案件格式中的字段";
        QTest::newRow("element") << QByteArray("respondents[0]\nx\n") << "是一组字段";
        QTest::newRow("repeated") << QByteArray("case.number,case.number\na,b\n") << "与第 1 列相同";
    }
    void headerAgainstTheSchema()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QString, words);
        const auto rows = parseCsvCases(csv, QStringLiteral("s.csv"));
        QVERIFY(!rows);
        QVERIFY2(rows.errorString().contains(QStringLiteral("s.csv:1")), qPrintable(rows.errorString()));
        QVERIFY2(rows.errorString().contains(words), qPrintable(rows.errorString()));
    }

    // Column types come from the schema: a termination's item is a number,
    // `permanent` a yes/no.
    void typesFromTheSchema()
    {
        const auto rows = parseCsvCases("termination.items[0],termination.permanent,officers.judges[0]\n2,是,3\n", QStringLiteral("t.csv"));
        QVERIFY(rows);
        const Json &t = rows->first().file.json()["termination"];
        QVERIFY(t["items"][0].is_number_integer());
        QCOMPARE(t["permanent"].get<bool>(), true);
        QVERIFY(rows->first().file.json()["officers"]["judges"][0].is_string());
    }
};

QTEST_GUILESS_MAIN(TestCsvCases)
#include "tst_csvcases.moc"
