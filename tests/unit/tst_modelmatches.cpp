// SPDX-License-Identifier: MIT
// The match counter behind the find bar, over a log-like model: it counts the
// searched columns only, reads just the appended rows of a batch and no row
// when the oldest are dropped, follows its current match as rows come and go,
// steps through matches in row and column order with wrap-around, and agrees
// with a count from scratch through a filter proxy and after edits.

#include "search/modelmatches.h"

#include <QAbstractTableModel>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace bc25::ui;
using Direction = ModelMatches::Direction;

namespace {

// Two columns of text, appended at the end and dropped from the front like the
// batched logs; it counts how often a cell's text is read.
class CountingLogModel final : public QAbstractTableModel
{
public:
    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_rows.size()); }
    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : 2; }
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role != Qt::DisplayRole)
            return {};
        ++reads;
        return m_rows.at(index.row()).at(index.column());
    }
    bool setData(const QModelIndex &index, const QVariant &value, int role) override
    {
        if (role != Qt::EditRole)
            return false;
        m_rows[index.row()][index.column()] = value.toString();
        emit dataChanged(index, index);
        return true;
    }
    void append(const QList<QStringList> &rows)
    {
        beginInsertRows({}, rowCount(), rowCount() + int(rows.size()) - 1);
        m_rows += rows;
        endInsertRows();
    }
    void dropOldest(int count)
    {
        beginRemoveRows({}, 0, count - 1);
        m_rows.remove(0, count);
        endRemoveRows();
    }
    void clear()
    {
        beginResetModel();
        m_rows.clear();
        endResetModel();
    }

    mutable int reads = 0;

private:
    QList<QStringList> m_rows;
};

QList<QStringList> rows(std::initializer_list<QStringList> list)
{
    return QList<QStringList>(list);
}

// Every match over `model`'s rows from scratch, to compare with the kept count.
int countFromScratch(const QAbstractItemModel *model, const TextMatcher &matcher)
{
    int found = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        for (int column = 0; column < model->columnCount(); ++column)
            found += matcher.count(model->index(row, column).data().toString());
    }
    return found;
}

} // namespace

class TestModelMatches : public QObject
{
    Q_OBJECT

private slots:
    void countsTheSearchedColumnsOnly();
    void appendedRowsAreReadOnceAndDroppedRowsNotAtAll();
    void nothingIsReadWithoutAPattern();
    void typingOnReadsOnlyTheRowsThatMatched();
    void stepsThroughMatchesInRowAndColumnOrderAndWraps();
    void selectFromStartsAtARowAndWrapsWhenNothingFollows();
    void currentMatchFollowsItsRowAndGoesWithIt();
    void editsAndResetsAreCountedAgain();
    void countThroughAFilterProxyAgreesWithACountFromScratch();
};

void TestModelMatches::countsTheSearchedColumnsOnly()
{
    CountingLogModel model;
    model.append(rows({{"TX", "AT+CSQ"}, {"RX", "+CSQ: 20,0"}, {"RX", "OK"}}));
    ModelMatches matches;
    matches.setModel(&model);
    matches.setMatcher(TextMatcher(QStringLiteral("x")));
    QCOMPARE(matches.count(), 3); // "TX", "RX", "RX"
    matches.setColumns({1});
    QCOMPARE(matches.count(), 0);
    matches.setMatcher(TextMatcher(QStringLiteral("csq")));
    QCOMPARE(matches.count(), 2);
    QCOMPARE(matches.countInRow(0), 1);
    QCOMPARE(matches.countInRow(2), 0);
    QVERIFY(matches.spansIn(model.index(0, 0)).isEmpty()); // not a searched column
    QCOMPARE(matches.spansIn(model.index(1, 1)).size(), 1);
    QCOMPARE(matches.spansIn(model.index(1, 1)).first().start, 1);
}

void TestModelMatches::appendedRowsAreReadOnceAndDroppedRowsNotAtAll()
{
    CountingLogModel model;
    QList<QStringList> many;
    for (int i = 0; i < 10000; ++i)
        many.append({QStringLiteral("RX"), QStringLiteral("+QIURC: \"recv\",%1,12").arg(i % 6)});
    model.append(many);
    ModelMatches matches;
    matches.setModel(&model);
    matches.setMatcher(TextMatcher(QStringLiteral("\"recv\",3")));
    QCOMPARE(matches.count(), 10000 / 6 + (10000 % 6 > 3 ? 1 : 0));
    const int before = matches.count();
    QSignalSpy changed(&matches, &ModelMatches::changed);

    model.reads = 0;
    model.append(rows({{"RX", "+QIURC: \"recv\",3,5"}, {"RX", "+QIURC: \"recv\",3,7"}, {"RX", "OK"}}));
    QCOMPARE(model.reads, 3 * 2); // the batch's cells, not the 10 000 rows before it
    QCOMPARE(matches.count(), before + 2);
    QCOMPARE(changed.count(), 1);

    model.reads = 0;
    model.dropOldest(6); // the cap: six rows, one of them "recv",3
    QCOMPARE(model.reads, 0);
    QCOMPARE(matches.count(), before + 1);
    QCOMPARE(matches.count(), countFromScratch(&model, matches.matcher()));
}

