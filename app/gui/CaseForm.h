#pragma once

#include "CaseFile.h"
#include "CaseSchema.h"
#include "Diagnostic.h"

#include <QHash>
#include <QSet>
#include <QWidget>

#include <functional>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QToolButton;
class QVBoxLayout;

namespace zw {
class Service;
}

namespace zw::gui {

// The case as a form built from the case schema: one section for each part
// of the case (court, case, applicants, respondents, basis, … and each
// document family's part), an editor by field type (a date field with a
// calendar that also takes 2024年3月5日, choices, parties picked by name,
// multi-line text), lists whose elements are added, removed and reordered,
// and the validation messages under the field they concern, by label.
// All checking is the service's; the form only edits the case and shows it.
class CaseForm : public QWidget
{
    Q_OBJECT
public:
    explicit CaseForm(QWidget *parent = nullptr);

    // The service names choices (from the families' rules files).
    void setService(const Service *service) { m_service = service; }
    void setCase(CaseFile *file);
    void showDiagnostics(const Diagnostics &list);

    // Shows only the sections a document needs (its template's required
    // fields), unless the user asked to see every section.
    void showOnlyFor(const QStringList &requiredFields);
    void setShowAll(bool all);

    // The editor bound to a concrete path (`respondents[0].born_on`); its
    // section is opened when it was closed. field(): the line edit of a
    // text, date or suggestion field; null for other editors.
    QWidget *editor(const QString &path);
    QLineEdit *field(const QString &path);
    QString messageFor(const QString &path) const;
    // The section of a top-level key, and whether the filter shows it.
    bool isSectionShown(const QString &key) const;
    void setSectionOpen(const QString &key, bool open);

    // List editing, as the buttons do it: the new element's path, or empty.
    QString addElement(const QString &listPath);
    bool removeElement(const QString &elementPath);
    bool moveElement(const QString &elementPath, int delta);
    // Asked before an element with something typed in it is removed (the
    // element as a clerk names it); tests answer through the handler.
    void setRemoveConfirmation(std::function<bool(const QString &what)> ask) { m_confirmRemove = std::move(ask); }

Q_SIGNALS:
    void edited();

private:
    struct Field {
        QString path;
        QString section;
        const FieldSpec *spec = nullptr;
        QWidget *editor = nullptr;
        QLabel *message = nullptr;
        QFormLayout *form = nullptr; // the row it is in
        QWidget *row = nullptr;
    };
    struct Section {
        QString key;
        const FieldSpec *spec = nullptr;
        QToolButton *header = nullptr;
        QLabel *message = nullptr;
        QWidget *body = nullptr;   // null until first opened
        QWidget *frame = nullptr;
        bool open = false;
    };
    struct Element {
        QString path;
        QString section;
        const FieldSpec *list = nullptr;
        int index = 0;
        QLabel *title = nullptr;
        QLabel *message = nullptr;
    };

    void rebuild();
    void buildSection(Section &s);
    void openSection(Section &s, bool open);
    Section *sectionFor(const QString &path);
    void applyFilter();
    void updateHeaders();
    void refreshReferences();
    void refreshTitles();
    void reload(const QString &path);
    void restructured(const QString &path);

    void addMembers(QFormLayout *form, const FieldSpec &object, const QString &path, const Json *value, const QString &section);
    void addField(QFormLayout *form, const FieldSpec &spec, const QString &path, const QString &section);
    QWidget *addList(const FieldSpec &list, const QString &path, const QString &section, QWidget *parent);
    QWidget *makeEditor(const FieldSpec &spec, const QString &path, QWidget *parent);
    void loadEditor(const Field &f);
    void fillReferenceCombo(QComboBox *box, const FieldSpec &spec, const QString &current);
    void written(const QString &path);
    void writeText(const QString &path, const FieldSpec &spec, const QString &text);
    void writeValue(const QString &path, const Json &value);
    QString label(const FieldSpec &spec) const;

    CaseFile *m_file = nullptr;
    const Service *m_service = nullptr;
    QVBoxLayout *m_layout;
    QCheckBox *m_showAllBox;
    QLabel *m_general;
    QWidget *m_body = nullptr;
    QList<Section> m_sections;
    QList<Field> m_fields;
    QList<Element> m_elements;
    QHash<QString, QLabel *> m_listMessages;
    QSet<QString> m_opened;  // sections the user opened or closed, by key: their state survives a rebuild
    QSet<QString> m_closed;
    QStringList m_required;
    Diagnostics m_diagnostics;
    bool m_loading = false;
    std::function<bool(const QString &)> m_confirmRemove;
};

} // namespace zw::gui
