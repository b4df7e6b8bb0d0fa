#include "TerminationWizard.h"

#include "FileDialogs.h"
#include "Service.h"
#include "PdfPreview.h"
#include "ChineseText.h"

#include <QRegularExpression>

#include <QButtonGroup>
#include <QCheckBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace zw::gui {

namespace {

// The live operative sentence at the foot of each page.
QLabel *addDecisionPreview(TerminationWizard *wizard, QWizardPage *page, QVBoxLayout *layout)
{
    auto *label = new QLabel(page);
    label->setObjectName(QStringLiteral("decisionPreview"));
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setFrameShape(QFrame::StyledPanel);
    label->setMargin(6);
    layout->addStretch(1);
    layout->addWidget(label);
    QObject::connect(wizard, &TerminationWizard::decisionChanged, label, &QLabel::setText);
    return label;
}

class GroundPageWidget : public QWizardPage
{
    Q_DECLARE_TR_FUNCTIONS(zw::gui::TerminationWizard)
public:
    explicit GroundPageWidget(TerminationWizard *w) : m_wizard(w), m_group(new QButtonGroup(this)), m_explain(new QLabel(this))
    {
        setTitle(tr("为什么终结执行？"));
        setSubTitle(tr("选择终结执行的理由。说明和条文原文显示在下方。"));
        auto *layout = new QVBoxLayout(this);
        const auto &grounds = w->rules().grounds();
        for (int i = 0; i < grounds.size(); ++i) {
            auto *b = new QRadioButton(grounds[i].label, this);
            b->setObjectName(grounds[i].id);
            m_group->addButton(b, i);
            layout->addWidget(b);
            if (grounds[i].id == w->groundId())
                b->setChecked(true);
        }
        m_explain->setWordWrap(true);
        layout->addWidget(m_explain);
        addDecisionPreview(w, this, layout);
        connect(m_group, &QButtonGroup::idClicked, this, [this](int id) {
            const Ground &g = m_wizard->rules().grounds().at(id);
            m_wizard->setTerminationValue("ground", ss(g.id));
            showExplanation();
            Q_EMIT completeChanged();
        });
        showExplanation();
    }
    bool isComplete() const override { return m_group->checkedId() >= 0; }
    int nextId() const override
    {
        const Ground *g = m_wizard->rules().ground(m_wizard->groundId());
        return g && !g->ruling ? TerminationWizard::NoRulingPage : TerminationWizard::ScopePage;
    }

private:
    void showExplanation()
    {
        const Ground *g = m_wizard->rules().ground(m_wizard->groundId());
        m_explain->setText(g ? g->explain + (g->provisionText.isEmpty() ? QString() : QStringLiteral("\n\n") + tr("条文：") + g->provisionText) : QString());
    }
    TerminationWizard *m_wizard;
    QButtonGroup *m_group;
    QLabel *m_explain;
};

class ScopePageWidget : public QWizardPage
{
    Q_DECLARE_TR_FUNCTIONS(zw::gui::TerminationWizard)
public:
    explicit ScopePageWidget(TerminationWizard *w) : m_wizard(w), m_group(new QButtonGroup(this))
    {
        setTitle(tr("终结什么？"));
        setSubTitle(tr("只有所选理由允许的范围可以选择；不可选的范围下方写明原因。"));
        auto *layout = new QVBoxLayout(this);
        for (Scope s : allScopes()) {
            auto *b = new QRadioButton(w->rules().shape(s).label, this);
            b->setObjectName(scopeId(s));
            auto *why = new QLabel(this);
            why->setWordWrap(true);
            why->setIndent(24);
            m_group->addButton(b, int(s));
            m_reasons << why;
            layout->addWidget(b);
            layout->addWidget(why);
        }
        addDecisionPreview(w, this, layout);
        connect(m_group, &QButtonGroup::idClicked, this, [this](int id) {
            m_wizard->setTerminationValue("scope", ss(scopeId(Scope(id))));
            Q_EMIT completeChanged();
        });
    }
    void initializePage() override
    {
        const auto options = m_wizard->rules().scopeOptions(m_wizard->groundId(), m_wizard->result());
        int allowedCount = 0;
        for (const ScopeOption &o : options) {
            QAbstractButton *b = m_group->button(int(o.scope));
            b->setEnabled(o.allowed);
            m_reasons[int(o.scope)]->setText(o.allowed ? m_wizard->rules().shape(o.scope).explain : tr("不可选：") + o.reason);
            m_reasons[int(o.scope)]->setStyleSheet(o.allowed ? QString() : QStringLiteral("color: #75507b;"));
            allowedCount += o.allowed;
            if (!o.allowed && b->isChecked()) {
                m_group->setExclusive(false);
                b->setChecked(false);
                m_group->setExclusive(true);
            }
        }
        const auto current = m_wizard->scope();
        if (current && m_group->button(int(*current))->isEnabled())
            m_group->button(int(*current))->setChecked(true);
        else if (allowedCount == 1)
            for (const ScopeOption &o : options)
                if (o.allowed) {
                    m_group->button(int(o.scope))->setChecked(true);
                    m_wizard->setTerminationValue("scope", ss(scopeId(o.scope)));
                }
        Q_EMIT completeChanged();
    }
    bool isComplete() const override { return m_group->checkedButton() && m_group->checkedButton()->isEnabled(); }
    int nextId() const override
    {
        const auto s = m_wizard->scope();
        const bool hardship = m_wizard->groundId() == QStringLiteral("respondent_hardship");
        return (s == Scope::Respondents || s == Scope::Items || hardship) ? TerminationWizard::SelectionPage : TerminationWizard::FactsPage;
    }

private:
    TerminationWizard *m_wizard;
    QButtonGroup *m_group;
    QList<QLabel *> m_reasons;
};

class SelectionPageWidget : public QWizardPage
{
    Q_DECLARE_TR_FUNCTIONS(zw::gui::TerminationWizard)
public:
    explicit SelectionPageWidget(TerminationWizard *w) : m_wizard(w), m_list(new QListWidget(this)), m_permanent(new QCheckBox(this))
    {
        auto *layout = new QVBoxLayout(this);
        m_list->setObjectName(QStringLiteral("selection"));
        m_permanent->setObjectName(QStringLiteral("permanent"));
        m_permanent->setText(tr("丧失劳动能力为永久性"));
        layout->addWidget(m_list);
        layout->addWidget(m_permanent);
        addDecisionPreview(w, this, layout);
        connect(m_list, &QListWidget::itemChanged, this, [this] { store(); });
        connect(m_permanent, &QCheckBox::toggled, this, [this](bool on) { m_wizard->setTerminationValue("permanent", on); });
    }
    void initializePage() override
    {
        const auto s = m_wizard->scope();
        m_items = s == Scope::Items;
        const Json &root = m_wizard->result().json();
        const Json &t = root["termination"];
        QSignalBlocker block(m_list);
        m_list->clear();
        if (m_items) {
            setTitle(tr("终结哪些判项？"));
            setSubTitle(tr("勾选不再执行的判项，按执行依据中的顺序写入主文。"));
            const Json chosen = t.value("items", Json::array());
            for (const Json &item : root["basis"].value("items", Json::array())) {
                const int no = item.value("no", 0);
                auto *li = new QListWidgetItem(itemOrdinal(no) + QStringLiteral("：") + stringAt(item, "text"), m_list);
                li->setData(Qt::UserRole, no);
                li->setCheckState(std::find(chosen.begin(), chosen.end(), Json(no)) != chosen.end() ? Qt::Checked : Qt::Unchecked);
            }
        } else {
            setTitle(tr("终结对哪些被执行人的执行？"));
            setSubTitle(tr("勾选终结执行的被执行人，主文按案件中的顺序列出其姓名或名称。"));
            const Json chosen = t.value("respondents", Json::array());
            for (const Json &r : root.value("respondents", Json::array())) {
                const QString id = stringAt(r, "id");
                const QString kind = stringAt(r, "kind") == QStringLiteral("organization") ? tr("单位") : tr("公民");
                auto *li = new QListWidgetItem(QStringLiteral("%1（%2）").arg(stringAt(r, "name"), kind), m_list);
                li->setData(Qt::UserRole, id);
                li->setCheckState(std::find(chosen.begin(), chosen.end(), Json(ss(id))) != chosen.end() ? Qt::Checked : Qt::Unchecked);
            }
        }
        const bool hardship = m_wizard->groundId() == QStringLiteral("respondent_hardship");
        m_list->setVisible(s == Scope::Respondents || s == Scope::Items);
        m_permanent->setVisible(hardship);
        m_permanent->setChecked(t.value("permanent", false));
        store();
    }
    bool isComplete() const override
    {
        // A choice the rules refuse (a dismissal item, every item of a
        // support case…) stops here, where it was made, not pages later;
        // what later pages supply (facts, date) is not held against it.
        if (const auto d = m_wizard->decision(); !d)
            for (const Diagnostic &e : d.errors())
                for (const char *key : {"termination.items", "termination.respondents", "termination.scope", "termination.ground", "termination.permanent"})
                    if (e.path.startsWith(QLatin1String(key)))
                        return false;
        if (!m_list->isVisible() && m_list->count() == 0)
            return true;
        for (int i = 0; i < m_list->count(); ++i)
            if (m_list->item(i)->checkState() == Qt::Checked)
                return true;
        return !(m_wizard->scope() == Scope::Respondents || m_wizard->scope() == Scope::Items);
    }

private:
    void store()
    {
        Json chosen = Json::array();
        for (int i = 0; i < m_list->count(); ++i) {
            if (m_list->item(i)->checkState() != Qt::Checked)
                continue;
            const QVariant v = m_list->item(i)->data(Qt::UserRole);
            if (m_items)
                chosen.push_back(v.toInt());
            else
                chosen.push_back(ss(v.toString()));
        }
        const auto s = m_wizard->scope();
        if (s == Scope::Items) {
            m_wizard->setTerminationValue("items", chosen);
            m_wizard->setTerminationValue("respondents", Json::array());
        } else if (s == Scope::Respondents) {
            m_wizard->setTerminationValue("respondents", chosen);
            m_wizard->setTerminationValue("items", Json::array());
        }
        Q_EMIT completeChanged();
    }
    TerminationWizard *m_wizard;
    QListWidget *m_list;
    QCheckBox *m_permanent;
    bool m_items = false;
};

class FactsPageWidget : public QWizardPage
{
    Q_DECLARE_TR_FUNCTIONS(zw::gui::TerminationWizard)
public:
    explicit FactsPageWidget(TerminationWizard *w) : m_wizard(w), m_facts(new QPlainTextEdit(this)), m_date(new QDateEdit(this)), m_error(new QLabel(this))
    {
        setTitle(tr("事实、日期和合议庭"));
        setSubTitle(tr("写明终结执行的事实；裁定日期决定引用哪一版法律。"));
        auto *layout = new QVBoxLayout(this);
        auto *form = new QFormLayout;
        m_facts->setObjectName(QStringLiteral("facts"));
        m_date->setObjectName(QStringLiteral("decidedOn"));
        m_date->setCalendarPopup(true);
        m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        m_leadIn->setWordWrap(true);
        m_leadIn->setObjectName(QStringLiteral("leadIn"));
        m_stale->setWordWrap(true);
        m_stale->setObjectName(QStringLiteral("staleFacts"));
        m_stale->setStyleSheet(QStringLiteral("color: #8f5902;"));
        m_stale->hide();
        form->addRow(m_leadIn);
        form->addRow(m_stale);
        form->addRow(tr("事实与理由"), m_facts);
        form->addRow(tr("裁定日期"), m_date);
        for (const auto &[key, label] : {std::pair{"sole_judge", tr("独任审判员")}, std::pair{"presiding", tr("审判长")},
                                          std::pair{"assistant", tr("法官助理")}, std::pair{"clerk", tr("书记员")}}) {
            auto *edit = new QLineEdit(this);
            edit->setObjectName(QLatin1String(key));
            m_officers.append({key, edit});
            form->addRow(label, edit);
        }
        m_judges = new QLineEdit(this);
        m_judges->setObjectName(QStringLiteral("judges"));
        m_judges->setPlaceholderText(tr("合议庭审判员，以顿号分隔"));
        form->addRow(tr("审判员"), m_judges);
        layout->addLayout(form);
        m_error->setWordWrap(true);
        m_error->setStyleSheet(QStringLiteral("color: #a40000;"));
        layout->addWidget(m_error);
        addDecisionPreview(w, this, layout);
        connect(m_facts, &QPlainTextEdit::textChanged, this, [this] {
            m_wizard->setTerminationValue("facts", ss(m_facts->toPlainText()));
            // Edited now, the facts are the current ground's.
            if (!m_loading) {
                m_wizard->setFactsGround(m_wizard->groundId());
                m_stale->hide();
            }
        });
        connect(m_date, &QDateEdit::dateChanged, this, [this](QDate d) { m_wizard->setTerminationValue("decided_on", ss(d.toString(Qt::ISODate))); });
    }
    void initializePage() override
    {
        const Json &root = m_wizard->result().json();
        const Json &t = root["termination"];
        m_loading = true;
        m_facts->setPlainText(stringAt(t, "facts"));
        m_loading = false;
        // The ruling's paragraph begins with a fixed lead-in (the template's):
        // the officer writes what follows it.
        QStringList applicants, respondents;
        for (const Json &p : root.value("applicants", Json::array()))
            applicants << stringAt(p, "name");
        for (const Json &p : root.value("respondents", Json::array()))
            respondents << stringAt(p, "name");
        m_leadIn->setText(tr("裁定书中这一段以“本院在执行申请执行人%1与被执行人%2%3一案中，”开头，请接着写事实，如“被执行人张某于2024年5月3日死亡，……”。")
                              .arg(applicants.join(QStringLiteral("、")), respondents.join(QStringLiteral("、")), stringAt(root.value("case", Json::object()), "cause")));
        const Ground *now = m_wizard->rules().ground(m_wizard->groundId());
        const Ground *before = m_wizard->rules().ground(m_wizard->factsGround());
        const bool stale = !stringAt(t, "facts").trimmed().isEmpty() && m_wizard->factsGround() != m_wizard->groundId();
        m_stale->setText(stale ? tr("下面的事实是按理由“%1”写的，理由现在是“%2”：请核对或改写。").arg(before ? before->label : m_wizard->factsGround(), now ? now->label : m_wizard->groundId())
                               : QString());
        m_stale->setVisible(stale);
        const QDate d = parseIsoDate(stringAt(t, "decided_on"));
        m_date->setDate(d.isValid() ? d : QDate::currentDate());
        const Json officers = root.value("officers", Json::object());
        for (const auto &[key, edit] : m_officers)
            edit->setText(stringAt(officers, key));
        QStringList judges;
        for (const Json &j : officers.value("judges", Json::array()))
            if (j.is_string())
                judges << qs(j.get<std::string>());
        m_judges->setText(judges.join(QStringLiteral("、")));
    }
    bool validatePage() override
    {
        Json &officers = m_wizard->workingCase().json()["officers"];
        for (const auto &[key, edit] : m_officers)
            officers[key] = edit->text().trimmed().isEmpty() ? Json() : Json(ss(edit->text().trimmed()));
        Json judges = Json::array();
        for (const QString &j : m_judges->text().split(QRegularExpression(QStringLiteral("[、,，\\s]+")), Qt::SkipEmptyParts))
            judges.push_back(ss(j));
        officers["judges"] = judges;
        const auto d = m_wizard->decision();
        m_error->setText(d ? QString() : d.displayString());
        return bool(d);
    }

private:
    TerminationWizard *m_wizard;
    QPlainTextEdit *m_facts;
    QLabel *m_leadIn = new QLabel(this);
    QLabel *m_stale = new QLabel(this);
    bool m_loading = false;
    QDateEdit *m_date;
    QLineEdit *m_judges;
    QList<std::pair<const char *, QLineEdit *>> m_officers;
    QLabel *m_error;
};

} // namespace

