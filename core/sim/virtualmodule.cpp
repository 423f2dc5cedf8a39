// SPDX-License-Identifier: MIT
#include "virtualmodule.h"

#include "profile/moduleprofile.h"

#include "bc25/errorcodes.h"
#include "at/commandchain.h"
#include "handlers/basichandler.h"
#include "handlers/contexthandler.h"
#include "handlers/dnshandler.h"
#include "handlers/equipmenthandler.h"
#include "handlers/ntphandler.h"
#include "handlers/pinghandler.h"
#include "handlers/sockethandler.h"
#include "transport/memorytransport.h"
#include "transport/ptytransport.h"

#include <QLoggingCategory>
#include <QTcpServer>
#include <QUdpSocket>

Q_LOGGING_CATEGORY(lcSim, "bc25.sim")

namespace bc25::sim {

namespace {

constexpr int PacerTickMs = 2;
constexpr int BootTimeMs = 300;
// A restart in place of an answer prints RDY well inside the shortest time
// limit (300 ms), so the host hears the restart, not a time-out.
constexpr int RestartInsteadOfAnswerMs = 20;

// The texts of 27.007 9.2 that AT+CMEE=2 prints, as modules print them.
QByteArray cmeText(int code)
{
    switch (code) {
    case ErrorCodes::CmeOperationNotAllowed: return "operation not allowed";
    case ErrorCodes::CmeIncorrectParameters: return "incorrect parameters";
    default: return "unknown";
    }
}

} // namespace

VirtualModule::VirtualModule(std::shared_ptr<const profile::ModuleProfile> profile, const SimConfig &config,
                             QObject *parent)
    : QObject(parent)
    , m_profile(std::move(profile))
    , m_config(config)
    , m_nv(NvState::load(config.stateFile, m_profile->socketCount()))
    // 27.007 10.1.22: only a registered module (home 1, roaming 5) is attached
    , m_packetDomain(m_profile->limits().firstContext, m_profile->limits().lastContext, config.attached != 0,
                     config.registration == 1 || config.registration == 5, m_profile->answers().activatesContexts)
    , m_random(config.faults.splitSeed)
{
    // The model's own identity unless the configuration names another (option "revision").
    if (m_config.identification.isEmpty())
        m_config.identification = m_profile->identity().ati;
    if (m_config.revision.isEmpty())
        m_config.revision = m_profile->identity().revision;
    for (const QByteArray &name : config.faults.failingCommands) {
        if (const CommandSpec *spec = m_profile->catalog().find(name))
            m_failing.append(spec->id);
    }
    if (!config.faults.rebootAtCommand.isEmpty()) {
        if (const CommandSpec *spec = m_profile->catalog().find(config.faults.rebootAtCommand))
            m_rebootAt = spec->id;
    }
    m_resolver.setTimeoutMs(config.dnsTimeoutMs);
    m_resolver.setHostsFile(config.hostsFile);
    m_resolver.setNoAnswer(config.faults.dnsNoAnswer);
    auto sockets = std::make_unique<SocketHandler>(this);
    m_sockets = sockets.get();
    m_handlers.push_back(std::make_unique<BasicHandler>(this));
    if (m_profile->answers().activatesContexts)
        m_handlers.push_back(std::make_unique<ContextHandler>(this));
    m_handlers.push_back(std::make_unique<EquipmentHandler>(this));
    m_handlers.push_back(std::move(sockets));
    m_handlers.push_back(std::make_unique<DnsHandler>(this));
    m_handlers.push_back(std::make_unique<NtpHandler>(this));
    m_handlers.push_back(std::make_unique<PingHandler>(this));

    m_input.setMaxLineLength(maxCommandLineLength());
    m_input.setEchoSink([this](const QByteArray &bytes) {
        if (m_echo)
            write(bytes); // a real module echoes every character as it arrives
    });
    connect(&m_input, &SerialInput::lineReceived, this, &VirtualModule::onLine);
    connect(&m_input, &SerialInput::dataReceived, this, &VirtualModule::finishDataMode);

    m_pacer.setInterval(PacerTickMs);
    connect(&m_pacer, &QTimer::timeout, this, &VirtualModule::pump);

    const FaultPlan &faults = m_config.faults;
    if (faults.rebootAfterMs >= 0)
        QTimer::singleShot(faults.rebootAfterMs, this, &VirtualModule::reboot);
    if (faults.linkDeadAfterMs >= 0)
        QTimer::singleShot(faults.linkDeadAfterMs, this, [this] { setLinkDead(true); });
}

VirtualModule::~VirtualModule() = default;

void VirtualModule::saveNv()
{
    QString why;
    if (m_nv.save(m_config.stateFile, &why))
        return;
    qCWarning(lcSim) << "cannot write the NVRAM state file" << m_config.stateFile << why;
    emit nvramNotSaved(tr("cannot write the NVRAM file %1: %2").arg(m_config.stateFile, why));
}

bool VirtualModule::mayReach(const QString &host) const
{
    if (m_config.reach == SimConfig::Reach::Anywhere)
        return true;
    return HostResolver::isLocalhostName(host) || QHostAddress(host).isLoopback();
}

void VirtualModule::attachTo(transport::PtyTransport *pty)
{
    connect(pty, &transport::Transport::bytesReceived, this, &VirtualModule::receive);
    connect(this, &VirtualModule::output, pty, &transport::Transport::write);
    connect(pty, &transport::Transport::bytesWritten, this, &VirtualModule::notifyOutputDrained);
    m_backlogProbe = [pty] { return pty->pendingBytes(); };
}

void VirtualModule::attachTo(transport::MemoryTransport *end)
{
    connect(end, &transport::Transport::bytesReceived, this, &VirtualModule::receive);
    connect(this, &VirtualModule::output, end, &transport::Transport::write);
    connect(end, &transport::Transport::bytesWritten, this, &VirtualModule::notifyOutputDrained);
    m_backlogProbe = [end] { return end->pendingBytes(); };
}

qsizetype VirtualModule::maxCommandLineLength() const
{
    return m_profile->catalog().longestCommandLine();
}

qint64 VirtualModule::outputBacklog() const
{
    return m_outQueue.size() + m_heldBytes + (m_backlogProbe ? m_backlogProbe() : 0);
}

qint64 VirtualModule::bufferedBytes() const
{
    return m_input.bufferedBytes() + m_heldBytes + m_outQueue.size();
}

void VirtualModule::notifyOutputDrained()
{
    const qint64 backlog = outputBacklog();
    if (backlog < OutputBacklogLimit)
        m_input.setHeld(SerialInput::OutputFull, false);
    if (backlog < PushBacklogLimit)
        emit outputDrained();
}

void VirtualModule::receive(const QByteArray &bytes)
{
    // Booting, a module's UART takes nothing: a command written before RDY
    // (the host's next AT+QIOPEN) is lost, never run on the new boot before
    // RDY says every socket is gone (adv8 F10: +QIOPEN: k,0, then RDY, and
    // the socket lived on while the host read it as closed).
    if (m_linkDead || m_booting)
        return;
    m_input.receive(bytes);
}

void VirtualModule::onLine(const QByteArray &line, bool tooLong)
{
    if (tooLong) {
        // Longer than the module takes: its parameters cannot be whole (adv6 F3c:
        // AT+QIGETERROR said 0 after this ERROR). Every ERROR sets a code.
        replyError(ErrorCodes::InvalidParameters);
        return;
    }
    if (m_config.faults.latencyMs > 0) {
        // The input waits behind the command, as it would behind a busy module.
        m_input.setHeld(SerialInput::Executing, true);
        QTimer::singleShot(m_config.faults.latencyMs, this, [this, line, generation = m_generation] {
            if (generation != m_generation)
                return; // rebooted meanwhile
            m_input.setHeld(SerialInput::Executing, false);
            execute(line);
        });
        return;
    }
    execute(line);
}

void VirtualModule::execute(const QByteArray &line)
{
    if (m_linkDead)
        return;
    if (restartsAt(line)) {
        restart(RestartInsteadOfAnswerMs);
        return;
    }
    m_chain = at::CommandChain::split(line.trimmed());
    runChain();
}

// V.250 5.4: the commands of a line run in order, each one's information in
// turn; the first that fails ends the line with its error, and only the last
// prints OK. A command that answers later (a send's data) ends the chain.
void VirtualModule::runChain()
{
    while (!m_chain.isEmpty()) {
        const QByteArray command = m_chain.takeFirst();
        m_lastInLine = m_chain.isEmpty();
        m_answer = Answer::None;
        dispatch(command);
        if (m_answer != Answer::Ok)
            m_chain.clear();
    }
    m_lastInLine = true;
}

void VirtualModule::dispatch(const QByteArray &line)
{
    const ParsedCommand command = m_profile->catalog().parse(line); // the model's forms and ranges
    if (!command.spec) {
        replyError(ErrorCodes::UnknownError);
        return;
    }
    const bool threeGpp = command.spec->cmeErrors; // 27.007: AT+CMEE decides how they fail
    if (m_failing.contains(command.spec->id)) {
        if (threeGpp)
            replyCmeError(ErrorCodes::CmeUnknown);
        else
            replyError(ErrorCodes::UnknownError);
        return;
    }
    const QString problem = CommandCatalog::validate(command);
    if (!problem.isEmpty()) {
        qCDebug(lcSim) << "refused" << line << ":" << problem;
        if (threeGpp)
            replyCmeError(ErrorCodes::CmeIncorrectParameters);
        else
            replyError(ErrorCodes::InvalidParameters);
        return;
    }
    if (command.form == CommandForm::Test) {
        reply(command.spec->testAnswer);
        return;
    }
    for (const std::unique_ptr<CommandHandler> &handler : m_handlers) {
        if (handler->handle(command))
            return;
    }
    reply();
}

void VirtualModule::reply(const QByteArrayList &lines)
{
    // V.250 6.2.6: ATV1 frames each information text "\r\n<text>\r\n", ATV0
    // "<text>\r\n". Only the frame changes: a text that holds a payload
    // (+QIRD's "<header>\r\n<data>") keeps every byte of it.
    QByteArray bytes;
    for (const QByteArray &line : lines)
        bytes += m_verbose ? "\r\n" + line + "\r\n" : line + "\r\n";
    m_answer = Answer::Ok;
    if (m_lastInLine)
        bytes += m_verbose ? QByteArray("\r\nOK\r\n") : QByteArray("0\r"); // V.250 Table 1: 0 OK
    write(bytes);
}

void VirtualModule::replyError(int lastErrorCode)
{
    m_answer = Answer::Failed;
    m_lastError = lastErrorCode;
    write(m_verbose ? QByteArray("\r\nERROR\r\n") : QByteArray("4\r")); // V.250 Table 1: 4 ERROR
}

void VirtualModule::replyCmeError(int cmeCode)
{
    m_answer = Answer::Failed;
    if (m_cmeeMode == 0)
        write(m_verbose ? QByteArray("\r\nERROR\r\n") : QByteArray("4\r"));
    else
        write("\r\n+CME ERROR: " + (m_cmeeMode == 1 ? QByteArray::number(cmeCode) : cmeText(cmeCode)) + "\r\n");
}

void VirtualModule::restoreFactoryProfile()
{
    m_echo = true;
    m_verbose = true;
    m_cmeeMode = 0;
}

void VirtualModule::unsolicited(const QByteArray &bytes)
{
    if (!m_input.inDataMode()) {
        write(bytes);
        return;
    }
    // Held while the host types data; direct push stops long before the bound
    // (the held bytes count as backlog), so only a flood of other URCs meets it.
    if (m_heldBytes + bytes.size() > HeldUrcLimit) {
        m_droppedUrcBytes += bytes.size();
        qCWarning(lcSim) << "data mode held back too much; dropped an unsolicited result of" << bytes.size() << "bytes";
        return;
    }
    m_heldUrcs << bytes;
    m_heldBytes += bytes.size();
}

void VirtualModule::enterDataMode(qint64 length, qint64 maxLength, DataDone done)
{
    m_input.enterDataMode(length, maxLength);
    m_dataDone = std::move(done);
    write("\r\n> ");
}

void VirtualModule::finishDataMode(const QByteArray &data, bool cancelled, bool tooLong)
{
    auto done = std::exchange(m_dataDone, {});
    if (done)
        done(data, cancelled ? DataEnd::Cancelled : tooLong ? DataEnd::TooLong : DataEnd::Complete);
    flushHeldUrcs();
}

void VirtualModule::flushHeldUrcs()
{
    m_heldBytes = 0;
    for (const QByteArray &bytes : std::exchange(m_heldUrcs, {}))
        write(bytes);
    notifyOutputDrained(); // direct push may go on as far as the line allows
}

void VirtualModule::write(const QByteArray &bytes)
{
    if (m_linkDead || bytes.isEmpty())
        return;
    const FaultPlan &faults = m_config.faults;
    if (faults.baudRate <= 0 && faults.maxSplit <= 0) {
        emit output(bytes);
        holdInputWhileOutputWaits();
        return;
    }
    m_outQueue += bytes;
    if (faults.baudRate <= 0) {
        pump();
        return;
    }
    if (!m_pacer.isActive()) {
        m_pacerClock.start();
        m_pacerCredit = 0;
        m_pacer.start();
    }
    holdInputWhileOutputWaits();
}

// A host that writes and does not read would make the echo and the answers
// pile up: past the bound the module takes no input until the line drains.
void VirtualModule::holdInputWhileOutputWaits()
{
    if (outputBacklog() >= OutputBacklogLimit)
        m_input.setHeld(SerialInput::OutputFull, true);
}

void VirtualModule::pump()
{
    const FaultPlan &faults = m_config.faults;
    qsizetype allowed = m_outQueue.size();
    if (faults.baudRate > 0) {
        // 10 bits per byte on the line: start, 8 data, stop.
        m_pacerCredit += m_pacerClock.restart() * (faults.baudRate / 10.0) / 1000.0;
        allowed = qMin<qsizetype>(allowed, qsizetype(m_pacerCredit));
        m_pacerCredit -= allowed;
    }
    qsizetype at = 0;
    while (at < allowed) {
        qsizetype piece = allowed - at;
        if (faults.maxSplit > 0)
            piece = qMin<qsizetype>(piece, m_random.bounded(1, faults.maxSplit + 1));
        emit output(m_outQueue.mid(at, piece));
        at += piece;
    }
    m_outQueue.remove(0, allowed);
    if (m_outQueue.isEmpty()) {
        m_pacer.stop();
        m_pacerCredit = 0;
    }
    if (allowed > 0)
        notifyOutputDrained();
}

// Whether this line is the one the fault restarts at (rebootAtNextCommand(),
// FaultPlan::rebootAtCommand): once, and then the module answers as before.
bool VirtualModule::restartsAt(const QByteArray &line)
{
    if (std::exchange(m_rebootAtNextLine, false))
        return true;
    if (!m_rebootAt)
        return false;
    const ParsedCommand command = m_profile->catalog().parse(line.trimmed());
    if (!command.spec || command.spec->id != *m_rebootAt)
        return false;
    m_rebootAt.reset();
    return true;
}

void VirtualModule::reboot()
{
    restart(BootTimeMs);
}

void VirtualModule::restart(int bootTimeMs)
{
    for (const std::unique_ptr<CommandHandler> &handler : m_handlers)
        handler->reset();
    m_resolver.cancelAll();
    m_packetDomain.reset();
    m_resolver.setServers({}, {});
    m_input.reset();
    m_chain.clear();
    m_lastInLine = true;
    m_dataDone = {};
    m_heldUrcs.clear();
    m_heldBytes = 0;
    m_outQueue.clear();
    m_pacer.stop();
    ++m_generation;
    m_echo = true;
    m_verbose = true;
    m_cmeeMode = 0;
    m_lastError = 0;
    m_booting = true;
    QTimer::singleShot(bootTimeMs, this, [this, generation = m_generation] {
        if (generation != m_generation)
            return; // rebooted again meanwhile: that boot says RDY
        m_booting = false;
        write("\r\nRDY\r\n");
        emit rebooted();
    });
}

void VirtualModule::setLinkDead(bool dead)
{
    m_linkDead = dead;
    if (dead) {
        m_outQueue.clear();
        m_pacer.stop();
    }
}

void VirtualModule::setEcho(bool on)
{
    m_echo = on;
}

bool VirtualModule::localPortIsFree(quint16 port) const
{
    // As SimSocket binds them: a TCP listener and a UDP service each on the bind address.
    QTcpServer tcp;
    QUdpSocket udp;
    return tcp.listen(m_config.bindAddress, port) && udp.bind(m_config.bindAddress, port);
}

} // namespace bc25::sim
