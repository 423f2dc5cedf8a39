// SPDX-License-Identifier: MIT
// libFuzzer target: the byte-stream parser. Besides crashes and sanitizer
// findings it checks split-independence: the same bytes fed whole and in
// pieces chosen by the input must give the same events.

#include "at/atparser.h"
#include "profile/moduleprofile.h"

#include <QList>

#include <cstdint>
#include <cstdlib>

using bc25::at::AtEvent;
using bc25::at::AtParser;

namespace {

struct Recorded
{
    AtEvent::Kind kind;
    qint64 offset;
    QByteArray bytes;
    bool truncated;
};

QList<Recorded> run(const uint8_t *data, size_t size, quint8 flags, const uint8_t *cuts, size_t cutCount)
{
    AtParser parser(bc25::profile::ModuleProfile::bc25()->payloadGrammar());
    parser.setViewMode(flags & 1);
    parser.setShowLength(flags & 2);
    parser.setRecvHex(flags & 4);
    for (int id = 0; id < 6; ++id)
        parser.setDirectPush(id, flags & 8);
    parser.setPromptExpected(flags & 16);
    if (flags & 32)
        parser.expectEcho(QByteArray("AT+QISTATE?\r"));
    QList<Recorded> events;
    QObject::connect(&parser, &AtParser::eventParsed, [&](const AtEvent &e) {
        events.append({e.kind, e.offset, e.bytes, e.truncated});
    });
    size_t at = 0;
    for (size_t c = 0; c < cutCount && at < size; ++c) {
        const size_t n = std::min<size_t>(size - at, cuts[c] % 32 + 1);
        parser.feed(QByteArrayView(reinterpret_cast<const char *>(data) + at, qsizetype(n)));
        at += n;
    }
    if (at < size)
        parser.feed(QByteArrayView(reinterpret_cast<const char *>(data) + at, qsizetype(size - at)));
    parser.finish();
    return events;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    const quint8 flags = data[0];
    // The first bytes choose the settings and the cut points; the rest is the stream.
    const size_t cutCount = std::min<size_t>(data[1] % 16, size - 2);
    const uint8_t *cuts = data + 2;
    const uint8_t *stream = data + 2 + cutCount;
    const size_t streamSize = size - 2 - cutCount;

    const QList<Recorded> whole = run(stream, streamSize, flags, nullptr, 0);
    const QList<Recorded> pieces = run(stream, streamSize, flags, cuts, cutCount);
    if (whole.size() != pieces.size())
        std::abort();
    for (qsizetype i = 0; i < whole.size(); ++i) {
        if (whole[i].kind != pieces[i].kind || whole[i].offset != pieces[i].offset
            || whole[i].bytes != pieces[i].bytes || whole[i].truncated != pieces[i].truncated)
            std::abort();
    }
    return 0;
}
