// SPDX-License-Identifier: MIT
#include "sockettableview.h"

#include <QHeaderView>

#include <algorithm>

namespace bc25::ui {

void SocketTableView::setRowsAskedFor(int rows)
{
    m_rowsAskedFor = rows;
    updateGeometry();
}

QSize SocketTableView::sizeHint() const
{
    const int rows = model() ? std::min(model()->rowCount(), m_rowsAskedFor) : m_rowsAskedFor;
    return {QTableView::sizeHint().width(),
            horizontalHeader()->sizeHint().height() + rows * verticalHeader()->defaultSectionSize() + 2 * frameWidth()};
}

} // namespace bc25::ui
