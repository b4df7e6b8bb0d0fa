// The court's electronic seal on an issued document (court-seal issue,
// first part): a throwaway CA and court certificate made here with OpenSSL;
// what a bank's PDF reader would see is checked with Poppler's pdfsig.
#include "Seal.h"
#include "ChineseText.h"
#include "Service.h"
#include "TestSupport.h"

#include <QPainter>
#include <QTemporaryDir>

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/pkcs12.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <poppler-qt6.h>

using namespace zw;

namespace {

EVP_PKEY *newKey()
{
    return EVP_RSA_gen(2048);
}

X509 *newCertificate(const char *cn, EVP_PKEY *key, X509 *issuer, EVP_PKEY *issuerKey, long fromDays, long toDays, bool ca)
{
    X509 *cert = X509_new();
    X509_set_version(cert, 2);
    ASN1_INTEGER_set(X509_get_serialNumber(cert), ca ? 1 : 4242 + fromDays);
    X509_gmtime_adj(X509_getm_notBefore(cert), fromDays * 86400L);
    X509_gmtime_adj(X509_getm_notAfter(cert), toDays * 86400L);
    X509_set_pubkey(cert, key);
    X509_NAME *name = X509_get_subject_name(cert);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8, reinterpret_cast<const unsigned char *>(cn), -1, -1, 0);
    X509_set_issuer_name(cert, issuer ? X509_get_subject_name(issuer) : name);
    X509V3_CTX ctx;
    X509V3_set_ctx(&ctx, issuer ? issuer : cert, cert, nullptr, nullptr, 0);
    const auto add = [&](int nid, const char *value) {
        X509_EXTENSION *ext = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value);
        X509_add_ext(cert, ext, -1);
        X509_EXTENSION_free(ext);
    };
    add(NID_basic_constraints, ca ? "critical,CA:TRUE" : "CA:FALSE");
    add(NID_key_usage, ca ? "critical,keyCertSign,cRLSign" : "critical,digitalSignature,nonRepudiation");
    X509_sign(cert, issuerKey ? issuerKey : key, EVP_sha256());
    return cert;
}

bool writePkcs12(const QString &path, const char *password, EVP_PKEY *key, X509 *cert, X509 *extra)
{
    STACK_OF(X509) *others = sk_X509_new_null();
    if (extra)
        sk_X509_push(others, extra);
    PKCS12 *p12 = PKCS12_create(password, "seal", key, cert, others, 0, 0, 0, 0, 0);
    sk_X509_free(others);
    if (!p12)
        return false;
    BIO *out = BIO_new_file(path.toLocal8Bit().constData(), "wb");
    const bool ok = i2d_PKCS12_bio(out, p12) == 1;
    BIO_free(out);
    PKCS12_free(p12);
    return ok;
}

QImage sealImage()
{
    QImage img(240, 240, QImage::Format_ARGB32);
    img.fill(Qt::transparent);
    QPainter p(&img);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(QColor(220, 0, 0), 14));
    p.drawEllipse(QRectF(10, 10, 220, 220));
    p.setBrush(QColor(220, 0, 0));
    p.drawEllipse(QRectF(100, 100, 40, 40));
    return img;
}

} // namespace

class TestSeal : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_ca, m_p12, m_expired, m_mismatched;
    QByteArray m_certificate; // a 自动履行证明书 as issued
    QString m_dateText;

