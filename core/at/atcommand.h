// SPDX-License-Identifier: MIT
#pragma once

#include "lineending.h"
#include "resultline.h"
#include "settingchange.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>
#include <memory>

namespace bc25::at {

// The second phase of a two-phase operation (DESIGN.md, rule 4): OK ends the
// command, a later line ends the operation. Each operation kind says which
// lines are its own; the assembler offers every line to the pending operations
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
    // A fresh matcher with the same parameters (expectations are cached per command text).
    [[nodiscard]] virtual std::shared_ptr<OperationMatcher> clone() const = 0;
    // The socket it is about (-1: none).
    [[nodiscard]] virtual int connectId() const { return -1; }
    // Whether this operation, once its command is confirmed, ends `older`, still
    // pending: the module runs one of a kind at a time for a socket (one ping,
    // one lookup), so an older one of the same kind will never get its line and
    // must not take this one's. By default: the same kind on the same socket.
    [[nodiscard]] virtual bool supersedes(const OperationMatcher &older) const;
    // Whether, once timed out, its late line still comes before a newer
    // one's of the same kind: the module answers them in order (sends: the
    // older send's SEND OK first), so its claim comes first — until a newer
    // one it supersedes is accepted (the older had ended). By default: no.
    [[nodiscard]] virtual bool answeredInOrder() const { return false; }
    // Whether the module's lines for this operation and for `older` can be
    // told apart (a ping's echo names the address it came from): a newer one
    // accepted then does not end the older's claim. By default: no.
    [[nodiscard]] virtual bool answersToldApart(const OperationMatcher & /*older*/) const { return false; }
    // Whether it has taken a line that does not end it (a ping's first echo,
    // a lookup's header): the lines that follow of its kind are its own, the
    // module prints one answer whole. By default: no.
    [[nodiscard]] virtual bool answerBegun() const { return false; }
    // Whether the module closing its socket (+QIURC: "closed") ends it: the
    // line it waits for will not come. By default: whatever is about a socket.
    [[nodiscard]] virtual bool endsWhenSocketCloses() const { return connectId() >= 0; }
};

struct Transaction;
struct OperationResult;

// Who wrote a command: the transactions view filters by it.
enum class Source : quint8 {
    Session,   // the workbench itself: polling, drains, AT+QIGETERROR
    Panel,     // a button or a form
    Terminal,  // typed by the user
    Recipe,
    Log,       // read from a capture or a raw log
    Health,    // the health check's plan (the diagnostics)
    Soak,      // the soak monitor's pings and signal reads
    Quick,     // a saved quick command, sent with a click or in a sequence
    Raw,       // typed and sent raw on purpose: not checked against the catalog
};

// One command for the engine: its text and its expectation — the response
// prefixes it owns, its data phase, its time limit, its second phase and the
// settings it changes once the module confirms it. The catalog builds it.
struct AtCommand
{
    enum class DataPhase : quint8 {
        None,
        FixedLength,  // "> " then exactly dataLength bytes (binary-safe)
        CtrlZ,        // "> " then text ended by Ctrl+Z (0x1A)
    };

    QByteArray text;                   // e.g. AT+QISTATE?; written with lineEnding after it
    Source source = Source::Session;
    LineEnding lineEnding = LineEnding::Cr; // the terminal's choice for typed commands; CR otherwise
    QList<QByteArray> ownedPrefixes;   // names of result lines that answer it ("QISTATE")
    bool ownsTextLines = false;        // unprefixed lines are its answer (ATI, AT+CGMR)
    bool isTest = false;               // AT+X=?: its answer lists ranges, never settings
    bool answersStateSettings = false; // its owned lines state settings (+QICFG, +QISTATE)
    // Its answer lines begin with this many integers: an owned line that does
    // not is the URC of the same name, come meanwhile (+CEREG during AT+CEREG?).
    int leadingIntegers = 0;
    bool explainErrors = false;        // an ERROR is explained by AT+QIGETERROR (manual 2.1.12)
    DataPhase dataPhase = DataPhase::None;
    qint64 dataLength = -1;            // FixedLength: the bytes taken after "> " (QISENDEX: 2 hex digits a byte; logs count the echo by it)
    bool dataIsHexText = false;        // the data is hex digits (AT+QISENDEX, manual 2.1.6)
    QByteArray payload;                // written after the prompt
    int timeoutMs = 5000;              // first phase: from the write to the final result
    int dataSocket = -1;               // payload in its answer (+QIRD) belongs to this socket
    std::shared_ptr<OperationMatcher> operation; // second phase, if any
    // The second phase's line is the command's only answer, no OK before it
    // (the LTE modules' SEND OK or SEND FAIL): it confirms the command and
    // ends the operation at once.
    bool operationAnswersAlone = false;
    QList<SettingChange> changesOnOk;        // confirmed by OK
    QList<SettingChange> changesOnOperation; // confirmed by the second phase's success

