// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QStringList>

#include <functional>

namespace bc25 {

class CommandRunner;

// What the module told about itself and its network.
struct ModuleInfo
{
    QStringList identification;  // ATI lines, printable (moduleText): a control byte reads \x1b
    QString revision;            // AT+CGMR, without the module's "Revision:" label
    QString firmware;            // AT+QGMR, asked only of a model that has it (the BG95's full build)
    // The model the module says it is (ModelIdentification): a profile's id,
    // "unknown", or empty before ATI has answered.
    QByteArray model;
    int rssi = 99;               // AT+CSQ, 99 = unknown
    int ber = 99;
    int registration = -1;       // +CEREG <stat>: 1 home, 5 roaming; -1 unknown
    int registrationReporting = -1; // +CEREG <n>: which +CEREG URCs the user set up; -1 unknown
    int attached = -1;           // +CGATT; -1 unknown
    QString pdpAddress;          // +CGPADDR

    // The line of ATI that names the model ("Quectel_BC25" after "Quectel_Ltd"; the only line if one).
    [[nodiscard]] QString modelLine() const
    {
        return identification.size() > 1 ? identification.at(1) : identification.value(0);
    }
};

// The module's identity and its network: identification (ATI, AT+CGMR, and
// AT+QGMR when the model identified has it), the model it says it is, and
// signal, registration, attach state and address (AT+CSQ, AT+CEREG?,
// AT+CGATT?, AT+CGPADDR), read on demand and by the window's timer.
class ModuleStatus final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ModuleStatus)
public:
    explicit ModuleStatus(CommandRunner *runner, QObject *parent = nullptr);

    [[nodiscard]] const ModuleInfo &info() const { return m_info; }
    // +CEREG <stat> in words (3GPP TS 27.007 10.1.22): the status bar, the soak chart.
    static QString registrationText(int stat);
    // The module's own words for a status bar: printable ASCII stays, every
    // other byte (ESC, a non-ASCII byte of a garbled line) reads \xHH, so a
    // module's answer never drives the terminal or the label it is shown in.
    static QString moduleText(QByteArrayView bytes);
    // What the first check heard: ATI answered (the module is read on), the
    // AT before it alone, or nothing at all.
    enum class Heard : quint8 { Identification, AttentionOnly, Nothing };
    // AT, ATI, AT+CGMR (and AT+QGMR when ATI names a model that has it;
    // nothing else is sent for the model); `heard` is told whether ATI got any answer, and if not
    // whether AT did (a first AT may be lost to a module waking from light
    // sleep: ATI alone decides that the module answers).
    void identify(std::function<void(Heard heard)> heard = {});
    // AT+CSQ first; the rest only if the module answered it, so a silent module
    // holds the queue for one time limit rather than four (AT+CGATT?'s included).
    void refresh();
    // The module restarted (RDY): it may be another one (a board swapped, a
    // firmware changed), so what it said of itself is forgotten and asked again.
    void reidentify(std::function<void(Heard heard)> heard = {});
    // No module: nothing is known.
    void forget();

signals:
    void changed();
    // The model the module says it is changed (ModuleInfo::model).
    void modelIdentified(const QByteArray &model);

private:
    void readRevision();
    void readFirmware();
    void identifyModel();
    void refreshNetwork();

    CommandRunner *m_runner;
    ModuleInfo m_info;
    bool m_firmwareAsked = false; // AT+QGMR once a connection
};

} // namespace bc25
