#include "Identifiers.h"
#include "LawTable.h"
#include "TerminationRules.h"
#include "TestCatalog.h"
#include "TestSupport.h"

using namespace zw;

namespace {

// The withdrawal demo with `n` respondents, all citizens, and `items` items.
CaseFile personsCase(int n, int items = 3)
{
    CaseFile file = zwtest::demoCase(QStringLiteral("jingde-withdrawal"));
    const QStringList names = {QStringLiteral("张一"), QStringLiteral("李二"), QStringLiteral("王三"), QStringLiteral("赵四")};
    Json respondents = Json::array();
    for (int i = 0; i < n; ++i) {
        const QString body = QStringLiteral("34182519800501%1").arg(11 + 2 * i, 3, 10, QLatin1Char('0'));
        respondents.push_back({{"id", ss(QStringLiteral("r%1").arg(i + 1))}, {"kind", "person"}, {"name", ss(names[i])},
                               {"gender", "男"}, {"born_on", "1980-05-01"},
                               {"id_number", ss(body + idNumberCheckChar(body))}});
    }
    file.json()["respondents"] = respondents;
    Json list = Json::array();
    for (int i = 1; i <= items; ++i)
        list.push_back({{"no", i}, {"text", ss(QStringLiteral("第%1项内容。").arg(i))}});
    file.json()["basis"]["items"] = list;
    return file;
}

void setTermination(CaseFile &file, const QString &ground, const QString &scope, const QStringList &respondents = {},
                    const QList<int> &items = {}, bool permanent = false, const QString &date = QStringLiteral("2024-06-01"))
{
    Json t = Json::object();
    t["ground"] = ss(ground);
    t["scope"] = ss(scope);
    Json rs = Json::array();
    for (const QString &r : respondents)
        rs.push_back(ss(r));
    t["respondents"] = rs;
    Json is = Json::array();
    for (int i : items)
        is.push_back(i);
    t["items"] = is;
    t["permanent"] = permanent;
    t["facts"] = "事实。";
    t["decided_on"] = ss(date);
    file.json()["termination"] = t;
}

} // namespace

