// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace bc25::power {

// The two PSM timers a module asks for in AT+CPSMS and the network grants in
// +CEREG (3GPP TS 27.007 7.38 and 10.1.22): eight-bit strings, bits 8-6 the
// unit and bits 5-1 the value (0-31), in two different unit tables.
enum class PsmTimerKind : quint8 {
    // T3324, "Active-Time": GPRS timer 2 (TS 24.008 10.5.7.4).
    ActiveTime,
    // T3412 extended, "Periodic-TAU": GPRS timer 3 (TS 24.008 10.5.7.4a).
    PeriodicTau,
};

// One timer value as the module writes it ("00100100") and what it means.
class PsmTimer final
{
    Q_DECLARE_TR_FUNCTIONS(bc25::power::PsmTimer)
public:
    // The eight characters of a +CPSMS or +CEREG field, quotes taken off;
    // nothing for any other length or a character that is not 0 or 1.
    [[nodiscard]] static std::optional<PsmTimer> fromBits(PsmTimerKind kind, QByteArrayView bits);
    // The value nearest to `seconds` that the encoding can hold (the larger of
    // two equally near), so that a form shows what will be asked before it is
    // sent, never a silent rounding. Past the largest value: the largest.
    [[nodiscard]] static PsmTimer nearest(PsmTimerKind kind, qint64 seconds);

    [[nodiscard]] PsmTimerKind kind() const { return m_kind; }
    // "00100100", as AT+CPSMS takes it.
    [[nodiscard]] QByteArray bits() const;
    // Unit 111 of the Active-Time: T3324 deactivated, PSM cannot be entered.
    [[nodiscard]] bool isDeactivated() const { return m_unit == Unset && m_kind == PsmTimerKind::ActiveTime; }
    // Unit 111 of the Periodic-TAU is not "no TAU": "the T3412 extended value
    // IE shall be considered as not included" (TS 24.008 table 10.5.163a,
    // note; BC660K-GL AT manual V1.4 9.4): the network's T3412 applies.
    [[nodiscard]] bool isNotGiven() const { return m_unit == Unset && m_kind == PsmTimerKind::PeriodicTau; }
    // The duration; 0 for unit 111.
    [[nodiscard]] qint64 seconds() const { return m_seconds; }
    // "4 min", "70 h", "deactivated", "not given (T3412 applies)": what every view shows.
    [[nodiscard]] QString words() const;

    friend bool operator==(const PsmTimer &, const PsmTimer &) = default;

private:
    PsmTimer(PsmTimerKind kind, quint8 unit, quint8 value);

    static constexpr quint8 Unset = 7; // bits 8-6 "111", in both GPRS timers

    PsmTimerKind m_kind;
    quint8 m_unit;  // bits 8-6
    quint8 m_value; // bits 5-1
    qint64 m_seconds;
};

// The radio an eDRX value is for (<AcT-type> of AT+CEDRXS, TS 27.007 7.40):
// the two tables of TS 24.008 10.5.5.32 differ.
enum class EdrxAccess : quint8 {
    LteM = 4,  // E-UTRAN, WB-S1 mode
    NbIot = 5, // E-UTRAN, NB-S1 mode
};

// The eDRX cycle and the paging time window: four-bit strings ("0101") in
// AT+CEDRXS, +CEDRXP and +CEDRXRDP. Durations in milliseconds: the tables'
// steps are 2.56 s and 1.28 s, not whole seconds.
class EdrxValue final
{
    Q_DECLARE_TR_FUNCTIONS(bc25::power::EdrxValue)
public:
    // The cycle length: nothing for a string that is not four bits; a value
    // the table leaves undefined for this radio is kept, with no duration of
    // its own (usedAs() says what the module reads it as).
    [[nodiscard]] static std::optional<EdrxValue> cycle(EdrxAccess access, QByteArrayView bits);
    // The paging time window (bits 8-5 of the same octet, written apart).
    [[nodiscard]] static std::optional<EdrxValue> pagingWindow(EdrxAccess access, QByteArrayView bits);
    // The cycle defined for this radio nearest to `milliseconds`.
    [[nodiscard]] static EdrxValue nearestCycle(EdrxAccess access, qint64 milliseconds);

    [[nodiscard]] QByteArray bits() const;
    // False for a cycle value TS 24.008 does not define for this radio.
    [[nodiscard]] bool isDefined() const { return m_milliseconds > 0; }
    [[nodiscard]] qint64 milliseconds() const { return m_milliseconds; }
    // What the module does with a cycle value its radio does not define (the
    // notes of TS 24.008 table 10.5.5.32): another value's cycle, or no eDRX
    // (nothing). The value itself when it is defined.
    [[nodiscard]] std::optional<EdrxValue> usedAs() const;
    // "81.92 s", or "1110 (LTE-M reads it as 2621.44 s)".
    [[nodiscard]] QString words() const;

    friend bool operator==(const EdrxValue &, const EdrxValue &) = default;

private:
    EdrxValue(EdrxAccess access, quint8 value, qint64 milliseconds);

    EdrxAccess m_access;
    quint8 m_value;
    qint64 m_milliseconds;
};

// A duration in the largest unit that writes it whole: "70 h", "4 min",
// "90 s", "20.48 s".
[[nodiscard]] QString durationWords(qint64 milliseconds);

} // namespace bc25::power
