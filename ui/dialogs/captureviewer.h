// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

namespace bc25::ui {

class TrafficModel;
class UrcLogModel;

// File → Open capture: a recorded session decoded into the same views as a
// live one — raw traffic with its times, and the URC log.
class CaptureViewer final : public QDialog
{
    Q_OBJECT
public:
    explicit CaptureViewer(QWidget *parent = nullptr);

    // Reads and decodes the capture; false with a message if it cannot be read.
    bool load(const QString &path, QString *error);
    [[nodiscard]] TrafficModel *traffic() const { return m_traffic; }
    [[nodiscard]] UrcLogModel *urcs() const { return m_urcs; }

private:
    TrafficModel *m_traffic;
    UrcLogModel *m_urcs;
};

} // namespace bc25::ui
