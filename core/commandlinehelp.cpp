// SPDX-License-Identifier: MIT
#include "commandlinehelp.h"
#include "commandline.h"

#include <QCoreApplication>
#include <QTextBoundaryFinder>

namespace bc25 {

namespace {

// An option's names over this many columns put its description on the next line.
constexpr int MaxNamesColumns = 30;

bool isWide(char32_t c)
{
    // East Asian Wide and Fullwidth: Hangul Jamo, CJK, Hangul, compatibility ideographs, fullwidth forms.
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3)
            || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60)
            || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
}

QString namesOf(const QCommandLineOption &option)
{
    QStringList names;
    for (const QString &name : option.names())
        names << (name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name;
    QString text = names.join(QStringLiteral(", "));
    if (!option.valueName().isEmpty())
        text += QStringLiteral(" <") + option.valueName() + QLatin1Char('>');
    return text;
}

// "  names   description" with the description's next lines under its first.
void addEntry(QString *out, const QString &names, const QString &description, int namesColumns, int width)
{
    const QString indent(2 + namesColumns + 1, QLatin1Char(' '));
    const int namesWidth = CommandLineHelp::columns(names);
    QStringList lines = CommandLineHelp::wrap(description, qMax(20, width - int(indent.size())));
    QString first = QStringLiteral("  ") + names;
    if (namesWidth > namesColumns) { // alone on its line, never broken
        *out += first + QLatin1Char('\n');
        first.clear();
    } else {
        first += QString(namesColumns - namesWidth + 1, QLatin1Char(' '));
    }
    if (lines.isEmpty())
        lines << QString();
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = (i == 0 && !first.isEmpty() ? first : indent) + lines.at(i);
        *out += QStringView(line).trimmed().isEmpty() ? QString() : line;
        *out += QLatin1Char('\n');
    }
}

// A description written in lines for an 80-column terminal, as one paragraph:
// the line ends become spaces between words, nothing between Chinese characters.
QString unwrapped(const QString &text)
{
    QString out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('\n')) {
            out += text.at(i);
            continue;
        }
        const bool wideBefore = i > 0 && isWide(text.at(i - 1).unicode());
        const bool wideAfter = i + 1 < text.size() && isWide(text.at(i + 1).unicode());
        if (!(wideBefore || wideAfter))
            out += QLatin1Char(' ');
    }
    return out;
}

} // namespace

void CommandLineHelp::addPositional(const QString &name, const QString &description, const QString &syntax)
{
    m_positionals.append({name, description, syntax.isEmpty() ? name : syntax});
}

int CommandLineHelp::columns(QStringView text)
{
    int n = 0;
    for (const char32_t c : text.toUcs4())
        n += isWide(c) ? 2 : 1;
    return n;
}

QStringList CommandLineHelp::wrap(const QString &text, int width)
{
    QStringList lines;
    for (const QString &paragraph : text.split(QLatin1Char('\n'))) {
        QString line;
        QTextBoundaryFinder finder(QTextBoundaryFinder::Line, paragraph);
        qsizetype start = 0;
        while (start < paragraph.size()) {
            // The next place to break: a Line boundary after a space or beside a
            // wide character. UAX #14 also breaks after "-" and "/": never
            // inside --sim-option or /dev/ttyUSB0.
            qsizetype end = start;
            do {
                end = finder.toNextBoundary();
                if (end < 0)
                    end = paragraph.size();
            } while (end < paragraph.size() && !paragraph.at(end - 1).isSpace() && !isWide(paragraph.at(end - 1).unicode())
                     && !isWide(paragraph.at(end).unicode()));
            const QString piece = paragraph.mid(start, end - start); // a word and the space after it
            if (!line.isEmpty() && columns(QStringView(line + piece).trimmed()) > width) {
                lines << QStringView(line).trimmed().toString();
                line = piece.trimmed().isEmpty() ? QString() : piece;
            } else {
                line += piece;
            }
            start = end;
        }
        lines << QStringView(line).trimmed().toString();
    }
    return lines;
}

QString CommandLineHelp::text(const QString &program, int width) const
{
    QList<const QCommandLineOption *> shown;
    for (const QCommandLineOption &option : m_options) {
        if (!option.flags().testFlag(QCommandLineOption::HiddenFromHelp))
            shown << &option;
    }
    QStringList syntax;
    for (const Positional &p : m_positionals)
        syntax << p.syntax;
    // Qt's own words for the frame (its translation, loaded with ours, says them in Chinese).
    QString usage = QCoreApplication::translate("QCommandLineParser", "Usage: %1").arg(program);
    if (!shown.isEmpty())
        usage += QLatin1Char(' ') + QCoreApplication::translate("QCommandLineParser", "[options]");
    if (!syntax.isEmpty())
        usage += QLatin1Char(' ') + syntax.join(QLatin1Char(' '));
    QString out = wrap(usage, width).join(QLatin1Char('\n')) + QLatin1Char('\n');
    if (!m_description.isEmpty())
        out += wrap(unwrapped(m_description), width).join(QLatin1Char('\n')) + QLatin1Char('\n');
    out += QLatin1Char('\n');
    int namesColumns = 0;
    for (const QCommandLineOption *option : shown) {
        const int w = columns(namesOf(*option));
        if (w <= MaxNamesColumns)
            namesColumns = qMax(namesColumns, w);
    }
    for (const Positional &p : m_positionals)
        namesColumns = qMax(namesColumns, qMin(MaxNamesColumns, columns(p.name)));
    if (!shown.isEmpty()) {
        out += QCoreApplication::translate("QCommandLineParser", "Options:") + QLatin1Char('\n');
        for (const QCommandLineOption *option : shown)
            addEntry(&out, namesOf(*option), option->description(), namesColumns, width);
        out += QLatin1Char('\n');
    }
    if (!m_positionals.isEmpty()) {
        out += QCoreApplication::translate("QCommandLineParser", "Arguments:") + QLatin1Char('\n');
        for (const Positional &p : m_positionals)
            addEntry(&out, p.name, p.description, namesColumns, width);
    }
    if (!m_exitStatus.isEmpty()) {
        if (!out.endsWith(QLatin1String("\n\n")))
            out += QLatin1Char('\n'); // one blank line before it, as before every section
        out += QCoreApplication::translate("CommandLineHelp", "Exit status:") + QLatin1Char('\n');
        for (int status = ExitStatus::Passed; status <= ExitStatus::BadUsage; ++status)
            addEntry(&out, QString::number(status), m_exitStatus.at(status), namesColumns, width);
    }
    return out;
}

} // namespace bc25
