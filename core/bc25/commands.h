// SPDX-License-Identifier: MIT
#pragma once

#include "at/atcommand.h"
#include "commandcatalog.h"

#include <QCoreApplication>
#include <QString>

namespace bc25::profile { class ModuleProfile; }

namespace bc25 {

// A command ready for the engine, or the reason it cannot be sent.
struct BuildResult
{
    at::AtCommand command;
    QString error;

    [[nodiscard]] bool ok() const { return error.isEmpty(); }
};

enum class ServiceType : quint8 { Tcp, Udp, TcpListener, UdpService };
enum class AccessMode : quint8 { Buffer = 0, DirectPush = 1 };

// How a payload goes out (DESIGN.md, "Sending data").
enum class SendForm : quint8 {
    InlineText,   // AT+QISEND=<id>,<len>,"<data>": printable text without quotes
    FixedLength,  // AT+QISEND=<id>,<len> then exactly len bytes: binary-safe
    Hex,          // AT+QISENDEX=<id>,<len>,"<hex>" (BC25), AT+QISENDEX=<id>,"<hex>" (BG9x, EC200U)
};

struct OpenParameters
{
    int contextId = 1;
    int connectId = 0;
    ServiceType service = ServiceType::Tcp;
    QString host;             // IP address or domain name
    int remotePort = 0;
    int localPort = 0;
    AccessMode accessMode = AccessMode::Buffer;
    int protocolType = 0;     // 0 IPv4, 1 IPv6
};

// AT+QPING's parameters, starting from what the model takes when they are
// left out: its first context and its defaults (ModuleProfile::pingDefaults(),
// manual 2.1.8 on the BC25).
struct PingParameters
{
    explicit PingParameters(const profile::ModuleProfile &profile);

    const profile::ModuleProfile *profile; // whose catalog checks the ranges
    int contextId;
    QString host;
    int timeoutSeconds;
    int count;
    int size;
};

// Typed builders for every command of the manual. Each one validates against
// a CommandCatalog (the model's, where sockets, contexts or names differ by
// model; the family's for the basics) and refuses bad input with the manual's range in the
// message, so nothing invalid ever reaches the port. The commands carry the
// expectation the engine needs (owned prefixes, data phase, second phase).
class Commands final
{
    Q_DECLARE_TR_FUNCTIONS(bc25::Commands)
public:
    // A line typed by the user: validated when the catalog knows it, with the
    // same expectation as the typed builders; unknown commands go out as typed.
    static BuildResult fromText(const CommandCatalog &catalog, QByteArrayView line);
    // A line the user sends raw, on purpose: not checked against the catalog's
    // ranges (to see what the module itself answers), marked Source::Raw. Its
    // answers are routed as the catalog expects; one the catalog refuses
    // changes no setting even if the module says OK, since its arguments are
    // not the manual's. Still one line, and never a data phase.
    static BuildResult rawFromText(const CommandCatalog &catalog, QByteArrayView line);

    static BuildResult open(const CommandCatalog &catalog, const OpenParameters &parameters);
    // AT+QIOPEN's arguments for these parameters, as open() writes them (a form
    // asks the catalog for the ranges they narrow).
    static QList<at::Field> openArguments(const OpenParameters &parameters);
    static BuildResult close(const CommandCatalog &catalog, int connectId);
    static BuildResult queryState(const CommandCatalog &catalog);                      // AT+QISTATE?
    static BuildResult queryStateOfSocket(const CommandCatalog &catalog, int connectId); // AT+QISTATE=1,<id>
    static BuildResult queryStateOfContext(const CommandCatalog &catalog, int contextId);

    // Picks InlineText for printable text, FixedLength otherwise (at most 512 bytes).
    static SendForm chooseSendForm(const QByteArray &payload);
    // The same on a model: FixedLength where it has no inline form (the BG96).
    static SendForm chooseSendForm(const CommandCatalog &catalog, const QByteArray &payload);
    static BuildResult send(const CommandCatalog &catalog, int connectId, const QByteArray &payload, SendForm form);
    // The most bytes one AT+QISENDEX carries in the model's form: its <send_length>'s
    // range (BC25), else half its hex string's longest (the LTE modules' form).
    static int maxHexSendBytes(const CommandCatalog &catalog);
    static BuildResult send(const CommandCatalog &catalog, int connectId, const QByteArray &payload)
    {
        return send(catalog, connectId, payload, chooseSendForm(catalog, payload));
    }
    static BuildResult read(const CommandCatalog &catalog, int connectId, int maxLength);
    static BuildResult switchAccessMode(const CommandCatalog &catalog, int connectId, AccessMode mode);

