// SPDX-License-Identifier: MIT
#include "modelcontrols.h"

#include "connectionbar.h"
#include "mainwindow.h"
#include "session/modulesession.h"
#include "session/modulestatus.h"
#include "views/statusline.h"

#include <QAction>
#include <QActionGroup>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QToolButton>

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
            // The check stays on the model read with until the window is rebuilt
            // for another: a switch cancelled, or still closing sockets, moved it
            // while the session read on as before (new-user pass 10, EN F1).
            for (QAction *model : m_models->actions())
                model->setChecked(model->data().toByteArray() == m_reading.reading().id());
            if (id != m_reading.reading().id())
                emit switchRequested(id, link::ModelBasis::Chosen);
        });
    }

    ConnectionBar *bar = window->connectionBar();
    m_label = new QLabel(bar);
    m_label->setObjectName(QStringLiteral("modelReading"));
    m_label->setToolTip(tr("The model the workbench reads the module with, and why: identified (the module connected "
                           "says so), chosen (the Model menu), accepted (the module said so on an earlier link, and "
                           "Read as… was clicked), default (nothing said). Model menu: choose another."));
    bar->addSeparator();
    bar->addWidget(m_label);

    // The offer takes the connection bar's spare width, not a line of the
    // window's height: its words give way (cut, whole in the tooltip), the
    // button never does.
    m_offer = new QFrame(bar);
    m_offer->setObjectName(QStringLiteral("modelOffer"));
    m_offer->setStyleSheet(QStringLiteral("QFrame#modelOffer { background: #fff4ce; border: 1px solid #e3c26a; "
                                          "border-radius: 3px; }"));
    m_offer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_offerText = new StatusLine(1, m_offer);
    m_offerText->setObjectName(QStringLiteral("modelOfferText"));
    m_offerText->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_offerAction = new QAction(this);
    m_offerAction->setObjectName(QStringLiteral("readAsIdentified"));
    connect(m_offerAction, &QAction::triggered, this, [this] {
        const QByteArray model = m_reading.offer();
        if (!model.isEmpty())
            emit switchRequested(model, link::ModelBasis::Identified);
    });
    auto *button = new QToolButton(m_offer);
    button->setDefaultAction(m_offerAction);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *layout = new QHBoxLayout(m_offer);
    layout->setContentsMargins(6, 0, 2, 0);
    layout->addWidget(m_offerText, 1);
    layout->addWidget(button);
    m_offerShown = bar->addWidget(m_offer);
    m_offerShown->setVisible(false);

    connect(session->status(), &ModuleStatus::modelIdentified, this, &ModelControls::update);
    update();
}

QString ModelControls::offerText() const
{
    return m_offerText->status();
}

void ModelControls::update()
{
    const ModuleInfo &info = m_session->status()->info();
    m_reading.setIdentified(info.model, info.modelLine());
    m_label->setText(m_reading.text());
    const QByteArray offer = m_reading.offer();
    if (!offer.isEmpty()) {
        m_offerText->setStatus(m_reading.offerText());
        m_offerAction->setText(tr("Read as %1").arg(profile::ModuleProfile::byId(offer)->name()));
        m_offerAction->setToolTip(m_reading.offerText());
    }
    m_offerShown->setVisible(!offer.isEmpty());
}

} // namespace bc25::ui
