#pragma once

#include "CaseFile.h"
#include "Service.h"

#include <QMainWindow>

#include <functional>
#include <optional>

class QAction;
class QComboBox;
class QLabel;
class QScrollArea;
class QPrinter;
class QMenu;
class QTimer;

namespace zw::gui {

class CaseForm;
class CaseListDialog;
class PdfPreview;
class SignOffDialog;

// Open a case, edit it with the checks beside each field, render a document
// from a template, preview it and save the PDF. Rules and rendering are the
// core's; this window only wires them to widgets.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(Service &service, QWidget *parent = nullptr);

    void newCase();
    bool openCase(const QString &fileName);
    bool openStoredCase(qint64 id);
    // Saves to the file (when named) and to the case store; an unnamed case
    // goes to the store only. False with the reason shown.
    bool saveCase(const QString &fileName);
    bool saveCase() { return saveCase(m_fileName); }
    qint64 storedCaseId() const { return m_caseId; }

    // The service with its case store, opened on first use; null when the
    // user works without the store. When it cannot be opened the user
    // chooses: try again, move the unusable file aside and start a new one,
    // or go on without the store. Never a silent reset.
    enum class StoreProblem { Retry, SetAside, WithoutStore };
    Service *store();
    void setStoreProblemHandler(std::function<StoreProblem(const QString &message)> handler) { m_storeProblem = std::move(handler); }
    // What to do with unsaved edits before the case goes (quit, open another):
    // asked with 保存 as the default; tests answer through the handler.
    enum class Unsaved { Save, Discard, Cancel };
    void setUnsavedHandler(std::function<Unsaved()> handler) { m_unsaved = std::move(handler); }
    bool saveCaseInteractive();
    CaseListDialog *showCaseList();
    // Renders the chosen template into the preview; false with the reason shown.
    bool renderPreview();
    // Issues the document through the service: written, and registered
    // when the store is open.
    bool savePdf(const QString &fileName);
    // The document as the printer gets it (rendered now, registered as printed).
    bool printTo(QPrinter *printer);
    bool setTemplate(const QString &id);
    QString currentTemplate() const;
    // Takes the certificate number for this case's performance from the store.
    bool allocateCertificateNumber();
    // The register's answer for a PDF on disk, as shown to the user.
    QString verifyPdf(const QString &fileName);
    void runTerminationWizard();
    void runZhongbenChecklist();
    void showDue();
    // 签发 → 报批: submits the current document for approval to `to` (a
    // login) or to anyone entitled; false with the reason shown.
    bool submitForSignOff(const QString &to = {});
    // 签发 → 待我签发 (the dialog is the caller's to show).
    SignOffDialog *showSignOffs();
    // Where the current document stands with its sign-off, as the status bar
    // shows it: empty for a notice; 须审判员签发 · 未报批 / 待批 / 已批准 …
    QString signOffState() const;
    // Asks for the server's password when libpq has none; tests answer here.
    void setPasswordPrompt(std::function<QString(const QString &why)> prompt) { m_passwordPrompt = std::move(prompt); }
    // After 设置 changed the store's location: the next use opens the new one.
    void storeLocationChanged();
    // Says in the status bar how many items fall due or are overdue (文书→到期事项 lists them).
    QString announceDue();
    // 帮助→关于: version, templates and their versions, where data and the store are.
    QString aboutText() const;

    // Autosave: edits are written to a draft a couple of seconds after the
    // last keystroke; at start a draft left by a crash is offered back.
    void autosaveNow();
    bool hasDraftToRestore() const;
    bool restoreDraft(bool ask = true);

    // True for the empty case shown at start: the first-run profile may replace it.
    bool isUntouchedBlank() const;
    bool canSaveDocument() const;
    CaseForm *form() const { return m_form; }
    PdfPreview *preview() const { return m_preview; }
    const CaseFile &caseFile() const { return m_file; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    // Makes `file` the current case; optionally switches to a document.
    void showCase(CaseFile file, const QString &fileName, qint64 caseId, bool dirty, const QString &templateId = {});
    QString draftKey() const;
    void fillRecentMenu();
    void filterFormByTemplate();
    void revalidate();
    void updateTitle();
    bool confirmDiscard();
    CaseFile blankCase();
    void updateCourtNotice();
    void setDocumentActionsEnabled(bool enabled);
    void updateSignOffState();

    IssueOptions issueOptions();

    Service &m_service;
    CaseFile m_file;
    QString m_fileName;
    qint64 m_caseId = 0;
    bool m_dirty = false;
    bool m_storeOpen = false;
    bool m_withoutStore = false;
    std::function<StoreProblem(const QString &)> m_storeProblem;
    std::function<Unsaved()> m_unsaved;
    std::function<QString(const QString &)> m_passwordPrompt;
    QString m_storeLocation; // the store that is open (or was last tried)
    QLabel *m_signOffState = nullptr;
    QLabel *m_storeState = nullptr;
    QMenu *m_recent = nullptr;
    CaseForm *m_form;
    PdfPreview *m_preview;
    QComboBox *m_templates;
    QTimer *m_autosave;
    QTimer *m_rerender;
    QScrollArea *m_formScroll = nullptr;
    QLabel *m_courtNotice;
    QAction *m_exportPdf = nullptr;
    QAction *m_printAction = nullptr;
};

} // namespace zw::gui
