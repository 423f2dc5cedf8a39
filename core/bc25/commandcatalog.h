// SPDX-License-Identifier: MIT
#pragma once

#include "at/atcommand.h"
#include "at/resultline.h"
#include "at/settingchange.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QFlags>
#include <QList>
#include <QString>

#include <functional>

namespace bc25 {

// The forms an AT command can take (manual 2.1: Test, Read, Write, Execution).
enum class CommandForm : quint8 {
    Test = 0x1,    // AT+CMD=?
    Read = 0x2,    // AT+CMD?
    Write = 0x4,   // AT+CMD=<parameters>
    Execute = 0x8, // AT+CMD
};
Q_DECLARE_FLAGS(CommandForms, CommandForm)
Q_DECLARE_OPERATORS_FOR_FLAGS(CommandForms)

// One parameter as the manual defines it: its name, its type, its range.
struct ParameterSpec
{
    enum class Type : quint8 {
        Integer,   // decimal, min..max inclusive
        String,    // text; min..max is its length; `choices` lists the allowed values, if any
        Hex,       // hex digits; min..max is the length in characters
        IpAddress, // dotted IPv4 or IPv6 text
    };

    QByteArray name;           // as in the manual, without the angle brackets
    Type type = Type::Integer;
    qint64 min = 0;
    qint64 max = 0;
    bool optional = false;     // may be left out, together with every parameter after it
    bool quoted = false;       // written in double quotes
    QList<QByteArray> choices; // String: the only values allowed (service types, QICFG keys)
    qint64 defaultValue = -1;  // what the module takes when it is left out; -1: the manual gives none
};

// A setting a command changes once the module confirms it, read from its
// arguments (or from an answer of the same shape): `valueArgument` holds the
// new value (1 = on), `socketArgument` the <connectID> it applies to.
struct ArgumentChange
{
    at::SettingChange::Setting setting;
    int valueArgument = 0;
    int socketArgument = -1;
    int defaultValue = -1;        // when the value is left out; -1: nothing changes
    bool onOperation = false;     // confirmed by the second phase (+QIOPEN: <id>,0), not by OK
};

// A narrower range one parameter has while another has one of some values:
// QIOPEN's <remote_port> is 1-65535 for "TCP" and "UDP" (manual 2.1.1).
struct RangeRule
{
    QByteArray parameter;         // "remote_port"
    QByteArray whenParameter;     // "service_type"
    QList<QByteArray> whenValues; // "TCP", "UDP"
    qint64 min = 0;
    qint64 max = 0;
};

// One shape of a write command: QISEND has three, QICFG one per setting.
struct Signature
{
    QList<ParameterSpec> parameters;
    QList<ArgumentChange> changes; // what it changes when confirmed
    // A send command's data is its last argument (AT+QISEND=0,5,"hello"),
    // not typed after the prompt: no data phase.
    bool inlineData = false;
};

// Every command the catalog knows, so that code elsewhere (the simulator's
// handlers, typed responses) names a command without spelling it.
enum class CommandId : quint8 {
    Unknown,
    // TCP/IP, manual chapter 2.1
    Open, Close, State, Send, Read, SendHex, SwitchMode, Ping, Ntp, DnsLookup, Config, LastError,
    KeepAlive, DnsServers,
    // Context set-up of the LTE modules (BG9x, EC200U): AT+QICSGP, AT+QIACT, AT+QIDEACT
    ContextProfile, ContextActivate, ContextDeactivate,
    // V.250 and 3GPP TS 27.007 basics
    Attention, Echo, Identify, Revision, SignalQuality, Registration, Attach, PdpAddress,
    Functionality, PdpActivate, VerboseResults, FactoryDefaults, ErrorReporting, Clock,
    SerialNumber, Imsi, Pin, ExtendedSignalQuality, PdpContexts,
    // Quectel BC25 basics
    Iccid,
    // Quectel identity a model may add (BG95: AT+QGMR, the full firmware build)
    FirmwareRevision,
};

// Result lines that are no command's "+NAME:" answer: the URC header of chapter
// 2.2, the second-phase words of QISEND and QICLOSE, the module's start and stop.
enum class ResultId : quint8 {
    Urc,         // +QIURC: "<type>",… (manual 2.2)
    SendOk,      // SEND OK (manual 2.1.4, 2.1.6)
    SendFail,    // SEND FAIL (manual 2.1.4, 2.1.6)
    CloseOk,     // CLOSE OK (manual 2.1.2)
    Ready,       // RDY: the module has started
    PoweredDown, // POWERED DOWN
};

// The second phase a write command starts after its OK (DESIGN.md, rule 4).
enum class SecondPhase : quint8 { None, Open, Close, Send, Ping, Ntp, Dns };
// How a command's second phase follows its answer: after its OK (the BC25's
// OK, then SEND OK or SEND FAIL, manual 2.1.4), or as its only answer (the
// LTE modules' SEND OK, SEND FAIL or ERROR alone, without OK before it).
enum class SecondPhaseAnswer : quint8 { AfterOk, Alone };

// Everything the project knows about one command: the manual's ranges for
// builders, the simulator and GUI forms, and the expectation the engine needs.
struct CommandSpec
{
    QByteArray name;              // "+QIOPEN", "E", "I", "" for plain AT
    QByteArray title;             // the manual's heading: "Open a Socket" (CommandCatalog::title translates it)
    QByteArray section;           // "2.1.1"
    CommandForms forms;
    QList<Signature> writeSignatures;
    QList<QByteArray> ownedPrefixes; // result names that answer it ("QIOPEN")
    bool ownsTextLines = false;
    static constexpr int QuickAnswerMs = 3000; // the manual says 300 ms; serial links add margin
    int timeoutMs = QuickAnswerMs; // first phase of the write and execute forms
    // Rules across parameters (port ranges by service type, lengths that must agree).
    // A model's limits may enter them (AT+QISTATE's <contextID> by query type).
    std::function<QString(const QList<at::Field> &arguments)> crossCheck;
    SecondPhase secondPhase = SecondPhase::None;
    // How long the second phase may take, 0: its operation's own limit. A
    // model's table sets it (AT+QIOPEN: 36 s on the BC25, 150 s on the BG96).
    int secondPhaseMs = 0;
    // The same when the command names a host to resolve (AT+QIOPEN with a
    // domain name: 176 s on the BC25); 0: as secondPhaseMs.
    int secondPhaseNameMs = 0;
    SecondPhaseAnswer secondPhaseAnswer = SecondPhaseAnswer::AfterOk;
    bool sendsData = false;          // a write without its data field waits for "> " (QISEND, QISENDEX)
    bool sendsHexText = false;       // its data is hex text: two digits a byte (QISENDEX, manual 2.1.6)
    int dataSocketArgument = -1;     // payload in the answer belongs to this argument's socket (QIRD)
    bool explainErrors = false;      // AT+QIGETERROR explains its ERROR (manual 2.1.12)
    bool setsLastError = false;      // its ERROR sets the code AT+QIGETERROR reads: chapter 2.1
    bool cmeErrors = false;          // AT+CMEE decides how its ERROR prints (27.007 9.1)
    bool answerRepeatsWrite = false; // its answer has the write's shape and states the setting (+QICFG)
    // Its read form's answer begins with this many integers, where the
    // unsolicited line of the same name does not: +CEREG: <n>,<stat>,… against
    // the URC's +CEREG: <stat>[,"<tac>",…] (27.007 10.1.22). 0: no such rule.
    int readAnswerIntegers = 0;
    QList<ArgumentChange> answerChanges; // settings its answer lines state (+QISTATE's access mode)
    QList<RangeRule> rangeRules;     // ranges that depend on another parameter's value
    CommandId id = CommandId::Unknown;
    // Which field of its result line (or of its second phase's line) carries
    // the <err> code of chapter 3, -1: none. The one place that knows it.
    int errorField = -1;
    // The code of that field when the command went well, where it is not 0
    // (AT+QPING's <finresult> 2 on the BC25, manual 2.1.8; 0 on the BG96).
    int successCode = 0;
    // The codes of that field in a line that does not end the second phase
    // (AT+QPING's per-request <result>: 0, an echo; 569 on the BG96, a request
    // that timed out). The model's profile sets them.
    QList<int> progressCodes = {};
    QList<QByteArray> testAnswer = {}; // the lines its test form (AT+CMD=?) answers, verbatim
    // The document `section` is of; empty: the BC25&BC32 TCP/IP manual, the
    // base table's. The model's profile decides whether it is cited
    // (ModuleProfile::create: only its own manual's sections are).
    QString document = {};
    bool cited = true; // false: no citation (the section is of another model's manual)
    // Where a model's own table row read this command's rules ("Quectel BG96
    // TCP/IP Application Note V1.2, 2.2.7"): cited as it is, before `document`
    // and `section` (CommandCatalog::citation).
    QString citedAs = {};

