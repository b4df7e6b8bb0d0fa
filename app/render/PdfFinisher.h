#pragma once

#include <hpdf.h>

#include <QByteArray>
#include <QString>

#include <optional>
#include <string>
#include <vector>

namespace zw {

// The fonts of one document, as PdfRenderer planned them.
//
// libharu 2.3.0 cannot embed a font the way these documents need: its only
// two-byte path is a CID font under GBK-EUC-H, which carries no character
// outside GBK, writes no ToUnicode map, embeds a 29 KB CMap and a 44 KB
// CIDToGIDMap per font, and costs more to set up than the rest of a
// document. So libharu lays out the pages and draws every piece of text in a
// standard-14 placeholder font with one-byte codes, and finishDocument turns
// each placeholder, through libharu's own object API, into the real font:
// per face one subset TrueType program (CIDFontType2, CIDToGIDMap to the
// subset's glyphs), and per 224 codes one Type0 font with an embedded
// one-byte CMap and a ToUnicode map, all sharing that program.
struct EmbeddedFont {
    std::string baseFont;                  // "ABCDEF+PostScriptName"
    QByteArray program;                    // the TrueType subset, uncompressed
    int bbox[4] = {0, -120, 1000, 880};    // glyph space: 1000 units per em
    int ascent = 880, descent = -120, capHeight = 700;
    std::u32string chars;                  // the character of CID i + 1 (CID 0 is .notdef)
    std::vector<unsigned short> cidToGid;  // glyph in `program` of each CID
    std::vector<int> widths;               // advance of each CID, 1000 per em
};

// One Type0 font of the finished document.
struct FontChunk {
    HPDF_Font placeholder = nullptr;       // the standard-14 font libharu drew with
    std::size_t font = 0;                  // index into FontPlan::fonts
    std::vector<std::pair<unsigned char, unsigned>> codes; // one-byte code → CID
};

struct FontPlan {
    std::vector<EmbeddedFont> fonts;
    std::vector<FontChunk> chunks;
};

// Makes `doc`, whose pages are all drawn, ready for HPDF_SaveToStream:
// turns every placeholder into its planned font (a font of the document
// without a plan fails it: no text may print in a standard-14 font),
// compresses every stream once with libdeflate, and sets the document ID
// from the content, so the same input always gives the same bytes. Returns
// why it failed (in the user's language), or nothing. Page content is
// compressed, not changed.
std::optional<QString> finishDocument(HPDF_Doc doc, const std::vector<HPDF_Page> &pages, const FontPlan &plan);

} // namespace zw
