// SPDX-License-Identifier: MIT
#include "recipeparameters.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <utility>

namespace bc25::ui::RecipeParameters {

namespace {

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

} // namespace

QList<RecipeParameter> declaredIn(const QByteArray &text)
{
    static const QRegularExpression declaration(QStringLiteral(
            "\\bparam\\s*\\(\\s*([\"'])([A-Za-z_][A-Za-z0-9_]*)\\1\\s*"
            "(?:,\\s*(\"(?:[^\"\\\\]|\\\\.)*\"|'(?:[^'\\\\]|\\\\.)*'|[-+]?[0-9][0-9.xXa-fA-F]*|true|false))?"));
    QList<RecipeParameter> found;
    QSet<QString> seen;
    QList<std::pair<qsizetype, qsizetype>> strings;
    const QString code = withoutComments(QString::fromUtf8(text), &strings);
    const auto inString = [&strings](qsizetype at) {
        return std::any_of(strings.cbegin(), strings.cend(), [at](const auto &s) { return at > s.first && at < s.second; });
    };
    for (QRegularExpressionMatchIterator it = declaration.globalMatch(code); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        if (inString(match.capturedStart()))
            continue;
        RecipeParameter parameter;
        parameter.name = match.captured(2);
        if (seen.contains(parameter.name))
            continue;
        seen.insert(parameter.name);
        QString value = match.captured(3);
        parameter.hasDefault = !value.isEmpty();
        if (value.startsWith(QLatin1Char('"')) || value.startsWith(QLatin1Char('\'')))
            value = value.mid(1, value.size() - 2);
        parameter.defaultValue = value;
        found << parameter;
    }
    return found;
}

} // namespace bc25::ui::RecipeParameters
