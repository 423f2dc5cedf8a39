// SPDX-License-Identifier: MIT
#pragma once

#include "profile/moduleprofile.h"

#include <QCoreApplication>
#include <QString>

#include <memory>
#include <optional>

class QSettings;

namespace bc25::link {

// How the model the session reads with was decided: nothing said (the BC25),
// the user's choice (the Model menu or --model), or the module's own word
// that the user accepted ("Read as BG96").
enum class ModelBasis : quint8 { Default, Chosen, Identified };

// The model kept for one port (the built-in virtual module counts as a port
// of its own), beside the port's PortProfile in the settings.
struct PortModel
{
    QByteArray id;
    ModelBasis basis = ModelBasis::Chosen;

    // What is kept for portPath (empty: the virtual module), if a known model.
    [[nodiscard]] static std::optional<PortModel> load(const QSettings &settings, const QString &portPath);
    void save(QSettings &settings, const QString &portPath) const;

    bool operator==(const PortModel &) const = default;
};

// The model the session reads with, how that was decided, and what the
// module said it is: the connection bar's "BG96 (identified)" and the offer
// "The module identifies itself as BG96; reading it as BC25." come from here.
class ModelReading final
{
    Q_DECLARE_TR_FUNCTIONS(bc25::link::ModelReading)
public:
    ModelReading(std::shared_ptr<const profile::ModuleProfile> reading, ModelBasis basis);

    [[nodiscard]] const profile::ModuleProfile &reading() const { return *m_reading; }
    [[nodiscard]] ModelBasis basis() const { return m_basis; }
    // ModelIdentification's answer for the module connected; empty: not known yet.
    // `said`: the module's own model line (ATI), named when no profile is that model.
    void setIdentified(const QByteArray &model, const QString &said = {})
    {
        m_identified = model;
        m_said = said;
    }
    [[nodiscard]] const QByteArray &identified() const { return m_identified; }

    // "BG96 (chosen)"; a chosen, default or accepted model the module connected
    // confirms reads "BC25 (identified)", and without its word (no link) "BC25 (default)",
    // "BG96 (accepted)"; a module no profile names is said: "BC25 (default; the module says EC21)".
    [[nodiscard]] QString text() const;
    // The model to offer reading with: the one the module says it is, when
    // that is a known model other than the one read with; else empty.
    [[nodiscard]] QByteArray offer() const;
    // "The module identifies itself as BG96; reading it as BC25." (empty with no offer).
    [[nodiscard]] QString offerText() const;

private:
    std::shared_ptr<const profile::ModuleProfile> m_reading;
    ModelBasis m_basis;
    QByteArray m_identified;
    QString m_said;
};

} // namespace bc25::link
