// SPDX-License-Identifier: MIT
#include "dnspanel.h"
#include "views/steadylayout.h"

#include "modulecontrols.h"

#include "profile/moduleprofile.h"
#include "session/modulesession.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace bc25::ui {

DnsPanel::DnsPanel(ModuleSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_host(new QLineEdit(QStringLiteral("localhost"), this))
    , m_addresses(new QListWidget(this))
    , m_result(new QLabel(this))
    , m_primary(new QLineEdit(this))
    , m_secondary(new QLineEdit(this))
{
    SteadyLayout::wrapChangingText(m_result);
    auto *lookup = new QPushButton(tr("Look up"), this);
    ModuleControls::mark(lookup);
    auto *row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("Host name:"), this));
    row->addWidget(m_host, 1);
    row->addWidget(lookup);

    auto *servers = new QGroupBox(tr("DNS servers (AT+QIDNSCFG)"), this);
    auto *form = new QFormLayout(servers);
    m_primary->setPlaceholderText(tr("e.g. 114.114.114.114"));
    m_secondary->setPlaceholderText(tr("optional"));
    form->addRow(tr("Primary:"), m_primary);
    form->addRow(tr("Secondary:"), m_secondary);
    auto *apply = new QPushButton(tr("Set"), servers);
    ModuleControls::mark(apply);
    form->addRow(apply);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(m_addresses, 1);
    layout->addWidget(m_result);
    layout->addWidget(servers);

    connect(lookup, &QPushButton::clicked, this, [this] { lookUp(m_host->text().trimmed()); });
    connect(m_host, &QLineEdit::returnPressed, this, [this] { lookUp(m_host->text().trimmed()); });
    connect(apply, &QPushButton::clicked, this, [this] {
        const QString error = m_session->configuration()->setDnsServers(m_primary->text().trimmed(), m_secondary->text().trimmed());
        m_result->setText(error.isEmpty() ? tr("DNS servers sent to the module.") : error);
    });
    connect(session->tools(), &NetworkTools::hostLookedUp, this, &DnsPanel::onLookedUp);
    connect(session, &ModuleSession::forgotten, m_result, &QLabel::clear); // the module that was
    connect(session->configuration(), &ModuleConfiguration::changed, this, [this] {
        if (!m_primary->hasFocus())
            m_primary->setText(m_session->settings().primaryDns);
        if (!m_secondary->hasFocus())
            m_secondary->setText(m_session->settings().secondaryDns);
    });
}

QString DnsPanel::lookUp(const QString &host)
{
    m_host->setText(host);
    // The model's own context (the BC660K has only 0), not the BC25's 1.
    const QString error = m_session->tools()->lookUpHost(m_session->profile().limits().firstContext, host);
    m_addresses->clear();
    m_result->setText(error.isEmpty() ? tr("Looking up %1…").arg(host) : error);
    return error;
}

void DnsPanel::onLookedUp(bool ok, const QString &host, const DnsResult &result, const QString &message)
{
    m_addresses->clear();
    if (!ok) {
        m_result->setText(tr("%1: %2").arg(host, message));
        return;
    }
    m_addresses->addItems(result.addresses);
    m_result->setText(tr("%1: %n address(es), time to live %2 s", nullptr, int(result.addresses.size()))
                              .arg(host, QString::number(result.ttl)));
}

QStringList DnsPanel::addresses() const
{
    QStringList list;
    for (int i = 0; i < m_addresses->count(); ++i)
        list << m_addresses->item(i)->text();
    return list;
}

QString DnsPanel::resultText() const
{
    return m_result->text();
}

} // namespace bc25::ui
