// SPDX-License-Identifier: MIT
#pragma once

#include "link/modelreading.h"

#include <QObject>

class QAction;
class QActionGroup;
class QLabel;
class QMenu;
class QWidget;

namespace bc25 { class ModuleSession; }

namespace bc25::ui {

class MainWindow;
class StatusLine;

// Which model the window reads the module with, in the window: the Model
// menu (one entry a model, the one read with checked), the connection bar's
// "BG96 (identified)", and an offer beside it when the module says it is
// another model: "The module identifies itself as BG96; reading it as BC25.
// [Read as BG96]". Nothing is sent and nothing switches until the user picks
// a model or clicks; then switchRequested, and the Workbench rebuilds.
// The offer lives in the connection bar's line, its words cut with "…" (whole
// in the tooltip) before the button: a bar of its own took a socket row.
class ModelControls final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ModelControls)
public:
    ModelControls(MainWindow *window, ModuleSession *session, link::ModelReading reading);

    [[nodiscard]] const link::ModelReading &reading() const { return m_reading; }
    [[nodiscard]] QMenu *menu() const { return m_menu; }
    [[nodiscard]] QLabel *readingLabel() const { return m_label; }
    // The offer in the connection bar (hidden when there is none): its words and its button.
    [[nodiscard]] QWidget *offer() const { return m_offer; }
    [[nodiscard]] QString offerText() const;
    [[nodiscard]] QAction *offerAction() const { return m_offerAction; }

signals:
    void switchRequested(const QByteArray &model, link::ModelBasis basis);

private:
    void update();

    ModuleSession *m_session;
    link::ModelReading m_reading;
    QMenu *m_menu;
    QActionGroup *m_models;
    QLabel *m_label;
    QWidget *m_offer;
    StatusLine *m_offerText;
    QAction *m_offerShown; // the offer's place in the connection bar
    QAction *m_offerAction;
};

} // namespace bc25::ui
