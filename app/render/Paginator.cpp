#include "Paginator.h"

namespace zw {

QList<GlyphRun> makeRuns(const std::u32string &text, int b, int e, double x, const FontStyle &style, double tracking,
                         double extra, bool emphasis)
{
    QList<GlyphRun> runs;
    for (int i = b; i < e; ++i) {
        const char32_t c = text[std::size_t(i)];
        const FontFace *face = style.faceFor(c);
        if (runs.isEmpty() || runs.last().face != face) {
            GlyphRun r;
            r.face = face;
            r.size = style.size;
            r.x = x;
            r.charSpacing = tracking + extra;
            r.emphasis = emphasis;
            runs << r;
        }
        runs.last().text.push_back(c);
        x += style.advance(c) + tracking + extra;
    }
    return runs;
}

Paginator::Paginator(PageStyle style, FontStyle footerStyle)
    : m_style(std::move(style)), m_footerStyle(std::move(footerStyle))
{
}

Layout Paginator::paginate(const QList<PlacedLine> &lines) const
{
    Layout layout;
    layout.width = m_style.width;
    layout.height = m_style.height;
    QList<bool> starts;
    const QList<QList<PlacedLine>> pages = breakPages(lines, &starts);
    for (int p = 0; p < pages.size(); ++p) {
        LayoutPage page = placePage(pages[p]);
        int first = p;
        while (first > 0 && !starts[first])
            --first;
        int end = p + 1;
        while (end < pages.size() && !starts[end])
            ++end;
        if (end - first > 1 && !m_style.footer.isEmpty())
            page.runs += footer(p - first + 1, end - first);
        layout.pages << page;
    }
    return layout;
}

QList<QList<PlacedLine>> Paginator::breakPages(const QList<PlacedLine> &placed, QList<bool> *documentStarts) const
{
    const double capacity = m_style.linesPerPage + 1e-6;
    QList<QList<PlacedLine>> pages{{}};
    QList<bool> &starts = *documentStarts;
    starts = {true};
    double used = 0;
    for (int i = 0; i < placed.size(); ++i) {
        if (placed[i].breakBefore) {
            if (!pages.last().isEmpty()) {
                pages.append(QList<PlacedLine>());
                starts.append(false);
                used = 0;
            }
            if (placed[i].newDocument)
                starts.last() = true;
            continue;
        }
        if (pages.last().isEmpty() && placed[i].blank)
            continue; // no blank line at the head of a page
        if (used + placed[i].height > capacity && !pages.last().isEmpty()) {
            // Move back over the lines of this page that must stay with
            // their predecessor, keeping the page's first line where it is.
            // Positions count lines on the page (page breaks and the blanks
            // skipped at a page's head are not on it).
            const QList<PlacedLine> &page = pages.last();
            qsizetype start = page.size(); // where the incoming line's unit starts
            bool keeps = placed[i].keepWithPrev;
            while (keeps && start > 1) {
                --start;
                keeps = page[start].keepWithPrev;
            }
            if (keeps)
                start = page.size(); // the whole page is one unit: break where it overflows
            QList<PlacedLine> moved = page.mid(start);
            pages.last().resize(start);
            pages.append(moved);
            starts.append(false);
            used = 0;
            for (const PlacedLine &m : moved)
                used += m.height;
        }
        pages.last() << placed[i];
        used += placed[i].height;
    }
    return pages;
}

LayoutPage Paginator::placePage(const QList<PlacedLine> &lines) const
{
    const double pitchY = m_style.linePitch();
    LayoutPage page;
    double top = m_style.height - m_style.marginTop;
    for (const PlacedLine &pl : lines) {
        const double lineHeight = pl.height * pitchY;
        for (Rule rule : pl.rules) {
            page.rules << Rule{rule.x1 + m_style.marginLeft, top - rule.y1, rule.x2 + m_style.marginLeft, top - rule.y2};
        }
        for (GlyphRun run : pl.runs) {
            // Centre the em box vertically in the line; the ideographic
            // baseline sits about 0.12 em above the bottom of the em box.
            run.x += m_style.marginLeft;
            run.y = top - (lineHeight - run.size) / 2 - run.size * 0.88;
            page.runs << run;
        }
        top -= lineHeight;
    }
    return page;
}

// The page style's footer with {page} and {pages} filled in, centred under
// the type area.
QList<GlyphRun> Paginator::footer(int page, int pages) const
{
    const QString text = QString(m_style.footer).replace(QStringLiteral("{page}"), QString::number(page)).replace(QStringLiteral("{pages}"), QString::number(pages));
    const std::u32string u = text.toStdU32String();
    double width = 0;
    for (char32_t c : u)
        width += m_footerStyle.advance(c);
    QList<GlyphRun> runs = makeRuns(u, 0, int(u.size()), m_style.marginLeft + (m_style.typeWidth() - width) / 2, m_footerStyle, 0, 0, false);
    for (GlyphRun &r : runs)
        r.y = m_style.marginBottom - 36;
    return runs;
}

} // namespace zw
