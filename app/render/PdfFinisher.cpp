#include "PdfFinisher.h"

#include <qpdf/Buffer.hh>
#include <qpdf/Pl_Flate.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFWriter.hh>

#include <QCoreApplication>

#include <cstdlib>
#include <map>
#include <sstream>
#include <stdexcept>

namespace zw {

namespace {

// Translation context of this file (Q_DECLARE_TR_FUNCTIONS lets lupdate see it).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(zw::PdfFinisher)
};

std::string hex(unsigned v, int digits)
{
    char buf[16];
    std::snprintf(buf, sizeof buf, "%0*X", digits, v);
    return buf;
}

std::string streamText(QPDFObjectHandle stream)
{
    const auto data = stream.getStreamData(qpdf_dl_generalized);
    return std::string(reinterpret_cast<const char *>(data->getBuffer()), data->getSize());
}

// UTF-16BE hex of one character, for bfchar entries.
std::string utf16Hex(char32_t c)
{
    if (c < 0x10000)
        return hex(unsigned(c), 4);
    c -= 0x10000;
    return hex(0xD800 + unsigned(c >> 10), 4) + hex(0xDC00 + unsigned(c & 0x3FF), 4);
}

std::string toUnicodeCMap(const std::map<unsigned, char32_t> &codes, bool twoByte)
{
    std::ostringstream s;
    s << "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
         "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
         "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n1 begincodespacerange\n"
      << (twoByte ? "<8140> <FEFE>" : "<00> <FF>") << "\nendcodespacerange\n";
    auto it = codes.begin();
    while (it != codes.end()) {
        std::size_t n = 0;
        std::ostringstream block;
        for (; it != codes.end() && n < 100; ++it, ++n)
            block << '<' << hex(it->first, twoByte ? 4 : 2) << "> <" << utf16Hex(it->second) << ">\n";
        s << n << " beginbfchar\n" << block.str() << "endbfchar\n";
    }
    s << "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n";
    return s.str();
}

struct CidRange {
    unsigned lo, hi, cid;
};

// The two-byte `<lo> <hi> cid` ranges of a CMap. libharu writes the same
// GBK-EUC-H table into every document: parse it once.
const std::vector<CidRange> &cidRanges(const std::string &cmap)
{
    thread_local std::string lastText;
    thread_local std::vector<CidRange> lastRanges;
    if (cmap == lastText)
        return lastRanges;
    lastRanges.clear();
    // Lines of the form "<8140> <817E> 10072"; a hand parser, as std::regex
    // took longer than rendering a whole document.
    auto hexValue = [](const char *p, unsigned *out) {
        unsigned v = 0;
        for (int i = 0; i < 4; ++i) {
            const char c = p[i];
            const int d = c >= '0' && c <= '9' ? c - '0' : c >= 'A' && c <= 'F' ? c - 'A' + 10 : c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
            if (d < 0)
                return false;
            v = v * 16 + unsigned(d);
        }
        *out = v;
        return true;
    };
    std::size_t pos = 0;
    while ((pos = cmap.find('<', pos)) != std::string::npos) {
        const char *p = cmap.c_str() + pos;
        unsigned lo, hi;
        if (cmap.size() - pos > 15 && p[5] == '>' && p[6] == ' ' && p[7] == '<' && p[12] == '>' && p[13] == ' '
            && hexValue(p + 1, &lo) && hexValue(p + 8, &hi) && p[14] >= '0' && p[14] <= '9') {
            lastRanges.push_back({lo, hi, unsigned(std::strtoul(p + 14, nullptr, 10))});
            pos += 14;
        } else {
            ++pos;
        }
    }
    lastText = cmap;
    return lastRanges;
}

// Per CID width from a /W array of the form [c [w1 w2 …] c' […] …], the
// form libharu writes.
std::map<unsigned, long long> cidWidths(QPDFObjectHandle w)
{
    std::map<unsigned, long long> out;
    if (!w.isArray())
        return out;
    const int n = w.getArrayNItems();
    for (int i = 0; i + 1 < n; i += 2) {
        QPDFObjectHandle first = w.getArrayItem(i), list = w.getArrayItem(i + 1);
        if (!first.isInteger() || !list.isArray())
            continue;
        const unsigned start = unsigned(first.getIntValue());
        for (int k = 0; k < list.getArrayNItems(); ++k)
            if (list.getArrayItem(k).isNumber())
                out[start + unsigned(k)] = static_cast<long long>(list.getArrayItem(k).getNumericValue());
    }
    return out;
}

// Rewrites one Type0 font as this program's text needs it: libharu writes the
// whole GBK-EUC-H CMap (29 KB that every reader knows by name) and a
// CIDToGIDMap for all of GB1 (44 KB). The codes a document uses are few, and
// glyph ids are all a reader needs, so the font gets an embedded CMap of just
// the used codes, each sent straight to its glyph id (CIDToGIDMap /Identity,
// CIDSystemInfo Adobe-Identity-0, widths by glyph id), and a ToUnicode map.
void finishType0(QPDF &pdf, QPDFObjectHandle font, const FontOverrides &overrides)
{
    QPDFObjectHandle encoding = font.getKey("/Encoding");
    QPDFObjectHandle descendants = font.getKey("/DescendantFonts");
    if (!encoding.isStream() || !descendants.isArray() || descendants.getArrayNItems() < 1)
        return;
    QPDFObjectHandle cidFont = descendants.getArrayItem(0);
    QPDFObjectHandle cidToGid = cidFont.getKey("/CIDToGIDMap");
    if (!cidToGid.isStream())
        return;
    const std::string map = streamText(cidToGid);
    auto glyphOf = [&](unsigned cid) -> unsigned {
        return 2 * std::size_t(cid) + 1 < map.size() ? (unsigned(quint8(map[2 * cid])) << 8) | quint8(map[2 * cid + 1]) : 0;
    };

    // Two-byte codes of libharu's CMap whose CID reaches a glyph: the used ones.
    const std::string cmap = streamText(encoding);
    std::map<unsigned, std::pair<unsigned, unsigned>> used; // code -> (cid, glyph)
    for (const auto &[lo, hi, cid] : cidRanges(cmap)) {
        for (unsigned code = lo; code <= hi; ++code) {
            const unsigned c = cid + (code - lo);
            if (const unsigned g = glyphOf(c))
                used.emplace(code, std::make_pair(c, g));
        }
    }
    std::ostringstream reduced;
    reduced << "%!PS-Adobe-3.0 Resource-CMap\n/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
               "/CIDSystemInfo 3 dict dup begin\n  /Registry (Adobe) def\n  /Ordering (Identity) def\n  /Supplement 0 def\nend def\n"
               "/CMapName /ZhiWen-GBK-Glyphs def\n/CMapVersion 1.0 def\n/CMapType 1 def\n/WMode 0 def\n"
               "1 begincodespacerange\n<8140> <FEFE>\nendcodespacerange\n";
    auto it = used.begin();
    while (it != used.end()) {
        std::size_t n = 0;
        std::ostringstream block;
        for (; it != used.end() && n < 100; ++it, ++n)
            block << '<' << hex(it->first, 4) << "> " << it->second.second << '\n';
        reduced << n << " begincidchar\n" << block.str() << "endcidchar\n";
    }
    reduced << "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n";
    encoding.replaceStreamData(reduced.str(), QPDFObjectHandle::newNull(), QPDFObjectHandle::newNull());
    QPDFObjectHandle identity = QPDFObjectHandle::parse("<< /Registry (Adobe) /Ordering (Identity) /Supplement 0 >>");
    QPDFObjectHandle encodingDict = encoding.getDict();
    encodingDict.replaceKey("/CIDSystemInfo", identity);
    encodingDict.replaceKey("/CMapName", QPDFObjectHandle::newName("/ZhiWen-GBK-Glyphs"));
    cidFont.replaceKey("/CIDSystemInfo", identity.shallowCopy());
    cidFont.replaceKey("/CIDToGIDMap", QPDFObjectHandle::newName("/Identity"));

    // Widths by glyph id; runs of consecutive glyphs share one entry.
    const std::map<unsigned, long long> widths = cidWidths(cidFont.getKey("/W"));
    const long long dw = cidFont.getKey("/DW").isNumber() ? static_cast<long long>(cidFont.getKey("/DW").getNumericValue()) : 1000;
    std::map<unsigned, long long> byGlyph;
    for (const auto &[code, cidGlyph] : used) {
        const auto w = widths.find(cidGlyph.first);
        const long long width = w == widths.end() ? dw : w->second;
        if (width != dw)
            byGlyph.emplace(cidGlyph.second, width);
    }
    QPDFObjectHandle w = QPDFObjectHandle::newArray();
    QPDFObjectHandle run;
    unsigned next = 0;
    for (const auto &[glyph, width] : byGlyph) {
        if (!run.isInitialized() || glyph != next) {
            w.appendItem(QPDFObjectHandle::newInteger(glyph));
            run = QPDFObjectHandle::newArray();
            w.appendItem(run);
        }
        run.appendItem(QPDFObjectHandle::newInteger(width));
        next = glyph + 1;
    }
    if (w.getArrayNItems() > 0)
        cidFont.replaceKey("/W", w);
    else
        cidFont.removeKey("/W");

    // BaseFont is "TAG+Name": find the carriers' characters written for Name.
    std::string baseFont = font.getKey("/BaseFont").isName() ? font.getKey("/BaseFont").getName().substr(1) : std::string();
    if (const auto plus = baseFont.find('+'); plus != std::string::npos)
        baseFont = baseFont.substr(plus + 1);
    // Every two-byte code is a carrier: its character comes from the renderer,
    // never from GBK (that would give readers 一, 丁, 丂 … instead of the text).
    const auto carried = overrides.find(baseFont);
    if (carried == overrides.end())
        throw std::runtime_error("no carrier map for font " + baseFont);
    std::map<unsigned, char32_t> unicode;
    for (const auto &[code, cidGlyph] : used) {
        const auto it = carried->second.find(quint16(code));
        if (it == carried->second.end())
            throw std::runtime_error("no character for code " + hex(code, 4) + " of font " + baseFont);
        unicode.emplace(code, it->second);
    }
    font.replaceKey("/ToUnicode", pdf.newStream(toUnicodeCMap(unicode, true)));
}

// Simple WinAnsi TrueType font: map the codes between FirstChar and LastChar.
void finishSimple(QPDF &pdf, QPDFObjectHandle font)
{
    if (!font.getKey("/FirstChar").isInteger() || !font.getKey("/LastChar").isInteger())
        return;
    std::map<unsigned, char32_t> unicode;
    const int first = font.getKey("/FirstChar").getIntValueAsInt();
    const int last = font.getKey("/LastChar").getIntValueAsInt();
    for (int code = std::max(first, 0x20); code <= std::min(last, 0xFF); ++code) {
        // WinAnsi equals Latin-1 outside 0x80–0x9F, which this program never emits.
        if (code < 0x7F || code >= 0xA0)
            unicode.emplace(unsigned(code), char32_t(code));
    }
    font.replaceKey("/ToUnicode", pdf.newStream(toUnicodeCMap(unicode, false)));
}

} // namespace