void TestModelMatches::nothingIsReadWithoutAPattern()
{
    CountingLogModel model;
    ModelMatches matches;
    matches.setModel(&model);
    model.append(rows({{"RX", "OK"}}));
    matches.setMatcher(TextMatcher(QStringLiteral("(unclosed"), Qt::CaseInsensitive,
                                   TextMatcher::Syntax::RegularExpression));
    model.reads = 0;
    model.append(rows({{"RX", "OK"}}));
    model.dropOldest(1);
    QCOMPARE(model.reads, 0);
    QCOMPARE(matches.count(), 0);
    QVERIFY(!matches.step(Direction::Forward).found);
}

void TestModelMatches::typingOnReadsOnlyTheRowsThatMatched()
{
    CountingLogModel model;
    QList<QStringList> log;
    for (int i = 0; i < 1000; ++i)
        log.append({QStringLiteral("RX"), i % 10 ? QStringLiteral("OK") : QStringLiteral("+QIURC: \"recv\",%1").arg(i % 6)});
    model.append(log);
    ModelMatches matches;
    matches.setModel(&model);
    matches.setMatcher(TextMatcher(QStringLiteral("re")));
    QCOMPARE(matches.count(), 100);
    model.reads = 0;
    matches.setMatcher(TextMatcher(QStringLiteral("recv\",4")));
    QCOMPARE(model.reads, 100 * 2); // the hundred rows holding "re"
    QCOMPARE(matches.count(), countFromScratch(&model, matches.matcher()));
    QCOMPARE(matches.count(), 100 / 3); // i % 10 == 0 and i % 6 == 4: i % 30 == 10

    model.reads = 0;
    matches.setMatcher(TextMatcher(QStringLiteral("recv")));  // shorter again: every row
    QCOMPARE(model.reads, 1000 * 2);
    QCOMPARE(matches.count(), 100);
}

void TestModelMatches::stepsThroughMatchesInRowAndColumnOrderAndWraps()
{
    CountingLogModel model;
    model.append(rows({{"ok", "no"}, {"ok ok", "ok"}, {"none", "none"}, {"", "OK"}}));
    ModelMatches matches;
    matches.setModel(&model);
    matches.setMatcher(TextMatcher(QStringLiteral("ok")));
    QCOMPARE(matches.count(), 5);
    QVERIFY(!matches.hasCurrent());
    QCOMPARE(matches.currentNumber(), 0);

    // Row 0; row 1 column 0 twice, then column 1; row 3.
    const QList<std::pair<int, int>> order = {{0, 0}, {1, 0}, {1, 0}, {1, 1}, {3, 1}};
    const QList<int> spanInCell = {0, 0, 1, 0, 0};
    for (int i = 0; i < order.size(); ++i) {
        const ModelMatches::Step step = matches.step(Direction::Forward);
        QVERIFY(step.found);
        QVERIFY(!step.wrapped);
        QCOMPARE(matches.currentNumber(), i + 1);
        QCOMPARE(matches.currentRow(), order.at(i).first);
        const QModelIndex cell = matches.currentCell();
        QCOMPARE(cell.column(), order.at(i).second);
        QCOMPARE(matches.currentSpanIn(cell), spanInCell.at(i));
        QCOMPARE(matches.currentSpanIn(model.index(2, 0)), -1);
    }
    ModelMatches::Step step = matches.step(Direction::Forward);
    QVERIFY(step.found && step.wrapped);
    QCOMPARE(matches.currentNumber(), 1);
    step = matches.step(Direction::Backward);
    QVERIFY(step.found && step.wrapped);
    QCOMPARE(matches.currentNumber(), 5);
    step = matches.step(Direction::Backward);
    QVERIFY(step.found && !step.wrapped);
    QCOMPARE(matches.currentNumber(), 4);
    QCOMPARE(matches.currentCell(), model.index(1, 1));
    QCOMPARE(matches.currentSpanIn(model.index(1, 0)), -1); // the row's other cell holds no current match
}

