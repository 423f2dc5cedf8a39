// SPDX-License-Identifier: MIT
#include "psmgrant.h"

namespace bc25::power {

namespace {

// The URC's field positions (27.007 10.1.22), after the read answer's <n>.
enum UrcField : qsizetype { Status, TrackingArea, Cell, AccessTechnology, CauseType, RejectCause, ActiveTime, PeriodicTau };

// A timer field: empty is "not said"; anything but eight bits is not a
// timer either (the line is still read for what it does say).
std::optional<PsmTimer> timerField(const QList<at::Field> &fields, qsizetype at, PsmTimerKind kind)
{
    if (at >= fields.size() || fields.at(at).text.isEmpty())
        return std::nullopt;
    return PsmTimer::fromBits(kind, fields.at(at).text);
}

} // namespace

std::optional<RegistrationReport> RegistrationReport::fromFields(const QList<at::Field> &fields, qsizetype first)
{
    if (fields.size() <= first || !fields.at(first).isInteger())
        return std::nullopt;
    const auto at = [&](UrcField field) { return first + field; };
    RegistrationReport report;
    report.m_status = int(fields.at(first).toInteger());
    if (at(RejectCause) < fields.size())
        report.m_rejectCause = int(fields.at(at(RejectCause)).toInteger(-1));
    report.m_activeTime = timerField(fields, at(ActiveTime), PsmTimerKind::ActiveTime);
    report.m_periodicTau = timerField(fields, at(PeriodicTau), PsmTimerKind::PeriodicTau);
    return report;
}

std::optional<RegistrationReport> RegistrationReport::fromUrc(const QList<at::Field> &fields)
{
    return fromFields(fields, 0);
}

std::optional<RegistrationReport> RegistrationReport::fromReadAnswer(const QList<at::Field> &fields)
{
    if (fields.isEmpty() || !fields.first().isInteger())
        return std::nullopt;
    return fromFields(fields, 1);
}

QString RegistrationReport::statusWords() const
{
    // 27.007 10.1.22 <stat>
    switch (m_status) {
    case 0: return tr("not registered, not searching");
    case 1: return tr("registered, home network");
    case 2: return tr("not registered, searching");
    case 3: return tr("registration denied");
    case 4: return tr("unknown (out of coverage?)");
    case 5: return tr("registered, roaming");
    case 8: return tr("emergency bearer services only");
    default: return tr("status %1").arg(m_status);
    }
}

std::optional<PsmRequest> PsmRequest::fromReadAnswer(const QList<at::Field> &fields)
{
    if (fields.isEmpty() || !fields.first().isInteger())
        return std::nullopt;
    PsmRequest request;
    request.m_enabled = fields.first().toInteger() == 1;
    request.m_periodicTau = timerField(fields, 3, PsmTimerKind::PeriodicTau);
    request.m_activeTime = timerField(fields, 4, PsmTimerKind::ActiveTime);
    return request;
}

bool PsmGrant::canEnterPsm(const RegistrationReport &granted)
{
    return granted.isRegistered() && granted.activeTime() && !granted.activeTime()->isDeactivated();
}

QString PsmGrant::describe(const std::optional<PsmRequest> &asked, const RegistrationReport &granted)
{
    if (!granted.activeTime() && !granted.periodicTau())
        return tr("No timers in this report (AT+CEREG=4 shows what the network granted)");
    // Timers come with a registration: in a report of any other status
    // (+CEREG: 4,,,,,,"11100000","11100000" is out of coverage) they grant
    // nothing, as Nordic's modem library reads them too.
    if (!granted.isRegistered())
        return tr("Not registered (%1): the timers in this report grant nothing").arg(granted.statusWords());
    const bool psmAsked = asked && asked->isEnabled();
    if (granted.activeTime() && granted.activeTime()->isDeactivated()) {
        if (psmAsked && asked->activeTime())
            return tr("PSM off: asked %1 active time, the network deactivated it").arg(asked->activeTime()->words());
        return tr("PSM off: the network deactivated the active time");
    }
    QStringList parts;
    const auto compare = [&](const std::optional<PsmTimer> &wanted, const std::optional<PsmTimer> &given, bool active) {
        if (!given)
            return;
        if (given->isNotGiven()) {
            parts << (psmAsked && wanted ? tr("asked %1 periodic TAU, the network gave none (its T3412 applies)").arg(wanted->words())
                                         : tr("no periodic TAU given (the network's T3412 applies)"));
            return;
        }
        if (!psmAsked || !wanted)
            parts << (active ? tr("active time %1") : tr("periodic TAU %1")).arg(given->words());
        else if (wanted->seconds() == given->seconds() && wanted->isDeactivated() == given->isDeactivated()
                 && wanted->isNotGiven() == given->isNotGiven())
            parts << (active ? tr("active time %1 as asked") : tr("periodic TAU %1 as asked")).arg(given->words());
        else
            parts << (active ? tr("asked %1 active time, network gave %2") : tr("asked %1 periodic TAU, network gave %2"))
                             .arg(wanted->words(), given->words());
    };
    compare(psmAsked ? asked->activeTime() : std::nullopt, granted.activeTime(), true);
    compare(psmAsked ? asked->periodicTau() : std::nullopt, granted.periodicTau(), false);
    const QString said = parts.join(tr("; "));
    return asked && !asked->isEnabled() ? tr("PSM not asked (AT+CPSMS mode 0); the network offers %1").arg(said) : said;
}

} // namespace bc25::power
