// SPDX-License-Identifier: MIT
#include "consolepanel.h"
#include "dialogs/filedialogs.h"

#include "modulecontrols.h"
#include "tabletext.h"

#include "mainwindow.h"
#include "models/consolemodel.h"
#include "search/findbar.h"
#include "views/focushandover.h"
#include "views/logitemdelegate.h"
#include "views/logview.h"
#include "views/statusline.h"
#include "views/steadylayout.h"

#include "session/modulesession.h"
#include "views/lineheight.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QAction>
#include <QHeaderView>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

#include <limits>

namespace bc25::ui {

namespace {

// The furthest place in a line the Time column shows whole: a line of a
// million bytes without an LF; further, its tooltip says it.
constexpr qint64 LongestPlaceInLine = 999999;

} // namespace

SocketConsole::SocketConsole(ModuleSession *session, int connectId, QWidget *parent, ConsoleModel *kept)
    : QWidget(parent)
    , m_session(session)
    , m_connectId(connectId)
    , m_model(kept ? kept : new ConsoleModel(this))
    , m_receivedOnly(new QSortFilterProxyModel(this))
    , m_view(new LogView(this))
    , m_find(new FindBar(this))
    , m_viewFormat(new QComboBox(this))
    , m_timestamps(new QCheckBox(tr("Timestamps"), this))
    , m_showSent(new QCheckBox(tr("Show sent"), this))
    , m_input(new QLineEdit(this))
    , m_sendFormat(new QComboBox(this))
    , m_lineEnd(new QCheckBox(tr("+CR LF"), this))
    , m_repeat(new QCheckBox(tr("Repeat every"), this))
    , m_interval(new QSpinBox(this))
    , m_status(new StatusLine(2, this))
    , m_progress(new QProgressBar(this))
    , m_stop(new QPushButton(tr("Stop"), this))
{
    // The line height first, the model after: a kept model (a model switch)
    // in Hex + text sizes its rows in lines of it, and a default size set
    // later makes every row one line again, drawn over each other.
    m_view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_view->verticalHeader()->setDefaultSectionSize(LineHeight::row(m_view->font(), 2)); // a peer's Chinese whole
    m_view->setModel(m_model);
    m_view->horizontalHeader()->hide();
    // The Time column holds a time, or a row's place in its line where the row
    // goes on from the one above: as wide as the wider in this language
    // ("↪ 第 257 字节" was cut to "↪ 第 257 字…", new-user pass 10, ZH F1).
    const QFontMetrics metrics = m_view->fontMetrics();
    m_view->setColumnWidth(ConsoleModel::Time,
                           qMax(metrics.horizontalAdvance(QStringLiteral("00:00:00.000  ")),
                                metrics.horizontalAdvance(ConsoleModel::placeInLine(LongestPlaceInLine))
                                        + 2 * LogItemDelegate::Padding));
    m_view->setColumnHidden(ConsoleModel::Time, true);
    m_view->setObjectName(QStringLiteral("received"));
    m_find->attach(m_view, {ConsoleModel::Data}); // Ctrl+F in this console
    // Sent rows hidden by a filter only while "Show sent" is off: a flood costs nothing extra otherwise.
    m_receivedOnly->setSourceModel(m_model);
    m_receivedOnly->setFilterRole(ConsoleModel::SentRole);
    m_receivedOnly->setFilterKeyColumn(ConsoleModel::Data);
    m_receivedOnly->setFilterFixedString(QStringLiteral("false"));
    TableText::installCopy(m_view);
    auto *exportAction = new QAction(tr("Export…"), m_view);
    m_view->addAction(exportAction);
    connect(exportAction, &QAction::triggered, this, [this] {
        m_model->flush();
        const QString said = TableText::exportWithDialog(this, m_view->model(), tr("socket %1's console").arg(m_connectId),
                                                         QStringLiteral("socket%1.tsv").arg(m_connectId));
        if (!said.isEmpty())
            m_status->setStatus(said);
    });
    m_viewFormat->addItem(tr("Text"));
    m_viewFormat->addItem(tr("Hex"));
    m_viewFormat->addItem(tr("Hex + text")); // offset and hex, the text beside: a hex editor's view
    m_viewFormat->setObjectName(QStringLiteral("viewFormat"));
    m_sendFormat->addItem(tr("Text"));
    m_sendFormat->addItem(tr("Hex"));
    m_input->setPlaceholderText(tr("Data for socket %1; Enter sends").arg(connectId));
    m_input->setObjectName(QStringLiteral("input"));
    m_interval->setRange(50, 3600000);
    m_interval->setValue(1000);
    m_interval->setSuffix(tr(" ms"));
    m_showSent->setChecked(true);
    m_status->setObjectName(QStringLiteral("status"));

    auto *viewBar = new QHBoxLayout;
    viewBar->addWidget(new QLabel(tr("Show as:"), this));
    viewBar->addWidget(m_viewFormat);
    viewBar->addWidget(m_timestamps);
    viewBar->addWidget(m_showSent);
    viewBar->addStretch();
    auto *exportButton = new QPushButton(tr("Export…"), this);
    connect(exportButton, &QPushButton::clicked, exportAction, &QAction::trigger);
    viewBar->addWidget(exportButton);
    auto *clear = new QPushButton(tr("Clear"), this);
    viewBar->addWidget(clear);

    auto *sendBar = new QHBoxLayout;
    sendBar->addWidget(m_sendFormat);
    sendBar->addWidget(m_input, 1);
    sendBar->addWidget(m_lineEnd);
    auto *send = new QPushButton(tr("Send"), this);
    auto *file = new QPushButton(tr("File…"), this);
    ModuleControls::mark(send);
    ModuleControls::mark(file);
    sendBar->addWidget(send);
    sendBar->addWidget(file);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addLayout(viewBar);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_find);
    layout->addLayout(sendBar);
    // The repeat and Stop lead the row: Stop is always there, enabled while a
    // long send or a repeat runs, so nothing shifts under the pointer when one
    // starts (and the send row above stays narrow enough for a 1000-pixel screen).
    // Under them the progress of a long send, which keeps its room while
    // hidden, so nothing moves when it comes; the status line has the rest of
    // the row's width: "SEND OK — … as inline text (AT+QISEND=…). Sent by a
    // recipe." was cut at 1280 pixels beside a hidden progress's room.
    auto *controls = new QGridLayout;
    controls->setContentsMargins(0, 0, 0, 0);
    controls->addWidget(m_repeat, 0, 0);
    controls->addWidget(m_interval, 0, 1);
    controls->addWidget(m_stop, 0, 2);
    controls->addWidget(m_progress, 1, 0, 1, 3);
    auto *statusRow = new QHBoxLayout;
    statusRow->addLayout(controls);
    statusRow->addWidget(m_status, 1);
    layout->addLayout(statusRow);
    SteadyLayout::keepRoomWhenHidden(m_progress);
    m_progress->hide();
    m_stop->setEnabled(false);
    m_stop->setToolTip(tr("Stop sending: the parts not yet written are dropped, and a repeat ends"));

