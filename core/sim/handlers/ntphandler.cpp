// SPDX-License-Identifier: MIT
#include "ntphandler.h"

#include "bc25/errorcodes.h"
#include "profile/moduleprofile.h"
#include "sim/virtualmodule.h"

#include <QDateTime>
#include <QNetworkDatagram>
#include <QTimer>
#include <QUdpSocket>
#include <QtEndian>

namespace bc25::sim {

namespace {
constexpr qint64 NtpToUnixSeconds = 2208988800LL; // 1900-01-01 to 1970-01-01
}

QByteArray NtpHandler::request()
{
    QByteArray packet(48, '\0');
    packet[0] = char((0 << 6) | (4 << 3) | 3); // LI 0, version 4, mode 3 (client)
    return packet;
}

QDateTime NtpHandler::transmitTime(const QByteArray &reply)
{
    if (reply.size() < 48 || (reply.at(0) & 0x7) != 4) // mode 4: server
        return {};
    const auto *bytes = reinterpret_cast<const uchar *>(reply.constData());
    const quint32 seconds = qFromBigEndian<quint32>(bytes + 40);
    const quint32 fraction = qFromBigEndian<quint32>(bytes + 44);
    if (seconds == 0)
        return {};
    const qint64 ms = (qint64(seconds) - NtpToUnixSeconds) * 1000 + (qint64(fraction) * 1000 >> 32);
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

QByteArray NtpHandler::moduleTime(const QDateTime &utc)
{
    return utc.toUTC().toString(QStringLiteral("yy/MM/dd,hh:mm:ss")).toLatin1() + "+00";
}

QByteArray NtpHandler::answerName() const
{
    // "+QNTTP: " on the BC25 (manual 2.1.9), "+QNTP: " where the model's table names that.
    const CommandSpec *spec = m_module->profile().spec(CommandId::Ntp);
    return '+' + (spec ? spec->ownedPrefixes.constFirst() : CommandCatalog::resultName(CommandId::Ntp)) + ": ";
}

bool NtpHandler::handle(const ParsedCommand &command)
{
    if (command.spec->id != CommandId::Ntp)
        return false;
    if (m_socket) {
        m_module->replyError(ErrorCodes::OperationBusy);
        return true;
    }
    const QString server = QString::fromUtf8(command.arguments.at(1).text);
    const quint16 port = quint16(command.arguments.value(2).toInteger(123));
    m_module->reply();

    if (!m_module->packetDomain().hasDataPath(int(command.arguments.at(0).toInteger()))) {
        QMetaObject::invokeMethod(this, [this] {
            m_module->setLastError(ErrorCodes::OpenPdpContextFailed);
            m_module->urc(answerName() + QByteArray::number(ErrorCodes::OpenPdpContextFailed));
        }, Qt::QueuedConnection);
        return true;
    }
    if (!m_module->mayReach(server)) {
        QMetaObject::invokeMethod(this, [this] {
            m_module->setLastError(ErrorCodes::DnsParseFailed);
            m_module->urc(answerName() + QByteArray::number(ErrorCodes::DnsParseFailed));
        }, Qt::QueuedConnection);
        return true;
    }
    m_socket = new QUdpSocket(this);
    const int generation = m_generation;
    QUdpSocket *socket = m_socket;
    connect(socket, &QUdpSocket::readyRead, this, [this, socket] {
        while (socket->hasPendingDatagrams()) {
            const QDateTime time = transmitTime(socket->receiveDatagram().data());
            if (time.isValid()) {
                finish(0, time);
                return;
            }
        }
    });
    QTimer::singleShot(m_module->config().ntpTimeoutMs, socket, [this] { finish(ErrorCodes::OperationTimeout); });
    m_module->resolver().resolve(server, this, [this, socket, port, generation](const HostResolver::Answer &answer) {
        if (generation != m_generation || m_socket != socket)
            return;
        if (answer.error != 0 || answer.addresses.isEmpty()) {
            finish(ErrorCodes::DnsParseFailed);
            return;
        }
        socket->writeDatagram(request(), answer.addresses.constFirst(), port);
    });
    return true;
}

void NtpHandler::finish(int error, const QDateTime &time)
{
    if (!m_socket)
        return;
    m_socket->deleteLater();
    m_socket = nullptr;
    if (error != 0) {
        m_module->setLastError(error);
        m_module->urc(answerName() + QByteArray::number(error));
        return;
    }
    m_module->urc(answerName() + "0,\"" + moduleTime(time) + '"');
}

void NtpHandler::reset()
{
    ++m_generation;
    if (m_socket)
        m_socket->deleteLater();
    m_socket = nullptr;
}

} // namespace bc25::sim
