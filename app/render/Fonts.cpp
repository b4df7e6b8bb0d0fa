#include "Fonts.h"

#include "AtomicFile.h"
#include "Json.h"
#include "TextEncoding.h"

#include <QCoreApplication>
#include <fontconfig/fontconfig.h>
#include <hb.h>

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QStandardPaths>

namespace zw {

namespace {
// Translation context of this file (Q_DECLARE_TR_FUNCTIONS lets lupdate see it).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(zw::Fonts)
};
}

FontFace::~FontFace()
{
    hb_font_destroy(m_font);
    hb_face_destroy(m_face);
}

Expected<std::shared_ptr<FontFace>> FontFace::open(const QString &file, int index, const QString &family)
{
    static QMutex mutex;
    static QHash<QString, std::shared_ptr<FontFace>> cache;
    const QString key = file + QLatin1Char('#') + QString::number(index);
    QMutexLocker lock(&mutex);
    if (auto hit = cache.value(key))
        return hit;
    hb_blob_t *blob = hb_blob_create_from_file_or_fail(QFile::encodeName(file).constData());
    if (!blob)
        return Diagnostic::error(file, Tr::tr("无法读取字体文件"));
    std::shared_ptr<FontFace> f(new FontFace);
    f->m_face = hb_face_create(blob, unsigned(index));
    hb_blob_destroy(blob);
    if (hb_face_get_glyph_count(f->m_face) == 0)
        return Diagnostic::error(file, Tr::tr("不是可用的 TrueType 字体（第 %1 个字面）").arg(index));
    hb_blob_t *glyf = hb_face_reference_table(f->m_face, HB_TAG('g', 'l', 'y', 'f'));
    const bool trueType = hb_blob_get_length(glyf) > 0;
    hb_blob_destroy(glyf);
    if (!trueType)
        return Diagnostic::error(file, Tr::tr("字体没有 TrueType 轮廓（CFF/OpenType 字体，如 Noto CJK，无法嵌入），请改用 TrueType 字体"));
    f->m_font = hb_font_create(f->m_face);
    f->m_upem = hb_face_get_upem(f->m_face);
    f->m_file = file;
    f->m_index = index;
    f->m_family = family;
    cache.insert(key, f);
    return f;
}

bool FontFace::hasGlyph(char32_t c) const
{
    hb_codepoint_t g;
    return hb_font_get_nominal_glyph(m_font, c, &g);
}

double FontFace::advance(char32_t c) const
{
    const auto it = m_advances.constFind(c);
    if (it != m_advances.constEnd())
        return *it;
    hb_codepoint_t g = 0;
    hb_font_get_nominal_glyph(m_font, c, &g);
    const double adv = hb_font_get_glyph_h_advance(m_font, g) / m_upem;
    m_advances.insert(c, adv);
    return adv;
}

const FontFace *LazyFace::get() const
{
    std::call_once(m_once, [this] {
        if (auto f = FontFace::open(m_file, m_index, m_family))
            m_face = f.value();
    });
    return m_face.get();
}

const FontFace *FontStyle::faceFor(char32_t c) const
{
    if (routeOf(c) != CharRoute::Unsupported && face->hasGlyph(c))
        return face.get();
    if (fallback && c >= 0x80)
        if (const FontFace *f = fallback->get(); f && f->hasGlyph(c))
            return f;
    return nullptr;
}

namespace {

// Where fontconfig found each family last time, so a cold start does not
// load fontconfig's configuration (two thirds of a cold start before this).
// An entry counts only while its file is unchanged (same size and time);
// failed look-ups are never cached, so a newly installed font is found.
// Delete the file to make every family be looked up afresh.
QString fontPathCacheFile()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation) + QStringLiteral("/zhiwen/font-paths.json");
}

Json &fontPathCache()
{
    static Json cache = [] {
        const auto loaded = loadJsonFile(fontPathCacheFile());
        return loaded && loaded->is_object() ? *loaded : Json::object();
    }();
    return cache;
}

Json fileStamp(const QString &file)
{
    const QFileInfo info(file);
    if (!info.isFile())
        return nullptr;
    return Json::array({info.size(), info.lastModified().toMSecsSinceEpoch()});
}

