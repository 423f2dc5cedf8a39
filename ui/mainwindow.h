// SPDX-License-Identifier: MIT
#pragma once

#include <QMainWindow>
#include <QTimer>

class QLabel;
class QTabWidget;

namespace bc25 { class ModuleSession; }
namespace bc25::link { class Connection; }

namespace bc25::ui {

class CommandStatus;
class ConsoleModel;
class DriftStatus;
class ConnectionBar;
class LinkStatus;
class StatusLine;

class ConsolePanel;
class DnsPanel;
class HealthPanel;
class SoakPanel;
class ModuleSettingsPanel;
class NtpPanel;
class PingPanel;
class RecipesPanel;
class SocketPanel;
class TerminalPanel;
class TrafficModel;
class TransactionModel;
class TransactionsPanel;
class UrcLogModel;
class UrcLogPanel;

// The views' history that outlives a window: the terminal's traffic, the URC
// log, the transactions and each socket's console. A model switch builds the
// window again on the new session with the same, so nothing read so far is
// lost (Workbench); a console of a socket the new model lacks goes.
struct ViewHistory
{
    TrafficModel *traffic = nullptr;
    UrcLogModel *urcLog = nullptr;
    TransactionModel *transactions = nullptr;
    // One per socket, made by the first window that needs it, owned by `owner`.
    QList<ConsoleModel *> consoles;
    QObject *owner = nullptr;
};

// The workbench window: the connection bar, a dock per panel (sockets,
// consoles, tools, URC log, transactions, terminal, recipes, diagnostics), the module's identity
// and signal in the status bar. Layout and choices persist with QSettings;
// the docks have stable ASCII object names so a saved layout survives a
// change of language.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    // Every view subscribes to the session (never to its engine) and the connection.
    // `kept`: the history of the window before (a model switch), shown and followed on
    // from this session; without it the window has a history of its own.
    MainWindow(ModuleSession *session, link::Connection *connection, QWidget *parent = nullptr,
               ViewHistory *kept = nullptr);
    ~MainWindow() override;

    [[nodiscard]] ConnectionBar *connectionBar() const { return m_connectionBar; }
    [[nodiscard]] SocketPanel *socketPanel() const { return m_sockets; }
    [[nodiscard]] ConsolePanel *consolePanel() const { return m_consoles; }
    [[nodiscard]] PingPanel *pingPanel() const { return m_ping; }
    [[nodiscard]] NtpPanel *ntpPanel() const { return m_ntp; }
    [[nodiscard]] DnsPanel *dnsPanel() const { return m_dns; }
    [[nodiscard]] ModuleSettingsPanel *settingsPanel() const { return m_settings; }
    [[nodiscard]] UrcLogPanel *urcLogPanel() const { return m_urcPanel; }
    [[nodiscard]] TerminalPanel *terminalPanel() const { return m_terminal; }
    [[nodiscard]] TransactionsPanel *transactionsPanel() const { return m_transactionsPanel; }
    [[nodiscard]] RecipesPanel *recipesPanel() const { return m_recipes; }
    [[nodiscard]] HealthPanel *healthPanel() const { return m_health; }
    [[nodiscard]] SoakPanel *soakPanel() const { return m_soak; }
    // The Diagnostics dock's tabs: the health check, the soak monitor.
    [[nodiscard]] QTabWidget *diagnosticsTabs() const { return m_diagnostics; }
    int addDiagnosticsTab(QWidget *tab, const QString &title);
    [[nodiscard]] TransactionModel *transactions() const { return m_transactions; }
    [[nodiscard]] UrcLogModel *urcLog() const { return m_urcLog; }
    [[nodiscard]] TrafficModel *traffic() const { return m_traffic; }
    [[nodiscard]] QString statusText() const;
    // A line across the terminal, every console and the URC log: where one link
    // or model ended and the next began.
    void markViews(const QString &line);
    // The next link's "opened" marker says that the module is read as `modelName` from there.
    void markNextLinkAs(const QString &modelName);

    void openCapture(const QString &path);

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void createDocks();
    void createMenus();
    void showTransactionBytes(qint64 writtenMs, const QByteArray &command);
    void updateModuleStatus();
    // Where Open… and NTP point by default: the virtual module's own services, or none.
    void useLinkServices();
    void restoreSettings();
    void saveSettings() const;

    ModuleSession *m_session;
    link::Connection *m_connection;
    TrafficModel *m_traffic;
    UrcLogModel *m_urcLog;
    TransactionModel *m_transactions;
    ViewHistory *m_kept = nullptr; // the history the window was built on, if kept across windows
    CommandStatus *m_commandStatus = nullptr;
    LinkStatus *m_linkStatus = nullptr;
    ConnectionBar *m_connectionBar = nullptr;
    SocketPanel *m_sockets = nullptr;
    ConsolePanel *m_consoles = nullptr;
    PingPanel *m_ping = nullptr;
    NtpPanel *m_ntp = nullptr;
    DnsPanel *m_dns = nullptr;
    ModuleSettingsPanel *m_settings = nullptr;
    UrcLogPanel *m_urcPanel = nullptr;
    TerminalPanel *m_terminal = nullptr;
    TransactionsPanel *m_transactionsPanel = nullptr;
    RecipesPanel *m_recipes = nullptr;
    HealthPanel *m_health = nullptr;
    SoakPanel *m_soak = nullptr;
    QTabWidget *m_diagnostics = nullptr;
    StatusLine *m_stateLabel;
    StatusLine *m_moduleLabel;
    StatusLine *m_signalLabel;
    DriftStatus *m_driftStatus = nullptr;
    QTimer m_signalRefresh;
    QByteArray m_defaultState;
    bool m_shownOnce = false;
    quint16 m_virtualTimePort = 0; // the NTP port the virtual module put in the NTP tab
};

} // namespace bc25::ui
