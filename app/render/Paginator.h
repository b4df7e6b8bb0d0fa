#pragma once

#include "Fonts.h"
#include "Layout.h"
#include "Typesetter.h"

namespace zw {

// One line after breaking, before it is placed on a page: what the
// typesetter's role layouts produce and the paginator consumes.
struct PlacedLine {
    QList<GlyphRun> runs;      // x relative to the left margin, y unset
    double height = 1;         // in grid lines
    bool keepWithPrev = false; // do not put a page break before this line
    bool blank = false;        // dropped at the head of a page
    QList<Rule> rules;         // x relative to the left margin, y down from the line's top
    bool breakBefore = false;  // starts a new page
    bool newDocument = false;  // with breakBefore: the page starts another document, numbered from 1
};

// Turns chars [b,e) of `text` into runs starting at x, one per face,
// spreading `extra` between characters.
QList<GlyphRun> makeRuns(const std::u32string &text, int b, int e, double x, const FontStyle &style, double tracking,
                         double extra, bool emphasis);

// Splits placed lines into pages of the page style's grid and positions them
// on the page. It decides nothing about roles: widows, orphans, whole table
// rows and the signature block come to it as keepWithPrev, set by the role
// layouts. Adds the footer to a document of more than one page; a file may
// hold several documents (one order per respondent), each numbered alone.
class Paginator
{
public:
    Paginator(PageStyle style, FontStyle footerStyle);
    Layout paginate(const QList<PlacedLine> &lines) const;

private:
    // The pages, and for each whether it starts a document of its own.
    QList<QList<PlacedLine>> breakPages(const QList<PlacedLine> &lines, QList<bool> *documentStarts) const;
    LayoutPage placePage(const QList<PlacedLine> &lines) const;
    QList<GlyphRun> footer(int page, int pages) const;

    PageStyle m_style;
    FontStyle m_footerStyle;
};

} // namespace zw
