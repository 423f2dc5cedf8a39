// SPDX-License-Identifier: MIT
#include "modulestatus.h"

#include "at/atcommand.h"
#include "bc25/commandcatalog.h"
#include "bc25/commands.h"
#include "commandrunner.h"
#include "profile/modelidentification.h"
#include "profile/moduleprofile.h"

#include <memory>

namespace bc25 {

ModuleStatus::ModuleStatus(CommandRunner *runner, QObject *parent)
    : QObject(parent)
    , m_runner(runner)
{
}

void ModuleStatus::identify(std::function<void(Heard heard)> then)
{
    // A module in light sleep may lose the first command that wakes it; let that be a plain AT.
    auto attentionAnswered = std::make_shared<bool>(false);
    m_runner->submit(Commands::attention(m_runner->catalog()), [attentionAnswered](const at::Transaction &t) { *attentionAnswered = t.answered(); });
    m_firmwareAsked = false;
    m_runner->submit(Commands::identify(m_runner->catalog()), [this, attentionAnswered, then = std::move(then)](const at::Transaction &t) {
        if (t.ok()) {
            m_info.identification.clear();
            for (const at::ResultLine &line : t.lines) {
                if (!line.isFinal())
                    m_info.identification << moduleText(line.text.trimmed());
            }
            identifyModel();
        }
        // A silent module is asked nothing more: each read would hold the next
        // command (a recipe's first) for its time limit. The revision (and the
        // firmware, for a model ATI named) keep their place before the session's reads.
        if (t.answered()) {
            readRevision();
            readFirmware();
        }
        if (then)
            then(t.answered() ? Heard::Identification : *attentionAnswered ? Heard::AttentionOnly : Heard::Nothing);
        if (t.ok())
            emit changed();
    });
}

void ModuleStatus::reidentify(std::function<void(Heard heard)> then)
{
    // The network state went with the reboot too; it is read again after identification.
    const bool hadModel = !m_info.model.isEmpty();
    m_info = ModuleInfo {};
    if (hadModel)
        emit modelIdentified({});
    emit changed();
    identify(std::move(then));
}

QString ModuleStatus::moduleText(QByteArrayView bytes)
{
    QString text;
    text.reserve(bytes.size());
    for (const char c : bytes) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte >= 0x20 && byte < 0x7f)
            text += QLatin1Char(c);
        else
            text += QStringLiteral("\\x%1").arg(byte, 2, 16, QLatin1Char('0'));
    }
    return text;
}

void ModuleStatus::identifyModel()
{
    const QByteArray model = profile::ModelIdentification::identify(m_info.identification, m_info.revision, m_info.firmware);
    if (model == m_info.model)
        return;
    m_info.model = model;
    emit modelIdentified(model);
}

void ModuleStatus::readFirmware()
{
    // Only a model whose sources give AT+QGMR is asked it (the BG95: AT+CGMR
    // there is the base build alone); another would answer ERROR.
    const auto identified = profile::ModuleProfile::byId(m_info.model);
    if (m_firmwareAsked || !identified || !identified->hasFirmwareRevision())
        return;
    const BuildResult command = Commands::firmwareRevision(identified->catalog());
    if (!command.ok())
        return;
    m_firmwareAsked = true;
    m_runner->submit(command, [this](const at::Transaction &t) {
        if (!t.ok() || t.lines.size() < 2)
            return;
        m_info.firmware = moduleText(t.lines.constFirst().text.trimmed());
        identifyModel();
        emit changed();
    });
}

void ModuleStatus::readRevision()
{
    m_runner->submit(Commands::revision(m_runner->catalog()), [this](const at::Transaction &t) {
        if (!t.ok() || t.lines.size() < 2)
            return;
        const at::ResultLine &line = t.lines.constFirst();
        QString revision = moduleText(line.prefixed ? line.field(0).text : line.text.trimmed());
        // Quectel prints "Revision: BC25JAR01A04": the label is the module's
        // English, not a part of the revision; the window says it in its language.
        if (revision.startsWith(QLatin1String("Revision:"), Qt::CaseInsensitive))
            revision = revision.mid(int(qstrlen("Revision:"))).trimmed();
        m_info.revision = revision;
        // ATI may not have named the model; the revision's prefix may (and a model with AT+QGMR is asked it now).
        identifyModel();
        readFirmware();
        emit changed();
    });
}

void ModuleStatus::refresh()
{
    m_runner->submit(Commands::signalQuality(m_runner->catalog()), [this](const at::Transaction &t) {
        if (const at::ResultLine *line = answerLine(t, CommandId::SignalQuality)) {
            m_info.rssi = int(line->integer(0, 99));
            m_info.ber = int(line->integer(1, 99));
            emit changed();
        }
        if (t.answered())
            refreshNetwork();
    });
}

void ModuleStatus::refreshNetwork()
{
    m_runner->submit(Commands::registrationStatus(m_runner->catalog()), [this](const at::Transaction &t) {
        if (const at::ResultLine *line = answerLine(t, CommandId::Registration)) {
            m_info.registrationReporting = int(line->integer(0, -1));
            m_info.registration = int(line->integer(1, -1));
            emit changed();
        }
    });
    m_runner->submit(Commands::attachState(m_runner->catalog()), [this](const at::Transaction &t) {
        if (const at::ResultLine *line = answerLine(t, CommandId::Attach)) {
            m_info.attached = int(line->integer(0, -1));
            emit changed();
        }
    });
    m_runner->submit(Commands::pdpAddress(m_runner->catalog()), [this](const at::Transaction &t) {
        // One line per context; the last one with an address wins.
        const QByteArray &name = CommandCatalog::resultName(CommandId::PdpAddress);
        for (const at::ResultLine &line : t.lines) {
            if (line.name == name && line.fieldCount() >= 2) {
                m_info.pdpAddress = QString::fromLatin1(line.field(1).text);
                emit changed();
            }
        }
    });
}

void ModuleStatus::forget()
{
    const bool hadModel = !m_info.model.isEmpty();
    m_info = ModuleInfo {};
    m_firmwareAsked = false;
    if (hadModel)
        emit modelIdentified({});
    emit changed();
}

QString ModuleStatus::registrationText(int stat)
{
    switch (stat) {
    case 0: return tr("not registered");
    case 1: return tr("registered, home");
    case 2: return tr("searching");
    case 3: return tr("registration denied");
    case 5: return tr("registered, roaming");
    default: return tr("registration unknown");
    }
}

} // namespace bc25
