// SPDX-License-Identifier: MIT
// The find bar's matcher: plain text (case-insensitive unless asked),
// regular expressions, matches that never overlap, empty matches left out,
// and an invalid expression that says why and where.

#include "search/textmatcher.h"

#include <QTest>

using namespace bc25::ui;
using Syntax = TextMatcher::Syntax;

Q_DECLARE_METATYPE(QList<TextSpan>)

namespace {

QList<TextSpan> spans(std::initializer_list<std::pair<qsizetype, qsizetype>> list)
{
    QList<TextSpan> out;
    for (const auto &[start, length] : list)
        out.append({start, length});
    return out;
}

} // namespace

namespace QTest {
template<>
char *toString(const QList<TextSpan> &list)
{
    QByteArray text;
    for (const TextSpan &span : list)
        text += '(' + QByteArray::number(span.start) + ',' + QByteArray::number(span.length) + ')';
    return qstrdup(text.isEmpty() ? "none" : text.constData());
}
} // namespace QTest

class TestTextMatcher : public QObject
{
    Q_OBJECT

private slots:
    void findsEveryMatchInOrder_data();
    void findsEveryMatchInOrder();
    void invalidExpressionSaysWhyAndWhere();
    void emptyPatternLooksForNothing();
    void plainTextTypedFurtherRefinesTheSearch();
};

void TestTextMatcher::findsEveryMatchInOrder_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<bool>("matchCase");
    QTest::addColumn<bool>("regularExpression");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<TextSpan>>("expected");

    const QString reply = QStringLiteral("+QIURC: \"recv\",0,12\\r\\nOK");
    QTest::newRow("plain text ignores case by default")
            << QStringLiteral("ok") << false << false << QStringLiteral("OK\\r\\nok") << spans({{0, 2}, {6, 2}});
    QTest::newRow("match case keeps only the same case")
            << QStringLiteral("OK") << true << false << QStringLiteral("OK\\r\\nok") << spans({{0, 2}});
    QTest::newRow("plain text takes regex characters literally")
            << QStringLiteral("+QIURC: \"recv\"") << false << false << reply << spans({{0, 14}});
    QTest::newRow("plain matches do not overlap")
            << QStringLiteral("aa") << false << false << QStringLiteral("aaaaa") << spans({{0, 2}, {2, 2}});
    QTest::newRow("longer plain text ignores case too")
            << QStringLiteral("Recv") << false << false << QStringLiteral("RECV recv ReCv") << spans({{0, 4}, {5, 4}, {10, 4}});
    QTest::newRow("longer plain text with match case")
            << QStringLiteral("Recv") << true << false << QStringLiteral("RECV recv Recv") << spans({{10, 4}});
    QTest::newRow("plain text finds Chinese")
            << QStringLiteral("连接") << false << false << QStringLiteral("连接已关闭，连接") << spans({{0, 2}, {6, 2}});
    QTest::newRow("no match")
            << QStringLiteral("ERROR") << false << false << reply << spans({});
    QTest::newRow("regular expression with alternatives")
            << QStringLiteral("\"(recv|closed)\",\\d") << false << true << reply << spans({{8, 8}});
    QTest::newRow("regular expression ignores case by default")
            << QStringLiteral("qiurc|ok") << false << true << reply << spans({{1, 5}, {23, 2}});
    QTest::newRow("regular expression with match case")
            << QStringLiteral("qiurc|OK") << true << true << reply << spans({{23, 2}});
    QTest::newRow("empty matches are left out")
            << QStringLiteral("x*") << false << true << QStringLiteral("abxxc") << spans({{2, 2}});
    QTest::newRow("an anchor alone matches nothing to show")
            << QStringLiteral("^") << false << true << QStringLiteral("abc") << spans({});
}

void TestTextMatcher::findsEveryMatchInOrder()
{
    QFETCH(QString, pattern);
    QFETCH(bool, matchCase);
    QFETCH(bool, regularExpression);
    QFETCH(QString, text);
    QFETCH(QList<TextSpan>, expected);

    const TextMatcher matcher(pattern, matchCase ? Qt::CaseSensitive : Qt::CaseInsensitive,
                              regularExpression ? Syntax::RegularExpression : Syntax::PlainText);
    QVERIFY(matcher.isValid());
    QVERIFY(matcher.isActive());
    QCOMPARE(matcher.errorString(), QString());
    QCOMPARE(matcher.errorOffset(), -1);
    QCOMPARE(matcher.spans(text), expected);
    QCOMPARE(matcher.count(text), expected.size());
}

void TestTextMatcher::invalidExpressionSaysWhyAndWhere()
{
    const TextMatcher matcher(QStringLiteral("recv(,\\d"), Qt::CaseInsensitive, Syntax::RegularExpression);
    QVERIFY(!matcher.isValid());
    QVERIFY(!matcher.isActive());
    QVERIFY2(matcher.errorString().contains(QLatin1String("parenthesis")), qPrintable(matcher.errorString()));
    QCOMPARE(matcher.errorOffset(), 8); // where PCRE2 stopped: the end of the pattern
    QCOMPARE(matcher.count(QStringLiteral("recv(,1")), 0);
    QVERIFY(matcher.spans(QStringLiteral("recv(,1")).isEmpty());

    // The same text as plain text is fine: nothing is special there.
    const TextMatcher plain(QStringLiteral("recv(,"));
    QVERIFY(plain.isValid());
    QCOMPARE(plain.count(QStringLiteral("recv(,1 recv(,2")), 2);
}

void TestTextMatcher::emptyPatternLooksForNothing()
{
    for (const Syntax syntax : {Syntax::PlainText, Syntax::RegularExpression}) {
        const TextMatcher matcher(QString(), Qt::CaseInsensitive, syntax);
        QVERIFY(matcher.isValid());
        QVERIFY(!matcher.isActive());
        QCOMPARE(matcher.count(QStringLiteral("anything")), 0);
    }
    QVERIFY(!TextMatcher().isActive());
}

void TestTextMatcher::plainTextTypedFurtherRefinesTheSearch()
{
    const TextMatcher rec(QStringLiteral("rec"));
    QVERIFY(TextMatcher(QStringLiteral("recv")).refines(rec));
    QVERIFY(TextMatcher(QStringLiteral("\"RECV\"")).refines(rec)); // case ignored on both sides
    QVERIFY(!TextMatcher(QStringLiteral("re")).refines(rec));    // shorter: more rows may match
    QVERIFY(!TextMatcher(QStringLiteral("recv"), Qt::CaseSensitive).refines(rec));
    QVERIFY(!TextMatcher(QStringLiteral("recv"), Qt::CaseInsensitive, Syntax::RegularExpression).refines(rec));
    QVERIFY(!TextMatcher(QStringLiteral("recv")).refines(TextMatcher()));
    QVERIFY(TextMatcher(QStringLiteral("Recv"), Qt::CaseSensitive).refines(TextMatcher(QStringLiteral("Re"), Qt::CaseSensitive)));
    QVERIFY(!TextMatcher(QStringLiteral("Recv"), Qt::CaseSensitive).refines(TextMatcher(QStringLiteral("re"), Qt::CaseSensitive)));
}

QTEST_APPLESS_MAIN(TestTextMatcher)
#include "tst_textmatcher.moc"
