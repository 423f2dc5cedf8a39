// SPDX-License-Identifier: MIT
#pragma once

// The workbench as a user starts it: one model's core (profile → engine →
// session → connection, the ModuleStack the programs build), its main
// window shown, captures kept in a folder of the test's own, and — when
// asked — connected to the built-in virtual module and synchronised. The UI
// suites build it here instead of each writing the same dozen lines.

#include "link/connection.h"
#include "link/modulestack.h"
#include "mainwindow.h"
#include "profile/moduleprofile.h"
#include "session/modulesession.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace bc25::test {

class WorkbenchUnderTest final
{
    Q_DISABLE_COPY_MOVE(WorkbenchUnderTest)
public:
    explicit WorkbenchUnderTest(std::shared_ptr<const profile::ModuleProfile> profile = profile::ModuleProfile::bc25())
        : m_stack(std::make_unique<link::ModuleStack>(std::move(profile)))
    {
        m_stack->connection().setCaptureFolder(m_captures.path());
        m_window = std::make_unique<ui::MainWindow>(&m_stack->session(), &m_stack->connection());
        m_window->show();
    }

    // The window goes first: it subscribes to the session it is given.
    ~WorkbenchUnderTest()
    {
        m_window.reset();
        m_stack.reset();
    }

    // On the built-in virtual module, synchronised (the first check answered).
    // It needs no pseudo-terminal (a pair in memory): a connection that ends
    // at once is a broken demo, never a reason to skip. Returns false, with
    // the window's status in the test's log, when it does not get there.
    [[nodiscard]] bool connectVirtual()
    {
        connection().connectVirtual();
        if (connection().state() == link::Connection::State::Disconnected) {
            qWarning("the virtual module did not start: %s", qPrintable(m_window->statusText()));
            return false;
        }
        return QTest::qWaitFor([this] { return connection().state() == link::Connection::State::Connected; })
            && QTest::qWaitFor([this] { return !session().moduleInfo().revision.isEmpty(); });
    }

    // Closed and opened again on the same session, as a restart of the
    // application shows it (what the views keep in the settings comes back).
    ui::MainWindow &restartWindow()
    {
        m_window.reset();
        m_window = std::make_unique<ui::MainWindow>(&m_stack->session(), &m_stack->connection());
        m_window->show();
        return *m_window;
    }

    [[nodiscard]] ui::MainWindow &window() { return *m_window; }
    [[nodiscard]] ModuleSession &session() { return m_stack->session(); }
    [[nodiscard]] link::Connection &connection() { return m_stack->connection(); }
    [[nodiscard]] at::CommandEngine &engine() { return m_stack->engine(); }
    [[nodiscard]] QString captureFolder() const { return m_captures.path(); }

private:
    QTemporaryDir m_captures;
    std::unique_ptr<link::ModuleStack> m_stack;
    std::unique_ptr<ui::MainWindow> m_window;
};

} // namespace bc25::test
