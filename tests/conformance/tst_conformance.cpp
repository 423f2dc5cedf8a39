// SPDX-License-Identifier: MIT
// Conformance: what each model prints, and what the workbench must make of
// it. The vectors are data (vectors/<model>.txt, one file per model, read
// by this one test; README, "Models", says how to add a field log): each is
// a command and the module's output with the transactions and events it must
// give, fed whole and byte by byte through the model's TransactionAssembler
// (the engine's and the decoder's). Every vector names its source, and every
// difference row of a model's profile has a vector that says so ("fact:").
//
// A vector, blank lines between vectors, # starts a comment line:
//   vector: a name, unique in the file
//   source: where the output comes from (a manual's section, a log's address)
//   fact: the difference row it shows (ModuleProfile::differences()' text), if any
//   gap: why the workbench does not give what it must yet (the vector is an expected failure)
//   command: the command the host wrote (left out: the output is unsolicited)
//   written: the data the host wrote after the prompt
//   output: the module's bytes (\r \n \" \\ \xHH; several output: lines are one stream)
//   then: a next command in the same session (the socket it opened, its access mode),
//         with its own written: and output: lines; "then: -" for output no command caused
//   expect: T <command> | <status> | <lines, " / " between> | <payload>
//           O <command> | <operation status> | <lines>
//           U <unsolicited line>
//           D <connectID> <payload>
//           X <a line no command and no URC explains>

#include "at/transactionassembler.h"
#include "profile/moduleprofile.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace bc25;
using profile::ModuleProfile;

namespace {

// One command and what the module printed after it.
struct Step
{
    QByteArray command; // empty: the output is unsolicited
    QByteArray written;
    QByteArray output;
};

struct Vector
{
    QString file;
    int line = 0;
    QByteArray model;
    QString name;
    QString source;
    QString fact;
    QString gap; // why the workbench does not give it yet (an expected failure)
    QList<Step> steps {Step {}};
    QStringList expected;
};

QByteArray unescape(QByteArrayView text)
{
    QByteArray out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text.at(i);
        if (c != '\\' || i + 1 == text.size()) {
            out += c;
            continue;
        }
        const char e = text.at(++i);
        switch (e) {
        case 'r': out += '\r'; break;
        case 'n': out += '\n'; break;
        case 't': out += '\t'; break;
        case 'x':
            out += char(QByteArray::fromHex(text.sliced(i + 1, 2).toByteArray()).at(0));
            i += 2;
            break;
        default: out += e; break; // \" \\ and anything else: the character
        }
    }
    return out;
}

// A vector's file keeps no trailing blanks: a last space is written \x20.
QString escape(QByteArrayView bytes)
{
    QString out;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const char c = bytes.at(i);
        if (c == ' ' && i + 1 == bytes.size()) {
            out += QLatin1String("\\x20");
            continue;
        }
        switch (c) {
        case '\r': out += QLatin1String("\\r"); break;
        case '\n': out += QLatin1String("\\n"); break;
        case '\\': out += QLatin1String("\\\\"); break;
        default:
            if (static_cast<unsigned char>(c) < 0x20 || static_cast<unsigned char>(c) >= 0x7f)
                out += QStringLiteral("\\x%1").arg(static_cast<unsigned char>(c), 2, 16, QLatin1Char('0'));
            else
                out += QLatin1Char(c);
        }
    }
    return out;
}

QString joined(const QList<at::ResultLine> &lines)
{
    QStringList texts;
    for (const at::ResultLine &line : lines)
        texts << QString::fromLatin1(line.text);
    return texts.join(QStringLiteral(" / "));
}

