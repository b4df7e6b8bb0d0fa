#include "Bootstrap.h"
#include "DocumentRenderer.h"
#include "MainWindow.h"
#include "SettingsDialog.h"
#include "TerminationRules.h"

#include <QApplication>
#include <QMessageBox>

int main(int argc, char *argv[])
{
    // ICU's locales for numerals and line breaking, generated on another
    // core while the window comes up: the first preview does not wait.
    const zw::RenderPreparation preparation;
    QApplication app(argc, argv);
    zw::bootstrap();
    if (const zw::Diagnostics broken = zw::checkDataFiles(); !broken.isEmpty()) {
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "数据文件有误"),
                              QCoreApplication::translate("main", "规则或法条表无法使用，请修正后重新启动：\n\n%1").arg(zw::joinMessages(broken)));
        return 3;
    }
    zw::gui::MainWindow window;
    const QStringList args = app.arguments();
    if (args.size() > 1)
        window.openCase(args.at(1));
    window.show();
    // First start on this workstation: the court profile before anything else.
    if (zw::gui::SettingsDialog::needsFirstRun())
        zw::gui::SettingsDialog(true, &window).exec();
    // An unusable case store is reported now, with a way out, not at the first save.
    window.store();
    // A draft left by a crash or power cut is offered back before anything else.
    if (window.hasDraftToRestore())
        window.restoreDraft();
    return app.exec();
}
