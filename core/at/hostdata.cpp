// SPDX-License-Identifier: MIT
// TransactionAssembler: the data phase of a send (manual 2.1.4, 2.1.5,
// 2.1.6) — its prompt, and the data the host writes: whole from the live
// engine, in pieces from a capture whose records cut it anywhere, with the
// command before the prompt came, or known from its echo in a raw log.
#include "transactionassembler.h"

#include "echoline.h"
#include "protocolrules.h"

namespace bc25::at {

namespace {

constexpr char CtrlZ = '\x1a';
constexpr char Esc = '\x1b';

// Ctrl+Z sends, Esc cancels (manual 2.1.4): either ends the form without a length.
qsizetype dataEndIn(QByteArrayView bytes)
{
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        if (bytes[i] == CtrlZ || bytes[i] == Esc)
            return i + 1;
    }
    return -1;
}

} // namespace

void TransactionAssembler::onPrompt(const AtEvent &event)
{
    const quint64 id = m_current ? m_current->transaction.id : 0;
    route(RoutedEvent::Role::Prompt, event, nullptr, id);
    if (!m_current) {
        // The prompt of a timed-out fixed-length send came after all: the module
        // takes the next <len> bytes whatever they are, so they are its data.
        if (std::optional<QByteArray> data = m_lateAnswer.takeLostPromptData()) {
            emit promptReceived(0, *std::move(data));
            return;
        }
    }
    if (!m_current || m_current->dataSent || m_current->command.dataPhase == AtCommand::DataPhase::None)
        return;
    // The module takes no second send until the first has ended (manual
    // 4.1.2): a timed-out send's SEND OK cannot come after this prompt (F6).
    if (m_current->command.operation)
        m_operations.forgetTimedOut(m_current->command.operation.get());
    if (m_commandsFromEcho) {
        // A raw log: the data comes back as echo, counted by its length or ended by Ctrl+Z.
        m_current->dataSent = true;
        const bool fixed = m_current->command.dataPhase == AtCommand::DataPhase::FixedLength;
        // A module may echo neither the data nor the Ctrl+Z: its answer ends the data phase.
        // After data counted by length, the module's answer is its final result (OK, then
        // SEND OK or SEND FAIL; or ERROR): a bare SEND OK there was never the answer —
        // unless the model answers a send with it alone (the LTE modules).
        m_parser.expectEchoedData(
                fixed ? m_current->command.dataLength : -1,
                [this](QByteArrayView text) { return isAnswerToData(text); },
                [this](QByteArrayView text) { return endsCurrent(ResultLine::parse(text.toByteArray())); },
                m_current->command.dataIsHexText);
        return;
    }
    if (!m_current->earlyData.isEmpty()) {
        // The host wrote the data with the command: it goes to the module now,
        // whole or the part written so far (the rest comes in later writes).
        m_current->promptSeen = true;
        if (m_current->earlyDataComplete)
            dataWritten(std::exchange(m_current->earlyData, {}), m_now);
        else
            dataPieceWritten(QByteArray(std::exchange(m_current->earlyData, {})), m_now);
        return;
    }
    QByteArray bytes = m_current->command.payload;
    if (m_current->command.dataPhase == AtCommand::DataPhase::CtrlZ)
        bytes += CtrlZ;
    m_current->promptSeen = true;
    emit promptReceived(id, bytes);
}

bool TransactionAssembler::isAnswerToData(QByteArrayView text) const
{
    // The final result, the send's SEND OK or SEND FAIL, a restart, or the next command's echo.
    if (startsLikeCommand(text))
        return true;
    const ResultLine line = ResultLine::parse(text.toByteArray());
    if (line.isFinal() || m_rules->restartedBy(line))
        return true;
    const OperationMatcher *operation = m_current ? m_current->command.operation.get() : nullptr;
    return operation && operation->clone()->match(line) != OperationMatcher::Match::NotMine;
}

