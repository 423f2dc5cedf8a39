// SPDX-License-Identifier: MIT
#include "resultline.h"

namespace bc25::at {

namespace {

// Names printed without "+NAME:" that are results, not text.
bool isBareResultName(QByteArrayView line)
{
    static constexpr QByteArrayView names[] = {
        "OK", "ERROR", "SEND OK", "SEND FAIL", "CLOSE OK", "RDY", "POWERED DOWN",
        "NO CARRIER", "CONNECT", "ABORTED",
    };
    for (const QByteArrayView name : names) {
        if (line == name)
            return true;
    }
    return false;
}

// The names a module prints most, shared instead of allocated for every line.
QByteArray internedName(QByteArrayView name)
{
    static const QByteArray names[] = {
        "OK", "ERROR", "SEND OK", "SEND FAIL", "CLOSE OK", "QIURC", "QIRD", "QISTATE", "QIOPEN",
        "QPING", "QISEND", "QICFG", "QIGETERROR", "QNTTP", "QIDNSGIP", "QIDNSCFG", "QIKALIVE",
        "CME ERROR", "CSQ", "CEREG", "CGATT", "CGPADDR", "RDY",
    };
    for (const QByteArray &known : names) {
        if (name == known)
            return known;
    }
    return name.toByteArray();
}

} // namespace

bool Field::isInteger() const
{
    if (quoted || text.isEmpty() || text.size() > 18)
        return false;
    qsizetype i = text.startsWith('-') ? 1 : 0;
    if (i == text.size())
        return false;
    for (; i < text.size(); ++i) {
        if (text.at(i) < '0' || text.at(i) > '9')
            return false;
    }
    return true;
}

qint64 Field::toInteger(qint64 fallback) const
{
    return isInteger() ? text.toLongLong() : fallback;
}

QList<Field> splitFields(QByteArrayView parameters)
{
    QList<Field> fields;
    if (parameters.trimmed().isEmpty())
        return fields;
    fields.reserve(parameters.count(',') + 1);
    qsizetype i = 0;
    const qsizetype n = parameters.size();
    for (;;) {
        while (i < n && parameters[i] == ' ')
            ++i;
        Field &field = fields.emplaceBack(); // filled in place: no copy of its text
        if (i < n && parameters[i] == '"') {
            const qsizetype close = parameters.indexOf('"', i + 1);
            const qsizetype end = close < 0 ? n : close;
            field.text = parameters.sliced(i + 1, end - i - 1).toByteArray();
            field.quoted = true;
            i = close < 0 ? n : close + 1;
            // Anything between the closing quote and the comma is kept, not lost.
            const qsizetype comma = parameters.indexOf(',', i);
            const qsizetype stop = comma < 0 ? n : comma;
            const QByteArrayView tail = parameters.sliced(i, stop - i).trimmed();
            if (!tail.isEmpty())
                field.text += tail.toByteArray();
            i = stop;
        } else {
            const qsizetype comma = parameters.indexOf(',', i);
            const qsizetype stop = comma < 0 ? n : comma;
            field.text = parameters.sliced(i, stop - i).trimmed().toByteArray();
            i = stop;
        }
        if (i >= n)
            break;
        ++i; // the comma
    }
    return fields;
}

ResultLine ResultLine::parse(const QByteArray &line)
{
    ResultLine result;
    result.text = line;
    const QByteArrayView view = QByteArrayView(line).trimmed();
    if (view.startsWith('+')) {
        const qsizetype colon = view.indexOf(':');
        if (colon > 1) {
            result.prefixed = true;
            result.name = internedName(view.sliced(1, colon - 1).trimmed());
            result.m_parametersAt = (view.data() - line.constData()) + colon + 1;
            result.m_parametersLength = view.size() - colon - 1;
        } else if (colon < 0 && view.size() > 1) {
            // "+QIURC" without a colon still names itself
            result.prefixed = true;
            result.name = view.sliced(1).toByteArray();
        }
    } else if (isBareResultName(view)) {
        result.name = internedName(view);
    }
    if (result.name == "OK")
        result.final = Final::Ok;
    else if (result.name == "ERROR")
        result.final = Final::Error;
    else if (result.name == "CME ERROR")
        result.final = Final::CmeError;
    else if (result.name == "CMS ERROR")
        result.final = Final::CmsError;
    return result;
}

const QList<Field> &ResultLine::fields() const
{
    if (!m_fieldsSplit) {
        m_fieldsSplit = true;
        if (m_parametersAt >= 0)
            m_fields = splitFields(QByteArrayView(text).sliced(m_parametersAt, m_parametersLength));
    }
    return m_fields;
}

const Field &ResultLine::field(int index) const
{
    static const Field empty;
    const QList<Field> &all = fields();
    return index >= 0 && index < all.size() ? all.at(index) : empty;
}

qint64 ResultLine::integer(int index, qint64 fallback) const
{
    return field(index).toInteger(fallback);
}

} // namespace bc25::at
