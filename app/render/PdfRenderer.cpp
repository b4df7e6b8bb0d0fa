#include "PdfRenderer.h"

#include "PdfFinisher.h"

#include <hb-subset.h>
#include <hpdf.h>

#include <QCoreApplication>
#include <QDate>
#include <QFile>
#include <QHash>

#include <algorithm>
#include <map>
#include <set>
#include <vector>

#include <sys/mman.h>
#include <unistd.h>

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

// An anonymous file in memory (memfd) that libharu can open by path.
class FontFile
{
public:
    FontFile() = default;
    FontFile(FontFile &&other) noexcept : m_fd(std::exchange(other.m_fd, -1)) {}
    FontFile(const FontFile &) = delete;
    ~FontFile()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    bool create(const QByteArray &data)
    {
        m_fd = ::memfd_create("zhiwen-font", MFD_CLOEXEC);
        if (m_fd < 0)
            return false;
        qsizetype written = 0;
        while (written < data.size()) {
            const ssize_t n = ::write(m_fd, data.constData() + written, std::size_t(data.size() - written));
            if (n <= 0)
                return false;
            written += n;
        }
        return true;
    }
    QString path() const { return QStringLiteral("/proc/self/fd/%1").arg(m_fd); }

private:
    int m_fd = -1;
};

// A TrueType file holding only `chars` of `face`, or empty on failure.
QByteArray subsetFace(const FontFace &face, const std::set<char32_t> &chars)
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

quint16 be16(const QByteArray &b, qsizetype at) { return quint16((quint8(b[at]) << 8) | quint8(b[at + 1])); }
quint32 be32(const QByteArray &b, qsizetype at) { return (quint32(be16(b, at)) << 16) | be16(b, at + 2); }
void put16(QByteArray &b, quint16 v) { b.append(char(v >> 8)).append(char(v & 0xFF)); }
void put32(QByteArray &b, quint32 v) { put16(b, quint16(v >> 16)); put16(b, quint16(v & 0xFFFF)); }

// A (3,1) format 4 cmap sending each code to its glyph. Runs of consecutive
// codes on consecutive glyphs share one segment: libharu looks glyphs up by
// walking the segments, once for each of GBK's 21,886 codes, so few segments
// make loading the font cheap.
QByteArray format4Cmap(const std::map<quint16, quint16> &codeToGlyph)
{
    struct Seg { quint16 start, end, glyph; };
    std::vector<Seg> segs;
    for (const auto &[code, glyph] : codeToGlyph) {
        if (code == 0xFFFF)
            continue;
        if (!segs.empty() && segs.back().end + 1 == code && segs.back().glyph + (segs.back().end - segs.back().start) + 1 == glyph)
            segs.back().end = code;
        else
            segs.push_back({code, code, glyph});
    }
    segs.push_back({0xFFFF, 0xFFFF, 0});
    const quint16 segCount = quint16(segs.size());
    quint16 searchRange = 2, entrySelector = 0;
    while (searchRange * 2 <= segCount * 2) {
        searchRange *= 2;
        ++entrySelector;
    }
    QByteArray sub;
    put16(sub, 4);
    put16(sub, quint16(16 + 8 * segCount));
    put16(sub, 0);
    put16(sub, quint16(segCount * 2));
    put16(sub, searchRange);
    put16(sub, entrySelector);
    put16(sub, quint16(segCount * 2 - searchRange));
    for (const Seg &s : segs)
        put16(sub, s.end);
    put16(sub, 0);
    for (const Seg &s : segs)
        put16(sub, s.start);
    for (const Seg &s : segs)
        put16(sub, s.start == 0xFFFF ? 1 : quint16(s.glyph - s.start));
    for (std::size_t i = 0; i < segs.size(); ++i)
        put16(sub, 0);
    QByteArray cmap;
    put16(cmap, 0);
    put16(cmap, 1);
    put16(cmap, 3);
    put16(cmap, 1);
    put32(cmap, 12);
    return cmap + sub;
}

// The font file with its cmap table replaced (tables re-laid, checksums redone).
QByteArray replaceTable(const QByteArray &font, quint32 tag, const QByteArray &table)
{
    if (font.size() < 12)
        return {};
    const quint16 numTables = be16(font, 4);
    struct Rec { quint32 tag; QByteArray data; };
    std::vector<Rec> recs;
    for (quint16 i = 0; i < numTables; ++i) {
        const qsizetype at = 12 + 16 * i;
        const quint32 t = be32(font, at);
        recs.push_back({t, t == tag ? table : font.mid(be32(font, at + 8), be32(font, at + 12))});
    }
    QByteArray out = font.left(12);
    quint32 offset = quint32(12 + 16 * recs.size());
    QByteArray body;
    for (const Rec &r : recs) {
        QByteArray padded = r.data;
        while (padded.size() % 4)
            padded.append('\0');
        quint32 sum = 0;
        for (qsizetype k = 0; k < padded.size(); k += 4)
            sum += be32(padded, k);
        put32(out, r.tag);
        put32(out, sum);
        put32(out, offset + quint32(body.size()));
        put32(out, quint32(r.data.size()));
        body += padded;
    }
    return out + body;
}

