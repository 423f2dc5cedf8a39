// SPDX-License-Identifier: MIT
// libFuzzer target: the virtual module's serial front end and command
// handlers, fed whatever a serial program might type. It must never crash
// or grow without bound. Reach is loopback only: nothing leaves the machine.

#include "sim/virtualmodule.h"
#include "profile/moduleprofile.h"

#include <QCoreApplication>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    bc25::sim::SimConfig config;
    config.reach = bc25::sim::SimConfig::Reach::LoopbackOnly;
    config.pingDelayMs = 0;
    bc25::sim::VirtualModule module(bc25::profile::ModuleProfile::bc25(), config);
    qint64 output = 0;
    QObject::connect(&module, &bc25::sim::VirtualModule::output, [&](const QByteArray &b) { output += b.size(); });
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    // Commands end at CR; give the fuzzer a few ways to cut them.
    for (qsizetype at = 0; at < bytes.size(); at += 7) {
        module.receive(bytes.mid(at, 7));
        // Every buffer of the front end has a bound, whatever the input (line, data, held input and URCs).
        if (module.bufferedBytes() > bc25::sim::SerialInput::InputLimit + bc25::profile::ModuleProfile::bc25()->catalog().longestCommandLine()
                                         + bc25::sim::VirtualModule::HeldUrcLimit + bc25::sim::VirtualModule::OutputBacklogLimit)
            std::abort();
    }
    QCoreApplication::processEvents();
    if (output > 64 * (qint64(size) + 64) + (1 << 20))
        std::abort(); // answers out of all proportion to the input
    return 0;
}
