#include "MainWindow.h"

#include "CaseForm.h"
#include "CaseValidator.h"
#include "DataPaths.h"
#include "DocumentRenderer.h"
#include "PdfPreview.h"
#include "SettingsDialog.h"
#include "Store.h"
#include "Template.h"
#include "TerminationWizard.h"

#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QFileDialog>
#include <QMenuBar>
#include <QPrintDialog>
#include <QPrinter>
#include <QMessageBox>
#include "AtomicFile.h"
#include <QLineEdit>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>

namespace zw::gui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_form(new CaseForm), m_preview(new PdfPreview), m_templates(new QComboBox), m_autosave(new QTimer(this))
{
    m_autosave->setSingleShot(true);
    m_autosave->setInterval(2000);
    connect(m_autosave, &QTimer::timeout, this, &MainWindow::autosaveNow);
    auto *scroll = new QScrollArea;
    scroll->setWidget(m_form);
    scroll->setWidgetResizable(true);
    auto *split = new QSplitter;
    split->addWidget(scroll);
    split->addWidget(m_preview);
    split->setStretchFactor(1, 1);
    scroll->setMinimumWidth(420);
    split->setSizes({520, 760});
    setCentralWidget(split);
    resize(1280, 860);

    for (const Template &t : Template::all())
        m_templates->addItem(t.title(), t.id());

    QMenu *file = menuBar()->addMenu(tr("文件(&F)"));
    file->addAction(tr("新建案件(&N)"), QKeySequence::New, this, [this] {
        if (confirmDiscard())
            newCase();
    });
    file->addAction(tr("打开案件(&O)…"), QKeySequence::Open, this, [this] {
        if (!confirmDiscard())
            return;
        const QString f = QFileDialog::getOpenFileName(this, tr("打开案件"), DataPaths::resource(QStringLiteral("demo")), tr("案件文件 (*.json)"));
        if (!f.isEmpty())
            openCase(f);
    });
    file->addAction(tr("保存案件(&S)"), QKeySequence::Save, this, [this] {
        QString f = m_fileName;
        if (f.isEmpty())
            f = QFileDialog::getSaveFileName(this, tr("保存案件"), QString(), tr("案件文件 (*.json)"));
        if (!f.isEmpty())
            saveCase(f);
    });
    file->addAction(tr("案件另存为(&A)…"), QKeySequence::SaveAs, this, [this] {
        const QString f = QFileDialog::getSaveFileName(this, tr("案件另存为"), m_fileName, tr("案件文件 (*.json)"));
        if (!f.isEmpty())
            saveCase(f);
    });
    file->addSeparator();
    QAction *exportPdf = file->addAction(tr("保存 PDF(&E)…"), this, [this] {
        const QString f = QFileDialog::getSaveFileName(this, tr("保存 PDF"), QString(), tr("PDF 文件 (*.pdf)"));
        if (!f.isEmpty())
            savePdf(f);
    });
    exportPdf->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    file->addAction(tr("打印(&P)…"), QKeySequence::Print, this, [this] {
        if (m_preview->pageCount() <= 0 && !renderPreview())
            return;
        QPrinter printer(QPrinter::HighResolution);
        QPrintDialog dialog(&printer, this);
        dialog.setOption(QAbstractPrintDialog::PrintToFile, true);
        if (dialog.exec() == QDialog::Accepted && !m_preview->print(&printer))
            QMessageBox::warning(this, tr("打印失败"), tr("无法在所选打印机上打印。"));
    });
    file->addSeparator();
    file->addAction(tr("设置(&T)…"), QKeySequence::Preferences, this, [this] {
        SettingsDialog(false, this).exec();
    });
    file->addSeparator();
    file->addAction(tr("退出(&Q)"), QKeySequence::Quit, this, &QWidget::close);

    QMenu *doc = menuBar()->addMenu(tr("文书(&D)"));
    QAction *render = doc->addAction(tr("生成预览(&R)"), this, [this] { renderPreview(); });
    render->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    QAction *wizard = doc->addAction(tr("终结执行向导(&T)…"), this, &MainWindow::runTerminationWizard);
    doc->addAction(tr("分配证明书编号(&N)"), this, [this] { allocateCertificateNumber(); });
    doc->addAction(tr("核对 PDF(&V)…"), this, [this] {
        const QString f = QFileDialog::getOpenFileName(this, tr("核对 PDF"), QString(), tr("PDF 文件 (*.pdf)"));
        if (!f.isEmpty())
            QMessageBox::information(this, tr("核对 PDF"), verifyPdf(f));
    });

