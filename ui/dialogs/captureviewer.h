// SPDX-License-Identifier: MIT
#pragma once

#include "capture/capturereader.h"

#include <QDialog>

#include <memory>

class QLabel;
class QPlainTextEdit;
class QTabWidget;
class QTableView;

namespace bc25::profile { class ModuleProfile; }

namespace bc25::ui {

class LogView;
class TrafficModel;
class TransactionModel;
class TransactionsPanel;
class UrcLogModel;

// File → Open capture: a recorded session decoded into the same views as a
// live one — raw traffic with its times, the transactions, the URC log —
// each searchable with Ctrl+F. The transactions in the order they were
// written, as bc25-decode prints them; damaged records (skipped) listed by
// file and line with why, in bc25-decode's words. It says which model's
// rules read it (the header's "# model=", as bc25-decode takes it), and the
// traffic marks a line that model does not expect as the terminal does.
class CaptureViewer final : public QDialog
{
    Q_OBJECT
public:
    // It decodes with the rules of the profile it is given.
    explicit CaptureViewer(std::shared_ptr<const profile::ModuleProfile> profile, QWidget *parent = nullptr);

    // The model a capture's header names (its "# model=" comment), or nullptr:
    // none named (a capture older than the comment is a BC25's), or one this
    // version does not know.
    static std::shared_ptr<const profile::ModuleProfile> modelOf(const QString &path);
    // Reads and decodes the capture; false with a message if it cannot be read.
    bool load(const QString &path, QString *error);
    [[nodiscard]] TrafficModel *traffic() const { return m_traffic; }
    [[nodiscard]] UrcLogModel *urcs() const { return m_urcs; }
    [[nodiscard]] TransactionModel *transactions() const { return m_transactions; }
    [[nodiscard]] TransactionsPanel *transactionsPanel() const { return m_transactionsPanel; }
    [[nodiscard]] QTableView *trafficView() const;
    // The damaged records, one "FILE:LINE: damaged record: why" a line (empty: none).
    [[nodiscard]] QString damagedText() const;
    // Which model reads it and why: "Model: BG96 (from the capture's header)".
    [[nodiscard]] QString modelText() const;

private:
    void showDamaged(const QString &path, const QList<capture::CaptureReader::Problem> &problems, qint64 malformed);
    void showTransactionBytes(qint64 writtenMs, const QByteArray &command);

    std::shared_ptr<const profile::ModuleProfile> m_profile;
    TrafficModel *m_traffic;
    UrcLogModel *m_urcs;
    TransactionModel *m_transactions;
    QTabWidget *m_tabs;
    QWidget *m_trafficPage; // the traffic and its find bar
    LogView *m_trafficView;
    TransactionsPanel *m_transactionsPanel;
    QLabel *m_model;              // over the tabs: the model and where it comes from
    QLabel *m_damagedNote;        // over the tabs, when records were skipped
    QPlainTextEdit *m_damaged;    // their list, a tab of its own
};

} // namespace bc25::ui
