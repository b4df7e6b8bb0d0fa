#include "AtomicFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace zw {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(zw::AtomicFile)
};
} // namespace

Expected<bool> writeFileAtomically(const QString &fileName, const QByteArray &bytes)
{
    const QString dir = QFileInfo(fileName).absolutePath();
    if (!QDir().mkpath(dir))
        return Diagnostic::error(fileName, Tr::tr("无法创建目录“%1”").arg(QDir::toNativeSeparators(dir)));
    QSaveFile out(fileName);
    if (!out.open(QIODevice::WriteOnly))
        return Diagnostic::error(fileName, Tr::tr("无法写入文件：%1").arg(out.errorString()));
    if (out.write(bytes) != bytes.size() || !out.commit())
        return Diagnostic::error(fileName, Tr::tr("保存失败，原文件未改动：%1").arg(out.errorString()));
    return true;
}

} // namespace zw
