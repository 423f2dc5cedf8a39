// SPDX-License-Identifier: MIT
#include "recipeparameters.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <utility>

namespace bc25::recipe::RecipeParameters {

namespace {

constexpr qsizetype MaxLabelLength = 120;

// The text with every comment blanked (line and long comments), strings kept
// and their spans noted, so that a param() in a comment or a string is not
// read and positions stay the same.
QString withoutComments(const QString &text, QList<std::pair<qsizetype, qsizetype>> *strings)
{
    QString out = text;
    qsizetype i = 0;
    const qsizetype n = out.size();
    while (i < n) {
        const QChar c = out.at(i);
        if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
            const qsizetype start = i;
            for (++i; i < n && out.at(i) != c && out.at(i) != QLatin1Char('\n'); ++i) {
                if (out.at(i) == QLatin1Char('\\'))
                    ++i;
            }
            ++i;
            strings->append({start, i});
        } else if (out.mid(i, 2) == QLatin1String("--")) {
            qsizetype end = out.indexOf(QLatin1Char('\n'), i);
            static const QRegularExpression longOpen(QStringLiteral("^--\\[(=*)\\["));
            const QRegularExpressionMatch open = longOpen.match(out.mid(i, 64));
            if (open.hasMatch()) {
                const QString close = QLatin1Char(']') + open.captured(1) + QLatin1Char(']');
                end = out.indexOf(close, i + open.capturedLength());
                end = end < 0 ? n : end + close.size();
            } else if (end < 0) {
                end = n;
            }
            for (qsizetype k = i; k < end; ++k) {
                if (out.at(k) != QLatin1Char('\n'))
                    out[k] = QLatin1Char(' ');
            }
            i = end;
        } else {
            ++i;
        }
    }
    return out;
}


// The comment-free text and a test for "inside a string", shared by the readers below.
struct Code
{
    QList<std::pair<qsizetype, qsizetype>> strings; // first: the text's initialiser fills it
    QString text;

    explicit Code(const QByteArray &source) : text(withoutComments(QString::fromUtf8(source), &strings)) {}
    [[nodiscard]] bool inString(qsizetype at) const
    {
        return std::any_of(strings.cbegin(), strings.cend(), [at](const auto &s) { return at > s.first && at < s.second; });
    }
};

QString unquoted(const QString &value)
{
    if (value.startsWith(QLatin1Char('"')) || value.startsWith(QLatin1Char('\'')))
        return value.mid(1, value.size() - 2);
    return value;
}

} // namespace

