#include "FileDialogs.h"

#include "FileNames.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QStandardPaths>

namespace zw::gui {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(zw::gui::FileDialogs)
};
} // namespace

// The user's documents folder, or home where there is none.
QString documentsDir()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QDir(dir).exists() ? dir : QDir::homePath();
}

QString askCaseFile(QWidget *parent, const QString &caption, const QString &current, const QString &caseNumber)
{
    const QString dir = documentsDir();
    const QString suggested = !current.isEmpty() ? current : QDir(dir).filePath(safeFileName(caseNumber, Tr::tr("新案件")) + QStringLiteral(".json"));
    QString chosen = QFileDialog::getSaveFileName(parent, caption, suggested, Tr::tr("案件文件 (*.json)"));
    if (!chosen.isEmpty() && QFileInfo(chosen).suffix().compare(QStringLiteral("json"), Qt::CaseInsensitive) != 0)
        chosen += QStringLiteral(".json");
    return chosen;
}

QString askDocumentFile(QWidget *parent, const QString &caption, const QString &caseNumber, const QString &title, const QString &suffix)
{
    const QString dir = documentsDir();
    const QString suggested = QDir(dir).filePath(documentFileName(caseNumber, title, suffix));
    QString chosen = QFileDialog::getSaveFileName(parent, caption, suggested,
                                                  Tr::tr("%1 文件 (*.%2)").arg(suffix.toUpper(), suffix));
    if (!chosen.isEmpty() && QFileInfo(chosen).suffix().compare(suffix, Qt::CaseInsensitive) != 0)
        chosen += QLatin1Char('.') + suffix;
    return chosen;
}

} // namespace zw::gui
