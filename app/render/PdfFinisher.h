#pragma once

#include "Diagnostic.h"

#include <QByteArray>

#include <map>
#include <string>

namespace zw {

// Rewrites libharu 2.3.0's output with qpdf, without touching page content:
//  - each GBK-EUC-H font's embedded CMap (about 29 KB of the whole GBK
//    table) is cut down to the codes the document uses, so readers without
//    Adobe's CMap files still decode it and the file shrinks;
//  - every font gets a ToUnicode map (libharu writes none), so the text can
//    be searched, copied and extracted with digits and punctuation intact;
//  - object streams, compressed streams and a document ID derived from the
//    content, so the same input always gives the same bytes.
// Per font (libharu's font name, the BaseFont after the subset tag): codes
// whose ToUnicode entry is not the code's GBK character (rare characters
// printed through carrier codes).
using FontOverrides = std::map<std::string, std::map<quint16, char32_t>>;

Expected<QByteArray> finishPdf(const QByteArray &haruPdf, const FontOverrides &overrides = {});

} // namespace zw
