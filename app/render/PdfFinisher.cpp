#include "PdfFinisher.h"

#include <hpdf_doc.h>
#include <hpdf_objects.h>
#include <hpdf_pages.h>
#include <hpdf_streams.h>
#include <libdeflate.h>

#include <QCoreApplication>
#include <QCryptographicHash>

#include <algorithm>
#include <map>
#include <new>
#include <sstream>

namespace zw {

namespace {

// Translation context of this file (Q_DECLARE_TR_FUNCTIONS lets lupdate see it).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(zw::PdfFinisher)
};

// Thrown inside this file's own frames only, caught in finishDocument.
struct Failure {
    QString message;
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
std::string deflate(const char *data, std::size_t size)
{
    struct Compressor {
        libdeflate_compressor *c = libdeflate_alloc_compressor(6);
        ~Compressor() { libdeflate_free_compressor(c); }
    };
    thread_local Compressor compressor;
    if (!compressor.c)
        throw Failure{Tr::tr("libdeflate 无法分配内存")};
    std::string out(libdeflate_zlib_compress_bound(compressor.c, size), '\0');
    const std::size_t n = libdeflate_zlib_compress(compressor.c, data, size, out.data(), out.size());
    if (n == 0)
        throw Failure{Tr::tr("libdeflate 压缩失败")};
    out.resize(n);
    return out;
}

// libharu writes a stream's /Filter only for the compression it does itself
// (zlib, while the document is saved), and removes any other. Streams this
// file has compressed name their filter here, in the dictionary's own
// write hook, through libharu's writer. Called from libharu's C frames:
// nothing in it throws.
extern "C" HPDF_STATUS writeFlateFilter(HPDF_Dict, HPDF_Stream stream)
{
    HPDF_STATUS ret = HPDF_Stream_WriteEscapeName(stream, "Filter");
    if (ret == HPDF_OK)
        ret = HPDF_Stream_WriteChar(stream, ' ');
    if (ret == HPDF_OK)
        ret = HPDF_Stream_WriteEscapeName(stream, "FlateDecode");
    if (ret == HPDF_OK)
        ret = HPDF_Stream_WriteStr(stream, "\012");
    return ret;
}

// Builds PDF objects in a libharu document. Every call is checked; a failed
// one throws here, in this file's own frames, after libharu has returned
// (libharu's error callback has recorded the code by then).
class Objects
{
public:
    explicit Objects(HPDF_Doc doc) : m_doc(doc), m_mmgr(doc->mmgr), m_xref(doc->xref) {}

    HPDF_Dict dict()
    {
        return check(HPDF_Dict_New(m_mmgr), "dictionary");
    }
    HPDF_Array array()
    {
        return check(HPDF_Array_New(m_mmgr), "array");
    }
    // An object of its own (written once, referred to by number).
    template<typename T>
    T indirect(T obj)
    {
        status(HPDF_Xref_Add(m_xref, obj), "xref");
        return obj;
    }
    // An indirect stream of `data`, compressed.
    HPDF_Dict flateStream(const std::string &data)
    {
        HPDF_Dict s = check(HPDF_DictStream_New(m_mmgr, m_xref), "stream");
        replaceData(s, data.data(), data.size());
        return s;
    }
    void replaceData(HPDF_Dict s, const char *data, std::size_t size)
    {
        const std::string packed = deflate(data, size);
        HPDF_MemStream_FreeData(s->stream);
        status(HPDF_Stream_Write(s->stream, reinterpret_cast<const HPDF_BYTE *>(packed.data()), HPDF_UINT(packed.size())), "stream data");
        status(HPDF_Stream_Seek(s->stream, 0, HPDF_SEEK_SET), "stream data");
        s->filter = HPDF_STREAM_FILTER_NONE;
        s->write_fn = writeFlateFilter;
    }

