#include "MainWindow.h"

#include "CaseForm.h"
#include "CaseListDialog.h"
#include "DataPaths.h"
#include "FileDialogs.h"
#include "PdfPreview.h"
#include "Printing.h"
#include "Service.h"
#include "SettingsDialog.h"
#include "SignOffDialog.h"
#include "TerminationWizard.h"
#include "ZhongbenChecklist.h"

#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QVBoxLayout>
#include <QMenuBar>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QMessageBox>

#include <algorithm>
#include <QLineEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>

namespace zw::gui {

namespace {
// The platform's key for a standard action when it has one, and `fallback`
// (first when the platform has none, so menus show it).
QList<QKeySequence> standardOr(QKeySequence::StandardKey key, const QKeySequence &fallback)
{
    QList<QKeySequence> keys = QKeySequence::keyBindings(key);
    if (!keys.contains(fallback))
        keys.append(fallback);
    return keys;
}
} // namespace

MainWindow::MainWindow(Service &service, QWidget *parent)
    : QMainWindow(parent), m_service(service), m_form(new CaseForm), m_preview(new PdfPreview), m_templates(new QComboBox), m_autosave(new QTimer(this)),
      m_rerender(new QTimer(this)), m_courtNotice(new QLabel)
{
    m_autosave->setSingleShot(true);
    m_autosave->setInterval(2000);
    connect(m_autosave, &QTimer::timeout, this, &MainWindow::autosaveNow);
    m_rerender->setSingleShot(true);
    m_rerender->setInterval(400);
    connect(m_rerender, &QTimer::timeout, this, [this] { renderPreview(); });
    auto *scroll = m_formScroll = new QScrollArea;
    scroll->setWidget(m_form);
    scroll->setWidgetResizable(true);
    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_courtNotice->setWordWrap(true);
    m_courtNotice->setStyleSheet(QStringLiteral("background: #fce94f; padding: 4px;"));
    m_courtNotice->hide();
    leftLayout->addWidget(m_courtNotice);
    leftLayout->addWidget(scroll, 1);
    auto *split = new QSplitter;
    split->addWidget(left);
    split->addWidget(m_preview);
    split->setStretchFactor(1, 1);
    scroll->setMinimumWidth(420);
    split->setSizes({520, 760});
    setCentralWidget(split);
    resize(1280, 860);
    m_signOffState = new QLabel;
    m_signOffState->setObjectName(QStringLiteral("signOffState"));
    m_storeState = new QLabel;
    statusBar()->addPermanentWidget(m_signOffState);
    statusBar()->addPermanentWidget(m_storeState);
    // What waits for this login's approval, looked at again now and then.
    auto *awaiting = new QTimer(this);
    awaiting->setInterval(60000);
    connect(awaiting, &QTimer::timeout, this, [this] { updateSignOffState(); });
    awaiting->start();

    for (const TemplateInfo &t : m_service.templates())
        m_templates->addItem(t.title, t.id);

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
    file->addAction(tr("案件库(&L)…"), QKeySequence(Qt::CTRL | Qt::Key_L), this, [this] { showCaseList(); });
    m_recent = file->addMenu(tr("最近的案件(&R)"));
    connect(m_recent, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    file->addSeparator();
    file->addAction(tr("保存案件(&S)"), QKeySequence::Save, this, [this] { saveCaseInteractive(); });
    QAction *saveAs = file->addAction(tr("案件另存为(&A)…"), this, [this] {
        const QString f = askCaseFile(this, tr("案件另存为"), m_fileName, m_file.text(QStringLiteral("case.number")));
        if (!f.isEmpty())
            saveCase(f);
    });
    // QKeySequence::SaveAs is empty on some platforms: Ctrl+Shift+S as well.
    saveAs->setShortcuts(standardOr(QKeySequence::SaveAs, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)));
    file->addSeparator();
    QAction *exportPdf = m_exportPdf = file->addAction(tr("保存 PDF(&E)…"), this, [this] {
        const auto info = m_service.templateInfo(currentTemplate());
        const QString f = askDocumentFile(this, tr("保存 PDF"), m_file.text(QStringLiteral("case.number")), info ? info->title : currentTemplate(),
                                          m_service.outputSuffix());
        if (!f.isEmpty())
            savePdf(f);
    });
    exportPdf->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_printAction = file->addAction(tr("打印(&P)…"), QKeySequence::Print, this, [this] {
        if (!renderPreview())
            return;
        QPrinter printer(QPrinter::HighResolution);
        QPrintDialog dialog(&printer, this);
        dialog.setOption(QAbstractPrintDialog::PrintToFile, true);
        if (dialog.exec() == QDialog::Accepted)
            printTo(&printer);
    });
    file->addSeparator();
    // QKeySequence::Preferences is empty on most Linux desktops: Ctrl+, as well.
    QAction *settings = file->addAction(tr("设置(&T)…"), this, [this] {
        SettingsDialog dialog(false, this);
        if (dialog.exec() == QDialog::Accepted && SettingsDialog::storeLocation() != m_storeLocation)
            storeLocationChanged();
    });
    settings->setShortcuts(standardOr(QKeySequence::Preferences, QKeySequence(Qt::CTRL | Qt::Key_Comma)));
    file->addSeparator();
    QAction *quit = file->addAction(tr("退出(&Q)"), this, &QWidget::close);
    quit->setShortcuts(standardOr(QKeySequence::Quit, QKeySequence(Qt::CTRL | Qt::Key_Q)));

    QMenu *doc = menuBar()->addMenu(tr("文书(&D)"));
    QAction *render = doc->addAction(tr("生成预览(&R)"), this, [this] { renderPreview(); });
    render->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    QAction *wizard = doc->addAction(tr("终结执行向导(&T)…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T), this, &MainWindow::runTerminationWizard);
    doc->addAction(tr("终本条件核对(&Z)…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B), this, &MainWindow::runZhongbenChecklist);
    doc->addAction(tr("到期事项(&U)…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U), this, &MainWindow::showDue);
    doc->addAction(tr("分配证明书编号(&N)"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), this, [this] { allocateCertificateNumber(); });
    doc->addAction(tr("核对 PDF(&V)…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V), this, [this] {
        const QString suffix = m_service.outputSuffix();
        const QString f = QFileDialog::getOpenFileName(this, tr("核对 PDF"), QString(), tr("%1 文件 (*.%2)").arg(suffix.toUpper(), suffix));
        if (!f.isEmpty())
            QMessageBox::information(this, tr("核对 PDF"), verifyPdf(f));
    });

    // 签发: a ruling or decision is approved before it issues.
    QMenu *signOff = menuBar()->addMenu(tr("签发(&G)"));
    signOff->addAction(tr("报批(&B)…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G), this, [this] {
        Service *s = store();
        if (!s)
            return;
        const SignOffLevel level = m_service.signOffNeeded(currentTemplate(), m_file);
        if (level == SignOffLevel::None) {
            QMessageBox::information(this, tr("报批"), tr("此文书无需签发，可直接保存或打印。"));
            return;
        }
        const auto approvers = s->approvers(level);
        QStringList choices{tr("（有权签发的任何人）")};
        if (approvers)
            choices += *approvers;
        bool ok = false;
        const QString to = QInputDialog::getItem(this, tr("报批"), tr("报请%1签发，报送给：").arg(signOffLevelName(level)), choices, 0, false, &ok);
        if (ok)
            submitForSignOff(to == choices.first() ? QString() : to);
    });
    signOff->addAction(tr("待我签发(&W)…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W), this, [this] {
        if (SignOffDialog *dialog = showSignOffs())
            dialog->show();
    });

    QMenu *help = menuBar()->addMenu(tr("帮助(&H)"));
    help->addAction(tr("关于执文(&A)…"), this, [this] { QMessageBox::about(this, tr("关于执文"), aboutText()); });

    QToolBar *bar = addToolBar(tr("文书"));
    bar->setObjectName(QStringLiteral("documentToolBar"));
    bar->addWidget(m_templates);
    bar->addAction(render);
    bar->addAction(exportPdf);
    bar->addSeparator();
    bar->addAction(wizard);
    // The messages are the chosen document's (a trial document refuses an
    // enforcement number, an enforcement one does not).
    connect(m_templates, &QComboBox::currentIndexChanged, this, [this] {
        filterFormByTemplate();
        revalidate();
        renderPreview();
    });
    // The empty case's first document (the service knows which).
    setTemplate(m_service.suggestedTemplate(CaseFile()));

    filterFormByTemplate();
    connect(m_form, &CaseForm::edited, this, [this] {
        m_dirty = true;
        m_autosave->start();
        revalidate();
        updateTitle();
        updateCourtNotice();
        // The preview follows the case on screen: it is redrawn shortly after
        // typing stops (saving and printing render the case as it is anyway).
        m_rerender->start();
    });
    m_file = blankCase();
    m_form->setService(&m_service);
    m_form->setCase(&m_file);
    revalidate();
    updateCourtNotice();
    setDocumentActionsEnabled(false);
    updateTitle();
    m_preview->showMessage(tr("新建案件（Ctrl+N），从案件库打开（Ctrl+L），或打开案件文件（Ctrl+O）；填好后文书在这里预览。"));
}

bool MainWindow::openCase(const QString &fileName)
{
    auto loaded = m_service.loadCaseFile(fileName);
    if (!loaded) {
        QMessageBox::warning(this, tr("无法打开案件"), loaded.displayString());
        return false;
    }
    qint64 id = 0;
    if (Service *cases = store()) {
        const auto known = cases->caseFromSource(fileName);
        // Saving looks the file's case up again, so a failure here never
        // makes a second copy of the case.
        if (!known)
            statusBar()->showMessage(tr("无法读取案件库：%1").arg(known.displayString()));
        id = known ? *known : 0;
    }
    showCase(loaded.value(), fileName, id, false, m_service.suggestedTemplate(loaded.value()));
    return true;
}

bool MainWindow::openStoredCase(qint64 id)
{
    Service *cases = store();
    if (!cases)
        return false;
    auto loaded = cases->loadStoredCase(id);
    if (!loaded) {
        QMessageBox::warning(this, tr("无法打开案件"), loaded.displayString());
        return false;
    }
    cases->markOpened(id);
    showCase(loaded.value(), QString(), id, false, m_service.suggestedTemplate(loaded.value()));
    return true;
}

Service *MainWindow::store()
{
    if (m_storeOpen)
        return &m_service;
    if (m_withoutStore)
        return nullptr;
    const QString path = m_storeLocation = SettingsDialog::storeLocation();
    QString password;
    for (;;) {
        auto opened = m_service.openStore(path, password);
        if (opened) {
            m_storeOpen = true;
            updateSignOffState();
            return &m_service;
        }
        const bool server = Service::isServerStore(path);
        // A server that wants a password libpq does not have: ask (it is
        // kept by the connection only, never written anywhere).
        if (server && Service::storeNeedsPassword(opened.errors())) {
            const QString why = password.isEmpty() ? tr("连接法院案件库服务器 %1 需要密码：").arg(Service::describeStore(path))
                                                   : tr("密码不对，请重新输入（%1）：").arg(Service::describeStore(path));
            if (m_passwordPrompt) {
                password = m_passwordPrompt(why);
            } else {
                bool ok = false;
                password = QInputDialog::getText(this, tr("案件库密码"), why, QLineEdit::Password, QString(), &ok);
                if (!ok)
                    password.clear();
            }
            if (!password.isEmpty())
                continue;
        }
        const QString message = server ? tr("无法连接法院的案件库服务器：\n%1").arg(opened.displayString())
                                       : tr("案件库无法打开：\n%1\n\n数据库文件：%2").arg(opened.displayString(), QDir::toNativeSeparators(path));
        StoreProblem choice = StoreProblem::WithoutStore;
        if (m_storeProblem) {
            choice = m_storeProblem(message);
        } else {
            QMessageBox box(QMessageBox::Critical, tr("案件库无法使用"), message, QMessageBox::NoButton, this);
            // A server is never replaced by a local store that would number on its own.
            box.setInformativeText(server ? tr("可以检查网络后重试，或暂不使用案件库，只用案件文件工作（此时不分配编号、不登记）。")
                                          : tr("可以关闭占用它的其他程序后重试；或把这个文件改名保存（不删除）并新建案件库；或暂不使用案件库，只用案件文件工作。"));
            QPushButton *retry = box.addButton(tr("重试"), QMessageBox::AcceptRole);
            QPushButton *aside = server ? nullptr : box.addButton(tr("改名保存并新建"), QMessageBox::DestructiveRole);
            box.addButton(tr("暂不使用案件库"), QMessageBox::RejectRole);
            box.exec();
            choice = box.clickedButton() == retry ? StoreProblem::Retry : aside && box.clickedButton() == aside ? StoreProblem::SetAside : StoreProblem::WithoutStore;
        }
        if (choice == StoreProblem::WithoutStore) {
            m_withoutStore = true;
            statusBar()->showMessage(tr("未使用案件库：案件只保存为文件"));
            return nullptr;
        }
        if (choice == StoreProblem::SetAside && server) {
            m_withoutStore = true;
            statusBar()->showMessage(tr("未连接案件库服务器：案件只保存为文件"));
            return nullptr;
        }
        if (choice == StoreProblem::SetAside) {
            const auto moved = Service::setStoreAside(path);
            if (!moved) {
                QMessageBox::warning(this, tr("案件库无法使用"), moved.displayString());
                m_withoutStore = true;
                return nullptr;
            }
            statusBar()->showMessage(tr("原案件库已改名为 %1，未删除").arg(QDir::toNativeSeparators(*moved)));
        }
    }
}

CaseListDialog *MainWindow::showCaseList()
{
    Service *cases = store();
    if (!cases)
        return nullptr;
    auto *dialog = new CaseListDialog(*cases, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CaseListDialog::openRequested, this, [this, dialog](qint64 id) {
        if (m_caseId == id && !m_dirty) {
            dialog->close();
            return;
        }
        if (confirmDiscard() && openStoredCase(id))
            dialog->close();
    });
    dialog->open();
    return dialog;
}

void MainWindow::fillRecentMenu()
{
    m_recent->clear();
    Service *cases = store();
    if (!cases) {
        m_recent->addAction(tr("（案件库不可用）"))->setEnabled(false);
        return;
    }
    CaseQuery recent;
    recent.limit = 9;
    const auto found = cases->findCases(recent);
    if (!found) {
        m_recent->addAction(tr("无法读取案件库：%1").arg(found.displayString()))->setEnabled(false);
        return;
    }
    const QList<StoredCase> &list = *found;
    for (int i = 0; i < list.size(); ++i) {
        const StoredCase &c = list[i];
        const QString label = QStringLiteral("&%1 %2  %3").arg(i + 1).arg(c.number.isEmpty() ? tr("（无案号）") : c.number, c.parties.join(QStringLiteral("、")));
        const qint64 id = c.id;
        m_recent->addAction(label, this, [this, id] {
            if (confirmDiscard())
                openStoredCase(id);
        });
    }
    if (list.isEmpty())
        m_recent->addAction(tr("（还没有案件）"))->setEnabled(false);
}

CaseFile MainWindow::blankCase()
{
    // A clerk's new case starts from the court profile and the default
    // officers of 设置 (saving a case never changes them).
    CaseFile file;
    file.json()["case"] = Json::object();
    file.json()["basis"] = Json::object();
    if (const Json profile = SettingsDialog::courtProfile(); !profile.empty())
        file.json()["court"] = profile;
    if (const Json officers = SettingsDialog::defaultOfficers(); !officers.empty())
        file.json()["officers"] = officers;
    return file;
}

bool MainWindow::canSaveDocument() const
{
    return m_exportPdf->isEnabled() && m_printAction->isEnabled();
}

bool MainWindow::isUntouchedBlank() const
{
    return m_fileName.isEmpty() && !m_caseId && !m_dirty && m_file.text(QStringLiteral("case.number")).isEmpty();
}

void MainWindow::setDocumentActionsEnabled(bool enabled)
{
    // Save and Print act on a document that rendered from the case on screen.
    m_exportPdf->setEnabled(enabled);
    m_printAction->setEnabled(enabled);
}

void MainWindow::updateCourtNotice()
{
    // A case of another court (opened from a colleague's file, or imported)
    // says so: its documents carry that court's name, not this one's.
    const QString own = stringAt(SettingsDialog::courtProfile(), "name");
    const QString theirs = m_file.text(QStringLiteral("court.name"));
    const bool other = !own.isEmpty() && !theirs.isEmpty() && own != theirs;
    m_courtNotice->setText(other ? tr("本案是“%1”的案件，不是本院（%2）的：文书以“%1”的名义制作。").arg(theirs, own) : QString());
    m_courtNotice->setVisible(other);
}

void MainWindow::newCase()
{
    CaseFile blank = blankCase();
    const QString first = m_service.suggestedTemplate(blank);
    showCase(std::move(blank), QString(), 0, false, first);
    if (QLineEdit *first = m_form->field(QStringLiteral("case.number")))
        first->setFocus();
}

bool MainWindow::saveCase(const QString &fileName)
{
    const QString autosavedTo = draftKey();
    if (!fileName.isEmpty()) {
        if (const auto ok = m_file.save(fileName); !ok) {
            QMessageBox::warning(this, tr("保存失败"), ok.displayString());
            return false;
        }
    }
    QString where = fileName;
    if (Service *cases = store()) {
        qint64 id = m_caseId;
        Expected<qint64> saved = qint64(0);
        // The store's case for this file, if any: a failed lookup must not
        // become "none" (that would save the case twice).
        const auto known = !id && !fileName.isEmpty() ? cases->caseFromSource(fileName) : Expected<qint64>(id);
        if (!known)
            saved = known.errors();
        else
            saved = cases->saveCase(m_file, *known, fileName);
        if (!saved) {
            // Without a file the edits exist only in the draft: keep it.
            QMessageBox::warning(this, tr("保存失败"), tr("未能存入案件库：\n%1").arg(saved.displayString()));
            if (fileName.isEmpty())
                return false;
        } else {
            m_caseId = *saved;
            where = fileName.isEmpty() ? tr("案件库第 %1 号（文件→案件库 Ctrl+L 可找到）").arg(m_caseId) : tr("%1（案件库第 %2 号）").arg(fileName).arg(m_caseId);
        }
    } else if (fileName.isEmpty()) {
        return false;
    }
    m_autosave->stop();
    m_fileName = fileName;
    m_dirty = false;
    // The draft this case was autosaved to, and any left for where it now lives.
    m_service.discardDraft(autosavedTo);
    m_service.discardDraft(draftKey());
    updateTitle();
    statusBar()->showMessage(tr("已保存 %1").arg(where), 5000);
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

QString MainWindow::currentTemplate() const
{
    return m_templates->currentData().toString();
}

bool MainWindow::renderPreview()
{
    const auto info = m_service.templateInfo(currentTemplate());
    const QString title = info ? info->title : currentTemplate();
    m_rerender->stop();
    const auto pdf = m_service.render(currentTemplate(), m_file);
    if (!pdf) {
        m_preview->showMessage(tr("无法生成“%1”：\n%2").arg(title, pdf.displayString()));
        setDocumentActionsEnabled(false);
        return false;
    }
    m_preview->setPdf(*pdf);
    setDocumentActionsEnabled(true);
    updateSignOffState();
    statusBar()->showMessage(tr("已生成“%1”，共 %2 页").arg(title).arg(m_preview->pageCount()), 5000);
    return true;
}

bool MainWindow::submitForSignOff(const QString &to)
{
    Service *s = store();
    if (!s)
        return false;
    if (!renderPreview())
        return false;
    const auto id = s->submitForSignOff(currentTemplate(), m_file, m_caseId, to);
    if (!id) {
        QMessageBox::warning(this, tr("无法报批"), id.displayString());
        return false;
    }
    statusBar()->showMessage(tr("已报批：报批第 %1 号，须由%2签发。批准前修改案件的，须重新报批。")
                                 .arg(*id)
                                 .arg(to.isEmpty() ? signOffLevelName(m_service.signOffNeeded(currentTemplate(), m_file)) : to),
                             8000);
    updateSignOffState();
    return true;
}

SignOffDialog *MainWindow::showSignOffs()
{
    Service *s = store();
    if (!s)
        return nullptr;
    auto *dialog = new SignOffDialog(*s, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SignOffDialog::decided, this, [this] { updateSignOffState(); });
    return dialog;
}

QString MainWindow::signOffState() const
{
    return m_signOffState ? m_signOffState->text() : QString();
}

void MainWindow::storeLocationChanged()
{
    m_service.closeStore();
    m_storeOpen = false;
    m_withoutStore = false;
    m_storeLocation.clear();
    fillRecentMenu();
    updateSignOffState();
}

void MainWindow::updateSignOffState()
{
    if (!m_signOffState)
        return;
    if (!m_storeOpen) {
        m_storeState->clear();
        m_signOffState->clear();
        return;
    }
    const auto awaiting = m_service.signOffsAwaitingMe();
    const int waiting = awaiting ? int(awaiting->size()) : 0;
    const QString user = m_service.storeUser();
    m_storeState->setText(Service::isServerStore(m_storeLocation)
                              ? (waiting ? tr("登录 %1 · 待我签发 %2 件").arg(user).arg(waiting) : tr("登录 %1").arg(user))
                              : QString());
    const SignOffLevel level = m_service.signOffNeeded(currentTemplate(), m_file);
    if (level == SignOffLevel::None) {
        m_signOffState->clear();
        return;
    }
    QString state;
    // The preview holds the document as last rendered from this case (empty when it failed).
    if (const auto approved = m_service.approvalFor(currentTemplate(), m_file, m_preview->pdf()); approved && *approved) {
        state = tr("已批准（报批第 %1 号，%2）").arg((*approved)->id).arg((*approved)->decidedBy);
    } else if (!Service::isServerStore(m_storeLocation)) {
        state = tr("出具时由承办人自行签发");
    } else {
        state = tr("未报批");
        const auto of = m_service.signOffsOfCase(m_file.text(QStringLiteral("case.number")));
        const QByteArray content = m_file.toBytes();
        if (of)
            for (const Approval &a : *of)
                if (a.templateId == currentTemplate())
                    state = a.caseJson == content ? a.stateText() + (a.state == Approval::State::Returned ? tr("：%1").arg(a.reason) : QString())
                                                  : tr("报批后已修改，须重新报批");
    }
    m_signOffState->setText(tr("须%1签发 · %2").arg(signOffLevelName(level), state));
}

bool MainWindow::savePdf(const QString &fileName)
{
    const IssueOptions options = issueOptions();
    const auto issued = m_service.issue(currentTemplate(), m_file, fileName, options);
    if (!issued) {
        QMessageBox::warning(this, tr("无法保存 PDF"), issued.displayString());
        return false;
    }
    m_preview->setPdf(issued->bytes);
    if (!issued->registerErrors.isEmpty()) {
        QMessageBox::warning(this, tr("未能登记"), tr("PDF 已保存，但未能记入发文登记：\n%1").arg(joinDisplayMessages(issued->registerErrors)));
        return true;
    }
    statusBar()->showMessage(options.record ? tr("已保存并登记 %1").arg(fileName) : tr("已保存 %1；案件库不可用，未登记").arg(fileName), 5000);
    return true;
}

IssueOptions MainWindow::issueOptions()
{
    // Every document issued or printed goes into the register when there is
    // one, so it can be verified later; the clerk of the case issues it.
    IssueOptions options;
    options.record = store() != nullptr;
    options.officer = m_file.text(QStringLiteral("officers.clerk"));
    options.caseId = m_caseId;
    return options;
}

bool MainWindow::printTo(QPrinter *printer)
{
    const auto printed = m_service.print(currentTemplate(), m_file, issueOptions());
    if (!printed) {
        m_preview->showMessage(printed.displayString());
        return false;
    }
    m_preview->setPdf(printed->bytes);
    const auto info = m_service.templateInfo(currentTemplate());
    const QString title = QStringLiteral("%1 %2").arg(m_file.text(QStringLiteral("case.number")), info ? info->title : currentTemplate());
    if (const QString failed = sendPdfToPrinter(printed->bytes, printer, title); !failed.isEmpty()) {
        QMessageBox::warning(this, tr("打印失败"), failed);
        return false;
    }
    statusBar()->showMessage(printed->registerId ? tr("已送打印机并登记：%1").arg(title) : tr("已送打印机：%1（案件库不可用，未登记）").arg(title), 5000);
    return true;
}

bool MainWindow::allocateCertificateNumber()
{
    Service *numbers = store();
    if (!numbers)
        return false;
    const auto number = numbers->allocateCertificateNumber(m_file);
    if (!number) {
        QMessageBox::warning(this, tr("无法分配编号"), number.displayString());
        return false;
    }
    CaseFile numbered = m_file;
    numbered.setText(QStringLiteral("performance.certificate_no"), *number);
    showCase(std::move(numbered), m_fileName, m_caseId, true, QStringLiteral("zidong-lvxing-zhengming"));
    return true;
}

QString MainWindow::verifyPdf(const QString &fileName)
{
    Service *register_ = store();
    if (!register_)
        return tr("案件库不可用，无法核对");
    const auto found = register_->verifyFile(fileName);
    // A register that cannot be read is said so, never "not registered".
    return found ? found->text() : tr("无法核对：%1").arg(found.displayString());
}

void MainWindow::runTerminationWizard()
{
    TerminationWizard wizard(m_service, m_file, issueOptions(), this);
    if (wizard.exec() != QDialog::Accepted)
        return;
    const bool ruling = !stringAt(wizard.result().json().value("termination", Json::object()), "ground").isEmpty();
    showCase(wizard.result(), m_fileName, m_caseId, true, ruling ? QStringLiteral("zhongjie-caiding") : QString());
}

void MainWindow::runZhongbenChecklist()
{
    ZhongbenChecklist checklist(m_service, m_file, this);
    if (checklist.exec() != QDialog::Accepted || checklist.chosenTemplate().isEmpty())
        return;
    const bool changed = checklist.result().toBytes() != m_file.toBytes();
    showCase(checklist.result(), m_fileName, m_caseId, m_dirty || changed, checklist.chosenTemplate());
}

QString MainWindow::aboutText() const
{
    QStringList templates;
    for (const TemplateInfo &t : m_service.templates())
        templates << tr("%1（第 %2 版）").arg(t.title).arg(t.version);
    return tr("<p><b>执文 ZhiWen</b> %1</p><p>法院执行文书生成：终结执行、终结本次执行程序与常用通知、决定、证明，离线运行。</p>"
              "<p>模板：%2</p><p>数据目录：%3</p><p>案件库：%4</p><p>Qt %5</p>")
        .arg(QCoreApplication::applicationVersion(), templates.join(QStringLiteral("、")), m_service.dataRoots().join(QStringLiteral("；")).toHtmlEscaped(),
             m_storeOpen ? Service::describeStore(m_storeLocation).toHtmlEscaped() : tr("未打开"), QString::fromLatin1(qVersion()));
}

QString MainWindow::announceDue()
{
    if (!store())
        return {};
    const auto due = m_service.dueInStore(QDate::currentDate());
    if (!due || due->isEmpty())
        return {};
    const auto overdue = std::count_if(due->cbegin(), due->cend(), [](const Service::CaseDue &c) { return c.item.obligation && c.item.date < QDate::currentDate(); });
    const QString text = overdue ? tr("%1 项事项 30 天内到期，其中 %2 项已逾期：见“文书→到期事项”").arg(due->size()).arg(overdue)
                                 : tr("%1 项事项 30 天内到期：见“文书→到期事项”").arg(due->size());
    statusBar()->showMessage(text);
    return text;
}

void MainWindow::showDue()
{
    const auto due = m_service.dueInStore(QDate::currentDate());
    QString text;
    if (!due)
        text = tr("无法读取到期事项：%1").arg(due.displayString());
    else if (due->isEmpty())
        text = tr("今后 30 天内没有到期事项，也没有逾期未办的事项。");
    else
        for (const auto &c : *due)
            text += QStringLiteral("%1　%2　%3%4\n").arg(c.item.date.toString(Qt::ISODate), c.caseNumber, c.item.what,
                                                       c.item.obligation && c.item.date < QDate::currentDate() ? tr("（已逾期）") : QString());
    QMessageBox box(QMessageBox::Information, tr("到期事项"), text.trimmed(), QMessageBox::Ok, this);
    box.exec();
}

void MainWindow::showCase(CaseFile file, const QString &fileName, qint64 caseId, bool dirty, const QString &templateId)
{
    const bool another = fileName != m_fileName || caseId != m_caseId || (fileName.isEmpty() && !caseId);
    m_file = std::move(file);
    m_fileName = fileName;
    m_caseId = caseId;
    m_dirty = dirty;
    if (dirty)
        m_autosave->start();
    m_form->setCase(&m_file);
    // Another case starts at its top, not where the last one was scrolled to.
    if (another)
        m_formScroll->verticalScrollBar()->setValue(0);
    revalidate();
    updateTitle();
    updateCourtNotice();
    // Switching the document renders through the combo box's signal.
    const int index = templateId.isEmpty() ? -1 : m_templates->findData(templateId);
    if (index >= 0 && index != m_templates->currentIndex())
        m_templates->setCurrentIndex(index);
    else
        renderPreview();
}

void MainWindow::filterFormByTemplate()
{
    if (const auto t = m_service.templateInfo(currentTemplate()))
        m_form->showOnlyFor(t->requiredFields + t->dateFields);
}

void MainWindow::revalidate()
{
    const Diagnostics list = m_service.checkCase(m_file, currentTemplate());
    m_form->showDiagnostics(list);
    int errors = 0;
    for (const Diagnostic &d : list)
        errors += d.isError();
    statusBar()->showMessage(list.isEmpty() ? tr("案件信息无误") : tr("%1 个错误，%2 个警告").arg(errors).arg(list.size() - errors));
}

QString MainWindow::draftKey() const
{
    if (!m_fileName.isEmpty())
        return m_fileName;
    return m_caseId ? Service::storeDraftKey(m_caseId) : QString();
}

void MainWindow::updateTitle()
{
    // 案号 · where the case lives (file, 案件库 or unsaved), the same for every case.
    const QString number = m_file.text(QStringLiteral("case.number"));
    const QString where = !m_fileName.isEmpty() ? QFileInfo(m_fileName).fileName()
                          : m_caseId            ? tr("案件库第 %1 号").arg(m_caseId)
                                                : tr("未保存");
    const QString name = (number.isEmpty() ? tr("新案件") : number) + QStringLiteral(" · ") + where;
    setWindowTitle(tr("%1%2 — 执文").arg(name, m_dirty ? QStringLiteral(" *") : QString()));
}

bool MainWindow::saveCaseInteractive()
{
    // Into the store; a case opened from a file is written back there too.
    if (m_fileName.isEmpty() && !store()) {
        const QString f = askCaseFile(this, tr("保存案件"), QString(), m_file.text(QStringLiteral("case.number")));
        return !f.isEmpty() && saveCase(f);
    }
    return saveCase();
}

bool MainWindow::confirmDiscard()
{
    if (!m_dirty)
        return true;
    // Saving is the default: Enter never throws edits away.
    Unsaved choice = Unsaved::Cancel;
    if (m_unsaved) {
        choice = m_unsaved();
    } else {
        QMessageBox box(QMessageBox::Warning, tr("未保存的修改"), tr("当前案件有未保存的修改。要先保存吗？"), QMessageBox::NoButton, this);
        QPushButton *save = box.addButton(tr("保存(&S)"), QMessageBox::AcceptRole);
        QPushButton *discard = box.addButton(tr("不保存(&N)"), QMessageBox::DestructiveRole);
        QPushButton *cancel = box.addButton(tr("取消"), QMessageBox::RejectRole);
        box.setDefaultButton(save);
        box.setEscapeButton(cancel);
        box.exec();
        choice = box.clickedButton() == save ? Unsaved::Save : box.clickedButton() == discard ? Unsaved::Discard : Unsaved::Cancel;
    }
    switch (choice) {
    case Unsaved::Save:
        return saveCaseInteractive();
    case Unsaved::Discard:
        m_autosave->stop();
        m_service.discardDraft(draftKey());
        return true;
    case Unsaved::Cancel:
        break;
    }
    return false;
}

void MainWindow::autosaveNow()
{
    m_autosave->stop();
    if (!m_dirty)
        return;
    if (const auto ok = m_service.saveDraft(m_file, draftKey()); !ok)
        statusBar()->showMessage(ok.displayString());
}

bool MainWindow::hasDraftToRestore() const
{
    return !m_service.drafts().isEmpty();
}

bool MainWindow::restoreDraft(bool ask)
{
    const QList<Draft> drafts = m_service.drafts();
    if (drafts.isEmpty())
        return false;
    const Draft &d = drafts.first(); // the newest
    const std::optional<qint64> storeCase = Service::storeCaseOfDraft(d);
    const bool stored = storeCase.has_value();
    const qint64 caseId = storeCase.value_or(0);
    auto file = Service::loadDraft(d);
    // The case as a clerk knows it: its number and parties, and the file it
    // belongs to by name; where the draft lies is in the details.
    QString name = d.original.isEmpty() ? tr("新案件") : stored ? tr("案件库中的案件") : QFileInfo(d.original).fileName();
    if (file) {
        QStringList parties;
        for (const char *side : {"applicants", "respondents"})
            for (const Json &p : file->json().value(side, Json::array()))
                parties << stringAt(p, "name");
        const QString number = file->text(QStringLiteral("case.number"));
        name = QStringLiteral("%1%2（%3）").arg(number.isEmpty() ? tr("（无案号）") : number,
                                             parties.isEmpty() ? QString() : QStringLiteral(" ") + parties.join(QStringLiteral("、")), name);
    }
    if (ask) {
        QMessageBox box(QMessageBox::Question, tr("恢复草稿"),
                        tr("上次退出前，%1 有未保存的修改（草稿保存于 %2）。\n\n是否恢复？选“否”将保留草稿，下次启动时再问。")
                            .arg(name, d.savedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))),
                        QMessageBox::Yes | QMessageBox::No, this);
        box.setDefaultButton(QMessageBox::Yes);
        box.setDetailedText(tr("草稿文件：%1").arg(QDir::toNativeSeparators(d.path)) + (d.original.isEmpty() ? QString() : tr("\n案件：%1").arg(d.original)));
        if (box.exec() != QMessageBox::Yes)
            return false;
    }
    if (!file) {
        QMessageBox::warning(this, tr("无法恢复草稿"), tr("%1\n草稿文件未删除：%2").arg(file.displayString(), d.path));
        return false;
    }
    showCase(file.value(), stored ? QString() : d.original, caseId, true, m_service.suggestedTemplate(file.value()));
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
