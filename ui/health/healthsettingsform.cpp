// SPDX-License-Identifier: MIT
#include "healthsettingsform.h"

#include "bc25/commandcatalog.h"
#include "profile/moduleprofile.h"

#include <QFormLayout>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QScrollArea>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace bc25::ui {

namespace {
constexpr char Group[] = "health";

// "manual 2.1.8" on the BC25, the model's own source elsewhere, nothing where none was read.
QString citationFor(const CommandCatalog &catalog, CommandId id)
{
    const CommandSpec *spec = catalog.specOrNull(id);
    return spec ? CommandCatalog::citation(*spec) : QString();
}

// " (manual 2.1.8)", or nothing.
QString inParentheses(const QString &citation)
{
    return citation.isEmpty() ? QString() : HealthSettingsForm::tr(" (%1)", "a citation after a sentence").arg(citation);
}

QString commandFor(const CommandCatalog &catalog, CommandId id)
{
    const CommandSpec *spec = catalog.specOrNull(id);
    return spec ? QString::fromLatin1(spec->commandText()) : QString();
}

} // namespace

HealthSettingsForm::HealthSettingsForm(const profile::ModuleProfile &profile, QWidget *parent)
    : QWidget(parent)
    , m_dnsHost(new QLineEdit(this))
    , m_pingHost(new QLineEdit(this))
    , m_serverHost(new QLineEdit(this))
    , m_serverPort(spinBox(0, 65535))
    , m_ntpServer(new QLineEdit(this))
    , m_ntpPort(spinBox(1, 65535))
    , m_site(new QLineEdit(this))
    , m_deviceSerial(new QLineEdit(this))
    , m_advanced(new QCheckBox(tr("Advanced: limits"), this))
    , m_limits(new QWidget(this))
    , m_pingCount(spinBox(1, 10))
    , m_defaultPingCount(profile.pingDefaults().count)
    , m_maxAverageMs(spinBox(1, 255000, tr(" ms")))
    , m_signalWarning(spinBox(0, 31))
    , m_signalFail(spinBox(0, 31))
    , m_clockOffset(spinBox(0, 86400, tr(" s")))
{
    m_dnsHost->setObjectName(QStringLiteral("health.dnsHost"));
    m_pingHost->setObjectName(QStringLiteral("health.pingHost"));
    m_serverHost->setObjectName(QStringLiteral("health.serverHost"));
    m_serverPort->setObjectName(QStringLiteral("health.serverPort"));
    m_ntpServer->setObjectName(QStringLiteral("health.ntpServer"));
    m_ntpPort->setObjectName(QStringLiteral("health.ntpPort"));
    m_site->setObjectName(QStringLiteral("health.site"));
    m_deviceSerial->setObjectName(QStringLiteral("health.deviceSerial"));
    m_site->setPlaceholderText(tr("where the device is, for the report"));
    m_deviceSerial->setPlaceholderText(tr("the label on the device, for the report"));
    m_dnsHost->setPlaceholderText(tr("none: only the DNS servers are read"));
    m_pingHost->setPlaceholderText(tr("none: no ping"));
    m_serverHost->setPlaceholderText(tr("none: no TCP check"));
    m_ntpServer->setPlaceholderText(tr("none: no time check"));
    // 0 is below the manual's range: the plan says why the TCP check cannot run.
    m_serverPort->setSpecialValueText(tr("none"));

    auto *server = new QHBoxLayout;
    server->setContentsMargins(0, 0, 0, 0);
    server->addWidget(m_serverHost, 1);
    server->addWidget(m_serverPort);
    auto *ntp = new QHBoxLayout;
    ntp->setContentsMargins(0, 0, 0, 0);
    ntp->addWidget(m_ntpServer, 1);
    ntp->addWidget(m_ntpPort);

    auto *form = new QFormLayout;
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("DNS name:"), m_dnsHost);
    form->addRow(tr("Ping host:"), m_pingHost);
    form->addRow(tr("Server, port:"), server);
    form->addRow(tr("NTP server, port:"), ntp);
    form->addRow(tr("Site:"), m_site);
    form->addRow(tr("Device serial number:"), m_deviceSerial);
    m_site->setToolTip(tr("Written at the top of the report (a place, a customer, a meter number); never sent to the module."));
    m_deviceSerial->setToolTip(tr("The serial number on the device's label, written at the top of the report; never sent to the module."));
    // Each field in the model's words: its command, range and source.
    const CommandCatalog &catalog = profile.catalog();
    const QString pingCitation = citationFor(catalog, CommandId::Ping);
    const QString dnsCited = inParentheses(citationFor(catalog, CommandId::DnsLookup));
    const QString pingCited = inParentheses(pingCitation);
    const QString openCited = inParentheses(citationFor(catalog, CommandId::Open));
    const QString ntpCited = inParentheses(citationFor(catalog, CommandId::Ntp));
    m_dnsHost->setToolTip(tr("A name %1 looks up, 1–253 characters%2.").arg(commandFor(catalog, CommandId::DnsLookup), dnsCited));
    m_pingHost->setToolTip(tr("The host %1 pings, 1–253 characters%2.").arg(commandFor(catalog, CommandId::Ping), pingCited));
    m_serverHost->setToolTip(tr("Your server: %1 opens a TCP connection to it and closes it again%2.")
                                     .arg(commandFor(catalog, CommandId::Open), openCited));
    m_serverPort->setToolTip(tr("The server's port, 1–65535%1.").arg(openCited));
    m_ntpServer->setToolTip(tr("The server %1 asks for the time%2.").arg(commandFor(catalog, CommandId::Ntp), ntpCited));
    m_ntpPort->setToolTip(tr("The NTP server's port, 1–65535%1; usually 123.").arg(ntpCited));

    if (const ParameterSpec *pings = catalog.parameter(CommandId::Ping, "ping_num"))
        m_pingCount->setRange(int(pings->min), int(pings->max));
    auto *limits = new QFormLayout(m_limits);
    limits->setContentsMargins(0, 0, 0, 0);
    const QString pingRange = QStringLiteral("%1–%2").arg(m_pingCount->minimum()).arg(m_pingCount->maximum());
    limits->addRow(pingCitation.isEmpty() ? tr("Pings (%1):").arg(pingRange) : tr("Pings (%1, %2):").arg(pingRange, pingCitation),
                   m_pingCount);
    limits->addRow(tr("Slowest average round trip:"), m_maxAverageMs);
    limits->addRow(tr("Warn below CSQ (0–31):"), m_signalWarning);
    limits->addRow(tr("Fail below CSQ (0–31):"), m_signalFail);
    limits->addRow(tr("Largest clock offset:"), m_clockOffset);
    m_signalWarning->setToolTip(tr("AT+CSQ <rssi>: 0 is −113 dBm or less, 31 is −51 dBm or more, 2 dBm a step."));
    m_signalFail->setToolTip(m_signalWarning->toolTip());
    // Folded by default: the limits rarely change, and the dock is short on a laptop.
    // A tick box, not a group box: folded, a group box's empty frame looked like a field.
    m_advanced->setObjectName(QStringLiteral("health.advanced"));
    m_advanced->setChecked(false);
    m_limits->setVisible(false);
    connect(m_advanced, &QCheckBox::toggled, m_limits, &QWidget::setVisible);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addLayout(form);
    layout->addWidget(m_advanced);
    layout->addWidget(m_limits);
    layout->addStretch();

    // The site and the serial number label the report and change no command:
    // kept at once (on the virtual module too), and the plan is not rebuilt.
    for (QLineEdit *edit : {m_site, m_deviceSerial})
        connect(edit, &QLineEdit::textChanged, this, [this] { if (!m_filling) saveLabels(); });
    for (QLineEdit *edit : {m_dnsHost, m_pingHost, m_serverHost, m_ntpServer})
        connect(edit, &QLineEdit::textChanged, this, [this] { if (!m_filling) emit changed(); });
    for (QSpinBox *box : {m_serverPort, m_ntpPort, m_pingCount, m_maxAverageMs, m_signalWarning, m_signalFail, m_clockOffset})
        connect(box, &QSpinBox::valueChanged, this, [this] { if (!m_filling) emit changed(); });
    setSettings({});
}

