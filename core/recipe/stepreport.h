// SPDX-License-Identifier: MIT
#pragma once

#include "at/atcommand.h"
#include "runresult.h"

#include <QCoreApplication>
#include <QString>

namespace bc25::recipe {

// A run's records as text for people: a transaction on one line for the
// run's log, and a failed step in full (message, recipe line, the
// transaction, the bytes the module printed last) for bc25-run's output and
// the JUnit report. Bytes that are not printable are escaped as in a capture
// file (\r, \x00), so the text is safe in a terminal and in XML.
class StepReport final
{
    Q_DECLARE_TR_FUNCTIONS(bc25::recipe::StepReport)
public:
    // "AT+CSQ → +CSQ: 22,0 → OK, 3 ms"
    static QString transactionLine(const at::Transaction &t);
    // The transaction on several lines: command, answers, final result, second phase, errors.
    static QString transactionText(const at::Transaction &t);
    // The same as (label, value) rows, the label empty on a continued one: for
    // a table, where a Chinese label's width is the font's, not two columns.
    static QList<std::pair<QString, QString>> transactionRows(const at::Transaction &t);
    // The bytes escaped, broken after each line feed, each line indented.
    static QString receivedText(const QByteArray &bytes, const QString &indent = QStringLiteral("  "));
    // Everything a failed step says; empty for a passed one.
    static QString details(const StepResult &step);
    // What to do about the error code the transaction met (ErrorCodes::advice), or "";
    // `hostActivatesContexts`: the model's (StepResult::hostActivatesContexts).
    static QString adviceFor(const at::Transaction &t, bool hostActivatesContexts = false);
    // "line 12: <message>", or the message alone when the line is unknown.
    static QString messageWithLine(const StepResult &step);
};

} // namespace bc25::recipe
