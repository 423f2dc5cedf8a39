// SPDX-License-Identifier: MIT
#include "radiosignal.h"

#include <QtGlobal>

namespace bc25::sim {

namespace {
constexpr int ResourceBlockGainDb = 11; // 10·log10(12 subcarriers)
constexpr int CleanRsrqHalfDb = 19;     // -10.5 dB (index 19): one loaded resource block, no noise
constexpr int NoiseFloorRssi = 12;      // below -89 dBm of RSSI noise starts to count
}

int RadioSignal::rsrpIndex() const
{
    if (!isKnown())
        return 255;
    return qBound(0, rssiDbm() - ResourceBlockGainDb + 141, 97);
}

int RadioSignal::rsrqIndex() const
{
    if (!isKnown())
        return 255;
    // Each 2 dB of RSSI under the noise floor costs 1 dB of RSRQ.
    const int noise = qMax(0, NoiseFloorRssi - m_rssi);
    return qBound(0, CleanRsrqHalfDb - 2 * noise, 34);
}

QByteArray RadioSignal::cesqLine() const
{
    return "+CESQ: 99,99,255,255," + QByteArray::number(rsrqIndex()) + ',' + QByteArray::number(rsrpIndex());
}

} // namespace bc25::sim
