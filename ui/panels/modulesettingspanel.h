// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QSpinBox;

namespace bc25 { class ModuleSession; }

namespace bc25::ui {

// The module's TCP/IP settings: data format, view mode and show length
// (AT+QICFG), keepalive (AT+QIKALIVE), and the last error (AT+QIGETERROR)
// in words.
class ModuleSettingsPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit ModuleSettingsPanel(ModuleSession *session, QWidget *parent = nullptr);
    [[nodiscard]] QString lastErrorText() const;
    // The last error with what to do about it on this model.
    [[nodiscard]] QString lastErrorToolTip() const;

private:
    void refresh();

    ModuleSession *m_session;
    QCheckBox *m_viewMode;
    QCheckBox *m_showLength;
    QCheckBox *m_recvHex;
    QCheckBox *m_keepAlive;
    QSpinBox *m_idle;
    QSpinBox *m_interval;
    QSpinBox *m_count;
    QLabel *m_lastError;
    QLabel *m_status;
};

} // namespace bc25::ui
