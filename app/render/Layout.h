#pragma once

#include "Fonts.h"

#include <QList>
#include <string>

namespace zw {

// A positioned run of characters that share one face and size.
// Coordinates in PDF points, origin bottom-left, y at the baseline.
struct GlyphRun {
    const FontFace *face = nullptr;
    double size = 16;
    double x = 0, y = 0;
    double charSpacing = 0;   // PDF Tc: added after every character
    bool emphasis = false;    // drawn fill-then-stroke (titles)
    std::u32string text;
};

// A straight rule (table borders), in PDF points like GlyphRun.
struct Rule {
    double x1 = 0, y1 = 0, x2 = 0, y2 = 0;
};

struct LayoutPage {
    QList<GlyphRun> runs;
    QList<Rule> rules;
};

// The typeset document, ready for a Renderer.
struct Layout {
    double width = 595.276, height = 841.89;
    QList<LayoutPage> pages;
    QString title;
    QString date; // ISO date, for the PDF's metadata (determinism)
};

} // namespace zw
