#pragma once

#include <QByteArray>
#include <QString>

class QPrinter;

namespace zw::gui {

// Sends a PDF to the printer chosen in the print dialog as the PDF itself,
// so text stays text and the fonts stay the embedded ones: through CUPS to
// any installed printer (copies, duplex, page range and collation from the
// dialog), or, for "print to file", written as it is. Empty when sent;
// otherwise why not.
QString sendPdfToPrinter(const QByteArray &pdf, QPrinter *printer, const QString &title);

} // namespace zw::gui
