// SPDX-License-Identifier: MIT
#include "dnshandler.h"

#include "bc25/errorcodes.h"
#include "bc25/commands.h"
#include "profile/moduleprofile.h"
#include "sim/virtualmodule.h"

namespace bc25::sim {

bool DnsHandler::handle(const ParsedCommand &command)
{
    switch (command.spec->id) {
    case CommandId::DnsServers: {
        // The LTE modules and the BC660K name the context first; <contextID> alone asks.
        const bool perContext = Commands::dnsServersPerContext(m_module->profile().catalog());
        const qsizetype first = perContext ? 1 : 0;
        if (command.form == CommandForm::Read || (perContext && command.arguments.size() == 1)) {
            const HostResolver &resolver = m_module->resolver();
            auto text = [](const QHostAddress &a) { return a.isNull() ? QByteArray("0.0.0.0") : a.toString().toLatin1(); };
            const QByteArray context = perContext ? command.arguments.at(0).text + ',' : QByteArray();
            m_module->reply({"+QIDNSCFG: " + context + '"' + text(resolver.primaryServer()) + "\",\"" + text(resolver.secondaryServer()) + '"'});
        } else if (m_module->config().strict && m_module->profile().unsupported().dnsServersBeforeRegistration
                   && !m_module->packetDomain().isAttached()) {
            // manual 2.1.14, note: not until the module is registered on the network
            m_module->replyError(ErrorCodes::OperationNotAllowed);
        } else {
            const QHostAddress primary(QString::fromLatin1(command.arguments.at(first).text));
            const QHostAddress secondary = command.arguments.size() > first + 1
                    ? QHostAddress(QString::fromLatin1(command.arguments.at(first + 1).text))
                    : QHostAddress();
            m_module->resolver().setServers(primary, secondary);
            m_module->reply();
        }
        return true;
    }
    case CommandId::DnsLookup:
        m_module->reply();
        if (!m_module->packetDomain().hasDataPath(int(command.arguments.at(0).toInteger()))) {
            QMetaObject::invokeMethod(this, [this] { report(ErrorCodes::OpenPdpContextFailed, 0, {}); }, Qt::QueuedConnection);
            return true;
        }
        lookUp(QString::fromUtf8(command.arguments.at(1).text));
        return true;
    default:
        return false;
    }
}

void DnsHandler::lookUp(const QString &host)
{
    const int generation = m_generation;
    if (!m_module->mayReach(host) || m_module->config().faults.dnsNoAnswer) {
        QMetaObject::invokeMethod(this, [this] { report(ErrorCodes::DnsParseFailed, 0, {}); }, Qt::QueuedConnection);
        return;
    }
    // The configured servers, or the hosts file and the system resolver; IPv4 answers only.
    m_module->resolver().resolve(host, this, [this, generation](const HostResolver::Answer &answer) {
        if (generation != m_generation)
            return;
        QStringList addresses;
        for (const QHostAddress &address : answer.addresses)
            addresses << address.toString();
        if (answer.error != 0 || addresses.isEmpty())
            report(answer.error != 0 ? answer.error : ErrorCodes::DnsParseFailed, 0, {});
        else
            report(0, answer.ttl, addresses);
    });
}

void DnsHandler::report(int error, int ttl, const QStringList &addresses)
{
    // manual 2.1.10: +QIURC: "dnsgip",<err>,<IP_count>,<DNS_ttl>, then +QIURC: "dnsgip","<ip>" each;
    // the BC660K: +QIDNSGIP: <err>,<IP_count>,<DNS_ttl>, then +QIDNSGIP: <ip> (a driver's test
    // vector: +QIDNSGIP: 0,1,300 / +QIDNSGIP: 93.184.216.34; an error: +QIDNSGIP: 565).
    const bool ownLines = m_module->profile().answers().dnsAnswerAsQidnsgip;
    const QByteArray prefix = ownLines ? "+QIDNSGIP: " : "+QIURC: \"dnsgip\",";
    if (error != 0) {
        m_module->setLastError(error);
        m_module->urc(prefix + QByteArray::number(error));
        return;
    }
    m_module->urc(prefix + "0," + QByteArray::number(addresses.size()) + ',' + QByteArray::number(ttl));
    for (const QString &address : addresses)
        m_module->urc(prefix + (ownLines ? address.toLatin1() : '"' + address.toLatin1() + '"'));
}

void DnsHandler::reset()
{
    ++m_generation;
}

} // namespace bc25::sim
