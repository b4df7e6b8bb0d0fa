#include "Service.h"

#include "AtomicFile.h"
#include "CaseEditing.h"
#include "ChineseText.h"
#include "CaseNumber.h"
#include "CaseTransfer.h"
#include "CaseValidator.h"
#include "Catalog.h"
#include "CsvCases.h"
#include "DataPaths.h"
#include "DocumentContext.h"
#include "DocumentRenderer.h"
#include "Drafts.h"
#include "Money.h"
#include "PdfRenderer.h"
#include "Store.h"
#include "TerminationFamily.h"

#include <QSet>

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace zw {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(zw::Service)
};

TemplateInfo infoOf(const Template &t)
{
    // The name in the interface's language; the document itself is always Chinese.
    return {t.id(), CaseSchema::english() ? t.titleEn() : t.title(), t.family(), t.version(), t.requiredFields(), t.dateFields(), t.signOff()};
}

Diagnostic noStore()
{
    return Diagnostic::error(QString(), Tr::tr("案件库未打开：此操作需要案件库"));
}
} // namespace

// The store's use cases start with this: without a store, say so.
#define ZW_NEEDS_STORE \
    if (!d->store)     \
    return noStore()

struct Service::Impl {
    Impl(const Catalog &c, std::unique_ptr<Renderer> o)
        : catalog(c), output(o ? std::move(o) : std::make_unique<PdfRenderer>()), renderer(catalog, *output)
    {
    }
    Impl(const Impl &) = delete;
    Impl &operator=(const Impl &) = delete;
    // The renderer refers to the catalog and the output above it: keep this
    // order, and never move an Impl.
    Catalog catalog;
    std::unique_ptr<Renderer> output;
    DocumentRenderer renderer;
    std::optional<Store> store;
    Drafts drafts;

    Expected<const Template *> findTemplate(const QString &id) const
    {
        if (const Template *t = catalog.findTemplate(id))
            return t;
        QStringList ids;
        for (const Template &t : catalog.templates())
            ids << t.id();
        return Diagnostic::error(QString(), Tr::tr("没有 id 为“%1”的模板。可用模板：%2").arg(id, ids.join(QStringLiteral("、"))));
    }

    IssuedDocument entry(const QByteArray &bytes, const Template &t, const CaseFile &file, const IssueOptions &options,
                         const QString &path) const
    {
        IssuedDocument doc = IssuedDocument::describe(bytes, t.id(), t.version(), file, options.officer, path);
        doc.caseId = options.caseId;
        doc.supersedes = options.supersedes;
        doc.format = output->fileSuffix();
        return doc;
    }

    // The approval `doc` is registered under, when its template needs one:
    // the one asked for, else the latest approval of this very content. On
    // SQLite (one desk) a document never submitted is signed off by the
    // desk's own officer as it is issued; on a server it is refused.
    Expected<bool> signedOff(const Template &t, const CaseFile &file, const IssueOptions &options, IssuedDocument &doc)
    {
        const SignOffLevel level = t.signOff(file);
        if (level == SignOffLevel::None)
            return true;
        SignOffs signOffs = store->signOffs();
        if (options.approvalId) {
            const auto a = signOffs.find(options.approvalId);
            if (!a)
                return a.errors();
            if (a->templateId != t.id() || a->caseJson != doc.caseJson || a->documentSha256 != doc.sha256 || a->copied)
                return Diagnostic::error(QString(), Tr::tr("报批第 %1 号批准的不是这份文书的现有内容（批准后案件已修改，或不是同一文书）：请重新报批").arg(a->id));
            if (a->state != Approval::State::Approved && a->state != Approval::State::Issued)
                return Diagnostic::error(QString(), Tr::tr("报批第 %1 号%2，文书不能出具").arg(a->id).arg(a->stateText()));
            doc.approvalId = a->id;
            return true;
        }
        const auto approved = signOffs.approvedFor(t.id(), doc.caseJson, doc.sha256);
        if (!approved)
            return approved.errors();
        if (*approved) {
            doc.approvalId = (*approved)->id;
            return true;
        }
        if (store->isServer())
            return Diagnostic::error(QString(), Tr::tr("%1须经%2签发后才能出具：请先报批（签发 → 报批），批准后再出具；批准后修改了案件的，须重新报批")
                                                    .arg(t.title(), signOffLevelName(level)));
        const auto id = signOffs.submit({doc.caseId, doc.caseNumber, t.id(), t.version(), doc.caseJson, doc.sha256, level, {}});
        if (!id)
            return id.errors();
        if (const auto ok = signOffs.decide(*id, true); !ok)
            return ok.errors();
        doc.approvalId = *id;
        return true;
    }

