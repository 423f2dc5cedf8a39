// SPDX-License-Identifier: MIT
// The Open dialog states the manual's range for the service type chosen
// (manual 2.1.1): a TCP or UDP client's remote port is 1-65535, a server's
// local port 1-65535, a client's local port 0-65535; the refusal and the
// boxes' tooltips follow the service as it changes.

#include "bc25/commands.h"
#include "profile/moduleprofile.h"
#include "dialogs/opensocketdialog.h"
#include "views/statusline.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>

using namespace bc25;
using namespace bc25::ui;

class TestOpenSocketDialog : public QObject
{
    Q_OBJECT

private slots:
    void refusalStatesTheRangeOfTheServiceChosen_data();
    void refusalStatesTheRangeOfTheServiceChosen();
    void tooltipsFollowTheService();
    void theWaitHintFollowsTheAddress_data();
    void theWaitHintFollowsTheAddress();
    void automaticLocalPortOnlyWhereZeroIsValid_data();
    void automaticLocalPortOnlyWhereZeroIsValid();
    void aRefusalShowsForTheFieldEditedOnly_data();
    void aRefusalShowsForTheFieldEditedOnly();
    void eachServiceTypeGetsItsOwnPorts_data();
    void eachServiceTypeGetsItsOwnPorts();
    void aServerIsOfferedTheModulesAddressOrToldWhatToType_data();
    void aServerIsOfferedTheModulesAddressOrToldWhatToType();
    void aServerIsToldWhereItListensNotHowLongToConnect_data();
    void aServerIsToldWhereItListensNotHowLongToConnect();
    void theButtonSaysOpen();
};

namespace {

QString refusal(const OpenSocketDialog &dialog)
{
    for (const StatusLine *line : dialog.findChildren<StatusLine *>()) {
        if (line->status().startsWith(QLatin1String("AT+QIOPEN:")))
            return line->status();
    }
    return {};
}

} // namespace

void TestOpenSocketDialog::refusalStatesTheRangeOfTheServiceChosen_data()
{
    QTest::addColumn<ServiceType>("service");
    QTest::addColumn<int>("remotePort");
    QTest::addColumn<int>("localPort");
    QTest::addColumn<QString>("said");
    QTest::newRow("TCP client, remote 70000") << ServiceType::Tcp << 70000 << 0
                                              << QStringLiteral(R"(<remote_port> is 70000; for "TCP" the manual allows 1-65535.)");
    QTest::newRow("UDP client, remote 0") << ServiceType::Udp << 0 << 0
                                          << QStringLiteral(R"(<remote_port> is 0; for "UDP" the manual allows 1-65535.)");
    QTest::newRow("TCP client, local 70000") << ServiceType::Tcp << 80 << 70000
                                             << QStringLiteral("<local_port> is 70000; the manual allows 0-65535.");
    QTest::newRow("TCP listener, local 0") << ServiceType::TcpListener << 0 << 0
                                           << QStringLiteral(R"(<local_port> is 0; for "TCP LISTENER" the manual allows 1-65535.)");
}

void TestOpenSocketDialog::refusalStatesTheRangeOfTheServiceChosen()
{
    QFETCH(ServiceType, service);
    QFETCH(int, remotePort);
    QFETCH(int, localPort);
    QFETCH(QString, said);
    OpenSocketDialog dialog(bc25::profile::ModuleProfile::bc25()->catalog());
    OpenParameters p;
    p.host = QStringLiteral("127.0.0.1");
    p.service = service;
    p.remotePort = remotePort;
    p.localPort = localPort;
    dialog.setParameters(p);
    // Filled in, not typed: said once Open is pressed, and Open is off until it is mended.
    QPushButton *open = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(refusal(dialog).isEmpty());
    QVERIFY(open->isEnabled());
    open->click();
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(!open->isEnabled());
    QVERIFY2(refusal(dialog).contains(said), qPrintable(refusal(dialog)));
}

