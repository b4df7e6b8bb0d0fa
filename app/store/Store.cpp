#include "Store.h"

#include <QStandardPaths>

namespace zw {

QString Store::defaultPath()
{
    const QString env = qEnvironmentVariable("ZHIWEN_STORE");
    if (!env.isEmpty())
        return env;
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/zhiwen.sqlite");
}

Expected<Store> Store::open(const QString &fileName, const QString &password)
{
    auto db = Database::open(fileName, password);
    if (!db)
        return db.errors();
    Store store;
    store.m_db = std::move(db).value();
    store.m_location = fileName;
    return store;
}

} // namespace zw
