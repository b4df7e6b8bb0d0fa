#include "Template.h"

#include "CaseNumber.h"
#include "ChineseText.h"

#include <QCoreApplication>
#include <kainjow/mustache.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>

namespace zw {

namespace {

// Translation context of this file (Q_DECLARE_TR_FUNCTIONS lets lupdate see it).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(zw::Template)
};

// A block line "@role text" split into the role's name and its text.
std::pair<QString, QString> splitBlockLine(const QString &line)
{
    qsizetype end = 1;
    while (end < line.size() && !line[end].isSpace())
        ++end;
    return {line.mid(1, end - 1), line.mid(end).trimmed()};
}

const QHash<QString, Role> &roleTable()
{
    static const QHash<QString, Role> table = {
        {QStringLiteral("court"), Role::Court}, {QStringLiteral("title"), Role::Title},
        {QStringLiteral("number"), Role::Number}, {QStringLiteral("line"), Role::Line},
        {QStringLiteral("para"), Role::Para}, {QStringLiteral("operative"), Role::Operative},
        {QStringLiteral("sign"), Role::Sign}, {QStringLiteral("date"), Role::Date},
        {QStringLiteral("copy"), Role::Copy}, {QStringLiteral("note"), Role::Note},
        {QStringLiteral("blank"), Role::Blank}, {QStringLiteral("row"), Role::TableRow},
        {QStringLiteral("pagebreak"), Role::PageBreak}, {QStringLiteral("columns"), Role::Columns},
        {QStringLiteral("newdocument"), Role::NewDocument},
    };
    return table;
}

// `@columns 7|10|6|5`: positive widths in grid characters, followed at once
// by the `@row` lines of the table they shape.
template<typename At>
Diagnostics columnsProblems(const QString &text, const QStringList &lines, int b, const At &at)
{
    Diagnostics errors;
    const QStringList widths = text.split(QLatin1Char('|'));
    for (const QString &w : widths) {
        bool ok = false;
        const int n = w.trimmed().toInt(&ok);
        if (!ok || n <= 0 || n > 100) {
            errors << Diagnostic::error(at(b + 1, 2), Tr::tr("@columns 应为以“|”分隔的列宽（字数，正整数），如 @columns 7|10|6|5；“%1”不是").arg(w.trimmed()));
            break;
        }
    }
    int next = b + 1;
    while (next < lines.size() && !lines[next].startsWith(QLatin1Char('@')))
        ++next;
    if (next >= lines.size() || splitBlockLine(lines[next]).first != QStringLiteral("row"))
        errors << Diagnostic::error(at(b + 1, 2), Tr::tr("@columns 之后应紧接表格的 @row 行"));
    return errors;
}

// A paragraph break inside a value: the block splits there (see render()).
constexpr char16_t kParagraphSeparator = 0x2029;
constexpr int kMaxSectionDepth = 6;
constexpr double kMaxExpansion = 100000;

// How many times the most repeated text of `body` is written for `data`,
// and the section that repeats it: the product of the lengths of the lists
// its enclosing sections iterate (names resolved as Mustache does, the
// innermost context first; a list's first element stands for its elements).
template<typename Tags>
std::pair<double, QString> expansion(const Tags &tags, const Json &data)
{
    struct Frame {
        const Json *context;
        double copies;
    };
    std::vector<Frame> stack{{&data, 1}};
    double most = 1;
    QString where;
    for (const auto &tag : tags) {
        if (tag.kind == QLatin1Char('/')) {
            if (stack.size() > 1)
                stack.pop_back();
            continue;
        }
        const QStringList keys = tag.name.split(QLatin1Char('.'));
        const Json *value = nullptr;
        for (auto f = stack.rbegin(); f != stack.rend() && !value; ++f) {
            const Json *v = f->context;
            for (const QString &k : keys) {
                if (!v || !v->is_object() || !v->contains(ss(k))) {
                    v = nullptr;
                    break;
                }
                v = &(*v)[ss(k)];
            }
            value = v;
        }
        double copies = stack.back().copies;
        const Json *inner = value;
        if (tag.kind == QLatin1Char('#') && value && value->is_array()) {
            copies *= double(value->size());
            inner = value->empty() ? nullptr : &(*value)[0];
        }
        if (copies > most) {
            most = copies;
            where = tag.name;
        }
        stack.push_back({inner ? inner : stack.back().context, copies});
    }
    return {most, where};
}

kainjow::mustache::data toMustache(const Json &j)
{
    using kainjow::mustache::data;
    switch (j.type()) {
    case Json::value_t::object: {
        data obj{data::type::object};
        for (auto it = j.begin(); it != j.end(); ++it)
            obj.set(it.key(), toMustache(it.value()));
        return obj;
    }
    case Json::value_t::array: {
        data list{data::type::list};
        for (const Json &e : j)
            list.push_back(toMustache(e));
        return list;
    }
    case Json::value_t::string: return data{j.get<std::string>()};
    case Json::value_t::boolean: return data{j.get<bool>() ? data::type::bool_true : data::type::bool_false};
    case Json::value_t::null: return data{data::type::bool_false};
    default: return data{j.dump()};
    }
}

// Line and column of a byte offset within UTF-8 text (column in characters).
QPair<int, int> lineColumn(const std::string &text, std::size_t offset)
{
    int line = 1;
    std::size_t lineStart = 0;
    for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
        if (text[i] == '\n') {
            ++line;
            lineStart = i + 1;
        }
    }
    const int col = int(QString::fromUtf8(text.data() + lineStart, qsizetype(offset - lineStart)).size()) + 1;
    return {line, col};
}

