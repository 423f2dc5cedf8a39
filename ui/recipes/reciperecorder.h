// SPDX-License-Identifier: MIT
#pragma once

#include "at/atcommand.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>

#include <optional>

namespace bc25 { class ModuleSession; }

namespace bc25::ui {

// Record in the Recipes dock: while on, every command the user runs from the
// terminal or a panel (the session's typed transactions with source Terminal
// or Panel, in the order they started) becomes an action of a recipe draft —
// a step() each, at() with an expect() of the result it had, socket.send()
// for data sent from a console. A port that was one of the run's parameters
// (the virtual module's echo port) is written as param() so the draft runs
// again after a restart. The workbench's own commands and recipes' are left out.
class RecipeRecorder final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecipeRecorder)
public:
    explicit RecipeRecorder(ModuleSession *session, QObject *parent = nullptr);

    // `parameters` name values that the draft reads with param() where a
    // command uses them as a port ({"echo_port", "38211"}).
    void start(const QHash<QString, QString> &parameters = {});
    // Ends the recording; returns the draft (a commands still under way is written without its check).
    QByteArray stop();
    [[nodiscard]] bool isRecording() const { return m_recording; }
    [[nodiscard]] int actionCount() const { return int(m_actions.size()); }
    // The connect IDs the recorded actions open (AT+QIOPEN's <connectID>), in order.
    [[nodiscard]] QList<int> socketsOpened() const;

    // A Lua string literal holding `bytes` exactly ("…" or '…', escapes for the rest).
    static QByteArray luaString(const QByteArray &bytes);

signals:
    // An action was recorded (or completed): its step name.
    void recorded(const QString &step);

private:
    struct Action
    {
        quint64 id = 0;
        QByteArray command;
        std::optional<at::Transaction> transaction;
    };

    void onStarted(quint64 id, const QByteArray &text, at::Source source);
    void onFinished(const at::Transaction &t);
    QByteArray lua(const Action &action, QList<QString> *used) const;
    QByteArray commandExpression(const QByteArray &command, QList<QString> *used) const;
    [[nodiscard]] QString stepName(const QByteArray &command) const;

    ModuleSession *m_session; // its model's catalog reads what was sent
    bool m_recording = false;
    QDateTime m_started;
    QHash<QString, QString> m_parameters;
    QList<Action> m_actions;
};

} // namespace bc25::ui
