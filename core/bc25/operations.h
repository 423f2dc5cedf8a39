// SPDX-License-Identifier: MIT
#pragma once

#include "at/atcommand.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace bc25 {

// The second phases of the manual's two-phase commands (DESIGN.md, rule 4):
// which later lines end them and how long to wait. The engine asks them
// about every line before anything else.

struct CommandSpec;

// +QIOPEN: <connectID>,<err>. How long it may take is the model's (its
// AT+QIOPEN entry: the BC25's manual 2.1.1, note 1, 36 s for an IP and 176 s
// for a name; the BG96's application note 2.2.4, 150 s).
class OpenOperation final : public at::OperationMatcher
{
    Q_DECLARE_TR_FUNCTIONS(bc25::OpenOperation)
public:
    OpenOperation(int connectId, int timeoutMs);
    // The one place that decides the wait: the model's AT+QIOPEN entry, for
    // an IP address or a name to resolve.
    static int timeoutMsFor(const CommandSpec &open, const QString &host);
    static bool isIpAddress(const QString &host);
    Match match(const at::ResultLine &line) override;
    [[nodiscard]] std::shared_ptr<at::OperationMatcher> clone() const override { return std::make_shared<OpenOperation>(*this); }
    [[nodiscard]] QString description() const override;
    [[nodiscard]] int timeoutMs() const override { return m_timeoutMs; }
    [[nodiscard]] int connectId() const override { return m_connectId; }
    // An open the module confirmed means the socket was free: whatever was
    // pending on it (an open whose +QIOPEN never came, a close) is over.
    [[nodiscard]] bool supersedes(const at::OperationMatcher &older) const override
    {
        return older.connectId() == m_connectId;
    }

private:
    int m_connectId;
    int m_timeoutMs;
};

// SEND OK / SEND FAIL after QISEND or QISENDEX; they carry no socket, and the
// module refuses a second send until the first has ended (manual 4.1.2).
class SendOperation final : public at::OperationMatcher
{
    Q_DECLARE_TR_FUNCTIONS(bc25::SendOperation)
public:
    static constexpr int TimeoutMs = 30000;

    explicit SendOperation(int connectId) : m_connectId(connectId) {}
    Match match(const at::ResultLine &line) override;
    [[nodiscard]] std::shared_ptr<at::OperationMatcher> clone() const override { return std::make_shared<SendOperation>(*this); }
    [[nodiscard]] QString description() const override;
    [[nodiscard]] int timeoutMs() const override { return TimeoutMs; }
    [[nodiscard]] int connectId() const override { return m_connectId; }
    // One send at a time, whatever the socket (manual 4.1.2).
    [[nodiscard]] bool supersedes(const at::OperationMatcher &older) const override
    {
        return dynamic_cast<const SendOperation *>(&older) != nullptr;
    }
    // The module answers sends in order (manual 4.1.2: one at a time): a
    // timed-out send's late SEND OK comes before a newer send's.
    [[nodiscard]] bool answeredInOrder() const override { return true; }

private:
    int m_connectId;
};

// CLOSE OK after QICLOSE; "depending on the network, the maximum response time is 10s" (manual 4.3.4).
class CloseOperation final : public at::OperationMatcher
{
    Q_DECLARE_TR_FUNCTIONS(bc25::CloseOperation)
public:
    static constexpr int TimeoutMs = 12000;

    explicit CloseOperation(int connectId) : m_connectId(connectId) {}
    Match match(const at::ResultLine &line) override;
    [[nodiscard]] std::shared_ptr<at::OperationMatcher> clone() const override { return std::make_shared<CloseOperation>(*this); }
    [[nodiscard]] QString description() const override;
    [[nodiscard]] int timeoutMs() const override { return TimeoutMs; }
    [[nodiscard]] int connectId() const override { return m_connectId; }
    // The host's close is answered whatever the remote side did.
    [[nodiscard]] bool endsWhenSocketCloses() const override { return false; }
    // A socket being closed has nothing else pending: an open whose +QIOPEN
    // never came would otherwise take the next open's result.
    [[nodiscard]] bool supersedes(const at::OperationMatcher &older) const override
    {
        return older.connectId() == m_connectId;
    }

private:
    int m_connectId;
};

// +QPING: <result>,... per echo, then the final +QPING: <finresult>[,<sent>,...] (manual 2.1.8).
class PingOperation final : public at::OperationMatcher
{
    Q_DECLARE_TR_FUNCTIONS(bc25::PingOperation)
public:
    // Each echo may take <time_out> seconds; the timer restarts on every line.
    // `successCode`: the summary's <finresult> that says it went well (the model's);
    // `echoCodes`: the <result>s of a shorter line that are one request's, not the end.
    // `host`: the command's <host>; an IP address tells its echoes from another ping's.
    PingOperation(int timeoutSeconds, int successCode, QList<int> echoCodes, const QString &host = {});
    Match match(const at::ResultLine &line) override;
    [[nodiscard]] std::shared_ptr<at::OperationMatcher> clone() const override { return std::make_shared<PingOperation>(*this); }
    [[nodiscard]] QString description() const override;
    [[nodiscard]] int timeoutMs() const override { return m_timeoutMs; }
    [[nodiscard]] bool progressRestartsTimer() const override { return true; }
    // An echo names the <IP_address> it came from (manual 2.1.8): two pings of
    // different addresses are told apart; of names, not (a name resolves to any).
    [[nodiscard]] bool answersToldApart(const at::OperationMatcher &older) const override;
    [[nodiscard]] bool answerBegun() const override { return m_echoSeen; }

private:
    int m_timeoutMs;
    int m_successCode;
    QList<int> m_echoCodes;
    QHostAddress m_host; // null for a name
    bool m_echoSeen = false;
};

// +QNTTP: <err>[,<time>] (some firmware prints +QNTP).
class NtpOperation final : public at::OperationMatcher
{
    Q_DECLARE_TR_FUNCTIONS(bc25::NtpOperation)
public:
    static constexpr int TimeoutMs = 125000;

    Match match(const at::ResultLine &line) override;
    [[nodiscard]] std::shared_ptr<at::OperationMatcher> clone() const override { return std::make_shared<NtpOperation>(*this); }
    [[nodiscard]] QString description() const override;
    [[nodiscard]] int timeoutMs() const override { return TimeoutMs; }
};

// +QIURC: "dnsgip",<err>,<IP_count>,<DNS_ttl> then <IP_count> lines +QIURC: "dnsgip",<ip>.
class DnsOperation final : public at::OperationMatcher
{
    Q_DECLARE_TR_FUNCTIONS(bc25::DnsOperation)
public:
    static constexpr int TimeoutMs = 60000;

    Match match(const at::ResultLine &line) override;
    [[nodiscard]] std::shared_ptr<at::OperationMatcher> clone() const override { return std::make_shared<DnsOperation>(*this); }
    [[nodiscard]] QString description() const override;
    [[nodiscard]] int timeoutMs() const override { return TimeoutMs; }
    [[nodiscard]] bool progressRestartsTimer() const override { return true; }

private:
    int m_addressesLeft = -1; // -1 until the header arrives
};

} // namespace bc25