    // Registers `doc`; the register's answer goes into `issued`.
    void record(const IssuedDocument &doc, IssuedFile &issued)
    {
        const auto id = store->documents().record(doc);
        if (id)
            issued.registerId = *id;
        else
            issued.registerErrors = id.errors();
    }
};

Expected<std::unique_ptr<Service>> Service::create()
{
    auto catalog = Catalog::load();
    if (!catalog)
        return catalog.errors();
    return std::make_unique<Service>(*catalog);
}

Service::Service(const Catalog &catalog)
    : d(std::make_unique<Impl>(catalog, nullptr))
{
}

Service::Service(const Catalog &catalog, std::unique_ptr<Renderer> output)
    : d(std::make_unique<Impl>(catalog, std::move(output)))
{
}

Service::~Service() = default;

const CaseSchema &Service::schema() const
{
    return d->catalog.schema();
}

const TerminationRules &Service::terminationRules() const
{
    return d->catalog.termination().rules();
}

QList<TemplateInfo> Service::templates() const
{
    QList<TemplateInfo> out;
    for (const Template &t : d->catalog.templates())
        out << infoOf(t);
    return out;
}

std::optional<TemplateInfo> Service::templateInfo(const QString &id) const
{
    if (const Template *t = d->catalog.findTemplate(id))
        return infoOf(*t);
    return std::nullopt;
}

QStringList Service::documentsNeeding(const QString &path) const
{
    return d->catalog.documentsNeeding(path);
}

QString Service::outputSuffix() const
{
    return d->output->fileSuffix();
}

Expected<TemplateInfo> Service::findTemplate(const QString &id) const
{
    const auto t = d->findTemplate(id);
    if (!t)
        return t.errors();
    return infoOf(**t);
}

QString Service::suggestedTemplate(const CaseFile &file) const
{
    const auto has = [&](const char *path) { return !file.text(QLatin1String(path)).isEmpty(); };
    QString id;
    if (has("termination.ground"))
        id = QStringLiteral("zhongjie-caiding");
    else if (has("resumption.from"))
        id = QStringLiteral("huifu-zhixing");
    else if (has("zhongben.decided_on"))
        id = QStringLiteral("zhongben-caiding");
    else if (file.json().contains("performance"))
        id = QStringLiteral("zidong-lvxing-zhengming");
    else if (isEnforcementCase(checkCaseNumber(file.text(QStringLiteral("case.number")))))
        id = QStringLiteral("zhixing-tongzhi");
    else if (has("basis.number"))
        id = QStringLiteral("duzu-lvxing");
    else if (!has("case.number"))
        id = QStringLiteral("zhixing-tongzhi"); // a new case is most often an enforcement case
    return d->catalog.findTemplate(id) ? id : QString();
}

QStringList Service::dataRoots()
{
    return DataPaths::roots();
}

Expected<CaseFile> Service::loadCaseFile(const QString &path) const
{
    return CaseFile::load(path);
}

namespace {
// A finding of a family or a template names its field by path only: give it
// the field's label from the schema, so the GUI can say 履行日期, not
// performance.performed_on.
Diagnostics labelled(Diagnostics list, const CaseSchema &schema)
{
    for (Diagnostic &d : list)
        if (d.label.isEmpty())
            if (const FieldSpec *spec = schema.find(d.path))
                d.label = CaseSchema::english() ? spec->en : spec->zh;
    return list;
}
} // namespace

Diagnostics Service::checkCase(const CaseFile &file, const QString &templateId) const
{
    return labelled(checkCaseUnlabelled(file, templateId), d->catalog.schema());
}

