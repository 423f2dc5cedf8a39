// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractItemView>
#include <QImage>

// How many pixels of `view`'s viewport are painted in `colour`: whether the
// search's highlights show, in the UI tests.
inline int pixelsOf(const QAbstractItemView *view, QRgb colour)
{
    const QImage image = view->viewport()->grab().toImage().convertToFormat(QImage::Format_RGB32);
    int found = 0;
    for (int y = 0; y < image.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x)
            found += (line[x] | 0xff000000) == colour;
    }
    return found;
}
