#include "TextEncoding.h"

#include <boost/locale/encoding.hpp>
#include <boost/locale/encoding_utf.hpp>

#include <unordered_map>

namespace zw {

namespace {
// Latin-1 signs above 0x7F that have no GBK code but every text font has:
// drawn from the role's font like ASCII, so that e.g. ¥ does not fail.
bool winAnsiOnly(char32_t c)
{
    return c == 0xA5 /* ¥ */ || c == 0xA9 /* © */ || c == 0xAE /* ® */;
}
} // namespace

CharRoute routeOf(char32_t c)
{
    if (c >= 0x20 && c < 0x7F)
        return CharRoute::SingleByte;
    if (winAnsiOnly(c))
        return CharRoute::SingleByte;
    if (c < 0x80)
        return CharRoute::Unsupported; // control characters
    // The CJK Unified Ideographs of Unicode 1.1 are all in GBK: most text
    // needs no conversion to find that out.
    if (c >= 0x4E00 && c <= 0x9FA5)
        return CharRoute::Gbk;
    thread_local std::unordered_map<char32_t, bool> cache;
    auto it = cache.find(c);
    if (it == cache.end()) {
        bool ok = true;
        try {
            const std::u32string one(1, c);
            ok = !boost::locale::conv::from_utf<char>(boost::locale::conv::utf_to_utf<char>(one), "GBK", boost::locale::conv::stop).empty();
        } catch (const boost::locale::conv::conversion_error &) {
            ok = false;
        }
        it = cache.emplace(c, ok).first;
    }
    return it->second ? CharRoute::Gbk : CharRoute::Unsupported;
}


} // namespace zw
