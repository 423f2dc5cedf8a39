// SPDX-License-Identifier: MIT
// Port profiles in a settings file: saved and loaded per device path (a
// ttyUSB name and a by-id name are two ports), every field round-trips,
// stored by name, and a damaged value falls back to its default alone.

#include "link/portprofile.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace bc25;
using link::PortProfile;
using transport::ControlSignal;

class TestPortProfile : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void everyFieldRoundTripsPerPath();
    void aPortWithoutAProfileHasNone();
    void valuesAreStoredByName();
    void aDamagedValueFallsBackAlone();

private:
    QTemporaryDir m_dir;
    QString m_file;
};

namespace {
const QString UsbPath = QStringLiteral("/dev/ttyUSB0");
const QString ByIdPath = QStringLiteral("/dev/serial/by-id/usb-Quectel_BC25-if00-port0:1.0");

PortProfile unusual(const QString &path)
{
    PortProfile p;
    p.serial.portName = path;
    p.serial.baudRate = 9600;
    p.serial.dataBits = QSerialPort::Data7;
    p.serial.parity = QSerialPort::OddParity;
    p.serial.stopBits = QSerialPort::TwoStop;
    p.serial.flowControl = QSerialPort::SoftwareControl;
    p.serial.requestToSend = ControlSignal::On;
    p.serial.dataTerminalReady = ControlSignal::Off;
    p.lineEnding = at::LineEnding::CrLf;
    return p;
}
} // namespace

void TestPortProfile::init()
{
    m_file = m_dir.filePath(QStringLiteral("%1.ini").arg(QString::fromLatin1(QTest::currentTestFunction())));
}

void TestPortProfile::everyFieldRoundTripsPerPath()
{
    const PortProfile usb = unusual(UsbPath);
    PortProfile byId;
    byId.serial.portName = ByIdPath;
    byId.serial.baudRate = 921600;
    byId.serial.flowControl = QSerialPort::HardwareControl;
    byId.lineEnding = at::LineEnding::Lf;
    {
        QSettings settings(m_file, QSettings::IniFormat);
        usb.save(settings);
        byId.save(settings);
    }
    QSettings settings(m_file, QSettings::IniFormat); // read back from the file
    QCOMPARE(PortProfile::load(settings, UsbPath), usb);
    QCOMPARE(PortProfile::load(settings, ByIdPath), byId);
    // Saving again replaces the port's profile, and only that one.
    PortProfile changed = usb;
    changed.serial.baudRate = 115200;
    changed.lineEnding = at::LineEnding::Cr;
    changed.save(settings);
    QCOMPARE(PortProfile::load(settings, UsbPath), changed);
    QCOMPARE(PortProfile::load(settings, ByIdPath), byId);
}

void TestPortProfile::aPortWithoutAProfileHasNone()
{
    QSettings settings(m_file, QSettings::IniFormat);
    unusual(UsbPath).save(settings);
    QVERIFY(!PortProfile::load(settings, QStringLiteral("/dev/ttyUSB1")).has_value());
    QVERIFY(!PortProfile::load(settings, QStringLiteral("/dev")).has_value()); // a path's head is no port
    QVERIFY(!PortProfile::load(settings, QString()).has_value());
    PortProfile virtualModule; // no path: nothing to remember
    virtualModule.save(settings);
    QVERIFY(!PortProfile::load(settings, QString()).has_value());
}

void TestPortProfile::valuesAreStoredByName()
{
    {
        QSettings settings(m_file, QSettings::IniFormat);
        unusual(UsbPath).save(settings);
    }
    QFile file(m_file);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    for (const char *line : {"parity=odd", "flowControl=xon/xoff", "rts=on", "dtr=off", "lineEnding=CRLF", "baud=9600"})
        QVERIFY2(text.contains(line), text.constData());
}

void TestPortProfile::aDamagedValueFallsBackAlone()
{
    {
        QSettings settings(m_file, QSettings::IniFormat);
        unusual(UsbPath).save(settings);
    }
    QFile file(m_file);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QByteArray text = file.readAll();
    file.close();
    text.replace("parity=odd", "parity=purple").replace("baud=9600", "baud=-5").replace("lineEnding=CRLF", "lineEnding=NL");
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(text);
    file.close();
    QSettings settings(m_file, QSettings::IniFormat);
    const std::optional<PortProfile> loaded = PortProfile::load(settings, UsbPath);
    QVERIFY(loaded.has_value());
    const transport::SerialSettings defaults;
    QCOMPARE(loaded->serial.parity, defaults.parity);
    QCOMPARE(loaded->serial.baudRate, defaults.baudRate);
    QCOMPARE(loaded->lineEnding, at::LineEnding::Cr);
    QCOMPARE(loaded->serial.dataBits, QSerialPort::Data7); // the rest as saved
    QCOMPARE(loaded->serial.requestToSend, ControlSignal::On);
}

QTEST_GUILESS_MAIN(TestPortProfile)
#include "tst_portprofile.moc"
