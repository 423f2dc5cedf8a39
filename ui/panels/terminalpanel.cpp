// SPDX-License-Identifier: MIT
#include "terminalpanel.h"
#include "commandhint.h"
#include "views/sharedstatuslines.h"
#include "views/statusline.h"

#include "profile/moduleprofile.h"


#include "tabletext.h"

#include "modulecontrols.h"

#include "at/atcommand.h"
#include "bc25/commandcatalog.h"
#include "bc25/commands.h"
#include "bc25/errorcodes.h"
#include "bc25/responses.h"
#include "session/modulesession.h"
#include "models/trafficmodel.h"
#include "search/findbar.h"
#include "views/logview.h"
#include "views/lineheight.h"

#include <QCheckBox>
#include <QAbstractItemView>
#include <QComboBox>
#include <QCompleter>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QScrollBar>
#include <QSettings>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace bc25::ui {

namespace {
constexpr int MaxHistory = 200;
}

TerminalPanel::TerminalPanel(ModuleSession *session, TrafficModel *model, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(model)
    , m_filter(new TrafficFilterModel(this))
    , m_view(new LogView(this))
    , m_find(new FindBar(this))
    , m_line(new QLineEdit(this))
    , m_viewFormat(new QComboBox(this))
    , m_hidePolling(new QCheckBox(tr("Hide polling"), this))
    // Together a fixed height: the command row above them never moves. The
    // result came under three empty lines of syntax, cut at two lines of its
    // own (new-user pass 10, EN F11): right under the line now, as many as it needs.
    , m_underLine(new SharedStatusLines(UnderLineLines, this))
    , m_status(m_underLine->first())
    , m_hint(m_underLine->second())
{
    TableText::installCopy(m_view);
    m_view->verticalHeader()->setDefaultSectionSize(LineHeight::row(m_view->font(), 4));

    // Completion from the module profile's table, each with its syntax, ranges and manual section.
    auto *completions = new QStandardItemModel(this);
    for (const CommandSpec &spec : session->profile().commands()) {
        const QString command = QString::fromLatin1(spec.commandText());
        const QString help = CommandCatalog::syntax(spec).join(QLatin1Char('\n')) + QLatin1Char('\n')
                + CommandCatalog::reference(spec);
        auto add = [&](const QString &text) {
            auto *item = new QStandardItem(text);
            item->setToolTip(help);
            completions->appendRow(item);
        };
        if (spec.forms.testFlag(CommandForm::Test))
            add(command + QStringLiteral("=?"));
        if (spec.forms.testFlag(CommandForm::Read))
            add(command + QLatin1Char('?'));
        if (spec.forms.testFlag(CommandForm::Write))
            add(command + (spec.name.startsWith('+') ? QStringLiteral("=") : QString()));
        if (spec.forms.testFlag(CommandForm::Execute) && !spec.forms.testFlag(CommandForm::Write))
            add(command);
    }
    auto *completer = new QCompleter(completions, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_line->setCompleter(completer);
    // While the completions show, the completer hands Enter to the line edit
    // past the event filter below, and the line says returnPressed. With one
    // of them chosen (Up/Down), Enter fills the line with it (the completer's).
    connect(m_line, &QLineEdit::returnPressed, this, [this, completer] {
        if (!completer->popup()->currentIndex().isValid())
            enterWithCompletions();
    });
    connect(m_line, &QLineEdit::textChanged, this, &TerminalPanel::showSyntax);
    m_history = QSettings().value(QStringLiteral("terminal/history")).toStringList();
    m_historyIndex = int(m_history.size());
    m_line->setPlaceholderText(tr("AT command; Up/Down: history"));
    m_line->installEventFilter(this);
    m_status->setObjectName(QStringLiteral("terminal.status"));
    m_hint->setObjectName(QStringLiteral("terminal.hint"));
    m_hint->setStyleSheet(QStringLiteral("color: #555555"));

    auto *send = new QPushButton(tr("Send"), this);
    ModuleControls::mark(send);
    // Never the default: a button of its own, and a confirmation the first time.
    auto *sendRaw = new QPushButton(tr("Send raw"), this);
    sendRaw->setObjectName(QStringLiteral("sendRaw"));
    sendRaw->setToolTip(tr("Send the line as typed, without the manual's checks, to see what the module answers "
                           "(Ctrl+Shift+Enter); marked RAW in the terminal and the transactions"));
    ModuleControls::mark(sendRaw);
    auto *clear = new QPushButton(tr("Clear"), this);
    // What the view shows above it, the command line below: the line keeps
    // the dock's whole width on a 1280-pixel screen.
    auto *viewBar = new QHBoxLayout;
    m_viewFormat->addItems({tr("Text"), tr("Hex"), tr("Hex + text")});
    m_viewFormat->setObjectName(QStringLiteral("viewFormat"));
    m_viewFormat->setToolTip(tr("Show the bytes as text, as hex, or both side by side (offset, hex, text)"));
    viewBar->addWidget(new QLabel(tr("Show as:"), this));
    viewBar->addWidget(m_viewFormat);
    viewBar->addWidget(m_hidePolling);
    viewBar->addStretch(1);
    auto *exportButton = new QPushButton(tr("Export…"), this);
    viewBar->addWidget(exportButton);
    viewBar->addWidget(clear);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_line, 1);
    bar->addWidget(send);
    bar->addWidget(sendRaw);
    connect(exportButton, &QPushButton::clicked, this, [this] {
        m_model->flush();
        if (const QString said = TableText::exportWithDialog(this, m_view->model(), tr("terminal"), QStringLiteral("terminal.tsv"));
            !said.isEmpty()) {
            m_status->setStatus(said);
            m_refusalShown = false;
        }
    });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addLayout(viewBar);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_find);
    layout->addLayout(bar);
    layout->addWidget(m_underLine);

    connect(send, &QPushButton::clicked, this, [this] { submit(m_line->text()); });
    connect(sendRaw, &QPushButton::clicked, this, [this] { submitRaw(m_line->text()); });
    completer->popup()->installEventFilter(this);
    connect(m_viewFormat, &QComboBox::currentIndexChanged, this, [this](int format) {
        m_model->setViewMode(ByteText::ViewMode(format));
        showTraffic(m_hidePolling->isChecked()); // the columns and the search follow
    });
    m_hidePolling->setObjectName(QStringLiteral("hidePolling"));
    m_hidePolling->setToolTip(tr("Hide the commands the workbench sends by itself (status polling, socket refreshes, "
                                 "reads after a receive notice, error queries) and their answers"));
    m_hidePolling->setChecked(QSettings().value(QStringLiteral("terminal/hidePolling"), false).toBool());
    showTraffic(m_hidePolling->isChecked());
    connect(m_hidePolling, &QCheckBox::toggled, this, [this](bool hide) {
        showTraffic(hide);
        QSettings().setValue(QStringLiteral("terminal/hidePolling"), hide);
    });
    connect(clear, &QPushButton::clicked, model, &TrafficModel::clear);
    // The command's result is its second phase's when it has one (+QIOPEN: 0,566
    // after OK is a failure): the same words as the transactions dock and the status bar.
    connect(session, &ModuleSession::commandFinished, this, [this](const at::CommandResult &result) {
        if ((result.source == at::Source::Terminal || result.source == at::Source::Raw)
            && result.operation.status == at::OperationResult::Status::Pending)
            m_status->setStatus(CommandRunner::resultText(result));
        // A refusal of a typed line is old news once the user did it another
        // way (the Open dialog, a quick command, a recipe): the module has moved on.
        const bool userElsewhere = result.source == at::Source::Panel || result.source == at::Source::Quick
                || result.source == at::Source::Recipe || result.source == at::Source::Health;
        if (m_refusalShown && userElsewhere && result.ok()) {
            m_refusalShown = false;
            m_status->setStatus({});
        }
    });
    connect(session, &ModuleSession::typedCommandFinished, this,
            [this](const at::Transaction &t) {
                const QString result = CommandRunner::resultText(t);
                m_status->setStatus(t.source == at::Source::Raw ? tr("Sent raw — %1").arg(result) : result);
                m_awaitingReason = t.status == at::Transaction::Status::Error;
                m_refusalShown = false;
            });
    // A bare ERROR is followed by the runner's AT+QIGETERROR: its answer belongs beside the result.
    connect(session->commands(), &CommandRunner::lastErrorRead, this, [this](const LastError &error) {
        if (!std::exchange(m_awaitingReason, false) || error.code == ErrorCodes::Success)
            return;
        m_status->setStatus(m_status->status() + QLatin1Char(' ')
                          + tr("The module says why: %1.").arg(ErrorCodes::describe(error.code)));
    });
    // A result of the module that was is not news of the next one (or of none).
    connect(session, &ModuleSession::forgotten, this, [this] {
        m_status->setStatus({});
        m_awaitingReason = false;
        m_refusalShown = false;
    });
}

