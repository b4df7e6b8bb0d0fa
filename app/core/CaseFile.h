#pragma once

#include "Diagnostic.h"
#include "Json.h"

#include <QByteArray>
#include <QString>

namespace zw {

// One enforcement case in the `zhiwen/case@1` format (see resources/spec/case-format.md).
// The JSON tree is the single source of truth: typed views read from it and
// edits write into it, so fields this version does not know are never lost.
class CaseFile
{
public:
    static constexpr const char *Format = "zhiwen/case@1";

    CaseFile();
    explicit CaseFile(Json root);

    static Expected<CaseFile> fromBytes(const QByteArray &bytes, const QString &origin = {});
    static Expected<CaseFile> load(const QString &fileName);

    // Serialised as two-space indented UTF-8, keys in their original order,
    // text exactly as typed; the original's trailing newline is kept.
    QByteArray toBytes() const;
    // Writes atomically: the old file stays intact until the new one is whole.
    Expected<bool> save(const QString &fileName) const;

    const Json &json() const { return m_root; }
    Json &json() { return m_root; }

    // Dotted paths as used in messages: `respondents[0].name`.
    QString text(const QString &path) const;
    void setText(const QString &path, const QString &value);
    const Json *at(const QString &path) const;

    // Finds a party (applicant or respondent) by its `id`.
    const Json *party(const QString &id) const;
    QString partyPath(const QString &id) const;

private:
    Json m_root;
    bool m_trailingNewline = true;
};

// `respondents[0].name` -> `/respondents/0/name`; empty on a malformed path.
nlohmann::json_pointer<std::string> jsonPointer(const QString &path);

} // namespace zw
