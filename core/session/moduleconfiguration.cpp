// SPDX-License-Identifier: MIT
#include "moduleconfiguration.h"

#include "at/commandengine.h"
#include "bc25/commandcatalog.h"
#include "bc25/errorcodes.h"
#include "commandrunner.h"

namespace bc25 {

ModuleConfiguration::ModuleConfiguration(CommandRunner *runner, QObject *parent)
    : QObject(parent)
    , m_runner(runner)
{
    // QICFG's settings change only on the module's confirmation (the assembler's rule).
    connect(runner->engine(), &at::CommandEngine::settingsChanged, this, &ModuleConfiguration::onStreamSettings);
    connect(runner, &CommandRunner::lastErrorRead, this, &ModuleConfiguration::takeLastError);
    // A failure told in an answer (+QIOPEN: 0,566, +QIURC: "dnsgip",565) is the
    // module's last error too, whoever sent the command: Settings never shows
    // a 0 read before it as the latest.
    connect(runner->engine(), &at::CommandEngine::transactionFinished, this, &ModuleConfiguration::onTransaction);
}

void ModuleConfiguration::takeLastError(const LastError &error)
{
    m_settings.lastError = error;
    m_settings.lastErrorTime = QDateTime::currentDateTime();
    emit changed();
}

void ModuleConfiguration::onTransaction(const at::Transaction &t)
{
    // The <err> of its answer (manual chapter 3), the second phase's first.
    for (const QList<at::ResultLine> *lines : {&t.operation.lines, &t.lines}) {
        for (const at::ResultLine &line : *lines) {
            const int code = line.isFinal() ? -1 : CommandCatalog::errorCode(line);
            if (code > ErrorCodes::Success) {
                takeLastError(LastError {code, ErrorCodes::describe(code)});
                return;
            }
        }
    }
}

void ModuleConfiguration::onStreamSettings(const at::ParserSettings &parser)
{
    if (parser.viewMode == m_settings.viewMode && parser.showLength == m_settings.showLength
        && parser.recvHex == m_settings.recvHex && parser.sendHex == m_settings.sendHex)
        return;
    m_settings.viewMode = parser.viewMode;
    m_settings.showLength = parser.showLength;
    m_settings.recvHex = parser.recvHex;
    m_settings.sendHex = parser.sendHex;
    emit changed();
}

void ModuleConfiguration::read()
{
    // QICFG with the value left out prints the current setting; the assembler learns from the answer.
    // A key the model's AT+QICFG lacks is not asked (the EC200U has no "showlength").
    for (const char *key : {"dataformat", "viewmode", "showlength"}) {
        if (BuildResult query = Commands::queryConfig(m_runner->catalog(), key); query.ok())
            m_runner->submit(std::move(query));
    }
    m_runner->submit(Commands::queryKeepAlive(m_runner->catalog()), [this](const at::Transaction &t) {
        for (const at::ResultLine &line : t.lines) {
            if (const auto keepAlive = KeepAlive::parse(line)) {
                m_settings.keepAlive = *keepAlive;
                emit changed();
            }
        }
    });
    // The model's form: a context first on the LTE modules and the BC660K, and in their answer.
    const int first = Commands::dnsServersPerContext(m_runner->catalog()) ? 1 : 0;
    m_runner->submit(Commands::queryDnsServers(m_runner->catalog()), [this, first](const at::Transaction &t) {
        const QByteArray &name = CommandCatalog::resultName(CommandId::DnsServers);
        for (const at::ResultLine &line : t.lines) {
            if (line.name == name) {
                m_settings.primaryDns = QString::fromLatin1(line.field(first).text);
                m_settings.secondaryDns = QString::fromLatin1(line.field(first + 1).text);
                emit changed();
            }
        }
    });
}

QString ModuleConfiguration::configure(BuildResult built, std::function<void()> onConfirmed)
{
    if (!built.ok())
        return built.error;
    built.command.source = at::Source::Panel;
    m_runner->submit(std::move(built), [this, onConfirmed = std::move(onConfirmed)](const at::Transaction &t) {
        if (!t.ok()) {
            emit m_runner->commandFailed(CommandRunner::failureText(t));
            return;
        }
        if (onConfirmed)
            onConfirmed();
    });
    return {};
}

QString ModuleConfiguration::setDataFormat(bool sendHex, bool recvHex)
{
    return configure(Commands::setDataFormat(m_runner->catalog(), sendHex ? 1 : 0, recvHex ? 1 : 0));
}

QString ModuleConfiguration::setViewMode(bool on)
{
    return configure(Commands::setViewMode(m_runner->catalog(), on ? 1 : 0));
}

QString ModuleConfiguration::setShowLength(bool on)
{
    return configure(Commands::setShowLength(m_runner->catalog(), on ? 1 : 0));
}

bool ModuleConfiguration::hasShowLength() const
{
    return Commands::queryConfig(m_runner->catalog(), "showlength").ok();
}

QString ModuleConfiguration::setKeepAlive(const KeepAlive &keepAlive)
{
    BuildResult built = keepAlive.on
            ? Commands::setKeepAlive(m_runner->catalog(), true, keepAlive.idleSeconds, keepAlive.intervalSeconds, keepAlive.count)
            : Commands::setKeepAlive(m_runner->catalog(), false);
    return configure(std::move(built), [this, keepAlive] {
        m_settings.keepAlive = keepAlive;
        emit changed();
    });
}

QString ModuleConfiguration::setDnsServers(const QString &primary, const QString &secondary)
{
    return configure(Commands::setDnsServers(m_runner->catalog(), primary, secondary), [this, primary, secondary] {
        m_settings.primaryDns = primary;
        m_settings.secondaryDns = secondary;
        emit changed();
    });
}

void ModuleConfiguration::forget()
{
    if (m_settings.lastError.code == 0 && m_settings.lastError.description.isEmpty())
        return;
    m_settings.lastError = LastError {};
    m_settings.lastErrorTime = {};
    emit changed();
}

} // namespace bc25