Diagnostics Service::checkCaseUnlabelled(const CaseFile &file, const QString &templateId) const
{
    Diagnostics list = validateCase(file, d->catalog.schema());
    // The document's own decisions only make sense on a well-formed case;
    // what it needs that the case lacks is said at once all the same, so a
    // clerk filling a new case sees everything that is left.
    if (hasErrors(list)) {
        if (const auto t = templateId.isEmpty() ? nullptr : d->catalog.findTemplate(templateId)) {
            QSet<QString> reported;
            for (const Diagnostic &e : list)
                reported.insert(e.path);
            for (const QString &field : t->requiredFields()) {
                if (!d->catalog.schema().find(field) || field.contains(QLatin1Char('[')) || file.at(field) || reported.contains(field))
                    continue;
                // Under a part that is itself missing, the part is named already.
                if (reported.contains(field.section(QLatin1Char('.'), 0, 0)))
                    continue;
                list << t->missingField(field);
            }
        }
        return list;
    }
    if (!templateId.isEmpty()) {
        const auto t = d->findTemplate(templateId);
        if (!t)
            return list + t.errors();
        list += (*t)->numberProblems(file);
        // What the document would be refused for is what rendering it finds
        // missing (a family's refusal included, for the values this
        // template needs); the family's warnings are said besides.
        const DocumentFamily *f = (*t)->family().isEmpty() ? nullptr : d->catalog.family((*t)->family());
        list += (*t)->missingFields(buildContext(file, (*t)->documentDate(file), d->catalog.law(), f));
        if (f)
            for (const Diagnostic &w : f->check(file))
                if (!w.isError())
                    list << w;
        return list;
    }
    for (const auto &f : d->catalog.families()) {
        bool holds = false;
        for (const QString &key : f->ownedKeys())
            holds |= file.json().contains(ss(key));
        if (!holds)
            continue;
        for (Diagnostic d : f->check(file)) {
            // A refusal that concerns one document only is said, not held against the case.
            if (d.isError() && !f->refusalConcernsTheCase())
                d.severity = Diagnostic::Severity::Warning;
            list << d;
        }
    }
    return list;
}

Expected<TerminationDecision> Service::decideTermination(const CaseFile &file) const
{
    return d->catalog.termination().decide(file);
}

Expected<ZhongbenFamily::Assessment> Service::assessZhongben(const CaseFile &file, const QDate &today) const
{
    return d->catalog.zhongben().assess(file, today);
}

QList<DueItem> Service::dueInCase(const CaseFile &file, const QDate &on, int horizonDays)
{
    return dueItems(file, on, horizonDays);
}

Expected<QList<Service::CaseDue>> Service::dueInStore(const QDate &on, int horizonDays) const
{
    if (!d->store)
        return noStore();
    CaseQuery query;
    query.limit = CaseQuery::NoLimit;
    const auto cases = d->store->cases().find(query);
    if (!cases)
        return cases.errors();
    QList<CaseDue> out;
    for (const StoredCase &c : *cases) {
        const auto file = d->store->cases().load(c.id);
        if (!file)
            return file.errors();
        for (const DueItem &item : dueItems(*file, on, horizonDays))
            out << CaseDue{c.id, c.number, item};
    }
    std::stable_sort(out.begin(), out.end(), [](const CaseDue &a, const CaseDue &b) { return a.item.date < b.item.date; });
    return out;
}

