// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractTableModel>

#include <deque>

namespace bc25::ui {

// The insert protocol shared by the log models (STYLE.md rule 9): entries
// appended within one frame (FrameClock, shared by every view) are inserted
// with one beginInsertRows, and the oldest rows are removed with one
// beginRemoveRows when the cap is passed, so a flood of traffic costs one
// view update a frame, not one per line.
class BatchedLogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    explicit BatchedLogModel(QObject *parent = nullptr);

    // Inserts what is pending now (tests, the benchmark, before an export).
    void flush();
    void setPaused(bool paused);
    [[nodiscard]] bool isPaused() const { return m_paused; }

signals:
    // After a batch was inserted: views that follow the end scroll now.
    void rowsAppended();

protected:
    void scheduleFlush();
    // Called at the start of every flush: a chance to turn held data into pending rows.
    virtual void beforeFlush() {}
    [[nodiscard]] virtual qsizetype pendingCount() const = 0;
    [[nodiscard]] virtual qsizetype storedCount() const = 0;
    [[nodiscard]] virtual qsizetype capacity() const = 0;
    virtual void commitPending() = 0;  // moves pending entries to the rows
    virtual void dropOldest(qsizetype count) = 0;
    virtual void dropPending(qsizetype count) = 0;

private:
    bool m_flushRequested = false;
    bool m_paused = false;
};

// The storage of a batched log: rows shown, rows waiting for the next flush,
// and the cap that bounds both.
template<typename Entry>
class BoundedLogModel : public BatchedLogModel
{
public:
    using BatchedLogModel::BatchedLogModel;

    void setCap(qsizetype rows) { m_cap = qMax<qsizetype>(1, rows); }
    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_rows.size()); }
    void clear()
    {
        beginResetModel();
        m_rows.clear();
        m_pending.clear();
        endResetModel();
    }

protected:
    // Queues an entry for the next flush; while paused the oldest waiting ones go first.
    void enqueue(Entry entry)
    {
        m_pending.push_back(std::move(entry));
        while (qsizetype(m_pending.size()) > m_cap)
            m_pending.pop_front();
        scheduleFlush();
    }
    [[nodiscard]] const Entry &entryAt(int row) const { return m_rows.at(size_t(row)); }
    // The newest entry (nullptr if none), to extend a line that has not ended
    // yet; `shown` says whether it is a row already (the caller then emits dataChanged).
    [[nodiscard]] Entry *newest(bool *shown)
    {
        *shown = m_pending.empty();
        return !m_pending.empty() ? &m_pending.back() : !m_rows.empty() ? &m_rows.back() : nullptr;
    }
    // Entries newest first — those waiting for the next flush, then the rows —
    // until `visit(entry, row)` returns false; row is -1 for an entry not
    // inserted yet. For a model that learns about recent entries afterwards.
    template<typename Visit>
    void visitNewestFirst(Visit visit)
    {
        for (auto it = m_pending.rbegin(); it != m_pending.rend(); ++it) {
            if (!visit(*it, -1))
                return;
        }
        for (qsizetype row = qsizetype(m_rows.size()) - 1; row >= 0; --row) {
            if (!visit(m_rows[size_t(row)], int(row)))
                return;
        }
    }

    qsizetype pendingCount() const override { return qsizetype(m_pending.size()); }
    qsizetype storedCount() const override { return qsizetype(m_rows.size()); }
    qsizetype capacity() const override { return m_cap; }
    void commitPending() override
    {
        for (Entry &entry : m_pending)
            m_rows.push_back(std::move(entry));
        m_pending.clear();
    }
    void dropOldest(qsizetype count) override { m_rows.erase(m_rows.begin(), m_rows.begin() + count); }
    void dropPending(qsizetype count) override { m_pending.erase(m_pending.begin(), m_pending.begin() + count); }

private:
    std::deque<Entry> m_rows;
    std::deque<Entry> m_pending;
    qsizetype m_cap = 100000;
};

} // namespace bc25::ui
