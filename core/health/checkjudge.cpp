// SPDX-License-Identifier: MIT
#include "checkjudge.h"

#include "bc25/commandcatalog.h"
#include "bc25/responses.h"
#include "bc25/usableaddress.h"
#include "datapathjudge.h"
#include "healthplan.h"
#include "session/commandrunner.h"
#include "translations.h"

#include <algorithm>

namespace bc25::health {

namespace {

void set(CheckResult &r, Verdict verdict, const QString &summary, const QString &advice = {}, bool stops = false)
{
    r.verdict = verdict;
    r.summary = summary;
    r.advice = advice;
    r.stopsRest = stops;
}

// 3GPP TS 24.301 annex A: the EMM causes a network gives most often, in words.
QString rejectCauseText(int cause)
{
    switch (cause) {
    case 2: return CheckJudge::tr("IMSI unknown in the HSS");
    case 3: return CheckJudge::tr("illegal UE");
    case 5: return CheckJudge::tr("IMEI not accepted");
    case 6: return CheckJudge::tr("illegal ME");
    case 7: return CheckJudge::tr("EPS services not allowed");
    case 11: return CheckJudge::tr("PLMN not allowed");
    case 12: return CheckJudge::tr("tracking area not allowed");
    case 13: return CheckJudge::tr("roaming not allowed in this tracking area");
    case 15: return CheckJudge::tr("no suitable cells in the tracking area");
    case 22: return CheckJudge::tr("congestion");
    default: return CheckJudge::tr("see 3GPP TS 24.301, annex A");
    }
}

// What to do about a denial depends on who refuses what: the subscription,
// the module, this network, or this place (24.301 annex A groups them so).
QString rejectAdvice(int cause)
{
    switch (cause) {
    case 5:
        return CheckJudge::tr("The network does not accept this module's IMEI: ask the operator to allow it (some "
                              "NB-IoT subscriptions are tied to registered IMEIs).");
    case 11:
    case 13:
        return CheckJudge::tr("This SIM may not use this network here: check the operator the module chose "
                              "(AT+COPS?) and whether the SIM may roam on it, or use the home operator's coverage.");
    case 12:
    case 15:
        return CheckJudge::tr("No cell here serves this SIM: check the antenna and the coverage, and the module's "
                              "bands (AT+QBAND) against the operator's; moving the device often helps.");
    case 22:
        return CheckJudge::tr("The network is congested and asks the module to wait: try again in a few minutes, "
                              "without restarting the module meanwhile.");
    default:
        return CheckJudge::tr("The network refuses this SIM or module: ask the operator whether the SIM has an "
                              "NB-IoT subscription and is activated, and whether the module's IMEI is allowed.");
    }
}

} // namespace

CheckResult CheckJudge::judge(const PlannedCheck &check, const QList<at::Transaction> &evidence,
                              const HealthSettings &settings, const QDateTime &now, const CommandCatalog &catalog)
{
    CheckResult r;
    r.kind = check.kind;
    r.evidence = evidence;
    if (requiredNotSent(r, check, evidence))
        return r;
    // A required command that did not answer as it should decides alone,
    // unless the check knows better (an ERROR is a finding for some).
    switch (check.kind) {
    case CheckKind::Identity: identity(r, evidence, catalog); break;
    case CheckKind::Sim: sim(r, evidence, catalog); break;
    case CheckKind::Signal: signal(r, evidence, settings, catalog); break;
    case CheckKind::Registration: registration(r, evidence, catalog); break;
    case CheckKind::Attach: attach(r, evidence, catalog); break;
    case CheckKind::PdpContext: pdpContext(r, evidence, settings, catalog); break;
    case CheckKind::Dns: DataPathJudge::dns(r, evidence, settings, catalog); break;
    case CheckKind::Ping: DataPathJudge::ping(r, evidence, settings, catalog); break;
    case CheckKind::TcpConnection: DataPathJudge::tcp(r, evidence, settings, catalog); break;
    case CheckKind::Time: DataPathJudge::time(r, evidence, settings, now, catalog); break;
    }
    return r;
}

const at::Transaction *CheckJudge::find(const CommandCatalog &catalog, const QList<at::Transaction> &evidence, CommandId id,
                                        CommandForm form, bool anyForm)
{
    for (const at::Transaction &t : evidence) {
        const ParsedCommand parsed = catalog.parse(t.command);
        if (parsed.spec && parsed.spec->id == id && (anyForm || parsed.form == form))
            return &t;
    }
    return nullptr;
}

bool CheckJudge::requiredNotSent(CheckResult &r, const PlannedCheck &check, const QList<at::Transaction> &e)
{
    const QList<const at::Transaction *> sent = HealthPlan::transactionsOf(check, e);
    for (qsizetype i = 0; i < check.commands.size(); ++i) {
        const PlannedCommand::Role role = check.commands.at(i).role;
        const at::Transaction *t = sent.at(i);
        if (!t || t->writtenMs >= 0 || (role != PlannedCommand::Role::Required && role != PlannedCommand::Role::Activate))
            continue;
        set(r, Verdict::NotRun, tr("Not run: %1 was not sent (%2)").arg(QString::fromLatin1(t->command), t->message),
            tr("Run the check again."));
        return true;
    }
    return false;
}

void CheckJudge::restarted(CheckResult &r, const QByteArray &line)
{
    const QString was = r.summary.isEmpty() ? QString() : tr("Before it: %1").arg(r.summary);
    set(r, Verdict::Fail, Translations::joined(tr("The module restarted (%1) during this check.").arg(QString::fromLatin1(line)), was),
        tr("A module that resets under test browns out or hits its watchdog: check the supply (it must hold the "
           "transmit peaks), the power cable and the firmware, then run the check again."), true);
    r.restartedWith = line;
}

bool CheckJudge::succeeded(const at::Transaction &t)
{
    return t.ok() && (t.operation.status == at::OperationResult::Status::None || t.operation.ok());
}

QString CheckJudge::failure(const at::Transaction &t)
{
    const QString first = CommandRunner::failureText(t);
    return first.isEmpty() ? CommandRunner::failureText(t.operation) : first;
}

QString CheckJudge::noAnswer(const at::Transaction *t, CommandId id, const QString &none)
{
    if (!t)
        return none;
    if (!succeeded(*t))
        return failure(*t);
    // Adversary pass 9 F6: OK without the +CPIN line read as a failure with no words.
    return tr("%1 answered OK without its +%2 line.")
            .arg(QString::fromLatin1(t->command), QString::fromLatin1(CommandCatalog::resultName(id)));
}

void CheckJudge::identity(CheckResult &r, const QList<at::Transaction> &e, const CommandCatalog &c)
{
    const at::Transaction *ati = find(c, e, CommandId::Identify);
    if (!ati || !succeeded(*ati)) {
        set(r, Verdict::Fail, ati ? failure(*ati) : tr("The module did not answer."),
            tr("Check the power, the cable, the port and its baud rate; a module that has just started needs a few "
               "seconds (it prints RDY)."), true);
        return;
    }
    QStringList lines;
    for (const at::ResultLine &line : ati->lines)
        if (!line.isFinal() && !line.text.isEmpty())
            lines << QString::fromLatin1(line.text);
    const at::Transaction *cgmr = find(c, e, CommandId::Revision);
    const at::Transaction *cgsn = find(c, e, CommandId::SerialNumber);
    // Adversary pass 10 F19: a bare OK to ATI passed as "The module answers: ."; one to
    // AT+CGMR as a revision. The module answers, but does not say what it is.
    const auto hasText = [](const at::Transaction *t) {
        return t && std::any_of(t->lines.cbegin(), t->lines.cend(), [](const at::ResultLine &l) { return !l.isFinal() && !l.text.isEmpty(); });
    };
    if (lines.isEmpty() || (cgmr && succeeded(*cgmr) && !hasText(cgmr))) {
        const at::Transaction *bare = lines.isEmpty() ? ati : cgmr;
        set(r, Verdict::Warning, lines.isEmpty() ? tr("The module answers, but ATI answered OK without naming its maker or model.")
                                                 : tr("The module answers (%1), but %2 answered OK without a revision.")
                                                           .arg(lines.join(QLatin1Char(' ')), QString::fromLatin1(bare->command)),
            tr("An old or unusual firmware: compare its revision with the one Quectel recommends."));
        return;
    }
    if (!cgmr || !succeeded(*cgmr) || !cgsn || !succeeded(*cgsn)) {
        const at::Transaction *bad = cgmr && !succeeded(*cgmr) ? cgmr : cgsn;
        set(r, Verdict::Warning, tr("The module answers (%1), but not to everything: %2")
                                         .arg(lines.join(QLatin1Char(' ')), bad ? failure(*bad) : QString()),
            tr("An old or unusual firmware: compare its revision with the one Quectel recommends."));
        return;
    }
    const at::ResultLine *imei = answerLine(*cgsn, CommandId::SerialNumber);
    const QByteArray digits = imei ? imei->field(0).text : QByteArray();
    const bool valid = digits.size() == 15 && std::all_of(digits.cbegin(), digits.cend(), [](char c) { return c >= '0' && c <= '9'; });
    if (!valid) {
        set(r, Verdict::Warning, tr("The module answers (%1), but its IMEI is not 15 digits.").arg(lines.join(QLatin1Char(' '))),
            tr("A module without a valid IMEI is refused by the network: have it reprogrammed."));
        return;
    }
    set(r, Verdict::Pass, tr("The module answers: %1.").arg(lines.join(QLatin1Char(' '))));
}

void CheckJudge::sim(CheckResult &r, const QList<at::Transaction> &e, const CommandCatalog &c)
{
    const at::Transaction *cpin = find(c, e, CommandId::Pin);
    const at::ResultLine *state = cpin ? answerLine(*cpin, CommandId::Pin) : nullptr;
    if (!cpin || !succeeded(*cpin) || !state) {
        set(r, Verdict::Fail, noAnswer(cpin, CommandId::Pin, tr("No answer about the SIM.")),
            tr("No SIM, or it is not read: check that it sits well in its holder (power the module off first) and "
               "its contacts."), true);
        return;
    }
    const QString text = QString::fromLatin1(state->field(0).text);
    if (text != QLatin1String("READY")) {
        set(r, Verdict::Fail, tr("The SIM is not ready: %1.").arg(text),
            tr("The SIM waits for a PIN or PUK: enter it with AT+CPIN, or use a SIM without a PIN lock."), true);
        return;
    }
    const at::Transaction *cimi = find(c, e, CommandId::Imsi);
    if (!cimi || !succeeded(*cimi)) {
        set(r, Verdict::Fail, cimi ? failure(*cimi) : tr("The SIM gave no IMSI."),
            tr("The SIM is ready but gives no IMSI: try another SIM."), true);
        return;
    }
    // 27.007 7.1: AT+CIMI answers the IMSI alone, up to 15 digits (3GPP TS 23.003 2.2: an MCC of 3,
    // an MNC of 2 or 3, the MSIN); OK with no such line, or text, is no IMSI (adversary pass 9 F6).
    QList<QByteArrayView> answers;
    for (const at::ResultLine &line : cimi->lines) {
        QByteArrayView text(line.text);
        if (const qsizetype colon = text.indexOf(':'); colon >= 0 && line.prefixed)
            text = text.sliced(colon + 1).trimmed();
        if (!line.isFinal() && !text.isEmpty())
            answers << text;
    }
    const bool hasImsi = answers.size() == 1 && answers.constFirst().size() >= 6 && answers.constFirst().size() <= 15
                         && std::all_of(answers.constFirst().cbegin(), answers.constFirst().cend(),
                                        [](char ch) { return ch >= '0' && ch <= '9'; });
    if (!hasImsi) {
        // Adversary pass 10 F18: two IMSI lines passed; a SIM has one.
        set(r, Verdict::Fail, answers.size() > 1 ? tr("The SIM is ready, but AT+CIMI gave %1 lines where an IMSI is one.").arg(answers.size())
                                                 : tr("The SIM is ready, but AT+CIMI gave no IMSI (6 to 15 digits)."),
            tr("The SIM is ready but gives no IMSI: try another SIM."), true);
        return;
    }
    // 23.003 2.2 and ITU-T E.212: the MCC names a country; 000 names none (a blank or unread SIM).
    if (answers.constFirst().startsWith("000")) {
        set(r, Verdict::Fail, tr("The SIM is ready, but its IMSI begins with the country code 000, which no country has."),
            tr("The SIM is blank or not read right: try another SIM."), true);
        return;
    }
    set(r, Verdict::Pass, tr("The SIM is ready and gives its IMSI."));
}

void CheckJudge::signal(CheckResult &r, const QList<at::Transaction> &e, const HealthSettings &s, const CommandCatalog &c)
{
    const at::Transaction *csq = find(c, e, CommandId::SignalQuality);
    const at::ResultLine *line = csq ? answerLine(*csq, CommandId::SignalQuality) : nullptr;
    if (!csq || !succeeded(*csq) || !line) {
        set(r, Verdict::Fail, noAnswer(csq, CommandId::SignalQuality, tr("No answer about the signal.")),
            tr("The module does not report its signal: restart it (AT+CFUN=1,1)."), true);
        return;
    }
    const int rssi = int(line->integer(0));
    QString extra;
    // AT+CESQ, where the firmware has it: RSRP and RSRQ say more than <rssi> on NB-IoT (27.007 8.69).
    if (const at::Transaction *cesq = find(c, e, CommandId::ExtendedSignalQuality)) {
        const at::ResultLine *q = succeeded(*cesq) ? answerLine(*cesq, CommandId::ExtendedSignalQuality) : nullptr;
        if (q && q->integer(5) != 255 && q->integer(4) != 255)
            extra = tr(" RSRP %1 dBm, RSRQ %2 dB.").arg(q->integer(5) - 141).arg(double(q->integer(4)) / 2 - 20);
    }
    if (rssi == 99 || rssi < 0) {
        set(r, Verdict::Fail, tr("No signal (AT+CSQ: 99)."),
            tr("Check the antenna and its cable, move to a place with NB-IoT coverage, and check the module's bands "
               "(AT+QBAND) against the operator's."), true);
        return;
    }
    const QString level = tr("Signal %1 (%2 dBm).").arg(rssi).arg(-113 + 2 * rssi) + extra;
    if (rssi < s.signalFailBelow)
        set(r, Verdict::Fail, level, tr("Too weak to work reliably: check the antenna and its cable, or move it."));
    else if (rssi < s.signalWarningBelow)
        set(r, Verdict::Warning, level, tr("Weak: expect retransmissions and slow answers; a better antenna position helps."));
    else
        set(r, Verdict::Pass, level);
}

void CheckJudge::registration(CheckResult &r, const QList<at::Transaction> &e, const CommandCatalog &c)
{
    const at::Transaction *read = find(c, e, CommandId::Registration, CommandForm::Read, false);
    const at::ResultLine *line = read ? answerLine(*read, CommandId::Registration) : nullptr;
    if (!read || !succeeded(*read) || !line) {
        set(r, Verdict::Fail, noAnswer(read, CommandId::Registration, tr("No answer about the registration.")),
            tr("Restart the module (AT+CFUN=1,1) and check again."), true);
        return;
    }
    // +CEREG: <n>,<stat>[,<tac>,<ci>,<AcT>[,<cause_type>,<reject_cause>]]
    switch (line->integer(1)) {
    case 1:
        set(r, Verdict::Pass, tr("Registered on the home network."));
        return;
    case 5:
        set(r, Verdict::Pass, tr("Registered, roaming."));
        return;
    case 2:
        set(r, Verdict::Fail, tr("Not registered; the module is searching for a network."),
            tr("Wait a minute and check again; if it keeps searching, check the antenna, the coverage and the bands "
               "(AT+QBAND)."), true);
        return;
    case 3: {
        const int cause = line->fieldCount() >= 7 ? int(line->integer(6)) : -1;
        set(r, Verdict::Fail,
            cause >= 0 ? tr("Registration denied by the network: cause %1, %2.").arg(cause).arg(rejectCauseText(cause))
                       : tr("Registration denied by the network (no cause given)."),
            rejectAdvice(cause), true);
        return;
    }
    default:
        set(r, Verdict::Fail, tr("Not registered, and not searching."),
            tr("Turn the radio on (AT+CFUN=1) and let it attach (AT+CGATT=1), then check again."), true);
        return;
    }
}

void CheckJudge::attach(CheckResult &r, const QList<at::Transaction> &e, const CommandCatalog &c)
{
    const at::Transaction *cgatt = find(c, e, CommandId::Attach);
    const at::ResultLine *line = cgatt ? answerLine(*cgatt, CommandId::Attach) : nullptr;
    if (!cgatt || !succeeded(*cgatt) || !line) {
        set(r, Verdict::Fail, noAnswer(cgatt, CommandId::Attach, tr("No answer about the attach state.")),
            tr("Restart the module (AT+CFUN=1,1) and check again."), true);
        return;
    }
    if (line->integer(0) == 1)
        set(r, Verdict::Pass, tr("Attached to the packet domain."));
    else
        set(r, Verdict::Fail, tr("Registered but not attached to the packet domain."),
            tr("Attach with AT+CGATT=1; if it stays detached, the network refuses data for this SIM: ask the operator."),
            true);
}

void CheckJudge::pdpContext(CheckResult &r, const QList<at::Transaction> &e, const HealthSettings &s, const CommandCatalog &c)
{
    const qint64 contextId = s.contextId.value_or(-1); // HealthCheck::start() sets the model's
    // The LTE modules: the context is the host's to activate (AT+QICSGP, AT+QIACT).
    const bool activates = c.specOrNull(CommandId::ContextActivate) != nullptr;
    const QString activateAdvice = tr("Set the context's APN with AT+QICSGP=%1,1,\"<APN>\" (the operator's), then "
                                      "activate it with AT+QIACT=%1.").arg(contextId);
    const at::Transaction *activation = activates ? find(c, e, CommandId::ContextActivate, CommandForm::Write, false) : nullptr;
    if (activates) {
        const at::Transaction *query = find(c, e, CommandId::ContextActivate, CommandForm::Read, false);
        if (!query || !succeeded(*query)) {
            set(r, Verdict::Fail, query ? failure(*query) : tr("No answer about the PDP context."),
                tr("Restart the module (AT+CFUN=1,1) and check again."), true);
            return;
        }
        if (activation && !succeeded(*activation)) {
            set(r, Verdict::Fail, tr("Context %1 could not be activated: %2").arg(contextId).arg(failure(*activation)),
                activateAdvice, true);
            return;
        }
    }
    // Adversary pass 10 F19: AT+CGDCONT? answering OK with no line for the context passed with APN "".
    const at::Transaction *cgdcont = find(c, e, CommandId::PdpContexts);
    std::optional<QString> apn;
    for (const at::ResultLine &line : cgdcont ? cgdcont->lines : QList<at::ResultLine>())
        if (line.prefixed && line.integer(0) == contextId && line.name == CommandCatalog::resultName(CommandId::PdpContexts))
            apn = QString::fromLatin1(line.field(2).text);
    if (!cgdcont || !succeeded(*cgdcont) || !apn) {
        set(r, Verdict::Fail, cgdcont && succeeded(*cgdcont)
                        ? tr("AT+CGDCONT? lists no context %1: the module has no PDP context defined for it.").arg(contextId)
                        : noAnswer(cgdcont, CommandId::PdpContexts, tr("No answer about the PDP context.")),
            activates ? activateAdvice
                      : tr("Define the context with AT+CGDCONT=%1,\"IP\",\"<APN>\" (the APN the operator gave for this SIM), "
                           "or check another context.").arg(contextId), true);
        return;
    }
    const at::Transaction *cgpaddr = find(c, e, CommandId::PdpAddress);
    if (!cgpaddr || !succeeded(*cgpaddr)) {
        set(r, Verdict::Fail, cgpaddr ? failure(*cgpaddr) : tr("No answer about the PDP context."),
            tr("Restart the module (AT+CFUN=1,1) and check again."), true);
        return;
    }
    QString address;
    for (const at::ResultLine &line : cgpaddr->lines)
        if (line.prefixed && line.integer(0) == contextId && line.name == CommandCatalog::resultName(CommandId::PdpAddress))
            address = QString::fromLatin1(line.field(1).text);
    // 0.0.0.0 is what a module prints for a context without one (adversary pass 9 F5); the
    // recipes' usable_address() asks the same rule (adversary pass 10 F2, F5).
    if (const QString why = UsableAddress::whyNot(address, UsableAddress::Use::Context); !address.isEmpty() && !why.isEmpty()) {
        set(r, Verdict::Fail, tr("Registered and attached, but context %1 has no usable address: the module gave \"%2\" (APN \"%3\"): %4.")
                                      .arg(contextId).arg(address, *apn, why),
            activates ? activateAdvice
                      : tr("Check the APN with AT+CGDCONT: it must be the one the operator gave for this SIM."), true);
        return;
    }
    if (address.isEmpty()) {
        set(r, Verdict::Fail, tr("Registered and attached, but context %1 has no address (APN \"%2\").").arg(contextId).arg(*apn),
            activates ? activateAdvice
                      : tr("Check the APN with AT+CGDCONT: it must be the one the operator gave for this SIM."), true);
        return;
    }
    if (activation)
        set(r, Verdict::Pass, tr("Context %1 was not active; the check activated it (AT+QIACT=%1). It has the address %2 (APN \"%3\").")
                                      .arg(contextId).arg(address, *apn));
    else
        set(r, Verdict::Pass, tr("Context %1 has the address %2 (APN \"%3\").").arg(contextId).arg(address, *apn));
}

} // namespace bc25::health
