// SPDX-License-Identifier: MIT
#include "steadycheckbox.h"

namespace bc25::ui {

void SteadyCheckBox::setWidestText(const QString &text)
{
    m_widestText = text;
    updateGeometry();
}

QSize SteadyCheckBox::sizeHint() const
{
    QSize hint = QCheckBox::sizeHint();
    // Measured as QCheckBox measures its label, so that the hint is the widest label's to the pixel.
    const int missing = fontMetrics().size(Qt::TextShowMnemonic, m_widestText).width()
                        - fontMetrics().size(Qt::TextShowMnemonic, text()).width();
    if (missing > 0)
        hint.rwidth() += missing;
    return hint;
}

} // namespace bc25::ui
