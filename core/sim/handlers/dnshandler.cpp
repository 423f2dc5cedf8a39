// SPDX-License-Identifier: MIT
#include "dnshandler.h"

#include "bc25/errorcodes.h"
#include "sim/virtualmodule.h"

#include <QDnsLookup>
#include <QHostInfo>

namespace bc25::sim {

namespace {
constexpr int SystemResolverTtl = 600; // QHostInfo does not tell the TTL
}

bool DnsHandler::handle(const ParsedCommand &command)
{
    if (command.name == "+QIDNSCFG") {
        if (command.form == CommandForm::Read) {
            auto text = [](const QHostAddress &a) { return a.isNull() ? QByteArray("0.0.0.0") : a.toString().toLatin1(); };
            m_module->reply({"+QIDNSCFG: \"" + text(m_primary) + "\",\"" + text(m_secondary) + '"'});
        } else {
            m_primary = QHostAddress(QString::fromLatin1(command.arguments.at(0).text));
            m_secondary = command.arguments.size() > 1 ? QHostAddress(QString::fromLatin1(command.arguments.at(1).text))
                                                       : QHostAddress();
            m_module->reply();
        }
        return true;
    }
    if (command.name == "+QIDNSGIP") {
        m_module->reply();
        lookUp(QString::fromUtf8(command.arguments.at(1).text));
        return true;
    }
    return false;
}

void DnsHandler::lookUp(const QString &host)
{
    const int generation = m_generation;
    if (!m_module->mayReach(host)) {
        QMetaObject::invokeMethod(this, [this] { report(ErrorCodes::DnsParseFailed, 0, {}); }, Qt::QueuedConnection);
        return;
    }
    const QHostAddress literal(host);
    if (!literal.isNull()) {
        QMetaObject::invokeMethod(this, [this, host] { report(0, 0, {host}); }, Qt::QueuedConnection);
        return;
    }
    if (m_primary.isNull() || m_primary == QHostAddress::AnyIPv4) {
        QHostInfo::lookupHost(host, this, [this, generation](const QHostInfo &info) {
            if (generation != m_generation)
                return;
            QStringList addresses;
            for (const QHostAddress &address : info.addresses())
                addresses << address.toString();
            if (info.error() != QHostInfo::NoError || addresses.isEmpty())
                report(ErrorCodes::DnsParseFailed, 0, {});
            else
                report(0, SystemResolverTtl, addresses);
        });
        return;
    }
    auto *lookup = new QDnsLookup(QDnsLookup::A, host, m_primary, this);
    connect(lookup, &QDnsLookup::finished, this, [this, lookup, generation] {
        lookup->deleteLater();
        if (generation != m_generation)
            return;
        QStringList addresses;
        int ttl = 0;
        for (const QDnsHostAddressRecord &record : lookup->hostAddressRecords()) {
            addresses << record.value().toString();
            ttl = int(record.timeToLive());
        }
        if (lookup->error() != QDnsLookup::NoError || addresses.isEmpty())
            report(ErrorCodes::DnsParseFailed, 0, {});
        else
            report(0, ttl, addresses);
    });
    lookup->lookup();
}

void DnsHandler::report(int error, int ttl, const QStringList &addresses)
{
    if (error != 0) {
        m_module->setLastError(error);
        m_module->urc("+QIURC: \"dnsgip\"," + QByteArray::number(error));
        return;
    }
    // manual 2.1.10: a header, then one line per address
    m_module->urc("+QIURC: \"dnsgip\",0," + QByteArray::number(addresses.size()) + ',' + QByteArray::number(ttl));
    for (const QString &address : addresses)
        m_module->urc("+QIURC: \"dnsgip\",\"" + address.toLatin1() + '"');
}

void DnsHandler::reset()
{
    ++m_generation;
    m_primary.clear();
    m_secondary.clear();
}

} // namespace bc25::sim
