#include "CaseTypes.h"

#include "DataPaths.h"

#include <QCoreApplication>

#include <mutex>

namespace zw {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(zw::CaseTypes)
};

std::mutex installedMutex;
std::shared_ptr<const CaseTypes> installed;
} // namespace

Expected<CaseTypes> CaseTypes::fromJson(const Json &root, const QString &origin)
{
    if (stringAt(root, "format") != QLatin1String("zhiwen/case-types@1"))
        return Diagnostic::error(origin, Tr::tr("不是类型代字表（format 应为 zhiwen/case-types@1）"));
    const auto list = root.find("types");
    if (list == root.end() || !list->is_array() || list->empty())
        return Diagnostic::error(origin, Tr::tr("types 应为非空的数组"));
    CaseTypes t;
    Diagnostics errors;
    for (std::size_t i = 0; i < list->size(); ++i) {
        const Json &entry = (*list)[i];
        const QString path = origin + QStringLiteral(": ") + indexPath(QStringLiteral("types"), qsizetype(i));
        Type type;
        type.code = stringAt(entry, "code");
        type.name = stringAt(entry, "name");
        const auto flag = entry.is_object() ? entry.find("enforcement") : entry.end();
        if (entry.is_object() && flag != entry.end() && !flag->is_boolean())
            errors << Diagnostic::error(path + QStringLiteral(".enforcement"), Tr::tr("应为 true 或 false"));
        type.enforcement = entry.is_object() && flag != entry.end() && flag->is_boolean() && flag->get<bool>();
        bool chinese = !type.code.isEmpty();
        for (const char32_t c : type.code.toStdU32String())
            chinese = chinese && QChar::isLetter(c) && c >= 0x2E80;
        if (!chinese) {
            errors << Diagnostic::error(path + QStringLiteral(".code"), Tr::tr("类型代字“%1”应由汉字组成").arg(type.code));
            continue;
        }
        if (type.name.isEmpty())
            errors << Diagnostic::error(path + QStringLiteral(".name"), Tr::tr("缺少案件类型名称"));
        if (type.enforcement != type.code.startsWith(QChar(u'执')))
            errors << Diagnostic::error(path + QStringLiteral(".enforcement"),
                                        Tr::tr("执行案件的类型代字以“执”开头：“%1”的 enforcement 应为 %2")
                                            .arg(type.code, type.code.startsWith(QChar(u'执')) ? QStringLiteral("true") : QStringLiteral("false")));
        if (t.m_types.contains(type.code))
            errors << Diagnostic::error(path + QStringLiteral(".code"), Tr::tr("类型代字“%1”重复").arg(type.code));
        t.m_types.insert(type.code, type);
    }
    if (!errors.isEmpty())
        return errors;
    return t;
}

Expected<CaseTypes> CaseTypes::load(const QString &fileName)
{
    const auto root = loadJsonFile(fileName);
    if (!root)
        return root.errors();
    return fromJson(*root, fileName);
}

std::shared_ptr<const CaseTypes> CaseTypes::current()
{
    std::lock_guard<std::mutex> lock(installedMutex);
    if (!installed) {
        auto loaded = load(DataPaths::resource(QStringLiteral("law/case-types.json")));
        installed = std::make_shared<const CaseTypes>(loaded ? std::move(loaded).value() : CaseTypes());
    }
    return installed;
}

void CaseTypes::install(std::shared_ptr<const CaseTypes> types)
{
    std::lock_guard<std::mutex> lock(installedMutex);
    installed = std::move(types);
}

const CaseTypes::Type *CaseTypes::find(const QString &code) const
{
    const auto it = m_types.constFind(code);
    return it == m_types.constEnd() ? nullptr : &*it;
}

} // namespace zw
