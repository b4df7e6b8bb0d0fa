#include "Renderer.h"
#include "Service.h"
#include "TestCatalog.h"
#include "TestSql.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace zw;

namespace {

// A second output format, to show that one is a class and nothing more:
// the text of every run, a page per line of form feeds.
class TextRenderer : public Renderer
{
public:
    QString fileSuffix() const override { return QStringLiteral("txt"); }
    Expected<QByteArray> render(const Layout &layout) const override
    {
        QString out;
        for (const LayoutPage &page : layout.pages) {
            for (const GlyphRun &run : page.runs)
                out += QString::fromStdU32String(run.text);
            out += QLatin1Char('\f');
        }
        return out.toUtf8();
    }
};

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// A copy of the shipped data files in `dir`, for breaking one of them.
void copyData(const QString &dir)
{
    for (const QString &sub : {QStringLiteral("resources"), QStringLiteral("resources/law"), QStringLiteral("resources/rules"), QStringLiteral("templates")}) {
        QDir().mkpath(dir + QLatin1Char('/') + sub);
        const QDir from(QStringLiteral(ZHIWEN_SOURCE_DIR "/") + sub);
        for (const QString &name : from.entryList(QDir::Files))
            QFile::copy(from.filePath(name), dir + QLatin1Char('/') + sub + QLatin1Char('/') + name);
    }
}

Catalog::Sources sourcesIn(const QString &dir)
{
    return {[dir](const QString &relative) -> QString { return dir + QStringLiteral("/resources/") + relative; }, {dir + QStringLiteral("/templates")}};
}

void replaceIn(const QString &path, const QByteArray &from, const QByteArray &to)
{
    QByteArray bytes = readAll(path);
    QVERIFY2(bytes.contains(from), qPrintable(path));
    bytes.replace(from, to);
    QVERIFY(zwtest::writeFile(path, bytes));
}

} // namespace

