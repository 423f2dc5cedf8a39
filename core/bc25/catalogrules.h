// SPDX-License-Identifier: MIT
#pragma once

#include "at/protocolrules.h"

#include <QHash>

#include <array>
#include <memory>
#include <utility>

namespace bc25::profile { class ModuleProfile; }

namespace bc25 {

// The transaction assembler's rules, read from the CommandCatalog: the live
// engine and bc25-decode both use them, so a log decodes to the transactions
// the live session showed. Its only state is a bounded cache of expectations
// by command text (a log repeats the same few commands): each assembler has
// its own (ModuleProfile::newRules()), so one thread uses it.
class CatalogRules final : public at::ProtocolRules
{
public:
    explicit CatalogRules(std::shared_ptr<const profile::ModuleProfile> profile);
    ~CatalogRules() override;

    [[nodiscard]] const at::PayloadGrammar &payloadGrammar() const override;
    [[nodiscard]] at::AtCommand commandFor(QByteArrayView commandLine) const override;
    [[nodiscard]] QList<at::SettingChange> statedBy(const at::ResultLine &answer) const override;
    [[nodiscard]] QList<at::SettingChange> changedByUrc(const at::ResultLine &urc) const override;
    [[nodiscard]] QString errorText(const at::ResultLine &line) const override;
    [[nodiscard]] bool restartedBy(const at::ResultLine &line) const override;
    [[nodiscard]] bool restartedByText(QByteArrayView text) const override;
    [[nodiscard]] bool isKnownUrc(const at::ResultLine &line) const override;
    [[nodiscard]] int socketClosedBy(const at::ResultLine &line) const override;
    [[nodiscard]] QString driftOf(const at::ResultLine &line, const at::ParserSettings &settings) const override;

    // The words alone, as bc25-decode's events print them: "Socket connect failed"
    // (errorText adds the code, as every view shows it: "566 (Socket connect failed)").
    static QString errorWords(const at::ResultLine &line);
    // errorText() without an assembler at hand (a finished operation's failure).
    static QString errorTextOf(const at::ResultLine &line);

private:
    std::shared_ptr<const profile::ModuleProfile> m_profile;

    static at::AtCommand withFreshOperation(const at::AtCommand &cached);

    static constexpr int MaxCachedCommands = 4096;
    // Held by pointer: QHash moves its nodes when it grows, and m_recent points at them.
    mutable QHash<QByteArray, std::shared_ptr<const at::AtCommand>> m_expectations;
    // The last few looked up.
    mutable std::array<std::pair<QByteArray, const at::AtCommand *>, 8> m_recent {};
    mutable size_t m_nextRecent = 0;
};

} // namespace bc25
