// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QObject>
#include <QTimer>

#include <functional>

namespace bc25::sim {

// The virtual module's serial input: assembles command lines and takes the
// data of a send, with the same result however the host's bytes were split
// into reads (a CR LF cut between two reads ends one line, the LF never
// becomes data). Every buffer is bounded: a line past its bound is refused
// whole, data past its bound is refused at its end, and bytes that arrive
// while the module holds its input back beyond the input bound are lost, as
// a UART's overrun loses them. VirtualModule owns it and executes the lines.
class SerialInput final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SerialInput)
public:
    // Bytes waiting while the module cannot take them (a command in progress,
    // output that the host does not read); beyond it they are lost.
    static constexpr qsizetype InputLimit = 64 * 1024;

    // Why the input is held back; each reason is set and cleared on its own.
    enum Hold : quint8 { Executing = 0x1, OutputFull = 0x2 };

    explicit SerialInput(QObject *parent = nullptr);

    // Whatever the module echoes of the input, as it arrives (the module decides whether to).
    void setEchoSink(std::function<void(const QByteArray &)> sink) { m_echo = std::move(sink); }
    // The longest command line taken; a longer one answers ERROR (tooLong).
    void setMaxLineLength(qsizetype length) { m_maxLine = length; }
    [[nodiscard]] qsizetype maxLineLength() const { return m_maxLine; }

    // Bytes the host wrote.
    void receive(const QByteArray &bytes);
    void setHeld(Hold reason, bool held);
    [[nodiscard]] bool isHeld() const { return m_held != 0; }

    // From now on the input is data: exactly `length` bytes, or (length < 0)
    // up to Ctrl+Z, Esc cancelling; at most `maxLength` bytes are kept, more
    // make the data too long (refused when it ends).
    void enterDataMode(qint64 length, qint64 maxLength);
    [[nodiscard]] bool inDataMode() const { return m_dataMode; }

    // Everything dropped: the module rebooted.
    void reset();
    // What it holds now (the input waiting, the line, the data): bounded.
    [[nodiscard]] qsizetype bufferedBytes() const { return m_input.size() + m_line.size() + m_data.size(); }
    // Bytes lost because the input was held back past InputLimit.
    [[nodiscard]] qint64 overrunBytes() const { return m_overrun; }

signals:
    // A command line without its line end, starting at "AT" (what came before
    // it is ignored, as V.250 5.2.1 has it); tooLong: it passed the bound.
    void lineReceived(const QByteArray &line, bool tooLong);
    // The data of a send: complete, cancelled (Esc), or too long to keep.
    void dataReceived(const QByteArray &data, bool cancelled, bool tooLong);

private:
    void process();
    qsizetype takeData(qsizetype from);
    void takeLineByte(char c);
    void finishLine();
    void finishData(bool cancelled);
    void echo(const QByteArray &bytes);

    std::function<void(const QByteArray &)> m_echo;
    qsizetype m_maxLine = 1024;
    quint8 m_held = 0;
    bool m_processing = false;
    bool m_again = false;
    QByteArray m_input;        // received, not yet taken
    qint64 m_overrun = 0;

    QByteArray m_line;
    bool m_lineTooLong = false;
    bool m_lineEnded = false;  // CR seen: the line is complete, an LF may still belong to its end
    QTimer m_lineEndWait;      // no LF in this burst of input: the line is executed as it is
    // How the host ended its lines: the last line's end, and the one before it.
    enum class LineEnd : quint8 { None, Cr, CrLf, Lf };
    LineEnd m_lastEnd = LineEnd::None;
    LineEnd m_previousEnd = LineEnd::None;
    bool m_lateLfIsLineEnd = false; // the next data byte, if an LF, ends the line that began the data

    bool m_dataMode = false;
    qint64 m_dataLength = -1;
    qint64 m_dataMax = 0;
    bool m_dataTooLong = false;
    QByteArray m_data;
};

} // namespace bc25::sim