Expected<Service::Resumption> Service::resumeCase(const CaseFile &original, const ResumeRequest &request) const
{
    const QString from = original.text(QStringLiteral("case.number"));
    const QDate ruling = parseIsoDate(original.text(QStringLiteral("zhongben.decided_on")));
    if (!ruling.isValid())
        return Diagnostic::error(QStringLiteral("zhongben.decided_on"), Tr::tr("本案没有终结本次执行程序的裁定日期，不能恢复执行（只有终本案件可以恢复执行）"));
    if (const QString already = original.text(QStringLiteral("zhongben.resumed_as")); !already.isEmpty())
        return Diagnostic::error(QStringLiteral("zhongben.resumed_as"), Tr::tr("本案已恢复执行为%1").arg(already));
    const CaseNumberCheck number = checkCaseNumber(request.newNumber, false);
    if (!number.valid)
        return Diagnostic::error(QStringLiteral("--number"), Tr::tr("恢复执行案号“%1”有误：%2").arg(request.newNumber, number.error));
    if (number.number.type != QStringLiteral("执恢"))
        return Diagnostic::error(QStringLiteral("--number"), Tr::tr("恢复执行案件的类型代字应为“执恢”（法明传〔2018〕335号），“%1”是“%2”").arg(request.newNumber, number.number.type));
    if (!request.resumedOn.isValid() || request.resumedOn <= ruling)
        return Diagnostic::error(QStringLiteral("--on"), Tr::tr("恢复执行日期应在终本裁定（%1）之后").arg(ruling.toString(Qt::ISODate)));
    Json resumed = Json::object();
    resumed["format"] = CaseFile::Format;
    for (const char *key : {"court", "applicants", "respondents", "basis", "officers"})
        if (original.json().contains(key))
            resumed[key] = original.json()[key];
    resumed["case"] = {{"number", ss(number.normalized)}, {"cause", ss(original.text(QStringLiteral("case.cause")))},
                       {"filed_on", ss(request.resumedOn.toString(Qt::ISODate))}};
    Json link = {{"from", ss(from)}, {"original_ruling_on", ss(ruling.toString(Qt::ISODate))}};
    if (request.onCourtMotion)
        link["on_court_motion"] = true;
    else
        link["applied_on"] = ss(request.resumedOn.toString(Qt::ISODate));
    if (!request.reason.trimmed().isEmpty())
        link["reason"] = ss(request.reason.trimmed());
    link["resumed_on"] = ss(request.resumedOn.toString(Qt::ISODate));
    if (const QString recovered = original.text(QStringLiteral("measures.amount_recovered")); !recovered.isEmpty())
        link["recovered"] = ss(recovered);
    // From whom, where the record says: respondents are bound each for
    // their own items, so a deduction is each one's.
    QStringList recoveredFrom;
    if (const Json *rows = original.at(QStringLiteral("measures.debtors")); rows && rows->is_array())
        for (const Json &row : *rows)
            if (const auto amount = Money::parse(stringAt(row, "recovered")); amount && amount->cents() > 0)
                if (const Json *party = original.party(stringAt(row, "respondent")))
                    recoveredFrom << Tr::tr("从被执行人%1处执行到位人民币%2元").arg(stringAt(*party, "name"), amount->figures());
    if (!recoveredFrom.isEmpty())
        link["recovered_from"] = ss(Tr::tr("原案已%1").arg(recoveredFrom.join(QStringLiteral("、"))));
    resumed["resumption"] = link;
    Resumption r{CaseFile(resumed), original};
    r.original.json()["zhongben"]["resumed_as"] = ss(number.normalized);
    Diagnostics errors;
    for (const Diagnostic &e : validateCase(r.resumed, d->catalog.schema()))
        if (e.isError())
            errors << e;
    if (!errors.isEmpty())
        return errors;
    return r;
}

Expected<CaseFile> Service::recordRequery(const CaseFile &file, const QDate &on, const QString &result, const QDate &applicantToldOn) const
{
    const QDate ruling = parseIsoDate(file.text(QStringLiteral("zhongben.decided_on")));
    if (!ruling.isValid())
        return Diagnostic::error(QStringLiteral("zhongben.decided_on"), Tr::tr("本案没有终结本次执行程序的裁定日期：只有终本案件需要复查"));
    if (!on.isValid() || on <= ruling)
        return Diagnostic::error(QStringLiteral("--on"), Tr::tr("复查日期应在终本裁定（%1）之后").arg(ruling.toString(Qt::ISODate)));
    if (on > QDate::currentDate())
        return Diagnostic::error(QStringLiteral("--on"), Tr::tr("复查日期 %1 在今天之后").arg(on.toString(Qt::ISODate)));
    if (applicantToldOn.isValid() && applicantToldOn < on)
        return Diagnostic::error(QStringLiteral("--told"), Tr::tr("告知申请执行人的日期（%1）早于复查日期（%2）").arg(applicantToldOn.toString(Qt::ISODate), on.toString(Qt::ISODate)));
    CaseFile out = file;
    Json entry = {{"on", ss(on.toString(Qt::ISODate))}};
    if (!result.trimmed().isEmpty())
        entry["result"] = ss(result.trimmed());
    if (applicantToldOn.isValid())
        entry["applicant_told_on"] = ss(applicantToldOn.toString(Qt::ISODate));
    Json &list = out.json()["zhongben"]["requeries"];
    if (!list.is_array())
        list = Json::array();
    list.push_back(entry);
    Diagnostics errors;
    for (const Diagnostic &e : validateCase(out, d->catalog.schema()))
        if (e.isError())
            errors << e;
    if (!errors.isEmpty())
        return errors;
    return out;
}

