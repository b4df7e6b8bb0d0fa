#include "Command.h"
#include "Diagnostic.h"
#include "Service.h"
#include "TestSql.h"
#include "TestSupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QFileInfo>
#include <QRegularExpression>
#include <QProcess>
#include <QTemporaryDir>

using namespace zw;

struct Result {
    int code;
    QString out, err;
};

static Result runCli(const QStringList &args)
{
    QString out, err;
    QTextStream o(&out), e(&err);
    const int code = cli::run(args, o, e);
    o.flush();
    e.flush();
    return {code, out, err};
}

class TestCli : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    QString writeCase(CaseFile file, const QString &name)
    {
        const QString path = m_dir.filePath(name);
        if (!file.save(path))
            qFatal("cannot save");
        return path;
    }

private Q_SLOTS:
    void help()
    {
        const Result r = runCli({QStringLiteral("--help")});
        QCOMPARE(r.code, 0);
        for (const char *c : {"templates", "check", "wording", "zhongben", "due", "requery", "resume", "render", "batch", "certificate", "verify", "cases", "import", "export"})
            QVERIFY(r.out.contains(QLatin1String(c)));
        QCOMPARE(runCli({}).code, 2);
        QCOMPARE(runCli({QStringLiteral("frobnicate")}).code, 2);
    }

    void templates()
    {
        Result r = runCli({QStringLiteral("templates")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("zhixing-tongzhi\t执行通知书")));
        r = runCli({QStringLiteral("templates"), QStringLiteral("--json")});
        QVERIFY(r.out.contains(QStringLiteral("\"id\": \"zhongjie-caiding\"")));
    }

    // In English the names that come from data files are English too: the
    // documents' names (in the order of a case's life) and the grounds,
    // shapes and refusals of a termination.
    void englishFromDataFiles()
    {
        auto run = [](const QStringList &args) {
            QProcess p;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("ZHIWEN_LANG"), QStringLiteral("en"));
            p.setProcessEnvironment(env);
            p.start(QStringLiteral(ZHIWEN_CLI), args);
            p.waitForFinished(30000);
            return QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
        };
        const QString list = run({QStringLiteral("templates")});
        QVERIFY2(list.contains(QStringLiteral("zhixing-tongzhi\tExecution notice")), qPrintable(list));
        QVERIFY(list.indexOf(QStringLiteral("zhixing-fengxian")) < list.indexOf(QStringLiteral("zhixing-tongzhi")));
        QVERIFY(list.indexOf(QStringLiteral("zhixing-tongzhi")) < list.indexOf(QStringLiteral("zhongjie-caiding")));
        QVERIFY(list.indexOf(QStringLiteral("zhongjie-caiding")) < list.indexOf(QStringLiteral("zidong-lvxing-zhengming")));
        CaseFile wrong = zwtest::demoCase(QStringLiteral("jingde-withdrawal"));
        wrong.setText(QStringLiteral("termination.scope"), QStringLiteral("instrument"));
        const QString check = run({QStringLiteral("check"), writeCase(wrong, QStringLiteral("wrong-scope.json")), QStringLiteral("--template"), QStringLiteral("zhongjie-caiding")});
        QVERIFY2(check.contains(QStringLiteral("Ground \"The applicant withdraws the application\" cannot \"End the enforcement of the whole instrument\": After a withdrawal")),
                 qPrintable(check));
        QVERIFY2(!check.contains(QStringLiteral("撤回")), qPrintable(check));
        // The 终本 conditions and what is missing, from zhongben.json's "en".
        const QString zhongben = run({QStringLiteral("zhongben"), zwtest::demo(QStringLiteral("jingde-zhongben-early"))});
        QVERIFY2(zhongben.contains(QStringLiteral("not met  More than three months have passed since the enforcement case was filed")), qPrintable(zhongben));
        QVERIFY2(zhongben.contains(QStringLiteral("has not been queried through the network system for real estate")), qPrintable(zhongben));
    }

    void checkGoodAndBad()
    {
        Result r = runCli({QStringLiteral("check"), zwtest::demo(QStringLiteral("jingde-withdrawal"))});
        QCOMPARE(r.code, 0);
        CaseFile bad = zwtest::demoCase(QStringLiteral("jingde-withdrawal"));
        bad.setText(QStringLiteral("respondents[0].id_number"), QStringLiteral("341825198005010038"));
        r = runCli({QStringLiteral("check"), writeCase(bad, QStringLiteral("bad.json"))});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.contains(QStringLiteral("错误  respondents[0].id_number: 校验位错误")), qPrintable(r.out));
        CaseFile warn = zwtest::demoCase(QStringLiteral("jingde-withdrawal"));
        warn.setText(QStringLiteral("case.number"), QStringLiteral("(2024)皖1825执123号"));
        r = runCli({QStringLiteral("check"), writeCase(warn, QStringLiteral("warn.json"))});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("警告  case.number")));
        QCOMPARE(runCli({QStringLiteral("check"), m_dir.filePath(QStringLiteral("missing.json"))}).code, 3);
        QCOMPARE(runCli({QStringLiteral("check")}).code, 2);
    }

    void wording()
    {
        Result r = runCli({QStringLiteral("wording"), zwtest::demo(QStringLiteral("jingde-partly-revoked"))});
        QCOMPARE(r.code, 0);
        const QStringList lines = r.out.split(QLatin1Char('\n'));
        QCOMPARE(lines[0], QStringLiteral("终结安徽省旌德县人民法院（2023）皖1825民初456号民事判决书第二项的执行。"));
        QVERIFY(lines[1].contains(QStringLiteral("第二百六十八条第二项")));
        r = runCli({QStringLiteral("wording"), zwtest::demo(QStringLiteral("jingde-withdrawal")), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("\"ruling_required\": true")));
        QVERIFY(r.out.contains(QStringLiteral("\"operative\": \"终结（2024）皖1825执123号案件的执行。\"")));
        QVERIFY(r.out.contains(QStringLiteral("\"warnings\": [")));
        CaseFile refused = zwtest::demoCase(QStringLiteral("jingde-withdrawal"));
        refused.json()["termination"]["scope"] = "instrument";
        r = runCli({QStringLiteral("wording"), writeCase(refused, QStringLiteral("refused.json"))});
        QCOMPARE(r.code, 1);
        QVERIFY(r.out.isEmpty());
        QVERIFY(r.err.contains(QStringLiteral("termination.scope")));
        r = runCli({QStringLiteral("wording"), zwtest::demo(QStringLiteral("haicang-performance"))});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QStringLiteral("termination")));
    }

    // The contract of `zhongben` (resources/spec/cli.md): exit 0 when 终本
    // may be ruled, 1 with each unmet condition on stderr; --json lists the
    // seven conditions in their order.
    void zhongben()
    {
        Result r = runCli({QStringLiteral("zhongben"), zwtest::demo(QStringLiteral("jingde-zhongben-ready"))});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("终结本次执行程序。")) && r.out.contains(QStringLiteral("第五百一十七条")), qPrintable(r.out));
        QVERIFY2(!r.err.contains(QStringLiteral("未满足")), qPrintable(r.err));
        r = runCli({QStringLiteral("zhongben"), zwtest::demo(QStringLiteral("jingde-zhongben-early"))});
        QCOMPARE(r.code, 1);
        const QStringList unmet = r.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts).filter(QRegularExpression(QStringLiteral("^未满足")));
        QVERIFY2(r.err.contains(QStringLiteral("警告  被执行人宣城某艺术培训有限公司未纳入失信被执行人名单")), qPrintable(r.err));
        QCOMPARE(unmet.size(), 2);
        QVERIFY2(unmet[0].contains(QStringLiteral("尚未通过网络执行查控系统查询被执行人宣城某艺术培训有限公司的不动产")), qPrintable(unmet[0]));
        QVERIFY2(unmet[1].contains(QStringLiteral("尚未超过三个月")), qPrintable(unmet[1]));
        r = runCli({QStringLiteral("zhongben"), zwtest::demo(QStringLiteral("jingde-zhongben-early")), QStringLiteral("--json")});
        QCOMPARE(r.code, 1);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("allowed")).toBool(true), false);
        QCOMPARE(o.value(QStringLiteral("operative")).toString(), QStringLiteral("终结本次执行程序。"));
        QVERIFY(o.value(QStringLiteral("citation")).toString().contains(QStringLiteral("解释》第五百一十七条")));
        QVERIFY(o.value(QStringLiteral("warnings")).isArray());
        QStringList ids;
        QStringList met;
        for (const QJsonValue &c : o.value(QStringLiteral("conditions")).toArray()) {
            ids << c[QStringLiteral("id")].toString();
            met << (c[QStringLiteral("met")].toBool() ? QStringLiteral("1") : QStringLiteral("0"));
            QVERIFY(!c[QStringLiteral("reason")].toString().isEmpty());
        }
        QCOMPARE(ids, (QStringList{QStringLiteral("notice_and_report"), QStringLiteral("consumption_and_defaulter"), QStringLiteral("property_investigation"),
                                   QStringLiteral("three_months"), QStringLiteral("missing_and_obstruction"), QStringLiteral("applicant_informed"),
                                   QStringLiteral("approval")}));
        QCOMPARE(met.join(QString()), QStringLiteral("1100111"));
        // `check --template` refuses what rendering would: the ruling of an
        // early 终本, and its interview before the investigation is complete —
        // but not the 限制消费令, which comes long before.
        r = runCli({QStringLiteral("check"), QStringLiteral("--template"), QStringLiteral("zhongben-caiding"), zwtest::demo(QStringLiteral("jingde-zhongben-early"))});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.contains(QStringLiteral("的不动产")), qPrintable(r.out));
        r = runCli({QStringLiteral("check"), QStringLiteral("--template"), QStringLiteral("zhongben-yuetan"), zwtest::demo(QStringLiteral("jingde-zhongben-early"))});
        QCOMPARE(r.code, 1);
        r = runCli({QStringLiteral("check"), QStringLiteral("--template"), QStringLiteral("xianzhi-xiaofei"), zwtest::demo(QStringLiteral("jingde-zhongben-early"))});
        QVERIFY2(r.code == 0, qPrintable(r.out));
        QCOMPARE(runCli({QStringLiteral("zhongben")}).code, 2);
        QCOMPARE(runCli({QStringLiteral("zhongben"), m_dir.filePath(QStringLiteral("missing.json"))}).code, 3);
    }

    // Resuming a 终本 case makes the linked 执恢 case; `due` lists what the
    // cases owe.
    void resumeAndDue()
    {
        const QString original = writeCase(zwtest::demoCase(QStringLiteral("jingde-zhongben-ready")), QStringLiteral("zb.json"));
        const QString resumed = m_dir.filePath(QStringLiteral("resumed.json"));
        Result r = runCli({QStringLiteral("due"), original, QStringLiteral("--on"), QStringLiteral("2025-01-01")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("（2024）皖1825执123号\t终本后网络查控复查")) && r.out.contains(QStringLiteral("2025-01-15")), qPrintable(r.out));
        // A re-query is recorded in the case; the next falls six months after it.
        const QString requeried = writeCase(zwtest::demoCase(QStringLiteral("jingde-zhongben-ready")), QStringLiteral("rq.json"));
        r = runCli({QStringLiteral("requery"), requeried, QStringLiteral("--on"), QStringLiteral("2025-01-10"), QStringLiteral("--result"), QStringLiteral("未发现可供执行的财产"),
                    QStringLiteral("--told"), QStringLiteral("2025-01-12")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(r.out.trimmed(), QStringLiteral("下一次复查：2025-07-10"));
        QCOMPARE(CaseFile::load(requeried)->text(QStringLiteral("zhongben.requeries[0].result")), QStringLiteral("未发现可供执行的财产"));
        r = runCli({QStringLiteral("due"), requeried, QStringLiteral("--on"), QStringLiteral("2025-07-01")});
        QVERIFY2(r.out.contains(QStringLiteral("2025-07-10")), qPrintable(r.out));
        r = runCli({QStringLiteral("requery"), requeried, QStringLiteral("--on"), QStringLiteral("2024-07-01")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("--on")) && r.err.contains(QStringLiteral("终本裁定（2024-07-15）之后")), qPrintable(r.err));
        QCOMPARE(CaseFile::load(requeried)->json()["zhongben"]["requeries"].size(), std::size_t(1)); // nothing added
        // A number of another type is refused, naming the option; nothing is written.
        r = runCli({QStringLiteral("resume"), original, QStringLiteral("--number"), QStringLiteral("（2025）皖1825执12号"), QStringLiteral("-o"), resumed});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("--number")) && r.err.contains(QStringLiteral("执恢")), qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(resumed));
        r = runCli({QStringLiteral("resume"), original, QStringLiteral("--number"), QStringLiteral("（2025）皖1825执恢12号"), QStringLiteral("--on"), QStringLiteral("2025-03-01"),
                    QStringLiteral("--reason"), QStringLiteral("被执行人张某名下有新登记车辆"), QStringLiteral("-o"), resumed});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const auto made = CaseFile::load(resumed);
        QVERIFY(made);
        QCOMPARE(made->text(QStringLiteral("case.number")), QStringLiteral("（2025）皖1825执恢12号"));
        QCOMPARE(made->text(QStringLiteral("resumption.from")), QStringLiteral("（2024）皖1825执123号"));
        QCOMPARE(made->text(QStringLiteral("resumption.original_ruling_on")), QStringLiteral("2024-07-15"));
        QCOMPARE(made->text(QStringLiteral("respondents[1].name")), QStringLiteral("宣城某艺术培训有限公司"));
        QVERIFY(!made->json().contains("measures"));
        const auto updated = CaseFile::load(original);
        QVERIFY(updated);
        QCOMPARE(updated->text(QStringLiteral("zhongben.resumed_as")), QStringLiteral("（2025）皖1825执恢12号"));
        // Linked both ways: the original owes no more re-queries, and is not resumed twice.
        r = runCli({QStringLiteral("due"), original, QStringLiteral("--on"), QStringLiteral("2025-01-01")});
        QVERIFY2(!r.out.contains(QStringLiteral("复查")), qPrintable(r.out));
        r = runCli({QStringLiteral("resume"), original, QStringLiteral("--number"), QStringLiteral("（2025）皖1825执恢13号"), QStringLiteral("-o"), m_dir.filePath(QStringLiteral("again.json"))});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("已恢复执行")), qPrintable(r.err));
        // The resumed case's notice.
        const QString pdf = m_dir.filePath(QStringLiteral("hf.pdf"));
        r = runCli({QStringLiteral("render"), QStringLiteral("huifu-zhixing"), resumed, QStringLiteral("-o"), pdf});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString text = zwtest::flat(zwtest::pdfText(pdf));
        for (const char *f : {"恢复执行通知书", "（2025）皖1825执恢12号", "于2024年7月15日作出（2024）皖1825执123号执行裁定，终结本次执行程序",
                              "以被执行人张某名下有新登记车辆为由，于2025年3月1日向本院申请恢复执行，经本院核查属实", "第五百一十七条第二款",
                              "《最高人民法院关于严格规范终结本次执行程序的规定（试行）》第九条", "第一项：被告张某偿还原告李某借款本金75000元", "原案已从被执行人张某处执行到位人民币326.15元，应从该被执行人应履行的义务中扣除", "加倍支付迟延履行期间的债务利息", "二〇二五年三月一日"})
            QVERIFY2(text.contains(QString::fromUtf8(f)), f);
        QCOMPARE(runCli({QStringLiteral("due"), original, QStringLiteral("--on"), QStringLiteral("2025-13-01")}).code, 2);
        // Across the store: every active case, by date.
        const QString db = m_dir.filePath(QStringLiteral("due.sqlite"));
        r = runCli({QStringLiteral("import"), zwtest::demo(QStringLiteral("jingde-zhongben-ready")), zwtest::demo(QStringLiteral("haicang-performance")),
                    QStringLiteral("--store"), db});
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        r = runCli({QStringLiteral("due"), QStringLiteral("--on"), QStringLiteral("2025-01-10"), QStringLiteral("--store"), db});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts), (QStringList{QStringLiteral("（2024）皖1825执123号\t终本后网络查控复查（每六个月一次，至2029年7月15日止）\t2025-01-15")}));
    }

    void renderAndFailures()
    {
        const QString out = m_dir.filePath(QStringLiteral("n.pdf"));
        Result r = runCli({QStringLiteral("render"), QStringLiteral("zhixing-tongzhi"), zwtest::demo(QStringLiteral("jingde-withdrawal")), QStringLiteral("-o"), out});
        QCOMPARE(r.code, 0);
        QVERIFY(QFile::exists(out));

        CaseFile bad = zwtest::demoCase(QStringLiteral("jingde-withdrawal"));
        bad.setText(QStringLiteral("case.number"), QStringLiteral("（2024）皖1825执123"));
        const QString badOut = m_dir.filePath(QStringLiteral("bad.pdf"));
        r = runCli({QStringLiteral("render"), QStringLiteral("zhixing-tongzhi"), writeCase(bad, QStringLiteral("badnum.json")), QStringLiteral("-o"), badOut});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("case.number")), qPrintable(r.err));
        QVERIFY(!QFile::exists(badOut));

        r = runCli({QStringLiteral("render"), QStringLiteral("no-such"), zwtest::demo(QStringLiteral("jingde-withdrawal")), QStringLiteral("-o"), badOut});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QStringLiteral("zhixing-tongzhi")));
        QCOMPARE(runCli({QStringLiteral("render"), QStringLiteral("zhixing-tongzhi"), zwtest::demo(QStringLiteral("jingde-withdrawal"))}).code, 2);
    }

    // Runs the CLI with one data file of its own in front of the shipped ones.
    static Result runWithDataFile(const QString &relative, const QByteArray &bytes, const QStringList &args)
    {
        QTemporaryDir data;
        QDir().mkpath(QFileInfo(data.filePath(relative)).absolutePath());
        if (!zwtest::writeFile(data.filePath(relative), bytes))
            qFatal("cannot write %s", qPrintable(relative));
        const QByteArray old = qgetenv("ZHIWEN_DATA_DIR");
        qputenv("ZHIWEN_DATA_DIR", data.path().toUtf8());
        const Result r = runCli(args);
        qputenv("ZHIWEN_DATA_DIR", old);
        return r;
    }

    void brokenRulesFileStopsWithItsPath()
    {
        const Result r = runWithDataFile(QStringLiteral("resources/rules/termination.json"), "{\"format\": \"zhiwen/termination-rules@1\", \"grounds\": [",
                                         {QStringLiteral("wording"), zwtest::demo(QStringLiteral("jingde-withdrawal"))});
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains(QStringLiteral("resources/rules/termination.json")), qPrintable(r.err));
    }

    // A broken fonts.json is named, with its line, by every command before
    // any work (it used to abort the GUI at first start).
    void brokenFontsFileStopsWithItsLine()
    {
        const Result r = runWithDataFile(QStringLiteral("resources/fonts.json"), "{\n  \"format\": \"zhiwen/fonts@1\",\n  \"roles\" {\n",
                                         {QStringLiteral("check"), zwtest::demo(QStringLiteral("jingde-withdrawal"))});
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains(QStringLiteral("resources/fonts.json")) && r.err.contains(QStringLiteral("第 3 行")), qPrintable(r.err));
    }

    // check --template: validation plus that document's own decisions only.
    void checkForOneDocument()
    {
        CaseFile refused = zwtest::demoCase(QStringLiteral("jingde-withdrawal"));
        refused.json()["termination"]["scope"] = "instrument";
        const QString path = writeCase(refused, QStringLiteral("refused-check.json"));
        QCOMPARE(runCli({QStringLiteral("check"), path}).code, 1);
        Result r = runCli({QStringLiteral("check"), path, QStringLiteral("--template"), QStringLiteral("zhixing-tongzhi")});
        QCOMPARE(r.code, 0);
        QVERIFY2(!r.out.contains(QStringLiteral("termination")), qPrintable(r.out));
        r = runCli({QStringLiteral("check"), path, QStringLiteral("--template"), QStringLiteral("zhongjie-caiding")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.contains(QStringLiteral("错误  termination.scope")), qPrintable(r.out));
    }

    // Every command validates what it reads: no input aborts the program.
    void malformedInputIsAMessage()
    {
        CaseFile file = zwtest::demoCase(QStringLiteral("jingde-withdrawal"));
        file.json()["termination"]["permanent"] = 0;
        Result r = runCli({QStringLiteral("wording"), writeCase(file, QStringLiteral("permanent.json"))});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("termination.permanent")), qPrintable(r.err));

        const QString huge = m_dir.filePath(QStringLiteral("huge.json"));
        QVERIFY(zwtest::writeFile(huge, "{\n  \"format\": \"zhiwen/case@1\",\n  \"case\": { \"fee\": 1e999 }\n}\n"));
        r = runCli({QStringLiteral("check"), huge});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.contains(QStringLiteral("第 3 行第 20 列")), qPrintable(r.out));

        const QString csv = m_dir.filePath(QStringLiteral("both.csv"));
        QVERIFY(zwtest::writeFile(csv, "case,case.number\nx,（2024）皖1825执1号\n"));
        r = runCli({QStringLiteral("batch"), QStringLiteral("zhixing-tongzhi"), csv, QStringLiteral("-o"), m_dir.filePath(QStringLiteral("both"))});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("第 1 列的表头“case”")), qPrintable(r.err));
    }

    // A register that cannot be read is said so (exit 3), never "未登记".
    void verifyUnreadableRegister()
    {
        const QString db = m_dir.filePath(QStringLiteral("unreadable.sqlite"));
        const QString out = m_dir.filePath(QStringLiteral("unreadable.pdf"));
        QCOMPARE(runCli({QStringLiteral("render"), QStringLiteral("zhixing-tongzhi"), zwtest::demo(QStringLiteral("jingde-withdrawal")),
                         QStringLiteral("-o"), out, QStringLiteral("--record"), QStringLiteral("--store"), db}).code, 0);
        QVERIFY(zwtest::execSql(db, QStringLiteral("ALTER TABLE documents RENAME TO documents_gone")));
        const Result r = runCli({QStringLiteral("verify"), out, QStringLiteral("--store"), db});
        QCOMPARE(r.code, 3);
        QVERIFY2(!r.out.contains(QStringLiteral("未登记")) && r.err.contains(QStringLiteral("documents")), qPrintable(r.out + r.err));
    }

    void registerAndVerify()
    {
        const QString db = m_dir.filePath(QStringLiteral("register.sqlite"));
        const QString out = m_dir.filePath(QStringLiteral("issued.pdf"));
        Result r = runCli({QStringLiteral("render"), QStringLiteral("zhongjie-caiding"), zwtest::demo(QStringLiteral("jingde-partly-revoked")),
                           QStringLiteral("-o"), out, QStringLiteral("--record"), QStringLiteral("--officer"), QStringLiteral("周某"),
                           QStringLiteral("--store"), db});
        QCOMPARE(r.code, 0);
        r = runCli({QStringLiteral("verify"), out, QStringLiteral("--store"), db});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("已登记：（2024）皖1825执123号，模板 zhongjie-caiding 第 2 版")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("周某")));

        // A reprint from the register's copy of the case is byte-identical.
        QFile issued(out);
        QVERIFY(issued.open(QIODevice::ReadOnly));
        const QByteArray original = issued.readAll();
        issued.close();
        auto service = Service::create();
        QVERIFY2(service, qPrintable(service.errorString()));
        QVERIFY(service.value()->openStore(db));
        const auto found = service.value()->verify(original);
        QVERIFY(found);
        const auto entries = found->entries;
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().format, QStringLiteral("pdf"));
        const auto reprint = service.value()->render(entries.first().templateId, *CaseFile::fromBytes(entries.first().caseJson));
        QVERIFY(reprint);
        QVERIFY(*reprint == original);

        // One changed byte: not ours any more.
        QByteArray changed = original;
        changed[changed.size() / 2] = char(changed[changed.size() / 2] ^ 1);
        const QString tampered = m_dir.filePath(QStringLiteral("tampered.pdf"));
        QVERIFY(zwtest::writeFile(tampered, changed));
        r = runCli({QStringLiteral("verify"), tampered, QStringLiteral("--store"), db});
        QCOMPARE(r.code, 1);
        QVERIFY(r.out.contains(QStringLiteral("未登记")));
    }

    // import → cases → export → import again: the store's case list from the command line.
    void importCasesExport()
    {
        const QString db = m_dir.filePath(QStringLiteral("cases.sqlite"));
        const QString store[] = {QStringLiteral("--store"), db};
        const QString bad = m_dir.filePath(QStringLiteral("notacase.json"));
        QVERIFY(zwtest::writeFile(bad, "{\"format\": \"zhiwen/case@9\"}\n"));
        Result r = runCli({QStringLiteral("import"), zwtest::demo(QStringLiteral("haicang-performance")),
                           zwtest::demo(QStringLiteral("jingde-withdrawal")), bad, store[0], store[1]});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.startsWith(QStringLiteral("共 3 个文件：导入 2 件，替换 0 件，未导入 0 件，拒绝 1 件")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("zhiwen/case@9")), qPrintable(r.out));
        r = runCli({QStringLiteral("cases"), QStringLiteral("宣城某艺术"), store[0], store[1]});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.startsWith(QStringLiteral("2\t（2024）皖1825执123号\t民间借贷纠纷\t李某、张某、宣城某艺术培训有限公司")), qPrintable(r.out));
        QCOMPARE(r.out.count(QLatin1Char('\n')), 1);
        r = runCli({QStringLiteral("import"), zwtest::demo(QStringLiteral("jingde-withdrawal")), store[0], store[1]});
        QCOMPARE(r.code, 1); // the same case number is not imported twice
        QVERIFY(r.out.contains(QStringLiteral("未导入")));
        r = runCli({QStringLiteral("import"), zwtest::demo(QStringLiteral("jingde-withdrawal")), QStringLiteral("--replace"), store[0], store[1]});
        QCOMPARE(r.code, 0);
        const QString out = m_dir.filePath(QStringLiteral("exported"));
        r = runCli({QStringLiteral("export"), QStringLiteral("（2024）皖1825执123号"), QStringLiteral("-o"), out, store[0], store[1]});
        QCOMPARE(r.code, 0);
        QFile exported(out + QStringLiteral("/（2024）皖1825执123号.json"));
        QVERIFY(exported.open(QIODevice::ReadOnly));
        QFile original(zwtest::demo(QStringLiteral("jingde-withdrawal")));
        QVERIFY(original.open(QIODevice::ReadOnly));
        QCOMPARE(exported.readAll(), original.readAll());
        r = runCli({QStringLiteral("export"), QStringLiteral("-o"), out, store[0], store[1]});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.startsWith(QStringLiteral("共 2 件：导出 2 件")), qPrintable(r.out));
        QCOMPARE(QDir(out).entryList(QDir::Files).size(), 3); // nothing overwritten
        QCOMPARE(runCli({QStringLiteral("export"), QStringLiteral("99"), QStringLiteral("-o"), out, store[0], store[1]}).code, 1);
        QCOMPARE(runCli({QStringLiteral("export"), store[0], store[1]}).code, 2);
    }

    void batchCsvGoodAndBadRows()
    {
        QFile in(QStringLiteral(ZHIWEN_TEST_DATA "/batch-example.csv"));
        QVERIFY(in.open(QIODevice::ReadOnly));
        QByteArray csv = in.readAll();
        // A third row with a wrong check digit, a fourth with a duplicate case number.
        const QList<QByteArray> lines = csv.split('\n');
        csv += QByteArray(lines[1]).replace("341825198005010037", "341825198005010038") + '\n';
        csv += lines[1] + '\n';
        const QString path = m_dir.filePath(QStringLiteral("rows.csv"));
        QVERIFY(zwtest::writeFile(path, csv));
        const QString dir = m_dir.filePath(QStringLiteral("csvout"));
        const Result r = runCli({QStringLiteral("batch"), QStringLiteral("zhixing-tongzhi"), path, QStringLiteral("-o"), dir});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("rows.csv 第 4 行")), qPrintable(r.err));
        QVERIFY(r.err.contains(QStringLiteral("respondents[0].id_number: 校验位错误")));
        QVERIFY(r.err.contains(QStringLiteral("成功 3 份，失败 1 份")));
        QVERIFY(QFile::exists(dir + QStringLiteral("/2024-皖1825执201号-zhixing-tongzhi.pdf")));
        QVERIFY(QFile::exists(dir + QStringLiteral("/2024-皖1825执201号-zhixing-tongzhi-2.pdf")));
        QVERIFY(QFile::exists(dir + QStringLiteral("/2024-皖1825执202号-zhixing-tongzhi.pdf")));
    }

    void batchGoesOnPastBadFiles()
    {
        CaseFile bad = zwtest::demoCase(QStringLiteral("jingde-withdrawal"));
        bad.setText(QStringLiteral("respondents[0].id_number"), QStringLiteral("341825198005010038"));
        const QString dir = m_dir.filePath(QStringLiteral("batch"));
        const Result r = runCli({QStringLiteral("batch"), QStringLiteral("zhixing-tongzhi"), zwtest::demo(QStringLiteral("jingde-withdrawal")),
                                 writeCase(bad, QStringLiteral("bad-batch.json")), zwtest::demo(QStringLiteral("jingde-partly-revoked")), QStringLiteral("-o"), dir});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QStringLiteral("[3/3]")));
        QVERIFY(r.err.contains(QStringLiteral("成功 2 份，失败 1 份")));
        QVERIFY(r.err.contains(QStringLiteral("bad-batch.json")));
        QVERIFY(QFile::exists(dir + QStringLiteral("/2024-皖1825执123号-zhixing-tongzhi.pdf")));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
