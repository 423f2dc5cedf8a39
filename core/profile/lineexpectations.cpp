// SPDX-License-Identifier: MIT
#include "lineexpectations.h"

#include "moduleprofile.h"

namespace bc25::profile {

namespace {

// The result name of every command some model has ("QNTTP" and "QNTP"), and
// the command it answers: a line of such a name is the family's, never noise.
// Read on the first line of a name the model lacks, when every profile can be built.
const QHash<QByteArray, int> &familyNames()
{
    static const QHash<QByteArray, int> names = [] {
        QHash<QByteArray, int> all;
        for (const QByteArray &id : ModuleProfile::ids()) {
            for (const CommandSpec &spec : ModuleProfile::byId(id)->commands()) {
                if (spec.name.startsWith('+'))
                    all.insert(spec.name.mid(1), int(spec.id));
            }
        }
        return all;
    }();
    return names;
}

// "8", "1 or 2", "1, 3 or 5"
QString countsText(const QList<int> &counts)
{
    QString text;
    for (qsizetype i = 0; i < counts.size(); ++i) {
        if (i == 0)
            text = QString::number(counts.at(i));
        else if (i + 1 < counts.size())
            text = LineExpectations::tr("%1, %2").arg(text).arg(counts.at(i));
        else
            text = LineExpectations::tr("%1 or %2").arg(text).arg(counts.at(i));
    }
    return text;
}

// How many fields a "+NAME:" line carries, counted as splitFields() cuts
// them (a quoted field runs to its closing quote) but without splitting: a
// +QIRD or +QISTATE answer is counted, its fields are not made.
int fieldCountOf(const at::ResultLine &line)
{
    const qsizetype colon = line.text.indexOf(':');
    if (colon < 0)
        return 0;
    const QByteArrayView parameters = QByteArrayView(line.text).sliced(colon + 1);
    if (parameters.trimmed().isEmpty())
        return 0;
    int count = 1;
    const qsizetype n = parameters.size();
    for (qsizetype i = 0;;) {
        while (i < n && parameters[i] == ' ')
            ++i;
        if (i < n && parameters[i] == '"') {
            const qsizetype close = parameters.indexOf('"', i + 1);
            i = close < 0 ? n : close + 1;
        }
        const qsizetype comma = parameters.indexOf(',', i);
        if (comma < 0)
            return count;
        ++count;
        i = comma + 1;
    }
}

} // namespace

LineExpectations::LineExpectations(const ModuleProfile &profile, const QList<AnswerShape> &shapes)
    : m_model(profile.name())
{
    for (const CommandSpec &spec : profile.commands()) {
        if (!spec.name.startsWith('+'))
            continue;
        m_names.insert(spec.name.mid(1));
        m_nameOfCommand.insert(int(spec.id), spec.name.mid(1));
    }
    m_names.insert(CommandCatalog::resultName(ResultId::Urc)); // manual 2.2: every URC of the TCP/IP commands
    for (const AnswerShape &shape : shapes)
        m_shapes[shape.name].append(shape);
    // Every name of the model is a key, with no shapes where it has none:
    // each line costs one lookup.
    for (const QByteArray &name : std::as_const(m_names)) {
        if (!m_shapes.contains(name))
            m_shapes.insert(name, {});
    }
}

QList<int> LineExpectations::fieldCounts(QByteArrayView name, QByteArrayView type) const
{
    for (const AnswerShape &shape : m_shapes.value(name.toByteArray())) {
        if (shape.type == type)
            return shape.fieldCounts;
    }
    return {};
}

QString LineExpectations::driftOf(const at::ResultLine &line, const at::ParserSettings &settings) const
{
    // Only a "+NAME:" line that is no final result: the rest were never a command's answer.
    if (!line.prefixed || line.isFinal())
        return {};
    // One lookup: a name of the model's (with the shapes it has, most none), or another's.
    const auto shapes = m_shapes.constFind(line.name);
    if (shapes == m_shapes.cend())
        return foreignName(line);
    for (const AnswerShape &shape : *shapes) {
        // A URC's type (+QIURC: "recv",…): its fields are split already for its meaning.
        if (!shape.type.isEmpty() && (line.fieldCount() == 0 || line.field(0).text != shape.type))
            continue;
        const int count = fieldCountOf(line);
        // manual 2.2.2: the socket is the URC's second field.
        const bool buffered = !shape.bufferAccessCounts.isEmpty() && count >= 2
                              && !settings.isDirectPush(int(line.integer(1)));
        const QList<int> &expected = buffered ? shape.bufferAccessCounts : shape.fieldCounts;
        if (expected.contains(count))
            return {}; // the common case: no words are made
        QString what = QLatin1Char('+') + QString::fromLatin1(line.name);
        if (!shape.type.isEmpty())
            what += QStringLiteral(" \"%1\"").arg(QString::fromLatin1(shape.type));
        if (buffered) {
            return tr("not expected for %1: %2 with %3 fields in buffer access mode; the %1 prints %4 there (%5).")
                    .arg(m_model, what).arg(count).arg(countsText(shape.bufferAccessCounts), shape.source);
        }
        return tr("not expected for %1: %2 with %3 fields; the %1 prints %4 (%5).")
                .arg(m_model, what).arg(count).arg(countsText(shape.fieldCounts), shape.source);
    }
    return {};
}

QString LineExpectations::foreignName(const at::ResultLine &line) const
{
    const auto family = familyNames().constFind(line.name);
    if (family == familyNames().cend())
        return {}; // no model has it: a URC of its own, or noise
    const QString name = QLatin1Char('+') + QString::fromLatin1(line.name);
    if (const auto own = m_nameOfCommand.constFind(family.value()); own != m_nameOfCommand.cend()) {
        return tr("not expected for %1: %2 is another model's answer; the %1 answers AT+%3 with +%3.")
                .arg(m_model, name, QString::fromLatin1(own.value()));
    }
    return tr("not expected for %1: the %1 has no %2.").arg(m_model, name);
}

} // namespace bc25::profile
