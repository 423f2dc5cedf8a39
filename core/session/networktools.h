// SPDX-License-Identifier: MIT
#pragma once

#include "bc25/commands.h"
#include "bc25/responses.h"

#include <QObject>

namespace bc25 {

class CommandRunner;

// The module's network tools, each a two-phase command: ping (AT+QPING, a
// reply per echo then a summary), time (AT+QNTTP) and name lookup
// (AT+QIDNSGIP), with typed results.
class NetworkTools final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NetworkTools)
public:
    // `source` tags the commands for the transactions view and the recorder:
    // the Tools panel's are the user's (Panel), the soak monitor's its own.
    explicit NetworkTools(CommandRunner *runner, QObject *parent = nullptr, at::Source source = at::Source::Panel);

    // Each validates first; a refusal returns the reason and sends nothing.
    QString ping(const PingParameters &parameters);
    QString synchronizeTime(int contextId, const QString &server, int port = 123, bool setClock = false);
    QString lookUpHost(int contextId, const QString &hostName);

signals:
    void pingReply(const bc25::PingReply &reply);
    void pingFinished(bool ok, const bc25::PingSummary &summary, const QString &message);
    // Just before pingFinished when the ping was cut short by the link (its
    // transaction or its second phase aborted), not ended by the module.
    void pingAborted();
    void timeSynchronized(bool ok, const bc25::NtpTime &time, const QString &message);
    void hostLookedUp(bool ok, const QString &host, const bc25::DnsResult &result, const QString &message);

private:
    CommandRunner *m_runner;
    at::Source m_source;
};

} // namespace bc25
