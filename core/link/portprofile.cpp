// SPDX-License-Identifier: MIT
#include "portprofile.h"

#include <QSettings>
#include <QUrl>

#include <utility>

namespace bc25::link {

namespace {

using transport::ControlSignal;

// A path holds '/', which QSettings reads as a group separator: percent-encoded,
// every path is one group of its own.
QString groupOf(const QString &portPath)
{
    return QStringLiteral("portProfiles/") + QString::fromLatin1(QUrl::toPercentEncoding(portPath));
}

template<typename Value, size_t N>
QString nameOf(const std::pair<Value, const char *> (&names)[N], Value value)
{
    for (const auto &[v, name] : names) {
        if (v == value)
            return QLatin1String(name);
    }
    return QLatin1String(names[0].second);
}

template<typename Value, size_t N>
Value valueNamed(const std::pair<Value, const char *> (&names)[N], const QVariant &stored, Value fallback)
{
    const QString text = stored.toString();
    for (const auto &[v, name] : names) {
        if (text == QLatin1String(name))
            return v;
    }
    return fallback;
}

const std::pair<QSerialPort::Parity, const char *> ParityNames[] = {
    {QSerialPort::NoParity, "none"}, {QSerialPort::EvenParity, "even"}, {QSerialPort::OddParity, "odd"},
    {QSerialPort::SpaceParity, "space"}, {QSerialPort::MarkParity, "mark"},
};
const std::pair<QSerialPort::StopBits, const char *> StopBitNames[] = {
    {QSerialPort::OneStop, "1"}, {QSerialPort::OneAndHalfStop, "1.5"}, {QSerialPort::TwoStop, "2"},
};
const std::pair<QSerialPort::FlowControl, const char *> FlowNames[] = {
    {QSerialPort::NoFlowControl, "none"}, {QSerialPort::HardwareControl, "rts/cts"},
    {QSerialPort::SoftwareControl, "xon/xoff"},
};
const std::pair<QSerialPort::DataBits, const char *> DataBitNames[] = {
    {QSerialPort::Data8, "8"}, {QSerialPort::Data7, "7"}, {QSerialPort::Data6, "6"}, {QSerialPort::Data5, "5"},
};
const std::pair<ControlSignal, const char *> SignalNames[] = {
    {ControlSignal::AsIs, "as is"}, {ControlSignal::On, "on"}, {ControlSignal::Off, "off"},
};

} // namespace

QString PortProfile::settingsGroup(const QString &portPath)
{
    return groupOf(portPath);
}

std::optional<PortProfile> PortProfile::load(const QSettings &settings, const QString &portPath)
{
    const QString group = groupOf(portPath) + QLatin1Char('/');
    if (portPath.isEmpty() || !settings.contains(group + QStringLiteral("baud")))
        return std::nullopt;
    auto value = [&](const char *key) { return settings.value(group + QLatin1String(key)); };
    PortProfile p;
    const transport::SerialSettings defaults;
    p.serial.portName = portPath;
    bool baudOk = false;
    const qint32 baud = value("baud").toInt(&baudOk);
    p.serial.baudRate = baudOk && baud > 0 ? baud : defaults.baudRate;
    p.serial.dataBits = valueNamed(DataBitNames, value("dataBits"), defaults.dataBits);
    p.serial.parity = valueNamed(ParityNames, value("parity"), defaults.parity);
    p.serial.stopBits = valueNamed(StopBitNames, value("stopBits"), defaults.stopBits);
    p.serial.flowControl = valueNamed(FlowNames, value("flowControl"), defaults.flowControl);
    p.serial.requestToSend = valueNamed(SignalNames, value("rts"), defaults.requestToSend);
    p.serial.dataTerminalReady = valueNamed(SignalNames, value("dtr"), defaults.dataTerminalReady);
    p.lineEnding = at::lineEndingNamed(value("lineEnding").toString().toLatin1());
    return p;
}

void PortProfile::save(QSettings &settings) const
{
    if (serial.portName.isEmpty())
        return; // the built-in module has no port to remember
    settings.beginGroup(groupOf(serial.portName));
    settings.setValue(QStringLiteral("baud"), serial.baudRate);
    settings.setValue(QStringLiteral("dataBits"), nameOf(DataBitNames, serial.dataBits));
    settings.setValue(QStringLiteral("parity"), nameOf(ParityNames, serial.parity));
    settings.setValue(QStringLiteral("stopBits"), nameOf(StopBitNames, serial.stopBits));
    settings.setValue(QStringLiteral("flowControl"), nameOf(FlowNames, serial.flowControl));
    settings.setValue(QStringLiteral("rts"), nameOf(SignalNames, serial.requestToSend));
    settings.setValue(QStringLiteral("dtr"), nameOf(SignalNames, serial.dataTerminalReady));
    settings.setValue(QStringLiteral("lineEnding"), QString::fromLatin1(at::lineEndingName(lineEnding)));
    settings.endGroup();
}

} // namespace bc25::link
