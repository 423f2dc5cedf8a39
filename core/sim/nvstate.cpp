// SPDX-License-Identifier: MIT
#include "nvstate.h"

#include "wholefile.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace bc25::sim {

NvState NvState::load(const QString &path, int socketCount)
{
    NvState state;
    state.accessMode.fill(0, socketCount);
    if (path.isEmpty())
        return state;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return state;
    const QJsonObject o = QJsonDocument::fromJson(file.readAll()).object();
    state.sendHex = o.value(QLatin1String("sendHex")).toBool();
    state.recvHex = o.value(QLatin1String("recvHex")).toBool();
    state.viewMode = o.value(QLatin1String("viewMode")).toBool();
    state.showLength = o.value(QLatin1String("showLength")).toBool();
    const QJsonArray modes = o.value(QLatin1String("accessMode")).toArray();
    for (int i = 0; i < socketCount && i < modes.size(); ++i)
        state.accessMode[i] = modes.at(i).toInt() == 1 ? 1 : 0;
    return state;
}

QString NvState::problemWith(const QString &path)
{
    QFile file(path);
    if (!file.exists() || file.size() == 0)
        return {};
    if (!file.open(QIODevice::ReadOnly))
        return QCoreApplication::translate("bc25::sim::NvState", "cannot read %1: %2").arg(path, file.errorString());
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    bool ours = error.error == QJsonParseError::NoError && document.isObject();
    static const QStringList fields {QStringLiteral("sendHex"), QStringLiteral("recvHex"), QStringLiteral("viewMode"),
                                     QStringLiteral("showLength"), QStringLiteral("accessMode")};
    for (const QString &key : document.object().keys())
        ours = ours && fields.contains(key);
    if (ours)
        return {};
    return QCoreApplication::translate("bc25::sim::NvState", "%1 is not an NVRAM file (a JSON object of %2): "
                                                             "the module would replace it")
            .arg(path, fields.join(QStringLiteral(", ")));
}

bool NvState::save(const QString &path, QString *error) const
{
    if (path.isEmpty())
        return true;
    QJsonArray modes;
    for (const int mode : accessMode)
        modes.append(mode);
    const QJsonObject o {
        {QLatin1String("sendHex"), sendHex},
        {QLatin1String("recvHex"), recvHex},
        {QLatin1String("viewMode"), viewMode},
        {QLatin1String("showLength"), showLength},
        {QLatin1String("accessMode"), modes},
    };
    return WholeFile::write(path, QJsonDocument(o).toJson(), error);
}

} // namespace bc25::sim