void TestOpenSocketDialog::tooltipsFollowTheService()
{
    OpenSocketDialog dialog(bc25::profile::ModuleProfile::bc25()->catalog());
    dialog.show();
    OpenParameters p;
    p.host = QStringLiteral("127.0.0.1");
    p.remotePort = 80;
    dialog.setParameters(p);
    const QList<QSpinBox *> boxes = dialog.findChildren<QSpinBox *>();
    QSpinBox *remote = boxes.at(2);
    QSpinBox *local = boxes.at(3);
    QCOMPARE(remote->toolTip(), QStringLiteral("<remote_port>: 1-65535"));
    QCOMPARE(local->toolTip(), QStringLiteral("<local_port>: 0-65535"));
    // Typing 70000 with TCP chosen is refused with the client's range.
    remote->selectAll();
    QTest::keyClicks(remote, QStringLiteral("70000"));
    QVERIFY(refusal(dialog).contains(QLatin1String("1-65535")));
    QVERIFY(!refusal(dialog).contains(QLatin1String("0-65535")));
    auto *service = dialog.findChild<QComboBox *>();
    service->setCurrentIndex(service->findData(int(ServiceType::TcpListener)));
    QCOMPARE(local->toolTip(), QStringLiteral("<local_port>: 1-65535"));
    QCOMPARE(remote->toolTip(), QStringLiteral("<remote_port>: 0-65535"));
    QVERIFY(!remote->isEnabled()); // a server has no remote port (the manual: the value is always 0)
}


void TestOpenSocketDialog::theWaitHintFollowsTheAddress_data()
{
    // A figure and its unit on one line: a no-break space between them (en24: "176" / "s.").
    // manual 2.1.1, note 1: 36 s for <IP_address>, 176 s for <domain_name>.
    QTest::addColumn<QByteArray>("model");
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("hint");
    QTest::newRow("empty") << QByteArray("bc25") << QString() << QStringLiteral("An IP address can take up to 36\u00A0s to connect, a domain name up to 176\u00A0s.");
    QTest::newRow("IPv4") << QByteArray("bc25") << QStringLiteral("10.0.0.1") << QStringLiteral("An IP address can take up to 36\u00A0s to connect.");
    QTest::newRow("name") << QByteArray("bc25") << QStringLiteral("example.com") << QStringLiteral("A domain name can take up to 176\u00A0s to connect.");
    // The model's own wait: BG96 AN 2.2.4, 150 s; BC660K (Zephyr bc66x driver), 60 s.
    QTest::newRow("BG96 empty") << QByteArray("bg96") << QString() << QStringLiteral("A socket can take up to 150\u00A0s to connect.");
    QTest::newRow("BG96 name") << QByteArray("bg96") << QStringLiteral("example.com") << QStringLiteral("A socket can take up to 150\u00A0s to connect.");
    QTest::newRow("BC660K IPv4") << QByteArray("bc660k") << QStringLiteral("10.0.0.1") << QStringLiteral("A socket can take up to 60\u00A0s to connect.");
}

void TestOpenSocketDialog::theWaitHintFollowsTheAddress()
{
    QFETCH(QByteArray, model);
    QFETCH(QString, host);
    QFETCH(QString, hint);
    OpenSocketDialog dialog(bc25::profile::ModuleProfile::byId(model)->catalog());
    OpenParameters p;
    p.host = QStringLiteral("x"); // a change to the field below, whatever it is
    dialog.setParameters(p);
    p.host = host;
    dialog.setParameters(p);
    QStringList texts;
    for (const StatusLine *line : dialog.findChildren<StatusLine *>())
        texts << line->status();
    QVERIFY2(texts.contains(hint), qPrintable(texts.join(QLatin1Char('|'))));
}

void TestOpenSocketDialog::aServerIsToldWhereItListensNotHowLongToConnect_data()
{
    QTest::addColumn<int>("service");
    QTest::addColumn<QString>("hint");
    QTest::newRow("TCP listener") << int(ServiceType::TcpListener) << QStringLiteral("The module listens for TCP connections on local port 5000.");
    QTest::newRow("UDP service") << int(ServiceType::UdpService) << QStringLiteral("The module takes UDP datagrams on local port 5000.");
}

// A listener or a service connects to nothing (new-user pass 8, F7): the hint
// says where it listens, never a connect time.
void TestOpenSocketDialog::aServerIsToldWhereItListensNotHowLongToConnect()
{
    QFETCH(int, service);
    QFETCH(QString, hint);
    OpenSocketDialog dialog(bc25::profile::ModuleProfile::byId("bc25")->catalog());
    OpenParameters p;
    p.service = ServiceType(service);
    p.host = QStringLiteral("10.0.0.1");
    p.localPort = 5000;
    dialog.setParameters(p);
    QStringList texts;
    for (const StatusLine *line : dialog.findChildren<StatusLine *>())
        texts << line->status();
    QVERIFY2(texts.contains(hint), qPrintable(texts.join(QLatin1Char('|'))));
    for (const QString &text : std::as_const(texts))
        QVERIFY2(!text.contains(QLatin1String("to connect")), qPrintable(text));
}