bool present(const Json &j)
{
    if (j.is_null())
        return false;
    if (j.is_string())
        return !j.get<std::string>().empty();
    if (j.is_array() || j.is_object())
        return !j.empty();
    return true;
}

} // namespace

QString roleName(Role role)
{
    return roleTable().key(role);
}

bool roleFromName(const QString &name, Role *role)
{
    const auto it = roleTable().constFind(name);
    if (it == roleTable().constEnd())
        return false;
    *role = *it;
    return true;
}

Expected<Template> Template::fromText(const QString &text, const QString &fileName)
{
    Template t;
    t.m_fileName = fileName;
    const QStringList lines = text.split(QLatin1Char('\n'));
    Diagnostics errors;
    auto at = [&](int line, int col = 1) { return QStringLiteral("%1:%2:%3").arg(fileName).arg(line).arg(col); };
    int i = 0;
    bool sawSeparator = false;
    for (; i < lines.size(); ++i) {
        const QString line = lines[i].trimmed();
        if (line == QStringLiteral("---")) {
            sawSeparator = true;
            ++i;
            break;
        }
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        if (colon <= 0) {
            errors << Diagnostic::error(at(i + 1), Tr::tr("模板头应为“键: 值”格式，或以“---”结束"));
            continue;
        }
        const QString key = line.left(colon).trimmed();
        const QString value = line.mid(colon + 1).trimmed();
        static const QRegularExpression separators(QStringLiteral("[\\s,，]+"));
        const QStringList words = value.split(separators, Qt::SkipEmptyParts);
        if (key == QStringLiteral("id"))
            t.m_id = value;
        else if (key == QStringLiteral("title"))
            t.m_title = value;
        else if (key == QStringLiteral("title_en"))
            t.m_titleEn = value;
        else if (key == QStringLiteral("order")) {
            bool ok = false;
            t.m_order = value.toInt(&ok);
            if (!ok || t.m_order <= 0)
                errors << Diagnostic::error(at(i + 1, int(colon) + 3), Tr::tr("order 应为正整数（文书在列表中的位置，按案件进程排列）"));
        }
        else if (key == QStringLiteral("version")) {
            bool ok = false;
            t.m_version = value.toInt(&ok);
            if (!ok || t.m_version <= 0)
                errors << Diagnostic::error(at(i + 1, int(colon) + 3), Tr::tr("版本号应为正整数"));
        } else if (key == QStringLiteral("requires")) {
            t.m_requires = words;
            t.m_requiresLine = i + 1;
        } else if (key == QStringLiteral("date")) {
            t.m_dateFields = words;
            t.m_dateLine = i + 1;
        } else if (key == QStringLiteral("family")) {
            t.m_family = value;
        } else if (key == QStringLiteral("number")) {
            // number: case.number enforcement — the case number the document
            // goes out under, and whether it is an enforcement or a trial case's.
            if (words.size() != 2 || (words[1] != QStringLiteral("enforcement") && words[1] != QStringLiteral("trial")))
                errors << Diagnostic::error(at(i + 1), Tr::tr("number 应为“字段 enforcement”或“字段 trial”，如 number: case.number enforcement"));
            else
                t.m_number = {words[0], words[1] == QStringLiteral("enforcement")};
            t.m_numberLine = i + 1;
        } else if (key == QStringLiteral("signoff")) {
            // signoff: judge; president unless measures.interview.confirmed —
            // who signs it off before issue (签发), and when a higher one must.
            static const QRegularExpression clauses(QStringLiteral("[;；]"));
            const QStringList parts = value.split(clauses, Qt::SkipEmptyParts);
            const auto level = [](const QString &w) { return signOffLevelFromKey(w.trimmed()); };
            bool ok = !parts.isEmpty() && level(parts.first()) != SignOffLevel::None;
            if (ok)
                t.m_signOff = level(parts.first());
            for (qsizetype c = 1; ok && c < parts.size(); ++c) {
                const QStringList w = parts[c].split(separators, Qt::SkipEmptyParts);
                ok = w.size() == 3 && level(w[0]) != SignOffLevel::None && w[1] == QStringLiteral("unless");
                if (ok)
                    t.m_signOffUnless << std::pair{level(w[0]), w[2]};
            }
            t.m_signOffLine = i + 1;
            if (!ok)
                errors << Diagnostic::error(at(i + 1), Tr::tr("signoff 应为 judge 或 president，可再加“; president unless 字段”（字段为真时不必由院长签发），如 signoff: judge; president unless measures.interview.confirmed"));
        } else {
            errors << Diagnostic::error(at(i + 1), Tr::tr("未知的模板头字段“%1”（可用：id、title、title_en、order、version、family、number、date、requires、signoff）").arg(key));
        }
    }
    if (!sawSeparator)
        errors << Diagnostic::error(at(1), Tr::tr("缺少分隔模板头与正文的“---”行"));
    if (t.m_id.isEmpty())
        errors << Diagnostic::error(at(1), Tr::tr("模板头缺少 id"));
    if (t.m_title.isEmpty())
        errors << Diagnostic::error(at(1), Tr::tr("模板头缺少 title"));
    if (t.m_version == 0 && errors.isEmpty())
        errors << Diagnostic::error(at(1), Tr::tr("模板头缺少 version"));
    t.m_bodyLine = i + 1;

    // Body: every line that starts a block must name a known role.
    for (int b = i; b < lines.size(); ++b) {
        const QString &line = lines[b];
        if (!line.startsWith(QLatin1Char('@')))
            continue;
        const QString name = splitBlockLine(line).first;
        Role role;
        if (!roleFromName(name, &role)) {
            QStringList known = roleTable().keys();
            known.sort();
            errors << Diagnostic::error(at(b + 1, 2), Tr::tr("未知的版式角色“@%1”（可用：%2）").arg(name, known.join(QStringLiteral("、"))));
        } else if (role == Role::Columns) {
            errors += columnsProblems(splitBlockLine(line).second, lines, b, at);
        }
    }
    t.m_body = lines.mid(i).join(QLatin1Char('\n')).toStdString();
    kainjow::mustache::mustache check(t.m_body);
    if (!check.is_valid()) {
        // kainjow reports "… at <byte offset>"; turn the offset into line:column.
        const std::string &msg = check.error_message();
        const auto pos = msg.rfind(" at ");
        QString where = at(t.m_bodyLine);
        if (pos != std::string::npos) {
            const auto [l, c] = lineColumn(t.m_body, std::stoul(msg.substr(pos + 4)));
            where = at(t.m_bodyLine + l - 1, c);
        }
        QString what = QString::fromStdString(msg.substr(0, pos));
        what.replace(QStringLiteral("Unclosed section"), Tr::tr("占位区段未闭合"))
            .replace(QStringLiteral("Unopened section"), Tr::tr("占位区段没有开头"))
            .replace(QStringLiteral("Unclosed tag"), Tr::tr("占位符缺少“}}”"))
            .replace(QStringLiteral("Invalid set delimiter tag"), Tr::tr("无效的分隔符设置"));
        errors << Diagnostic::error(where, what);
    }
    // Nested sections multiply: sixteen nested {{#respondents}} took a
    // minute and more than a gigabyte to expand. No shipped template nests
    // deeper than three.
    {
        int depth = 0;
        static const QRegularExpression tag(QStringLiteral("\\{\\{\\s*([#^/])\\s*([^}]*?)\\s*\\}\\}"));
        for (int b = i; b < lines.size(); ++b) {
            for (auto it = tag.globalMatch(lines[b]); it.hasNext();) {
                const auto m = it.next();
                t.m_sections.append({m.captured(1).at(0), m.captured(2)});
                depth += m.captured(1) == QStringLiteral("/") ? -1 : 1;
                if (depth > kMaxSectionDepth) {
                    errors << Diagnostic::error(at(b + 1, int(m.capturedStart()) + 1),
                                                Tr::tr("占位区段嵌套超过 %1 层：展开后的文书会大得无法处理，请减少嵌套").arg(kMaxSectionDepth));
                    break;
                }
            }
            if (depth > kMaxSectionDepth)
                break;
        }
    }
    if (!errors.isEmpty())
        return errors;
    return t;
}

