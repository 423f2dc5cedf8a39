// SPDX-License-Identifier: MIT
#include "batchedlogmodel.h"

#include "views/frameclock.h"

namespace bc25::ui {

BatchedLogModel::BatchedLogModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    connect(FrameClock::instance(), &FrameClock::tick, this, [this] {
        if (m_flushRequested)
            flush();
    });
}

void BatchedLogModel::scheduleFlush()
{
    if (m_paused || m_flushRequested)
        return;
    m_flushRequested = true;
    FrameClock::instance()->request();
}

void BatchedLogModel::setPaused(bool paused)
{
    m_paused = paused;
    if (!paused)
        scheduleFlush();
}

void BatchedLogModel::flush()
{
    m_flushRequested = false;
    beforeFlush();
    qsizetype incoming = pendingCount();
    if (incoming == 0)
        return;
    const qsizetype cap = capacity();
    // Entries that would be trimmed right away are never inserted at all.
    if (incoming > cap) {
        dropPending(incoming - cap);
        incoming = cap;
    }
    const qsizetype excess = storedCount() + incoming - cap;
    if (excess > 0) {
        beginRemoveRows({}, 0, int(excess - 1));
        dropOldest(excess);
        endRemoveRows();
    }
    const int first = int(storedCount());
    beginInsertRows({}, first, int(first + incoming - 1));
    commitPending();
    endInsertRows();
    emit rowsAppended();
}

} // namespace bc25::ui
