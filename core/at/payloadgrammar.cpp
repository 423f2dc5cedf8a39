// SPDX-License-Identifier: MIT
#include "payloadgrammar.h"

#include <algorithm>
#include <cstring>

namespace bc25::at {

namespace {

constexpr int MaxFields = 8; // more than any announcing line has

// A plain unsigned decimal field, surrounding spaces allowed; -1 otherwise.
qint64 decimal(QByteArrayView field)
{
    field = field.trimmed();
    if (field.isEmpty() || field.size() > 12)
        return -1;
    qint64 value = 0;
    for (const char c : field) {
        if (c < '0' || c > '9')
            return -1;
        value = value * 10 + (c - '0');
    }
    return value;
}

// Splits "a,b,c" at commas, into at most `capacity` fields; capacity + 1
// when there are more. The announcing lines never quote a comma.
int splitFields(QByteArrayView text, QByteArrayView *out, int capacity)
{
    int count = 0;
    const char *from = text.data();
    const char *const end = from + text.size();
    while (count < capacity) {
        // memchr: QByteArrayView::indexOf(char) is a general search call.
        const auto *comma = static_cast<const char *>(std::memchr(from, ',', size_t(end - from)));
        out[count++] = QByteArrayView(from, (comma ? comma : end) - from);
        if (!comma)
            return count;
        from = comma + 1;
    }
    return capacity + 1; // more fields than the shape has
}

bool quoted(QByteArrayView field)
{
    field = field.trimmed();
    return field.size() >= 2 && field.front() == '"' && field.back() == '"';
}

bool hexDigits(QByteArrayView text)
{
    return std::all_of(text.begin(), text.end(), [](char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    });
}

} // namespace

PayloadHeader PayloadGrammar::headerOf(QByteArrayView line, const ParserSettings &settings) const
{
    if (const std::optional<PayloadHeader> own = match(announcements, line, settings, false))
        return *own;
    return match(driftAnnouncements, line, settings, false).value_or(PayloadHeader {});
}

PayloadHeader PayloadGrammar::headerBeforeComma(QByteArrayView text, const ParserSettings &settings) const
{
    return match(announcements, text, settings, true).value_or(PayloadHeader {});
}

std::optional<PayloadHeader> PayloadGrammar::match(const QList<PayloadAnnouncement> &shapes, QByteArrayView line,
                                                  const ParserSettings &settings, bool beforeComma) const
{
    using Field = PayloadAnnouncement::Field;
    for (const PayloadAnnouncement &shape : shapes) {
        // Asked at every line end: most lines differ at their first byte or at
        // the prefix's last (the colon: "+QISTATE:" is no "+QIRD:").
        if (line.size() < shape.prefix.size()
            || (!shape.prefix.isEmpty()
                && (line.front() != shape.prefix.front() || line[shape.prefix.size() - 1] != shape.prefix.back()))
            || std::memcmp(line.data(), shape.prefix.constData(), size_t(shape.prefix.size())) != 0)
            continue;
        // The data on the line is whole only at the line end (never in viewmode 1's cut).
        if (beforeComma && shape.fields.contains(Field::HexData))
            continue;
        const int wanted = int(qMin<qsizetype>(shape.fields.size(), MaxFields));
        QByteArrayView fields[MaxFields];
        const int count = splitFields(line.sliced(shape.prefix.size()), fields, wanted);
        const bool remainingLast = wanted > 0 && shape.fields.at(wanted - 1) == Field::Remaining;
        const bool countFits = beforeComma ? count == wanted - int(remainingLast && !settings.showLength)
                                           : count == wanted || (remainingLast && count == wanted - 1);
        if (!countFits)
            continue;
        PayloadHeader header;
        bool fits = true;
        for (int i = 0; i < count && fits; ++i) {
            switch (shape.fields.at(i)) {
            case Field::Length: header.length = decimal(fields[i]); break;
            case Field::Remaining: fits = decimal(fields[i]) >= 0; break;
            case Field::Type: fits = fields[i].trimmed() == shape.type; break;
            case Field::Address: fits = quoted(fields[i]); break;
            case Field::Port: fits = decimal(fields[i]) >= 0; break;
            case Field::HexData: {
                // "<hex>" as the model prints it; a field cut before its closing
                // quote is data cut short; bare hex digits are data in the wrong
                // form (drift). Anything else is no payload line (adv6 F2).
                const QByteArrayView hex = fields[i].trimmed();
                if (quoted(hex)) {
                    header.dataStart = hex.data() + 1 - line.data();
                    header.dataSize = hex.size() - 2;
                } else if (!hex.isEmpty() && hex.front() == '"' && !hex.sliced(1).contains('"')) {
                    header.dataStart = hex.data() + 1 - line.data();
                    header.dataSize = hex.size() - 1;
                    header.dataCut = true;
                } else if (!hex.isEmpty() && hexDigits(hex)) {
                    header.dataStart = hex.data() - line.data();
                    header.dataSize = hex.size();
                    header.dataUnquoted = true;
                } else {
                    fits = false;
                }
                break;
            }
            case Field::ConnectId: {
                // A socket outside the model's range is drift (LineExpectations
                // says so), but the line still announces its data: read at its
                // best, the bytes are payload, never lines that could end a
                // command (adv6 F1). Two digits at most: no model has 100 sockets.
                const qint64 id = decimal(fields[i]);
                fits = id >= 0 && id < std::max(socketCount, 100);
                header.connectId = int(id);
                break;
            }
            }
        }
        if (!fits)
            continue;
        const bool lengthOnly = settings.showLength || shape.lengthInBufferAccess
                                || (shape.lengthWithRecvIndication && settings.recvIndication);
        // A socket known to be in buffer access never gets data after its
        // "recv" URC (manual 1.2): the length is a notice, whatever the
        // settings are thought to be (showlength 1 may be in NVRAM from
        // before the log began, adv F4).
        if (!beforeComma && shape.silentInBufferAccess && header.connectId >= 0
            && !settings.isDirectPush(header.connectId)
            && (lengthOnly || settings.isKnownBufferAccess(header.connectId)))
            header.length = -1;
        return header;
    }
    return std::nullopt;
}

} // namespace bc25::at