QString TerminalPanel::submit(const QString &text)
{
    const QString line = text.trimmed();
    if (line.isEmpty())
        return {};
    // UTF-8, as the consoles send text: "你好" typed in a command is six bytes, not "??".
    const QString error = m_session->sendTyped(line.toUtf8());
    // A refusal says how to send it all the same, on purpose.
    m_status->setStatus(error.isEmpty() || !Commands::rawFromText(m_session->profile().catalog(), line.toUtf8()).ok()
                              ? error
                              : tr("%1 (Ctrl+Shift+Enter sends it raw.)").arg(error));
    m_refusalShown = !error.isEmpty();
    if (m_history.isEmpty() || m_history.constLast() != line)
        m_history << line;
    while (m_history.size() > MaxHistory)
        m_history.removeFirst();
    m_historyIndex = int(m_history.size());
    QSettings().setValue(QStringLiteral("terminal/history"), m_history); // it survives a restart
    if (error.isEmpty())
        m_line->clear();
    return error;
}

QString TerminalPanel::submitRaw(const QString &text)
{
    const QString line = text.trimmed();
    if (line.isEmpty())
        return {};
    if (QSettings().value(QStringLiteral("terminal/rawConfirmed"), false).toBool()) {
        sendRaw(line);
        return m_status->status();
    }
    // Asked once: after that the button and the shortcut are the deliberate act.
    auto *confirm = new QMessageBox(QMessageBox::Warning, tr("Send raw"),
                                    tr("Send %1 without the manual's checks?").arg(line),
                                    QMessageBox::Cancel, this);
    confirm->setObjectName(QStringLiteral("confirmRaw"));
    confirm->setInformativeText(tr("The line goes out as typed, even if a parameter is out of the manual's range, "
                                   "so you see what the module itself answers. The workbench believes nothing it "
                                   "says about settings. It is marked RAW in the terminal and the transactions. "
                                   "You will not be asked again."));
    QPushButton *send = confirm->addButton(tr("Send raw"), QMessageBox::AcceptRole);
    confirm->setDefaultButton(QMessageBox::Cancel);
    confirm->setAttribute(Qt::WA_DeleteOnClose);
    connect(confirm, &QMessageBox::buttonClicked, this, [this, send, line](QAbstractButton *button) {
        if (button != send)
            return;
        QSettings().setValue(QStringLiteral("terminal/rawConfirmed"), true);
        sendRaw(line);
    });
    confirm->open(); // not exec(): the window goes on while it asks
    return {};
}

