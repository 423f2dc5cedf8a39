// SPDX-License-Identifier: MIT
#include "recipeinbox.h"

#include "at/commandengine.h"
#include "bc25/commandcatalog.h"
#include "bc25/errorcodes.h"
#include "bc25/responses.h"
#include "session/modulesession.h"
#include "transactioncheck.h"

#include <QPointer>

namespace bc25::recipe {

RecipeInbox::RecipeInbox(ModuleSession *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_data(session->sockets()->socketCount())
{
    qRegisterMetaType<Outcome>();
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &RecipeInbox::onTimeout);
    at::CommandEngine *engine = session->engine();
    connect(engine, &at::CommandEngine::urcReceived, this, &RecipeInbox::onUrc);
    connect(engine, &at::CommandEngine::transactionFinished, this, &RecipeInbox::onEngineTransaction);
    connect(engine, &at::CommandEngine::rawReceived, this, [this](const QByteArray &bytes) {
        m_received += bytes;
        if (m_received.size() > ReceivedKept)
            m_received.remove(0, m_received.size() - ReceivedKept);
    });
    connect(session->sockets(), &SocketTable::dataReceived, this,
            [this](int socket, const QByteArray &bytes, bool) { onData(socket, bytes); });
    connect(session->sends(), &SendQueue::sendFinished, this, &RecipeInbox::onSendFinished);
    // A reboot drops every socket: nothing more will arrive on them.
    connect(session->sockets(), &SocketTable::moduleRestarted, this, [this](const QString &reason) {
        if (m_wait.kind != Kind::Data && m_wait.kind != Kind::Send)
            return;
        Outcome outcome;
        outcome.failure = reason;
        outcome.kind = QStringLiteral("module");
        finish(std::move(outcome));
    });
}

void RecipeInbox::reset()
{
    cancel();
    m_urcs.clear();
    for (QByteArray &data : m_data)
        data.clear();
    m_received.clear();
}

void RecipeInbox::cancel()
{
    m_timer.stop();
    m_wait = Wait {};
    m_wait.token = m_nextToken++; // whatever was under way is late from now on
}

QByteArray RecipeInbox::received() const
{
    return m_received;
}

quint64 RecipeInbox::begin(Kind kind, int timeoutMs)
{
    Q_ASSERT(m_wait.kind == Kind::None);
    m_wait = Wait {};
    m_wait.kind = kind;
    m_wait.token = m_nextToken++;
    if (timeoutMs >= 0)
        m_timer.start(timeoutMs);
    return m_wait.token;
}

void RecipeInbox::finish(Outcome outcome)
{
    m_timer.stop();
    const quint64 token = m_wait.token;
    m_wait = Wait {};
    m_wait.token = token;
    // From the event loop, so that no wait ends inside the call that began it
    // (a command on a closed link fails at once).
    QMetaObject::invokeMethod(this, [this, token, outcome = std::move(outcome)] {
        if (token == m_wait.token && m_wait.kind == Kind::None)
            emit waitFinished(outcome);
    }, Qt::QueuedConnection);
}

void RecipeInbox::submit(BuildResult built)
{
    const quint64 token = begin(Kind::Transaction, -1); // the engine keeps the time limits
    const bool explained = built.command.explainErrors;
    QPointer<RecipeInbox> self(this);
    built.command.onTransaction = [self, token, explained](const at::Transaction &t) {
        if (self)
            self->onTransaction(token, t, explained);
    };
    m_session->commands()->submit(std::move(built));
}

void RecipeInbox::onTransaction(quint64 token, const at::Transaction &t, bool explained)
{
    const bool current = token == m_wait.token && m_wait.kind == Kind::Transaction;
    if (const int opened = TransactionCheck::openedSocket(m_session->commands()->catalog(), t); opened >= 0 && current)
        forgetSocket(opened); // a new connection: what an earlier one left is not its data
    emit recipeTransaction(t, !current);
    if (!current)
        return;
    // CommandRunner has queued AT+QIGETERROR behind this ERROR: its words belong to the result.
    if (explained && t.status == at::Transaction::Status::Error) {
        m_wait.kind = Kind::LastError;
        m_wait.transaction = t;
        m_timer.start(LastErrorWaitMs);
        return;
    }
    Outcome outcome;
    outcome.transaction = t;
    // No answer at all (or the link went): the step cannot go on. An ERROR goes back to the recipe.
    using Status = at::Transaction::Status;
    using OperationStatus = at::OperationResult::Status;
    if (t.status == Status::Timeout || t.status == Status::Aborted) {
        outcome.failure = t.message;
        outcome.kind = t.status == Status::Timeout ? QStringLiteral("timeout") : QStringLiteral("aborted");
    } else if (t.operation.status == OperationStatus::Timeout || t.operation.status == OperationStatus::Aborted) {
        outcome.failure = TransactionCheck::failure(t);
        outcome.kind = t.operation.status == OperationStatus::Timeout ? QStringLiteral("timeout") : QStringLiteral("aborted");
    }
    finish(std::move(outcome));
}

void RecipeInbox::onEngineTransaction(const at::Transaction &t)
{
    if (m_wait.kind != Kind::LastError || t.id <= m_wait.transaction.id)
        return;
    const CommandSpec *spec = m_session->commands()->catalog().parse(t.command).spec;
    if (!spec || spec->id != CommandId::LastError)
        return;
    Outcome outcome;
    outcome.transaction = m_wait.transaction;
    for (const at::ResultLine &line : t.lines) {
        if (const std::optional<LastError> error = LastError::parse(line))
            outcome.lastError = ErrorCodes::describe(error->code);
    }
    finish(std::move(outcome));
}

void RecipeInbox::waitForUrc(const QByteArray &kind, int socket, int timeoutMs)
{
    begin(Kind::Urc, timeoutMs);
    m_wait.urcKind = kind;
    m_wait.socket = socket;
}

std::optional<UrcEvent> RecipeInbox::takeUrc(const QByteArray &kind, int socket)
{
    for (auto it = m_urcs.begin(); it != m_urcs.end(); ++it) {
        if (it->kind.compare(kind, Qt::CaseInsensitive) == 0 && (socket < 0 || it->socket == socket)) {
            UrcEvent event = std::move(*it);
            m_urcs.erase(it);
            return event;
        }
    }
    return std::nullopt;
}

void RecipeInbox::onUrc(const at::ResultLine &line)
{
    UrcEvent event = UrcEvent::from(line);
    if (const std::optional<Urc> urc = Urc::parse(line); urc && urc->type == Urc::Type::Incoming)
        forgetSocket(urc->connectId); // a new connection takes that connectID
    if (m_wait.kind == Kind::Urc && event.kind.compare(m_wait.urcKind, Qt::CaseInsensitive) == 0
        && (m_wait.socket < 0 || event.socket == m_wait.socket)) {
        Outcome outcome;
        outcome.urc = std::move(event);
        finish(std::move(outcome));
        return;
    }
    m_urcs.push_back(std::move(event));
    if (m_urcs.size() > size_t(MaxUrcBacklog))
        m_urcs.pop_front();
}

void RecipeInbox::forgetSocket(int socket)
{
    if (socket < 0 || socket >= m_data.size())
        return;
    m_data[socket].clear();
    for (auto it = m_urcs.begin(); it != m_urcs.end();)
        it = it->socket == socket ? m_urcs.erase(it) : std::next(it);
}

qint64 RecipeInbox::available(int socket) const
{
    return socket >= 0 && socket < m_data.size() ? m_data[socket].size() : 0;
}

QByteArray RecipeInbox::takeData(int socket, qint64 bytes)
{
    if (socket < 0 || socket >= m_data.size())
        return {};
    QByteArray &data = m_data[socket];
    const qsizetype n = bytes < 0 ? data.size() : qsizetype(qMin<qint64>(bytes, data.size()));
    const QByteArray taken = data.left(n);
    data.remove(0, n);
    return taken;
}

void RecipeInbox::waitForData(int socket, qint64 bytes, int timeoutMs)
{
    begin(Kind::Data, timeoutMs);
    m_wait.socket = socket;
    m_wait.bytes = bytes;
}

void RecipeInbox::onData(int socket, const QByteArray &bytes)
{
    if (socket < 0 || socket >= m_data.size())
        return;
    QByteArray &data = m_data[socket];
    data += bytes;
    if (data.size() > MaxSocketData)
        data.remove(0, data.size() - MaxSocketData);
    if (m_wait.kind != Kind::Data || m_wait.socket != socket)
        return;
    const qint64 wanted = m_wait.bytes < 0 ? 1 : m_wait.bytes;
    if (data.size() < wanted)
        return;
    Outcome outcome;
    outcome.data = takeData(socket, m_wait.bytes);
    finish(std::move(outcome));
}

void RecipeInbox::send(int socket, const QByteArray &payload, bool hex, QString *refusal)
{
    *refusal = m_session->sends()->send(socket, payload, hex ? SendQueue::Mode::Hex : SendQueue::Mode::Auto,
                                        at::Source::Recipe);
    if (!refusal->isEmpty())
        return;
    begin(Kind::Send, -1); // each part has its SEND OK limit in the engine
    m_wait.socket = socket;
}

void RecipeInbox::onSendFinished(int socket, qint64 acknowledged, qint64 total, bool ok, const QString &message)
{
    if (m_wait.kind != Kind::Send || m_wait.socket != socket)
        return;
    Outcome outcome;
    outcome.count = acknowledged;
    if (!ok) {
        outcome.failure = tr("Sending %1 bytes on socket %2 failed after %3 bytes: %4")
                                  .arg(total).arg(socket).arg(acknowledged).arg(message);
        outcome.kind = QStringLiteral("send");
    }
    finish(std::move(outcome));
}

void RecipeInbox::sleep(int ms)
{
    begin(Kind::Sleep, ms);
}

void RecipeInbox::onTimeout()
{
    Outcome outcome;
    outcome.kind = QStringLiteral("timeout");
    const int ms = m_timer.interval();
    switch (m_wait.kind) {
    case Kind::Sleep:
        outcome.kind.clear();
        break;
    case Kind::LastError: // the explanation never came: the ERROR goes back without it
        outcome.kind.clear();
        outcome.transaction = m_wait.transaction;
        break;
    case Kind::Urc:
        outcome.failure = m_wait.socket < 0
                ? tr("No \"%1\" URC within %2 ms.").arg(QString::fromUtf8(m_wait.urcKind), QString::number(ms))
                : tr("No \"%1\" URC for socket %2 within %3 ms.").arg(QString::fromUtf8(m_wait.urcKind), QString::number(m_wait.socket), QString::number(ms));
        break;
    case Kind::Data: {
        const qint64 have = available(m_wait.socket);
        outcome.failure = m_wait.bytes < 0
                ? tr("Socket %1 received nothing within %2 ms.").arg(m_wait.socket).arg(ms)
                : tr("Socket %1 received %2 of %3 bytes within %4 ms.").arg(m_wait.socket).arg(have).arg(m_wait.bytes).arg(ms);
        break;
    }
    case Kind::None:
    case Kind::Transaction:
    case Kind::Send:
        return;
    }
    finish(std::move(outcome));
}

} // namespace bc25::recipe
