// SPDX-License-Identifier: MIT
#include "transactionjson.h"

#include <QJsonArray>

namespace bc25 {

namespace {

QJsonArray texts(const QList<at::ResultLine> &lines)
{
    QJsonArray array;
    for (const at::ResultLine &line : lines)
        array.append(QString::fromUtf8(line.text));
    return array;
}

} // namespace

QJsonObject transactionToJson(const at::Transaction &t)
{
    QJsonObject o;
    o.insert(QLatin1String("command"), QString::fromUtf8(t.command));
    o.insert(QLatin1String("source"), QLatin1String(at::Transaction::sourceName(t.source)));
    o.insert(QLatin1String("final"), QLatin1String(at::Transaction::statusName(t.status)));
    if (t.writtenMs >= 0)
        o.insert(QLatin1String("time"), t.writtenMs);
    if (t.latencyMs() >= 0)
        o.insert(QLatin1String("latencyMs"), t.latencyMs());
    if (!t.lines.isEmpty())
        o.insert(QLatin1String("lines"), texts(t.lines));
    if (!t.payload.isEmpty())
        o.insert(QLatin1String("payloadLength"), t.payload.size());
    if (!t.data.isEmpty())
        o.insert(QLatin1String("dataLength"), t.data.size());
    if (t.operation.status != at::OperationResult::Status::None) {
        QJsonObject op;
        op.insert(QLatin1String("result"), QLatin1String(at::Transaction::operationStatusName(t.operation.status)));
        op.insert(QLatin1String("lines"), texts(t.operation.lines));
        if (t.operationLatencyMs() >= 0)
            op.insert(QLatin1String("latencyMs"), t.operationLatencyMs());
        if (!t.operation.message.isEmpty())
            op.insert(QLatin1String("message"), t.operation.message);
        o.insert(QLatin1String("operation"), op);
    }
    if (!t.urcs.isEmpty())
        o.insert(QLatin1String("urcs"), texts(t.urcs));
    QStringList errors = t.errors;
    if (!t.message.isEmpty())
        errors.prepend(t.message);
    if (!errors.isEmpty())
        o.insert(QLatin1String("errors"), QJsonArray::fromStringList(errors));
    return o;
}

} // namespace bc25
