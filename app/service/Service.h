#pragma once

#include "CaseFile.h"
#include "CaseSchema.h"
#include "Diagnostic.h"
#include "Records.h"
#include "TerminationRules.h"
#include "ZhongbenFamily.h"
#include "FollowUp.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <thread>

namespace zw {

class Catalog;
class Renderer;

// A template as the front ends list it.
struct TemplateInfo {
    QString id, title, family;
    int version = 0;
    QStringList requiredFields, dateFields;
    SignOffLevel signOff = SignOffLevel::None; // its base level (a case may raise it)
};

// How a document is issued.
struct IssueOptions {
    bool record = false;    // enter it in the register (needs the store)
    QString officer;        // who issued it, for the register
    qint64 caseId = 0;      // the store's case it comes from, if any
    qint64 approvalId = 0;  // the approval to issue under; 0: the latest for this content
    qint64 supersedes = 0;  // reissue: the register entry this one replaces (voided with it)
};

// What issuing wrote.
struct IssuedFile {
    QByteArray bytes;
    QString path;
    qint64 registerId = 0;   // 0 when not registered
    Diagnostics registerErrors; // written, but the register could not take it
};

// One case of a batch: a case file, or a row of a CSV file.
struct BatchInput {
    QString label;                 // file name, or `file 第 N 行`
    std::optional<CaseFile> file;
    Diagnostics errors;
};

// The use cases both front ends call, and nothing else does: checking a case
// (validation plus the chosen document's own decisions), rendering and
// issuing a document (render → atomic write → register: one path), printing,
// numbering certificates, the case store, import/export, drafts and
// verification. The catalog (rules, law, fonts, page, templates) is loaded
// once when the service is made and passed by reference below it.
class Service
{
public:
    // With the installed data files; a broken one is an error naming it.
    static Expected<std::unique_ptr<Service>> create();
    // With a catalog of the caller's (tests), writing PDF or `output`.
    explicit Service(const Catalog &catalog);
    Service(const Catalog &catalog, std::unique_ptr<Renderer> output);
    ~Service();
    Service(const Service &) = delete;
    Service &operator=(const Service &) = delete;

    // --- the catalog
    const CaseSchema &schema() const;
    const TerminationRules &terminationRules() const;
    QList<TemplateInfo> templates() const;
    // The document a case most likely needs next, from where it stands: the
    // ruling of a termination or 终本 it records, the 恢复执行通知书 of a
    // resumed case, the certificate of a performance, the 执行通知书 of an
    // enforcement case, the 督促履行告知书 of a trial case; for a new case
    // with no number yet, the 执行通知书.
    QString suggestedTemplate(const CaseFile &file) const;
    // Where templates and data files are looked for, first match first.
    static QStringList dataRoots();
    std::optional<TemplateInfo> templateInfo(const QString &id) const;
    // The same, or why there is none (naming the templates there are).
    Expected<TemplateInfo> findTemplate(const QString &id) const;
    // The templates that need a field (its own path or a group's).
    QStringList documentsNeeding(const QString &path) const;
    // The output format's file suffix, without the dot (`pdf`).
    QString outputSuffix() const;

