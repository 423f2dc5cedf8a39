// SPDX-License-Identifier: MIT
#include "trafficdecoder.h"

#include "catalogrules.h"

#include "at/lineending.h"
#include "at/protocolrules.h"
#include "profile/moduleprofile.h"

#include <QJsonArray>

namespace bc25 {

const char *DecodedEvent::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Echo: return "echo";
    case Kind::Response: return "response";
    case Kind::Final: return "final";
    case Kind::Prompt: return "prompt";
    case Kind::Urc: return "urc";
    case Kind::Data: return "data";
    case Kind::Unknown: return "unknown";
    }
    return "unknown";
}

QJsonObject DecodedEvent::toJson() const
{
    QJsonObject object;
    object.insert(QLatin1String("kind"), QLatin1String(kindName(kind)));
    object.insert(QLatin1String("offset"), offset);
    if (timestampMs >= 0)
        object.insert(QLatin1String("time"), timestampMs);
    switch (kind) {
    case Kind::Data:
        object.insert(QLatin1String("length"), data.size());
        if (badHex) // the characters as they came: no bytes were read from them
            object.insert(QLatin1String("text"), QString::fromLatin1(data));
        else
            object.insert(QLatin1String("hex"), QString::fromLatin1(data.toHex()));
        if (connectId >= 0)
            object.insert(QLatin1String("connectID"), connectId);
        if (truncated)
            object.insert(QLatin1String("truncated"), true);
        break;
    case Kind::Response:
    case Kind::Final:
    case Kind::Urc: {
        object.insert(QLatin1String("name"), QString::fromLatin1(name));
        QJsonArray array;
        for (const at::Field &field : fields) {
            if (field.isInteger())
                array.append(field.toInteger());
            else
                array.append(QString::fromUtf8(field.text));
        }
        object.insert(QLatin1String("fields"), array);
        if (name.isEmpty())
            object.insert(QLatin1String("text"), QString::fromUtf8(text));
        break;
    }
    case Kind::Echo:
    case Kind::Unknown:
        object.insert(QLatin1String("text"), QString::fromUtf8(text));
        if (overflowed >= 0)
            object.insert(QLatin1String("overflowed"), overflowed);
        break;
    case Kind::Prompt:
        break;
    }
    // A line that is not UTF-8 (noise, a wrong baud rate, binary data outside
    // a payload) prints as U+FFFD in "text": its bytes stay recoverable.
    if (kind != Kind::Data && kind != Kind::Prompt && !QByteArrayView(text).isValidUtf8())
        object.insert(QLatin1String("hex"), QString::fromLatin1(text.toHex()));
    if (!error.isEmpty())
        object.insert(QLatin1String("error"), error);
    if (!drift.isEmpty())
        object.insert(QLatin1String("drift"), drift);
    return object;
}

TrafficDecoder::TrafficDecoder(std::shared_ptr<const profile::ModuleProfile> profile, QObject *parent)
    : QObject(parent)
    , m_assembler(profile->newRules())
{
    // Until the host's side shows up (a capture's TX), commands are known by their echo.
    m_assembler.setCommandsFromEcho(true);
    m_assembler.setListener(this);
    // Direct: the next command begins before the bytes after the send's result are read.
    connect(&m_assembler, &at::TransactionAssembler::becameReady, this, &TrafficDecoder::readWritten);
}

void TrafficDecoder::eventRouted(const at::RoutedEvent &routed)
{
    if (m_listener)
        m_listener->eventRouted(routed);
    if (m_eventsWanted)
        decode(routed);
}

void TrafficDecoder::transactionAssembled(const at::Transaction &transaction)
{
    if (m_listener)
        m_listener->transactionAssembled(transaction);
    emit transactionDecoded(transaction);
}

qint64 TrafficDecoder::inOrder(qint64 timestampMs)
{
    if (timestampMs < 0)
        return timestampMs;
    if (timestampMs < m_latest) {
        ++m_timesWentBack;
        return m_latest;
    }
    m_latest = timestampMs;
    return timestampMs;
}

