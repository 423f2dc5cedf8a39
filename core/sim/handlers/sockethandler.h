// SPDX-License-Identifier: MIT
#pragma once

#include "bc25/responses.h"
#include "commandhandler.h"
#include "socketreceiver.h"
#include "socketsender.h"
#include "socketslot.h"

class QTcpSocket;

namespace bc25::sim {

// The socket commands of the manual (2.1.1–2.1.7, 2.1.11–2.1.13): QIOPEN,
// QICLOSE, QISTATE, QISEND, QISENDEX, QIRD, QISWTMD, QICFG, QIGETERROR,
// QIKALIVE, and the URCs of chapter 2.2. Receive buffers keep the manual's
// node semantics: one node per arrival, <remaining_length> counts what is
// left of the node being read, one recv URC until the buffer is drained.
// The send path is SocketSender's, the receive path SocketReceiver's.
class SocketHandler final : public CommandHandler
{
    Q_OBJECT
public:
    explicit SocketHandler(VirtualModule *module);
    ~SocketHandler() override;
    bool handle(const ParsedCommand &command) override;
    void reset() override;

private:
    using Slot = SocketSlot;

    void open(const ParsedCommand &command);
    void refuseOpen(int id, int error);
    void start(int id, SimSocket *socket, const QString &host, quint16 remotePort, quint16 localPort);
    [[nodiscard]] SimSocket *createSocket(SimSocket::Kind kind);
    void close(int id);
    void state(const ParsedCommand &command);
    void switchMode(int id, int mode);
    void configure(const ParsedCommand &command);
    void keepAlive(const ParsedCommand &command);
    void reportLastError();

    void connectClient(int id, SimSocket *socket, const QString &host, quint16 port, quint16 localPort);
    void attach(int id, SimSocket *socket);
    void detach(SimSocket *socket);
    void onIncoming(int serverId, QTcpSocket *connection);
    enum class Release : quint8 { Report, Silently };
    void release(int id, Release how = Release::Report);
    void onContextLost(int contextId);
    [[nodiscard]] QByteArray stateLine(int id) const;

    const int m_socketCount; // the profile's
    SocketSlots m_slots;
    SocketSender m_sender;     // QISEND, QISENDEX: one send at a time (manual 4.1.2)
    SocketReceiver m_receiver; // buffers, QIRD, direct push
    KeepAlive m_keepAlive;
};

} // namespace bc25::sim
