// SPDX-License-Identifier: MIT
#pragma once

#include "resultline.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>
#include <memory>

namespace bc25::at {

// The second phase of a two-phase operation (DESIGN.md, rule 4): OK ends the
// command, a later line ends the operation. Each operation kind says which
// lines are its own; the engine offers every line to the pending operations
// before the command in flight and before treating it as a URC.
class OperationMatcher
{
public:
    enum class Match : quint8 {
        NotMine,
        Progress,   // a line of the operation that does not end it (a ping echo)
        Done,       // the operation succeeded
        Failed,     // the operation ended with an error the line carries
    };

    virtual ~OperationMatcher() = default;
    virtual Match match(const ResultLine &line) = 0;
    // Human-readable name for messages: "opening socket 0", "ping".
    [[nodiscard]] virtual QString description() const = 0;
    // Time allowed for the whole second phase, from the command's OK.
    [[nodiscard]] virtual int timeoutMs() const = 0;
    // Whether a Progress line restarts the timer (ping lines do).
    [[nodiscard]] virtual bool progressRestartsTimer() const { return false; }
};

struct CommandResult;
struct OperationResult;

// One command for the engine: its text and its expectation — the response
// prefixes it owns, its data phase, its time limit and its second phase.
struct AtCommand
{
    enum class DataPhase : quint8 {
        None,
        FixedLength,  // "> " then exactly payload.size() bytes (binary-safe)
        CtrlZ,        // "> " then text ended by Ctrl+Z (0x1A)
    };

    QByteArray text;                   // e.g. AT+QISTATE?; written with a CR after it
    QList<QByteArray> ownedPrefixes;   // names of result lines that answer it ("QISTATE")
    bool ownsTextLines = false;        // unprefixed lines are its answer (ATI, AT+CGMR)
    DataPhase dataPhase = DataPhase::None;
    QByteArray payload;                // written after the prompt
    int timeoutMs = 5000;              // first phase: from the write to the final result
    int dataSocket = -1;               // payload in its answer (+QIRD) belongs to this socket
    std::shared_ptr<OperationMatcher> operation; // second phase, if any

    std::function<void(const CommandResult &)> onFinished;
    std::function<void(const OperationResult &)> onOperationFinished;
    std::function<void(const ResultLine &)> onOperationProgress;
};

struct CommandResult
{
    enum class Status : quint8 {
        Ok,
        Error,        // ERROR
        CmeError,     // +CME ERROR: <n>
        Timeout,      // no final result in time
        Aborted,      // link lost, reset or cancelled before the end
    };

    quint64 id = 0;
    QByteArray command;
    Status status = Status::Aborted;
    QList<ResultLine> lines;   // the response lines it owned, in order
    QByteArray data;           // payload blocks in the response (+QIRD)
    int cmeError = -1;
    QString message;           // why, for Timeout and Aborted

    [[nodiscard]] bool ok() const { return status == Status::Ok; }
};

struct OperationResult
{
    enum class Status : quint8 { Done, Failed, Timeout, Aborted };

    quint64 id = 0;            // the command's id
    QByteArray command;
    Status status = Status::Aborted;
    QList<ResultLine> lines;   // every line the operation consumed
    QString message;

    [[nodiscard]] bool ok() const { return status == Status::Done; }
};

} // namespace bc25::at