class RulingPreviewPage : public QWizardPage
{
    Q_DECLARE_TR_FUNCTIONS(zw::gui::TerminationWizard)
public:
    explicit RulingPreviewPage(TerminationWizard *w) : m_wizard(w), m_preview(new PdfPreview(this))
    {
        setTitle(tr("裁定书预览"));
        setSubTitle(tr("核对后保存案件和裁定书 PDF，交法官签发。"));
        auto *layout = new QVBoxLayout(this);
        layout->addWidget(m_preview, 1);
        auto *buttons = new QHBoxLayout;
        auto *saveCase = new QPushButton(tr("保存案件…"), this);
        auto *savePdf = m_savePdf = new QPushButton(tr("保存裁定书 PDF…"), this);
        buttons->addStretch(1);
        buttons->addWidget(saveCase);
        buttons->addWidget(savePdf);
        layout->addLayout(buttons);
        connect(saveCase, &QPushButton::clicked, this, [this] {
            const QString f = askCaseFile(this, tr("保存案件"), QString(), m_wizard->result().text(QStringLiteral("case.number")));
            if (!f.isEmpty())
                m_wizard->saveCase(f);
        });
        connect(savePdf, &QPushButton::clicked, this, [this] {
            const auto info = m_wizard->m_service.templateInfo(QLatin1String(TerminationWizard::RulingTemplate));
            const QString f = askDocumentFile(this, tr("保存裁定书 PDF"), m_wizard->result().text(QStringLiteral("case.number")),
                                              info ? info->title : QString(), m_wizard->m_service.outputSuffix());
            if (!f.isEmpty())
                m_wizard->savePdf(f);
        });
    }
    void initializePage() override
    {
        m_wizard->m_pdf.clear();
        const auto pdf = m_wizard->m_service.render(QLatin1String(TerminationWizard::RulingTemplate), m_wizard->result());
        // Only a ruling that rendered can be saved.
        m_savePdf->setEnabled(bool(pdf));
        if (!pdf) {
            m_preview->showMessage(pdf.displayString());
            return;
        }
        m_wizard->m_pdf = *pdf;
        m_preview->setPdf(*pdf);
    }
    int nextId() const override { return -1; }

private:
    TerminationWizard *m_wizard;
    PdfPreview *m_preview;
    QPushButton *m_savePdf = nullptr;
};

