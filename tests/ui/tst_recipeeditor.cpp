// SPDX-License-Identifier: MIT
// The Recipes dock's text helpers, without a module: the editor's Lua
// colouring (QTextLayout formats), its error mark, the param() declarations
// the form is built from, and the Lua literals Record writes (read back by Lua).

#include "recipe/recipe.h"
#include "recipes/luahighlighter.h"
#include "recipes/parameterform.h"
#include "recipes/recipeeditor.h"
#include "recipe/recipeparameters.h"
#include "recipes/reciperecorder.h"

#include <QLineEdit>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>

using namespace bc25;
using namespace bc25::ui;

class TestRecipeEditor : public QObject
{
    Q_OBJECT

private slots:
    void highlighterColoursKeywordsStringsCommentsAndTheApi();
    void errorLineIsMarkedUntilTheTextChanges();
    void parametersAreReadFromDeclarationsNotCommentsOrStrings();
    void typedParametersGetAFieldThatTakesTheirType();
    void recordedLiteralsAreValidLuaForAnyBytes();
};

void TestRecipeEditor::highlighterColoursKeywordsStringsCommentsAndTheApi()
{
    auto editor = std::make_unique<RecipeEditor>();
    editor->setPlainText(QStringLiteral("local s = \"end\" -- a note\n"
                                        "--[[ a long\ncomment ]] socket.send(0, [==[x]]y]==]) return 42\n"));
    const LuaHighlighter *highlighter = editor->highlighter();
    const auto colourAt = [&editor](int blockNumber, int column) {
        const QTextBlock block = editor->document()->findBlockByNumber(blockNumber);
        for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
            if (column >= range.start && column < range.start + range.length)
                return range.format.foreground().color();
        }
        return QColor();
    };
    const auto colour = [highlighter](LuaHighlighter::Kind kind) { return highlighter->format(kind).foreground().color(); };
    QCOMPARE(colourAt(0, 0), colour(LuaHighlighter::Kind::Keyword));  // local
    QCOMPARE(colourAt(0, 11), colour(LuaHighlighter::Kind::String));  // "end": a keyword inside a string is string
    QCOMPARE(colourAt(0, 18), colour(LuaHighlighter::Kind::Comment)); // -- a note
    QCOMPARE(colourAt(1, 5), colour(LuaHighlighter::Kind::Comment));  // --[[ a long
    QCOMPARE(colourAt(2, 0), colour(LuaHighlighter::Kind::Comment));  // comment ]]
    QCOMPARE(colourAt(2, 11), colour(LuaHighlighter::Kind::Api));     // socket.send
    QCOMPARE(colourAt(2, 23), colour(LuaHighlighter::Kind::Number));  // 0
    QCOMPARE(colourAt(2, 26), colour(LuaHighlighter::Kind::String));  // [==[x]]y]==]
    QCOMPARE(colourAt(2, 33), colour(LuaHighlighter::Kind::String));  // y: ]] does not close a level-2 bracket
    QCOMPARE(colourAt(2, 40), colour(LuaHighlighter::Kind::Keyword)); // return
    QCOMPARE(colourAt(2, 47), colour(LuaHighlighter::Kind::Number));  // 42
    QVERIFY(highlighter->format(LuaHighlighter::Kind::Comment).fontItalic());
    // The model-neutral calls are the API too (issue 18), and socket.free.
    editor->setPlainText(QStringLiteral("context.ensure() dns.lookup(n) ntp.sync(s) socket.free()\n"));
    for (const int column : {0, 8, 17, 21, 31, 35, 43, 50})
        QVERIFY2(colourAt(0, column) == colour(LuaHighlighter::Kind::Api), qPrintable(QString::number(column)));
}

void TestRecipeEditor::errorLineIsMarkedUntilTheTextChanges()
{
    RecipeEditor editor;
    editor.setPlainText(QStringLiteral("step('a')\nlocal = 1\nstep('b')\n"));
    editor.markErrorLine(2);
    QCOMPARE(editor.markedLine(), 2);
    QCOMPARE(editor.extraSelections().size(), 1);
    QCOMPARE(editor.textCursor().blockNumber(), 1);
    editor.insertPlainText(QStringLiteral("x"));
    QCOMPARE(editor.markedLine(), -1);
    QVERIFY(editor.extraSelections().isEmpty());
}

