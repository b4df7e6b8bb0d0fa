#include "Bootstrap.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

namespace zw {

QString uiLanguage()
{
    const QString env = qEnvironmentVariable("ZHIWEN_LANG");
    if (!env.isEmpty())
        return env.startsWith(QLatin1String("en")) ? QStringLiteral("en") : QStringLiteral("zh_CN");
    const QString setting = QSettings().value(QStringLiteral("language")).toString();
    return setting == QLatin1String("en") ? QStringLiteral("en") : QStringLiteral("zh_CN");
}

void bootstrap()
{
    QCoreApplication::setOrganizationName(QStringLiteral("zhiwen"));
    QCoreApplication::setApplicationName(QStringLiteral("zhiwen"));
    QCoreApplication::setApplicationVersion(QStringLiteral("0.1.0"));
    // Qt's own strings (wizard buttons, dialogs) from Debian's qt6-translations-l10n.
    const QString qtLanguage = uiLanguage() == QLatin1String("en") ? QStringLiteral("en") : QStringLiteral("zh_CN");
    auto *qtTranslator = new QTranslator(QCoreApplication::instance());
    if (qtTranslator->load(QStringLiteral("qtbase_") + qtLanguage, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    if (uiLanguage() == QLatin1String("en")) {
        auto *translator = new QTranslator(QCoreApplication::instance());
        if (translator->load(QStringLiteral(":/i18n/zhiwen_en.qm")))
            QCoreApplication::installTranslator(translator);
    }
}

} // namespace zw
