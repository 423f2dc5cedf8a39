// SPDX-License-Identifier: MIT
#pragma once

#include "bc25/commandcatalog.h"
#include "hostresolver.h"
#include "nvstate.h"
#include "packetdomain.h"
#include "serialinput.h"
#include "simconfig.h"

#include <QElapsedTimer>
#include <QObject>
#include <QRandomGenerator>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace bc25::profile { class ModuleProfile; }

namespace bc25::transport { class MemoryTransport; class PtyTransport; }

namespace bc25::sim {

class CommandHandler;
class SocketHandler;

// A virtual BC25: takes the bytes a host writes, answers like the manual
// byte for byte, with real host sockets behind its TCP/IP commands. Sans-IO:
// bytes in through receive(), bytes out through output(); bc25-sim puts it
// behind a pseudo-terminal, the workbench runs it in-process as its demo.
// Command families live in handler classes (handlers/); this class owns the
// serial front end: echo, command lines (SerialInput assembles them,
// CommandChain splits V.250 chains, they run here), data mode, the last error,
// NVRAM, output pacing and the injected faults.
class VirtualModule final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VirtualModule)
public:
    // Direct push stops taking socket data while this much output waits for
    // the line, as a real module's UART does; TCP flow control does the rest.
    static constexpr qint64 PushBacklogLimit = 8192;
    // Past this much output waiting for the line, the module takes no more
    // input (its echo and answers would pile up) until the host reads.
    static constexpr qint64 OutputBacklogLimit = 64 * 1024;
    // URCs held back while the host types data; past it the module drops them.
    static constexpr qint64 HeldUrcLimit = 64 * 1024;
    // The longest command line taken: the catalog's longest valid command
    // (AT+QISENDEX with 1024 hex digits); a longer line answers ERROR.
    [[nodiscard]] qsizetype maxCommandLineLength() const;

    // It plays the model of the profile it is given (its sockets, its largest send).
    VirtualModule(std::shared_ptr<const profile::ModuleProfile> profile, const SimConfig &config,
                  QObject *parent = nullptr);
    ~VirtualModule() override;

    [[nodiscard]] const profile::ModuleProfile &profile() const { return *m_profile; }

    // Bytes the host wrote.
    void receive(const QByteArray &bytes);
    // Puts the module behind a pseudo-terminal: input, output and the output backlog.
    void attachTo(transport::PtyTransport *pty);
    // Behind one end of an in-memory pair: the workbench's built-in module, no pty needed.
    void attachTo(transport::MemoryTransport *end);

    [[nodiscard]] const SimConfig &config() const { return m_config; }
    [[nodiscard]] NvState &nv() { return m_nv; }
    // The one name resolver of QIOPEN, QPING, QNTTP and QIDNSGIP (IPv4 context).
    [[nodiscard]] HostResolver &resolver() { return m_resolver; }
    // Functionality, attach and PDP contexts: whether a context carries data.
    [[nodiscard]] PacketDomain &packetDomain() { return m_packetDomain; }
    void saveNv();
    // Whether the configured reach lets the module talk to `host` (a name or an address).
    [[nodiscard]] bool mayReach(const QString &host) const;
    // Whether a listener or a UDP service could take local port `port` now: its
    // sockets are real ones of this computer (config().bindAddress), which other
    // programs — another workbench's virtual module — may hold.
    [[nodiscard]] bool localPortIsFree(quint16 port) const;
    [[nodiscard]] bool echo() const { return m_echo; }
    void setEcho(bool on);
    [[nodiscard]] int lastError() const { return m_lastError; }
    // AT+CMEE (27.007 9.1): 0 ERROR, 1 +CME ERROR: <n>, 2 +CME ERROR: <text>.
    [[nodiscard]] int cmeeMode() const { return m_cmeeMode; }
    void setCmeeMode(int mode) { m_cmeeMode = mode; }
    // ATV (V.250 6.2.6): 1, result codes as words ("\r\nOK\r\n", the default);
    // 0, as numbers ("0\r", "4\r") with information text as "<text>\r\n".
    [[nodiscard]] bool verboseResults() const { return m_verbose; }
    void setVerboseResults(bool on) { m_verbose = on; }
    // AT&F: echo on, words, +CME ERROR off (the settings of V.250 and 27.007 the sim has).
    void restoreFactoryProfile();

    // Faults, also callable directly (tests, the GUI's demo controls).
    void reboot();
    // The next command line is not answered: the module restarts (RDY) instead.
    void rebootAtNextCommand() { m_rebootAtNextLine = true; }
    void setLinkDead(bool dead);
    // The +CEREG <stat> AT+CEREG? reports from now on, as when the cell is lost
    // and found again (a soak test marks the change); no URC is printed.
    void setRegistration(int stat) { m_config.registration = stat; }
    [[nodiscard]] bool isLinkDead() const { return m_linkDead; }

    // Output not yet on the line: the pacing queue, the URCs held back during
    // data mode, plus what the transport behind the module still holds (the
    // probe, set by whoever wires it up).
    [[nodiscard]] qint64 outputBacklog() const;
    void setBacklogProbe(std::function<qint64()> probe) { m_backlogProbe = std::move(probe); }
    // The transport took bytes off the backlog: direct push may go on.
    void notifyOutputDrained();
    // What the module itself holds in memory for the serial line (input,
    // line, data, held URCs, paced output): bounded whatever the host does.
    [[nodiscard]] qint64 bufferedBytes() const;
    // Input bytes lost while the module held its input back (a UART overrun).
    [[nodiscard]] qint64 inputOverrunBytes() const { return m_input.overrunBytes(); }
    // URCs dropped because data mode held back too much.
    [[nodiscard]] qint64 droppedUrcBytes() const { return m_droppedUrcBytes; }
    // UDP datagrams that found a socket's receive buffer full, lost as on a module.
    [[nodiscard]] qint64 droppedDatagrams() const { return m_droppedDatagrams; }
    void countDroppedDatagram() { ++m_droppedDatagrams; }

    // ---- for the command handlers ----
    // Info lines, each framed "\r\n<line>\r\n", then "\r\nOK\r\n" (the line's
    // one final result: within a chain of commands, only after the last);
    // after ATV0 "<line>\r\n" and "0\r". A line may hold a payload after its header.
    void reply(const QByteArrayList &lines = {});
    // "\r\nERROR\r\n"; a TCP/IP error code also becomes the last error.
    void replyError(int lastErrorCode); // every ERROR sets what AT+QIGETERROR says
    // The error of a 3GPP command as AT+CMEE says: ERROR, or +CME ERROR with the number or text.
    void replyCmeError(int cmeCode);
    // An unsolicited line: "\r\n<line>\r\n" (held back while the host types data).
    void urc(const QByteArray &line) { unsolicited("\r\n" + line + "\r\n"); }
    // Unsolicited bytes as they are (a URC with its payload), held like urc().
    void unsolicited(const QByteArray &bytes);
    // Bytes that belong to the answer in progress ("CLOSE OK", "SEND OK").
    void emitRaw(const QByteArray &bytes) { write(bytes); }
    void setLastError(int code) { m_lastError = code; }
    // How a send's data ended.
    enum class DataEnd : quint8 { Complete, Cancelled, TooLong };
    using DataDone = std::function<void(const QByteArray &, DataEnd)>;
    // Prints "> " and collects data: exactly `length` bytes, or up to Ctrl+Z when
    // length < 0 (Esc cancels; more than `maxLength` bytes are too long).
    void enterDataMode(qint64 length, qint64 maxLength, DataDone done);

