#include "PdfPreview.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QPdfPageNavigator>
#include <QToolButton>

#include <algorithm>
#include <QPdfDocument>
#include <QPainter>
#include <QPageSize>
#include <QPdfView>
#include <QPrinter>
#include <QVBoxLayout>

namespace zw::gui {

PdfPreview::PdfPreview(QWidget *parent)
    : QWidget(parent), m_doc(new QPdfDocument(this)), m_view(new QPdfView(this)), m_message(new QLabel(this)), m_bar(new QWidget(this)),
      m_pageLabel(new QLabel(this))
{
    auto *bar = new QHBoxLayout(m_bar);
    bar->setContentsMargins(4, 2, 4, 2);
    auto button = [&](const QString &text, const QString &tip, const QKeySequence &key, auto slot) {
        auto *b = new QToolButton(m_bar);
        b->setText(text);
        b->setToolTip(key.isEmpty() ? tip : QStringLiteral("%1（%2）").arg(tip, key.toString(QKeySequence::NativeText)));
        b->setObjectName(tip);
        connect(b, &QToolButton::clicked, this, slot);
        bar->addWidget(b);
        if (!key.isEmpty()) {
            auto *action = new QAction(this);
            action->setShortcut(key);
            action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
            connect(action, &QAction::triggered, this, slot);
            addAction(action);
        }
        return b;
    };
    m_prev = button(tr("上一页"), tr("上一页"), QKeySequence(Qt::Key_PageUp), [this] { goToPage(currentPage() - 1); });
    bar->addWidget(m_pageLabel);
    m_next = button(tr("下一页"), tr("下一页"), QKeySequence(Qt::Key_PageDown), [this] { goToPage(currentPage() + 1); });
    bar->addSpacing(16);
    button(tr("缩小"), tr("缩小"), QKeySequence(QKeySequence::ZoomOut), [this] { zoomBy(1 / 1.25); });
    button(tr("放大"), tr("放大"), QKeySequence(QKeySequence::ZoomIn), [this] { zoomBy(1.25); });
    button(tr("适合宽度"), tr("适合宽度"), QKeySequence(Qt::CTRL | Qt::Key_0), [this] { fitWidth(); });
    button(tr("整页"), tr("整页"), QKeySequence(), [this] { fitPage(); });
    bar->addStretch(1);
    connect(m_view->pageNavigator(), &QPdfPageNavigator::currentPageChanged, this, [this] { updateBar(); });
    connect(m_view, &QPdfView::zoomFactorChanged, this, [this] { updateBar(); });
    m_bar->hide();
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
    layout->addWidget(m_bar);
    layout->addWidget(m_view, 1);
}

PdfPreview::~PdfPreview()
{
    // The view goes with the widget's children, after this object's own
    // part: its last signals must not reach it.
    disconnect(m_view->pageNavigator(), nullptr, this, nullptr);
    disconnect(m_view, nullptr, this, nullptr);
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
    m_bar->setVisible(m_doc->pageCount() > 0);
    updateBar();
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
    m_bar->hide();
}

int PdfPreview::currentPage() const
{
    return m_view->pageNavigator()->currentPage();
}

void PdfPreview::goToPage(int page)
{
    if (page < 0 || page >= m_doc->pageCount())
        return;
    m_view->pageNavigator()->jump(page, QPointF(), m_view->zoomFactor());
    updateBar();
}

void PdfPreview::zoomBy(qreal factor)
{
    // From what is on screen: a fitted page's factor is the fit's.
    const QSizeF page = m_doc->pagePointSize(std::max(0, currentPage())) * (m_view->logicalDpiX() / 72.0);
    const QSize area = m_view->viewport()->size();
    qreal now = m_view->zoomFactor();
    if (m_view->zoomMode() == QPdfView::ZoomMode::FitToWidth && page.width() > 0)
        now = area.width() / page.width();
    else if (m_view->zoomMode() == QPdfView::ZoomMode::FitInView && page.width() > 0 && page.height() > 0)
        now = std::min(area.width() / page.width(), area.height() / page.height());
    m_view->setZoomMode(QPdfView::ZoomMode::Custom);
    m_view->setZoomFactor(std::clamp(now * factor, 0.25, 4.0));
    updateBar();
}

void PdfPreview::fitWidth()
{
    m_view->setZoomMode(QPdfView::ZoomMode::FitToWidth);
    updateBar();
}

void PdfPreview::fitPage()
{
    m_view->setZoomMode(QPdfView::ZoomMode::FitInView);
    updateBar();
}

qreal PdfPreview::zoomFactor() const
{
    return m_view->zoomMode() == QPdfView::ZoomMode::Custom ? m_view->zoomFactor() : 0;
}

void PdfPreview::updateBar()
{
    const int n = m_doc->pageCount();
    m_pageLabel->setText(n > 0 ? tr("第 %1 / %2 页").arg(currentPage() + 1).arg(n) : QString());
    m_prev->setEnabled(currentPage() > 0);
    m_next->setEnabled(currentPage() + 1 < n);
}

int PdfPreview::pageCount() const
{
    return m_doc->pageCount();
}

} // namespace zw::gui
