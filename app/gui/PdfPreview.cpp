#include "PdfPreview.h"

#include <QLabel>
#include <QPdfDocument>
#include <QPainter>
#include <QPageSize>
#include <QPdfView>
#include <QPrinter>
#include <QVBoxLayout>

namespace zw::gui {

PdfPreview::PdfPreview(QWidget *parent)
    : QWidget(parent), m_doc(new QPdfDocument(this)), m_view(new QPdfView(this)), m_message(new QLabel(this))
{
    m_view->setDocument(m_doc);
    m_view->setPageMode(QPdfView::PageMode::MultiPage);
    m_view->setZoomMode(QPdfView::ZoomMode::FitToWidth);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setStyleSheet(QStringLiteral("color: #a40000;"));
    m_message->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_message);
    layout->addWidget(m_view, 1);
}

void PdfPreview::setPdf(const QByteArray &pdf)
{
    m_message->hide();
    m_doc->close();
    m_buffer.close();
    m_bytes = pdf;
    m_buffer.setData(m_bytes);
    m_buffer.open(QIODevice::ReadOnly);
    m_doc->load(&m_buffer);
}

void PdfPreview::showMessage(const QString &message)
{
    // A message replaces the document: what is on screen, saved or printed
    // is never an earlier case's or an earlier version's document.
    m_doc->close();
    m_buffer.close();
    m_bytes.clear();
    m_message->setText(message);
    m_message->show();
}

int PdfPreview::pageCount() const
{
    return m_doc->pageCount();
}

} // namespace zw::gui
