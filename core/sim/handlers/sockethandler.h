// SPDX-License-Identifier: MIT
#pragma once

#include "bc25/responses.h"
#include "commandhandler.h"

#include <QPointer>

class QTcpSocket;

#include <array>
#include <deque>
#include <optional>

namespace bc25::sim {

class SimSocket;

// The socket commands of the manual (2.1.1–2.1.7, 2.1.11–2.1.13): QIOPEN,
// QICLOSE, QISTATE, QISEND, QISENDEX, QIRD, QISWTMD, QICFG, QIGETERROR,
// QIKALIVE, and the URCs of chapter 2.2. Receive buffers keep the manual's
// node semantics: one node per arrival, <remaining_length> counts what is
// left of the node being read, one recv URC until the buffer is drained.
class SocketHandler final : public CommandHandler
{
    Q_OBJECT
public:
    static constexpr int SocketCount = 6;

    explicit SocketHandler(VirtualModule *module);
    ~SocketHandler() override;
    bool handle(const ParsedCommand &command) override;
    void reset() override;

private:
    struct Slot
    {
        QPointer<SimSocket> socket;
        int contextId = 1;
        int accessMode = 0;
        QByteArray address;     // as QISTATE prints it
        int remotePort = 0;
        int localPort = 0;
        SocketState state = SocketState::Idle;
        std::deque<QByteArray> nodes;
        qint64 buffered = 0;
        bool urcPending = false;
        bool fullReported = false;
    };

    void open(const ParsedCommand &command);
    void close(int id);
    void state(const ParsedCommand &command);
    void send(const ParsedCommand &command, bool hex);
    void transmit(int id, const QByteArray &data);
    void settleSend(int id);
    void finishSend(bool ok);
    void read(int id, qint64 maxLength);
    void switchMode(int id, int mode);
    void configure(const ParsedCommand &command);
    void keepAlive(const ParsedCommand &command);

    void connectClient(int id, SimSocket *socket, const QString &host, quint16 port, quint16 localPort);
    void attach(int id, SimSocket *socket);
    void onReadable(int id);
    void pushOut(int id);
    void reportRecv(int id, qint64 length);
    void onIncoming(int serverId, QTcpSocket *connection);
    enum class Release : quint8 { Report, Silently };
    void release(int id, Release how = Release::Report);
    void onContextLost(int contextId);
    [[nodiscard]] QByteArray stateLine(int id) const;
    [[nodiscard]] QByteArray payloadText(const QByteArray &data) const;

    std::array<Slot, SocketCount> m_slots;
    // The send between its OK and SEND OK/FAIL: a second send is refused meanwhile
    // (manual 4.1.2). Closing its socket ends it at once, so it never sticks.
    struct PendingSend
    {
        int id = -1;
        int serial = 0;
        bool written = false; // the kernel took the bytes; SEND OK waits out the ack delay
    };
    std::optional<PendingSend> m_pendingSend;
    int m_sendSerial = 0;
    KeepAlive m_keepAlive;
    bool m_pushing = false;
};

} // namespace bc25::sim
