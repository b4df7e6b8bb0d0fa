#include "Drafts.h"

#include "AtomicFile.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QStandardPaths>

namespace zw {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(zw::Drafts)
};
constexpr const char *kFormat = "zhiwen/draft@1";

// A file's absolute path; a store case's `store:ID` as it is.
QString normalOriginal(const QString &original)
{
    if (original.isEmpty() || original.startsWith(QLatin1String(Drafts::StorePrefix)))
        return original;
    return QFileInfo(original).absoluteFilePath();
}
} // namespace

Drafts::Drafts(QString dir)
    : m_dir(std::move(dir))
{
}

QString Drafts::defaultDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/drafts");
}

QString Drafts::fileFor(const QString &original) const
{
    const QByteArray key = original.isEmpty() ? QByteArray("untitled") : normalOriginal(original).toUtf8();
    return m_dir + QLatin1Char('/') + QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha1).toHex().left(16)) + QStringLiteral(".json");
}

Expected<bool> Drafts::save(const CaseFile &file, const QString &original)
{
    if (!QDir().mkpath(m_dir))
        return Diagnostic::error(m_dir, Tr::tr("无法创建草稿目录"));
    Json envelope = Json::object();
    envelope["format"] = kFormat;
    envelope["original"] = ss(normalOriginal(original));
    envelope["saved_at"] = ss(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    envelope["case"] = file.json();
    const QString path = fileFor(original);
    if (const auto written = writeFileAtomically(path, QByteArray::fromStdString(envelope.dump(1))); !written)
        return Diagnostic::error(path, Tr::tr("草稿保存失败：%1").arg(written.errorString()));
    return true;
}

void Drafts::discard(const QString &original)
{
    QFile::remove(fileFor(original));
}

QList<Drafts::Draft> Drafts::list() const
{
    QList<Draft> out;
    const auto entries = QDir(m_dir).entryInfoList({QStringLiteral("*.json")}, QDir::Files, QDir::Time);
    for (const QFileInfo &fi : entries) {
        const auto loaded = loadJsonFile(fi.absoluteFilePath());
        // A draft that cannot be read is listed too: it is shown, never silently deleted.
        Draft d{fi.absoluteFilePath(), {}, fi.lastModified()};
        if (loaded && stringAt(*loaded, "format") == QLatin1String(kFormat)) {
            d.original = stringAt(*loaded, "original");
            d.savedAt = QDateTime::fromString(stringAt(*loaded, "saved_at"), Qt::ISODate);
        }
        out << d;
    }
    return out;
}

Expected<CaseFile> Drafts::load(const Draft &draft)
{
    const auto loaded = loadJsonFile(draft.path);
    if (!loaded)
        return loaded.errors();
    if (stringAt(*loaded, "format") != QLatin1String(kFormat) || !loaded->contains("case") || !(*loaded)["case"].is_object())
        return Diagnostic::error(draft.path, Tr::tr("不是执文草稿文件"));
    return CaseFile((*loaded)["case"]);
}

} // namespace zw
