// SPDX-License-Identifier: MIT
#pragma once

#include <QSerialPort>
#include <QString>

namespace bc25::transport {

// What to do with a modem control line (RTS, DTR) once the port is open.
enum class ControlSignal : quint8 {
    AsIs, // leave it as the driver opened it
    On,
    Off,
};

// Everything needed to open a serial line. The BC25 main UART defaults to
// 9600 8N1 with auto-bauding; USB bridges commonly run at 115200.
struct SerialSettings
{
    QString portName;
    qint32 baudRate = 115200;
    QSerialPort::DataBits dataBits = QSerialPort::Data8;
    QSerialPort::Parity parity = QSerialPort::NoParity;
    QSerialPort::StopBits stopBits = QSerialPort::OneStop;
    QSerialPort::FlowControl flowControl = QSerialPort::NoFlowControl;
    // Quectel's FAQ has QCOM users set RTS, and some boards wire RTS or DTR to a
    // module's reset or power key: each is left alone unless the profile says.
    // RTS belongs to the flow control when that is RTS/CTS.
    ControlSignal requestToSend = ControlSignal::AsIs;
    ControlSignal dataTerminalReady = ControlSignal::AsIs;

    bool operator==(const SerialSettings &) const = default;
};

} // namespace bc25::transport
