// SPDX-License-Identifier: MIT
#pragma once

#include <QStatusBar>

namespace bc25::ui {

// A status bar whose message never runs under its permanent fields: QStatusBar
// draws a message across its whole width, so at 1280 px the 561 advice ran
// under the module's identity, cut mid-word (new-user pass 7). The message is
// drawn elided ("…") in the room left of those fields, whole in the tooltip.
class ElidingStatusBar final : public QStatusBar
{
    Q_OBJECT
public:
    explicit ElidingStatusBar(QWidget *parent = nullptr);

    // The message as it is drawn now: elided to the room it has.
    [[nodiscard]] QString shownMessage() const;
    // The room the message has: up to the first permanent field shown.
    [[nodiscard]] QRect messageRect() const;

protected:
    void paintEvent(QPaintEvent *event) override;
};

} // namespace bc25::ui
