// SPDX-License-Identifier: MIT
#pragma once

#include "commandhandler.h"

#include <QDateTime>
#include <QPointer>

class QUdpSocket;

namespace bc25::sim {

// AT+QNTTP (manual 2.1.9): a real SNTP exchange (RFC 4330) with the given
// server and port, answered "+QNTTP: <err>,"<time>"" like manual 4.6.
class NtpHandler final : public CommandHandler
{
    Q_OBJECT
public:
    using CommandHandler::CommandHandler;
    bool handle(const ParsedCommand &command) override;
    void reset() override;

    // The SNTP request a client sends: 48 bytes, version 4, mode 3.
    static QByteArray request();
    // The transmit time of a server's answer; invalid if it is not one.
    static QDateTime transmitTime(const QByteArray &reply);
    // "YY/MM/DD,hh:mm:ss+zz" as the module prints it (manual 4.6), in UTC.
    static QByteArray moduleTime(const QDateTime &utc);

private:
    // The answer's name as the model prints it: "+QNTTP: " or "+QNTP: ".
    [[nodiscard]] QByteArray answerName() const;
    void finish(int error, const QDateTime &time = {});

    QPointer<QUdpSocket> m_socket;
    int m_generation = 0;
};

} // namespace bc25::sim