Expected<QByteArray> finishPdf(const QByteArray &haruPdf, const FontOverrides &overrides)
{
    try {
        QPDF pdf;
        pdf.setSuppressWarnings(true);
        pdf.processMemoryFile("libharu", haruPdf.constData(), std::size_t(haruPdf.size()));
        for (QPDFObjectHandle obj : pdf.getAllObjects()) {
            if (!obj.isDictionary() || !obj.getKey("/Type").isNameAndEquals("/Font"))
                continue;
            if (obj.getKey("/Subtype").isNameAndEquals("/Type0"))
                finishType0(pdf, obj, overrides);
            else if (obj.getKey("/Subtype").isNameAndEquals("/TrueType"))
                finishSimple(pdf, obj);
        }
        Pl_Flate::setCompressionLevel(6);
        QPDFWriter writer(pdf);
        writer.setOutputMemory();
        writer.setCompressStreams(true);
        writer.setObjectStreamMode(qpdf_o_generate);
        writer.setDeterministicID(true);
        writer.write();
        std::unique_ptr<Buffer> buffer(writer.getBuffer());
        return QByteArray(reinterpret_cast<const char *>(buffer->getBuffer()), qsizetype(buffer->getSize()));
    } catch (const std::exception &e) {
        return Diagnostic::error(QString(), Tr::tr("PDF 后处理失败：%1").arg(QString::fromUtf8(e.what())));
    }
}

} // namespace zw