private Q_SLOTS:
    void initTestCase()
    {
        EVP_PKEY *caKey = newKey(), *courtKey = newKey(), *otherKey = newKey();
        X509 *ca = newCertificate("执文测试根证书", caKey, nullptr, nullptr, -10, 3650, true);
        X509 *court = newCertificate("福建省厦门市海沧区人民法院", courtKey, ca, caKey, -1, 365, false);
        X509 *old = newCertificate("福建省厦门市海沧区人民法院", courtKey, ca, caKey, -400, -35, false);
        m_ca = m_dir.filePath(QStringLiteral("ca.pem"));
        BIO *out = BIO_new_file(m_ca.toLocal8Bit().constData(), "w");
        PEM_write_bio_X509(out, ca);
        BIO_free(out);
        m_p12 = m_dir.filePath(QStringLiteral("court.p12"));
        m_expired = m_dir.filePath(QStringLiteral("expired.p12"));
        m_mismatched = m_dir.filePath(QStringLiteral("mismatched.p12"));
        QVERIFY(writePkcs12(m_p12, "secret", courtKey, court, ca));
        QVERIFY(writePkcs12(m_expired, "secret", courtKey, old, ca));
        QVERIFY(writePkcs12(m_mismatched, "secret", otherKey, nullptr, court)); // a key with another's certificate
        X509_free(ca), X509_free(court), X509_free(old);
        EVP_PKEY_free(caKey), EVP_PKEY_free(courtKey), EVP_PKEY_free(otherKey);

        auto service = Service::create();
        QVERIFY2(service, qPrintable(service.errorString()));
        CaseFile file = zwtest::demoCase(QStringLiteral("haicang-performance"));
        file.setText(QStringLiteral("performance.certificate_no"), QStringLiteral("（2024）闽0205自履证1号"));
        const auto pdf = (*service)->render(QStringLiteral("zidong-lvxing-zhengming"), file);
        QVERIFY2(pdf, qPrintable(pdf.errorString()));
        m_certificate = *pdf;
        // The certificate is dated as its template says: issued_on, else applied_on.
        QString date = file.text(QStringLiteral("performance.issued_on"));
        if (date.isEmpty())
            date = file.text(QStringLiteral("performance.applied_on"));
        m_dateText = chineseDate(parseIsoDate(date));
        QVERIFY(zwtest::flat(zwtest::pdfText(write(QStringLiteral("unsealed.pdf"), m_certificate))).contains(m_dateText));
    }

    // A sealed certificate: pdfsig (Poppler) finds one PAdES signature,
    // valid, over the whole document; the document as issued is intact.
    void sealedIsValid()
    {
        auto key = SealKey::fromPkcs12(m_p12, "secret");
        QVERIFY2(key, qPrintable(key.errorString()));
        QVERIFY(key->subject().contains(QStringLiteral("海沧区人民法院")));
        SealAppearance ap;
        ap.image = sealImage();
        ap.dateText = m_dateText;
        ap.location = QStringLiteral("福建省厦门市海沧区人民法院");
        const auto sealed = sealPdf(m_certificate, *key, ap);
        QVERIFY2(sealed, qPrintable(sealed.errorString()));
        QVERIFY(sealed->startsWith(m_certificate)); // an incremental update: the issued bytes stay
        qInfo("seal adds %lld bytes to a %lld-byte certificate", qlonglong(sealed->size() - m_certificate.size()), qlonglong(m_certificate.size()));
        const QString path = write(QStringLiteral("sealed.pdf"), *sealed);
        const QString report = zwtest::runTool(PDFSIG, {path});
        QVERIFY2(report.contains(QStringLiteral("Signature Type: ETSI.CAdES.detached")), qPrintable(report));
        QVERIFY2(report.contains(QStringLiteral("Signing Hash Algorithm: SHA-256")), qPrintable(report));
        QVERIFY2(report.contains(QStringLiteral("Total document signed")), qPrintable(report));
        QVERIFY2(report.contains(QStringLiteral("Signature Validation: Signature is Valid.")), qPrintable(report));
        QVERIFY2(report.contains(QStringLiteral("海沧区人民法院")), qPrintable(report));
        QVERIFY2(zwtest::flat(zwtest::pdfText(path)).contains(QStringLiteral("（2024）闽0205自履证1号")), "the text is still there");

        const auto checks = checkSignatures(*sealed, m_ca);
        QVERIFY2(checks, qPrintable(checks.errorString()));
        QCOMPARE(checks->size(), 1);
        const SignatureCheck &c = checks->first();
        QVERIFY2(c.intact && c.coversWholeFile && c.trusted, qPrintable(c.text()));
        QCOMPARE(c.subFilter, QStringLiteral("ETSI.CAdES.detached"));
        QCOMPARE(c.signer, QStringLiteral("福建省厦门市海沧区人民法院"));
        QCOMPARE(c.serial, key->serial());
        // Another court's CA list does not vouch for it.
        const QString other = m_dir.filePath(QStringLiteral("other-ca.pem"));
        {
            EVP_PKEY *k = newKey();
            X509 *ca = newCertificate("别的机构", k, nullptr, nullptr, -1, 10, true);
            BIO *out = BIO_new_file(other.toLocal8Bit().constData(), "w");
            PEM_write_bio_X509(out, ca);
            BIO_free(out);
            X509_free(ca);
            EVP_PKEY_free(k);
        }
        const auto untrusted = checkSignatures(*sealed, other);
        QVERIFY(untrusted && untrusted->first().intact && !untrusted->first().trusted);
        QVERIFY2(untrusted->first().text().contains(QStringLiteral("不受信任")), qPrintable(untrusted->first().text()));
    }

    // One byte changed after sealing: the seal says so, and so does pdfsig.
    void changedAfterSealing()
    {
        const auto sealed = sealCertificate();
        QVERIFY2(sealed, qPrintable(sealed.errorString()));
        QByteArray changed = *sealed;
        const qsizetype at = changed.indexOf("stream\n") + 200; // inside the first content stream
        changed[at] = char(changed[at] ^ 0x01);
        const auto checks = checkSignatures(changed, m_ca);
        QVERIFY(checks && checks->size() == 1);
        QVERIFY2(!checks->first().intact, qPrintable(checks->first().text()));
        QVERIFY2(checks->first().text().startsWith(QStringLiteral("签章无效")), qPrintable(checks->first().text()));
        const QString report = zwtest::runTool(PDFSIG, {write(QStringLiteral("changed.pdf"), changed)});
        QVERIFY2(!report.contains(QStringLiteral("Signature is Valid.")), qPrintable(report));
        // Bytes added after the seal (an edit saved on top) leave it intact but not whole.
        const auto appended = checkSignatures(*sealed + "\n% added later\n", m_ca);
        QVERIFY(appended && appended->first().intact && !appended->first().coversWholeFile);
    }

    // What cannot seal says why and seals nothing.
    void refusals()
    {
        auto wrong = SealKey::fromPkcs12(m_p12, "not-the-password");
        QVERIFY(!wrong);
        QVERIFY2(wrong.errorString().contains(QStringLiteral("密码不对")), qPrintable(wrong.errorString()));
        auto expired = SealKey::fromPkcs12(m_expired, "secret");
        QVERIFY(!expired);
        QVERIFY2(expired.errorString().contains(QStringLiteral("已于")) && expired.errorString().contains(QStringLiteral("过期")), qPrintable(expired.errorString()));
        auto mismatched = SealKey::fromPkcs12(m_mismatched, "secret");
        QVERIFY(!mismatched);
        QVERIFY2(mismatched.errorString().contains(QStringLiteral("不匹配")), qPrintable(mismatched.errorString()));
        auto missing = SealKey::fromPkcs12(m_dir.filePath(QStringLiteral("none.p12")), "secret");
        QVERIFY(!missing);
        auto notP12 = SealKey::fromPkcs12(m_ca, "secret");
        QVERIFY2(!notP12 && notP12.errorString().contains(QStringLiteral("PKCS#12")), qPrintable(notP12.errorString()));
    }

    // The seal is on the page, over the date: red appears around where the
    // date is printed, and nowhere in the unsealed page.
    void sealOverTheDate()
    {
        const auto sealed = sealCertificate();
        QVERIFY2(sealed, qPrintable(sealed.errorString()));
        std::unique_ptr<Poppler::Document> doc = Poppler::Document::loadFromData(*sealed);
        QVERIFY(doc);
        std::unique_ptr<Poppler::Page> page = doc->page(doc->numPages() - 1);
        const QList<QRectF> dates = page->search(m_dateText);
        QVERIFY(!dates.isEmpty());
        const double dpi = 72;
        const auto redCentre = [&](Poppler::Page &p, int *count) {
            const QImage img = p.renderToImage(dpi, dpi).convertToFormat(QImage::Format_RGB32);
            double sx = 0, sy = 0;
            *count = 0;
            for (int y = 0; y < img.height(); ++y)
                for (int x = 0; x < img.width(); ++x) {
                    const QRgb c = img.pixel(x, y);
                    if (qRed(c) > 180 && qGreen(c) < 90 && qBlue(c) < 90)
                        sx += x, sy += y, ++*count;
                }
            return *count ? QPointF(sx / *count, sy / *count) : QPointF();
        };
        int red = 0;
        const QPointF centre = redCentre(*page, &red);
        QVERIFY2(red > 500, qPrintable(QString::number(red)));
        QVERIFY2(QLineF(centre, dates.last().center()).length() < 12, qPrintable(QStringLiteral("seal at %1,%2, date at %3,%4")
                                                                                    .arg(centre.x()).arg(centre.y()).arg(dates.last().center().x()).arg(dates.last().center().y())));
        std::unique_ptr<Poppler::Document> plain = Poppler::Document::loadFromData(m_certificate);
        std::unique_ptr<Poppler::Page> plainPage = plain->page(plain->numPages() - 1);
        redCentre(*plainPage, &red);
        QCOMPARE(red, 0);
        page->renderToImage(100, 100).save(m_dir.filePath(QStringLiteral("sealed-page.png")));
    }

private:
    // The certificate sealed with the court's key, its image over the date.
    Expected<QByteArray> sealCertificate() const
    {
        auto key = SealKey::fromPkcs12(m_p12, "secret");
        if (!key)
            return key.errors();
        SealAppearance ap;
        ap.image = sealImage();
        ap.dateText = m_dateText;
        return sealPdf(m_certificate, *key, ap);
    }
    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.write(bytes);
        return path;
    }
};

QTEST_GUILESS_MAIN(TestSeal)
#include "tst_seal.moc"
