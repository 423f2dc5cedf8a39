// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>

namespace bc25::sim {

// The one radio the virtual module reports, from the one number an option
// sets (csq=<rssi>): AT+CSQ and AT+CESQ answer from it alike, so that no
// answer contradicts another. NB-IoT carries one 180 kHz resource block
// (12 subcarriers): RSSI ≈ RSRP + 10·log10(12) ≈ RSRP + 11 dB, and a weak
// cell's RSRQ falls as noise takes over.
class RadioSignal final
{
public:
    static constexpr int Unknown = 99; // <rssi> 99: not known or not detectable (27.007 8.5)

    explicit RadioSignal(int rssi) : m_rssi(rssi) {}

    [[nodiscard]] bool isKnown() const { return m_rssi >= 0 && m_rssi <= 31; }
    // 27.007 8.5: -113 dBm + 2·<rssi>.
    [[nodiscard]] int rssiDbm() const { return -113 + 2 * m_rssi; }
    // 27.007 8.69 <rsrp> index 0-97 (dBm = index - 141); 255 unknown.
    [[nodiscard]] int rsrpIndex() const;
    // 27.007 8.69 <rsrq> index 0-34 (dB = index / 2 - 20); 255 unknown.
    [[nodiscard]] int rsrqIndex() const;
    // "+CESQ: 99,99,255,255,<rsrq>,<rsrp>": no GSM or UMTS fields on NB-IoT.
    [[nodiscard]] QByteArray cesqLine() const;

private:
    int m_rssi;
};

} // namespace bc25::sim
