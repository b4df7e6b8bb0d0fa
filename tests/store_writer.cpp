// Test helper for tst_crashsafety: writes to the store and a draft in a loop
// until it is killed, printing `w N` after each round is committed.
//   store_writer DB DRAFT_DIR CASE.json FIRST_DAY
#include "Drafts.h"
#include "Store.h"

#include <QCoreApplication>
#include <QDate>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 5)
        return 2;
    auto store = zw::Store::open(args[1]);
    auto file = zw::CaseFile::load(args[3]);
    if (!store || !file) {
        std::fprintf(stderr, "%s%s\n", qPrintable(store.errorString()), qPrintable(file.errorString()));
        return 3;
    }
    zw::Drafts drafts(args[2]);
    const auto id = store->cases().save(*file);
    if (!id)
        return 3;
    std::printf("id %lld\n", static_cast<long long>(*id));
    std::fflush(stdout);
    const QDate first = QDate(2000, 1, 1).addDays(args[4].toInt());
    for (int n = 1;; ++n) {
        file.value().json()["trial_counter"] = n;
        file.value().setText(QStringLiteral("performance.performed_on"), first.addDays(n).toString(Qt::ISODate));
        if (!store->cases().save(*file, *id) || !drafts.save(*file, QStringLiteral("store:%1").arg(*id))
            || !store->certificates().allocate(*file))
            return 4;
        std::printf("w %d\n", n);
        std::fflush(stdout);
    }
}
