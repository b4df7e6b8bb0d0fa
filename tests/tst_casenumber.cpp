#include "CaseNumber.h"
#include "CaseTypes.h"
#include "TestSupport.h"

using namespace zw;

class TestCaseNumber : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void valid_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("court");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("serial");
        QTest::newRow("basic court") << "（2024）皖1825执123号" << "皖1825" << "执" << "123";
        QTest::newRow("high court") << "（2020）湘执复244号" << "湘" << "执复" << "244";
        QTest::newRow("supreme court") << "（2021）最高法执监344号" << "最高法" << "执监" << "344";
        QTest::newRow("intermediate") << "（2024）粤07执恢12号" << "粤07" << "执恢" << "12";
        QTest::newRow("civil first instance") << "（2023）皖1825民初456号" << "皖1825" << "民初" << "456";
        QTest::newRow("special court 71-99") << "（2022）京73民初1号" << "京73" << "民初" << "1";
        QTest::newRow("retrial") << "（2024）皖18民再7号" << "皖18" << "民再" << "7";
        QTest::newRow("preservation") << "（2024）闽0205执保3号" << "闽0205" << "执保" << "3";
    }
    void valid()
    {
        QFETCH(QString, text);
        QFETCH(QString, court);
        QFETCH(QString, type);
        QFETCH(QString, serial);
        const CaseNumberCheck c = checkCaseNumber(text);
        QVERIFY2(c.valid, qPrintable(c.error));
        QCOMPARE(c.number.court, court);
        QCOMPARE(c.number.type, type);
        QCOMPARE(c.number.serial, serial);
        QVERIFY(c.warnings.isEmpty());
        QCOMPARE(c.number.toString(), text);
    }

    void invalid_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("reason"); // a word the message must contain
        QTest::newRow("empty") << "" << "为空";
        QTest::newRow("no year") << "皖1825执123号" << "年度";
        QTest::newRow("short year") << "（24）皖1825执123号" << "四位";
        QTest::newRow("no 号") << "（2024）皖1825执123" << "号";
        QTest::newRow("no serial") << "（2024）皖1825执号" << "编号";
        QTest::newRow("unknown province") << "（2024）A1825执123号" << "法院代字";
        QTest::newRow("three digits") << "（2024）皖182执123号" << "2 位";
        QTest::newRow("zero serial") << "（2024）皖1825执0123号" << "0";
        QTest::newRow("year far future") << "（2999）皖1825执1号" << "2999";
        QTest::newRow("no type") << "（2024）皖1825123号" << "结构";
    }
    void invalid()
    {
        QFETCH(QString, text);
        QFETCH(QString, reason);
        const CaseNumberCheck c = checkCaseNumber(text);
        QVERIFY(!c.valid);
        QVERIFY2(c.error.contains(reason), qPrintable(c.error));
    }

    void halfWidthBracketsWarn()
    {
        const CaseNumberCheck c = checkCaseNumber(QStringLiteral("(2024)皖1825执123号"));
        QVERIFY(c.valid);
        QCOMPARE(c.warnings.size(), 1);
        QVERIFY(c.warnings.first().contains(QStringLiteral("（2024）皖1825执123号")));
        QCOMPARE(c.normalized, QStringLiteral("（2024）皖1825执123号"));
    }

    void oldFormForInstruments()
    {
        const CaseNumberCheck c = checkCaseNumber(QStringLiteral("（2015）宣中民一初字第00012号"));
        QVERIFY2(c.valid, qPrintable(c.error));
        QVERIFY(c.number.oldForm);
        QCOMPARE(c.number.serial, QStringLiteral("00012"));
        QVERIFY(!checkCaseNumber(QStringLiteral("（2015）宣中民一初字第00012号"), false).valid);
    }

    void unknownTypeWarns()
    {
        const CaseNumberCheck c = checkCaseNumber(QStringLiteral("（2024）皖1825怪9号"));
        QVERIFY(c.valid);
        QCOMPARE(c.warnings.size(), 1);
        QVERIFY2(c.warnings.first().contains(QStringLiteral("“怪”")) && c.warnings.first().contains(QStringLiteral("case-types.json")),
                 qPrintable(c.warnings.first()));
    }

    // The type codes come from the shipped list (law/case-types.json), not
    // from a list in the program: codes of the SPC standard pass without a
    // warning, and whether a case is an enforcement case is the list's word.
    void typeCodesFromTheShippedList_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("known");
        QTest::addColumn<bool>("enforcement");
        QTest::newRow("执") << "（2024）皖1825执123号" << true << true;
        QTest::newRow("执恢") << "（2024）粤07执恢12号" << true << true;
        QTest::newRow("执异") << "（2024）皖1825执异3号" << true << true;
        QTest::newRow("司救执") << "（2024）皖1825司救执2号" << true << false;
        QTest::newRow("强清申") << "（2024）粤03强清申1号" << true << false;
        QTest::newRow("民初") << "（2023）皖1825民初456号" << true << false;
        QTest::newRow("行审") << "（2023）皖1825行审8号" << true << false;
        QTest::newRow("执乙 (not a code)") << "（2024）皖1825执乙5号" << false << true;
        QTest::newRow("old form") << "（2015）宣中执字第00012号" << true << false;
    }
    void typeCodesFromTheShippedList()
    {
        QFETCH(QString, text);
        QFETCH(bool, known);
        QFETCH(bool, enforcement);
        const CaseNumberCheck c = checkCaseNumber(text);
        QVERIFY2(c.valid, qPrintable(c.error));
        QCOMPARE(c.warnings.isEmpty(), known);
        QCOMPARE(isEnforcementCase(c), enforcement);
    }

    void installedListIsTheOneChecked()
    {
        const auto shipped = CaseTypes::current();
        QVERIFY(shipped->find(QStringLiteral("执")));
        auto local = CaseTypes::fromJson(Json::parse(R"({"format": "zhiwen/case-types@1", "types": [
            {"code": "执", "name": "首次执行案件", "enforcement": true}, {"code": "民试", "name": "试点案件"}]})"), QStringLiteral("local.json"));
        QVERIFY2(local, qPrintable(local.errorString()));
        CaseTypes::install(std::make_shared<const CaseTypes>(std::move(local).value()));
        const bool added = checkCaseNumber(QStringLiteral("（2024）皖1825民试1号")).warnings.isEmpty();
        const bool dropped = !checkCaseNumber(QStringLiteral("（2024）皖1825民初1号")).warnings.isEmpty();
        CaseTypes::install(shipped);
        QVERIFY(added);
        QVERIFY(dropped);
    }

    void brokenListNamesTheEntry_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("words");
        QTest::newRow("format") << QByteArray(R"({"types": [{"code": "执", "name": "x", "enforcement": true}]})") << "zhiwen/case-types@1";
        QTest::newRow("empty") << QByteArray(R"({"format": "zhiwen/case-types@1", "types": []})") << "types";
        QTest::newRow("Latin") << QByteArray(R"({"format": "zhiwen/case-types@1", "types": [{"code": "执A", "name": "x", "enforcement": true}]})")
                               << "types[0].code";
        QTest::newRow("flag") << QByteArray(R"({"format": "zhiwen/case-types@1", "types": [{"code": "民初", "name": "x", "enforcement": true}]})")
                              << "types[0].enforcement";
        QTest::newRow("flag type") << QByteArray(R"({"format": "zhiwen/case-types@1", "types": [{"code": "执", "name": "x", "enforcement": "yes"}]})")
                                   << "应为 true 或 false";
        QTest::newRow("duplicate") << QByteArray(R"({"format": "zhiwen/case-types@1", "types": [{"code": "民初", "name": "x"}, {"code": "民初", "name": "y"}]})")
                                   << "types[1].code";
        QTest::newRow("name") << QByteArray(R"({"format": "zhiwen/case-types@1", "types": [{"code": "民初"}]})") << "types[0].name";
    }
    void brokenListNamesTheEntry()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, words);
        const auto types = CaseTypes::fromJson(Json::parse(json.toStdString()), QStringLiteral("case-types.json"));
        QVERIFY(!types);
        QVERIFY2(types.errorString().contains(words), qPrintable(types.errorString()));
    }
};

QTEST_GUILESS_MAIN(TestCaseNumber)
#include "tst_casenumber.moc"
