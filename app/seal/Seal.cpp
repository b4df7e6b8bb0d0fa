#include "Seal.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QMap>
#include <QTimeZone>

#include <openssl/bio.h>
#include <openssl/cms.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pkcs12.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <poppler-qt6.h>

#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>

#include <ctime>

namespace zw {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(zw::Seal)
};

// Room for the CMS signature (certificate chain included) in the file.
constexpr int kSignatureBytes = 16384;

QString opensslError()
{
    QStringList parts;
    while (const unsigned long e = ERR_get_error()) {
        char buf[256];
        ERR_error_string_n(e, buf, sizeof buf);
        parts << QString::fromLatin1(buf);
    }
    return parts.join(QStringLiteral("; "));
}

QString nameText(const X509_NAME *name)
{
    BIO *bio = BIO_new(BIO_s_mem());
    X509_NAME_print_ex(bio, name, 0, XN_FLAG_RFC2253 & ~ASN1_STRFLGS_ESC_MSB);
    char *data = nullptr;
    const long n = BIO_get_mem_data(bio, &data);
    const QString out = QString::fromUtf8(data, int(n));
    BIO_free(bio);
    return out;
}

QString commonNameOf(const X509 *cert)
{
    const X509_NAME *name = X509_get_subject_name(cert);
    const int at = X509_NAME_get_index_by_NID(name, NID_commonName, -1);
    if (at < 0)
        return nameText(name);
    unsigned char *utf8 = nullptr;
    const int n = ASN1_STRING_to_UTF8(&utf8, X509_NAME_ENTRY_get_data(X509_NAME_get_entry(name, at)));
    const QString out = n >= 0 ? QString::fromUtf8(reinterpret_cast<const char *>(utf8), n) : QString();
    OPENSSL_free(utf8);
    return out;
}

QString serialOf(const X509 *cert)
{
    BIGNUM *bn = ASN1_INTEGER_to_BN(X509_get0_serialNumber(cert), nullptr);
    char *hex = BN_bn2hex(bn);
    const QString out = QString::fromLatin1(hex);
    OPENSSL_free(hex);
    BN_free(bn);
    return out;
}

QDateTime timeOf(const ASN1_TIME *t)
{
    std::tm tm{};
    if (!t || ASN1_TIME_to_tm(t, &tm) != 1)
        return {};
    return QDateTime(QDate(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday), QTime(tm.tm_hour, tm.tm_min, tm.tm_sec), QTimeZone::utc());
}

// A PDF text string: UTF-16BE with its byte order mark, as hex.
QByteArray pdfText(const QString &text)
{
    QByteArray bytes("\xFE\xFF", 2);
    for (const QChar c : text) {
        bytes += char(c.unicode() >> 8);
        bytes += char(c.unicode() & 0xFF);
    }
    return '<' + bytes.toHex().toUpper() + '>';
}

QByteArray number(double v)
{
    return QByteArray::number(v, 'f', 2);
}

// A dictionary written again with `replace` for some keys (values as the
// file has them: references stay references).
QByteArray dictionary(QPDFObjectHandle dict, const QMap<QByteArray, QByteArray> &replace)
{
    QByteArray out("<<");
    for (const std::string &key : dict.getKeys()) {
        if (replace.contains(QByteArray::fromStdString(key)))
            continue;
        out += ' ' + QByteArray::fromStdString(key) + ' ' + QByteArray::fromStdString(dict.getKey(key).unparse());
    }
    for (auto it = replace.begin(); it != replace.end(); ++it)
        out += ' ' + it.key() + ' ' + it.value();
    return out + " >>";
}

QByteArray items(QPDFObjectHandle array)
{
    QByteArray out;
    if (array.isArray())
        for (int i = 0; i < array.getArrayNItems(); ++i)
            out += QByteArray::fromStdString(array.getArrayItem(i).unparse()) + ' ';
    return out;
}

struct Placed {
    int page = 0;      // 0-based
    QRectF rect;       // PDF points, origin bottom-left
};

