// SPDX-License-Identifier: MIT
#pragma once

#include "recipestore.h"

#include "recipe/recipe.h"

#include <QTimer>
#include <QWidget>

class QLabel;
class QTabWidget;
class QToolButton;

namespace bc25 { class ModuleSession; }
namespace bc25::link { class Connection; }
namespace bc25::recipe { class RecipeRunner; }

namespace bc25::ui {

class RecipeButtons;
class StatusLine;

class ParameterForm;
class RecipeBrowser;
class RecipeEditor;
class RecipeLauncher;
class RecipeRecorder;
class RecipeRunView;
class RestartBar;

// The Recipes dock (issue 9): the built-in recipes and the user's own
// (RecipeStore) in a list; the chosen one's parameters in a form, its text in
// an editor with syntax colouring; Run (Ctrl+R) checks the syntax first and
// runs nothing on an error; Stop ends a run cleanly; the steps, the failed
// step's transaction and bytes, and the log as the run goes (RecipeRunView);
// Record turns what the user does in the terminal and the panels into a
// draft in the editor. A recipe that asks the virtual module for options
// restarts it with them first. The runner is event-driven: nothing blocks.
class RecipesPanel final : public QWidget
{
    Q_OBJECT
public:
    RecipesPanel(ModuleSession *session, link::Connection *connection, QWidget *parent = nullptr);
    ~RecipesPanel() override;

    // The recipe as the editor holds it.
    [[nodiscard]] recipe::Recipe currentRecipe() const;
    [[nodiscard]] const QString &currentPath() const { return m_path; }
    // Chooses a listed recipe by name; false if none has it.
    bool selectRecipe(const QString &name);
    void loadFile(const QString &path);
    void newRecipe();

    // Checks the editor's text; on an error shows its line and message and returns false.
    bool checkSyntax();
    // Runs the editor's recipe with the form's parameters; false when nothing was started
    // (true too when the restart it needs waits for the user's answer: restartBar()).
    bool run();
    void stop();
    void setRecording(bool on);
    // Saves the editor's text to `path` (a file of the store, usually) and lists it.
    QString saveTo(const QString &path);
    // The editor holds text not saved (a recorded draft, a new or edited recipe): "Editor*".
    [[nodiscard]] bool hasUnsavedDraft() const;
    [[nodiscard]] const QString &draftName() const { return m_name; }
    // Saves the editor's text without asking for a name: to its own file, else to the
    // user's recipes under its name (a free one, when a built-in's or another's has it).
    // An error's text, or empty.
    QString saveDraft();
    // Deletes the user's recipe shown, after asking when `confirm`.
    void deleteCurrent(bool confirm = true);

    [[nodiscard]] RecipeBrowser *browser() const { return m_browser; }
    [[nodiscard]] ParameterForm *form() const { return m_form; }
    [[nodiscard]] RecipeEditor *editor() const { return m_editor; }
    [[nodiscard]] RecipeRunView *runView() const { return m_run; }
    [[nodiscard]] recipe::RecipeRunner *runner() const { return m_runner; }
    [[nodiscard]] RecipeRecorder *recorder() const { return m_recorder; }
    [[nodiscard]] QTabWidget *tabs() const { return m_tabs; }
    // The question asked before a restart that would close open sockets.
    [[nodiscard]] RestartBar *restartBar() const { return m_restartBar; }
    [[nodiscard]] QToolButton *recordButton() const;
    [[nodiscard]] QString summary() const;
    [[nodiscard]] const RecipeStore &store() const { return m_store; }

signals:
    // For the status bar.
    void message(const QString &text);

private:
    void describeCurrent();
    void connectButtons();
    void connectRestartQuestion();
    void onChosen(const QString &path, bool builtIn);
    void show(const QByteArray &text, const QString &name, const QString &path, bool builtIn);
    bool confirmDiscard();
    void refreshParameters();
    void onConnectionState(int state);
    QHash<QString, QString> parameterValues();
    void save();
    void saveAs();
    void openDialog();
    void updateButtons();

    ModuleSession *m_session;
    link::Connection *m_connection;
    recipe::RecipeRunner *m_runner;
    RecipeRecorder *m_recorder;
    RecipeLauncher *m_launcher;
    RecipeStore m_store;
    RecipeBrowser *m_browser;
    ParameterForm *m_form;
    RecipeEditor *m_editor;
    RecipeRunView *m_run;
    QTabWidget *m_tabs;
    StatusLine *m_current;
    RestartBar *m_restartBar;
    RecipeButtons *m_buttons = nullptr;
    QTimer m_parameterScan;
    QString m_name;
    QString m_path;
    bool m_builtIn = false;
    QHash<QString, QString> m_prefill;
};

} // namespace bc25::ui
