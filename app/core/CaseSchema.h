#pragma once

#include "Json.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace zw {

// What kind of value a field of `zhiwen/case@1` holds. The validator, the
// CSV reader, the template loader (and the GUI form) all read it from here.
enum class FieldType {
    Object,        // a group of fields
    List,          // a JSON array of one element kind
    Text,          // one line of text
    MultilineText, // text that may hold line breaks (facts, judgment items)
    Date,          // "YYYY-MM-DD"
    Money,         // decimal string, at most two decimals
    IdNumber,      // 公民身份号码
    Uscc,          // 统一社会信用代码
    CaseNumber,    // 案号
    Choice,        // one of a fixed list
    PartyRef,      // the `id` of an applicant or respondent
    RespondentRef, // the `id` of a respondent
    ItemRef,       // the number of an item of basis.items
    Integer,       // a positive whole number
    Boolean,
};

QString fieldTypeName(FieldType type);

// One field of the case format, declared once. Lists have one `element`;
// objects have `members`. Paths use `[]` for list elements:
// `respondents[].born_on`.
struct FieldSpec {
    QString key;
    FieldType type = FieldType::Text;
    QString zh, en;              // labels
    QString help;                // one sentence for the form (Chinese)
    bool required = false;
    int maxLength = 0;           // characters; text kinds only
    int maxItems = 0;            // lists only
    QStringList choices;         // Choice
    QStringList choiceZh, choiceEn; // Choice: how each value reads (parallel to `choices`; empty: the value itself)
    QStringList suggestions;     // Text: common values offered while typing (民族), any other accepted
    QString onlyForKind;         // "person" / "organization": party fields of that kind only
    bool allowOldNumber = true;  // CaseNumber: accept the pre-2016 字第 form
    QString unique;              // values unique within this group ("party-id", "item-no")
    QString typeMessage;         // the message for a value of the wrong JSON type, when not the default
    QString emptyMessage;        // lists: the message for a required empty list
    bool lettersOnly = false;    // a name: no emoji or other pictographs
    QString elementName;         // list elements: "被执行人{name}", fallback "第{n}名被执行人"
    QString elementFallback;
    QList<FieldSpec> members;    // Object
    std::shared_ptr<FieldSpec> element; // List
    QString path;                // filled by CaseSchema: `respondents[].born_on`

    bool isText() const;
    // A Choice value as the form shows it, in the UI language.
    QString choiceLabel(const QString &value) const;
    // Fluent setters, so the schema reads as a table.
    FieldSpec &req() { required = true; return *this; }
    FieldSpec &max(int n) { maxLength = n; return *this; }
    FieldSpec &helpText(const QString &h) { help = h; return *this; }
    FieldSpec &forKind(const QString &k) { onlyForKind = k; return *this; }
    FieldSpec &oneOf(const QStringList &c) { choices = c; return *this; }
    FieldSpec &labels(const QStringList &zh, const QStringList &en) { choiceZh = zh; choiceEn = en; return *this; }
    FieldSpec &suggest(const QStringList &s) { suggestions = s; return *this; }
    FieldSpec &uniqueIn(const QString &group) { unique = group; return *this; }
    FieldSpec &wrongType(const QString &m) { typeMessage = m; return *this; }
    FieldSpec &newForm() { allowOldNumber = false; return *this; }
    FieldSpec &name() { lettersOnly = true; return *this; }
};

// The whole `zhiwen/case@1` schema: every field the format names, including
// those the project added and those of each document family.
class CaseSchema
{
public:
    // The schema compiled into this program (the format is code, not a data
    // file a court edits: changing it changes the file format).
    static const CaseSchema &standard();

    explicit CaseSchema(QList<FieldSpec> topLevel);

    const QList<FieldSpec> &fields() const { return m_root.members; }
    // By schema path (`respondents[].born_on`) or by a concrete path
    // (`respondents[0].born_on`); null when the format has no such field.
    const FieldSpec *find(const QString &path) const;
    // Every field, depth first, parents before children.
    QList<const FieldSpec *> all() const;

    // `respondents[0].born_on` -> `respondents[].born_on`.
    static QString schemaPath(const QString &path);
    // An element of a list as messages and the form name it: 被执行人张某,
    // 执行依据第2项, 第3名委托代理人 (English: respondents 1 (张某)).
    static QString elementLabel(const FieldSpec &list, const Json &value, qsizetype index);
    static bool english();

private:
    FieldSpec m_root;
};

// A data file's text for the interface: `obj.en.key` when the interface is
// English and the file gives it there, else `obj.key` (rules files carry
// their English beside the Chinese; documents always use the Chinese).
QString shownText(const Json &obj, const char *key);

// Builders for the schema tables (CaseSchema.cpp and the families' parts).
namespace Fields {
FieldSpec field(const QString &key, FieldType type, const QString &zh, const QString &en);
FieldSpec object(const QString &key, const QString &zh, const QString &en, QList<FieldSpec> members);
FieldSpec list(const QString &key, const QString &zh, const QString &en, FieldSpec element, int maxItems);
} // namespace Fields

} // namespace zw
