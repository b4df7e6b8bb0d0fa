// 终结本次执行程序: the five conditions of 终本规定 art. 1, the duty to hear
// the applicant and who may decide, checked against the record of measures
// by resources/rules/zhongben.json.
#include "TestCatalog.h"
#include "TestSupport.h"
#include "FollowUp.h"
#include "ZhongbenFamily.h"

#include <QTemporaryDir>

using namespace zw;

namespace {
const ZhongbenFamily &family()
{
    static const std::shared_ptr<const ZhongbenFamily> f = [] {
        auto loaded = ZhongbenFamily::load(zwtest::sourceData(QStringLiteral("rules/zhongben.json")),
                                           std::make_shared<const LawTable>(zwtest::law()));
        if (!loaded)
            qFatal("%s", qPrintable(loaded.errorString()));
        return loaded.value();
    }();
    return *f;
}

Json &debtor(CaseFile &f, int i) { return f.json()["measures"]["debtors"][std::size_t(i)]; }

// Edits that each take one thing out of the complete record.
using Edit = std::function<void(CaseFile &)>;
} // namespace

Q_DECLARE_METATYPE(Edit)

class TestZhongben : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void completeRecordIsAllowed()
    {
        const auto a = family().assess(zwtest::demoCase(QStringLiteral("jingde-zhongben-ready")));
        QVERIFY2(a, qPrintable(a.errorString()));
        for (const auto &c : a->conditions)
            QVERIFY2(c.met, qPrintable(c.id + QStringLiteral(": ") + c.reasons.join(QLatin1Char(';'))));
        QVERIFY(a->allowed);
        QCOMPARE(a->operative, QStringLiteral("终结本次执行程序。"));
        QStringList ids;
        for (const auto &c : a->conditions)
            ids << c.id;
        QCOMPARE(ids, ZhongbenFamily::conditionIds());
        // The company is not listed as 失信, and the record says why.
        QCOMPARE(a->warnings.size(), 1);
        QVERIFY2(a->warnings.first().contains(QStringLiteral("宣城某艺术培训有限公司未纳入失信被执行人名单")), qPrintable(a->warnings.first()));
    }

    // Each condition failing alone is refused, naming that condition and
    // what is missing, and no other.
    void eachConditionAlone_data()
    {
        QTest::addColumn<Edit>("edit");
        QTest::addColumn<QString>("condition");
        QTest::addColumn<QString>("words");
        QTest::newRow("no execution notice") << Edit([](CaseFile &f) { debtor(f, 0).erase("notice_served_on"); })
                                             << "notice_and_report" << "尚未向被执行人张某送达执行通知书";
        QTest::newRow("no report order") << Edit([](CaseFile &f) { debtor(f, 1).erase("report_order_served_on"); })
                                         << "notice_and_report" << "尚未向被执行人宣城某艺术培训有限公司送达报告财产令";
        QTest::newRow("late report unpunished") << Edit([](CaseFile &f) { debtor(f, 0).erase("report_sanction"); })
                                                << "notice_and_report" << "被执行人张某无正当理由逾期报告，尚未依法予以罚款、拘留";
        QTest::newRow("report not checked") << Edit([](CaseFile &f) { debtor(f, 1).erase("report_checked_on"); })
                                            << "notice_and_report" << "尚未核查被执行人宣城某艺术培训有限公司报告的财产情况";
        QTest::newRow("no consumption ban") << Edit([](CaseFile &f) { debtor(f, 0).erase("consumption_ban_on"); })
                                            << "consumption_and_defaulter" << "尚未对被执行人张某发出限制消费令";
        QTest::newRow("defaulter neither listed nor exempt") << Edit([](CaseFile &f) { debtor(f, 0).erase("defaulter_listed_on"); })
                                                             << "consumption_and_defaulter" << "既未纳入失信被执行人名单";
        QTest::newRow("no real-estate query") << Edit([](CaseFile &f) { f.json()["measures"]["investigations"][1]["covers"] = Json::array({"deposits", "vehicles", "securities"}); })
                                              << "property_investigation" << "尚未通过网络执行查控系统查询被执行人宣城某艺术培训有限公司的不动产";
        QTest::newRow("network unanswered, no on-site") << Edit([](CaseFile &f) { f.json()["measures"]["investigations"][1]["unanswered"] = true; })
                                                        << "property_investigation" << "尚未在其住所地或者可能隐匿、转移财产所在地进行必要调查";
        QTest::newRow("clues unchecked") << Edit([](CaseFile &f) { f.json()["measures"]["investigations"].erase(3); })
                                         << "property_investigation" << "申请执行人提供了财产线索，尚未核查";
        QTest::newRow("audit requested, not done") << Edit([](CaseFile &f) { f.json()["measures"]["audit_requested"] = true; })
                                                   << "property_investigation" << "尚未委托审计";
        QTest::newRow("property found, not disposed of") << Edit([](CaseFile &f) { f.json()["measures"]["property"][0].erase("not_disposable_because"); })
                                                         << "property_investigation" << "尚未处置，也未记载终本规定第四条所列的不能处置情形";
        // The applicant's consent alone is no ground of art. 4.
        QTest::newRow("no art. 4 ground") << Edit([](CaseFile &f) { f.json()["measures"]["property"][0].erase("ground"); })
                                          << "property_investigation" << "小型普通客车一辆（皖P·C1234）”尚未处置";
        QTest::newRow("three months") << Edit([](CaseFile &f) { f.json()["zhongben"]["decided_on"] = "2024-06-05"; f.json()["measures"]["interview"]["held_on"] = "2024-06-01"; })
                                      << "three_months" << "2024年6月6日起方可";
        QTest::newRow("missing debtor not searched") << Edit([](CaseFile &f) { debtor(f, 0)["missing"] = true; })
                                                     << "missing_and_obstruction" << "被执行人张某下落不明，尚未依法查找";
        QTest::newRow("obstruction unanswered") << Edit([](CaseFile &f) { debtor(f, 1)["obstruction"] = "转移经营场所内的教学设备"; })
                                                << "missing_and_obstruction" << "（转移经营场所内的教学设备）";
        QTest::newRow("applicant not heard") << Edit([](CaseFile &f) { f.json()["measures"]["interview"].erase("held_on"); })
                                             << "applicant_informed" << "约谈（告知）日期未记载";
        QTest::newRow("opinion not recorded") << Edit([](CaseFile &f) { f.json()["measures"]["interview"].erase("opinion"); })
                                              << "applicant_informed" << "未载明申请执行人的意见";
        QTest::newRow("heard after the ruling") << Edit([](CaseFile &f) { f.json()["measures"]["interview"]["held_on"] = "2024-07-20"; })
                                                << "applicant_informed" << "晚于裁定日期";
        QTest::newRow("no confirmation, no approval") << Edit([](CaseFile &f) { f.json()["measures"]["interview"]["confirmed"] = false; })
                                                      << "approval" << "也未经合议庭评议并报院长批准";
        QTest::newRow("panel without president") << Edit([](CaseFile &f) {
            f.json()["measures"]["interview"]["confirmed"] = false;
            f.json()["measures"]["approval"] = {{"panel_reviewed_on", "2024-07-12"}};
        }) << "approval" << "尚未报院长批准";
    }
    void eachConditionAlone()
    {
        QFETCH(Edit, edit);
        QFETCH(QString, condition);
        QFETCH(QString, words);
        CaseFile file = zwtest::demoCase(QStringLiteral("jingde-zhongben-ready"));
        edit(file);
        const auto a = family().assess(file);
        QVERIFY2(a, qPrintable(a.errorString()));
        QVERIFY(!a->allowed);
        for (const auto &c : a->conditions) {
            if (c.id == condition) {
                QVERIFY2(!c.met && c.reasons.join(QLatin1Char('|')).contains(words), qPrintable(c.reasons.join(QLatin1Char('|'))));
            } else {
                QVERIFY2(c.met, qPrintable(c.id + QStringLiteral(": ") + c.reasons.join(QLatin1Char('|'))));
            }
        }
    }

    // "More than three months" from the filing: filed 2024-03-05, a ruling
    // on 2024-06-05 is not yet more than three months, 2024-06-06 is.
    void threeMonthsBoundary_data()
    {
        QTest::addColumn<QString>("filed");
        QTest::addColumn<QString>("decided");
        QTest::addColumn<bool>("met");
        QTest::newRow("same day three months on") << "2024-03-05" << "2024-06-05" << false;
        QTest::newRow("the day after") << "2024-03-05" << "2024-06-06" << true;
        QTest::newRow("month end") << "2024-11-30" << "2025-02-28" << false;
        QTest::newRow("after month end") << "2024-11-30" << "2025-03-01" << true;
        QTest::newRow("leap year") << "2023-11-29" << "2024-02-29" << false;
    }
    void threeMonthsBoundary()
    {
        QFETCH(QString, filed);
        QFETCH(QString, decided);
        QFETCH(bool, met);
        CaseFile file = zwtest::demoCase(QStringLiteral("jingde-zhongben-ready"));
        file.json()["case"]["filed_on"] = ss(filed);
        file.json()["zhongben"]["decided_on"] = ss(decided);
        const auto a = family().assess(file);
        QVERIFY(a);
        QCOMPARE(a->conditions[3].id, QStringLiteral("three_months"));
        QCOMPARE(a->conditions[3].met, met);
    }

    void ruleDateIsTodayWithoutADecisionDate()
    {
        CaseFile file = zwtest::demoCase(QStringLiteral("jingde-zhongben-ready"));
        file.json().erase("zhongben");
        const auto a = family().assess(file, QDate(2024, 6, 5));
        QVERIFY(a);
        QCOMPARE(a->date, QDate(2024, 6, 5));
        QVERIFY(!a->conditions[3].met);
    }

    // The interpretation renumbered its 终本 article on 2022-04-10.
    void citationByDate_data()
    {
        QTest::addColumn<QString>("date");
        QTest::addColumn<QString>("article");
        QTest::newRow("2022-04-09") << "2022-04-09" << "第五百一十九条";
        QTest::newRow("2022-04-10") << "2022-04-10" << "第五百一十七条";
    }
    void citationByDate()
    {
        QFETCH(QString, date);
        QFETCH(QString, article);
        CaseFile file = zwtest::demoCase(QStringLiteral("jingde-zhongben-ready"));
        file.json()["case"]["filed_on"] = "2021-06-01";
        file.json()["zhongben"]["decided_on"] = ss(date);
        file.json()["measures"]["interview"]["held_on"] = "2022-04-01";
        const auto a = family().assess(file);
        QVERIFY(a);
        QCOMPARE(a->citation, QStringLiteral("依照《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》%1规定，裁定如下：").arg(article));
    }

    void approvalByPanelAndPresident()
    {
        CaseFile file = zwtest::demoCase(QStringLiteral("jingde-zhongben-ready"));
        file.json()["measures"]["interview"]["confirmed"] = false;
        file.json()["measures"]["approval"] = {{"panel_reviewed_on", "2024-07-12"}, {"president_approved_on", "2024-07-13"}, {"president", "孙某"}};
        const auto a = family().assess(file);
        QVERIFY(a);
        QVERIFY2(a->allowed, qPrintable(a->conditions.last().reasons.join(QLatin1Char('|'))));
    }

    void warnings_data()
    {
        QTest::addColumn<Edit>("edit");
        QTest::addColumn<QString>("words");
        QTest::newRow("company meets bankruptcy criteria") << Edit([](CaseFile &f) { debtor(f, 1)["bankruptcy_criteria"] = true; })
                                                           << "宣城某艺术培训有限公司是企业法人，记载为符合破产条件：应当征询申请执行人或者被执行人的意见，依法移送破产审查";
        QTest::newRow("exempt from 失信") << Edit([](CaseFile &f) { debtor(f, 0).erase("defaulter_listed_on"); debtor(f, 0)["defaulter_exempt"] = "已提供充分有效担保"; })
                                         << "被执行人张某未纳入失信被执行人名单，理由：已提供充分有效担保";
        QTest::newRow("organisation's ban names nobody") << Edit([](CaseFile &f) { debtor(f, 1).erase("consumption_bound"); })
                                                         << "限制消费令应当载明其法定代表人";
        QTest::newRow("amounts disagree") << Edit([](CaseFile &f) { f.json()["measures"]["amount_outstanding"] = "86000.00"; })
                                          << "不等于未执行到位（86,000.00元）";
    }
    void warnings()
    {
        QFETCH(Edit, edit);
        QFETCH(QString, words);
        CaseFile file = zwtest::demoCase(QStringLiteral("jingde-zhongben-ready"));
        edit(file);
        const auto a = family().assess(file);
        QVERIFY(a);
        QVERIFY2(a->allowed, "a warning does not refuse");
        QVERIFY2(a->warnings.join(QLatin1Char('|')).contains(words), qPrintable(a->warnings.join(QLatin1Char('|'))));
    }

    void earlyDemoMissesTwoConditions()
    {
        const auto a = family().assess(zwtest::demoCase(QStringLiteral("jingde-zhongben-early")));
        QVERIFY(a);
        QVERIFY(!a->allowed);
        QStringList unmet;
        for (const auto &c : a->conditions)
            if (!c.met)
                unmet << c.id;
        QCOMPARE(unmet, (QStringList{QStringLiteral("property_investigation"), QStringLiteral("three_months")}));
    }

    // After 终本: a network re-query every six months for five years.
    void requeryScheduleOverFiveYears()
    {
        const QList<QDate> s = requerySchedule(QDate(2024, 7, 15));
        QCOMPARE(s.size(), 10);
        QCOMPARE(s.first(), QDate(2025, 1, 15));
        QCOMPARE(s[1], QDate(2025, 7, 15));
        QCOMPARE(s.last(), QDate(2029, 7, 15));
        // From a month's end the months keep their last day.
        QCOMPARE(requerySchedule(QDate(2024, 8, 31)).first(), QDate(2025, 2, 28));
    }

    void dueFollowsTheRecord_data()
    {
        QTest::addColumn<Edit>("edit");
        QTest::addColumn<QString>("on");
        QTest::addColumn<QStringList>("expected"); // kind@date
        QTest::newRow("first re-query") << Edit([](CaseFile &) {}) << "2025-01-01" << QStringList{QStringLiteral("requery@2025-01-15")};
        QTest::newRow("not yet in view") << Edit([](CaseFile &) {}) << "2024-11-01" << QStringList{};
        QTest::newRow("overdue stays listed") << Edit([](CaseFile &) {}) << "2025-06-01" << QStringList{QStringLiteral("requery@2025-01-15")};
        QTest::newRow("six months after the last") << Edit([](CaseFile &f) {
            f.json()["zhongben"]["requeries"] = Json::array({{{"on", "2025-01-10"}, {"result", "未发现可供执行的财产"}, {"applicant_told_on", "2025-01-12"}}});
        }) << "2025-07-01" << QStringList{QStringLiteral("requery@2025-07-10")};
        QTest::newRow("applicant not told") << Edit([](CaseFile &f) {
            f.json()["zhongben"]["requeries"] = Json::array({{{"on", "2025-01-10"}, {"result", "未发现可供执行的财产"}}});
        }) << "2025-02-01" << QStringList{QStringLiteral("tell_applicant@2025-01-10")};
        QTest::newRow("five years end it") << Edit([](CaseFile &f) {
            f.json()["zhongben"]["requeries"] = Json::array({{{"on", "2029-03-01"}, {"applicant_told_on", "2029-03-02"}}});
        }) << "2029-08-20" << QStringList{};
        QTest::newRow("resumed case owes none") << Edit([](CaseFile &f) { f.json()["zhongben"]["resumed_as"] = "（2025）皖1825执恢12号"; })
                                               << "2025-01-01" << QStringList{};
        QTest::newRow("三个月 then 终本 possible") << Edit([](CaseFile &f) { f.json().erase("zhongben"); }) << "2024-06-01"
                                               << QStringList{QStringLiteral("zhongben_possible@2024-06-06")};
        QTest::newRow("report deadline") << Edit([](CaseFile &f) { f.json().erase("zhongben"); debtor(f, 1).erase("report"); }) << "2024-03-10"
                                         << QStringList{QStringLiteral("property_report@2024-03-13")};
        QTest::newRow("执前督促 ends") << Edit([](CaseFile &f) {
            f.json().erase("zhongben");
            f.json()["case"]["number"] = "（2023）皖1825民初456号";
            f.json()["case"]["filed_on"] = "2023-09-01";
            f.json().erase("notice"); // counted from the judgment taking effect, 2023-12-01
        }) << "2023-12-20" << QStringList{QStringLiteral("urging_ends@2023-12-31")};
    }
    void dueFollowsTheRecord()
    {
        QFETCH(Edit, edit);
        QFETCH(QString, on);
        QFETCH(QStringList, expected);
        CaseFile file = zwtest::demoCase(QStringLiteral("jingde-zhongben-ready"));
        edit(file);
        QStringList got;
        for (const DueItem &i : dueItems(file, QDate::fromString(on, Qt::ISODate)))
            got << dueKindId(i.kind) + QLatin1Char('@') + i.date.toString(Qt::ISODate);
        QCOMPARE(got, expected);
    }

    // A rules file a court broke is refused at load, naming the place.
    void brokenRulesNameThePlace_data()
    {
        QTest::addColumn<QByteArray>("from");
        QTest::addColumn<QByteArray>("to");
        QTest::addColumn<QString>("words");
        QTest::newRow("unknown check") << QByteArray("\"check\": \"debtor_defaulter\"") << QByteArray("\"check\": \"debtor_defualter\"") << "debtor_defualter";
        QTest::newRow("order of conditions") << QByteArray("\"id\": \"three_months\"") << QByteArray("\"id\": \"three_month\"") << "conditions[3].id";
        QTest::newRow("message missing") << QByteArray("\"no_filing\":") << QByteArray("\"no_filling\":") << "no_filing";
        QTest::newRow("citation key") << QByteArray("\"provision\": \"zhongben_decision\"") << QByteArray("\"provision\": \"zhongben\"") << "citation.provision";
        QTest::newRow("syntax") << QByteArray("\"operative\":") << QByteArray("\"operative\"") << "第";
    }
    void brokenRulesNameThePlace()
    {
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, to);
        QFETCH(QString, words);
        QFile in(zwtest::sourceData(QStringLiteral("rules/zhongben.json")));
        QVERIFY(in.open(QIODevice::ReadOnly));
        QByteArray bytes = in.readAll();
        QVERIFY(bytes.contains(from));
        bytes.replace(from, to);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("zhongben.json"));
        QVERIFY(zwtest::writeFile(path, bytes));
        const auto loaded = ZhongbenFamily::load(path, std::make_shared<const LawTable>(zwtest::law()));
        QVERIFY(!loaded);
        QVERIFY2(loaded.errorString().contains(words), qPrintable(loaded.errorString()));
    }
};

QTEST_GUILESS_MAIN(TestZhongben)
#include "tst_zhongben.moc"
