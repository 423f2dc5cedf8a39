// SPDX-License-Identifier: MIT
#pragma once

// The virtual module behind a real pseudo-terminal, and the workbench's core
// on the other side of it through a real QSerialPort: PtyTransport ↔
// VirtualModule, SerialTransport ↔ CommandEngine ↔ ModuleSession, plus a
// loopback echo service. Integration tests and benchmarks build on it.

#include "at/commandengine.h"
#include "bc25/trafficdecoder.h"
#include "link/modulestack.h"
#include "link/enginelink.h"
#include "session/modulesession.h"
#include "sim/echoservice.h"
#include "sim/virtualmodule.h"
#include "transport/ptytransport.h"
#include "transport/serialtransport.h"

#include <QDateTime>

#include <memory>

namespace bc25::test {

struct SimHarness
{
    transport::PtyTransport pty;
    std::unique_ptr<sim::VirtualModule> module;
    std::unique_ptr<transport::SerialTransport> serial;
    link::ModuleStack stack {profile::ModuleProfile::bc25()}; // profile → engine → session → connection
    at::CommandEngine &engine = stack.engine();
    link::EngineLink link {&engine};
    ModuleSession *session = nullptr; // the stack's, once start() asks for one
    sim::EchoService echo;
    QByteArray received; // everything the module printed, as the host saw it
    // What a capture file would hold: every write and read with its time, and
    // the transactions the live engine finished.
    struct Record { bool transmit; QByteArray bytes; qint64 time; bool note = false; };
    QList<Record> capture;
    QList<at::Transaction> liveTransactions;
    bool timeScaled = false; // the engine's limits were scaled: no capture can show that

    // False when no pseudo-terminal can be made here (the test then skips).
    // Without a session nothing acts on the module's output (raw transcripts).
    bool start(const sim::SimConfig &config = {}, qint32 baudRate = 115200, bool withSession = true)
    {
        pty.open();
        if (!pty.isOpen())
            return false;
        module = std::make_unique<sim::VirtualModule>(stack.sharedProfile(), config);
        module->attachTo(&pty);
        transport::SerialSettings settings;
        settings.portName = pty.slavePath();
        settings.baudRate = baudRate;
        serial = std::make_unique<transport::SerialTransport>(settings);
        serial->open();
        if (!serial->isOpen())
            return false;
        QObject::connect(serial.get(), &transport::Transport::bytesReceived,
                         [this](const QByteArray &bytes) { received += bytes; });
        if (withSession) {
            link.setTransport(serial.get());
            session = &stack.session();
            QObject::connect(&engine, &at::CommandEngine::rawTransmitted, [this](const QByteArray &b) {
                capture << Record {true, b, QDateTime::currentMSecsSinceEpoch()};
            });
            QObject::connect(&engine, &at::CommandEngine::rawReceived, [this](const QByteArray &b) {
                capture << Record {false, b, QDateTime::currentMSecsSinceEpoch()};
            });
            QObject::connect(&engine, &at::CommandEngine::transactionFinished,
                             [this](const at::Transaction &t) { liveTransactions << t; });
            // As link::Connection records it: the moment the link failed, and why.
            QObject::connect(serial.get(), &transport::Transport::errorOccurred,
                             [this](transport::Transport::Error, const QString &message) {
                capture << Record {false, TrafficDecoder::linkClosedNote(message), QDateTime::currentMSecsSinceEpoch(), true};
            });
        }
        return echo.start(0);
    }

    // The recording decoded as bc25-decode decodes a capture file: the
    // transactions that had finished live by the last record.
    QList<at::Transaction> decodedTransactions() const
    {
        TrafficDecoder decoder(profile::ModuleProfile::bc25());
        QList<at::Transaction> out;
        QObject::connect(&decoder, &TrafficDecoder::transactionDecoded,
                         [&out](const at::Transaction &t) { out << t; });
        for (const Record &r : capture) {
            if (r.note)
                decoder.noted(r.bytes, r.time);
            else if (r.transmit)
                decoder.transmitted(r.bytes, r.time);
            else
                decoder.received(r.bytes, r.time);
        }
        return out; // no finish(): what was still open live is still open here
    }

    ~SimHarness()
    {
        // The session (the stack's, destroyed last) must not hear the link go:
        // it would fail its sends into handlers of a test that has returned.
        QObject::disconnect(&engine, nullptr, nullptr, nullptr);
        session = nullptr;
        link.setTransport(nullptr);
        serial.reset();
        module.reset();
    }
};

} // namespace bc25::test
