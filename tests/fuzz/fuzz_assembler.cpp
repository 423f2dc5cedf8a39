// SPDX-License-Identifier: MIT
// libFuzzer target: the transaction assembler as bc25-decode drives it, on a
// raw log (commands known by their echo) or a capture-like mix where the
// input's 0x01 bytes switch between what the module printed and what the host
// wrote (the host's records go in whole, as the engine writes them).
// Besides crashes and sanitizer findings it checks split-independence:
// the same bytes fed whole and in pieces chosen by the input must give the
// same routed events and the same transactions.

#include "bc25/trafficdecoder.h"
#include "profile/moduleprofile.h"

#include <QList>

#include <cstdint>
#include <cstdlib>

using namespace bc25;

namespace {

struct Recorded
{
    int role;
    qint64 offset;
    QByteArray bytes;
};

struct Outcome
{
    QList<Recorded> events;
    QList<QByteArray> transactions; // command, status, operation, line count
};

// Splits the stream into host (TX) and module (RX) records at 0x01 bytes when
// the flags ask for a capture; each record is then fed in pieces.
Outcome run(QByteArrayView stream, bool capture, const uint8_t *cuts, size_t cutCount)
{
    TrafficDecoder decoder(profile::ModuleProfile::bc25());
    Outcome out;
    QObject::connect(&decoder.assembler(), &at::TransactionAssembler::routed, [&out](const at::RoutedEvent &e) {
        out.events.append({int(e.role), e.event->offset, e.event->bytes});
    });
    QObject::connect(&decoder, &TrafficDecoder::transactionDecoded, [&out](const at::Transaction &t) {
        out.transactions.append(t.command + '|' + at::Transaction::statusName(t.status) + '|'
                                + at::Transaction::operationStatusName(t.operation.status) + '|'
                                + QByteArray::number(t.lines.size()) + '|' + QByteArray::number(t.data.size()));
    });
    size_t cut = 0;
    bool host = false;
    qint64 time = 1000;
    const QByteArray bytes = stream.toByteArray();
    const QList<QByteArray> records = capture ? bytes.split('\x01') : QList<QByteArray> {bytes};
    for (const QByteArrayView record : records) {
        if (host) {
            // The host writes a command (or the data after a prompt) in one write.
            decoder.transmitted(record.toByteArray(), time);
        } else {
            qsizetype at = 0;
            while (at < record.size()) {
                const qsizetype n = cut < cutCount ? std::min<qsizetype>(record.size() - at, cuts[cut++] % 32 + 1)
                                                   : record.size() - at;
                // Pieces of one record share its time, as reads within a millisecond do.
                decoder.received(record.sliced(at, n).toByteArray(), capture ? time : -1);
                at += n;
            }
        }
        host = capture && !host;
        time += 7;
    }
    decoder.finish();
    return out;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    const bool capture = data[0] & 1;
    const size_t cutCount = std::min<size_t>(data[1] % 16, size - 2);
    const uint8_t *cuts = data + 2;
    const QByteArrayView stream(reinterpret_cast<const char *>(data) + 2 + cutCount, qsizetype(size - 2 - cutCount));

    const Outcome whole = run(stream, capture, nullptr, 0);
    const Outcome pieces = run(stream, capture, cuts, cutCount);
    if (whole.transactions != pieces.transactions || whole.events.size() != pieces.events.size())
        std::abort();
    for (qsizetype i = 0; i < whole.events.size(); ++i) {
        if (whole.events[i].role != pieces.events[i].role || whole.events[i].offset != pieces.events[i].offset
            || whole.events[i].bytes != pieces.events[i].bytes)
            std::abort();
    }
    return 0;
}
