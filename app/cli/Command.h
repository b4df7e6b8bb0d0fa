#pragma once

#include <QString>
#include <QStringList>
#include <QTextStream>

#include <memory>
#include <vector>

namespace zw {
class Service;
}

namespace zw::cli {

// Exit codes of the command-line contract (resources/spec/cli.md).
enum Exit { Ok = 0, Failed = 1, Usage = 2, IoError = 3 };

// One `zhiwen-cli` command (one file each, `*Command.cpp`). It works only
// through the service. Output goes to the streams given, so tests run every
// command in-process and check text and exit codes.
class Command
{
public:
    virtual ~Command() = default;
    virtual QString name() const = 0;
    virtual QString synopsis() const = 0;     // arguments, for --help
    virtual QString description() const = 0;
    virtual int execute(Service &service, const QStringList &args, QTextStream &out, QTextStream &err) = 0;
};

const std::vector<std::unique_ptr<Command>> &commands();

// Entry point: args without the program name. Loads the catalog (every data
// file checked) before a command runs.
int run(const QStringList &args, QTextStream &out, QTextStream &err);

// The commands, each made in its own file.
std::unique_ptr<Command> makeTemplatesCommand();
std::unique_ptr<Command> makeCheckCommand();
std::unique_ptr<Command> makeWordingCommand();
std::unique_ptr<Command> makeZhongbenCommand();
std::unique_ptr<Command> makeDueCommand();
std::unique_ptr<Command> makeResumeCommand();
std::unique_ptr<Command> makeRequeryCommand();
std::unique_ptr<Command> makeRenderCommand();
std::unique_ptr<Command> makeBatchCommand();
std::unique_ptr<Command> makeCertificateCommand();
std::unique_ptr<Command> makeVerifyCommand();
std::unique_ptr<Command> makeCasesCommand();
std::unique_ptr<Command> makeImportCommand();
std::unique_ptr<Command> makeExportCommand();
std::unique_ptr<Command> makeSignoffCommand();
std::unique_ptr<Command> makeVoidCommand();
std::unique_ptr<Command> makeStoreCommand();

} // namespace zw::cli
