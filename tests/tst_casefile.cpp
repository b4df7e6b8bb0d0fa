#include "CaseEditing.h"
#include "CaseFile.h"
#include "ChineseText.h"
#include "CaseValidator.h"
#include "TestSupport.h"

#include <QFile>
#include <QTemporaryDir>

using namespace zw;

class TestCaseFile : public QObject
{
    Q_OBJECT

    static bool hasDiagnostic(const Diagnostics &list, const QString &path, Diagnostic::Severity severity)
    {
        for (const Diagnostic &d : list)
            if (d.path == path && d.severity == severity)
                return true;
        return false;
    }

private Q_SLOTS:
    void roundTripByteForByte_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("withdrawal") << "jingde-withdrawal";
        QTest::newRow("partly revoked") << "jingde-partly-revoked";
        QTest::newRow("performance") << "haicang-performance";
    }
    void roundTripByteForByte()
    {
        QFETCH(QString, name);
        QFile f(zwtest::demo(name));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray original = f.readAll();
        const auto file = CaseFile::fromBytes(original);
        QVERIFY(file);
        QCOMPARE(file->toBytes(), original);
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("saved.json"));
        QVERIFY(file->save(out));
        QFile saved(out);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QCOMPARE(saved.readAll(), original);
    }

    void unknownFieldsAndTextKept()
    {
        const QByteArray in = "{\n  \"format\": \"zhiwen/case@1\",\n  \"zz_local\": {\"b\": 1, \"a\": [true, null]},\n"
                              "  \"case\": {\"number\": \"(2024)皖1825执123号\", \"note\": \"全角ＡＢＣ and half ABC\"}\n}\n";
        const auto file = CaseFile::fromBytes(in);
        QVERIFY(file);
        const QByteArray out = file->toBytes();
        QVERIFY(out.contains("\"zz_local\": {\n    \"b\": 1,\n    \"a\": [\n      true,\n      null\n    ]\n  }"));
        QVERIFY(out.contains("(2024)皖1825执123号")); // not folded to full width
        QVERIFY(out.contains("全角ＡＢＣ and half ABC"));
        QVERIFY(out.endsWith("}\n"));
    }

    void corruptFiles_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        QTest::newRow("truncated") << QByteArray("{\n  \"format\": \"zhiwen/case@1\",\n  \"case\": {") << "第 3 行";
        QTest::newRow("not an object") << QByteArray("[1,2]") << "顶层";
        QTest::newRow("wrong format") << QByteArray("{\"format\": \"other@2\"}") << "other@2";
        QTest::newRow("no format") << QByteArray("{}") << "缺少格式标识";
    }
    void corruptFiles()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        const auto file = CaseFile::fromBytes(bytes, QStringLiteral("x.json"));
        QVERIFY(!file);
        QVERIFY2(file.errorString().contains(expected), qPrintable(file.errorString()));
    }

    void saveFailureKeepsOriginal()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("case.json"));
        QVERIFY(zwtest::demoCase(QStringLiteral("jingde-withdrawal")).save(path));
        QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::ExeOwner);
        CaseFile changed = zwtest::demoCase(QStringLiteral("jingde-withdrawal"));
        changed.setText(QStringLiteral("case.cause"), QStringLiteral("改动"));
        const auto r = changed.save(path);
        QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        if (r)
            QSKIP("running as root: the directory stays writable");
        QCOMPARE(CaseFile::load(path)->text(QStringLiteral("case.cause")), QStringLiteral("民间借贷纠纷"));
    }

    void demoCasesValidate_data() { roundTripByteForByte_data(); }
    void demoCasesValidate()
    {
        QFETCH(QString, name);
        const Diagnostics list = validateCase(zwtest::demoCase(name));
        QVERIFY2(!hasErrors(list), qPrintable(joinMessages(list)));
    }

    void fieldErrors_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("reportedAt");
        QTest::addColumn<bool>("isError");
        QTest::newRow("id check digit") << "respondents[0].id_number" << "341825198005010038" << "respondents[0].id_number" << true;
        QTest::newRow("id vs gender") << "respondents[0].gender" << "女" << "respondents[0].id_number" << true;
        QTest::newRow("id vs birth") << "respondents[0].born_on" << "1980-05-02" << "respondents[0].id_number" << true;
        QTest::newRow("bad date") << "case.filed_on" << "2024-02-30" << "case.filed_on" << true;
        QTest::newRow("bad money") << "case.fee" << "1,250.00" << "case.fee" << true;
        QTest::newRow("case number") << "case.number" << "2024皖1825执123号" << "case.number" << true;
        QTest::newRow("half-width brackets") << "case.number" << "(2024)皖1825执123号" << "case.number" << false;
        QTest::newRow("uscc checksum") << "respondents[1].uscc" << "91341825MA2N4B7C38" << "respondents[1].uscc" << false;
        QTest::newRow("uscc alphabet") << "respondents[1].uscc" << "91341825MA2N4B7CO9" << "respondents[1].uscc" << true;
        QTest::newRow("performer") << "performance.performer" << "r9" << "performance.performer" << true;
        QTest::newRow("missing name") << "applicants[0].name" << "" << "applicants[0].name" << true;
        QTest::newRow("kind") << "respondents[0].kind" << "robot" << "respondents[0].kind" << true;
        QTest::newRow("court mismatch") << "court.code" << "皖1800" << "case.number" << false;
    }
    void fieldErrors()
    {
        QFETCH(QString, path);
        QFETCH(QString, value);
        QFETCH(QString, reportedAt);
        QFETCH(bool, isError);
        CaseFile file = zwtest::demoCase(QStringLiteral("jingde-withdrawal"));
        file.setText(path, value);
        const Diagnostics list = validateCase(file);
        QVERIFY2(hasDiagnostic(list, reportedAt, isError ? Diagnostic::Severity::Error : Diagnostic::Severity::Warning),
                 qPrintable(joinMessages(list)));
        QCOMPARE(hasErrors(list), isError);
    }

    // Agreement messages name the other field as a clerk knows it, not its key.
    void agreementNamesFieldsByLabel_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("words");
        QTest::newRow("birth") << "respondents[0].born_on" << "1980-05-02" << "与出生日期（1980-05-02）不一致";
        QTest::newRow("gender") << "respondents[0].gender" << "女" << "与性别（女）不一致";
        QTest::newRow("court") << "court.code" << "皖1800" << "与法院代字（皖1800）不一致";
    }
    void agreementNamesFieldsByLabel()
    {
        QFETCH(QString, path);
        QFETCH(QString, value);
        QFETCH(QString, words);
        CaseFile file = zwtest::demoCase(QStringLiteral("jingde-withdrawal"));
        file.setText(path, value);
        const QString all = joinMessages(validateCase(file));
        QVERIFY2(all.contains(words), qPrintable(all));
        for (const char *key : {"born_on（", "gender（", "court.code（"})
            QVERIFY2(!all.contains(QLatin1String(key)), qPrintable(all));
    }

    void duplicateIdsAndBadReferences()
    {
        CaseFile file = zwtest::demoCase(QStringLiteral("jingde-withdrawal"));
        file.setText(QStringLiteral("respondents[1].id"), QStringLiteral("r1"));
        file.json()["termination"]["items"] = Json::array({7});
        const Diagnostics list = validateCase(file);
        QVERIFY(hasDiagnostic(list, QStringLiteral("respondents[1].id"), Diagnostic::Severity::Error));
        QVERIFY(hasDiagnostic(list, QStringLiteral("termination.items[0]"), Diagnostic::Severity::Error));
    }

    void moneyAsNumberRefused()
    {
        CaseFile file = zwtest::demoCase(QStringLiteral("jingde-withdrawal"));
        file.json()["case"]["fee"] = 1250.0;
        QVERIFY(hasDiagnostic(validateCase(file), QStringLiteral("case.fee"), Diagnostic::Severity::Error));
    }

    // Dates as a clerk types them; anything else, or a day that does not exist, is no date.
    void dateInput_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("stored");
        QTest::newRow("iso") << QStringLiteral("2024-03-05") << QStringLiteral("2024-03-05");
        QTest::newRow("short") << QStringLiteral("2024-3-5") << QStringLiteral("2024-03-05");
        QTest::newRow("chinese") << QStringLiteral("2024年3月5日") << QStringLiteral("2024-03-05");
        QTest::newRow("no 日") << QStringLiteral("2024年3月5") << QStringLiteral("2024-03-05");
        QTest::newRow("spaces") << QStringLiteral(" 2024 年 12 月 31 日 ") << QStringLiteral("2024-12-31");
        QTest::newRow("dots") << QStringLiteral("2024.3.5") << QStringLiteral("2024-03-05");
        QTest::newRow("slashes") << QStringLiteral("2024/03/05") << QStringLiteral("2024-03-05");
        QTest::newRow("compact") << QStringLiteral("20240305") << QStringLiteral("2024-03-05");
        QTest::newRow("full-width") << QStringLiteral("２０２４年３月５日") << QStringLiteral("2024-03-05");
        QTest::newRow("numerals") << QStringLiteral("二〇二四年三月五日") << QStringLiteral("2024-03-05");
        QTest::newRow("numerals 十") << QStringLiteral("二〇二四年十二月三十一日") << QStringLiteral("2024-12-31");
        QTest::newRow("numerals 十五") << QStringLiteral("二〇二四年十月十五日") << QStringLiteral("2024-10-15");
        QTest::newRow("29 Feb leap") << QStringLiteral("2024年2月29日") << QStringLiteral("2024-02-29");
        QTest::newRow("29 Feb") << QStringLiteral("2023年2月29日") << QString();
        QTest::newRow("month 13") << QStringLiteral("2024-13-01") << QString();
        QTest::newRow("mixed separators") << QStringLiteral("2024-03/05") << QString();
        QTest::newRow("words") << QStringLiteral("三月五日") << QString();
        QTest::newRow("empty") << QString() << QString();
    }
    void dateInput()
    {
        QFETCH(QString, typed);
        QFETCH(QString, stored);
        const QDate d = parseDateInput(typed);
        QCOMPARE(d.isValid() ? d.toString(Qt::ISODate) : QString(), stored);
    }

    // What the form's list buttons do: new parties get the next free id on
    // both sides, items the next number; removal and moves keep the rest.
    void listEditing()
    {
        CaseFile f;
        QCOMPARE(CaseEditing::append(f, QStringLiteral("applicants")), QStringLiteral("applicants[0]"));
        QCOMPARE(f.text(QStringLiteral("applicants[0].id")), QStringLiteral("a1"));
        QCOMPARE(f.text(QStringLiteral("applicants[0].kind")), QStringLiteral("person"));
        QVERIFY(f.at(QStringLiteral("applicants[0].name")));
        QCOMPARE(CaseEditing::append(f, QStringLiteral("respondents")), QStringLiteral("respondents[0]"));
        QCOMPARE(CaseEditing::append(f, QStringLiteral("respondents")), QStringLiteral("respondents[1]"));
        QCOMPARE(f.text(QStringLiteral("respondents[1].id")), QStringLiteral("r2"));
        f.setText(QStringLiteral("respondents[0].name"), QStringLiteral("甲"));
        f.setText(QStringLiteral("respondents[1].name"), QStringLiteral("乙"));
        QVERIFY(CaseEditing::move(f, QStringLiteral("respondents[1]"), -1));
        QCOMPARE(f.text(QStringLiteral("respondents[0].name")), QStringLiteral("乙"));
        QVERIFY(!CaseEditing::move(f, QStringLiteral("respondents[0]"), -1));
        QVERIFY(CaseEditing::remove(f, QStringLiteral("respondents[0]")));
        QCOMPARE(f.text(QStringLiteral("respondents[0].name")), QStringLiteral("甲"));
        // r2 is free again after 乙 went; r1 is still taken by 甲.
        QCOMPARE(CaseEditing::append(f, QStringLiteral("respondents")), QStringLiteral("respondents[1]"));
        QCOMPARE(f.text(QStringLiteral("respondents[1].id")), QStringLiteral("r2"));
        QCOMPARE(CaseEditing::append(f, QStringLiteral("basis.items")), QStringLiteral("basis.items[0]"));
        QCOMPARE(CaseEditing::append(f, QStringLiteral("basis.items")), QStringLiteral("basis.items[1]"));
        QCOMPARE(f.json()["basis"]["items"][1]["no"].get<int>(), 2);
        QCOMPARE(CaseEditing::append(f, QStringLiteral("respondents[0].agents")), QStringLiteral("respondents[0].agents[0]"));
        QVERIFY(CaseEditing::append(f, QStringLiteral("case.number")).isEmpty()); // no list
        // An ID number fills gender and birth date only where they are empty.
        f.setText(QStringLiteral("respondents[0].id_number"), QStringLiteral("341825198005010037"));
        QCOMPARE(CaseEditing::fillFromIdNumber(f, QStringLiteral("respondents[0]")), (QStringList{QStringLiteral("gender"), QStringLiteral("born_on")}));
        QCOMPARE(f.text(QStringLiteral("respondents[0].gender")), QStringLiteral("男"));
        QCOMPARE(f.text(QStringLiteral("respondents[0].born_on")), QStringLiteral("1980-05-01"));
        f.setText(QStringLiteral("respondents[1].gender"), QStringLiteral("女"));
        f.setText(QStringLiteral("respondents[1].id_number"), QStringLiteral("341825198005010038")); // wrong check digit
        QVERIFY(CaseEditing::fillFromIdNumber(f, QStringLiteral("respondents[1]")).isEmpty());
        QCOMPARE(f.text(QStringLiteral("respondents[1].gender")), QStringLiteral("女"));
    }
};

QTEST_GUILESS_MAIN(TestCaseFile)
#include "tst_casefile.moc"