void TerminalPanel::sendRaw(const QString &line)
{
    const QString error = m_session->sendRaw(line.toUtf8());
    m_status->setStatus(error.isEmpty() ? tr("%1 sent raw, unchecked.").arg(line) : error);
    m_refusalShown = !error.isEmpty();
    if (!error.isEmpty())
        return;
    if (m_history.isEmpty() || m_history.constLast() != line)
        m_history << line;
    while (m_history.size() > MaxHistory)
        m_history.removeFirst();
    m_historyIndex = int(m_history.size());
    QSettings().setValue(QStringLiteral("terminal/history"), m_history);
    m_line->clear();
}

void TerminalPanel::enterWithCompletions()
{
    // None chosen. A command typed whole ("ATI", "AT+CSQ") is sent, as
    // without the list: a terminal sends what was typed with one Enter. The
    // start of one ("AT+QIOP") never is — it went to the module as a typo
    // (new-user pass 10, ZH F5) —: Enter completes it, as Tab in a shell,
    // where one command starts so; where several do, the list stays with the
    // first chosen, so Enter takes it or Up/Down another (an editor's list).
    const QString typed = m_line->text().trimmed();
    QCompleter *completer = m_line->completer();
    const QAbstractItemModel *completions = completer->model();
    const QModelIndexList starting = completions->match(completions->index(0, 0), Qt::DisplayRole, typed, -1,
                                                        Qt::MatchStartsWith);
    const bool whole = std::any_of(starting.cbegin(), starting.cend(), [&typed](const QModelIndex &index) {
        return index.data().toString().compare(typed, Qt::CaseInsensitive) == 0;
    });
    if (typed.isEmpty() || whole || starting.isEmpty()) {
        submit(typed);
        return;
    }
    if (starting.size() == 1) {
        m_line->setText(starting.constFirst().data().toString());
        return;
    }
    // The completer hides its list once this Enter is handled: shown again after.
    QMetaObject::invokeMethod(this, [this, typed] {
        QCompleter *completer = m_line->completer();
        completer->setCompletionPrefix(typed);
        completer->complete();
        completer->popup()->setCurrentIndex(completer->completionModel()->index(0, 0));
    }, Qt::QueuedConnection);
}

