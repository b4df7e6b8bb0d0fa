#include "Bootstrap.h"
#include "Command.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    zw::bootstrap();
    QTextStream out(stdout);
    QTextStream err(stderr);
    const int code = zw::cli::run(app.arguments().mid(1), out, err);
    out.flush();
    err.flush();
    return code;
}
