// SPDX-License-Identifier: MIT
#pragma once

#include "at/parsersettings.h"
#include "at/resultline.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

namespace bc25 { struct CommandSpec; }

namespace bc25::profile {

class ModuleProfile;

// How many fields one "+NAME:" line carries in one model's manual: the
// BC25's +QISTATE has 8 (manual 2.1.3), the BG96's 10 (its note 2.2.6).
// Written beside the other facts of a model's Description, with its source.
struct AnswerShape
{
    QByteArray name;        // "QISTATE", "QIURC"
    QByteArray type;        // a URC's first field, unquoted ("recv"); empty: any line of that name
    QList<int> fieldCounts; // every count the source prints
    // A "recv" URC in buffer access mode, where the model prints fewer
    // forms than in direct push (the BG96: no length); empty: fieldCounts.
    QList<int> bufferAccessCounts;
    QString source;         // "manual 2.1.3"
    // The same once the module confirmed AT+QICFG="recvind",1 (the EC200U,
    // its note 2.4.1: the length added); empty: the setting changes nothing.
    QList<int> recvIndicationCounts = {};
};

// Where a line names a socket (+QIOPEN: <connectID>,<err>, manual 2.1.1;
// +QIURC: "closed",<connectID>, 2.2.1): a <connectID> outside the model's
// range (11 on the BC25, whose sockets are 0-5) is a drift.
struct SocketField
{
    QByteArray name;  // "QIOPEN", "QIURC"
    QByteArray type;  // a URC's first field, unquoted ("closed"); empty: any line of that name
    int field = 0;    // the <connectID>'s index among the line's fields
};

// What one model prints, as its profile says, asked of each line the
// assembler has already taken for an answer or a URC: a line of a name the
// family knows but this model has not (+QNTP on the BC25, which answers
// +QNTTP), or of a known name with a field count the model's table does not
// give (a 10-field +QISTATE on the BC25), is a drift: not expected for this
// model. The one place that decides it; the line is still delivered as its
// best reading. A name no model has stays what it was (a URC, unknown).
class LineExpectations final
{
    Q_DECLARE_TR_FUNCTIONS(bc25::LineExpectations)
public:
    // `urcTypes`: the +QIURC types the model prints; `familyUrcTypes`: those
    // some model of the family prints (another's is a drift: "pdpdeact" on the BC25).
    LineExpectations(const ModuleProfile &profile, const QList<AnswerShape> &shapes, const QList<SocketField> &socketFields,
                     const QList<QByteArray> &urcTypes, const QSet<QByteArray> &familyUrcTypes);

    // Why the model does not expect this line, in words naming the model; empty when it does.
    [[nodiscard]] QString driftOf(const at::ResultLine &line, const at::ParserSettings &settings) const;
    // The field counts the model's table gives a line (the simulator prints
    // its +QISTATE by them); empty when it gives none.
    [[nodiscard]] QList<int> fieldCounts(QByteArrayView name, QByteArrayView type = {}) const;

private:
    [[nodiscard]] QString foreignName(const at::ResultLine &line) const;

    // A shape with its drift sentences made once: a log of another model's
    // lines drifts on every line, and words made for each (tr(), five
    // arg()s) had halved the decoder's speed. Made for the counts a line
    // has in practice; a longer line's around its count.
    static constexpr int MadeCounts = 24;
    struct ExpectedShape
    {
        AnswerShape shape;
        QString beforeCount, afterCount;                 // "…: +QISTATE with " | " fields; the BG96 prints 10 (…)."
        QString bufferedBeforeCount, bufferedAfterCount; // the same, in buffer access mode
        QList<QString> drift, bufferedDrift;             // by count, below MadeCounts
        QString always;          // not empty: every such line is a drift, for this reason
        int connectIdField = -1; // where the line names a socket (SocketField); -1: nowhere
        QString beforeId, afterId; // "…: +QIOPEN names socket " | "; the BC25 has sockets 0 to 5."
        // In buffer access with AT+QICFG="recvind",1 confirmed (AnswerShape::recvIndicationCounts).
        QString indicatedBeforeCount = {}, indicatedAfterCount = {};
    };
    [[nodiscard]] ExpectedShape &shapeFor(const QByteArray &name, const QByteArray &type);

    QString m_model;                             // "BC25"
    int m_socketCount = 0;
    QSet<QByteArray> m_names;                    // the result names of the model's commands, and QIURC
    QHash<QByteArray, QList<ExpectedShape>> m_shapes; // by name
    QHash<int, QByteArray> m_nameOfCommand;      // CommandId → the model's result name ("QNTTP")
};

} // namespace bc25::profile
