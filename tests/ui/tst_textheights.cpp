// SPDX-License-Identifier: MIT
// Issue 17: in Chinese the bottom of the text was cut — "_" gone from
// AT+QIOPEN's <access_mode>, "Q" read as "O", a status's second line half
// shown — and the status bar cut the module's summary with room to spare. A
// line of Chinese in a Latin font is set in the CJK fallback font, taller
// than the font's own lineSpacing(); every height is now that of laid-out text.

#include "link/connection.h"
#include "link/modulestack.h"
#include "mainwindow.h"
#include "session/modulesession.h"
#include "translations.h"
#include "views/lineheight.h"
#include "views/statusline.h"

#include <QApplication>
#include <QFontMetrics>
#include <QLabel>
#include <QLoggingCategory>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace bc25;
using namespace bc25::ui;

namespace {

// A Latin font, as a system whose LANG is not Chinese gives (DejaVu Sans):
// its Chinese comes from the fallback.
QFont latinFont()
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSize(9);
    return font;
}

// The height `text` takes in `label`'s own font at its width, every line laid out.
int textHeight(const QLabel *label, const QString &text)
{
    const QFontMetrics metrics(label->font());
    return metrics.boundingRect(QRect(0, 0, std::max(1, label->contentsRect().width()), 100000),
                                Qt::AlignLeft | Qt::TextWordWrap * label->wordWrap(), text).height();
}

} // namespace

class TestTextHeights : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void aStatusLineHoldsItsChineseLinesWhole_data();
    void aStatusLineHoldsItsChineseLinesWhole();
    void everyLabelOfTheWindowHoldsItsText_data();
    void everyLabelOfTheWindowHoldsItsText();

private:
    QTemporaryDir m_dir;
};

void TestTextHeights::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("BC25WorkbenchTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_textheights"));
    QSettings().clear();
    QLoggingCategory::setFilterRules(QStringLiteral("bc25.*.debug=false\nbc25.*.warning=false"));
    QCOMPARE(Translations::install(QCoreApplication::instance(), QStringLiteral("zh_CN")), QStringLiteral("zh_CN"));
    QApplication::setFont(latinFont());
}

void TestTextHeights::cleanupTestCase()
{
    Translations::install(QCoreApplication::instance(), QStringLiteral("en"));
}

void TestTextHeights::aStatusLineHoldsItsChineseLinesWhole_data()
{
    QTest::addColumn<int>("lines");
    QTest::addColumn<QString>("text");
    QTest::newRow("one line") << 1 << QStringLiteral("AT+QIOPEN：<access_mode> 为 9；手册允许 0-1。");
    QTest::newRow("two lines") << 2
                               << QStringLiteral("SEND OK — 以二进制安全的提示符形式（AT+QISEND=<id>,<len>）发送了 6 字节，"
                                                 "access_mode 与 connectID 均已确认。");
}

void TestTextHeights::aStatusLineHoldsItsChineseLinesWhole()
{
    QFETCH(int, lines);
    QFETCH(QString, text);
    StatusLine status(lines);
    status.resize(320, status.height());
    status.setStatus(text);
    QCOMPARE(status.text().count(QLatin1Char('\n')) + 1, lines); // the case: as many lines as it reserves
    const int needed = textHeight(&status, status.text());
    QVERIFY2(status.contentsRect().height() >= needed,
             qPrintable(QStringLiteral("%1 px for %2 px of \"%3\"").arg(status.contentsRect().height()).arg(needed).arg(status.text())));
    QVERIFY(LineHeight::of(status.font()) > QFontMetrics(status.font()).lineSpacing()); // what was cut
}

void TestTextHeights::everyLabelOfTheWindowHoldsItsText_data()
{
    QTest::addColumn<QByteArray>("model");
    QTest::addColumn<QSize>("size");
    for (const QByteArray &model : {QByteArray("bc25"), QByteArray("ec200u"), QByteArray("bg96")}) {
        QTest::newRow(model + " 1280x720") << model << QSize(1280, 720);
        QTest::newRow(model + " 1600x1000") << model << QSize(1600, 1000);
    }
}

// Every label shown, the status lines included, is as tall as its text; a
// status bar summary is cut only when the state line beside it has no room to give.
void TestTextHeights::everyLabelOfTheWindowHoldsItsText()
{
    QFETCH(QByteArray, model);
    QFETCH(QSize, size);
    QSettings().clear();
    link::ModuleStack stack(profile::ModuleProfile::byId(model));
    stack.connection().setCaptureFolder(m_dir.filePath(QStringLiteral("captures")));
    MainWindow window(&stack.session(), &stack.connection());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.showNormal();
    window.resize(size);
    QTRY_COMPARE(window.size(), size);
    stack.connection().connectVirtual();
    QTRY_COMPARE(stack.connection().state(), link::Connection::State::Connected);
    QTRY_VERIFY(!stack.session().moduleInfo().revision.isEmpty());
    QTRY_VERIFY(window.statusText().contains(QStringLiteral("CSQ")));
    QCoreApplication::processEvents();

    QStringList cut;
    for (QLabel *label : window.findChildren<QLabel *>()) {
        if (!label->isVisibleTo(&window) || label->text().isEmpty() || label->textFormat() == Qt::RichText
            || !label->pixmap().isNull())
            continue;
        const int needed = textHeight(label, label->text());
        if (label->contentsRect().height() < needed)
            cut << QStringLiteral("%1 \"%2\": %3 of %4 px").arg(label->objectName(), label->text())
                           .arg(label->contentsRect().height()).arg(needed);
    }
    QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QLatin1Char('\n'))));

    // A status set while the bar was laid out for the last one is fitted
    // once the bar follows its new width: waited for, not sampled.
    QStatusBar *bar = window.statusBar();
    const auto cutWithRoomToSpare = [bar] {
        const QList<StatusLine *> lines = bar->findChildren<StatusLine *>(Qt::FindDirectChildrenOnly);
        int spare = 0;
        for (const StatusLine *line : lines) {
            if (!line->isVisible())
                continue;
            if (!bar->rect().contains(line->geometry()))
                return QStringLiteral("\"%1\" at %2..%3 in a bar %4 wide").arg(line->status()).arg(line->x())
                        .arg(line->x() + line->width()).arg(bar->width());
            spare += std::max(0, line->width() - line->sizeHint().width());
        }
        for (const StatusLine *line : lines) {
            if (line->isVisible() && line->isCut() && spare >= line->sizeHint().width() - line->width())
                return QStringLiteral("\"%1\" cut with %2 px spare").arg(line->status()).arg(spare);
        }
        return QString();
    };
    QTRY_VERIFY2(cutWithRoomToSpare().isEmpty(), qPrintable(cutWithRoomToSpare()));
}

QTEST_MAIN(TestTextHeights)
#include "tst_textheights.moc"
