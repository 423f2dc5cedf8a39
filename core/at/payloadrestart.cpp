// SPDX-License-Identifier: MIT
// A payload counted by length that a reboot cut short (DESIGN.md, rule 8;
// README, "Protocol"). The module announces n bytes (+QIRD: n, or
// +QIURC: "recv",<id>,n in direct push mode) and restarts before it has
// printed them: its RDY and whatever follows would be counted as payload,
// the reboot missed and the next answers eaten. Payload bytes are bytes (a
// payload may hold "RDY\r\n"), so a restart line alone does not end one. The
// rule, decided on the bytes alone and so the same however they are split:
// when the count completes (or the input goes quiet before it does), and the
// payload held a restart line at a line start, the trailer the manual shows
// must follow — for +QIRD a line end then OK (manual 2.1.5; after ATV0 the
// number "0", V.250 6.2.6), for a pushed payload a line end (manual 2.2.1). If
// it does not, the payload ended at the line end before the restart line: it
// is delivered cut short (truncated),
// and the bytes from the restart line on are read again as lines. The
// trailer is looked at first, and the payload scanned for a restart line
// only when it is missing: a payload followed by its trailer (nearly all of
// them) costs nothing more than its count, and when the trailer is in the
// same piece of input it is read where it stands, not copied. The scan looks
// at each payload byte once; what is read again is bounded by the largest
// payload.
//
// A raw log with echo has a second such evidence: the next command's echo
// (AT… at a line start). A +QIRD that announced 512 bytes and printed 100
// would otherwise count the next answers as its data, and the count would
// end inside a later record, again and again. When the trailer does not
// follow, the payload ends at the command line, and before the read's own
// OK when it stands just before it. Live and in captures the echo we wait
// for (the exact bytes written) is that evidence too: the engine writes its
// next command while a lying count is open, and the module echoes it inside
// the count (adversary pass 9 F4). And a read whose count is still open when
// the line goes quiet, its bytes ending with the read's OK, ended there.
#include "atparser.h"

#include <algorithm>
#include <cstring>

