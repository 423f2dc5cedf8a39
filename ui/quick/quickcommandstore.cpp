// SPDX-License-Identifier: MIT
#include "quickcommandstore.h"

#include "wholefile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

namespace bc25::ui {

namespace {

QString readBounded(const QString &path, QByteArray *bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QuickCommandStore::tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    if (file.size() > QuickCommandStore::MaxFileBytes)
        return QuickCommandStore::tr("%1 is larger than %2 KiB: not a list of commands.")
                .arg(QDir::toNativeSeparators(path), QString::number(QuickCommandStore::MaxFileBytes / 1024));
    *bytes = file.read(QuickCommandStore::MaxFileBytes);
    return {};
}

QString writeAtomically(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    if (QString error; !WholeFile::write(path, bytes, &error))
        return QuickCommandStore::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), error);
    return {};
}

} // namespace

QString QuickCommandStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/quick-commands.json");
}

QuickGroup QuickCommandStore::starterGroup()
{
    // A bring-up's first look: is it there, who is it, is it on the network, what is open.
    return {tr("Starter"),
            {{tr("Attention"), QStringLiteral("AT")},
             {tr("Identify"), QStringLiteral("ATI")},
             {tr("Signal"), QStringLiteral("AT+CSQ")},
             {tr("Registration"), QStringLiteral("AT+CEREG?")},
             {tr("Attached"), QStringLiteral("AT+CGATT?")},
             {tr("Address"), QStringLiteral("AT+CGPADDR")},
             {tr("Sockets"), QStringLiteral("AT+QISTATE?")},
             {tr("Last error"), QStringLiteral("AT+QIGETERROR")}}};
}

QString QuickCommandStore::load(const QString &path)
{
    m_groups.clear();
    if (!QFileInfo::exists(path)) {
        m_groups << starterGroup();
        return {};
    }
    QByteArray bytes;
    if (const QString error = readBounded(path, &bytes); !error.isEmpty())
        return error;
    QString error;
    add(fromJson(bytes, &error));
    return error;
}

QString QuickCommandStore::save(const QString &path) const
{
    return writeAtomically(path, toJson());
}

QString QuickCommandStore::importFile(const QString &path)
{
    QByteArray bytes;
    if (const QString error = readBounded(path, &bytes); !error.isEmpty())
        return error;
    QList<QuickGroup> groups;
    QString error;
    if (bytes.trimmed().startsWith('{'))
        groups = fromJson(bytes, &error);
    else
        groups << fromPlainList(bytes, QFileInfo(path).completeBaseName());
    if (!error.isEmpty())
        return error;
    if (!add(groups))
        return tr("Only the first %1 commands are kept.").arg(MaxCommands);
    return {};
}

QString QuickCommandStore::exportFile(const QString &path) const
{
    // A .txt is the plain list sscom and QCOM users paste; anything else JSON.
    if (path.endsWith(QLatin1String(".txt"), Qt::CaseInsensitive)) {
        QByteArray text;
        for (const QuickGroup &group : m_groups)
            text += "# " + group.name.toUtf8() + '\n' + toPlainList(group);
        return writeAtomically(path, text);
    }
    return writeAtomically(path, toJson());
}

QByteArray QuickCommandStore::toJson() const
{
    QJsonArray groups;
    for (const QuickGroup &group : m_groups) {
        QJsonArray commands;
        for (const QuickCommand &command : group.commands)
            commands.append(QJsonObject {{QStringLiteral("name"), command.name}, {QStringLiteral("command"), command.command}});
        groups.append(QJsonObject {{QStringLiteral("name"), group.name}, {QStringLiteral("commands"), commands}});
    }
    return QJsonDocument(QJsonObject {{QStringLiteral("format"), QStringLiteral("bc25-quick-commands")},
                                      {QStringLiteral("version"), 1},
                                      {QStringLiteral("groups"), groups}})
            .toJson();
}

QList<QuickGroup> QuickCommandStore::fromJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isObject()) {
        *error = tr("Not a quick commands file: %1").arg(parseError.errorString());
        return {};
    }
    QList<QuickGroup> groups;
    for (const QJsonValue &groupValue : document.object().value(QStringLiteral("groups")).toArray()) {
        const QJsonObject object = groupValue.toObject();
        QuickGroup group {object.value(QStringLiteral("name")).toString().left(MaxLineLength), {}};
        for (const QJsonValue &commandValue : object.value(QStringLiteral("commands")).toArray()) {
            const QJsonObject command = commandValue.toObject();
            const QString line = command.value(QStringLiteral("command")).toString().trimmed().left(MaxLineLength);
            if (!line.isEmpty())
                group.commands << QuickCommand {command.value(QStringLiteral("name")).toString().left(MaxLineLength), line};
        }
        groups << group;
    }
    return groups;
}

QuickGroup QuickCommandStore::fromPlainList(const QByteArray &text, const QString &name)
{
    QuickGroup group {name, {}};
    for (const QByteArray &raw : text.split('\n')) {
        const QString line = QString::fromUtf8(raw).trimmed().left(MaxLineLength);
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')) || line.startsWith(QLatin1Char(';')))
            continue;
        // "Signal=AT+CSQ": a name, then the command; a command's own "="
        // has its arguments after it, not a command (AT+CEREG=1).
        const qsizetype equals = line.indexOf(QLatin1Char('='));
        if (equals > 0 && line.mid(equals + 1).trimmed().startsWith(QLatin1String("AT"), Qt::CaseInsensitive))
            group.commands << QuickCommand {line.left(equals).trimmed(), line.mid(equals + 1).trimmed()};
        else
            group.commands << QuickCommand {line, line};
    }
    return group;
}

QByteArray QuickCommandStore::toPlainList(const QuickGroup &group)
{
    QByteArray text;
    for (const QuickCommand &command : group.commands)
        text += (command.name == command.command ? command.command : command.name + QLatin1Char('=') + command.command).toUtf8()
                + '\n';
    return text;
}

int QuickCommandStore::commandCount() const
{
    int count = 0;
    for (const QuickGroup &group : m_groups)
        count += int(group.commands.size());
    return count;
}

bool QuickCommandStore::add(const QList<QuickGroup> &groups)
{
    int room = MaxCommands - commandCount();
    bool whole = true;
    for (QuickGroup group : groups) {
        if (group.commands.size() > room) {
            group.commands.resize(qMax(0, room));
            whole = false;
        }
        room -= int(group.commands.size());
        m_groups << group;
    }
    return whole;
}

} // namespace bc25::ui
