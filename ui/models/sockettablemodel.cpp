// SPDX-License-Identifier: MIT
#include "sockettablemodel.h"

#include "bc25/errorcodes.h"
#include "erroradvice.h"
#include "profile/moduleprofile.h"
#include "session/modulesession.h"
#include "views/columnfit.h"
#include "views/tooltiptext.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace bc25::ui {

SocketTableModel::SocketTableModel(ModuleSession *session, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
{
    m_announce.setSingleShot(true);
    m_announce.setInterval(AnnounceIntervalMs);
    connect(&m_announce, &QTimer::timeout, this, [this] {
        if (m_changedRows != 0) { // still busy: the next announcement waits its turn too
            announceChanges();
            m_announce.start();
        }
    });
    connect(session->sockets(), &SocketTable::socketChanged, this, [this](int id) {
        if (id < 0 || id >= MaxSockets)
            return;
        m_changedRows |= 1u << id;
        // A send's step (the module took a part, or confirmed it with SEND OK)
        // shows at once, before the console says that part's end: both say
        // the same figures, and a send goes one part per round trip, never a flood.
        const SocketInfo &socket = m_session->socket(id);
        const bool sendStep = socket.bytesSent != m_shown[size_t(id)].sent
                           || socket.bytesAcknowledged != m_shown[size_t(id)].acknowledged;
        // The first change after a quiet spell shows at once; a flood's, twice a second.
        if (sendStep || !m_announce.isActive()) {
            announceChanges();
            if (!m_announce.isActive())
                m_announce.start();
        }
    });
}

void SocketTableModel::announceChanges()
{
    for (int id = 0; m_changedRows != 0; ++id) {
        if (m_changedRows & (1u << id)) {
            m_changedRows &= ~(1u << id);
            const SocketInfo &socket = m_session->socket(id);
            m_shown[size_t(id)] = {socket.bytesSent, socket.bytesAcknowledged};
            emit dataChanged(index(id, 0), index(id, ColumnCount - 1));
        }
    }
}

int SocketTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_session->sockets()->socketCount();
}

int SocketTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString SocketTableModel::stateText(int state)
{
    // manual 2.1.3, <socket_state>
    switch (SocketState(state)) {
    case SocketState::Idle: return tr("idle");
    case SocketState::Connecting: return tr("connecting");
    case SocketState::Connected: return tr("connected");
    case SocketState::Closing: return tr("closing");
    case SocketState::RemoteClosing: return tr("closed by remote");
    case SocketState::Closed: return tr("closed");
    }
    return {};
}

