// SPDX-License-Identifier: MIT
#include "connectionbar.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSerialPortInfo>
#include <QShortcut>

namespace bc25::ui {

namespace {
constexpr int PortScanMs = 2000; // Qt has no hot-plug signal; a cheap scan finds new adapters
const QString VirtualPort; // the empty name stands for the built-in module
}

ConnectionBar::ConnectionBar(link::Connection *controller, QWidget *parent)
    : QToolBar(tr("Connection"), parent)
    , m_controller(controller)
    , m_port(new QComboBox(this))
    , m_baud(new QComboBox(this))
    , m_line(new QPushButton(tr("8N1"), this))
    , m_connect(new QPushButton(tr("Connect"), this))
    , m_reconnect(new QCheckBox(tr("Reconnect"), this))
{
    setObjectName(QStringLiteral("toolbar.connection"));
    m_port->setMinimumContentsLength(22);
    m_port->setToolTip(tr("Serial port, or the virtual BC25 built into the workbench; a device path can be typed"));
    m_port->setEditable(true);
    m_port->setInsertPolicy(QComboBox::NoInsert);
    for (const qint32 rate : {9600, 19200, 38400, 57600, 115200, 230400, 460800, 921600})
        m_baud->addItem(QString::number(rate), rate);
    m_baud->setEditable(true);
    m_baud->setCurrentText(QStringLiteral("115200"));
    m_line->setToolTip(tr("Data bits, parity, stop bits, flow control"));
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
    m_portScan.setInterval(PortScanMs);
    connect(&m_portScan, &QTimer::timeout, this, &ConnectionBar::refreshPorts);
    m_portScan.start();
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
}

namespace {

// Ports QSerialPortInfo does not list: pseudo-terminals (bc25-sim, socat) and
// the stable udev names of USB adapters.
QStringList devicePaths()
{
    QStringList paths;
    const QDir pts(QStringLiteral("/dev/pts"));
    for (const QString &name : pts.entryList(QDir::System | QDir::NoDotAndDotDot, QDir::Name)) {
        if (name != QLatin1String("ptmx"))
            paths << pts.filePath(name);
    }
    for (const QString &folder : {QStringLiteral("/dev/serial/by-id"), QStringLiteral("/dev/serial/by-path")}) {
        const QDir dir(folder);
        for (const QString &name : dir.entryList(QDir::System | QDir::Files | QDir::NoDotAndDotDot, QDir::Name))
            paths << dir.filePath(name);
    }
    return paths;
}

} // namespace

void ConnectionBar::refreshPorts()
{
    QList<std::pair<QString, QString>> ports; // path, label
    for (const QSerialPortInfo &info : QSerialPortInfo::availablePorts()) {
        ports.append({info.systemLocation(), info.description().isEmpty()
                                                 ? info.systemLocation()
                                                 : QStringLiteral("%1 — %2").arg(info.systemLocation(), info.description())});
    }
    for (const QString &path : devicePaths() + m_knownPorts) {
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
    m_port->addItem(tr("Virtual BC25 (built-in)"), VirtualPort);
    for (const auto &[path, label] : std::as_const(ports))
        m_port->addItem(label, path);
    const int index = m_port->findData(current);
    m_port->setCurrentIndex(qMax(0, index));
    if (index < 0 && !current.isEmpty())
        m_port->setEditText(current); // a path being typed survives the rescan
}

void ConnectionBar::selectPort(const QString &name)
{
    // A port named on the command line, a pty or a udev path stays on offer
    // after a Disconnect, whether or not it is listed now.
    if (!name.isEmpty() && !m_knownPorts.contains(name))
        m_knownPorts << name;
    refreshPorts();
    m_port->setCurrentIndex(qMax(0, m_port->findData(name)));
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
    transport::SerialSettings s = m_lineSettings;
    s.portName = chosenPort();
    s.baudRate = m_baud->currentText().toInt();
    return s;
}

void ConnectionBar::connectNow()
{
    if (virtualSelected()) {
        m_controller->connectVirtual();
        return;
    }
    const transport::SerialSettings chosen = settings();
    if (!m_knownPorts.contains(chosen.portName))
        m_knownPorts << chosen.portName; // Reconnect and the list keep it
    m_controller->connectSerial(chosen);
}

void ConnectionBar::editLineSettings()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Line settings"));
    auto *dataBits = new QComboBox(&dialog);
    for (int bits : {5, 6, 7, 8})
        dataBits->addItem(QString::number(bits), bits);
    dataBits->setCurrentIndex(dataBits->findData(int(m_lineSettings.dataBits)));
    auto *parity = new QComboBox(&dialog);
    parity->addItem(tr("None"), int(QSerialPort::NoParity));
    parity->addItem(tr("Even"), int(QSerialPort::EvenParity));
    parity->addItem(tr("Odd"), int(QSerialPort::OddParity));
    parity->setCurrentIndex(parity->findData(int(m_lineSettings.parity)));
    auto *stopBits = new QComboBox(&dialog);
    stopBits->addItem(QStringLiteral("1"), int(QSerialPort::OneStop));
    stopBits->addItem(QStringLiteral("2"), int(QSerialPort::TwoStop));
    stopBits->setCurrentIndex(stopBits->findData(int(m_lineSettings.stopBits)));
    auto *flow = new QComboBox(&dialog);
    flow->addItem(tr("None"), int(QSerialPort::NoFlowControl));
    flow->addItem(tr("RTS/CTS"), int(QSerialPort::HardwareControl));
    flow->addItem(tr("XON/XOFF"), int(QSerialPort::SoftwareControl));
    flow->setCurrentIndex(flow->findData(int(m_lineSettings.flowControl)));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("Data bits:"), dataBits);
    form->addRow(tr("Parity:"), parity);
    form->addRow(tr("Stop bits:"), stopBits);
    form->addRow(tr("Flow control:"), flow);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_lineSettings.dataBits = QSerialPort::DataBits(dataBits->currentData().toInt());
    m_lineSettings.parity = QSerialPort::Parity(parity->currentData().toInt());
    m_lineSettings.stopBits = QSerialPort::StopBits(stopBits->currentData().toInt());
    m_lineSettings.flowControl = QSerialPort::FlowControl(flow->currentData().toInt());
    const char parityLetter = m_lineSettings.parity == QSerialPort::EvenParity ? 'E'
                            : m_lineSettings.parity == QSerialPort::OddParity  ? 'O' : 'N';
    m_line->setText(QStringLiteral("%1%2%3").arg(int(m_lineSettings.dataBits)).arg(QLatin1Char(parityLetter))
                            .arg(int(m_lineSettings.stopBits)));
}

void ConnectionBar::onStateChanged(link::Connection::State state)
{
    const bool active = state == link::Connection::State::Connected || state == link::Connection::State::Connecting;
    m_connect->setText(active ? tr("Disconnect") : tr("Connect"));
    m_port->setEnabled(!active);
    m_active = active;
    updateLineControls();
}

void ConnectionBar::updateLineControls()
{
    // Baud and line settings are a serial port's, chosen before connecting.
    const bool editable = !m_active && !virtualSelected();
    m_baud->setEnabled(editable);
    m_line->setEnabled(editable);
}

} // namespace bc25::ui
