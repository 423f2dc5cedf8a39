// SPDX-License-Identifier: MIT
#include "virtualmodule.h"

#include "bc25/errorcodes.h"
#include "handlers/basichandler.h"
#include "handlers/dnshandler.h"
#include "handlers/equipmenthandler.h"
#include "handlers/ntphandler.h"
#include "handlers/pinghandler.h"
#include "handlers/sockethandler.h"
#include "transport/memorytransport.h"
#include "transport/ptytransport.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcSim, "bc25.sim")

namespace bc25::sim {

namespace {

constexpr char CtrlZ = '\x1a';
constexpr char Esc = '\x1b';
constexpr char Backspace = '\x08';
constexpr int PacerTickMs = 2;
constexpr int BootTimeMs = 300;

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

VirtualModule::VirtualModule(const SimConfig &config, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_nv(NvState::load(config.stateFile))
    , m_packetDomain(config.attached != 0)
    , m_random(config.faults.splitSeed)
{
    for (const QByteArray &name : config.faults.failingCommands) {
        if (const CommandSpec *spec = CommandCatalog::find(name))
            m_failing.append(spec->id);
    }
    m_resolver.setTimeoutMs(config.dnsTimeoutMs);
    m_resolver.setHostsFile(config.hostsFile);
    auto sockets = std::make_unique<SocketHandler>(this);
    m_sockets = sockets.get();
    m_handlers.push_back(std::make_unique<BasicHandler>(this));
    m_handlers.push_back(std::make_unique<EquipmentHandler>(this));
    m_handlers.push_back(std::move(sockets));
    m_handlers.push_back(std::make_unique<DnsHandler>(this));
    m_handlers.push_back(std::make_unique<NtpHandler>(this));
    m_handlers.push_back(std::make_unique<PingHandler>(this));

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
    if (!m_nv.save(m_config.stateFile))
        qCWarning(lcSim) << "cannot write the NVRAM state file" << m_config.stateFile;
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

qint64 VirtualModule::outputBacklog() const
{
    return m_outQueue.size() + (m_backlogProbe ? m_backlogProbe() : 0);
}

void VirtualModule::notifyOutputDrained()
{
    if (outputBacklog() < PushBacklogLimit)
        emit outputDrained();
}

void VirtualModule::receive(const QByteArray &bytes)
{
    if (m_linkDead)
        return;
    m_input += bytes;
    processInput();
}

void VirtualModule::processInput()
{
    qsizetype i = 0;
    while (i < m_input.size() && !m_busy) {
        if (m_dataMode) {
            i += takeData(i);
            continue;
        }
        const char c = m_input.at(i++);
        if (m_echo)
            write(QByteArray(1, c)); // a real module echoes every character as it arrives
        // CR ends a command line (V.250 S3); a host that sends CR LF or LF alone is
        // understood too. The LF of a CR LF already here is echoed before the answer,
        // as a module's quick echo would be; an LF that ends an empty line is nothing.
        if (c == '\r' && i < m_input.size() && m_input.at(i) == '\n') {
            if (m_echo)
                write(QByteArray(1, '\n'));
            ++i;
        }
        if (c == '\r' || c == '\n') {
            const QByteArray line = std::exchange(m_line, {});
            const bool tooLong = std::exchange(m_lineTooLong, false);
            if (tooLong) {
                replyError();
                continue;
            }
            if (line.trimmed().isEmpty())
                continue;
            if (m_config.faults.latencyMs > 0) {
                m_busy = true;
                m_input.remove(0, i);
                i = 0;
                QTimer::singleShot(m_config.faults.latencyMs, this, [this, line, generation = m_generation] {
                    if (generation != m_generation)
                        return; // rebooted meanwhile
                    m_busy = false;
                    execute(line);
                    processInput();
                });
                return;
            }
            execute(line);
            continue;
        }
        if (c == Backspace) {
            // V.250 5.2.2 (S5): the editing character deletes the last character of the line
            if (!m_line.isEmpty() && !m_lineTooLong)
                m_line.chop(1);
            continue;
        }
        if (m_line.size() >= MaxCommandLength)
            m_lineTooLong = true;
        else
            m_line += c;
    }
    m_input.remove(0, i);
}

// Data mode: takes the input from `from` on as data, up to the length asked
// for or to Ctrl+Z (Esc cancels); returns how many bytes it took.
qsizetype VirtualModule::takeData(qsizetype from)
{
    if (m_dataLength >= 0) {
        const qsizetype take = qMin<qsizetype>(m_input.size() - from, m_dataLength - m_data.size());
        const QByteArray part = m_input.mid(from, take);
        m_data += part;
        if (m_echo)
            write(part);
        if (m_data.size() == m_dataLength)
            finishDataMode(false);
        return take;
    }
    const char c = m_input.at(from);
    if (c == CtrlZ || c == Esc) {
        finishDataMode(c == Esc);
        return 1;
    }
    m_data += c;
    if (m_echo)
        write(QByteArray(1, c));
    return 1;
}

void VirtualModule::execute(const QByteArray &line)
{
    if (m_linkDead)
        return;
    dispatch(line.trimmed());
}

void VirtualModule::dispatch(const QByteArray &line)
{
    const ParsedCommand command = CommandCatalog::parse(line);
    if (!command.spec) {
        replyError();
        return;
    }
    const bool tcpIp = command.spec->setsLastError;
    const bool threeGpp = command.spec->cmeErrors; // 27.007: AT+CMEE decides how they fail
    if (m_failing.contains(command.spec->id)) {
        if (threeGpp)
            replyCmeError(ErrorCodes::CmeUnknown);
        else
            replyError(tcpIp ? ErrorCodes::UnknownError : -1);
        return;
    }
    const QString problem = CommandCatalog::validate(command);
    if (!problem.isEmpty()) {
        qCDebug(lcSim) << "refused" << line << ":" << problem;
        if (threeGpp)
            replyCmeError(ErrorCodes::CmeIncorrectParameters);
        else
            replyError(tcpIp ? ErrorCodes::InvalidParameters : -1);
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
    QByteArray bytes;
    for (const QByteArray &line : lines)
        bytes += "\r\n" + line + "\r\n";
    write(bytes + "\r\nOK\r\n");
}

void VirtualModule::replyError(int lastErrorCode)
{
    if (lastErrorCode >= 0)
        m_lastError = lastErrorCode;
    write("\r\nERROR\r\n");
}

void VirtualModule::replyCmeError(int cmeCode)
{
    if (m_cmeeMode == 0)
        write("\r\nERROR\r\n");
    else
        write("\r\n+CME ERROR: " + (m_cmeeMode == 1 ? QByteArray::number(cmeCode) : cmeText(cmeCode)) + "\r\n");
}

void VirtualModule::restoreFactoryProfile()
{
    m_echo = true;
    m_cmeeMode = 0;
}

void VirtualModule::unsolicited(const QByteArray &bytes)
{
    if (m_dataMode) {
        m_heldUrcs << bytes;
        return;
    }
    write(bytes);
}

void VirtualModule::enterDataMode(qint64 length, std::function<void(const QByteArray &, bool)> done)
{
    m_dataMode = true;
    m_dataLength = length;
    m_data.clear();
    m_dataDone = std::move(done);
    write("\r\n> ");
}

void VirtualModule::finishDataMode(bool cancelled)
{
    m_dataMode = false;
    const QByteArray data = std::exchange(m_data, {});
    auto done = std::exchange(m_dataDone, {});
    if (done)
        done(data, cancelled);
    flushHeldUrcs();
}

void VirtualModule::flushHeldUrcs()
{
    for (const QByteArray &bytes : std::exchange(m_heldUrcs, {}))
        write(bytes);
}

void VirtualModule::write(const QByteArray &bytes)
{
    if (m_linkDead || bytes.isEmpty())
        return;
    const FaultPlan &faults = m_config.faults;
    if (faults.baudRate <= 0 && faults.maxSplit <= 0) {
        emit output(bytes);
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

void VirtualModule::reboot()
{
    for (const std::unique_ptr<CommandHandler> &handler : m_handlers)
        handler->reset();
    m_resolver.cancelAll();
    m_packetDomain.reset();
    m_resolver.setServers({}, {});
    m_input.clear();
    m_line.clear();
    m_dataMode = false;
    m_dataDone = {};
    m_heldUrcs.clear();
    m_outQueue.clear();
    m_pacer.stop();
    m_busy = false;
    ++m_generation;
    m_echo = true;
    m_cmeeMode = 0;
    m_lastError = 0;
    QTimer::singleShot(BootTimeMs, this, [this] {
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

} // namespace bc25::sim