QVariant SocketTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_session->sockets()->socketCount())
        return {};
    const SocketInfo &s = m_session->socket(index.row());
    const QLocale locale;
    if (role == Qt::DisplayRole) {
        // An idle row is blank, but a refused open keeps where it tried (Remote) beside
        // its code: "566" alone does not say which server would not answer. Not its
        // service: an idle row has none (new-user pass 9 F2, "TCP LISTENER" while idle).
        const bool refusedOpen = s.lastError > 0 && index.column() == Remote;
        if (!s.inUse && index.column() != ConnectId && index.column() != State
            && index.column() < Sent && !refusedOpen)
            return {};
        switch (index.column()) {
        case ConnectId: return s.connectId;
        case Service: return QString::fromLatin1(s.service);
        case Remote:
            return s.remotePort > 0 ? QStringLiteral("%1:%2").arg(s.remoteAddress, QString::number(s.remotePort)) : s.remoteAddress;
        case LocalPort: return s.localPort > 0 ? QVariant(s.localPort) : QVariant(tr("auto"));
        case State:
            if (!s.inUse && s.lastError > 0)
                return tr("idle — %1").arg(ErrorCodes::describe(s.lastError));
            // A TCP LISTENER or UDP SERVICE that opened waits for peers: it is
            // connected to nobody (manual 2.1.1, <service_type>).
            if (s.listens() && s.state == SocketState::Connected)
                return tr("listening") + (s.bufferFull ? tr(", buffer full") : QString());
            return stateText(int(s.state)) + (s.bufferFull ? tr(", buffer full") : QString());
        case Context: return s.contextId;
        case AccessMode: return s.accessMode == bc25::AccessMode::DirectPush ? tr("direct push") : tr("buffer");
        case Sent: return locale.toString(s.bytesSent);
        case Acknowledged: return locale.toString(s.bytesAcknowledged);
        case Received: return locale.toString(s.bytesReceived);
        case Unread: return locale.toString(s.bytesUnread);
        }
        return {};
    }
    // The State cell whole (ColumnFit elides an open's failure first on a narrow screen),
    // with what to do about a failure: the cell has no room for it (new-user pass 9, zh_CN F4).
    if (role == Qt::ToolTipRole && index.column() == State) {
        const QString shown = data(index, Qt::DisplayRole).toString();
        return !s.inUse && s.lastError > 0 ? ErrorAdvice::withAdvice(shown, s.lastError, m_session->profile(), s.connectId)
                                           : shown;
    }
    // An accepted connection's mode is not its listener's: the module starts it in
    // buffer access mode (BC25 manual 2.2.5; BG96 TCP/IP AN 2.3.4), what the table
    // shows until AT+QISTATE? reports another. Said where a direct-push listener's
    // user would otherwise read it as a mistake.
    if (role == Qt::ToolTipRole && index.column() == AccessMode && s.inUse && s.serverId >= 0
        && s.accessMode == bc25::AccessMode::Buffer)
        return ToolTipText::wrapped(
                tr("Socket %1 was accepted by listener %2: the module starts an incoming connection in buffer "
                   "access mode, whatever the listener's mode (its manual, +QIURC: \"incoming\"). Refresh "
                   "(AT+QISTATE?) shows the mode the module reports; Switch mode changes it (AT+QISWTMD).")
                        .arg(s.connectId)
                        .arg(s.serverId));
    if (role == Qt::BackgroundRole && index.column() == State) {
        switch (s.state) {
        case SocketState::Connected: return QBrush(QColor(0xc8, 0xf0, 0xc8));
        case SocketState::Connecting:
        case SocketState::Closing: return QBrush(QColor(0xff, 0xee, 0xb0));
        case SocketState::RemoteClosing:
        case SocketState::Closed: return QBrush(QColor(0xf8, 0xc8, 0xc8));
        case SocketState::Idle: return s.lastError > 0 ? QBrush(QColor(0xf8, 0xc8, 0xc8)) : QVariant();
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() >= Sent)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QStringList SocketTableModel::widestTexts(int column) const
{
    // The counters grow a digit at a time; the columns below change with a socket's state.
    switch (column) {
    case Service: { // the model's <service_type> choices (manual 2.1.1 on the BC25), and what
                    // AT+QISTATE? shows for an accepted client (manual 2.1.3)
        QStringList services {QStringLiteral("TCP INCOMING")};
        if (const ParameterSpec *service = m_session->profile().catalog().parameter(CommandId::Open, "service_type")) {
            for (const QByteArray &choice : service->choices)
                services << QString::fromLatin1(choice);
        }
        return services;
    }
    case LocalPort: return {tr("auto"), QStringLiteral("65535")};
    case State: {
        // The states themselves; ", buffer full" and an open's error are rare and shown when they come.
        QStringList states;
        for (int state = int(SocketState::Idle); state <= int(SocketState::Closed); ++state)
            states << stateText(state);
        return states << tr("listening");
    }
    case Context: return {QStringLiteral("0")}; // one digit (manual 2.1.1, <contextID>), blank while idle
    case AccessMode: return {tr("direct push"), tr("buffer")};
    }
    return {};
}

QVariant SocketTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == ColumnFit::WidestTextsRole)
        return widestTexts(section);
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    // The tooltip has the label whole when a narrow window shortens it.
    switch (section) {
    case ConnectId: return tr("ID");
    case Service: return tr("Service");
    case Remote: return tr("Remote");
    case LocalPort: return tr("Local port");
    case State: return tr("State");
    case Context: return tr("Context");
    case AccessMode: return tr("Access mode");
    case Sent: return tr("Sent");
    case Acknowledged: return tr("Acknowledged");
    case Received: return tr("Received");
    case Unread: return tr("Unread");
    }
    return {};
}

} // namespace bc25::ui
