#pragma once

#include "CaseFile.h"
#include "Diagnostic.h"

#include <QString>

namespace zw {

// The project's SQLite store (Qt SQL): WAL mode, every write in a
// transaction, a schema version in a meta table with migrations run inside
// transactions. This first version holds the 自动履行证明书 number sequences.
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
    // `pattern` uses {year}, {court} and {seq}.
    Expected<QString> certificateNumber(const CaseFile &file,
                                        const QString &pattern = QStringLiteral("（{year}）{court}自履证{seq}号"));

private:
    QString m_connection;
};

} // namespace zw
