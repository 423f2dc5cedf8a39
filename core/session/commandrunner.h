// SPDX-License-Identifier: MIT
#pragma once

#include "at/atcommand.h"
#include "bc25/commands.h"
#include "bc25/responses.h"

#include <QObject>

#include <functional>

namespace bc25::at { class CommandEngine; }

namespace bc25 {

// What every part of the session shares: it submits built commands to the
// engine, follows an ERROR of a TCP/IP command with AT+QIGETERROR (manual
// 2.1.12) so that the user reads the reason, and says why a command or a
// second phase failed, in words.
class CommandRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CommandRunner)
public:
    explicit CommandRunner(at::CommandEngine *engine, QObject *parent = nullptr);

    [[nodiscard]] at::CommandEngine *engine() const { return m_engine; }
    // The catalog of the engine's model: every command the session builds is checked against it.
    [[nodiscard]] const CommandCatalog &catalog() const;
    // Returns the command's id, the transaction's (at::Transaction::id) once it ends.
    quint64 submit(BuildResult built, std::function<void(const at::Transaction &)> onFinished = {});
    // AT+QIGETERROR: its answer comes through lastErrorRead (and commandFailed if not 0).
    void readLastError();
    // readLastError() for the failed command `transactionId`: errorExplained() too.
    void explainError(quint64 transactionId);
    // The answer of an AT+QIGETERROR another part sent itself (the health
    // check lists its own), taken in as readLastError() takes its answer.
    void takeLastError(const at::Transaction &answer);
    // AT+QIGETERROR after one of the workbench's own commands failed: the reason
    // goes to the log only (it is not the user's last error).
    void logLastError(const QString &command);

    static QString failureText(const at::Transaction &transaction);
    static QString failureText(const at::OperationResult &result);
    // The command's result as the user reads it, wherever it is shown: with a
    // second phase, that phase's result (AT+QIOPEN's OK only says the attempt
    // began; +QIOPEN: 0,566 is how it ended, manual 2.1.4).
    static bool succeeded(const at::Transaction &transaction);
    // "AT+CSQ: OK", "AT+QISEND=…: SEND OK", "AT+QIOPEN=…: Socket 0 is open.",
    // "AT+QIOPEN=…: 566 (Socket connect failed)", "… answered ERROR."
    static QString resultText(const at::Transaction &transaction);
    // A second phase that ended well, in words: "SEND OK", "CLOSE OK", "Socket 0 is open.".
    static QString doneText(const at::OperationResult &result);

signals:
    void lastErrorRead(const bc25::LastError &error);
    // The AT+QIGETERROR read after the user's command `transactionId` answered a bare
    // ERROR says why: the reason belongs to that command's record (the Transactions
    // dock's Errors), as the terminal and the status bar say it.
    void errorExplained(quint64 transactionId, int code);
    // A command the user asked for failed; the text says why, with the manual's words.
    void commandFailed(const QString &message);

private:
    at::CommandEngine *m_engine;
};

} // namespace bc25
