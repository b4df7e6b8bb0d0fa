#pragma once

#include <QDate>
#include <QString>

namespace zw {

// Cardinal numbers in Chinese numerals through ICU (Boost.Locale spellout):
// 2 -> 二, 10 -> 十, 12 -> 十二, 21 -> 二十一.
QString chineseNumber(int n);
// Generates the ICU locale the numerals need (milliseconds, once per
// process). Thread-safe; front ends call it from a background thread at
// start so that the first document does not wait for it.
void prepareChineseText();
// 第二项 / 第十二项
QString itemOrdinal(int n);
// 二〇二四年六月一日 — the form of dates under a signature.
QString chineseDate(const QDate &date);
// 2024年6月1日 — the form of dates in running text.
QString arabicDate(const QDate &date);
// A character as messages name it: “䶮”（U+4DAE）; a control or other
// invisible character by its code alone (U+0007).
QString describeChar(char32_t c);
// True for characters that only control or format text (C0/C1 controls,
// line and paragraph separators, zero-width joiners, bidi marks …).
bool isControlChar(char32_t c);
// True for emoji and other pictographs, which are not characters of a name.
bool isPictograph(char32_t c);

// Parses a strict "YYYY-MM-DD".
QDate parseIsoDate(const QString &text);
// A date as a clerk types it: 2024-03-05, 2024-3-5, 2024年3月5日,
// 2024.3.5, 2024/3/5, 20240305 or 二〇二四年三月五日 (spaces ignored);
// invalid when it is none of these or no such day exists.
QDate parseDateInput(const QString &text);

} // namespace zw
