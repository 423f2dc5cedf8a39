// SPDX-License-Identifier: MIT
#include "recipe.h"

#include "luasandbox.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>

namespace bc25::recipe {

namespace {
const QLatin1String VirtualModuleTag("virtual-module:");
const QLatin1String ModelsTag("models:");
const QLatin1String NeedsTag("needs:");
}

Recipe Recipe::fromFile(const QString &path)
{
    Recipe recipe;
    recipe.m_path = path;
    recipe.m_name = QFileInfo(path).completeBaseName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        recipe.m_readError = tr("Cannot read %1: %2").arg(path, file.errorString());
        return recipe;
    }
    recipe.m_text = file.readAll();
    recipe.readHeader();
    return recipe;
}

Recipe Recipe::fromText(const QByteArray &text, const QString &name)
{
    Recipe recipe;
    recipe.m_name = name;
    recipe.m_text = text;
    recipe.readHeader();
    return recipe;
}

QByteArray Recipe::code() const
{
    // Lua's own loader skips such a line in files only; the line numbers stay.
    return m_text.startsWith("#!") ? "--" + m_text : m_text;
}

void Recipe::readHeader()
{
    QStringList description;
    QList<QByteArray> lines = m_text.split('\n');
    if (!lines.isEmpty() && lines.constFirst().startsWith("#!"))
        lines.removeFirst();
    for (const QByteArray &raw : std::as_const(lines)) {
        const QString line = QString::fromUtf8(raw).trimmed();
        if (!line.startsWith(QLatin1String("--")) || line.startsWith(QLatin1String("--[[")))
            break;
        const QString text = line.mid(2).trimmed();
        if (text.startsWith(VirtualModuleTag)) {
            m_virtualModuleOptions << text.mid(VirtualModuleTag.size()).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        } else if (text.startsWith(ModelsTag)) {
            // "bc25 bc32" or "bc25, bc32"
            static const QRegularExpression separators(QStringLiteral("[\\s,]+"));
            m_models << text.mid(ModelsTag.size()).split(separators, Qt::SkipEmptyParts);
        } else if (text.startsWith(NeedsTag)) {
            // One reason, which may go on over several "-- needs:" lines.
            const QString more = text.mid(NeedsTag.size()).trimmed();
            m_needs = m_needs.isEmpty() ? more : m_needs + QLatin1Char(' ') + more;
        } else if (m_title.isEmpty()) {
            m_title = text;
        } else if (!text.isEmpty()) {
            description << text;
        }
    }
    m_description = description.join(QLatin1Char(' '));
    if (m_title.isEmpty())
        m_title = m_name;
}

Recipe::SyntaxError Recipe::checkSyntax() const
{
    if (!m_readError.isEmpty())
        return {-1, m_readError};
    LuaSandbox sandbox;
    const QString error = sandbox.load(code(), fileName());
    if (error.isEmpty())
        return {};
    return {lineOf(error), error};
}

int Recipe::lineOf(const QString &luaMessage)
{
    // "name.lua:12: message"; a chunk name never contains ':' here.
    static const QRegularExpression where(QStringLiteral("^[^:]*:(\\d+):"));
    const QRegularExpressionMatch match = where.match(luaMessage);
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

QString Recipe::translated(const QString &text)
{
    if (text.isEmpty())
        return text;
    const QByteArray source = text.toUtf8();
    return QCoreApplication::translate(TextContext, source.constData());
}

QString Recipe::filledIn(const QString &pattern, const QStringList &values)
{
    // The places the pattern has (%1-%99), lowest first: the n-th value fills the n-th lowest.
    auto placeAt = [&pattern](qsizetype i, int *length) {
        if (pattern.at(i) != QLatin1Char('%') || i + 1 >= pattern.size() || !pattern.at(i + 1).isDigit())
            return 0;
        int number = pattern.at(i + 1).digitValue();
        *length = 2;
        if (i + 2 < pattern.size() && pattern.at(i + 2).isDigit()) {
            number = number * 10 + pattern.at(i + 2).digitValue();
            *length = 3;
        }
        return number;
    };
    QList<int> places;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        int length = 0;
        if (const int number = placeAt(i, &length); number > 0 && !places.contains(number))
            places << number;
    }
    std::sort(places.begin(), places.end());
    QString text;
    text.reserve(pattern.size());
    for (qsizetype i = 0; i < pattern.size();) {
        int length = 1;
        const int number = placeAt(i, &length);
        const qsizetype which = number > 0 ? places.indexOf(number) : -1;
        if (which >= 0 && which < values.size())
            text += values.at(which);
        else
            text += pattern.mid(i, length);
        i += length;
    }
    return text;
}

} // namespace bc25::recipe