    connect(m_viewFormat, &QComboBox::currentIndexChanged, this, [this](int format) {
        const auto mode = ByteText::ViewMode(format);
        m_model->setViewMode(mode);
        if (mode == ByteText::ViewMode::HexAndText) {
            // The hex column as wide as hexdump -C's line (the "» " of a sent row,
            // the offset and 16 bytes): rows of 16 bytes are never cut, the text beside
            // (a narrow console scrolls sideways rather than hide bytes).
            const int line = m_view->fontMetrics().horizontalAdvance(QString(2 + 8 + 2 + 16 * 3 + 2, QLatin1Char('0')));
            m_view->setColumnWidth(ConsoleModel::Data, line);
            m_find->attach(m_view, {ConsoleModel::Data, ConsoleModel::Text});
        } else {
            m_find->attach(m_view, {ConsoleModel::Data});
        }
    });
    connect(m_timestamps, &QCheckBox::toggled, this,
            [this](bool on) { m_view->setColumnHidden(ConsoleModel::Time, !on); });
    connect(m_showSent, &QCheckBox::toggled, this, &SocketConsole::showSent);
    connect(clear, &QPushButton::clicked, m_model, &ConsoleModel::clear);
    // The user's send (Enter, Send; not a repeat's): its text stays to be sent
    // again with Enter, selected, so what is typed next replaces it as in sscom
    // or QCOM — kept unselected, the next typing went on after it and a second
    // send had both (new-user pass 10, EN F2).
    const auto sendTyped = [this] {
        if (!sendInput().isEmpty())
            return; // a refusal: the text stays as it was, to be mended
        m_input->setFocus();
        m_input->selectAll();
    };
    connect(send, &QPushButton::clicked, this, sendTyped);
    connect(m_input, &QLineEdit::returnPressed, this, sendTyped);
    connect(file, &QPushButton::clicked, this, [this] {
        const QString path = FileDialogs::openFile(this, FileDialogs::Purpose::SendFile, tr("Send a file on socket %1").arg(m_connectId), {});
        if (!path.isEmpty())
            sendFile(path);
    });
    // Ticking "Repeat every" only says how Send behaves: nothing goes out until
    // the user presses Send (or Enter), which sends at once and then every N ms.
    m_repeat->setToolTip(tr("Send repeats the data every so many milliseconds, until Stop or this box is unticked"));
    m_repeatTimer.callOnTimeout(this, [this] { sendInput(); });
    connect(m_repeat, &QCheckBox::toggled, this, [this](bool on) {
        if (!on)
            m_repeatTimer.stop();
        updateProgress();
    });
    connect(m_stop, &QPushButton::clicked, this, &SocketConsole::stopSending);
    connect(m_interval, &QSpinBox::valueChanged, this, [this](int ms) { m_repeatTimer.setInterval(ms); });

