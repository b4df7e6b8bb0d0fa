#include "Json.h"

#include <QCoreApplication>
#include <QFile>

#include <cctype>
#include <cmath>
#include <cstdlib>

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

namespace {
// Where the first number outside a string that no double can hold starts
// (nlohmann reports such a number without its position).
std::size_t hugeNumberAt(const QByteArray &bytes)
{
    bool inString = false;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const char c = bytes[i];
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"') {
            inString = true;
        } else if (c == '-' || (c >= '0' && c <= '9')) {
            qsizetype end = i + 1;
            while (end < bytes.size() && (std::isdigit(static_cast<unsigned char>(bytes[end])) || bytes[end] == '.' || bytes[end] == 'e'
                                          || bytes[end] == 'E' || bytes[end] == '+' || bytes[end] == '-'))
                ++end;
            const std::string token = bytes.mid(i, end - i).toStdString();
            if (std::isinf(std::strtod(token.c_str(), nullptr)))
                return std::size_t(i);
            i = end - 1;
        }
    }
    return 0;
}
} // namespace

Expected<Json> parseJson(const QByteArray &bytes, const QString &origin)
{
    try {
        return Json::parse(bytes.constBegin(), bytes.constEnd());
    } catch (const Json::parse_error &e) {
        return Diagnostic::error(origin, Tr::tr("不是有效的 JSON（%1）").arg(lineColumnText(bytes, e.byte > 0 ? e.byte - 1 : 0)));
    } catch (const Json::exception &) {
        return Diagnostic::error(origin, Tr::tr("数值超出范围（%1）").arg(lineColumnText(bytes, hugeNumberAt(bytes))));
    }
}

Expected<Json> loadJsonFile(const QString &fileName)
{
    QFile f(fileName);
    if (!f.open(QIODevice::ReadOnly))
        return Diagnostic::error(fileName, Tr::tr("无法打开文件：%1").arg(f.errorString()));
    return parseJson(f.readAll(), fileName);
}

} // namespace zw
