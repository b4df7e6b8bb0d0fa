#pragma once

#include "Renderer.h"

namespace zw {

// PDF through libharu 2.3.0 and qpdf: libharu lays out the pages, drawing
// text in standard-14 placeholder fonts with one-byte codes; the qpdf pass
// (finishPdf) embeds per face one HarfBuzz subset of exactly the characters
// used, with ToUnicode maps, and compresses. The document date comes from
// the case, so the same input gives the same bytes.
class PdfRenderer : public Renderer
{
public:
    QString fileSuffix() const override { return QStringLiteral("pdf"); }
    Expected<QByteArray> render(const Layout &layout) const override;
};

} // namespace zw
