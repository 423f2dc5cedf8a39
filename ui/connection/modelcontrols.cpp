// SPDX-License-Identifier: MIT
#include "modelcontrols.h"

#include "connectionbar.h"
#include "mainwindow.h"
#include "session/modulesession.h"
#include "session/modulestatus.h"

#include <QAction>
#include <QActionGroup>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QToolBar>

namespace bc25::ui {

ModelControls::ModelControls(MainWindow *window, ModuleSession *session, link::ModelReading reading)
    : QObject(window)
    , m_session(session)
    , m_reading(std::move(reading))
{
    // Before Help, as menus are ordered: what the module is belongs with the module.
    m_menu = new QMenu(tr("Mo&del"), window);
    m_menu->setObjectName(QStringLiteral("modelMenu"));
    const QList<QAction *> menus = window->menuBar()->actions();
    window->menuBar()->insertMenu(menus.isEmpty() ? nullptr : menus.constLast(), m_menu);
    m_models = new QActionGroup(m_menu);
    for (const QByteArray &id : profile::ModuleProfile::ids()) {
        const auto model = profile::ModuleProfile::byId(id);
        QAction *action = m_menu->addAction(model->name());
        action->setData(id);
        action->setCheckable(true);
        action->setChecked(id == m_reading.reading().id());
        action->setToolTip(model->source());
        m_models->addAction(action);
        connect(action, &QAction::triggered, this, [this, id] {
            if (id != m_reading.reading().id())
                emit switchRequested(id, link::ModelBasis::Chosen);
        });
    }

    m_label = new QLabel(window->connectionBar());
    m_label->setObjectName(QStringLiteral("modelReading"));
    m_label->setToolTip(tr("The model the workbench reads the module with, and how it was decided. Model menu: choose another."));
    window->connectionBar()->addSeparator();
    window->connectionBar()->addWidget(m_label);

    m_offerBar = new QToolBar(tr("Model offer"), window);
    m_offerBar->setObjectName(QStringLiteral("modelOffer"));
    m_offerBar->setMovable(false);
    m_offerText = new QLabel(m_offerBar);
    m_offerBar->addWidget(m_offerText);
    m_offerAction = m_offerBar->addAction(QString(), this, [this] {
        const QByteArray model = m_reading.offer();
        if (!model.isEmpty())
            emit switchRequested(model, link::ModelBasis::Identified);
    });
    m_offerAction->setObjectName(QStringLiteral("readAsIdentified"));
    window->addToolBarBreak();
    window->addToolBar(m_offerBar);
    m_offerBar->hide();

    connect(session->status(), &ModuleStatus::modelIdentified, this, &ModelControls::update);
    update();
}

void ModelControls::update()
{
    const ModuleInfo &info = m_session->status()->info();
    m_reading.setIdentified(info.model, info.modelLine());
    m_label->setText(m_reading.text());
    const QByteArray offer = m_reading.offer();
    if (offer.isEmpty()) {
        m_offerBar->hide();
        return;
    }
    m_offerText->setText(m_reading.offerText());
    m_offerAction->setText(tr("Read as %1").arg(profile::ModuleProfile::byId(offer)->name()));
    m_offerBar->show();
}

} // namespace bc25::ui
