// SPDX-License-Identifier: MIT
#pragma once

#include "bc25/commands.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace bc25::ui {

// Every parameter of AT+QIOPEN (manual 2.1.1), with the ranges of the
// model's command catalog (the session's profile); the OK button stays off while the builder refuses the
// input, and the refusal is shown as the manual's range.
class OpenSocketDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit OpenSocketDialog(const CommandCatalog &catalog, QWidget *parent = nullptr);

    void setParameters(const OpenParameters &parameters);
    [[nodiscard]] OpenParameters parameters() const;

private:
    void validate();

    const CommandCatalog *m_catalog;
    QSpinBox *m_context;
    QSpinBox *m_connectId;
    QComboBox *m_service;
    QLineEdit *m_host;
    QSpinBox *m_remotePort;
    QSpinBox *m_localPort;
    QComboBox *m_accessMode;
    QComboBox *m_protocol;
    QLabel *m_problem;
    QLabel *m_wait;
    QDialogButtonBox *m_buttons;
};

} // namespace bc25::ui
