// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QString>

namespace bc25 {

class CommandRunner;

// Activates one PDP context with AT+QIACT=<contextID>, on a model whose
// contexts are the host's to activate (BG9x, EC200U: ModuleProfile::answers()
// .activatesContexts). The sockets panel offers it where an open failed for
// want of an active context (561, 570). The command goes through the catalog
// and the engine as any panel's does; `activated` is said only on the
// module's OK, never assumed from the request.
class ContextActivation final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContextActivation)
public:
    explicit ContextActivation(CommandRunner *runner, QObject *parent = nullptr);

    // Sends AT+QIACT=<contextID>; returns the catalog's refusal (a model without
    // AT+QIACT, a context out of range), empty when the command went to the engine.
    QString activate(int contextId);
    // A context is being activated (its AT+QIACT has not ended yet).
    [[nodiscard]] bool isBusy() const { return m_busy >= 0; }

signals:
    void activated(int contextId);
    // `text`: the failure in words (an ERROR, AT+QIGETERROR's reason when the runner read it, a timeout).
    void failed(int contextId, const QString &text);

private:
    CommandRunner *m_runner;
    int m_busy = -1; // the context whose AT+QIACT is under way
};

} // namespace bc25
