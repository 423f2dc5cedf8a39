// SPDX-License-Identifier: MIT
#include "tabmemory.h"

#include <QSettings>
#include <QString>
#include <QTabWidget>

namespace bc25::ui {

void TabMemory::remember(QTabWidget *tabs, const QString &key)
{
    const QString settingsKey = QStringLiteral("tabs/") + key;
    const int kept = QSettings().value(settingsKey, -1).toInt();
    if (kept >= 0 && kept < tabs->count())
        tabs->setCurrentIndex(kept);
    QObject::connect(tabs, &QTabWidget::currentChanged, tabs, [settingsKey](int index) {
        if (index >= 0)
            QSettings().setValue(settingsKey, index);
    });
}

} // namespace bc25::ui
