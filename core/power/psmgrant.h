// SPDX-License-Identifier: MIT
#pragma once

#include "at/resultline.h"
#include "powertimers.h"

#include <QCoreApplication>

#include <optional>

namespace bc25::power {

// What the network said in +CEREG (3GPP TS 27.007 10.1.22) with AT+CEREG=4
// or 5: the registration and the PSM timers it granted. Any field may be
// left empty (`+CEREG: 4,,,,,,"11100000","11100000"`, seen on a module):
// an empty field is "not said", never 0.
class RegistrationReport final
{
    Q_DECLARE_TR_FUNCTIONS(bc25::power::RegistrationReport)
public:
    // The URC's fields: <stat>[,[<tac>],[<ci>],[<AcT>][,[<cause_type>],
    // [<reject_cause>][,[<Active-Time>],[<Periodic-TAU>]]]].
    [[nodiscard]] static std::optional<RegistrationReport> fromUrc(const QList<at::Field> &fields);
    // The read answer's: <n> first, then the URC's.
    [[nodiscard]] static std::optional<RegistrationReport> fromReadAnswer(const QList<at::Field> &fields);

    [[nodiscard]] int status() const { return m_status; }
    // "registered, home network"
    [[nodiscard]] QString statusWords() const;
    [[nodiscard]] bool isRegistered() const { return m_status == 1 || m_status == 5; }
    [[nodiscard]] const std::optional<PsmTimer> &activeTime() const { return m_activeTime; }
    [[nodiscard]] const std::optional<PsmTimer> &periodicTau() const { return m_periodicTau; }
    [[nodiscard]] int rejectCause() const { return m_rejectCause; }

private:
    [[nodiscard]] static std::optional<RegistrationReport> fromFields(const QList<at::Field> &fields, qsizetype first);

    int m_status = -1;
    int m_rejectCause = -1; // -1: not said
    std::optional<PsmTimer> m_activeTime;
    std::optional<PsmTimer> m_periodicTau;
};

// What the module asked for: the read answer of AT+CPSMS (27.007 7.38),
// +CPSMS: <mode>,[<Requested_Periodic-RAU>],[<Requested_GPRS-READY-timer>],
// [<Requested_Periodic-TAU>],[<Requested_Active-Time>].
class PsmRequest final
{
public:
    [[nodiscard]] static std::optional<PsmRequest> fromReadAnswer(const QList<at::Field> &fields);

    [[nodiscard]] bool isEnabled() const { return m_enabled; }
    [[nodiscard]] const std::optional<PsmTimer> &activeTime() const { return m_activeTime; }
    [[nodiscard]] const std::optional<PsmTimer> &periodicTau() const { return m_periodicTau; }

private:
    bool m_enabled = false;
    std::optional<PsmTimer> m_activeTime;
    std::optional<PsmTimer> m_periodicTau;
};

// Asked against granted, in one sentence a user reads instead of bit
// strings: "asked 4 min active time, network gave 2 min; periodic TAU 70 h
// as asked", or "PSM off: the network deactivated the active time".
class PsmGrant final
{
    Q_DECLARE_TR_FUNCTIONS(bc25::power::PsmGrant)
public:
    [[nodiscard]] static QString describe(const std::optional<PsmRequest> &asked, const RegistrationReport &granted);
    // Whether the module can ever enter PSM on what was granted.
    [[nodiscard]] static bool canEnterPsm(const RegistrationReport &granted);
};

} // namespace bc25::power
