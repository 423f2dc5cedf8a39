// SPDX-License-Identifier: MIT
#pragma once

#include "at/resultline.h"

#include <QCoreApplication>
#include <QString>

namespace bc25 {

struct Urc;

// What an unsolicited line means, in words, for the URC log: its type, the
// socket it concerns and a sentence with every error code spelled out.
struct UrcDescription
{
    Q_DECLARE_TR_FUNCTIONS(bc25::UrcDescription)
public:
    QString type;        // "recv", "closed", "QIOPEN", "RDY", ...
    int connectId = -1;
    QString meaning;

    static UrcDescription describe(const at::ResultLine &line);

private:
    static UrcDescription describeUrc(const Urc &urc, const at::ResultLine &line);
    static UrcDescription describeResult(const at::ResultLine &line);
};

} // namespace bc25
