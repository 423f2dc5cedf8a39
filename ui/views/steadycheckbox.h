// SPDX-License-Identifier: MIT
#pragma once

#include <QCheckBox>

namespace bc25::ui {

// A check box whose label carries a count ("Show the workbench's own commands
// (13 hidden)"): it asks for the room of its widest label, so a count that
// grows while the session polls moves nothing beside it (a tab bar's corner,
// and with it the dock's layout). It may still be given less, as any label.
class SteadyCheckBox final : public QCheckBox
{
    Q_OBJECT
public:
    using QCheckBox::QCheckBox;

    // The longest label it will show (the count at its widest).
    void setWidestText(const QString &text);
    [[nodiscard]] QSize sizeHint() const override;

private:
    QString m_widestText;
};

} // namespace bc25::ui
