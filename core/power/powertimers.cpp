// SPDX-License-Identifier: MIT
#include "powertimers.h"

#include <array>
#include <cstdlib>

namespace bc25::power {

namespace {

constexpr quint8 Deactivated = 7; // bits 8-6 "111", in both GPRS timers

// Seconds per unit, by bits 8-6; 0 where the unit has no duration.
// GPRS timer 2 (TS 24.008 10.5.7.4): 2 s, 1 min, decihours; 111 deactivated;
// "other values shall be interpreted as multiples of 1 minute" — kept apart
// (`interpretedAs`) so that nearest() never picks them.
constexpr std::array<qint64, 8> ActiveTimeUnits {2, 60, 360, 0, 0, 0, 0, 0};
constexpr qint64 ActiveTimeOtherUnit = 60;
// GPRS timer 3 (TS 24.008 10.5.7.4a): 10 min, 1 h, 10 h, 2 s, 30 s, 1 min,
// 320 h; 111 deactivated.
constexpr std::array<qint64, 8> PeriodicTauUnits {600, 3600, 36000, 2, 30, 60, 320 * 3600, 0};

qint64 unitSeconds(PsmTimerKind kind, quint8 unit)
{
    if (kind == PsmTimerKind::PeriodicTau)
        return PeriodicTauUnits[unit];
    if (unit == Deactivated)
        return 0;
    return ActiveTimeUnits[unit] ? ActiveTimeUnits[unit] : ActiveTimeOtherUnit;
}

// The eDRX cycle lengths of TS 24.008 10.5.5.32, octet 3 bits 4-1, in ms;
// 0 where the table does not define the value for that radio.
constexpr std::array<qint64, 16> LteMCycles {5120, 10240, 20480, 40960, 61440, 81920, 102400, 122880,
                                             143360, 163840, 327680, 655360, 1310720, 2621440, 0, 0};
constexpr std::array<qint64, 16> NbIotCycles {0, 0, 20480, 40960, 0, 81920, 0, 0,
                                              0, 163840, 327680, 655360, 1310720, 2621440, 5242880, 10485760};
// The paging time window, bits 8-5: (value + 1) steps of 1.28 s (WB-S1) or
// 2.56 s (NB-S1).
qint64 pagingStep(EdrxAccess access)
{
    return access == EdrxAccess::NbIot ? 2560 : 1280;
}

const std::array<qint64, 16> &cycles(EdrxAccess access)
{
    return access == EdrxAccess::NbIot ? NbIotCycles : LteMCycles;
}

// "00100100" → 0x24; nothing unless exactly `width` characters of 0 and 1.
std::optional<quint8> readBits(QByteArrayView text, qsizetype width)
{
    if (text.size() != width)
        return std::nullopt;
    quint8 value = 0;
    for (const char c : text) {
        if (c != '0' && c != '1')
            return std::nullopt;
        value = quint8((value << 1) | (c - '0'));
    }
    return value;
}

QByteArray writeBits(quint8 value, int width)
{
    QByteArray text(width, '0');
    for (int i = 0; i < width; ++i)
        text[width - 1 - i] = (value >> i) & 1 ? '1' : '0';
    return text;
}

} // namespace

PsmTimer::PsmTimer(PsmTimerKind kind, quint8 unit, quint8 value)
    : m_kind(kind)
    , m_unit(unit)
    , m_value(value)
    , m_seconds(unitSeconds(kind, unit) * value)
{
}

std::optional<PsmTimer> PsmTimer::fromBits(PsmTimerKind kind, QByteArrayView bits)
{
    const std::optional<quint8> octet = readBits(bits, 8);
    if (!octet)
        return std::nullopt;
    return PsmTimer(kind, quint8(*octet >> 5), quint8(*octet & 0x1f));
}

PsmTimer PsmTimer::nearest(PsmTimerKind kind, qint64 seconds)
{
    const std::array<qint64, 8> &units = kind == PsmTimerKind::PeriodicTau ? PeriodicTauUnits : ActiveTimeUnits;
    PsmTimer best(kind, 0, 0);
    qint64 bestDistance = -1;
    for (quint8 unit = 0; unit < Deactivated; ++unit) {
        if (!units[unit])
            continue; // no duration of its own (timer 2's "other values")
        for (quint8 value = 0; value <= 31; ++value) {
            const PsmTimer candidate(kind, unit, value);
            const qint64 distance = std::llabs(candidate.m_seconds - seconds);
            // Nearer; as near and longer (a timer asked shorter than meant
            // sleeps the device less); the same duration in fewer steps
            // ("1 min", not "30 × 2 s").
            const bool better = bestDistance < 0 || distance < bestDistance
                || (distance == bestDistance && candidate.m_seconds > best.m_seconds)
                || (distance == bestDistance && candidate.m_seconds == best.m_seconds && value < best.m_value);
            if (better) {
                best = candidate;
                bestDistance = distance;
            }
        }
    }
    return best;
}

QByteArray PsmTimer::bits() const
{
    return writeBits(quint8(m_unit << 5 | m_value), 8);
}

QString PsmTimer::words() const
{
    if (isDeactivated())
        return tr("deactivated");
    if (isNotGiven())
        return tr("not given (the network's T3412 applies)");
    return durationWords(m_seconds * 1000);
}

EdrxValue::EdrxValue(EdrxAccess access, quint8 value, qint64 milliseconds)
    : m_access(access)
    , m_value(value)
    , m_milliseconds(milliseconds)
{
}

std::optional<EdrxValue> EdrxValue::cycle(EdrxAccess access, QByteArrayView bits)
{
    const std::optional<quint8> value = readBits(bits, 4);
    if (!value)
        return std::nullopt;
    return EdrxValue(access, *value, cycles(access)[*value]);
}

std::optional<EdrxValue> EdrxValue::pagingWindow(EdrxAccess access, QByteArrayView bits)
{
    const std::optional<quint8> value = readBits(bits, 4);
    if (!value)
        return std::nullopt;
    return EdrxValue(access, *value, (*value + 1) * pagingStep(access));
}

EdrxValue EdrxValue::nearestCycle(EdrxAccess access, qint64 milliseconds)
{
    const std::array<qint64, 16> &table = cycles(access);
    quint8 best = 0;
    qint64 bestDistance = -1;
    for (quint8 value = 0; value < table.size(); ++value) {
        if (!table[value])
            continue;
        const qint64 distance = std::llabs(table[value] - milliseconds);
        if (bestDistance < 0 || distance <= bestDistance) { // as near: the longer
            best = value;
            bestDistance = distance;
        }
    }
    return EdrxValue(access, best, table[best]);
}

QByteArray EdrxValue::bits() const
{
    return writeBits(m_value, 4);
}

std::optional<EdrxValue> EdrxValue::usedAs() const
{
    if (isDefined())
        return *this;
    // TS 24.008 table 10.5.5.32's notes: in NB-S1 mode 0000 and 0001 are read
    // "as if the Extended DRX parameters IE were not included", 0100, 0110,
    // 0111 and 1000 "as 0010"; in WB-S1 mode 1110 and 1111, NB-S1's only,
    // "as 1101" (reproduced in Quectel's and Nordic's texts).
    if (m_access == EdrxAccess::LteM)
        return EdrxValue(m_access, 0b1101, cycles(m_access)[0b1101]);
    if (m_value <= 0b0001)
        return std::nullopt;
    return EdrxValue(m_access, 0b0010, cycles(m_access)[0b0010]);
}

QString EdrxValue::words() const
{
    if (isDefined())
        return durationWords(m_milliseconds);
    // The bits themselves: the user compares them with what was sent.
    const QString bits = QString::fromLatin1(this->bits());
    const std::optional<EdrxValue> used = usedAs();
    if (!used)
        return tr("%1 (NB-IoT reads it as no eDRX)").arg(bits);
    return m_access == EdrxAccess::NbIot ? tr("%1 (NB-IoT reads it as %2)").arg(bits, used->words())
                                         : tr("%1 (LTE-M reads it as %2)").arg(bits, used->words());
}

QString durationWords(qint64 milliseconds)
{
    if (milliseconds % 1000) {
        // The eDRX steps (20.48 s, 102.4 s): two decimals at most, as the
        // standard writes them, whatever the language.
        QString text = QString::number(double(milliseconds) / 1000.0, 'f', 2);
        while (text.endsWith(QLatin1Char('0')))
            text.chop(1);
        if (text.endsWith(QLatin1Char('.')))
            text.chop(1);
        return PsmTimer::tr("%1 s").arg(text);
    }
    const qint64 seconds = milliseconds / 1000;
    if (seconds && seconds % 3600 == 0)
        return PsmTimer::tr("%1 h").arg(seconds / 3600);
    if (seconds && seconds % 60 == 0)
        return PsmTimer::tr("%1 min").arg(seconds / 60);
    return PsmTimer::tr("%1 s").arg(seconds);
}

} // namespace bc25::power
