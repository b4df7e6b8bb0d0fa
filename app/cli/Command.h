#pragma once

#include <QString>
#include <QStringList>
#include <QTextStream>

#include <memory>
#include <vector>

namespace zw::cli {

// Exit codes of the command-line contract (docs/cli.md).
enum Exit { Ok = 0, Failed = 1, Usage = 2, IoError = 3 };

// One `zhiwen-cli` command. Output goes to the streams given, so tests run
// every command in-process and check text and exit codes.
class Command
{
public:
    virtual ~Command() = default;
    virtual QString name() const = 0;
    virtual QString synopsis() const = 0;     // arguments, for --help
    virtual QString description() const = 0;
    virtual int execute(const QStringList &args, QTextStream &out, QTextStream &err) = 0;
};

const std::vector<std::unique_ptr<Command>> &commands();

// Entry point: args without the program name.
int run(const QStringList &args, QTextStream &out, QTextStream &err);

} // namespace zw::cli
