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

    void string(const char *key, QByteArrayView value)
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
    void strings(const char *key, const QList<at::ResultLine> &lines)
    {
        name(key);
        m_out += '[';
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (i > 0)
                m_out += ',';
            quoted(lines.at(i).text);
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
    void name(const char *key)
    {
        if (m_out.back() != '{')
            m_out += ',';
        m_out += '"';
        m_out += key;
        m_out += "\":";
    }
    void quoted(QByteArrayView text)
    {
        m_out += '"';
        // Runs of plain characters go in at once: a payload's hex is a thousand of
        // them, and a byte at a time was most of --transactions' cost.
        qsizetype plainFrom = 0;
        for (qsizetype i = 0; i < text.size(); ++i) {
            const char c = text[i];
            const auto byte = static_cast<unsigned char>(c);
            if (c != '"' && c != '\\' && byte >= 0x20 && byte < 0x80)
                continue;
            m_out.append(text.sliced(plainFrom, i - plainFrom));
            plainFrom = i + 1;
            if (c == '"' || c == '\\') {
                m_out += '\\';
                m_out += c;
            } else {
                // Control bytes, and bytes beyond ASCII (a module's output need not
                // be UTF-8), as \u00XX: the line stays valid JSON and loses nothing.
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
    op.strings("lines", t.operation.lines);
    if (t.operationLatencyMs() >= 0)
        op.number("latencyMs", t.operationLatencyMs());
    if (!t.operation.message.isEmpty())
        op.string("message", t.operation.message.toUtf8());
}

} // namespace

QByteArray transactionToJson(const at::Transaction &t)
{
    QByteArray out;
    out.reserve(256);
    {
        JsonWriter o(out);
        o.string("command", t.command);
        o.string("source", at::Transaction::sourceName(t.source));
        o.string("final", at::Transaction::statusName(t.status));
        if (t.writtenMs >= 0)
            o.number("time", t.writtenMs);
        if (t.latencyMs() >= 0)
            o.number("latencyMs", t.latencyMs());
        if (t.echoDiffered)
            o.flag("echoDiffered"); // its echo came garbled: the answer is paired by its lines
        if (!t.lines.isEmpty())
            o.strings("lines", t.lines);
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
            o.strings("urcs", t.urcs);
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
