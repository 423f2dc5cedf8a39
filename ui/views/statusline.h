// SPDX-License-Identifier: MIT
#pragma once

#include <QLabel>

namespace bc25::ui {

// A status line that never moves what is around it (SteadyLayout): it is
// always as tall as its reserved lines and no wider than its layout gives it;
// a text that needs more lines is cut at the last one with "…", and the whole
// text is its tooltip. It breaks lines only between words (parts()), and
// the label never breaks them again (its own word wrap is off). The consoles', the socket panel's and the quick
// commands' status use it ("SEND OK — 600 bytes in 2 parts as …"), and the
// status bar's link, module and signal summaries.
class StatusLine final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusLine)
public:
    explicit StatusLine(int lines, QWidget *parent = nullptr);

    // The whole text (what status() returns); the label shows what fits.
    void setStatus(const QString &text);
    // The same, with `details` as its tooltip whether it is cut or not: the
    // text and more, in lines of their own (the terminal's syntax line).
    void setStatus(const QString &text, const QString &details);
    [[nodiscard]] const QString &status() const { return m_status; }
    [[nodiscard]] bool isCut() const { return m_cut; }
    // How many lines it reserves; the lines the whole text needs at its width.
    [[nodiscard]] int lines() const { return m_lines; }
    void setLines(int lines);
    [[nodiscard]] int linesNeeded() const;
    // As wide as the whole text would be, yet it may shrink to "…": in a
    // layout that follows size hints (the status bar) it takes what it needs
    // while there is room and is cut, whole in its tooltip, when there is not.
    [[nodiscard]] QSize sizeHint() const override;
    [[nodiscard]] QSize minimumSizeHint() const override;
    // The text cut where a line may break, each part with what ends it (a
    // space, a comma): never inside a word, a Chinese word included, nor
    // between a number and its unit ("1920 字节", "3072 bytes").
    [[nodiscard]] static QStringList parts(const QString &text);

signals:
    void statusChanged();

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void reserveLines();
    void fit();
    // The text broken into at most `most` lines at the label's width; `cut`: it needed more.
    [[nodiscard]] QStringList broken(int most, bool *cut) const;

    int m_lines;
    QString m_status;
    QString m_details;
    bool m_cut = false;
};

} // namespace bc25::ui
