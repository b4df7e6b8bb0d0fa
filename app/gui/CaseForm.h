#pragma once

#include "CaseFile.h"
#include "Diagnostic.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QVBoxLayout;

namespace zw::gui {

// The case's fields as a form, each bound to its JSON path, with the
// validation messages shown under the field they concern. All checking is
// the core's (validateCase); the form only shows it.
class CaseForm : public QWidget
{
    Q_OBJECT
public:
    explicit CaseForm(QWidget *parent = nullptr);

    void setCase(CaseFile *file);
    void showDiagnostics(const Diagnostics &list);

    // Shows only the groups a document needs (its template's required fields).
    void showOnlyFor(const QStringList &requiredFields);

    QLineEdit *field(const QString &path) const;
    QString messageFor(const QString &path) const;

Q_SIGNALS:
    void edited();

private:
    struct Field {
        QString path;
        QLineEdit *edit;
        QLabel *message;
    };
    void rebuild();
    void applyFilter();
    QWidget *addGroup(const QString &title, const QList<QPair<QString, QString>> &fields);

    CaseFile *m_file = nullptr;
    QList<Field> m_fields;
    QVBoxLayout *m_layout;
    QLabel *m_general;
    QWidget *m_body = nullptr;
    QStringList m_required;
};

} // namespace zw::gui