    followSession();
    restoreChoices();
}

void SocketConsole::setViewFormat(Format format)
{
    m_viewFormat->setCurrentIndex(int(format));
}

void SocketConsole::setSendFormat(Format format)
{
    m_sendFormat->setCurrentIndex(format == Format::Hex ? 1 : 0);
}

void SocketConsole::setInput(const QString &text)
{
    m_input->setText(text);
}

QString SocketConsole::sendInput()
{
    QByteArray payload;
    if (m_sendFormat->currentIndex() == 1) {
        const QByteArray digits = m_input->text().toLatin1().replace(' ', "");
        for (const char c : digits) {
            if (!std::isxdigit(static_cast<unsigned char>(c)) || digits.size() % 2 != 0) {
                const QString error = tr("Hex input takes pairs of digits 0-9, A-F, e.g. 48 65 6C 6C 6F.");
                m_status->setStatus(error);
                return error;
            }
        }
        payload = QByteArray::fromHex(digits);
    } else {
        payload = m_input->text().toUtf8();
    }
    if (m_lineEnd->isChecked())
        payload += "\r\n";
    if (const QString refused = refusal(); !refused.isEmpty()) {
        m_status->setStatus(refused);
        m_refusalShown = true;
        m_repeat->setChecked(false);
        return refused;
    }
    const SendQueue::Mode mode = m_sendFormat->currentIndex() == 1 ? SendQueue::Mode::Hex : SendQueue::Mode::Auto;
    const QString error = m_session->sends()->send(m_connectId, payload, mode);
    if (!error.isEmpty()) {
        m_status->setStatus(error);
        m_repeat->setChecked(false);
        return error;
    }
    m_ownSends.insert(m_session->sends()->lastSendId());
    if (m_repeat->isChecked() && !m_repeatTimer.isActive()) {
        m_repeatTimer.start(m_interval->value()); // the first of a repeat: the user's Send
        m_repeatSends = 0;
    }
    if (m_repeatTimer.isActive())
        ++m_repeatSends;
    started(payload.size());
    const int chunk = m_session->sends()->maxChunk(mode); // a hex part is one AT+QISENDEX's most
    m_status->setStatus(payload.size() > chunk
                              ? tr("Sending %1 bytes in %2 parts of at most %3…").arg(payload.size())
                                        .arg((payload.size() + chunk - 1) / chunk)
                                        .arg(chunk)
                              : tr("Sending %n byte(s)…", nullptr, int(payload.size())));
    return {};
}

void SocketConsole::sendFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_status->setStatus(tr("Cannot read %1: %2").arg(path, file.errorString()));
        return;
    }
    const QByteArray payload = file.readAll();
    if (const QString refused = refusal(); !refused.isEmpty()) {
        m_status->setStatus(refused);
        m_refusalShown = true;
        return;
    }
    if (const QString error = m_session->sends()->send(m_connectId, payload); !error.isEmpty()) {
        m_status->setStatus(error);
        return;
    }
    m_ownSends.insert(m_session->sends()->lastSendId());
    started(payload.size());
    m_status->setStatus(tr("Sending %1 (%2 bytes)…").arg(path, QString::number(payload.size())));
}

