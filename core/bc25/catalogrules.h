// SPDX-License-Identifier: MIT
#pragma once

#include "at/protocolrules.h"

namespace bc25 {

// The transaction assembler's rules, read from the CommandCatalog: the live
// engine and bc25-decode both use them, so a log decodes to the transactions
// the live session showed. Holds no state; one instance serves everyone.
class CatalogRules final : public at::ProtocolRules
{
public:
    [[nodiscard]] at::AtCommand commandFor(QByteArrayView commandLine) const override;
    [[nodiscard]] QList<at::SettingChange> statedBy(const at::ResultLine &answer) const override;
    [[nodiscard]] QList<at::SettingChange> changedByUrc(const at::ResultLine &urc) const override;
    [[nodiscard]] QString errorText(const at::ResultLine &line) const override;

    static const CatalogRules &instance();
};

} // namespace bc25
