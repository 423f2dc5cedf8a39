// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QComboBox;
class QTableView;
class QToolButton;

namespace bc25::ui {

class FindBar;
class UrcFilterModel;
class UrcLogModel;

// The URC log: every unsolicited code with time, type, socket and meaning;
// filter by type and socket, pause, clear, export, search (Ctrl+F).
class UrcLogPanel final : public QWidget
{
    Q_OBJECT
public:
    // `socketCount`: the sockets the filter offers (the module profile's).
    UrcLogPanel(UrcLogModel *model, int socketCount, QWidget *parent = nullptr);

    void setTypeFilter(const QString &type);
    void setSocketFilter(int socket);
    [[nodiscard]] QTableView *view() const { return m_view; }
    [[nodiscard]] FindBar *findBar() const { return m_find; }
    [[nodiscard]] UrcFilterModel *filter() const { return m_filter; }
    // Writes what the view shows (TSV, or CSV for a .csv name); the rows written, -1 on error.
    int exportTo(const QString &path, QString *error = nullptr);

signals:
    void message(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showFiltered();
    // The columns' widths at the view's width: the meaning and the line as printed get the room.
    void fitColumns();
    void refreshTypes();

    UrcLogModel *m_model;
    UrcFilterModel *m_filter;
    QTableView *m_view;
    FindBar *m_find;
    QComboBox *m_type;
    QComboBox *m_socket;
    QToolButton *m_pause;
};

} // namespace bc25::ui
