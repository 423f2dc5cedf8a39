// SPDX-License-Identifier: MIT
#pragma once

// A module that answers from a script, on one end of a MemoryTransport pair:
// it checks that the host writes exactly the expected commands, echoes them
// byte for byte when echo is on (like ATE1), answers each with the scripted
// bytes, and sends scripted unsolicited output in between. Engine tests use
// it; the real behaviour lives in the virtual module.

#include "transport/memorytransport.h"

#include <QList>
#include <QObject>
#include <QStringList>

namespace bc25::test {

struct ScriptStep
{
    QByteArray command;        // expected line without CR; empty: unsolicited output
    QByteArray response;       // written after the command (or at once if unsolicited)
    int payloadLength = -1;    // >= 0: after `response` (the prompt) collect this many bytes...
    QByteArray afterPayload;   // ...then write this
    bool silent = false;       // take the command but answer nothing (a timeout)
};

class ScriptedModule : public QObject
{
    Q_OBJECT
public:
    explicit ScriptedModule(transport::Transport *end, bool echo = true)
        : m_end(end), m_echo(echo)
    {
        connect(end, &transport::Transport::bytesReceived, this, &ScriptedModule::onBytes);
    }

    void setScript(QList<ScriptStep> steps)
    {
        m_steps = std::move(steps);
        writeUnsolicited();
    }
    // Deliver every byte in a write of its own, as a slow line does.
    void setByteByByte(bool on) { m_byteByByte = on; }
    [[nodiscard]] bool finished() const { return m_steps.isEmpty() && m_collecting < 0; }
    [[nodiscard]] const QStringList &mismatches() const { return m_mismatches; }
    [[nodiscard]] QByteArray received() const { return m_received; }
    void send(const QByteArray &bytes) { write(bytes); }

private:
    void write(const QByteArray &bytes)
    {
        if (!m_byteByByte) {
            m_end->write(bytes);
            return;
        }
        for (const char c : bytes)
            m_end->write(QByteArray(1, c));
    }

    void onBytes(const QByteArray &bytes)
    {
        m_received += bytes;
        if (m_echo)
            write(bytes);
        for (const char c : bytes) {
            if (m_collecting >= 0) {
                m_payload += c;
                if (m_payload.size() == m_collecting) {
                    m_collecting = -1;
                    m_payload.clear();
                    write(m_afterPayload);
                    writeUnsolicited();
                }
                continue;
            }
            if (c == '\x1b') {
                m_line.clear(); // Esc cancels what was typed (and a data mode the host gave up on)
                continue;
            }
            if (c != '\r') {
                m_line += c;
                continue;
            }
            onCommand(std::exchange(m_line, {}));
        }
    }

    void onCommand(const QByteArray &line)
    {
        if (line == "\x1b" || line.isEmpty())
            return;
        if (m_steps.isEmpty()) {
            m_mismatches << QStringLiteral("unexpected command %1").arg(QString::fromLatin1(line));
            return;
        }
        const ScriptStep step = m_steps.takeFirst();
        if (step.command != line)
            m_mismatches << QStringLiteral("expected %1, got %2").arg(QString::fromLatin1(step.command), QString::fromLatin1(line));
        if (step.silent)
            return;
        write(step.response);
        if (step.payloadLength >= 0) {
            m_collecting = step.payloadLength;
            m_afterPayload = step.afterPayload;
            return;
        }
        writeUnsolicited();
    }

    void writeUnsolicited()
    {
        while (!m_steps.isEmpty() && m_steps.constFirst().command.isEmpty())
            write(m_steps.takeFirst().response);
    }

    transport::Transport *m_end;
    bool m_echo;
    bool m_byteByByte = false;
    QList<ScriptStep> m_steps;
    QStringList m_mismatches;
    QByteArray m_line;
    QByteArray m_received;
    int m_collecting = -1;
    QByteArray m_payload;
    QByteArray m_afterPayload;
};

} // namespace bc25::test
