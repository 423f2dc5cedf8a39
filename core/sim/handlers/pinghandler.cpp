// SPDX-License-Identifier: MIT
#include "pinghandler.h"

#include "profile/moduleprofile.h"

#include "bc25/errorcodes.h"
#include "sim/virtualmodule.h"

#include <QRandomGenerator>
#include <QTimer>

#include <algorithm>
#include <numeric>

namespace bc25::sim {


bool PingHandler::handle(const ParsedCommand &command)
{
    if (command.spec->id != CommandId::Ping)
        return false;
    if (m_running) {
        m_module->replyError(ErrorCodes::OperationBusy);
        return true;
    }
    const QString host = QString::fromUtf8(command.arguments.at(1).text);
    const profile::PingDefaults &defaults = m_module->profile().pingDefaults();
    const int count = int(command.arguments.value(3).toInteger(defaults.count));
    const int size = int(command.arguments.value(4).toInteger(defaults.size));
    m_running = true;
    m_module->reply();
    const int generation = m_generation;
    if (!m_module->packetDomain().hasDataPath(int(command.arguments.at(0).toInteger()))) {
        QMetaObject::invokeMethod(this, [this, generation] {
            if (generation != m_generation)
                return;
            m_running = false;
            m_module->setLastError(ErrorCodes::OpenPdpContextFailed);
            // The model's code: the BC25's Table 2 PING_PDP_ACT_FAIL (5), the LTE modules' 561.
            m_module->urc("+QPING: " + QByteArray::number(m_module->profile().pingDefaults().noContextResult));
        }, Qt::QueuedConnection);
        return true;
    }
    if (!m_module->mayReach(host)) {
        QMetaObject::invokeMethod(this, [this, generation] {
            if (generation != m_generation)
                return;
            m_running = false;
            m_module->setLastError(ErrorCodes::DnsParseFailed);
            m_module->urc("+QPING: " + QByteArray::number(ErrorCodes::DnsParseFailed));
        }, Qt::QueuedConnection);
        return true;
    }
    // An IPv4 context: "localhost" is 127.0.0.1, never ::1 (HostResolver).
    m_module->resolver().resolve(host, this, [this, count, size, generation](const HostResolver::Answer &answer) {
        if (generation != m_generation)
            return;
        const QList<QHostAddress> &addresses = answer.addresses;
        if (answer.error != 0 || addresses.isEmpty()) {
            m_running = false;
            m_module->setLastError(ErrorCodes::DnsParseFailed);
            m_module->urc("+QPING: " + QByteArray::number(ErrorCodes::DnsParseFailed));
            return;
        }
        start(addresses.constFirst(), count, size);
    });
    return true;
}

void PingHandler::start(const QHostAddress &address, int count, int size)
{
    m_address = address;
    m_size = size > 0 ? size : 32; // a model without <ping_size> sends 32 bytes (EC200U note, 3.7)
    m_sent = 0;
    m_times.clear();
    echo(count);
}

void PingHandler::echo(int remaining)
{
    if (remaining == 0) {
        m_running = false;
        const bool none = m_times.isEmpty();
        const int min = none ? 0 : *std::min_element(m_times.cbegin(), m_times.cend());
        const int max = none ? 0 : *std::max_element(m_times.cbegin(), m_times.cend());
        const int avg = none ? 0 : std::accumulate(m_times.cbegin(), m_times.cend(), 0) / int(m_times.size());
        // manual 2.1.8: <finresult>,<sent>,<rcvd>,<lost>,<min>,<max>,<avg>
        m_module->urc("+QPING: " + QByteArray::number(m_module->profile().pingDefaults().successCode) + ',' + QByteArray::number(m_sent) + ','
                      + QByteArray::number(m_times.size()) + ',' + QByteArray::number(m_sent - m_times.size()) + ','
                      + QByteArray::number(min) + ',' + QByteArray::number(max) + ',' + QByteArray::number(avg));
        return;
    }
    const int base = m_module->config().pingDelayMs;
    const int time = base + int(QRandomGenerator::global()->bounded(qMax(1, base / 4 + 1)));
    const int lossEvery = m_module->config().faults.pingLossEvery;
    const bool lost = lossEvery > 0 && ++m_echoes % lossEvery == 0;
    const int generation = m_generation;
    // A lost echo is told after the same delay, not after the timeout: the
    // simulated time stays short so time-scaled tests run fast.
    QTimer::singleShot(time, this, [this, remaining, time, lost, generation] {
        if (generation != m_generation)
            return;
        ++m_sent;
        if (lost) {
            // One request timed out, in the model's code: 1 on a BC25 (manual
            // 2.1.8, Table 2), 569 on the BG96 and BC660K (the code after the echo's).
            const QList<int> &codes = m_module->profile().pingDefaults().echoCodes;
            m_module->urc("+QPING: " + QByteArray::number(codes.value(1, 1)));
        } else {
            m_times << time;
            // The EC200U quotes the address: +QPING: 0,"61.135.169.125",32,192,255 (its note, 3.7).
            const QByteArray address = m_address.toString().toLatin1();
            const bool quoted = m_module->profile().pingDefaults().quotesAddress;
            m_module->urc("+QPING: 0," + (quoted ? '"' + address + '"' : address) + ',' + QByteArray::number(m_size) + ','
                          + QByteArray::number(time) + ",255");
        }
        echo(remaining - 1);
    });
}

void PingHandler::reset()
{
    ++m_generation;
    m_running = false;
}

} // namespace bc25::sim