QSpinBox *HealthSettingsForm::spinBox(int minimum, int maximum, const QString &suffix)
{
    auto *box = new QSpinBox(this);
    box->setRange(minimum, maximum);
    box->setSuffix(suffix);
    return box;
}

health::HealthSettings HealthSettingsForm::settings() const
{
    health::HealthSettings s;
    s.dnsHost = m_dnsHost->text().trimmed();
    s.pingHost = m_pingHost->text().trimmed();
    s.serverHost = m_serverHost->text().trimmed();
    s.serverPort = m_serverPort->value();
    s.ntpServer = m_ntpServer->text().trimmed();
    s.ntpPort = m_ntpPort->value();
    s.site = m_site->text().trimmed();
    s.deviceSerial = m_deviceSerial->text().trimmed();
    s.pingCount = m_pingCount->value();
    s.maxAverageMs = m_maxAverageMs->value();
    s.signalWarningBelow = m_signalWarning->value();
    s.signalFailBelow = m_signalFail->value();
    s.maxClockOffsetSeconds = m_clockOffset->value();
    return s;
}

void HealthSettingsForm::useVirtualModuleServices(quint16 echoPort, quint16 timePort)
{
    health::HealthSettings s = settings();
    s.dnsHost = QStringLiteral("localhost");
    s.pingHost = QStringLiteral("127.0.0.1");
    s.serverHost = QStringLiteral("127.0.0.1");
    s.serverPort = echoPort;
    s.ntpServer = QStringLiteral("127.0.0.1");
    s.ntpPort = timePort;
    setSettings(s);
}