bool Service::ruledZhongben(const CaseFile &file, const QDate &on) const
{
    if (file.text(QStringLiteral("zhongben.decided_on")).isEmpty())
        return false;
    const auto a = assessZhongben(file, on);
    return a && a->allowed;
}

Service::Standing Service::standing(const CaseFile &file, const QDate &on) const
{
    Standing s;
    s.state = Tr::tr("在办");
    if (!file.text(QStringLiteral("termination.decided_on")).isEmpty() && !file.text(QStringLiteral("termination.ground")).isEmpty())
        s.state = Tr::tr("已终结执行");
    else if (const QString resumed = file.text(QStringLiteral("zhongben.resumed_as")); !resumed.isEmpty())
        s.state = Tr::tr("已恢复执行（%1）").arg(resumed);
    else if (ruledZhongben(file, on))
        s.state = Tr::tr("终结本次执行程序");
    else if (!file.text(QStringLiteral("performance.performed_on")).isEmpty())
        s.state = Tr::tr("已自动履行");
    for (const char *who : {"officers.sole_judge", "officers.presiding", "officers.assistant"})
        if (s.officer.isEmpty())
            s.officer = file.text(QLatin1String(who));
    s.filedOn = parseIsoDate(file.text(QStringLiteral("case.filed_on")));
    const QList<DueItem> due = dueInCase(file, on);
    if (!due.isEmpty())
        s.next = due.first();
    return s;
}

QString Service::appendElement(CaseFile &file, const QString &listPath)
{
    return CaseEditing::append(file, listPath);
}

bool Service::removeElement(CaseFile &file, const QString &elementPath)
{
    return CaseEditing::remove(file, elementPath);
}

bool Service::moveElement(CaseFile &file, const QString &elementPath, int delta)
{
    return CaseEditing::move(file, elementPath, delta);
}

bool Service::setCaseValue(CaseFile &file, const QString &path, const Json &value)
{
    return CaseEditing::setValue(file, path, value);
}

QStringList Service::fillFromIdNumber(CaseFile &file, const QString &partyPath)
{
    return CaseEditing::fillFromIdNumber(file, partyPath);
}

Expected<bool> Service::writeDocument(const QString &fileName, const QByteArray &bytes)
{
    return writeFileAtomically(fileName, bytes);
}

QString Service::choiceLabel(const QString &path, const QString &value) const
{
    const QString schemaPath = CaseSchema::schemaPath(path);
    for (const auto &family : d->catalog.families())
        if (const QString l = family->choiceLabel(schemaPath, value); !l.isEmpty())
            return l;
    const FieldSpec *spec = CaseSchema::standard().find(path);
    return spec ? spec->choiceLabel(value) : value;
}

QDate Service::parseDateInput(const QString &text)
{
    return zw::parseDateInput(text);
}

Expected<QByteArray> Service::render(const QString &templateId, const CaseFile &file) const
{
    const auto t = d->findTemplate(templateId);
    if (!t)
        return t.errors();
    auto out = d->renderer.render(**t, file);
    if (!out)
        return labelled(out.errors(), d->catalog.schema());
    return out;
}

Expected<IssuedFile> Service::issue(const QString &templateId, const CaseFile &file, const QString &outFile, const IssueOptions &options)
{
    const auto t = d->findTemplate(templateId);
    if (!t)
        return t.errors();
    if (options.record && !d->store)
        return noStore(); // before anything is written
    const auto bytes = d->renderer.render(**t, file);
    if (!bytes)
        return bytes.errors();
    IssuedFile issued{*bytes, outFile, 0, {}};
    const auto write = [&] { return writeFileAtomically(outFile, *bytes); };
    if (!options.record) {
        if (const auto written = write(); !written)
            return written.errors();
        return issued;
    }
    IssuedDocument doc = d->entry(*bytes, **t, file, options, outFile);
    if (const auto ok = d->signedOff(**t, file, options, doc); !ok)
        return ok.errors(); // before anything is written
    // The entry and the file go together: a register that cannot take the
    // entry leaves no file behind (and an older file intact).
    bool written = false;
    const auto id = d->store->documents().recordWhile(doc, write, &written);
    if (!id && !written)
        return id.errors();
    if (id)
        issued.registerId = *id;
    else
        issued.registerErrors = id.errors();
    return issued;
}