// The README says "press Open": the button says Open.
void TestOpenSocketDialog::theButtonSaysOpen()
{
    OpenSocketDialog dialog(bc25::profile::ModuleProfile::byId("bc25")->catalog());
    QCOMPARE(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->text(), QStringLiteral("Open"));
}

void TestOpenSocketDialog::automaticLocalPortOnlyWhereZeroIsValid_data()
{
    QTest::addColumn<ServiceType>("service");
    QTest::addColumn<QString>("shown"); // the local port box at 0
    // manual 2.1.1: a client's 0 is assigned automatically; a server's local port is 1-65535.
    QTest::newRow("TCP client") << ServiceType::Tcp << QStringLiteral("0 (automatic)");
    QTest::newRow("UDP client") << ServiceType::Udp << QStringLiteral("0 (automatic)");
    QTest::newRow("TCP listener") << ServiceType::TcpListener << QStringLiteral("0");
    QTest::newRow("UDP service") << ServiceType::UdpService << QStringLiteral("0");
}

void TestOpenSocketDialog::automaticLocalPortOnlyWhereZeroIsValid()
{
    QFETCH(ServiceType, service);
    QFETCH(QString, shown);
    OpenSocketDialog dialog(bc25::profile::ModuleProfile::bc25()->catalog());
    dialog.show();
    OpenParameters p;
    p.host = QStringLiteral("127.0.0.1");
    p.remotePort = 80;
    dialog.setParameters(p);
    // Chosen by the user, as in the dialog: the box follows the type.
    auto *type = dialog.findChild<QComboBox *>();
    type->setCurrentIndex(type->findData(int(service)));
    QSpinBox *local = dialog.findChildren<QSpinBox *>().at(3);
    QCOMPARE(local->value(), 0);
    QCOMPARE(local->text(), shown);
    // What it offers is what Open takes: the automatic port is accepted, a server's 0 refused.
    QCOMPARE(Commands::open(bc25::profile::ModuleProfile::bc25()->catalog(), dialog.parameters()).ok(),
             shown != QLatin1String("0"));
}

void TestOpenSocketDialog::aRefusalShowsForTheFieldEditedOnly_data()
{
    // The dialog as Open… fills it: no address yet, a remote port the manual refuses.
    QTest::addColumn<int>("field");      // the spin box the user edits (0 context … 3 local port), -1: the address
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("refused"); // the parameter of the refusal shown, empty: none
    QTest::newRow("a good local port: nothing said of the others") << 3 << QStringLiteral("4000") << QString();
    QTest::newRow("a good context: nothing said of the others") << 0 << QStringLiteral("1") << QString();
    QTest::newRow("an address: nothing said of the remote port") << -1 << QStringLiteral("127.0.0.1") << QString();
    QTest::newRow("a local port out of range: its own refusal") << 3 << QStringLiteral("70000")
                                                                << QStringLiteral("<local_port>");
    QTest::newRow("a remote port out of range: its own refusal") << 2 << QStringLiteral("70000")
                                                                 << QStringLiteral("<remote_port>");
}

void TestOpenSocketDialog::aRefusalShowsForTheFieldEditedOnly()
{
    QFETCH(int, field);
    QFETCH(QString, typed);
    QFETCH(QString, refused);
    OpenSocketDialog dialog(bc25::profile::ModuleProfile::bc25()->catalog());
    dialog.show();
    OpenParameters p;
    p.remotePort = 0; // a TCP client's is 1-65535: refused, but not edited
    dialog.setParameters(p);
    QWidget *edited = field < 0 ? static_cast<QWidget *>(dialog.findChild<QLineEdit *>())
                                : dialog.findChildren<QSpinBox *>().at(field);
    edited->setFocus();
    if (auto *box = qobject_cast<QSpinBox *>(edited))
        box->selectAll();
    QTest::keyClicks(edited, typed);
    if (refused.isEmpty())
        QVERIFY2(refusal(dialog).isEmpty(), qPrintable(refusal(dialog)));
    else
        QVERIFY2(refusal(dialog).contains(refused), qPrintable(refusal(dialog)));
    // Open says what is still wrong, whichever field it is in, and the dialog stays.
    QPushButton *open = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(open->isEnabled() || !refused.isEmpty());
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(!refusal(dialog).isEmpty());
    QVERIFY(!open->isEnabled());
}