QCompleter *TerminalPanel::completer() const
{
    return m_line->completer();
}

QString TerminalPanel::statusText() const
{
    return m_status->status();
}

void TerminalPanel::keepPopupOffHint()
{
    QWidget *popup = m_line->completer()->popup();
    if (!popup->isVisible() || m_hint->status().isEmpty())
        return;
    const QRect hint(m_hint->mapToGlobal(QPoint(0, 0)), m_hint->size());
    QRect placed = popup->geometry();
    if (!placed.intersects(hint))
        return;
    // QCompleter puts the list under the line (the hint's place), or over it
    // when the screen ends first: under the hint then, or over the line.
    const QRect line(m_line->mapToGlobal(QPoint(0, 0)), m_line->size());
    const QRect screen = m_line->screen() ? m_line->screen()->availableGeometry() : QRect();
    const int below = screen.isValid() ? screen.bottom() - hint.bottom() : placed.height();
    if (below >= qMin(placed.height(), 3 * m_line->height())) {
        placed.moveTop(hint.bottom() + 1);
        placed.setHeight(qMin(placed.height(), below));
    } else {
        const int above = screen.isValid() ? line.top() - screen.top() : placed.height();
        placed.setHeight(qMin(placed.height(), above));
        placed.moveBottom(line.top() - 1);
    }
    popup->setGeometry(placed);
}

void TerminalPanel::showSyntax(const QString &text)
{
    // The command being typed: its forms, ranges and section, as a tooltip and a hint.
    const QByteArray typed = text.trimmed().toUtf8();
    const ParsedCommand parsed = m_session->profile().catalog().parse(typed);
    // The line shows what fits; the tooltips of both say it all, a thing a line.
    QString help = parsed.spec ? CommandHint::line(m_session->profile(), *parsed.spec) : QString();
    const QString details = parsed.spec ? CommandHint::details(m_session->profile(), *parsed.spec) : QString();
    // A command the model's manual does not have goes out as typed: said
    // before it is sent, unless it is still the start of one (the completer
    // has it) — a refusal of a command the manual has is said when it is sent.
    // Only what Enter would send is said so (a chained line is refused when sent).
    const CommandCatalog &catalog = m_session->profile().catalog();
    if (!parsed.spec && typed.size() > 2 && !isCompletionPrefix(text.trimmed()) && Commands::fromText(catalog, typed).ok()) {
        help = parsed.name.isEmpty()
                ? tr("%1 is not an AT command. Enter sends it as typed; the workbench believes nothing it changes.")
                          .arg(QString::fromUtf8(typed))
                : tr("%1 Enter sends it as typed; the workbench believes nothing it changes.")
                          .arg(CommandCatalog::validate(parsed));
    }
    m_line->setToolTip(details.isEmpty() ? help : details);
    m_hint->setStatus(help, details);
}

