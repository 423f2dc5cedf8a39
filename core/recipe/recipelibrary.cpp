// SPDX-License-Identifier: MIT
#include "recipelibrary.h"

#include "link/connection.h"

#include <QDir>
#include <QRegularExpression>
#include <QTcpServer>

namespace bc25::recipe {

namespace {

// A loopback port nobody listens on at this moment.
quint16 freeLoopbackPort()
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost) ? probe.serverPort() : 0;
}

QString withoutNumber(const QString &name)
{
    static const QRegularExpression number(QStringLiteral("^\\d+_"));
    return QString(name).remove(number);
}

} // namespace

QList<Recipe> RecipeLibrary::builtIn()
{
    QList<Recipe> recipes;
    const QDir folder(QString::fromLatin1(Folder));
    for (const QString &file : folder.entryList({QStringLiteral("*.lua")}, QDir::Files, QDir::Name))
        recipes << Recipe::fromFile(folder.filePath(file));
    return recipes;
}

Recipe RecipeLibrary::find(const QString &name)
{
    QString wanted = name;
    if (wanted.endsWith(QLatin1String(".lua")))
        wanted.chop(4);
    for (const Recipe &recipe : builtIn()) {
        if (recipe.name() == wanted || withoutNumber(recipe.name()) == wanted)
            return recipe;
    }
    return {};
}

QHash<QString, QString> RecipeLibrary::parametersFor(const link::Connection &connection)
{
    if (!connection.isVirtual())
        return {};
    // Listen first, then take another free port: the two are never the same.
    QTcpServer listenProbe;
    listenProbe.listen(QHostAddress::LocalHost);
    const quint16 closed = freeLoopbackPort();
    const quint16 listen = listenProbe.serverPort();
    listenProbe.close();
    return {
        {QStringLiteral("host"), QStringLiteral("127.0.0.1")},
        {QStringLiteral("echo_port"), QString::number(connection.echoPort())},
        {QStringLiteral("ntp_server"), QStringLiteral("127.0.0.1")},
        {QStringLiteral("ntp_port"), QString::number(connection.timePort())},
        {QStringLiteral("listen_port"), QString::number(listen)},
        {QStringLiteral("closed_port"), QString::number(closed)},
    };
}

} // namespace bc25::recipe
