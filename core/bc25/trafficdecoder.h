// SPDX-License-Identifier: MIT
#pragma once

#include "at/atevent.h"
#include "at/atparser.h"
#include "at/resultline.h"
#include "commandcatalog.h"
#include "parsersettingstracker.h"

#include <QJsonObject>
#include <QObject>

namespace bc25 {

// One decoded event of a recorded or logged session, as bc25-decode prints it
// and File → Open capture shows it (DESIGN.md, "bc25-decode").
struct DecodedEvent
{
    enum class Kind : quint8 { Echo, Response, Final, Prompt, Urc, Data, Unknown };

    Kind kind = Kind::Unknown;
    qint64 offset = 0;          // where the event starts in the module's output
    qint64 timestampMs = -1;    // from the capture record it started in, if any
    QByteArray text;            // the line (or echoed command) as received
    QByteArray name;            // result name: QIURC, OK, SEND OK, CME ERROR
    QList<at::Field> fields;
    QByteArray data;            // Data: the payload
    int connectId = -1;         // Data: the socket, where known
    bool truncated = false;     // Data: fewer bytes than announced
    QString error;              // an error code's text from chapter 3
    qint64 overflowed = -1;     // Unknown: bytes skipped after an over-long line

    static const char *kindName(Kind kind);
    [[nodiscard]] QJsonObject toJson() const;
};

// Decodes a session from what was written (TX) and what the module printed
// (RX), or from the module's output alone (a raw serial log). It follows the
// commands to know which lines answer them and which are URCs, and keeps the
// parser's payload rules in step with every QICFG, QIOPEN and QISWTMD it sees.
class TrafficDecoder final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrafficDecoder)
public:
    explicit TrafficDecoder(QObject *parent = nullptr);

    void setInitialSettings(const at::ParserSettings &settings) { m_parser.setSettings(settings); }
    // Bytes the host wrote: commands (and payload after a prompt).
    void transmitted(const QByteArray &bytes, qint64 timestampMs = -1);
    // Bytes the module printed.
    void received(const QByteArray &bytes, qint64 timestampMs = -1);
    // End of input: flush a partial line or payload.
    void finish();

    [[nodiscard]] qint64 bytesReceived() const { return m_parser.bytesConsumed(); }

signals:
    void decoded(const bc25::DecodedEvent &event);

private:
    void onEvent(const at::AtEvent &event);
    void onCommand(const QByteArray &commandLine);
    void onLine(const at::AtEvent &event, DecodedEvent &out);

    at::AtParser m_parser;
    ParserSettingsTracker m_tracker;
    ParsedCommand m_openCommand;     // the command whose answer is being read
    bool m_commandOpen = false;
    bool m_payloadNext = false;      // the next TX bytes are data after a prompt
    QByteArray m_pendingTx;          // a command line not yet ended by CR
    qint64 m_timestamp = -1;
};

} // namespace bc25

Q_DECLARE_METATYPE(bc25::DecodedEvent)
