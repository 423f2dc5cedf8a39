// SPDX-License-Identifier: MIT
#pragma once

#include "link/connection.h"
#include "link/portprofile.h"

#include <QFileSystemWatcher>
#include <QTimer>
#include <QToolBar>

#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;

namespace bc25::ui {

// The connection bar: serial ports (refreshed when devices come and go),
// the built-in virtual module, baud rate and line settings, Connect /
// Disconnect, and whether to reconnect when the port comes back. Each serial
// port has a profile (PortProfile), loaded when the port is chosen and saved
// once it has opened.
class ConnectionBar final : public QToolBar
{
    Q_OBJECT
public:
    ConnectionBar(link::Connection *controller, QWidget *parent = nullptr);

    // Selects a port by name (and loads its profile), or the virtual module for an empty name.
    void selectPort(const QString &name);
    void setBaudRate(qint32 baud);
    void setReconnect(bool on);
    [[nodiscard]] transport::SerialSettings settings() const;
    // What connecting now would use and save: the chosen port, its baud, line settings and line ending.
    [[nodiscard]] link::PortProfile profile() const;
    void setProfile(const link::PortProfile &profile);
    [[nodiscard]] bool virtualSelected() const;
    void connectNow();
    // Asked before every connect (the button, Enter in the port field, connectNow)
    // with the port about to open (empty: the virtual module); false: the caller
    // has taken it over — the Workbench rebuilds for the port's kept model first,
    // so the port opens once, already read as that model.
    using ConnectGate = std::function<bool(const QString &port)>;
    void setConnectGate(ConnectGate gate) { m_gate = std::move(gate); }
    // Opens the line settings dialog (the button does).
    void editLineSettings();

    // A port that opened (in an earlier run too): offered though not listed now (a pulled adapter).
    void addUsedPort(const QString &name);

    // Lists the ports now (done when a device folder changes, so an adapter plugged in appears).
    void refreshPorts();

protected:

private:
    void watchDeviceFolders();
    [[nodiscard]] QString chosenPort() const;
    void loadProfile();
    void updateLineControls();
    void onStateChanged(link::Connection::State state);

    link::Connection *m_controller;
    QComboBox *m_port;
    QComboBox *m_baud;
    QPushButton *m_line;
    QPushButton *m_connect;
    QCheckBox *m_reconnect;
    QTimer m_portScan;   // the slow fallback
    QTimer m_portSettle; // after a change in a device folder
    QFileSystemWatcher m_deviceFolders;
    link::PortProfile m_profile;  // line settings and line ending; the port and baud are the boxes'
    // Offered though the system does not list them: ports that opened (always),
    // and ports named or typed (only while the path exists — a mistyped one goes).
    QStringList m_usedPorts;
    QStringList m_namedPorts;
    bool m_active = false;        // connected or connecting
    bool m_enterQueued = false;   // Enter in the port field: a connect is queued for this turn
    ConnectGate m_gate;
};

} // namespace bc25::ui