void TrafficDecoder::advanceTo(qint64 timestampMs)
{
    m_timestamp = timestampMs;
    // Without timestamps (a raw log) no time limit can be judged: nothing expires.
    if (timestampMs >= 0)
        m_assembler.advance(timestampMs);
    // A send that timed out has its result: the engine writes the next command
    // then, without waiting for a late answer; the held command begins now.
    if (m_txRead < m_tx.size() && !m_assembler.hasOpenCommand())
        readWritten();
}

void TrafficDecoder::transmitted(const QByteArray &bytes, qint64 timestampMs)
{
    timestampMs = inOrder(timestampMs);
    advanceTo(timestampMs);
    m_assembler.setCommandsFromEcho(false);
    m_tx += bytes;
    readWritten();
}

void TrafficDecoder::readWritten()
{
    // Direct: becameReady comes from inside the calls below.
    if (m_reading)
        return;
    m_reading = true;
    while (m_txRead < m_tx.size()) {
        const QByteArrayView unread = QByteArrayView(m_tx).sliced(m_txRead);
        if (m_assembler.awaitsData()) {
            // Data after the prompt: the module echoes it; it is not a command.
            // Its length (or its Ctrl+Z) ends it, whatever writes brought it:
            // what follows is the next command, the module's once the send ended.
            const qsizetype data = m_assembler.dataPhaseExtent(unread);
            if (data == 0)
                break;
            m_assembler.dataPieceWritten(unread.first(data), m_timestamp);
            m_txRead += data;
            continue;
        }
        // What follows a data-mode command before its prompt is its data, not a command.
        if (const qsizetype data = m_assembler.dataBeforePrompt(unread); data > 0) {
            m_txRead += data;
            continue;
        }
        // The module reads the next command once this one ended; past the bound
        // the oldest go on at once (each ends the one before: the pairing
        // breaks there, but nothing is held without end).
        if (m_assembler.hasOpenCommand() && unread.size() <= MaxUnreadWritten)
            break;
        if (!takeCommand()) {
            // No line end so far along (no command open, or past the bound): not
            // commands, nothing to learn from it.
            if (unread.size() > at::AtParser::MaxLineLength)
                m_txRead = m_tx.size();
            break;
        }
    }
    // Consumed once: what was read goes when it is the larger part (amortised linear).
    if (m_txRead == m_tx.size()) {
        m_tx.clear();
        m_txRead = 0;
    } else if (m_txRead > m_tx.size() / 2) {
        m_tx.remove(0, m_txRead);
        m_txRead = 0;
    }
    m_reading = false;
}

bool TrafficDecoder::takeCommand()
{
    // A command ends with CR (the workbench's own), CR LF or LF (the terminal's choice).
    const QByteArrayView unread = QByteArrayView(m_tx).sliced(m_txRead);
    qsizetype end = 0;
    while (end < unread.size() && unread.at(end) != '\r' && unread.at(end) != '\n')
        ++end;
    if (end == unread.size())
        return false;
    at::LineEnding ending = unread.at(end) == '\n' ? at::LineEnding::Lf : at::LineEnding::Cr;
    // A CR LF cut between two writes: the command went with the CR (a module
    // echoes it with the CR; an LF after is read as its line end), the LF is an
    // empty line.
    if (ending == at::LineEnding::Cr && end + 1 < unread.size() && unread.at(end + 1) == '\n')
        ending = at::LineEnding::CrLf;
    QByteArrayView line = unread.first(end);
    m_txRead += end + at::lineEndingBytes(ending).size();
    while (!line.isEmpty() && uchar(line.front()) < 0x20)
        line = line.sliced(1); // an Esc that left a data mode
    if (line.trimmed().isEmpty())
        return true;
    at::AtCommand command = m_assembler.rules().commandFor(line.toByteArray());
    command.source = std::exchange(m_nextSource, at::Source::Log);
    command.lineEnding = ending; // the echo to expect
    m_assembler.begin(std::move(command), m_timestamp); // -1: no times, no latencies
    return true;
}

template<typename End>
void TrafficDecoder::endEveryCommand(End end)
{
    for (;;) {
        readWritten();
        if (!m_assembler.hasOpenCommand())
            return;
        end();
    }
}

