#include "PdfFinisher.h"

#include <libdeflate.h>
#include <qpdf/Buffer.hh>
#include <qpdf/Pl_Flate.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFWriter.hh>

#include <QCoreApplication>

#include <map>
#include <memory>
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

// UTF-16BE hex of one character, for bfchar entries.
std::string utf16Hex(char32_t c)
{
    if (c < 0x10000)
        return hex(unsigned(c), 4);
    c -= 0x10000;
    return hex(0xD800 + unsigned(c >> 10), 4) + hex(0xDC00 + unsigned(c & 0x3FF), 4);
}

// zlib-wrapped deflate, as /FlateDecode wants it. libdeflate at level 6
// gives zlib's level-6 size in less than half the time; the font programs
// are most of every document's bytes and of its time.
std::string deflate(const std::string &data)
{
    struct Compressor {
        libdeflate_compressor *c = libdeflate_alloc_compressor(6);
        ~Compressor() { libdeflate_free_compressor(c); }
    };
    thread_local Compressor compressor;
    if (!compressor.c)
        throw std::runtime_error("libdeflate: out of memory");
    std::string out(libdeflate_zlib_compress_bound(compressor.c, data.size()), '\0');
    const std::size_t n = libdeflate_zlib_compress(compressor.c, data.data(), data.size(), out.data(), out.size());
    if (n == 0)
        throw std::runtime_error("libdeflate: compression failed");
    out.resize(n);
    return out;
}

QPDFObjectHandle flateStream(QPDF &pdf, const std::string &data)
{
    QPDFObjectHandle s = pdf.newStream();
    s.replaceStreamData(deflate(data), QPDFObjectHandle::newName("/FlateDecode"), QPDFObjectHandle::newNull());
    return s;
}

QPDFObjectHandle identitySystemInfo()
{
    return QPDFObjectHandle::parse("<< /Registry (Adobe) /Ordering (Identity) /Supplement 0 >>");
}

QPDFObjectHandle intArray(std::initializer_list<int> values)
{
    QPDFObjectHandle a = QPDFObjectHandle::newArray();
    for (int v : values)
        a.appendItem(QPDFObjectHandle::newInteger(v));
    return a;
}

// The CIDFontType2 of one subset program, with its descriptor.
QPDFObjectHandle makeCidFont(QPDF &pdf, const EmbeddedFont &f)
{
    const std::string name = "/" + f.baseFont;
    QPDFObjectHandle file = flateStream(pdf, f.program.toStdString());
    file.getDict().replaceKey("/Length1", QPDFObjectHandle::newInteger(f.program.size()));

    QPDFObjectHandle descriptor = QPDFObjectHandle::newDictionary();
    descriptor.replaceKey("/Type", QPDFObjectHandle::newName("/FontDescriptor"));
    descriptor.replaceKey("/FontName", QPDFObjectHandle::newName(name));
    descriptor.replaceKey("/Flags", QPDFObjectHandle::newInteger(4)); // symbolic: glyphs by CID
    descriptor.replaceKey("/FontBBox", intArray({f.bbox[0], f.bbox[1], f.bbox[2], f.bbox[3]}));
    descriptor.replaceKey("/ItalicAngle", QPDFObjectHandle::newInteger(0));
    descriptor.replaceKey("/Ascent", QPDFObjectHandle::newInteger(f.ascent));
    descriptor.replaceKey("/Descent", QPDFObjectHandle::newInteger(f.descent));
    descriptor.replaceKey("/CapHeight", QPDFObjectHandle::newInteger(f.capHeight));
    descriptor.replaceKey("/StemV", QPDFObjectHandle::newInteger(80));
    descriptor.replaceKey("/FontFile2", file);

    // Glyph of each CID, two bytes each.
    std::string map;
    map.reserve(2 * f.cidToGid.size());
    for (unsigned short g : f.cidToGid)
        map.append(1, char(g >> 8)).append(1, char(g & 0xFF));

    // Widths: the commonest as /DW, runs of consecutive CIDs for the rest.
    std::map<int, std::size_t> counts;
    for (int w : f.widths)
        ++counts[w];
    int dw = 1000;
    std::size_t most = 0;
    for (const auto &[w, n] : counts)
        if (n > most) {
            most = n;
            dw = w;
        }
    QPDFObjectHandle widths = QPDFObjectHandle::newArray();
    QPDFObjectHandle run;
    for (std::size_t cid = 0; cid < f.widths.size(); ++cid) {
        if (f.widths[cid] == dw) {
            run = QPDFObjectHandle();
            continue;
        }
        if (!run.isInitialized()) {
            widths.appendItem(QPDFObjectHandle::newInteger(qlonglong(cid)));
            run = QPDFObjectHandle::newArray();
            widths.appendItem(run);
        }
        run.appendItem(QPDFObjectHandle::newInteger(f.widths[cid]));
    }

    QPDFObjectHandle font = QPDFObjectHandle::newDictionary();
    font.replaceKey("/Type", QPDFObjectHandle::newName("/Font"));
    font.replaceKey("/Subtype", QPDFObjectHandle::newName("/CIDFontType2"));
    font.replaceKey("/BaseFont", QPDFObjectHandle::newName(name));
    font.replaceKey("/CIDSystemInfo", identitySystemInfo());
    font.replaceKey("/FontDescriptor", pdf.makeIndirectObject(descriptor));
    font.replaceKey("/DW", QPDFObjectHandle::newInteger(dw));
    if (widths.getArrayNItems() > 0)
        font.replaceKey("/W", widths);
    font.replaceKey("/CIDToGIDMap", flateStream(pdf, map));
    return pdf.makeIndirectObject(font);
}

