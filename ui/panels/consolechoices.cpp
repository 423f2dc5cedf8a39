// SPDX-License-Identifier: MIT
// A console's choices kept across restarts, per socket: how the data is
// shown (Show as, timestamps, sent rows) and how the send row sends (text or
// hex, +CR LF, the repeat's interval). Not the repeat itself: a restart never
// starts sending.
#include "consolepanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QSettings>
#include <QSpinBox>

namespace bc25::ui {

namespace {

QString key(int connectId, const char *name)
{
    return QStringLiteral("console/%1/%2").arg(connectId).arg(QLatin1String(name));
}

} // namespace

void SocketConsole::restoreChoices()
{
    const QSettings settings;
    const int view = settings.value(key(m_connectId, "showAs"), 0).toInt();
    if (view >= 0 && view < m_viewFormat->count())
        m_viewFormat->setCurrentIndex(view);
    const int send = settings.value(key(m_connectId, "sendAs"), 0).toInt();
    if (send >= 0 && send < m_sendFormat->count())
        m_sendFormat->setCurrentIndex(send);
    m_timestamps->setChecked(settings.value(key(m_connectId, "timestamps"), false).toBool());
    m_showSent->setChecked(settings.value(key(m_connectId, "showSent"), true).toBool());
    m_lineEnd->setChecked(settings.value(key(m_connectId, "lineEnd"), false).toBool());
    m_interval->setValue(settings.value(key(m_connectId, "repeatMs"), m_interval->value()).toInt());

    // Kept as they change, so that a crash loses nothing either.
    connect(m_viewFormat, &QComboBox::currentIndexChanged, this, &SocketConsole::keepChoices);
    connect(m_sendFormat, &QComboBox::currentIndexChanged, this, &SocketConsole::keepChoices);
    connect(m_timestamps, &QCheckBox::toggled, this, &SocketConsole::keepChoices);
    connect(m_showSent, &QCheckBox::toggled, this, &SocketConsole::keepChoices);
    connect(m_lineEnd, &QCheckBox::toggled, this, &SocketConsole::keepChoices);
    connect(m_interval, &QSpinBox::valueChanged, this, &SocketConsole::keepChoices);
}

void SocketConsole::keepChoices()
{
    QSettings settings;
    settings.setValue(key(m_connectId, "showAs"), m_viewFormat->currentIndex());
    settings.setValue(key(m_connectId, "sendAs"), m_sendFormat->currentIndex());
    settings.setValue(key(m_connectId, "timestamps"), m_timestamps->isChecked());
    settings.setValue(key(m_connectId, "showSent"), m_showSent->isChecked());
    settings.setValue(key(m_connectId, "lineEnd"), m_lineEnd->isChecked());
    settings.setValue(key(m_connectId, "repeatMs"), m_interval->value());
}

} // namespace bc25::ui
