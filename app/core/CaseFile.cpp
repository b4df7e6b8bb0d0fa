#include "CaseFile.h"

#include "AtomicFile.h"

#include <QFile>

namespace zw {


CaseFile::CaseFile()
    : m_root(Json::object())
{
    m_root["format"] = Format;
}

CaseFile::CaseFile(Json root)
    : m_root(std::move(root))
{
}

Expected<CaseFile> CaseFile::fromBytes(const QByteArray &bytes, const QString &origin)
{
    auto parsed = parseJson(bytes, origin);
    if (!parsed)
        return parsed.errors();
    Json root = std::move(parsed).value();
    if (!root.is_object())
        return Diagnostic::error(origin, QCoreApplication::translate("zw::CaseFile", "案件文件的顶层必须是 JSON 对象"));
    const QString format = stringAt(root, "format");
    if (format != QLatin1String(Format)) {
        return Diagnostic::error(QStringLiteral("format"),
            format.isEmpty() ? QCoreApplication::translate("zw::CaseFile", "缺少格式标识，应为 \"%1\"").arg(QLatin1String(Format))
                             : QCoreApplication::translate("zw::CaseFile", "不支持的格式 \"%1\"，应为 \"%2\"").arg(format, QLatin1String(Format)));
    }
    CaseFile file(std::move(root));
    file.m_trailingNewline = bytes.endsWith('\n');
    return file;
}

Expected<CaseFile> CaseFile::load(const QString &fileName)
{
    QFile f(fileName);
    if (!f.open(QIODevice::ReadOnly))
        return Diagnostic::error(fileName, QCoreApplication::translate("zw::CaseFile", "无法打开文件：%1").arg(f.errorString()));
    return fromBytes(f.readAll(), fileName);
}

QByteArray CaseFile::toBytes() const
{
    QByteArray out = QByteArray::fromStdString(m_root.dump(2));
    if (m_trailingNewline)
        out.append('\n');
    return out;
}

Expected<bool> CaseFile::save(const QString &fileName) const
{
    return writeFileAtomically(fileName, toBytes());
}

nlohmann::json_pointer<std::string> jsonPointer(const QString &path)
{
    std::string pointer;
    QString token;
    auto flush = [&] {
        if (!token.isEmpty()) {
            pointer += '/';
            pointer += token.toStdString();
            token.clear();
        }
    };
    for (QChar c : path) {
        if (c == QLatin1Char('.') || c == QLatin1Char('[') || c == QLatin1Char(']'))
            flush();
        else if (c == QLatin1Char('/') || c == QLatin1Char('~'))
            token += c == QLatin1Char('/') ? QStringLiteral("~1") : QStringLiteral("~0");
        else
            token += c;
    }
    flush();
    return nlohmann::json_pointer<std::string>(pointer);
}

const Json *CaseFile::at(const QString &path) const
{
    try {
        const auto ptr = jsonPointer(path);
        if (!m_root.contains(ptr))
            return nullptr;
        return &m_root.at(ptr);
    } catch (const Json::exception &) {
        return nullptr;
    }
}

QString CaseFile::text(const QString &path) const
{
    const Json *j = at(path);
    if (!j || j->is_null())
        return {};
    if (j->is_string())
        return qs(j->get<std::string>());
    return qs(j->dump());
}

void CaseFile::setText(const QString &path, const QString &value)
{
    try {
        m_root[jsonPointer(path)] = value.toStdString();
    } catch (const Json::exception &) {
        // A path into a non-object (e.g. through a string) is a programming
        // error of the caller; the document is left unchanged.
    }
}

QString CaseFile::partyPath(const QString &id) const
{
    for (const char *list : {"applicants", "respondents"}) {
        auto it = m_root.find(list);
        if (it == m_root.end() || !it->is_array())
            continue;
        for (std::size_t i = 0; i < it->size(); ++i) {
            if (stringAt((*it)[i], "id") == id)
                return indexPath(QLatin1String(list), qsizetype(i));
        }
    }
    return {};
}

const Json *CaseFile::party(const QString &id) const
{
    const QString path = partyPath(id);
    return path.isEmpty() ? nullptr : at(path);
}

} // namespace zw