Expected<std::pair<QString, int>> askFontconfig(const QString &family)
{
    // Loading fontconfig's configuration costs most of it: once per process.
    static FcConfig *const config = FcInitLoadConfigAndFonts();
    FcPattern *pattern = FcNameParse(reinterpret_cast<const FcChar8 *>(family.toUtf8().constData()));
    FcConfigSubstitute(config, pattern, FcMatchPattern);
    FcDefaultSubstitute(pattern);
    FcResult result = FcResultNoMatch;
    FcPattern *match = FcFontMatch(config, pattern, &result);
    FcPatternDestroy(pattern);
    Expected<std::pair<QString, int>> out = Diagnostic::error(QString(), Tr::tr("未安装字体“%1”").arg(family));
    if (match) {
        bool familyMatches = false;
        FcChar8 *name = nullptr;
        for (int i = 0; FcPatternGetString(match, FC_FAMILY, i, &name) == FcResultMatch; ++i)
            familyMatches |= QString::fromUtf8(reinterpret_cast<const char *>(name)).compare(family, Qt::CaseInsensitive) == 0;
        FcChar8 *file = nullptr;
        int index = 0;
        if (familyMatches && FcPatternGetString(match, FC_FILE, 0, &file) == FcResultMatch) {
            FcPatternGetInteger(match, FC_INDEX, 0, &index);
            out = std::make_pair(QString::fromUtf8(reinterpret_cast<const char *>(file)), index);
        }
        FcPatternDestroy(match);
    }
    return out;
}

} // namespace

Expected<std::pair<QString, int>> locateFamily(const QString &family)
{
    static QMutex mutex;
    QMutexLocker lock(&mutex);
    Json &cache = fontPathCache();
    const std::string key = ss(family);
    if (cache.contains(key) && cache[key].is_object()) {
        const Json &e = cache[key];
        const QString file = stringAt(e, "file");
        if (!file.isEmpty() && e.value("stamp", Json()) == fileStamp(file))
            return std::make_pair(file, e.value("index", 0));
    }
    auto found = askFontconfig(family);
    if (found) {
        cache[key] = Json{{"file", ss(found->first)}, {"index", found->second}, {"stamp", fileStamp(found->first)}};
        writeFileAtomically(fontPathCacheFile(), QByteArray::fromStdString(cache.dump(1)) + '\n'); // a cache: failure is harmless
    }
    return found;
}

Expected<FontSet> FontSet::load(const QString &configFile)
{
    const auto loaded = loadJsonFile(configFile);
    if (!loaded)
        return loaded.errors();
    const Json &root = *loaded;
    if (stringAt(root, "format") != QLatin1String("zhiwen/fonts@1"))
        return Diagnostic::error(configFile, Tr::tr("字体配置无效：格式标识应为 \"zhiwen/fonts@1\""));
    FontSet set;
    Diagnostics errors;
    const std::pair<FontRole, const char *> roles[] = {{FontRole::Title, "title"}, {FontRole::Body, "body"}, {FontRole::Signature, "signature"}};
    for (const auto &[role, key] : roles) {
        // A configuration from before the signature role: it follows the body.
        if (role == FontRole::Signature && !root.value("roles", Json::object()).contains(key)) {
            set.m_styles[int(role)] = set.m_styles[int(FontRole::Body)];
            continue;
        }
        const Json r = root.value("roles", Json::object()).value(key, Json::object());
        const QString rolePath = configFile + QStringLiteral(": roles.") + QLatin1String(key);
        const QString family = stringAt(r, "family");
        const QString package = stringAt(r, "package");
        auto located = locateFamily(family);
        if (!located) {
            errors << Diagnostic::error(rolePath, package.isEmpty() ? located.errorString()
                                                                    : Tr::tr("未安装字体“%1”（Debian 软件包 %2 提供）").arg(family, package));
            continue;
        }
        auto face = FontFace::open(located->first, located->second, family);
        if (!face) {
            errors << face.errors();
            continue;
        }
        set.m_styles[int(role)] = FontStyle{face.value(), r.value("size", 16.0)};
    }
    // The optional fallback for characters the role fonts lack.
    const Json fb = root.value("roles", Json::object()).value("fallback", Json::object());
    if (!stringAt(fb, "family").isEmpty()) {
        if (auto located = locateFamily(stringAt(fb, "family"))) {
            const auto face = std::make_shared<LazyFace>(located->first, located->second, stringAt(fb, "family"));
            for (FontStyle &st : set.m_styles)
                st.fallback = face;
        }
    }
    if (!errors.isEmpty())
        return errors;
    return set;
}

} // namespace zw
