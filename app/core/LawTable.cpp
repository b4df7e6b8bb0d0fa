#include "LawTable.h"

#include "ChineseText.h"

#include <QCoreApplication>

namespace zw {

namespace {
// Translation context of this file (Q_DECLARE_TR_FUNCTIONS lets lupdate see it).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(zw::LawTable)
};
}

QString Provision::articleText(int item) const
{
    QString out = QStringLiteral("第") + chineseNumber(article) + QStringLiteral("条");
    if (item > 0)
        out += itemOrdinal(item);
    return out;
}

QString Provision::cite(int item) const
{
    return law + articleText(item);
}

Expected<LawTable> LawTable::fromJson(const Json &root, const QString &origin)
{
    Diagnostics errors;
    if (stringAt(root, "format") != QLatin1String("zhiwen/law@1"))
        return Diagnostic::error(origin, Tr::tr("法条表格式标识应为 \"zhiwen/law@1\""));
    const Json &laws = root.contains("laws") ? root["laws"] : Json::object();
    const Json &provisions = root.contains("provisions") ? root["provisions"] : Json::object();
    if (!laws.is_object() || !provisions.is_object() || provisions.empty())
        return Diagnostic::error(origin, Tr::tr("法条表缺少 laws 或 provisions"));
    LawTable table;
    for (auto it = provisions.begin(); it != provisions.end(); ++it) {
        const QString key = qs(it.key());
        const QString path = origin + QStringLiteral(": provisions.") + key;
        const Json &versions = it.value().contains("versions") ? it.value()["versions"] : Json();
        if (!versions.is_array() || versions.empty()) {
            errors << Diagnostic::error(path, Tr::tr("缺少 versions 列表"));
            continue;
        }
        QList<Provision> list;
        for (std::size_t i = 0; i < versions.size(); ++i) {
            const Json &v = versions[i];
            const QString vpath = indexPath(path + QStringLiteral(".versions"), qsizetype(i));
            Provision p;
            p.key = key;
            p.inForceFrom = parseIsoDate(stringAt(v, "from"));
            const QString lawKey = stringAt(v, "law");
            p.law = stringAt(laws, lawKey.toUtf8().constData());
            p.article = v.contains("article") && v["article"].is_number_integer() ? v["article"].get<int>() : 0;
            if (!p.inForceFrom.isValid())
                errors << Diagnostic::error(vpath + QStringLiteral(".from"), Tr::tr("生效日期应为 YYYY-MM-DD"));
            else if (!list.isEmpty() && p.inForceFrom <= list.last().inForceFrom)
                errors << Diagnostic::error(vpath + QStringLiteral(".from"), Tr::tr("生效日期应按先后顺序排列"));
            if (p.law.isEmpty())
                errors << Diagnostic::error(vpath + QStringLiteral(".law"), Tr::tr("未在 laws 中定义的法律“%1”").arg(lawKey));
            if (p.article <= 0)
                errors << Diagnostic::error(vpath + QStringLiteral(".article"), Tr::tr("条文序号应为正整数"));
            list << p;
        }
        table.m_versions.insert(key, list);
    }
    if (!errors.isEmpty())
        return errors;
    return table;
}

Expected<LawTable> LawTable::load(const QString &fileName)
{
    const auto root = loadJsonFile(fileName);
    if (!root)
        return root.errors();
    return fromJson(*root, fileName);
}

Expected<Provision> LawTable::provision(const QString &key, const QDate &date) const
{
    const auto it = m_versions.constFind(key);
    if (it == m_versions.constEnd())
        return Diagnostic::error(QString(), Tr::tr("法条表中没有“%1”").arg(key));
    const Provision *found = nullptr;
    for (const Provision &p : *it)
        if (p.inForceFrom <= date)
            found = &p;
    if (!found) {
        return Diagnostic::error(QString(), Tr::tr("%1 前没有可引用的条文（法条表自 %2 起）")
                                                .arg(date.toString(Qt::ISODate), it->first().inForceFrom.toString(Qt::ISODate)));
    }
    return *found;
}

} // namespace zw
