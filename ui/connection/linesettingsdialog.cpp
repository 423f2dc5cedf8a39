// SPDX-License-Identifier: MIT
#include "linesettingsdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>

namespace bc25::ui {

namespace {

using transport::ControlSignal;

void addSignalChoices(QComboBox *box)
{
    box->addItem(LineSettingsDialog::tr("Leave as is"), int(ControlSignal::AsIs));
    box->addItem(LineSettingsDialog::tr("On"), int(ControlSignal::On));
    box->addItem(LineSettingsDialog::tr("Off"), int(ControlSignal::Off));
}

void choose(QComboBox *box, int value)
{
    box->setCurrentIndex(qMax(0, box->findData(value)));
}

} // namespace

LineSettingsDialog::LineSettingsDialog(QWidget *parent)
    : QDialog(parent)
    , m_dataBits(new QComboBox(this))
    , m_parity(new QComboBox(this))
    , m_stopBits(new QComboBox(this))
    , m_flow(new QComboBox(this))
    , m_rts(new QComboBox(this))
    , m_dtr(new QComboBox(this))
    , m_lineEnding(new QComboBox(this))
{
    setWindowTitle(tr("Line settings"));
    for (int bits : {5, 6, 7, 8})
        m_dataBits->addItem(QString::number(bits), bits);
    m_parity->addItem(tr("None"), int(QSerialPort::NoParity));
    m_parity->addItem(tr("Even"), int(QSerialPort::EvenParity));
    m_parity->addItem(tr("Odd"), int(QSerialPort::OddParity));
    m_stopBits->addItem(QStringLiteral("1"), int(QSerialPort::OneStop));
    m_stopBits->addItem(QStringLiteral("2"), int(QSerialPort::TwoStop));
    m_flow->addItem(tr("None"), int(QSerialPort::NoFlowControl));
    m_flow->addItem(tr("RTS/CTS"), int(QSerialPort::HardwareControl));
    m_flow->addItem(tr("XON/XOFF"), int(QSerialPort::SoftwareControl));
    addSignalChoices(m_rts);
    addSignalChoices(m_dtr);
    m_rts->setObjectName(QStringLiteral("rts"));
    m_dtr->setObjectName(QStringLiteral("dtr"));
    m_dtr->setToolTip(tr("Set once the port is open. Some boards wire DTR to the module's reset or power key."));
    for (const at::LineEnding ending : {at::LineEnding::Cr, at::LineEnding::CrLf, at::LineEnding::Lf})
        m_lineEnding->addItem(lineEndingText(ending), int(ending));
    m_lineEnding->setObjectName(QStringLiteral("lineEnding"));
    m_lineEnding->setToolTip(tr("How the terminal ends a typed command. The workbench's own commands end with CR."));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *form = new QFormLayout(this);
    form->addRow(tr("Data bits:"), m_dataBits);
    form->addRow(tr("Parity:"), m_parity);
    form->addRow(tr("Stop bits:"), m_stopBits);
    form->addRow(tr("Flow control:"), m_flow);
    form->addRow(tr("RTS on open:"), m_rts);
    form->addRow(tr("DTR on open:"), m_dtr);
    form->addRow(tr("Terminal line ending:"), m_lineEnding);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_flow, &QComboBox::currentIndexChanged, this, &LineSettingsDialog::updateRts);
    setProfile({});
}

void LineSettingsDialog::setProfile(const link::PortProfile &profile)
{
    m_profile = profile;
    const transport::SerialSettings &s = profile.serial;
    choose(m_dataBits, int(s.dataBits));
    choose(m_parity, int(s.parity));
    choose(m_stopBits, int(s.stopBits));
    choose(m_flow, int(s.flowControl));
    choose(m_rts, int(s.requestToSend));
    choose(m_dtr, int(s.dataTerminalReady));
    choose(m_lineEnding, int(profile.lineEnding));
    updateRts();
}

link::PortProfile LineSettingsDialog::profile() const
{
    link::PortProfile p = m_profile;
    p.serial.dataBits = QSerialPort::DataBits(m_dataBits->currentData().toInt());
    p.serial.parity = QSerialPort::Parity(m_parity->currentData().toInt());
    p.serial.stopBits = QSerialPort::StopBits(m_stopBits->currentData().toInt());
    p.serial.flowControl = QSerialPort::FlowControl(m_flow->currentData().toInt());
    p.serial.requestToSend = ControlSignal(m_rts->currentData().toInt());
    p.serial.dataTerminalReady = ControlSignal(m_dtr->currentData().toInt());
    p.lineEnding = at::LineEnding(m_lineEnding->currentData().toInt());
    return p;
}

void LineSettingsDialog::updateRts()
{
    // With RTS/CTS the driver drives RTS itself; the choice is kept for another flow control.
    const bool hardware = m_flow->currentData().toInt() == int(QSerialPort::HardwareControl);
    m_rts->setEnabled(!hardware);
    m_rts->setToolTip(hardware ? tr("RTS/CTS flow control drives RTS.")
                               : tr("Set once the port is open. Quectel's QCOM users set RTS; some boards wire it to "
                                    "the module's reset or power key."));
}

QString LineSettingsDialog::lineEndingText(at::LineEnding ending)
{
    // The characters' own names, in every language.
    switch (ending) {
    case at::LineEnding::CrLf: return QStringLiteral("CR LF");
    case at::LineEnding::Lf: return QStringLiteral("LF");
    case at::LineEnding::Cr: break;
    }
    return QStringLiteral("CR");
}

QString LineSettingsDialog::summary(const link::PortProfile &profile)
{
    const QSerialPort::Parity parity = profile.serial.parity;
    const char parityLetter = parity == QSerialPort::EvenParity ? 'E' : parity == QSerialPort::OddParity ? 'O' : 'N';
    return QStringLiteral("%1%2%3 · %4")
            .arg(int(profile.serial.dataBits))
            .arg(QLatin1Char(parityLetter))
            .arg(int(profile.serial.stopBits))
            .arg(lineEndingText(profile.lineEnding));
}

} // namespace bc25::ui