void TestRecipeEditor::parametersAreReadFromDeclarationsNotCommentsOrStrings()
{
    const QList<recipe::RecipeParameter> found = recipe::RecipeParameters::declaredIn(
            "-- param(\"in_a_comment\", 1)\n"
            "--[[ param('in_a_long_comment')\n]]\n"
            "local host = param(\"host\", \"127.0.0.1\")\n"
            "local port = param('echo_port')\n"
            "local size = param(\"size\", 2048) -- param(\"after_code\")\n"
            "local again = param(\"host\", \"other\")\n"
            "local text = \"param('in_a_string')\"\n"
            "local on = param(\"verbose\", false)\n");
    QStringList names;
    for (const recipe::RecipeParameter &p : found)
        names << p.name;
    QCOMPARE(names, (QStringList {QStringLiteral("host"), QStringLiteral("echo_port"), QStringLiteral("size"),
                                  QStringLiteral("verbose")}));
    QCOMPARE(found.at(0).defaultValue, QStringLiteral("127.0.0.1"));
    QVERIFY(found.at(0).hasDefault);
    QVERIFY(!found.at(1).hasDefault);
    QCOMPARE(found.at(2).defaultValue, QStringLiteral("2048"));
    QCOMPARE(found.at(3).defaultValue, QStringLiteral("false"));
    // The type: the default's as Lua reads it, or said outright as the third argument.
    QCOMPARE(found.at(0).type, QStringLiteral("string"));
    QCOMPARE(found.at(1).type, QString());
    QCOMPARE(found.at(2).type, QStringLiteral("number"));
    QCOMPARE(found.at(3).type, QStringLiteral("boolean"));
    const QList<recipe::RecipeParameter> typed = recipe::RecipeParameters::declaredIn(
            "local port = param('port', nil, 'integer')\nlocal pin = param(\"pin\", \"0000\", \"string\")\n");
    QCOMPARE(typed.size(), 2);
    QCOMPARE(typed.at(0).type, QStringLiteral("integer"));
    QVERIFY(!typed.at(0).hasDefault);
    QCOMPARE(typed.at(1).type, QStringLiteral("string"));
    QCOMPARE(typed.at(1).defaultValue, QStringLiteral("0000"));
}

void TestRecipeEditor::typedParametersGetAFieldThatTakesTheirType()
{
    ParameterForm form;
    form.setParameters(recipe::RecipeParameters::declaredIn("param('port', nil, 'integer')\nparam('limit', 2.5)\n"
                                                    "param('verbose', false)\nparam('host', '127.0.0.1')\n"),
                       {});
    auto accepts = [&form](const char *name, const char *text) {
        QLineEdit *field = form.field(QLatin1String(name));
        field->clear();
        QTest::keyClicks(field, QLatin1String(text));
        return field->text() == QLatin1String(text) && field->hasAcceptableInput();
    };
    QVERIFY(accepts("port", "8080"));
    QVERIFY(accepts("port", "0x1F"));
    QVERIFY(!accepts("port", "80a"));
    QVERIFY(!accepts("port", "2.5"));
    QVERIFY(accepts("limit", "2.5"));
    QVERIFY(!accepts("limit", "lots"));
    QVERIFY(accepts("verbose", "Yes"));
    QVERIFY(!accepts("verbose", "maybe"));
    QVERIFY(accepts("host", "example.com"));
    QVERIFY(form.field(QStringLiteral("port"))->toolTip().contains(QLatin1String("Type: an integer.")));
}

void TestRecipeEditor::recordedLiteralsAreValidLuaForAnyBytes()
{
    QCOMPARE(RecipeRecorder::luaString("AT"), QByteArray("\"AT\""));
    QCOMPARE(RecipeRecorder::luaString("AT+QIOPEN=1,0,\"TCP\""), QByteArray("'AT+QIOPEN=1,0,\"TCP\"'"));
    QCOMPARE(RecipeRecorder::luaString("a'b\"c"), QByteArray("\"a'b\\\"c\""));
    QCOMPARE(RecipeRecorder::luaString(QByteArray("\r\n\x00\x1a\\", 5)), QByteArray("\"\\r\\n\\x00\\x1A\\\\\""));
    QCOMPARE(RecipeRecorder::luaString("你好"), QByteArray("\"你好\""));
    QCOMPARE(RecipeRecorder::luaString("\xff\xfe"), QByteArray("\"\\xFF\\xFE\""));
    // Each one compiles as Lua.
    for (const QByteArray &bytes : {QByteArray("a'b\"c"), QByteArray("\r\n\x00\x1a\\", 5), QByteArray("\xff\xfe")}) {
        const recipe::Recipe probe = recipe::Recipe::fromText("local s = " + RecipeRecorder::luaString(bytes) + "\n",
                                                              QStringLiteral("probe"));
        QVERIFY2(!probe.checkSyntax().isError(), qPrintable(probe.checkSyntax().message));
    }
}

QTEST_MAIN(TestRecipeEditor)
#include "tst_recipeeditor.moc"
