// SPDX-License-Identifier: MIT
#include "recipebrowser.h"
#include "views/steadylayout.h"

#include "recipelauncher.h"
#include "recipestore.h"

#include "recipe/recipelibrary.h"

#include <QFileInfo>
#include <QLabel>
#include <QSettings>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QVBoxLayout>

namespace bc25::ui {

namespace {
constexpr int PathRole = Qt::UserRole;
constexpr int BuiltInRole = Qt::UserRole + 1;
const QString SelectedKey = QStringLiteral("recipes/selected"); // the chosen recipe's path
}

RecipeBrowser::RecipeBrowser(const RecipeStore *store, const profile::ModuleProfile *model, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_model(model)
    , m_tree(new QTreeWidget(this))
    , m_description(new QLabel(this))
{
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true);
    SteadyLayout::wrapChangingText(m_description);
    m_description->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_description->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_description);

    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item, QTreeWidgetItem *previous) {
        if (!item || item->data(0, PathRole).toString().isEmpty())
            return;
        if (m_canLeave && !m_canLeave()) {
            const QSignalBlocker block(m_tree);
            m_tree->setCurrentItem(previous);
            return;
        }
        QSettings().setValue(SelectedKey, item->data(0, PathRole).toString());
        emit chosen(item->data(0, PathRole).toString(), item->data(0, BuiltInRole).toBool());
    });
}

void RecipeBrowser::reload(const QString &selectPath)
{
    const QSignalBlocker block(m_tree);
    m_tree->clear();
    auto *builtIn = new QTreeWidgetItem(m_tree, {tr("Built-in")});
    auto *own = new QTreeWidgetItem(m_tree, {tr("My recipes")});
    own->setToolTip(0, m_store->folder());
    const auto add = [this, &selectPath](QTreeWidgetItem *group, const recipe::Recipe &recipe, bool isBuiltIn) {
        auto *item = new QTreeWidgetItem(group, {recipe.title()});
        item->setData(0, PathRole, recipe.path());
        item->setData(0, BuiltInRole, isBuiltIn);
        item->setToolTip(0, recipe.name() + QLatin1Char('\n') + recipe.description());
        // Still chosen, read and edited; Run refuses it with the same sentence.
        if (const QString notFor = RecipeLauncher::notFor(recipe, *m_model); !notFor.isEmpty()) {
            item->setForeground(0, m_tree->palette().brush(QPalette::Disabled, QPalette::Text));
            item->setToolTip(0, item->toolTip(0) + QLatin1Char('\n') + notFor);
        }
        // Selected with the tree's signals blocked: remembered here, or the next
        // window (a model switch after Save) selected the one chosen before.
        if (!selectPath.isEmpty() && recipe.path() == selectPath) {
            m_tree->setCurrentItem(item);
            QSettings().setValue(SelectedKey, selectPath);
        }
    };
    for (const recipe::Recipe &recipe : recipe::RecipeLibrary::builtIn())
        add(builtIn, recipe, true);
    for (const recipe::Recipe &recipe : m_store->recipes())
        add(own, recipe, false);
    m_tree->expandAll();
}

bool RecipeBrowser::select(const QString &name)
{
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        const QString path = (*it)->data(0, PathRole).toString();
        if (!path.isEmpty() && QFileInfo(path).completeBaseName() == name) {
            m_tree->setCurrentItem(*it);
            return m_tree->currentItem() == *it;
        }
    }
    return false;
}

void RecipeBrowser::selectFirst()
{
    if (QTreeWidgetItem *builtIn = m_tree->topLevelItem(0); builtIn && builtIn->childCount() > 0)
        m_tree->setCurrentItem(builtIn->child(0));
}

void RecipeBrowser::selectRemembered()
{
    const QString path = QSettings().value(SelectedKey).toString();
    for (QTreeWidgetItemIterator it(m_tree); *it && !path.isEmpty(); ++it) {
        if ((*it)->data(0, PathRole).toString() == path) {
            m_tree->setCurrentItem(*it);
            return;
        }
    }
    selectFirst();
}

void RecipeBrowser::clearSelection()
{
    const QSignalBlocker block(m_tree);
    m_tree->setCurrentItem(nullptr);
}

void RecipeBrowser::describe(const recipe::Recipe &recipe)
{
    m_description->setText(QStringLiteral("<b>%1</b> — %2").arg(recipe.title().toHtmlEscaped(),
                                                                 recipe.description().toHtmlEscaped()));
}

QStringList RecipeBrowser::names(bool builtIn) const
{
    QStringList found;
    const QTreeWidgetItem *group = m_tree->topLevelItem(builtIn ? 0 : 1);
    for (int i = 0; group && i < group->childCount(); ++i)
        found << QFileInfo(group->child(i)->data(0, PathRole).toString()).completeBaseName();
    return found;
}

} // namespace bc25::ui
