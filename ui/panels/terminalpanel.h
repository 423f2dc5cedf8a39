// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QCompleter;
class QLabel;
class QLineEdit;
class QTableView;

namespace bc25 { class ModuleSession; struct CommandSpec; }

namespace bc25::ui {

class FindBar;
class SharedStatusLines;
class StatusLine;
class TrafficFilterModel;
class TrafficModel;

// Raw traffic, TX and RX with timestamps, in text, hex or both side by side
// (offset and hex, the text beside), and a command line
// with history (Up/Down) and completion from the command catalog. Typed
// commands go through the same engine and the same checks as everything else.
// "Hide polling" hides the workbench's own commands and their answers;
// Ctrl+F searches the bytes shown. "Send raw" sends a line the catalog would
// refuse, on purpose, marked RAW in the traffic and the transactions.
class TerminalPanel final : public QWidget
{
    Q_OBJECT
public:
    TerminalPanel(ModuleSession *session, TrafficModel *model, QWidget *parent = nullptr);

    // Sends a line as if typed; returns the refusal, if any.
    QString submit(const QString &line);
    // Sends a line raw, unchecked by the catalog (Send raw, Ctrl+Shift+Enter):
    // the first time, only once the user has confirmed it in a dialog. Returns
    // the refusal, if any (empty while the confirmation is open).
    QString submitRaw(const QString &line);
    [[nodiscard]] QCompleter *completer() const;
    [[nodiscard]] QComboBox *viewFormat() const { return m_viewFormat; }
    [[nodiscard]] StatusLine *hint() const { return m_hint; }
    [[nodiscard]] QLineEdit *commandLine() const { return m_line; }
    [[nodiscard]] QTableView *view() const { return m_view; }
    [[nodiscard]] FindBar *findBar() const { return m_find; }
    // Selects a row of the traffic and scrolls to it (a transaction's bytes);
    // false when the row is hidden (Hide polling).
    bool showRow(int row);
    void setHidePolling(bool hide);
    [[nodiscard]] bool hidesPolling() const;
    [[nodiscard]] QString hintText() const;
    // The line under the command: the last typed command's result, or why it was refused.
    [[nodiscard]] QString statusText() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showTraffic(bool hidePolling);
    void showSyntax(const QString &text);
    // The ranges, the section and the syntax's start at 1280×720's dock width
    // (CommandHint), and two lines of a result: the lines under the command
    // line, a refusal taking those the syntax does not need.
    static constexpr int HintLines = 3;
    static constexpr int UnderLineLines = HintLines + 2;
    // Whether a command of the catalog starts with the text (it is being typed).
    [[nodiscard]] bool isCompletionPrefix(const QString &text) const;
    void sendRaw(const QString &line);
    // Enter while the completion list shows and none of it is chosen.
    void enterWithCompletions();
    // The completion list never covers the syntax line: it goes above it, or below.
    void keepPopupOffHint();

    ModuleSession *m_session;
    TrafficModel *m_model;
    TrafficFilterModel *m_filter;
    QTableView *m_view;
    FindBar *m_find;
    QLineEdit *m_line;
    QComboBox *m_viewFormat; // Text, Hex, Hex + text (ByteText::ViewMode's order)
    QCheckBox *m_hidePolling;
    // Under the command line: its result or refusal first, right under it, then
    // the syntax of the command being typed (SharedStatusLines).
    SharedStatusLines *m_underLine;
    StatusLine *m_status;
    StatusLine *m_hint; // the syntax of the command being typed
    bool m_awaitingReason = false; // the line's result was a bare ERROR: AT+QIGETERROR says why
    bool m_refusalShown = false;   // the status line is the workbench's refusal of a typed line
    QStringList m_history;
    int m_historyIndex = 0;
};

} // namespace bc25::ui
