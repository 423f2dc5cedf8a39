// SPDX-License-Identifier: MIT
#pragma once

#include "at/resultline.h"

#include <QCoreApplication>
#include <QList>
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

    // One kind of unsolicited line, for the quick reference: how the manual
    // writes it, an example line (what describe() says of it is what the URC
    // log shows) and the section. The one table of the lines describe() knows.
    struct Reference
    {
        QString syntax;     // +QIURC: "closed",<connectID>
        QByteArray example; // +QIURC: "closed",0
        QString section;    // "2.2.1"
        QString meaning;    // what it means, in the user's language
    };
    static QList<Reference> reference();

private:
    static UrcDescription describeUrc(const Urc &urc, const at::ResultLine &line);
    static UrcDescription describeResult(const at::ResultLine &line);
};

} // namespace bc25