// An embedded CMap: one-byte codes, each to its CID, in cidrange runs.
std::string oneByteCMap(const std::string &name, const std::vector<std::pair<unsigned char, unsigned>> &codes)
{
    struct Range { unsigned lo, hi, cid; };
    std::vector<Range> ranges;
    std::map<unsigned char, unsigned> sorted(codes.begin(), codes.end());
    for (const auto &[code, cid] : sorted) {
        if (!ranges.empty() && ranges.back().hi + 1 == code && ranges.back().cid + (code - ranges.back().lo) == cid)
            ranges.back().hi = code;
        else
            ranges.push_back({code, code, cid});
    }
    std::ostringstream s;
    s << "%!PS-Adobe-3.0 Resource-CMap\n/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
         "/CIDSystemInfo 3 dict dup begin\n  /Registry (Adobe) def\n  /Ordering (Identity) def\n  /Supplement 0 def\nend def\n"
         "/CMapName /" << name << " def\n/CMapVersion 1.0 def\n/CMapType 1 def\n/WMode 0 def\n"
         "1 begincodespacerange\n<00> <FF>\nendcodespacerange\n";
    for (std::size_t i = 0; i < ranges.size(); i += 100) {
        const std::size_t n = std::min<std::size_t>(100, ranges.size() - i);
        s << n << " begincidrange\n";
        for (std::size_t k = i; k < i + n; ++k)
            s << '<' << hex(ranges[k].lo, 2) << "> <" << hex(ranges[k].hi, 2) << "> " << ranges[k].cid << '\n';
        s << "endcidrange\n";
    }
    s << "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n";
    return s.str();
}

std::string toUnicodeCMap(const FontChunk &chunk)
{
    std::map<unsigned char, char32_t> sorted;
    for (std::size_t i = 0; i < chunk.codes.size(); ++i)
        sorted.emplace(chunk.codes[i].first, chunk.chars[i]);
    std::ostringstream s;
    s << "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
         "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
         "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n1 begincodespacerange\n<00> <FF>\nendcodespacerange\n";
    auto it = sorted.begin();
    while (it != sorted.end()) {
        std::size_t n = 0;
        std::ostringstream block;
        for (; it != sorted.end() && n < 100; ++it, ++n)
            block << '<' << hex(it->first, 2) << "> <" << utf16Hex(it->second) << ">\n";
        s << n << " beginbfchar\n" << block.str() << "endbfchar\n";
    }
    s << "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n";
    return s.str();
}