// Double-byte text reaches the PDF through carriers: in each font subset the
// i-th character (in glyph order) is encoded as the GBK code of U+4E00+i
// (一, 丁, 丂 …; all 20,902 of U+4E00–U+9FA5 are in GBK), and the subset's
// cmap sends those carriers to the glyphs. This is what lets characters
// outside GBK (䶮, 𠮷) print through libharu's GBK-EUC-H encoder, and it keeps
// the cmap to a few segments, which halves the time libharu takes to load
// the font (it walks the segments once for each GBK code). The ToUnicode
// map written later gives readers the real characters.
constexpr char32_t kFirstCarrier = 0x4E00;
constexpr std::size_t kCarrierCount = 0x9FA5 - 0x4E00 + 1;

} // namespace

Expected<QByteArray> PdfRenderer::render(const Layout &layout) const
{
    HaruDoc pdf;
    if (pdf.failed())
        return Diagnostic::error(QString(), pdf.message());
    // Streams stay uncompressed here: the qpdf finishing pass compresses each
    // stream once (compressing twice cost half the rendering time).
    HPDF_SetCompressionMode(pdf.doc, HPDF_COMP_NONE);
    HPDF_UseCNSEncodings(pdf.doc);
    HPDF_SetInfoAttr(pdf.doc, HPDF_INFO_PRODUCER, "ZhiWen");
    HPDF_SetInfoAttr(pdf.doc, HPDF_INFO_CREATOR, "ZhiWen");
    // The document date, not the clock: reprints must be byte-identical.
    const QDate date = QDate::fromString(layout.date, Qt::ISODate);
    if (date.isValid()) {
        HPDF_Date d{date.year(), date.month(), date.day(), 0, 0, 0, 'Z', 0, 0};
        HPDF_SetInfoDateAttr(pdf.doc, HPDF_INFO_CREATION_DATE, d);
    }

    // One subset per face, with every character the document uses from it.
    // Faces in order of first use, so the output does not depend on hashing.
    std::vector<std::pair<const FontFace *, std::set<char32_t>>> used;
    for (const LayoutPage &page : layout.pages) {
        for (const GlyphRun &run : page.runs) {
            auto it = std::find_if(used.begin(), used.end(), [&](const auto &u) { return u.first == run.face; });
            if (it == used.end())
                it = used.insert(used.end(), {run.face, {}});
            it->second.insert(run.text.begin(), run.text.end());
        }
    }
    std::vector<FontFile> files;
    files.reserve(used.size());
    struct Fonts { HPDF_Font cid = nullptr, single = nullptr; };
    QHash<const FontFace *, Fonts> fonts;
    // Per face: the characters drawn single-byte (WinAnsi, their own codes)
    // and the carrier of each double-byte one.
    std::set<std::pair<const FontFace *, char32_t>> singleByte;
    for (const LayoutPage &page : layout.pages)
        for (const GlyphRun &run : page.runs)
            if (run.route == CharRoute::SingleByte)
                for (char32_t c : run.text)
                    singleByte.insert({run.face, c});
    QHash<const FontFace *, std::map<char32_t, char32_t>> carriers;
    FontOverrides overrides;
    for (const auto &[face, chars] : used) {
        QByteArray subset = subsetFace(*face, chars);
        if (subset.isEmpty())
            return Diagnostic::error(face->file(), Tr::tr("字体子集化失败"));
        // Glyph ids in the subset; double-byte characters in glyph order get
        // consecutive carriers, so most of them share one cmap segment.
        hb_blob_t *blob = hb_blob_create(subset.constData(), unsigned(subset.size()), HB_MEMORY_MODE_READONLY, nullptr, nullptr);
        hb_face_t *sf = hb_face_create(blob, 0);
        hb_font_t *font = hb_font_create(sf);
        std::map<quint16, quint16> cmap;
        std::vector<std::pair<quint16, char32_t>> wide; // (glyph, character)
        for (char32_t c : chars) {
            hb_codepoint_t gid = 0;
            hb_font_get_nominal_glyph(font, c, &gid);
            if (singleByte.count({face, c}))
                cmap.emplace(quint16(c), quint16(gid));
            else
                wide.emplace_back(quint16(gid), c);
        }
        hb_font_destroy(font);
        hb_face_destroy(sf);
        hb_blob_destroy(blob);
        if (wide.size() > kCarrierCount)
            return Diagnostic::error(face->file(), Tr::tr("一份文书使用的不同汉字超过 %1 个").arg(kCarrierCount));
        std::sort(wide.begin(), wide.end());
        std::u32string carried;
        std::map<char32_t, char32_t> &toCarrier = carriers[face];
        for (const auto &[gid, c] : wide) {
            const char32_t car = kFirstCarrier + char32_t(carried.size());
            carried.push_back(car);
            toCarrier.emplace(c, car);
            cmap.emplace(quint16(car), gid);
        }
        // The GBK codes of the carriers, for the ToUnicode map.
        std::map<quint16, char32_t> toUnicode;
        const QByteArray codes = encodeRun(carried, CharRoute::Gbk);
        if (codes.size() != qsizetype(2 * carried.size()))
            return Diagnostic::error(face->file(), Tr::tr("汉字代码转换失败"));
        for (std::size_t i = 0; i < wide.size(); ++i)
            toUnicode.emplace(quint16((quint8(codes[qsizetype(2 * i)]) << 8) | quint8(codes[qsizetype(2 * i + 1)])), wide[i].second);
        subset = replaceTable(subset, HB_TAG('c', 'm', 'a', 'p'), format4Cmap(cmap));
        // libharu 2.3.0 loads fonts only from files: an anonymous in-memory
        // file, so nothing is written outside the named output.
        files.emplace_back();
        if (!files.back().create(subset))
            return Diagnostic::error(face->file(), Tr::tr("无法为字体子集创建内存文件"));
        const char *name = HPDF_LoadTTFontFromFile(pdf.doc, QFile::encodeName(files.back().path()).constData(), HPDF_TRUE);
        if (!name || pdf.failed())
            return Diagnostic::error(face->file(), Tr::tr("libharu 无法载入字体：%1").arg(pdf.message()));
        overrides.emplace(std::string(name), toUnicode);
        Fonts pair;
        pair.cid = wide.empty() ? nullptr : HPDF_GetFont(pdf.doc, name, "GBK-EUC-H");
        pair.single = cmap.size() > wide.size() ? HPDF_GetFont(pdf.doc, name, "WinAnsiEncoding") : nullptr;
        if ((!wide.empty() && !pair.cid) || (cmap.size() > wide.size() && !pair.single) || pdf.failed())
            return Diagnostic::error(face->file(), pdf.message());
        fonts.insert(face, pair);
    }

    for (const LayoutPage &lp : layout.pages) {
        HPDF_Page page = HPDF_AddPage(pdf.doc);
        if (!page)
            return Diagnostic::error(QString(), pdf.message());
        HPDF_Page_SetWidth(page, HPDF_REAL(layout.width));
        HPDF_Page_SetHeight(page, HPDF_REAL(layout.height));
        HPDF_Page_BeginText(page);
        bool emphasis = false;
        HPDF_Page_SetLineWidth(page, 0.35f);
        for (const GlyphRun &run : lp.runs) {
            const Fonts &f = fonts[run.face];
            QByteArray bytes;
            if (run.route == CharRoute::SingleByte) {
                bytes = encodeRun(run.text, run.route);
            } else {
                const std::map<char32_t, char32_t> &toCarrier = carriers[run.face];
                std::u32string carried;
                for (char32_t c : run.text)
                    carried.push_back(toCarrier.at(c));
                bytes = encodeRun(carried, CharRoute::Gbk);
            }
            HPDF_Page_SetFontAndSize(page, run.route == CharRoute::SingleByte ? f.single : f.cid, HPDF_REAL(run.size));
            HPDF_Page_SetCharSpace(page, HPDF_REAL(run.charSpacing));
            if (run.emphasis != emphasis) {
                // Titles: fill and stroke thicken the strokes towards 小标宋.
                HPDF_Page_SetTextRenderingMode(page, run.emphasis ? HPDF_FILL_THEN_STROKE : HPDF_FILL);
                emphasis = run.emphasis;
            }
            HPDF_Page_SetTextMatrix(page, 1, 0, 0, 1, HPDF_REAL(run.x), HPDF_REAL(run.y));
            HPDF_Page_ShowText(page, bytes.constData());
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

    if (HPDF_SaveToStream(pdf.doc) != HPDF_OK)
        return Diagnostic::error(QString(), pdf.message());
    HPDF_UINT32 size = HPDF_GetStreamSize(pdf.doc);
    QByteArray out(qsizetype(size), Qt::Uninitialized);
    HPDF_UINT32 read = size;
    HPDF_ResetStream(pdf.doc);
    HPDF_ReadFromStream(pdf.doc, reinterpret_cast<HPDF_BYTE *>(out.data()), &read);
    if (read != size)
        return Diagnostic::error(QString(), pdf.message());
    return finishPdf(out, overrides);
}

} // namespace zw
