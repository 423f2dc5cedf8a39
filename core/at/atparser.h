// SPDX-License-Identifier: MIT
#pragma once

#include "atevent.h"
#include "ateventlistener.h"
#include "parsersettings.h"
#include "payloadgrammar.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QObject>

#include <bitset>
#include <functional>

namespace bc25::at {

// Cuts the module's byte stream into AtEvents. Sans-IO: bytes go in through
// feed(), events come out through event(), in stream order, and the same bytes
// give the same events however they are split (DESIGN.md, rules 1, 2 and 8).
//
// Three modes: lines (ended by CR LF, a lone CR or a lone LF), the "> " prompt
// (only while the engine expects one), and payload counted by length after a
// line that the module profile's PayloadGrammar says announces it ("+QIRD: <n>",
// a direct-push "+QIURC: "recv",<id>,<n>" on the BC25), in which no line end,
// OK or URC is looked for. Buffers are bounded: an over-long line is
// reported and skipped up to the next line end. The listener (the
// TransactionAssembler) takes each event by a direct call before the signal.
class AtParser final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AtParser)
public:
    static constexpr qsizetype MaxLineLength = 4096;
    static constexpr qint64 MaxPayloadLength = 65536;

    // The grammar (and the socket count of the settings) comes from the module profile.
    explicit AtParser(const PayloadGrammar &grammar, QObject *parent = nullptr);

    // One listener, called before eventParsed is emitted (nullptr: none).
    void setListener(AtEventListener *listener) { m_listener = listener; }

    void feed(QByteArrayView bytes);
    // The stream has ended: a partial line is emitted as a line, a partial
    // payload as truncated data.
    void finish() { flushPending(); }
    // The line has gone quiet: emit what is pending (POWERED DOWN comes
    // without a line end; a lying length never completes).
    void flushPending();
    // Forget everything buffered (after a reboot or reconnect); offsets go on.
    void reset();

    [[nodiscard]] const ParserSettings &settings() const { return m_settings; }
    void setSettings(const ParserSettings &settings) { m_settings = settings; }
    [[nodiscard]] const PayloadGrammar &grammar() const { return m_grammar; }
    void setViewMode(bool on) { m_settings.viewMode = on; }
    void setShowLength(bool on) { m_settings.showLength = on; }
    void setRecvHex(bool on) { m_settings.recvHex = on; }
    void setDirectPush(int connectId, bool on);
    void apply(const SettingChange &change) { m_settings.apply(change); }

    // A data-mode send waits for "> "; only then is '>' at a line start a prompt.
    void setPromptExpected(bool expected) { m_promptExpected = expected; }
    [[nodiscard]] bool promptExpected() const { return m_promptExpected; }
    // The next occurrence of exactly these bytes at a line start is echo.
    void expectEcho(const QByteArray &bytes);
    // Data written in pieces (a capture's records): the echo expected grows by
    // each piece, matched as one echo however the writes were cut.
    void expectMoreEcho(QByteArrayView bytes);
    void clearExpectedEcho();
    // A raw log knows the echoed data after "> " only by its length (the
    // fixed-length form) or by its end (Ctrl+Z or Esc, length -1): the next
    // bytes are echo, not module lines. A module may not echo them (nor the
    // Ctrl+Z): a line after a line end that `isAnswer` calls the module's
    // answer (OK, SEND OK, ERROR, the next command's echo) ends the data
    // phase there and is read as a line. With a fixed length, only a first
    // line is looked at (nothing was echoed): the data itself may hold "OK".
    // Then the count decides: the data is exactly <length> bytes, whatever
    // they hold, when the module's answer follows the count (one line end,
    // then the answer line); otherwise the first line was the answer.
    // `followsCount` says which line after the count is that answer (the
    // final result: OK, ERROR; never a bare SEND OK), `isAnswer` when unset.
    // Inside a counted echo, any later line that is a restart (RDY) is in
    // doubt the same way: the count decides, as for a payload counted by
    // length (payloadrestart.cpp). `hexDigits` (AT+QISENDEX): the echo is hex
    // text, and the first byte that is not a hex digit ends it.
    using AnswerTest = std::function<bool(QByteArrayView line)>;
    void expectEchoedData(qint64 length, AnswerTest isAnswer = {}, AnswerTest followsCount = {}, bool hexDigits = false);
    // Which lines say the module restarted (RDY): a payload counted by length
    // that holds one at a line start and is not followed by the trailer the
    // manual shows was cut short by the reboot (see payloadrestart.cpp).
    void setRestartTest(AnswerTest isRestart) { m_isRestart = std::move(isRestart); }
    // A raw log with echo: a command line at a line start inside a payload
    // counted by length is the same evidence as a restart line — the module
    // printed fewer bytes than it announced and the next command came (see
    // payloadrestart.cpp). Live and in captures the commands are known.
    void setCommandLinesEndPayloads(bool on) { m_commandLinesEndPayloads = on; }
    // A raw log's data phase (expectEchoedData): while nothing of the data
    // has been taken, a whole line "\r\n<line>\r\n" that `isUrc` calls an
    // unsolicited line is that line, not data — the module prints its URCs so
    // (a socket closed right after "> "), and echoed data has no CR LF before
    // it. At most one such line is held (MaxLineLength), whatever the cuts.
    void setUrcBeforeData(AnswerTest isUrc) { m_isUrcBeforeData = std::move(isUrc); }

    [[nodiscard]] bool isInPayload() const { return m_mode == Mode::Payload; }
    [[nodiscard]] bool hasPending() const;
    [[nodiscard]] qint64 bytesConsumed() const { return m_consumed; }