void SocketConsole::started(qint64 bytes)
{
    if (m_sendsRunning++ == 0) {
        m_sentBytes = 0;
        m_queuedBytes = 0;
    }
    m_queuedBytes += bytes;
    updateProgress();
}

void SocketConsole::updateProgress()
{
    // Shown for what takes a while: more than one part, or a repeat.
    const bool busy = (m_sendsRunning > 0 && m_queuedBytes > m_session->sends()->maxChunk()) || m_repeatTimer.isActive();
    m_progress->setVisible(busy && m_sendsRunning > 0);
    FocusHandover::setEnabled(m_stop, busy, m_input); // Stop pressed: back to the send field
    m_progress->setRange(0, int(qMin<qint64>(m_queuedBytes, std::numeric_limits<int>::max())));
    m_progress->setValue(int(qMin(m_sentBytes, m_queuedBytes)));
    m_progress->setFormat(tr("%1 of %2 bytes acknowledged").arg(m_sentBytes).arg(m_queuedBytes));
}

void SocketConsole::stopSending()
{
    const bool repeating = m_repeatTimer.isActive();
    m_repeat->setChecked(false);
    m_session->sends()->cancel(m_connectId, tr("stopped by the user."));
    // Stop also unticked "Repeat every": said, or the box seems to untick itself.
    if (repeating)
        m_status->setStatus(tr("Stopped; repeat off after %n send(s).", nullptr, m_repeatSends));
}

bool SocketConsole::isSending() const
{
    return m_stop->isEnabled();
}

QString SocketConsole::refusal() const
{
    // Nothing is shown as sent that cannot go: no module, or no socket to carry it.
    if (!m_session->linkOpen())
        return tr("Not sent: no module is connected.");
    if (!m_session->socket(m_connectId).inUse)
        return tr("Not sent: socket %1 is not open. Open it with Open… above the socket table first.").arg(m_connectId);
    return {};
}

void SocketConsole::showSent(bool show)
{
    m_view->setModel(show ? static_cast<QAbstractItemModel *>(m_model) : m_receivedOnly);
    m_view->setColumnHidden(ConsoleModel::Time, !m_timestamps->isChecked());
    m_find->attach(m_view, {ConsoleModel::Data}); // the search follows the view's new model
    m_view->scrollToBottom();
}

QString SocketConsole::receivedText() const
{
    m_model->flush();
    const QAbstractItemModel *shown = m_view->model();
    const bool withTimes = m_timestamps->isChecked();
    QStringList lines;
    for (int row = 0; row < shown->rowCount(); ++row) {
        const QString data = shown->index(row, ConsoleModel::Data).data().toString();
        lines << (withTimes ? shown->index(row, ConsoleModel::Time).data().toString() + QLatin1Char(' ') + data : data);
    }
    return lines.join(QLatin1Char('\n'));
}

QString SocketConsole::statusText() const
{
    return m_status->status();
}

ConsolePanel::ConsolePanel(ModuleSession *session, QWidget *parent, ViewHistory *history)
    : QWidget(parent)
    , m_tabs(new QTabWidget(this))
{
    const int sockets = session->sockets()->socketCount();
    if (history) {
        // A model with fewer sockets: the others' consoles go (the switch's marker says so).
        while (history->consoles.size() > sockets)
            delete history->consoles.takeLast();
        while (history->consoles.size() < sockets)
            history->consoles.append(new ConsoleModel(history->owner));
    }
    for (int id = 0; id < sockets; ++id)
        m_tabs->addTab(new SocketConsole(session, id, m_tabs, history ? history->consoles.at(id) : nullptr),
                       tr("Socket %1").arg(id));
    // Not remembered (TabMemory): the console in front follows the socket selected in the table.
    m_tabs->setObjectName(QStringLiteral("consoles.tabs"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
}

SocketConsole *ConsolePanel::console(int connectId) const
{
    return qobject_cast<SocketConsole *>(m_tabs->widget(connectId));
}

void ConsolePanel::showConsole(int connectId)
{
    m_tabs->setCurrentIndex(connectId);
}

void ConsolePanel::markLink(const QString &text)
{
    for (int id = 0; id < m_tabs->count(); ++id)
        console(id)->model()->beginStream(text); // another link: offsets from 0
}

} // namespace bc25::ui
