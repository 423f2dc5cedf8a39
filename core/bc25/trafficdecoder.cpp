// SPDX-License-Identifier: MIT
#include "trafficdecoder.h"

#include "errorcodes.h"

#include <QJsonArray>

namespace bc25 {

namespace {

bool startsLikeCommand(QByteArrayView text)
{
    return text.size() >= 2 && (text[0] == 'A' || text[0] == 'a') && (text[1] == 'T' || text[1] == 't');
}

bool hasDataPhase(const ParsedCommand &command)
{
    return command.form == CommandForm::Write && (command.name == "+QISEND" || command.name == "+QISENDEX")
            && command.arguments.size() <= 2;
}

// The chapter 3 text for the error code a result line carries, if any.
QString errorOf(const at::ResultLine &line)
{
    if (line.final == at::ResultLine::Final::CmeError)
        return ErrorCodes::cmeErrorText(int(line.integer(0)));
    if (line.name == "QIOPEN" && line.fieldCount() == 2 && line.integer(1) > 0)
        return ErrorCodes::text(int(line.integer(1)));
    if (line.name == "QIGETERROR" && line.field(0).isInteger())
        return ErrorCodes::text(int(line.integer(0)));
    if ((line.name == "QNTTP" || line.name == "QNTP") && line.integer(0) > 0)
        return ErrorCodes::text(int(line.integer(0)));
    if (line.name == "QPING" && line.field(0).isInteger()) {
        const int result = int(line.integer(0));
        if (result != 0 && result != 2)
            return ErrorCodes::pingResultText(result);
    }
    if (line.name == "QIURC" && line.field(0).text == "dnsgip" && line.field(1).isInteger() && line.integer(1) > 0)
        return ErrorCodes::text(int(line.integer(1)));
    return {};
}

} // namespace

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
    if (!error.isEmpty())
        object.insert(QLatin1String("error"), error);
    return object;
}

TrafficDecoder::TrafficDecoder(QObject *parent)
    : QObject(parent)
    , m_tracker(&m_parser)
{
    connect(&m_parser, &at::AtParser::eventParsed, this, &TrafficDecoder::onEvent);
}

void TrafficDecoder::transmitted(const QByteArray &bytes, qint64 timestampMs)
{
    m_timestamp = timestampMs;
    if (m_payloadNext) {
        // Data after the prompt: the module echoes it; it is not a command.
        m_payloadNext = false;
        m_parser.expectEcho(bytes);
        return;
    }
    m_pendingTx += bytes;
    for (;;) {
        const qsizetype end = m_pendingTx.indexOf('\r');
        if (end < 0)
            break;
        const QByteArray line = m_pendingTx.first(end);
        m_pendingTx.remove(0, end + 1);
        const QByteArray command = line.trimmed();
        if (command.isEmpty())
            continue;
        m_parser.expectEcho(line + '\r');
        onCommand(command);
    }
    if (m_pendingTx.size() > at::AtParser::MaxLineLength)
        m_pendingTx.clear(); // not commands: nothing to learn from it
}

void TrafficDecoder::received(const QByteArray &bytes, qint64 timestampMs)
{
    m_timestamp = timestampMs;
    m_parser.feed(bytes);
}

void TrafficDecoder::finish()
{
    m_parser.finish();
}

void TrafficDecoder::onCommand(const QByteArray &commandLine)
{
    m_openCommand = CommandCatalog::parse(commandLine);
    m_commandOpen = true;
    m_tracker.observeCommand(commandLine);
    const bool dataPhase = hasDataPhase(m_openCommand);
    m_parser.setPromptExpected(dataPhase);
    m_payloadNext = false;
}

void TrafficDecoder::onEvent(const at::AtEvent &event)
{
    DecodedEvent out;
    out.offset = event.offset;
    out.timestampMs = m_timestamp;
    switch (event.kind) {
    case at::AtEvent::Kind::Echo:
        out.kind = DecodedEvent::Kind::Echo;
        out.text = event.bytes;
        while (out.text.endsWith('\r') || out.text.endsWith('\x1a'))
            out.text.chop(1);
        break;
    case at::AtEvent::Kind::Prompt:
        out.kind = DecodedEvent::Kind::Prompt;
        m_payloadNext = true;
        break;
    case at::AtEvent::Kind::Data:
        out.kind = DecodedEvent::Kind::Data;
        out.data = event.bytes;
        out.truncated = event.truncated;
        out.connectId = event.connectId;
        if (out.connectId < 0 && m_commandOpen && m_openCommand.name == "+QIRD")
            out.connectId = int(m_openCommand.arguments.value(0).toInteger());
        break;
    case at::AtEvent::Kind::Overflow:
        out.kind = DecodedEvent::Kind::Unknown;
        out.text = event.bytes;
        out.overflowed = event.length;
        break;
    case at::AtEvent::Kind::Line:
        onLine(event, out);
        break;
    }
    emit decoded(out);
}

void TrafficDecoder::onLine(const at::AtEvent &event, DecodedEvent &out)
{
    out.text = event.bytes;
    if (startsLikeCommand(event.bytes)) {
        // A raw log with echo on: the command as the module echoed it.
        out.kind = DecodedEvent::Kind::Echo;
        onCommand(event.bytes.trimmed());
        return;
    }
    const at::ResultLine line = at::ResultLine::parse(event.bytes);
    m_tracker.observeLine(line);
    out.name = line.name;
    out.fields = line.fields;
    out.error = errorOf(line);

    if (line.isFinal()) {
        out.kind = DecodedEvent::Kind::Final;
        m_commandOpen = false;
        m_parser.setPromptExpected(false);
        return;
    }
    if (line.name == "SEND OK" || line.name == "SEND FAIL" || line.name == "CLOSE OK") {
        out.kind = DecodedEvent::Kind::Final;
        return;
    }
    if (line.prefixed) {
        bool owned = false;
        if (m_commandOpen) {
            owned = m_openCommand.spec ? m_openCommand.spec->ownedPrefixes.contains(line.name)
                                       : m_openCommand.name.mid(1) == line.name;
        }
        out.kind = owned ? DecodedEvent::Kind::Response : DecodedEvent::Kind::Urc;
        return;
    }
    if (!line.name.isEmpty()) {
        out.kind = DecodedEvent::Kind::Urc; // RDY, POWERED DOWN
        return;
    }
    const bool ownsText = m_commandOpen && (!m_openCommand.spec || m_openCommand.spec->ownsTextLines);
    out.kind = ownsText ? DecodedEvent::Kind::Response : DecodedEvent::Kind::Unknown;
}

} // namespace bc25
