// SPDX-License-Identifier: MIT
#include "opensocketdialog.h"

#include "bc25/commandcatalog.h"
#include "bc25/operations.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace bc25::ui {

namespace {

// A QIOPEN parameter's range for what is chosen (a TCP client's remote port
// is 1-65535, a listener's 0-65535), from the catalog, for the box's tooltip.
QString rangeTip(const CommandCatalog &catalog, const char *name, const OpenParameters &chosen)
{
    const ParameterSpec p = catalog.parameter(CommandId::Open, name, Commands::openArguments(chosen));
    return QObject::tr("<%1>: %2").arg(QString::fromLatin1(p.name), CommandCatalog::rangeText(p));
}

} // namespace

OpenSocketDialog::OpenSocketDialog(const CommandCatalog &catalog, QWidget *parent)
    : QDialog(parent)
    , m_catalog(&catalog)
    , m_context(new QSpinBox(this))
    , m_connectId(new QSpinBox(this))
    , m_service(new QComboBox(this))
    , m_host(new QLineEdit(this))
    , m_remotePort(new QSpinBox(this))
    , m_localPort(new QSpinBox(this))
    , m_accessMode(new QComboBox(this))
    , m_protocol(new QComboBox(this))
    , m_problem(new QLabel(this))
    , m_wait(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Open a Socket (AT+QIOPEN)"));
    // Whatever number is typed is taken as typed (a spin box clamped to 65535
    // would quietly turn 70000 into 7000), and the catalog refuses it with the
    // manual's range for the chosen service type.
    for (QSpinBox *box : {m_context, m_connectId, m_remotePort, m_localPort})
        box->setRange(0, 999999);
    m_service->addItem(tr("TCP client"), int(ServiceType::Tcp));
    m_service->addItem(tr("UDP client"), int(ServiceType::Udp));
    m_service->addItem(tr("TCP listener"), int(ServiceType::TcpListener));
    m_service->addItem(tr("UDP service"), int(ServiceType::UdpService));
    m_accessMode->addItem(tr("Buffer access (read with AT+QIRD)"), int(AccessMode::Buffer));
    m_accessMode->addItem(tr("Direct push (data in the URC)"), int(AccessMode::DirectPush));
    m_protocol->addItem(tr("IPv4"), 0);
    m_protocol->addItem(tr("IPv6"), 1);
    m_host->setPlaceholderText(tr("IP address or domain name"));
    m_localPort->setSpecialValueText(tr("0 (automatic)"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020"));
    m_wait->setWordWrap(true);

    auto *form = new QFormLayout(this);
    // The dialog grows with the refusal's text: every line of it stays readable.
    form->setSizeConstraint(QLayout::SetMinimumSize);
    setMinimumWidth(460);
    form->addRow(tr("Context ID:"), m_context);
    form->addRow(tr("Connect ID:"), m_connectId);
    form->addRow(tr("Service:"), m_service);
    form->addRow(tr("Address:"), m_host);
    form->addRow(tr("Remote port:"), m_remotePort);
    form->addRow(tr("Local port:"), m_localPort);
    form->addRow(tr("Access mode:"), m_accessMode);
    form->addRow(tr("Protocol:"), m_protocol);
    form->addRow(m_wait);
    form->addRow(m_problem);
    form->addRow(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    for (QSpinBox *box : {m_context, m_connectId, m_remotePort, m_localPort})
        connect(box, &QSpinBox::valueChanged, this, &OpenSocketDialog::validate);
    for (QComboBox *box : {m_service, m_accessMode, m_protocol})
        connect(box, &QComboBox::currentIndexChanged, this, &OpenSocketDialog::validate);
    connect(m_host, &QLineEdit::textChanged, this, &OpenSocketDialog::validate);
    validate();
}

void OpenSocketDialog::setParameters(const OpenParameters &p)
{
    m_context->setValue(p.contextId);
    m_connectId->setValue(p.connectId);
    m_service->setCurrentIndex(m_service->findData(int(p.service)));
    m_host->setText(p.host);
    m_remotePort->setValue(p.remotePort);
    m_localPort->setValue(p.localPort);
    m_accessMode->setCurrentIndex(m_accessMode->findData(int(p.accessMode)));
    m_protocol->setCurrentIndex(m_protocol->findData(p.protocolType));
    validate();
}

OpenParameters OpenSocketDialog::parameters() const
{
    OpenParameters p;
    p.contextId = m_context->value();
    p.connectId = m_connectId->value();
    p.service = ServiceType(m_service->currentData().toInt());
    p.host = m_host->text().trimmed();
    p.remotePort = m_remotePort->value();
    p.localPort = m_localPort->value();
    p.accessMode = AccessMode(m_accessMode->currentData().toInt());
    p.protocolType = m_protocol->currentData().toInt();
    return p;
}

void OpenSocketDialog::validate()
{
    const OpenParameters p = parameters();
    // The form's fields, looked up in the catalog by the manual's parameter names.
    m_context->setToolTip(rangeTip(*m_catalog, "contextID", p));
    m_connectId->setToolTip(rangeTip(*m_catalog, "connectID", p));
    m_remotePort->setToolTip(rangeTip(*m_catalog, "remote_port", p));
    m_localPort->setToolTip(rangeTip(*m_catalog, "local_port", p));
    const bool client = p.service == ServiceType::Tcp || p.service == ServiceType::Udp;
    m_remotePort->setEnabled(client);
    const BuildResult built = Commands::open(*m_catalog, p);
    const bool changed = m_problem->text() != built.error;
    m_problem->setText(built.error);
    m_problem->setVisible(!built.ok());
    if (changed && isVisible())
        QMetaObject::invokeMethod(this, &QWidget::adjustSize, Qt::QueuedConnection); // room for every line
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(built.ok());
    // The model's AT+QIOPEN entry decides the wait (the BC25's manual 2.1.1,
    // note 1): the text and its figure from one decision; nothing typed yet:
    // both waits, or the one wait of a model that has one.
    const CommandSpec &open = m_catalog->spec(CommandId::Open);
    const int limitSeconds = OpenOperation::timeoutMsFor(open, p.host) / 1000;
    const int addressSeconds = OpenOperation::timeoutMsFor(open, QStringLiteral("127.0.0.1")) / 1000;
    const int nameSeconds = OpenOperation::timeoutMsFor(open, QStringLiteral("a.name")) / 1000;
    if (addressSeconds == nameSeconds)
        m_wait->setText(tr("A socket can take up to %1 s to connect.").arg(addressSeconds));
    else if (p.host.isEmpty())
        m_wait->setText(tr("An IP address can take up to %1 s to connect, a domain name up to %2 s.")
                                .arg(addressSeconds).arg(nameSeconds));
    else if (OpenOperation::isIpAddress(p.host))
        m_wait->setText(tr("An IP address can take up to %1 s to connect.").arg(limitSeconds));
    else
        m_wait->setText(tr("A domain name can take up to %1 s to connect.").arg(limitSeconds));
}

} // namespace bc25::ui