    // "AT+QIOPEN" — how the command is written.
    [[nodiscard]] QByteArray commandText() const { return "AT" + name; }
};

// A command line taken apart: "AT+QIOPEN=1,0,..." is QIOPEN, Write, and its fields.
struct ParsedCommand
{
    const CommandSpec *spec = nullptr; // nullptr for a command the catalog does not know
    QByteArray name;
    CommandForm form = CommandForm::Execute;
    QList<at::Field> arguments;
    QString model; // the model whose catalog parsed it ("BG96"): messages name it
};

// The table of every command of one model's manual (and the basic 3GPP
// commands a bring-up needs), each form and each parameter's range. Each
// ModuleProfile owns one, built from its Description's commands
// (`profile.catalog()`): builders, the simulator, the decoder and the GUI
// validate against the catalog of the profile they were given. The helpers
// given a spec (validate, syntax, rangeText, …) are static.
class CommandCatalog final
{
    Q_DECLARE_TR_FUNCTIONS(bc25::CommandCatalog)
    Q_DISABLE_COPY_MOVE(CommandCatalog)
public:
    // `model`: the model's name as the user reads it ("BG96"), for messages.
    explicit CommandCatalog(QList<CommandSpec> commands, QString model = QStringLiteral("BC25"));

    [[nodiscard]] const QString &model() const { return m_model; }

