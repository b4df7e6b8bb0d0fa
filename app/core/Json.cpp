#include "Json.h"

#include <QCoreApplication>
#include <QFile>

namespace zw {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(zw::Json)
};
} // namespace

QString lineColumnText(const QByteArray &bytes, std::size_t offset)
{
    int line = 1;
    qsizetype lineStart = 0;
    const qsizetype end = std::min<qsizetype>(qsizetype(offset), bytes.size());
    for (qsizetype i = 0; i < end; ++i) {
        if (bytes[i] == '\n') {
            ++line;
            lineStart = i + 1;
        }
    }
    const int column = int(QString::fromUtf8(bytes.mid(lineStart, end - lineStart)).size()) + 1;
    return Tr::tr("第 %1 行第 %2 列").arg(line).arg(column);
}

Expected<Json> loadJsonFile(const QString &fileName)
{
    QFile f(fileName);
    if (!f.open(QIODevice::ReadOnly))
        return Diagnostic::error(fileName, Tr::tr("无法打开文件：%1").arg(f.errorString()));
    const QByteArray bytes = f.readAll();
    try {
        return Json::parse(bytes.constBegin(), bytes.constEnd());
    } catch (const Json::parse_error &e) {
        return Diagnostic::error(fileName, Tr::tr("不是有效的 JSON（%1）").arg(lineColumnText(bytes, e.byte > 0 ? e.byte - 1 : 0)));
    }
}

} // namespace zw
