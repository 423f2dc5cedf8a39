// SPDX-License-Identifier: MIT
#include "opensocketdialog.h"

#include "views/statusline.h"

#include "bc25/commandcatalog.h"
#include "bc25/operations.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHostAddress>
#include <QRegularExpression>
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
    , m_problem(new StatusLine(2, this))
    , m_wait(new StatusLine(2, this))
    , m_addressNote(new StatusLine(2, this))
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
    m_problem->setObjectName(QStringLiteral("open.problem"));
    m_problem->setStyleSheet(QStringLiteral("color: #b00020"));
    m_wait->setObjectName(QStringLiteral("open.wait"));
    m_addressNote->setObjectName(QStringLiteral("open.addressNote"));

    auto *form = new QFormLayout(this);
    setMinimumWidth(460);
    form->addRow(tr("Context ID:"), m_context);
    form->addRow(tr("Connect ID:"), m_connectId);
    form->addRow(tr("Service:"), m_service);
    form->addRow(tr("Address:"), m_host);
    form->addRow(tr("Remote port:"), m_remotePort);
    form->addRow(tr("Local port:"), m_localPort);
    form->addRow(tr("Access mode:"), m_accessMode);
    form->addRow(tr("Protocol:"), m_protocol);
    form->addRow(m_addressNote);
    form->addRow(m_wait);
    form->addRow(m_problem);
    form->addRow(m_buttons);
    // The button says what it does, as the README and the refusal's wording ("press Open") do.
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Open"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &OpenSocketDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    // A change the dialog did not make itself is the user's: from then on that field's refusal shows.
    const auto changed = [this](const QWidget *field) {
        return [this, field] {
            if (!m_filling)
                m_edited.insert(field);
            validate();
        };
    };
    for (QSpinBox *box : {m_context, m_connectId, m_remotePort, m_localPort})
        connect(box, &QSpinBox::valueChanged, this, changed(box));
    for (QComboBox *box : {m_service, m_accessMode, m_protocol})
        connect(box, &QComboBox::currentIndexChanged, this, changed(box));
    connect(m_host, &QLineEdit::textChanged, this, changed(m_host));
    validate();
    m_filling = false;
}

void OpenSocketDialog::setParameters(const OpenParameters &p)
{
    m_filling = true;
    m_clientRemotePort = p.remotePort;
    const bool server = p.service == ServiceType::TcpListener || p.service == ServiceType::UdpService;
    m_clientLocalPort = server ? 0 : p.localPort;
    if (server)
        m_listenerLocalPort = p.localPort;
    m_context->setValue(p.contextId);
    m_connectId->setValue(p.connectId);
    m_service->setCurrentIndex(m_service->findData(int(p.service)));
    m_host->setText(p.host);
    m_remotePort->setValue(p.remotePort);
    m_localPort->setValue(p.localPort);
    m_accessMode->setCurrentIndex(m_accessMode->findData(int(p.accessMode)));
    m_protocol->setCurrentIndex(m_protocol->findData(p.protocolType));
    validate();
    m_filling = false;
}

void OpenSocketDialog::setAddressSource(bool hostActivatesContexts, bool virtualModule)
{
    m_hostActivatesContexts = hostActivatesContexts;
    m_virtualModule = virtualModule;
    validate();
}

void OpenSocketDialog::accept()
{
    if (!Commands::open(*m_catalog, parameters()).ok()) {
        m_openPressed = true;
        validate();
        return;
    }
    QDialog::accept();
}

