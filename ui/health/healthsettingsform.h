// SPDX-License-Identifier: MIT
#pragma once

#include "health/healthresult.h"

#include <QWidget>

namespace bc25::profile { class ModuleProfile; }

class QCheckBox;
class QScrollArea;
class QLineEdit;
class QSpinBox;

namespace bc25::ui {

// What the user names for the health check (the DNS name to look up, the host
// to ping, their server and port, the NTP server; the site and the device's
// serial number, which only the reports show) and, folded away under
// "Advanced", the limits it judges by. Each field says its range as the
// manual gives it; a value the catalog refuses is not clamped here but shown
// by the plan as the reason its check cannot run. Persisted with QSettings.
class HealthSettingsForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HealthSettingsForm)
public:
    // Its ranges, command names and citations are the model's (`profile`); the
    // ping count shows the model's default until the user sets one.
    explicit HealthSettingsForm(const profile::ModuleProfile &profile, QWidget *parent = nullptr);

    [[nodiscard]] health::HealthSettings settings() const;
    // Fills the named fields (and the limits); emits changed once.
    void setSettings(const health::HealthSettings &settings);
    // The demo needs no network: the virtual module's own loopback services
    // (its echo and time ports) stand in for the user's hosts, unsaved.
    void useVirtualModuleServices(quint16 echoPort, quint16 timePort);
    void load();
    // The hosts and limits; the site and the serial number are kept as they are typed.
    void save() const;
    // The form in a frameless scroll area named "health.hosts" (a short dock
    // scrolls it), which brings the limits into sight when they are ticked on.
    QScrollArea *inScrollArea(QWidget *parent);

    [[nodiscard]] QLineEdit *dnsHost() const { return m_dnsHost; }
    [[nodiscard]] QLineEdit *pingHost() const { return m_pingHost; }
    [[nodiscard]] QLineEdit *serverHost() const { return m_serverHost; }
    [[nodiscard]] QSpinBox *serverPort() const { return m_serverPort; }
    [[nodiscard]] QLineEdit *ntpServer() const { return m_ntpServer; }
    [[nodiscard]] QSpinBox *ntpPort() const { return m_ntpPort; }
    [[nodiscard]] QLineEdit *site() const { return m_site; }
    [[nodiscard]] QLineEdit *deviceSerial() const { return m_deviceSerial; }
    [[nodiscard]] QCheckBox *advanced() const { return m_advanced; }
    [[nodiscard]] QWidget *limits() const { return m_limits; }

signals:
    // The user (or setSettings) changed a value: the plan is rebuilt.
    void changed();

private:
    QSpinBox *spinBox(int minimum, int maximum, const QString &suffix = {});
    void saveLabels() const;

    QLineEdit *m_dnsHost;
    QLineEdit *m_pingHost;
    QLineEdit *m_serverHost;
    QSpinBox *m_serverPort;
    QLineEdit *m_ntpServer;
    QSpinBox *m_ntpPort;
    QLineEdit *m_site;
    QLineEdit *m_deviceSerial;
    QCheckBox *m_advanced;
    QWidget *m_limits;
    QSpinBox *m_pingCount;
    const int m_defaultPingCount;
    QSpinBox *m_maxAverageMs;
    QSpinBox *m_signalWarning;
    QSpinBox *m_signalFail;
    QSpinBox *m_clockOffset;
    bool m_filling = false;
};

} // namespace bc25::ui