QList<Vector> loadVectors(const QString &directory)
{
    QList<Vector> vectors;
    const QStringList files = QDir(directory).entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name);
    for (const QString &name : files) {
        QFile file(QDir(directory).filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray model = QFileInfo(name).completeBaseName().toLatin1();
        Vector current;
        int number = 0;
        auto flush = [&] {
            if (!current.name.isEmpty())
                vectors << current;
            current = Vector {};
        };
        while (!file.atEnd()) {
            const QByteArray line = file.readLine().trimmed();
            ++number;
            if (line.startsWith('#'))
                continue;
            if (line.isEmpty()) {
                flush();
                continue;
            }
            const qsizetype colon = line.indexOf(':');
            const QByteArray key = line.left(colon);
            const QByteArray value = line.mid(colon + 1).trimmed();
            if (current.name.isEmpty() && key != "vector") {
                qWarning("%s:%d: a vector starts with \"vector:\"", qPrintable(name), number);
                continue;
            }
            if (key == "vector") {
                flush();
                current.file = name;
                current.line = number;
                current.model = model;
                current.name = QString::fromUtf8(value);
            } else if (key == "source") {
                current.source = QString::fromUtf8(value);
            } else if (key == "gap") {
                current.gap = QString::fromUtf8(value);
            } else if (key == "fact") {
                current.fact = QString::fromUtf8(value);
            } else if (key == "command") {
                current.steps.last().command = value;
            } else if (key == "then") {
                current.steps.append(Step {value == "-" ? QByteArray() : value, {}, {}});
            } else if (key == "written") {
                current.steps.last().written = unescape(value);
            } else if (key == "output") {
                current.steps.last().output += unescape(value);
            } else if (key == "expect") {
                current.expected << QString::fromUtf8(value);
            } else {
                qWarning("%s:%d: unknown key %s", qPrintable(name), number, key.constData());
            }
        }
        flush();
    }
    return vectors;
}

const QList<Vector> &allVectors()
{
    static const QList<Vector> vectors = loadVectors(QStringLiteral(BC25_CONFORMANCE_VECTORS));
    return vectors;
}

// What the model's assembler makes of the vector's output, in the vector's words.
QStringList run(const Vector &v, bool byteByByte)
{
    const auto profile = ModuleProfile::byId(v.model);
    at::TransactionAssembler assembler(profile->newRules());
    assembler.setSettings(profile->parserDefaults());
    QStringList seen;
    QObject::connect(&assembler, &at::TransactionAssembler::commandFinished, [&seen](const at::Transaction &t) {
        seen << QStringLiteral("T %1 | %2 | %3 | %4")
                        .arg(QString::fromLatin1(t.command), QString::fromLatin1(at::Transaction::statusName(t.status)),
                             joined(t.lines), escape(t.data))
                        .trimmed();
    });
    QObject::connect(&assembler, &at::TransactionAssembler::operationFinished, [&seen](const at::OperationResult &r) {
        seen << QStringLiteral("O %1 | %2 | %3")
                        .arg(QString::fromLatin1(r.command), QString::fromLatin1(at::Transaction::operationStatusName(r.status)),
                             joined(r.lines))
                        .trimmed();
    });
    QObject::connect(&assembler, &at::TransactionAssembler::urcReceived, [&seen](const at::ResultLine &line) {
        seen << QStringLiteral("U ") + QString::fromLatin1(line.text);
    });
    QObject::connect(&assembler, &at::TransactionAssembler::dataReceived,
                     [&seen](int connectId, const QByteArray &bytes, bool) {
                         seen << QStringLiteral("D %1 %2").arg(connectId).arg(escape(bytes));
                     });
    QObject::connect(&assembler, &at::TransactionAssembler::unknownLine, [&seen](const QByteArray &line, qint64) {
        seen << QStringLiteral("X ") + QString::fromLatin1(line);
    });
    const Step *step = nullptr;
    QObject::connect(&assembler, &at::TransactionAssembler::promptReceived, [&assembler, &step](quint64, const QByteArray &) {
        assembler.dataWritten(step->written, 0);
    });
    for (const Step &each : v.steps) {
        step = &each;
        if (!each.command.isEmpty())
            assembler.begin(assembler.rules().commandFor(each.command), 0);
        if (byteByByte) {
            for (const char c : each.output)
                assembler.feed(QByteArrayView(&c, 1), 0);
        } else {
            assembler.feed(each.output, 0);
        }
    }
    assembler.finish(0);
    return seen;
}

} // namespace

