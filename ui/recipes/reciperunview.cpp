// SPDX-License-Identifier: MIT
#include "reciperunview.h"
#include "views/statusline.h"

#include "steptablemodel.h"

#include "recipe/reciperunner.h"
#include "recipe/stepreport.h"
#include "views/columnbudget.h"
#include "views/columnfit.h"
#include "views/lineheight.h"
#include "translations.h"

#include <QEvent>
#include <QFontDatabase>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace bc25::ui {

namespace {
constexpr int MaxLogLines = 5000;
}

RecipeRunView::RecipeRunView(recipe::RecipeRunner *runner, QWidget *parent)
    : QWidget(parent)
    , m_model(new StepTableModel(this))
    , m_summary(new StatusLine(2, this))
    , m_view(new QTableView(this))
    , m_details(new QPlainTextEdit(this))
    , m_log(new QPlainTextEdit(this))
{
    m_summary->setObjectName(QStringLiteral("recipes.summary"));
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_view->setModel(m_model);
    m_view->verticalHeader()->hide();
    // A recipe has tens of steps, not a log's thousands: a row may be as tall
    // as its step's name and message need, wrapped where the dock is narrow.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->verticalHeader()->setMinimumSectionSize(LineHeight::row(m_view->font(), 6));
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->viewport()->installEventFilter(this);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(true);
    fitColumns();
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_details->setReadOnly(true);
    m_details->setFont(fixed);
    // Wrapped: in a dock beside the tools the first line, why the step failed, is wider than the view.
    m_details->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_details->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_details->setPlaceholderText(tr("Select a step to see its transaction and the bytes the module printed."));
    m_log->setReadOnly(true);
    m_log->setFont(fixed);
    m_log->setMaximumBlockCount(MaxLogLines);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_view);
    split->addWidget(m_details);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split, 1);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { showStep(current.isValid() ? current.row() : -1); });
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &topLeft) {
        if (m_view->currentIndex().row() == topLeft.row())
            showStep(topLeft.row());
    });
    connect(runner, &recipe::RecipeRunner::runStarted, this, [this](const QString &name) {
        clear();
        setSummary(tr("Running %1…").arg(name));
    });
    connect(runner, &recipe::RecipeRunner::stepStarted, m_model, &StepTableModel::stepStarted);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &RecipeRunView::fitColumns);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &RecipeRunView::fitColumns);
    connect(m_model, &QAbstractItemModel::modelReset, this, &RecipeRunView::fitColumns);
    connect(runner, &recipe::RecipeRunner::stepFinished, m_model, &StepTableModel::stepFinished);
    connect(runner, &recipe::RecipeRunner::logged, m_log, &QPlainTextEdit::appendPlainText);
    connect(runner, &recipe::RecipeRunner::runFinished, this, &RecipeRunView::onFinished);
}

void RecipeRunView::setSummary(const QString &text, bool error)
{
    m_summary->setStatus(text);
    m_summary->setStyleSheet(error ? QStringLiteral("color: #b00020") : QString());
}

QString RecipeRunView::summaryText() const
{
    return m_summary->status();
}

void RecipeRunView::clear()
{
    m_model->clear();
    m_details->clear();
    m_log->clear();
}

void RecipeRunView::showDetails(const QString &text)
{
    m_details->setPlainText(text);
}

void RecipeRunView::showStep(int row)
{
    if (row < 0 || row >= m_model->rowCount()) {
        m_details->clear();
        return;
    }
    const recipe::StepResult &step = m_model->step(row);
    if (!m_model->reached(row)) {
        m_details->setPlainText(tr("%1 was not reached: the run ended before it.").arg(step.name));
        return;
    }
    if (!m_model->finished(row)) {
        m_details->setPlainText(tr("%1 is running.").arg(step.name));
        return;
    }
    QStringList text;
    if (step.passed()) {
        text << Translations::joined(tr("Passed in %1 ms: %n command(s),", nullptr, step.commands).arg(step.durationMs),
                                     tr("%n check(s) passed.", nullptr, step.checks));
    } else {
        if (step.transaction)
            text << recipe::StepReport::transactionLine(*step.transaction) << QString();
        text << recipe::StepReport::details(step);
    }
    m_details->setPlainText(text.join(QLatin1Char('\n')));
}

