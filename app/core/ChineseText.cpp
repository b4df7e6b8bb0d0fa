#include "ChineseText.h"

#include <boost/locale/format.hpp>
#include <boost/locale/generator.hpp>
#include <boost/locale/formatting.hpp>

#include <QRegularExpression>
#include <sstream>

namespace zw {

namespace {
const std::locale &chineseLocale()
{
    // Generating an ICU locale costs milliseconds: do it once.
    static const std::locale loc = [] {
        boost::locale::generator gen;
        gen.categories(boost::locale::formatting_facet | boost::locale::information_facet);
        return gen("zh_CN.UTF-8");
    }();
    return loc;
}
} // namespace

void prepareChineseText()
{
    chineseLocale();
}

QString chineseNumber(int n)
{
    std::ostringstream out;
    out.imbue(chineseLocale());
    out << boost::locale::as::spellout << n;
    return QString::fromStdString(out.str());
}

QString itemOrdinal(int n)
{
    return QStringLiteral("第") + chineseNumber(n) + QStringLiteral("项");
}

QString chineseDate(const QDate &date)
{
    static const QString kDigitChars = QStringLiteral("〇一二三四五六七八九");
    QString year;
    for (QChar c : QString::number(date.year()))
        year += kDigitChars[c.unicode() - '0'];
    return year + QStringLiteral("年") + chineseNumber(date.month()) + QStringLiteral("月")
        + chineseNumber(date.day()) + QStringLiteral("日");
}

QString arabicDate(const QDate &date)
{
    return QStringLiteral("%1年%2月%3日").arg(date.year()).arg(date.month()).arg(date.day());
}

QDate parseIsoDate(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (!re.match(text).hasMatch())
        return {};
    return QDate::fromString(text, Qt::ISODate);
}

} // namespace zw