// The seal's square: centred over the last place the date is printed, else
// at the foot of the last page on the right.
Placed placeSeal(const QByteArray &pdf, const SealAppearance &ap)
{
    Placed p;
    std::unique_ptr<Poppler::Document> doc = Poppler::Document::loadFromData(pdf);
    const int pages = doc ? doc->numPages() : 0;
    p.page = std::max(0, pages - 1);
    double height = 841.89, width = 595.276;
    for (int i = pages - 1; i >= 0; --i) {
        std::unique_ptr<Poppler::Page> page = doc->page(i);
        if (!page)
            continue;
        const QList<QRectF> found = ap.dateText.isEmpty() ? QList<QRectF>() : page->search(ap.dateText);
        if (i == pages - 1 || !found.isEmpty()) {
            height = page->pageSizeF().height();
            width = page->pageSizeF().width();
        }
        if (!found.isEmpty()) {
            const QPointF c = found.last().center();
            p.page = i;
            p.rect = QRectF(c.x() - ap.diameter / 2, (height - c.y()) - ap.diameter / 2, ap.diameter, ap.diameter);
            return p;
        }
    }
    p.rect = QRectF(width - 90 - ap.diameter, 120, ap.diameter, ap.diameter);
    return p;
}

} // namespace

struct SealKey::Impl {
    X509 *cert = nullptr;
    EVP_PKEY *key = nullptr;
    STACK_OF(X509) *chain = nullptr;
    ~Impl()
    {
        X509_free(cert);
        EVP_PKEY_free(key);
        sk_X509_pop_free(chain, X509_free);
    }
};

SealKey::SealKey() : d(std::make_unique<Impl>()) {}
SealKey::SealKey(SealKey &&) noexcept = default;
SealKey &SealKey::operator=(SealKey &&) noexcept = default;
SealKey::~SealKey() = default;

QString SealKey::subject() const { return nameText(X509_get_subject_name(d->cert)); }
QString SealKey::commonName() const { return commonNameOf(d->cert); }
QString SealKey::serial() const { return serialOf(d->cert); }
QDateTime SealKey::notAfter() const { return timeOf(X509_get0_notAfter(d->cert)); }

Expected<SealKey> SealKey::fromPkcs12(const QString &fileName, const QByteArray &password)
{
    BIO *bio = BIO_new_file(fileName.toLocal8Bit().constData(), "rb");
    if (!bio)
        return Diagnostic::error(fileName, Tr::tr("无法打开签章证书文件"));
    PKCS12 *p12 = d2i_PKCS12_bio(bio, nullptr);
    BIO_free(bio);
    if (!p12)
        return Diagnostic::error(fileName, Tr::tr("不是 PKCS#12（.p12/.pfx）签章证书文件"));
    const std::unique_ptr<PKCS12, decltype(&PKCS12_free)> holder(p12, PKCS12_free);
    if (!PKCS12_verify_mac(p12, password.constData(), int(password.size())))
        return Diagnostic::error(fileName, Tr::tr("签章证书的密码不对"));
    SealKey key;
    if (!PKCS12_parse(p12, password.constData(), &key.d->key, &key.d->cert, &key.d->chain))
        return Diagnostic::error(fileName, Tr::tr("无法读取签章证书：%1").arg(opensslError()));
    // A key whose certificate is not in the file: the certificates there are another's.
    if (!key.d->cert && key.d->key && sk_X509_num(key.d->chain) > 0)
        return Diagnostic::error(fileName, Tr::tr("私钥与证书不匹配（私钥不属于证书“%1”）").arg(commonNameOf(sk_X509_value(key.d->chain, 0))));
    if (!key.d->cert || !key.d->key)
        return Diagnostic::error(fileName, Tr::tr("签章证书文件中缺少证书或私钥"));
    if (X509_check_private_key(key.d->cert, key.d->key) != 1) {
        ERR_clear_error();
        return Diagnostic::error(fileName, Tr::tr("私钥与证书不匹配（私钥不属于证书“%1”）").arg(key.commonName()));
    }
    if (X509_cmp_current_time(X509_get0_notAfter(key.d->cert)) < 0)
        return Diagnostic::error(fileName, Tr::tr("签章证书“%1”已于 %2 过期").arg(key.commonName(), key.notAfter().toLocalTime().toString(QStringLiteral("yyyy-MM-dd"))));
    if (X509_cmp_current_time(X509_get0_notBefore(key.d->cert)) > 0)
        return Diagnostic::error(fileName, Tr::tr("签章证书“%1”尚未生效（%2 起）")
                                               .arg(key.commonName(), timeOf(X509_get0_notBefore(key.d->cert)).toLocalTime().toString(QStringLiteral("yyyy-MM-dd"))));
    const uint32_t usage = X509_get_key_usage(key.d->cert);
    if (usage != UINT32_MAX && !(usage & (KU_DIGITAL_SIGNATURE | KU_NON_REPUDIATION)))
        return Diagnostic::error(fileName, Tr::tr("证书“%1”不能用于签名（密钥用途中没有数字签名）").arg(key.commonName()));
    return key;
}

