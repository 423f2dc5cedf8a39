// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QString>

namespace bc25 {

// The one rule for "is this an address": a PDP address a module printed
// (AT+CGPADDR), a DNS answer, a ping echo's source. The health check's judges
// and the recipes (usable_address) ask it, so a 0.0.0.0 fails both alike.
class UsableAddress final
{
    Q_DECLARE_TR_FUNCTIONS(bc25::UsableAddress)
public:
    // What the address is for: a context's own (never a loopback one), or a
    // remote host's (a loopback one only when a loopback host was asked for:
    // "localhost" resolves to 127.0.0.1, RFC 6761 6.3).
    enum class Use : quint8 { Context, Host, LoopbackHost };

    // Empty when `text` is usable; else why not, in words ("0.0.0.0 is the
    // unspecified address: no address is set").
    static QString whyNot(const QString &text, Use use);
    static bool isUsable(const QString &text, Use use) { return whyNot(text, use).isEmpty(); }

    // Whether none is set: 0.0.0.0 (or ::), what a module prints for an unset
    // context address or DNS server.
    static bool isUnspecified(const QString &text);

    // A host name or address that names this machine: "localhost",
    // "*.localhost" (RFC 6761 6.3), 127.x.x.x, ::1.
    static bool isLoopbackHost(const QString &host);
};

} // namespace bc25
