#pragma once

#include "Diagnostic.h"
#include "Json.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

namespace zw {

// A provision as in force on a given date.
struct Provision {
    QString key;       // termination, double_interest …
    QString law;       // 《中华人民共和国民事诉讼法》
    int article = 0;   // 268
    QDate inForceFrom;

    // 《中华人民共和国民事诉讼法》第二百六十八条[第一项]
    QString cite(int item = 0) const;
    // 第二百六十八条[第一项]
    QString articleText(int item = 0) const;
};

// The dated table of provisions (resources/law/provisions.json): which
// article a document cites depends on the law in force on the document's date.
class LawTable
{
public:
    static Expected<LawTable> fromJson(const Json &root, const QString &origin);
    static Expected<LawTable> load(const QString &fileName);

    Expected<Provision> provision(const QString &key, const QDate &date) const;
    QStringList keys() const { return m_versions.keys(); }

private:
    QHash<QString, QList<Provision>> m_versions; // ascending by inForceFrom
};

} // namespace zw
