// SPDX-License-Identifier: MIT
#include "consolepanel.h"

#include "modulecontrols.h"
#include "tabletext.h"

#include "models/consolemodel.h"
#include "search/findbar.h"
#include "views/logview.h"

#include "session/modulesession.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFontDatabase>
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

QString sendFormName(SendForm form)
{
    switch (form) {
    case SendForm::InlineText: return SocketConsole::tr("inline text (AT+QISEND=<id>,<len>,\"<data>\")");
    case SendForm::FixedLength: return SocketConsole::tr("binary-safe prompt form (AT+QISEND=<id>,<len>)");
    case SendForm::Hex: return SocketConsole::tr("hex (AT+QISENDEX)");
    }
    return {};
}

} // namespace

SocketConsole::SocketConsole(ModuleSession *session, int connectId, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_connectId(connectId)
    , m_model(new ConsoleModel(this))
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
    , m_status(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_stop(new QPushButton(tr("Stop"), this))
{
    m_view->setModel(m_model);
    m_view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 2);
    m_view->horizontalHeader()->hide();
    m_view->setColumnWidth(ConsoleModel::Time, m_view->fontMetrics().horizontalAdvance(QStringLiteral("00:00:00.000  ")));
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
            m_status->setText(said);
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
    m_status->setWordWrap(true);

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
    sendBar->addWidget(m_repeat);
    sendBar->addWidget(m_interval);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addLayout(viewBar);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_find);
    layout->addLayout(sendBar);
    // Progress and Stop while a long send or a repeat runs.
    auto *progressBar = new QHBoxLayout;
    progressBar->addWidget(m_progress, 1);
    progressBar->addStretch(); // a repeat shows Stop alone: a button, not a bar across the console
    progressBar->addWidget(m_stop);
    layout->addLayout(progressBar);
    m_progress->hide();
    m_stop->hide();
    m_stop->setToolTip(tr("Stop sending: the parts not yet written are dropped, and a repeat ends"));
    layout->addWidget(m_status);

    connect(m_viewFormat, &QComboBox::currentIndexChanged, this, [this](int format) {
        const auto mode = ByteText::ViewMode(format);
        m_model->setViewMode(mode);
        if (mode == ByteText::ViewMode::HexAndText) {
            // The hex column as wide as a hex editor's line (offset and 16 bytes)
            // where the console allows, else 3/5 of it: the text stays in sight beside.
            const int line = m_view->fontMetrics().horizontalAdvance(QString(8 + 2 + 16 * 3 + 2, QLatin1Char('0')));
            const int room = m_view->viewport()->width()
                    - (m_view->isColumnHidden(ConsoleModel::Time) ? 0 : m_view->columnWidth(ConsoleModel::Time));
            m_view->setColumnWidth(ConsoleModel::Data, qMin(line, qMax(room * 3 / 5, line / 3)));
            m_find->attach(m_view, {ConsoleModel::Data, ConsoleModel::Text});
        } else {
            m_find->attach(m_view, {ConsoleModel::Data});
        }
    });
    connect(m_timestamps, &QCheckBox::toggled, this,
            [this](bool on) { m_view->setColumnHidden(ConsoleModel::Time, !on); });
    connect(m_showSent, &QCheckBox::toggled, this, &SocketConsole::showSent);
    connect(clear, &QPushButton::clicked, m_model, &ConsoleModel::clear);
    connect(send, &QPushButton::clicked, this, &SocketConsole::sendInput);
    connect(m_input, &QLineEdit::returnPressed, this, &SocketConsole::sendInput);
    connect(file, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Send a file on socket %1").arg(m_connectId));
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

    // A refusal ("not open") is out of date once the socket is open.
    connect(session->sockets(), &SocketTable::socketChanged, this, [this](int id) {
        if (id == m_connectId && m_refusalShown && m_session->socket(id).inUse) {
            m_refusalShown = false;
            m_status->clear();
        }
    });
    connect(session->sockets(), &SocketTable::dataReceived, this, [this](int id, const QByteArray &bytes, bool truncated) {
        if (id != m_connectId)
            return;
        m_model->append(false, bytes);
        if (truncated)
            m_status->setText(tr("The module announced more data than it sent; what arrived is shown."));
    });
    connect(session->sends(), &SendQueue::chunkFinished, this,
            [this](int id, qint64 bytes, bool ok, SendForm form, const QString &text) {
        if (id != m_connectId)
            return;
        m_sentBytes += ok ? bytes : 0;
        updateProgress();
        m_status->setText(ok ? tr("SEND OK — %n byte(s) as %1.", nullptr, int(bytes)).arg(sendFormName(form))
                             : tr("SEND FAIL — %1").arg(text));
    });
    connect(session->sends(), &SendQueue::sendFinished, this,
            [this](int id, qint64 acknowledged, qint64 total, bool ok, const QString &text) {
        if (id != m_connectId)
            return;
        m_sendsRunning = qMax(0, m_sendsRunning - 1);
        updateProgress();
        if (ok)
            return;
        m_status->setText(tr("Sending stopped after %1 of %2 bytes: %3").arg(acknowledged).arg(total).arg(text));
        m_repeat->setChecked(false);
    });
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
                m_status->setText(error);
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
        m_status->setText(refused);
        m_refusalShown = true;
        m_repeat->setChecked(false);
        return refused;
    }
    const QString error = m_session->sends()->send(m_connectId, payload,
                                          m_sendFormat->currentIndex() == 1 ? SendQueue::Mode::Hex
                                                                            : SendQueue::Mode::Auto);
    if (!error.isEmpty()) {
        m_status->setText(error);
        m_repeat->setChecked(false);
        return error;
    }
    m_model->append(true, payload);
    if (m_repeat->isChecked() && !m_repeatTimer.isActive())
        m_repeatTimer.start(m_interval->value()); // the first of a repeat: the user's Send
    started(payload.size());
    const int chunk = m_session->sends()->maxChunk();
    m_status->setText(payload.size() > chunk
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
        m_status->setText(tr("Cannot read %1: %2").arg(path, file.errorString()));
        return;
    }
    const QByteArray payload = file.readAll();
    if (const QString refused = refusal(); !refused.isEmpty()) {
        m_status->setText(refused);
        m_refusalShown = true;
        return;
    }
    if (const QString error = m_session->sends()->send(m_connectId, payload); !error.isEmpty()) {
        m_status->setText(error);
        return;
    }
    m_model->append(true, payload);
    started(payload.size());
    m_status->setText(tr("Sending %1 (%2 bytes)…").arg(path).arg(payload.size()));
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
    m_stop->setVisible(busy);
    m_progress->setRange(0, int(qMin<qint64>(m_queuedBytes, std::numeric_limits<int>::max())));
    m_progress->setValue(int(qMin(m_sentBytes, m_queuedBytes)));
    m_progress->setFormat(tr("%1 of %2 bytes acknowledged").arg(m_sentBytes).arg(m_queuedBytes));
}

void SocketConsole::stopSending()
{
    m_repeat->setChecked(false);
    m_session->sends()->cancel(m_connectId, tr("stopped by the user."));
}

bool SocketConsole::isSending() const
{
    return m_stop->isVisible();
}

QString SocketConsole::refusal() const
{
    // Nothing is shown as sent that cannot go: no module, or no socket to carry it.
    if (!m_session->engine()->linkOpen())
        return tr("Not sent: no module is connected.");
    if (!m_session->socket(m_connectId).inUse)
        return tr("Not sent: socket %1 is not open.").arg(m_connectId);
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
    return m_status->text();
}

ConsolePanel::ConsolePanel(ModuleSession *session, QWidget *parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget(this))
{
    for (int id = 0; id < session->sockets()->socketCount(); ++id)
        m_tabs->addTab(new SocketConsole(session, id, m_tabs), tr("Socket %1").arg(id));
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
        console(id)->model()->appendNote(text);
}

} // namespace bc25::ui
