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

QString describeChar(char32_t c)
{
    const QString code = QStringLiteral("U+") + QString::number(uint(c), 16).toUpper().rightJustified(4, QLatin1Char('0'));
    if (isControlChar(c) || QChar::category(c) == QChar::Separator_Space)
        return QStringLiteral("（") + code + QStringLiteral("）");
    return QStringLiteral("“") + QString::fromUcs4(&c, 1) + QStringLiteral("”（") + code + QStringLiteral("）");
}

bool isControlChar(char32_t c)
{
    const QChar::Category cat = QChar::category(c);
    return cat == QChar::Other_Control || cat == QChar::Other_Format || cat == QChar::Separator_Line || cat == QChar::Separator_Paragraph;
}

bool isPictograph(char32_t c)
{
    // Emoji blocks, dingbats and symbols, their variation selectors and tags.
    if ((c >= 0x1F000 && c <= 0x1FAFF) || (c >= 0x2600 && c <= 0x27BF) || (c >= 0x2B00 && c <= 0x2BFF) || (c >= 0xFE00 && c <= 0xFE0F)
        || (c >= 0xE0000 && c <= 0xE007F) || c == 0x20E3)
        return true;
    return QChar::category(c) == QChar::Symbol_Other;
}

} // namespace zw