void OpenSocketDialog::showPortsFor(bool client)
{
    if (client == m_remotePort->isEnabled() && (client || m_remotePort->value() == 0))
        return;
    // validate() goes on with the ports as set here
    const QSignalBlocker quietRemote(m_remotePort);
    const QSignalBlocker quietLocal(m_localPort);
    if (client) {
        if (!m_filling && m_localPort->value() != 0)
            m_listenerLocalPort = m_localPort->value();
        m_remotePort->setSpecialValueText({});
        m_remotePort->setValue(m_clientRemotePort);
        m_localPort->setValue(m_clientLocalPort);
    } else {
        if (!m_filling) {
            if (m_remotePort->value() != 0)
                m_clientRemotePort = m_remotePort->value();
            m_clientLocalPort = m_localPort->value();
        }
        m_remotePort->setSpecialValueText(QStringLiteral("—"));
        m_remotePort->setValue(0);
        m_localPort->setValue(m_listenerLocalPort);
        // A server's address is the module's own (manual 2.1.1): offered when known, never guessed.
        if (m_host->text().trimmed().isEmpty() && !m_moduleAddress.isEmpty()) {
            const QSignalBlocker quietHost(m_host);
            m_host->setText(m_moduleAddress);
        }
    }
    m_remotePort->setEnabled(client);
}

