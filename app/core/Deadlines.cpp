#include "Deadlines.h"

#include "ChineseText.h"
#include "Items.h"
#include "Json.h"

#include <QRegularExpression>

namespace zw {

int parseSmallNumber(const QString &text)
{
    bool ok = false;
    const int arabic = text.toInt(&ok);
    if (ok)
        return arabic;
    static const QString digits = QStringLiteral("〇一二三四五六七八九");
    int value = 0, current = 0;
    for (const QChar c : text) {
        const qsizetype d = digits.indexOf(c == QChar(u'两') ? QChar(u'二') : c);
        if (d >= 0) {
            current = int(d);
        } else if (c == QChar(u'十')) {
            value += (current ? current : 1) * 10;
            current = 0;
        } else if (c == QChar(u'百')) {
            value += (current ? current : 1) * 100;
            current = 0;
        } else {
            return 0;
        }
    }
    return value + current;
}

std::optional<Deadline> paymentDeadline(const CaseFile &file)
{
    if (const QDate due = parseIsoDate(file.text(QStringLiteral("basis.due_on"))); due.isValid())
        return Deadline{due, QStringLiteral("basis.due_on")};
    const Json &root = file.json();
    if (!root.contains("basis") || !root["basis"].is_object() || !root["basis"].contains("items") || !root["basis"]["items"].is_array())
        return std::nullopt;
    const QDate effective = parseIsoDate(file.text(QStringLiteral("basis.effective_on")));
    static const QRegularExpression period(QStringLiteral("生效(?:之日起|后)([〇一二两三四五六七八九十百\\d]+)日内"));
    static const QRegularExpression before(QStringLiteral("于(\\d{4})年(\\d{1,2})月(\\d{1,2})日(?:前|之前)"));
    std::optional<Deadline> latest;
    const Json &items = root["basis"]["items"];
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (!items[i].is_object())
            continue;
        const QString text = stringAt(items[i], "text");
        if (!itemOrdersSomething(items[i]))
            continue;
        QDate date;
        if (const auto m = period.match(text); m.hasMatch() && effective.isValid())
            date = effective.addDays(parseSmallNumber(m.captured(1)));
        else if (const auto b = before.match(text); b.hasMatch())
            // "于2024年7月10日前": the day named is still in time, as courts read it.
            date = QDate(b.captured(1).toInt(), b.captured(2).toInt(), b.captured(3).toInt());
        if (date.isValid() && (!latest || date > latest->date))
            latest = Deadline{date, QStringLiteral("basis.items[%1].text").arg(i)};
    }
    return latest;
}

} // namespace zw