bool TerminalPanel::isCompletionPrefix(const QString &text) const
{
    const QAbstractItemModel *completions = m_line->completer()->model();
    return !completions->match(completions->index(0, 0), Qt::DisplayRole, text, 1, Qt::MatchStartsWith).isEmpty();
}

QString TerminalPanel::hintText() const
{
    return m_hint->status();
}

void TerminalPanel::showTraffic(bool hidePolling)
{
    // The filter stands between the traffic and the view only while it hides
    // something: unfiltered, a flood costs the proxy's bookkeeping nothing.
    m_filter->setHideOwn(hidePolling);
    m_filter->setSourceModel(hidePolling ? m_model : nullptr);
    m_view->setModel(hidePolling ? static_cast<QAbstractItemModel *>(m_filter) : m_model);
    m_view->setColumnWidth(TrafficModel::Time, 110);
    m_view->setColumnWidth(TrafficModel::Direction, 40);
    m_view->scrollToBottom();
    if (m_model->viewMode() == ByteText::ViewMode::HexAndText) {
        // The hex column as wide as hexdump -C's line (the offset and 16 bytes):
        // rows of 16 bytes are never cut, the text beside (a narrow dock scrolls
        // sideways rather than hide bytes).
        const QFontMetrics monospace(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        const int line = monospace.horizontalAdvance(QString(8 + 2 + 16 * 3 + 2, QLatin1Char('0')));
        m_view->setColumnWidth(TrafficModel::Bytes, line);
        m_find->attach(m_view, {TrafficModel::Bytes, TrafficModel::Text});
    } else {
        m_find->attach(m_view, {TrafficModel::Bytes}); // not the times and directions every row has
    }
}

bool TerminalPanel::showRow(int row)
{
    const QModelIndex source = m_model->index(row, TrafficModel::Bytes);
    const QModelIndex index = m_view->model() == m_filter ? m_filter->mapFromSource(source) : source;
    if (!index.isValid())
        return false;
    m_view->selectRow(index.row());
    m_view->scrollTo(index, QAbstractItemView::PositionAtCenter);
    return true;
}

void TerminalPanel::setHidePolling(bool hide)
{
    m_hidePolling->setChecked(hide);
}

bool TerminalPanel::hidesPolling() const
{
    return m_hidePolling->isChecked();
}

bool TerminalPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_line->completer()->popup()) {
        // The completer places its list on each keystroke; it is moved after.
        if (event->type() == QEvent::Show || event->type() == QEvent::Move || event->type() == QEvent::Resize)
            keepPopupOffHint();
        return QWidget::eventFilter(watched, event);
    }
    if (watched != m_line || event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const auto *keyEvent = static_cast<QKeyEvent *>(event);
    const int key = keyEvent->key();
    if ((key == Qt::Key_Return || key == Qt::Key_Enter)
        && keyEvent->modifiers().testFlags(Qt::ControlModifier | Qt::ShiftModifier)) {
        submitRaw(m_line->text());
        return true;
    }
    // Enter sends what the line holds. The completer hands its own Enter
    // straight to the line edit, past this filter (see returnPressed above):
    // choosing a completion fills the line, and only the next Enter sends.
    if (key == Qt::Key_Return || key == Qt::Key_Enter) {
        submit(m_line->text());
        return true;
    }
    if (!m_history.isEmpty()) {
        if (key == Qt::Key_Up || key == Qt::Key_Down) {
            m_historyIndex = qBound(0, m_historyIndex + (key == Qt::Key_Up ? -1 : 1), int(m_history.size()));
            m_line->setText(m_historyIndex < m_history.size() ? m_history.at(m_historyIndex) : QString());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace bc25::ui
