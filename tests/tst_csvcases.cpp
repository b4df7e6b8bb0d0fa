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
};

QTEST_GUILESS_MAIN(TestCsvCases)
#include "tst_csvcases.moc"