void TestOpenSocketDialog::eachServiceTypeGetsItsOwnPorts_data()
{
    // What the dialog opens with: a client (the echo port), or a listener last opened (its local port).
    QTest::addColumn<ServiceType>("first");
    QTest::newRow("from a TCP client") << ServiceType::Tcp;
    QTest::newRow("from a TCP listener") << ServiceType::TcpListener;
    QTest::newRow("from a UDP service") << ServiceType::UdpService;
}

// After a listener the Open dialog offered a client its remote 0 and a
// listener a client's local 0, shown as a refusal: each type now gets its own.
void TestOpenSocketDialog::eachServiceTypeGetsItsOwnPorts()
{
    QFETCH(ServiceType, first);
    OpenSocketDialog dialog(bc25::profile::ModuleProfile::bc25()->catalog());
    dialog.show();
    dialog.setListenerPort(5000);
    OpenParameters p;
    p.service = first;
    p.host = QStringLiteral("127.0.0.1");
    p.remotePort = 7; // the echo service's
    p.localPort = first == ServiceType::Tcp ? 0 : 6000;
    dialog.setParameters(p);
    const QList<QSpinBox *> boxes = dialog.findChildren<QSpinBox *>();
    QSpinBox *remote = boxes.at(2);
    QSpinBox *local = boxes.at(3);
    auto *service = dialog.findChild<QComboBox *>();
    const int listenerPort = first == ServiceType::Tcp ? 5000 : 6000;
    for (const ServiceType type : {ServiceType::Udp, ServiceType::TcpListener, ServiceType::Tcp, ServiceType::UdpService, ServiceType::Udp}) {
        service->setCurrentIndex(service->findData(int(type)));
        const bool client = type == ServiceType::Tcp || type == ServiceType::Udp;
        QCOMPARE(remote->value(), client ? 7 : 0);
        QCOMPARE(local->value(), client ? 0 : listenerPort);
        QCOMPARE(refusal(dialog), QString());
        QCOMPARE(dialog.parameters().remotePort, client ? 7 : 0);
    }
    // A port the user typed for a listener comes back with a listener.
    service->setCurrentIndex(service->findData(int(ServiceType::TcpListener)));
    local->selectAll();
    QTest::keyClicks(local, QStringLiteral("7100"));
    service->setCurrentIndex(service->findData(int(ServiceType::Tcp)));
    QCOMPARE(local->value(), 0);
    service->setCurrentIndex(service->findData(int(ServiceType::UdpService)));
    QCOMPARE(local->value(), 7100);
}

void TestOpenSocketDialog::aServerIsOfferedTheModulesAddressOrToldWhatToType_data()
{
    QTest::addColumn<QString>("moduleAddress");
    QTest::newRow("AT+CGPADDR read") << QStringLiteral("10.45.0.2");
    QTest::newRow("not read: nothing invented") << QString();
}

// A listener's or a service's <IP_address> is the module's own (manual 2.1.1):
// an empty one is filled with the address the module gave (AT+CGPADDR), else
// the refusal says what to type, not only the range.
void TestOpenSocketDialog::aServerIsOfferedTheModulesAddressOrToldWhatToType()
{
    QFETCH(QString, moduleAddress);
    const CommandCatalog &catalog = bc25::profile::ModuleProfile::bc25()->catalog();
    OpenSocketDialog dialog(catalog);
    dialog.show();
    dialog.setListenerPort(5000);
    dialog.setModuleAddress(moduleAddress);
    OpenParameters p; // a pty link: no address offered to a client
    p.service = ServiceType::Tcp;
    p.remotePort = 7;
    dialog.setParameters(p);
    auto *service = dialog.findChild<QComboBox *>();
    service->setCurrentIndex(service->findData(int(ServiceType::TcpListener)));
    QCOMPARE(dialog.parameters().host, moduleAddress);
    QPushButton *open = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    if (!moduleAddress.isEmpty()) {
        QCOMPARE(refusal(dialog), QString());
        QVERIFY(Commands::open(catalog, dialog.parameters()).ok());
        return;
    }
    open->click();
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY2(refusal(dialog).contains(QLatin1String("AT+CGPADDR")), qPrintable(refusal(dialog)));
    // A client's empty address is the remote's to type: no such sentence.
    service->setCurrentIndex(service->findData(int(ServiceType::Tcp)));
    QVERIFY(!refusal(dialog).isEmpty());
    QVERIFY2(!refusal(dialog).contains(QLatin1String("AT+CGPADDR")), qPrintable(refusal(dialog)));
}

QTEST_MAIN(TestOpenSocketDialog)
#include "tst_opensocketdialog.moc"