    // --- cases and documents
    Expected<CaseFile> loadCaseFile(const QString &path) const;
    // Every finding on the case: the schema's, then the decisions of the
    // document's family (`templateId`), or without one of every family whose
    // part the case holds. Errors mean the document cannot be made.
    Diagnostics checkCase(const CaseFile &file, const QString &templateId = {}) const;
    Expected<TerminationDecision> decideTermination(const CaseFile &file) const;
    // May 终结本次执行程序 be ruled on the case's record of measures, at
    // `zhongben.decided_on` (or `today`), condition by condition.
    Expected<ZhongbenFamily::Assessment> assessZhongben(const CaseFile &file, const QDate &today = QDate::currentDate()) const;
    // What falls due (re-queries after 终本, report deadlines, 终本 possible,
    // 执前督促 ending) in one case, or in every active case of the store.
    struct CaseDue {
        qint64 caseId = 0;   // 0 for a case file
        QString caseNumber;
        DueItem item;
    };
    static QList<DueItem> dueInCase(const CaseFile &file, const QDate &on, int horizonDays = 30);
    // Where a case stands, as a case list shows it: 在办, 已终结执行,
    // 终结本次执行程序, 已恢复执行（执恢号）, 已自动履行; who handles it
    // (承办人: the sole judge, else the presiding judge, else the assistant);
    // when it was filed; and the next item due. 终本 only when the record
    // allows the ruling on its date (a date merely proposed is not a ruling).
    struct Standing {
        QString state;
        QString officer;
        QDate filedOn;
        std::optional<DueItem> next;
    };
    Standing standing(const CaseFile &file, const QDate &on = QDate::currentDate()) const;
    Expected<QList<CaseDue>> dueInStore(const QDate &on, int horizonDays = 30) const;
    // Resumes a 终本 case: the new 执恢 case (parties, basis and officers
    // carried over, `resumption` linking back) and the original with
    // `zhongben.resumed_as` set. `newNumber` must be a 执恢 number.
    struct Resumption {
        CaseFile resumed;
        CaseFile original;
    };
    struct ResumeRequest {
        QString newNumber;
        QDate resumedOn = QDate::currentDate();
        bool onCourtMotion = false;
        QString reason;
    };
    Expected<Resumption> resumeCase(const CaseFile &original, const ResumeRequest &request) const;
    // Records a network re-query after 终本 (date, result, when the applicant
    // was told) in `zhongben.requeries`.
    Expected<CaseFile> recordRequery(const CaseFile &file, const QDate &on, const QString &result, const QDate &applicantToldOn = {}) const;
    // --- editing a case as a form does (CaseEditing): list elements added with
    // the next party id or item number, removed and moved; any value set;
    // an ID number filling 性别 and 出生日期; a date as a clerk types it.
    static QString appendElement(CaseFile &file, const QString &listPath);
    static bool removeElement(CaseFile &file, const QString &elementPath);
    static bool moveElement(CaseFile &file, const QString &elementPath, int delta);
    static bool setCaseValue(CaseFile &file, const QString &path, const Json &value);
    static QStringList fillFromIdNumber(CaseFile &file, const QString &partyPath);
    static QDate parseDateInput(const QString &text);
    // How a choice reads in the form (`measures.debtors[0].report`,
    // `on_time` -> 按期如实报告): the owning family's rules file names it,
    // else the schema; the value itself when neither does.
    QString choiceLabel(const QString &path, const QString &value) const;
    // Writes bytes atomically (a printer's "print to file"): an older file
    // stays intact until the new one is whole.
    static Expected<bool> writeDocument(const QString &fileName, const QByteArray &bytes);

    // The document's bytes, written nowhere (preview).
    Expected<QByteArray> render(const QString &templateId, const CaseFile &file) const;
    // Issues a document: renders it, writes it atomically (on failure no file
    // is left and an older one stays intact) and, when asked, registers it.
    Expected<IssuedFile> issue(const QString &templateId, const CaseFile &file, const QString &outFile, const IssueOptions &options);
    // The document to send to a printer, entered in the register as printed.
    Expected<IssuedFile> print(const QString &templateId, const CaseFile &file, const IssueOptions &options);
    // The cases of a batch: case files, or the rows of one CSV file.
    Expected<QList<BatchInput>> readBatch(const QStringList &inputs) const;

    // --- the store (SQLite file; opened by the front end when it wants it)
    static QString defaultStoreLocation();
    // True when the location names a PostgreSQL server rather than a file.
    static bool isServerStore(const QString &location);
    // The location as messages show it (a password never appears).
    static QString describeStore(const QString &location);
    // `password` only when the server asks for one libpq does not have.
    Expected<bool> openStore(const QString &location = defaultStoreLocation(), const QString &password = {});
    static bool storeNeedsPassword(const Diagnostics &errors);
    void closeStore();
    bool hasStore() const;
    // Moves an unusable database aside (never deletes it); its new name.
    static Expected<QString> setStoreAside(const QString &location);

