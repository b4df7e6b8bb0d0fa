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

Expected<Store> Store::open(const QString &fileName)
{
    auto db = Database::open(fileName);
    if (!db)
        return db.errors();
    Store store;
    store.m_db = std::move(db).value();
    return store;
}

} // namespace zw