    QToolBar *bar = addToolBar(tr("文书"));
    bar->setObjectName(QStringLiteral("documentToolBar"));
    bar->addWidget(m_templates);
    bar->addAction(render);
    bar->addAction(exportPdf);
    bar->addSeparator();
    bar->addAction(wizard);
    connect(m_templates, &QComboBox::currentIndexChanged, this, [this] {
        filterFormByTemplate();
        renderPreview();
    });

    filterFormByTemplate();
    connect(m_form, &CaseForm::edited, this, [this] {
        m_dirty = true;
        m_autosave->start();
        revalidate();
        updateTitle();
    });
    m_form->setCase(&m_file);
    updateTitle();
}

bool MainWindow::openCase(const QString &fileName)
{
    auto loaded = CaseFile::load(fileName);
    if (!loaded) {
        QMessageBox::warning(this, tr("无法打开案件"), loaded.errorString());
        return false;
    }
    showCase(loaded.value(), fileName, false);
    return true;
}

void MainWindow::newCase()
{
    // A clerk's new case starts with the court profile remembered from the
    // last case saved on this workstation.
    CaseFile file;
    const Json profile = Json::parse(QSettings().value(QStringLiteral("courtProfile")).toString().toStdString(), nullptr, false);
    if (profile.is_object())
        file.json()["court"] = profile;
    const Json officers = Json::parse(QSettings().value(QStringLiteral("officers")).toString().toStdString(), nullptr, false);
    if (officers.is_object() && !officers.empty())
        file.json()["officers"] = officers;
    showCase(std::move(file), QString(), false);
    if (QLineEdit *first = m_form->field(QStringLiteral("case.number")))
        first->setFocus();
}

bool MainWindow::saveCase(const QString &fileName)
{
    const auto ok = m_file.save(fileName);
    if (!ok) {
        QMessageBox::warning(this, tr("保存失败"), ok.errorString());
        return false;
    }
    m_drafts.discard(m_fileName);
    m_drafts.discard(fileName);
    m_autosave->stop();
    m_fileName = fileName;
    m_dirty = false;
    if (m_file.json().contains("court") && m_file.json()["court"].is_object())
        QSettings().setValue(QStringLiteral("courtProfile"), QString::fromStdString(m_file.json()["court"].dump()));
    updateTitle();
    statusBar()->showMessage(tr("已保存 %1").arg(fileName), 5000);
    return true;
}

bool MainWindow::setTemplate(const QString &id)
{
    const int index = m_templates->findData(id);
    if (index < 0)
        return false;
    m_templates->setCurrentIndex(index);
    return true;
}

bool MainWindow::renderPreview()
{
    const auto tmpl = Template::find(m_templates->currentData().toString());
    if (!tmpl) {
        m_preview->showMessage(tmpl.errorString());
        return false;
    }
    const auto pdf = DocumentRenderer().render(*tmpl, m_file);
    if (!pdf) {
        m_preview->showMessage(tr("无法生成“%1”：\n%2").arg(tmpl->title(), pdf.errorString()));
        return false;
    }
    m_preview->setPdf(*pdf);
    statusBar()->showMessage(tr("已生成“%1”，共 %2 页").arg(tmpl->title()).arg(m_preview->pageCount()), 5000);
    return true;
}

bool MainWindow::savePdf(const QString &fileName)
{
    if (!renderPreview()) {
        QMessageBox::warning(this, tr("无法保存 PDF"), tr("文书未能生成，请先处理预览区中列出的问题。"));
        return false;
    }
    const QByteArray bytes = m_preview->pdf();
    if (const auto written = writeFileAtomically(fileName, bytes); !written) {
        QMessageBox::warning(this, tr("无法保存 PDF"), written.errorString());
        return false;
    }
    // Every PDF issued goes into the register, so it can be verified later.
    auto store = Store::open();
    const auto tmpl = Template::find(m_templates->currentData().toString());
    if (store && tmpl) {
        const IssuedDocument doc = IssuedDocument::describe(bytes, tmpl->id(), tmpl->version(), m_file,
                                                            m_file.text(QStringLiteral("officers.clerk")), fileName);
        if (const auto id = store.value().recordDocument(doc); !id)
            QMessageBox::warning(this, tr("未能登记"), tr("PDF 已保存，但未能记入发文登记：\n%1").arg(id.errorString()));
    } else if (!store) {
        QMessageBox::warning(this, tr("未能登记"), tr("PDF 已保存，但数据库无法使用：\n%1").arg(store.errorString()));
    }
    statusBar()->showMessage(tr("已保存并登记 %1").arg(fileName), 5000);
    return true;
}

bool MainWindow::allocateCertificateNumber()
{
    auto store = Store::open();
    if (!store) {
        QMessageBox::warning(this, tr("无法分配编号"), store.errorString());
        return false;
    }
    const auto number = store.value().certificateNumber(m_file);
    if (!number) {
        QMessageBox::warning(this, tr("无法分配编号"), number.errorString());
        return false;
    }
    CaseFile numbered = m_file;
    numbered.setText(QStringLiteral("performance.certificate_no"), *number);
    showCase(std::move(numbered), m_fileName, true, QStringLiteral("zidong-lvxing-zhengming"));
    return true;
}

