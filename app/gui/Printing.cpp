#include "Printing.h"

#include "Service.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QPrinter>
#include <QTemporaryFile>

#include <cups/cups.h>

namespace zw::gui {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(zw::gui::Printing)
};
} // namespace

QString sendPdfToPrinter(const QByteArray &pdf, QPrinter *printer, const QString &title)
{
    if (pdf.isEmpty())
        return Tr::tr("没有可打印的文书");
    if (printer->outputFormat() == QPrinter::PdfFormat) {
        if (printer->outputFileName().isEmpty())
            return Tr::tr("没有指定打印到的文件");
        const auto written = Service::writeDocument(printer->outputFileName(), pdf);
        return written ? QString() : written.displayString();
    }
    const QString name = printer->printerName();
    if (name.isEmpty())
        return Tr::tr("没有选择打印机");
    // CUPS reads the job from a file: a private temporary one, removed after.
    QTemporaryFile job;
    job.setFileTemplate(QDir::tempPath() + QStringLiteral("/zhiwen-print-XXXXXX.pdf"));
    if (!job.open() || job.write(pdf) != pdf.size() || !job.flush())
        return Tr::tr("无法写入打印用的临时文件：%1").arg(job.errorString());
    cups_option_t *options = nullptr;
    int count = 0;
    count = cupsAddOption("document-format", "application/pdf", count, &options);
    const QByteArray copies = QByteArray::number(std::max(1, printer->copyCount()));
    count = cupsAddOption("copies", copies.constData(), count, &options);
    if (printer->copyCount() > 1)
        count = cupsAddOption("multiple-document-handling", printer->collateCopies() ? "separate-documents-collated-copies" : "separate-documents-uncollated-copies", count, &options);
    switch (printer->duplex()) {
    case QPrinter::DuplexLongSide: count = cupsAddOption("sides", "two-sided-long-edge", count, &options); break;
    case QPrinter::DuplexShortSide: count = cupsAddOption("sides", "two-sided-short-edge", count, &options); break;
    case QPrinter::DuplexNone: count = cupsAddOption("sides", "one-sided", count, &options); break;
    default: break;
    }
    if (printer->printRange() == QPrinter::PageRange && printer->fromPage() > 0) {
        const QByteArray range = QByteArray::number(printer->fromPage()) + '-' + QByteArray::number(std::max(printer->fromPage(), printer->toPage()));
        count = cupsAddOption("page-ranges", range.constData(), count, &options);
    }
    const int id = cupsPrintFile(name.toUtf8().constData(), QFile::encodeName(job.fileName()).constData(), title.toUtf8().constData(), count, options);
    cupsFreeOptions(count, options);
    if (id == 0)
        return Tr::tr("打印机“%1”未接受打印任务：%2").arg(name, QString::fromUtf8(cupsLastErrorString()));
    return {};
}

} // namespace zw::gui
