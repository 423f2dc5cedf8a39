// SPDX-License-Identifier: MIT
#pragma once

#include "at/payloadgrammar.h"
#include "at/parsersettings.h"
#include "at/protocolrules.h"
#include "bc25/commandcatalog.h"
#include "lineexpectations.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace bc25::profile {

// The sizes one model's manual gives (ModuleProfile::Description::limits).
struct ModuleLimits
{
    int socketCount = 0;   // <connectID> 0 to socketCount - 1
    int maxSendLength = 0; // bytes one AT+QISEND (and one AT+QISENDEX) carries
    int maxReadLength = 0; // bytes one AT+QIRD returns
    int firstContext = 0;  // <contextID> firstContext to lastContext
    int lastContext = 0;
};

// AT+QPING's optional parameters as the module takes them when left out.
struct PingDefaults
{
    int timeoutSeconds = 0; // <time_out>
    int count = 0;          // <ping_num>
    int size = 0;           // <ping_size>; 0: the model has none (the echo's bytes are 32)
    int successCode = 0;    // the summary's <finresult> when it went well
    // The <result> codes of a line shorter than the summary that are one
    // request's (an echo, a request that timed out): the ping goes on. Any
    // other such code is the <finresult> of a ping that ended early (565:
    // the host was not found); the 7-field summary always ends it.
    QList<int> echoCodes = {0, 1};
    bool quotesAddress = false; // each echo's "<IP_address>" in quotes
    // The <finresult> alone of a ping whose context could not be activated:
    // the BC25's Table 2 PING_PDP_ACT_FAIL (manual 2.1.8, chapter 3).
    int noContextResult = 5;
};

// What a model's manual says its firmware does not do yet ("not supported
// now"): bc25-sim --strict refuses these, on the models whose manual says so.
// Another model's manual has its own notes, or none: the BC25's are not its.
struct UnsupportedNotes
{
    bool udpService = false;    // BC25 manual 2.1.1, note 3: "UDP SERVICE" is not supported now
    bool hexSending = false;    // 2.1.11, note 3: QICFG "dataformat" takes text sending only
    bool keepAliveData = false; // 2.1.13: <keepalive_data> is not supported now
    bool dnsServersBeforeRegistration = false; // 2.1.14, note: not until registered
};

// How a model words what the family words differently (the simulator
// answers so; the engine and the decoder read the same table's forms).
struct AnswerForms
{
    // A socket needs its context set up and activated first: AT+QICSGP,
    // AT+QIACT, AT+QIDEACT (BG9x, EC200U); the BC25's is up once attached.
    bool activatesContexts = false;
    // The DNS answer as +QIDNSGIP: <err>,<IP_count>,<DNS_ttl> then
    // +QIDNSGIP: <ip> (BC660K), not the BC25's +QIURC: "dnsgip" (manual 2.1.10).
    bool dnsAnswerAsQidnsgip = false;
    // With hex received data, a direct push is one line:
    // +QIURC: "recv",<connectID>,<length>,"<hex>" (BC660K, BC66).
    bool hexPushOnOneLine = false;
    // A UDP SERVICE's reads and pushes name the peer: +QIRD: <length>,"<ip>",<port>
    // and +QIURC: "recv",<connectID>,<length>,"<ip>",<port> (BG9x, EC200U).
    bool udpServiceNamesPeer = false;
    // A full receive buffer is told: +QIURC: "recv",<connectID>,"buff full"
    // (BC25 manual 2.2.3). The LTE modules' notes list no such URC (BG96 2.3).
    bool reportsBufferFull = true;
    // AT+QIRD=<connectID>,0 answers +QIRD: <total>,<read>,<unread> (BG9x, EC200U);
    // AT+QIRD=<connectID> reads up to the largest read.
    bool readLengthsQuery = false;
};

// What a module of one model says about itself, as its manual or a real
// log prints it: the simulator answers with it, and ModelIdentification
// recognises the model by `names` (ATI's model line) and `revisionPrefixes`
// (how its firmware revisions begin).
struct ModuleIdentity
{
    QStringList ati;              // ATI's lines before OK
    QString revision;             // AT+CGMR's line
    QString firmware;             // AT+QGMR's line; empty when the model has no AT+QGMR
    QStringList names;            // ATI's model line: "Quectel_BC660K-GL", "BG96"
    QStringList revisionPrefixes; // "BC660KGL": the start of every revision the model prints
    QString source;               // where these answers are written
};

// One fact where a model differs from the BC25, and where it is written
// (a manual and its section, an application note, a log's address).
struct ProfileFact
{
    QString what;   // "<connectID> 0-11"
    QString source; // "Quectel BG96 TCP/IP Application Note V1.2, 2.2.4"
};