QString MainWindow::verifyPdf(const QString &fileName)
{
    QFile pdf(fileName);
    if (!pdf.open(QIODevice::ReadOnly))
        return tr("无法打开 %1：%2").arg(fileName, pdf.errorString());
    const QString sha = sha256Hex(pdf.readAll());
    auto store = Store::open();
    if (!store)
        return store.errorString();
    const QList<IssuedDocument> found = store.value().findDocuments(sha);
    if (found.isEmpty())
        return tr("未登记：此文件不在发文登记中，或发出后已被改动。");
    QStringList lines;
    for (const IssuedDocument &d : found)
        lines << tr("已登记：%1，模板 %2 第 %3 版，%4 发出").arg(d.caseNumber, d.templateId).arg(d.templateVersion)
                     .arg(d.issuedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    return lines.join(QLatin1Char('\n'));
}

void MainWindow::runTerminationWizard()
{
    TerminationWizard wizard(m_file, this);
    if (wizard.exec() != QDialog::Accepted)
        return;
    const bool ruling = !stringAt(wizard.result().json().value("termination", Json::object()), "ground").isEmpty();
    showCase(wizard.result(), m_fileName, true, ruling ? QStringLiteral("zhongjie-caiding") : QString());
}

void MainWindow::showCase(CaseFile file, const QString &fileName, bool dirty, const QString &templateId)
{
    m_file = std::move(file);
    m_fileName = fileName;
    m_dirty = dirty;
    if (dirty)
        m_autosave->start();
    m_form->setCase(&m_file);
    revalidate();
    updateTitle();
    // Switching the document renders through the combo box's signal.
    const int index = templateId.isEmpty() ? -1 : m_templates->findData(templateId);
    if (index >= 0 && index != m_templates->currentIndex())
        m_templates->setCurrentIndex(index);
    else
        renderPreview();
}

void MainWindow::filterFormByTemplate()
{
    if (const auto t = Template::find(m_templates->currentData().toString()))
        m_form->showOnlyFor(t->requiredFields() + t->dateFields());
}

void MainWindow::revalidate()
{
    const Diagnostics list = validateCase(m_file);
    m_form->showDiagnostics(list);
    int errors = 0;
    for (const Diagnostic &d : list)
        errors += d.isError();
    statusBar()->showMessage(list.isEmpty() ? tr("案件信息无误") : tr("%1 个错误，%2 个警告").arg(errors).arg(list.size() - errors));
}

void MainWindow::updateTitle()
{
    const QString name = m_fileName.isEmpty() ? tr("未命名案件") : QFileInfo(m_fileName).fileName();
    setWindowTitle(tr("%1%2 — 执文").arg(name, m_dirty ? QStringLiteral(" *") : QString()));
}

bool MainWindow::confirmDiscard()
{
    if (!m_dirty)
        return true;
    if (QMessageBox::question(this, tr("未保存的修改"), tr("当前案件有未保存的修改，确定放弃吗？")) != QMessageBox::Yes)
        return false;
    m_autosave->stop();
    m_drafts.discard(m_fileName);
    return true;
}

void MainWindow::autosaveNow()
{
    m_autosave->stop();
    if (!m_dirty)
        return;
    if (const auto ok = m_drafts.save(m_file, m_fileName); !ok)
        statusBar()->showMessage(ok.errorString());
}

bool MainWindow::hasDraftToRestore() const
{
    return !m_drafts.list().isEmpty();
}

bool MainWindow::restoreDraft(bool ask)
{
    const QList<Drafts::Draft> drafts = m_drafts.list();
    if (drafts.isEmpty())
        return false;
    const Drafts::Draft &d = drafts.first(); // the newest
    const QString name = d.original.isEmpty() ? tr("未命名案件") : d.original;
    if (ask && QMessageBox::question(this, tr("恢复草稿"),
                                     tr("上次退出前有未保存的修改：\n%1\n（草稿保存于 %2）\n\n是否恢复？选“否”将保留草稿文件 %3。")
                                         .arg(name, d.savedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), d.path))
                   != QMessageBox::Yes)
        return false;
    auto file = Drafts::load(d);
    if (!file) {
        QMessageBox::warning(this, tr("无法恢复草稿"), tr("%1\n草稿文件未删除：%2").arg(file.errorString(), d.path));
        return false;
    }
    showCase(file.value(), d.original, true);
    return true;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (confirmDiscard())
        event->accept();
    else
        event->ignore();
}

} // namespace zw::gui
