#pragma once

#include "CaseSchema.h"
#include "CaseTypes.h"
#include "Diagnostic.h"
#include "Fonts.h"
#include "LawTable.h"
#include "Template.h"
#include "Typesetter.h"
#include "families/DocumentFamily.h"

#include <functional>
#include <memory>
#include <vector>

namespace zw {

class TerminationFamily;
class ZhongbenFamily;

// Everything a court may edit, loaded and checked once at start and passed
// by reference: the law table, the list of 类型代字, each family's rules, the font roles, the
// page style and the templates (their `requires:`/`date:` against the case
// schema). A broken file fails the whole catalog with its name (and line
// where there is one), before anything uses it.
class Catalog
{
public:
    // Where the data files are: `resource` maps `fonts.json`,
    // `law/provisions.json` … to a file; templates come from `templateDirs`,
    // first directory first.
    struct Sources {
        std::function<QString(const QString &)> resource;
        QStringList templateDirs;
    };
    // The data paths of this installation (DataPaths).
    static Sources installed();
    static Expected<Catalog> load(const Sources &sources = installed());

    const CaseSchema &schema() const { return CaseSchema::standard(); }
    const LawTable &law() const { return *m_law; }
    const CaseTypes &caseTypes() const { return *m_caseTypes; }
    const FontSet &fonts() const { return *m_fonts; }
    const PageStyle &page() const { return m_page; }
    const QList<Template> &templates() const { return m_templates; }
    const Template *findTemplate(const QString &id) const;
    const DocumentFamily *family(const QString &id) const;
    const std::vector<std::shared_ptr<const DocumentFamily>> &families() const { return m_families; }
    const TerminationFamily &termination() const { return *m_termination; }
    const ZhongbenFamily &zhongben() const { return *m_zhongben; }
    // Which documents need a field of the schema (`respondents[].name`, or a
    // concrete path): the templates whose `requires:` or `date:` name it or
    // a group it belongs to. The schema says what a field is; the templates
    // say who needs it, and the catalog joins the two.
    QStringList documentsNeeding(const QString &path) const;

private:
    std::shared_ptr<const LawTable> m_law;
    std::shared_ptr<const CaseTypes> m_caseTypes;
    std::shared_ptr<const FontSet> m_fonts;
    PageStyle m_page;
    QList<Template> m_templates;
    std::vector<std::shared_ptr<const DocumentFamily>> m_families;
    std::shared_ptr<const TerminationFamily> m_termination;
    std::shared_ptr<const ZhongbenFamily> m_zhongben;
};

} // namespace zw
