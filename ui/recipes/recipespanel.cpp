// SPDX-License-Identifier: MIT
#include "recipespanel.h"
#include "dialogs/filedialogs.h"
#include "views/tabmemory.h"
#include "views/focushandover.h"
#include "views/statusline.h"

#include "recipebuttons.h"

#include "parameterform.h"
#include "recipebrowser.h"
#include "recipeeditor.h"
#include "recipelauncher.h"
#include "reciperecorder.h"
#include "reciperunview.h"
#include "restartbar.h"

#include "link/connection.h"
#include "recipe/recipelibrary.h"
#include "recipe/reciperunner.h"
#include "session/modulesession.h"
#include "translations.h"

#include <QAction>
#include <QCoreApplication>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QRegularExpression>
#include <QScrollArea>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace bc25::ui {

namespace {

constexpr int ParameterScanMs = 400;
constexpr int ParametersTab = 1; // after the library

// The New recipe's text in the user's language: its comments and its step's
// name are the user's to read and rewrite (the Lua stays Lua).
QByteArray newRecipeText()
{
    QString stepName = QCoreApplication::translate("bc25::ui::RecipesPanel", "The module answers");
    stepName.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('"'), QStringLiteral("\\\""));
    return (QStringLiteral("-- ") + QCoreApplication::translate("bc25::ui::RecipesPanel", "My recipe") + QLatin1Char('\n')
            + QStringLiteral("-- ")
            + QCoreApplication::translate("bc25::ui::RecipesPanel", "What it checks, in a sentence or two.") + QStringLiteral("\n\n")
            + QStringLiteral("step(\"") + stepName + QStringLiteral("\")\n")
            + QStringLiteral("expect(at(\"AT\"))\n"))
            .toUtf8();
}

} // namespace

