// SPDX-License-Identifier: MIT
#pragma once

// A model switch as the tests drive it: the Model menu's entry for a model,
// and the wait until the module (re)connected has said what it is.

#include "connection/modelcontrols.h"
#include "link/connection.h"
#include "link/modulestack.h"
#include "session/modulesession.h"
#include "workbench.h"

#include <QAction>
#include <QMenu>
#include <QTest>

namespace bc25::test {

inline QAction *modelAction(const ui::Workbench &workbench, const QByteArray &id)
{
    for (QAction *action : workbench.modelControls()->menu()->actions()) {
        if (action->data().toByteArray() == id)
            return action;
    }
    return nullptr;
}

inline void waitIdentified(const ui::Workbench &workbench)
{
    QTRY_COMPARE(workbench.stack()->connection().state(), link::Connection::State::Connected);
    QTRY_VERIFY(!workbench.stack()->session().moduleInfo().model.isEmpty());
}

} // namespace bc25::test
