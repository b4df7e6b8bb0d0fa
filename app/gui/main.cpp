#include "Bootstrap.h"
#include "MainWindow.h"
#include "Service.h"
#include "SettingsDialog.h"

#include <QApplication>
#include <QMessageBox>

int main(int argc, char *argv[])
{
    // ICU's locales for numerals and line breaking, generated on another
    // core while the window comes up: the first preview does not wait.
    const zw::Preparation preparation;
    QApplication app(argc, argv);
    zw::bootstrap();
    // Every data file (rules, law table, fonts, page, templates) is loaded
    // and checked once, now: a broken one is named, never an abort later.
    auto service = zw::Service::create();
    if (!service) {
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "数据文件有误"),
                              QCoreApplication::translate("main", "规则、法条表、字体、版式或模板文件无法使用，请修正后重新启动：\n\n%1")
                                  .arg(service.displayString()));
        return 3;
    }
    zw::gui::MainWindow window(*service.value());
    const QStringList args = app.arguments();
    // Shown first: opening a case may ask for the store's password.
    window.show();
    if (args.size() > 1)
        window.openCase(args.at(1));
    // First start on this workstation: the court profile before anything else.
    if (zw::gui::SettingsDialog::needsFirstRun()) {
        zw::gui::SettingsDialog(true, &window).exec();
        // The empty case on screen starts from the profile just entered.
        if (window.isUntouchedBlank())
            window.newCase();
    }
    // An unusable case store is reported now, with a way out, not at the first save.
    window.store();
    // A draft left by a crash or power cut is offered back before anything else.
    if (window.hasDraftToRestore())
        window.restoreDraft();
    // What the court's cases owe today (re-queries after 终本, deadlines).
    window.announceDue();
    return app.exec();
}
