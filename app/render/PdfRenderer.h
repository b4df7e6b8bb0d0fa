#pragma once

#include "Renderer.h"

namespace zw {

// PDF through libharu 2.3.0 alone: libharu lays out the pages, drawing text
// in standard-14 placeholder fonts with one-byte codes; finishDocument then
// turns each placeholder, through libharu's object API, into a Type0 font
// over one HarfBuzz subset per face of exactly the characters used, with
// ToUnicode maps, and compresses every stream. The document date comes from
// the case, so the same input gives the same bytes.
class PdfRenderer : public Renderer
{
public:
    QString fileSuffix() const override { return QStringLiteral("pdf"); }
    Expected<QByteArray> render(const Layout &layout) const override;
};

} // namespace zw