namespace bc25::at {

namespace {

// A restart line is short (RDY, POWERED DOWN): longer lines are not asked about.
constexpr qsizetype MaxRestartLineLength = 32;
// An echoed command is longer (AT+QIOPEN=…), but still one short line.
constexpr qsizetype MaxCommandLineLength = 256;
// +QIRD's trailer: at most this many line-end bytes (a blank line) before OK.
constexpr qsizetype MaxTrailerLineEnds = 4;

bool isLineEnd(char c)
{
    return c == '\r' || c == '\n';
}

enum class Verdict : quint8 { Undecided, Follows, Missing };

// The final result that ends a read's answer (manual 2.1.5): OK; after a
// confirmed ATV0 "0" (V.250 6.2.6, "0\r"), or OK still, should the module be
// back in words unannounced (AT&F, ATZ).
QList<QByteArrayView> readFinals(bool numericResults)
{
    static const QList<QByteArrayView> words {"OK"};
    static const QList<QByteArrayView> numbers {"0", "OK"};
    return numericResults ? numbers : words;
}

// Whether `trailer` is (the start of) what the manual prints after the
// payload: for +QIRD line ends, then its final result and the final's line
// end ("\r\n\r\nOK\r\n"; "\r\n0\r" after ATV0, the data's line end and the number).
Verdict trailerVerdict(QByteArrayView trailer, bool readAnswer, bool numericResults)
{
    qsizetype i = 0;
    while (i < trailer.size() && isLineEnd(trailer[i]))
        ++i;
    if (!trailer.isEmpty() && i == 0)
        return Verdict::Missing;
    if (!readAnswer)
        return trailer.isEmpty() ? Verdict::Undecided : Verdict::Follows;
    if (i > MaxTrailerLineEnds)
        return Verdict::Missing;
    const QByteArrayView rest = trailer.sliced(i);
    Verdict verdict = Verdict::Missing;
    for (const QByteArrayView word : readFinals(numericResults)) {
        if (rest.size() > word.size() && rest.startsWith(word) && isLineEnd(rest[word.size()]))
            return Verdict::Follows;
        if (rest.size() <= word.size() && word.startsWith(rest))
            verdict = Verdict::Undecided;
    }
    return verdict;
}

// Where the read's trailer starts when `bytes` end with it, the final's own
// line end taken off ("…data\r\n\r\nOK", "…data\r\n0"): the final at a line
// start after at most MaxTrailerLineEnds line-end bytes; -1 when they do not.
// The one rule for a read cut short, whether the line went quiet or the
// next command came (adversary pass 10 F14: the two took off different line ends).
qsizetype trailerStart(QByteArrayView bytes, bool numericResults)
{
    for (const QByteArrayView word : readFinals(numericResults)) {
        if (!bytes.endsWith(word))
            continue;
        const qsizetype finalAt = bytes.size() - word.size();
        qsizetype start = finalAt;
        while (start > 0 && finalAt - start < MaxTrailerLineEnds && isLineEnd(bytes[start - 1]))
            --start;
        if (start < finalAt) // "…data0", "…dataOK": not at a line start
            return start;
    }
    return -1;
}

} // namespace

void AtParser::takePayload(const char *data, qsizetype take)
{
    m_payload.append(data, take);
}

void AtParser::scanPayloadForRestart(qsizetype from)
{
    // Line end to line end with memchr, the next CR and the next LF each kept
    // until passed: one pass over the bytes whichever line end the payload uses
    // (a search for CR that runs to the end at every LF would be quadratic).
    const char *data = m_payload.constData();
    const qsizetype size = m_payload.size();
    auto find = [data, size](qsizetype at, char c) {
        const void *hit = at < size ? std::memchr(data + at, c, size_t(size - at)) : nullptr;
        return hit ? qsizetype(static_cast<const char *>(hit) - data) : size;
    };
    qsizetype nextCr = find(from, '\r');
    qsizetype nextLf = find(from, '\n');
    for (qsizetype at = qMin(nextCr, nextLf); at < size; at = qMin(nextCr, nextLf)) {
        const qsizetype length = at - m_payloadLineStart;
        if (length > 0 && endsPayload(QByteArrayView(data + m_payloadLineStart, length))) {
            m_restartAt = m_payloadLineStart;
            return;
        }
        m_payloadLineStart = at + 1;
        if (at == nextCr)
            nextCr = find(at + 1, '\r');
        if (at == nextLf)
            nextLf = find(at + 1, '\n');
    }
}

bool AtParser::endsPayload(QByteArrayView line)
{
    if (m_isRestart && line.size() <= MaxRestartLineLength && m_isRestart(line)) {
        m_cutAtCommand = false;
        return true;
    }
    if (m_commandLinesEndPayloads && line.size() >= 2 && line.size() <= MaxCommandLineLength
        && (line[0] == 'A' || line[0] == 'a') && (line[1] == 'T' || line[1] == 't')) {
        m_cutAtCommand = true;
        return true;
    }
    if (!m_echo.isEmpty()) {
        QByteArrayView echo(m_echo);
        while (!echo.isEmpty() && isLineEnd(echo.back()))
            echo.chop(1);
        if (!echo.isEmpty() && line == echo) {
            m_cutAtCommand = true;
            return true;
        }
    }
    return false;
}

bool AtParser::cutReadBeforeItsOk()
{
    // "+QIRD: 100\r\n0123456789\r\n\r\nOK\r\n", then nothing: the trailer the
    // manual shows after a read's data (2.1.5) ends what came, at a line start.
    if (m_payloadConnectId >= 0)
        return false;
    QByteArrayView bytes(m_payload);
    qsizetype end = bytes.size();
    for (int ends = 0; ends < 2 && end > 0 && isLineEnd(bytes[end - 1]); ++ends)
        --end;
    if (end == bytes.size())
        return false; // the final's line end has not come
    const qsizetype cut = trailerStart(bytes.first(end), !m_settings.verboseResults);
    if (cut < 0)
        return false;
    const qint64 restOffset = m_payloadOffset + cut;
    const QByteArray rest = m_payload.sliced(cut);
    m_payload.truncate(cut);
    finishPayload(true);
    replayAsLines(rest, restOffset);
    return true;
}

void AtParser::payloadCounted(const char *data, qsizetype size, qsizetype &i)
{
    if (!endsPayloadsByEvidence()) {
        finishPayload(false);
        return;
    }
    // The trailer already read with the payload (the common case): when it
    // follows, the payload was whole and the trailer is read on as lines.
    const bool readAnswer = m_payloadConnectId < 0;
    if (trailerVerdict(QByteArrayView(data + i, size - i), readAnswer, !m_settings.verboseResults) == Verdict::Follows) {
        finishPayload(false);
        return;
    }
    m_mode = Mode::Trailer;
    m_trailer.clear();
    m_trailerMissing = false;
}

bool AtParser::trailerMissing()
{
    // The trailer did not follow: a restart line (or a command) inside says where the payload ended.
    m_trailerMissing = true;
    scanPayloadForRestart(0);
    return m_restartAt >= 0;
}

void AtParser::feedTrailer(const char *data, qsizetype size, qsizetype &i)
{
    // +QIRD's payload has no connection id; a pushed one has its URC's.
    const bool readAnswer = m_payloadConnectId < 0;
    while (i < size) {
        m_trailer += data[i++];
        Verdict verdict = m_trailerMissing ? Verdict::Missing : Verdict::Undecided;
        if (!m_trailerMissing) {
            verdict = trailerVerdict(m_trailer, readAnswer, !m_settings.verboseResults);
            if (verdict == Verdict::Missing && trailerMissing()) {
                cutPayloadAtRestart();
                return;
            }
        }
        if (verdict == Verdict::Undecided)
            continue;
        if (verdict == Verdict::Missing) {
            // No restart line inside; the count may have ended inside one ("…\r\nRD" counted,
            // "Y\r\n" after it): the unfinished last line is looked at with what follows.
            const qsizetype unfinished = m_payload.size() - m_payloadLineStart;
            if (!m_isRestart || unfinished <= 0 || isLineEnd(m_trailer.front())) {
                verdict = Verdict::Follows;
            } else if (isLineEnd(m_trailer.back())) {
                const QByteArray line = m_payload.sliced(m_payloadLineStart) + m_trailer.chopped(1);
                if (line.size() <= MaxRestartLineLength && m_isRestart(line)) {
                    m_restartAt = m_payloadLineStart;
                    m_cutAtCommand = false;
                    cutPayloadAtRestart();
                    return;
                }
                verdict = Verdict::Follows;
            } else if (unfinished + m_trailer.size() > MaxRestartLineLength) {
                verdict = Verdict::Follows;
            } else {
                continue;
            }
        }
        // The payload was whole (a restart line in it was data). The trailer is read as lines.
        const qint64 trailerOffset = m_payloadOffset + m_payload.size();
        const QByteArray trailer = std::exchange(m_trailer, {});
        finishPayload(false);
        replayAsLines(trailer, trailerOffset);
        return;
    }
}

void AtParser::cutPayloadAtRestart()
{
    // The module printed its restart line's own line end before it; that is not data.
    qsizetype cut = m_restartAt;
    if (cut > 0 && m_payload[cut - 1] == '\n')
        --cut;
    if (cut > 0 && m_payload[cut - 1] == '\r')
        --cut;
    qsizetype restAt = m_restartAt;
    // "…data\r\n\r\nOK\r\nAT+…": the read's own final came before the next command.
    if (m_cutAtCommand && m_payloadConnectId < 0) {
        if (const qsizetype start = trailerStart(QByteArrayView(m_payload).first(cut), !m_settings.verboseResults);
            start >= 0) {
            cut = start;
            restAt = start;
        }
    }
    const qint64 restOffset = m_payloadOffset + restAt;
    const QByteArray rest = m_payload.sliced(restAt) + std::exchange(m_trailer, {});
    m_payload.truncate(cut);
    finishPayload(true);
    replayAsLines(rest, restOffset);
}

bool AtParser::emitHexPastLength()
{
    // "+QIRD: 2\r\n41424344\r\n": the length counts two bytes; the digits after
    // them were never the socket's, and are not dropped unsaid either.
    m_hexEndAt = -1;
    const bool hexOnly = std::all_of(m_line.cbegin(), m_line.cend(), [](char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    });
    if (!hexOnly)
        return false;
    AtEvent extra;
    extra.kind = AtEvent::Kind::Data;
    extra.offset = m_lineOffset;
    extra.connectId = m_hexEndConnectId;
    extra.bytes = std::exchange(m_line, {});
    extra.badHex = true; // text, never bytes received
    extra.pastLength = true;
    deliver(extra);
    return true;
}

} // namespace bc25::at
