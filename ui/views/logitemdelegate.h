// SPDX-License-Identifier: MIT
#pragma once

#include "search/matchhighlighting.h"

#include <QFont>
#include <QHash>
#include <QPointer>
#include <QStaticText>
#include <QStyledItemDelegate>

#include <vector>

namespace bc25::ui {

// Paints the one-line text cells of the log views (terminal, consoles, URC
// log, transactions) at a fraction of QStyledItemDelegate's cost: each text
// is shaped once into a QStaticText and drawn from that while it stays on
// screen, where the style would lay it out, measure and elide it again on
// every repaint — in a flood that is every frame. Honours the display,
// foreground, background, font and alignment roles; a cell too narrow is
// elided (its tooltip and Copy give the whole text). While a
// find bar searches the view, a cell holding a match is drawn with its
// matches highlighted (HighlightedText) instead.
class LogItemDelegate final : public QStyledItemDelegate, public MatchHighlighting
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void setMatches(const ModelMatches *matches) override;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    // A cell cut short (a long terminal line in Text view) shows its whole
    // text as a tooltip, unless the model has a tooltip of its own.
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;
    // The whole text of a cell too narrow for it, in lines of at most
    // TooltipLineLength characters; empty when it fits.
    [[nodiscard]] static QString cutText(const QStyleOptionViewItem &option, const QModelIndex &index);
    static constexpr int TooltipLineLength = 100;
    // How many shaped texts are kept (for the test that the cache stays bounded).
    [[nodiscard]] qsizetype shapedCount() const;
    static constexpr qsizetype GenerationSize = 2048;
    static constexpr int Padding = 3; // as the Fusion style leaves either side of an item's text

private:
    // Texts shaped recently, in two generations: a text still on screen is found in
    // one of them; when the newer one is full the older is dropped, so the cache
    // holds what is visible and a little more, never the whole log.
    struct ShapedTexts
    {
        QFont font;
        QHash<QString, QStaticText> newer;
        QHash<QString, QStaticText> older;
    };
    const QStaticText &shaped(const QString &text, const QFont &font) const;
    // One line of text in `area`, aligned as the index says, ending in an ellipsis when cut.
    void drawLine(QPainter *painter, const QRect &area, const QString &text, const QFont &font, const QColor &color,
                  const QModelIndex &index) const;

    mutable std::vector<ShapedTexts> m_shaped; // one per font in use, usually one or two
    QPointer<const ModelMatches> m_matches;
};

} // namespace bc25::ui
