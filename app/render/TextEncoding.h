#pragma once

#include <QByteArray>
#include "ChineseText.h"

#include <QString>

namespace zw {

// Which font a character is drawn from. A role's own font draws ASCII (and
// ¥ © ®) and the characters of GBK, the repertoire court fonts are made
// for; anything else — rare characters in names such as 䶮 and 𠮷, or a GBK
// character the role's font lacks — is Rare and comes from the fallback
// font, which is made for them (BabelStone Han). Unsupported: control
// characters, and everything outside GBK when there is no fallback font.
// (Since the fonts are embedded by finishDocument, the PDF itself can carry
// any character a font has; see PdfRenderer.)
enum class CharRoute { SingleByte, Gbk, Rare, Unsupported };

CharRoute routeOf(char32_t c);

} // namespace zw
