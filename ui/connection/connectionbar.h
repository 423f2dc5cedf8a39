// SPDX-License-Identifier: MIT
#pragma once

#include "link/connection.h"
#include "transport/serialsettings.h"

#include <QTimer>
#include <QToolBar>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;

namespace bc25::ui {

// The connection bar: serial ports (refreshed when devices come and go),
// the built-in virtual module, baud rate and line settings, Connect /
// Disconnect, and whether to reconnect when the port comes back.
class ConnectionBar final : public QToolBar
{
    Q_OBJECT
public:
    ConnectionBar(link::Connection *controller, QWidget *parent = nullptr);

    // Selects a port by name, or the virtual module for an empty name.
    void selectPort(const QString &name);
    void setBaudRate(qint32 baud);
    void setReconnect(bool on);
    [[nodiscard]] transport::SerialSettings settings() const;
    [[nodiscard]] bool virtualSelected() const;
    void connectNow();

    // Keeps a port on offer though it is not listed now (the last one used).
    void addKnownPort(const QString &name) { if (!name.isEmpty() && !m_knownPorts.contains(name)) m_knownPorts << name; }

    // Lists the ports now (a timer does it every 2 s, so an adapter plugged in appears).
    void refreshPorts();

private:
    [[nodiscard]] QString chosenPort() const;
    void updateLineControls();
    void editLineSettings();
    void onStateChanged(link::Connection::State state);

    link::Connection *m_controller;
    QComboBox *m_port;
    QComboBox *m_baud;
    QPushButton *m_line;
    QPushButton *m_connect;
    QCheckBox *m_reconnect;
    QTimer m_portScan;
    transport::SerialSettings m_lineSettings;
    QStringList m_knownPorts; // named, typed or used: offered even when not listed
    bool m_active = false;    // connected or connecting
};

} // namespace bc25::ui
