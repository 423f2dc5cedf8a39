// SPDX-License-Identifier: MIT
#include "socketsender.h"

#include "bc25/errorcodes.h"
#include "profile/moduleprofile.h"
#include "sim/virtualmodule.h"

#include <QTimer>

#include <algorithm>
#include <cctype>
#include <memory>

namespace bc25::sim {

namespace {

// What AT+QISENDEX takes after its prompt: pairs of hex digits and nothing else.
bool isHexText(const QByteArray &text)
{
    if (text.size() % 2 != 0)
        return false;
    return std::all_of(text.cbegin(), text.cend(), [](char c) { return std::isxdigit(static_cast<unsigned char>(c)) != 0; });
}

} // namespace

SocketSender::SocketSender(VirtualModule *module, SocketSlots &table)
    : m_module(module)
    , m_slots(table)
{
}

// Why socket `id` cannot send now: an error code of chapter 3, or Success.
// `toAddress`: the send names where the datagram goes (the LTE modules' UDP SERVICE form).
int SocketSender::refusal(int id, bool toAddress) const
{
    const SocketSlot &slot = m_slots[size_t(id)];
    if (slot.socket && !m_module->packetDomain().hasDataPath(slot.contextId))
        return ErrorCodes::PdpContextBrokenDown;
    if (!slot.socket || slot.state != SocketState::Connected)
        return ErrorCodes::SocketClosed;
    const SimSocket::Kind kind = slot.socket->kind();
    // manual 2.1.4, note 2; a UDP SERVICE sends with the form that names the peer
    if (kind == SimSocket::Kind::TcpListener || (kind == SimSocket::Kind::UdpService) != toAddress)
        return ErrorCodes::OperationNotAllowed;
    if (m_pending)
        return ErrorCodes::OperationBusy; // manual 4.1.2
    return ErrorCodes::Success;
}

void SocketSender::send(const ParsedCommand &command)
{
    const QList<at::Field> &args = command.arguments;
    const int id = int(args.at(0).toInteger());
    if (args.size() == 2 && args.at(1).toInteger() == 0) {
        // AT+QISEND=<connectID>,0 (the LTE modules; the BC25's range refuses it):
        // +QISEND: <total_send_length>,<ackedbytes>,<unackedbytes>, every byte acknowledged here.
        const qint64 sent = m_slots[size_t(id)].sentTotal;
        m_module->reply({"+QISEND: " + QByteArray::number(sent) + ',' + QByteArray::number(sent) + ",0"});
        return;
    }
    // AT+QISEND=<connectID>,<send_length>,<remoteIP>,<remote_port> (the LTE modules' UDP SERVICE)
    const bool toAddress = args.size() == 4;
    if (const int error = refusal(id, toAddress); error != ErrorCodes::Success) {
        m_module->replyError(error);
        return;
    }
    m_to = toAddress ? std::optional<Peer>(Peer {QString::fromLatin1(args.at(2).text), quint16(args.at(3).toInteger())})
                     : std::nullopt;
    const bool hex = command.spec->id == CommandId::SendHex;
    m_resultAlone = command.spec->secondPhaseAnswer == SecondPhaseAnswer::Alone;
    const Signature *signature = CommandCatalog::matchSignature(*command.spec, args);
    if (signature && signature->inlineData) {
        // The data is its own argument: AT+QISEND=0,5,"hello", AT+QISENDEX=0,"3132333435" (LTE),
        // AT+QISENDEX=0,"3132333435",1 (the BG95's <RAI_info> after it, its note 2.3.9).
        const QByteArray &text = args.at(CommandCatalog::argumentIndex(command, hex ? "hex_string" : "data")).text;
        const QByteArray data = hex ? QByteArray::fromHex(text) : text;
        acceptData();
        transmit(id, data);
        return;
    }
    const qint64 fixed = args.size() >= 2 ? args.at(1).toInteger() : -1;
    // Up to Ctrl+Z, no more than the largest send is kept (on the BC25 512
    // bytes, as hex 1024 digits, manual 2.1.4 and 2.1.6); more is refused at the Ctrl+Z.
    const qint64 largest = m_module->profile().limits().maxSendLength;
    const qint64 most = hex ? 2 * largest : largest;
    m_module->enterDataMode(hex && fixed > 0 ? 2 * fixed : fixed, most, [this, id, hex](const QByteArray &typed, VirtualModule::DataEnd end) {
        takeTyped(id, hex, typed, end);
    });
}

void SocketSender::takeTyped(int id, bool hex, const QByteArray &typed, VirtualModule::DataEnd end)
{
    if (end == VirtualModule::DataEnd::Cancelled) {
        m_module->reply();
        return;
    }
    if (end == VirtualModule::DataEnd::TooLong) {
        m_module->replyError(ErrorCodes::InvalidParameters); // past the model's <send_length> limit (its profile)
        return;
    }
    if (hex && !isHexText(typed)) {
        // manual 2.1.6: "parameter is incorrect: ERROR"; never send other bytes than typed
        m_module->replyError(ErrorCodes::InvalidParameters);
        return;
    }
    const QByteArray data = hex ? QByteArray::fromHex(typed) : typed;
    if (data.isEmpty()) {
        m_module->emitRaw("\r\nSEND FAIL\r\n"); // manual 2.1.4, note 3
        return;
    }
    if (data.size() > m_module->profile().limits().maxSendLength) {
        m_module->replyError(ErrorCodes::InvalidParameters);
        return;
    }
    if (!m_slots[size_t(id)].socket) {
        m_module->replyError(ErrorCodes::SocketClosed);
        return;
    }
    acceptData();
    transmit(id, data);
}

void SocketSender::acceptData()
{
    // The BC25 takes the data with OK, then says SEND OK (manual 2.1.4); the
    // LTE modules print SEND OK or SEND FAIL alone (their notes: "> ", the
    // data, SEND OK), as the model's table says.
    if (!m_resultAlone)
        m_module->reply();
}

void SocketSender::transmit(int id, const QByteArray &data)
{
    SimSocket *socket = m_slots[size_t(id)].socket;
    m_slots[size_t(id)].sentTotal += data.size();
    const int serial = ++m_serial;
    m_pending = PendingSend {id, serial, false};
    const int delay = m_module->config().sendAckDelayMs;
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(socket, &SimSocket::written, this, [this, connection, delay, serial](bool ok) {
        disconnect(*connection);
        if (!m_pending || m_pending->serial != serial)
            return;
        m_pending->written = ok;
        if (!ok) {
            finish(false);
            return;
        }
        QTimer::singleShot(delay, this, [this, serial] {
            if (m_pending && m_pending->serial == serial)
                finish(true);
        });
    });
    if (m_to)
        socket->sendTo(data, m_to->host, m_to->port);
    else
        socket->send(data);
}

void SocketSender::settle(int id)
{
    if (!m_pending || m_pending->id != id)
        return;
    // The socket goes away before the kernel confirmed the bytes: whatever
    // the kernel can still take counts as sent (manual 2.1.4, note 1: SEND OK
    // means the data reached the protocol stack), the rest fails.
    SimSocket *socket = m_slots[size_t(id)].socket;
    const bool ok = m_pending->written || (socket && socket->flushToKernel());
    finish(ok);
}

void SocketSender::drop(int id)
{
    if (m_pending && m_pending->id == id)
        m_pending.reset();
}

void SocketSender::finish(bool ok)
{
    m_pending.reset();
    m_module->emitRaw(ok ? "\r\nSEND OK\r\n" : "\r\nSEND FAIL\r\n");
}

} // namespace bc25::sim
