#pragma once

#include "Diagnostic.h"
#include "Records.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace zw {

class Store;

TransferReport importCaseFiles(Store &store, const QStringList &files, ExistingCase existing = ExistingCase::Skip);
// Writes each case to DIR/<case number>.json (made safe as a file name).
TransferReport exportCases(const Store &store, const QList<qint64> &ids, const QString &dir);

} // namespace zw
