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

namespace {
// 二〇二四 -> 2024 (digit by digit); 十二 / 二十一 / 三十 -> 12 / 21 / 30.
int chineseDigits(const QString &s, bool positional)
{
    static const QString digits = QStringLiteral("〇一二三四五六七八九");
    if (s.isEmpty())
        return -1;
    if (positional) {
        int n = 0;
        for (const QChar c : s) {
            const int d = c == QChar(u'零') || c == QChar(u'○') || c == QChar(u'Ｏ') ? 0 : int(digits.indexOf(c));
            if (d < 0)
                return -1;
            n = n * 10 + d;
        }
        return n;
    }
    const qsizetype ten = s.indexOf(QChar(u'十'));
    if (ten < 0)
        return s.size() == 1 ? int(digits.indexOf(s[0])) : -1;
    const QString high = s.left(ten), low = s.mid(ten + 1);
    const int h = high.isEmpty() ? 1 : (high.size() == 1 ? int(digits.indexOf(high[0])) : -1);
    const int l = low.isEmpty() ? 0 : (low.size() == 1 ? int(digits.indexOf(low[0])) : -1);
    return h < 1 || l < 0 ? -1 : h * 10 + l;
}
} // namespace

QDate parseDateInput(const QString &input)
{
    QString text = input;
    text.remove(QRegularExpression(QStringLiteral("\\s")));
    // Full-width digits and separators, as a Chinese input method types them.
    for (QChar &c : text) {
        if (c.unicode() >= 0xFF10 && c.unicode() <= 0xFF19)
            c = QChar(u'0' + (c.unicode() - 0xFF10));
        else if (c == QChar(u'－') || c == QChar(u'．') || c == QChar(u'／') || c == QChar(u'。'))
            c = QChar(c == QChar(u'－') ? u'-' : c == QChar(u'／') ? u'/' : u'.');
    }
    static const QRegularExpression numeric(QStringLiteral("^(\\d{4})(?:([-./])(\\d{1,2})\\2(\\d{1,2})|年(\\d{1,2})月(\\d{1,2})日?)$"));
    static const QRegularExpression compact(QStringLiteral("^(\\d{4})(\\d{2})(\\d{2})$"));
    static const QRegularExpression chinese(QStringLiteral("^([〇零○Ｏ一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日?$"));
    if (const auto m = numeric.match(text); m.hasMatch()) {
        const bool ymd = !m.captured(3).isEmpty();
        return QDate(m.captured(1).toInt(), m.captured(ymd ? 3 : 5).toInt(), m.captured(ymd ? 4 : 6).toInt());
    }
    if (const auto m = compact.match(text); m.hasMatch())
        return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    if (const auto m = chinese.match(text); m.hasMatch()) {
        const int y = chineseDigits(m.captured(1), true), mo = chineseDigits(m.captured(2), false), d = chineseDigits(m.captured(3), false);
        return y < 0 || mo < 0 || d < 0 ? QDate() : QDate(y, mo, d);
    }
    return {};
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