Expected<QByteArray> sealPdf(const QByteArray &pdf, const SealKey &key, const SealAppearance &ap)
{
    QPDF q;
    q.setSuppressWarnings(true);
    try {
        q.processMemoryFile("document.pdf", pdf.constData(), size_t(pdf.size()));
    } catch (const std::exception &e) {
        return Diagnostic::error(QString(), Tr::tr("无法读取要签章的 PDF：%1").arg(QString::fromLocal8Bit(e.what())));
    }
    if (ap.image.isNull())
        return Diagnostic::error(QStringLiteral("seal_image"), Tr::tr("缺少签章图片（PNG）"));
    const std::vector<QPDFPageObjectHelper> pages = QPDFPageDocumentHelper(q).getAllPages();
    const Placed placed = placeSeal(pdf, ap);
    if (pages.empty() || placed.page >= int(pages.size()))
        return Diagnostic::error(QString(), Tr::tr("要签章的 PDF 没有页面"));
    QPDFObjectHandle trailer = q.getTrailer();
    QPDFObjectHandle root = q.getRoot();
    QPDFObjectHandle page = pages[size_t(placed.page)].getObjectHandle();
    const int size = int(trailer.getKey("/Size").getIntValue());
    const qsizetype startxrefAt = pdf.lastIndexOf("startxref");
    if (startxrefAt < 0)
        return Diagnostic::error(QString(), Tr::tr("要签章的 PDF 没有 startxref"));
    const qint64 previous = pdf.mid(startxrefAt + 9).trimmed().split('\n').first().trimmed().toLongLong();
    const int image = size, mask = size + 1, appearance = size + 2, signature = size + 3, widget = size + 4;

    QByteArray out = pdf;
    if (!out.endsWith('\n'))
        out += '\n';
    QMap<int, qint64> offsets;
    QMap<int, int> generations;
    const auto object = [&](int id, int gen, const QByteArray &body) {
        offsets[id] = out.size();
        generations[id] = gen;
        out += QByteArray::number(id) + ' ' + QByteArray::number(gen) + " obj\n" + body + "\nendobj\n";
    };
    const auto stream = [&](int id, const QByteArray &dict, const QByteArray &data) {
        object(id, 0, "<< " + dict + " /Length " + QByteArray::number(data.size()) + " >>\nstream\n" + data + "\nendstream");
    };
    const auto ref = [](int id) -> QByteArray { return QByteArray::number(id) + " 0 R"; };

    // The seal image: RGB with its transparency as a soft mask.
    const QImage img = ap.image.convertToFormat(QImage::Format_ARGB32);
    QByteArray rgb, alpha;
    rgb.reserve(img.width() * img.height() * 3);
    alpha.reserve(img.width() * img.height());
    for (int y = 0; y < img.height(); ++y) {
        const QRgb *line = reinterpret_cast<const QRgb *>(img.constScanLine(y));
        for (int x = 0; x < img.width(); ++x) {
            rgb += char(qRed(line[x]));
            rgb += char(qGreen(line[x]));
            rgb += char(qBlue(line[x]));
            alpha += char(qAlpha(line[x]));
        }
    }
    const QByteArray wh = "/Width " + QByteArray::number(img.width()) + " /Height " + QByteArray::number(img.height());
    stream(image, "/Type /XObject /Subtype /Image " + wh + " /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /FlateDecode /SMask " + ref(mask),
           qCompress(rgb, 9).mid(4));
    stream(mask, "/Type /XObject /Subtype /Image " + wh + " /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode", qCompress(alpha, 9).mid(4));
    const QByteArray side = number(placed.rect.width());
    stream(appearance, "/Type /XObject /Subtype /Form /BBox [0 0 " + side + ' ' + side + "] /Resources << /XObject << /Seal " + ref(image) + " >> >>",
           "q " + side + " 0 0 " + side + " 0 0 cm /Seal Do Q");

    const QByteArray placeholder = "/ByteRange [0 0000000000 0000000000 0000000000]";
    const QDateTime when = ap.when.toUTC();
    object(signature, 0,
           "<< /Type /Sig /Filter /Adobe.PPKLite /SubFilter /ETSI.CAdES.detached " + placeholder + " /Contents <" + QByteArray(2 * kSignatureBytes, '0')
               + "> /M (D:" + when.toString(QStringLiteral("yyyyMMddHHmmss")).toLatin1() + "Z) /Name " + pdfText(key.commonName()) + " /Reason "
               + pdfText(ap.reason) + (ap.location.isEmpty() ? QByteArray() : " /Location " + pdfText(ap.location)) + " >>");
    QPDFObjectHandle form = root.getKey("/AcroForm");
    const int sealsBefore = form.isDictionary() ? form.getKey("/Fields").getArrayNItems() : 0;
    const QRectF r = placed.rect;
    object(widget, 0,
           "<< /Type /Annot /Subtype /Widget /FT /Sig /T " + pdfText(QStringLiteral("执文签章%1").arg(sealsBefore + 1)) + " /V " + ref(signature)
               + " /F 132 /Rect [" + number(r.left()) + ' ' + number(r.top()) + ' ' + number(r.right()) + ' ' + number(r.bottom()) + "] /P "
               + QByteArray::number(page.getObjectID()) + ' ' + QByteArray::number(page.getGeneration()) + " R /AP << /N " + ref(appearance) + " >> >>");
    object(page.getObjectID(), page.getGeneration(), dictionary(page, {{"/Annots", "[" + items(page.getKey("/Annots")) + ref(widget) + "]"}}));
    const QByteArray acroForm = "<< /Fields [" + items(form.isDictionary() ? form.getKey("/Fields") : QPDFObjectHandle()) + ref(widget) + "] /SigFlags 3 >>";
    object(root.getObjectID(), root.getGeneration(), dictionary(root, {{"/AcroForm", acroForm}}));

    // The cross-reference section of the update, one subsection per run of ids.
    const qint64 xref = out.size();
    out += "xref\n";
    const QList<int> ids = offsets.keys();
    for (qsizetype i = 0; i < ids.size();) {
        qsizetype j = i;
        while (j + 1 < ids.size() && ids[j + 1] == ids[j] + 1)
            ++j;
        out += QByteArray::number(ids[i]) + ' ' + QByteArray::number(j - i + 1) + '\n';
        for (qsizetype k = i; k <= j; ++k)
            out += QByteArray::number(offsets[ids[k]]).rightJustified(10, '0') + ' ' + QByteArray::number(generations[ids[k]]).rightJustified(5, '0') + " n \n";
        i = j + 1;
    }
    out += "trailer\n<< /Size " + QByteArray::number(widget + 1) + " /Root " + QByteArray::number(root.getObjectID()) + ' '
           + QByteArray::number(root.getGeneration()) + " R";
    if (trailer.hasKey("/Info"))
        out += " /Info " + QByteArray::fromStdString(trailer.getKey("/Info").unparse());
    if (trailer.hasKey("/ID"))
        out += " /ID " + QByteArray::fromStdString(trailer.getKey("/ID").unparse());
    out += " /Prev " + QByteArray::number(previous) + " >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";

    // The byte ranges: everything but the signature's own value.
    const qsizetype lt = out.indexOf("/Contents <", offsets[signature]) + 10;
    const qsizetype gt = lt + 1 + 2 * kSignatureBytes;
    const QByteArray ranges = "/ByteRange [0 " + QByteArray::number(lt).rightJustified(10, '0') + ' ' + QByteArray::number(gt + 1).rightJustified(10, '0') + ' '
                              + QByteArray::number(out.size() - gt - 1).rightJustified(10, '0') + ']';
    out.replace(out.indexOf(placeholder, offsets[signature]), placeholder.size(), ranges);
    const QByteArray signedBytes = out.left(lt) + out.mid(gt + 1);

    BIO *data = BIO_new_mem_buf(signedBytes.constData(), int(signedBytes.size()));
    const unsigned flags = CMS_DETACHED | CMS_BINARY | CMS_PARTIAL | CMS_CADES | CMS_NOSMIMECAP;
    CMS_ContentInfo *cms = CMS_sign(nullptr, nullptr, key.d->chain, nullptr, flags);
    const bool ok = cms && CMS_add1_signer(cms, key.d->cert, key.d->key, EVP_sha256(), flags) && CMS_final(cms, data, nullptr, flags);
    BIO_free(data);
    if (!ok) {
        CMS_ContentInfo_free(cms);
        return Diagnostic::error(QString(), Tr::tr("签章失败：%1").arg(opensslError()));
    }
    unsigned char *der = nullptr;
    const int derLength = i2d_CMS_ContentInfo(cms, &der);
    CMS_ContentInfo_free(cms);
    if (derLength <= 0 || derLength > kSignatureBytes) {
        OPENSSL_free(der);
        return Diagnostic::error(QString(), Tr::tr("签名过大（%1 字节，可容 %2）：证书链太长").arg(derLength).arg(kSignatureBytes));
    }
    const QByteArray hex = QByteArray(reinterpret_cast<const char *>(der), derLength).toHex().toUpper();
    OPENSSL_free(der);
    out.replace(lt + 1, hex.size(), hex);
    return out;
}

