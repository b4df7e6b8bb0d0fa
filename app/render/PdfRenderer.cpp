#include "PdfRenderer.h"

#include "PdfFinisher.h"

#include <hb-ot.h>
#include <hb-subset.h>
#include <hpdf.h>

#include <QCoreApplication>
#include <QDate>
#include <QFileInfo>

#include <algorithm>
#include <cmath>
#include <iterator>
#include <unordered_map>
#include <vector>

namespace zw {

namespace {

// Translation context of this file (Q_DECLARE_TR_FUNCTIONS lets lupdate see it).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(zw::PdfRenderer)
};

// libharu reports errors through a C callback. Record them here; never throw
// across libharu's C frames. Return codes are checked as well.
struct HaruErrors {
    HPDF_STATUS code = HPDF_OK;
    HPDF_STATUS detail = 0;
};

extern "C" void haruErrorHandler(HPDF_STATUS code, HPDF_STATUS detail, void *user)
{
    auto *e = static_cast<HaruErrors *>(user);
    if (e->code == HPDF_OK) {
        e->code = code;
        e->detail = detail;
    }
}

// Owns an HPDF_Doc.
struct HaruDoc {
    HPDF_Doc doc = nullptr;
    HaruErrors errors;
    HaruDoc() { doc = HPDF_New(haruErrorHandler, &errors); }
    ~HaruDoc() { if (doc) HPDF_Free(doc); }
    bool failed() const { return !doc || errors.code != HPDF_OK; }
    QString message() const
    {
        return Tr::tr("PDF 生成失败（libharu 错误 0x%1，详情 %2）").arg(uint(errors.code), 4, 16, QLatin1Char('0')).arg(uint(errors.detail));
    }
};

// A TrueType file holding only `chars` of `face`, or empty on failure.
QByteArray subsetFace(const FontFace &face, const std::u32string &chars)
{
    hb_subset_input_t *input = hb_subset_input_create_or_fail();
    if (!input)
        return {};
    hb_set_t *unicodes = hb_subset_input_unicode_set(input);
    for (char32_t c : chars)
        hb_set_add(unicodes, c);
    // Hinting is useless at print resolution and makes up much of the size.
    hb_subset_input_set_flags(input, HB_SUBSET_FLAGS_NO_HINTING);
    hb_face_t *subset = hb_subset_or_fail(face.hbFace(), input);
    hb_subset_input_destroy(input);
    if (!subset)
        return {};
    hb_blob_t *blob = hb_face_reference_blob(subset);
    unsigned int length = 0;
    const char *data = hb_blob_get_data(blob, &length);
    QByteArray out(data, qsizetype(length));
    hb_blob_destroy(blob);
    hb_face_destroy(subset);
    return out;
}

// The PostScript name of a face, reduced to characters safe in a PDF name.
std::string postScriptName(const FontFace &face)
{
    char buf[128];
    unsigned int size = sizeof buf;
    hb_ot_name_get_utf8(face.hbFace(), HB_OT_NAME_ID_POSTSCRIPT_NAME, HB_LANGUAGE_INVALID, &size, buf);
    std::string out;
    for (const char *p = buf; *p && size > 0; ++p)
        if ((*p >= 'A' && *p <= 'Z') || (*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') || *p == '-' || *p == '_' || *p == ',')
            out.push_back(*p);
    if (out.empty())
        out = QFileInfo(face.file()).baseName().toStdString();
    return out.empty() ? std::string("Font") : out;
}

// The six-letter subset tag PDF asks for, derived from the subset's content
// (FNV-1a) rather than chance, so reprints are byte-identical.
std::string subsetTag(const std::string &name, const std::u32string &chars)
{
    quint64 h = 1469598103934665603ULL;
    auto mix = [&](quint32 v) {
        for (int i = 0; i < 4; ++i) {
            h ^= (v >> (8 * i)) & 0xFF;
            h *= 1099511628211ULL;
        }
    };
    for (char c : name)
        mix(quint8(c));
    for (char32_t c : chars)
        mix(c);
    std::string tag;
    for (int i = 0; i < 6; ++i, h /= 26)
        tag.push_back(char('A' + h % 26));
    return tag;
}

// Descriptor metrics of a face in PDF glyph space (1000 units per em).
void faceMetrics(const FontFace &face, EmbeddedFont *out)
{
    const double scale = 1000.0 / hb_face_get_upem(face.hbFace());
    hb_font_t *font = hb_font_create(face.hbFace());
    hb_position_t ascent = 0, descent = 0, capHeight = 0;
    if (hb_ot_metrics_get_position(font, HB_OT_METRICS_TAG_HORIZONTAL_ASCENDER, &ascent))
        out->ascent = int(std::lround(ascent * scale));
    if (hb_ot_metrics_get_position(font, HB_OT_METRICS_TAG_HORIZONTAL_DESCENDER, &descent))
        out->descent = int(std::lround(descent * scale));
    out->capHeight = hb_ot_metrics_get_position(font, HB_OT_METRICS_TAG_CAP_HEIGHT, &capHeight) && capHeight > 0
        ? int(std::lround(capHeight * scale)) : out->ascent;
    hb_font_destroy(font);
    // head: xMin, yMin, xMax, yMax at offset 36, signed 16-bit.
    hb_blob_t *head = hb_face_reference_table(face.hbFace(), HB_TAG('h', 'e', 'a', 'd'));
    unsigned int length = 0;
    const char *data = hb_blob_get_data(head, &length);
    if (length >= 44)
        for (int i = 0; i < 4; ++i)
            out->bbox[i] = int(std::lround(qint16((quint8(data[36 + 2 * i]) << 8) | quint8(data[37 + 2 * i])) * scale));
    hb_blob_destroy(head);
}

// libharu draws with these placeholders (12 standard-14 names under three
// encodings: libharu keeps one font per name and encoding); each
// carries up to 224 one-byte codes (codeOrder) of one face.
constexpr const char *kPlaceholderNames[] = {
    "Times-Roman", "Times-Bold", "Times-Italic", "Times-BoldItalic",
    "Helvetica", "Helvetica-Bold", "Helvetica-Oblique", "Helvetica-BoldOblique",
    "Courier", "Courier-Bold", "Courier-Oblique", "Courier-BoldOblique"};
constexpr const char *kPlaceholderEncodings[] = {"WinAnsiEncoding", "MacRomanEncoding", "StandardEncoding"};
constexpr std::size_t kPlaceholders = std::size(kPlaceholderNames) * std::size(kPlaceholderEncodings);

// The one-byte codes in the order they are handed out: printable ASCII
// first, so that the content stream mostly holds plain bytes rather than
// \ooo escapes. Never 0 (libharu takes C strings) and never 0x01-0x1F:
// those have no width in the placeholders' metrics, and libharu silently
// drops a piece of text whose width comes to zero. (Code 0x20 is one of
// the codes; word spacing, Tw, would apply to it, and is never set.)
const std::vector<unsigned char> &codeOrder()
{
    static const std::vector<unsigned char> order = [] {
        std::vector<unsigned char> o;
        for (unsigned c = 0x20; c < 0x7F; ++c)
            if (c != '(' && c != ')' && c != '\\')
                o.push_back((unsigned char)c);
        for (unsigned c = 0xA1; c <= 0xFF; ++c)
            o.push_back((unsigned char)c);
        for (unsigned c = 0x7F; c <= 0xA0; ++c)
            o.push_back((unsigned char)c);
        o.push_back('(');
        o.push_back(')');
        o.push_back('\\');
        return o;
    }();
    return order;
}

} // namespace

Expected<QByteArray> PdfRenderer::render(const Layout &layout) const
{
    HaruDoc pdf;
    if (pdf.failed())
        return Diagnostic::error(QString(), pdf.message());
    // libharu compresses nothing (it would with zlib, at save): finishDocument
    // compresses every stream once, with libdeflate.
    HPDF_SetCompressionMode(pdf.doc, HPDF_COMP_NONE);
    HPDF_SetInfoAttr(pdf.doc, HPDF_INFO_PRODUCER, "ZhiWen");
    HPDF_SetInfoAttr(pdf.doc, HPDF_INFO_CREATOR, "ZhiWen");
    // The document date, not the clock: reprints must be byte-identical.
    const QDate date = QDate::fromString(layout.date, Qt::ISODate);
    if (date.isValid()) {
        HPDF_Date d{date.year(), date.month(), date.day(), 0, 0, 0, 'Z', 0, 0};
        HPDF_SetInfoDateAttr(pdf.doc, HPDF_INFO_CREATION_DATE, d);
    }

    // Per face (in order of first use, so nothing depends on hashing) its
    // characters in order of first use: text that comes together mostly
    // shares a chunk of 224 codes, so the page switches fonts rarely.
    struct FaceUse {
        const FontFace *face;
        std::u32string chars;
        std::unordered_map<char32_t, std::size_t> index;
        std::size_t firstChunk = 0; // its first chunk in the plan
    };
    std::vector<FaceUse> uses;
    for (const LayoutPage &page : layout.pages) {
        for (const GlyphRun &run : page.runs) {
            auto it = std::find_if(uses.begin(), uses.end(), [&](const FaceUse &u) { return u.face == run.face; });
            if (it == uses.end())
                it = uses.insert(uses.end(), FaceUse{run.face, {}, {}, 0});
            for (char32_t c : run.text)
                if (it->index.emplace(c, it->chars.size()).second)
                    it->chars.push_back(c);
        }
    }

    const std::vector<unsigned char> &codes = codeOrder();
    FontPlan plan;
    for (FaceUse &use : uses) {
        const FontFace &face = *use.face;
        EmbeddedFont font;
        font.program = subsetFace(face, use.chars);
        if (font.program.isEmpty())
            return Diagnostic::error(face.file(), Tr::tr("字体子集化失败"));
        const std::string name = postScriptName(face);
        font.baseFont = subsetTag(name, use.chars) + '+' + name;
        faceMetrics(face, &font);
        // CID i + 1 is the i-th character; CID 0 stays .notdef.
        font.chars = use.chars;
        hb_blob_t *blob = hb_blob_create(font.program.constData(), unsigned(font.program.size()), HB_MEMORY_MODE_READONLY, nullptr, nullptr);
        hb_face_t *sf = hb_face_create(blob, 0);
        hb_font_t *sfont = hb_font_create(sf);
        font.cidToGid.push_back(0);
        font.widths.push_back(int(std::lround(hb_font_get_glyph_h_advance(sfont, 0) * 1000.0 / hb_face_get_upem(sf))));
        bool missing = false;
        for (char32_t c : use.chars) {
            hb_codepoint_t gid = 0;
            missing = missing || !hb_font_get_nominal_glyph(sfont, c, &gid);
            font.cidToGid.push_back((unsigned short)gid);
            font.widths.push_back(int(std::lround(face.advance(c) * 1000)));
        }
        hb_font_destroy(sfont);
        hb_face_destroy(sf);
        hb_blob_destroy(blob);
        if (missing)
            return Diagnostic::error(face.file(), Tr::tr("字体子集缺少文书用到的字"));

        use.firstChunk = plan.chunks.size();
        for (std::size_t i = 0; i < use.chars.size(); ++i) {
            if (i % codes.size() == 0) {
                const std::size_t n = plan.chunks.size();
                if (n == kPlaceholders)
                    return Diagnostic::error(QString(), Tr::tr("一份文书使用的不同字符过多：每种字体每 %1 个字符占一个字体位置，共 %2 个位置").arg(codes.size()).arg(kPlaceholders));
                const char *placeholder = kPlaceholderNames[n % std::size(kPlaceholderNames)];
                const char *encoding = kPlaceholderEncodings[n / std::size(kPlaceholderNames)];
                FontChunk chunk;
                chunk.placeholder = HPDF_GetFont(pdf.doc, placeholder, encoding);
                if (!chunk.placeholder || pdf.failed())
                    return Diagnostic::error(QString(), pdf.message());
                chunk.font = plan.fonts.size();
                plan.chunks.push_back(std::move(chunk));
            }
            plan.chunks.back().codes.emplace_back(codes[i % codes.size()], unsigned(i + 1));
        }
        plan.fonts.push_back(std::move(font));
    }

    std::vector<HPDF_Page> pages;
    for (const LayoutPage &lp : layout.pages) {
        HPDF_Page page = HPDF_AddPage(pdf.doc);
        if (!page)
            return Diagnostic::error(QString(), pdf.message());
        pages.push_back(page);
        HPDF_Page_SetWidth(page, HPDF_REAL(layout.width));
        HPDF_Page_SetHeight(page, HPDF_REAL(layout.height));
        HPDF_Page_BeginText(page);
        bool emphasis = false;
        HPDF_Page_SetLineWidth(page, 0.35f);
        for (const GlyphRun &run : lp.runs) {
            const FaceUse &use = *std::find_if(uses.begin(), uses.end(), [&](const FaceUse &u) { return u.face == run.face; });
            if (run.emphasis != emphasis) {
                // Titles: fill and stroke thicken the strokes towards 小标宋.
                HPDF_Page_SetTextRenderingMode(page, run.emphasis ? HPDF_FILL_THEN_STROKE : HPDF_FILL);
                emphasis = run.emphasis;
            }
            HPDF_Page_SetTextMatrix(page, 1, 0, 0, 1, HPDF_REAL(run.x), HPDF_REAL(run.y));
            // One Tj per stretch of characters in the same chunk; readers
            // advance by the real fonts' widths, so no repositioning between.
            std::string bytes;
            std::size_t chunk = std::size_t(-1);
            bool dropped = false;
            auto flush = [&] {
                if (bytes.empty())
                    return;
                HPDF_Page_SetFontAndSize(page, plan.chunks[chunk].placeholder, HPDF_REAL(run.size));
                HPDF_Page_SetCharSpace(page, HPDF_REAL(run.charSpacing));
                // libharu writes nothing for text it measures as zero wide;
                // codeOrder avoids such codes, and this makes sure of it.
                dropped = dropped || HPDF_Page_TextWidth(page, bytes.c_str()) == 0;
                HPDF_Page_ShowText(page, bytes.c_str());
                bytes.clear();
            };
            for (char32_t c : run.text) {
                const std::size_t i = use.index.at(c);
                const std::size_t k = use.firstChunk + i / codes.size();
                if (k != chunk) {
                    flush();
                    chunk = k;
                }
                bytes.push_back(char(codes[i % codes.size()]));
            }
            flush();
            if (dropped)
                return Diagnostic::error(QString(), Tr::tr("PDF 生成失败：libharu 会丢弃文字“%1”").arg(QString::fromStdU32String(run.text)));
        }
        HPDF_Page_EndText(page);
        if (!lp.rules.isEmpty()) {
            HPDF_Page_SetLineWidth(page, 0.6f);
            for (const Rule &r : lp.rules) {
                HPDF_Page_MoveTo(page, HPDF_REAL(r.x1), HPDF_REAL(r.y1));
                HPDF_Page_LineTo(page, HPDF_REAL(r.x2), HPDF_REAL(r.y2));
            }
            HPDF_Page_Stroke(page);
            HPDF_Page_SetLineWidth(page, 0.35f);
        }
        if (pdf.failed())
            return Diagnostic::error(QString(), pdf.message());
    }

    if (const auto failure = finishDocument(pdf.doc, pages, plan))
        return Diagnostic::error(QString(), Tr::tr("PDF 生成失败：%1").arg(*failure));
    if (HPDF_SaveToStream(pdf.doc) != HPDF_OK)
        return Diagnostic::error(QString(), pdf.message());
    HPDF_UINT32 size = HPDF_GetStreamSize(pdf.doc);
    QByteArray out(qsizetype(size), Qt::Uninitialized);
    HPDF_UINT32 read = size;
    HPDF_ResetStream(pdf.doc);
    HPDF_ReadFromStream(pdf.doc, reinterpret_cast<HPDF_BYTE *>(out.data()), &read);
    if (read != size)
        return Diagnostic::error(QString(), pdf.message());
    return out;
}

} // namespace zw
