#include "DocumentRenderer.h"

#include "CaseValidator.h"
#include "ChineseText.h"
#include "TextEncoding.h"

#include <QCoreApplication>

#include <algorithm>

namespace zw {

namespace {
// Translation context of this file (Q_DECLARE_TR_FUNCTIONS lets lupdate see it).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(zw::DocumentRenderer)
};

void walkStrings(const Json &j, const QString &path, const std::function<void(const QString &, const QString &)> &fn)
{
    if (j.is_string()) {
        fn(path, qs(j.get<std::string>()));
    } else if (j.is_object()) {
        for (auto it = j.begin(); it != j.end(); ++it)
            walkStrings(it.value(), childPath(path, qs(it.key())), fn);
    } else if (j.is_array()) {
        for (std::size_t i = 0; i < j.size(); ++i)
            walkStrings(j[i], indexPath(path, qsizetype(i)), fn);
    }
}
// Whether the filled document prints `value`: each of its lines appears in
// the text (values are printed as typed; a multi-line value as paragraphs).
bool printsValue(const QString &text, const QString &value)
{
    const QStringList lines = value.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    return std::any_of(lines.cbegin(), lines.cend(), [&](const QString &line) { return text.contains(line.trimmed()); });
}

} // namespace

Diagnostics DocumentRenderer::unprintable(const CaseFile &file, const QString &printedText) const
{
    Diagnostics out;
    const FontStyle &body = m_catalog.fonts().style(FontRole::Body);
    const FontFace &face = *body.face;
    walkStrings(file.json(), QString(), [&](const QString &path, const QString &value) {
        if (!printsValue(printedText, value))
            return;
        for (char32_t c : value.toStdU32String()) {
            if (c == U'\n' || c == U'\r' || c == U'\t' || body.faceFor(c))
                continue;
            if (routeOf(c) == CharRoute::Unsupported && !body.fallback) {
                out << Diagnostic::error(path, Tr::tr("字符%1无法输出：不在 GBK 字符集中，当前 PDF 编码无法承载").arg(describeChar(c)));
                return;
            }
            out << Diagnostic::error(path, Tr::tr("字符%1无法输出：已安装的字体都没有此字（正文字体“%2”）").arg(describeChar(c), face.family().isEmpty() ? face.file() : face.family()));
            return;
        }
    });
    return out;
}

Expected<QByteArray> DocumentRenderer::render(const Template &tmpl, const CaseFile &file) const
{
    Diagnostics errors;
    for (const Diagnostic &d : validateCase(file, m_catalog.schema()))
        if (d.isError())
            errors << d;
    if (!errors.isEmpty())
        return errors;
    if (errors = tmpl.numberProblems(file); !errors.isEmpty())
        return errors;
    const DocumentFamily *family = tmpl.family().isEmpty() ? nullptr : m_catalog.family(tmpl.family());
    const DocumentContext context = buildContext(file, tmpl.documentDate(file), m_catalog.law(), family);
    errors = tmpl.missingFields(context);
    if (!errors.isEmpty())
        return errors;
    const auto blocks = tmpl.render(context);
    if (!blocks)
        return blocks.errors();
    // Only what the document prints must be printable: a rare character in
    // a field this template never shows does not stop it.
    QStringList texts;
    for (const Block &b : *blocks)
        texts << b.text;
    const QString printed = texts.join(QLatin1Char('\n'));
    errors = unprintable(file, printed);
    if (!errors.isEmpty())
        return errors;
    const auto layout = Typesetter(m_catalog.fonts(), m_catalog.page()).typeset(*blocks);
    if (!layout) {
        // Characters from the template itself: name the template.
        Diagnostics named;
        for (Diagnostic d : layout.errors()) {
            d.path = tmpl.fileName() + QStringLiteral(" @") + d.path;
            named << d;
        }
        return named;
    }
    Layout l = layout.value();
    l.title = tmpl.title();
    l.date = qs(context.data.value("doc", Json::object()).value("date", std::string()));
    return m_output.render(l);
}

void prepareRendering()
{
    prepareChineseText();
    Typesetter::prepare();
}

} // namespace zw
