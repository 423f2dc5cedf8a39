// SPDX-License-Identifier: MIT
#include "connectionbar.h"

#include "linesettingsdialog.h"

#include "link/simports.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSerialPortInfo>
#include <QSettings>
#include <QShortcut>

namespace bc25::ui {

namespace {
// Qt has no hot-plug signal: the device folders are watched (a new adapter or
// pty shows within a moment, and an idle window never enumerates anything),
// with a slow scan besides, for a system without inotify.
constexpr int PortSettleMs = 250;   // udev creates the node, then its links
constexpr int PortFallbackScanMs = 15000;
const QString VirtualPort; // the empty name stands for the built-in module
}

ConnectionBar::ConnectionBar(link::Connection *controller, QWidget *parent)
    : QToolBar(tr("Connection"), parent)
    , m_controller(controller)
    , m_port(new QComboBox(this))
    , m_baud(new QComboBox(this))
    , m_line(new QPushButton(LineSettingsDialog::summary({}), this))
    , m_connect(new QPushButton(tr("Connect"), this))
    , m_reconnect(new QCheckBox(tr("Reconnect"), this))
{
    setObjectName(QStringLiteral("toolbar.connection"));
    m_line->setObjectName(QStringLiteral("lineSettings"));
    m_baud->setObjectName(QStringLiteral("baudRate"));
    m_port->setMinimumContentsLength(22);
    m_port->setToolTip(tr("Serial port, or the virtual %1 built into the workbench; a device path can be typed")
                               .arg(controller->modelName()));
    m_port->setEditable(true);
    m_port->setInsertPolicy(QComboBox::NoInsert);
    for (const qint32 rate : {9600, 19200, 38400, 57600, 115200, 230400, 460800, 921600})
        m_baud->addItem(QString::number(rate), rate);
    m_baud->setEditable(true);
    m_baud->setCurrentText(QStringLiteral("115200"));
    m_line->setToolTip(tr("Data bits, parity, stop bits, flow control, RTS and DTR on open, the terminal's line ending; "
                          "remembered for each port"));
    // A button's shortcut is lost when its text changes (Connect ↔ Disconnect):
    // Ctrl+K lives in a shortcut of its own, for the whole window.
    auto *toggle = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_K), this);
    toggle->setContext(Qt::WindowShortcut);
    connect(toggle, &QShortcut::activated, m_connect, &QPushButton::click);
    m_connect->setToolTip(tr("Connect or disconnect (Ctrl+K)"));
    m_reconnect->setToolTip(tr("When the port disappears (a pulled cable), connect again once it is back"));

    addWidget(new QLabel(tr(" Port: "), this));
    addWidget(m_port);
    addWidget(new QLabel(tr(" Baud: "), this));
    addWidget(m_baud);
    addWidget(m_line);
    addWidget(m_connect);
    addWidget(m_reconnect);

    refreshPorts();
    m_portScan.setInterval(PortFallbackScanMs);
    connect(&m_portScan, &QTimer::timeout, this, &ConnectionBar::refreshPorts);
    m_portScan.start();
    m_portSettle.setSingleShot(true);
    m_portSettle.setInterval(PortSettleMs);
    connect(&m_portSettle, &QTimer::timeout, this, &ConnectionBar::refreshPorts);
    watchDeviceFolders();
    connect(&m_deviceFolders, &QFileSystemWatcher::directoryChanged, this, [this] {
        watchDeviceFolders(); // /dev/serial/by-id comes and goes with the first adapter
        m_portSettle.start();
    });
    connect(m_line, &QPushButton::clicked, this, &ConnectionBar::editLineSettings);
    connect(m_reconnect, &QCheckBox::toggled, controller, &link::Connection::setAutoReconnect);
    connect(m_connect, &QPushButton::clicked, this, [this] {
        if (m_controller->state() == link::Connection::State::Connected
            || m_controller->state() == link::Connection::State::Connecting)
            m_controller->disconnectFromModule();
        else
            connectNow();
    });
    connect(controller, &link::Connection::stateChanged, this, &ConnectionBar::onStateChanged);
    connect(m_port, &QComboBox::currentIndexChanged, this, &ConnectionBar::updateLineControls);
    connect(m_port, &QComboBox::editTextChanged, this, &ConnectionBar::updateLineControls);
    // Choosing a port, or finishing typing one, brings its profile back.
    connect(m_port, &QComboBox::activated, this, &ConnectionBar::loadProfile);
    connect(m_port->lineEdit(), &QLineEdit::editingFinished, this, &ConnectionBar::loadProfile);
    // Enter in the port field connects to what it names (with that port's profile),
    // once. A keystroke reaches the box (its line edit's focus proxy), which hands it
    // to the line edit; the line edit ignores it and the box may hand it on again, a
    // second returnPressed in the same turn: one connect is queued for the turn.
    // (Eating the box's key instead left Enter doing nothing at all: new-user pass 7.)
    connect(m_port->lineEdit(), &QLineEdit::returnPressed, this, [this] {
        if (m_active || m_enterQueued)
            return;
        m_enterQueued = true;
        QMetaObject::invokeMethod(this, [this] {
            m_enterQueued = false;
            if (m_active)
                return;
            loadProfile();
            connectNow();
        }, Qt::QueuedConnection);
    });
    // A bar built on the virtual module while nothing connects (a model chosen
    // while disconnected) has no state change to set these by (new-user pass 9 F10).
    updateLineControls();
}

