// SPDX-License-Identifier: MIT
#include "connectionbar.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
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
    m_port->setToolTip(tr("Serial port, or the virtual BC25 built into the workbench"));
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
    connect(m_port, &QComboBox::currentIndexChanged, this, [this] {
        m_baud->setEnabled(!virtualSelected());
        m_line->setEnabled(!virtualSelected());
    });
}

void ConnectionBar::refreshPorts()
{
    const QString current = m_port->currentData().toString();
    QStringList names {VirtualPort};
    for (const QSerialPortInfo &info : QSerialPortInfo::availablePorts())
        names << info.systemLocation();
    QStringList shown;
    for (int i = 0; i < m_port->count(); ++i)
        shown << m_port->itemData(i).toString();
    if (names == shown)
        return;
    QSignalBlocker block(m_port);
    m_port->clear();
    m_port->addItem(tr("Virtual BC25 (built-in)"), VirtualPort);
    for (const QSerialPortInfo &info : QSerialPortInfo::availablePorts()) {
        const QString label = info.description().isEmpty() ? info.systemLocation()
                                                           : QStringLiteral("%1 — %2").arg(info.systemLocation(), info.description());
        m_port->addItem(label, info.systemLocation());
    }
    m_port->setCurrentIndex(qMax(0, m_port->findData(current)));
}

void ConnectionBar::selectPort(const QString &name)
{
    if (!name.isEmpty() && m_port->findData(name) < 0)
        m_port->addItem(name, name); // a pty or a port not listed yet
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

bool ConnectionBar::virtualSelected() const
{
    return m_port->currentData().toString().isEmpty();
}

transport::SerialSettings ConnectionBar::settings() const
{
    transport::SerialSettings s = m_lineSettings;
    s.portName = m_port->currentData().toString();
    s.baudRate = m_baud->currentText().toInt();
    return s;
}

void ConnectionBar::connectNow()
{
    if (virtualSelected())
        m_controller->connectVirtual();
    else
        m_controller->connectSerial(settings());
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
}

} // namespace bc25::ui
