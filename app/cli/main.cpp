#include "Bootstrap.h"
#include "Command.h"
#include "Service.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    // ICU's locales for numerals and line breaking, generated on another
    // core while Qt starts and the case and template load.
    const zw::Preparation preparation;
    QCoreApplication app(argc, argv);
    zw::bootstrap();
    QTextStream out(stdout);
    QTextStream err(stderr);
    const int code = zw::cli::run(app.arguments().mid(1), out, err);
    out.flush();
    err.flush();
    return code;
}