QString SignatureCheck::text() const
{
    QString line = intact ? Tr::tr("签章有效：%1（证书序列号 %2），%3 签章").arg(signer, serial, signedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                          : Tr::tr("签章无效：签章后文件被改动，或签名已损坏（%1）").arg(signer.isEmpty() ? field : signer);
    if (intact && !coversWholeFile)
        line += Tr::tr("；签章后文件又有改动（签章只覆盖改动前的内容）");
    if (intact && trustChecked)
        line += trusted ? Tr::tr("；证书由本院信任的机构签发") : Tr::tr("；证书不受信任：%1").arg(trustProblem);
    else if (intact)
        line += Tr::tr("；未配置本院信任的证书机构，未核对证书");
    return line;
}

Expected<QList<SignatureCheck>> checkSignatures(const QByteArray &pdf, const QString &caFile)
{
    QPDF q;
    q.setSuppressWarnings(true);
    try {
        q.processMemoryFile("document.pdf", pdf.constData(), size_t(pdf.size()));
    } catch (const std::exception &e) {
        return Diagnostic::error(QString(), Tr::tr("无法读取 PDF：%1").arg(QString::fromLocal8Bit(e.what())));
    }
    QList<SignatureCheck> out;
    QPDFObjectHandle form = q.getRoot().getKey("/AcroForm");
    if (!form.isDictionary() || !form.getKey("/Fields").isArray())
        return out;
    QPDFObjectHandle fields = form.getKey("/Fields");
    for (int i = 0; i < fields.getArrayNItems(); ++i) {
        QPDFObjectHandle field = fields.getArrayItem(i);
        if (!field.isDictionary() || field.getKey("/FT").unparse() != "/Sig" || !field.getKey("/V").isDictionary())
            continue;
        QPDFObjectHandle v = field.getKey("/V");
        SignatureCheck c;
        c.field = field.getKey("/T").isString() ? QString::fromStdString(field.getKey("/T").getUTF8Value()) : QString();
        c.subFilter = QString::fromStdString(v.getKey("/SubFilter").unparse()).mid(1);
        QPDFObjectHandle range = v.getKey("/ByteRange");
        const std::string contents = v.getKey("/Contents").isString() ? v.getKey("/Contents").getStringValue() : std::string();
        qint64 b[4] = {-1, -1, -1, -1};
        if (range.isArray() && range.getArrayNItems() == 4)
            for (int k = 0; k < 4; ++k)
                b[k] = range.getArrayItem(k).isInteger() ? range.getArrayItem(k).getIntValue() : -1;
        const bool sane = b[0] == 0 && b[1] > 0 && b[2] > b[1] && b[3] >= 0 && b[2] + b[3] <= pdf.size();
        c.coversWholeFile = sane && b[2] + b[3] == pdf.size();
        const unsigned char *p = reinterpret_cast<const unsigned char *>(contents.data());
        CMS_ContentInfo *cms = sane && !contents.empty() ? d2i_CMS_ContentInfo(nullptr, &p, long(contents.size())) : nullptr;
        if (cms) {
            const QByteArray signedBytes = pdf.mid(0, b[1]) + pdf.mid(b[2], b[3]);
            // Who signed, when (the signing-time attribute, else /M).
            STACK_OF(CMS_SignerInfo) *infos = CMS_get0_SignerInfos(cms);
            STACK_OF(X509) *certs = CMS_get1_certs(cms);
            std::time_t when = 0;
            if (sk_CMS_SignerInfo_num(infos) > 0) {
                CMS_SignerInfo *si = sk_CMS_SignerInfo_value(infos, 0);
                for (int k = 0; k < sk_X509_num(certs); ++k)
                    if (CMS_SignerInfo_cert_cmp(si, sk_X509_value(certs, k)) == 0) {
                        c.signer = commonNameOf(sk_X509_value(certs, k));
                        c.serial = serialOf(sk_X509_value(certs, k));
                    }
                const int at = CMS_signed_get_attr_by_NID(si, NID_pkcs9_signingTime, -1);
                if (at >= 0) {
                    ASN1_TYPE *t = X509_ATTRIBUTE_get0_type(CMS_signed_get_attr(si, at), 0);
                    if (t && (t->type == V_ASN1_UTCTIME || t->type == V_ASN1_GENERALIZEDTIME)) {
                        c.signedAt = timeOf(t->value.utctime);
                        when = c.signedAt.toSecsSinceEpoch();
                    }
                }
            }
            sk_X509_pop_free(certs, X509_free);
            BIO *data = BIO_new_mem_buf(signedBytes.constData(), int(signedBytes.size()));
            c.intact = CMS_verify(cms, nullptr, nullptr, data, nullptr, CMS_BINARY | CMS_DETACHED | CMS_NO_SIGNER_CERT_VERIFY) == 1;
            BIO_free(data);
            ERR_clear_error();
            if (c.intact && !caFile.isEmpty()) {
                c.trustChecked = true;
                X509_STORE *store = X509_STORE_new();
                if (X509_STORE_load_file(store, caFile.toLocal8Bit().constData()) != 1) {
                    c.trustProblem = Tr::tr("无法读取本院信任的证书机构列表 %1").arg(caFile);
                } else {
                    // Checked as at the signing time: a certificate that expired since still sealed validly.
                    if (when)
                        X509_VERIFY_PARAM_set_time(X509_STORE_get0_param(store), when);
                    BIO *again = BIO_new_mem_buf(signedBytes.constData(), int(signedBytes.size()));
                    c.trusted = CMS_verify(cms, nullptr, store, again, nullptr, CMS_BINARY | CMS_DETACHED) == 1;
                    BIO_free(again);
                    if (!c.trusted)
                        c.trustProblem = Tr::tr("不能追溯到本院信任的证书机构（%1）").arg(opensslError());
                }
                X509_STORE_free(store);
                ERR_clear_error();
            }
            CMS_ContentInfo_free(cms);
        }
        out << c;
    }
    return out;
}

} // namespace zw
