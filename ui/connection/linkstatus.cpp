// SPDX-License-Identifier: MIT
#include "linkstatus.h"

#include "session/modulesession.h"
#include "translations.h"

#include "views/statusline.h"

namespace bc25::ui {

namespace {

// A reason inside a marker, before its rule, without the full stop its
// sentence ends with ("ended: Disconnected from the module ———"): the opened
// and closed markers end with no stop either, in every language (. and 。).
QString clause(QString text)
{
    text = text.trimmed();
    while (!text.isEmpty() && (text.back() == QLatin1Char('.') || text.back() == QChar(0x3002)))
        text.chop(1);
    return text;
}

} // namespace

LinkStatus::LinkStatus(StatusLine *label, link::Connection *connection, ModuleSession *session, QObject *parent)
    : QObject(parent)
    , m_label(label)
    , m_connection(connection)
{
    // A long message (a path, the reason a port was lost) must not widen the
    // window past a 1280-pixel screen: the label takes the width it is given,
    // cut with "…", and its tooltip has the whole text.
    label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    show(tr("Not connected."), Tone::Neutral);
    connect(connection, &link::Connection::stateChanged, this, &LinkStatus::onStateChanged);
    connect(session, &ModuleSession::moduleAnswered, this, [this] {
        if (m_connection->state() == link::Connection::State::Connected)
            show(m_connectedMessage, Tone::Good);
    });
    connect(session, &ModuleSession::moduleNotAnswering, this, [this](const QString &why) {
        if (m_connection->state() == link::Connection::State::Connected)
            show(withLineNote(tr("%1 — %2").arg(m_linkName, why)), Tone::Bad); // why says "no answer" already
    });
}

void LinkStatus::onStateChanged(link::Connection::State state, const QString &message)
{
    using State = link::Connection::State;
    if (m_linked && state != State::Connected) {
        m_linked = false;
        // The user's own Disconnect needs no reason ("ended: disconnected" says it twice).
        // Each marker one sentence in one string, its rules included: a
        // translation orders the words and spaces them as its language does.
        // Built as the opened marker is (the same words but the verb, no full stop):
        // a translation spaces the three alike.
        //: a link marker, as "——— Link to %1 opened ———"
        emit marker(m_connection->closedByUser() ? tr("——— Link to %1 closed ———").arg(m_linkName)
                                                 //: a link marker, as "——— Link to %1 opened ———"; %2: why it ended
                                                 : tr("——— Link to %1 ended: %2 ———").arg(m_linkName, clause(message)));
    }
    if (state == State::Lost && !m_connection->autoReconnect()) {
        // Say what to do, not only what happened: the port is gone until it is back.
        show(Translations::joined(Translations::sentence(message), tr("Plug it back in and press Connect, or tick Reconnect to have it connected when it is back.")),
             Tone::Bad);
        return;
    }
    if (m_connection->openFailed() && !m_connection->autoReconnect()) {
        // Red like every other failure, and what to do about it.
        show(Translations::sentence(message) + QLatin1Char(' ')
                     + tr("Check the port's name, or tick Reconnect to have it connected when it appears."),
             Tone::Bad);
        return;
    }
    if (state != State::Connected) {
        show(message, state == State::Lost || m_connection->openFailed() ? Tone::Bad : Tone::Neutral);
        return;
    }
    m_linked = true;
    m_linkName = m_connection->portDescription();
    m_connectedMessage = message;
    if (m_nextModel.isEmpty())
        //: a link marker; "——— Link to %1 closed ———" and "——— Link to %1 ended: %2 ———" are built alike
        emit marker(tr("——— Link to %1 opened ———").arg(m_linkName));
    else
        emit marker(tr("——— Now read as %1: link to %2 opened ———").arg(std::exchange(m_nextModel, {}), m_linkName));
    // Green only once something answers: a port nobody listens on is not a module.
    show(withLineNote(tr("Port open (%1) — waiting for the module…").arg(m_linkName)), Tone::Neutral);
}

QString LinkStatus::withLineNote(const QString &text) const
{
    // A pty has no RTS or DTR: said from the start, answer or not.
    const QString note = m_connection->lineNote();
    return note.isEmpty() ? text : text + QLatin1Char(' ') + note;
}

void LinkStatus::show(const QString &text, Tone tone)
{
    m_tone = tone;
    m_label->setStatus(text);
    const char *colour = tone == Tone::Good ? "#1b7f2a" : tone == Tone::Bad ? "#b00020" : "#555555";
    m_label->setStyleSheet(QStringLiteral("color: %1").arg(QLatin1String(colour)));
}

} // namespace bc25::ui