void HealthSettingsForm::setSettings(const health::HealthSettings &s)
{
    m_filling = true;
    m_dnsHost->setText(s.dnsHost);
    m_pingHost->setText(s.pingHost);
    m_serverHost->setText(s.serverHost);
    m_serverPort->setValue(s.serverPort);
    m_ntpServer->setText(s.ntpServer);
    m_ntpPort->setValue(s.ntpPort);
    m_site->setText(s.site);
    m_deviceSerial->setText(s.deviceSerial);
    m_pingCount->setValue(s.pingCount.value_or(m_defaultPingCount));
    m_maxAverageMs->setValue(s.maxAverageMs);
    m_signalWarning->setValue(s.signalWarningBelow);
    m_signalFail->setValue(s.signalFailBelow);
    m_clockOffset->setValue(s.maxClockOffsetSeconds);
    m_filling = false;
    emit changed();
}

void HealthSettingsForm::load()
{
    QSettings stored;
    stored.beginGroup(QLatin1String(Group));
    const health::HealthSettings defaults;
    health::HealthSettings s;
    s.dnsHost = stored.value(QStringLiteral("dnsHost"), QStringLiteral("www.quectel.com")).toString();
    s.pingHost = stored.value(QStringLiteral("pingHost"), QStringLiteral("8.8.8.8")).toString();
    s.serverHost = stored.value(QStringLiteral("serverHost")).toString();
    s.serverPort = stored.value(QStringLiteral("serverPort"), 0).toInt();
    s.ntpServer = stored.value(QStringLiteral("ntpServer"), QStringLiteral("pool.ntp.org")).toString();
    s.ntpPort = stored.value(QStringLiteral("ntpPort"), defaults.ntpPort).toInt();
    s.site = stored.value(QStringLiteral("site")).toString();
    s.deviceSerial = stored.value(QStringLiteral("deviceSerial")).toString();
    if (stored.contains(QStringLiteral("pingCount")))
        s.pingCount = stored.value(QStringLiteral("pingCount")).toInt();
    s.maxAverageMs = stored.value(QStringLiteral("maxAverageMs"), defaults.maxAverageMs).toInt();
    s.signalWarningBelow = stored.value(QStringLiteral("signalWarningBelow"), defaults.signalWarningBelow).toInt();
    s.signalFailBelow = stored.value(QStringLiteral("signalFailBelow"), defaults.signalFailBelow).toInt();
    s.maxClockOffsetSeconds = stored.value(QStringLiteral("maxClockOffsetSeconds"), defaults.maxClockOffsetSeconds).toInt();
    setSettings(s);
}

void HealthSettingsForm::save() const
{
    const health::HealthSettings s = settings();
    QSettings stored;
    stored.beginGroup(QLatin1String(Group));
    stored.setValue(QStringLiteral("dnsHost"), s.dnsHost);
    stored.setValue(QStringLiteral("pingHost"), s.pingHost);
    stored.setValue(QStringLiteral("serverHost"), s.serverHost);
    stored.setValue(QStringLiteral("serverPort"), s.serverPort);
    stored.setValue(QStringLiteral("ntpServer"), s.ntpServer);
    stored.setValue(QStringLiteral("ntpPort"), s.ntpPort);
    stored.setValue(QStringLiteral("pingCount"), s.pingCount.value_or(m_defaultPingCount));
    stored.setValue(QStringLiteral("maxAverageMs"), s.maxAverageMs);
    stored.setValue(QStringLiteral("signalWarningBelow"), s.signalWarningBelow);
    stored.setValue(QStringLiteral("signalFailBelow"), s.signalFailBelow);
    stored.setValue(QStringLiteral("maxClockOffsetSeconds"), s.maxClockOffsetSeconds);
}

void HealthSettingsForm::saveLabels() const
{
    QSettings stored;
    stored.beginGroup(QLatin1String(Group));
    stored.setValue(QStringLiteral("site"), m_site->text().trimmed());
    stored.setValue(QStringLiteral("deviceSerial"), m_deviceSerial->text().trimmed());
}

QScrollArea *HealthSettingsForm::inScrollArea(QWidget *parent)
{
    auto *scroll = new QScrollArea(parent);
    scroll->setObjectName(QStringLiteral("health.hosts"));
    scroll->setWidget(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // Ticking "Advanced: limits" on a short screen adds them below the fold: bring them into sight.
    connect(m_advanced, &QCheckBox::toggled, scroll, [this, scroll](bool shown) {
        if (shown)
            QMetaObject::invokeMethod(scroll, [this, scroll] { scroll->ensureWidgetVisible(m_limits, 0, 0); }, Qt::QueuedConnection);
    });
    return scroll;
}

} // namespace bc25::ui
