// SPDX-License-Identifier: MIT
#pragma once

#include "at/lineending.h"
#include "capture/capturerecord.h"
#include "transport/serialsettings.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>

namespace bc25 { class ModuleSession; }
namespace bc25::at { class CommandEngine; }
namespace bc25::capture { class CaptureWriter; }
namespace bc25::sim { class EchoService; class TimeService; class VirtualModule; struct SimConfig; }
namespace bc25::transport { class MemoryTransport; class SerialTransport; class Transport; }

namespace bc25::link {

class EngineLink;

// The connection to a module, owned by the core: a serial port, or the
// built-in virtual module in-process behind an in-memory pair (no pty needed)
// with its own echo and time services. Records every byte to a capture file,
// synchronises the session on connect, forgets the module's state when it is
// gone, and, when asked, reconnects when the port comes back. The UI only shows it.
class Connection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Connection)
public:
    enum class State : quint8 { Disconnected, Connecting, Connected, Lost };
    Q_ENUM(State)

    Connection(at::CommandEngine *engine, ModuleSession *session, QObject *parent = nullptr);
    ~Connection() override;

    // Typed commands end with `typedLineEnding` (the port's profile) on this link.
    void connectSerial(const transport::SerialSettings &settings,
                       at::LineEnding typedLineEnding = at::LineEnding::Cr);
    // The virtual module, with the options of setVirtualModuleOptions().
    void connectVirtual();
    // The virtual module with other settings or faults (bc25-run --sim-option, recipes).
    void connectVirtual(const sim::SimConfig &config);
    // Settings and faults (SimOptions' "name=value", checked by the caller) that
    // connectVirtual() gives the module: bc25-workbench --sim-option, so that a
    // demo can show what the health check says of a denied registration.
    void setVirtualModuleOptions(const QStringList &options) { m_virtualOptions = options; }
    void disconnectFromModule();

    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] bool isVirtual() const { return m_virtual; }
    // The link ended because the user pressed Disconnect (nothing went wrong).
    [[nodiscard]] bool closedByUser() const { return m_userDisconnect && m_state == State::Disconnected; }
    // Not connected because the port would not open (/dev/ttyNOPE): a failure, not a rest.
    [[nodiscard]] bool openFailed() const { return m_openFailed && m_state == State::Disconnected; }
    [[nodiscard]] QString portDescription() const;
    // The built-in module as the port list names it: "Virtual BG96 (built-in)",
    // the model of the engine's profile (the virtual module answers as it).
    [[nodiscard]] QString virtualModuleName() const;
    // The model the engine's profile names ("BG96"): the one the virtual module answers as.
    [[nodiscard]] QString modelName() const;
    // What the open port could not do and the link does without (a pty has no RTS or DTR); empty if nothing.
    [[nodiscard]] QString lineNote() const;
    // The serial port's settings and typed line ending of the last connectSerial().
    [[nodiscard]] const transport::SerialSettings &serialSettings() const { return m_settings; }
    [[nodiscard]] at::LineEnding typedLineEnding() const { return m_typedLineEnding; }
    // The virtual module's echo service port, 0 when not on the virtual module.
    [[nodiscard]] quint16 echoPort() const;
    // The virtual module's own SNTP server on loopback, 0 when not on the virtual module.
    [[nodiscard]] quint16 timePort() const;
    [[nodiscard]] sim::VirtualModule *virtualModule() const { return m_module.get(); }

    // Reconnect when the port comes back; ticked or unticked after the port was
    // lost, it starts or stops waiting for it at once.
    void setAutoReconnect(bool on);
    void setReconnectPollMs(int ms) { m_reconnect.setInterval(ms); }
    [[nodiscard]] bool autoReconnect() const { return m_autoReconnect; }
    // Captures kept in the folder; older ones are removed when a new one starts.
    static constexpr int MaxKeptCaptures = 100;
    // Where sessions are recorded; empty: not recorded.
    void setCaptureFolder(const QString &folder) { m_captureFolder = folder; }
    // Records to this one file instead (bc25-run --capture); empty: the folder's rule.
    void setCaptureFile(const QString &path) { m_captureFile = path; }
    [[nodiscard]] QString capturePath() const;

signals:
    void stateChanged(bc25::link::Connection::State state, const QString &message);
    // The capture could not be opened or a record could not be written (a full
    // disk, a file size limit): said once, and nothing more is recorded on this link.
    void captureFailed(const QString &message);

private:
    void attach(transport::Transport *transport);
    void onOpened();
    void onError(int error, const QString &message);
    void teardown();
    void noteLinkClosed(const QString &reason);
    // Writes a record to the capture; the first that fails ends the recording (captureFailed).
    void record(capture::CaptureRecord::Direction direction, const QByteArray &bytes);
    void setState(State state, const QString &message);
    void startCapture();
    void openCapture(const QString &path);
    void tryReconnect();
    void startVirtual(const sim::SimConfig &config, const QStringList &options);

    at::CommandEngine *m_engine;
    ModuleSession *m_session;
    std::unique_ptr<EngineLink> m_link;
    std::unique_ptr<transport::SerialTransport> m_serial;
    std::unique_ptr<transport::MemoryTransport> m_hostEnd;   // the virtual module's pair
    std::unique_ptr<transport::MemoryTransport> m_moduleEnd;
    std::unique_ptr<sim::VirtualModule> m_module;
    std::unique_ptr<sim::EchoService> m_echo;
    std::unique_ptr<sim::TimeService> m_time;
    std::unique_ptr<capture::CaptureWriter> m_capture;
    transport::SerialSettings m_settings;
    at::LineEnding m_typedLineEnding = at::LineEnding::Cr;
    State m_state = State::Disconnected;
    bool m_virtual = false;
    QStringList m_virtualOptions;
    QStringList m_activeOptions; // the options the running virtual module was started with
    bool m_autoReconnect = false;
    bool m_userDisconnect = false;
    bool m_openFailed = false; // the last connect could not open its port
    QString m_captureFolder;
    QString m_captureFile;
    QTimer m_reconnect;
};

} // namespace bc25::link