    void add(HPDF_Dict d, const char *key, void *obj) { status(HPDF_Dict_Add(d, key, obj), key); }
    void name(HPDF_Dict d, const char *key, const std::string &value) { status(HPDF_Dict_AddName(d, key, value.c_str()), key); }
    void number(HPDF_Dict d, const char *key, HPDF_INT32 value) { status(HPDF_Dict_AddNumber(d, key, value), key); }
    void string(HPDF_Dict d, const char *key, const char *value)
    {
        add(d, key, check(HPDF_String_New(m_mmgr, value, nullptr), key));
    }
    void append(HPDF_Array a, void *obj) { status(HPDF_Array_Add(a, obj), "array item"); }
    void append(HPDF_Array a, HPDF_INT32 value) { status(HPDF_Array_AddNumber(a, value), "array number"); }
    void appendBinary(HPDF_Array a, const QByteArray &bytes)
    {
        append(a, check(HPDF_Binary_New(m_mmgr, reinterpret_cast<HPDF_BYTE *>(const_cast<char *>(bytes.constData())), HPDF_UINT(bytes.size())), "binary"));
    }
    HPDF_Array ints(std::initializer_list<int> values)
    {
        HPDF_Array a = array();
        for (int v : values)
            append(a, HPDF_INT32(v));
        return a;
    }
    HPDF_Dict identitySystemInfo()
    {
        HPDF_Dict d = dict();
        string(d, "Registry", "Adobe");
        string(d, "Ordering", "Identity");
        number(d, "Supplement", 0);
        return d;
    }

private:
    template<typename T>
    T check(T obj, const char *what)
    {
        if (!obj || m_doc->error.error_no != HPDF_OK)
            fail(what);
        return obj;
    }
    void status(HPDF_STATUS s, const char *what)
    {
        if (s != HPDF_OK || m_doc->error.error_no != HPDF_OK)
            fail(what);
    }
    [[noreturn]] void fail(const char *what)
    {
        throw Failure{Tr::tr("libharu 错误 0x%1（%2）").arg(uint(m_doc->error.error_no), 4, 16, QLatin1Char('0')).arg(QString::fromLatin1(what))};
    }

