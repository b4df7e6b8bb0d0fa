#include "Typesetter.h"

#include "Json.h"
#include "Paginator.h"
#include "TextEncoding.h"

#include <boost/locale/boundary.hpp>
#include <boost/locale/encoding_utf.hpp>
#include <boost/locale/generator.hpp>

#include <QCoreApplication>

#include <numeric>

namespace zw {

namespace {

// Translation context of this file (Q_DECLARE_TR_FUNCTIONS lets lupdate see it).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(zw::Typesetter)
};

const std::u32string kClosing = U"，。、；：？！）》」』”’〕】〗〉…—·％%,.;:?!)]}>／";
const std::u32string kOpening = U"（《「『“‘〔【〖〈([{<";

const std::locale &lineLocale()
{
    // Only what line breaking needs: generating ICU's formatting facets as
    // well would cost a cold start milliseconds.
    static const std::locale loc = [] {
        boost::locale::generator gen;
        gen.categories(boost::locale::boundary_facet | boost::locale::information_facet);
        return gen("zh_CN.UTF-8");
    }();
    return loc;
}

bool isAsciiDigit(char32_t c) { return c >= U'0' && c <= U'9'; }

} // namespace

Expected<PageStyle> PageStyle::load(const QString &fileName)
{
    const auto loaded = loadJsonFile(fileName);
    if (!loaded)
        return loaded.errors();
    const Json &j = *loaded;
    if (stringAt(j, "format") != QLatin1String("zhiwen/page@1"))
        return Diagnostic::error(fileName, Tr::tr("版式配置的格式标识应为 \"zhiwen/page@1\""));
    constexpr double mm = 72.0 / 25.4;
    Diagnostics errors;
    auto number = [&](const Json &obj, const char *key, const QString &at, double min, double max) {
        const Json v = obj.value(key, Json());
        if (!v.is_number() || v.get<double>() < min || v.get<double>() > max) {
            errors << Diagnostic::error(fileName + QStringLiteral(": ") + at, Tr::tr("应为 %1 到 %2 之间的数").arg(min).arg(max));
            return min;
        }
        return v.get<double>();
    };
    PageStyle s;
    s.width = number(j, "width_mm", QStringLiteral("width_mm"), 100, 500) * mm;
    s.height = number(j, "height_mm", QStringLiteral("height_mm"), 100, 500) * mm;
    const Json margins = j.value("margins_mm", Json::object());
    s.marginTop = number(margins, "top", QStringLiteral("margins_mm.top"), 0, 100) * mm;
    s.marginBottom = number(margins, "bottom", QStringLiteral("margins_mm.bottom"), 0, 100) * mm;
    s.marginLeft = number(margins, "left", QStringLiteral("margins_mm.left"), 0, 100) * mm;
    s.marginRight = number(margins, "right", QStringLiteral("margins_mm.right"), 0, 100) * mm;
    s.linesPerPage = int(number(j, "lines_per_page", QStringLiteral("lines_per_page"), 5, 60));
    s.charsPerLine = int(number(j, "chars_per_line", QStringLiteral("chars_per_line"), 10, 60));
    s.footer = stringAt(j, "footer");
    if (!errors.isEmpty())
        return errors;
    return s;
}

bool isClosingPunct(char32_t c) { return kClosing.find(c) != std::u32string::npos; }
bool isOpeningPunct(char32_t c) { return kOpening.find(c) != std::u32string::npos; }

Typesetter::Typesetter(const FontSet &fonts, PageStyle style)
    : m_fonts(fonts), m_style(std::move(style))
{
}

namespace {
// Where the case number whose year ends just before `from` ends: one past
// its 号, when court and type codes (no spaces or punctuation, at most 20
// characters) and the serial's digits come before it; else -1.
int caseNumberEnd(const std::u32string &text, int from)
{
    const int n = int(text.size());
    for (int j = from; j < n && j < from + 20; ++j) {
        const char32_t c = text[std::size_t(j)];
        if (c == U'号')
            return j > from && isAsciiDigit(text[std::size_t(j) - 1]) ? j + 1 : -1;
        if (c <= U' ' || c == U'\u3000' || isClosingPunct(c) || isOpeningPunct(c))
            return -1;
    }
    return -1;
}
} // namespace

