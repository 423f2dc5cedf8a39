// SPDX-License-Identifier: MIT
#pragma once

#include <QSerialPort>
#include <QString>

namespace bc25::transport {

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
};

} // namespace bc25::transport
