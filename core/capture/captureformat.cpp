// SPDX-License-Identifier: MIT
#include "captureformat.h"

namespace bc25::capture::CaptureFormat {

namespace {
constexpr char HexDigits[] = "0123456789ABCDEF";

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}
} // namespace

QByteArray escape(QByteArrayView bytes)
{
    QByteArray out;
    out.reserve(bytes.size() + bytes.size() / 4);
    for (const char c : bytes) {
        const auto b = static_cast<unsigned char>(c);
        switch (c) {
        case '\\': out += "\\\\"; continue;
        case '\r': out += "\\r"; continue;
        case '\n': out += "\\n"; continue;
        case '\t': out += "\\t"; continue;
        default: break;
        }
        if (b >= 0x20 && b < 0x7f) {
            out += c;
        } else {
            out += "\\x";
            out += HexDigits[b >> 4];
            out += HexDigits[b & 0xf];
        }
    }
    return out;
}

QByteArray unescape(QByteArrayView text)
{
    QByteArray out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c != '\\' || i + 1 >= text.size()) {
            out += c;
            continue;
        }
        const char next = text[i + 1];
        switch (next) {
        case '\\': out += '\\'; ++i; continue;
        case 'r': out += '\r'; ++i; continue;
        case 'n': out += '\n'; ++i; continue;
        case 't': out += '\t'; ++i; continue;
        case 'x':
            if (i + 3 < text.size() && hexValue(text[i + 2]) >= 0 && hexValue(text[i + 3]) >= 0) {
                out += char(hexValue(text[i + 2]) * 16 + hexValue(text[i + 3]));
                i += 3;
                continue;
            }
            break;
        default:
            break;
        }
        out += c; // not an escape we wrote: keep it as it is
    }
    return out;
}

QByteArray formatRecord(const CaptureRecord &record)
{
    const char *direction = record.direction == CaptureRecord::Direction::Transmit ? " TX "
                          : record.direction == CaptureRecord::Direction::Receive  ? " RX "
                                                                                  : " EV ";
    return QByteArray::number(record.timestampMs) + direction + escape(record.bytes) + '\n';
}

qsizetype firstBadEscape(QByteArrayView text)
{
    for (qsizetype i = text.indexOf('\\'); i >= 0; i = text.indexOf('\\', i)) {
        if (i + 1 >= text.size())
            return i;
        switch (text[i + 1]) {
        case '\\': case 'r': case 'n': case 't':
            i += 2;
            continue;
        case 'x': {
            if (i + 3 >= text.size() || hexValue(text[i + 2]) < 0 || hexValue(text[i + 3]) < 0)
                return i;
            // escape() writes \xHH only for a byte it cannot write otherwise: "\x41" is no record of ours.
            const int b = hexValue(text[i + 2]) * 16 + hexValue(text[i + 3]);
            if ((b >= 0x20 && b < 0x7f) || b == '\r' || b == '\n' || b == '\t')
                return i;
            i += 4;
            continue;
        }
        default:
            return i;
        }
    }
    return -1;
}

std::optional<CaptureRecord> parseRecord(QByteArrayView line, Damage *damage)
{
    auto damaged = [damage](Damage why) {
        if (damage)
            *damage = why;
        return std::nullopt;
    };
    if (damage)
        *damage = Damage::None;
    if (line.endsWith('\r'))
        line.chop(1);
    if (line.isEmpty() || line.startsWith('#'))
        return std::nullopt;
    const qsizetype space = line.indexOf(' ');
    bool ok = false;
    CaptureRecord record;
    record.timestampMs = (space < 0 ? line : line.first(space)).toLongLong(&ok);
    if (ok && (line.front() < '0' || line.front() > '9') && line.front() != '-')
        ok = false; // the writer writes digits alone: "+1764…" or " 1764…" is damage
    if (!ok)
        return damaged(Damage::NoTime);
    if (record.timestampMs < 0)
        return damaged(Damage::NegativeTime); // the writer writes the clock's time since the epoch

    if (space < 0 || line.size() < space + 4 || line[space + 3] != ' ')
        return damaged(Damage::NoDirection);
    const QByteArrayView direction = line.sliced(space + 1, 2);
    if (direction == "TX")
        record.direction = CaptureRecord::Direction::Transmit;
    else if (direction == "RX")
        record.direction = CaptureRecord::Direction::Receive;
    else if (direction == "EV")
        record.direction = CaptureRecord::Direction::Note;
    else
        return damaged(Damage::NoDirection);
    const QByteArrayView escaped = line.sliced(space + 4);
    // escape() writes printable ASCII only: any other byte (0x00, 0xFF) is damage, not data.
    for (const char c : escaped) {
        if (uchar(c) < 0x20 || uchar(c) >= 0x7f)
            return damaged(Damage::RawByte);
    }
    if (firstBadEscape(escaped) >= 0)
        return damaged(Damage::BadEscape);
    record.bytes = unescape(escaped);
    return record;
}

Kind classify(QByteArrayView head)
{
    if (head.startsWith(Utf8Bom))
        head = head.sliced(Utf8Bom.size());
    const qsizetype end = head.indexOf('\n');
    QByteArrayView first = end < 0 ? head : head.first(end);
    // Trailing blanks (an editor's, a copy's) say nothing: "#bc25-capture 1 " is version 1.
    while (first.endsWith('\r') || first.endsWith(' ') || first.endsWith('\t'))
        first.chop(1);
    if (first == Magic)
        return Kind::Capture;
    constexpr QByteArrayView Family = "#bc25-capture ";
    if (first.startsWith(Family))
        return Kind::OtherVersion;
    // A module never prints '#' first, nor a line of a time and TX/RX/EV: a
    // header with a flipped byte, or records without their header.
    // Blank lines or blanks before it are no header either: the first line that
    // is not blank decides (a raw log of the module's output starts "\r\n").
    QByteArrayView rest = head;
    while (!rest.isEmpty()) {
        const qsizetype lineEnd = rest.indexOf('\n');
        const QByteArrayView line = (lineEnd < 0 ? rest : rest.first(lineEnd)).trimmed();
        if (!line.isEmpty()) {
            if (line.startsWith("#bc") || parseRecord(line))
                return Kind::DamagedHeader;
            break;
        }
        if (lineEnd < 0)
            break;
        rest = rest.sliced(lineEnd + 1);
    }
    return Kind::RawLog;
}

QByteArray modelOf(QByteArrayView head, int *lineNumber, int *repeatedLine)
{
    int number = 0;
    bool named = false;
    QByteArray model;
    while (!head.isEmpty()) {
        ++number;
        const qsizetype end = head.indexOf('\n');
        QByteArrayView line = end < 0 ? head : head.first(end);
        head = end < 0 ? QByteArrayView() : head.sliced(end + 1);
        if (line.endsWith('\r'))
            line.chop(1);
        if (!line.startsWith('#'))
            break; // the records have begun
        if (!line.startsWith(ModelComment))
            continue;
        if (named) {
            // Two models in one header: the first winning silently would read
            // the capture by a model its writer may not have meant.
            if (repeatedLine)
                *repeatedLine = number;
            return {};
        }
        named = true;
        if (lineNumber)
            *lineNumber = number; // where a model no profile has is said to be named
        model = line.sliced(ModelComment.size()).trimmed().toByteArray().toLower();
    }
    return model;
}

bool looksLikeCapture(QByteArrayView head)
{
    return classify(head) == Kind::Capture;
}

} // namespace bc25::capture::CaptureFormat
