// SPDX-License-Identifier: MIT
#include "lineexpectations.h"

#include "moduleprofile.h"

#include <cstring>
#include <optional>
#include <tuple>

namespace bc25::profile {

// The result name of every command some model has ("QNTTP" and "QNTP"), and
// the CommandId it answers (as int), read from the registry's descriptions
// (profileregistry.cpp): a line of such a name is the family's, never noise.
const QHash<QByteArray, int> &familyResultNames();

namespace {

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

// Where `c` is in `text` from `from` on, -1 if nowhere: memchr, where
// QByteArrayView::indexOf(char) is a general search call (1.6 M instructions
// a MiB of URCs in these two counts).
qsizetype indexOf(QByteArrayView text, char c, qsizetype from = 0)
{
    if (from >= text.size())
        return -1;
    const void *found = std::memchr(text.data() + from, c, size_t(text.size() - from));
    return found ? static_cast<const char *>(found) - text.data() : -1;
}

// The parameters of a "+NAME:" line, after its first colon; nullopt for a line without one.
std::optional<QByteArrayView> parametersOf(const at::ResultLine &line)
{
    const qsizetype colon = indexOf(line.text, ':');
    if (colon < 0)
        return std::nullopt;
    return QByteArrayView(line.text).sliced(colon + 1);
}

// The first field as a plain decimal, read in place (-1 if it is none): a
// +QISTATE answer's <connectID> is checked without splitting its ten fields.
qint64 firstInteger(const at::ResultLine &line)
{
    const std::optional<QByteArrayView> parameters = parametersOf(line);
    if (!parameters)
        return -1;
    const QByteArrayView rest = parameters->trimmed();
    qint64 value = -1;
    for (qsizetype i = 0; i < rest.size() && i < 12 && rest[i] >= '0' && rest[i] <= '9'; ++i)
        value = (value < 0 ? 0 : value * 10) + (rest[i] - '0');
    return value;
}

// How many fields a "+NAME:" line carries, counted as splitFields() cuts
// them (a quoted field runs to its closing quote) but without splitting: a
// +QIRD or +QISTATE answer is counted, its fields are not made.
int fieldCountOf(const at::ResultLine &line)
{
    const std::optional<QByteArrayView> found = parametersOf(line);
    if (!found || found->trimmed().isEmpty())
        return 0;
    const QByteArrayView parameters = *found;
    int count = 1;
    const qsizetype n = parameters.size();
    for (qsizetype i = 0;;) {
        while (i < n && parameters[i] == ' ')
            ++i;
        if (i < n && parameters[i] == '"') {
            const qsizetype close = indexOf(parameters, '"', i + 1);
            i = close < 0 ? n : close + 1;
        }
        const qsizetype comma = indexOf(parameters, ',', i);
        if (comma < 0)
            return count;
        ++count;
        i = comma + 1;
    }
}

// A sentence cut where the count goes, from one made with a character no
// translation holds in its place (a translation without the count keeps it all).
std::pair<QString, QString> cutAtCount(const QString &sentence, QChar mark)
{
    const qsizetype at = sentence.indexOf(mark);
    if (at < 0)
        return {sentence, QString()};
    return {sentence.left(at), sentence.mid(at + 1)};
}

} // namespace

LineExpectations::LineExpectations(const ModuleProfile &profile, const QList<AnswerShape> &shapes,
                                   const QList<SocketField> &socketFields, const QList<QByteArray> &urcTypes,
                                   const QSet<QByteArray> &familyUrcTypes)
    : m_model(profile.name())
    , m_socketCount(profile.socketCount())
{
    for (const CommandSpec &spec : profile.commands()) {
        if (!spec.name.startsWith('+'))
            continue;
        m_names.insert(spec.name.mid(1));
        m_nameOfCommand.insert(int(spec.id), spec.name.mid(1));
    }
    m_names.insert(CommandCatalog::resultName(ResultId::Urc)); // manual 2.2: every URC of the TCP/IP commands
    const QChar mark(0xE000); // private use: in no model's name, shape or source
    for (const AnswerShape &shape : shapes) {
        ExpectedShape expected {shape, {}, {}, {}, {}, {}, {}, {}, -1, {}, {}};
        QString what = QLatin1Char('+') + QString::fromLatin1(shape.name);
        if (!shape.type.isEmpty())
            what += QStringLiteral(" \"%1\"").arg(QString::fromLatin1(shape.type));
        std::tie(expected.beforeCount, expected.afterCount) =
                cutAtCount(tr("not expected for %1: %2 with %3 fields; the %1 prints %4 (%5).")
                                   .arg(m_model, what, QString(mark), countsText(shape.fieldCounts), shape.source),
                           mark);
        if (!shape.bufferAccessCounts.isEmpty()) {
            std::tie(expected.bufferedBeforeCount, expected.bufferedAfterCount) = cutAtCount(
                    tr("not expected for %1: %2 with %3 fields in buffer access mode; the %1 prints %4 there (%5).")
                            .arg(m_model, what, QString(mark), countsText(shape.bufferAccessCounts), shape.source),
                    mark);
        }
        if (!shape.recvIndicationCounts.isEmpty()) {
            std::tie(expected.indicatedBeforeCount, expected.indicatedAfterCount) = cutAtCount(
                    tr("not expected for %1: %2 with %3 fields in buffer access mode; the %1 prints %4 there (%5).")
                            .arg(m_model, what, QString(mark), countsText(shape.recvIndicationCounts), shape.source),
                    mark);
        }
        for (int count = 0; count < MadeCounts; ++count) {
            expected.drift << expected.beforeCount + QString::number(count) + expected.afterCount;
            if (!shape.bufferAccessCounts.isEmpty())
                expected.bufferedDrift << expected.bufferedBeforeCount + QString::number(count) + expected.bufferedAfterCount;
        }
        m_shapes[shape.name].append(expected);
    }
    const QByteArray urc = CommandCatalog::resultName(ResultId::Urc);
    // A +QIURC type another model prints and this one has no shape for
    // ("pdpdeact" on the BC25, "dnsgip" on the BC660K): words made once.
    for (const QByteArray &type : familyUrcTypes) {
        if (!urcTypes.contains(type))
            shapeFor(urc, type).always = tr("not expected for %1: the %1 has no %2.")
                                      .arg(m_model, QStringLiteral("+%1 \"%2\"").arg(QString::fromLatin1(urc), QString::fromLatin1(type)));
    }
    // The DNS lookup's answer in the other form: +QIDNSGIP lines on a model
    // that answers with +QIURC: "dnsgip" (manual 2.1.10), and the reverse above.
    if (!profile.answers().dnsAnswerAsQidnsgip) {
        const QByteArray dns = m_nameOfCommand.value(int(CommandId::DnsLookup));
        if (!dns.isEmpty()) {
            shapeFor(dns, {}).always = tr("not expected for %1: %2 is another model's answer; the %1 answers AT+%3 with %4.")
                                               .arg(m_model, QLatin1Char('+') + QString::fromLatin1(dns), QString::fromLatin1(dns),
                                                    QStringLiteral("+%1: \"dnsgip\"").arg(QString::fromLatin1(urc)));
        }
    }
    for (const SocketField &socket : socketFields) {
        ExpectedShape &expected = shapeFor(socket.name, socket.type);
        expected.connectIdField = socket.field;
        QString what = QLatin1Char('+') + QString::fromLatin1(socket.name);
        if (!socket.type.isEmpty())
            what += QStringLiteral(" \"%1\"").arg(QString::fromLatin1(socket.type));
        std::tie(expected.beforeId, expected.afterId) =
                cutAtCount(tr("not expected for %1: %2 names socket %3; the %1 has sockets 0 to %4.")
                                   .arg(m_model, what, QString(mark), QString::number(m_socketCount - 1)),
                           mark);
    }
    // Every name of the model is a key, with no shapes where it has none:
    // each line costs one lookup.
    for (const QByteArray &name : std::as_const(m_names)) {
        if (!m_shapes.contains(name))
            m_shapes.insert(name, {});
    }
}

LineExpectations::ExpectedShape &LineExpectations::shapeFor(const QByteArray &name, const QByteArray &type)
{
    QList<ExpectedShape> &shapes = m_shapes[name];
    for (ExpectedShape &expected : shapes) {
        if (expected.shape.type == type)
            return expected;
    }
    shapes.append(ExpectedShape {AnswerShape {name, type, {}, {}, {}}, {}, {}, {}, {}, {}, {}, {}, -1, {}, {}});
    return shapes.last();
}

QList<int> LineExpectations::fieldCounts(QByteArrayView name, QByteArrayView type) const
{
    for (const ExpectedShape &expected : m_shapes.value(name.toByteArray())) {
        if (expected.shape.type == type)
            return expected.shape.fieldCounts;
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
    for (const ExpectedShape &expected : *shapes) {
        const AnswerShape &shape = expected.shape;
        // A URC's type (+QIURC: "recv",…): its fields are split already for its meaning.
        if (!shape.type.isEmpty() && (line.fieldCount() == 0 || line.field(0).text != shape.type))
            continue;
        if (!expected.always.isEmpty())
            return expected.always;
        if (expected.connectIdField == 0 && shape.type.isEmpty()) {
            // The socket first (+QIOPEN, +QISTATE): read in place, the line not split for it.
            const qint64 id = firstInteger(line);
            if (id >= m_socketCount)
                return expected.beforeId + QString::number(id) + expected.afterId;
        } else if (expected.connectIdField >= 0 && expected.connectIdField < line.fieldCount()) {
            const qint64 id = line.integer(expected.connectIdField, 0);
            if (id < 0 || id >= m_socketCount)
                return expected.beforeId + QString::number(id) + expected.afterId;
        }
        if (shape.fieldCounts.isEmpty())
            return {}; // a line the model prints, any count
        const int count = fieldCountOf(line);
        // manual 2.2.2: the socket is the URC's second field.
        const bool buffered = !shape.bufferAccessCounts.isEmpty() && count >= 2
                              && !settings.isDirectPush(int(line.integer(1)));
        // AT+QICFG="recvind",1 confirmed (the EC200U): the length may come in buffer access too.
        const bool indicated = buffered && settings.recvIndication && !shape.recvIndicationCounts.isEmpty();
        const QList<int> &counts = indicated ? shape.recvIndicationCounts
                                             : buffered ? shape.bufferAccessCounts : shape.fieldCounts;
        if (counts.contains(count))
            return {}; // the common case: no words are made
        if (indicated)
            return expected.indicatedBeforeCount + QString::number(count) + expected.indicatedAfterCount;
        if (count < MadeCounts)
            return buffered ? expected.bufferedDrift.at(count) : expected.drift.at(count);
        return buffered ? expected.bufferedBeforeCount + QString::number(count) + expected.bufferedAfterCount
                        : expected.beforeCount + QString::number(count) + expected.afterCount;
    }
    return {};
}

QString LineExpectations::foreignName(const at::ResultLine &line) const
{
    // The family's names, read from the descriptions once per program (building
    // every profile to learn them had cost a foreign line 6 M instructions).
    const QHash<QByteArray, int> &familyNames = familyResultNames();
    const auto family = familyNames.constFind(line.name);
    if (family == familyNames.cend())
        return {}; // no model has it: a URC of its own, or noise
    const QString name = QLatin1Char('+') + QString::fromLatin1(line.name);
    if (const auto own = m_nameOfCommand.constFind(family.value()); own != m_nameOfCommand.cend()) {
        return tr("not expected for %1: %2 is another model's answer; the %1 answers AT+%3 with +%3.")
                .arg(m_model, name, QString::fromLatin1(own.value()));
    }
    return tr("not expected for %1: the %1 has no %2.").arg(m_model, name);
}

} // namespace bc25::profile
