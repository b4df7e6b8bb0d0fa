#pragma once

#include "Renderer.h"

namespace zw {

// PDF through libharu 2.3.0: per face one HarfBuzz subset holding exactly the
// characters used, loaded once and shown through two encodings — GBK-EUC-H
// (CID) for Chinese, WinAnsi for ASCII. Compression on; the document date
// comes from the case, so the same input gives the same bytes.
class PdfRenderer : public Renderer
{
public:
    QString fileSuffix() const override { return QStringLiteral("pdf"); }
    Expected<QByteArray> render(const Layout &layout) const override;
};

} // namespace zw
