// SPDX-License-Identifier: MIT
#include "enginelink.h"

#include "at/commandengine.h"
#include "transport/transport.h"

namespace bc25::link {

EngineLink::EngineLink(at::CommandEngine *engine, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
{
}

EngineLink::~EngineLink()
{
    setTransport(nullptr);
}

void EngineLink::setTransport(transport::Transport *transport)
{
    for (const QMetaObject::Connection &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    m_transport = transport;
    m_engine->setLinkOpen(transport && transport->isOpen());
    if (!transport)
        return;
    using transport::Transport;
    m_connections << connect(m_engine, &at::CommandEngine::writeRequested, transport, &Transport::write);
    m_connections << connect(transport, &Transport::bytesReceived, m_engine, &at::CommandEngine::receive);
    // opened() may come late (queued): the transport's word at that moment counts.
    m_connections << connect(transport, &Transport::opened, m_engine,
                             [this, transport] { m_engine->setLinkOpen(transport->isOpen()); });
    m_connections << connect(transport, &Transport::closed, m_engine, [this] {
        m_engine->setLinkOpen(false);
        m_engine->abortAll(tr("The connection to the module was closed."));
    });
    m_connections << connect(transport, &Transport::errorOccurred, m_engine,
                             [this](Transport::Error, const QString &message) {
        m_engine->setLinkOpen(false);
        m_engine->abortAll(message);
    });
}

} // namespace bc25::link