Expected<IssuedFile> Service::print(const QString &templateId, const CaseFile &file, const IssueOptions &options)
{
    const auto t = d->findTemplate(templateId);
    if (!t)
        return t.errors();
    if (options.record && !d->store)
        return noStore();
    const auto bytes = d->renderer.render(**t, file);
    if (!bytes)
        return bytes.errors();
    IssuedFile issued{*bytes, QString(), 0, {}};
    if (options.record) {
        IssuedDocument doc = d->entry(*bytes, **t, file, options, QString());
        doc.outputPath = Tr::tr("（打印）");
        if (const auto ok = d->signedOff(**t, file, options, doc); !ok)
            return ok.errors(); // nothing goes to the printer
        d->record(doc, issued);
    }
    return issued;
}

Expected<QList<BatchInput>> Service::readBatch(const QStringList &inputs) const
{
    QList<BatchInput> out;
    if (inputs.size() == 1 && inputs.first().endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive)) {
        const auto rows = readCsvCases(inputs.first(), d->catalog.schema());
        if (!rows)
            return rows.errors();
        for (const CsvCase &row : *rows)
            out << BatchInput{Tr::tr("%1 第 %2 行").arg(inputs.first()).arg(row.line), row.errors.isEmpty() ? std::optional(row.file) : std::nullopt, row.errors};
        return out;
    }
    for (const QString &input : inputs) {
        auto loaded = CaseFile::load(input);
        out << (loaded ? BatchInput{input, loaded.value(), {}} : BatchInput{input, std::nullopt, loaded.errors()});
    }
    return out;
}

QString Service::defaultStoreLocation()
{
    return Store::defaultPath();
}

bool Service::isServerStore(const QString &location)
{
    return Database::isServerLocation(location);
}

QString Service::describeStore(const QString &location)
{
    return Database::describe(location);
}

bool Service::storeNeedsPassword(const Diagnostics &errors)
{
    return Database::needsPassword(errors);
}

void Service::closeStore()
{
    d->store.reset();
}

Expected<bool> Service::openStore(const QString &location, const QString &password)
{
    auto opened = Store::open(location, password);
    if (!opened)
        return opened.errors();
    d->store.emplace(std::move(opened).value());
    // The store enforces sign-off by the templates' `signoff:` headers; the
    // one who may administer it keeps its copy of them current.
    SignOffs signOffs = d->store->signOffs();
    if (signOffs.mayAdminister()) {
        QMap<QString, SignOffs::Rule> rules, changed;
        for (const Template &t : d->catalog.templates())
            rules.insert(t.id(), {t.signOff(), t.presidentUnless()});
        const auto current = signOffs.rules();
        for (auto it = rules.begin(); current && it != rules.end(); ++it)
            if (!current->contains(it.key()) || current->value(it.key()) != it.value())
                changed.insert(it.key(), it.value());
        if (!changed.isEmpty())
            if (const auto set = signOffs.setRules(changed); !set)
                return set.errors();
    }
    return true;
}

bool Service::hasStore() const
{
    return d->store.has_value();
}

Expected<QString> Service::setStoreAside(const QString &location)
{
    return Store::setAside(location);
}

Expected<StoreStatus> Service::storeStatus() const
{
    ZW_NEEDS_STORE;
    StoreStatus st;
    st.server = d->store->isServer();
    st.location = Database::describe(d->store->location());
    const auto version = d->store->schemaVersion();
    if (!version)
        return version.errors();
    st.schemaVersion = *version;
    const Logins logins = d->store->logins();
    st.user = logins.user();
    for (const QString &r : logins.roles())
        st.roles << Logins::roleName(r);
    return st;
}

Expected<bool> Service::grantStoreRole(const QString &login, const QString &role)
{
    ZW_NEEDS_STORE;
    return d->store->logins().grant(login, role);
}