    [[nodiscard]] const QList<CommandSpec> &commands() const { return m_commands; }
    // By name with or without "AT": "+QIOPEN", "AT+QIOPEN", "E".
    [[nodiscard]] const CommandSpec *find(QByteArrayView name) const;

    // Splits a command line (without its CR) into name, form and arguments.
    [[nodiscard]] ParsedCommand parse(QByteArrayView commandLine) const;

    // Checks a command against the table. Returns an empty string when it is
    // valid, or a sentence quoting the manual's range of the bad parameter.
    static QString validate(const CommandSpec &spec, CommandForm form, const QList<at::Field> &arguments);
    static QString validate(const ParsedCommand &command);

    // The argument a write command gives a parameter named in the manual
    // ("connectID"), as an integer, or -1; its range is not checked (a log
    // of another model, a report read without the model).
    static int integerArgument(const ParsedCommand &command, QByteArrayView parameter);
    // Where that parameter is among a write command's arguments, in the
    // form the arguments fit (AT+QISENDEX's <hex_string> is the third on a
    // BC25 and the second on a BG96), or -1.
    static qsizetype argumentIndex(const ParsedCommand &command, QByteArrayView parameter);
    // The signature a valid write command matched, or nullptr.
    static const Signature *matchSignature(const CommandSpec &spec, const QList<at::Field> &arguments);

    // "0-5", "\"TCP\", \"UDP\"": a parameter's range as the messages quote it.
    static QString rangeText(const ParameterSpec &parameter);
    // Where the user reads the command, as its model's profile cites it:
    // "manual 2.1.4" (the BC25&BC32 manual), "EC200U&EG915U Series TCP/IP
    // Application Note V1.1, 2.4.3", or empty: the model's own manual's section
    // is not known, and another model's is never cited for it.
    static QString citation(const CommandSpec &spec);
    // The same for a table's "Manual" column: "2.1.4" for the BC25&BC32
    // manual, "<document>, <section>" for another, empty when not cited.
    static QString citedSection(const CommandSpec &spec);
    // How to write a command, for completion, tooltips and the quick reference:
    // "AT+QICLOSE=<connectID>", one line per form and write shape.
    static QStringList syntax(const CommandSpec &spec);
    // Each parameter once, with its range: "<connectID> 0-5", "<local_port> 0-65535 (optional)".
    static QStringList parameterRanges(const CommandSpec &spec);
    // The ranges and "manual 2.1.2: Close a Socket", on one line.
    static QString reference(const CommandSpec &spec);
    // What the module answers it with, for the quick reference: its "+NAME:"
    // lines (an extended command's; a basic command like ATE or ATI prints
    // none), text lines, the words of its second phase ("SEND OK").
    static QStringList answers(const CommandSpec &spec);
    // The manual's heading of the command, in the user's language.
    static QString title(const CommandSpec &spec);

