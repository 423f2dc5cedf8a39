// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace bc25::ui {

struct QuickCommand
{
    QString name;    // what the button says: "Signal"
    QString command; // the line sent: "AT+CSQ"
};

struct QuickGroup
{
    QString name;
    QList<QuickCommand> commands;
};

// The saved quick commands, in groups, as Docklight, sscom and QCOM users keep
// them: a JSON file in the data folder (quick-commands.json), a starter group
// the first time, import and export as JSON or as a plain list (a command a
// line, "name=AT…" or the command alone; # and ; start a comment). Bounded:
// a file is read up to MaxFileBytes, and no more than MaxCommands are kept.
class QuickCommandStore final
{
    Q_DECLARE_TR_FUNCTIONS(bc25::ui::QuickCommandStore)
public:
    static constexpr qint64 MaxFileBytes = 1 << 20;
    static constexpr int MaxCommands = 2000;
    static constexpr int MaxLineLength = 1024;

    // The data folder's file (QStandardPaths::AppDataLocation).
    static QString defaultPath();
    // What a first start offers: AT, ATI, AT+CSQ, AT+CEREG?, AT+QISTATE?…
    static QuickGroup starterGroup();

    // Reads `path`; a missing file gives the starter group. Returns the error, if any.
    QString load(const QString &path);
    QString save(const QString &path) const;
    // Adds the groups of a JSON export or a plain list (a group named `name`).
    QString importFile(const QString &path);
    QString exportFile(const QString &path) const;

    [[nodiscard]] QByteArray toJson() const;
    static QList<QuickGroup> fromJson(const QByteArray &json, QString *error);
    static QuickGroup fromPlainList(const QByteArray &text, const QString &name);
    [[nodiscard]] static QByteArray toPlainList(const QuickGroup &group);

    [[nodiscard]] const QList<QuickGroup> &groups() const { return m_groups; }
    QList<QuickGroup> &groups() { return m_groups; }
    [[nodiscard]] int commandCount() const;
    // Adds groups as far as MaxCommands allows; false when some were left out.
    bool add(const QList<QuickGroup> &groups);

private:
    QList<QuickGroup> m_groups;
};

} // namespace bc25::ui
