// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

#include <functional>

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace bc25::profile { class ModuleProfile; }
namespace bc25::recipe { class Recipe; }

namespace bc25::ui {

class RecipeStore;

// The Recipes dock's list: the built-in recipes and the user's own (the
// store's folder), by translated title, the chosen one's description below.
// Choosing another asks the dock first (unsaved edits), through canLeave.
class RecipeBrowser final : public QWidget
{
    Q_OBJECT
public:
    // Recipes whose "-- models:" header leaves out `model` are greyed, the reason in their tooltip.
    RecipeBrowser(const RecipeStore *store, const profile::ModuleProfile *model, QWidget *parent = nullptr);

    void setCanLeave(std::function<bool()> canLeave) { m_canLeave = std::move(canLeave); }
    // Lists both groups again, choosing the recipe at `selectPath` (without a signal).
    void reload(const QString &selectPath = {});
    // Chooses a listed recipe by file base name; false when none has it.
    bool select(const QString &name);
    void selectFirst();
    // Chooses the recipe chosen last, before a restart too (the settings keep
    // its path); the first when there was none or it is gone.
    void selectRemembered();
    void clearSelection();
    void describe(const recipe::Recipe &recipe);

    [[nodiscard]] QTreeWidget *tree() const { return m_tree; }
    [[nodiscard]] QStringList names(bool builtIn) const;

signals:
    void chosen(const QString &path, bool builtIn);

private:
    const RecipeStore *m_store;
    const profile::ModuleProfile *m_model;
    QTreeWidget *m_tree;
    QLabel *m_description;
    std::function<bool()> m_canLeave;
};

} // namespace bc25::ui
