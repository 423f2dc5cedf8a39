// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

namespace bc25::at { class CommandEngine; }
namespace bc25::transport { class Transport; }

namespace bc25::link {

// Joins a sans-IO CommandEngine to a transport: the engine's writes go to
// the transport, its bytes to the engine, and a closed or failed link fails
// everything pending with the reason. The connection, the tests and the
// benchmarks use it; the engine itself never sees a transport.
class EngineLink final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EngineLink)
public:
    explicit EngineLink(at::CommandEngine *engine, QObject *parent = nullptr);
    ~EngineLink() override;

    // nullptr detaches (the engine then fails what it is given).
    void setTransport(transport::Transport *transport);
    [[nodiscard]] transport::Transport *transport() const { return m_transport; }

private:
    at::CommandEngine *m_engine;
    QPointer<transport::Transport> m_transport;
    QList<QMetaObject::Connection> m_connections;
};

} // namespace bc25::link
