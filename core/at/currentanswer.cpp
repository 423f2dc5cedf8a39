// SPDX-License-Identifier: MIT
// TransactionAssembler: the lines that answer the command in flight — its
// echo before them, its "+NAME:" and text lines, its final result — told
// from another command's answer, a late one and a URC of the same name.
#include "transactionassembler.h"

#include "echoline.h"
#include "protocolrules.h"
#include "recordbounds.h"

namespace bc25::at {

namespace {

bool beginsWithIntegers(const ResultLine &line, int count)
{
    if (line.fieldCount() < count)
        return false;
    for (int i = 0; i < count; ++i) {
        if (!line.field(i).isInteger())
            return false;
    }
    return true;
}

Transaction::Status statusOf(ResultLine::Final final)
{
    switch (final) {
    case ResultLine::Final::Ok: return Transaction::Status::Ok;
    case ResultLine::Final::Error: return Transaction::Status::Error;
    case ResultLine::Final::CmeError: return Transaction::Status::CmeError;
    case ResultLine::Final::CmsError: return Transaction::Status::CmsError;
    case ResultLine::Final::None: break;
    }
    return Transaction::Status::Open;
}

} // namespace

bool TransactionAssembler::offerToCurrent(const AtEvent &event, const ResultLine &line)
{
    if (!m_current)
        return false;
    Transaction &t = m_current->transaction;
    if (const OperationMatcher::Match match = operationAnswer(line); match != OperationMatcher::Match::NotMine) {
        finishByOperationLine(event, line, match);
        return true;
    }
    const bool echoMayCome = m_parser.settings().echo || !m_echoKnown;
    if (echoMayCome && !t.echoSeen && !m_current->dataSent && !line.prefixed && startsLikeCommand(line.text)) {
        // A module echoes a command before it answers it: a command line
        // before our echo is another's (echo on or not yet known; with echo
        // off, a line starting "AT" is an answer), and the lines up to its
        // final are its answer — unless it is ours, garbled on the line.
        if (!isOurEchoOnTheLine(line.text, m_current->command.text)) {
            m_current->foreignAnswer = true;
            return false;
        }
        m_current->garbledEchoSeen = true;
    }
    if (line.isFinal()) {
        if (std::exchange(m_current->foreignAnswer, false)) {
            route(RoutedEvent::Role::Late, event, &line);
            emit lateResult(line, m_lateAnswer.finalResultCame());
            return true;
        }
        if (m_parser.settings().echo && !t.echoSeen) {
            // The module echoes a command before it answers it: a final result
            // before our echo answers an earlier, timed-out command — unless
            // none is waiting and this command's own answer lines came: then
            // its echo was garbled on the line (AT+CSP for AT+CSQ) and the
            // final result is its own.
            if (!m_current->garbledEchoSeen || !m_current->answerSeen || m_lateAnswer.finalResultAwaited()) {
                route(RoutedEvent::Role::Late, event, &line);
                emit lateResult(line, m_lateAnswer.finalResultCame());
                return true;
            }
            t.echoDiffered = true;
        }
        m_lateAnswer.moduleAnsweredOn(); // the module answered on: the older answer will not come
        if (m_recordContents)
            t.lines.append(line);
        if (line.final == ResultLine::Final::CmeError)
            t.cmeError = int(line.integer(0));
        noteError(t, line);
        route(RoutedEvent::Role::Final, event, &line, t.id);
        finishCurrent(statusOf(line.final));
        return true;
    }
    if (m_current->foreignAnswer)
        return false;
    const AtCommand &command = m_current->command;
    const bool owned = line.prefixed ? command.ownedPrefixes.contains(line.name)
                                     : (line.name.isEmpty() && command.ownsTextLines);
    if (!owned || !beginsWithIntegers(line, command.leadingIntegers))
        return false;
    // With echo known on, a line before our echo (intact or garbled) is not
    // our answer: a URC of the same name (+CPIN: READY) or an earlier
    // command's late answer (+CGATT: 1); taken for ours, a check would pass
    // on it.
    if (m_echoKnown && m_parser.settings().echo && !t.echoSeen && !m_current->garbledEchoSeen && !m_current->dataSent)
        return false;
    m_current->answerSeen = true;
    if (m_recordContents)
        appendBounded(t.lines, line);
    // The module stating a setting is its confirmation; a test form only lists ranges.
    if (command.answersStateSettings && !command.isTest)
        applyChanges(m_rules->statedBy(line));
    route(RoutedEvent::Role::Response, event, &line, t.id);
    return true;
}

} // namespace bc25::at