class TestService : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private Q_SLOTS:
    // A family's finding carries its field's label, so the GUI names the
    // field as a clerk knows it, not by its path.
    void findingsCarryLabels()
    {
        Service service(zwtest::catalog());
        CaseFile file = zwtest::demoCase(QStringLiteral("haicang-performance"));
        file.json()["performance"].erase("performed_on");
        bool found = false;
        for (const Diagnostic &d : service.checkCase(file, QStringLiteral("zidong-lvxing-zhengming")))
            if (d.path == QStringLiteral("performance.performed_on")) {
                found = true;
                QCOMPARE(d.label, QStringLiteral("履行日期"));
                QVERIFY(d.toDisplayString().startsWith(QStringLiteral("履行日期：")));
            }
        QVERIFY(found);
    }

    // Where a case stands, from its own record.
    void standing_data()
    {
        QTest::addColumn<QString>("demo");
        QTest::addColumn<QString>("state");
        QTest::newRow("termination") << QStringLiteral("jingde-withdrawal") << QStringLiteral("已终结执行");
        QTest::newRow("终本") << QStringLiteral("jingde-zhongben-ready") << QStringLiteral("终结本次执行程序");
        QTest::newRow("performance") << QStringLiteral("haicang-performance") << QStringLiteral("已自动履行");
        QTest::newRow("in progress") << QStringLiteral("jingde-zhongben-early") << QStringLiteral("在办");
    }
    void standing()
    {
        QFETCH(QString, demo);
        QFETCH(QString, state);
        const CaseFile file = zwtest::demoCase(demo);
        Service service(zwtest::catalog());
        const Service::Standing s = service.standing(file, QDate(2024, 12, 1));
        QCOMPARE(s.state, state);
        QCOMPARE(s.filedOn.toString(Qt::ISODate), file.text(QStringLiteral("case.filed_on")));
        QVERIFY(!s.officer.isEmpty());
    }

    // Issuing: rendered, written, and registered with its case and format.
    void issueWritesAndRegisters()
    {
        Service service(zwtest::catalog());
        QVERIFY(service.openStore(m_dir.filePath(QStringLiteral("issue.sqlite"))));
        const CaseFile file = zwtest::demoCase(QStringLiteral("jingde-withdrawal"));
        const auto caseId = service.saveCase(file);
        QVERIFY(caseId);
        const QString out = m_dir.filePath(QStringLiteral("notice.pdf"));
        IssueOptions options;
        options.record = true;
        options.officer = QStringLiteral("周某");
        options.caseId = *caseId;
        const auto issued = service.issue(QStringLiteral("zhixing-tongzhi"), file, out, options);
        QVERIFY2(issued, qPrintable(issued.errorString()));
        QVERIFY(issued->registerErrors.isEmpty());
        QVERIFY(issued->registerId > 0);
        QCOMPARE(readAll(out), issued->bytes);
        QVERIFY(zwtest::flat(zwtest::pdfText(out)).contains(QStringLiteral("（2024）皖1825执123号")));
        const auto found = service.verifyFile(out);
        QVERIFY(found && found->registered());
        QCOMPARE(found->entries.first().caseId, *caseId);
        QCOMPARE(found->entries.first().format, QStringLiteral("pdf"));
        QCOMPARE(found->entries.first().officer, QStringLiteral("周某"));
        const auto ofCase = service.documentsOf(*caseId);
        QVERIFY(ofCase);
        QCOMPARE(ofCase->size(), 1);
    }

    // Asking to register without a store is refused before anything is written.
    void recordWithoutStoreWritesNothing()
    {
        Service service(zwtest::catalog());
        const QString out = m_dir.filePath(QStringLiteral("unregistered.pdf"));
        IssueOptions options;
        options.record = true;
        const auto issued = service.issue(QStringLiteral("zhixing-tongzhi"), zwtest::demoCase(QStringLiteral("jingde-withdrawal")), out, options);
        QVERIFY(!issued);
        QVERIFY(issued.errorString().contains(QStringLiteral("案件库")));
        QVERIFY(!QFile::exists(out));
    }

    // A failed issue leaves an older file as it was.
    void failedIssueKeepsTheOldFile()
    {
        Service service(zwtest::catalog());
        const QString out = m_dir.filePath(QStringLiteral("keep.pdf"));
        QVERIFY(zwtest::writeFile(out, "previous"));
        CaseFile file = zwtest::demoCase(QStringLiteral("jingde-withdrawal"));
        file.setText(QStringLiteral("case.number"), QStringLiteral("2024皖1825执123"));
        QVERIFY(!service.issue(QStringLiteral("zhixing-tongzhi"), file, out, {}));
        QCOMPARE(readAll(out), QByteArray("previous"));
    }

    // The output format is injected: a second one is one class, and the
    // register records which format a document was issued in.
    void injectedRenderer()
    {
        Service service(zwtest::catalog(), std::make_unique<TextRenderer>());
        QCOMPARE(service.outputSuffix(), QStringLiteral("txt"));
        QVERIFY(service.openStore(m_dir.filePath(QStringLiteral("text.sqlite"))));
        const QString out = m_dir.filePath(QStringLiteral("notice.txt"));
        IssueOptions options;
        options.record = true;
        const auto issued = service.issue(QStringLiteral("zhixing-tongzhi"), zwtest::demoCase(QStringLiteral("jingde-withdrawal")), out, options);
        QVERIFY2(issued, qPrintable(issued.errorString()));
        const QString text = QString::fromUtf8(readAll(out));
        QVERIFY2(text.contains(QStringLiteral("（2024）皖1825执123号")), qPrintable(text.left(200)));
        QVERIFY(!readAll(out).startsWith("%PDF"));
        const auto found = service.verify(readAll(out));
        QVERIFY(found && found->registered());
        QCOMPARE(found->entries.first().format, QStringLiteral("txt"));
    }

    // Printing renders the case as it is now and enters the print in the register.
    void printIsRegistered()
    {
        Service service(zwtest::catalog());
        QVERIFY(service.openStore(m_dir.filePath(QStringLiteral("print.sqlite"))));
        IssueOptions options;
        options.record = true;
        const auto printed = service.print(QStringLiteral("baogao-caichan"), zwtest::demoCase(QStringLiteral("jingde-withdrawal")), options);
        QVERIFY2(printed, qPrintable(printed.errorString()));
        QVERIFY(printed->registerId > 0);
        const auto found = service.verify(printed->bytes);
        QVERIFY(found && found->registered());
        QCOMPARE(found->entries.first().outputPath, QStringLiteral("（打印）"));
    }

    // Only the document being made takes its family's decisions: a refused
    // termination does not stop a notice, and stops the ruling.
    void onlyTheDocumentsFamilyDecides()
    {
        Service service(zwtest::catalog());
        CaseFile file = zwtest::demoCase(QStringLiteral("jingde-withdrawal"));
        file.json()["termination"]["scope"] = "instrument"; // withdrawal cannot end the instrument
        QVERIFY(!hasErrors(service.checkCase(file, QStringLiteral("zhixing-tongzhi"))));
        QVERIFY(service.render(QStringLiteral("zhixing-tongzhi"), file));
        const Diagnostics ruling = service.checkCase(file, QStringLiteral("zhongjie-caiding"));
        QVERIFY(hasErrors(ruling));
        QCOMPARE(ruling.first().path, QStringLiteral("termination.scope"));
        QVERIFY(hasErrors(service.checkCase(file))); // no document named: every family the case holds
        QVERIFY(!service.render(QStringLiteral("zhongjie-caiding"), file));
    }

    // A character no font has stops only a document that prints it.
    void unprintableOnlyWherePrinted()
    {
        Service service(zwtest::catalog());
        CaseFile file = zwtest::demoCase(QStringLiteral("jingde-withdrawal"));
        file.json()["note"] = ss(QStringLiteral("备注") + QString::fromUcs4(U"\U0010FFFD")); // kept by the format, printed by no template
        const auto notice = service.render(QStringLiteral("zhixing-tongzhi"), file);
        QVERIFY2(notice, qPrintable(notice.errorString()));
        file.setText(QStringLiteral("respondents[0].name"), QStringLiteral("刘") + QString::fromUcs4(U"\U0010FFFD"));
        const auto refused = service.render(QStringLiteral("zhixing-tongzhi"), file);
        QVERIFY(!refused);
        QCOMPARE(refused.errors().first().path, QStringLiteral("respondents[0].name"));
        QCOMPARE(refused.errors().size(), 1); // not the note, which has the character too but does not print
    }

    // Registering and writing go together: a register that cannot take the
    // entry leaves no new file, and an older file as it was.
    void unregistrableIssueWritesNothing()
    {
        const QString db = m_dir.filePath(QStringLiteral("no-register.sqlite"));
        Service service(zwtest::catalog());
        QVERIFY(service.openStore(db));
        QVERIFY(zwtest::execSql(db, QStringLiteral("DROP TABLE documents")));
        IssueOptions options;
        options.record = true;
        const QString fresh = m_dir.filePath(QStringLiteral("fresh.pdf"));
        QVERIFY(!service.issue(QStringLiteral("zhixing-tongzhi"), zwtest::demoCase(QStringLiteral("jingde-withdrawal")), fresh, options));
        QVERIFY(!QFile::exists(fresh));
        const QString older = m_dir.filePath(QStringLiteral("older.pdf"));
        QVERIFY(zwtest::writeFile(older, "previous"));
        QVERIFY(!service.issue(QStringLiteral("zhixing-tongzhi"), zwtest::demoCase(QStringLiteral("jingde-withdrawal")), older, options));
        QCOMPARE(readAll(older), QByteArray("previous"));
    }

    // A register that cannot be read is an error, never "not registered".
    void verifyFailedQueryIsAnError()
    {
        const QString db = m_dir.filePath(QStringLiteral("broken-register.sqlite"));
        Service service(zwtest::catalog());
        QVERIFY(service.openStore(db));
        QVERIFY(zwtest::execSql(db, QStringLiteral("DROP TABLE documents")));
        const auto found = service.verify("%PDF-1.3 anything");
        QVERIFY(!found);
        QVERIFY2(!found.errorString().contains(QStringLiteral("未登记")), qPrintable(found.errorString()));
        QVERIFY(service.findCases()); // the cases table is intact
    }

    void storeReadsAreValues()
    {
        Service service(zwtest::catalog());
        QVERIFY(!service.findCases()); // no store open: an error, not an empty list
        QVERIFY(service.openStore(m_dir.filePath(QStringLiteral("reads.sqlite"))));
        QVERIFY(service.findCases());
        QCOMPARE(service.findCases()->size(), 0);
        QVERIFY(!service.caseSummary(42)); // no such case
        const auto number = service.allocateCertificateNumber(zwtest::demoCase(QStringLiteral("haicang-performance")));
        QVERIFY2(number, qPrintable(number.errorString()));
        QCOMPARE(*number, QStringLiteral("（2024）闽0205自履证1号"));
    }

    // 自动履行证明书 certifies performance without compulsion: within the
    // instrument's period and before any enforcement case, or as the
    // court's rules allow. Each refusal says why.
    void certificateTiming_data()
    {
        QTest::addColumn<QString>("caseName");
        QTest::addColumn<QString>("change"); // JSON merged into the case
        QTest::addColumn<bool>("allowed");
        QTest::addColumn<QString>("words");  // in the statement, or in the refusal
        QTest::newRow("paid in time, no enforcement") << "haicang-performance" << "{}" << true << "自动履行完毕上述义务";
        QTest::newRow("last day named is in time") << "haicang-performance" << R"({"performance": {"performed_on": "2024-07-10"}})" << true << "未经人民法院强制执行";
        QTest::newRow("a day late") << "haicang-performance" << R"({"performance": {"performed_on": "2024-07-11"}})" << false << "2024年7月10日届满";
        QTest::newRow("ten days from effect") << "haicang-performance"
            << R"({"basis": {"items": [{"no": 1, "text": "被告于本调解书生效之日起十日内支付原告租金75000元。"}]}, "performance": {"performed_on": "2024-07-12"}})" << true << "自动履行完毕";
        QTest::newRow("eleven days from effect") << "haicang-performance"
            << R"({"basis": {"items": [{"no": 1, "text": "被告于本调解书生效之日起十日内支付原告租金75000元。"}]}, "performance": {"performed_on": "2024-07-13"}})" << false << "逾期履行";
        QTest::newRow("explicit due date") << "haicang-performance" << R"({"basis": {"due_on": "2024-07-20"}, "performance": {"performed_on": "2024-07-15"}})" << true << "自动履行完毕";
        QTest::newRow("after the enforcement filing") << "jingde-withdrawal" << "{}" << false << "本院执行立案（2024年3月5日）之后";
        QTest::newRow("before filing but late") << "jingde-withdrawal" << R"({"performance": {"performed_on": "2024-01-10"}})" << false << "2023年12月11日届满";
        QTest::newRow("preservation deduction") << "jingde-withdrawal" << R"({"performance": {"manner": "preservation_deduction"}})" << true << "扣划";
        QTest::newRow("unknown manner") << "jingde-withdrawal" << R"({"performance": {"manner": "magic"}})" << false << "magic";
    }
    void certificateTiming()
    {
        QFETCH(QString, caseName);
        QFETCH(QString, change);
        QFETCH(bool, allowed);
        QFETCH(QString, words);
        Service service(zwtest::catalog());
        CaseFile file = zwtest::demoCase(caseName);
        file.json().merge_patch(Json::parse(change.toStdString()));
        file.setText(QStringLiteral("performance.certificate_no"), QStringLiteral("（2024）闽0205自履证1号"));
        const auto pdf = service.render(QStringLiteral("zidong-lvxing-zhengming"), file);
        if (!allowed) {
            QVERIFY(!pdf);
            QVERIFY2(pdf.errorString().contains(words), qPrintable(pdf.errorString()));
            QVERIFY(hasErrors(service.checkCase(file, QStringLiteral("zidong-lvxing-zhengming"))));
            // For the case as a whole it is a warning: the record is not wrong, the certificate is.
            QVERIFY(!hasErrors(service.checkCase(file)));
            return;
        }
        QVERIFY2(pdf, qPrintable(pdf.errorString()));
        const QString out = m_dir.filePath(QStringLiteral("certificate.pdf"));
        QVERIFY(zwtest::writeFile(out, *pdf));
        const QString text = zwtest::flat(zwtest::pdfText(out));
        QVERIFY2(text.contains(words), qPrintable(text));
    }

    // The court's policy, as data, may allow a wording for late performance.
    void certificatePolicyIsData()
    {
        QTemporaryDir dir;
        copyData(dir.path());
        const QString rules = dir.filePath(QStringLiteral("resources/rules/certificate.json"));
        replaceIn(rules, QByteArray("\"allowed\": false,\n      \"refusal\": \"履行日期{performed_on}在履行期限"),
                  QByteArray("\"allowed\": true,\n      \"refusal\": \"履行日期{performed_on}在履行期限"));
        const auto catalog = Catalog::load(sourcesIn(dir.path()));
        QVERIFY2(catalog, qPrintable(catalog.errorString()));
        Service service(*catalog);
        CaseFile file = zwtest::demoCase(QStringLiteral("haicang-performance"));
        file.setText(QStringLiteral("performance.performed_on"), QStringLiteral("2024-07-11"));
        file.setText(QStringLiteral("performance.certificate_no"), QStringLiteral("（2024）闽0205自履证1号"));
        const auto pdf = service.render(QStringLiteral("zidong-lvxing-zhengming"), file);
        QVERIFY2(pdf, qPrintable(pdf.errorString()));
        const QString out = m_dir.filePath(QStringLiteral("late.pdf"));
        QVERIFY(zwtest::writeFile(out, *pdf));
        QVERIFY(zwtest::flat(zwtest::pdfText(out)).contains(QStringLiteral("（履行期限于2024年7月10日届满）")));
    }

    // A person is identified by 公民身份号码, an organisation by its credit
    // code, and an empty number prints no label at all.
    void certificateIdentifiesThePerformer_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<QString>("present");
        QTest::addColumn<QString>("absent");
        QTest::newRow("organisation") << "{}" << "（统一社会信用代码：" << "公民身份号码";
        QTest::newRow("person") << R"({"performance": {"performer": "p9"}})" << "（公民身份号码：341825198005010037）" << "统一社会信用代码";
        QTest::newRow("person without a number") << R"({"performance": {"performer": "p8"}})" << "李四于" << "李四（";
    }
    void certificateIdentifiesThePerformer()
    {
        QFETCH(QString, change);
        QFETCH(QString, present);
        QFETCH(QString, absent);
        Service service(zwtest::catalog());
        CaseFile file = zwtest::demoCase(QStringLiteral("haicang-performance"));
        file.json()["respondents"].push_back(Json::parse(R"({"id": "p9", "kind": "person", "name": "张某", "gender": "男", "born_on": "1980-05-01", "id_number": "341825198005010037"})"));
        file.json()["respondents"].push_back(Json::parse(R"({"id": "p8", "kind": "person", "name": "李四"})"));
        file.json().merge_patch(Json::parse(change.toStdString()));
        file.setText(QStringLiteral("performance.certificate_no"), QStringLiteral("（2024）闽0205自履证1号"));
        const auto pdf = service.render(QStringLiteral("zidong-lvxing-zhengming"), file);
        QVERIFY2(pdf, qPrintable(pdf.errorString()));
        const QString out = m_dir.filePath(QStringLiteral("performer.pdf"));
        QVERIFY(zwtest::writeFile(out, *pdf));
        const QString text = zwtest::flat(zwtest::pdfText(out));
        const QString opening = text.section(QStringLiteral("向本院申请出具"), 0, 0);
        QVERIFY2(opening.contains(present), qPrintable(opening));
        QVERIFY2(!opening.contains(absent), qPrintable(opening));
    }

    // Each document goes out under the right kind of case number: the
    // enforcement documents under a 执-type number, the 诉讼风险提示书 and the
    // 督促履行告知书 under the trial case's.
    void documentNumbers_data()
    {
        QTest::addColumn<QString>("templateId");
        QTest::addColumn<QString>("caseName");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("words");
        for (const char *t : {"zhixing-tongzhi", "baogao-caichan", "zhixing-fengxian"})
            QTest::newRow(t) << t << "haicang-performance" << "case.number" << "应使用执行案号";
        QTest::newRow("zhongjie-caiding") << "zhongjie-caiding" << "haicang-with-ruling" << "case.number" << "应使用执行案号";
        QTest::newRow("susong-fengxian") << "susong-fengxian" << "jingde-withdrawal" << "case.number" << "审判阶段";
        QTest::newRow("duzu-lvxing") << "duzu-lvxing" << "jingde-enforcement-basis" << "basis.number" << "审判阶段";
    }
    void documentNumbers()
    {
        QFETCH(QString, templateId);
        QFETCH(QString, caseName);
        QFETCH(QString, path);
        QFETCH(QString, words);
        Service service(zwtest::catalog());
        CaseFile file = zwtest::demoCase(caseName.startsWith(QStringLiteral("haicang")) ? QStringLiteral("haicang-performance") : QStringLiteral("jingde-withdrawal"));
        if (caseName == QStringLiteral("haicang-with-ruling"))
            file.json()["termination"] = zwtest::demoCase(QStringLiteral("jingde-withdrawal")).json()["termination"];
        if (caseName == QStringLiteral("jingde-enforcement-basis"))
            file.setText(QStringLiteral("basis.number"), QStringLiteral("（2023）皖1825执12号"));
        const auto pdf = service.render(templateId, file);
        QVERIFY(!pdf);
        QCOMPARE(pdf.errors().first().path, path);
        QVERIFY2(pdf.errorString().contains(words), qPrintable(pdf.errorString()));
        QVERIFY(hasErrors(service.checkCase(file, templateId)));
    }

    // Dates in the order a case lives them; a ruling neither before its case
    // nor far in the future; the case number's year is the filing year.
    void dateOrder_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("words");
        QTest::addColumn<bool>("isError");
        QTest::newRow("filed before effect") << R"({"case": {"filed_on": "2023-11-20"}})" << "case.filed_on" << "生效后才能申请执行" << true;
        QTest::newRow("notice before filing") << R"({"notice": {"issued_on": "2024-03-01"}})" << "notice.issued_on" << "立案执行后" << true;
        QTest::newRow("period ends before effect") << R"({"basis": {"due_on": "2023-11-01"}})" << "basis.due_on" << "生效时起算" << true;
        QTest::newRow("ruling before filing") << R"({"termination": {"decided_on": "2024-03-01"}})" << "termination.decided_on" << "早于立案日期" << true;
        QTest::newRow("ruling far ahead") << R"({"termination": {"decided_on": "2099-06-01"}})" << "termination.decided_on" << "超过 30 天" << true;
        QTest::newRow("number year") << R"({"case": {"filed_on": "2025-01-02"}})" << "case.number" << "年度 2024" << false;
    }
    void dateOrder()
    {
        QFETCH(QString, change);
        QFETCH(QString, path);
        QFETCH(QString, words);
        QFETCH(bool, isError);
        Service service(zwtest::catalog());
        CaseFile file = zwtest::demoCase(QStringLiteral("jingde-withdrawal"));
        file.json().merge_patch(Json::parse(change.toStdString()));
        const Diagnostics list = service.checkCase(file, QStringLiteral("zhongjie-caiding"));
        bool found = false;
        for (const Diagnostic &d : list)
            found |= d.path == path && d.isError() == isError && d.message.contains(words);
        QVERIFY2(found, qPrintable(joinMessages(list)));
        // A trial case's filing comes before its judgment: no such error there.
        CaseFile trial = zwtest::demoCase(QStringLiteral("haicang-performance"));
        QVERIFY2(!hasErrors(service.checkCase(trial)), qPrintable(joinMessages(service.checkCase(trial))));
    }

    // A case that closes without a ruling is said so when the ruling is asked
    // for, never "ruling.operative: 缺少必填字段".
    void noRulingIsExplained()
    {
        Service service(zwtest::catalog());
        CaseFile file = zwtest::demoCase(QStringLiteral("jingde-withdrawal"));
        file.json()["termination"]["ground"] = "designated";
        file.json()["termination"]["scope"] = "";
        const auto pdf = service.render(QStringLiteral("zhongjie-caiding"), file);
        QVERIFY(!pdf);
        QVERIFY2(pdf.errorString().contains(QStringLiteral("销案")) && pdf.errorString().contains(QStringLiteral("法明传〔2018〕335号")), qPrintable(pdf.errorString()));
        QVERIFY2(!pdf.errorString().contains(QStringLiteral("ruling.operative")), qPrintable(pdf.errorString()));
        QVERIFY(!hasErrors(service.checkCase(file))); // the case is right: it just needs no ruling
    }

    // Which documents need a field: joined from the schema and the templates.
    void documentsNeedingAField()
    {
        Service service(zwtest::catalog());
        QCOMPARE(service.documentsNeeding(QStringLiteral("performance.certificate_no")), QStringList{QStringLiteral("zidong-lvxing-zhengming")});
        const QStringList name = service.documentsNeeding(QStringLiteral("respondents[0].name"));
        QVERIFY(name.contains(QStringLiteral("zhixing-tongzhi")) && name.contains(QStringLiteral("zhongjie-caiding")));
        QVERIFY(!name.contains(QStringLiteral("susong-fengxian"))); // the suit's risk notice goes to the plaintiff only
        QCOMPARE(service.documentsNeeding(QStringLiteral("termination.decided_on")), QStringList{QStringLiteral("zhongjie-caiding")});
    }

    // Every data file is checked when the catalog loads; a broken one fails
    // it with the file's name (and the line, for a syntax error).
    void catalogRefusesBrokenFiles_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("from");
        QTest::addColumn<QByteArray>("to");
        QTest::addColumn<QString>("words");
        QTest::newRow("fonts.json syntax") << "resources/fonts.json" << QByteArray("\"roles\": {") << QByteArray("\"roles\" {") << "第 4 行";
        QTest::newRow("fonts.json family") << "resources/fonts.json" << QByteArray("\"body\":  { \"family\": \"AR PL UMing CN\"")
                                           << QByteArray("\"body\":  { \"family\": \"No Such Font\"") << "No Such Font";
        QTest::newRow("page.json") << "resources/page.json" << QByteArray("\"lines_per_page\": 22") << QByteArray("\"lines_per_page\": \"22\"") << "lines_per_page";
        QTest::newRow("provisions.json") << "resources/law/provisions.json" << QByteArray("{") << QByteArray("{,") << "第 1 行";
        QTest::newRow("case-types.json code") << "resources/law/case-types.json" << QByteArray("\"code\": \"执恢\"") << QByteArray("\"code\": \"执H\"")
                                              << "types[1].code";
        QTest::newRow("case-types.json flag") << "resources/law/case-types.json" << QByteArray("\"name\": \"民事一审案件\"")
                                              << QByteArray("\"name\": \"民事一审案件\", \"enforcement\": true") << "民初";
        QTest::newRow("termination.json") << "resources/rules/termination.json" << QByteArray("{") << QByteArray("[") << "termination.json";
        QTest::newRow("template requires") << "templates/zhixing-tongzhi.zwt" << QByteArray("requires: court.name") << QByteArray("requires: court.nmae")
                                           << "court.nmae";
        QTest::newRow("template date") << "templates/zhixing-tongzhi.zwt" << QByteArray("date: notice.issued_on") << QByteArray("date: case.cause") << "case.cause";
        QTest::newRow("template family") << "templates/zhongjie-caiding.zwt" << QByteArray("family: termination") << QByteArray("family: nosuch") << "nosuch";
    }
    void catalogRefusesBrokenFiles()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, to);
        QFETCH(QString, words);
        QTemporaryDir dir;
        copyData(dir.path());
        QVERIFY(Catalog::load(sourcesIn(dir.path()))); // the copy as shipped loads
        replaceIn(dir.filePath(file), from, to);
        const auto catalog = Catalog::load(sourcesIn(dir.path()));
        QVERIFY(!catalog);
        QVERIFY2(catalog.errorString().contains(QFileInfo(file).fileName()), qPrintable(catalog.errorString()));
        QVERIFY2(catalog.errorString().contains(words), qPrintable(catalog.errorString()));
    }
};

QTEST_GUILESS_MAIN(TestService)
#include "tst_service.moc"
