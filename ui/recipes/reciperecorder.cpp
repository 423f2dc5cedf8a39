// SPDX-License-Identifier: MIT
#include "reciperecorder.h"

#include "session/modulesession.h"
#include "bc25/commandcatalog.h"
#include "profile/moduleprofile.h"

namespace bc25::ui {

namespace {

bool recordable(at::Source source)
{
    // A quick command is the user's own; a raw one is not recorded: a recipe's
    // at() checks what it sends, and the catalog refused it.
    return source == at::Source::Terminal || source == at::Source::Panel || source == at::Source::Quick;
}

// The argument that is a port a parameter may stand for: QIOPEN's <remote_port>
// (manual 2.1.1), QNTTP's <port> (manual 2.1.8); -1 for the rest.
qsizetype portArgument(const ParsedCommand &parsed)
{
    if (!parsed.spec)
        return -1;
    switch (parsed.spec->id) {
    case CommandId::Open: return CommandCatalog::argumentIndex(parsed, "remote_port");
    case CommandId::Ntp: return CommandCatalog::argumentIndex(parsed, "port");
    default: return -1;
    }
}

// A send's socket and bytes, by the parameters' names: the forms differ
// between models (AT+QISENDEX=<id>,<len>,<hex> on a BC25, =<id>,"<hex>" on a BG96).
struct RecordedSend
{
    QByteArray connectId;
    QByteArray data;
};

std::optional<RecordedSend> recordedSend(const ParsedCommand &parsed)
{
    if (!parsed.spec || (parsed.spec->id != CommandId::Send && parsed.spec->id != CommandId::SendHex))
        return std::nullopt;
    const qsizetype id = CommandCatalog::argumentIndex(parsed, "connectID");
    const qsizetype data = CommandCatalog::argumentIndex(parsed, parsed.spec->id == CommandId::SendHex ? "hex_string" : "data");
    RecordedSend send;
    send.connectId = id >= 0 ? parsed.arguments.at(id).text : parsed.arguments.value(0).text;
    if (data >= 0)
        send.data = parsed.spec->id == CommandId::SendHex ? QByteArray::fromHex(parsed.arguments.at(data).text)
                                                          : parsed.arguments.at(data).text;
    return send;
}

QByteArray written(const ParsedCommand &parsed)
{
    QByteArrayList fields;
    for (const at::Field &field : parsed.arguments)
        fields << (field.quoted ? '"' + field.text + '"' : field.text);
    return "AT" + parsed.name + '=' + fields.join(',');
}

// The answer that carries the command's <err> (manual chapter 3), if any.
std::optional<at::ResultLine> errorLine(const at::Transaction &t)
{
    for (const QList<at::ResultLine> *lines : {&t.operation.lines, &t.lines}) {
        for (const at::ResultLine &line : *lines) {
            if (!line.isFinal() && CommandCatalog::errorCode(line) >= 0)
                return line;
        }
    }
    return std::nullopt;
}

} // namespace

QList<int> RecipeRecorder::socketsOpened() const
{
    QList<int> opened;
    for (const Action &action : m_actions) {
        const ParsedCommand parsed = m_session->profile().catalog().parse(action.command);
        const int connectId = CommandCatalog::integerArgument(parsed, "connectID");
        if (parsed.spec && parsed.spec->id == CommandId::Open && connectId >= 0 && !opened.contains(connectId))
            opened << connectId;
    }
    return opened;
}

RecipeRecorder::RecipeRecorder(ModuleSession *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
    connect(session, &ModuleSession::commandStarted, this, &RecipeRecorder::onStarted);
    connect(session, &ModuleSession::transactionFinished, this, &RecipeRecorder::onFinished);
}

void RecipeRecorder::start(const QHash<QString, QString> &parameters)
{
    m_parameters = parameters;
    m_actions.clear();
    m_started = QDateTime::currentDateTime();
    m_recording = true;
}

void RecipeRecorder::onStarted(quint64 id, const QByteArray &text, at::Source source)
{
    if (!m_recording || !recordable(source))
        return;
    m_actions.append({id, text, std::nullopt});
    emit recorded(stepName(text));
}

void RecipeRecorder::onFinished(const at::Transaction &t)
{
    if (!m_recording || !recordable(t.source))
        return;
    for (Action &action : m_actions) {
        if (action.id == t.id) {
            action.transaction = t;
            return;
        }
    }
}

QString RecipeRecorder::stepName(const QByteArray &command) const
{
    if (const std::optional<RecordedSend> send = recordedSend(m_session->profile().catalog().parse(command)))
        return tr("Send on socket %1").arg(QString::fromLatin1(send->connectId));
    return QString::fromLatin1(command);
}

QByteArray RecipeRecorder::luaString(const QByteArray &bytes)
{
    const bool utf8 = QString::fromUtf8(bytes).toUtf8() == bytes;
    const char quote = bytes.contains('"') && !bytes.contains('\'') ? '\'' : '"';
    QByteArray text(1, quote);
    for (const char c : bytes) {
        const auto byte = uchar(c);
        if (c == quote || c == '\\') {
            text += '\\';
            text += c;
        } else if (c == '\r') {
            text += "\\r";
        } else if (c == '\n') {
            text += "\\n";
        } else if (c == '\t') {
            text += "\\t";
        } else if (byte < 0x20 || byte == 0x7f || (byte >= 0x80 && !utf8)) {
            static const char hex[] = "0123456789ABCDEF";
            text += "\\x";
            text += hex[byte >> 4];
            text += hex[byte & 0xf];
        } else {
            text += c;
        }
    }
    text += quote;
    return text;
}

QByteArray RecipeRecorder::commandExpression(const QByteArray &command, QList<QString> *used) const
{
    ParsedCommand parsed = m_session->profile().catalog().parse(command);
    const qsizetype port = portArgument(parsed);
    if (port >= 0 && port < parsed.arguments.size() && written(parsed) == command) {
        const at::Field field = parsed.arguments.at(port);
        for (auto it = m_parameters.cbegin(); it != m_parameters.cend(); ++it) {
            if (field.quoted || !it.key().endsWith(QLatin1String("_port")) || field.text != it.value().toLatin1())
                continue;
            if (!used->contains(it.key()))
                used->append(it.key());
            parsed.arguments[port].text = "%d";
            QByteArray format = written(parsed);
            format.replace('%', "%%").replace("%%d", "%d");
            return "string.format(" + luaString(format) + ", " + it.key().toLatin1() + ')';
        }
    }
    return luaString(command);
}

QByteArray RecipeRecorder::lua(const Action &action, QList<QString> *used) const
{
    const QByteArray step = "step(" + luaString(stepName(action.command).toUtf8()) + ")\n";
    const ParsedCommand parsed = m_session->profile().catalog().parse(action.command);
    if (const std::optional<RecordedSend> send = recordedSend(parsed)) {
        const QByteArray data = action.transaction && !action.transaction->payload.isEmpty() ? action.transaction->payload : send->data;
        return step + "socket.send(" + send->connectId + ", " + luaString(data) + ")\n";
    }
    const QByteArray at = "at(" + commandExpression(action.command, used) + ')';
    if (!action.transaction)
        return step + at + "  -- " + tr("still under way when the recording stopped").toUtf8() + '\n';
    const at::Transaction &t = *action.transaction;
    if (!t.ok()) {
        const QByteArray status = at::Transaction::statusName(t.status);
        return step + "do\n  local t = " + at + "\n  check(t.status == " + luaString(status) + ", "
                + luaString(tr("%1 answers %2").arg(QString::fromLatin1(action.command), QString::fromLatin1(status)).toUtf8())
                + ")\nend\n";
    }
    if (const std::optional<at::ResultLine> line = errorLine(t))
        return step + "expect(" + at + ", " + luaString(line->name) + ", "
                + QByteArray::number(CommandCatalog::errorCode(*line)) + ")\n";
    if (t.operation.status != at::OperationResult::Status::None && !t.operation.ok()) {
        const QByteArray status = at::Transaction::operationStatusName(t.operation.status);
        return step + "do\n  local t = " + at + "\n  check(t.operation.status == " + luaString(status) + ", "
                + luaString(tr("%1 ends with %2").arg(QString::fromLatin1(action.command), QString::fromLatin1(status)).toUtf8())
                + ")\nend\n";
    }
    return step + "expect(" + at + ")\n";
}

QByteArray RecipeRecorder::stop()
{
    m_recording = false;
    QList<QString> used;
    QByteArray body;
    for (const Action &action : std::as_const(m_actions))
        body += '\n' + lua(action, &used);
    // The title a reader reads (the dock's line above the tabs): a date and a time, not ISO's "2026-12-07T21:04:01".
    QByteArray text = "-- " + tr("Recorded on %1").arg(m_started.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))).toUtf8() + '\n'
            + "-- " + tr("What was done in the terminal and the panels, a step per action. Edit it and run it again.").toUtf8()
            + '\n';
    if (!used.isEmpty())
        text += '\n';
    for (const QString &name : std::as_const(used))
        text += "local " + name.toLatin1() + " = param(" + luaString(name.toLatin1()) + ", "
                + m_parameters.value(name).toLatin1() + ")\n";
    if (m_actions.isEmpty())
        body = "\n-- " + tr("Nothing was done while recording.").toUtf8() + '\n';
    return text + body;
}

} // namespace bc25::ui
