#pragma once

#include "Diagnostic.h"

#include <QByteArray>
#include <QDateTime>
#include <QImage>
#include <QList>
#include <QRectF>
#include <QString>

#include <memory>

namespace zw {

// The court's electronic seal (电子签章): a PAdES signature
// (ETSI.CAdES.detached, SHA-256, made with OpenSSL's CMS) appended to a PDF
// as an incremental update, so the bytes of the document as issued stay as
// they were, with a visible seal image placed over the document's date.
// qpdf reads the document's structure; Poppler finds the date on the page.

// The court's key and certificate, from a PKCS#12 file. Loading refuses a
// wrong password, a certificate not valid now (expired or not yet valid),
// a key that does not belong to the certificate, and a certificate not made
// for signing (keyUsage without digitalSignature or nonRepudiation).
class SealKey
{
public:
    static Expected<SealKey> fromPkcs12(const QString &fileName, const QByteArray &password);
    SealKey(SealKey &&) noexcept;
    SealKey &operator=(SealKey &&) noexcept;
    ~SealKey();

    QString subject() const;      // the certificate's subject, as RFC 2253 text
    QString commonName() const;
    QString serial() const;       // hex
    QDateTime notAfter() const;

    SealKey(); // empty; use fromPkcs12

private:
    struct Impl;
    std::unique_ptr<Impl> d;
    friend Expected<QByteArray> sealPdf(const QByteArray &, const SealKey &, const struct SealAppearance &);
};

struct SealAppearance {
    QImage image;              // the seal, drawn over the date (transparent where the PNG is)
    QString dateText;          // the document's date as printed (二〇二四年七月八日): the seal goes over its last occurrence
    double diameter = 119;     // points: the 4.2 cm of a court's round seal
    QString reason = QStringLiteral("电子签章");
    QString location;          // the court
    QDateTime when = QDateTime::currentDateTimeUtc();
};

// The sealed document: `pdf` with the signature appended. Nothing of `pdf`
// is changed; the signature covers every byte but its own value.
Expected<QByteArray> sealPdf(const QByteArray &pdf, const SealKey &key, const SealAppearance &appearance);

// One signature of a PDF as a checker reads it.
struct SignatureCheck {
    QString field;             // the signature field's name
    QString subFilter;         // ETSI.CAdES.detached …
    bool intact = false;       // the signed bytes hash to the signed digest and the signature verifies
    bool coversWholeFile = false; // nothing was added after it
    bool trusted = false;      // the signer's certificate chains to the court's CA list
    bool trustChecked = false; // a CA list was given
    QString trustProblem;      // why not trusted
    QString signer, serial;
    QDateTime signedAt;
    QString text() const;      // one line, in Chinese
};

// Every signature of `pdf`, checked against the CA certificates in
// `caFile` (PEM; none: trust is not checked). An error only when the PDF
// cannot be read at all.
Expected<QList<SignatureCheck>> checkSignatures(const QByteArray &pdf, const QString &caFile = {});

} // namespace zw