Expected<StoreCopyReport> Service::copyStoreFrom(const QString &deskLocation)
{
    ZW_NEEDS_STORE;
    if (!d->store->isServer())
        return Diagnostic::error(QStringLiteral("--to"), Tr::tr("只能并入法院案件库服务器（postgresql://…）"));
    if (isServerStore(deskLocation) || !QFileInfo::exists(deskLocation))
        return Diagnostic::error(deskLocation, Tr::tr("本机案件库应为已有的 SQLite 文件"));
    auto desk = Store::open(deskLocation);
    if (!desk)
        return desk.errors();
    auto report = d->store->copyFrom(*desk);
    if (!report)
        return report;
    // A draft of `store:5` on the desk is of the court store's case N now.
    // All are read first: one's new key may be another's old one.
    struct Moved {
        CaseFile file;
        QString from, to;
    };
    QList<Moved> moved;
    for (const Draft &draft : d->drafts.list()) {
        const auto old = storeCaseOfDraft(draft);
        if (!old || !report->caseIds.contains(*old) || report->caseIds.value(*old) == *old)
            continue;
        if (auto file = Drafts::load(draft))
            moved << Moved{*file, draft.original, storeDraftKey(report->caseIds.value(*old))};
    }
    QStringList newKeys;
    for (const Moved &m : moved)
        if (d->drafts.save(m.file, m.to))
            newKeys << m.to;
    for (const Moved &m : moved)
        if (newKeys.contains(m.to) && !newKeys.contains(m.from))
            d->drafts.discard(m.from);
    return report;
}

Expected<QString> Service::allocateCertificateNumber(const CaseFile &file)
{
    if (!d->store)
        return noStore();
    return d->store->certificates().allocate(file);
}

SignOffLevel Service::signOffNeeded(const QString &templateId, const CaseFile &file) const
{
    const Template *t = d->catalog.findTemplate(templateId);
    return t ? t->signOff(file) : SignOffLevel::None;
}

Expected<qint64> Service::submitForSignOff(const QString &templateId, const CaseFile &file, qint64 caseId, const QString &to)
{
    const auto t = d->findTemplate(templateId);
    if (!t)
        return t.errors();
    if (!d->store)
        return noStore();
    const SignOffLevel level = (*t)->signOff(file);
    if (level == SignOffLevel::None)
        return Diagnostic::error(QString(), Tr::tr("%1无需签发，可直接出具").arg((*t)->title()));
    // What is approved must be a document: one that does not render is not submitted.
    const auto bytes = render(templateId, file);
    if (!bytes)
        return bytes.errors();
    if (!to.isEmpty()) {
        const auto entitled = d->store->signOffs().approvers(level);
        if (!entitled)
            return entitled.errors();
        if (!entitled->contains(to))
            return Diagnostic::error(QStringLiteral("to"), Tr::tr("%1 不能签发%2（须由%3签发）。可报送：%4")
                                                             .arg(to, (*t)->title(), signOffLevelName(level),
                                                                  entitled->isEmpty() ? Tr::tr("（无）") : entitled->join(QStringLiteral("、"))));
    }
    return d->store->signOffs().submit({caseId, file.text(QStringLiteral("case.number")), (*t)->id(), (*t)->version(), file.toBytes(), sha256Hex(*bytes), level, to});
}

Expected<bool> Service::approveSignOff(qint64 approvalId)
{
    ZW_NEEDS_STORE;
    return d->store->signOffs().decide(approvalId, true);
}

Expected<bool> Service::returnSignOff(qint64 approvalId, const QString &reason)
{
    ZW_NEEDS_STORE;
    return d->store->signOffs().decide(approvalId, false, reason);
}

Expected<Approval> Service::signOff(qint64 approvalId) const
{
    ZW_NEEDS_STORE;
    return d->store->signOffs().find(approvalId);
}

Expected<QList<Approval>> Service::signOffsAwaitingMe() const
{
    ZW_NEEDS_STORE;
    return d->store->signOffs().list(SignOffs::Filter::PendingFor);
}

Expected<QList<Approval>> Service::signOffsPending() const
{
    ZW_NEEDS_STORE;
    return d->store->signOffs().list(SignOffs::Filter::Pending);
}

Expected<QList<Approval>> Service::signOffsOfCase(const QString &caseNumber) const
{
    ZW_NEEDS_STORE;
    return d->store->signOffs().list(SignOffs::Filter::OfCase, caseNumber);
}

Expected<std::optional<Approval>> Service::approvalFor(const QString &templateId, const CaseFile &file, const QByteArray &document) const
{
    ZW_NEEDS_STORE;
    if (document.isEmpty())
        return std::optional<Approval>();
    return d->store->signOffs().approvedFor(templateId, file.toBytes(), sha256Hex(document));
}

QString Service::storeUser() const
{
    return d->store ? d->store->signOffs().currentUser() : QString();
}