    HPDF_Doc m_doc;
    HPDF_MMgr m_mmgr;
    HPDF_Xref m_xref;
};

// The CIDFontType2 of one subset program, with its descriptor.
HPDF_Dict makeCidFont(Objects &o, const EmbeddedFont &f)
{
    HPDF_Dict file = o.flateStream(f.program.toStdString());
    o.number(file, "Length1", HPDF_INT32(f.program.size()));

    HPDF_Dict descriptor = o.indirect(o.dict());
    o.name(descriptor, "Type", "FontDescriptor");
    o.name(descriptor, "FontName", f.baseFont);
    o.number(descriptor, "Flags", 4); // symbolic: glyphs by CID
    o.add(descriptor, "FontBBox", o.ints({f.bbox[0], f.bbox[1], f.bbox[2], f.bbox[3]}));
    o.number(descriptor, "ItalicAngle", 0);
    o.number(descriptor, "Ascent", f.ascent);
    o.number(descriptor, "Descent", f.descent);
    o.number(descriptor, "CapHeight", f.capHeight);
    o.number(descriptor, "StemV", 80);
    o.add(descriptor, "FontFile2", file);

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
    HPDF_Array widths = o.array();
    bool anyWidth = false;
    HPDF_Array run = nullptr;
    for (std::size_t cid = 0; cid < f.widths.size(); ++cid) {
        if (f.widths[cid] == dw) {
            run = nullptr;
            continue;
        }
        if (!run) {
            o.append(widths, HPDF_INT32(cid));
            run = o.array();
            o.append(widths, run);
            anyWidth = true;
        }
        o.append(run, HPDF_INT32(f.widths[cid]));
    }

    HPDF_Dict font = o.indirect(o.dict());
    o.name(font, "Type", "Font");
    o.name(font, "Subtype", "CIDFontType2");
    o.name(font, "BaseFont", f.baseFont);
    o.add(font, "CIDSystemInfo", o.identitySystemInfo());
    o.add(font, "FontDescriptor", descriptor);
    o.number(font, "DW", dw);
    if (anyWidth)
        o.add(font, "W", widths);
    else
        HPDF_Array_Free(widths);
    o.add(font, "CIDToGIDMap", o.flateStream(map));
    return font;
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

std::string toUnicodeCMap(const FontChunk &chunk, const EmbeddedFont &f)
{
    std::map<unsigned char, char32_t> sorted;
    for (const auto &[code, cid] : chunk.codes)
        sorted.emplace(code, f.chars[cid - 1]);
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

// The placeholder becomes the Type0 font of its chunk, in place: the pages
// already refer to it. Its Type1 write hook (which would add /Encoding)
// goes; its free hook stays, for the attributes libharu measured text with.
void makeType0(Objects &o, const FontChunk &chunk, std::size_t index, const EmbeddedFont &f, HPDF_Dict cidFont)
{
    const std::string cmapName = "ZhiWen-Bytes-" + std::to_string(index);
    HPDF_Dict encoding = o.flateStream(oneByteCMap(cmapName, chunk.codes));
    o.name(encoding, "Type", "CMap");
    o.name(encoding, "CMapName", cmapName);
    o.add(encoding, "CIDSystemInfo", o.identitySystemInfo());

    HPDF_Dict font = chunk.placeholder;
    font->write_fn = nullptr;
    o.name(font, "Type", "Font");
    o.name(font, "Subtype", "Type0");
    o.name(font, "BaseFont", f.baseFont);
    o.add(font, "Encoding", encoding);
    HPDF_Array descendants = o.array();
    o.append(descendants, cidFont);
    o.add(font, "DescendantFonts", descendants);
    o.add(font, "ToUnicode", o.flateStream(toUnicodeCMap(chunk, f)));
}

} // namespace

std::optional<QString> finishDocument(HPDF_Doc doc, const std::vector<HPDF_Page> &pages, const FontPlan &plan)
{
    try {
        // Every font of the document must be a planned placeholder.
        for (HPDF_UINT i = 0; i < doc->font_mgr->count; ++i) {
            auto *font = static_cast<HPDF_Font>(HPDF_List_ItemAt(doc->font_mgr, i));
            if (std::none_of(plan.chunks.begin(), plan.chunks.end(), [&](const FontChunk &c) { return c.placeholder == font; }))
                return Tr::tr("文书中有字体没有计划的嵌入字体");
        }
        for (const FontChunk &chunk : plan.chunks) {
            if (!chunk.placeholder || chunk.font >= plan.fonts.size())
                return Tr::tr("字体计划前后不一致");
            for (const auto &[code, cid] : chunk.codes)
                if (cid == 0 || cid > plan.fonts[chunk.font].chars.size())
                    return Tr::tr("字体计划前后不一致");
        }

        Objects o(doc);
        // The ID is a digest of what the pages show and with which fonts:
        // the same document always gets the same ID, another one another.
        QCryptographicHash digest(QCryptographicHash::Md5);
        for (HPDF_Page page : pages) {
            if (HPDF_Page_GetGMode(page) != HPDF_GMODE_PAGE_DESCRIPTION)
                return Tr::tr("有页面停在文字或路径对象之中");
            auto *attr = static_cast<HPDF_PageAttr>(page->attr);
            HPDF_Stream s = attr->stream;
            QByteArray content(qsizetype(s->size), Qt::Uninitialized);
            HPDF_UINT read = HPDF_UINT(content.size());
            if (HPDF_Stream_Seek(s, 0, HPDF_SEEK_SET) != HPDF_OK)
                return Tr::tr("无法读回页面内容");
            const HPDF_STATUS ret = HPDF_Stream_Read(s, reinterpret_cast<HPDF_BYTE *>(content.data()), &read);
            if ((ret != HPDF_OK && ret != HPDF_STREAM_EOF) || read != HPDF_UINT(content.size()))
                return Tr::tr("无法读回页面内容");
            digest.addData(content);
            o.replaceData(attr->contents, content.constData(), std::size_t(content.size()));
        }

        std::vector<HPDF_Dict> cidFonts;
        for (const EmbeddedFont &f : plan.fonts) {
            // The subset tag in the name stands for the characters; the
            // program itself would cost more to hash than the pages.
            digest.addData(QByteArray::fromStdString(f.baseFont + ' ' + std::to_string(f.program.size())));
            cidFonts.push_back(makeCidFont(o, f));
        }
        for (std::size_t i = 0; i < plan.chunks.size(); ++i) {
            const FontChunk &chunk = plan.chunks[i];
            for (const auto &[code, cid] : chunk.codes) {
                const char entry[5] = {char(code), char(cid >> 24), char(cid >> 16), char(cid >> 8), char(cid)};
                digest.addData(QByteArrayView(entry, 5));
            }
            makeType0(o, chunk, i, plan.fonts[chunk.font], cidFonts[chunk.font]);
        }

        const QByteArray id = digest.result();
        HPDF_Array ids = o.array();
        o.appendBinary(ids, id);
        o.appendBinary(ids, id);
        o.add(doc->trailer, "ID", ids);
        return std::nullopt;
    } catch (const Failure &f) {
        return f.message;
    } catch (const std::bad_alloc &) {
        return Tr::tr("内存不足");
    }
}

} // namespace zw
