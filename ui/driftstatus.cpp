// SPDX-License-Identifier: MIT
#include "driftstatus.h"

#include "at/routedevent.h"
#include "session/modulesession.h"

#include <QLabel>

namespace bc25::ui {

DriftStatus::DriftStatus(QLabel *label, ModuleSession *session, QObject *parent)
    : QObject(parent)
    , m_label(label)
{
    m_label->setObjectName(QStringLiteral("status.drift"));
    connect(session, &ModuleSession::routed, this, [this](const at::RoutedEvent &routed) {
        if (!routed.drift.isEmpty())
            noteDrift(routed.drift);
    });
    show();
}

void DriftStatus::reset()
{
    m_count = 0;
    m_lastReason.clear();
    show();
}

void DriftStatus::noteDrift(const QString &reason)
{
    ++m_count;
    m_lastReason = reason;
    show();
}

void DriftStatus::show()
{
    m_label->setVisible(m_count > 0);
    m_label->setText(tr("%n unexpected line(s)", nullptr, m_count));
    m_label->setToolTip(m_count > 0 ? tr("Lines the module printed that its model's manual does not give, since the link opened. The last: %1")
                                              .arg(m_lastReason)
                                    : QString());
}

} // namespace bc25::ui
