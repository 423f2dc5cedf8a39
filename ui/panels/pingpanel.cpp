// SPDX-License-Identifier: MIT
#include "pingpanel.h"

#include "erroradvice.h"
#include "views/chartmarkers.h"
#include "views/focushandover.h"
#include "views/statusline.h"

#include "modulecontrols.h"

#include "bc25/commandcatalog.h"
#include "bc25/errorcodes.h"
#include "profile/moduleprofile.h"
#include "session/modulesession.h"

#include <QChart>
#include <QChartView>
#include <QFormLayout>
#include <QGridLayout>
#include <QGraphicsLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QPushButton>
#include <QSpinBox>
#include <QValueAxis>

namespace bc25::ui {

namespace {

// A spin box with the range the session's model gives the parameter of AT+QPING.
QSpinBox *spinFor(const ModuleSession *session, const char *parameter, int value, QWidget *parent)
{
    auto *box = new QSpinBox(parent);
    const profile::ModuleProfile &profile = session->profile();
    for (const ParameterSpec &p : profile.spec(CommandId::Ping)->writeSignatures.constFirst().parameters) {
        if (p.name == parameter) {
            box->setRange(int(p.min), int(p.max));
            box->setToolTip(PingPanel::tr("<%1>: %2").arg(QLatin1String(parameter), CommandCatalog::rangeText(p)));
        }
    }
    box->setValue(value);
    return box;
}

} // namespace

PingPanel::PingPanel(ModuleSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_host(new QLineEdit(QStringLiteral("localhost"), this))
    // The model's first context and its defaults (the BC25's: manual 2.1.1, 2.1.8)
    , m_context(spinFor(session, "contextID", session->profile().limits().firstContext, this))
    , m_timeout(spinFor(session, "time_out", session->profile().pingDefaults().timeoutSeconds, this))
    , m_count(spinFor(session, "ping_num", session->profile().pingDefaults().count, this))
    , m_size(spinFor(session, "ping_size", session->profile().pingDefaults().size, this))
    , m_start(new QPushButton(tr("Ping"), this))
    , m_summary(new StatusLine(2, this)) // its lines kept: the chart above never changes height
    , m_series(new QLineSeries(this))
    , m_axisX(new QValueAxis(this))
    , m_axisY(new QValueAxis(this))
    , m_chartView(new QChartView(this))
{
    m_timeout->setSuffix(tr(" s"));
    m_size->setSuffix(tr(" bytes"));
    // A model whose AT+QPING takes no <ping_size> (the BG96's note 2.2.11):
    // the box says so instead of "0 bytes", and nothing is sent for it.
    if (session->profile().pingDefaults().size == 0) {
        m_size->setRange(0, 0);
        m_size->setSpecialValueText(tr("not on the %1").arg(session->profile().name()));
        m_size->setToolTip(tr("The %1's AT+QPING takes no size.").arg(session->profile().name()));
        m_size->setEnabled(false);
    }
    auto *chart = new QChart;
    chart->addSeries(m_series);
    chart->legend()->hide();
    chart->addAxis(m_axisX, Qt::AlignBottom);
    chart->addAxis(m_axisY, Qt::AlignLeft);
    m_series->attachAxis(m_axisX);
    m_series->attachAxis(m_axisY);
    m_series->setPen(QPen(QColor(31, 119, 180), 2));
    ChartMarkers::showPoints(m_series, QScatterSeries::MarkerShapeCircle, QColor(31, 119, 180), 7);
    m_axisX->setTitleText(tr("Reply"));
    m_axisX->setLabelFormat(QStringLiteral("%d"));
    m_axisY->setTitleText(tr("Round trip (ms)"));
    showReplies(4);
    m_axisY->setRange(0, 100);
    // Thin margins: on a 720-pixel screen the plot keeps the height its axis
    // title needs ("Round trip (ms)" was cut to "Round tri…").
    chart->setMargins(QMargins(2, 2, 2, 2));
    chart->setBackgroundRoundness(0);
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    m_chartView->setChart(chart);
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(160);
    m_summary->setObjectName(QStringLiteral("ping.summary"));
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *form = new QFormLayout;
    form->addRow(tr("Host:"), m_host);
    // Two rows of two: in one row the four set the window's minimum width (a 1000-pixel screen).
    auto *numbers = new QGridLayout;
    numbers->addWidget(new QLabel(tr("Context"), this), 0, 0);
    numbers->addWidget(m_context, 0, 1);
    numbers->addWidget(new QLabel(tr("Timeout"), this), 0, 2);
    numbers->addWidget(m_timeout, 0, 3);
    numbers->addWidget(new QLabel(tr("Count"), this), 1, 0);
    numbers->addWidget(m_count, 1, 1);
    numbers->addWidget(new QLabel(tr("Size"), this), 1, 2);
    numbers->addWidget(m_size, 1, 3);
    numbers->addWidget(m_start, 0, 4, 2, 1);
    numbers->setColumnStretch(5, 1);
    form->addRow(numbers);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_chartView, 1);
    layout->addWidget(m_summary);

    m_redraw.setSingleShot(true);
    m_redraw.setInterval(100);
    connect(&m_redraw, &QTimer::timeout, this, &PingPanel::redraw);
    ModuleControls::mark(m_start);
    connect(m_start, &QPushButton::clicked, this, &PingPanel::start);
    connect(m_host, &QLineEdit::returnPressed, this, &PingPanel::start);
    connect(session->tools(), &NetworkTools::pingReply, this, &PingPanel::onReply);
    connect(session->tools(), &NetworkTools::pingFinished, this, &PingPanel::onFinished);
    // The replies and the summary were the module's that was: the next link starts blank.
    connect(session, &ModuleSession::forgotten, this, [this] {
        m_points.clear();
        redraw();
        m_summary->setStatus({});
    });
}

void PingPanel::setHost(const QString &host)
{
    m_host->setText(host);
}

QString PingPanel::start()
{
    // Enter in the host field too: nothing is queued for a module that is not there.
    if (!m_session->linkOpen()) {
        const QString why = tr("No module is connected.");
        m_summary->setStatus(why);
        return why;
    }
    PingParameters p(m_session->profile());
    p.contextId = m_context->value();
    p.host = m_host->text().trimmed();
    p.timeoutSeconds = m_timeout->value();
    p.count = m_count->value();
    p.size = m_size->value();
    const QString error = m_session->tools()->ping(p);
    if (!error.isEmpty()) {
        m_summary->setStatus(error);
        return error;
    }
    m_points.clear();
    showReplies(p.count);
    redraw();
    FocusHandover::setEnabled(m_start, false, m_host); // Enter in the host field pings again once it ends
    m_summary->setStatus(tr("Pinging %1…").arg(p.host));
    return {};
}

void PingPanel::onReply(const PingReply &reply)
{
    if (reply.result == 0)
        m_points << QPointF(m_points.size() + 1, reply.timeMs);
    else
        m_summary->setStatus(ErrorAdvice::withPingAdvice(
            tr("Reply %1: %2").arg(m_points.size() + 1).arg(ErrorCodes::pingResultText(reply.result)), reply.result,
            m_session->profile()));
    if (!m_redraw.isActive())
        m_redraw.start();
}

void PingPanel::onFinished(bool ok, const PingSummary &summary, const QString &message)
{
    // Ended by a lost link (aborted): it stays off, with the reason, until a module is back.
    ModuleControls::apply(m_start, m_session->linkOpen());
    redraw();
    if (!ok) {
        // What to do, on this model: the BC25's 5 (PING_PDP_ACT_FAIL) or another model's 561.
        m_summary->setStatus(ErrorAdvice::withPingAdvice(tr("Ping failed: %1").arg(message), summary.result,
                                                         m_session->profile()));
        return;
    }
    m_summary->setStatus(tr("Sent %1, received %2, lost %3 — min %4 ms, avg %5 ms, max %6 ms")
                               .arg(summary.sent).arg(summary.received).arg(summary.lost)
                               .arg(summary.minMs).arg(summary.avgMs).arg(summary.maxMs));
}

void PingPanel::redraw()
{
    m_series->replace(m_points);
    double top = 100;
    for (const QPointF &p : std::as_const(m_points))
        top = qMax(top, p.y() * 1.2);
    m_axisY->setRange(0, top);
}

void PingPanel::showReplies(int count)
{
    // A label per reply (1 2 3 4, never "1 1 2 3 4"; every 2nd, 5th… for many),
    // half a reply more at each end: the first and the last points are whole.
    const int replies = qMax(2, count);
    ChartMarkers::setPaddedRange(m_axisX, 1, replies, 0.5, qMax(1.0, ChartMarkers::niceStep(replies, 10)), 1);
}

QString PingPanel::host() const
{
    return m_host->text();
}

QString PingPanel::summaryText() const
{
    return m_summary->status();
}

} // namespace bc25::ui