signals:
    void eventParsed(const bc25::at::AtEvent &event);

protected:
    void connectNotify(const QMetaMethod &signal) override;

private:
    enum class Mode : quint8 { Line, Payload, Discard, EchoedData, Trailer };

    void process(const char *data, qsizetype size);
    void feedLineMode(const char *data, qsizetype size, qsizetype &i);
    void feedEchoedData(const char *data, qsizetype size, qsizetype &i);
    enum class AnswerVerdict : quint8 { Pending, Follows, Missing };
    void endEchoedDataAt(qsizetype answerBreak);
    [[nodiscard]] AnswerVerdict answerAfterCount(bool atEnd) const;
    // The same for `bytes` whose data would end at `countEnd`.
    [[nodiscard]] AnswerVerdict answerAfter(QByteArrayView bytes, qsizetype countEnd, bool atEnd) const;
    [[nodiscard]] bool echoedLineMayEndData(QByteArrayView line) const;
    void endEchoedDataAtCount();
    void finishEchoedData();
    void replayAsLines(const QByteArray &bytes, qint64 offset);
    // EchoedData, before any data: holds a line that may be a URC (setUrcBeforeData).
    void watchForUrc(const char *data, qsizetype size, qsizetype &i);
    // Counted by length, the held URC is data when the answer follows the count from its start.
    [[nodiscard]] AnswerVerdict heldUrcIsData(bool atEnd) const;
    void deliverHeldUrc();
    void releaseHeld();
    bool matchEcho(const char *data, qsizetype size, qsizetype &i);
    void emitPrompt(qint64 offset);
    void replayEcho();
    void appendToLine(const char *from, qsizetype count);
    void endLine(qint64 nextOffset);
    void endDiscard();
    void emitLineWithData(const PayloadHeader &header);
    bool startPayloadAtComma(qint64 nextOffset);
    void startPayload(qint64 length, int connectId, qint64 offset);
    void takePayload(const char *data, qsizetype take);
    void scanPayloadForRestart(qsizetype from);
    [[nodiscard]] bool endsPayload(QByteArrayView line);
    void payloadCounted(const char *data, qsizetype size, qsizetype &i);
    bool trailerMissing();
    void feedTrailer(const char *data, qsizetype size, qsizetype &i);
    void cutPayloadAtRestart();
    [[nodiscard]] bool cutReadBeforeItsOk();
    [[nodiscard]] bool endsPayloadsByEvidence() const { return m_isRestart || m_commandLinesEndPayloads || !m_echo.isEmpty(); }
    void finishPayload(bool truncated);
    [[nodiscard]] bool emitHexPastLength();
    void emitLine(qint64 offset);
    void deliver(const AtEvent &event);
    static void reuseBuffer(QByteArray &buffer, QByteArray &delivered);

    AtEventListener *m_listener = nullptr;
    // Whether eventParsed was ever connected: an emit nobody hears costs as much
    // as a short line's parse (bc25-decode has only the listener).
    bool m_eventParsedHeard = false;
    const PayloadGrammar m_grammar;
    // The bytes an announcing line can start with (the prefixes' first; all
    // when a shape has none): most lines (OK, SEND OK, pushed bytes read as
    // lines) are no header, known from their first byte alone.
    std::bitset<256> m_headerStarts;
    ParserSettings m_settings;
    Mode m_mode = Mode::Line;
    qint64 m_consumed = 0;       // bytes fed so far
    qint64 m_base = 0;           // offset of the chunk being fed

    QByteArray m_line;
    qint64 m_lineOffset = 0;
    bool m_afterCr = false;      // a LF right after a CR belongs to the same line end
    bool m_swallowSpace = false; // the space after the prompt '>'
    bool m_promptExpected = false;

    QByteArray m_payload;
    qint64 m_payloadWanted = 0;  // bytes of text to collect (2n in hex format)
    qint64 m_payloadLength = 0;  // announced byte count n
    qint64 m_payloadOffset = 0;
    int m_payloadConnectId = -1;
    AnswerTest m_isRestart;
    bool m_commandLinesEndPayloads = false;
    bool m_cutAtCommand = false;      // m_restartAt is a command line's, not a restart's
    qsizetype m_payloadLineStart = 0; // Payload: where the payload's current line starts
    qsizetype m_restartAt = -1;       // Payload, Trailer: where a restart line starts in the payload
    QByteArray m_trailer;             // Trailer: the bytes after a payload, until they are its trailer or not
    bool m_trailerMissing = false;    // Trailer: they are not; the payload was scanned for a restart line
    // Hex data counted whole: where it ended, and its socket. A line that
    // starts right there (no line end between) and holds hex digits only is
    // digits past the length (emitHexPastLength), not a line of the module's.
    qint64 m_hexEndAt = -1;
    int m_hexEndConnectId = -1;

    QByteArray m_echo;
    qsizetype m_echoMatched = 0;
    qint64 m_echoOffset = 0;
    bool m_replaying = false;

    qint64 m_discarded = 0;
    qint64 m_echoedDataLeft = 0; // EchoedData: bytes still to come, -1 until Ctrl+Z or Esc
    AnswerTest m_isAnswer;
    qsizetype m_echoedBreak = -1;     // EchoedData: where the line end before the current line starts
    qsizetype m_echoedLineStart = -1; // EchoedData: where the current line starts, -1: not looked at
    qsizetype m_echoedCountEnd = -1;  // EchoedData: where the counted data (or the Ctrl+Z) ends
    bool m_echoedFixed = false;       // EchoedData: counted by length
    bool m_echoedOnlyLineEnds = true; // EchoedData: nothing but CR and LF taken yet (kept as it goes: no count per line end)
    qsizetype m_echoedAnswerBreak = -1; // EchoedData, fixed length: the first line was an answer (the count decides)
    bool m_echoedFirstLine = false;   // EchoedData, fixed length: the line looked at came after nothing but line ends
    bool m_echoedHex = false;         // EchoedData: hex text (AT+QISENDEX), a byte that is not a hex digit ends it
    AnswerTest m_followsCount;        // EchoedData, fixed length: the answer line after the count
    AnswerTest m_isUrcBeforeData;     // EchoedData: a URC the module printed before the data (setUrcBeforeData)
    bool m_echoedUrcWatch = false;    // EchoedData: nothing taken yet, a URC line may come first
    QByteArray m_echoedHeld;          // EchoedData: the "\r\n<line>\r\n" looked at (and, counted by length, what follows until the count decides)
    qsizetype m_echoedUrcEnd = -1;    // EchoedData: where the held URC's frame ends, -1: not complete
    qint64 m_echoedHeldOffset = 0;
};

} // namespace bc25::at