namespace {

// Ports QSerialPortInfo does not list: the ptys of running bc25-sim processes
// and the stable udev names of USB adapters. Not every /dev/pts/N: those are
// mostly other programs' terminals (a shell's, an editor's), and bytes written
// there land in someone's session. A pty of socat's is typed or named once,
// and stays on offer once it has opened.
QStringList devicePaths()
{
    QStringList paths = link::SimPorts::announced();
    for (const QString &folder : {QStringLiteral("/dev/serial/by-id"), QStringLiteral("/dev/serial/by-path")}) {
        const QDir dir(folder);
        for (const QString &name : dir.entryList(QDir::System | QDir::Files | QDir::NoDotAndDotDot, QDir::Name))
            paths << dir.filePath(name);
    }
    return paths;
}

} // namespace

void ConnectionBar::watchDeviceFolders()
{
    // The simulators' announcements too: a bc25-sim started now is offered at once.
    for (const QString &folder : {QStringLiteral("/dev"), QStringLiteral("/dev/pts"), QStringLiteral("/dev/serial"),
                                  QStringLiteral("/dev/serial/by-id"), QStringLiteral("/dev/serial/by-path"),
                                  link::SimPorts::folder()}) {
        if (QFileInfo(folder).isDir() && !m_deviceFolders.directories().contains(folder))
            m_deviceFolders.addPath(folder);
    }
}

void ConnectionBar::refreshPorts()
{
    QList<std::pair<QString, QString>> ports; // path, label
    for (const QSerialPortInfo &info : QSerialPortInfo::availablePorts()) {
        ports.append({info.systemLocation(), info.description().isEmpty()
                                                 ? info.systemLocation()
                                                 : QStringLiteral("%1 — %2").arg(info.systemLocation(), info.description())});
    }
    QStringList extra = devicePaths() + m_usedPorts;
    for (const QString &path : std::as_const(m_namedPorts)) {
        if (QFileInfo::exists(path))
            extra << path;
    }
    for (const QString &path : std::as_const(extra)) {
        if (std::none_of(ports.cbegin(), ports.cend(), [&path](const auto &port) { return port.first == path; }))
            ports.append({path, path});
    }
    QStringList shown;
    for (int i = 1; i < m_port->count(); ++i)
        shown << m_port->itemData(i).toString();
    QStringList wanted;
    for (const auto &port : std::as_const(ports))
        wanted << port.first;
    if (wanted == shown && m_port->count() > 0)
        return;
    const QString current = virtualSelected() ? QString() : settings().portName;
    QSignalBlocker block(m_port);
    m_port->clear();
    m_port->addItem(m_controller->virtualModuleName(), VirtualPort);
    for (const auto &[path, label] : std::as_const(ports))
        m_port->addItem(label, path);
    const int index = m_port->findData(current);
    m_port->setCurrentIndex(qMax(0, index));
    if (index < 0 && !current.isEmpty())
        m_port->setEditText(current); // a path being typed survives the rescan
}

