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
    connect(&m_assembler, &at::TransactionAssembler::becameReady, this, &TrafficDecoder::releaseHeldTx);
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
    if (!m_heldTx.isEmpty() && !m_assembler.hasOpenCommand())
        releaseHeldTx();
}

void TrafficDecoder::transmitted(const QByteArray &bytes, qint64 timestampMs)
{
    timestampMs = inOrder(timestampMs);
    advanceTo(timestampMs);
    m_assembler.setCommandsFromEcho(false);
    if (!m_heldTx.isEmpty()) {
        hold(bytes); // written after what waits for a send's result: it comes after it
        return;
    }
    if (m_assembler.awaitsData()) {
        // Data after the prompt: the module echoes it; it is not a command. Its
        // length (or its Ctrl+Z) ends it: what follows in the same write is the
        // next command, which the module takes once the send has its result.
        const qsizetype data = m_assembler.dataPhaseExtent(bytes);
        m_assembler.dataWritten(bytes.first(data), timestampMs);
        if (data < bytes.size())
            hold(bytes.sliced(data));
        return;
    }
    takeCommands(bytes, timestampMs);
}

void TrafficDecoder::takeCommands(const QByteArray &bytes, qint64 timestampMs)
{
    m_pendingTx += bytes;
    for (;;) {
        // What follows a data-mode command in the same write is its data, not a command.
        if (const qsizetype data = m_assembler.dataBeforePrompt(m_pendingTx); data > 0) {
            m_pendingTx.remove(0, data);
            if (!m_pendingTx.isEmpty()) {
                // The data is complete and the write goes on: the next command waits for the send.
                hold(std::exchange(m_pendingTx, {}));
                return;
            }
            continue;
        }
        // A command ends with CR (the workbench's own), CR LF or LF (the terminal's choice).
        qsizetype end = 0;
        while (end < m_pendingTx.size() && m_pendingTx.at(end) != '\r' && m_pendingTx.at(end) != '\n')
            ++end;
        if (end == m_pendingTx.size())
            break;
        QByteArray line = m_pendingTx.first(end);
        at::LineEnding ending = m_pendingTx.at(end) == '\n' ? at::LineEnding::Lf : at::LineEnding::Cr;
        if (ending == at::LineEnding::Cr && end + 1 < m_pendingTx.size() && m_pendingTx.at(end + 1) == '\n')
            ending = at::LineEnding::CrLf;
        m_pendingTx.remove(0, end + at::lineEndingBytes(ending).size());
        while (!line.isEmpty() && uchar(line.front()) < 0x20)
            line.remove(0, 1); // an Esc that left a data mode
        if (line.trimmed().isEmpty())
            continue;
        at::AtCommand command = m_assembler.rules().commandFor(line);
        command.source = std::exchange(m_nextSource, at::Source::Log);
        command.lineEnding = ending; // the echo to expect
        const bool dataFollows = command.dataPhase != at::AtCommand::DataPhase::None;
        m_assembler.begin(std::move(command), timestampMs); // -1: no times, no latencies
        if (!dataFollows && !m_pendingTx.isEmpty()) {
            // Commands glued in one write (a paste): the module takes the next once this one ended.
            hold(std::exchange(m_pendingTx, {}));
            return;
        }
    }
    if (m_pendingTx.size() > at::AtParser::MaxLineLength)
        m_pendingTx.clear(); // not commands: nothing to learn from it
}

void TrafficDecoder::hold(QByteArrayView bytes)
{
    // Bounded: past the largest data phase it is no command waiting but noise; it goes on now.
    m_heldTx += bytes;
    if (m_heldTx.size() > at::AtParser::MaxPayloadLength)
        releaseHeldTx();
}

void TrafficDecoder::releaseHeldTx()
{
    // The send ended (its result, a timeout, a restart): the module reads what
    // the host wrote after its data, as the engine writes its next command now.
    if (m_releasing || m_heldTx.isEmpty())
        return;
    m_releasing = true;
    takeCommands(std::exchange(m_heldTx, {}), m_timestamp);
    m_releasing = false;
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
        while (!m_heldTx.isEmpty() || m_assembler.hasOpenCommand()) {
            releaseHeldTx();
            m_assembler.abortAll(reason, timestampMs);
        }
    }
}

void TrafficDecoder::finish()
{
    m_assembler.finish(m_timestamp);
    // Commands held behind a send that never ended were written all the same:
    // each gets its transaction (closed, as the input ends before its answer).
    while (!m_heldTx.isEmpty() || m_assembler.hasOpenCommand()) {
        releaseHeldTx();
        m_assembler.finish(m_timestamp);
    }
}

void TrafficDecoder::decode(const at::RoutedEvent &routed)
{
    using Role = at::RoutedEvent::Role;
    const at::AtEvent &event = *routed.event;
    DecodedEvent out;
    out.offset = event.offset;
    out.timestampMs = m_timestamp;
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