QString OpenSocketDialog::shownRefusal(const OpenParameters &chosen) const
{
    const QString refusal = Commands::open(*m_catalog, chosen).error;
    if (refusal.isEmpty() || m_openPressed)
        return refusal;
    // A field the user has not edited stands in with a value the catalog takes
    // (a number inside the manual's range for what is chosen, an address), when
    // that alone changes the verdict: the refusal left is an edited field's.
    OpenParameters masked = chosen;
    const auto standIn = [&](const QWidget *field, auto apply) {
        if (m_edited.contains(field))
            return;
        OpenParameters tried = masked;
        apply(tried);
        if (Commands::open(*m_catalog, tried).error != Commands::open(*m_catalog, masked).error)
            masked = tried;
    };
    const auto inRange = [this](const char *name, int &value, const OpenParameters &p) {
        const ParameterSpec spec = m_catalog->parameter(CommandId::Open, name, Commands::openArguments(p));
        if (spec.name.isEmpty()) // not a parameter of this model's AT+QIOPEN
            return;
        value = int(qBound(spec.min, qint64(value), spec.max));
    };
    standIn(m_context, [&](OpenParameters &p) { inRange("contextID", p.contextId, p); });
    standIn(m_connectId, [&](OpenParameters &p) { inRange("connectID", p.connectId, p); });
    standIn(m_host, [](OpenParameters &p) {
        p.host = p.protocolType == 1 ? QStringLiteral("::1") : QStringLiteral("127.0.0.1");
    });
    if (m_remotePort->isEnabled()) // a server's is 0, set by the dialog
        standIn(m_remotePort, [&](OpenParameters &p) { inRange("remote_port", p.remotePort, p); });
    standIn(m_localPort, [&](OpenParameters &p) { inRange("local_port", p.localPort, p); });
    return Commands::open(*m_catalog, masked).error;
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
    const auto service = ServiceType(m_service->currentData().toInt());
    showPortsFor(service == ServiceType::Tcp || service == ServiceType::Udp);
    const OpenParameters p = parameters();
    // The form's fields, looked up in the catalog by the manual's parameter names.
    m_context->setToolTip(rangeTip(*m_catalog, "contextID", p));
    m_connectId->setToolTip(rangeTip(*m_catalog, "connectID", p));
    m_remotePort->setToolTip(rangeTip(*m_catalog, "remote_port", p));
    m_localPort->setToolTip(rangeTip(*m_catalog, "local_port", p));
    // "0 (automatic)" only where the manual takes 0: a client's local port,
    // never a listener's or a service's (1-65535, manual 2.1.1).
    const ParameterSpec local = m_catalog->parameter(CommandId::Open, "local_port", Commands::openArguments(p));
    m_localPort->setSpecialValueText(local.min <= 0 ? tr("0 (automatic)") : QString());
    const BuildResult built = Commands::open(*m_catalog, p);
    QString refusal = shownRefusal(p);
    // A listener's or a service's empty address: the range alone does not say which one.
    const bool server = service == ServiceType::TcpListener || service == ServiceType::UdpService;
    if (server && !refusal.isEmpty() && p.host.isEmpty()) {
        OpenParameters addressed = p;
        addressed.host = p.protocolType == 1 ? QStringLiteral("::1") : QStringLiteral("127.0.0.1");
        // Where the host activates contexts (BG9x, EC200U), AT+CGPADDR has no
        // address to give for a context not active yet: AT+QIACT first.
        if (Commands::open(*m_catalog, addressed).error != refusal)
            refusal += QLatin1Char(' ')
                + (m_hostActivatesContexts
                           ? tr("A listener or a service takes the module's own IP address, which its context gets "
                                "once activated: activate it with AT+QIACT=%1 first, then type the one AT+CGPADDR=%1 answers.")
                                     .arg(p.contextId)
                           : tr("A listener or a service takes the module's own IP address: type the one AT+CGPADDR answers."));
    }
    // The virtual module's servers listen on this computer: the address offered is its loopback, said so.
    const QHostAddress address(p.host);
    m_addressNote->setStatus(server && m_virtualModule && address.isLoopback()
                                     ? tr("%1 is the virtual module's loopback address: a client on this computer "
                                          "reaches the socket there.").arg(p.host)
                                     : QString());
    // Open stays on until a refusal shows: pressing it is how one learns what is missing.
    m_problem->setStatus(refusal);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(built.ok() || refusal.isEmpty());
    // The model's AT+QIOPEN entry decides the wait (the BC25's manual 2.1.1,
    // note 1): the text and its figure from one decision; nothing typed yet:
    // both waits, or the one wait of a model that has one.
    const CommandSpec &open = m_catalog->spec(CommandId::Open);
    const int limitSeconds = OpenOperation::timeoutMsFor(open, p.host) / 1000;
    const int addressSeconds = OpenOperation::timeoutMsFor(open, QStringLiteral("127.0.0.1")) / 1000;
    const int nameSeconds = OpenOperation::timeoutMsFor(open, QStringLiteral("a.name")) / 1000;
    QString wait;
    // A listener or a service connects to nothing: what it does instead. The virtual
    // module's take this computer's ports, which another program may hold: the one
    // offered was free here (SocketPanel::listenerPort).
    if (service == ServiceType::TcpListener && m_virtualModule)
        wait = tr("The virtual module listens for TCP connections on this computer's local port %1 "
                  "(the one offered was free here).").arg(p.localPort);
    else if (service == ServiceType::UdpService && m_virtualModule)
        wait = tr("The virtual module takes UDP datagrams on this computer's local port %1 "
                  "(the one offered was free here).").arg(p.localPort);
    else if (service == ServiceType::TcpListener)
        wait = tr("The module listens for TCP connections on local port %1.").arg(p.localPort);
    else if (service == ServiceType::UdpService)
        wait = tr("The module takes UDP datagrams on local port %1.").arg(p.localPort);
    else if (addressSeconds == nameSeconds)
        wait = tr("A socket can take up to %1 s to connect.").arg(addressSeconds);
    else if (p.host.isEmpty())
        wait = tr("An IP address can take up to %1 s to connect, a domain name up to %2 s.").arg(addressSeconds).arg(nameSeconds);
    else if (OpenOperation::isIpAddress(p.host))
        wait = tr("An IP address can take up to %1 s to connect.").arg(limitSeconds);
    else
        wait = tr("A domain name can take up to %1 s to connect.").arg(limitSeconds);
    // A figure and its unit stay on one line ("176 s.", not "176" at a line's
    // end and "s." under it), in every language: a no-break space after each figure.
    static const QRegularExpression figureThenSpace(QStringLiteral("(\\d) "));
    m_wait->setStatus(wait.replace(figureThenSpace, QStringLiteral("\\1\u00A0")));
}

} // namespace bc25::ui