signals:
    // Bytes for the host, already paced and split as the faults say.
    void output(const QByteArray &bytes);
    void outputDrained();
    void rebooted();
    // The NVRAM file (SimConfig::stateFile) could not be written: what the
    // module keeps would be lost at its next start. Emitted at each failed save.
    void nvramNotSaved(const QString &message);

private:
    bool restartsAt(const QByteArray &line);
    void restart(int bootTimeMs);
    void onLine(const QByteArray &line, bool tooLong);
    void execute(const QByteArray &line);
    void runChain();
    void dispatch(const QByteArray &line);
    void finishDataMode(const QByteArray &data, bool cancelled, bool tooLong);
    void write(const QByteArray &bytes);
    void holdInputWhileOutputWaits();
    void pump();
    void flushHeldUrcs();

    std::shared_ptr<const profile::ModuleProfile> m_profile;
    SimConfig m_config;
    NvState m_nv;
    HostResolver m_resolver;   // before the handlers: they use it until they are gone
    PacketDomain m_packetDomain;
    std::vector<std::unique_ptr<CommandHandler>> m_handlers;
    SocketHandler *m_sockets = nullptr;
    QList<CommandId> m_failing; // the fault's failingCommands, found in the catalog
    std::optional<CommandId> m_rebootAt; // the fault's rebootAtCommand, until it has struck
    bool m_rebootAtNextLine = false;

    bool m_echo = true;        // ATE1 is the module's default
    bool m_verbose = true;     // ATV1 likewise
    int m_lastError = 0;
    int m_cmeeMode = 0;
    bool m_linkDead = false;

    SerialInput m_input;       // command lines and data, however the host's bytes are split
    int m_generation = 0;      // counts reboots, so that a delayed answer of before is dropped
    bool m_booting = false;    // from a reboot to its RDY: the UART takes nothing

    // The commands of one line still to run (V.250 5.4), and how the current one ended.
    QByteArrayList m_chain;
    bool m_lastInLine = true;
    enum class Answer : quint8 { None, Ok, Failed };
    Answer m_answer = Answer::None;

    DataDone m_dataDone;
    QByteArrayList m_heldUrcs;
    qint64 m_heldBytes = 0;
    qint64 m_droppedUrcBytes = 0;
    qint64 m_droppedDatagrams = 0;

    QByteArray m_outQueue;     // paced output waiting for the line
    QTimer m_pacer;
    QElapsedTimer m_pacerClock;
    double m_pacerCredit = 0;
    QRandomGenerator m_random;
    std::function<qint64()> m_backlogProbe;
};

} // namespace bc25::sim