void ConnectionBar::selectPort(const QString &name)
{
    // A port named on the command line (a pty, a udev path) is offered while it
    // exists, and is the chosen port whether or not it is listed now.
    if (!name.isEmpty() && !m_namedPorts.contains(name))
        m_namedPorts << name;
    refreshPorts();
    const int index = m_port->findData(name);
    m_port->setCurrentIndex(qMax(0, index));
    if (index < 0 && !name.isEmpty())
        m_port->setEditText(name);
    loadProfile();
}

void ConnectionBar::addUsedPort(const QString &name)
{
    if (name.isEmpty() || m_usedPorts.contains(name))
        return;
    m_usedPorts << name;
    refreshPorts();
}

void ConnectionBar::setBaudRate(qint32 baud)
{
    m_baud->setCurrentText(QString::number(baud));
}

void ConnectionBar::setReconnect(bool on)
{
    m_reconnect->setChecked(on);
}

QString ConnectionBar::chosenPort() const
{
    // A path typed into the box is the port; otherwise the item chosen.
    const QString typed = m_port->currentText().trimmed();
    if (m_port->currentIndex() < 0 || typed != m_port->itemText(m_port->currentIndex()))
        return typed;
    return m_port->currentData().toString();
}

bool ConnectionBar::virtualSelected() const
{
    return chosenPort().isEmpty();
}

transport::SerialSettings ConnectionBar::settings() const
{
    return profile().serial;
}

link::PortProfile ConnectionBar::profile() const
{
    link::PortProfile p = m_profile;
    p.serial.portName = chosenPort();
    p.serial.baudRate = m_baud->currentText().toInt();
    return p;
}

void ConnectionBar::setProfile(const link::PortProfile &profile)
{
    m_profile = profile;
    m_baud->setCurrentText(QString::number(profile.serial.baudRate));
    m_line->setText(LineSettingsDialog::summary(profile));
}

void ConnectionBar::loadProfile()
{
    // A port without a profile keeps what the boxes show: the user may have set it already.
    if (const std::optional<link::PortProfile> saved = link::PortProfile::load(QSettings(), chosenPort()))
        setProfile(*saved);
}

void ConnectionBar::connectNow()
{
    if (m_gate && !m_gate(chosenPort()))
        return;
    if (virtualSelected()) {
        m_controller->connectVirtual();
        return;
    }
    const link::PortProfile chosen = profile();
    if (!m_namedPorts.contains(chosen.serial.portName))
        m_namedPorts << chosen.serial.portName; // offered while it exists, kept once it opens
    m_controller->connectSerial(chosen.serial, chosen.lineEnding);
}

void ConnectionBar::editLineSettings()
{
    LineSettingsDialog dialog(this);
    dialog.setProfile(profile());
    if (dialog.exec() == QDialog::Accepted)
        setProfile(dialog.profile());
}

void ConnectionBar::onStateChanged(link::Connection::State state)
{
    const bool active = state == link::Connection::State::Connected || state == link::Connection::State::Connecting;
    m_connect->setText(active ? tr("Disconnect") : tr("Connect"));
    m_port->setEnabled(!active);
    m_active = active;
    updateLineControls();
    if (state != link::Connection::State::Connected || m_controller->isVirtual())
        return;
    // The port opened: its profile is what was used (a reconnect uses it again).
    const link::PortProfile used {m_controller->serialSettings(), m_controller->typedLineEnding()};
    QSettings settings;
    used.save(settings);
    settings.setValue(QStringLiteral("connection/port"), used.serial.portName);
    addUsedPort(used.serial.portName);
}

void ConnectionBar::updateLineControls()
{
    // Baud and line settings are a serial port's, chosen before connecting.
    const bool editable = !m_active && !virtualSelected();
    m_baud->setEnabled(editable);
    m_line->setEnabled(editable);
}

} // namespace bc25::ui
