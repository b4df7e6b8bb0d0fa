#pragma once

#include "Diagnostic.h"

#include <QByteArray>

#include <map>
#include <string>

namespace zw {

// Rewrites libharu 2.3.0's output with qpdf, without touching page content:
//  - each two-byte font's GBK-EUC-H CMap (about 29 KB) and GB1
//    CIDToGIDMap (about 44 KB) give way to an embedded CMap of just the
//    codes the document uses, each sent to its glyph id (CIDToGIDMap
//    /Identity), so readers without Adobe's CMap files decode it and the
//    file shrinks;
//  - every font gets a ToUnicode map (libharu writes none), so the text can
//    be searched, copied and extracted with digits and punctuation intact;
//  - object streams, compressed streams and a document ID derived from the
//    content, so the same input always gives the same bytes.
// Per font (libharu's font name, the BaseFont after the subset tag): the
// character each two-byte carrier code stands for. Every two-byte code of
// the document must be here.
using FontOverrides = std::map<std::string, std::map<quint16, char32_t>>;

Expected<QByteArray> finishPdf(const QByteArray &haruPdf, const FontOverrides &overrides = {});

} // namespace zw