void TrafficDecoder::received(const QByteArray &bytes, qint64 timestampMs)
{
    timestampMs = inOrder(timestampMs);
    advanceTo(timestampMs);
    m_assembler.feed(bytes, timestampMs);
}

namespace {
constexpr QByteArrayView LinkClosed = "link closed: ";
constexpr QByteArrayView CommandFrom = "command from ";
}

QByteArray TrafficDecoder::sourceNote(at::Source source)
{
    return CommandFrom.toByteArray() + at::Transaction::sourceName(source);
}

QByteArray TrafficDecoder::linkClosedNote(const QString &reason)
{
    return LinkClosed.toByteArray() + reason.toUtf8();
}

bool TrafficDecoder::isSourceNote(QByteArrayView note)
{
    return note.startsWith(CommandFrom);
}

void TrafficDecoder::noted(const QByteArray &text, qint64 timestampMs)
{
    timestampMs = inOrder(timestampMs);
    advanceTo(timestampMs);
    if (text.startsWith(CommandFrom))
        m_nextSource = at::Transaction::sourceNamed(QByteArrayView(text).sliced(CommandFrom.size()));
    // The live engine failed everything pending with the reason at this moment.
    if (text.startsWith(LinkClosed)) {
        const QString reason = QString::fromUtf8(text.sliced(LinkClosed.size()));
        m_assembler.abortAll(reason, timestampMs);
        // Commands held behind a send were pending in the engine too: each fails with it.
        endEveryCommand([&] { m_assembler.abortAll(reason, timestampMs); });
    }
}

void TrafficDecoder::finish()
{
    m_assembler.finish(m_timestamp);
    // Commands held behind a send that never ended were written all the same:
    // each gets its transaction (closed, as the input ends before its answer).
    endEveryCommand([this] { m_assembler.finish(m_timestamp); });
    m_tx.clear(); // a line never ended: the module never took it
    m_txRead = 0;
}

void TrafficDecoder::decode(const at::RoutedEvent &routed)
{
    using Role = at::RoutedEvent::Role;
    const at::AtEvent &event = *routed.event;
    DecodedEvent out;
    out.offset = event.offset;
    out.timestampMs = m_timestamp;
    out.drift = routed.drift;
    if (routed.line) {
        out.error = CatalogRules::errorWords(*routed.line);
        out.text = event.bytes;
        out.name = routed.line->name;
        out.fields = routed.line->fields();
    }
    switch (routed.role) {
    case Role::Echo:
        out.kind = DecodedEvent::Kind::Echo;
        out.text = event.bytes;
        while (out.text.endsWith('\r') || out.text.endsWith('\x1a'))
            out.text.chop(1);
        break;
    case Role::Prompt:
        out.kind = DecodedEvent::Kind::Prompt;
        break;
    case Role::Data:
        out.kind = DecodedEvent::Kind::Data;
        out.data = event.bytes;
        out.truncated = event.truncated;
        out.badHex = event.badHex;
        out.connectId = routed.connectId;
        break;
    case Role::Overflow:
        out.kind = DecodedEvent::Kind::Unknown;
        out.text = event.bytes;
        out.overflowed = event.length;
        break;
    case Role::Response:
        out.kind = DecodedEvent::Kind::Response;
        break;
    case Role::Operation:
        // +QIOPEN: 0,0 answers the command; SEND OK and CLOSE OK end it.
        out.kind = routed.line->prefixed ? DecodedEvent::Kind::Response : DecodedEvent::Kind::Final;
        break;
    case Role::Late:
        // A late +QIOPEN: 0,0 is an answer; a late OK, SEND OK or CLOSE OK a result.
        out.kind = routed.line && routed.line->prefixed ? DecodedEvent::Kind::Response : DecodedEvent::Kind::Final;
        break;
    case Role::Final:
        out.kind = DecodedEvent::Kind::Final;
        break;
    case Role::Urc:
        out.kind = DecodedEvent::Kind::Urc;
        break;
    case Role::Unknown:
        out.kind = routed.line && routed.line->isFinal() ? DecodedEvent::Kind::Final : DecodedEvent::Kind::Unknown;
        break;
    }
    emit decoded(out);
}

} // namespace bc25
