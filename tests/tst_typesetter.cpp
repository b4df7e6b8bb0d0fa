#include "Fonts.h"
#include "Typesetter.h"
#include "TestCatalog.h"
#include "TestSupport.h"

#include <QFile>
#include <QMap>
#include <algorithm>
#include <QSet>
#include <QTemporaryDir>

using namespace zw;

class TestTypesetter : public QObject
{
    Q_OBJECT

    const FontSet &fonts()
    {
        return zwtest::catalog().fonts();
    }

private Q_SLOTS:
    void gridHolds28CharactersPerLine()
    {
        Typesetter t(fonts());
        const std::u32string text(60, U'执');
        const auto lines = t.breakLines(text, fonts().style(FontRole::Body), PageStyle().typeWidth(), PageStyle().typeWidth());
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines[0].end - lines[0].begin, 28);
        QCOMPARE(lines[1].end - lines[1].begin, 28);
        QCOMPARE(lines[2].end - lines[2].begin, 4);
    }

    void noClosingPunctuationAtLineStart_data()
    {
        QTest::addColumn<QString>("punct");
        for (const char *p : {"，", "。", "、", "；", "：", "？", "！", "）", "》", "」", "』", "”"})
            QTest::newRow(p) << QString::fromUtf8(p);
    }
    void noClosingPunctuationAtLineStart()
    {
        QFETCH(QString, punct);
        Typesetter t(fonts());
        // 28 characters fill a line exactly; the punctuation would be the 29th.
        for (int fill = 26; fill <= 29; ++fill) {
            const std::u32string text = QString(QString(fill, QChar(u'执')) + punct + QStringLiteral("后文")).toStdU32String();
            const auto lines = t.breakLines(text, fonts().style(FontRole::Body), PageStyle().typeWidth(), PageStyle().typeWidth());
            for (const auto &l : lines)
                QVERIFY2(!isClosingPunct(text[std::size_t(l.begin)]), qPrintable(QStringLiteral("fill %1").arg(fill)));
        }
    }

    void noOpeningBracketAtLineEnd()
    {
        Typesetter t(fonts());
        const std::u32string text = QString(QString(27, QChar(u'执')) + QStringLiteral("《民事诉讼法》")).toStdU32String();
        const auto lines = t.breakLines(text, fonts().style(FontRole::Body), PageStyle().typeWidth(), PageStyle().typeWidth());
        QVERIFY(lines.size() >= 2);
        QVERIFY(!isOpeningPunct(text[std::size_t(lines[0].end - 1)]));
    }

    void caseNumberYearAndDigitsKeptWhole()
    {
        Typesetter t(fonts());
        for (int fill = 20; fill <= 28; ++fill) {
            const QString s = QString(fill, QChar(u'执')) + QStringLiteral("（2024）皖1825执123号");
            const std::u32string text = s.toStdU32String();
            const auto lines = t.breakLines(text, fonts().style(FontRole::Body), PageStyle().typeWidth(), PageStyle().typeWidth());
            for (const auto &l : lines) {
                if (l.begin == 0)
                    continue;
                const QString before = QString::fromStdU32String(text.substr(0, std::size_t(l.begin)));
                const QString after = QString::fromStdU32String(text.substr(std::size_t(l.begin)));
                QVERIFY2(!(before.endsWith(QStringLiteral("（")) || before.endsWith(QStringLiteral("（2")) || before.endsWith(QStringLiteral("（20"))
                           || before.endsWith(QStringLiteral("（202")) || before.endsWith(QStringLiteral("（2024"))),
                         qPrintable(before + QStringLiteral(" | ") + after));
                QVERIFY2(!(before.back().isDigit() && after.front().isDigit()), qPrintable(before + QStringLiteral(" | ") + after));
            }
        }
    }

    // A case number is never split over two lines, wherever it falls in a
    // paragraph (measured on the typeset page: the lines are the runs that
    // share a baseline).
    void caseNumberNeverBreaks_data()
    {
        QTest::addColumn<QString>("number");
        QTest::newRow("basic court") << "（2024）皖1825执123号";
        QTest::newRow("resumed") << "（2024）粤0703执恢1234号";
        QTest::newRow("supreme court") << "（2021）最高法执监344号";
        QTest::newRow("old form") << "（2015）宣中民一初字第00012号";
    }
    void caseNumberNeverBreaks()
    {
        QFETCH(QString, number);
        Typesetter t(fonts());
        for (const Role role : {Role::Para, Role::Line}) {
            for (int fill = 0; fill <= 30; ++fill) {
                const QString text = QString(fill, QChar(u'执')) + number + QStringLiteral("一案，本院依法执行。");
                const auto layout = t.typeset({Block{role, text}});
                QVERIFY2(layout, qPrintable(layout.errorString()));
                QMap<double, QString> lines; // by baseline, top first
                for (const GlyphRun &run : layout->pages.first().runs)
                    lines[-run.y] += QString::fromStdU32String(run.text);
                const bool whole = std::any_of(lines.cbegin(), lines.cend(), [&](const QString &l) { return l.contains(number); });
                QVERIFY2(whole, qPrintable(QStringLiteral("fill %1: %2").arg(fill).arg(QStringList(lines.values()).join(QStringLiteral(" | ")))));
            }
        }
    }

    // `@columns` sets the table's column widths in grid characters; a count
    // that is not the table's is refused, naming both.
    void columnsShapeTheTable()
    {
        Typesetter t(fonts());
        const auto layout = t.typeset({Block{Role::Columns, QStringLiteral("20|8")}, Block{Role::TableRow, QStringLiteral("甲|乙")},
                                       Block{Role::TableRow, QStringLiteral("|")}});
        QVERIFY2(layout, qPrintable(layout.errorString()));
        QList<double> xs;
        for (const Rule &r : layout->pages.first().rules)
            if (r.x1 == r.x2 && !xs.contains(r.x1))
                xs << r.x1;
        std::sort(xs.begin(), xs.end());
        QCOMPARE(xs.size(), 3);
        const double pitch = PageStyle().charPitch();
        QVERIFY(std::abs((xs[1] - xs[0]) / pitch - 20) < 0.01);
        QVERIFY(std::abs((xs[2] - xs[1]) / pitch - 8) < 0.01);
        const auto wrong = t.typeset({Block{Role::Columns, QStringLiteral("20|4|4")}, Block{Role::TableRow, QStringLiteral("甲|乙")}});
        QVERIFY(!wrong);
        QVERIFY2(wrong.errorString().contains(QStringLiteral("3 个列宽")) && wrong.errorString().contains(QStringLiteral("2 列")), qPrintable(wrong.errorString()));
    }

    void twentyTwoLinesPerPage()
    {
        Typesetter t(fonts());
        // 60 lines of body text without indent: 22 + 22 + 16.
        QList<Block> blocks;
        for (int i = 0; i < 60; ++i)
            blocks << Block{Role::Line, QString(28, QChar(u'文'))};
        const auto layout = t.typeset(blocks);
        QVERIFY(layout);
        QCOMPARE(layout->pages.size(), 3);
        auto linesOn = [&](int p) {
            QSet<int> ys;
            for (const GlyphRun &r : layout->pages[p].runs)
                if (r.size == 16)
                    ys.insert(qRound(r.y));
            return ys.size();
        };
        QCOMPARE(linesOn(0), 22);
        QCOMPARE(linesOn(1), 22);
        QCOMPARE(linesOn(2), 16);
        // Lines sit on the grid: 225 mm / 22 apart.
        QList<double> ys;
        for (const GlyphRun &r : layout->pages[0].runs)
            if (!ys.contains(r.y))
                ys << r.y;
        QVERIFY(qAbs((ys[0] - ys[1]) - PageStyle().linePitch()) < 0.01);
    }

    void pageStyleFile()
    {
        const auto shipped = PageStyle::load(zwtest::sourceData(QStringLiteral("page.json")));
        QVERIFY2(shipped, qPrintable(shipped.errorString()));
        // The shipped file is the court page: a type area of 156 × 225 mm.
        QVERIFY(qAbs(shipped->typeWidth() - 156 / 25.4 * 72) < 0.5);
        QVERIFY(qAbs(shipped->typeHeight() - 225 / 25.4 * 72) < 0.5);
        QCOMPARE(shipped->linesPerPage, 22);
        QCOMPARE(shipped->charsPerLine, 28);
        QTemporaryDir dir;
        QVERIFY(zwtest::writeFile(dir.filePath(QStringLiteral("page.json")), R"({"format": "zhiwen/page@1", "width_mm": 210, "height_mm": 297,
                    "margins_mm": {"top": 37, "bottom": 35, "left": 28, "right": 260},
                    "lines_per_page": 22, "chars_per_line": 28, "footer": ""})"));
        const auto bad = PageStyle::load(dir.filePath(QStringLiteral("page.json")));
        QVERIFY(!bad);
        QVERIFY2(bad.errorString().contains(QStringLiteral("margins_mm.right")), qPrintable(bad.errorString()));
    }

    void pagination()
    {
        Typesetter t(fonts());
        QList<Block> blocks{{Role::Court, QStringLiteral("测试法院")}, {Role::Title, QStringLiteral("执行裁定书")}};
        for (int i = 0; i < 12; ++i)
            blocks << Block{Role::Para, QString(50, QChar(u'文'))};
        blocks << Block{Role::Sign, QStringLiteral("审判员|张三")} << Block{Role::Date, QStringLiteral("二〇二四年六月一日")};
        const auto layout = t.typeset(blocks);
        QVERIFY(layout);
        QVERIFY(layout->pages.size() >= 2);
        // Each page holds at most 22 grid lines of body text.
        const LayoutPage &last = layout->pages.last();
        int bodyRunsOnLast = 0;
        for (const GlyphRun &r : last.runs)
            bodyRunsOnLast += r.text.find(U'文') != std::u32string::npos;
        QVERIFY2(bodyRunsOnLast >= 2, "the signature block must not stand alone on a page");
    }

    // Whatever the length of the body, the signature block (with the blank
    // lines and date around it, as the templates have them) never starts a
    // page: body text moves with it.
    void signatureBlockKeepsBodyText()
    {
        Typesetter t(fonts());
        for (int n = 10; n <= 24; ++n) {
            QList<Block> blocks;
            for (int i = 0; i < n; ++i)
                blocks << Block{Role::Line, QString(28, QChar(u'文'))};
            blocks << Block{Role::Blank, QString()} << Block{Role::Sign, QStringLiteral("审判长|张三")} << Block{Role::Sign, QStringLiteral("审判员|李四")}
                   << Block{Role::Blank, QString()} << Block{Role::Date, QStringLiteral("二〇二四年六月一日")}
                   << Block{Role::Copy, QStringLiteral("本件与原本核对无异")} << Block{Role::Sign, QStringLiteral("书记员|王五")};
            const auto layout = t.typeset(blocks);
            QVERIFY(layout);
            for (const LayoutPage &page : layout->pages) {
                for (const GlyphRun &r : page.runs) {
                    if (r.text.find(U'审') == std::u32string::npos)
                        continue;
                    const bool bodyFirst = std::any_of(page.runs.begin(), page.runs.end(), [&](const GlyphRun &b) {
                        return b.text.find(U'文') != std::u32string::npos && b.y > r.y;
                    });
                    QVERIFY2(bodyFirst, qPrintable(QStringLiteral("%1 body lines: the signature block starts a page").arg(n)));
                    break;
                }
            }
        }
    }

    void unsupportedCharacterInTemplateText()
    {
        Typesetter t(fonts());
        const auto layout = t.typeset({{Role::Para, QStringLiteral("姓名") + QString::fromUcs4(U"\U0010FFFD")}});
        QVERIFY(!layout);
        QVERIFY2(layout.errorString().contains(QStringLiteral("U+10FFFD")), qPrintable(layout.errorString()));
        // A rare character some installed font has goes to the fallback face.
        const auto rare = t.typeset({{Role::Para, QStringLiteral("姓名䶮")}});
        QVERIFY(rare);
        bool fallbackRun = false;
        for (const GlyphRun &r : rare->pages.first().runs)
            fallbackRun |= r.face == fonts().style(FontRole::Body).fallback->get() && r.text == std::u32string(U"䶮") && r.face != fonts().style(FontRole::Body).face.get();
        QVERIFY(fallbackRun);
    }

    // Found by fuzzing: a line narrower than one character made breakLines
    // add empty lines forever (a table of many wide columns).
    void narrowerThanOneCharacterTerminates()
    {
        Typesetter t(fonts());
        const auto lines = t.breakLines(U"执行人民法院", fonts().style(FontRole::Body), 3.0, 3.0);
        QCOMPARE(lines.size(), 6); // one character a line
        for (const auto &l : lines)
            QCOMPARE(l.end - l.begin, 1);
        QString header, row;
        for (int c = 0; c < 30; ++c) {
            header += (c ? QStringLiteral("|") : QString()) + QStringLiteral("价值或金额变动情况");
            row += (c ? QStringLiteral("|") : QString()) + QStringLiteral("某某某某");
        }
        const auto layout = t.typeset({{Role::TableRow, header}, {Role::TableRow, row}});
        QVERIFY2(layout, qPrintable(layout.errorString()));
    }

    // Found by fuzzing: page breaks first, then more than a page of lines
    // that must stay together, overflowed a buffer in pagination (the
    // positions counted page breaks that are not lines of the page).
    void pageBreaksThenALongUnit()
    {
        Typesetter t(fonts());
        QList<Block> blocks{{Role::PageBreak, QString()}, {Role::PageBreak, QString()}, {Role::PageBreak, QString()}};
        for (int i = 0; i < 40; ++i)
            blocks << Block{Role::Sign, QStringLiteral("审判员|某%1").arg(i)};
        const auto layout = t.typeset(blocks);
        QVERIFY2(layout, qPrintable(layout.errorString()));
        int lines = 0;
        for (const LayoutPage &page : layout->pages) {
            QVERIFY(!page.runs.isEmpty()); // no empty page
            for (const GlyphRun &r : page.runs)
                lines += QString::fromStdU32String(r.text).startsWith(QStringLiteral("某")) ? 1 : 0;
        }
        QVERIFY2(lines >= 40, qPrintable(QString::number(lines)));
    }
};

QTEST_GUILESS_MAIN(TestTypesetter)
#include "tst_typesetter.moc"
