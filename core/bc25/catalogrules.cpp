// SPDX-License-Identifier: MIT
#include "catalogrules.h"

#include "commandcatalog.h"
#include "errorcodes.h"
#include "responses.h"
#include "profile/moduleprofile.h"

namespace bc25 {

CatalogRules::CatalogRules(std::shared_ptr<const profile::ModuleProfile> profile)
    : m_profile(std::move(profile))
{
}

CatalogRules::~CatalogRules() = default;

const at::PayloadGrammar &CatalogRules::payloadGrammar() const
{
    return m_profile->payloadGrammar();
}

at::AtCommand CatalogRules::commandFor(QByteArrayView commandLine) const
{
    // A log repeats a few commands: the last ones are found without a copy or a hash.
    for (const auto &[recentText, recent] : m_recent) {
        if (recent && recentText == commandLine)
            return withFreshOperation(*recent);
    }
    const QByteArray text = commandLine.toByteArray();
    auto cached = m_expectations.constFind(text);
    if (cached == m_expectations.cend()) {
        if (m_expectations.size() >= MaxCachedCommands) {
            m_expectations.clear();
            m_recent.fill({});
        }
        // The profile's catalog takes the line apart and says what the command expects.
        auto command = std::make_shared<at::AtCommand>(m_profile->catalog().expectationOfLine(commandLine));
        command->text = text;
        cached = m_expectations.insert(text, std::move(command));
    }
    m_recent[m_nextRecent] = {cached.key(), cached.value().get()};
    m_nextRecent = (m_nextRecent + 1) % m_recent.size();
    return withFreshOperation(**cached);
}

at::AtCommand CatalogRules::withFreshOperation(const at::AtCommand &cached)
{
    at::AtCommand command = cached;
    if (command.operation)
        command.operation = command.operation->clone(); // second phases keep state of their own
    return command;
}

QList<at::SettingChange> CatalogRules::statedBy(const at::ResultLine &answer) const
{
    const CommandSpec *spec = m_profile->catalog().findByResult(answer.name);
    return spec ? CommandCatalog::statedBy(*spec, answer) : QList<at::SettingChange> {};
}

QList<at::SettingChange> CatalogRules::changedByUrc(const at::ResultLine &urc) const
{
    using Setting = at::SettingChange::Setting;
    // manual 2.2.5: an accepted connection starts in buffer access mode.
    // Views compare the size first (QByteArray == "…" compares memory whatever the size).
    if (QByteArrayView(urc.name) == "QIURC" && QByteArrayView(urc.field(0).text) == "incoming" && urc.field(1).isInteger())
        return {{Setting::AccessMode, int(urc.integer(1)), false}};
    // The module restarted: every socket is gone, and whether it echoes is
    // learned again from its first echo; QICFG stays (saved to NVRAM, manual
    // 2.1.11 note 2) but for the EC200U's "recvind", which is not saved (its
    // note 2.4.1) and is off on every model that lacks it.
    // ATV starts at 1 again too (V.250 6.2.6; the sim keeps no ATV0 across a restart).
    // +QIURC: "closed",<id> (manual 2.2.1): that socket has no access mode until its next open.
    if (const int closed = socketClosedBy(urc); closed >= 0)
        return {{Setting::SocketClosed, closed, false}};
    if (restartedBy(urc))
        return {{Setting::AllBuffer, -1, false}, {Setting::Echo, -1, false}, {Setting::RecvIndication, -1, false},
                {Setting::VerboseResults, -1, true}};
    return {};
}

bool CatalogRules::restartedBy(const at::ResultLine &line) const
{
    // Asked of every line, twice for a URC: the names are looked up once.
    // Views compare the size first (QByteArray == QByteArray compares memory whatever the size).
    static const QByteArrayView ready = CommandCatalog::resultName(ResultId::Ready);
    static const QByteArrayView poweredDown = CommandCatalog::resultName(ResultId::PoweredDown);
    const QByteArrayView name = line.name;
    return name == ready || name == poweredDown;
}

bool CatalogRules::restartedByText(QByteArrayView text) const
{
    // A line without either name is no restart line: most payload lines end here, unparsed.
    if (!text.contains(CommandCatalog::resultName(ResultId::Ready))
        && !text.contains(CommandCatalog::resultName(ResultId::PoweredDown)))
        return false;
    return restartedBy(at::ResultLine::parse(text.toByteArray()));
}

bool CatalogRules::isKnownUrc(const at::ResultLine &line) const
{
    // manual 2.2: the "+QIURC: "<type>",…" lines Urc knows, about a socket the model has
    const std::optional<Urc> urc = Urc::parse(line);
    return urc && urc->type != Urc::Type::Other && (urc->connectId < 0 || m_profile->isSocket(urc->connectId));
}

int CatalogRules::socketClosedBy(const at::ResultLine &line) const
{
    // Asked of every URC: the type alone decides, without reading the whole
    // Urc (its remote address made for each "recv"). As Urc::parse reads "closed".
    static const QByteArray &urc = CommandCatalog::resultName(ResultId::Urc);
    if (QByteArrayView(line.name) != urc || line.fieldCount() < 1 || QByteArrayView(line.field(0).text) != "closed")
        return -1;
    return int(line.integer(1));
}

QString CatalogRules::driftOf(const at::ResultLine &line, const at::ParserSettings &settings) const
{
    return m_profile->expectations().driftOf(line, settings);
}

namespace {

// The error a line carries, as the manual defines where: the <err> of
// +QIOPEN, +QIGETERROR, +QNTTP and the dnsgip header, a ping result, +CME
// and +CMS ERROR, SEND FAIL.
struct LineError
{
    enum class Kind : quint8 { None, TcpIp, Ping, Cme, Cms, SendFail };
    Kind kind = Kind::None;
    int code = -1;
};

LineError errorOf(const at::ResultLine &line)
{
    using Kind = LineError::Kind;
    switch (line.final) {
    case at::ResultLine::Final::CmeError:
        return {Kind::Cme, line.field(0).isInteger() ? int(line.integer(0)) : -1};
    case at::ResultLine::Final::CmsError:
        return {Kind::Cms, line.field(0).isInteger() ? int(line.integer(0)) : -1};
    case at::ResultLine::Final::Error:
    case at::ResultLine::Final::Ok:
        return {};
    case at::ResultLine::Final::None:
        break;
    }
    static const QByteArray &ping = CommandCatalog::resultName(CommandId::Ping);
    static const QByteArray &sendFail = CommandCatalog::resultName(ResultId::SendFail);
    // Ping results are a table of their own (manual chapter 3, Table 2): 0 an echo, 2 done.
    if (line.name == ping) {
        const int result = line.field(0).isInteger() ? int(line.integer(0)) : 0;
        return result != 0 && result != 2 ? LineError {Kind::Ping, result} : LineError {};
    }
    if (line.name == sendFail)
        return {Kind::SendFail, -1};
    const int code = CommandCatalog::errorCode(line);
    return code > 0 ? LineError {Kind::TcpIp, code} : LineError {};
}

} // namespace

QString CatalogRules::errorWords(const at::ResultLine &line)
{
    const LineError error = errorOf(line);
    switch (error.kind) {
    case LineError::Kind::None:
        return {};
    case LineError::Kind::TcpIp:
        return ErrorCodes::text(error.code);
    case LineError::Kind::Ping:
        return ErrorCodes::pingResultText(error.code);
    case LineError::Kind::Cme:
        // After AT+CMEE=2 the module prints the words itself.
        return error.code >= 0 ? ErrorCodes::cmeErrorText(error.code) : QString::fromUtf8(line.field(0).text);
    case LineError::Kind::Cms:
        return ErrorCodes::cmsErrorText(error.code, QString::fromUtf8(line.field(0).text));
    case LineError::Kind::SendFail:
        return CommandCatalog::tr("SEND FAIL: the send buffer is full or the connection is broken.");
    }
    return {};
}

QString CatalogRules::errorText(const at::ResultLine &line) const
{
    return errorTextOf(line);
}

QString CatalogRules::errorTextOf(const at::ResultLine &line)
{
    const LineError error = errorOf(line);
    if (error.kind == LineError::Kind::TcpIp)
        return ErrorCodes::describe(error.code);
    if (error.kind == LineError::Kind::Ping)
        return QStringLiteral("%1 (%2)").arg(error.code).arg(ErrorCodes::pingResultText(error.code));
    return errorWords(line);
}

} // namespace bc25
