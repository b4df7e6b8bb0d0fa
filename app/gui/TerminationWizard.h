#pragma once

#include "CaseFile.h"
#include "Service.h"
#include "TerminationRules.h"

#include <QWizard>

class QLabel;

namespace zw::gui {

class PdfPreview;

// The 终结执行 flow: ground → scope → respondents or items → facts, date and
// panel → the ruling's preview. Each page writes its choice into a copy of
// the case under `termination`; every rule, refusal and sentence comes from
// TerminationRules. The operative sentence is previewed live on every page.
class TerminationWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { GroundPage, ScopePage, SelectionPage, FactsPage, PreviewPage, NoRulingPage };
    static constexpr const char *RulingTemplate = "zhongjie-caiding";

    // `issue` says how the ruling is issued (registered, by whom, from which stored case).
    TerminationWizard(Service &service, const CaseFile &file, const IssueOptions &issue = {}, QWidget *parent = nullptr);

    const CaseFile &result() const { return m_file; }
    CaseFile &workingCase() { return m_file; }
    const TerminationRules &rules() const;

    QString groundId() const;
    // The ground the facts were written for: when the ground changes, facts
    // written for another one are flagged on the facts page.
    QString factsGround() const { return m_factsGround; }
    void setFactsGround(const QString &id) { m_factsGround = id; }
    std::optional<Scope> scope() const;
    // The decision on the current choices, as the preview shows it.
    Expected<TerminationDecision> decision() const;
    QString operativePreview() const;
    QByteArray rulingPdf() const { return m_pdf; }
    // Issues the ruling through the service: written and, when the case
    // store is open, entered in the register.
    bool savePdf(const QString &fileName);
    bool saveCase(const QString &fileName);

    // Writes one termination field and refreshes every preview.
    void setTerminationValue(const char *key, const Json &value);

Q_SIGNALS:
    void decisionChanged(const QString &text);

private:
    friend class RulingPreviewPage;
    Service &m_service;
    IssueOptions m_issue;
    CaseFile m_file;
    QString m_factsGround;
    QByteArray m_pdf;
};

} // namespace zw::gui
