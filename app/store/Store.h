#pragma once

#include "CaseFile.h"
#include "Diagnostic.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace zw {

// The project's SQLite store (Qt SQL): WAL mode, every write in a
// transaction, a schema version in a meta table with migrations run inside
// transactions. It holds the 自动履行证明书 number sequences (schema 1) and
// the register of issued documents (schema 2).
// One entry of the register of issued documents.
struct IssuedDocument {
    qint64 id = 0;
    QString sha256;          // hex of the PDF's bytes
    QString templateId;
    int templateVersion = 0;
    QString caseNumber;
    QString officer;
    QString outputPath;
    qint64 bytes = 0;
    QByteArray caseJson;     // the case as rendered, for a byte-identical reprint
    QDateTime issuedAt;

    // The entry for `pdf`, issued now from `file` with the given template.
    static IssuedDocument describe(const QByteArray &pdf, const QString &templateId, int templateVersion,
                                   const CaseFile &file, const QString &officer, const QString &outputPath);
};

// Hex SHA-256, as the register keys documents.
QString sha256Hex(const QByteArray &bytes);

class Store
{
public:
    Store() = default; // not open; use open()
    ~Store();
    Store(Store &&other) noexcept;
    Store(const Store &) = delete;

    // The default location: $ZHIWEN_STORE, else the per-user data directory.
    static QString defaultPath();
    static Expected<Store> open(const QString &fileName = defaultPath());

    int schemaVersion() const;

    // The certificate number for this case's performance: the same case,
    // performer and performance date always get the same number; a new one
    // takes the next number of its court and year. Safe against crashes and
    // concurrent processes (one IMMEDIATE transaction per allocation).
    // The court's pattern is `court.certificate_pattern` of the case, with
    // {year}, {court} and {seq}; default （{year}）{court}自履证{seq}号.
    Expected<QString> certificateNumber(const CaseFile &file);

    // The register of issued documents: what was issued, from which case and
    // template, so a PDF on disk can be checked ("issued by us, unchanged?")
    // and reprinted byte for byte.
    Expected<qint64> recordDocument(const IssuedDocument &doc);
    QList<IssuedDocument> findDocuments(const QString &sha256) const;

private:
    QString m_connection;
};

} // namespace zw
