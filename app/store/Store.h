#pragma once

#include "CaseRepository.h"
#include "CertificateNumbers.h"
#include "Database.h"
#include "DocumentRegister.h"
#include "Records.h"
#include "Logins.h"
#include "SignOffs.h"
#include "StoreCopy.h"

#include <QString>

namespace zw {

// The project's store: one database (its connection and migrations) and the
// parts that work on it — the cases, the register of issued documents and
// the certificate numbers, signing off before issue. Drafts are files beside it (Drafts).
class Store
{
public:
    Store() = default; // not open; use open()

    // The default location: $ZHIWEN_STORE, else the per-user data directory.
    static QString defaultPath();
    static Expected<Store> open(const QString &fileName = defaultPath(), const QString &password = {});
    static Expected<QString> setAside(const QString &fileName) { return Database::setAside(fileName); }

    Expected<int> schemaVersion() const { return m_db.schemaVersion(); }
    // Refreshes the query planner's statistics (after a bulk load).
    Expected<bool> analyse() const { return m_db.analyse(); }
    QString fileName() const { return m_db.fileName(); }
    QString location() const { return m_location; } // as opened: a file or a server

    CaseRepository cases() const { return CaseRepository(m_db); }
    DocumentRegister documents() const { return DocumentRegister(m_db); }
    CertificateNumbers certificates() const { return CertificateNumbers(m_db); }
    SignOffs signOffs() const { return SignOffs(m_db); }
    Logins logins() const { return Logins(m_db); }
    // Copies `desk` (another store, a desk's SQLite file) into this one.
    Expected<StoreCopyReport> copyFrom(const Store &desk) { return copyStore(desk.m_db, m_db); }
    bool isServer() const { return m_db.isServer(); }

private:
    Database m_db;
    QString m_location;
};

} // namespace zw
