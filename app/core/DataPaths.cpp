#include "DataPaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace zw::DataPaths {

QStringList roots()
{
    QStringList out;
    const QString env = qEnvironmentVariable("ZHIWEN_DATA_DIR");
    if (!env.isEmpty())
        out << env;
    const QString user = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (!user.isEmpty())
        out << user;
    if (QCoreApplication::instance()) {
        const QString appDir = QCoreApplication::applicationDirPath();
        out << QDir(appDir).absoluteFilePath(QStringLiteral("../share/zhiwen"));
    }
    out << QStringLiteral(ZHIWEN_INSTALL_DATA_DIR) << QStringLiteral(ZHIWEN_SOURCE_DATA_DIR);
    out.removeDuplicates();
    return out;
}

QStringList templateDirs()
{
    QStringList out;
    for (const QString &root : roots()) {
        const QString dir = root + QStringLiteral("/templates");
        if (QFileInfo(dir).isDir())
            out << dir;
    }
    return out;
}

QString templatesDir()
{
    const QStringList dirs = templateDirs();
    return dirs.isEmpty() ? QString() : dirs.first();
}

QString resource(const QString &relative)
{
    for (const QString &root : roots()) {
        const QString path = root + QStringLiteral("/resources/") + relative;
        if (QFileInfo::exists(path))
            return path;
    }
    return QStringLiteral(ZHIWEN_SOURCE_DATA_DIR "/resources/") + relative;
}

} // namespace zw::DataPaths