    // --- signing off before issue (签发) and voiding
    // Who signs the document off for this case (None: it issues directly).
    SignOffLevel signOffNeeded(const QString &templateId, const CaseFile &file) const;
    // Submits the document for approval (报批), to a login or to anyone
    // entitled; it must render. On a store with approvals pending or given
    // for the same content, the new request stands beside them.
    Expected<qint64> submitForSignOff(const QString &templateId, const CaseFile &file, qint64 caseId, const QString &to = {});
    Expected<bool> approveSignOff(qint64 approvalId);
    Expected<bool> returnSignOff(qint64 approvalId, const QString &reason);
    Expected<Approval> signOff(qint64 approvalId) const;
    // What waits for the current user's decision; every pending one; a case's.
    Expected<QList<Approval>> signOffsAwaitingMe() const;
    Expected<QList<Approval>> signOffsPending() const;
    Expected<QList<Approval>> signOffsOfCase(const QString &caseNumber) const;
    // The approval under which this document of this case, rendered as
    // `document` (the preview's bytes: not rendered again), can be issued
    // now, if any.
    Expected<std::optional<Approval>> approvalFor(const QString &templateId, const CaseFile &file, const QByteArray &document) const;
    // The store's acting login (the database user on a server) and rights.
    QString storeUser() const;
    bool mayApprove(SignOffLevel level) const;
    Expected<QStringList> approvers(SignOffLevel level) const;
    // Voids a register entry (作废) with a reason; verify reports it void.
    Expected<bool> voidDocument(qint64 registerId, const QString &reason);
    Expected<std::optional<IssuedDocument>> registerEntry(qint64 registerId) const;

    // --- administering the court's store
    Expected<StoreStatus> storeStatus() const;
    // Gives a login (made when missing, without a password) one of the
    // court's roles: 书记员、法官助理、审判员、审判长、院长、管理员.
    Expected<bool> grantStoreRole(const QString &login, const QString &role);
    // Moves a desk's store (an SQLite file) into the open one, in one
    // transaction, refusing with the numbers named where both issued the
    // same certificate number; this user's drafts of the desk's cases
    // follow them to their new ids.
    Expected<StoreCopyReport> copyStoreFrom(const QString &deskLocation);

    Expected<QString> allocateCertificateNumber(const CaseFile &file);
    Expected<Verification> verify(const QByteArray &bytes) const;
    Expected<Verification> verifyFile(const QString &path) const;

    Expected<qint64> saveCase(const CaseFile &file, qint64 id = 0, const QString &sourcePath = {});
    Expected<CaseFile> loadStoredCase(qint64 id) const;
    Expected<bool> markOpened(qint64 id);
    Expected<bool> setArchived(qint64 id, bool archived);
    Expected<qint64> duplicateCase(qint64 id);
    Expected<QList<StoredCase>> findCases(const CaseQuery &query = {}) const;
    Expected<StoredCase> caseSummary(qint64 id) const;
    Expected<qint64> caseFromSource(const QString &fileName) const;
    Expected<QList<qint64>> casesNumbered(const QString &number) const;
    Expected<QList<IssuedDocument>> documentsOf(qint64 caseId) const;
    Expected<TransferReport> importCaseFiles(const QStringList &files, ExistingCase existing);
    Expected<TransferReport> exportCases(const QList<qint64> &ids, const QString &dir) const;

    // --- drafts (files in the per-user data directory)
    Expected<bool> saveDraft(const CaseFile &file, const QString &original);
    void discardDraft(const QString &original);
    QList<Draft> drafts() const;
    static Expected<CaseFile> loadDraft(const Draft &draft);
    static QString storeDraftKey(qint64 caseId);
    static std::optional<qint64> storeCaseOfDraft(const Draft &draft);

private:
    Diagnostics checkCaseUnlabelled(const CaseFile &file, const QString &templateId) const;
    // 终本 ruled: a ruling date the record allows (a date merely proposed is not a ruling).
    bool ruledZhongben(const CaseFile &file, const QDate &on) const;
    struct Impl;
    std::unique_ptr<Impl> d;
};

// Generates, on a thread of its own, the ICU locales that the first
// document of a process would otherwise wait for (numerals, line breaking:
// a few milliseconds), while the front end loads Qt, the case and the
// template. Declare one at the top of main, before anything that may render;
// it waits for its thread when it goes out of scope. Needs no Qt object.
class Preparation
{
public:
    Preparation();
    ~Preparation();
    Preparation(const Preparation &) = delete;
    Preparation &operator=(const Preparation &) = delete;

private:
    std::thread m_thread;
};

} // namespace zw