QList<RecipeParameter> declaredIn(const QByteArray &text)
{
    static const QRegularExpression declaration(QStringLiteral(
            "\\bparam\\s*\\(\\s*([\"'])([A-Za-z_][A-Za-z0-9_]*)\\1\\s*"
            "(?:,\\s*(\"(?:[^\"\\\\]|\\\\.)*\"|'(?:[^'\\\\]|\\\\.)*'|[-+]?[0-9][0-9.xXa-fA-F]*|true|false|nil)"
            "(?:\\s*,\\s*([\"'])(number|integer|string|boolean|port)\\4)?)?"));
    QList<RecipeParameter> found;
    QSet<QString> seen;
    const Code code(text);
    const QString source = QString::fromUtf8(text); // the same positions, comments kept
    for (QRegularExpressionMatchIterator it = declaration.globalMatch(code.text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        if (code.inString(match.capturedStart()))
            continue;
        RecipeParameter parameter;
        parameter.name = match.captured(2);
        if (seen.contains(parameter.name))
            continue;
        seen.insert(parameter.name);
        const QString value = match.captured(3);
        parameter.hasDefault = !value.isEmpty() && value != QLatin1String("nil");
        parameter.defaultValue = parameter.hasDefault ? unquoted(value) : QString();
        // The type declared, else the default's as Lua reads it: "5" a string, 5 a number.
        parameter.type = match.captured(5);
        if (parameter.type.isEmpty() && parameter.hasDefault) {
            parameter.type = value.startsWith(QLatin1Char('"')) || value.startsWith(QLatin1Char('\'')) ? QStringLiteral("string")
                    : value == QLatin1String("true") || value == QLatin1String("false")                   ? QStringLiteral("boolean")
                                                                                                          : QStringLiteral("number");
        }
        // The line's comment (blanked in the code, kept in the source) labels the parameter.
        qsizetype eol = code.text.indexOf(QLatin1Char('\n'), match.capturedEnd());
        if (eol < 0)
            eol = source.size();
        for (qsizetype i = match.capturedEnd(); i + 1 < eol; ++i) {
            if (source.at(i) == QLatin1Char('-') && source.at(i + 1) == QLatin1Char('-') && code.text.at(i) == QLatin1Char(' ')) {
                const QString comment = source.mid(i + 2, eol - i - 2).trimmed();
                if (!comment.startsWith(QLatin1Char('['))) // a long comment --[[ … ]] is no label
                    parameter.label = comment.left(MaxLabelLength);
                break;
            }
        }
        found << parameter;
    }
    return found;
}

bool namedOtherwiseIn(const QByteArray &text)
{
    static const QRegularExpression call(QStringLiteral("\\bparam\\s*\\(\\s*(.)"));
    const Code code(text);
    for (QRegularExpressionMatchIterator it = call.globalMatch(code.text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        if (code.inString(match.capturedStart()))
            continue;
        if (match.captured(1) != QLatin1String("\"") && match.captured(1) != QLatin1String("'"))
            return true;
    }
    return false;
}

QStringList stepsIn(const QByteArray &text)
{
    static const QRegularExpression call(QStringLiteral(
            "\\bstep\\s*\\(\\s*(\"(?:[^\"\\\\]|\\\\.)*\"|'(?:[^'\\\\]|\\\\.)*')\\s*\\)"));
    QStringList steps;
    const Code code(text);
    for (QRegularExpressionMatchIterator it = call.globalMatch(code.text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        if (code.inString(match.capturedStart()))
            continue;
        steps << unquoted(match.captured(1)); // a name given twice is two steps
    }
    return steps;
}

std::optional<ParameterType> typeNamed(QStringView name)
{
    if (name == QLatin1String("string"))
        return ParameterType::String;
    if (name == QLatin1String("number"))
        return ParameterType::Number;
    if (name == QLatin1String("integer"))
        return ParameterType::Integer;
    if (name == QLatin1String("boolean"))
        return ParameterType::Boolean;
    if (name == QLatin1String("port"))
        return ParameterType::Port;
    return std::nullopt;
}

ParameterType typeOf(const RecipeParameter &parameter)
{
    return typeNamed(parameter.type).value_or(ParameterType::String);
}

std::optional<bool> booleanOf(const QString &value)
{
    const QString word = value.trimmed().toLower();
    for (const char *yes : {"1", "true", "yes", "on"})
        if (word == QLatin1String(yes))
            return true;
    for (const char *no : {"0", "false", "no", "off"})
        if (word == QLatin1String(no))
            return false;
    return std::nullopt;
}

QString conversionError(const QString &name, ParameterType type, const QString &value)
{
    bool ok = true;
    QString wanted;
    switch (type) {
    case ParameterType::String:
        return {};
    case ParameterType::Number:
        value.trimmed().toDouble(&ok);
        // Lua's hexadecimal integers too (0x1F), as the recipe itself could write them.
        if (!ok)
            value.trimmed().toLongLong(&ok, 0);
        wanted = QCoreApplication::translate("bc25::recipe::RecipeParameters", "a number");
        break;
    case ParameterType::Integer:
        value.trimmed().toLongLong(&ok, 0);
        wanted = QCoreApplication::translate("bc25::recipe::RecipeParameters", "an integer");
        break;
    case ParameterType::Port: {
        const qlonglong port = value.trimmed().toLongLong(&ok, 0);
        ok = ok && port >= 1 && port <= 65535;
        wanted = QCoreApplication::translate("bc25::recipe::RecipeParameters", "a port, 1-65535");
        break;
    }
    case ParameterType::Boolean:
        ok = booleanOf(value).has_value();
        wanted = QCoreApplication::translate("bc25::recipe::RecipeParameters", "true or false (1/0, yes/no, on/off)");
        break;
    }
    if (ok)
        return {};
    return QCoreApplication::translate("bc25::recipe::RecipeParameters", "the parameter \"%1\" must be %2; got \"%3\"").arg(name, wanted, value);
}

} // namespace bc25::recipe::RecipeParameters