    // The engine's expectation for a command: what it owns, how long it may
    // take, its data phase and second phase, what it changes once confirmed.
    // An unknown command owns its own prefix and any text lines. Reads only
    // the spec the command was parsed to.
    static at::AtCommand expectation(const ParsedCommand &command);
    // The same for a whole command line as written or echoed: a line that
    // chains commands (V.250 5.4: "ATE1V0", "AT&FV0") changes, on its one
    // final result, what each of them changes, in order — ATV among them, which
    // decides how every later final reads.
    [[nodiscard]] at::AtCommand expectationOfLine(QByteArrayView line) const;
    // The settings an answer line states, when it answers `command`.
    static QList<at::SettingChange> statedBy(const CommandSpec &command, const at::ResultLine &answer);
    // The model's entry for a command; nullptr when the model has none.
    [[nodiscard]] const CommandSpec *specOrNull(CommandId id) const;
    // The model's entry for a command every model has (the engine's, QIOPEN's).
    [[nodiscard]] const CommandSpec &spec(CommandId id) const;
    // A write parameter by its manual name ("remote_port"), for forms; nullptr if none.
    [[nodiscard]] const ParameterSpec *parameter(CommandId id, QByteArrayView name) const;
    // The same with its range as the other arguments narrow it (a form's tooltip):
    // <remote_port> with "TCP" as <service_type> is 1-65535. The parameter must exist.
    [[nodiscard]] ParameterSpec parameter(CommandId id, QByteArrayView name, const QList<at::Field> &arguments) const;
    // The command whose answers carry this result name (+QICFG → AT+QICFG).
    [[nodiscard]] const CommandSpec *findByResult(QByteArrayView resultName) const;
    // The longest of the forms of its commands: a command line a module must take whole.
    [[nodiscard]] qsizetype longestCommandLine() const { return m_longestCommandLine; }

    // The result name of a command's answers and second phase: Open → "QIOPEN".
    // The family shares these names (FAMILY.md: a model differs in forms,
    // ranges and shapes, not in what +QIOPEN is called), so they are read
    // from the base (BC25) table, without a profile.
    static const QByteArray &resultName(CommandId id);
    // The name of a result line that is no command's answer: SendOk → "SEND OK".
    static const QByteArray &resultName(ResultId id);
    // The <err> a result line carries where the manual puts one: 0 success,
    // a chapter 3 code, or -1 when the line carries none (+QIOPEN: 0,566 → 566;
    // +QIURC: "dnsgip",565,… → 565; +QNTTP: 0,… → 0). Which field holds it
    // is the family's shared vocabulary, like resultName().
    static int errorCode(const at::ResultLine &line);
    // The longest line of a command's forms, without its line end: every write
    // parameter at its longest (AT+QISENDEX=5,512,"<1024 hex digits>"). Text of
    // that length, not necessarily a valid command (a module's line buffer, tests).
    static QByteArray longestLine(const CommandSpec &spec);

    // Every result name a command's answers may carry in any model of the
    // family (+QNTTP, and +QNTP on the BC660K and the LTE models): a line
    // read before, or without, knowing the model is still the command's.
    static const QList<QByteArray> &resultNames(CommandId id);
    // "AT+QNTTP": how the family writes a command, for a refusal naming a
    // command the model in use does not have.
    static QByteArray commandText(CommandId id);

    // The BC25's table, the base every model's table differs from. Only for
    // a command line read where no model is known (a report written from
    // results alone, the vocabulary above): each use says why. Never a
    // model's ranges or forms: those are the catalog's of the profile in use.
    static const CommandCatalog &family();

private:
    const QList<CommandSpec> m_commands;
    const QString m_model;
    qsizetype m_longestCommandLine = 0;
};

} // namespace bc25
