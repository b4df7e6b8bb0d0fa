#include "DocumentContext.h"
#include "Template.h"
#include "TestCatalog.h"
#include "TestSupport.h"

using namespace zw;

class TestTemplate : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void shippedTemplatesLoad()
    {
        const auto catalog = Catalog::load(zwtest::sourceTree());
        QVERIFY2(catalog, qPrintable(catalog.errorString()));
        const QList<Template> &all = catalog->templates();
        QStringList ids;
        for (const Template &t : all)
            ids << t.id();
        QVERIFY(ids.contains(QStringLiteral("zhixing-tongzhi")));
        QVERIFY(ids.contains(QStringLiteral("zhongjie-caiding")));
    }

    void brokenTemplates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("where");
        QTest::addColumn<QString>("words");
        const QString head = QStringLiteral("id: t\ntitle: T\nversion: 1\n---\n");
        QTest::newRow("unclosed section") << head + QStringLiteral("@para a\n@para {{#respondents}}{{name}}\n") << QStringLiteral("t.zwt:6:7") << QStringLiteral("未闭合");
        QTest::newRow("unclosed tag") << head + QStringLiteral("@para ok\n@para 张{{name\n") << QStringLiteral("t.zwt:6:8") << QStringLiteral("}}");
        QTest::newRow("unknown role") << head + QStringLiteral("@para ok\n@bogus x\n") << QStringLiteral("t.zwt:6:2") << QStringLiteral("@bogus");
        QTest::newRow("no separator") << QStringLiteral("id: t\ntitle: T\nversion: 1\n@para x\n") << QStringLiteral("t.zwt") << QStringLiteral("---");
        QTest::newRow("bad version") << QStringLiteral("id: t\ntitle: T\nversion: one\n---\n@para x\n") << QStringLiteral("t.zwt:3:") << QStringLiteral("版本号");
        QTest::newRow("unknown header") << QStringLiteral("id: t\ntitle: T\nversion: 1\ncolour: red\n---\n") << QStringLiteral("t.zwt:4:1") << QStringLiteral("colour");
        QTest::newRow("columns not numbers") << head + QStringLiteral("@columns 7|x|5\n@row a|b|c\n") << QStringLiteral("t.zwt:5:2") << QStringLiteral("“x”");
        QTest::newRow("columns zero") << head + QStringLiteral("@columns 7|0\n@row a|b\n") << QStringLiteral("t.zwt:5:2") << QStringLiteral("“0”");
        QTest::newRow("columns without table") << head + QStringLiteral("@columns 7|7\n@para x\n") << QStringLiteral("t.zwt:5:2") << QStringLiteral("@row");
        // Found by fuzzing: sixteen nested sections took a minute and 1.3 GB.
        QString nested = head + QStringLiteral("@para ");
        for (int i = 0; i < 16; ++i)
            nested += QStringLiteral("{{#respondents}}");
        nested += QStringLiteral("{{name}}");
        for (int i = 0; i < 16; ++i)
            nested += QStringLiteral("{{/respondents}}");
        QTest::newRow("sections nested 16 deep") << nested + QStringLiteral("\n") << QStringLiteral("t.zwt:5:") << QStringLiteral("嵌套超过 6 层");
    }
    void brokenTemplates()
    {
        QFETCH(QString, text);
        QFETCH(QString, where);
        QFETCH(QString, words);
        const auto t = Template::fromText(text, QStringLiteral("t.zwt"));
        QVERIFY(!t);
        QVERIFY2(t.errorString().contains(where), qPrintable(t.errorString()));
        QVERIFY2(t.errorString().contains(words), qPrintable(t.errorString()));
    }

    void missingFieldsAllReported()
    {
        const Template *t = &zwtest::templ(QStringLiteral("zhixing-tongzhi"));
        CaseFile file = zwtest::demoCase(QStringLiteral("jingde-withdrawal"));
        file.json()["court"].erase("name");
        file.json()["case"].erase("cause");
        file.json()["basis"].erase("items");
        const DocumentContext ctx = buildContext(file, t->documentDate(file), zwtest::law(), nullptr);
        const Diagnostics missing = t->missingFields(ctx);
        QStringList paths;
        for (const Diagnostic &d : missing)
            paths << d.path;
        QCOMPARE(paths, (QStringList{QStringLiteral("court.name"), QStringLiteral("case.cause"), QStringLiteral("basis.items")}));
    }

    void noHtmlEscaping()
    {
        const auto t = Template::fromText(QStringLiteral("id: t\ntitle: T\nversion: 1\n---\n@para {{case.cause}}\n"), QStringLiteral("t.zwt"));
        QVERIFY(t);
        CaseFile file = zwtest::demoCase(QStringLiteral("jingde-withdrawal"));
        file.setText(QStringLiteral("case.cause"), QStringLiteral("A&B <公司> \"合同\""));
        const auto blocks = t->render(buildContext(file, QDate(2024, 1, 1), zwtest::law(), nullptr));
        QVERIFY(blocks);
        QCOMPARE(blocks->first().text, QStringLiteral("A&B <公司> \"合同\""));
    }

    void multiLineValuesSplitParagraphsNotRoles()
    {
        const auto t = Template::fromText(QStringLiteral("id: t\ntitle: T\nversion: 1\n---\n@para {{case.cause}}\n"), QStringLiteral("t.zwt"));
        CaseFile file = zwtest::demoCase(QStringLiteral("jingde-withdrawal"));
        file.setText(QStringLiteral("case.cause"), QStringLiteral("第一段\n@title 注入\n第三段"));
        const auto blocks = t->render(buildContext(file, QDate(2024, 1, 1), zwtest::law(), nullptr));
        QVERIFY(blocks);
        QCOMPARE(blocks->size(), 3);
        for (const Block &b : *blocks)
            QCOMPARE(b.role, Role::Para);
        QCOMPARE(blocks->at(1).text, QStringLiteral("@title 注入"));
    }

    // However the template nests and however many parties the case has, the
    // filled text is bounded and the failure is immediate.
    void filledTextIsBounded()
    {
        QString text = QStringLiteral("id: t\ntitle: T\nversion: 1\n---\n@para ");
        for (int i = 0; i < 5; ++i)
            text += QStringLiteral("{{#respondents}}");
        text += QStringLiteral("{{name}}");
        for (int i = 0; i < 5; ++i)
            text += QStringLiteral("{{/respondents}}");
        const auto t = Template::fromText(text + QStringLiteral("\n"), QStringLiteral("t.zwt"));
        QVERIFY2(t, qPrintable(t.errorString()));
        CaseFile file = zwtest::demoCase(QStringLiteral("jingde-withdrawal"));
        const Json one = file.json()["respondents"][0];
        for (int i = 0; i < 98; ++i)
            file.json()["respondents"].push_back(one); // 100 respondents: 10^10 names if unbounded
        const auto blocks = t->render(buildContext(file, QDate(2024, 1, 1), zwtest::law(), nullptr));
        QVERIFY(!blocks);
        QVERIFY2(blocks.errorString().contains(QStringLiteral("上限")), qPrintable(blocks.errorString()));
    }

    void documentDateFallback()
    {
        const Template *t = &zwtest::templ(QStringLiteral("zhixing-tongzhi"));
        CaseFile file = zwtest::demoCase(QStringLiteral("jingde-withdrawal"));
        QCOMPARE(t->documentDate(file), QDate(2024, 3, 5));
        file.json()["notice"] = {{"issued_on", "2024-03-08"}};
        QCOMPARE(t->documentDate(file), QDate(2024, 3, 8));
    }
};

QTEST_GUILESS_MAIN(TestTemplate)
#include "tst_template.moc"
