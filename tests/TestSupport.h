#pragma once

// Helpers shared by the tests: demo cases, edited copies, and the poppler
// tools that show what a user would see in a PDF.
#include "CaseFile.h"

#include <QFile>
#include <QProcess>
#include <QString>
#include <QTest>

namespace zwtest {

inline QString demo(const QString &name)
{
    return QStringLiteral(ZHIWEN_TEST_DATA "/") + name + QStringLiteral(".json");
}

inline zw::CaseFile demoCase(const QString &name)
{
    auto f = zw::CaseFile::load(demo(name));
    if (!f)
        qFatal("cannot load demo %s: %s", qPrintable(name), qPrintable(f.errorString()));
    return f.value();
}

// Writes `bytes` to `path` (test fixtures such as corrupt files).
inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

// Runs a poppler tool on `pdf` and returns its standard output.
inline QString runTool(const char *tool, const QStringList &args)
{
    QProcess p;
    p.start(QString::fromLocal8Bit(tool), args);
    if (!p.waitForFinished(60000))
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

inline QString pdfText(const QString &pdf)
{
    return runTool(PDFTOTEXT, {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
}

inline QString pdfFonts(const QString &pdf)
{
    return runTool(PDFFONTS, {pdf});
}

// Text with line breaks and spaces removed, so phrases split across lines
// (and spaced-out titles such as 执 行 通 知 书) still match.
inline QString flat(QString text)
{
    text.remove(QLatin1Char('\n'));
    text.remove(QLatin1Char(' '));
    text.remove(QLatin1Char('\f'));
    return text;
}

} // namespace zwtest
