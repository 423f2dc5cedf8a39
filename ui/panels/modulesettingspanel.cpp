// SPDX-License-Identifier: MIT
#include "modulesettingspanel.h"
#include "views/steadylayout.h"

#include "modulecontrols.h"
#include "erroradvice.h"

#include "bc25/errorcodes.h"
#include "profile/moduleprofile.h"
#include "session/modulesession.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <functional>

namespace bc25::ui {

ModuleSettingsPanel::ModuleSettingsPanel(ModuleSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_viewMode(new QCheckBox(tr("View mode 1: data on the header line (\"viewmode\")"), this))
    , m_showLength(new QCheckBox(tr("Show lengths in buffer access mode (\"showlength\")"), this))
    , m_recvHex(new QCheckBox(tr("Receive data as hex text (\"dataformat\")"), this))
    , m_keepAlive(new QCheckBox(tr("TCP keepalive"), this))
    , m_idle(new QSpinBox(this))
    , m_interval(new QSpinBox(this))
    , m_count(new QSpinBox(this))
    , m_lastError(new QLabel(this))
    , m_status(new QLabel(this))
{
    // The model's ranges (the BC25's: manual 2.1.13), from its command table.
    const CommandSpec *keepAlive = session->profile().spec(CommandId::KeepAlive);
    const auto rangeOf = [keepAlive](QSpinBox *box, QByteArrayView name) {
        for (const Signature &signature : keepAlive ? keepAlive->writeSignatures : QList<Signature> {}) {
            for (const ParameterSpec &p : signature.parameters) {
                if (p.name == name)
                    box->setRange(int(p.min), int(p.max));
            }
        }
    };
    rangeOf(m_idle, "keepalive_idle_time");
    m_idle->setSuffix(tr(" s"));
    rangeOf(m_interval, "keepalive_interval_time");
    m_interval->setSuffix(tr(" s"));
    rangeOf(m_count, "keepalive_count");
    SteadyLayout::wrapChangingText(m_lastError);
    SteadyLayout::wrapChangingText(m_status);

    auto *data = new QGroupBox(tr("Data (AT+QICFG)"), this);
    auto *dataLayout = new QVBoxLayout(data);
    dataLayout->addWidget(m_viewMode);
    dataLayout->addWidget(m_showLength);
    m_showLength->setVisible(session->configuration()->hasShowLength()); // not every model has it
    dataLayout->addWidget(m_recvHex);
    auto *applyData = new QPushButton(tr("Apply"), data);
    ModuleControls::mark(applyData);
    dataLayout->addWidget(applyData);

    auto *keep = new QGroupBox(tr("Keepalive (AT+QIKALIVE)"), this);
    auto *keepForm = new QFormLayout(keep);
    keepForm->addRow(m_keepAlive);
    keepForm->addRow(tr("Idle time:"), m_idle);
    keepForm->addRow(tr("Interval:"), m_interval);
    keepForm->addRow(tr("Probes:"), m_count);
    auto *applyKeep = new QPushButton(tr("Apply"), keep);
    ModuleControls::mark(applyKeep);
    keepForm->addRow(applyKeep);

    auto *error = new QGroupBox(tr("Last error (AT+QIGETERROR)"), this);
    auto *errorLayout = new QVBoxLayout(error);
    errorLayout->addWidget(m_lastError);
    auto *query = new QPushButton(tr("Ask the module"), error);
    ModuleControls::mark(query);
    errorLayout->addWidget(query);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(data);
    layout->addWidget(keep);
    layout->addWidget(error);
    layout->addWidget(m_status);
    layout->addStretch();

    auto report = [this](const QString &problem) { m_status->setText(problem); };
    connect(applyData, &QPushButton::clicked, this, [this, report] {
        // Only what differs from what the module confirmed goes out: one
        // AT+QICFG for one box changed, not three (each still believed only on its OK).
        const ModuleSettings &confirmed = m_session->settings();
        ModuleConfiguration *configuration = m_session->configuration();
        QString problem;
        bool sent = false;
        const auto apply = [&problem, &sent](bool differs, const std::function<QString()> &set) {
            if (!differs || !problem.isEmpty())
                return;
            problem = set();
            sent = sent || problem.isEmpty();
        };
        const bool viewMode = m_viewMode->isChecked();
        const bool showLength = m_showLength->isChecked();
        const bool recvHex = m_recvHex->isChecked();
        apply(viewMode != confirmed.viewMode, [=] { return configuration->setViewMode(viewMode); });
        apply(configuration->hasShowLength() && showLength != confirmed.showLength,
              [=] { return configuration->setShowLength(showLength); });
        // The panel's data format sends text (the consoles' sends assume it): a module set to hex sends differs too.
        apply(recvHex != confirmed.recvHex || confirmed.sendHex, [=] { return configuration->setDataFormat(false, recvHex); });
        report(problem.isEmpty() && !sent ? tr("Nothing to apply: the module already has these settings.") : problem);
    });
    connect(applyKeep, &QPushButton::clicked, this, [this, report] {
        KeepAlive k;
        k.on = m_keepAlive->isChecked();
        k.idleSeconds = m_idle->value();
        k.intervalSeconds = m_interval->value();
        k.count = m_count->value();
        // As the data group: nothing goes out when the module already has it
        // (off is off, whatever the times beside it say).
        const KeepAlive &confirmed = m_session->settings().keepAlive;
        const bool differs = k.on != confirmed.on
            || (k.on && (k.idleSeconds != confirmed.idleSeconds || k.intervalSeconds != confirmed.intervalSeconds || k.count != confirmed.count));
        report(differs ? m_session->configuration()->setKeepAlive(k) : tr("Nothing to apply: the module already has these settings."));
    });
    connect(query, &QPushButton::clicked, m_session->commands(), &CommandRunner::readLastError);
    connect(session->configuration(), &ModuleConfiguration::changed, this, &ModuleSettingsPanel::refresh);
    connect(session, &ModuleSession::forgotten, m_status, &QLabel::clear); // the module that was
    refresh();
}

void ModuleSettingsPanel::refresh()
{
    const ModuleSettings &s = m_session->settings();
    m_viewMode->setChecked(s.viewMode);
    m_showLength->setChecked(s.showLength);
    m_recvHex->setChecked(s.recvHex);
    m_keepAlive->setChecked(s.keepAlive.on);
    m_idle->setValue(s.keepAlive.idleSeconds);
    m_interval->setValue(s.keepAlive.intervalSeconds);
    m_count->setValue(s.keepAlive.count);
    // The last error the session saw, and when: a 0 read before a later 565 is not the latest.
    m_lastError->setText(s.lastErrorTime.isValid()
                                 ? tr("%1, read at %2").arg(ErrorCodes::describe(s.lastError.code),
                                                            s.lastErrorTime.toString(QStringLiteral("HH:mm:ss")))
                                 : tr("None read yet: Ask the module."));
    // What to do about it on this model (AT+QIACT for a BG96's 561), as every view that shows a code says.
    m_lastError->setToolTip(s.lastErrorTime.isValid()
                                    ? ErrorAdvice::withAdvice(m_lastError->text(), s.lastError.code, m_session->profile())
                                    : QString());
}

QString ModuleSettingsPanel::lastErrorToolTip() const
{
    return m_lastError->toolTip();
}

QString ModuleSettingsPanel::lastErrorText() const
{
    return m_lastError->text();
}

} // namespace bc25::ui