Expected<Template> Template::load(const QString &fileName)
{
    QFile f(fileName);
    if (!f.open(QIODevice::ReadOnly))
        return Diagnostic::error(fileName, Tr::tr("无法打开模板：%1").arg(f.errorString()));
    const QByteArray bytes = f.readAll();
    const QString text = QString::fromUtf8(bytes);
    if (text.contains(QChar::ReplacementCharacter))
        return Diagnostic::error(fileName, Tr::tr("模板不是有效的 UTF-8 文本"));
    auto t = fromText(text, fileName);
    if (t) {
        const QString stem = QFileInfo(fileName).completeBaseName();
        if (t->id() != stem)
            return Diagnostic::error(fileName + QStringLiteral(":1:1"), Tr::tr("模板 id“%1”应与文件名“%2”一致").arg(t->id(), stem));
    }
    return t;
}

Diagnostics Template::checkFields(const CaseSchema &schema, const std::function<bool(const QString &)> &derived) const
{
    Diagnostics out;
    auto at = [&](int line) { return QStringLiteral("%1:%2").arg(m_fileName).arg(line); };
    for (const QString &field : m_requires) {
        if (!schema.find(field) && !derived(field))
            out << Diagnostic::error(at(m_requiresLine), Tr::tr("requires 中的“%1”不是案件格式中的字段，也不是生成文书时推导的值").arg(field));
    }
    if (!m_number.field.isEmpty()) {
        const FieldSpec *spec = schema.find(m_number.field);
        if (!spec || spec->type != FieldType::CaseNumber)
            out << Diagnostic::error(at(m_numberLine), Tr::tr("number 中的“%1”不是案号字段").arg(m_number.field));
    }
    for (const QString &field : m_dateFields) {
        const FieldSpec *spec = schema.find(field);
        if (!spec)
            out << Diagnostic::error(at(m_dateLine), Tr::tr("date 中的“%1”不是案件格式中的字段").arg(field));
        else if (spec->type != FieldType::Date)
            out << Diagnostic::error(at(m_dateLine), Tr::tr("date 中的“%1”不是日期字段").arg(field));
    }
    for (const auto &unless : m_signOffUnless) {
        const FieldSpec *spec = schema.find(unless.second);
        if (!spec || spec->type != FieldType::Boolean)
            out << Diagnostic::error(at(m_signOffLine), Tr::tr("signoff 中的“%1”不是案件格式中的是/否字段").arg(unless.second));
    }
    return out;
}