    static BuildResult ping(const PingParameters &parameters);
    static BuildResult synchronizeTime(const CommandCatalog &catalog, int contextId, const QString &server, int port = -1, int autoSetTime = -1);
    static BuildResult lookUpHost(const CommandCatalog &catalog, int contextId, const QString &hostName);

    static BuildResult setDataFormat(const CommandCatalog &catalog, int sendFormat, int receiveFormat);
    static BuildResult setViewMode(const CommandCatalog &catalog, int viewMode);
    static BuildResult setShowLength(const CommandCatalog &catalog, int showLength);
    // AT+QICFG="<key>" with the value left out prints the current setting.
    static BuildResult queryConfig(const CommandCatalog &catalog, const QByteArray &key);
    static BuildResult lastError(const CommandCatalog &catalog);
    static BuildResult setKeepAlive(const CommandCatalog &catalog, bool on, int idleSeconds = -1, int intervalSeconds = -1, int count = -1);
    static BuildResult queryKeepAlive(const CommandCatalog &catalog);
    // The model's form: AT+QIDNSCFG="<pri>"[,"<sec>"] and AT+QIDNSCFG? on the BC25 (manual 2.1.14);
    // AT+QIDNSCFG=<contextID>,"<pri>"[,"<sec>"] and AT+QIDNSCFG=<contextID> where the catalog
    // names a context first (`contextId` -1: the model's first).
    static BuildResult setDnsServers(const CommandCatalog &catalog, const QString &primary, const QString &secondary = {},
                                     int contextId = -1);
    static BuildResult queryDnsServers(const CommandCatalog &catalog, int contextId = -1);
    // Whether the model's AT+QIDNSCFG names a context first (its answer then leads with it).
    static bool dnsServersPerContext(const CommandCatalog &catalog);

    // Basic commands for identification and registration.
    static BuildResult attention(const CommandCatalog &catalog);                  // AT
    static BuildResult setEcho(const CommandCatalog &catalog, bool on);             // ATE0 / ATE1
    static BuildResult identify(const CommandCatalog &catalog);                   // ATI
    static BuildResult revision(const CommandCatalog &catalog);                   // AT+CGMR
    static BuildResult firmwareRevision(const CommandCatalog &catalog); // AT+QGMR, where the model has it
    static BuildResult signalQuality(const CommandCatalog &catalog);              // AT+CSQ
    static BuildResult registrationStatus(const CommandCatalog &catalog);         // AT+CEREG?
    static BuildResult attachState(const CommandCatalog &catalog);                // AT+CGATT?
    static BuildResult pdpAddress(const CommandCatalog &catalog);                 // AT+CGPADDR
    // 3GPP commands a field diagnosis reads (the health check).
    static BuildResult serialNumber(const CommandCatalog &catalog, int type);       // AT+CGSN=<snt>: 1 the IMEI
    static BuildResult imsi(const CommandCatalog &catalog);                       // AT+CIMI
    static BuildResult iccid(const CommandCatalog &catalog);                      // AT+QCCID
    static BuildResult pinState(const CommandCatalog &catalog);                   // AT+CPIN?
    static BuildResult extendedSignalQuality(const CommandCatalog &catalog);      // AT+CESQ
    static BuildResult pdpContexts(const CommandCatalog &catalog);                // AT+CGDCONT?
    // The LTE modules' context activation (a model without it refuses): AT+QIACT? and AT+QIACT=<contextID>.
    static BuildResult activeContexts(const CommandCatalog &catalog);
    static BuildResult activateContext(const CommandCatalog &catalog, int contextId);
    static BuildResult setRegistrationReporting(const CommandCatalog &catalog, int mode); // AT+CEREG=<n>: 3 adds the reject cause

    static QByteArray serviceName(ServiceType service);
};

} // namespace bc25