class TestTermination : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rulesLoad()
    {
        QVERIFY(!zwtest::terminationRules().grounds().isEmpty());
        QCOMPARE(zwtest::terminationRules().grounds().size(), 11);
    }

    // Every ground × every scope: allowed or refused, per domain notes §2.
    void groundScopeMatrix_data()
    {
        QTest::addColumn<QString>("ground");
        QTest::addColumn<QString>("scope");
        QTest::addColumn<bool>("allowed");
        const QMap<QString, QStringList> allowed = {
            {QStringLiteral("withdrawal"), {QStringLiteral("case"), QStringLiteral("respondents")}},
            {QStringLiteral("settlement_withdrawal"), {QStringLiteral("case"), QStringLiteral("respondents")}},
            {QStringLiteral("instrument_revoked"), {QStringLiteral("instrument")}},
            {QStringLiteral("instrument_partly_revoked"), {QStringLiteral("items")}},
            {QStringLiteral("respondent_deceased"), {QStringLiteral("instrument"), QStringLiteral("respondents")}},
            {QStringLiteral("support_creditor_deceased"), {QStringLiteral("instrument"), QStringLiteral("items")}},
            {QStringLiteral("respondent_hardship"), {QStringLiteral("instrument"), QStringLiteral("respondents")}},
            {QStringLiteral("other"), {QStringLiteral("case"), QStringLiteral("respondents"), QStringLiteral("items"), QStringLiteral("instrument")}},
        };
        for (auto it = allowed.cbegin(); it != allowed.cend(); ++it)
            for (const QString &scope : {QStringLiteral("case"), QStringLiteral("respondents"), QStringLiteral("items"), QStringLiteral("instrument")})
                QTest::newRow(qPrintable(it.key() + QLatin1Char('/') + scope)) << it.key() << scope << it->contains(scope);
    }
    void groundScopeMatrix()
    {
        QFETCH(QString, ground);
        QFETCH(QString, scope);
        QFETCH(bool, allowed);
        CaseFile file = personsCase(2);
        setTermination(file, ground, scope,
                       scope == QStringLiteral("respondents") ? QStringList{QStringLiteral("r1")} : QStringList{},
                       scope == QStringLiteral("items") ? QList<int>{2} : QList<int>{}, true);
        if (ground == QStringLiteral("support_creditor_deceased")) {
            // The ground needs a support case: a divorce judgment whose second item is 抚养费.
            file.setText(QStringLiteral("case.cause"), QStringLiteral("离婚纠纷"));
            file.setText(QStringLiteral("basis.items[1].text"), QStringLiteral("被告张一每月支付婚生子抚养费1500元，至其年满十八周岁止。"));
        }
        const auto d = zwtest::terminationRules().decide(file, zwtest::law());
        QCOMPARE(bool(d), allowed);
        if (allowed) {
            QVERIFY(d->rulingRequired);
            QVERIFY(d->operative.startsWith(QStringLiteral("终结")));
            QVERIFY(d->operative.endsWith(QStringLiteral("的执行。")));
            QVERIFY(d->citation.startsWith(QStringLiteral("依照")));
        } else {
            QCOMPARE(d.errors().first().path, QStringLiteral("termination.scope"));
            QVERIFY(d.errorString().contains(QStringLiteral("允许的范围")));
        }
        // The wizard's view of the same rules agrees.
        const auto options = zwtest::terminationRules().scopeOptions(ground, file);
        for (const ScopeOption &o : options)
            if (scopeId(o.scope) == scope)
                QCOMPARE(o.allowed, allowed);
    }

    // 提级、指定、委托执行: no ruling. Since 2018-06-01 the first case closes
    // by 销案 under point 三 of 法明传〔2018〕335号; before, the 2014
    // opinion's art. 17 counted it among 终结执行 closings.
    void noRulingGrounds_data()
    {
        QTest::addColumn<QString>("ground");
        QTest::addColumn<QString>("date");
        QTest::addColumn<QString>("citation");
        QTest::addColumn<QString>("words");
        const QString notice = QStringLiteral("《最高人民法院关于进一步规范指定执行等执行案件立案、结案、统计和考核工作的通知》（法明传〔2018〕335号）第三条");
        const QString opinion = QStringLiteral("《最高人民法院关于执行案件立案、结案若干问题的意见》第十七条");
        for (const char *g : {"elevated", "designated", "entrusted"}) {
            QTest::newRow(qPrintable(QStringLiteral("%1 2024").arg(QLatin1String(g)))) << g << "2024-06-01" << notice << "“销案”方式结案";
            QTest::newRow(qPrintable(QStringLiteral("%1 2018-06-01").arg(QLatin1String(g)))) << g << "2018-06-01" << notice << "“销案”方式结案";
            QTest::newRow(qPrintable(QStringLiteral("%1 2018-05-31").arg(QLatin1String(g)))) << g << "2018-05-31" << opinion << "结案";
        }
    }
    void noRulingGrounds()
    {
        QFETCH(QString, ground);
        QFETCH(QString, date);
        QFETCH(QString, citation);
        QFETCH(QString, words);
        CaseFile file = personsCase(1);
        setTermination(file, ground, QString(), {}, {}, false, date);
        file.setText(QStringLiteral("case.filed_on"), QStringLiteral("2018-01-05"));
        const auto d = zwtest::terminationRules().decide(file, zwtest::law());
        QVERIFY2(d, qPrintable(d.errorString()));
        QVERIFY(!d->rulingRequired);
        QVERIFY(d->operative.isEmpty());
        QVERIFY(d->closing.contains(QStringLiteral("不制作终结执行裁定")));
        QVERIFY2(d->closing.contains(words), qPrintable(d->closing));
        QCOMPARE(d->citation, citation);
    }

    void respondentsShape_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<QStringList>("selected");
        QTest::addColumn<QString>("operative");
        QTest::newRow("one") << 3 << QStringList{QStringLiteral("r2")} << QStringLiteral("终结（2024）皖1825执123号案件中对被执行人李二的执行。");
        QTest::newRow("two, case-file order") << 3 << QStringList{QStringLiteral("r3"), QStringLiteral("r1")} << QStringLiteral("终结（2024）皖1825执123号案件中对被执行人张一、王三的执行。");
        QTest::newRow("three") << 4 << QStringList{QStringLiteral("r1"), QStringLiteral("r2"), QStringLiteral("r3")} << QStringLiteral("终结（2024）皖1825执123号案件中对被执行人张一、李二、王三的执行。");
    }
    void respondentsShape()
    {
        QFETCH(int, count);
        QFETCH(QStringList, selected);
        QFETCH(QString, operative);
        CaseFile file = personsCase(count);
        setTermination(file, QStringLiteral("withdrawal"), QStringLiteral("respondents"), selected);
        const auto d = zwtest::terminationRules().decide(file, zwtest::law());
        QVERIFY2(d, qPrintable(d.errorString()));
        QCOMPARE(d->operative, operative);
    }

    void itemsShape_data()
    {
        QTest::addColumn<QList<int>>("items");
        QTest::addColumn<QString>("words");
        const QStringList numerals = {QStringLiteral("一"), QStringLiteral("二"), QStringLiteral("三"), QStringLiteral("四"), QStringLiteral("五"), QStringLiteral("六"), QStringLiteral("七"), QStringLiteral("八"), QStringLiteral("九"), QStringLiteral("十"), QStringLiteral("十一"), QStringLiteral("十二"), QStringLiteral("十三"), QStringLiteral("十四"),
                                      QStringLiteral("十五"), QStringLiteral("十六"), QStringLiteral("十七"), QStringLiteral("十八"), QStringLiteral("十九"), QStringLiteral("二十"), QStringLiteral("二十一"), QStringLiteral("二十二"), QStringLiteral("二十三"), QStringLiteral("二十四"), QStringLiteral("二十五")};
        for (int n = 1; n <= 25; ++n)
            QTest::newRow(qPrintable(QString::number(n))) << QList<int>{n} << QStringLiteral("第%1项").arg(numerals[n - 1]);
        QTest::newRow("two, sorted") << QList<int>{3, 2} << "第二项、第三项";
        QTest::newRow("three") << QList<int>{10, 2, 21} << "第二项、第十项、第二十一项";
    }
    void itemsShape()
    {
        QFETCH(QList<int>, items);
        QFETCH(QString, words);
        CaseFile file = personsCase(2, 25);
        setTermination(file, QStringLiteral("instrument_partly_revoked"), QStringLiteral("items"), {}, items);
        const auto d = zwtest::terminationRules().decide(file, zwtest::law());
        QVERIFY2(d, qPrintable(d.errorString()));
        QCOMPARE(d->operative, QStringLiteral("终结安徽省旌德县人民法院（2023）皖1825民初456号民事判决书") + words + QStringLiteral("的执行。"));
    }

    void wholeCaseAndInstrument()
    {
        CaseFile file = zwtest::demoCase(QStringLiteral("jingde-withdrawal"));
        auto d = zwtest::terminationRules().decide(file, zwtest::law());
        QVERIFY(d);
        QCOMPARE(d->operative, QStringLiteral("终结（2024）皖1825执123号案件的执行。"));
        QCOMPARE(d->citation, QStringLiteral("依照《中华人民共和国民事诉讼法》第二百六十八条第一项规定，裁定如下："));
        setTermination(file, QStringLiteral("instrument_revoked"), QStringLiteral("instrument"));
        d = zwtest::terminationRules().decide(file, zwtest::law());
        QVERIFY(d);
        QCOMPARE(d->operative, QStringLiteral("终结安徽省旌德县人民法院（2023）皖1825民初456号民事判决书的执行。"));
    }

    void partlyRevokedExample()
    {
        const auto d = zwtest::terminationRules().decide(zwtest::demoCase(QStringLiteral("jingde-partly-revoked")), zwtest::law());
        QVERIFY(d);
        QCOMPARE(d->operative, QStringLiteral("终结安徽省旌德县人民法院（2023）皖1825民初456号民事判决书第二项的执行。"));
        QVERIFY(d->citation.contains(QStringLiteral("第二百六十八条第二项")));
    }

    void oldInstrumentNumberAndOtherAuthorities()
    {
        CaseFile file = personsCase(1);
        file.json()["basis"]["authority"] = "宣城仲裁委员会";
        file.json()["basis"]["number"] = "（2015）宣仲字第00012号";
        file.json()["basis"]["title"] = "裁决书";
        setTermination(file, QStringLiteral("instrument_revoked"), QStringLiteral("instrument"));
        const auto d = zwtest::terminationRules().decide(file, zwtest::law());
        QVERIFY(d);
        QCOMPARE(d->operative, QStringLiteral("终结宣城仲裁委员会（2015）宣仲字第00012号裁决书的执行。"));
    }

    // Items that order nothing (驳回…) have nothing to end; support grounds
    // need a support case and end only its support items.
    void itemsThatCanEnd_data()
    {
        QTest::addColumn<QString>("ground");
        QTest::addColumn<QString>("cause");
        QTest::addColumn<QString>("item2");
        QTest::addColumn<QList<int>>("items");
        QTest::addColumn<QString>("scope");
        QTest::addColumn<bool>("allowed");
        QTest::addColumn<QString>("words"); // in the refusal, or in a warning
        const QString loan = QStringLiteral("民间借贷纠纷"), rent = QStringLiteral("被告宣城某艺术培训有限公司于本判决生效之日起十日内支付原告李某租金损失12000元；");
        const QString support = QStringLiteral("被告张某每月支付婚生子抚养费1500元，至其年满十八周岁止；");
        QTest::newRow("dismissal item") << "instrument_partly_revoked" << loan << rent << QList<int>{3} << "items" << false << "不命令任何人履行义务";
        QTest::newRow("every ordering item") << "instrument_partly_revoked" << loan << rent << QList<int>{1, 2} << "items" << true << "全部有给付内容的判项";
        QTest::newRow("support in a loan case") << "support_creditor_deceased" << loan << rent << QList<int>{} << "instrument" << false << "不是追索赡养费";
        QTest::newRow("support item of a divorce") << "support_creditor_deceased" << QStringLiteral("离婚纠纷") << support << QList<int>{2} << "items" << true << "继承人";
        QTest::newRow("property item of a divorce") << "support_creditor_deceased" << QStringLiteral("离婚纠纷") << support << QList<int>{1} << "items" << false << "不是赡养费、扶养费、抚养费给付";
        QTest::newRow("support case, whole instrument") << "support_creditor_deceased" << QStringLiteral("抚养费纠纷") << support << QList<int>{} << "instrument" << true << "继承人";
    }
    void itemsThatCanEnd()
    {
        QFETCH(QString, ground);
        QFETCH(QString, cause);
        QFETCH(QString, item2);
        QFETCH(QList<int>, items);
        QFETCH(QString, scope);
        QFETCH(bool, allowed);
        QFETCH(QString, words);
        CaseFile file = zwtest::demoCase(QStringLiteral("jingde-partly-revoked"));
        file.setText(QStringLiteral("case.cause"), cause);
        file.setText(QStringLiteral("basis.items[1].text"), item2);
        setTermination(file, ground, scope, {}, items, false);
        const auto d = zwtest::terminationRules().decide(file, zwtest::law());
        QCOMPARE(bool(d), allowed);
        const QString said = d ? d->warnings.join(QLatin1Char('\n')) : d.errorString();
        QVERIFY2(said.contains(words), qPrintable(said));
    }

    // The 本院认为 sentence is the ground's own, per scope, quoting the statute
    // of the ruling's date; settlement and withdrawal are granted after
    // review (本院予以准许), never "应当终结执行".
    void reasoning_data()
    {
        QTest::addColumn<QString>("ground");
        QTest::addColumn<QString>("scope");
        QTest::addColumn<QString>("date");
        QTest::addColumn<QString>("present");
        QTest::addColumn<QString>("absent");
        QTest::newRow("withdrawal") << "withdrawal" << "case" << "2024-06-01" << "撤回执行申请，系其真实意思表示，且不违反法律规定，本院予以准许。" << "应当终结执行";
        QTest::newRow("withdrawal, some") << "withdrawal" << "respondents" << "2024-06-01" << "撤回对被执行人张一的执行申请" << "应当终结执行";
        QTest::newRow("settlement") << "settlement_withdrawal" << "case" << "2024-06-01" << "达成和解协议后请求撤回执行申请，系其真实意思表示" << "应当";
        QTest::newRow("revoked") << "instrument_revoked" << "instrument" << "2024-06-01" << "属于“据以执行的法律文书被撤销的”的情形" << "本案存在";
        QTest::newRow("partly revoked") << "instrument_partly_revoked" << "items" << "2024-06-01" << "第二项已被撤销，该部分已无执行依据，应当终结该部分的执行" << "本案存在";
        QTest::newRow("deceased, some") << "respondent_deceased" << "respondents" << "2024-06-01" << "应当终结对其的执行" << "属于";
        QTest::newRow("hardship, whole") << "respondent_hardship" << "instrument" << "2024-06-01" << "因生活困难无力偿还借款，无收入来源，又丧失劳动能力的" << "生活困难、";
        QTest::newRow("support, 2012 text") << "support_creditor_deceased" << "instrument" << "2023-06-01" << "扶养费、抚育费案件的权利人死亡的" << "抚养费案件";
        QTest::newRow("support, 2023 text") << "support_creditor_deceased" << "instrument" << "2024-06-01" << "扶养费、抚养费案件的权利人死亡的" << "抚育费";
    }
    void reasoning()
    {
        QFETCH(QString, ground);
        QFETCH(QString, scope);
        QFETCH(QString, date);
        QFETCH(QString, present);
        QFETCH(QString, absent);
        CaseFile file = personsCase(2);
        setTermination(file, ground, scope, scope == QStringLiteral("respondents") ? QStringList{QStringLiteral("r1")} : QStringList{},
                       scope == QStringLiteral("items") ? QList<int>{2} : QList<int>{}, true, date);
        file.setText(QStringLiteral("case.filed_on"), QStringLiteral("2023-01-05"));
        if (ground == QStringLiteral("support_creditor_deceased"))
            file.setText(QStringLiteral("case.cause"), QStringLiteral("抚养费纠纷"));
        const auto d = zwtest::terminationRules().decide(file, zwtest::law());
        QVERIFY2(d, qPrintable(d.errorString()));
        QVERIFY2(d->reasoning.startsWith(QStringLiteral("本院认为，")), qPrintable(d->reasoning));
        QVERIFY2(d->reasoning.contains(present), qPrintable(d->reasoning));
        QVERIFY2(!d->reasoning.contains(absent), qPrintable(d->reasoning));
    }

    void citationsByDate_data()
    {
        QTest::addColumn<QString>("ground");
        QTest::addColumn<QString>("date");
        QTest::addColumn<QString>("article");
        QTest::newRow("2013 text") << "withdrawal" << "2017-06-30" << "《中华人民共和国民事诉讼法》第二百五十七条第一项";
        QTest::newRow("2021-12-31") << "withdrawal" << "2021-12-31" << "《中华人民共和国民事诉讼法》第二百五十七条第一项";
        QTest::newRow("2022-01-01") << "withdrawal" << "2022-01-01" << "《中华人民共和国民事诉讼法》第二百六十四条第一项";
        QTest::newRow("2023-12-31") << "instrument_revoked" << "2023-12-31" << "《中华人民共和国民事诉讼法》第二百六十四条第二项";
        QTest::newRow("2024-01-01") << "instrument_revoked" << "2024-01-01" << "《中华人民共和国民事诉讼法》第二百六十八条第二项";
        QTest::newRow("interp 2022-04-09") << "settlement_withdrawal" << "2022-04-09" << "第四百六十六条";
        QTest::newRow("interp 2022-04-10") << "settlement_withdrawal" << "2022-04-10" << "第四百六十四条";
    }
    void citationsByDate()
    {
        QFETCH(QString, ground);
        QFETCH(QString, date);
        QFETCH(QString, article);
        CaseFile file = personsCase(1);
        setTermination(file, ground, ground == QStringLiteral("instrument_revoked") ? QStringLiteral("instrument") : QStringLiteral("case"), {}, {}, false, date);
        file.setText(QStringLiteral("case.filed_on"), date); // a ruling is never dated before its case was filed
        const auto d = zwtest::terminationRules().decide(file, zwtest::law());
        QVERIFY2(d, qPrintable(d.errorString()));
        QVERIFY2(d->citation.contains(article), qPrintable(d->citation));
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("ground");
        QTest::addColumn<QString>("scope");
        QTest::addColumn<QStringList>("respondents");
        QTest::addColumn<QList<int>>("items");
        QTest::addColumn<bool>("permanent");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("words");
        QTest::newRow("withdrawal ends instrument") << "withdrawal" << "instrument" << QStringList{} << QList<int>{} << false << "termination.scope" << "仍可再次申请执行";
        QTest::newRow("revoked ends only the case") << "instrument_revoked" << "case" << QStringList{} << QList<int>{} << false << "termination.scope" << "整个执行依据";
        QTest::newRow("no such item") << "instrument_partly_revoked" << "items" << QStringList{} << QList<int>{4} << false << "termination.items" << "没有第 4 项";
        QTest::newRow("no items given") << "instrument_partly_revoked" << "items" << QStringList{} << QList<int>{} << false << "termination.items" << "项号";
        QTest::newRow("unknown respondent") << QStringLiteral("withdrawal") << QStringLiteral("respondents") << QStringList{QStringLiteral("r9")} << QList<int>{} << false << QStringLiteral("termination.respondents") << QStringLiteral("r9");
        QTest::newRow("no respondent chosen") << "withdrawal" << "respondents" << QStringList{} << QList<int>{} << false << "termination.respondents" << "至少一名";
        QTest::newRow("deceased organization") << QStringLiteral("respondent_deceased") << QStringLiteral("respondents") << QStringList{QStringLiteral("r2")} << QList<int>{} << false << QStringLiteral("termination.respondents") << QStringLiteral("单位");
        QTest::newRow("deceased instrument with organization") << "respondent_deceased" << "instrument" << QStringList{} << QList<int>{} << false << "termination.respondents" << "单位";
        QTest::newRow("hardship not permanent") << "respondent_hardship" << "instrument" << QStringList{} << QList<int>{} << false << "termination.permanent" << "终结本次执行程序";
        QTest::newRow("unknown ground") << "bored" << "case" << QStringList{} << QList<int>{} << false << "termination.ground" << "bored";
        QTest::newRow("unknown scope") << "withdrawal" << "planet" << QStringList{} << QList<int>{} << false << "termination.scope" << "planet";
    }
    void refusals()
    {
        QFETCH(QString, ground);
        QFETCH(QString, scope);
        QFETCH(QStringList, respondents);
        QFETCH(QList<int>, items);
        QFETCH(bool, permanent);
        QFETCH(QString, path);
        QFETCH(QString, words);
        CaseFile file = personsCase(2);
        if (QString::fromLatin1(QTest::currentDataTag()).contains(QLatin1String("organization")))
            file.json()["respondents"][1] = zwtest::demoCase(QStringLiteral("jingde-withdrawal")).json()["respondents"][1];
        setTermination(file, ground, scope, respondents, items, permanent);
        const auto d = zwtest::terminationRules().decide(file, zwtest::law());
        QVERIFY(!d);
        QCOMPARE(d.errors().first().path, path);
        QVERIFY2(d.errorString().contains(words), qPrintable(d.errorString()));
    }

    void otherNeedsFacts()
    {
        CaseFile file = personsCase(1);
        setTermination(file, QStringLiteral("other"), QStringLiteral("case"));
        file.json()["termination"]["facts"] = "  ";
        const auto d = zwtest::terminationRules().decide(file, zwtest::law());
        QVERIFY(!d);
        QCOMPARE(d.errors().first().path, QStringLiteral("termination.facts"));
    }

    void missingDate()
    {
        CaseFile file = personsCase(1);
        setTermination(file, QStringLiteral("withdrawal"), QStringLiteral("case"));
        file.json()["termination"].erase("decided_on");
        const auto d = zwtest::terminationRules().decide(file, zwtest::law());
        QVERIFY(!d);
        QCOMPARE(d.errors().first().path, QStringLiteral("termination.decided_on"));
    }

    void warnings_data()
    {
        QTest::addColumn<QString>("ground");
        QTest::addColumn<QStringList>("respondents");
        QTest::addColumn<bool>("joint");
        QTest::addColumn<bool>("permanent");
        QTest::addColumn<QString>("words");
        QTest::newRow("joint and several") << QStringLiteral("withdrawal") << QStringList{QStringLiteral("r1")} << true << false << QStringLiteral("连带责任");
        QTest::newRow("all selected") << QStringLiteral("withdrawal") << QStringList{QStringLiteral("r1"), QStringLiteral("r2")} << false << false << QStringLiteral("终结本案的执行");
        QTest::newRow("temporary hardship of all") << QStringLiteral("respondent_hardship") << QStringList{QStringLiteral("r1"), QStringLiteral("r2")} << false << false << QStringLiteral("终结本次执行程序");
        QTest::newRow("permanent hardship of all") << QStringLiteral("respondent_hardship") << QStringList{QStringLiteral("r1"), QStringLiteral("r2")} << false << true << QStringLiteral("整个执行依据");
        QTest::newRow("all deceased") << QStringLiteral("respondent_deceased") << QStringList{QStringLiteral("r1"), QStringLiteral("r2")} << false << false << QStringLiteral("整个执行依据");
    }
    void warnings()
    {
        QFETCH(QString, ground);
        QFETCH(QStringList, respondents);
        QFETCH(bool, joint);
        QFETCH(bool, permanent);
        QFETCH(QString, words);
        CaseFile file = personsCase(2);
        file.json()["basis"]["joint_and_several"] = joint;
        setTermination(file, ground, QStringLiteral("respondents"), respondents, {}, permanent);
        const auto d = zwtest::terminationRules().decide(file, zwtest::law());
        QVERIFY2(d, qPrintable(d.errorString()));
        QVERIFY2(d->warnings.join(QLatin1Char('\n')).contains(words), qPrintable(d->warnings.join(QLatin1Char('\n'))));
    }

    void brokenRulesFileNamesThePlace()
    {
        Json root = Json::parse(R"({"format": "zhiwen/termination-rules@1", "citation": "依照{provisions}规定",
            "shapes": {"case": {"wording": "x"}, "respondents": {"wording": "x"}, "items": {"wording": "x"}},
            "grounds": [{"id": "a", "label": "A", "provisions": [{"key": "termination"}], "scopes": {"moon": {}}}]})");
        const auto rules = TerminationRules::fromJson(root, QStringLiteral("rules.json"));
        QVERIFY(!rules);
        QVERIFY(rules.errorString().contains(QStringLiteral("rules.json: shapes.instrument")));
        QVERIFY(rules.errorString().contains(QStringLiteral("grounds[0].scopes.moon")));
    }

    void lawTableDates()
    {
        const LawTable &law = zwtest::law();
        QCOMPARE(law.provision(QStringLiteral("double_interest"), QDate(2024, 1, 1))->articleText(), QStringLiteral("第二百六十四条"));
        QCOMPARE(law.provision(QStringLiteral("double_interest"), QDate(2023, 12, 31))->articleText(), QStringLiteral("第二百六十条"));
        QCOMPARE(law.provision(QStringLiteral("execution_notice"), QDate(2020, 1, 1))->articleText(), QStringLiteral("第二百四十条"));
        QVERIFY(!law.provision(QStringLiteral("termination"), QDate(2012, 12, 31)));
    }
};

QTEST_GUILESS_MAIN(TestTermination)
#include "tst_termination.moc"
