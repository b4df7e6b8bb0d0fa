#pragma once

#include "CaseFile.h"
#include "Database.h"

namespace zw {

// The 自动履行证明书 numbers: per court and year, gapless. The same case,
// performer and performance date always get the same number; a new one
// takes the next number of its court and year. Safe against crashes and
// concurrent processes (one IMMEDIATE transaction per allocation).
// The court's pattern is `court.certificate_pattern` of the case, with
// {year}, {court} and {seq}; default （{year}）{court}自履证{seq}号.
class CertificateNumbers
{
public:
    explicit CertificateNumbers(const Database &db) : m_connection(db.connectionName()) {}

    Expected<QString> allocate(const CaseFile &file);

private:
    QString m_connection;
};

} // namespace zw