class TestConformance : public QObject
{
    Q_OBJECT

private slots:
    void everyVectorGivesWhatItSays_data();
    void everyVectorGivesWhatItSays();
    void everyVectorNamesItsSource();
    void everyDifferenceHasAVector();
    void thereAreEnoughVectors();
};

void TestConformance::everyVectorGivesWhatItSays_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<bool>("byteByByte");
    for (int i = 0; i < allVectors().size(); ++i) {
        const Vector &v = allVectors().at(i);
        QTest::addRow("%s: %s, whole", v.model.constData(), qPrintable(v.name)) << i << false;
        QTest::addRow("%s: %s, byte by byte", v.model.constData(), qPrintable(v.name)) << i << true;
    }
}

void TestConformance::everyVectorGivesWhatItSays()
{
    QFETCH(int, index);
    QFETCH(bool, byteByByte);
    const Vector &v = allVectors().at(index);
    QVERIFY2(ModuleProfile::byId(v.model), qPrintable(v.file + QStringLiteral(": no model of that name")));
    const QStringList seen = run(v, byteByByte);
    // BC25_CONFORMANCE_PRINT=1: print what each vector gives (to write a new one's expect: lines).
    if (qEnvironmentVariableIsSet("BC25_CONFORMANCE_PRINT") && !byteByByte) {
        for (const QString &line : seen)
            qInfo("@@ %s|%s|%s", qPrintable(v.file), qPrintable(v.name), qPrintable(line));
        return;
    }
    if (!v.gap.isEmpty()) {
        // What it must give is written; the workbench does not give it yet (gap:).
        QEXPECT_FAIL("", qPrintable(v.gap), Continue);
        QCOMPARE(seen, v.expected);
        return;
    }
    if (seen != v.expected) {
        QString report = QStringLiteral("%1:%2 (%3)\nexpected:\n  %4\ngot:\n  %5")
                                 .arg(v.file).arg(v.line).arg(v.source, v.expected.join(QStringLiteral("\n  ")),
                                      seen.join(QStringLiteral("\n  ")));
        QFAIL(qPrintable(report));
    }
}

void TestConformance::everyVectorNamesItsSource()
{
    QSet<QString> names;
    for (const Vector &v : allVectors()) {
        const QString where = v.file + QLatin1Char(':') + QString::number(v.line);
        QVERIFY2(!v.source.isEmpty(), qPrintable(where + QStringLiteral(" has no source")));
        QVERIFY2(!v.expected.isEmpty(), qPrintable(where + QStringLiteral(" expects nothing")));
        QVERIFY2(!names.contains(v.file + v.name), qPrintable(where + QStringLiteral(" repeats a name")));
        names << v.file + v.name;
    }
}

void TestConformance::everyDifferenceHasAVector()
{
    for (const QByteArray &id : ModuleProfile::ids()) {
        for (const profile::ProfileFact &fact : ModuleProfile::byId(id)->differences()) {
            const bool shown = std::any_of(allVectors().cbegin(), allVectors().cend(), [&](const Vector &v) {
                return v.model == id && !v.fact.isEmpty() && fact.what.startsWith(v.fact);
            });
            QVERIFY2(shown, qPrintable(id + QStringLiteral(": no vector shows \"") + fact.what + QLatin1Char('"')));
        }
    }
}

void TestConformance::thereAreEnoughVectors()
{
    QHash<QByteArray, int> perModel;
    for (const Vector &v : allVectors())
        ++perModel[v.model];
    for (const QByteArray &id : ModuleProfile::ids())
        QVERIFY2(perModel.value(id) >= 10, qPrintable(id + QStringLiteral(": fewer than 10 vectors")));
    QVERIFY2(allVectors().size() >= 200, qPrintable(QString::number(allVectors().size())));
}

QTEST_GUILESS_MAIN(TestConformance)
#include "tst_conformance.moc"
