// SPDX-License-Identifier: MIT
// The second phases of TransactionAssembler (DESIGN.md, rule 4): which
// pending operation a line ends, what ends an operation besides its own line
// (a newer one the module confirmed, a reboot), and their failures.
#include "transactionassembler.h"

#include "protocolrules.h"
#include "recordbounds.h"

namespace bc25::at {

bool TransactionAssembler::offerToOperations(const AtEvent &event, const ResultLine &line)
{
    const auto [it, match] = m_operations.claim(line, [this](int limitMs) { return m_limits.deadlineFrom(m_now, limitMs); });
    if (match == OperationMatcher::Match::NotMine)
        return false;
    if (const QString drift = route(RoutedEvent::Role::Operation, event, &line, it->transaction.id);
        !drift.isEmpty() && m_recordContents)
        appendBounded(it->transaction.drifts, drift);
    if (m_operations.hasTimedOut()) {
        // Its own answer began: the older ones of its kind are over. A
        // timed-out one of another socket waits for the same words (CLOSE OK).
        if (it->mayTakeLateAnswerOf.isEmpty())
            it->mayTakeLateAnswerOf = m_operations.indistinguishableTimedOut(*it->command.operation, &line);
        m_operations.newerAnswerBegan(*it->command.operation);
    }
    switch (match) {
    case OperationMatcher::Match::NotMine:
        break;
    case OperationMatcher::Match::Progress:
        if (it->command.onOperationProgress)
            it->command.onOperationProgress(line);
        emit operationProgress(it->transaction.id, line);
        break;
    case OperationMatcher::Match::Done:
        finishOperation(it, OperationResult::Status::Done);
        break;
    case OperationMatcher::Match::Failed:
        noteError(it->transaction, line);
        finishOperation(it, OperationResult::Status::Failed);
        break;
    }
    return true;
}

void TransactionAssembler::startOperation(Pending &&done)
{
    // The module confirmed a second phase that leaves no room for an older
    // one (one ping at a time, a socket closed or opened again): the older
    // one will never get its line, and must not take this one's. This also
    // bounds the pending operations as the module bounds them.
    const OperationMatcher &operation = *done.command.operation;
    for (auto it = m_operations.begin(); it != m_operations.end();) {
        auto next = std::next(it);
        if (operation.supersedes(*it->command.operation))
            finishOperation(it, OperationResult::Status::Aborted,
                            tr("%1 was confirmed before this operation's result came.")
                                    .arg(QString::fromUtf8(done.transaction.command)));
        it = next;
    }
    // The module accepting this one does not prove an older one of its kind
    // over when it says "busy" in the second phase (564 DNS busy, 568
    // Operation busy: chapter 3): its late answer could come first.
    done.mayTakeLateAnswerOf = m_operations.indistinguishableTimedOut(operation);
    m_operations.forgetTimedOut(&operation);
    done.deadline = m_limits.deadlineFrom(m_now, operation.timeoutMs());
    m_operations.add(std::move(done));
}

bool TransactionAssembler::endsCurrent(const ResultLine &line) const
{
    return line.isFinal() || operationAnswer(line) != OperationMatcher::Match::NotMine;
}

OperationMatcher::Match TransactionAssembler::operationAnswer(const ResultLine &line) const
{
    if (!m_current || !m_current->command.operationAnswersAlone || line.isFinal())
        return OperationMatcher::Match::NotMine;
    // Before the prompt nothing was sent: a SEND OK there is not this send's.
    if (m_current->command.dataPhase != AtCommand::DataPhase::None && !m_current->dataSent)
        return OperationMatcher::Match::NotMine;
    const OperationMatcher::Match match = m_current->command.operation->clone()->match(line);
    return match == OperationMatcher::Match::Done || match == OperationMatcher::Match::Failed
            ? match
            : OperationMatcher::Match::NotMine;
}

void TransactionAssembler::finishByOperationLine(const AtEvent &event, const ResultLine &line,
                                                 OperationMatcher::Match match)
{
    // The LTE modules answer a send with SEND OK or SEND FAIL alone (their
    // notes: AT+QISEND=<id>,<len>, "> ", the data, SEND OK): the module took
    // the command, so it is confirmed, and the same line ends its operation.
    const quint64 id = m_current->transaction.id;
    if (m_recordContents)
        m_current->transaction.lines.append(line);
    route(RoutedEvent::Role::Final, event, &line, id);
    m_lateAnswer.moduleAnsweredOn();
    finishCurrent(Transaction::Status::Ok);
    for (auto it = m_operations.begin(); it != m_operations.end(); ++it) {
        if (it->transaction.id != id)
            continue;
        if (m_recordContents)
            appendBounded(it->transaction.operation.lines, line);
        if (match == OperationMatcher::Match::Failed)
            noteError(it->transaction, line);
        finishOperation(it, match == OperationMatcher::Match::Done ? OperationResult::Status::Done
                                                                    : OperationResult::Status::Failed);
        return;
    }
}

bool TransactionAssembler::offerToTimedOut(const AtEvent &event, const ResultLine &line)
{
    // The line a timed-out operation waited for came after all: a late
    // answer, tied to its command. Its state change is the module's
    // confirmation all the same (a late +QIOPEN: 0,0 opened the socket).
    OperationMatcher::Match match = OperationMatcher::Match::NotMine;
    const std::optional<OperationList::TimedOut> late = m_operations.claimTimedOut(line, &match);
    if (!late)
        return false;
    if (match == OperationMatcher::Match::Done)
        applyChanges(late->changesOnDone);
    route(RoutedEvent::Role::Late, event, &line, late->id);
    emit lateResult(line, late->command);
    if (match != OperationMatcher::Match::Progress)
        emit lateOperationResult(late->id, match == OperationMatcher::Match::Done);
    return true;
}

bool TransactionAssembler::offerToLateAnswer(const AtEvent &event, const ResultLine &line)
{
    switch (m_lateAnswer.partOf(line, m_current.has_value(), *m_rules)) {
    case LateAnswer::Part::None:
        return false;
    case LateAnswer::Part::FinalResult:
        // The answer to a command that already timed out: absorb it, resync now.
        route(RoutedEvent::Role::Late, event, &line);
        emit lateResult(line, m_lateAnswer.finalResultCame());
        emit becameReady();
        return true;
    case LateAnswer::Part::AnswerLine:
        route(RoutedEvent::Role::Late, event, &line);
        emit lateResult(line, m_lateAnswer.answeredCommand());
        return true;
    case LateAnswer::Part::Echo:
        route(RoutedEvent::Role::Echo, event, &line);
        return true;
    }
    return false;
}

void TransactionAssembler::endOperationsOnSocket(int connectId, const ResultLine &line)
{
    // +QIURC: "closed",<id> (manual 2.2.1): what waited for a line about that
    // socket (its +QIOPEN, its SEND OK) will not get it. The host's own
    // AT+QICLOSE ends them as it is confirmed (supersedes, above).
    const QString text = QString::fromUtf8(line.text);
    for (auto it = m_operations.begin(); it != m_operations.end();) {
        auto next = std::next(it);
        const OperationMatcher &operation = *it->command.operation;
        if (operation.connectId() == connectId && operation.endsWhenSocketCloses())
            finishOperation(it, OperationResult::Status::Failed,
                            tr("Socket %1 was closed (%2) before the operation's result.").arg(connectId).arg(text));
        it = next;
    }
}

void TransactionAssembler::restart(const ResultLine &line)
{
    // RDY (or POWERED DOWN): the module forgot everything it was doing. The
    // command in flight, its data phase and every second phase end here, so
    // none of them takes the next session's answers. (The settings went back
    // to what the module starts with as the URC was noted: the catalog says which.)
    const QString text = QString::fromUtf8(line.text);
    m_parser.setPromptExpected(false);
    m_parser.clearExpectedEcho();
    const bool lateAnswerAwaited = !m_current && m_lateAnswer.awaited();
    // The restarted module answers nothing it was asked before.
    m_lateAnswer.forget();
    m_operations.forgetTimedOut(nullptr);
    if (lateAnswerAwaited)
        emit becameReady();
    if (m_current)
        finishCurrent(Transaction::Status::Aborted, tr("The module restarted (%1) before the final result.").arg(text));
    abortOperations(tr("The module restarted (%1) before the operation's result.").arg(text), m_now);
}

void TransactionAssembler::finishOperation(OperationList::Iterator it, OperationResult::Status status,
                                           const QString &message)
{
    Pending done = m_operations.take(it);
    OperationResult &result = done.transaction.operation;
    result.status = status;
    result.message = message;
    result.finishedMs = m_now;
    const bool answered = status == OperationResult::Status::Done || status == OperationResult::Status::Failed;
    if (answered && !done.mayTakeLateAnswerOf.isEmpty()) {
        // Said in words rather than paired silently (adversary pass 10, F10).
        result.message = tr("Ambiguous: %1 had timed out, and nothing in this answer tells its late answer from this "
                            "one's; it may be that command's.")
                                 .arg(QString::fromUtf8(done.mayTakeLateAnswerOf));
        emit ambiguousOperationAnswer(result.id, done.command.operation->connectId());
    }
    if (status == OperationResult::Status::Done)
        applyChanges(done.command.changesOnOperation);
    if (done.command.onOperationFinished)
        done.command.onOperationFinished(result);
    emit operationFinished(result);
    complete(done);
}

void TransactionAssembler::abortOperations(const QString &reason, qint64 now)
{
    m_now = now;
    while (!m_operations.empty())
        finishOperation(m_operations.begin(), OperationResult::Status::Aborted, reason);
}

} // namespace bc25::at
