// SPDX-License-Identifier: MIT
#include "transactionjson.h"

namespace bc25 {

namespace {

// Compact JSON written straight into bytes: bc25-decode prints a line per
// transaction, and QJsonDocument would cost more than the decoding itself.
class JsonWriter
{
public:
    explicit JsonWriter(QByteArray &out) : m_out(out) { m_out += '{'; }
    ~JsonWriter() { m_out += '}'; }

    // Text as UTF-8, as the events print it: bytes that do not decode show
    // as U+FFFD and `<key>Hex` keeps them all ("commandHex": "41ff…").
    void text(QByteArrayView key, QByteArrayView value)
    {
        name(key);
        const bool valid = value.isValidUtf8();
        quoted(valid ? value : QByteArrayView(QString::fromUtf8(value).toUtf8()));
        if (!valid)
            string(key.toByteArray() + "Hex", value.toByteArray().toHex());
    }
    // Plain ASCII: names, hex.
    void string(QByteArrayView key, QByteArrayView value)
    {
        name(key);
        quoted(value);
    }
    void number(const char *key, qint64 value)
    {
        name(key);
        m_out += QByteArray::number(value);
    }
    void flag(const char *key)
    {
        name(key);
        m_out += "true";
    }
    // The lines as text; when one does not decode, `<key>Hex` beside them,
    // one entry a line: its bytes as hex, or null for a line that decodes.
    void lines(const char *key, const QList<at::ResultLine> &lines)
    {
        name(key);
        m_out += '[';
        bool anyInvalid = false;
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (i > 0)
                m_out += ',';
            const QByteArray &line = lines.at(i).text;
            const bool valid = QByteArrayView(line).isValidUtf8();
            anyInvalid = anyInvalid || !valid;
            quoted(valid ? QByteArrayView(line) : QByteArrayView(QString::fromUtf8(line).toUtf8()));
        }
        m_out += ']';
        if (!anyInvalid)
            return;
        name(QByteArray(key) + "Hex");
        m_out += '[';
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (i > 0)
                m_out += ',';
            const QByteArray &line = lines.at(i).text;
            if (QByteArrayView(line).isValidUtf8())
                m_out += "null";
            else
                quoted(line.toHex());
        }
        m_out += ']';
    }
    void strings(const char *key, const QStringList &texts)
    {
        name(key);
        m_out += '[';
        for (qsizetype i = 0; i < texts.size(); ++i) {
            if (i > 0)
                m_out += ',';
            quoted(texts.at(i).toUtf8());
        }
        m_out += ']';
    }
    void object(const char *key) { name(key); }

private:
    void name(QByteArrayView key)
    {
        if (m_out.back() != '{')
            m_out += ',';
        m_out += '"';
        m_out += key;
        m_out += "\":";
    }
    // `text` is valid UTF-8: written as it is, with JSON's escapes for the
    // quote, the backslash and control bytes.
    void quoted(QByteArrayView text)
    {
        m_out += '"';
        // Runs of plain characters go in at once: a payload's hex is a thousand of
        // them, and a byte at a time was most of --transactions' cost.
        qsizetype plainFrom = 0;
        for (qsizetype i = 0; i < text.size(); ++i) {
            const char c = text[i];
            const auto byte = static_cast<unsigned char>(c);
            if (c != '"' && c != '\\' && byte >= 0x20)
                continue;
            m_out.append(text.sliced(plainFrom, i - plainFrom));
            plainFrom = i + 1;
            if (c == '"' || c == '\\') {
                m_out += '\\';
                m_out += c;
            } else {
                static const char hex[] = "0123456789abcdef";
                m_out += "\\u00";
                m_out += hex[byte >> 4];
                m_out += hex[byte & 0xf];
            }
        }
        m_out.append(text.sliced(plainFrom));
        m_out += '"';
    }

    QByteArray &m_out;
};

void writeOperation(QByteArray &out, const at::Transaction &t)
{
    JsonWriter op(out);
    op.string("result", at::Transaction::operationStatusName(t.operation.status));
    op.lines("lines", t.operation.lines);
    if (t.operationLatencyMs() >= 0)
        op.number("latencyMs", t.operationLatencyMs());
    if (!t.operation.message.isEmpty())
        op.text("message", t.operation.message.toUtf8());
}

} // namespace

QByteArray transactionToJson(const at::Transaction &t)
{
    QByteArray out;
    out.reserve(256);
    {
        JsonWriter o(out);
        o.text("command", t.command);
        o.string("source", at::Transaction::sourceName(t.source));
        o.string("final", at::Transaction::statusName(t.status));
        if (t.writtenMs >= 0)
            o.number("time", t.writtenMs);
        if (t.latencyMs() >= 0)
            o.number("latencyMs", t.latencyMs());
        if (t.echoDiffered)
            o.flag("echoDiffered"); // its echo came garbled: the answer is paired by its lines
        if (!t.lines.isEmpty())
            o.lines("lines", t.lines);
        if (!t.payload.isEmpty())
            o.number("payloadLength", t.payload.size());
        if (!t.payload.isEmpty())
            o.string("payloadHex", t.payload.toHex());
        if (!t.data.isEmpty()) {
            // The payload of its answer (+QIRD), as the events print it: hex, any byte.
            o.number("dataLength", t.data.size());
            o.string("dataHex", t.data.toHex());
        }
        if (t.operation.status != at::OperationResult::Status::None) {
            o.object("operation");
            writeOperation(out, t);
        }
        if (!t.urcs.isEmpty())
            o.lines("urcs", t.urcs);
        QStringList errors = t.errors;
        if (!t.message.isEmpty())
            errors.prepend(t.message);
        if (!errors.isEmpty())
            o.strings("errors", errors);
        // Lines the model does not expect (ProtocolRules::driftOf): the first's
        // reason, and every reason when there were more.
        if (!t.drifts.isEmpty())
            o.string("drift", t.drifts.constFirst().toUtf8());
        if (t.drifts.size() > 1)
            o.strings("drifts", t.drifts);
    }
    return out;
}

} // namespace bc25
