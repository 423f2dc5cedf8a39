// SPDX-License-Identifier: MIT
#include "modelreading.h"

#include "portprofile.h"
#include "profile/modelidentification.h"

#include <QSettings>

#include <utility>

namespace bc25::link {

namespace {

// The virtual module has no path: a name no device path has (paths begin with '/' or are COMn).
const QString VirtualPort = QStringLiteral("(virtual module)");

const std::pair<ModelBasis, const char *> BasisNames[] = {
    {ModelBasis::Chosen, "chosen"}, {ModelBasis::Identified, "identified"}, {ModelBasis::Default, "default"},
};

QString keyOf(const QString &portPath, const char *key)
{
    return PortProfile::settingsGroup(portPath.isEmpty() ? VirtualPort : portPath) + QLatin1Char('/')
           + QLatin1String(key);
}

} // namespace

std::optional<PortModel> PortModel::load(const QSettings &settings, const QString &portPath)
{
    const QByteArray id = settings.value(keyOf(portPath, "model")).toString().toLatin1();
    const auto profile = profile::ModuleProfile::byId(id);
    if (id.isEmpty() || !profile)
        return std::nullopt; // a damaged or retired name: the default, not a guess
    PortModel model {profile->id(), ModelBasis::Chosen};
    const QString basis = settings.value(keyOf(portPath, "modelBasis")).toString();
    for (const auto &[value, name] : BasisNames) {
        if (basis == QLatin1String(name))
            model.basis = value;
    }
    return model;
}

void PortModel::save(QSettings &settings, const QString &portPath) const
{
    settings.setValue(keyOf(portPath, "model"), QString::fromLatin1(id));
    for (const auto &[value, name] : BasisNames) {
        if (value == basis)
            settings.setValue(keyOf(portPath, "modelBasis"), QLatin1String(name));
    }
}

ModelReading::ModelReading(std::shared_ptr<const profile::ModuleProfile> reading, ModelBasis basis)
    : m_reading(std::move(reading))
    , m_basis(basis)
{
}

QString ModelReading::text() const
{
    const QString &name = m_reading->name();
    // Never silently the model read with: a module no profile names says what it is.
    const bool unnamed = m_identified == profile::ModelIdentification::Unknown && !m_said.isEmpty();
    switch (m_basis) {
    case ModelBasis::Chosen:
        if (unnamed)
            return tr("%1 (chosen; the module says %2)").arg(name, m_said);
        // A choice the module connected confirms reads as the module's word, as
        // after "Read as" (new-user pass 9 F9: "BG96 (chosen)" and "BG96
        // (identified)" said of the same module read the same way).
        if (m_identified == m_reading->id())
            return tr("%1 (identified)").arg(name);
        return tr("%1 (chosen)").arg(name);
    case ModelBasis::Identified:
        if (unnamed)
            return tr("%1 (accepted; the module now says %2)").arg(name, m_said);
        break;
    case ModelBasis::Default:
        if (unnamed)
            return tr("%1 (default; the module says %2)").arg(name, m_said);
        break;
    }
    // "Identified" only while the module connected says it is this model: with
    // no link (a pulled cable) or before ATI has answered, the words say what the
    // reading rests on — a model the module named on an earlier link and the user
    // accepted, or the default — never a module that is not there (new-user pass 8).
    if (m_identified == m_reading->id())
        return tr("%1 (identified)").arg(name);
    //: the model read with was the module's own word on an earlier link, accepted by the user ("Read as …")
    return m_basis == ModelBasis::Identified ? tr("%1 (accepted)").arg(name) : tr("%1 (default)").arg(name);
}

QByteArray ModelReading::offer() const
{
    if (m_identified.isEmpty() || m_identified == profile::ModelIdentification::Unknown || m_identified == m_reading->id())
        return {};
    return profile::ModuleProfile::byId(m_identified) ? m_identified : QByteArray();
}

QString ModelReading::offerText() const
{
    const QByteArray model = offer();
    if (model.isEmpty())
        return {};
    // No article before a name: "a EC200U", "a unknown" read wrong (and the name may be any).
    return tr("The module identifies itself as %1; reading it as %2.")
            .arg(profile::ModuleProfile::byId(model)->name(), m_reading->name());
}

} // namespace bc25::link