void RecipeRunView::fitColumns()
{
    using Room = ColumnBudget::Room;
    const QHeaderView *header = m_view->horizontalHeader();
    const int available = m_view->viewport()->width();
    const int gap = m_view->fontMetrics().averageCharWidth();
    QList<Room> rooms(StepTableModel::ColumnCount);
    // As wide as its widest word ("not reached", "未执行到"), in the font the table shows it.
    const int result = qMax(header->sectionSizeHint(StepTableModel::Result),
                            ColumnFit::textWidth(m_view, StepTableModel::resultTexts()) + gap);
    rooms[StepTableModel::Result] = {result, result};
    const int duration = qMax(header->sectionSizeHint(StepTableModel::Duration),
                              ColumnFit::textWidth(m_view, {QStringLiteral("99999")}));
    rooms[StepTableModel::Duration] = {duration, duration};
    const int words = available - result - duration; // for the names and the messages
    // Step names are sentences: on one line where the dock has room, else
    // wrapped in at least half of what the words have.
    const int name = qMax(header->sectionSizeHint(StepTableModel::Name),
                          ColumnFit::textWidth(m_view, columnTexts(StepTableModel::Name)) + gap);
    rooms[StepTableModel::Name] = {qMin(name, words / 2), name};
    // A failure's message takes the rest, wrapped in at least the other half; with none, its label.
    const bool messages = !columnTexts(StepTableModel::Message).isEmpty();
    rooms[StepTableModel::Message] = {messages ? words - words / 2 : header->sectionSizeHint(StepTableModel::Message), 0};
    const QList<int> widths = ColumnBudget::share(rooms, available, {StepTableModel::Name});
    for (int column = 0; column < widths.size(); ++column)
        m_view->setColumnWidth(column, widths.at(column));
}

QStringList RecipeRunView::columnTexts(int column) const
{
    QStringList texts;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (QString text = m_model->index(row, column).data().toString(); !text.isEmpty())
            texts << text;
    }
    return texts;
}

bool RecipeRunView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        fitColumns();
    return QWidget::eventFilter(watched, event);
}

void RecipeRunView::onFinished(const recipe::RunResult &result)
{
    // The steps never reached count too, and are listed (bc25-run's SKIP lines).
    m_model->stepsNotReached(result.unreached);
    const int total = result.stepCount();
    const double seconds = double(result.durationMs) / 1000.0;
    // Its title as the user reads it in the library ("TCP echo, buffer mode"), not the file's id.
    const QString recipe = result.title.isEmpty() ? result.recipe : result.title;
    // One multi-argument arg(): a title with "%1" in it is text, not a place for the next argument.
    const QString secondsText = QString::number(seconds, 'f', 2);
    if (total == 0) { // nothing ran, so nothing passed
        setSummary(tr("No steps ran: %1 has no step().").arg(recipe));
        return;
    }
    if (result.ranNoStep()) {
        setSummary(tr("No steps ran: %1 ended before its first step.").arg(recipe), true);
        return;
    }
    if (result.passed()) {
        setSummary(tr("%1 passed: %n step(s) in %2 s.", nullptr, total).arg(recipe, secondsText));
        return;
    }
    const int failed = m_model->firstFailedRow();
    const QString name = failed >= 0 ? m_model->step(failed).name : QString();
    if (failed >= 0 && m_model->step(failed).kind == QLatin1String("stopped")) {
        setSummary(tr("%1 was stopped at step %2, “%3” (%4 s).").arg(recipe, QString::number(failed + 1), name, secondsText),
                   true);
        m_view->selectRow(failed);
        return;
    }
    setSummary(tr("%1 failed at step %2 of %3, “%4” (%5 s).")
                       .arg(recipe, QString::number(failed + 1), QString::number(total), name, secondsText),
               true);
    // The failed step shown at once; its row stays one click away when another is chosen.
    if (failed >= 0)
        m_view->selectRow(failed);
}

} // namespace bc25::ui