void TestModelMatches::selectFromStartsAtARowAndWrapsWhenNothingFollows()
{
    CountingLogModel model;
    model.append(rows({{"a", "match"}, {"b", ""}, {"c", "match"}, {"d", ""}}));
    ModelMatches matches;
    matches.setModel(&model);
    matches.setMatcher(TextMatcher(QStringLiteral("match")));
    ModelMatches::Step step = matches.selectFrom(1, Direction::Forward);
    QVERIFY(step.found && !step.wrapped);
    QCOMPARE(matches.currentRow(), 2);
    step = matches.selectFrom(2, Direction::Forward); // the row itself counts
    QCOMPARE(matches.currentRow(), 2);
    step = matches.selectFrom(3, Direction::Forward);
    QVERIFY(step.found && step.wrapped);
    QCOMPARE(matches.currentRow(), 0);
    step = matches.selectFrom(1, Direction::Backward);
    QVERIFY(step.found && !step.wrapped);
    QCOMPARE(matches.currentRow(), 0);

    matches.setMatcher(TextMatcher(QStringLiteral("absent")));
    step = matches.selectFrom(0, Direction::Forward);
    QVERIFY(!step.found);
    QVERIFY(!matches.hasCurrent());
}

void TestModelMatches::currentMatchFollowsItsRowAndGoesWithIt()
{
    CountingLogModel model;
    model.append(rows({{"x", "hit"}, {"x", ""}, {"x", "hit"}, {"x", "hit"}}));
    ModelMatches matches;
    matches.setModel(&model);
    matches.setMatcher(TextMatcher(QStringLiteral("hit")));
    matches.selectFrom(2, Direction::Forward);
    QCOMPARE(matches.currentNumber(), 2);

    model.dropOldest(2); // the current match's row moves up to row 0
    QCOMPARE(matches.currentRow(), 0);
    QCOMPARE(matches.currentNumber(), 1);
    QCOMPARE(matches.count(), 2);
    model.append(rows({{"x", "hit"}}));
    QCOMPARE(matches.currentNumber(), 1);
    QCOMPARE(matches.count(), 3);

    model.dropOldest(1); // the current match's row itself goes
    QVERIFY(!matches.hasCurrent());
    QCOMPARE(matches.count(), 2);
    QVERIFY(matches.step(Direction::Forward).found); // from the top again
    QCOMPARE(matches.currentRow(), 0);
}

void TestModelMatches::editsAndResetsAreCountedAgain()
{
    CountingLogModel model;
    model.append(rows({{"x", "hit"}, {"x", "hit hit"}}));
    ModelMatches matches;
    matches.setModel(&model);
    matches.setMatcher(TextMatcher(QStringLiteral("hit")));
    QCOMPARE(matches.count(), 3);
    matches.selectFrom(1, Direction::Backward); // the second "hit" of row 1
    QCOMPARE(matches.currentNumber(), 3);

    model.setData(model.index(1, 1), QStringLiteral("hit"), Qt::EditRole); // as the terminal's hex switch does
    QCOMPARE(matches.count(), 2);
    QVERIFY(!matches.hasCurrent()); // that match is no more
    model.setData(model.index(0, 0), QStringLiteral("hit"), Qt::EditRole);
    QCOMPARE(matches.count(), 3);

    model.clear();
    QCOMPARE(matches.count(), 0);
    model.append(rows({{"hit", "hit"}}));
    QCOMPARE(matches.count(), 2);
}

void TestModelMatches::countThroughAFilterProxyAgreesWithACountFromScratch()
{
    CountingLogModel model;
    QList<QStringList> log;
    for (int i = 0; i < 500; ++i)
        log.append({QStringLiteral("socket %1").arg(i % 6), QStringLiteral("recv %1").arg(i % 7)});
    model.append(log);
    QSortFilterProxyModel filter;
    filter.setSourceModel(&model);
    filter.setFilterKeyColumn(0);
    ModelMatches matches;
    matches.setModel(&filter);
    const TextMatcher matcher(QStringLiteral("recv [35]"), Qt::CaseInsensitive, TextMatcher::Syntax::RegularExpression);
    matches.setMatcher(matcher);
    QCOMPARE(matches.count(), countFromScratch(&filter, matcher));

    // A filter change removes and inserts scattered ranges of rows.
    for (const QString &socket : {QStringLiteral("socket 2"), QStringLiteral("socket [13]"), QString()}) {
        filter.setFilterRegularExpression(socket);
        QCOMPARE(matches.count(), countFromScratch(&filter, matcher));
        model.append(rows({{"socket 1", "recv 3"}, {"socket 2", "recv 5"}, {"socket 4", "recv 3"}}));
        QCOMPARE(matches.count(), countFromScratch(&filter, matcher));
        model.dropOldest(10);
        QCOMPARE(matches.count(), countFromScratch(&filter, matcher));
    }
}

QTEST_MAIN(TestModelMatches)
#include "tst_modelmatches.moc"
