// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArrayList>
#include <QHostAddress>
#include <QString>
#include <QStringList>

namespace bc25::sim {

// Faults the virtual module can inject, each off by default (DESIGN.md,
// "The virtual module"): they let a demo or a test show how the workbench
// copes with a slow, choppy, failing or dying module.
struct FaultPlan
{
    int baudRate = 0;              // > 0: output paced at this line rate (10 bits a byte)
    int maxSplit = 0;              // > 0: output cut into random pieces of 1..maxSplit bytes
    quint32 splitSeed = 1;
    int latencyMs = 0;             // delay before each command is answered
    QByteArrayList failingCommands;// names ("+QIOPEN") answered with ERROR
    int rebootAfterMs = -1;        // >= 0: reboot (RDY, every socket dropped) after this long
    // A name ("+CESQ"): the module restarts (RDY) instead of answering the first
    // command of that name, as a brown-out under load or a watchdog does.
    QByteArray rebootAtCommand;
    int linkDeadAfterMs = -1;      // >= 0: stop answering anything after this long
    // Faults a field diagnosis meets (the health check's tests provoke each):
    int rejectCause = -1;          // >= 0: the EMM cause +CEREG (n=3) reports, with registration=3 (denied)
    bool dnsNoAnswer = false;      // every lookup fails with 565, as with DNS servers that do not answer
    bool serverUnreachable = false;// every TCP/UDP client connect fails with 566, as behind a firewall
    // > 0: every n-th echo of the module's life times out ("+QPING: 1"), as on a
    // lossy radio link (the soak monitor's tests count loss and outages with it).
    int pingLossEvery = 0;
};

// What the virtual module reports and how it behaves.
struct SimConfig
{
    // What ATI and AT+CGMR answer; empty: the model's own (ModuleProfile::identity()).
    QStringList identification;
    QString revision;
    int rssi = 22;                 // AT+CSQ; AT+CESQ's RSRP and RSRQ follow from it (RadioSignal)
    int ber = 0;
    QString imei = QStringLiteral("866818039921448");  // AT+CGSN: 15 digits, the last a Luhn check digit
    QString softwareVersion = QStringLiteral("01");    // AT+CGSN=3, the SVN
    QString imsi = QStringLiteral("460001234567890");  // AT+CIMI
    QString iccid = QStringLiteral("89860012345678901234"); // AT+QCCID
    QString apn = QStringLiteral("nbiot");             // AT+CGDCONT? for context 1
    int registration = 1;          // +CEREG <stat>: registered, home network
    int attached = 1;              // +CGATT
    QString pdpAddress = QStringLiteral("10.45.0.2");
    int pingDelayMs = 40;          // simulated round trip (raw ICMP needs privileges)
    int receiveBufferLimit = 65536;// per socket, bytes; beyond it: "buff full"
    int sendAckDelayMs = 0;        // extra delay before SEND OK (reproduces manual 4.1.2)
    int maxPushChunk = 1024;       // direct push: bytes per +QIURC "recv"
    int ntpTimeoutMs = 5000;
    // A name lookup that has no answer after this long fails with 565, well
    // inside the manual's limits (QIOPEN waits 176 s for a name, manual 2.1.1).
    int dnsTimeoutMs = 20000;
    QString hostsFile = QStringLiteral("/etc/hosts"); // read (IPv4 lines only) before the system resolver
    QHostAddress bindAddress = QHostAddress::LocalHost; // listeners and UDP services
    // Whether the module may reach other hosts. LoopbackOnly (fuzzing, sealed
    // demos) fails every connect, lookup, ping and NTP query that would leave
    // this machine, as a module without coverage would.
    enum class Reach : quint8 { Anywhere, LoopbackOnly };
    Reach reach = Reach::Anywhere;
    QString stateFile;             // NVRAM: QICFG and QISWTMD survive a restart; empty = none
    // What the manual's notes say the firmware does not do yet, refused as
    // "not supported" (option "strict"): UDP SERVICE (2.1.1 note 3), QICFG
    // "dataformat" with hex sending (2.1.11 note 3), QIKALIVE's <keepalive_data>
    // (2.1.13 note), QIDNSCFG before registration (2.1.14 note) — each on a
    // model whose manual has that note (ModuleProfile::unsupported()).
    bool strict = false;
    FaultPlan faults;
};

} // namespace bc25::sim
