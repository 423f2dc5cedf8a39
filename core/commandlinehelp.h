// SPDX-License-Identifier: MIT
#pragma once

#include <QCommandLineOption>
#include <QList>
#include <QString>

namespace bc25 {

// A program's --help, as QCommandLineParser lays it out (usage, description,
// options, arguments), wrapped for a terminal of `width` columns the way the
// reader's language wraps: only where a line may break (QTextBoundaryFinder's
// Line boundaries: after a space, between two Chinese characters, never
// inside a word or before "，"), a wide (CJK) character two columns, an
// option's names never broken. QCommandLineParser counts characters and cuts
// Chinese mid-phrase at 79 of them (about 150 columns).
class CommandLineHelp final
{
public:
    explicit CommandLineHelp(QString description) : m_description(std::move(description)) {}

    void addOptions(const QList<QCommandLineOption> &options) { m_options += options; }
    void addPositional(const QString &name, const QString &description, const QString &syntax = {});
    // What each exit status (ExitStatus: 0, 1, 2, the same for every program)
    // means for this program, listed last under "Exit status:", as the README has it.
    void setExitStatus(const QString &passed, const QString &failed, const QString &badUsage)
    {
        m_exitStatus = {passed, failed, badUsage};
    }
    [[nodiscard]] QString text(const QString &program, int width = DefaultWidth) const;

    // `text` in lines of at most `width` columns (a word longer than that alone on its line).
    [[nodiscard]] static QStringList wrap(const QString &text, int width);
    // Columns a text takes in a terminal: two for a wide character.
    [[nodiscard]] static int columns(QStringView text);

    static constexpr int DefaultWidth = 80;

private:
    struct Positional
    {
        QString name;
        QString description;
        QString syntax;
    };

    QString m_description;
    QList<QCommandLineOption> m_options;
    QList<Positional> m_positionals;
    QStringList m_exitStatus; // 0, 1, 2
};

} // namespace bc25