bool Service::mayApprove(SignOffLevel level) const
{
    return d->store && d->store->signOffs().mayApprove(level);
}

Expected<QStringList> Service::approvers(SignOffLevel level) const
{
    ZW_NEEDS_STORE;
    return d->store->signOffs().approvers(level);
}

Expected<bool> Service::voidDocument(qint64 registerId, const QString &reason)
{
    ZW_NEEDS_STORE;
    return d->store->documents().voidEntry(registerId, reason);
}

Expected<std::optional<IssuedDocument>> Service::registerEntry(qint64 registerId) const
{
    ZW_NEEDS_STORE;
    return d->store->documents().entry(registerId);
}

Expected<Verification> Service::verify(const QByteArray &bytes) const
{
    if (!d->store)
        return noStore();
    return d->store->documents().verify(bytes);
}

Expected<Verification> Service::verifyFile(const QString &path) const
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Diagnostic::error(path, Tr::tr("无法打开：%1").arg(f.errorString()));
    return verify(f.readAll());
}

Expected<qint64> Service::saveCase(const CaseFile &file, qint64 id, const QString &sourcePath)
{
    ZW_NEEDS_STORE;
    return d->store->cases().save(file, id, sourcePath);
}

Expected<CaseFile> Service::loadStoredCase(qint64 id) const
{
    ZW_NEEDS_STORE;
    return d->store->cases().load(id);
}

Expected<bool> Service::markOpened(qint64 id)
{
    ZW_NEEDS_STORE;
    return d->store->cases().markOpened(id);
}

Expected<bool> Service::setArchived(qint64 id, bool archived)
{
    ZW_NEEDS_STORE;
    return d->store->cases().setArchived(id, archived);
}

Expected<qint64> Service::duplicateCase(qint64 id)
{
    ZW_NEEDS_STORE;
    return d->store->cases().duplicate(id);
}

Expected<QList<StoredCase>> Service::findCases(const CaseQuery &query) const
{
    ZW_NEEDS_STORE;
    return d->store->cases().find(query);
}

Expected<StoredCase> Service::caseSummary(qint64 id) const
{
    ZW_NEEDS_STORE;
    return d->store->cases().summary(id);
}

Expected<qint64> Service::caseFromSource(const QString &fileName) const
{
    ZW_NEEDS_STORE;
    return d->store->cases().fromSource(fileName);
}

Expected<QList<qint64>> Service::casesNumbered(const QString &number) const
{
    ZW_NEEDS_STORE;
    return d->store->cases().numbered(number);
}

Expected<QList<IssuedDocument>> Service::documentsOf(qint64 caseId) const
{
    ZW_NEEDS_STORE;
    return d->store->documents().forCase(caseId);
}

Expected<TransferReport> Service::importCaseFiles(const QStringList &files, ExistingCase existing)
{
    ZW_NEEDS_STORE;
    return zw::importCaseFiles(*d->store, files, existing);
}

Expected<TransferReport> Service::exportCases(const QList<qint64> &ids, const QString &dir) const
{
    ZW_NEEDS_STORE;
    return zw::exportCases(*d->store, ids, dir);
}

#undef ZW_NEEDS_STORE

Expected<bool> Service::saveDraft(const CaseFile &file, const QString &original)
{
    return d->drafts.save(file, original);
}

void Service::discardDraft(const QString &original)
{
    d->drafts.discard(original);
}

QList<Draft> Service::drafts() const
{
    return d->drafts.list();
}

Expected<CaseFile> Service::loadDraft(const Draft &draft)
{
    return Drafts::load(draft);
}

QString Service::storeDraftKey(qint64 caseId)
{
    return QLatin1String(Drafts::StorePrefix) + QString::number(caseId);
}

std::optional<qint64> Service::storeCaseOfDraft(const Draft &draft)
{
    if (!draft.original.startsWith(QLatin1String(Drafts::StorePrefix)))
        return std::nullopt;
    return draft.original.mid(int(qstrlen(Drafts::StorePrefix))).toLongLong();
}

Preparation::Preparation()
    : m_thread([] {
          // A failure here recurs, and is reported, where the locale is
          // first used; it must not end the process from this thread.
          try {
              prepareRendering();
          } catch (...) {
          }
      })
{
}

Preparation::~Preparation()
{
    m_thread.join();
}

} // namespace zw
