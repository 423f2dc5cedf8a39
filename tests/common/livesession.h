// SPDX-License-Identifier: MIT
#pragma once

// A live session (the engine against a scripted module, every byte recorded
// with its time, as a capture file holds it) and a raw log decoded, for the
// tests that check a log reads the same as the session did.

#include "at/commandengine.h"
#include "profile/moduleprofile.h"
#include "bc25/trafficdecoder.h"
#include "link/enginelink.h"
#include "scriptedmodule.h"
#include "transport/memorytransport.h"

#include <QDateTime>

#include <memory>

namespace bc25::test {

// The engine on one end of an in-memory pair, a scripted module on the
// other, and every byte recorded with its time, as a capture file holds it.
struct LiveSession
{
    transport::MemoryTransport host;
    transport::MemoryTransport device;
    at::CommandEngine engine {profile::ModuleProfile::bc25()};
    link::EngineLink link {&engine};
    std::unique_ptr<test::ScriptedModule> module;
    QList<at::Transaction> transactions;
    QByteArray data;
    int unknownLines = 0;
    struct Record { bool transmit; QByteArray bytes; qint64 time; };
    QList<Record> capture;

    explicit LiveSession(bool echo = true)
    {
        transport::MemoryTransport::connectPair(&host, &device);
        host.open();
        device.open();
        link.setTransport(&host);
        module = std::make_unique<test::ScriptedModule>(&device, echo);
        QObject::connect(&engine, &at::CommandEngine::transactionFinished,
                         [this](const at::Transaction &t) { transactions << t; });
        QObject::connect(&engine, &at::CommandEngine::dataReceived,
                         [this](int, const QByteArray &bytes, bool) { data += bytes; });
        QObject::connect(&engine, &at::CommandEngine::unknownLine, [this] { ++unknownLines; });
        QObject::connect(&engine, &at::CommandEngine::rawTransmitted, [this](const QByteArray &b) {
            capture << Record {true, b, QDateTime::currentMSecsSinceEpoch()};
        });
        QObject::connect(&engine, &at::CommandEngine::rawReceived, [this](const QByteArray &b) {
            capture << Record {false, b, QDateTime::currentMSecsSinceEpoch()};
        });
    }

    void submit(const QByteArray &text)
    {
        at::AtCommand command = engine.assembler().rules().commandFor(text);
        engine.submit(command);
    }

    // The recording, decoded as bc25-decode decodes a capture file.
    // `contents` false: as --stats decodes it, transactions without lines.
    QList<at::Transaction> decoded(bool contents = true) const
    {
        TrafficDecoder decoder(profile::ModuleProfile::bc25());
        decoder.setTransactionContentsWanted(contents);
        QList<at::Transaction> out;
        QObject::connect(&decoder, &TrafficDecoder::transactionDecoded,
                         [&out](const at::Transaction &t) { out << t; });
        for (const Record &r : capture) {
            if (r.transmit)
                decoder.transmitted(r.bytes, r.time);
            else
                decoder.received(r.bytes, r.time);
        }
        decoder.finish();
        return out;
    }
};


// A raw log of the module's output alone, decoded: transactions and payload.
struct RawDecode
{
    QList<at::Transaction> transactions;
    QByteArray data;
    QStringList kinds;
    QList<DecodedEvent> events;
    int pendingOperations = 0; // still open when the log ended

    explicit RawDecode(const QByteArray &log, bool byteByByte = true)
    {
        TrafficDecoder decoder(profile::ModuleProfile::bc25());
        QObject::connect(&decoder, &TrafficDecoder::transactionDecoded,
                         [this](const at::Transaction &t) { transactions << t; });
        QObject::connect(&decoder, &TrafficDecoder::decoded, [this](const DecodedEvent &e) {
            kinds << QLatin1String(DecodedEvent::kindName(e.kind)) + (e.name.isEmpty() ? QString() : u':' + QString::fromLatin1(e.name));
            events << e;
            if (e.kind == DecodedEvent::Kind::Data)
                data += e.data;
        });
        if (byteByByte) {
            for (qsizetype i = 0; i < log.size(); ++i)
                decoder.received(log.mid(i, 1)); // byte by byte: the hardest split
        } else {
            decoder.received(log);
        }
        pendingOperations = decoder.assembler().pendingOperationCount();
        decoder.finish();
    }
};

} // namespace bc25::test
