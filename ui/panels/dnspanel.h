// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;

namespace bc25 { class ModuleSession; struct DnsResult; }

namespace bc25::ui {

// AT+QIDNSGIP (manual 2.1.10), a name to its addresses, and AT+QIDNSCFG
// (2.1.14), the module's DNS servers.
class DnsPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit DnsPanel(ModuleSession *session, QWidget *parent = nullptr);
    QString lookUp(const QString &host);
    [[nodiscard]] QStringList addresses() const;
    [[nodiscard]] QString resultText() const;

private:
    void onLookedUp(bool ok, const QString &host, const DnsResult &result, const QString &message);

    ModuleSession *m_session;
    QLineEdit *m_host;
    QListWidget *m_addresses;
    QLabel *m_result;
    QLineEdit *m_primary;
    QLineEdit *m_secondary;
};

} // namespace bc25::ui
