#include "FileNames.h"

#include <QCoreApplication>

namespace zw {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(zw::CaseTransfer)
};
} // namespace

QString safeFileName(const QString &name, const QString &fallback)
{
    QString out = name.trimmed();
    for (QChar &c : out) {
        if (c.unicode() < 0x20 || QStringLiteral("/\\:*?\"<>|").contains(c))
            c = QLatin1Char('_');
    }
    while (out.startsWith(QLatin1Char('.')))
        out.remove(0, 1);
    return out.isEmpty() ? fallback : out;
}

QString caseFileName(const QString &caseNumber, qint64 id)
{
    return safeFileName(caseNumber, Tr::tr("案件%1").arg(id));
}

QString batchFileStem(const QString &caseNumber, const QString &fallback)
{
    QString s = caseNumber;
    s.replace(QStringLiteral("（"), QString()).replace(QStringLiteral("）"), QStringLiteral("-"));
    // Half-width brackets and blanks as well: the stem is typed in shells.
    for (QChar &c : s)
        if (c.isSpace() || c == QLatin1Char('(') || c == QLatin1Char(')'))
            c = QLatin1Char('_');
    return safeFileName(s, fallback);
}

QString documentFileName(const QString &caseNumber, const QString &title, const QString &suffix)
{
    const QString stem = caseNumber.trimmed().isEmpty() ? title : caseNumber.trimmed() + QLatin1Char('-') + title;
    return safeFileName(stem, title) + QLatin1Char('.') + suffix;
}

} // namespace zw
