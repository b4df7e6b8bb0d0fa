#pragma once

#include <QDialog>
#include "Json.h"

#include <QMap>

class QComboBox;
class QLineEdit;

namespace zw::gui {

// Court profile, default officers, font roles and language, kept in
// QSettings (fonts in the user's copy of resources/fonts.json, which the
// data search path prefers). Shown once at first start.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(bool firstRun = false, QWidget *parent = nullptr);

    static bool needsFirstRun();
    // The court profile and default officers entered here: a new case starts
    // from them; saving a case never changes them. Empty objects when unset.
    static Json courtProfile();
    static Json defaultOfficers();
    // The store to open: $ZHIWEN_STORE, else the one chosen here, else this
    // machine's file.
    static QString storeLocation();
    QLineEdit *storeField() const { return m_store; }
    QLineEdit *field(const QString &key) const { return m_fields.value(key); }
    QComboBox *fontChoice(const QString &role) const { return m_fonts.value(role); }
    // Writes everything; false with a message when the font file cannot be written.
    bool apply();

private:
    QMap<QString, QLineEdit *> m_fields; // "court.name", "officers.clerk" …
    QMap<QString, QComboBox *> m_fonts;  // "title", "body"
    QComboBox *m_language;
    QLineEdit *m_store = nullptr;
};

} // namespace zw::gui