// What the manual of one model says, as data: its limits, its command table
// (the catalog's forms and ranges, second phases, answer shapes), which lines
// announce payload, the defaults of its parameters and the rules the
// transaction assembler asks. Immutable and shared: the engine, the session,
// the simulator, the decoder and the views are given one and read it; two
// profiles side by side share nothing. ModuleStack builds the chain on one.
// A model is a Description (BC25's from bc25Description(), another a few
// differences over it), never a fork of the code.
class ModuleProfile final : public std::enable_shared_from_this<ModuleProfile>
{
    Q_DISABLE_COPY_MOVE(ModuleProfile)
    struct Private {};

public:
    struct Description
    {
        QByteArray id;          // "bc25": the name --model takes
        QString name;           // "BC25": as the user reads it
        QString source;         // the manual the facts come from
        ModuleLimits limits;
        PingDefaults ping;
        AnswerForms answers;
        UnsupportedNotes unsupported;
        at::PayloadGrammar payloadGrammar;
        QList<CommandSpec> commands;
        QList<AnswerShape> answerShapes; // the field counts its lines carry (LineExpectations)
        QList<SocketField> socketFields; // where its lines name a socket (LineExpectations)
        QList<QByteArray> urcTypes;      // the +QIURC types it prints ("recv", "closed", …)
        QList<ProfileFact> differences; // from the BC25, each with its source (empty for the BC25)
        ModuleIdentity identity;
    };

    // The BC25 (and BC32): BC25&BC32 TCP/IP AT Commands Manual V1.0.
    static std::shared_ptr<const ModuleProfile> bc25();
    // The BC25's facts, to build another model (or a test's) from.
    static Description bc25Description();
    // The command table of a model with these limits, over the BC25's.
    static QList<CommandSpec> bc25Commands(const ModuleLimits &limits);
    static std::shared_ptr<const ModuleProfile> create(Description description);

    // The models the workbench knows, by the name --model takes: "bc25",
    // "bc32", "bc660k", "bc66", "bg95", "bg96", "ec200u" (profileregistry.cpp).
    static QList<QByteArray> ids();
    // One shared profile per model; nullptr for a name no model has.
    static std::shared_ptr<const ModuleProfile> byId(QByteArrayView id);

    ModuleProfile(Private, Description description);

    [[nodiscard]] const QByteArray &id() const { return m_description.id; }
    [[nodiscard]] const QString &name() const { return m_description.name; }
    [[nodiscard]] const QString &source() const { return m_description.source; }
    // Whether the model's manual is the BC25&BC32 TCP/IP manual: the sections
    // of that manual (chapter 3's codes, 2.2's URCs) are cited for it alone.
    [[nodiscard]] bool hasTheBc25Manual() const { return source() == bc25()->source(); }
    [[nodiscard]] const ModuleLimits &limits() const { return m_description.limits; }
    [[nodiscard]] int socketCount() const { return m_description.limits.socketCount; }
    [[nodiscard]] bool isSocket(int connectId) const { return connectId >= 0 && connectId < socketCount(); }
    [[nodiscard]] const PingDefaults &pingDefaults() const { return m_description.ping; }
    [[nodiscard]] const AnswerForms &answers() const { return m_description.answers; }
    [[nodiscard]] const UnsupportedNotes &unsupported() const { return m_description.unsupported; }
    // Whether the model prints +QIURC: "<type>" ("pdpdeact" on the LTE modules, not on the BC25).
    [[nodiscard]] bool printsUrc(const QByteArray &type) const { return m_description.urcTypes.contains(type); }
    // The most fields a "+NAME:" answer carries in this model ("QISTATE": 8 on
    // the BC25, manual 2.1.3; 10 on the LTE modules, <serverID> and "<AT_port>"
    // added): its answerShapes row, the one place the count is written. 0
    // when the table gives no count for that name.
    [[nodiscard]] int answerFields(QByteArrayView name) const;
    // The context a socket, a ping or a lookup uses when the user names none:
    // the model's first (1 on the BC25, manual 2.1.1; 0 on the BC660K).
    [[nodiscard]] int defaultContext() const { return m_description.limits.firstContext; }
    [[nodiscard]] const QList<ProfileFact> &differences() const { return m_description.differences; }
    [[nodiscard]] const ModuleIdentity &identity() const { return m_description.identity; }
    // Whether the model answers AT+QGMR (its full firmware build): its table has the command.
    [[nodiscard]] bool hasFirmwareRevision() const { return spec(CommandId::FirmwareRevision) != nullptr; }
    [[nodiscard]] const at::PayloadGrammar &payloadGrammar() const { return m_description.payloadGrammar; }
    [[nodiscard]] const QList<CommandSpec> &commands() const { return m_catalog.commands(); }
    // The model's command table: parse, find, ranges (built from its commands).
    [[nodiscard]] const CommandCatalog &catalog() const { return m_catalog; }
    // The model's entry for a command, or nullptr when the model has none.
    [[nodiscard]] const CommandSpec *spec(CommandId id) const { return m_catalog.specOrNull(id); }
    // Which lines the model prints, and why one is not expected here (a drift).
    [[nodiscard]] const LineExpectations &expectations() const { return m_expectations; }

    // The parser's settings before the module has said anything: the manual's
    // defaults, one access mode per socket.
    [[nodiscard]] at::ParserSettings parserDefaults() const { return at::ParserSettings(socketCount()); }
    // The rules for one transaction assembler (they cache by command text).
    [[nodiscard]] std::unique_ptr<at::ProtocolRules> newRules() const;

private:
    const Description m_description;
    const CommandCatalog m_catalog;
    const LineExpectations m_expectations; // after m_catalog: read from it
};

using ProfilePointer = std::shared_ptr<const ModuleProfile>;

} // namespace bc25::profile
