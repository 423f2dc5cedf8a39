// SPDX-License-Identifier: MIT
#pragma once

#include "link/portprofile.h"

#include <QDialog>

class QComboBox;

namespace bc25::ui {

// A port's line settings and what the workbench does with it: data bits,
// parity, stop bits, flow control, RTS and DTR once it is open (as is, on,
// off), and how the terminal ends a typed line. The connection bar hands
// it the port's profile and takes the edited one back.
class LineSettingsDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit LineSettingsDialog(QWidget *parent = nullptr);

    void setProfile(const link::PortProfile &profile);
    // The profile set, with the choices made here (port name and baud as they were).
    [[nodiscard]] link::PortProfile profile() const;

    // "8N1 · CR LF": the button that opens the dialog says what it holds.
    [[nodiscard]] static QString summary(const link::PortProfile &profile);
    [[nodiscard]] static QString lineEndingText(at::LineEnding ending);

private:
    void updateRts();

    link::PortProfile m_profile;
    QComboBox *m_dataBits;
    QComboBox *m_parity;
    QComboBox *m_stopBits;
    QComboBox *m_flow;
    QComboBox *m_rts;
    QComboBox *m_dtr;
    QComboBox *m_lineEnding;
};

} // namespace bc25::ui
