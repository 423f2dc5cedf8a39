// SPDX-License-Identifier: MIT
#pragma once

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>

namespace bc25::sim {

// Resolves host names for the virtual module the way a module's IPv4 context
// would: IPv4 answers only, "localhost" without asking anyone (RFC 6761), and
// an answer within a time limit even where no DNS server answers. QIOPEN,
// QPING, QNTTP and QIDNSGIP all resolve through the module's one resolver.
class HostResolver final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HostResolver)
public:
    static constexpr int DefaultTimeoutMs = 20000;
    static constexpr int SystemResolverTtl = 600; // the system resolver does not tell the TTL

    struct Answer
    {
        int error = 0;                // 0, or an <err> code of chapter 3 (565)
        QList<QHostAddress> addresses; // IPv4, in the order the source gave them
        int ttl = 0;
    };
    using Callback = std::function<void(const Answer &)>;

    explicit HostResolver(QObject *parent = nullptr);
    ~HostResolver() override;

    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    [[nodiscard]] int timeoutMs() const { return m_timeoutMs; }
    // The hosts file read before the system resolver ("" for none).
    void setHostsFile(const QString &path) { m_hostsFile = path; }
    // The dns-fail fault: no name resolves (565); an IP address and the loopback name still do.
    // Here, so that every lookup fails alike: QIDNSGIP, QPING, QNTTP, QIOPEN.
    void setNoAnswer(bool noAnswer) { m_noAnswer = noAnswer; }
    // The servers of AT+QIDNSCFG; a null or 0.0.0.0 primary means the system resolver.
    void setServers(const QHostAddress &primary, const QHostAddress &secondary);
    [[nodiscard]] QHostAddress primaryServer() const { return m_primary; }
    [[nodiscard]] QHostAddress secondaryServer() const { return m_secondary; }

    // Calls `done` once, from the event loop (never inside this call), at the
    // latest after timeoutMs(); nothing is called once `context` is gone.
    void resolve(const QString &host, QObject *context, Callback done);
    // Drops every answer still to come (the module rebooted).
    void cancelAll() { ++m_generation; }

    // RFC 6761 6.3: "localhost" and names under ".localhost" are the loopback.
    [[nodiscard]] static bool isLocalhostName(const QString &name);
    // RFC 6761 6.4: names under ".invalid" never resolve.
    [[nodiscard]] static bool isInvalidName(const QString &name);
    // The IPv4 addresses a hosts file (hosts(5)) gives `name`, in file order.
    [[nodiscard]] static QList<QHostAddress> hostsFileAddresses(const QString &path, const QString &name);

private:
    struct Request;
    void askSystem(const std::shared_ptr<Request> &request);
    void askServer(const std::shared_ptr<Request> &request, const QList<QHostAddress> &servers);
    void deliver(const std::shared_ptr<Request> &request, const Answer &answer);
    void deliverLater(const std::shared_ptr<Request> &request, const Answer &answer);

    QHostAddress m_primary;
    bool m_noAnswer = false;
    QHostAddress m_secondary;
    QString m_hostsFile;
    int m_timeoutMs = DefaultTimeoutMs;
    int m_generation = 0;
};

} // namespace bc25::sim