namespace {
class NoRulingPageWidget : public QWizardPage
{
    Q_DECLARE_TR_FUNCTIONS(zw::gui::TerminationWizard)
public:
    explicit NoRulingPageWidget(TerminationWizard *w) : m_wizard(w), m_text(new QLabel(this))
    {
        setTitle(tr("不作出终结执行裁定"));
        m_text->setObjectName(QStringLiteral("closing"));
        m_text->setWordWrap(true);
        auto *layout = new QVBoxLayout(this);
        layout->addWidget(m_text);
        layout->addStretch(1);
    }
    void initializePage() override
    {
        const auto d = m_wizard->decision();
        m_text->setText(d ? d->closing + QStringLiteral("\n\n") + tr("依据：") + d->citation : d.displayString());
    }
    int nextId() const override { return -1; }

private:
    TerminationWizard *m_wizard;
    QLabel *m_text;
};
} // namespace

TerminationWizard::TerminationWizard(Service &service, const CaseFile &file, const IssueOptions &issue, QWidget *parent)
    : QWizard(parent), m_service(service), m_issue(issue), m_file(file)
{
    setWindowTitle(tr("终结执行向导"));
    setWizardStyle(QWizard::ClassicStyle);
    resize(900, 760);
    Json &root = m_file.json();
    if (!root.contains("termination") || !root["termination"].is_object())
        root["termination"] = {{"ground", ""}, {"scope", ""}, {"respondents", Json::array()}, {"items", Json::array()},
                               {"permanent", false}, {"facts", ""}, {"decided_on", ss(QDate::currentDate().toString(Qt::ISODate))}};
    m_factsGround = groundId();
    setPage(GroundPage, new GroundPageWidget(this));
    setPage(ScopePage, new ScopePageWidget(this));
    setPage(SelectionPage, new SelectionPageWidget(this));
    setPage(FactsPage, new FactsPageWidget(this));
    setPage(PreviewPage, new RulingPreviewPage(this));
    setPage(NoRulingPage, new NoRulingPageWidget(this));
    setStartId(GroundPage);
    Q_EMIT decisionChanged(operativePreview());
}

