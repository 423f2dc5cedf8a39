// SPDX-License-Identifier: MIT
#include "findbar.h"
#include "views/statusline.h"

#include "matchhighlightdelegate.h"
#include "matchhighlighting.h"

#include <QAbstractItemView>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLineEdit>
#include <QShortcut>
#include <QStyle>
#include <QToolButton>

namespace bc25::ui {

FindBar::FindBar(QWidget *parent)
    : QWidget(parent)
    , m_matches(new ModelMatches(this))
    , m_field(new QLineEdit(this))
    , m_previous(new QToolButton(this))
    , m_next(new QToolButton(this))
    , m_matchCase(new QToolButton(this))
    , m_regularExpression(new QToolButton(this))
    , m_status(new StatusLine(1, this))
{
    setObjectName(QStringLiteral("findBar"));
    m_field->setObjectName(QStringLiteral("findBar.field"));
    m_previous->setObjectName(QStringLiteral("findBar.previous"));
    m_next->setObjectName(QStringLiteral("findBar.next"));
    m_matchCase->setObjectName(QStringLiteral("findBar.matchCase"));
    m_regularExpression->setObjectName(QStringLiteral("findBar.regularExpression"));
    m_field->setPlaceholderText(tr("Find"));
    m_field->setClearButtonEnabled(true);
    m_field->installEventFilter(this); // Enter and Shift+Enter step
    m_previous->setArrowType(Qt::UpArrow);
    m_previous->setToolTip(tr("Previous match (Shift+F3, Shift+Enter)"));
    m_previous->setAccessibleName(tr("Previous match"));
    m_next->setArrowType(Qt::DownArrow);
    m_next->setToolTip(tr("Next match (F3, Enter)"));
    m_next->setAccessibleName(tr("Next match"));
    // Symbols, as editors show them: the dock beside the tools has little width to spare.
    m_matchCase->setText(QStringLiteral("Aa"));
    m_matchCase->setToolTip(tr("Match case"));
    m_matchCase->setAccessibleName(tr("Match case"));
    m_matchCase->setCheckable(true);
    m_regularExpression->setText(QStringLiteral(".*"));
    m_regularExpression->setToolTip(tr("Regular expression"));
    m_regularExpression->setAccessibleName(tr("Regular expression"));
    m_regularExpression->setCheckable(true);
    // One line whatever it says: an error wrapped into four lines grew the bar and
    // shrank the terminal (new-user pass 8, F9); its width by stretch only.
    m_status->setSizePolicy(QSizePolicy::Ignored, m_status->sizePolicy().verticalPolicy());
    auto *closeButton = new QToolButton(this);
    closeButton->setIcon(style()->standardIcon(QStyle::SP_DialogCloseButton));
    closeButton->setAutoRaise(true);
    closeButton->setToolTip(tr("Close (Esc)"));
    closeButton->setAccessibleName(tr("Close the search"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 2, 0, 2);
    // The field takes most of the width: ~10 characters at 1280×720 were too few.
    layout->addWidget(m_field, 3);
    layout->addWidget(m_previous);
    layout->addWidget(m_next);
    layout->addWidget(m_matchCase);
    layout->addWidget(m_regularExpression);
    layout->addWidget(m_status, 2);
    layout->addWidget(closeButton);

    connect(m_field, &QLineEdit::textChanged, this, &FindBar::search);
    connect(m_matchCase, &QToolButton::toggled, this, &FindBar::search);
    connect(m_regularExpression, &QToolButton::toggled, this, &FindBar::search);
    connect(m_previous, &QToolButton::clicked, this, &FindBar::findPrevious);
    connect(m_next, &QToolButton::clicked, this, &FindBar::findNext);
    connect(closeButton, &QToolButton::clicked, this, &FindBar::dismiss);
    connect(m_matches, &ModelMatches::changed, this, &FindBar::updateStatus);
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    escape->setContext(Qt::WidgetWithChildrenShortcut);
    connect(escape, &QShortcut::activated, this, &FindBar::dismiss);
    hide(); // until Ctrl+F
    updateStatus();
}

void FindBar::attach(QAbstractItemView *view, const QList<int> &columns, QWidget *shortcutScope)
{
    m_matches->setColumns(columns);
    m_matches->setModel(view->model());
    if (m_view == view) // again, after the view was given another model
        return;
    m_view = view;
    // A delegate that can show matches is given them; the stock one is replaced by
    // one that can; any other knows best how its cells look and is left alone.
    QAbstractItemDelegate *delegate = view->itemDelegate();
    if (auto *highlighting = dynamic_cast<MatchHighlighting *>(delegate)) {
        highlighting->setMatches(m_matches);
    } else if (!delegate || delegate->metaObject() == &QStyledItemDelegate::staticMetaObject) {
        auto *highlighter = new MatchHighlightDelegate(view);
        highlighter->setMatches(m_matches);
        view->setItemDelegate(highlighter);
    }
    connect(m_matches, &ModelMatches::changed, view->viewport(), qOverload<>(&QWidget::update));
    addShortcuts(shortcutScope ? shortcutScope : parentWidget() ? parentWidget() : view);
}

void FindBar::addShortcuts(QWidget *scope)
{
    // The panel's own shortcuts: Ctrl+F in the terminal opens the terminal's bar,
    // in the URC log the URC log's.
    auto add = [this, scope](const QKeySequence &keys, void (FindBar::*action)()) {
        auto *shortcut = new QShortcut(keys, scope);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, action);
    };
    add(QKeySequence::Find, &FindBar::open);
    add(QKeySequence(Qt::Key_F3), &FindBar::findNext);
    add(QKeySequence(Qt::SHIFT | Qt::Key_F3), &FindBar::findPrevious);
}

void FindBar::open()
{
    const bool wasHidden = isHidden();
    show();
    m_field->setFocus(Qt::ShortcutFocusReason);
    m_field->selectAll();
    if (wasHidden) // the text kept from last time is searched again
        search();
    emit opened();
}

void FindBar::dismiss()
{
    if (isHidden())
        return;
    hide();
    m_wrap = Wrap::None;
    m_matches->setMatcher({}); // no highlights, and no counting while nobody looks
    if (m_view)
        m_view->setFocus(Qt::OtherFocusReason);
    emit closed();
}

void FindBar::setMatchCase(bool on)
{
    m_matchCase->setChecked(on);
}

void FindBar::setRegularExpression(bool on)
{
    m_regularExpression->setChecked(on);
}

void FindBar::search()
{
    m_wrap = Wrap::None;
    m_matches->setMatcher(TextMatcher(m_field->text(),
                                      m_matchCase->isChecked() ? Qt::CaseSensitive : Qt::CaseInsensitive,
                                      m_regularExpression->isChecked() ? TextMatcher::Syntax::RegularExpression
                                                                       : TextMatcher::Syntax::PlainText));
    if (!m_view || !m_matches->matcher().isActive())
        return;
    // As you type, the first match from where you are: the selected row, or the top of the view.
    int from = m_view->currentIndex().row();
    if (from < 0)
        from = qMax(0, m_view->indexAt(QPoint(1, 1)).row());
    if (m_matches->selectFrom(from, ModelMatches::Direction::Forward).found)
        showCurrent();
}

void FindBar::findNext()
{
    find(ModelMatches::Direction::Forward);
}

void FindBar::findPrevious()
{
    find(ModelMatches::Direction::Backward);
}

void FindBar::find(ModelMatches::Direction direction)
{
    if (isHidden()) {
        // F3 with the bar closed: the last search again, from where it was.
        open();
        if (m_field->text().isEmpty())
            return;
    }
    if (!m_view || !m_matches->matcher().isActive())
        return;
    // From the current match, unless the user picked another row since.
    const int viewRow = m_view->currentIndex().row();
    const ModelMatches::Step step = m_matches->hasCurrent() && (viewRow < 0 || viewRow == m_matches->currentRow())
            ? m_matches->step(direction)
            : m_matches->selectFrom(qMax(0, viewRow), direction);
    m_wrap = !step.wrapped ? Wrap::None : direction == ModelMatches::Direction::Forward ? Wrap::ToTop : Wrap::ToBottom;
    if (step.found)
        showCurrent();
    updateStatus();
}

void FindBar::showCurrent()
{
    const QModelIndex cell = m_matches->currentCell();
    if (!m_view || !cell.isValid())
        return;
    m_view->selectionModel()->setCurrentIndex(cell, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(cell, QAbstractItemView::EnsureVisible);
}

void FindBar::updateStatus()
{
    const TextMatcher &matcher = m_matches->matcher();
    const int count = m_matches->count();
    const bool invalid = !matcher.isValid();
    m_previous->setEnabled(count > 0);
    m_next->setEnabled(count > 0);
    m_status->setStyleSheet(invalid ? QStringLiteral("color: #b00020") : QString());
    QString text;
    QString widestCount; // the count at its widest while stepping through these matches
    if (invalid) {
        // PCRE2 says where it stopped reading: past the end for a missing bracket.
        text = matcher.errorOffset() >= matcher.pattern().size()
                ? tr("Invalid regular expression: %1 (at the end)").arg(matcher.errorString())
                : tr("Invalid regular expression: %1 (at character %2)")
                          .arg(matcher.errorString(), QString::number(matcher.errorOffset() + 1));
    } else if (matcher.pattern().isEmpty()) {
        text.clear();
    } else if (count == 0) {
        text = tr("No matches");
        widestCount = text;
    } else if (m_matches->hasCurrent()) {
        text = count == 1 ? tr("1 of 1 match") : tr("%1 of %2 matches").arg(m_matches->currentNumber()).arg(count);
        widestCount = count == 1 ? text : tr("%1 of %2 matches").arg(count).arg(count);
    } else {
        text = count == 1 ? tr("1 match") : tr("%1 matches").arg(count);
        widestCount = text;
    }
    // The count is never cut ("1 of 1 match,…", "第 2 个，共…" in the terminal's
    // dock, new-user pass 9): the line keeps room for it, and for the
    // separator and "…" after it, and what follows ("wrapped to the top") is
    // cut first, whole in the tooltip. The field gives the room.
    const QFontMetrics metrics = m_status->fontMetrics();
    m_status->setMinimumWidth(widestCount.isEmpty() ? 0
                              : metrics.horizontalAdvance(widestCount + QStringLiteral("\uff0c\u2026")) // "，…", wider than ", …"
                                      + 2 * m_status->margin() + 2 * m_status->frameWidth());
    if (m_wrap == Wrap::ToTop)
        text = tr("%1, wrapped to the top").arg(text);
    else if (m_wrap == Wrap::ToBottom)
        text = tr("%1, wrapped to the bottom").arg(text);
    m_status->setStatus(text);
}

QString FindBar::statusText() const
{
    return m_status->status();
}

bool FindBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_field && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            if (key->modifiers() & Qt::ShiftModifier)
                findPrevious();
            else
                findNext();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace bc25::ui
