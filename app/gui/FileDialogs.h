#pragma once

#include <QString>

class QWidget;

namespace zw::gui {

// Asks where to write a document: suggests `案号-文书名.<suffix>` in the
// user's documents folder, filters by the output format's suffix (the
// service's renderer, not a fixed .pdf) and adds the suffix when the name
// typed has none. Empty when cancelled.
QString askDocumentFile(QWidget *parent, const QString &caption, const QString &caseNumber, const QString &title, const QString &suffix);

// Asks where to save a case file: the file it came from, or `案号.json` in
// the user's documents folder; adds `.json` when the name typed has none.
QString askCaseFile(QWidget *parent, const QString &caption, const QString &current, const QString &caseNumber);

} // namespace zw::gui