QString TerminationWizard::groundId() const
{
    return stringAt(m_file.json().value("termination", Json::object()), "ground");
}

std::optional<Scope> TerminationWizard::scope() const
{
    return scopeFromId(stringAt(m_file.json().value("termination", Json::object()), "scope"));
}

const TerminationRules &TerminationWizard::rules() const
{
    return m_service.terminationRules();
}

Expected<TerminationDecision> TerminationWizard::decision() const
{
    return m_service.decideTermination(m_file);
}

QString TerminationWizard::operativePreview() const
{
    if (groundId().isEmpty())
        return tr("主文预览：请选择终结理由");
    const auto d = decision();
    if (!d)
        return tr("主文预览：尚不能确定——%1").arg(d.displayString());
    QString text = d->rulingRequired ? tr("主文预览：%1\n%2").arg(d->operative, d->citation) : tr("不作裁定：%1").arg(d->closing);
    for (const QString &w : d->warnings)
        text += QStringLiteral("\n") + tr("提示：") + w;
    return text;
}

void TerminationWizard::setTerminationValue(const char *key, const Json &value)
{
    m_file.json()["termination"][key] = value;
    Q_EMIT decisionChanged(operativePreview());
}

bool TerminationWizard::savePdf(const QString &fileName)
{
    if (m_pdf.isEmpty()) {
        QMessageBox::warning(this, tr("无法保存 PDF"), tr("裁定书尚未生成"));
        return false;
    }
    const auto issued = m_service.issue(QLatin1String(RulingTemplate), m_file, fileName, m_issue);
    if (!issued) {
        QMessageBox::warning(this, tr("无法保存 PDF"), issued.displayString());
        return false;
    }
    if (!issued->registerErrors.isEmpty())
        QMessageBox::warning(this, tr("未能登记"), tr("PDF 已保存，但未能记入发文登记：\n%1").arg(joinDisplayMessages(issued->registerErrors)));
    return true;
}

bool TerminationWizard::saveCase(const QString &fileName)
{
    const auto ok = m_file.save(fileName);
    if (!ok)
        QMessageBox::warning(this, tr("保存失败"), ok.displayString());
    return bool(ok);
}

} // namespace zw::gui
