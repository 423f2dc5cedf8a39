// SPDX-License-Identifier: MIT
#include "ntppanel.h"
#include "views/steadylayout.h"

#include "modulecontrols.h"

#include "profile/moduleprofile.h"
#include "session/modulesession.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace bc25::ui {

NtpPanel::NtpPanel(ModuleSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_server(new QLineEdit(QStringLiteral("pool.ntp.org"), this))
    , m_port(new QSpinBox(this))
    , m_setClock(new QCheckBox(tr("Set the module's clock (autosettime 1)"), this))
    , m_result(new QLabel(this))
{
    // <port>'s range as the model's table gives it (manual 2.1.9 on the BC25).
    if (const CommandSpec *ntp = session->profile().spec(CommandId::Ntp)) {
        for (const ParameterSpec &p : ntp->writeSignatures.constFirst().parameters) {
            if (p.name == "port")
                m_port->setRange(int(p.min), int(p.max));
        }
    }
    m_port->setValue(123);
    SteadyLayout::wrapChangingText(m_result);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *sync = new QPushButton(tr("Synchronise"), this);
    ModuleControls::mark(sync);
    auto *form = new QFormLayout(this);
    form->addRow(tr("NTP server:"), m_server);
    form->addRow(tr("Port:"), m_port);
    form->addRow(m_setClock);
    form->addRow(sync);
    form->addRow(m_result);
    connect(sync, &QPushButton::clicked, this, &NtpPanel::synchronize);
    connect(m_server, &QLineEdit::returnPressed, this, &NtpPanel::synchronize);
    connect(session->tools(), &NetworkTools::timeSynchronized, this, &NtpPanel::onSynchronized);
    connect(session, &ModuleSession::forgotten, m_result, &QLabel::clear); // the module that was
}

void NtpPanel::setServer(const QString &server, int port)
{
    m_server->setText(server);
    m_port->setValue(port);
}

QString NtpPanel::synchronize()
{
    // The model's own context (the BC660K has only 0), not the BC25's 1; the
    // command's name is the model's too (AT+QNTP there), from its catalog.
    const int context = m_session->profile().limits().firstContext;
    const QString error = m_session->tools()->synchronizeTime(context, m_server->text().trimmed(), m_port->value(), m_setClock->isChecked());
    m_result->setText(error.isEmpty() ? tr("Asking %1…").arg(m_server->text().trimmed()) : error);
    return error;
}

void NtpPanel::onSynchronized(bool ok, const NtpTime &time, const QString &message)
{
    if (!ok) {
        m_result->setText(tr("Synchronisation failed: %1").arg(message));
        return;
    }
    const QDateTime pc = QDateTime::currentDateTimeUtc();
    if (!time.utc.isValid()) {
        m_result->setText(tr("The module answered %1, which is not a time this tool can read.").arg(time.text));
        return;
    }
    // The module prints whole seconds: within a second, the clocks agree.
    const qint64 ahead = pc.msecsTo(time.utc);
    const QString seconds = QString::number(qAbs(ahead) / 1000.0, 'f', 1);
    const QString verdict = qAbs(ahead) < 1000 ? tr("The module's clock agrees with this PC's (within 1 s).")
                          : ahead > 0          ? tr("The module's clock is %1 s ahead of this PC's.").arg(seconds)
                                               : tr("The module's clock is %1 s behind this PC's.").arg(seconds);
    m_result->setText(tr("Module: %1 (as printed: %2)\nThis PC: %3\n%4")
                              .arg(time.utc.toString(Qt::ISODate), time.text, pc.toString(Qt::ISODate), verdict));
}

QString NtpPanel::server() const
{
    return m_server->text();
}

int NtpPanel::port() const
{
    return m_port->value();
}

QString NtpPanel::resultText() const
{
    return m_result->text();
}

} // namespace bc25::ui
