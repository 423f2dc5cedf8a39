// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>

#include "bc25/responses.h"

#include <QObject>
#include <QString>

namespace bc25::at { struct ParserSettings; struct Transaction; }

namespace bc25 {

class CommandRunner;

struct ModuleSettings
{
    bool viewMode = false;
    bool showLength = false;
    bool sendHex = false;
    bool recvHex = false;
    KeepAlive keepAlive;
    QString primaryDns;
    QString secondaryDns;
    LastError lastError;
    // When lastError was read: from AT+QIGETERROR's answer or from the <err> of
    // any answer the session saw (+QIURC: "dnsgip",565); invalid before either.
    QDateTime lastErrorTime;
};

// The module's optional settings as it confirmed them: QICFG's data format,
// view mode and show length (as the transaction assembler applied them),
// TCP keepalive (AT+QIKALIVE), DNS servers (AT+QIDNSCFG) and the last error.
class ModuleConfiguration final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ModuleConfiguration)
public:
    explicit ModuleConfiguration(CommandRunner *runner, QObject *parent = nullptr);

    [[nodiscard]] const ModuleSettings &settings() const { return m_settings; }
    // Asks the module for every setting (after connecting).
    void read();
    // Each validates first; a refusal returns the reason and sends nothing. A
    // failure is reported by the runner's commandFailed; nothing changes then.
    QString setDataFormat(bool sendHex, bool recvHex);
    QString setViewMode(bool on);
    QString setShowLength(bool on);
    // Whether the model's AT+QICFG has "showlength" (the EC200U's has none: its note 2.4.1).
    [[nodiscard]] bool hasShowLength() const;
    QString setKeepAlive(const KeepAlive &keepAlive);
    QString setDnsServers(const QString &primary, const QString &secondary);
    // The module is gone: its last error is not the next module's.
    void forget();

signals:
    void changed();

private:
    QString configure(BuildResult built, std::function<void()> onConfirmed = {});
    void onStreamSettings(const at::ParserSettings &settings);
    void onTransaction(const at::Transaction &transaction);
    void takeLastError(const LastError &error);

    CommandRunner *m_runner;
    ModuleSettings m_settings;
};

} // namespace bc25
