#include "Command.h"

#include "CaseFile.h"
#include "CaseTransfer.h"
#include "CaseValidator.h"
#include "CsvCases.h"
#include "DocumentRenderer.h"
#include "Store.h"
#include "Template.h"
#include "TerminationRules.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace zw::cli {

namespace {

// Translation context of this file (Q_DECLARE_TR_FUNCTIONS lets lupdate see it).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(zw::cli)
};

// Parses `args` for a command; on a usage error prints it and returns false.
bool parse(QCommandLineParser &p, const Command &cmd, const QStringList &args, QTextStream &err, int minPositional, int maxPositional)
{
    p.addHelpOption();
    QStringList argv = args;
    argv.prepend(QStringLiteral("zhiwen-cli ") + cmd.name());
    if (!p.parse(argv)) {
        err << p.errorText() << Qt::endl;
        return false;
    }
    if (p.isSet(QStringLiteral("help")))
        return false;
    const int n = int(p.positionalArguments().size());
    if (n < minPositional || (maxPositional >= 0 && n > maxPositional)) {
        err << Tr::tr("用法：zhiwen-cli %1 %2").arg(cmd.name(), cmd.synopsis()) << Qt::endl;
        return false;
    }
    return true;
}

int helpOrUsage(const QCommandLineParser &p, const Command &cmd, QTextStream &out)
{
    if (p.isSet(QStringLiteral("help"))) {
        out << Tr::tr("用法：zhiwen-cli %1 %2").arg(cmd.name(), cmd.synopsis()) << Qt::endl << cmd.description() << Qt::endl;
        return Ok;
    }
    return Usage;
}

void printDiagnostics(const Diagnostics &list, QTextStream &stream)
{
    for (const Diagnostic &d : list)
        stream << (d.isError() ? Tr::tr("错误") : Tr::tr("警告")) << QStringLiteral("  ") << d.toString() << Qt::endl;
}

void addStoreOption(QCommandLineParser &p)
{
    p.addOption({QStringLiteral("store"), Tr::tr("数据库文件（默认：%1）").arg(Store::defaultPath()), QStringLiteral("DB")});
}

// The store named by --store, or the default one; prints why not.
std::unique_ptr<Store> openStore(const QCommandLineParser &p, QTextStream &err)
{
    auto store = Store::open(p.isSet(QStringLiteral("store")) ? p.value(QStringLiteral("store")) : Store::defaultPath());
    if (!store) {
        printDiagnostics(store.errors(), err);
        return nullptr;
    }
    return std::make_unique<Store>(std::move(store).value());
}

// Loads a case file; prints why not and returns nullopt on failure.
std::optional<CaseFile> loadCase(const QString &path, QTextStream &err, int *code)
{
    if (!QFileInfo::exists(path)) {
        err << Tr::tr("错误  %1: 文件不存在").arg(path) << Qt::endl;
        *code = IoError;
        return std::nullopt;
    }
    auto file = CaseFile::load(path);
    if (!file) {
        printDiagnostics(file.errors(), err);
        *code = Failed;
        return std::nullopt;
    }
    return file.value();
}

class TemplatesCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("templates"); }
    QString synopsis() const override { return QStringLiteral("[--json]"); }
    QString description() const override { return Tr::tr("列出可用模板的 id、名称和版本。"); }
    int execute(const QStringList &args, QTextStream &out, QTextStream &err) override
    {
        QCommandLineParser p;
        p.addOption({QStringLiteral("json"), Tr::tr("以 JSON 输出")});
        if (!parse(p, *this, args, err, 0, 0))
            return helpOrUsage(p, *this, out);
        Diagnostics problems;
        const QList<Template> list = Template::all(&problems);
        if (p.isSet(QStringLiteral("json"))) {
            QJsonArray arr;
            for (const Template &t : list)
                arr.append(QJsonObject{{QStringLiteral("id"), t.id()}, {QStringLiteral("title"), t.title()}, {QStringLiteral("version"), t.version()}});
            out << QJsonDocument(arr).toJson(QJsonDocument::Indented);
        } else {
            for (const Template &t : list)
                out << t.id() << QLatin1Char('\t') << t.title() << QLatin1Char('\t') << Tr::tr("第 %1 版").arg(t.version()) << Qt::endl;
        }
        printDiagnostics(problems, err);
        return Ok;
    }
};

class CheckCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("check"); }
    QString synopsis() const override { return QStringLiteral("CASE.json"); }
    QString description() const override { return Tr::tr("校验案件文件：每行一个问题，“路径: 说明”，标明错误或警告。无错误（可有警告）退出码 0，有错误退出码 1。"); }
    int execute(const QStringList &args, QTextStream &out, QTextStream &err) override
    {
        QCommandLineParser p;
        if (!parse(p, *this, args, err, 1, 1))
            return helpOrUsage(p, *this, out);
        int code = Ok;
        const auto file = loadCase(p.positionalArguments().first(), out, &code);
        if (!file)
            return code;
        Diagnostics list = validateCase(*file);
        // A termination the rules refuse is an error of the case as well.
        if (file->json().contains("termination") && !hasErrors(list)) {
            const auto decision = TerminationRules::builtin().decide(*file);
            if (!decision)
                list += decision.errors();
            else
                for (const QString &w : decision->warnings)
                    list << Diagnostic::warning(QStringLiteral("termination"), w);
        }
        printDiagnostics(list, out);
        return hasErrors(list) ? Failed : Ok;
    }
};

class WordingCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("wording"); }
    QString synopsis() const override { return QStringLiteral("CASE.json [--json]"); }
    QString description() const override { return Tr::tr("按 termination 判定终结执行裁定：第 1 行为裁定主文，第 2 行为引用的法律条文。规则不允许该理由与范围的组合或数据缺失时退出码 1，原因写到标准错误。"); }
    int execute(const QStringList &args, QTextStream &out, QTextStream &err) override
    {
        QCommandLineParser p;
        p.addOption({QStringLiteral("json"), Tr::tr("以 JSON 输出")});
        if (!parse(p, *this, args, err, 1, 1))
            return helpOrUsage(p, *this, out);
        int code = Ok;
        const auto file = loadCase(p.positionalArguments().first(), err, &code);
        if (!file)
            return code;
        const auto d = TerminationRules::builtin().decide(*file);
        if (!d) {
            printDiagnostics(d.errors(), err);
            return Failed;
        }
        if (p.isSet(QStringLiteral("json"))) {
            QJsonObject o{{QStringLiteral("ruling_required"), d->rulingRequired},
                          {QStringLiteral("operative"), d->operative},
                          {QStringLiteral("citation"), d->citation},
                          {QStringLiteral("warnings"), QJsonArray::fromStringList(d->warnings)}};
            if (!d->rulingRequired)
                o.insert(QStringLiteral("closing"), d->closing);
            out << QJsonDocument(o).toJson(QJsonDocument::Indented);
        } else {
            out << (d->rulingRequired ? d->operative : d->closing) << Qt::endl << d->citation << Qt::endl;
            for (const QString &w : d->warnings)
                err << Tr::tr("警告  %1").arg(w) << Qt::endl;
        }
        return Ok;
    }
};

// The template to render with, once the fonts are known to be usable;
// prints why not and sets the exit code.
std::optional<Template> templateForRendering(const QString &id, QTextStream &err, int *code)
{
    auto tmpl = Template::find(id);
    if (!tmpl) {
        printDiagnostics(tmpl.errors(), err);
        *code = Failed;
        return std::nullopt;
    }
    if (!FontSet::defaults()) {
        printDiagnostics(FontSet::defaults().errors(), err);
        *code = IoError;
        return std::nullopt;
    }
    return tmpl.value();
}

class RenderCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("render"); }
    QString synopsis() const override { return QStringLiteral("TEMPLATE CASE.json -o OUT.pdf [--record [--officer NAME] [--store DB]]"); }
    QString description() const override { return Tr::tr("用模板填充案件并写出 PDF。失败时说明出错的字段、模板行或字符，且不留下输出文件。"); }
    int execute(const QStringList &args, QTextStream &out, QTextStream &err) override
    {
        QCommandLineParser p;
        p.addOption({{QStringLiteral("o"), QStringLiteral("output")}, Tr::tr("输出的 PDF 文件"), QStringLiteral("OUT.pdf")});
        p.addOption({QStringLiteral("record"), Tr::tr("在数据库的发文登记中记录此文书")});
        p.addOption({QStringLiteral("officer"), Tr::tr("登记的经办人"), QStringLiteral("NAME")});
        addStoreOption(p);
        if (!parse(p, *this, args, err, 2, 2))
            return helpOrUsage(p, *this, out);
        if (!p.isSet(QStringLiteral("o"))) {
            err << Tr::tr("缺少 -o OUT.pdf") << Qt::endl;
            return Usage;
        }
        int code = Ok;
        const auto tmpl = templateForRendering(p.positionalArguments()[0], err, &code);
        if (!tmpl)
            return code;
        const QString outFile = p.value(QStringLiteral("o"));
        const auto file = loadCase(p.positionalArguments()[1], err, &code);
        if (!file)
            return code;
        const auto pdf = DocumentRenderer().renderToFile(*tmpl, *file, outFile);
        if (!pdf) {
            printDiagnostics(pdf.errors(), err);
            return Failed;
        }
        if (!p.isSet(QStringLiteral("record")))
            return Ok;
        auto store = openStore(p, err);
        if (!store)
            return IoError;
        const IssuedDocument doc = IssuedDocument::describe(*pdf, tmpl->id(), tmpl->version(), *file,
                                                            p.value(QStringLiteral("officer")), outFile);
        if (const auto id = store->recordDocument(doc); !id) {
            printDiagnostics(id.errors(), err);
            return IoError;
        }
        return Ok;
    }
};

class BatchCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("batch"); }
    QString synopsis() const override { return QStringLiteral("TEMPLATE CASE.json…|CASES.csv -o DIR"); }
    QString description() const override { return Tr::tr("逐个渲染多个案件文件或一个 CSV 文件的各行（表头为案件字段路径，见 resources/demo/batch-example.csv），进度写到标准错误，遇到坏文件或坏行继续并在最后汇总。全部成功退出码 0，有失败退出码 1。"); }
    int execute(const QStringList &args, QTextStream &out, QTextStream &err) override
    {
        QCommandLineParser p;
        p.addOption({{QStringLiteral("o"), QStringLiteral("output")}, Tr::tr("输出目录"), QStringLiteral("DIR")});
        if (!parse(p, *this, args, err, 2, -1))
            return helpOrUsage(p, *this, out);
        if (!p.isSet(QStringLiteral("o"))) {
            err << Tr::tr("缺少 -o DIR") << Qt::endl;
            return Usage;
        }
        const QString dir = p.value(QStringLiteral("o"));
        if (!QDir().mkpath(dir)) {
            err << Tr::tr("错误  %1: 无法创建输出目录").arg(dir) << Qt::endl;
            return IoError;
        }
        int code = Ok;
        const auto tmpl = templateForRendering(p.positionalArguments()[0], err, &code);
        if (!tmpl)
            return code;
        DocumentRenderer renderer;
        // Jobs: one per case file, or one per row of a single CSV file.
        struct Job {
            QString label;                 // file name, or file:line for CSV rows
            std::optional<CaseFile> file;
            Diagnostics errors;
            int code = Ok;
        };
        QList<Job> jobs;
        const QStringList inputs = p.positionalArguments().mid(1);
        if (inputs.size() == 1 && inputs.first().endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive)) {
            const auto rows = readCsvCases(inputs.first());
            if (!rows) {
                printDiagnostics(rows.errors(), err);
                return QFileInfo::exists(inputs.first()) ? Failed : IoError;
            }
            for (const CsvCase &row : *rows)
                jobs << Job{Tr::tr("%1 第 %2 行").arg(inputs.first()).arg(row.line), row.errors.isEmpty() ? std::optional(row.file) : std::nullopt, row.errors, row.errors.isEmpty() ? Ok : Failed};
        } else {
            for (const QString &input : inputs) {
                Job job{input, std::nullopt, {}, Ok};
                auto loaded = CaseFile::load(input);
                if (loaded)
                    job.file = loaded.value();
                else {
                    job.errors = loaded.errors();
                    job.code = Failed;
                }
                jobs << job;
            }
        }
        QStringList failed;
        QSet<QString> usedNames;
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < jobs.size(); ++i) {
            Job &job = jobs[i];
            if (job.file) {
                // Output names come from the case number, made unique within the batch.
                QString base = safeFileName(job.file->text(QStringLiteral("case.number")), QStringLiteral("case-%1").arg(i + 1)) + QLatin1Char('-') + tmpl->id();
                QString name = base;
                for (int n = 2; usedNames.contains(name); ++n)
                    name = base + QLatin1Char('-') + QString::number(n);
                const auto ok = renderer.renderToFile(*tmpl, *job.file, QDir(dir).filePath(name + QStringLiteral(".pdf")));
                if (ok) {
                    usedNames.insert(name);
                } else {
                    job.errors = ok.errors();
                    job.code = Failed;
                }
            }
            if (job.code != Ok) {
                failed << job.label;
                err << Tr::tr("失败  %1").arg(job.label) << Qt::endl;
                printDiagnostics(job.errors, err);
            }
            const double elapsed = timer.elapsed() / 1000.0;
            const double rate = (i + 1) / std::max(elapsed, 1e-3);
            err << Tr::tr("[%1/%2] %3 份/秒，预计剩余 %4 秒").arg(i + 1).arg(jobs.size()).arg(rate, 0, 'f', 1).arg((jobs.size() - i - 1) / rate, 0, 'f', 1) << Qt::endl;
        }
        err << Tr::tr("完成：成功 %1 份，失败 %2 份").arg(jobs.size() - failed.size()).arg(failed.size()) << Qt::endl;
        for (const QString &f : failed)
            err << Tr::tr("失败：%1").arg(f) << Qt::endl;
        return failed.isEmpty() ? Ok : Failed;
    }

    // `（2024）皖1825执123号` -> `2024-皖1825执123号`: safe on every filesystem.
    static QString safeFileName(const QString &caseNumber, const QString &fallback)
    {
        QString s = caseNumber;
        s.replace(QStringLiteral("（"), QString()).replace(QStringLiteral("）"), QStringLiteral("-"));
        static const QRegularExpression bad(QStringLiteral("[\\\\/:*?\"<>|\\s\\x00-\\x1f()]"));
        s.replace(bad, QStringLiteral("_"));
        return s.isEmpty() ? fallback : s;
    }
};

class CertificateCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("certificate"); }
    QString synopsis() const override { return QStringLiteral("CASE.json [--write] [--store DB]"); }
    QString description() const override
    {
        return Tr::tr("为自动履行证明书分配编号（同一案件、履行人和履行日期始终得到同一编号）并输出；--write 将编号写入案件文件的 performance.certificate_no。");
    }
    int execute(const QStringList &args, QTextStream &out, QTextStream &err) override
    {
        QCommandLineParser p;
        p.addOption({QStringLiteral("write"), Tr::tr("把编号写入案件文件")});
        addStoreOption(p);
        if (!parse(p, *this, args, err, 1, 1))
            return helpOrUsage(p, *this, out);
        int code = Ok;
        const QString path = p.positionalArguments().first();
        auto file = loadCase(path, err, &code);
        if (!file)
            return code;
        auto store = openStore(p, err);
        if (!store)
            return IoError;
        const auto number = store->certificateNumber(*file);
        if (!number) {
            printDiagnostics(number.errors(), err);
            return Failed;
        }
        if (p.isSet(QStringLiteral("write"))) {
            file->setText(QStringLiteral("performance.certificate_no"), *number);
            if (const auto saved = file->save(path); !saved) {
                printDiagnostics(saved.errors(), err);
                return IoError;
            }
        }
        out << *number << Qt::endl;
        return Ok;
    }
};

class VerifyCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("verify"); }
    QString synopsis() const override { return QStringLiteral("PDF [--store DB]"); }
    QString description() const override { return Tr::tr("核对 PDF 是否由本院登记发出且未被改动：已登记退出码 0 并列出登记信息，未登记或已改动退出码 1。"); }
    int execute(const QStringList &args, QTextStream &out, QTextStream &err) override
    {
        QCommandLineParser p;
        addStoreOption(p);
        if (!parse(p, *this, args, err, 1, 1))
            return helpOrUsage(p, *this, out);
        QFile pdf(p.positionalArguments().first());
        if (!pdf.open(QIODevice::ReadOnly)) {
            err << Tr::tr("错误  %1: 无法打开：%2").arg(pdf.fileName(), pdf.errorString()) << Qt::endl;
            return IoError;
        }
        const QByteArray bytes = pdf.readAll();
        auto store = openStore(p, err);
        if (!store)
            return IoError;
        const Verification found = store->verify(bytes);
        out << found.text() << Qt::endl;
        if (!found.registered())
            return Failed;
        return Ok;
    }
};

class CasesCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("cases"); }
    QString synopsis() const override { return QStringLiteral("[TEXT] [--archived | --all] [--store DB]"); }
    QString description() const override
    {
        return Tr::tr("列出案件库中的案件（最近打开或修改的在前），TEXT 按案号、案由、当事人姓名或证件号码查找。");
    }
    int execute(const QStringList &args, QTextStream &out, QTextStream &err) override
    {
        QCommandLineParser p;
        p.addOption({QStringLiteral("archived"), Tr::tr("只列已归档的案件")});
        p.addOption({QStringLiteral("all"), Tr::tr("列出全部案件，含已归档")});
        addStoreOption(p);
        if (!parse(p, *this, args, err, 0, 1))
            return helpOrUsage(p, *this, out);
        auto store = openStore(p, err);
        if (!store)
            return IoError;
        CaseQuery query;
        query.text = p.positionalArguments().value(0);
        query.archived = p.isSet(QStringLiteral("all")) ? CaseQuery::Both
                         : p.isSet(QStringLiteral("archived")) ? CaseQuery::ArchivedOnly : CaseQuery::Active;
        query.limit = CaseQuery::NoLimit;
        const QList<StoredCase> found = store->findCases(query);
        for (const StoredCase &c : found)
            out << c.id << '\t' << (c.number.isEmpty() ? Tr::tr("（无案号）") : c.number) << '\t' << c.cause << '\t'
                << c.parties.join(QStringLiteral("、")) << '\t' << c.updatedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                << (c.archived ? QStringLiteral("\t") + Tr::tr("已归档") : QString()) << Qt::endl;
        err << Tr::tr("共 %1 件").arg(found.size()) << Qt::endl;
        return Ok;
    }
};

class ImportCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("import"); }
    QString synopsis() const override { return QStringLiteral("CASE.json... [--replace] [--store DB]"); }
    QString description() const override
    {
        return Tr::tr("把案件文件导入案件库并逐个报告结果；案号已在库中的不导入，除非加 --replace。全部导入退出码 0，有未导入或被拒绝的退出码 1。");
    }
    int execute(const QStringList &args, QTextStream &out, QTextStream &err) override
    {
        QCommandLineParser p;
        p.addOption({QStringLiteral("replace"), Tr::tr("用文件替换案件库中同案号的案件")});
        addStoreOption(p);
        if (!parse(p, *this, args, err, 1, -1))
            return helpOrUsage(p, *this, out);
        auto store = openStore(p, err);
        if (!store)
            return IoError;
        const TransferReport report = importCaseFiles(*store, p.positionalArguments(),
                                                      p.isSet(QStringLiteral("replace")) ? ExistingCase::Replace : ExistingCase::Skip);
        out << report.text() << Qt::endl;
        return report.count(TransferItem::Outcome::Failed) ? IoError : report.allDone() ? Ok : Failed;
    }
};

class ExportCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("export"); }
    QString synopsis() const override { return QStringLiteral("[ID|案号...] -o DIR [--archived] [--store DB]"); }
    QString description() const override
    {
        return Tr::tr("把案件库中的案件导出为案件文件（DIR/案号.json，不覆盖已有文件）；不指定案件时导出全部未归档案件，加 --archived 时也导出已归档的。");
    }
    int execute(const QStringList &args, QTextStream &out, QTextStream &err) override
    {
        QCommandLineParser p;
        p.addOption({{QStringLiteral("o"), QStringLiteral("output")}, Tr::tr("输出目录"), QStringLiteral("DIR")});
        p.addOption({QStringLiteral("archived"), Tr::tr("也导出已归档的案件")});
        addStoreOption(p);
        if (!parse(p, *this, args, err, 0, -1))
            return helpOrUsage(p, *this, out);
        if (!p.isSet(QStringLiteral("output"))) {
            err << Tr::tr("用法：zhiwen-cli %1 %2").arg(name(), synopsis()) << Qt::endl;
            return Usage;
        }
        auto store = openStore(p, err);
        if (!store)
            return IoError;
        QList<qint64> ids;
        for (const QString &wanted : p.positionalArguments()) {
            bool isId = false;
            const qint64 id = wanted.toLongLong(&isId);
            const QList<qint64> matched = isId ? QList<qint64>{id} : store->casesNumbered(wanted);
            if (matched.isEmpty() || (isId && !store->storedCase(id))) {
                err << Tr::tr("错误  案件库中没有“%1”").arg(wanted) << Qt::endl;
                return Failed;
            }
            ids << matched;
        }
        if (p.positionalArguments().isEmpty()) {
            CaseQuery all;
            all.archived = p.isSet(QStringLiteral("archived")) ? CaseQuery::Both : CaseQuery::Active;
            all.limit = CaseQuery::NoLimit;
            for (const StoredCase &c : store->findCases(all))
                ids << c.id;
        }
        const TransferReport report = exportCases(*store, ids, p.value(QStringLiteral("output")));
        out << report.text() << Qt::endl;
        return report.allDone() ? Ok : IoError;
    }
};

} // namespace

const std::vector<std::unique_ptr<Command>> &commands()
{
    static const std::vector<std::unique_ptr<Command>> list = [] {
        std::vector<std::unique_ptr<Command>> v;
        v.push_back(std::make_unique<TemplatesCommand>());
        v.push_back(std::make_unique<CheckCommand>());
        v.push_back(std::make_unique<WordingCommand>());
        v.push_back(std::make_unique<RenderCommand>());
        v.push_back(std::make_unique<BatchCommand>());
        v.push_back(std::make_unique<CertificateCommand>());
        v.push_back(std::make_unique<VerifyCommand>());
        v.push_back(std::make_unique<CasesCommand>());
        v.push_back(std::make_unique<ImportCommand>());
        v.push_back(std::make_unique<ExportCommand>());
        return v;
    }();
    return list;
}

int run(const QStringList &args, QTextStream &out, QTextStream &err)
{
    auto usage = [&](QTextStream &s) {
        s << Tr::tr("执文 zhiwen-cli — 法院执行文书生成（命令行）") << Qt::endl << Qt::endl << Tr::tr("用法：") << Qt::endl;
        for (const auto &c : commands())
            s << QStringLiteral("  zhiwen-cli %1 %2").arg(c->name(), c->synopsis()) << Qt::endl << QStringLiteral("      ") << c->description() << Qt::endl;
        s << Qt::endl << Tr::tr("退出码：0 成功；1 校验或渲染失败；2 用法错误；3 读写或内部错误。") << Qt::endl;
    };
    if (args.isEmpty()) {
        usage(err);
        return Usage;
    }
    if (args.first() == QStringLiteral("--help") || args.first() == QStringLiteral("-h") || args.first() == QStringLiteral("help")) {
        usage(out);
        return Ok;
    }
    if (args.first() == QStringLiteral("--version")) {
        out << QStringLiteral("zhiwen-cli ") << QCoreApplication::applicationVersion() << Qt::endl;
        return Ok;
    }
    for (const auto &c : commands()) {
        if (c->name() != args.first())
            continue;
        if (const Diagnostics broken = checkDataFiles(); !broken.isEmpty()) {
            printDiagnostics(broken, err);
            return IoError;
        }
        return c->execute(args.mid(1), out, err);
    }
    err << Tr::tr("未知命令“%1”").arg(args.first()) << Qt::endl;
    usage(err);
    return Usage;
}

} // namespace zw::cli
