// SPDX-License-Identifier: MIT
#pragma once

#include "link/connection.h"

#include <QObject>
#include <QString>

class QLabel;

namespace bc25 { class ModuleSession; }

namespace bc25::ui {

class StatusLine;

// The status bar's word on the link. An open port is not a module: it says
// "Port open — waiting for the module" until the module answers ATI, then
// "Connected" in green, or "No answer" when it never does. Where one link
// ends and the next begins is marked in the terminal and the consoles.
class LinkStatus final : public QObject
{
    Q_OBJECT
public:
    enum class Tone : quint8 { Neutral, Good, Bad };

    LinkStatus(StatusLine *label, link::Connection *connection, ModuleSession *session, QObject *parent = nullptr);

    [[nodiscard]] Tone tone() const { return m_tone; }
    // The next link's "opened" marker also says the module is read as `modelName`
    // from there (after a model switch): one line where the old ended and the new began.
    void markNextLinkAs(const QString &modelName) { m_nextModel = modelName; }

signals:
    // A line for the terminal and every console: a link began or ended here.
    void marker(const QString &text);

private:
    void onStateChanged(link::Connection::State state, const QString &message);
    void show(const QString &text, Tone tone);
    [[nodiscard]] QString withLineNote(const QString &text) const;

    StatusLine *m_label;
    link::Connection *m_connection;
    QString m_connectedMessage; // the connection's own words, shown once the module answers
    QString m_linkName;         // the port of the link on show, for its end marker
    QString m_nextModel;        // the model a switch reads the next link as (its marker says so)
    bool m_linked = false;
    Tone m_tone = Tone::Neutral;
};

} // namespace bc25::ui