    // Asked just before it is written: a reason drops it unsent, as Aborted with
    // that reason (a read of a socket that an AT+QICLOSE written meanwhile closed).
    std::function<QString()> notSentBecause;
    std::function<void(const Transaction &)> onFinished;            // first phase over
    std::function<void(const OperationResult &)> onOperationFinished;
    std::function<void(const ResultLine &)> onOperationProgress;
    std::function<void(const Transaction &)> onTransaction;         // both phases over
};

struct OperationResult
{
    enum class Status : quint8 { None, Pending, Done, Failed, Timeout, Aborted };

    quint64 id = 0;            // the command's id
    QByteArray command;
    Status status = Status::None;
    QList<ResultLine> lines;   // every line the operation consumed
    QString message;
    qint64 finishedMs = -1;

    [[nodiscard]] bool ok() const { return status == Status::Done; }
};

// One command and everything the module said about it (DESIGN.md, "The
// transaction"): the first phase (echo, owned lines, payload, final result),
// the second phase, the URCs that arrived while it was open, errors in words.
// The same record comes from a live session and from a decoded log.
struct Transaction
{
    enum class Status : quint8 {
        Open,         // no final result yet
        Ok,           // OK
        Error,        // ERROR
        CmeError,     // +CME ERROR: <n> or <text>
        CmsError,     // +CMS ERROR: <n>
        Timeout,      // no final result in time
        Aborted,      // link lost, reset or cancelled before the end
    };

    quint64 id = 0;
    Source source = Source::Session;
    QByteArray command;        // as written, without its line ending
    QByteArray payload;        // written after the prompt
    qint64 writtenMs = -1;     // times in ms (since the epoch in logs, monotonic live)
    qint64 echoedMs = -1;
    qint64 finalMs = -1;
    bool echoSeen = false;
    bool echoDiffered = false; // answered, but its echo never came as written (a garbled byte)
    Status status = Status::Open;
    QList<ResultLine> lines;   // the response lines it owned, and its final result last
    QByteArray data;           // payload blocks in the response (+QIRD)
    int cmeError = -1;
    QString message;           // why, for Timeout, Aborted and errors in words
    OperationResult operation; // status None when the command has no second phase
    QList<ResultLine> urcs;    // unsolicited lines that arrived while it was open
    QStringList errors;        // every error code it met, in words (chapter 3)
    QStringList drifts;        // why lines it owned or met were not expected of the model (bounded)

    [[nodiscard]] bool ok() const { return status == Status::Ok; }
    // The module said something to it (OK, ERROR, +CME ERROR): not timed out, not aborted.
    [[nodiscard]] bool answered() const { return status != Status::Timeout && status != Status::Aborted; }
    [[nodiscard]] bool finished() const
    {
        return status != Status::Open && operation.status != OperationResult::Status::Pending;
    }
    [[nodiscard]] qint64 latencyMs() const { return finalMs >= 0 && writtenMs >= 0 ? finalMs - writtenMs : -1; }
    [[nodiscard]] qint64 operationLatencyMs() const
    {
        return operation.finishedMs >= 0 && writtenMs >= 0 ? operation.finishedMs - writtenMs : -1;
    }
    static const char *statusName(Status status);
    static const char *operationStatusName(OperationResult::Status status);
    static const char *sourceName(Source source);
    // The source a name stands for (as captures record it); Log for anything else.
    static Source sourceNamed(QByteArrayView name);
};

// The first phase's view of a transaction, as callbacks have always seen it.
using CommandResult = Transaction;

} // namespace bc25::at
