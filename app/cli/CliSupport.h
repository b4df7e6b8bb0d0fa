#pragma once

#include "CaseFile.h"
#include "Command.h"
#include "Diagnostic.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <optional>

namespace zw::cli {

// Translation context of every command (Q_DECLARE_TR_FUNCTIONS lets lupdate see it).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(zw::cli)
};

// Parses `args` for a command; on a usage error prints it and returns false.
bool parse(QCommandLineParser &p, const Command &cmd, const QStringList &args, QTextStream &err, int minPositional, int maxPositional);
int helpOrUsage(const QCommandLineParser &p, const Command &cmd, QTextStream &out);
void printDiagnostics(const Diagnostics &list, QTextStream &stream);
void addStoreOption(QCommandLineParser &p);
// Opens the store named by --store, or the default one; prints why not.
bool openStore(Service &service, const QCommandLineParser &p, QTextStream &err);
// Reads the date option `name` (YYYY-MM-DD) into `date` when it is given;
// false, with the message printed, when it is not a valid date.
bool dateOption(const QCommandLineParser &p, const QString &name, QDate *date, QTextStream &err);
// Loads a case file; prints why not and sets the exit code on failure.
std::optional<CaseFile> loadCase(Service &service, const QString &path, QTextStream &err, int *code);

} // namespace zw::cli
