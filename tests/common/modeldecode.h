// SPDX-License-Identifier: MIT
#pragma once

// A raw log of the module's output with echo on, decoded with a model's rules,
// as text a test compares: each event ("urc:+QIURC: …", "data:…"), each drift
// reason, each transaction's command and final status. Fed whole or byte by byte.

#include "bc25/trafficdecoder.h"
#include "profile/moduleprofile.h"

#include <QStringList>

namespace bc25::test {

struct ModelDecode
{
    QStringList events;
    QStringList drifts;
    QStringList finals;

    // `profileDefaults`: the decoder starts from the profile's parser defaults
    // (every socket in buffer access), as a session of that model does.
    ModelDecode(const QByteArray &model, const QByteArray &stream, bool byteByByte, bool profileDefaults = false)
    {
        const auto profile = profile::ModuleProfile::byId(model);
        TrafficDecoder decoder(profile);
        if (profileDefaults)
            decoder.setInitialSettings(profile->parserDefaults());
        QObject::connect(&decoder, &TrafficDecoder::decoded, [this](const DecodedEvent &e) {
            const QByteArray text = e.kind == DecodedEvent::Kind::Data ? e.data : e.text;
            events << QString::fromLatin1(DecodedEvent::kindName(e.kind)) + QLatin1Char(':') + QString::fromLatin1(text);
            if (!e.drift.isEmpty())
                drifts << e.drift;
        });
        QObject::connect(&decoder, &TrafficDecoder::transactionDecoded, [this](const at::Transaction &t) {
            finals << QString::fromLatin1(t.command) + QLatin1Char(' ') + QLatin1String(at::Transaction::statusName(t.status));
        });
        if (byteByByte) {
            for (const char c : stream)
                decoder.received(QByteArray(1, c));
        } else {
            decoder.received(stream);
        }
        decoder.finish();
    }
};

} // namespace bc25::test
