#include "Families.h"

#include "performance/PerformanceFamily.h"
#include "termination/TerminationFamily.h"
#include "zhongben/ZhongbenFamily.h"

namespace zw {

QList<FieldSpec> familyFields()
{
    return QList<FieldSpec>{TerminationFamily::fields(), PerformanceFamily::fields()} + ZhongbenFamily::fields();
}

Expected<std::vector<std::shared_ptr<const DocumentFamily>>> loadFamilies(const std::function<QString(const QString &)> &resource,
                                                                          const std::shared_ptr<const LawTable> &law)
{
    std::vector<std::shared_ptr<const DocumentFamily>> out;
    Diagnostics errors;
    auto termination = TerminationFamily::load(resource(QStringLiteral("rules/termination.json")), law);
    if (termination)
        out.push_back(termination.value());
    else
        errors += termination.errors();
    auto performance = PerformanceFamily::load(resource(QStringLiteral("rules/certificate.json")));
    if (performance)
        out.push_back(performance.value());
    else
        errors += performance.errors();
    auto zhongben = ZhongbenFamily::load(resource(QStringLiteral("rules/zhongben.json")), law);
    if (zhongben)
        out.push_back(zhongben.value());
    else
        errors += zhongben.errors();
    if (!errors.isEmpty())
        return errors;
    return out;
}

} // namespace zw
