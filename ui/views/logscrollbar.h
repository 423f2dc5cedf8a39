// SPDX-License-Identifier: MIT
#pragma once

#include <QScrollBar>

namespace bc25::ui {

// A scroll bar that repaints only when it looks different. While a flood
// grows a log by a hundred rows a frame the range and value change every
// frame (the range first, moving the handle up a pixel, then the value,
// moving it back), yet the handle of a 50,000-row log at its end stays put:
// QScrollBar would repaint itself, gradients and all, twice a frame anyway.
// This one looks again once the changes of the moment are done.
class LogScrollBar final : public QScrollBar
{
    Q_OBJECT
public:
    explicit LogScrollBar(Qt::Orientation orientation, QWidget *parent = nullptr);

protected:
    void sliderChange(SliderChange change) override;

private:
    void repaintIfChanged();

    struct Look
    {
        QRect handle;
        bool atMinimum = false;
        bool atMaximum = false;
        bool operator==(const Look &) const = default;
    };
    [[nodiscard]] Look look() const;

    Look m_shown;
    bool m_checkPending = false;
};

} // namespace bc25::ui
