#include "CaseSchema.h"
#include "CaseValidator.h"
#include "TestSupport.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>

using namespace zw;

namespace {
bool has(const Diagnostics &list, const QString &path, const QString &words)
{
    for (const Diagnostic &d : list)
        if (d.path == path && d.isError() && d.message.contains(words))
            return true;
    return false;
}
} // namespace

class TestSchema : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // The spec's table of every field and the schema are the same list:
    // a field documented but not checked, or checked but not documented,
    // fails here.
    void schemaMatchesSpec()
    {
        QFile spec(QStringLiteral(ZHIWEN_SOURCE_DIR "/resources/spec/case-format.md"));
        QVERIFY(spec.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(spec.readAll());
        const qsizetype table = text.indexOf(QStringLiteral("## Every field"));
        QVERIFY2(table >= 0, "the spec has no table of every field");
        QMap<QString, QString> documented; // path -> type
        static const QRegularExpression row(QStringLiteral("^\\| `([^`]+)` \\| (\\w+) \\|"), QRegularExpression::MultilineOption);
        for (auto it = row.globalMatch(text, table); it.hasNext();) {
            const auto m = it.next();
            documented.insert(m.captured(1), m.captured(2));
        }
        QMap<QString, QString> declared, rows;
        for (const FieldSpec *f : CaseSchema::standard().all()) {
            declared.insert(f->path, fieldTypeName(f->type));
            rows.insert(f->path, QStringLiteral("| `%1` | %2 | %3 | %4 |").arg(f->path, fieldTypeName(f->type), f->zh, f->en));
        }
        QStringList missing, extra, retyped;
        for (auto it = declared.cbegin(); it != declared.cend(); ++it) {
            if (!documented.contains(it.key()))
                missing << rows.value(it.key());
            else if (documented.value(it.key()) != it.value())
                retyped << it.key();
        }
        for (auto it = documented.cbegin(); it != documented.cend(); ++it)
            if (!declared.contains(it.key()))
                extra << it.key();
        for (const QString &m : std::as_const(missing))
            qWarning("in the schema, not in the spec: %s", qPrintable(m));
        QVERIFY2(missing.isEmpty(), "fields in the schema are not in the spec (listed above)");
        QVERIFY2(extra.isEmpty(), qPrintable(QStringLiteral("in the spec, not in the schema: ") + extra.join(QStringLiteral(", "))));
        QVERIFY2(retyped.isEmpty(), qPrintable(QStringLiteral("types differ: ") + retyped.join(QStringLiteral(", "))));
    }

    void everyFieldHasBothLabels()
    {
        for (const FieldSpec *f : CaseSchema::standard().all()) {
            QVERIFY2(!f->zh.isEmpty(), qPrintable(f->path));
            QVERIFY2(!f->en.isEmpty(), qPrintable(f->path));
            if (f->isText())
                QVERIFY2(f->maxLength > 0, qPrintable(f->path + QStringLiteral(": a text field without a length limit")));
        }
    }

    void findsConcretePaths()
    {
        const CaseSchema &s = CaseSchema::standard();
        QCOMPARE(s.find(QStringLiteral("respondents[3].born_on"))->type, FieldType::Date);
        QCOMPARE(s.find(QStringLiteral("respondents[].representative.name"))->path, QStringLiteral("respondents[].representative.name"));
        QCOMPARE(s.find(QStringLiteral("basis.items[12].no"))->type, FieldType::Integer);
        QCOMPARE(s.find(QStringLiteral("termination.items[0]"))->type, FieldType::ItemRef);
        QVERIFY(!s.find(QStringLiteral("respondents[0].nickname")));
        QVERIFY(!s.find(QStringLiteral("o[44444440]")));
    }

    // Messages carry the path and the field's label, which names the party.
    void messagesCarryPathAndLabel()
    {
        CaseFile file = zwtest::demoCase(QStringLiteral("jingde-withdrawal"));
        file.setText(QStringLiteral("respondents[0].born_on"), QStringLiteral("1980-02-30"));
        const Diagnostics list = validateCase(file);
        const Diagnostic *found = nullptr;
        for (const Diagnostic &d : list)
            if (d.path == QStringLiteral("respondents[0].born_on"))
                found = &d;
        QVERIFY(found);
        QCOMPARE(found->label, QStringLiteral("被执行人张某的出生日期"));
        QVERIFY2(found->toString().startsWith(QStringLiteral("respondents[0].born_on: ")), qPrintable(found->toString()));
        QVERIFY2(found->toString().endsWith(QStringLiteral("（被执行人张某的出生日期）")), qPrintable(found->toString()));
    }

    // Fields the project added are checked like the others (before, a
    // notice dated 2024-13-45 passed and was silently dated otherwise).
    void addedFieldsAreChecked_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("json");
        QTest::addColumn<QString>("words");
        QTest::newRow("notice date") << "notice.issued_on" << "\"2024-13-45\"" << "日期";
        QTest::newRow("certificate date") << "performance.issued_on" << "\"2024-02-30\"" << "日期";
        QTest::newRow("pattern type") << "court.certificate_pattern" << "17" << "字符串";
        QTest::newRow("obligation type") << "basis.items[0].obligation" << "\"yes\"" << "true";
        QTest::newRow("gender choice") << "respondents[0].gender" << "\"M\"" << "男";
        QTest::newRow("permanent type") << "termination.permanent" << "0" << "true";
    }
    void addedFieldsAreChecked()
    {
        QFETCH(QString, path);
        QFETCH(QString, json);
        QFETCH(QString, words);
        CaseFile file = zwtest::demoCase(QStringLiteral("jingde-withdrawal"));
        file.json()[jsonPointer(path)] = Json::parse(json.toStdString());
        QVERIFY2(has(validateCase(file), path, words), qPrintable(joinMessages(validateCase(file))));
    }

    // Characters a court would never accept, each named with its code.
    void refusedCharacters_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("words");
        QTest::newRow("type code with a letter") << "case.number" << "（2024）皖1825执A123号" << "“A”（U+0041）";
        QTest::newRow("type code with a digit") << "case.number" << "（2024）皖1825执1恢123号" << "“1”（U+0031）";
        QTest::newRow("bell in a name") << "applicants[0].name" << QStringLiteral("李\u0007某") << "U+0007";
        QTest::newRow("zero-width joiner") << "respondents[0].address" << QStringLiteral("安徽\u200D省") << "U+200D";
        QTest::newRow("line break in one line") << "case.cause" << "民间\n借贷纠纷" << "换行";
        QTest::newRow("emoji in a name") << "respondents[0].name" << QString::fromUcs4(U"张某\U0001F600") << "U+1F600";
        QTest::newRow("symbol in a company") << "respondents[1].name" << QStringLiteral("某公司\u2605") << "U+2605";
        QTest::newRow("emoji in a representative") << "respondents[1].representative.name" << QString::fromUcs4(U"王\U0001F44D") << "U+1F44D";
    }
    void refusedCharacters()
    {
        QFETCH(QString, path);
        QFETCH(QString, value);
        QFETCH(QString, words);
        CaseFile file = zwtest::demoCase(QStringLiteral("jingde-withdrawal"));
        file.setText(path, value);
        const Diagnostics list = validateCase(file);
        QVERIFY2(has(list, path, words), qPrintable(joinMessages(list)));
    }

    // What a name may hold: a middle dot, brackets, Latin letters of a
    // foreign company, a line break in multi-line text.
    void acceptedCharacters()
    {
        CaseFile file = zwtest::demoCase(QStringLiteral("jingde-withdrawal"));
        file.setText(QStringLiteral("respondents[0].name"), QStringLiteral("阿依古丽·买买提"));
        file.setText(QStringLiteral("respondents[1].name"), QStringLiteral("ABC（中国）有限公司"));
        file.setText(QStringLiteral("termination.facts"), QStringLiteral("第一段。\n第二段。"));
        const Diagnostics list = validateCase(file);
        QVERIFY2(!hasErrors(list), qPrintable(joinMessages(list)));
    }

    // The case's own number in the pre-2016 字第 form is a warning; an
    // instrument's old number stays valid.
    void oldFormOwnNumberWarns()
    {
        CaseFile file = zwtest::demoCase(QStringLiteral("jingde-withdrawal"));
        file.setText(QStringLiteral("case.number"), QStringLiteral("（2015）旌执字第00012号"));
        file.setText(QStringLiteral("basis.number"), QStringLiteral("（2015）宣中民一初字第00012号"));
        const Diagnostics list = validateCase(file);
        QVERIFY2(!hasErrors(list), qPrintable(joinMessages(list)));
        bool warned = false;
        for (const Diagnostic &d : list)
            warned |= d.path == QStringLiteral("case.number") && !d.isError() && d.message.contains(QStringLiteral("字第"));
        QVERIFY2(warned, qPrintable(joinMessages(list)));
    }

    // A name of absurd length is refused by the schema's limit, naming it.
    void lengthLimits()
    {
        CaseFile file = zwtest::demoCase(QStringLiteral("jingde-withdrawal"));
        file.setText(QStringLiteral("respondents[0].name"), QString(300000, QChar(u'张')));
        const Diagnostics list = validateCase(file);
        QVERIFY2(has(list, QStringLiteral("respondents[0].name"), QStringLiteral("300000")), qPrintable(joinMessages(list)));
        QVERIFY(has(list, QStringLiteral("respondents[0].name"), QStringLiteral("100")));
        // Characters, not UTF-16 units: 100 characters outside the BMP fit.
        file.setText(QStringLiteral("respondents[0].name"), QString::fromUcs4(std::u32string(100, U'\U00020BB7').c_str(), 100));
        QVERIFY(!has(validateCase(file), QStringLiteral("respondents[0].name"), QStringLiteral("上限")));
    }

    // Person fields apply to persons, organisation fields to organisations.
    void kindDecidesTheFields()
    {
        CaseFile file = zwtest::demoCase(QStringLiteral("jingde-withdrawal"));
        file.setText(QStringLiteral("respondents[1].born_on"), QStringLiteral("not a date")); // an organisation: not its field
        file.setText(QStringLiteral("respondents[0].uscc"), QStringLiteral("bad"));           // a person: not theirs
        const Diagnostics list = validateCase(file);
        QVERIFY2(!hasErrors(list), qPrintable(joinMessages(list)));
    }

    void demoCasesAreValid_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("withdrawal") << "jingde-withdrawal";
        QTest::newRow("partly revoked") << "jingde-partly-revoked";
        QTest::newRow("performance") << "haicang-performance";
    }
    void demoCasesAreValid()
    {
        QFETCH(QString, name);
        const Diagnostics list = validateCase(zwtest::demoCase(name));
        QVERIFY2(!hasErrors(list), qPrintable(joinMessages(list)));
    }
};

QTEST_GUILESS_MAIN(TestSchema)
#include "tst_schema.moc"
