#include "Bootstrap.h"
#include "MainWindow.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    zw::bootstrap();
    zw::gui::MainWindow window;
    const QStringList args = app.arguments();
    if (args.size() > 1)
        window.openCase(args.at(1));
    window.show();
    return app.exec();
}
