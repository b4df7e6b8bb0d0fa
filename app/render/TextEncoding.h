#pragma once

#include <QByteArray>
#include <QString>

namespace zw {

// How a character reaches the PDF through libharu 2.3.0, which has no UTF-8
// encoder: ASCII (and the Latin-1 signs GBK lacks) through a single-byte
// WinAnsi font, everything else through a CID font with GBK-EUC-H.
// Rare: a character outside GBK (or missing from the role's font), drawn from
// the fallback font through a per-document carrier code (see PdfRenderer).
enum class CharRoute { SingleByte, Gbk, Rare, Unsupported };

CharRoute routeOf(char32_t c);
// Encodes a run whose characters all share `route`.
QByteArray encodeRun(const std::u32string &run, CharRoute route);
QString describeChar(char32_t c); // “䶮”（U+4DAE）

} // namespace zw
