// SPDX-License-Identifier: MIT
#include "logmodel.h"

#include "bc25/trafficdecoder.h"
#include "capture/capturereader.h"
#include "profile/modelidentification.h"

#include <QBuffer>

namespace bc25::decode {

namespace {

// What the module said about itself, as the live session reads it
// (ModuleStatus): ATI's lines, AT+CGMR's first line, AT+QGMR's first line.
struct Said
{
    QStringList ati;
    QString revision;
    QString firmware;
};

QString firstLine(const at::Transaction &t)
{
    if (t.lines.size() < 2)
        return {};
    const at::ResultLine &line = t.lines.constFirst();
    return QString::fromLatin1(line.prefixed ? line.field(0).text : line.text.trimmed());
}

// The command a transaction answers, by the catalog of a model that has it
// (AT+QGMR is in the tables of the models that answer it only).
CommandId commandOf(const QByteArray &text)
{
    for (const QByteArray &id : profile::ModuleProfile::ids()) {
        if (const CommandSpec *spec = profile::ModuleProfile::byId(id)->catalog().parse(text).spec)
            return spec->id;
    }
    return CommandId::Unknown;
}

void note(Said &said, const at::Transaction &t)
{
    if (!t.ok())
        return;
    switch (commandOf(t.command)) {
    case CommandId::Identify:
        said.ati.clear();
        for (const at::ResultLine &line : t.lines) {
            if (!line.isFinal())
                said.ati << QString::fromLatin1(line.text.trimmed());
        }
        break;
    case CommandId::Revision:
        said.revision = firstLine(t);
        break;
    case CommandId::FirmwareRevision:
        said.firmware = firstLine(t);
        break;
    default:
        break;
    }
}

} // namespace

const char *LogModel::fromName(From from)
{
    switch (from) {
    case From::Option: return "option";
    case From::Capture: return "capture";
    case From::Identity: return "identity";
    case From::Default: break;
    }
    return "default";
}

profile::ProfilePointer LogModel::identifiedIn(const QByteArray &head, bool isCapture, Change *change)
{
    // The identity commands' answers read the same on every model: the
    // BC25's decoder finds them (it keeps the lines of its transactions).
    Said said;
    TrafficDecoder decoder(profile::ModuleProfile::bc25());
    decoder.setEventsWanted(false);
    qint64 line = 0;      // the line being read: where an identity's answer ends
    QByteArray named;     // the model the module last named
    QObject::connect(&decoder, &TrafficDecoder::transactionDecoded, [&](const at::Transaction &t) {
        note(said, t);
        const QByteArray model = profile::ModelIdentification::identify(said.ati, said.revision, said.firmware);
        if (!profile::ModuleProfile::byId(model))
            return;
        if (change && change->line == 0 && !named.isEmpty() && model != named)
            *change = {line, named, model};
        named = model;
    });
    if (isCapture) {
        QByteArray bytes = head;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::ReadOnly);
        capture::CaptureReader reader(&buffer);
        capture::CaptureRecord record;
        while (reader.next(&record)) { // the last record may be cut by the look-ahead: skipped
            line = reader.line();
            if (record.direction == capture::CaptureRecord::Direction::Transmit)
                decoder.transmitted(record.bytes, record.timestampMs);
            else if (record.direction == capture::CaptureRecord::Direction::Receive)
                decoder.received(record.bytes, record.timestampMs);
        }
    } else {
        // Line by line, so that an identity is placed at its line (the look-ahead is bounded).
        qsizetype from = 0;
        while (from < head.size()) {
            const qsizetype end = head.indexOf('\n', from);
            const qsizetype next = end < 0 ? head.size() : end + 1;
            ++line;
            decoder.received(head.mid(from, next - from));
            from = next;
        }
    }
    decoder.finish();
    return profile::ModuleProfile::byId(named);
}

} // namespace bc25::decode
