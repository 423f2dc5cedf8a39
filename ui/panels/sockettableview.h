// SPDX-License-Identifier: MIT
#pragma once

#include <QTableView>

namespace bc25::ui {

// The socket table asks for the rows the window gives it (MainWindow: six on
// a 720-pixel laptop screen, a twelve-socket model's all on a taller one):
// asking for twelve on a laptop had the window take the consoles' height.
class SocketTableView final : public QTableView
{
    Q_OBJECT
public:
    using QTableView::QTableView;

    void setRowsAskedFor(int rows);
    [[nodiscard]] QSize sizeHint() const override;

private:
    int m_rowsAskedFor = 6;
};

} // namespace bc25::ui