Diagnostics Template::numberProblems(const CaseFile &file) const
{
    if (m_number.field.isEmpty())
        return {};
    const QString text = file.text(m_number.field);
    const CaseNumberCheck c = checkCaseNumber(text);
    if (!c.valid)
        return {}; // the validator names what is wrong with it
    const bool enforcement = isEnforcementCase(c);
    if (m_number.enforcement && !enforcement)
        return {Diagnostic::error(m_number.field, Tr::tr("%1是执行文书，应使用执行案号（类型代字为“执”“执恢”等）；“%2”是%3的案号")
                                                      .arg(m_title, text, c.number.type.isEmpty() ? Tr::tr("旧格式") : c.number.type))};
    if (!m_number.enforcement && enforcement)
        return {Diagnostic::error(m_number.field, Tr::tr("%1属于审判阶段，应使用审判案件的案号；“%2”是执行案号").arg(m_title, text))};
    return {};
}

QDate Template::documentDate(const CaseFile &file) const
{
    for (const QString &field : m_dateFields) {
        const QDate d = parseIsoDate(file.text(field));
        if (d.isValid())
            return d;
    }
    return {};
}

Diagnostic Template::missingField(const QString &field) const
{
    // The schema says what the field is and, where it helps, how to fill it.
    Diagnostic d = Diagnostic::error(field, Tr::tr("缺少必填字段（“%1”需要）").arg(CaseSchema::english() ? titleEn() : m_title));
    if (const FieldSpec *spec = CaseSchema::standard().find(field)) {
        d.label = CaseSchema::english() ? spec->en : spec->zh;
        if (!spec->help.isEmpty())
            d.message += QStringLiteral("：") + spec->help;
    }
    return d;
}

