// SPDX-License-Identifier: MIT
#pragma once

#include "socketslot.h"

#include <QtGlobal>

namespace bc25::sim {

class VirtualModule;

// The receive path of the sockets: buffer access with the manual's nodes
// (AT+QIRD, one "recv" URC until the buffer is read empty, "buff full") and
// direct push (manual 2.2.2), only as fast as the serial line drains.
// SocketHandler calls it when a socket has data; both work on the same slots.
class SocketReceiver final
{
    Q_DISABLE_COPY_MOVE(SocketReceiver)
public:
    SocketReceiver(VirtualModule *module, SocketSlots &table);

    // Socket `id` has data: buffer it and report it, or push it out.
    void onReadable(int id);
    // Direct push: everything buffered on `id`, then what the line can take.
    void pushOut(int id);
    // The line drained: the direct-push sockets go on.
    void onOutputDrained();
    // AT+QIRD=<id>,<maxLength> (manual 2.1.5).
    void read(int id, qint64 maxLength);
    // AT+QICFG="recvind" (EC200U note 2.4.1): the buffer access URC names the length.
    [[nodiscard]] bool recvIndication() const { return m_recvIndication; }
    void setRecvIndication(bool on) { m_recvIndication = on; }

private:
    void reportRecv(int id, qint64 length);
    [[nodiscard]] QByteArray payloadText(const QByteArray &data) const;

    VirtualModule *m_module;
    SocketSlots &m_slots;
    bool m_pushing = false;
    bool m_recvIndication = false; // off at power-on: the setting is not saved
};

} // namespace bc25::sim
