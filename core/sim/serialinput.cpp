// SPDX-License-Identifier: MIT
#include "serialinput.h"

#include <QScopedValueRollback>

#include <cstring>

namespace bc25::sim {

namespace {

constexpr char CtrlZ = '\x1a';
constexpr char Esc = '\x1b';
constexpr char Backspace = '\x08';

// V.250 5.2.1: a command line starts at its prefix "AT"; what precedes it (a
// lone Esc or Ctrl+Z a host sent to leave a prompt, line noise) is ignored.
qsizetype prefixAt(const QByteArray &line)
{
    for (qsizetype i = 0; i + 1 < line.size(); ++i) {
        if ((line.at(i) == 'A' || line.at(i) == 'a') && (line.at(i + 1) == 'T' || line.at(i + 1) == 't'))
            return i;
    }
    return -1;
}

// Nothing a person or a program meant as a command: control characters and blanks.
bool isOnlyControl(const QByteArray &line)
{
    for (const char c : line) {
        if (static_cast<unsigned char>(c) > ' ' && c != '\x7f')
            return false;
    }
    return true;
}

} // namespace

SerialInput::SerialInput(QObject *parent)
    : QObject(parent)
{
    m_lineEndWait.setSingleShot(true);
    m_lineEndWait.setInterval(0);
    connect(&m_lineEndWait, &QTimer::timeout, this, [this] {
        if (!m_lineEnded || m_held)
            return;
        finishLine();
        process();
    });
}

void SerialInput::receive(const QByteArray &bytes)
{
    // Taken at once unless held back; held back, only up to the bound (a UART overrun).
    const qsizetype room = InputLimit - m_input.size();
    if (bytes.size() > room && m_held) {
        m_overrun += bytes.size() - qMax<qsizetype>(room, 0);
        m_input += bytes.left(qMax<qsizetype>(room, 0));
    } else {
        m_input += bytes;
    }
    process();
}

void SerialInput::setHeld(Hold reason, bool held)
{
    const quint8 before = m_held;
    m_held = held ? quint8(m_held | reason) : quint8(m_held & ~reason);
    if (before != 0 && m_held == 0)
        QTimer::singleShot(0, this, &SerialInput::process); // not inside whoever released it
}

void SerialInput::process()
{
    // Executing a line can write output, whose drain can release the input:
    // the loop below goes on by itself.
    if (m_processing) {
        m_again = true;
        return;
    }
    const QScopedValueRollback<bool> processing(m_processing, true);
    qsizetype i = 0;
    do {
        m_again = false;
        while (!m_held) {
            if (m_lineEnded) {
                // CR ended the line; an LF right behind it is the rest of a CR LF,
                // also when it comes in the next read. With nothing behind the
                // CR yet, the line waits for the end of this burst of input.
                if (i >= m_input.size()) {
                    if (!m_lineEndWait.isActive())
                        m_lineEndWait.start();
                    break;
                }
                if (m_input.at(i) == '\n') {
                    echo(QByteArray(1, '\n'));
                    ++i;
                    m_lastEnd = LineEnd::CrLf;
                }
                finishLine();
                continue;
            }
            if (i >= m_input.size())
                break;
            if (m_dataMode) {
                i += takeData(i);
                continue;
            }
            takeLineByte(m_input.at(i++));
        }
        m_input.remove(0, i);
        i = 0;
    } while (m_again && !m_held);
    // Held in the middle of one large read: what came behind the point where
    // the module stopped taking input has the bound of a read that came later.
    if (m_held && m_input.size() > InputLimit) {
        m_overrun += m_input.size() - InputLimit;
        m_input.truncate(InputLimit);
    }
}

void SerialInput::takeLineByte(char c)
{
    echo(QByteArray(1, c)); // a real module echoes every character as it arrives
    // CR ends a command line (V.250 S3); a host that sends CR LF or LF alone is understood too.
    if (c == '\r') {
        m_lineEnded = true;
        m_previousEnd = std::exchange(m_lastEnd, LineEnd::Cr);
        return;
    }
    if (c == '\n') {
        if (m_line.isEmpty() && !m_lineTooLong && m_lastEnd == LineEnd::Cr) {
            m_lastEnd = LineEnd::CrLf; // the late half of the last line's CR LF
            return;
        }
        m_previousEnd = std::exchange(m_lastEnd, LineEnd::Lf);
        finishLine();
        return;
    }
    if (c == Backspace) {
        // V.250 5.2.2 (S5): the editing character deletes the last character of the line
        if (!m_line.isEmpty() && !m_lineTooLong)
            m_line.chop(1);
        return;
    }
    if (m_line.size() >= m_maxLine)
        m_lineTooLong = true; // the rest of the line is dropped; ERROR at its end
    else
        m_line += c;
}

void SerialInput::finishLine()
{
    m_lineEnded = false;
    m_lineEndWait.stop();
    const QByteArray line = std::exchange(m_line, {});
    if (std::exchange(m_lineTooLong, false)) {
        emit lineReceived({}, true);
        return;
    }
    const qsizetype prefix = prefixAt(line);
    if (prefix > 0) {
        emit lineReceived(line.mid(prefix), false);
        return;
    }
    if (prefix < 0 && isOnlyControl(line))
        return; // an empty line, or what a host sent to leave a prompt: nothing to answer
    emit lineReceived(line, false);
}

void SerialInput::enterDataMode(qint64 length, qint64 maxLength)
{
    // The line that asks for data ended with a bare CR, from a host whose line
    // before ended with CR LF: its LF is on the way, in a later read (after
    // this prompt went out). It ends the line, never starts the data. A host
    // that ends its lines with CR alone may send an LF as data.
    m_lateLfIsLineEnd = m_lastEnd == LineEnd::Cr && m_previousEnd == LineEnd::CrLf;
    m_dataMode = true;
    m_dataLength = length;
    m_dataMax = length >= 0 ? length : maxLength;
    m_dataTooLong = false;
    m_data.clear();
}

// Takes the input from `from` on as data, up to the length asked for or to
// Ctrl+Z (Esc cancels); returns how many bytes it took.
qsizetype SerialInput::takeData(qsizetype from)
{
    if (std::exchange(m_lateLfIsLineEnd, false) && m_input.at(from) == '\n') {
        // The rest of the line's CR LF, not echoed: the echo after "> " is the
        // data alone. The host's lines end with CR LF still, for the next one.
        m_lastEnd = LineEnd::CrLf;
        return 1;
    }
    const qsizetype available = m_input.size() - from;
    if (m_dataLength >= 0) {
        const qsizetype take = qMin<qsizetype>(available, m_dataLength - m_data.size());
        const QByteArray part = m_input.mid(from, take);
        m_data += part;
        echo(part);
        if (m_data.size() == m_dataLength)
            finishData(false);
        return take;
    }
    // Text up to Ctrl+Z or Esc, in one piece however it was split.
    const char *begin = m_input.constData() + from;
    qsizetype end = 0;
    while (end < available && begin[end] != CtrlZ && begin[end] != Esc)
        ++end;
    const QByteArray part(begin, end);
    echo(part);
    const qsizetype room = qMax<qsizetype>(m_dataMax - m_data.size(), 0);
    if (part.size() > room)
        m_dataTooLong = true; // kept no further: refused when it ends
    m_data += part.left(room);
    if (end < available) {
        finishData(begin[end] == Esc);
        return end + 1;
    }
    return end;
}

void SerialInput::finishData(bool cancelled)
{
    m_dataMode = false;
    const QByteArray data = std::exchange(m_data, {});
    emit dataReceived(data, cancelled, std::exchange(m_dataTooLong, false));
}

void SerialInput::echo(const QByteArray &bytes)
{
    if (m_echo && !bytes.isEmpty())
        m_echo(bytes);
}

void SerialInput::reset()
{
    m_input.clear();
    m_line.clear();
    m_lineTooLong = false;
    m_lineEnded = false;
    m_lineEndWait.stop();
    m_lastEnd = m_previousEnd = LineEnd::None;
    m_lateLfIsLineEnd = false;
    m_dataMode = false;
    m_dataTooLong = false;
    m_data.clear();
    m_held = 0;
}

} // namespace bc25::sim
