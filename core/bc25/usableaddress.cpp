// SPDX-License-Identifier: MIT
#include "usableaddress.h"

#include <QHostAddress>
#include <QStringList>

#include <algorithm>
#include <array>
#include <optional>

namespace bc25 {

namespace {

// A number of a dotted address as 27.007 10.1.14 prints it ("dot-separated
// numeric (0-255) parameters"): decimal, no sign, no leading zero. inet_aton
// would also take 0x7f, 017 (octal) and fewer parts (127.1): no module
// prints those, and two programs read them differently.
std::optional<int> dottedNumber(const QString &part, QString &why)
{
    const bool digits = !part.isEmpty() && part.size() <= 3
                        && std::all_of(part.cbegin(), part.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
    if (!digits) {
        why = UsableAddress::tr("\"%1\" is not a decimal number 0-255").arg(part);
        return std::nullopt;
    }
    if (part.size() > 1 && part.front() == u'0') {
        why = UsableAddress::tr("\"%1\" has a leading zero, which some programs read as an octal number").arg(part);
        return std::nullopt;
    }
    const int value = part.toInt();
    if (value > 255) {
        why = UsableAddress::tr("%1 is more than 255").arg(value);
        return std::nullopt;
    }
    return value;
}

// A loopback address where another was wanted: no network gives one to a
// context; a name other than localhost that resolves to one was blocked.
QString loopbackWhyNot(const QString &text, UsableAddress::Use use)
{
    return use == UsableAddress::Use::Context
            ? UsableAddress::tr("%1 is a loopback address: it names the module itself, no network gives it to a context").arg(text)
            : UsableAddress::tr("%1 is a loopback address: it names the module itself, not the host asked for").arg(text);
}

QString ipv4WhyNot(const QString &text, const std::array<int, 4> &a, UsableAddress::Use use)
{
    if (a == std::array<int, 4> {0, 0, 0, 0})
        return UsableAddress::tr("0.0.0.0 is the unspecified address: no address is set");
    if (a[0] == 0)
        return UsableAddress::tr("%1 is in 0.0.0.0/8, which names no host (RFC 1122 3.2.1.3)").arg(text);
    if (a[0] == 127 && use != UsableAddress::Use::LoopbackHost)
        return loopbackWhyNot(text, use);
    if (a[0] >= 224 && a[0] <= 239)
        return UsableAddress::tr("%1 is a multicast address: it names a group, not one host").arg(text);
    if (a == std::array<int, 4> {255, 255, 255, 255})
        return UsableAddress::tr("255.255.255.255 is the broadcast address: it names every host on the link");
    if (a[0] >= 240)
        return UsableAddress::tr("%1 is reserved (240.0.0.0/4): no host has it").arg(text);
    return {};
}

QString ipv6WhyNot(const QString &text, const Q_IPV6ADDR &a, UsableAddress::Use use)
{
    const auto zeroUpTo = [&a](int end) { return std::all_of(a.c, a.c + end, [](quint8 b) { return b == 0; }); };
    if (zeroUpTo(16))
        return UsableAddress::tr("%1 is the unspecified address: no address is set").arg(text);
    if (zeroUpTo(15) && a.c[15] == 1 && use != UsableAddress::Use::LoopbackHost)
        return loopbackWhyNot(text, use);
    // RFC 4291 2.5.5.2: an IPv4 address written as IPv6, which a module prints as a.b.c.d.
    if (zeroUpTo(10) && a.c[10] == 0xff && a.c[11] == 0xff)
        return UsableAddress::tr("%1 is an IPv4 address written as IPv6 (::ffff:…): a module gives an IPv4 address as a.b.c.d").arg(text);
    if (a.c[0] == 0xff)
        return UsableAddress::tr("%1 is a multicast address: it names a group, not one host").arg(text);
    return {};
}

// IPv6 in colon notation, as +CGPADDR prints it with AT+CGPIAF set, or a
// lookup's AAAA answer; no scope ("%eth0"), which no module prints.
std::optional<Q_IPV6ADDR> colonIpv6(const QString &text)
{
    const bool characters = std::all_of(text.cbegin(), text.cend(), [](QChar c) {
        return c.isDigit() || (c.toLower() >= u'a' && c.toLower() <= u'f') || c == u':' || c == u'.';
    });
    const QHostAddress address(text);
    if (!characters || address.protocol() != QAbstractSocket::IPv6Protocol)
        return std::nullopt;
    return address.toIPv6Address();
}

} // namespace

QString UsableAddress::whyNot(const QString &text, Use use)
{
    if (text.isEmpty())
        return tr("no address was given");
    const QStringList parts = text.split(u'.');
    if (text.contains(u':')) {
        const std::optional<Q_IPV6ADDR> address = colonIpv6(text);
        if (!address)
            return tr("\"%1\" is not an IPv6 address").arg(text);
        return ipv6WhyNot(text, *address, use);
    }
    if (parts.size() != 4 && parts.size() != 16)
        return tr("\"%1\" is not an address: IPv4 is four numbers 0-255 with dots between (a.b.c.d, 3GPP TS "
                  "27.007 10.1.14)").arg(text);
    QList<int> numbers;
    for (const QString &part : parts) {
        QString why;
        const std::optional<int> number = dottedNumber(part, why);
        if (!number)
            return tr("\"%1\" is not an address: %2").arg(text, why);
        numbers << *number;
    }
    if (numbers.size() == 4)
        return ipv4WhyNot(text, {numbers[0], numbers[1], numbers[2], numbers[3]}, use);
    // 27.007 10.1.14: IPv6 as sixteen dot-separated octets (AT+CGPIAF's default).
    Q_IPV6ADDR address;
    for (int i = 0; i < 16; ++i)
        address.c[i] = quint8(numbers.at(i));
    return ipv6WhyNot(text, address, use);
}

bool UsableAddress::isUnspecified(const QString &text)
{
    if (text.contains(u':'))
        return QHostAddress(text) == QHostAddress(QHostAddress::AnyIPv6);
    const QStringList parts = text.split(u'.');
    return (parts.size() == 4 || parts.size() == 16) && std::all_of(parts.cbegin(), parts.cend(), [](const QString &part) {
               return !part.isEmpty() && std::all_of(part.cbegin(), part.cend(), [](QChar c) { return c == u'0'; });
           });
}

bool UsableAddress::isLoopbackHost(const QString &host)
{
    const QString name = host.trimmed().toLower();
    if (name == QLatin1String("localhost") || name.endsWith(QLatin1String(".localhost")))
        return true;
    // An address usable as a loopback host's and not as another's is a loopback one.
    return isUsable(name, Use::LoopbackHost) && !isUsable(name, Use::Host);
}

} // namespace bc25
