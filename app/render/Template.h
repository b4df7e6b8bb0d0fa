#pragma once

#include "Block.h"
#include "CaseSchema.h"
#include "DocumentContext.h"
#include "Diagnostic.h"
#include "Records.h"

#include <QStringList>

namespace zw {

// A document template: a plain UTF-8 text file under templates/, editable
// without recompiling (format described in templates/README.md).
//
//   id: zhixing-tongzhi          header: `key: value` lines, then `---`
//   title: 执行通知书
//   version: 3
//   family: termination                      (optional) whose decisions it prints
//   number: case.number enforcement          (optional) the kind of case number it goes out under
//   date: notice.issued_on case.filed_on     first present field dates it
//   requires: court.name case.number …        checked before rendering
//   signoff: judge                            (optional) signed off before issue
//   ---
//   @court {{court.name}}                     body: `@role text`, Mustache
//   @para 本院受理……                            placeholders; a line without
//   ……continued                                @ continues the block above
class Template
{
public:
    static Expected<Template> fromText(const QString &text, const QString &fileName);
    static Expected<Template> load(const QString &fileName);

    QString id() const { return m_id; }
    QString title() const { return m_title; }
    // The title in the English interface (the document itself stays Chinese).
    QString titleEn() const { return m_titleEn.isEmpty() ? m_title : m_titleEn; }
    // Where the document stands in a case's life (risk notices first, the
    // certificate last): the document list's order. 0 when not given.
    int order() const { return m_order; }
    int version() const { return m_version; }
    QString fileName() const { return m_fileName; }
    QStringList requiredFields() const { return m_requires; }
    QStringList dateFields() const { return m_dateFields; }
    // The document family whose decisions it prints (`family:`), or empty.
    QString family() const { return m_family; }
    // Who signs it off before issue (`signoff:`): nobody for a notice; for
    // this case, the higher level where an `unless` field is not true.
    SignOffLevel signOff() const { return m_signOff; }
    SignOffLevel signOff(const CaseFile &file) const;
    // The field that spares the president (`president unless FIELD`), if any.
    QString presidentUnless() const
    {
        for (const auto &[level, field] : m_signOffUnless)
            if (level == SignOffLevel::President)
                return field;
        return {};
    }

    // Its `requires:` and `date:` fields against the case schema: each must
    // be a field of the format, or a value the context derives (`derived`);
    // each date field a date. Errors name the template's file and line.
    Diagnostics checkFields(const CaseSchema &schema, const std::function<bool(const QString &)> &derived) const;

    // `number: case.number enforcement`: the document goes out under an
    // enforcement case's number (or, with `trial`, a trial case's); a wrong
    // kind of number is an error naming the field.
    Diagnostics numberProblems(const CaseFile &file) const;
    // The document's date: the first present field named by `date:`.
    QDate documentDate(const CaseFile &file) const;
    // Every required field that is missing, each as its own diagnostic.
    Diagnostics missingFields(const DocumentContext &context) const;
    // The finding for one required field the case lacks, named by label and
    // with the schema's help on how to fill it.
    Diagnostic missingField(const QString &field) const;
    // Fills the placeholders and splits the result into blocks.
    Expected<QList<Block>> render(const DocumentContext &context) const;

private:
    QString m_id, m_title, m_titleEn, m_fileName, m_family;
    int m_order = 0;
    SignOffLevel m_signOff = SignOffLevel::None;
    QList<std::pair<SignOffLevel, QString>> m_signOffUnless;
    int m_requiresLine = 1, m_dateLine = 1, m_numberLine = 1, m_signOffLine = 1;
    // The body's section tags ({{#x}}, {{^x}}, {{/x}}) in order, read once at
    // load: the nesting check and the expansion bound walk them.
    struct SectionTag {
        QChar kind;        // '#', '^' or '/'
        QString name;      // `respondents`, `court.account`
    };
    QList<SectionTag> m_sections;
    struct NumberKind {
        QString field;
        bool enforcement = true;
    } m_number;
    int m_version = 0;
    QStringList m_requires, m_dateFields;
    std::string m_body;   // UTF-8
    int m_bodyLine = 1;   // line number of the body's first line in the file
};

} // namespace zw
