// SPDX-License-Identifier: MIT
#include "trafficattribution.h"

#include "session/modulesession.h"

namespace bc25::ui {

void TrafficAttribution::commandStarted(quint64 id, at::Source source)
{
    const bool own = ModuleSession::isPolling(source);
    m_transmitOwner = own ? Owner::Own : Owner::Other;
    if (!own)
        return;
    m_ownCommands.insert(id);
    if (quint64(m_ownCommands.size()) > RememberedCommands / 4)
        m_ownCommands.removeIf([id](quint64 old) { return old + RememberedCommands < id; });
}

TrafficAttribution::Span TrafficAttribution::routed(const at::RoutedEvent &routed, qint64 streamLength)
{
    Span span;
    span.start = routed.event->offset;
    span.end = span.start + qMax<qint64>(1, streamLength);
    span.owner = routed.transactionId != 0 && m_ownCommands.contains(routed.transactionId) ? Owner::Own : Owner::Other;
    m_spans.push_back(span);
    return span;
}

TrafficAttribution::Owner TrafficAttribution::ownerOf(qint64 start, qint64 end) const
{
    Owner owner = Owner::Unknown;
    for (auto it = m_spans.rbegin(); it != m_spans.rend(); ++it) {
        if (it->start < end && it->end > start)
            owner = combine(owner, it->owner);
    }
    return owner;
}

void TrafficAttribution::forgetBefore(qint64 offset)
{
    // Events come in stream order: the oldest stretches are at the front.
    while (!m_spans.empty() && (m_spans.front().end <= offset || m_spans.size() > MaxSpans))
        m_spans.pop_front();
}

} // namespace bc25::ui
