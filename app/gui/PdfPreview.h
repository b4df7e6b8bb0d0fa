#pragma once

#include <QBuffer>
#include <QWidget>

class QPdfDocument;
class QPdfView;
class QLabel;
class QPrinter;
class QToolButton;

namespace zw::gui {

// Shows PDF bytes with QtPdf, page after page.
class PdfPreview : public QWidget
{
    Q_OBJECT
public:
    explicit PdfPreview(QWidget *parent = nullptr);
    ~PdfPreview() override;
    void setPdf(const QByteArray &pdf);
    // Shows `message` instead of any document (the previous one is dropped).
    void showMessage(const QString &message);
    int pageCount() const;
    // Page navigation and zoom, as the bar above the pages does them
    // (PageUp/PageDown, Ctrl++ / Ctrl+- / Ctrl+0 while the preview has focus).
    int currentPage() const;
    void goToPage(int page);
    void zoomBy(qreal factor);
    void fitWidth();
    void fitPage();
    qreal zoomFactor() const;
    QByteArray pdf() const { return m_bytes; }

private:
    QPdfDocument *m_doc;
    QPdfView *m_view;
    QLabel *m_message;
    QWidget *m_bar;
    QLabel *m_pageLabel;
    QToolButton *m_prev = nullptr;
    QToolButton *m_next = nullptr;
    void updateBar();
    QBuffer m_buffer;
    QByteArray m_bytes;
};

} // namespace zw::gui
