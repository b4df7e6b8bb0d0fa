#include "Catalog.h"

#include <algorithm>
#include <climits>

#include "CaseTypes.h"

#include "DataPaths.h"
#include "DocumentContext.h"
#include "Families.h"
#include "TerminationFamily.h"
#include "ZhongbenFamily.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace zw {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(zw::Catalog)
};

// Templates in priority order, a user's copy hiding the shipped one.
QList<Template> loadTemplates(const QStringList &dirs, Diagnostics &errors)
{
    QList<Template> out;
    QStringList seen;
    for (const QString &dir : dirs) {
        const auto entries = QDir(dir).entryInfoList({QStringLiteral("*.zwt")}, QDir::Files, QDir::Name);
        for (const QFileInfo &fi : entries) {
            if (seen.contains(fi.completeBaseName()))
                continue;
            seen << fi.completeBaseName();
            auto t = Template::load(fi.absoluteFilePath());
            if (t)
                out << t.value();
            else
                errors << t.errors();
        }
    }
    return out;
}
} // namespace

Catalog::Sources Catalog::installed()
{
    return {[](const QString &relative) { return DataPaths::resource(relative); }, DataPaths::templateDirs()};
}

Expected<Catalog> Catalog::load(const Sources &sources)
{
    Catalog c;
    Diagnostics errors;
    auto law = LawTable::load(sources.resource(QStringLiteral("law/provisions.json")));
    if (!law)
        return law.errors(); // every family cites from it
    c.m_law = std::make_shared<const LawTable>(std::move(law).value());
    auto types = CaseTypes::load(sources.resource(QStringLiteral("law/case-types.json")));
    if (types)
        c.m_caseTypes = std::make_shared<const CaseTypes>(std::move(types).value());
    else
        errors += types.errors();
    auto families = loadFamilies(sources.resource, c.m_law);
    if (families) {
        c.m_families = families.value();
        for (const auto &f : c.m_families)
            if (f->id() == QLatin1String(TerminationFamily::Id))
                c.m_termination = std::static_pointer_cast<const TerminationFamily>(f);
            else if (f->id() == QLatin1String(ZhongbenFamily::Id))
                c.m_zhongben = std::static_pointer_cast<const ZhongbenFamily>(f);
    } else {
        errors += families.errors();
    }
    auto fonts = FontSet::load(sources.resource(QStringLiteral("fonts.json")));
    if (fonts)
        c.m_fonts = std::make_shared<const FontSet>(std::move(fonts).value());
    else
        errors += fonts.errors();
    auto page = PageStyle::load(sources.resource(QStringLiteral("page.json")));
    if (page)
        c.m_page = page.value();
    else
        errors += page.errors();
    c.m_templates = loadTemplates(sources.templateDirs, errors);
    // In the order of a case's life; templates without an order last, by id.
    std::stable_sort(c.m_templates.begin(), c.m_templates.end(), [](const Template &a, const Template &b) {
        const int oa = a.order() ? a.order() : INT_MAX, ob = b.order() ? b.order() : INT_MAX;
        return oa != ob ? oa < ob : a.id() < b.id();
    });
    if (c.m_templates.isEmpty() && errors.isEmpty())
        errors << Diagnostic::error(sources.templateDirs.value(0), Tr::tr("没有找到任何模板（*.zwt）"));
    for (const Template &t : std::as_const(c.m_templates)) {
        const DocumentFamily *family = t.family().isEmpty() ? nullptr : c.family(t.family());
        if (!t.family().isEmpty() && !family) {
            errors << Diagnostic::error(t.fileName(), Tr::tr("模板头 family 指明的文书类别“%1”不存在").arg(t.family()));
            continue;
        }
        const QStringList familyKeys = family ? family->contextKeys() : QStringList();
        errors += t.checkFields(c.schema(), [&](const QString &path) {
            return isDerivedField(path) || familyKeys.contains(path.section(QLatin1Char('.'), 0, 0));
        });
    }
    if (!errors.isEmpty())
        return errors;
    // Case numbers are checked everywhere against the list this catalog read.
    CaseTypes::install(c.m_caseTypes);
    return c;
}

QStringList Catalog::documentsNeeding(const QString &path) const
{
    const QString wanted = CaseSchema::schemaPath(path);
    QStringList out;
    for (const Template &t : m_templates) {
        for (const QString &field : t.requiredFields() + t.dateFields()) {
            const QString f = CaseSchema::schemaPath(field);
            if (wanted == f || wanted.startsWith(f + QLatin1Char('.')) || wanted.startsWith(f + QLatin1Char('['))) {
                out << t.id();
                break;
            }
        }
    }
    return out;
}

const Template *Catalog::findTemplate(const QString &id) const
{
    for (const Template &t : m_templates)
        if (t.id() == id)
            return &t;
    return nullptr;
}

const DocumentFamily *Catalog::family(const QString &id) const
{
    for (const auto &f : m_families)
        if (f->id() == id)
            return f.get();
    return nullptr;
}

} // namespace zw