QList<Typesetter::Line> Typesetter::breakLines(const std::u32string &text, const FontStyle &style, double firstWidth, double width) const
{
    QList<Line> lines;
    const int n = int(text.size());
    if (n == 0)
        return lines;
    // Break opportunities from ICU's line-break rules (UAX #14) …
    std::vector<bool> allowed(std::size_t(n) + 1, false);
    {
        const std::string utf8 = boost::locale::conv::utf_to_utf<char>(text);
        std::vector<int> charAtByte(utf8.size() + 1, -1);
        for (int i = 0, byte = 0; i < n; ++i) {
            charAtByte[std::size_t(byte)] = i;
            const char32_t c = text[std::size_t(i)];
            byte += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
        }
        charAtByte[utf8.size()] = n;
        namespace bl = boost::locale::boundary;
        bl::boundary_point_index<std::string::const_iterator> points(bl::line, utf8.begin(), utf8.end(), lineLocale());
        for (const auto &p : points) {
            const int at = charAtByte[std::size_t(p.iterator() - utf8.begin())];
            if (at > 0 && at < n)
                allowed[std::size_t(at)] = true;
        }
    }
    // … narrowed by the rules courts expect.
    for (int i = 1; i < n; ++i) {
        if (isClosingPunct(text[std::size_t(i)]) || isOpeningPunct(text[std::size_t(i - 1)]))
            allowed[std::size_t(i)] = false;
    }
    // A year in brackets, （2024）, is never split, and a case number that
    // starts with one, （2024）皖1825执123号 or （2015）宣中民一初字第00012号,
    // stays on one line whole.
    for (int i = 0; i + 5 < n; ++i) {
        if (text[std::size_t(i)] == U'（' && text[std::size_t(i) + 5] == U'）'
            && isAsciiDigit(text[std::size_t(i) + 1]) && isAsciiDigit(text[std::size_t(i) + 4])) {
            const int end = std::max(i + 6, caseNumberEnd(text, i + 6));
            for (int k = i + 1; k < end && k < n; ++k)
                allowed[std::size_t(k)] = false;
        }
    }

    const double tracking = m_style.charPitch() - style.size;
    auto w = [&](int i) { return style.advance(text[std::size_t(i)]) + tracking; };
    int begin = 0;
    while (begin < n) {
        const double avail = lines.isEmpty() ? firstWidth : width;
        double used = 0;
        int i = begin;
        int lastBreak = -1;
        // Slack of half a point absorbs rounding in the 28-per-line grid.
        while (i < n && used + w(i) <= avail + 0.5) {
            used += w(i);
            ++i;
            if (i < n && allowed[std::size_t(i)])
                lastBreak = i;
        }
        int end = i;
        // A character wider than the line (a table cell of many narrow
        // columns) takes a line of its own: every line makes progress.
        if (end == begin)
            end = i = begin + 1;
        if (i < n) {
            if (lastBreak > begin)
                end = lastBreak;
            else {
                // No opportunity on the line: force a break, but never put
                // closing punctuation at the start of the next line.
                while (end > begin + 1 && isClosingPunct(text[std::size_t(end)]))
                    --end;
            }
        }
        double natural = 0;
        for (int k = begin; k < end; ++k)
            natural += w(k);
        lines << Line{begin, end, natural, end >= n};
        begin = end;
        while (begin < n && text[std::size_t(begin)] == U' ')
            ++begin;
    }
    return lines;
}

void Typesetter::prepare()
{
    lineLocale();
}

namespace {

// Checks that every character can be printed with `style`.
Diagnostics checkChars(const std::u32string &text, const FontStyle &style, Role role)
{
    for (char32_t c : text) {
        if (style.faceFor(c))
            continue;
        if (routeOf(c) == CharRoute::Unsupported && !style.fallback)
            return {Diagnostic::error(roleName(role), Tr::tr("字符%1无法输出：不在 GBK 字符集中").arg(describeChar(c)))};
        return {Diagnostic::error(roleName(role), Tr::tr("字符%1无法输出：字体“%2”没有此字").arg(describeChar(c), style.face->family().isEmpty() ? style.face->file() : style.face->family()))};
    }
    return {};
}

// Width of `text` with `tracking` after every character but the last.
double trackedWidth(const std::u32string &text, const FontStyle &style, double tracking)
{
    double width = -tracking;
    for (char32_t c : text)
        width += style.advance(c) + tracking;
    return width;
}

// The last block of the run of blocks with the role of blocks[first].
int runEnd(const QList<Block> &blocks, int first)
{
    int last = first;
    while (last + 1 < blocks.size() && blocks[last + 1].role == blocks[first].role)
        ++last;
    return last;
}

// Lays blocks out role by role as placed lines on the grid of one page style,
// marking which lines must not start a page; the Paginator breaks the pages.
class BlockLayout
{
public:
    BlockLayout(const Typesetter &typesetter, const FontSet &fonts, const PageStyle &style);
    Expected<QList<PlacedLine>> layout(const QList<Block> &blocks) const;

private:
    // The lines of blocks[bi] and of the blocks that form one unit with it
    // (signature lines, table rows); leaves bi at the unit's last block.
    Expected<QList<PlacedLine>> unit(const QList<Block> &blocks, int &bi) const;
    PlacedLine blank(const QList<Block> &blocks, int bi) const;
    PlacedLine pageBreak() const;
    Expected<QList<PlacedLine>> heading(const Block &block) const;    // Court, Title
    Expected<QList<PlacedLine>> flushRight(const Block &block) const; // Number, Date
    Expected<QList<PlacedLine>> signature(const QList<Block> &lines) const;
    Expected<QList<PlacedLine>> table(const QList<Block> &rows, const Block *columns) const;
    Expected<QList<PlacedLine>> paragraph(const Block &block) const;  // Copy, Line, Para, Operative, Note