RecipesPanel::RecipesPanel(ModuleSession *session, link::Connection *connection, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_connection(connection)
    , m_runner(new recipe::RecipeRunner(session, this))
    , m_recorder(new RecipeRecorder(session, this))
    , m_launcher(new RecipeLauncher(m_runner, connection, session->sockets(), &session->profile(), this))
    , m_browser(new RecipeBrowser(&m_store, &session->profile(), this))
    , m_form(new ParameterForm(this))
    , m_editor(new RecipeEditor(this))
    , m_run(new RecipeRunView(m_runner, this))
    , m_tabs(new QTabWidget(this))
    , m_current(new StatusLine(1, this)) // a long title is cut, whole in its tooltip
    , m_restartBar(new RestartBar(this))
{
    m_editor->setObjectName(QStringLiteral("recipes.editor"));
    m_current->setObjectName(QStringLiteral("recipes.current"));

    auto *formScroll = new QScrollArea(m_tabs);
    formScroll->setWidget(m_form);
    formScroll->setWidgetResizable(true);
    formScroll->setFrameShape(QFrame::NoFrame);
    // The list is a tab too: a dock tabbed with the tools has little height on a 1280x720 screen.
    m_tabs->addTab(m_browser, tr("Library"));
    m_tabs->addTab(formScroll, tr("Parameters"));
    m_tabs->addTab(m_run, tr("Steps"));
    m_tabs->addTab(m_editor, tr("Editor"));
    m_tabs->addTab(m_run->logView(), tr("Log"));
    TabMemory::remember(m_tabs, QStringLiteral("recipes"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->setSpacing(2);
    m_buttons = new RecipeButtons(this);
    layout->addWidget(m_buttons);
    connectButtons();
    layout->addWidget(m_current);
    layout->addWidget(m_run->summary());
    layout->addWidget(m_restartBar);
    layout->addWidget(m_tabs, 1);

    m_parameterScan.setSingleShot(true);
    m_parameterScan.setInterval(ParameterScanMs);
    connect(&m_parameterScan, &QTimer::timeout, this, &RecipesPanel::refreshParameters);
    connect(m_editor->document(), &QTextDocument::contentsChanged, &m_parameterScan, qOverload<>(&QTimer::start));
    connect(m_editor->document(), &QTextDocument::modificationChanged, this, [this](bool modified) {
        m_tabs->setTabText(m_tabs->indexOf(m_editor), modified ? tr("Editor*") : tr("Editor"));
    });
    m_browser->setCanLeave([this] { return confirmDiscard(); });
    connect(m_browser, &RecipeBrowser::chosen, this, &RecipesPanel::onChosen);
    connect(connection, &link::Connection::stateChanged, this,
            [this](link::Connection::State state) { onConnectionState(int(state)); });
    connectRestartQuestion();
    connect(m_launcher, &RecipeLauncher::restarting, this, [this](const QString &text) {
        m_run->clear();
        m_run->setSummary(text);
        updateButtons();
    });
    connect(m_launcher, &RecipeLauncher::failed, this, [this](const QString &why) {
        m_restartBar->dismiss();
        m_run->setSummary(why, true);
        updateButtons();
    });
    connect(m_runner, &recipe::RecipeRunner::runStarted, this, [this] {
        if (const QString &note = m_launcher->note(); !note.isEmpty()) {
            m_run->setSummary(Translations::joined(m_run->summaryText(), note));
            m_run->logView()->appendPlainText(note);
            emit message(note);
        }
        updateButtons();
    });
    connect(m_runner, &recipe::RecipeRunner::runFinished, this, [this](const recipe::RunResult &result) {
        // The restart (or the options a serial port ignores) is part of the run's outcome.
        if (const QString &note = m_launcher->note(); !note.isEmpty())
            m_run->setSummary(Translations::joined(m_run->summaryText(), note), result.stepCount() > 0 && !result.passed());
        emit message(m_run->summaryText());
        updateButtons();
    });
    connect(m_recorder, &RecipeRecorder::recorded, this, [this](const QString &step) {
        m_run->setSummary(tr("Recording (%n action(s)), the last: %1", nullptr, m_recorder->actionCount()).arg(step));
    });

    m_browser->reload();
    m_browser->selectRemembered();
    onConnectionState(int(connection->state()));
}

RecipesPanel::~RecipesPanel() = default;

QToolButton *RecipesPanel::recordButton() const
{
    return m_buttons->recordButton();
}

void RecipesPanel::connectButtons()
{
    // Ctrl+R is the window's (Module → Run the recipe): it works from any panel.
    connect(m_buttons, &RecipeButtons::newRequested, this, &RecipesPanel::newRecipe);
    connect(m_buttons, &RecipeButtons::openRequested, this, &RecipesPanel::openDialog);
    connect(m_buttons, &RecipeButtons::saveRequested, this, &RecipesPanel::save);
    connect(m_buttons, &RecipeButtons::saveAsRequested, this, &RecipesPanel::saveAs);
    connect(m_buttons, &RecipeButtons::deleteRequested, this, [this] { deleteCurrent(true); });
    connect(m_buttons, &RecipeButtons::checkRequested, this, [this] {
        if (checkSyntax())
            m_run->setSummary(tr("The syntax is correct."));
    });
    connect(m_buttons, &RecipeButtons::runRequested, this, &RecipesPanel::run);
    connect(m_buttons, &RecipeButtons::stopRequested, this, &RecipesPanel::stop);
    connect(m_buttons, &RecipeButtons::recordToggled, this, &RecipesPanel::setRecording);
}

void RecipesPanel::connectRestartQuestion()
{
    // Sockets are open and the recipe needs the virtual module restarted: nothing happens until the user says so.
    connect(m_launcher, &RecipeLauncher::confirmationNeeded, this, [this](int openSockets) {
        m_restartBar->ask(openSockets);
        m_run->setSummary({}); // the bar asks; the last run's verdict is not this one's
        updateButtons();
    });
    connect(m_restartBar, &RestartBar::confirmed, this, [this] {
        m_launcher->confirm();
        updateButtons();
    });
    connect(m_restartBar, &RestartBar::cancelled, this, [this] {
        if (m_launcher->cancel())
            m_run->setSummary(tr("Nothing was run: the virtual module and its sockets stay as they were."));
        updateButtons();
    });
}

void RecipesPanel::onChosen(const QString &path, bool builtIn)
{
    const recipe::Recipe recipe = recipe::Recipe::fromFile(path);
    if (!recipe.readError().isEmpty()) {
        m_run->setSummary(recipe.readError(), true);
        return;
    }
    show(recipe.text(), recipe.name(), recipe.path(), builtIn);
}

bool RecipesPanel::selectRecipe(const QString &name)
{
    return m_browser->select(name) && m_name == name;
}

void RecipesPanel::show(const QByteArray &text, const QString &name, const QString &path, bool builtIn)
{
    m_name = name;
    m_path = path;
    m_builtIn = builtIn;
    // Another recipe in the editor: the last run's steps and verdict were another's.
    if (!m_runner->isRunning() && !m_launcher->isRestarting()) {
        m_run->clear();
        m_run->setSummary({});
    }
    m_editor->setPlainText(QString::fromUtf8(text));
    m_editor->document()->setModified(false);
    describeCurrent();
    m_buttons->deleteButton()->setEnabled(!builtIn && !path.isEmpty());
    refreshParameters();
}

void RecipesPanel::describeCurrent()
{
    // After a save under a new name or an edit of the title line too, not only when a recipe is chosen.
    const recipe::Recipe shown = currentRecipe();
    m_browser->describe(shown);
    m_current->setStatus(tr("Recipe: %1 (%2)").arg(shown.title(), m_name));
}

recipe::Recipe RecipesPanel::currentRecipe() const
{
    return recipe::Recipe::fromText(m_editor->toPlainText().toUtf8(), m_name);
}

QString RecipesPanel::summary() const
{
    return m_run->summaryText();
}

bool RecipesPanel::confirmDiscard()
{
    if (!m_editor->document()->isModified())
        return true;
    return QMessageBox::question(this, tr("Recipes"), tr("Discard the changes to %1?").arg(m_name),
                                 QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel)
            == QMessageBox::Discard;
}

void RecipesPanel::refreshParameters()
{
    m_parameterScan.stop();
    const QList<recipe::RecipeParameter> declared = recipe::RecipeParameters::declaredIn(m_editor->toPlainText().toUtf8());
    if (declared != m_form->parameters() || m_form->count() == 0)
        m_form->setParameters(declared, m_prefill);
    describeCurrent();
}

void RecipesPanel::onConnectionState(int state)
{
    // A new link shows nothing of the old one (README): the last run's verdict and
    // steps were another link's, as after a model switch. Not the restart a
    // recipe asked for, nor a recording, whose lines are this run's.
    if (link::Connection::State(state) == link::Connection::State::Connecting && !m_runner->isRunning()
        && !m_launcher->isRestarting() && !m_recorder->isRecording()) {
        m_run->clear();
        m_run->setSummary({});
    }
    if (link::Connection::State(state) == link::Connection::State::Connected) {
        m_prefill = recipe::RecipeLibrary::parametersFor(*m_connection);
        m_form->updatePrefill(m_prefill);
    }
    updateButtons();
}

bool RecipesPanel::checkSyntax()
{
    const recipe::Recipe::SyntaxError error = currentRecipe().checkSyntax();
    if (!error.isError()) {
        m_editor->markErrorLine(-1);
        return true;
    }
    m_run->clear();
    // Lua says "name.lua:12: message"; the line is in our sentence and the recipe's name above it.
    QString message = error.message;
    if (error.line > 0)
        message.remove(QRegularExpression(QStringLiteral("^[^:]*:\\d+:\\s*")));
    m_run->setSummary(error.line > 0 ? tr("Syntax error at line %1, nothing was run: %2").arg(error.line).arg(message)
                                     : tr("The recipe cannot be read, nothing was run: %1").arg(error.message),
                      true);
    m_run->showDetails(error.message);
    m_tabs->setCurrentWidget(m_editor);
    m_editor->markErrorLine(error.line);
    return false;
}

bool RecipesPanel::run()
{
    if (m_runner->isRunning() || m_launcher->isRestarting() || !checkSyntax())
        return false;
    // A recipe not for this model is refused before its parameters are asked for:
    // no fields to fill for a run that cannot be (new-user pass 8, F4).
    if (const QString why = m_launcher->refusalForModel(currentRecipe()); !why.isEmpty()) {
        m_run->clear();
        m_run->setSummary(why, true);
        m_tabs->setCurrentWidget(m_run);
        return false;
    }
    refreshParameters();
    QStringList missing;
    (void)m_form->values(&missing);
    if (!missing.isEmpty()) {
        m_run->setSummary(tr("Give a value for %1: nothing was run.").arg(missing.join(QStringLiteral(", "))), true);
        m_tabs->setCurrentIndex(ParametersTab);
        return false;
    }
    if (const QString why = m_launcher->launch(currentRecipe(), [this] { return parameterValues(); }); !why.isEmpty()) {
        m_run->setSummary(why, true);
        return false;
    }
    m_tabs->setCurrentWidget(m_run);
    updateButtons();
    return true;
}

QHash<QString, QString> RecipesPanel::parameterValues()
{
    // Asked when the run begins: after a restart the module's services have moved, and free ports are free now.
    m_prefill = recipe::RecipeLibrary::parametersFor(*m_connection);
    m_form->updatePrefill(m_prefill);
    QHash<QString, QString> values = m_prefill;
    const QHash<QString, QString> given = m_form->values();
    for (auto it = given.cbegin(); it != given.cend(); ++it)
        values.insert(it.key(), it.value());
    return values;
}

void RecipesPanel::stop()
{
    m_restartBar->dismiss();
    if (m_launcher->cancel())
        m_run->setSummary(tr("Stopped before the run began."));
    m_runner->stop();
    updateButtons();
}

void RecipesPanel::setRecording(bool on)
{
    if (m_buttons->recordButton()->isChecked() != on) {
        m_buttons->recordButton()->setChecked(on); // comes back here through toggled
        return;
    }
    if (on == m_recorder->isRecording())
        return;
    if (on) {
        m_recorder->start(m_prefill);
        m_run->setSummary(tr("Recording: what you do in the terminal and the panels becomes a recipe. Press Record again to stop."));
        return;
    }
    const int actions = m_recorder->actionCount();
    const QList<int> opened = m_recorder->socketsOpened();
    const QByteArray draft = m_recorder->stop();
    if (!confirmDiscard()) {
        m_run->setSummary(tr("The recording was dropped."));
        return;
    }
    show(draft, QStringLiteral("recorded_") + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd_HHmmss")), {}, false);
    m_editor->document()->setModified(true);
    m_browser->clearSelection();
    m_tabs->setCurrentWidget(m_editor);
    QString summary = tr("The recording (%n action(s)) is in the editor: edit it, run it (Ctrl+R), save it.", nullptr, actions);
    // A socket opened while recording is still open: the draft's AT+QIOPEN on it would fail with 563.
    QStringList reopened;
    for (const int id : opened) {
        if (m_session->socket(id).inUse)
            reopened << QString::number(id);
    }
    if (!reopened.isEmpty())
        summary = Translations::joined(summary, tr("Close socket %1 before you run it: the draft opens it again.")
                                                        .arg(reopened.join(QStringLiteral(", "))));
    m_run->setSummary(summary);
}

void RecipesPanel::newRecipe()
{
    if (!confirmDiscard())
        return;
    show(newRecipeText(), QStringLiteral("my_recipe"), {}, false);
    m_browser->clearSelection();
    m_tabs->setCurrentWidget(m_editor);
}

void RecipesPanel::loadFile(const QString &path)
{
    const recipe::Recipe recipe = recipe::Recipe::fromFile(path);
    if (!recipe.readError().isEmpty()) {
        m_run->setSummary(recipe.readError(), true);
        return;
    }
    show(recipe.text(), recipe.name(), path, false);
    m_browser->reload(path);
    m_tabs->setCurrentWidget(m_editor);
}

void RecipesPanel::openDialog()
{
    if (!confirmDiscard())
        return;
    const QString path = FileDialogs::openFile(this, FileDialogs::Purpose::Recipe, tr("Open a recipe"),
                                               tr("Recipes (*.lua);;All files (*)"), m_store.folder());
    if (!path.isEmpty())
        loadFile(path);
}

QString RecipesPanel::saveTo(const QString &path)
{
    const QString error = RecipeStore::save(path, m_editor->toPlainText().toUtf8());
    if (!error.isEmpty()) {
        m_run->setSummary(error, true);
        return error;
    }
    m_path = path;
    m_name = QFileInfo(path).completeBaseName();
    m_builtIn = false;
    m_editor->document()->setModified(false);
    m_buttons->deleteButton()->setEnabled(true);
    m_browser->reload(path);
    describeCurrent();
    m_run->setSummary(tr("Saved to %1.").arg(path));
    return {};
}

bool RecipesPanel::hasUnsavedDraft() const
{
    return m_editor->document()->isModified();
}

QString RecipesPanel::saveDraft()
{
    if (!m_path.isEmpty() && !m_builtIn)
        return saveTo(m_path);
    const QString base = RecipeStore::nameProblem(m_name).isEmpty() ? m_name : QStringLiteral("recipe");
    QString name = base;
    for (int n = 2; QFileInfo::exists(m_store.pathOf(name)); ++n)
        name = base + QLatin1Char('_') + QString::number(n);
    return saveTo(m_store.pathOf(name));
}

void RecipesPanel::save()
{
    if (m_path.isEmpty() || m_builtIn)
        saveAs();
    else
        saveTo(m_path);
}

void RecipesPanel::saveAs()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save the recipe as"), tr("Name (letters, digits, _ and -):"),
                                               QLineEdit::Normal, m_name, &ok).trimmed();
    if (!ok)
        return;
    if (const QString problem = RecipeStore::nameProblem(name); !problem.isEmpty()) {
        m_run->setSummary(problem, true);
        return;
    }
    const QString path = m_store.pathOf(name);
    if (path != m_path && QFileInfo::exists(path)
        && QMessageBox::question(this, tr("Recipes"), tr("Replace your recipe %1?").arg(name)) != QMessageBox::Yes)
        return;
    saveTo(path);
}

void RecipesPanel::deleteCurrent(bool confirm)
{
    if (m_builtIn || m_path.isEmpty())
        return;
    if (confirm && QMessageBox::question(this, tr("Recipes"), tr("Delete your recipe %1?").arg(m_name)) != QMessageBox::Yes)
        return;
    if (const QString error = RecipeStore::remove(m_path); !error.isEmpty()) {
        m_run->setSummary(error, true);
        return;
    }
    m_run->setSummary(tr("Deleted %1.").arg(m_path));
    m_path.clear();
    m_editor->document()->setModified(false);
    m_browser->reload();
    m_browser->selectFirst();
}

void RecipesPanel::updateButtons()
{
    const bool connected = m_connection->state() == link::Connection::State::Connected;
    const bool busy = m_runner->isRunning() || m_launcher->isRestarting();
    QWidget *run = m_buttons->runButton();
    QWidget *stop = m_buttons->stopButton();
    // Whichever button goes off while it has the focus hands it to the other, or to the editor.
    if (busy)
        stop->setEnabled(true);
    FocusHandover::setEnabled(run, connected && !busy, stop->isEnabled() ? stop : static_cast<QWidget *>(m_editor));
    FocusHandover::setEnabled(stop, busy, run->isEnabled() ? run : static_cast<QWidget *>(m_editor));
    m_buttons->runButton()->setToolTip(connected ? RecipeButtons::tr("Runs the recipe in the editor with these parameters (Ctrl+R)")
                                                 : tr("No module is connected: connect one to run the recipe."));
}

} // namespace bc25::ui
