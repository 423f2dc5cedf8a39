// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

#include <array>

namespace bc25::sim {

// The virtual module's radio and packet-domain state (3GPP TS 27.007):
// functionality (AT+CFUN), PS attach (AT+CGATT) and PDP contexts 1-3
// (AT+CGACT). The TCP/IP handlers ask it whether a context carries data,
// and hear from it when one stops (its sockets then close with "pdpdeact").
class PacketDomain final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PacketDomain)
public:
    static constexpr int ContextCount = 3; // <contextID> 1-3 (manual 2.1.1)

    explicit PacketDomain(bool attached, QObject *parent = nullptr);

    [[nodiscard]] int functionality() const { return m_functionality; }
    [[nodiscard]] bool isAttached() const { return m_attached; }
    [[nodiscard]] bool isActive(int contextId) const;
    // Whether sockets, DNS, ping and NTP on this context reach the network.
    [[nodiscard]] bool hasDataPath(int contextId) const { return m_attached && isActive(contextId); }

    // AT+CFUN: 0 detaches and takes every context down, 1 attaches and brings them up.
    void setFunctionality(int functionality);
    // AT+CGATT; false (nothing changes) when the radio is off.
    bool setAttached(bool attached);
    // AT+CGACT; contextId 0 means every context. Activating attaches first
    // (27.007 10.1.10); false (nothing changes) when the radio is off.
    bool setActive(int contextId, bool active);
    // The module rebooted: the state of power-on, without signals.
    void reset();

signals:
    // The context had a data path and has lost it.
    void contextLost(int contextId);

private:
    void change(bool attached, const std::array<bool, ContextCount> &active);

    bool m_bootAttached;
    int m_functionality = 1;
    bool m_attached = true;
    std::array<bool, ContextCount> m_active {};
};

} // namespace bc25::sim
