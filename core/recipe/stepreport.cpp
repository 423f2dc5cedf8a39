// SPDX-License-Identifier: MIT
#include "stepreport.h"
#include "recipe.h"

#include "bc25/commandcatalog.h"
#include "bc25/errorcodes.h"
#include "capture/captureformat.h"

#include <QCoreApplication>

namespace bc25::recipe {

namespace {

QString escaped(const QByteArray &bytes)
{
    return QString::fromLatin1(capture::CaptureFormat::escape(bytes));
}

QString finalText(const at::Transaction &t)
{
    for (const at::ResultLine &line : t.lines) {
        if (line.isFinal())
            return escaped(line.text);
    }
    return QString::fromLatin1(at::Transaction::statusName(t.status));
}

// Columns on a terminal or in a fixed font: a Chinese character takes two.
int columns(const QString &text)
{
    int width = 0;
    for (const QChar c : text)
        width += (c.unicode() >= 0x1100 && (c.unicode() <= 0x115f || (c.unicode() >= 0x2e80 && c.unicode() <= 0xa4cf)
                                            || (c.unicode() >= 0xac00 && c.unicode() <= 0xd7a3)
                                            || (c.unicode() >= 0xf900 && c.unicode() <= 0xfaff)
                                            || (c.unicode() >= 0xfe30 && c.unicode() <= 0xfe4f)
                                            || (c.unicode() >= 0xff00 && c.unicode() <= 0xff60)
                                            || (c.unicode() >= 0xffe0 && c.unicode() <= 0xffe6)))
                ? 2 : 1;
    return width;
}

// The second phase's outcome in words (Lua's tx.operation.status keeps the English token).
QString operationText(at::OperationResult::Status status)
{
    switch (status) {
    case at::OperationResult::Status::None: return {};
    case at::OperationResult::Status::Pending: return QCoreApplication::translate("bc25::recipe::StepReport", "pending");
    case at::OperationResult::Status::Done: return QCoreApplication::translate("bc25::recipe::StepReport", "done");
    case at::OperationResult::Status::Failed: return QCoreApplication::translate("bc25::recipe::StepReport", "failed");
    case at::OperationResult::Status::Timeout: return QCoreApplication::translate("bc25::recipe::StepReport", "timeout");
    case at::OperationResult::Status::Aborted: return QCoreApplication::translate("bc25::recipe::StepReport", "aborted");
    }
    return {};
}

} // namespace

QString StepReport::transactionLine(const at::Transaction &t)
{
    QStringList parts {escaped(t.command)};
    for (const at::ResultLine &line : t.lines) {
        if (!line.isFinal())
            parts << escaped(line.text);
    }
    if (!t.data.isEmpty())
        parts << tr("%n byte(s) of data", nullptr, int(t.data.size()));
    parts << tr("%1, %2 ms").arg(finalText(t), QString::number(t.latencyMs()));
    if (t.operation.status != at::OperationResult::Status::None) {
        QStringList lines;
        for (const at::ResultLine &line : t.operation.lines)
            lines << escaped(line.text);
        if (lines.isEmpty())
            lines << operationText(t.operation.status);
        parts << tr("%1, %2 ms").arg(lines.join(QStringLiteral(" | ")), QString::number(t.operationLatencyMs()));
    }
    QString line = parts.join(QStringLiteral(" → "));
    if (!t.errors.isEmpty())
        line += QStringLiteral(" (") + t.errors.join(QStringLiteral("; ")) + QLatin1Char(')');
    return line;
}

QString StepReport::transactionText(const at::Transaction &t)
{
    QStringList text;
    // "  answer:    +CSQ: 22,0": labels padded so the values line up.
    for (const auto &[label, value] : transactionRows(t)) {
        const QString head = label.isEmpty() ? QString() : label + QLatin1Char(':');
        text << QStringLiteral("  ") + head + QString(qMax(1, 12 - columns(head)), QLatin1Char(' ')) + value;
    }
    return text.join(QLatin1Char('\n'));
}

QList<std::pair<QString, QString>> StepReport::transactionRows(const at::Transaction &t)
{
    QList<std::pair<QString, QString>> rows;
    auto row = [&rows](const QString &label, const QString &value) { rows.append({label, value}); };
    row(tr("command"), escaped(t.command));
    if (!t.payload.isEmpty())
        row(tr("data sent"), tr("%n byte(s)", nullptr, int(t.payload.size())));
    for (const at::ResultLine &line : t.lines) {
        if (line.isFinal())
            row(tr("final"), tr("%1 after %2 ms").arg(escaped(line.text), QString::number(t.latencyMs())));
        else
            row(tr("answer"), escaped(line.text));
    }
    if (!t.data.isEmpty())
        row(tr("data"), tr("%n byte(s)", nullptr, int(t.data.size())));
    if (t.status == at::Transaction::Status::Timeout || t.status == at::Transaction::Status::Aborted)
        row(tr("result"), t.message);
    if (t.operation.status != at::OperationResult::Status::None) {
        row(tr("phase 2"), tr("%1 after %2 ms")
                                   .arg(operationText(t.operation.status), QString::number(t.operationLatencyMs())));
        for (const at::ResultLine &line : t.operation.lines)
            row({}, escaped(line.text));
        if (!t.operation.message.isEmpty())
            row({}, t.operation.message);
    }
    for (const at::ResultLine &urc : t.urcs)
        row(tr("meanwhile"), escaped(urc.text));
    for (const QString &error : t.errors)
        row(tr("error"), error);
    return rows;
}

QString StepReport::receivedText(const QByteArray &bytes, const QString &indent)
{
    QStringList lines;
    qsizetype start = 0;
    while (start < bytes.size()) {
        qsizetype end = bytes.indexOf('\n', start);
        end = end < 0 ? bytes.size() : end + 1;
        lines << indent + escaped(bytes.mid(start, end - start));
        start = end;
    }
    return lines.join(QLatin1Char('\n'));
}

QString StepReport::messageWithLine(const StepResult &step)
{
    // Lua's own messages say where already ("echo.lua:11: attempt to…"): the line once.
    if (step.line <= 0 || Recipe::lineOf(step.message) > 0)
        return step.message;
    return tr("line %1: %2").arg(QString::number(step.line), step.message);
}

QString StepReport::adviceFor(const at::Transaction &t, bool hostActivatesContexts)
{
    // The <err> of its second phase or its answer (+QIOPEN: 0,563), and the
    // socket its command names (the catalog knows which argument is <connectID>).
    int code = -1;
    for (const at::ResultLine &line : t.operation.lines + t.lines) {
        if (const int found = CommandCatalog::errorCode(line); found > 0)
            code = found;
    }
    if (code <= 0)
        return {};
    // The report is written from the step's result alone (text, JUnit, the
    // dock), which does not name the model: the family's table finds where
    // <connectID> is (the same place in every model's forms), its range
    // unchecked so that socket 11 of a BG96 is named too.
    const ParsedCommand command = CommandCatalog::family().parse(t.command);
    return ErrorCodes::advice(code, CommandCatalog::integerArgument(command, "connectID"), hostActivatesContexts);
}

QString StepReport::details(const StepResult &step)
{
    if (step.passed())
        return {};
    QStringList text {messageWithLine(step)};
    if (step.transaction) {
        if (const QString advice = adviceFor(*step.transaction, step.hostActivatesContexts); !advice.isEmpty())
            text << advice;
    }
    // Lua's stack ("stack traceback: [C]: in function 'at'") is the interpreter's, not
    // the recipe's: the user reads the line above; JUnit's report keeps the stack.
    if (step.transaction)
        text << tr("Transaction:") << transactionText(*step.transaction);
    if (!step.received.isEmpty())
        text << tr("Received last (%n byte(s)):", nullptr, int(step.received.size())) << receivedText(step.received);
    return text.join(QLatin1Char('\n'));
}

} // namespace bc25::recipe
