// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace bc25 { class ModuleSession; struct NtpTime; }

namespace bc25::ui {

// AT+QNTTP (manual 2.1.9): server, port, whether to set the module's clock,
// and the time the module got against this computer's.
class NtpPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit NtpPanel(ModuleSession *session, QWidget *parent = nullptr);
    QString synchronize();
    [[nodiscard]] QString resultText() const;
    void setServer(const QString &server, int port);
    [[nodiscard]] QString server() const;
    [[nodiscard]] int port() const;

private:
    void onSynchronized(bool ok, const NtpTime &time, const QString &message);

    ModuleSession *m_session;
    QLineEdit *m_server;
    QSpinBox *m_port;
    QCheckBox *m_setClock;
    QLabel *m_result;
};

} // namespace bc25::ui
