// SPDX-License-Identifier: MIT
#pragma once

// A loopback port nobody listens on right now, for listeners, services and
// refused connects in tests.

#include <QTcpServer>
#include <QUdpSocket>

namespace bc25::test {

inline quint16 freeTcpPort()
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost) ? probe.serverPort() : 0;
}

inline quint16 freeUdpPort()
{
    QUdpSocket probe;
    return probe.bind(QHostAddress::LocalHost) ? probe.localPort() : 0;
}

} // namespace bc25::test