Diagnostics Template::missingFields(const DocumentContext &context) const
{
    Diagnostics out;
    for (const QString &field : m_requires) {
        const QString top = field.section(QLatin1Char('.'), 0, 0);
        bool found = false;
        try {
            const auto ptr = jsonPointer(field);
            found = context.data.contains(ptr) && present(context.data.at(ptr));
        } catch (const Json::exception &) {
        }
        if (found)
            continue;
        if (context.unavailable.contains(top))
            out << context.unavailable.value(top);
        else {
            out << missingField(field);
        }
    }
    if (!m_dateFields.isEmpty() && !context.data.value("doc", Json::object()).contains("date"))
        out << Diagnostic::error(m_dateFields.first(), Tr::tr("缺少文书日期（模板“%1”取自：%2）").arg(m_id, m_dateFields.join(QStringLiteral("、"))));
    // A derived value may be unavailable for several required fields: report once.
    Diagnostics unique;
    for (const Diagnostic &d : out) {
        bool dup = false;
        for (const Diagnostic &u : unique)
            dup |= u.path == d.path && u.message == d.message;
        if (!dup)
            unique << d;
    }
    return unique;
}

Expected<QList<Block>> Template::render(const DocumentContext &context) const
{
    const Diagnostics missing = missingFields(context);
    if (!missing.isEmpty())
        return missing;
    kainjow::mustache::mustache tmpl(m_body);
    // PDF text is not HTML: no &amp;. Newlines inside a value become paragraph
    // breaks of the same role, never a line that could start a new block.
    tmpl.set_custom_escape([](const std::string &s) {
        QString v = QString::fromStdString(s);
        v.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
        v.replace(QLatin1Char('\n'), QChar(kParagraphSeparator));
        return v.toStdString();
    });
    // A case of many parties in a template of nested sections must fail at
    // once, not fill the memory: each section over a list repeats its text
    // once per element, so nested ones multiply.
    if (const auto [copies, section] = expansion(m_sections, context.data); copies > kMaxExpansion)
        return Diagnostic::error(m_fileName, Tr::tr("模板的嵌套区段“%1”在本案中展开为 %2 份（上限 %3）：文书过大，请检查模板的嵌套与案件中的当事人、判项数量")
                                                 .arg(section).arg(qint64(std::min(copies, 1e15))).arg(qint64(kMaxExpansion)));
    const QString out = QString::fromStdString(tmpl.render(toMustache(context.data)));
    if (!tmpl.is_valid())
        return Diagnostic::error(m_fileName, QString::fromStdString(tmpl.error_message()));

    QList<Block> blocks;
    const QStringList lines = out.split(QLatin1Char('\n'));
    for (const QString &raw : lines) {
        if (raw.startsWith(QLatin1Char('@'))) {
            const auto [name, text] = splitBlockLine(raw);
            Block b;
            if (!roleFromName(name, &b.role))
                return Diagnostic::error(m_fileName, Tr::tr("填充后出现未知的版式角色：%1").arg(raw.left(20)));
            b.text = text;
            blocks << b;
            continue;
        }
        const QString text = raw.trimmed();
        if (text.isEmpty())
            continue;
        if (blocks.isEmpty())
            return Diagnostic::error(m_fileName, Tr::tr("正文在第一个“@角色”行之前出现文字：%1").arg(text.left(20)));
        blocks.last().text += text;
    }
    // Split blocks at paragraph separators coming from multi-line values.
    QList<Block> result;
    for (const Block &b : blocks) {
        const QStringList parts = b.text.split(QChar(kParagraphSeparator), Qt::SkipEmptyParts);
        if (parts.isEmpty()) {
            if (b.role == Role::Blank || b.role == Role::TableRow || b.role == Role::PageBreak || b.role == Role::NewDocument)
                result << b;
            continue; // a block whose values were all empty prints nothing
        }
        for (const QString &p : parts)
            result << Block{b.role, p.trimmed()};
    }
    return result;
}

SignOffLevel Template::signOff(const CaseFile &file) const
{
    SignOffLevel level = m_signOff;
    for (const auto &[higher, unless] : m_signOffUnless) {
        const Json *v = file.at(unless);
        if (!(v && v->is_boolean() && v->get<bool>()) && higher > level)
            level = higher;
    }
    return level;
}

} // namespace zw
