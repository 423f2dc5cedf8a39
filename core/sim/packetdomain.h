// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QObject>

namespace bc25::sim {

// The virtual module's radio and packet-domain state (3GPP TS 27.007):
// functionality (AT+CFUN), PS attach (AT+CGATT) and the PDP contexts of the
// module profile's range (AT+CGACT; 1-3 on the BC25, manual 2.1.1). The TCP/IP handlers ask it whether a context carries data,
// and hear from it when one stops (its sockets then close with "pdpdeact").
class PacketDomain final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PacketDomain)
public:
    static constexpr int AllContexts = -1; // setActive(): every context

    // Contexts `firstContext` to `lastContext` (the profile's). `attached`: the
    // state at power-on; `networkAccepts`: whether the network registers the
    // module (a denied or absent registration keeps it detached).
    // `hostActivates`: a context comes up only when the host activates it
    // (AT+QIACT on the BG9x and EC200U), not with the attach.
    PacketDomain(int firstContext, int lastContext, bool attached, bool networkAccepts = true,
                 bool hostActivates = false, QObject *parent = nullptr);

    [[nodiscard]] int firstContext() const { return m_firstContext; }
    [[nodiscard]] int lastContext() const { return m_firstContext + int(m_active.size()) - 1; }

    [[nodiscard]] int functionality() const { return m_functionality; }
    // Attached to the packet domain: the host asks for it and the network accepts.
    [[nodiscard]] bool isAttached() const { return m_attached && m_networkAccepts; }
    // The radio is on and the host wants service: the module tries to register
    // (+CEREG then reports how the network answers; otherwise 0, not searching).
    [[nodiscard]] bool seeksService() const { return m_functionality == 1 && m_attached; }
    [[nodiscard]] bool isActive(int contextId) const;
    // Whether sockets, DNS, ping and NTP on this context reach the network.
    [[nodiscard]] bool hasDataPath(int contextId) const { return isAttached() && isActive(contextId); }

    // AT+CFUN: 0 detaches and takes every context down, 1 attaches and brings them up.
    void setFunctionality(int functionality);
    // AT+CGATT; false (nothing changes) when the radio is off.
    bool setAttached(bool attached);
    // AT+CGACT; AllContexts means every context. Activating attaches first
    // (27.007 10.1.10); false (nothing changes) when the radio is off.
    bool setActive(int contextId, bool active);
    // The module rebooted: the state of power-on, without signals.
    void reset();

signals:
    // The context had a data path and has lost it.
    void contextLost(int contextId);

private:
    void change(bool attached, const QList<bool> &active);
    [[nodiscard]] QList<bool> all(bool up) const { return QList<bool>(m_active.size(), up); }
    // What an attach brings up: every context, or none where the host activates them.
    [[nodiscard]] QList<bool> onAttach() const { return all(!m_hostActivates); }

    const int m_firstContext;
    bool m_bootAttached;
    bool m_networkAccepts;
    bool m_hostActivates;
    int m_functionality = 1;
    bool m_attached = true;    // what the host asked for (AT+CGATT, AT+CFUN) or power-on
    QList<bool> m_active; // by context, from m_firstContext
};

} // namespace bc25::sim
