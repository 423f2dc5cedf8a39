// SPDX-License-Identifier: MIT
#pragma once

#include "at/atcommand.h"
#include "at/routedevent.h"

#include <QSet>

#include <deque>

namespace bc25::ui {

// Whose bytes the traffic holds: those of a command the workbench sent by
// itself (Source::Session: polling, drains, AT+QIGETERROR), or anyone else's
// (the user's, a URC). Written bytes belong to the command in flight; the
// module's output belongs where the engine routed it, each routed event a
// stretch of the stream from its offset. The traffic model asks it about each
// row, so the terminal can hide the workbench's own commands and answers.
class TrafficAttribution final
{
public:
    enum class Owner : quint8 {
        Unknown, // nothing routed covers it (yet): shown
        Own,     // the workbench's own command or its answer
        Other,
    };

    // Two claims on one row: it is the workbench's own only if both say so.
    [[nodiscard]] static Owner combine(Owner a, Owner b) { return a == Owner::Unknown ? b : a == b ? a : Owner::Other; }

    // Own when the session's rule calls the command polling (ModuleSession::isPolling).
    void commandStarted(quint64 id, at::Source source);
    // Whose the bytes written now are: the command in flight's line and data.
    [[nodiscard]] Owner transmitOwner() const { return m_transmitOwner; }

    // A stretch [start, end) of the module's output and its owner.
    struct Span
    {
        qint64 start = 0;
        qint64 end = 0;
        Owner owner = Owner::Unknown;
    };
    // The stretch a routed event covers (`streamLength` bytes from its offset,
    // as the session counts them); kept for rows that do not exist yet, until forgetBefore().
    Span routed(const at::RoutedEvent &event, qint64 streamLength);
    // Whose [start, end) is by the stretches kept; Unknown when none overlaps.
    [[nodiscard]] Owner ownerOf(qint64 start, qint64 end) const;
    // Rows to come all start at `offset` or later.
    void forgetBefore(qint64 offset);

private:
    // An operation's lines can come minutes after its command (+QIOPEN: 176 s):
    // the own commands of the last this many are remembered.
    static constexpr quint64 RememberedCommands = 4096;
    // Stretches kept for rows not cut yet: a line's few events, a bound all the same.
    static constexpr size_t MaxSpans = 4096;

    QSet<quint64> m_ownCommands;
    Owner m_transmitOwner = Owner::Other;
    std::deque<Span> m_spans;
};

} // namespace bc25::ui
