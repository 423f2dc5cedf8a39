// SPDX-License-Identifier: MIT
#pragma once

#include "capturerecord.h"

#include <QByteArray>
#include <QByteArrayView>
#include <optional>

namespace bc25::capture {

// The capture file format, version 1: UTF-8 text, one record per line, so
// that a file cut short by a crash loses at most its last line and stays
// readable with any text tool.
//
//   #bc25-capture 1
//   # model=bg96
//   # any line starting with '#' is a comment
//   1764006663123 TX AT+QISTATE?\r
//   1764006663131 RX \r\n+QISTATE: 0,"TCP","10.0.0.1",80,0,2,1,0\r\n\r\nOK\r\n
//
// Fields: milliseconds since the Unix epoch (UTC), the direction (TX host to
// module, RX module to host, EV a note), one space, then the bytes escaped:
// printable ASCII stands for itself except '\', which is "\\"; CR, LF and TAB
// are "\r", "\n", "\t"; every other byte is "\xHH". Any byte survives.
// The "# model=" comment names the module profile the capture was made with
// (ModuleProfile::id()); a reader that does not know it reads a comment,
// and a capture without it (older ones) is a BC25's.
namespace CaptureFormat {

inline constexpr QByteArrayView Magic = "#bc25-capture 1";
inline constexpr QByteArrayView ModelComment = "# model=";

// The model a capture's header names ("bg96"), or empty: read from the
// comment lines before its first record, its blanks around the name trimmed
// ("# model= bg96 " names the BG96). `lineNumber` gets its line. A header
// names its model once: a second "# model=" line there makes the header name
// none, and `repeatedLine` gets that line (readers refuse it, never pick one).
QByteArray modelOf(QByteArrayView head, int *lineNumber = nullptr, int *repeatedLine = nullptr);

// A UTF-8 byte order mark an editor may put before the header: read past.
inline constexpr QByteArrayView Utf8Bom = "\xEF\xBB\xBF";

QByteArray escape(QByteArrayView bytes);
// Reverses escape(); a malformed escape is kept as the literal text.
QByteArray unescape(QByteArrayView text);
// Where the first escape escape() cannot have written starts ("\q", "\x4"), or -1.
qsizetype firstBadEscape(QByteArrayView text);
// One record as a line, with its '\n'.
QByteArray formatRecord(const CaptureRecord &record);

// What is wrong with a line that should be a record.
enum class Damage : quint8 { None, NoTime, NegativeTime, NoDirection, BadEscape, RawByte };
// A line (without '\n') as a record; nothing for comments and malformed
// lines (and `damage` says why, when given).
std::optional<CaptureRecord> parseRecord(QByteArrayView line, Damage *damage = nullptr);

// What the start of an input is: a capture this program reads, a capture of
// another version, a capture whose header line is damaged or missing (its
// records follow), or a raw serial log.
enum class Kind : quint8 { Capture, OtherVersion, DamagedHeader, RawLog };
Kind classify(QByteArrayView head);
// Whether data starts like a capture file of this version.
bool looksLikeCapture(QByteArrayView head);

} // namespace CaptureFormat

} // namespace bc25::capture
