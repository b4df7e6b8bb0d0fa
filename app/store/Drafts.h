#pragma once

#include "CaseFile.h"
#include "Diagnostic.h"
#include "Records.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace zw {

// Unsaved edits, kept beside the user's data so a crash or power loss costs
// at most the seconds since the last autosave. One draft per case file (or
// one for a new, unnamed case); each write is atomic, so a draft is either
// the previous one or the new one, never half of each.
class Drafts
{
public:
    // A draft of a case kept in the store names it `store:ID`.
    static constexpr const char *StorePrefix = "store:";

    using Draft = zw::Draft;

    explicit Drafts(QString dir = defaultDir());
    static QString defaultDir();

    Expected<bool> save(const CaseFile &file, const QString &original);
    void discard(const QString &original);
    QList<Draft> list() const;
    static Expected<CaseFile> load(const Draft &draft);

private:
    QString fileFor(const QString &original) const;
    QString m_dir;
};

} // namespace zw