QPDFObjectHandle makeType0(QPDF &pdf, const FontChunk &chunk, std::size_t index, const EmbeddedFont &f, QPDFObjectHandle cidFont)
{
    const std::string cmapName = "ZhiWen-Bytes-" + std::to_string(index);
    QPDFObjectHandle encoding = flateStream(pdf, oneByteCMap(cmapName, chunk.codes));
    QPDFObjectHandle encodingDict = encoding.getDict();
    encodingDict.replaceKey("/Type", QPDFObjectHandle::newName("/CMap"));
    encodingDict.replaceKey("/CMapName", QPDFObjectHandle::newName("/" + cmapName));
    encodingDict.replaceKey("/CIDSystemInfo", identitySystemInfo());

    QPDFObjectHandle font = QPDFObjectHandle::newDictionary();
    font.replaceKey("/Type", QPDFObjectHandle::newName("/Font"));
    font.replaceKey("/Subtype", QPDFObjectHandle::newName("/Type0"));
    font.replaceKey("/BaseFont", QPDFObjectHandle::newName("/" + f.baseFont));
    font.replaceKey("/Encoding", encoding);
    QPDFObjectHandle descendants = QPDFObjectHandle::newArray();
    descendants.appendItem(cidFont);
    font.replaceKey("/DescendantFonts", descendants);
    font.replaceKey("/ToUnicode", flateStream(pdf, toUnicodeCMap(chunk)));
    return pdf.makeIndirectObject(font);
}

std::string nameOr(QPDFObjectHandle o)
{
    return o.isName() ? o.getName() : std::string();
}

} // namespace

Expected<QByteArray> finishPdf(const QByteArray &haruPdf, const FontPlan &plan)
{
    try {
        QPDF pdf;
        pdf.setSuppressWarnings(true);
        pdf.processMemoryFile("libharu", haruPdf.constData(), std::size_t(haruPdf.size()));

        std::vector<QPDFObjectHandle> cidFonts;
        for (const EmbeddedFont &f : plan.fonts)
            cidFonts.push_back(makeCidFont(pdf, f));
        std::vector<QPDFObjectHandle> type0;
        for (std::size_t i = 0; i < plan.chunks.size(); ++i) {
            const FontChunk &chunk = plan.chunks[i];
            if (chunk.font >= plan.fonts.size() || chunk.codes.size() != chunk.chars.size())
                throw std::logic_error("inconsistent font plan");
            type0.push_back(makeType0(pdf, chunk, i, plan.fonts[chunk.font], cidFonts[chunk.font]));
        }

        // Every font a page names must be a planned placeholder.
        for (QPDFObjectHandle page : pdf.getAllPages()) {
            QPDFObjectHandle fonts = page.getKey("/Resources").getKey("/Font");
            if (!fonts.isDictionary())
                continue;
            for (const std::string &key : fonts.getKeys()) {
                QPDFObjectHandle font = fonts.getKey(key);
                const std::string base = nameOr(font.getKey("/BaseFont"));
                const std::string encoding = nameOr(font.getKey("/Encoding"));
                std::size_t i = 0;
                while (i < plan.chunks.size() && (plan.chunks[i].placeholder != base || plan.chunks[i].placeholderEncoding != encoding))
                    ++i;
                if (i == plan.chunks.size())
                    throw std::logic_error("font " + base + " " + encoding + " on a page has no planned replacement");
                fonts.replaceKey(key, type0[i]);
            }
        }

        // libharu's streams (page content) are written uncompressed; compress
        // them here, once, so qpdf writes every stream as it stands.
        for (QPDFObjectHandle obj : pdf.getAllObjects()) {
            if (!obj.isStream() || obj.getDict().hasKey("/Filter"))
                continue;
            const auto data = obj.getRawStreamData();
            obj.replaceStreamData(deflate(std::string(reinterpret_cast<const char *>(data->getBuffer()), data->getSize())),
                                  QPDFObjectHandle::newName("/FlateDecode"), QPDFObjectHandle::newNull());
        }

        Pl_Flate::setCompressionLevel(6); // the object streams
        QPDFWriter writer(pdf);
        writer.setOutputMemory();
        writer.setCompressStreams(false);
        writer.setDecodeLevel(qpdf_dl_none);
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
