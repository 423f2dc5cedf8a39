// SPDX-License-Identifier: MIT
#include "sessionlog.h"

#include "at/commandengine.h"
#include "bc25/trafficdecoder.h"

#include <QDateTime>

namespace bc25 {

namespace {

bool isLogged(const at::RoutedEvent &event)
{
    using Role = at::RoutedEvent::Role;
    if (!event.line)
        return false;
    // A second phase's "+NAME:" line is printed as a URC (+QIOPEN: 0,0, +QPING);
    // its bare result (SEND OK, SEND FAIL, CLOSE OK) is the command's result,
    // never a URC (manual 2.1.4): the transaction holds it, not this log.
    return event.role == Role::Urc || (event.role == Role::Operation && event.line->prefixed);
}

} // namespace

SessionLog::SessionLog(QObject *parent, qsizetype capacity)
    : QObject(parent)
    , m_capacity(qMax<qsizetype>(1, capacity))
{
}

void SessionLog::follow(at::CommandEngine *engine)
{
    connect(engine, &at::CommandEngine::routed, this, [this](const at::RoutedEvent &event) {
        if (isLogged(event))
            addUrc({QDateTime::currentMSecsSinceEpoch(), *event.line, event.role == at::RoutedEvent::Role::Operation});
    });
    connect(engine, &at::CommandEngine::transactionFinished, this, [this](const at::Transaction &t) {
        addTransaction(t, QDateTime::currentMSecsSinceEpoch());
    });
}

void SessionLog::follow(TrafficDecoder *decoder)
{
    connect(&decoder->assembler(), &at::TransactionAssembler::routed, this, [this, decoder](const at::RoutedEvent &event) {
        if (isLogged(event))
            addUrc({decoder->timestamp(), *event.line, event.role == at::RoutedEvent::Role::Operation});
    });
    connect(decoder, &TrafficDecoder::transactionDecoded, this, [this](const at::Transaction &t) {
        addTransaction(t, t.finalMs);
    });
}

void SessionLog::addUrc(UrcEntry entry)
{
    if (qsizetype(m_urcs.size()) >= m_capacity)
        m_urcs.pop_front();
    m_urcs.push_back(std::move(entry));
    emit urcAdded(m_urcs.back());
}

void SessionLog::addTransaction(const at::Transaction &transaction, qint64 timeMs)
{
    if (qsizetype(m_transactions.size()) >= m_capacity)
        m_transactions.pop_front();
    m_transactions.push_back(transaction);
    emit transactionAdded(m_transactions.back(), timeMs);
}

void SessionLog::setCapacity(qsizetype capacity)
{
    m_capacity = qMax<qsizetype>(1, capacity);
    while (qsizetype(m_urcs.size()) > m_capacity)
        m_urcs.pop_front();
    while (qsizetype(m_transactions.size()) > m_capacity)
        m_transactions.pop_front();
}

void SessionLog::clear()
{
    m_urcs.clear();
    m_transactions.clear();
    emit cleared();
}

} // namespace bc25
