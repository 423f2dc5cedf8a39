// SPDX-License-Identifier: MIT
#include "transactionassembler.h"

#include "echoline.h"
#include "numericresult.h"
#include "protocolrules.h"
#include "recordbounds.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QMetaMethod>

#include <utility>

Q_LOGGING_CATEGORY(lcTransactions, "bc25.at.transactions")

namespace bc25::at {

namespace {

constexpr char CtrlZ = '\x1a';

} // namespace

TransactionAssembler::TransactionAssembler(std::unique_ptr<ProtocolRules> rules, QObject *parent)
    : QObject(parent)
    , m_rules(std::move(rules))
    , m_parser(m_rules->payloadGrammar())
{
    m_parser.setListener(this);
    // A reboot inside a payload counted by length (see payloadrestart.cpp).
    m_parser.setRestartTest([this](QByteArrayView text) { return m_rules->restartedByText(text); });
    // A raw log: "\r\n+QIURC: "closed",0\r\n" right after "> " is the module's, not echoed data.
    m_parser.setUrcBeforeData([this](QByteArrayView text) { return m_rules->isKnownUrc(ResultLine::parse(text.toByteArray())); });
}

TransactionAssembler::~TransactionAssembler() = default;

quint64 TransactionAssembler::begin(AtCommand command, qint64 now, quint64 id)
{
    open(std::move(command), now, id);
    // A module echoes the line as it came, its ending included.
    m_parser.expectEcho(m_current->command.text + lineEndingBytes(m_current->command.lineEnding));
    return m_current->transaction.id;
}

void TransactionAssembler::open(AtCommand &&command, qint64 now, quint64 id)
{
    m_now = now;
    if (m_current) {
        // Only a log can show a new command before the last one ended.
        finishCurrent(Transaction::Status::Timeout, tr("No final result before the next command."));
    }
    m_lateAnswer.commandWritten();
    Pending &entry = m_current.emplace(); // built in place: an OpenCommand is large
    entry.transaction.id = id ? id : m_nextId++;
    entry.transaction.source = command.source;
    entry.transaction.command = command.text;
    entry.transaction.writtenMs = now;
    entry.deadline = m_limits.deadlineFrom(now, command.timeoutMs);
    entry.command = std::move(command);
    m_parser.setPromptExpected(entry.command.dataPhase != AtCommand::DataPhase::None);
}

void TransactionAssembler::feed(QByteArrayView bytes, qint64 now)
{
    flushIfQuiet(now); // what the live engine delivered after the line went quiet
    m_now = now;
    m_limits.received(now);
    // A long answer on a slow line (AT+QIRD=0,1500 at 4800 baud: 3.1 s on the
    // wire) is still arriving when the command's limit runs out: its bytes
    // restart the limit, as a ping's lines restart its own (adversary pass 10,
    // F13), up to AnswerStretch limits from the command's writing. Bytes
    // before its echo or first answer line may be anyone's: they do not.
    if (m_current && m_current->deadline >= 0 && now >= 0
        && (m_current->transaction.echoSeen || m_current->answerSeen || m_current->promptSeen || m_current->dataSent)) {
        constexpr int AnswerStretch = 4;
        const int limit = m_current->command.timeoutMs;
        const qint64 cap = m_limits.deadlineFrom(m_current->transaction.writtenMs, limit * AnswerStretch);
        m_current->deadline = qMax(m_current->deadline, qMin(m_limits.deadlineFrom(now, limit), cap));
    }
    m_parser.feed(bytes);
}

void TransactionAssembler::finish(qint64 now)
{
    m_now = now;
    m_parser.finish();
    if (m_current)
        finishCurrent(Transaction::Status::Aborted, tr("The input ends before the final result."));
    abortOperations(tr("The input ends before the operation's result."), now);
}

qint64 TransactionAssembler::nextDeadline() const
{
    qint64 next = -1;
    auto consider = [&next](qint64 t) {
        if (t >= 0 && (next < 0 || t < next))
            next = t;
    };
    if (m_current)
        consider(m_current->deadline);
    consider(m_operations.nextDeadline());
    consider(m_lateAnswer.windowEnd());
    if (m_parser.hasPending())
        consider(m_limits.quietAt());
    return next;
}

void TransactionAssembler::advance(qint64 now)
{
    m_now = now;
    flushIfQuiet(now);
    if (m_current && m_current->deadline >= 0 && now >= m_current->deadline)
        timeOutCurrent();
    for (auto it = m_operations.firstExpired(now); it != m_operations.end(); it = m_operations.firstExpired(now)) {
        const QString what = it->command.operation->description();
        const int limit = it->command.operation->timeoutMs();
        m_operations.rememberTimedOut(*it);
        finishOperation(it, OperationResult::Status::Timeout,
                        tr("No answer for %1 within %2 s.")
                                .arg(what, QString::number(limit / 1000.0)));
    }
    if (m_lateAnswer.windowRanOut(now))
        emit becameReady();
}

void TransactionAssembler::timeOutCurrent()
{
    const AtCommand &command = m_current->command;
    const bool promptAwaited = command.dataPhase != AtCommand::DataPhase::None && !m_current->dataSent;
    // Esc leaves the prompt of the form ended by Ctrl+Z (manual 2.1.4). After
    // AT+QISEND=<id>,<len> it is a data byte, and the next command would be
    // data too, sent to the peer: there nothing more is written until the
    // module answers. A late prompt gets the send's data (its count
    // completed); a final result (its ERROR) ends the wait.
    const bool counted = promptAwaited && command.dataPhase == AtCommand::DataPhase::FixedLength;
    if (promptAwaited && !counted)
        emit escapeNeeded();
    const QString message = tr("No final result for %1 within %2 s.")
                                    .arg(QString::fromUtf8(command.text), QString::number(command.timeoutMs / 1000.0));
    qCWarning(lcTransactions) << message;
    m_lateAnswer.commandTimedOut(command, m_now, counted);
    // Data the module took (written after its prompt) may still be sent: its
    // SEND OK, late, is the module's word that it was (F9: the peer had it).
    if (command.operation && (command.dataPhase == AtCommand::DataPhase::None || m_current->dataSent))
        m_operations.rememberTimedOut(*m_current);
    finishCurrent(Transaction::Status::Timeout, message);
    // A late "> " (no line end) is still a prompt, the Esc's to cancel: read
    // as text it would hold the next command's echo in one line with it, and
    // that command's OK would pass for a late answer.
    if (promptAwaited)
        m_parser.setPromptExpected(true);
}

QString TransactionAssembler::route(RoutedEvent::Role role, const AtEvent &event, const ResultLine *line,
                                 quint64 id, int connectId)
{
    RoutedEvent routedEvent;
    routedEvent.role = role;
    routedEvent.event = &event;
    routedEvent.line = line;
    routedEvent.transactionId = id;
    routedEvent.connectId = connectId;
    // A drift is asked only of a "+NAME:" line already taken for an answer,
    // an operation's line or a URC (a test form's answer lists ranges).
    if (role == RoutedEvent::Role::Data && (event.badHex || event.unquotedHex)) {
        // adv6 F2: hex data the model would not print.
        if (event.pastLength)
            routedEvent.drift = tr("hex digits past the length the line announced (%n character(s)): shown as they came, "
                                   "no bytes read from them.", nullptr, int(event.bytes.size()));
        else if (event.badHex)
            routedEvent.drift = tr("hex data that is not pairs of hex digits (%n character(s)): shown as it came, no bytes read from it.",
                                   nullptr, int(event.bytes.size()));
        else
            routedEvent.drift = tr("hex data without the double quotes the model prints around it.");
        noteDrift(routedEvent.drift, id);
    } else if (line && line->prefixed && !line->isFinal()
        && (role == RoutedEvent::Role::Urc || role == RoutedEvent::Role::Operation
            || (role == RoutedEvent::Role::Response && !(m_current && m_current->command.isTest)))) {
        routedEvent.drift = m_rules->driftOf(*line, m_parser.settings());
        if (!routedEvent.drift.isEmpty())
            noteDrift(routedEvent.drift, id);
    }
    if (m_listener)
        m_listener->eventRouted(routedEvent);
    if (m_routedHeard)
        emit routed(routedEvent);
    return routedEvent.drift;
}

void TransactionAssembler::connectNotify(const QMetaMethod &signal)
{
    // Never reset: a disconnect keeps emitting, which is only slower.
    if (signal == QMetaMethod::fromSignal(&TransactionAssembler::routed))
        m_routedHeard = true;
    else if (signal == QMetaMethod::fromSignal(&TransactionAssembler::urcReceived)
             || signal == QMetaMethod::fromSignal(&TransactionAssembler::unknownLine)
             || signal == QMetaMethod::fromSignal(&TransactionAssembler::dataReceived)
             || signal == QMetaMethod::fromSignal(&TransactionAssembler::driftSeen))
        m_lineSignalsHeard = true;
}

void TransactionAssembler::atEventParsed(const AtEvent &event)
{
    switch (event.kind) {
    case AtEvent::Kind::Line:
        onLine(event);
        break;
    case AtEvent::Kind::Prompt:
        onPrompt(event);
        break;
    case AtEvent::Kind::Data:
        onData(event);
        break;
    case AtEvent::Kind::Echo:
        applyChange({SettingChange::Setting::Echo, -1, true});
        if (m_current && !m_current->dataSent && !m_current->transaction.echoSeen) {
            m_current->foreignAnswer = false; // ours begins: whatever came before was another's
            m_lateAnswer.moduleAnsweredOn();
            m_current->transaction.echoSeen = true;
            m_current->transaction.echoedMs = m_now;
        } else if (m_commandsFromEcho && m_current && m_current->dataSent && m_current->transaction.payload.isEmpty()) {
            // A raw log knows the data sent only from its echo after "> " (a capture from its TX).
            m_current->transaction.payload = event.bytes.endsWith(CtrlZ) ? event.bytes.chopped(1) : event.bytes;
        }
        route(RoutedEvent::Role::Echo, event, nullptr, m_current ? m_current->transaction.id : 0);
        break;
    case AtEvent::Kind::Overflow:
        qCWarning(lcTransactions) << "line longer than" << AtParser::MaxLineLength << "bytes at offset"
                                  << event.offset << "; skipped" << event.length << "bytes to resync";
        route(RoutedEvent::Role::Overflow, event);
        emit overflowed(event.offset, event.length);
        break;
    }
}

void TransactionAssembler::onData(const AtEvent &event)
{
    int connectId = event.connectId;
    quint64 id = 0;
    if (connectId < 0 && m_current && m_current->command.dataSocket >= 0) {
        connectId = m_current->command.dataSocket;
        // Bounded: one read never answers more than the largest payload, whatever
        // a damaged log makes of it (its data are all delivered, not all kept).
        QByteArray &data = m_current->transaction.data;
        if (m_recordContents && !event.pastLength && data.size() < AtParser::MaxPayloadLength)
            data += QByteArrayView(event.bytes).first(qMin<qsizetype>(event.bytes.size(),
                                                                      AtParser::MaxPayloadLength - data.size()));
        id = m_current->transaction.id;
    } else if (connectId < 0 && m_lateAnswer.dataSocket() >= 0) {
        // The answer of a read that timed out came after all (its "+QIRD: <n>"
        // a late answer): the bytes left the module's buffer, they are that
        // socket's, never dropped.
        connectId = m_lateAnswer.dataSocket();
    }
    route(RoutedEvent::Role::Data, event, nullptr, id, connectId);
    // Text that is not hex pairs is no data: shown raw as drift, never as bytes the socket received.
    if (!event.badHex && m_lineSignalsHeard)
        emit dataReceived(connectId, event.bytes, event.truncated);
}

void TransactionAssembler::onLine(const AtEvent &event)
{
    ResultLine line = ResultLine::parse(event.bytes);
    // V.250 6.2.6: after ATV0 (and for ATV0 itself) "0\r" is OK and "4\r" ERROR.
    // A raw log without commands, in words (nearly every line): nothing asked, no call made.
    if (line.name.isEmpty() && (m_current || !m_parser.settings().verboseResults)
        && NumericResult::expected(m_parser.settings(), m_current ? &m_current->command : nullptr))
        NumericResult::readAsWord(&line);
    else if (!m_parser.settings().verboseResults && NumericResult::isWord(line))
        applyChange({SettingChange::Setting::VerboseResults, -1, true}); // the module's word: words again
    else if (m_current && NumericResult::answersInNumbers(line, m_current->command) && NumericResult::readAsWord(&line)) {
        qCInfo(lcTransactions).noquote() << m_current->command.text << "answered" << event.bytes.trimmed()
                                         << "in numbers: the module is in numeric result mode (ATV0; ATV1 restores words)";
        applyChange({SettingChange::Setting::VerboseResults, -1, false}); // the module's word: it was in ATV0
    }
    if (m_commandsFromEcho && startsLikeCommand(event.bytes)) {
        // A raw log with echo on: the command as the module echoed it.
        const QByteArray text = event.bytes.trimmed();
        AtCommand command = m_rules->commandFor(text);
        command.text = text;
        command.source = Source::Log;
        // Its echo was this line: no echo to expect (begin() would build one).
        open(std::move(command), m_now);
        m_parser.clearExpectedEcho();
        m_current->transaction.echoSeen = true;
        m_current->transaction.echoedMs = m_now;
        route(RoutedEvent::Role::Echo, event, nullptr, m_current->transaction.id);
        return;
    }
    if (m_rules->restartedBy(line)) {
        // A URC first: whoever keeps state (the session's sockets and sends)
        // hears of the restart before anything pending fails with it.
        emit restartSeen();
        noteUrc(event, line);
        restart(line);
        return;
    }
    // A timed-out send's late SEND OK comes before a newer send's: the module answers them in order.
    if (m_operations.hasTimedOut() && m_operations.olderTimedOutClaims(line) && offerToTimedOut(event, line))
        return;
    // Asked of every line: each is offered only where something waits for it
    // (a raw log without echo has no command, no operation, nothing timed
    // out; the offers cost 2 M instructions a MiB of URCs and reads).
    if ((!m_operations.empty() && offerToOperations(event, line)) || (m_current && offerToCurrent(event, line))
        || (m_operations.hasTimedOut() && offerToTimedOut(event, line))
        || (m_lateAnswer.awaitsAnything() && offerToLateAnswer(event, line)))
        return;
    // A bare result word no command claims (a SEND OK, a CLOSE OK whose command
    // was not seen) is a result without its command, never a URC (manual 2.1.4):
    // URCs are "+NAME:" lines, and the restart words were taken above.
    if (line.name.isEmpty() || line.isFinal() || !line.prefixed) {
        route(RoutedEvent::Role::Unknown, event, &line);
        if (m_lineSignalsHeard)
            emit unknownLine(event.bytes, event.offset);
        return;
    }
    noteUrc(event, line);
}

void TransactionAssembler::noteUrc(const AtEvent &event, const ResultLine &line)
{
    applyChanges(m_rules->changedByUrc(line));
    if (m_current && m_recordContents)
        appendBounded(m_current->transaction.urcs, line);
    m_operations.noteUrc(line);
    route(RoutedEvent::Role::Urc, event, &line);
    if (m_lineSignalsHeard)
        emit urcReceived(line);
    if (const int closed = m_rules->socketClosedBy(line); closed >= 0)
        endOperationsOnSocket(closed, line);
}

void TransactionAssembler::finishCurrent(Transaction::Status status, const QString &message)
{
    m_parser.setPromptExpected(false);
    m_parser.clearExpectedEcho();
    Pending done = std::move(*m_current);
    m_current.reset();
    Transaction &t = done.transaction;
    t.status = status;
    t.finalMs = m_now;
    if (!message.isEmpty())
        t.message = message;
    if (!t.echoSeen && !t.echoDiffered && status != Transaction::Status::Aborted
        && status != Transaction::Status::Timeout)
        applyChange({SettingChange::Setting::Echo, -1, false}); // answered without an echo: ATE0 is in force
    if (status == Transaction::Status::Ok)
        applyChanges(done.command.changesOnOk);
    const bool hasOperation = status == Transaction::Status::Ok && done.command.operation;
    if (hasOperation) {
        t.operation.status = OperationResult::Status::Pending;
        t.operation.id = t.id;
        t.operation.command = t.command;
    }
    if (done.command.onFinished)
        done.command.onFinished(t);
    emit commandFinished(t);
    if (hasOperation)
        startOperation(std::move(done));
    else
        complete(done);
    if (readyForCommand())
        emit becameReady();
}

void TransactionAssembler::complete(Pending &done)
{
    if (done.command.onTransaction)
        done.command.onTransaction(done.transaction);
    if (m_listener)
        m_listener->transactionAssembled(done.transaction);
    emit transactionFinished(done.transaction);
}

void TransactionAssembler::applyChanges(const QList<SettingChange> &changes)
{
    for (const SettingChange &change : changes)
        applyChange(change);
}

void TransactionAssembler::applyChange(const SettingChange &change)
{
    if (change.setting == SettingChange::Setting::Echo)
        m_echoKnown = true;
    const ParserSettings before = m_parser.settings();
    m_parser.apply(change);
    if (!(m_parser.settings() == before))
        emit settingsChanged(m_parser.settings());
}

void TransactionAssembler::noteError(Transaction &transaction, const ResultLine &line)
{
    const QString text = m_rules->errorText(line);
    if (!text.isEmpty())
        transaction.errors.append(text);
}

void TransactionAssembler::noteDrift(const QString &reason, quint64 id)
{
    qCDebug(lcTransactions) << reason;
    // The transaction it answers, else the one open while it came (a URC).
    if (m_recordContents && m_current && (id == 0 || id == m_current->transaction.id))
        appendBounded(m_current->transaction.drifts, reason);
    if (m_lineSignalsHeard)
        emit driftSeen(reason);
}

void TransactionAssembler::flushIfQuiet(qint64 now)
{
    if (m_parser.hasPending() && m_limits.quietBy(now))
        m_parser.flushPending();
}

void TransactionAssembler::abortAll(const QString &reason, qint64 now)
{
    m_now = now;
    // Whatever arrived is delivered before the state is dropped: nothing received is lost.
    if (m_parser.hasPending())
        m_parser.flushPending();
    m_parser.reset();
    m_lateAnswer.forget();
    m_operations.forgetTimedOut(nullptr);
    if (m_current)
        finishCurrent(Transaction::Status::Aborted, reason);
    abortOperations(reason, now);
}

} // namespace bc25::at
