// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractTableModel>
#include <QTimer>

#include <deque>

namespace bc25::ui {

// The insert protocol shared by the log models (STYLE.md rule 9): entries
// appended within one UI tick are inserted with one beginInsertRows, and the
// oldest rows are removed with one beginRemoveRows when the cap is passed,
// so a flood of traffic costs a handful of view updates, not one per line.
template<typename Entry>
class BatchedLog
{
public:
    std::deque<Entry> rows;
    std::deque<Entry> pending;
    qsizetype cap = 100000;
};

class BatchedLogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    static constexpr int FlushIntervalMs = 16; // one frame

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
    QTimer m_flush;
    bool m_paused = false;
};

} // namespace bc25::ui
