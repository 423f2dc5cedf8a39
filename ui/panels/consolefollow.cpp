// SPDX-License-Identifier: MIT
// The console following its socket: where a stream begins and ends (the
// markers), what went on it and came from it, and how each send on it ended,
// whoever sent it.
#include "consolepanel.h"

#include "models/consolemodel.h"
#include "views/statusline.h"

#include "session/modulesession.h"

#include <QCheckBox>

namespace bc25::ui {

namespace {

QString sendFormName(SendForm form)
{
    switch (form) {
    case SendForm::InlineText: return SocketConsole::tr("inline text (AT+QISEND=<id>,<len>,\"<data>\")");
    case SendForm::FixedLength: return SocketConsole::tr("binary-safe prompt form (AT+QISEND=<id>,<len>)");
    case SendForm::Hex: return SocketConsole::tr("hex (AT+QISENDEX)");
    }
    return {};
}

// Who sent what the console did not: said in a sentence ("sent by the terminal").
QString senderName(at::Source source)
{
    switch (source) {
    case at::Source::Terminal:
    case at::Source::Raw: return SocketConsole::tr("the terminal");
    case at::Source::Quick: return SocketConsole::tr("a quick command");
    case at::Source::Recipe: return SocketConsole::tr("a recipe");
    case at::Source::Health: return SocketConsole::tr("the health check");
    case at::Source::Session:
    case at::Source::Panel:
    case at::Source::Log:
    case at::Source::Soak: break;
    }
    return SocketConsole::tr("the workbench");
}

// The stream is over once the socket no longer carries data: closed by
// anyone (the slot freed), closing on the remote's word (+QIURC: "closed",
// manual 2.2.1) or with its PDP context gone (manual 2.2.6).
bool streamEnded(const SocketInfo &socket)
{
    return !socket.inUse || socket.state == SocketState::RemoteClosing || socket.state == SocketState::Closed;
}

// A queued send that is not the console's own names its sender, as the
// terminal's do (README, "Socket consoles"): the queue says who asked.
QString sentBy(const QString &said, at::Source source)
{
    return SocketConsole::tr("%1 Sent by %2.").arg(said, senderName(source));
}

} // namespace

void SocketConsole::followSession()
{
    connect(m_session->sockets(), &SocketTable::socketChanged, this, [this](int id) {
        if (id != m_connectId)
            return;
        const SocketInfo &socket = m_session->socket(id);
        // Opened again (from anywhere: the Open dialog, the terminal, a recipe):
        // a new connection, a new stream; nothing of the last one's goes on.
        // A listener has no remote: its local port is where it waits.
        // Only once the module confirmed the open (+QIOPEN: <id>,0, manual
        // 2.1.1): a failed open (561, 566, ...) was never a stream to mark.
        const bool confirmed = socket.inUse && socket.state != SocketState::Connecting;
        // What the status said of the last connection (a recipe's SEND OK, a
        // refusal) is out of date once it ends or another begins.
        if ((confirmed && !m_open) || (m_streamOpen && streamEnded(socket))) {
            m_refusalShown = false;
            m_status->setStatus({});
        }
        if (confirmed && !m_open) {
            m_model->beginStream(socket.listens() ? tr("——— Socket %1 opened (%2 :%3) ———")
                                                            .arg(id)
                                                            .arg(QString::fromLatin1(socket.service))
                                                            .arg(socket.localPort)
                                                  : tr("——— Socket %1 opened (%2 %3:%4) ———")
                                                            .arg(QString::number(id), QString::fromLatin1(socket.service),
                                                                 socket.remoteAddress, QString::number(socket.remotePort)));
            m_streamOpen = true;
        }
        // Its end, once, whoever closed it: the user's Close, a recipe's or the
        // terminal's AT+QICLOSE, the remote, the module's restart, the link's loss
        // (the table forgets every socket).
        if (m_streamOpen && streamEnded(socket)) {
            m_model->appendNote(socket.state == SocketState::RemoteClosing
                                        ? tr("——— Socket %1 closed by the remote ———").arg(id)
                                        : tr("——— Socket %1 closed ———").arg(id));
            m_streamOpen = false;
        }
        m_open = socket.inUse && (m_open || confirmed);
    });
    // Every send the module took on this socket, whoever asked (this console,
    // a recipe, a quick command, the terminal's AT+QISEND).
    connect(m_session->sockets(), &SocketTable::dataSent, this, [this](int id, const QByteArray &bytes) {
        if (id == m_connectId)
            m_model->append(true, bytes);
    });
    // SEND OK, a refusal, a stopped send: the module that was, not the next one's.
    connect(m_session, &ModuleSession::forgotten, this, [this] {
        m_open = false;
        m_streamOpen = false;
        m_refusalShown = false;
        m_ownSends.clear();
        m_sendsRunning = 0;
        updateProgress();
        m_status->setStatus({});
    });
    connect(m_session->sockets(), &SocketTable::dataReceived, this, [this](int id, const QByteArray &bytes, bool truncated) {
        if (id != m_connectId)
            return;
        m_model->append(false, bytes);
        if (truncated)
            m_status->setStatus(tr("The module announced more data than it sent; what arrived is shown."));
    });
    // The end of a send the queue did not carry (the terminal's AT+QISEND or
    // AT+QISENDEX, a quick command): told as the console's own.
    connect(m_session->sockets(), &SocketTable::sendEnded, this,
            [this](int id, qint64 bytes, bool ok, const QString &text, at::Source source) {
        if (id != m_connectId)
            return;
        m_status->setStatus(ok ? tr("SEND OK — %n byte(s), sent by %1.", nullptr, int(bytes)).arg(senderName(source))
                               : tr("SEND FAIL — %1 (sent by %2)").arg(text, senderName(source)));
    });
    // A send that had timed out, confirmed late by the module: its bytes did go (the table counts them).
    connect(m_session->sockets(), &SocketTable::lateSendConfirmed, this, [this](int id, qint64 bytes) {
        if (id == m_connectId)
            m_status->setStatus(tr("SEND OK came late for %n byte(s) that had timed out: the module sent them.", nullptr,
                                   int(bytes)));
    });
    connect(m_session->sends(), &SendQueue::chunkFinished, this,
            [this](int id, qint64 bytes, bool ok, SendForm form, const QString &text, quint64 sendId) {
        if (id != m_connectId)
            return;
        // The progress is the console's own sends' (a recipe's on this socket is not).
        m_sentBytes += ok && m_ownSends.contains(sendId) ? bytes : 0;
        updateProgress();
        if (!ok) {
            m_status->setStatus(tr("SEND FAIL — %1").arg(text));
            return;
        }
        // The parts of one send come one at a time, before its sendFinished
        // (manual 4.1.2): the forms they went in are the send's.
        if (!m_partForms.contains(form))
            m_partForms.append(form);
        // A send in parts says where it is; SEND OK is for the whole send, once
        // its last part is confirmed (sendFinished).
        const qint64 chunk = m_session->sends()->maxChunk(form == SendForm::Hex ? SendQueue::Mode::Hex : SendQueue::Mode::Auto);
        if (m_ownSends.contains(sendId) && m_queuedBytes > chunk) {
            const qint64 parts = (m_queuedBytes + chunk - 1) / chunk;
            const qint64 done = (m_sentBytes + chunk - 1) / chunk;
            if (done < parts)
                m_status->setStatus(tr("%1 of %2 parts acknowledged…").arg(done).arg(parts));
        }
    });
    // A send that stopped at a part's time-out, that part confirmed late: the
    // send's own count agrees with the table's (after the table's line above).
    connect(m_session->sends(), &SendQueue::sendSettledLate, this,
            [this](int id, qint64 acknowledged, qint64 total, bool whole, quint64, at::Source source) {
        if (id != m_connectId)
            return;
        const QString said = whole ? tr("SEND OK came late: all %n byte(s) of the send went.", nullptr, int(total))
                                   : tr("SEND OK came late for a part: %1 of %2 bytes went before sending stopped.")
                                             .arg(acknowledged).arg(total);
        m_status->setStatus(source == at::Source::Panel ? said : sentBy(said, source));
    });
    connect(m_session->sends(), &SendQueue::sendFinished, this,
            [this](int id, qint64 acknowledged, qint64 total, bool ok, const QString &text, quint64 sendId, at::Source source) {
        if (id != m_connectId)
            return;
        // Only the console's own sends were counted as running.
        const bool own = m_ownSends.remove(sendId);
        if (own)
            m_sendsRunning = qMax(0, m_sendsRunning - 1);
        updateProgress();
        const QList<SendForm> forms = std::exchange(m_partForms, {});
        if (ok) {
            // The whole send's size, not its last part's (a send over 512 bytes goes in parts).
            QStringList formNames;
            for (const SendForm form : forms)
                formNames << sendFormName(form);
            const QString as = formNames.join(tr(" and "));
            const qint64 chunk = m_session->sends()->maxChunk(forms.contains(SendForm::Hex) ? SendQueue::Mode::Hex
                                                                                              : SendQueue::Mode::Auto);
            const qint64 parts = (total + chunk - 1) / chunk;
            const QString said = parts > 1 ? tr("SEND OK — %n byte(s) in %1 parts as %2.", nullptr, int(total)).arg(parts).arg(as)
                                           : tr("SEND OK — %n byte(s) as %1.", nullptr, int(total)).arg(as);
            m_status->setStatus(own ? said : sentBy(said, source));
            return;
        }
        const QString said = tr("Sending stopped after %1 of %2 bytes: %3").arg(acknowledged).arg(total).arg(text);
        m_status->setStatus(own ? said : sentBy(said, source));
        if (own)
            m_repeat->setChecked(false); // a recipe's failure does not stop this console's repeat
    });
}

} // namespace bc25::ui