    const Typesetter &m_typesetter;
    const FontSet &m_fonts;
    const PageStyle &m_style;
    const double m_pitch;
    const double m_typeWidth;
    const FontStyle &m_body;
    const FontStyle &m_title;
    const FontStyle &m_sign;
    const double m_bodyTracking;
    // The signature block and date keep the body's grid pitch whatever their size.
    const double m_signTracking;
};

BlockLayout::BlockLayout(const Typesetter &typesetter, const FontSet &fonts, const PageStyle &style)
    : m_typesetter(typesetter), m_fonts(fonts), m_style(style),
      m_pitch(style.charPitch()), m_typeWidth(style.typeWidth()),
      m_body(fonts.style(FontRole::Body)), m_title(fonts.style(FontRole::Title)), m_sign(fonts.style(FontRole::Signature)),
      m_bodyTracking(m_pitch - m_body.size), m_signTracking(m_pitch - m_sign.size)
{
}

Expected<QList<PlacedLine>> BlockLayout::layout(const QList<Block> &blocks) const
{
    QList<PlacedLine> placed;
    for (int bi = 0; bi < blocks.size(); ++bi) {
        const auto lines = unit(blocks, bi);
        if (!lines)
            return lines.errors();
        placed += *lines;
    }
    return placed;
}

Expected<QList<PlacedLine>> BlockLayout::unit(const QList<Block> &blocks, int &bi) const
{
    const Block &block = blocks[bi];
    switch (block.role) {
    case Role::Blank:
        return QList<PlacedLine>{blank(blocks, bi)};
    case Role::PageBreak:
        return QList<PlacedLine>{pageBreak()};
    case Role::NewDocument: {
        PlacedLine pl = pageBreak();
        pl.newDocument = true;
        return QList<PlacedLine>{pl};
    }
    case Role::Court:
    case Role::Title:
        return heading(block);
    case Role::Number:
    case Role::Date:
        return flushRight(block);
    case Role::Columns:
        return QList<PlacedLine>(); // shapes the table that follows
    case Role::Sign:
    case Role::TableRow: {
        const int first = bi;
        bi = runEnd(blocks, first);
        const QList<Block> run = blocks.mid(first, bi - first + 1);
        if (block.role == Role::Sign)
            return signature(run);
        return table(run, first > 0 && blocks[first - 1].role == Role::Columns ? &blocks[first - 1] : nullptr);
    }
    case Role::Copy:
    case Role::Line:
    case Role::Para:
    case Role::Operative:
    case Role::Note:
        return paragraph(block);
    }
    return QList<PlacedLine>();
}

PlacedLine BlockLayout::blank(const QList<Block> &blocks, int bi) const
{
    // A blank before the signature block, the date or the copy line belongs
    // to it, so that a page break falls before the body text it follows and
    // the block never starts a page alone.
    int next = bi + 1;
    while (next < blocks.size() && blocks[next].role == Role::Blank)
        ++next;
    const bool closing = next < blocks.size()
        && (blocks[next].role == Role::Sign || blocks[next].role == Role::Date || blocks[next].role == Role::Copy);
    return PlacedLine{{}, 1, closing, true};
}

PlacedLine BlockLayout::pageBreak() const
{
    PlacedLine pl{{}, 0, false, true};
    pl.breakBefore = true;
    return pl;
}

Expected<QList<PlacedLine>> BlockLayout::heading(const Block &block) const
{
    const std::u32string text = block.text.toStdU32String();
    if (auto errs = checkChars(text, m_title, block.role); !errs.isEmpty())
        return errs;
    // Short titles are spaced out, as printed courts' forms do.
    const int count = int(text.size());
    const double tracking = block.role == Role::Title && count <= 6 ? m_title.size * 0.5 : 0;
    const double width = trackedWidth(text, m_title, tracking);
    const double x = std::max(0.0, (m_typeWidth - width) / 2);
    return QList<PlacedLine>{PlacedLine{makeRuns(text, 0, count, x, m_title, tracking, 0, true), block.role == Role::Title ? 2.0 : 1.5, false, false}};
}

Expected<QList<PlacedLine>> BlockLayout::flushRight(const Block &block) const
{
    const std::u32string text = block.text.toStdU32String();
    const FontStyle &style = block.role == Role::Date ? m_sign : m_body;
    const double tracking = block.role == Role::Date ? m_signTracking : m_bodyTracking;
    if (auto errs = checkChars(text, style, block.role); !errs.isEmpty())
        return errs;
    const double width = trackedWidth(text, style, tracking);
    // The case number sits flush right; the date ends two characters in.
    const double right = block.role == Role::Number ? m_typeWidth : m_typeWidth - 2 * m_pitch;
    // The date keeps with the lines above it, the signature block's.
    return QList<PlacedLine>{PlacedLine{makeRuns(text, 0, int(text.size()), right - width, style, tracking, 0, false),
                                        block.role == Role::Number ? 1.5 : 1.0, block.role == Role::Date, false}};
}

Expected<QList<PlacedLine>> BlockLayout::signature(const QList<Block> &lines) const
{
    // Consecutive signature lines form one block: roles in a column,
    // names in a column, the block ending two characters from the right.
    int roleChars = 0, nameChars = 0;
    QList<QPair<std::u32string, std::u32string>> rows;
    for (const Block &line : lines) {
        const QString role = line.text.section(QLatin1Char('|'), 0, 0).trimmed();
        const QString name = line.text.section(QLatin1Char('|'), 1).trimmed();
        rows.append({role.toStdU32String(), name.toStdU32String()});
        roleChars = std::max(roleChars, int(role.size()));
        nameChars = std::max(nameChars, int(name.size()));
    }
    const double left = m_typeWidth - 2 * m_pitch - (roleChars + 2 + std::max(nameChars, 3)) * m_pitch;
    QList<PlacedLine> placed;
    for (const auto &[role, name] : rows) {
        if (auto errs = checkChars(role + name, m_sign, Role::Sign); !errs.isEmpty())
            return errs;
        // A role shorter than the column is spread to its width (审 判 员).
        const int rc = int(role.size());
        const double spread = rc > 1 && rc < roleChars ? (roleChars - rc) * m_pitch / (rc - 1) : 0;
        QList<GlyphRun> runs = makeRuns(role, 0, rc, left, m_sign, m_signTracking, spread, false);
        runs += makeRuns(name, 0, int(name.size()), left + (roleChars + 2) * m_pitch, m_sign, m_signTracking, 0, false);
        // Every line, the first too, keeps with the line before, so that the
        // block stays whole and does not start a page alone.
        placed << PlacedLine{runs, 1, true, false};
    }
    return placed;
}

Expected<QList<PlacedLine>> BlockLayout::table(const QList<Block> &tableRows, const Block *columns) const
{
    // Consecutive rows form one table; columns share the type width in
    // proportion to the widths `@columns` gives or, without it, to their
    // longest text.
    QList<QStringList> rows;
    for (const Block &row : tableRows)
        rows << row.text.split(QLatin1Char('|'));
    const int cols = int(rows.first().size());
    QList<double> weights(cols, 4);
    if (columns) {
        const QStringList given = columns->text.split(QLatin1Char('|'));
        if (given.size() != cols)
            return Diagnostics{Diagnostic::error(roleName(Role::Columns), Tr::tr("@columns 给出 %1 个列宽，其后的表格有 %2 列").arg(given.size()).arg(cols))};
        for (int c = 0; c < cols; ++c)
            weights[c] = std::max(1, given[c].trimmed().toInt());
    } else {
        // The longest text in the column, between 4 and 14 characters.
        for (const QStringList &row : rows)
            for (int c = 0; c < cols; ++c)
                weights[c] = std::clamp<double>(row.value(c).trimmed().size(), weights[c], 14);
    }
    const double weight = std::accumulate(weights.begin(), weights.end(), 0.0);
    QList<double> widths;
    for (double w : weights)
        widths << m_typeWidth * w / weight;
    const double pad = m_pitch / 4;
    const double lineH = m_style.linePitch();
    QList<PlacedLine> placed;
    for (int r = 0; r < rows.size(); ++r) {
        // Break each cell on its own width; the row is as tall as its tallest cell.
        QList<QList<Typesetter::Line>> cellLines;
        QList<std::u32string> cellText;
        // Rows below the header leave room to write by hand.
        int height = r == 0 ? 1 : 2;
        for (int c = 0; c < cols; ++c) {
            const std::u32string t = rows[r].value(c).trimmed().toStdU32String();
            if (auto errs = checkChars(t, m_body, Role::TableRow); !errs.isEmpty())
                return errs;
            cellText << t;
            cellLines << m_typesetter.breakLines(t, m_body, widths[c] - 2 * pad, widths[c] - 2 * pad);
            height = std::max(height, int(cellLines.last().size()));
        }
        for (int li = 0; li < height; ++li) {
            PlacedLine pl;
            pl.keepWithPrev = li > 0 || r == 1; // a row stays whole; the header keeps its first row
            double x = 0;
            for (int c = 0; c < cols; ++c) {
                if (li < cellLines[c].size()) {
                    const Typesetter::Line &l = cellLines[c][li];
                    // Header cells are centred, others start at the left.
                    double natural = l.natural;
                    const double cx = r == 0 ? x + (widths[c] - natural) / 2 : x + pad;
                    pl.runs += makeRuns(cellText[c], l.begin, l.end, cx, m_body, m_bodyTracking, 0, false);
                }
                // Vertical borders for this line's height.
                pl.rules << Rule{x, 0, x, lineH};
                x += widths[c];
            }
            pl.rules << Rule{x, 0, x, lineH};
            if (li == 0)
                pl.rules << Rule{0, 0, m_typeWidth, 0};
            if (li == height - 1)
                pl.rules << Rule{0, lineH, m_typeWidth, lineH};
            placed << pl;
        }
    }
    return placed;
}

Expected<QList<PlacedLine>> BlockLayout::paragraph(const Block &block) const
{
    const std::u32string text = block.text.toStdU32String();
    const FontStyle style = block.role == Role::Note ? FontStyle{m_body.face, 12, m_body.fallback} : m_body;
    if (auto errs = checkChars(text, style, block.role); !errs.isEmpty())
        return errs;
    const bool indent = block.role == Role::Para || block.role == Role::Operative;
    const double tracking = block.role == Role::Note ? 0 : m_bodyTracking;
    const double firstIndent = indent ? 2 * m_pitch : 0;
    const QList<Typesetter::Line> lines = [&] {
        if (block.role == Role::Note) {
            // Small print is not on the body grid.
            PageStyle small = m_style;
            small.charsPerLine = int(m_typeWidth / style.size);
            Typesetter t(m_fonts, small);
            return t.breakLines(text, style, m_typeWidth, m_typeWidth);
        }
        return m_typesetter.breakLines(text, style, m_typeWidth - firstIndent, m_typeWidth);
    }();
    QList<PlacedLine> placed;
    for (int li = 0; li < lines.size(); ++li) {
        const Typesetter::Line &l = lines[li];
        const double x = li == 0 ? firstIndent : 0;
        const double avail = m_typeWidth - x;
        const int count = l.end - l.begin;
        // Justify every line but a paragraph's last: flush right edge.
        double extra = (!l.last && count > 1 && block.role != Role::Copy) ? (avail - l.natural) / (count - 1) : 0;
        // A line cut short by an unbreakable run (a long account
        // number) would be spread apart letter by letter: leave it ragged.
        if (extra > 0.25 * m_pitch)
            extra = 0;
        PlacedLine pl{makeRuns(text, l.begin, l.end, x, style, tracking, std::max(0.0, extra), false),
                      block.role == Role::Note ? 0.75 : 1.0, false, false};
        // No orphan (a lone first line at a page foot) and no widow
        // (a lone last line at a page head).
        pl.keepWithPrev = (li == 1) || (li > 0 && li == lines.size() - 1) || block.role == Role::Copy;
        placed << pl;
    }
    return placed;
}

} // namespace

Expected<Layout> Typesetter::typeset(const QList<Block> &blocks) const
{
    const auto placed = BlockLayout(*this, m_fonts, m_style).layout(blocks);
    if (!placed)
        return placed.errors();
    const FontStyle &body = m_fonts.style(FontRole::Body);
    return Paginator(m_style, FontStyle{body.face, 12, body.fallback}).paginate(*placed);
}

} // namespace zw
