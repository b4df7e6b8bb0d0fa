#pragma once

#include "Block.h"
#include "Diagnostic.h"
#include "Fonts.h"
#include "Layout.h"

namespace zw {

// The court page (domain notes §6): A4, margins 37/35/28/26 mm, a type area of
// 156 × 225 mm holding 22 lines of 28 characters.
struct PageStyle {
    double width = 595.276, height = 841.89;
    double marginTop = 104.88, marginBottom = 99.21, marginLeft = 79.37, marginRight = 73.70;
    int linesPerPage = 22;
    int charsPerLine = 28;
    QString footer = QStringLiteral("第 {page} 页 共 {pages} 页"); // shown when more than one page

    // Reads a page file (resources/page.json, or a court's copy); errors name the file and key.
    static Expected<PageStyle> load(const QString &fileName);

    double typeWidth() const { return width - marginLeft - marginRight; }
    double typeHeight() const { return height - marginTop - marginBottom; }
    double linePitch() const { return typeHeight() / linesPerPage; }
    double charPitch() const { return typeWidth() / charsPerLine; }
};

// Breaks blocks into lines (Boost.Locale line boundaries plus the CJK rules:
// no closing punctuation at a line start, no opening bracket at a line end,
// a case number's year never split), laid out by role, and the lines into
// pages with the Paginator (no widow or orphan, the signature block never
// alone on a page).
class Typesetter
{
public:
    Typesetter(const FontSet &fonts, PageStyle style = {});
    Expected<Layout> typeset(const QList<Block> &blocks) const;

    // Generates the ICU locale of line breaking (milliseconds, once per
    // process). Thread-safe; see the service's Preparation.
    static void prepare();

    // Exposed for tests: break positions of one paragraph.
    struct Line { int begin = 0, end = 0; double natural = 0; bool last = false; };
    QList<Line> breakLines(const std::u32string &text, const FontStyle &style, double firstWidth, double width) const;

private:
    const FontSet &m_fonts;
    PageStyle m_style;
};

// True for characters that may not begin a line (，。、；：？！）》」』” …).
bool isClosingPunct(char32_t c);
// True for characters that may not end a line (（《「『“ …).
bool isOpeningPunct(char32_t c);

} // namespace zw
