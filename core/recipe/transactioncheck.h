// SPDX-License-Identifier: MIT
#pragma once

#include "at/atcommand.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace bc25 { class CommandCatalog; }

namespace bc25::recipe {

// What a recipe's expect(t, name, values...) decides about a transaction:
// whether it succeeded, and whether the answer named `name` says what the
// recipe expects. A line that carries an <err> (manual chapter 3: +QIOPEN's,
// +QNTTP's) is compared by that code, so expect(t, "QIOPEN", 566) passes a
// refused connect; other lines field by field. Failures are sentences with
// error codes in words.
class TransactionCheck final
{
    Q_DECLARE_TR_FUNCTIONS(bc25::recipe::TransactionCheck)
public:
    struct Outcome
    {
        QString failure;                    // empty: as expected
        std::optional<at::ResultLine> line; // the answer that matched
    };

    // A null value (Lua's nil) matches any field. `lastError`: AT+QIGETERROR's
    // words after an ERROR, when they were read.
    static Outcome expect(const at::Transaction &t, QByteArrayView name, const QList<QByteArray> &values,
                          const QString &lastError = {});
    // Why the transaction failed (first phase, then second phase), or nothing.
    static QString failure(const at::Transaction &t, const QString &lastError = {});
    // The line's <err> as the catalog knows it, or -1.
    static int errorCode(const at::ResultLine &line);
    // The socket an AT+QIOPEN opened (its second phase succeeded), or -1.
    // `catalog`: the model's, that of the session the command ran on.
    static int openedSocket(const CommandCatalog &catalog, const at::Transaction &t);
    // The socket an AT+QICLOSE closed, or -1.
    static int closedSocket(const CommandCatalog &catalog, const at::Transaction &t);
};

} // namespace bc25::recipe
