// SPDX-License-Identifier: MIT
#include "hostresolver.h"

#include "bc25/errorcodes.h"

#include <QDnsLookup>
#include <QFile>
#include <QHostInfo>
#include <QPointer>
#include <QTimer>

namespace bc25::sim {

struct HostResolver::Request
{
    QString host;
    QPointer<QObject> context;
    Callback done;
    int generation = 0;
    bool answered = false;
    std::function<void()> abort; // stops the lookup under way, if it can be stopped
};

namespace {

QString canonical(const QString &name)
{
    QString n = name.trimmed().toLower();
    if (n.endsWith(QLatin1Char('.')))
        n.chop(1);
    return n;
}

QList<QHostAddress> ipv4Only(const QList<QHostAddress> &addresses)
{
    QList<QHostAddress> kept;
    for (const QHostAddress &address : addresses) {
        if (address.protocol() == QAbstractSocket::IPv4Protocol && !kept.contains(address))
            kept << address;
    }
    return kept;
}

HostResolver::Answer failed()
{
    return {ErrorCodes::DnsParseFailed, {}, 0};
}

} // namespace

HostResolver::HostResolver(QObject *parent)
    : QObject(parent)
    , m_hostsFile(QStringLiteral("/etc/hosts"))
{
}

HostResolver::~HostResolver() = default;

void HostResolver::setServers(const QHostAddress &primary, const QHostAddress &secondary)
{
    m_primary = primary;
    m_secondary = secondary;
}

bool HostResolver::isLocalhostName(const QString &name)
{
    const QString n = canonical(name);
    return n == QLatin1String("localhost") || n.endsWith(QLatin1String(".localhost"));
}

bool HostResolver::isInvalidName(const QString &name)
{
    const QString n = canonical(name);
    return n == QLatin1String("invalid") || n.endsWith(QLatin1String(".invalid"));
}

QList<QHostAddress> HostResolver::hostsFileAddresses(const QString &path, const QString &name)
{
    QFile file(path);
    if (path.isEmpty() || !file.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    const QString wanted = canonical(name);
    QList<QHostAddress> found;
    while (!file.atEnd()) {
        QString line = QString::fromUtf8(file.readLine());
        line.truncate(line.indexOf(QLatin1Char('#')) < 0 ? line.size() : line.indexOf(QLatin1Char('#')));
        const QStringList fields = line.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (fields.size() < 2)
            continue;
        const QHostAddress address(fields.constFirst());
        if (address.protocol() != QAbstractSocket::IPv4Protocol)
            continue; // "::1 localhost" and friends: an IPv4 context has no use for them
        for (qsizetype i = 1; i < fields.size(); ++i) {
            if (canonical(fields.at(i)) == wanted && !found.contains(address))
                found << address;
        }
    }
    return found;
}

void HostResolver::resolve(const QString &host, QObject *context, Callback done)
{
    auto request = std::make_shared<Request>();
    request->host = host.trimmed();
    request->context = context;
    request->done = std::move(done);
    request->generation = m_generation;

    const QHostAddress literal(request->host);
    if (!literal.isNull()) {
        deliverLater(request, {0, {literal}, 0});
        return;
    }
    if (isLocalhostName(request->host)) {
        deliverLater(request, {0, {QHostAddress(QHostAddress::LocalHost)}, 0});
        return;
    }
    if (m_noAnswer) { // the loopback above needs no server; every other name does
        deliverLater(request, failed());
        return;
    }
    if (isInvalidName(request->host)) {
        deliverLater(request, failed());
        return;
    }
    QTimer::singleShot(m_timeoutMs, this, [this, request] {
        const std::function<void()> abort = std::exchange(request->abort, {});
        deliver(request, failed()); // first: an abort may report at once, and is then ignored
        if (abort)
            abort();
    });
    if (m_primary.isNull() || m_primary == QHostAddress(QHostAddress::AnyIPv4)) {
        const QList<QHostAddress> listed = hostsFileAddresses(m_hostsFile, request->host);
        if (!listed.isEmpty()) {
            deliverLater(request, {0, listed, SystemResolverTtl});
            return;
        }
        askSystem(request);
        return;
    }
    QList<QHostAddress> servers {m_primary};
    if (!m_secondary.isNull() && m_secondary != QHostAddress(QHostAddress::AnyIPv4) && m_secondary != m_primary)
        servers << m_secondary;
    askServer(request, servers);
}

void HostResolver::askSystem(const std::shared_ptr<Request> &request)
{
    // QHostInfo cannot be stopped once it asks (it can hang for tens of seconds
    // where no DNS server answers); the time limit answers for it, and the late
    // result is dropped.
    const int id = QHostInfo::lookupHost(request->host, this, [this, request](const QHostInfo &info) {
        const QList<QHostAddress> addresses = ipv4Only(info.addresses());
        if (info.error() != QHostInfo::NoError || addresses.isEmpty())
            deliver(request, failed());
        else
            deliver(request, {0, addresses, SystemResolverTtl});
    });
    request->abort = [id] { QHostInfo::abortHostLookup(id); };
}

void HostResolver::askServer(const std::shared_ptr<Request> &request, const QList<QHostAddress> &servers)
{
    auto *lookup = new QDnsLookup(QDnsLookup::A, request->host, servers.constFirst(), this);
    QPointer<QDnsLookup> guard(lookup);
    request->abort = [guard] {
        if (guard) {
            guard->abort();
            guard->deleteLater();
        }
    };
    connect(lookup, &QDnsLookup::finished, this, [this, request, servers, lookup] {
        lookup->deleteLater();
        if (request->answered)
            return;
        QList<QHostAddress> addresses;
        int ttl = 0;
        for (const QDnsHostAddressRecord &record : lookup->hostAddressRecords()) {
            addresses << record.value();
            ttl = int(record.timeToLive());
        }
        addresses = ipv4Only(addresses);
        if (lookup->error() == QDnsLookup::NoError && !addresses.isEmpty()) {
            deliver(request, {0, addresses, ttl});
            return;
        }
        // manual 2.1.14: <SecondaryDns> is the alternate server
        if (servers.size() > 1 && lookup->error() != QDnsLookup::NotFoundError) {
            askServer(request, servers.mid(1));
            return;
        }
        deliver(request, failed());
    });
    lookup->lookup();
}

void HostResolver::deliverLater(const std::shared_ptr<Request> &request, const Answer &answer)
{
    QMetaObject::invokeMethod(this, [this, request, answer] { deliver(request, answer); }, Qt::QueuedConnection);
}

void HostResolver::deliver(const std::shared_ptr<Request> &request, const Answer &answer)
{
    if (request->answered)
        return;
    request->answered = true;
    request->abort = {};
    if (request->generation != m_generation || !request->context)
        return;
    request->done(answer);
}

} // namespace bc25::sim
