#pragma once

#include "Diagnostic.h"

#include <QHash>
#include <QString>

#include <memory>
#include <mutex>

struct hb_face_t;
struct hb_font_t;

namespace zw {

// One installed TrueType face, opened with HarfBuzz for measuring and for
// subsetting. Faces are cached for the life of the process.
class FontFace
{
public:
    ~FontFace();
    static Expected<std::shared_ptr<FontFace>> open(const QString &file, int index, const QString &family = {});

    bool hasGlyph(char32_t c) const;
    // Horizontal advance in em.
    double advance(char32_t c) const;
    hb_face_t *hbFace() const { return m_face; }
    QString file() const { return m_file; }
    int index() const { return m_index; }
    QString family() const { return m_family; }

private:
    FontFace() = default;
    hb_face_t *m_face = nullptr;
    hb_font_t *m_font = nullptr;
    double m_upem = 1000;
    QString m_file, m_family;
    int m_index = 0;
    mutable QHash<char32_t, double> m_advances;
};

// A face opened on first use. The fallback font (BabelStone Han, 51 MB)
// is needed only by documents with rare characters; opening and unmapping it
// cost every other process a millisecond or two.
class LazyFace
{
public:
    LazyFace(QString file, int index, QString family)
        : m_file(std::move(file)), m_family(std::move(family)), m_index(index) {}
    // The face, or null when the file can no longer be opened.
    const FontFace *get() const;

private:
    QString m_file, m_family;
    int m_index = 0;
    mutable std::once_flag m_once;
    mutable std::shared_ptr<FontFace> m_face;
};

// Text styles by role of use; each names a font family and a size.
// Signature: the signature block and the date (落款); by default the body
// font, as the court standard sets them, but a court may choose another.
enum class FontRole { Title, Body, Signature };
constexpr int kFontRoles = 3;

struct FontStyle {
    std::shared_ptr<FontFace> face;
    double size = 16;
    // Draws what `face` or the GBK encoding cannot carry (rare characters in
    // names such as 䶮); may be null.
    std::shared_ptr<LazyFace> fallback;

    // The face that prints `c`, or null when no configured font can.
    const FontFace *faceFor(char32_t c) const;
    // Advance of `c` in points at this size.
    double advance(char32_t c) const
    {
        const FontFace *f = faceFor(c);
        return f ? f->advance(c) * size : 0;
    }
};

// The font for each role, read from resources/fonts.json (or a court's copy)
// and located with fontconfig. A family that is not installed is an error
// naming the family and the Debian package that provides the default.
class FontSet
{
public:
    static Expected<FontSet> load(const QString &configFile);
    const FontStyle &style(FontRole role) const { return m_styles[int(role)]; }

private:
    FontStyle m_styles[kFontRoles];
};

// fontconfig lookup of an installed family: file and face index.
Expected<std::pair<QString, int>> locateFamily(const QString &family);

} // namespace zw