void TransactionAssembler::dataWritten(const QByteArray &bytes, qint64 now)
{
    m_now = now;
    if (!m_current)
        return;
    m_parser.expectEcho(bytes);
    dataEnded(bytes, now);
}

void TransactionAssembler::dataPieceWritten(QByteArrayView piece, qint64 now)
{
    m_now = now;
    if (!m_current || !m_current->promptSeen || m_current->dataSent || piece.isEmpty())
        return;
    OpenCommand &open = *m_current;
    // The written part waits in earlyData, as data written before the prompt does.
    open.earlyData += piece;
    m_parser.expectMoreEcho(piece); // the module echoes each piece as it comes
    // The module waits for the rest of its data: the time limit runs from the last piece.
    open.deadline = m_limits.deadlineFrom(now, open.command.timeoutMs);
    const bool complete = open.command.dataPhase == AtCommand::DataPhase::FixedLength
            ? open.earlyData.size() >= open.command.dataLength
            : (open.earlyData.endsWith(CtrlZ) || open.earlyData.endsWith(Esc));
    if (complete || open.earlyData.size() >= AtParser::MaxPayloadLength)
        dataEnded(std::exchange(open.earlyData, {}), now);
}

void TransactionAssembler::dataEnded(QByteArray data, qint64 now)
{
    m_current->dataSent = true;
    // Ctrl+Z ends the text of the form without a length; in the fixed-length
    // form it is a data byte like any other (manual 2.1.4): a binary send's
    // last byte 0x1A is data, counted and shown.
    if (m_current->command.dataPhase == AtCommand::DataPhase::CtrlZ && data.endsWith(CtrlZ))
        data.chop(1);
    m_current->transaction.payload = std::move(data);
    m_current->deadline = m_limits.deadlineFrom(now, m_current->command.timeoutMs);
}

qsizetype TransactionAssembler::dataBeforePrompt(QByteArrayView bytes)
{
    if (!m_current || m_current->promptSeen || m_current->dataSent || m_current->earlyDataComplete
        || m_current->command.dataPhase == AtCommand::DataPhase::None)
        return 0;
    OpenCommand &open = *m_current;
    qsizetype take = bytes.size();
    if (open.command.dataPhase == AtCommand::DataPhase::FixedLength) {
        take = qsizetype(qBound<qint64>(0, open.command.dataLength - open.earlyData.size(), take));
        open.earlyDataComplete = open.earlyData.size() + take >= open.command.dataLength;
    } else if (const qsizetype end = dataEndIn(bytes); end > 0) {
        take = end;
        open.earlyDataComplete = true;
    }
    take = qMin<qsizetype>(take, AtParser::MaxPayloadLength - open.earlyData.size()); // bounded as the echo is
    if (open.earlyData.size() + take >= AtParser::MaxPayloadLength)
        open.earlyDataComplete = true;
    open.earlyData += bytes.first(take);
    return take;
}

qsizetype TransactionAssembler::dataPhaseExtent(QByteArrayView bytes) const
{
    if (!m_current)
        return bytes.size();
    // Bounded as the echo is: past the payload's bound the data phase is over.
    const qsizetype room = qMax<qsizetype>(0, AtParser::MaxPayloadLength - m_current->earlyData.size());
    // manual 2.1.5: AT+QISEND=<connectID>,<send_length> takes <send_length> bytes
    // (2.1.6: AT+QISENDEX's prompt form twice as many hex digits), however many writes bring them.
    if (m_current->command.dataPhase == AtCommand::DataPhase::FixedLength) {
        const qint64 left = m_current->command.dataLength - m_current->earlyData.size();
        return qsizetype(qBound<qint64>(0, qMin<qint64>(left, room), bytes.size()));
    }
    const qsizetype end = dataEndIn(bytes);
    return qMin(end > 0 ? end : bytes.size(), room);
}

} // namespace bc25::at
