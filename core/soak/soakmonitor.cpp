// SPDX-License-Identifier: MIT
#include "soakmonitor.h"

#include "bc25/commandcatalog.h"
#include "at/commandengine.h"
#include "bc25/commands.h"
#include "profile/moduleprofile.h"
#include "session/commandrunner.h"
#include "session/networktools.h"

#include <QDateTime>
#include <QDir>
#include <QPointer>

#include <algorithm>
#include <limits>

namespace bc25::soak {

namespace {

constexpr qint64 ShortestIntervalMs = 1000;
constexpr int LargestTimeScale = 100000;


PingParameters pingParameters(const SoakSettings &s, const profile::ModuleProfile &profile)
{
    PingParameters p(profile);
    p.contextId = s.contextId.value_or(profile.defaultContext());
    p.host = s.host;
    p.timeoutSeconds = s.pingTimeoutSeconds.value_or(p.timeoutSeconds);
    p.count = s.pingsPerRound;
    return p;
}

} // namespace

SoakMonitor::SoakMonitor(CommandRunner *runner, QObject *parent)
    : QObject(parent)
    , m_runner(runner)
    , m_tools(new NetworkTools(runner, this, at::Source::Soak))
{
    m_tick.setSingleShot(true);
    m_tick.setTimerType(Qt::PreciseTimer);
    connect(&m_tick, &QTimer::timeout, this, &SoakMonitor::onTick);
    connect(m_tools, &NetworkTools::pingReply, this, &SoakMonitor::onPingReply);
    connect(m_tools, &NetworkTools::pingAborted, this, [this] { m_pingAborted = true; });
    // A failure of this run's round is said before the round ends.
    connect(m_tools, &NetworkTools::pingFinished, this, [this](bool ok, const PingSummary &summary, const QString &message) {
        m_pingFailed = !ok && !m_pingAborted;
        if (m_pingFailed && m_running && m_inFlight == Round::Ping)
            emit pingFailed(summary.result, message);
        onPingFinished();
    });
    if (runner->engine())
        connect(runner->engine(), &at::CommandEngine::urcReceived, this, &SoakMonitor::onUrc);
}

SoakMonitor::~SoakMonitor()
{
    stop();
    // The engine still holds an AT+QPING's callbacks into the tools: they
    // outlive the monitor until that ping ends.
    if (m_pingOutstanding) {
        disconnect(m_tools, nullptr, this, nullptr);
        m_tools->setParent(m_runner);
        connect(m_tools, &NetworkTools::pingFinished, m_tools, &QObject::deleteLater);
    }
}

QString SoakMonitor::validate(const SoakSettings &s) const
{
    if (s.host.trimmed().isEmpty())
        return tr("Enter a host to ping.");
    if (s.pingIntervalMs < ShortestIntervalMs)
        return tr("Ping at most once a second.");
    if (s.signalIntervalMs != 0 && s.signalIntervalMs < ShortestIntervalMs)
        return tr("Read the signal at most once a second.");
    if (s.timeScale < 1 || s.timeScale > LargestTimeScale || s.durationMs < 0 || s.chartPoints < 2)
        return tr("The time scale, duration or chart size is out of range.");
    // The catalog's ranges for AT+QPING, in the manual's words; nothing is sent.
    return Commands::ping(pingParameters(s, m_runner->engine()->profile())).error;
}

QString SoakMonitor::start(const SoakSettings &settings)
{
    if (m_running)
        return tr("A soak run is already running.");
    if (QString refused = validate(settings); !refused.isEmpty())
        return refused;
    const qint64 startMs = QDateTime::currentMSecsSinceEpoch();
    const QString path = !settings.csvPath.isEmpty()
            ? settings.csvPath
            : QDir::temp().filePath(QStringLiteral("bc25-soak-%1.csv")
                                            .arg(QDateTime::fromMSecsSinceEpoch(startMs).toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"))));
    if (QString refused = m_csv.open(path); !refused.isEmpty())
        return refused;
    m_settings = settings;
    m_statistics = SoakStatistics(settings.chartPoints);
    m_statistics.reset(startMs);
    m_startMs = startMs;
    m_wall.start();
    m_nextPingMs = 0;
    m_nextSignalMs = 0;
    m_inFlight = Round::None;
    m_pingPending = m_signalPending = false;
    m_scheduleOver = false;
    ++m_generation;
    m_running = true;
    emit runningChanged(true);
    onTick();
    return {};
}

void SoakMonitor::stop()
{
    if (!m_running)
        return;
    m_stoppedAtMs = nowMs();
    ++m_generation;
    m_running = false;
    m_tick.stop();
    m_inFlight = Round::None;
    m_pingPending = m_signalPending = false;
    m_csv.close();
    emit runningChanged(false);
}

qint64 SoakMonitor::elapsedMs() const
{
    // In µs first: ns × the largest scale would overflow after a day of wall time.
    return m_wall.nsecsElapsed() / 1000 * m_settings.timeScale / 1000;
}

qint64 SoakMonitor::nowMs() const
{
    if (m_running)
        return m_startMs + elapsedMs();
    return m_stoppedAtMs != 0 ? m_stoppedAtMs : QDateTime::currentMSecsSinceEpoch();
}

void SoakMonitor::onTick()
{
    if (!m_running)
        return;
    due(Round::Ping, m_nextPingMs, m_settings.pingIntervalMs);
    if (m_settings.signalIntervalMs > 0)
        due(Round::Signal, m_nextSignalMs, m_settings.signalIntervalMs);
    runPending();
    scheduleTick();
    finishIfDone();
}

// Every due time of this kind that has passed: sent, waiting, or skipped.
void SoakMonitor::due(Round round, qint64 &next, qint64 interval)
{
    const qint64 now = elapsedMs();
    bool &pending = round == Round::Ping ? m_pingPending : m_signalPending;
    while (next <= now && (m_settings.durationMs == 0 || next < m_settings.durationMs)) {
        if (pending || m_inFlight == round) {
            m_statistics.countSkipped();
        } else {
            pending = true;
            if (m_inFlight != Round::None)
                m_statistics.countDelayed();
        }
        next += interval;
    }
}

void SoakMonitor::scheduleTick()
{
    const qint64 end = m_settings.durationMs == 0 ? std::numeric_limits<qint64>::max() : m_settings.durationMs;
    qint64 next = m_nextPingMs < end ? m_nextPingMs : end;
    if (m_settings.signalIntervalMs > 0 && m_nextSignalMs < next)
        next = m_nextSignalMs;
    // The run ends at its duration, after the last round due before it.
    if (next == end && elapsedMs() >= end) {
        m_scheduleOver = true;
        return;
    }
    const qint64 scale = m_settings.timeScale;
    const qint64 wait = std::max<qint64>(0, (next - elapsedMs() + scale - 1) / scale);
    m_tick.start(int(std::min<qint64>(wait, std::numeric_limits<int>::max())));
}

void SoakMonitor::runPending()
{
    if (!m_running || m_inFlight != Round::None)
        return;
    if (m_pingPending && !m_pingOutstanding) {
        m_pingPending = false;
        startPing();
    } else if (m_signalPending) {
        m_signalPending = false;
        startSignal();
    }
}

void SoakMonitor::finishIfDone()
{
    if (m_running && m_scheduleOver && m_inFlight == Round::None && !m_pingPending && !m_signalPending)
        stop();
}

void SoakMonitor::startPing()
{
    m_inFlight = Round::Ping;
    m_repliesThisRound = 0;
    m_pingAborted = false;
    m_pingFailed = false;
    m_pingOutstanding = true;
    if (!m_tools->ping(pingParameters(m_settings, m_runner->engine()->profile())).isEmpty()) { // validated at start: not expected
        m_pingOutstanding = false;
        m_pingFailed = true;
        onPingFinished();
    }
}

void SoakMonitor::onPingReply(const PingReply &reply)
{
    if (!m_running || m_inFlight != Round::Ping)
        return; // the tail of a stopped run's ping
    ++m_repliesThisRound;
    SoakSample sample;
    sample.kind = SoakSample::Kind::Ping;
    sample.timeMs = nowMs();
    sample.roundTripMs = reply.result == 0 ? reply.timeMs : SoakSample::Lost;
    take(sample);
}

void SoakMonitor::onPingFinished()
{
    m_pingOutstanding = false;
    if (!m_running || m_inFlight != Round::Ping) {
        roundDone(); // a stopped run's ping ended: this run's may go now
        return;
    }
    // An echo the module never told of in a ping that ended well was lost
    // (the BG96 tells a timed-out request by a code of its own); one the
    // link's end cut off (the user's Disconnect, a pulled cable) was never
    // asked for: aborted; one a ping the module refused or ended with an
    // error code never asked for (its context not active: the BC25's
    // +QPING: 5, a BG96's 561) is the module's failure, not the network's.
    const int missingRoundTrip = m_pingAborted ? SoakSample::Aborted
                               : m_pingFailed  ? SoakSample::Failed
                                               : SoakSample::Lost;
    for (int i = m_repliesThisRound; i < m_settings.pingsPerRound; ++i) {
        SoakSample missing;
        missing.timeMs = nowMs();
        missing.roundTripMs = missingRoundTrip;
        take(missing);
    }
    m_inFlight = Round::None;
    roundDone();
}

void SoakMonitor::startSignal()
{
    m_inFlight = Round::Signal;
    BuildResult built = Commands::signalQuality(m_runner->catalog());
    built.command.source = at::Source::Soak; // its own row source, not the user's (panel)
    m_runner->submit(std::move(built), [self = QPointer<SoakMonitor>(this), generation = m_generation](const at::Transaction &t) {
        if (!self || generation != self->m_generation)
            return;
        const at::ResultLine *line = answerLine(t, CommandId::SignalQuality);
        const int rssi = line ? int(line->integer(0, 99)) : 99;
        const int ber = line ? int(line->integer(1, 99)) : 99;
        // Out of the engine's callback: the next command goes from the event loop.
        QMetaObject::invokeMethod(self, [self, generation, rssi, ber] {
            if (generation == self->m_generation)
                self->readRegistration(rssi, ber);
        }, Qt::QueuedConnection);
    });
}

void SoakMonitor::readRegistration(int rssi, int ber)
{
    BuildResult built = Commands::registrationStatus(m_runner->catalog());
    built.command.source = at::Source::Soak; // its own row source, not the user's (panel)
    m_runner->submit(std::move(built), [self = QPointer<SoakMonitor>(this), generation = m_generation, rssi, ber](const at::Transaction &t) {
        if (!self || generation != self->m_generation)
            return;
        const at::ResultLine *line = answerLine(t, CommandId::Registration);
        SoakSample sample;
        sample.kind = SoakSample::Kind::Signal;
        sample.timeMs = self->nowMs();
        sample.rssi = rssi;
        sample.ber = ber;
        sample.registration = line ? int(line->integer(1, -1)) : -1; // +CEREG: <n>,<stat>
        self->take(sample);
        self->m_inFlight = Round::None;
        self->roundDone();
    });
}

// +CEREG: <stat>[,...] (27.007 10.1.22): the stat is the first field of the URC.
void SoakMonitor::onUrc(const at::ResultLine &line)
{
    if (!m_running || line.name != CommandCatalog::resultName(CommandId::Registration) || !line.field(0).isInteger())
        return;
    SoakSample sample;
    sample.kind = SoakSample::Kind::Registration;
    sample.timeMs = nowMs();
    sample.registration = int(line.integer(0));
    take(sample);
}

void SoakMonitor::take(const SoakSample &sample)
{
    m_csv.write(sample);
    const std::optional<RegistrationChange> change = m_statistics.add(sample);
    emit sampleTaken(sample);
    if (!change || sample.kind == SoakSample::Kind::Registration) // a URC is its own mark
        return;
    SoakSample marker;
    marker.kind = SoakSample::Kind::Registration;
    marker.timeMs = change->timeMs;
    marker.registration = change->to;
    m_csv.write(marker);
    emit sampleTaken(marker);
}

void SoakMonitor::roundDone()
{
    QMetaObject::invokeMethod(this, [this, generation = m_generation] {
        if (generation != m_generation)
            return;
        runPending();
        finishIfDone();
    }, Qt::QueuedConnection);
}

} // namespace bc25::soak
