// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QString>

class QLabel;

namespace bc25 { class ModuleSession; }

namespace bc25::ui {

// The status bar's count of the lines the module's model does not expect
// (a drift: the session's routing carries the profile's reason) since the
// link opened, its tooltip naming the last reason. Hidden while there is none.
class DriftStatus final : public QObject
{
    Q_OBJECT
public:
    DriftStatus(QLabel *label, ModuleSession *session, QObject *parent = nullptr);

    [[nodiscard]] int count() const { return m_count; }
    [[nodiscard]] const QString &lastReason() const { return m_lastReason; }
    // A new link: nothing counted yet.
    void reset();

private:
    void noteDrift(const QString &reason);
    void show();

    QLabel *m_label;
    int m_count = 0;
    QString m_lastReason;
};

} // namespace bc25::ui
