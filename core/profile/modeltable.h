// SPDX-License-Identifier: MIT
#pragma once

#include "moduleprofile.h"

#include <functional>

// How a model other than the BC25 is written: a small table of differences
// over bc25Description(), each row with its source. One file per model
// (bc32profile.cpp, bg96profile.cpp, …) holds its table; the registry
// (profileregistry.cpp) builds each once.
namespace bc25::profile {

// One row: what differs, where that is written, and the change it makes.
// Limit rows run first: the command table is then rebuilt from the model's
// limits (its connectID and contextID ranges), and the table rows change it.
struct Difference
{
    enum class Kind : quint8 { Limits, Table };
    Kind kind = Kind::Table;
    QString what;
    QString source;
    std::function<void(ModuleProfile::Description &)> apply;
};

// The BC25's Description with `rows` applied, each recorded in `differences`.
ModuleProfile::Description describeModel(const QByteArray &id, const QString &name, const QString &source,
                                         const QList<Difference> &rows);

// A command of the table being written (it must be there). Called from a
// table row (describeModel records the row in `differences`, then applies
// it), it cites the row's source for the command when that source is a
// section of the model's own manual (isSectionOfOwnManual).
CommandSpec &commandOf(ModuleProfile::Description &d, CommandId id);
// Whether `source` is "<the model's source>, <section>".
bool isSectionOfOwnManual(const ModuleProfile::Description &d, const QString &source);
// Where the model's own manual writes a command its table keeps as the BC25's
// (AT+QISWTMD, AT+QIGETERROR, …): cited for it as a changed row's section is.
// An empty source: that section was not read (the F1 Manual column says so).
struct CommandSection
{
    CommandId id = CommandId::Unknown;
    QString source; // "<the model's source>, <section>"
};
void citeSections(ModuleProfile::Description &d, const QList<CommandSection> &sections);
// The model has no such command: the catalog does not find it, builders refuse it.
void removeCommand(ModuleProfile::Description &d, CommandId id);
// AT+QGMR (the full firmware build), for a model that has it: AT+CGMR's form.
void addFirmwareRevision(ModuleProfile::Description &d);
// Puts the model's shape of a line (by name and type) in place of the BC25's.
void setAnswerShape(ModuleProfile::Description &d, AnswerShape shape);
// Every payload-announcing line shape some model prints (the family's), each once: a
// model reads another's shape as a drift line that still carries its payload (README,
// "drift"), after its own shapes and on whole lines only (PayloadGrammar::driftAnnouncements).
// Built once from the registry's descriptions.
const QList<at::PayloadAnnouncement> &familyAnnouncements();
// Every +QIURC type some model prints (the union of the descriptions' urcTypes).
const QSet<QByteArray> &familyUrcTypes();
// Whether `shapes` hold `shape` (prefix, type and fields; the buffer-access flags aside).
bool hasShape(const QList<at::PayloadAnnouncement> &shapes, const at::PayloadAnnouncement &shape);

// Drops a parameter from every write shape of a command (BG96's QPING has no <ping_size>).
void removeParameter(CommandSpec &spec, QByteArrayView name);
// Drops one AT+QICFG "<type>" (its write form and its test form's line): the
// model's AT+QICFG=? does not list it (the EC200U has no "showlength").
void removeConfigType(ModuleProfile::Description &d, QByteArrayView type);

// Where each shared row of the LTE modules (BG95, BG96, EC200U) is written
// in one model's note; a row without its source is left out.
struct LteSections
{
    int lastContext = 16;
    QString open, close, state, send, read, readLength, sendLength, ping, ntp, payload, contexts, sendHex, dns;
    QString pdpDeactivated; // where "+QIURC: \"pdpdeact\"" is seen
    // The sections of the commands the rows keep as the BC25's, or of the
    // commands they add (empty: not read in that note; the F1 cell says so).
    QString contextProfile, contextActivate, contextDeactivate, switchMode, dnsLookup, config, lastError;
};
QList<Difference> lteSocketDifferences(const LteSections &sections);
// Cites the kept and added commands' sections of `sections` (citeSections).
void citeLteSections(ModuleProfile::Description &d, const LteSections &sections);
// Where the BG96's note writes each shared row (bg96profile.cpp): the BG95
// starts from it and moves the rows to its own note's sections.
LteSections bg96Sections();
// The source of a model that prints the BG96's "pdpdeact" URC, its own list unread.
QString pdpDeactivatedAsTheBg96();

// The model's identity as its module prints it (ATI, AT+CGMR, AT+QGMR where
// it has it) and where that is written: the facts table lists it, the
// simulator answers it and ModelIdentification reads a module by it.
Difference identity(ModuleIdentity identity);

// The LTE modules' commands beside the BC25's (ltecommands.cpp). Their
// sections are the EC200U note's (ec200uNote()): cited on the EC200U only.
QString ec200uNote();
void addContextCommands(ModuleProfile::Description &d);
void useHexStringSend(ModuleProfile::Description &d);
void addUdpServiceSend(ModuleProfile::Description &d);
// "+QIURC: "recv",<connectID>,<length>" in buffer access mode announces a
// length and no data, whatever showlength is (the BG95's <data_len>): a
// direct push only on a socket in direct push mode. The "recv" URC's answer
// shape takes that length form (3 fields) in buffer access, from `source`.
void lengthInBufferAccess(ModuleProfile::Description &d, const QString &source);
// The same only once the module confirmed AT+QICFG="recvind",1 (the EC200U,
// its note 2.4.1), which this adds to AT+QICFG; before it, and after a
// restart, the length form in buffer access is drift, read as a push.
void lengthWithRecvIndication(ModuleProfile::Description &d, const QString &source);
// AT+QIDNSCFG=<contextID>[,<pridnsaddr>[,<secdnsaddr>]]: a context's DNS
// servers, <contextID> alone asks them (the LTE modules, the BC660K).
void dnsServersPerContext(ModuleProfile::Description &d, const QString &source);

ModuleProfile::Description bc32Description();
ModuleProfile::Description bc660kDescription();
ModuleProfile::Description bc66Description();
ModuleProfile::Description bg95Description();
ModuleProfile::Description bg96Description();
ModuleProfile::Description ec200uDescription();

} // namespace bc25::profile
