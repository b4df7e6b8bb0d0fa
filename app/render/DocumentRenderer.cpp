#include "DocumentRenderer.h"

#include "AtomicFile.h"
#include "CaseValidator.h"
#include "ChineseText.h"
#include "PdfRenderer.h"
#include "TextEncoding.h"

#include <QCoreApplication>

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
} // namespace

DocumentRenderer::DocumentRenderer()
    : m_fonts(FontSet::defaults() ? &FontSet::defaults().value() : nullptr)
{
    // The page file is read once per process; a broken one is reported by render().
    static const Expected<PageStyle> page = PageStyle::load();
    if (page)
        m_style = page.value();
    else
        m_pageErrors = page.errors();
}

DocumentRenderer::DocumentRenderer(const FontSet &fonts, PageStyle style)
    : m_fonts(&fonts), m_style(std::move(style))
{
}

Diagnostics DocumentRenderer::unprintable(const CaseFile &file) const
{
    Diagnostics out;
    const FontStyle &body = m_fonts->style(FontRole::Body);
    const FontFace &face = *body.face;
    walkStrings(file.json(), QString(), [&](const QString &path, const QString &value) {
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
    if (!m_fonts)
        return FontSet::defaults().errors();
    if (!m_pageErrors.isEmpty())
        return m_pageErrors;
    Diagnostics errors;
    for (const Diagnostic &d : validateCase(file))
        if (d.isError())
            errors << d;
    if (!errors.isEmpty())
        return errors;
    const DocumentContext context = buildContext(file, tmpl.documentDate(file));
    errors = tmpl.missingFields(context);
    errors += unprintable(file);
    if (!errors.isEmpty())
        return errors;
    const auto blocks = tmpl.render(context);
    if (!blocks)
        return blocks.errors();
    const auto layout = Typesetter(*m_fonts, m_style).typeset(*blocks);
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
    l.date = context.data.value("doc", Json::object()).value("date", std::string()).c_str();
    return PdfRenderer().render(l);
}

RenderPreparation::RenderPreparation()
    : m_thread([] {
          // A failure here recurs, and is reported, where the locale is
          // first used; it must not end the process from this thread.
          try {
              prepareChineseText();
              Typesetter::prepare();
          } catch (...) {
          }
      })
{
}

RenderPreparation::~RenderPreparation()
{
    m_thread.join();
}

Expected<QByteArray> DocumentRenderer::renderToFile(const Template &tmpl, const CaseFile &file, const QString &outFile) const
{
    const auto pdf = render(tmpl, file);
    if (!pdf)
        return pdf.errors();
    if (const auto written = writeFileAtomically(outFile, *pdf); !written)
        return written.errors();
    return pdf;
}

} // namespace zw
