// SPDX-License-Identifier: MIT
#pragma once

#include "bc25/commandcatalog.h"
#include "sim/virtualmodule.h"
#include "socketslot.h"

#include <QObject>

#include <optional>

namespace bc25::sim {

class VirtualModule;

// The send path of the socket commands: AT+QISEND and AT+QISENDEX (manual
// 2.1.4, 2.1.6), inline or after the "> " prompt, then SEND OK or SEND FAIL.
// SocketHandler hands the commands over and tells it when a socket goes; one
// send at a time (manual 4.1.2), ended at once with its socket, so it never sticks.
class SocketSender final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SocketSender)
public:
    SocketSender(VirtualModule *module, SocketSlots &table);

    // AT+QISEND or AT+QISENDEX (a valid command).
    void send(const ParsedCommand &command);
    // Socket `id` goes away: its send in progress ends with SEND OK or SEND FAIL.
    void settle(int id);
    // Socket `id` goes away without a word (a reboot): its send is dropped.
    void drop(int id);
    void reset() { m_pending.reset(); }

private:
    [[nodiscard]] int refusal(int id, bool toAddress) const;
    void takeTyped(int id, bool hex, const QByteArray &typed, VirtualModule::DataEnd end);
    // The data is taken: OK, unless the model answers with SEND OK alone.
    void acceptData();
    void transmit(int id, const QByteArray &data);
    void finish(bool ok);

    VirtualModule *m_module;
    SocketSlots &m_slots;
    // The send between its OK and SEND OK/FAIL: a second send is refused meanwhile.
    struct PendingSend
    {
        int id = -1;
        int serial = 0;
        bool written = false; // the kernel took the bytes; SEND OK waits out the ack delay
    };
    std::optional<PendingSend> m_pending;
    // Where the send being typed goes, when it names a peer (UDP SERVICE).
    struct Peer
    {
        QString host;
        quint16 port = 0;
    };
    std::optional<Peer> m_to;
    bool m_resultAlone = false; // the send's SEND OK comes without OK before it (the model's table)
    int m_serial = 0;
};

} // namespace bc25::sim
