#pragma once

// The case file keeps its JSON as an insertion-ordered tree so that a file
// loads and saves byte for byte and unknown fields survive.
#include <nlohmann/json.hpp>

#include "Diagnostic.h"

#include <QString>

namespace zw {

using Json = nlohmann::ordered_json;

inline QString qs(const std::string &s) { return QString::fromStdString(s); }
inline std::string ss(const QString &s) { return s.toStdString(); }

// The string at `j[key]`, or empty when absent, null or not a string.
inline QString stringAt(const Json &j, const char *key)
{
    if (!j.is_object())
        return {};
    auto it = j.find(key);
    if (it == j.end() || !it->is_string())
        return {};
    return qs(it->get<std::string>());
}

// The member `key` of an object, or a null value when `j` is not an object
// or has no such member (never inserts, unlike operator[]).
inline const Json &memberAt(const Json &j, const char *key)
{
    static const Json null;
    if (!j.is_object())
        return null;
    const auto it = j.find(key);
    return it == j.end() ? null : *it;
}

// `respondents[1].id_number` from a parent path and a child key or index.
inline QString childPath(const QString &parent, const QString &key)
{
    return parent.isEmpty() ? key : parent + QLatin1Char('.') + key;
}
inline QString indexPath(const QString &parent, qsizetype index)
{
    return parent + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
}

// Reads a JSON data file (rules, law table, font roles); a parse error names
// the file, line and column.
Expected<Json> loadJsonFile(const QString &fileName);
// "第 3 行第 7 列" for a byte offset in UTF-8 text.
QString lineColumnText(const QByteArray &bytes, std::size_t offset);
// Parses JSON text; every failure (syntax, a number no double holds such as
// 1e999) is a Chinese message naming `origin` and the line and column.
Expected<Json> parseJson(const QByteArray &bytes, const QString &origin);

} // namespace zw
