// SPDX-License-Identifier: MIT
#include "junitwriter.h"

#include "stepreport.h"
#include "wholefile.h"

#include <QHostInfo>
#include <QXmlStreamWriter>

namespace bc25::recipe {

namespace {

QString seconds(qint64 ms)
{
    return QString::number(double(ms) / 1000.0, 'f', 3);
}

// XML 1.0 cannot carry most control characters, even escaped.
QString xmlSafe(QString text)
{
    for (QChar &c : text) {
        if (c.unicode() < 0x20 && c != QLatin1Char('\n') && c != QLatin1Char('\t') && c != QLatin1Char('\r'))
            c = QChar(0xFFFD);
    }
    return text;
}

void writeStep(QXmlStreamWriter &xml, const RunResult &run, const StepResult &step)
{
    xml.writeStartElement(QStringLiteral("testcase"));
    xml.writeAttribute(QStringLiteral("name"), xmlSafe(step.name));
    xml.writeAttribute(QStringLiteral("classname"), xmlSafe(QStringLiteral("recipes.") + run.recipe));
    xml.writeAttribute(QStringLiteral("time"), seconds(step.durationMs));
    if (!step.passed()) {
        xml.writeStartElement(step.status == StepResult::Status::Error ? QStringLiteral("error") : QStringLiteral("failure"));
        xml.writeAttribute(QStringLiteral("message"), xmlSafe(StepReport::messageWithLine(step)));
        xml.writeAttribute(QStringLiteral("type"), step.kind.isEmpty() ? QStringLiteral("failure") : step.kind);
        // The CI reader gets Lua's stack too (the dock and bc25-run show only the recipe's line).
        const QString details = StepReport::details(step);
        xml.writeCharacters(xmlSafe(step.traceback.isEmpty() ? details : details + QLatin1Char('\n') + step.traceback));
        xml.writeEndElement();
    }
    xml.writeEndElement();
}

// A step the stopped run never began: listed, so that the report shows what was not tested.
void writeUnreached(QXmlStreamWriter &xml, const RunResult &run, const QString &name)
{
    xml.writeStartElement(QStringLiteral("testcase"));
    xml.writeAttribute(QStringLiteral("name"), xmlSafe(name));
    xml.writeAttribute(QStringLiteral("classname"), xmlSafe(QStringLiteral("recipes.") + run.recipe));
    xml.writeAttribute(QStringLiteral("time"), seconds(0));
    xml.writeStartElement(QStringLiteral("skipped"));
    xml.writeAttribute(QStringLiteral("message"), xmlSafe(JUnitWriter::tr("Not reached: the run ended at the step \"%1\".")
                                                                  .arg(run.steps.isEmpty() ? QString() : run.steps.constLast().name)));
    xml.writeEndElement();
    xml.writeEndElement();
}

// A recipe not run on this model: one testcase, skipped, saying why.
void writeNotRun(QXmlStreamWriter &xml, const RunResult &run)
{
    xml.writeStartElement(QStringLiteral("testcase"));
    xml.writeAttribute(QStringLiteral("name"), xmlSafe(run.title));
    xml.writeAttribute(QStringLiteral("classname"), xmlSafe(QStringLiteral("recipes.") + run.recipe));
    xml.writeAttribute(QStringLiteral("time"), seconds(0));
    xml.writeStartElement(QStringLiteral("skipped"));
    xml.writeAttribute(QStringLiteral("message"), xmlSafe(run.skipped));
    xml.writeEndElement();
    xml.writeEndElement();
}

// A run that began no step tested nothing: one testcase, failed, so that a CI
// reader never counts the recipe as green (tests="0" failures="0" would be).
int noStepFailure(const RunResult &run)
{
    return run.ranNoStep() ? 1 : 0;
}

void writeNoStep(QXmlStreamWriter &xml, const RunResult &run)
{
    xml.writeStartElement(QStringLiteral("testcase"));
    xml.writeAttribute(QStringLiteral("name"), xmlSafe(run.title.isEmpty() ? run.recipe : run.title));
    xml.writeAttribute(QStringLiteral("classname"), xmlSafe(QStringLiteral("recipes.") + run.recipe));
    xml.writeAttribute(QStringLiteral("time"), seconds(run.durationMs));
    xml.writeStartElement(QStringLiteral("failure"));
    xml.writeAttribute(QStringLiteral("message"), xmlSafe(run.unreached.isEmpty() ? JUnitWriter::tr("No steps ran: the recipe has no step.")
                                                                                  : JUnitWriter::tr("No steps ran: the recipe ended before its first step.")));
    xml.writeAttribute(QStringLiteral("type"), QStringLiteral("nostep"));
    xml.writeEndElement();
    xml.writeEndElement();
}

void writeRun(QXmlStreamWriter &xml, const RunResult &run, const QString &host)
{
    xml.writeStartElement(QStringLiteral("testsuite"));
    xml.writeAttribute(QStringLiteral("name"), xmlSafe(run.recipe));
    xml.writeAttribute(QStringLiteral("tests"), QString::number(run.stepCount() + noStepFailure(run)));
    xml.writeAttribute(QStringLiteral("failures"), QString::number(run.failures() + noStepFailure(run)));
    xml.writeAttribute(QStringLiteral("errors"), QString::number(run.errors()));
    xml.writeAttribute(QStringLiteral("skipped"), QString::number(run.skippedCount()));
    xml.writeAttribute(QStringLiteral("time"), seconds(run.durationMs));
    xml.writeAttribute(QStringLiteral("timestamp"), run.started.toUTC().toString(Qt::ISODate).chopped(1));
    xml.writeAttribute(QStringLiteral("hostname"), host);
    xml.writeStartElement(QStringLiteral("properties"));
    auto property = [&xml](const QString &name, const QString &value) {
        xml.writeStartElement(QStringLiteral("property"));
        xml.writeAttribute(QStringLiteral("name"), xmlSafe(name));
        xml.writeAttribute(QStringLiteral("value"), xmlSafe(value));
        xml.writeEndElement();
    };
    property(QStringLiteral("title"), run.title);
    for (const auto &[name, value] : run.parameters)
        property(QStringLiteral("param.") + name, value);
    xml.writeEndElement();
    for (const StepResult &step : run.steps)
        writeStep(xml, run, step);
    for (const QString &name : run.unreached)
        writeUnreached(xml, run, name);
    if (run.wasSkipped())
        writeNotRun(xml, run);
    if (run.ranNoStep())
        writeNoStep(xml, run);
    xml.writeTextElement(QStringLiteral("system-out"), xmlSafe(run.log.join(QLatin1Char('\n'))));
    xml.writeEndElement();
}

} // namespace

QByteArray JUnitWriter::toXml(const QList<RunResult> &runs, const QString &name)
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    int tests = 0;
    int failures = 0;
    int errors = 0;
    int skipped = 0;
    qint64 ms = 0;
    for (const RunResult &run : runs) {
        tests += run.stepCount() + noStepFailure(run);
        skipped += run.skippedCount();
        failures += run.failures() + noStepFailure(run);
        errors += run.errors();
        ms += run.durationMs;
    }
    xml.writeStartElement(QStringLiteral("testsuites"));
    xml.writeAttribute(QStringLiteral("name"), name);
    xml.writeAttribute(QStringLiteral("tests"), QString::number(tests));
    xml.writeAttribute(QStringLiteral("failures"), QString::number(failures));
    xml.writeAttribute(QStringLiteral("errors"), QString::number(errors));
    xml.writeAttribute(QStringLiteral("skipped"), QString::number(skipped));
    xml.writeAttribute(QStringLiteral("time"), seconds(ms));
    const QString host = QHostInfo::localHostName();
    for (const RunResult &run : runs)
        writeRun(xml, run, host);
    xml.writeEndElement();
    xml.writeEndDocument();
    return out;
}

bool JUnitWriter::write(const QString &path, const QList<RunResult> &runs, QString *error)
{
    return WholeFile::write(path, toXml(runs), error);
}

} // namespace bc25::recipe
