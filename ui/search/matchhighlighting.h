// SPDX-License-Identifier: MIT
#pragma once

namespace bc25::ui {

class ModelMatches;

// What a view's delegate implements to paint a find bar's matches inside its
// cells (LogItemDelegate, MatchHighlightDelegate): FindBar::attach hands it
// the matches, HighlightedText draws them. Null: no search, paint as usual.
class MatchHighlighting
{
public:
    virtual ~MatchHighlighting() = default;
    virtual void setMatches(const ModelMatches *matches) = 0;
};

} // namespace bc25::ui
