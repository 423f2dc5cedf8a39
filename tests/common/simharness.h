// SPDX-License-Identifier: MIT
#pragma once

// The virtual module behind a real pseudo-terminal, and the workbench's core
// on the other side of it through a real QSerialPort: PtyTransport ↔
// VirtualModule, SerialTransport ↔ CommandEngine ↔ ModuleSession, plus a
// loopback echo service. Integration tests and benchmarks build on it.

#include "at/commandengine.h"
#include "bc25/catalogrules.h"
#include "link/enginelink.h"
#include "session/modulesession.h"
#include "sim/echoservice.h"
#include "sim/virtualmodule.h"
#include "transport/ptytransport.h"
#include "transport/serialtransport.h"

#include <memory>

namespace bc25::test {

struct SimHarness
{
    transport::PtyTransport pty;
    std::unique_ptr<sim::VirtualModule> module;
    std::unique_ptr<transport::SerialTransport> serial;
    at::CommandEngine engine {&CatalogRules::instance()};
    link::EngineLink link {&engine};
    std::unique_ptr<ModuleSession> session;
    sim::EchoService echo;
    QByteArray received; // everything the module printed, as the host saw it

    // False when no pseudo-terminal can be made here (the test then skips).
    // Without a session nothing acts on the module's output (raw transcripts).
    bool start(const sim::SimConfig &config = {}, qint32 baudRate = 115200, bool withSession = true)
    {
        pty.open();
        if (!pty.isOpen())
            return false;
        module = std::make_unique<sim::VirtualModule>(config);
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
            session = std::make_unique<ModuleSession>(&engine);
        }
        return echo.start(0);
    }

    ~SimHarness()
    {
        session.reset();
        link.setTransport(nullptr);
        serial.reset();
        module.reset();
    }
};

} // namespace bc25::test
