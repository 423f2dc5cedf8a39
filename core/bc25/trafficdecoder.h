// SPDX-License-Identifier: MIT
#pragma once

#include "at/assemblylistener.h"
#include "at/atevent.h"
#include "at/resultline.h"
#include "at/transactionassembler.h"
#include "capture/capturerecord.h"

#include <QJsonObject>
#include <QObject>

#include <memory>

namespace bc25::profile { class ModuleProfile; }

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
    bool badHex = false;        // Data: hex-format text that is not hex pairs; `data` holds the text
    QString error;              // an error code's text from chapter 3
    qint64 overflowed = -1;     // Unknown: bytes skipped after an over-long line
    QString drift;              // why the model does not expect this line (empty: it does)

    static const char *kindName(Kind kind);
    [[nodiscard]] QJsonObject toJson() const;
};

// Decodes a session from what was written (TX) and what the module printed
// (RX), or from the module's output alone (a raw serial log, where commands
// are known by their echo). The same TransactionAssembler as the live engine
// does the work, so a capture decodes to the transactions the session showed;
// capture timestamps drive its time limits and the 500 ms quiet flush.
class TrafficDecoder final : public QObject, private at::AssemblyListener
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrafficDecoder)
public:
    // It reads with the rules of the profile it is given.
    explicit TrafficDecoder(std::shared_ptr<const profile::ModuleProfile> profile, QObject *parent = nullptr);

    void setInitialSettings(const at::ParserSettings &settings) { m_assembler.setSettings(settings); }
    // Whether decoded() is emitted (--transactions and --stats need only transactions).
    void setEventsWanted(bool wanted) { m_eventsWanted = wanted; }
    // Whether transactions keep their lines, payload and URCs (--stats reads
    // only statuses and times: TransactionAssembler::setRecordContents).
    void setTransactionContentsWanted(bool wanted) { m_assembler.setRecordContents(wanted); }
    // Takes every routed event and transaction by a direct call, before
    // decoded() and transactionDecoded() (nullptr: none).
    void setListener(at::AssemblyListener *listener) { m_listener = listener; }
    // The most written bytes that wait for the module: a capture record's
    // longest line (its bytes unescaped) — whatever one record glues behind an
    // open command waits for its result. Past it the oldest are read at once.
    static constexpr qsizetype MaxUnreadWritten = capture::CaptureRecord::MaxLineLength;
    // Bytes the host wrote: commands (and payload after a prompt).
    void transmitted(const QByteArray &bytes, qint64 timestampMs = -1);
    // Bytes the module printed.
    void received(const QByteArray &bytes, qint64 timestampMs = -1);
    // A note of the workbench ("EV"): time passes; a closed link fails what was open.
    void noted(const QByteArray &text, qint64 timestampMs = -1);
    // The note the workbench records when the link closes or fails, and its reason.
    static QByteArray linkClosedNote(const QString &reason);
    // The note before each command: who wrote it (terminal, panel, session, recipe).
    static QByteArray sourceNote(at::Source source);
    [[nodiscard]] static bool isSourceNote(QByteArrayView note);
    // End of input: flush a partial line or payload, close what is open.
    void finish();

    [[nodiscard]] qint64 bytesReceived() const { return m_assembler.parser().bytesConsumed(); }
    [[nodiscard]] at::TransactionAssembler &assembler() { return m_assembler; }
    // The time of the record being decoded (-1 in a log without times).
    [[nodiscard]] qint64 timestamp() const { return m_timestamp; }
    // Records whose time was earlier than one before them (a clock set back
    // while capturing, an edited file): each is read at the latest time seen,
    // so that latencies follow the written order instead of going negative.
    [[nodiscard]] qint64 timesWentBack() const { return m_timesWentBack; }

signals:
    void decoded(const bc25::DecodedEvent &event);
    void transactionDecoded(const bc25::at::Transaction &transaction);

private:
    void eventRouted(const at::RoutedEvent &routed) override;
    void transactionAssembled(const at::Transaction &transaction) override;
    void decode(const at::RoutedEvent &routed);
    void advanceTo(qint64 timestampMs);
    qint64 inOrder(qint64 timestampMs);
    // The module reads what the host wrote, as far as it takes it now.
    void readWritten();
    // Reads the next command line of what is unread; false if none is whole yet.
    bool takeCommand();
    // readWritten() and `end` (finish, abort) until no command is open: each
    // command written behind another gets its transaction.
    template<typename End> void endEveryCommand(End end);

    at::TransactionAssembler m_assembler;
    at::AssemblyListener *m_listener = nullptr;
    // What the host wrote and the module has not read yet, read from m_txRead
    // on (consumed once: a record of many glued commands costs its length): a
    // command line not ended yet, the data of a send, or commands written
    // behind an open command (a paste, a send's data and the next command in
    // one write, a capture record cut anywhere), which wait for its result as
    // the module takes them then.
    QByteArray m_tx;
    qsizetype m_txRead = 0;
    bool m_reading = false;
    at::Source m_nextSource = at::Source::Log; // from the capture's note, for the next command
    qint64 m_timestamp = -1;
    qint64 m_latest = -1;
    qint64 m_timesWentBack = 0;
    bool m_eventsWanted = true;
};

} // namespace bc25

Q_DECLARE_METATYPE(bc25::DecodedEvent)
