// SPDX-License-Identifier: MIT
#include "resultline.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <utility>

namespace bc25::at {

namespace {

// The names a module prints most, shared instead of allocated for every
// line; `bare`: printed without "+NAME:", a result, not text.
struct KnownName
{
    QByteArray name;
    bool bare = false;
};

// Found by their size first: a line costs a few byte tests, not a compare per name.
class KnownNames
{
public:
    KnownNames()
    {
        static const char *const bare[] = {
            "OK", "ERROR", "SEND OK", "SEND FAIL", "CLOSE OK", "RDY", "POWERED DOWN", "NO CARRIER", "CONNECT", "ABORTED",
        };
        static const char *const prefixed[] = {
            "QIURC", "QIRD", "QISTATE", "QIOPEN", "QPING", "QISEND", "QICFG", "QIGETERROR", "QNTTP", "QIDNSGIP",
            "QIDNSCFG", "QIKALIVE", "CME ERROR", "CSQ", "CEREG", "CGATT", "CGPADDR",
        };
        for (const char *name : bare)
            add(name, true);
        for (const char *name : prefixed)
            add(name, false);
    }

    [[nodiscard]] const KnownName *find(QByteArrayView name) const
    {
        if (name.isEmpty() || name.size() >= MaxSize)
            return nullptr;
        for (const KnownName &known : m_bySize[size_t(name.size())]) {
            if (known.name.front() == name.front()
                && std::memcmp(known.name.constData(), name.data(), size_t(name.size())) == 0)
                return &known;
        }
        return nullptr;
    }

private:
    static constexpr qsizetype MaxSize = 16;

    void add(const char *name, bool bare)
    {
        const QByteArray text(name);
        Q_ASSERT(text.size() < MaxSize);
        m_bySize[size_t(text.size())].append({text, bare});
    }

    std::array<QList<KnownName>, MaxSize> m_bySize;
};

const KnownNames &knownNames()
{
    static const KnownNames names;
    return names;
}

QByteArray internedName(QByteArrayView name)
{
    const KnownName *known = knownNames().find(name);
    return known ? known->name : name.toByteArray();
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
    if (!isInteger())
        return fallback;
    // isInteger() allows a sign and 18 digits at most: the value fits, read here
    // without the locale-aware conversion every field had paid for.
    const bool negative = text.front() == '-';
    qint64 value = 0;
    for (qsizetype i = negative ? 1 : 0; i < text.size(); ++i)
        value = value * 10 + (text.at(i) - '0');
    return negative ? -value : value;
}

namespace {

// As QByteArrayView::trimmed(): ASCII white space.
bool isSpace(char c)
{
    return c == ' ' || (c >= '\t' && c <= '\r');
}

// [from, to) without the white space at either end.
QByteArrayView trimmedPart(const char *from, const char *to)
{
    while (from < to && isSpace(*from))
        ++from;
    while (to > from && isSpace(to[-1]))
        --to;
    return QByteArrayView(from, to - from);
}

const char *find(const char *from, const char *to, char c)
{
    if (from >= to)
        return to;
    const void *found = std::memchr(from, c, size_t(to - from));
    return found ? static_cast<const char *>(found) : to;
}

} // namespace

QList<Field> splitFields(QByteArrayView parameters)
{
    // Every answer and URC is split here (a +QISTATE into eight fields):
    // plain pointer scans, no search call per field.
    QList<Field> fields;
    const char *i = parameters.data();
    const char *const n = i + parameters.size();
    if (trimmedPart(i, n).isEmpty())
        return fields;
    fields.reserve(std::count(i, n, ',') + 1);
    for (;;) {
        while (i < n && *i == ' ')
            ++i;
        Field &field = fields.emplaceBack(); // filled in place: no copy of its text
        if (i < n && *i == '"') {
            const char *const close = find(i + 1, n, '"');
            field.text = QByteArray(i + 1, close - i - 1);
            field.quoted = true;
            i = close < n ? close + 1 : n;
            // Anything between the closing quote and the comma is kept, not lost.
            const char *const stop = find(i, n, ',');
            const QByteArrayView tail = trimmedPart(i, stop);
            if (!tail.isEmpty())
                field.text += tail;
            i = stop;
        } else {
            const char *const stop = find(i, n, ',');
            const QByteArrayView text = trimmedPart(i, stop);
            field.text = QByteArray(text.data(), text.size());
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
    // Every line is parsed: the trims and the colon's search inline, not calls.
    const QByteArrayView view = trimmedPart(line.constData(), line.constData() + line.size());
    if (view.startsWith('+')) {
        const char *const end = view.data() + view.size();
        const char *const colonAt = find(view.data(), end, ':');
        const qsizetype colon = colonAt < end ? colonAt - view.data() : -1;
        if (colon > 1) {
            result.prefixed = true;
            result.name = internedName(trimmedPart(view.data() + 1, colonAt));
            result.m_parametersAt = (view.data() - line.constData()) + colon + 1;
            result.m_parametersLength = view.size() - colon - 1;
        } else if (colon < 0 && view.size() > 1) {
            // "+QIURC" without a colon still names itself
            result.prefixed = true;
            result.name = view.sliced(1).toByteArray();
        }
    } else if (const KnownName *known = knownNames().find(view); known && known->bare) {
        result.name = known->name;
    }
    // Compared as views, which test the size first: QByteArray == "OK" calls a
    // memory compare whatever the size (four per line, 1.8 M instructions a MiB).
    static constexpr std::pair<QByteArrayView, Final> finals[] = {
        {"OK", Final::Ok}, {"ERROR", Final::Error}, {"CME ERROR", Final::CmeError}, {"CMS ERROR", Final::CmsError},
    };
    const QByteArrayView name(result.name);
    for (const auto &[word, final] : finals) {
        if (name == word) {
            result.final = final;
            break;
        }
    }
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
