// SPDX-License-Identifier: MIT
// bc25-run: runs recipes headless against a module on a serial port or the
// built-in virtual module, prints a line per step, writes JUnit XML for CI,
// and exits 0 when every step passed, 1 otherwise, 2 for a command line it
// refuses before anything is sent (DESIGN.md, "Recipes"; ExitStatus).

#include "at/commandengine.h"
#include "healthrun.h"
#include "identitynotice.h"
#include "health/healthplan.h"
#include "bc25/catalogrules.h"
#include "commandline.h"
#include "commandlinehelp.h"
#include "profile/modelchoice.h"
#include "link/connection.h"
#include "recipe/junitwriter.h"
#include "recipebatch.h"
#include "recipe/recipelibrary.h"
#include "recipe/recipeparameters.h"
#include "recipe/reciperunner.h"
#include "recipe/stepreport.h"
#include "session/modulesession.h"
#include "sim/simconfig.h"
#include "sim/simoptions.h"
#include "translations.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSet>
#include <QTimer>

#include <cstdio>

using namespace bc25;
using recipe::Recipe;

using namespace bc25::run;

namespace {

// bc25-run --health: the health check's own driver (healthrun.h).
int runHealth(const QCommandLineParser &args, const QCommandLineOption &port, const QCommandLineOption &baud,
              const QCommandLineOption &virtualModule, const QCommandLineOption &param, const QCommandLineOption &simOption,
              const QCommandLineOption &capture, const QCommandLineOption &json, const QCommandLineOption &report, const QCommandLineOption &identities,
              const QCommandLineOption &skip, const QCommandLineOption &site, const QCommandLineOption &serial,
              const QCommandLineOption &context)
{
    HealthRun run(profile::ModelChoice::chosen(args));
    sayWhenTheModuleIsAnother(run.session, profile::ModelChoice::chosen(args), profile::ModelChoice::given(args));
    for (const QString &pair : args.values(param)) {
        const qsizetype equals = pair.indexOf(QLatin1Char('='));
        if (equals <= 0) {
            err(QCoreApplication::translate("bc25-run", "--param takes NAME=VALUE, not %1").arg(pair));
            return ExitStatus::BadUsage;
        }
        run.parameters.insert(pair.left(equals), pair.mid(equals + 1));
    }
    for (const QString &name : args.values(skip)) {
        const auto kind = health::HealthPlan::kindNamed(name);
        if (!kind) {
            err(QCoreApplication::translate("bc25-run", "--skip takes a check's name, not %1 (see --help)").arg(name));
            return ExitStatus::BadUsage;
        }
        run.skipped << *kind;
    }
    if (args.isSet(context)) {
        bool isNumber = false;
        run.contextId = args.value(context).trimmed().toInt(&isNumber);
        if (!isNumber) {
            err(QCoreApplication::translate("bc25-run", "--context takes a number, not %1").arg(args.value(context)));
            return ExitStatus::BadUsage;
        }
    }
    // Written at the top of the reports; the same as --param site=… and --param serial=….
    if (args.isSet(site))
        run.parameters.insert(QStringLiteral("site"), args.value(site));
    if (args.isSet(serial))
        run.parameters.insert(QStringLiteral("serial"), args.value(serial));
    bool ok = true;
    run.serial.baudRate = args.isSet(baud) ? args.value(baud).toInt(&ok) : 115200;
    if (!ok || run.serial.baudRate <= 0) {
        err(QCoreApplication::translate("bc25-run", "--baud and --time-limit take positive numbers"));
        return ExitStatus::BadUsage;
    }
    run.virtualModule = !args.isSet(port) || args.isSet(virtualModule);
    run.serial.portName = args.value(port);
    run.simOptions = args.values(simOption);
    run.capture = args.value(capture);
    run.jsonFile = args.value(json);
    run.reportFile = args.value(report);
    run.includeIdentities = args.isSet(identities);
    if (!run.capture.isEmpty() && !run.includeIdentities)
        err(QCoreApplication::translate("bc25-run", "Note: the capture keeps the module's bytes as they came, the IMEI, IMSI and ICCID unmasked."));
    // Two outputs in one file: the second would replace the first (adversary pass 9 F2);
    // an output in the module's port: its records sent to the module (adversary pass 10 F17).
    if (const QString why = CommandLine::sameFileTwice({{QStringLiteral("--capture"), run.capture},
                                                        {QStringLiteral("--json"), run.jsonFile},
                                                        {QStringLiteral("--report"), run.reportFile}},
                                                       {{QStringLiteral("--port"), run.virtualModule ? QString() : run.serial.portName}});
        !why.isEmpty()) {
        err(why);
        return ExitStatus::BadUsage;
    }
    // A report that cannot be written is said before the check runs, not lost after it.
    for (const QString &file : {run.capture, run.jsonFile, run.reportFile}) {
        if (const QString why = file.isEmpty() ? QString() : CommandLine::outputProblem(file); !why.isEmpty()) {
            err(why);
            return ExitStatus::Failed;
        }
    }
    // Refused now, before the port is opened: a check that cannot run would
    // otherwise end "not run" in a run that looks passed.
    if (const QString usage = run.usageError(); !usage.isEmpty()) {
        err(usage);
        return ExitStatus::BadUsage;
    }
    QString why;
    QTimer::singleShot(0, &run.check, [&run, &why] {
        why = run.start();
        if (!why.isEmpty())
            QCoreApplication::exit(ExitStatus::BadUsage);
    });
    const int status = QCoreApplication::exec();
    if (!why.isEmpty())
        err(why);
    // The link's last note is the capture's last record: written before the verdict.
    run.connection.disconnectFromModule();
    return status == ExitStatus::Passed && run.captureErrors.any() ? ExitStatus::Failed : status;
}

// The whole run, from the command line to the exit status.
int runCommandLine(QCoreApplication &app)
{
    QCommandLineParser args;
    const QString description = QCoreApplication::translate("bc25-run", "Runs bring-up recipes (Lua) against a module on a serial port or the built-in\n"
                                      "virtual module, read as the BC25 or the model --model names (see\n"
                                      "--list-models); prints a line per step and exits 0 when every step passed.");
    args.setApplicationDescription(description);
    // --help wrapped for the reader's language (Chinese at phrase boundaries), not at Qt's 79 characters.
    CommandLineHelp help(description);
    help.addOptions({args.addHelpOption(), args.addVersionOption()});
    const QString recipeArgument = QCoreApplication::translate("bc25-run", "A recipe file, or the name of a built-in recipe (see --list).");
    //: The placeholder of the recipe arguments in the usage line.
    const QString recipeSyntax = QCoreApplication::translate("bc25-run", "RECIPE...");
    help.setExitStatus(QCoreApplication::translate("bc25-run", "Every recipe began a step and every step passed (with --health: the run "
                                                               "passed), and every file asked for was written whole."),
                       QCoreApplication::translate("bc25-run", "A step or a check failed or did not run, the module or its port could not "
                                                               "be reached, or a capture or a report could not be written."),
                       QCoreApplication::translate("bc25-run", "The command line is wrong (an unknown option, --param or recipe, a value "
                                                               "out of range, options that do not go together): nothing was sent."));
    args.addPositionalArgument(QStringLiteral("RECIPE"), recipeArgument, recipeSyntax);
    help.addPositional(QStringLiteral("RECIPE"), recipeArgument, recipeSyntax);
    const QCommandLineOption port(QStringLiteral("port"), QCoreApplication::translate("bc25-run", "Serial port of the module, e.g. /dev/ttyUSB0."), QStringLiteral("PATH"));
    const QCommandLineOption baud(QStringLiteral("baud"), QCoreApplication::translate("bc25-run", "Baud rate (default 115200)."), QStringLiteral("N"));
    const QCommandLineOption virtualModule(QStringLiteral("virtual"), QCoreApplication::translate("bc25-run", "Use the built-in virtual module (the default without --port)."));
    const QCommandLineOption param(QStringLiteral("param"), QCoreApplication::translate("bc25-run", "A parameter for the recipes' param() (repeatable)."), QStringLiteral("NAME=VALUE"));
    const QCommandLineOption simOption(QStringLiteral("sim-option"), QCoreApplication::translate("bc25-run", "A setting or fault of the virtual module, as bc25-sim names it: buffer-limit=256, fail=+QIOPEN, dead-after=0, split=7 (repeatable)."), QStringLiteral("NAME=VALUE"));
    const QCommandLineOption junit(QStringLiteral("junit"), QCoreApplication::translate("bc25-run", "Write a JUnit XML report to FILE."), QStringLiteral("FILE"));
    const QCommandLineOption capture(QStringLiteral("capture"), QCoreApplication::translate("bc25-run", "Record the session to a capture FILE (one per recipe when there are several)."), QStringLiteral("FILE"));
    const QCommandLineOption library(QStringLiteral("library"), QCoreApplication::translate("bc25-run", "Run every built-in recipe."));
    const QCommandLineOption list(QStringLiteral("list"), QCoreApplication::translate("bc25-run", "List the built-in recipes and quit."));
    const QCommandLineOption timeLimit(QStringLiteral("time-limit"), QCoreApplication::translate("bc25-run", "Stop a recipe that runs longer than this many seconds (default 600, 0: none)."), QStringLiteral("S"));
    const QCommandLineOption verbose(QStringLiteral("verbose"), QCoreApplication::translate("bc25-run", "Also print the core's warnings (time-outs, unknown lines) on standard error."));
    const QCommandLineOption lang(QStringLiteral("lang"), QCoreApplication::translate("bc25-run", "Language: zh_CN or en (default: the system's)."), QStringLiteral("LANG"));
    const QCommandLineOption health(QStringLiteral("health"), QCoreApplication::translate("bc25-run", "Run the health check (field diagnostics) instead of recipes; its hosts come from --param dns_host, ping_host, server, server_port, ntp_server, ntp_port."));
    const QCommandLineOption json(QStringLiteral("json"), QCoreApplication::translate("bc25-run", "With --health: write every check, verdict, advice and transaction to FILE as JSON."), QStringLiteral("FILE"));
    const QCommandLineOption report(QStringLiteral("report"), QCoreApplication::translate("bc25-run", "With --health: write a self-contained HTML report (verdicts, advice, charts, evidence) to FILE."), QStringLiteral("FILE"));
    const QCommandLineOption identities(QStringLiteral("include-identities"), QCoreApplication::translate("bc25-run", "With --health: keep the IMEI, IMSI and ICCID in the JSON and HTML reports (masked by default)."));
    const QCommandLineOption site(QStringLiteral("site"), QCoreApplication::translate("bc25-run", "With --health: where the device is, written at the top of the reports (as --param site=TEXT)."), QStringLiteral("TEXT"));
    const QCommandLineOption serial(QStringLiteral("serial"), QCoreApplication::translate("bc25-run", "With --health: the device's serial number, written at the top of the reports (as --param serial=TEXT)."), QStringLiteral("TEXT"));
    const QCommandLineOption skip(QStringLiteral("skip"), QCoreApplication::translate("bc25-run", "With --health: untick a check (identity, sim, signal, registration, attach, pdp, dns, ping, tcp, ntp; repeatable)."), QStringLiteral("CHECK"));
    const QCommandLineOption context(QStringLiteral("context"), QCoreApplication::translate("bc25-run", "With --health: the PDP context of the lookup, the ping, the TCP and the time checks, in the model's range (default: its first, 1 on the BC25, 0 on the BC660K)."), QStringLiteral("N"));
    const QList<QCommandLineOption> options {port, baud, virtualModule, param, simOption, junit, capture, library, list, timeLimit,
                                             verbose, lang, health, json, report, identities, skip, site, serial, context};
    args.addOptions(options);
    args.addOptions(profile::ModelChoice::options());
    help.addOptions(options);
    help.addOptions(profile::ModelChoice::options());
    if (const auto status = CommandLine::parse(args, "bc25-run", help))
        return *status;
    if (const auto status = profile::ModelChoice::handle(args, "bc25-run"))
        return *status;
    if (args.isSet(lang) && !Translations::isAvailable(args.value(lang))) {
        err(QCoreApplication::translate("bc25-run", "--lang takes zh_CN or en, not %1").arg(args.value(lang)));
        return ExitStatus::BadUsage;
    }
    // What went wrong is in the step lines; the core's own warnings only on request.
    if (!args.isSet(verbose))
        QLoggingCategory::setFilterRules(QStringLiteral("bc25.*.warning=false"));

    if (args.isSet(list)) {
        for (const Recipe &recipe : recipe::RecipeLibrary::builtIn())
            out(recipe.name().leftJustified(24) + QStringLiteral("  ") + recipe.title());
        return 0;
    }

    // One module a run: the virtual one or the one on the port, never one
    // chosen silently for the user (a green run on the wrong module).
    if (args.isSet(virtualModule) && args.isSet(port)) {
        err(QCoreApplication::translate("bc25-run", "--virtual and --port do not go together: --virtual runs on the built-in "
                                                    "virtual module, --port on the module at the port"));
        return ExitStatus::BadUsage;
    }
    // The virtual module's settings would do nothing to a real one: said, not ignored.
    if (args.isSet(simOption) && args.isSet(port)) {
        err(QCoreApplication::translate("bc25-run", "--sim-option sets up the virtual module; it does nothing with --port"));
        return ExitStatus::BadUsage;
    }
    if (!args.isSet(health)) {
        // Silently ignoring them would leave the user looking for a report never written.
        for (const QCommandLineOption *healthOnly : {&json, &report, &identities, &skip, &site, &serial, &context}) {
            if (args.isSet(*healthOnly)) {
                err(QCoreApplication::translate("bc25-run", "--%1 works with --health only").arg(healthOnly->names().constFirst()));
                return ExitStatus::BadUsage;
            }
        }
    }
    if (args.isSet(health)) {
        // The same the other way round: the health check runs no recipe and writes no JUnit.
        for (const QCommandLineOption *recipeOnly : {&junit, &library, &timeLimit}) {
            if (args.isSet(*recipeOnly)) {
                err(QCoreApplication::translate("bc25-run", "--%1 works with recipes, not with --health").arg(recipeOnly->names().constFirst()));
                return ExitStatus::BadUsage;
            }
        }
        if (!args.positionalArguments().isEmpty()) {
            err(QCoreApplication::translate("bc25-run", "--health runs no recipe: %1").arg(args.positionalArguments().join(QLatin1Char(' '))));
            return ExitStatus::BadUsage;
        }
        return runHealth(args, port, baud, virtualModule, param, simOption, capture, json, report, identities, skip, site, serial,
                         context);
    }

    RecipeBatch batch(profile::ModelChoice::chosen(args));
    sayWhenTheModuleIsAnother(batch.stack.session(), profile::ModelChoice::chosen(args), profile::ModelChoice::given(args));
    if (args.isSet(library))
        batch.recipes = recipe::RecipeLibrary::builtIn();
    for (const QString &name : args.positionalArguments()) {
        Recipe recipe = QFileInfo::exists(name) ? Recipe::fromFile(name) : recipe::RecipeLibrary::find(name);
        if (recipe.isNull()) {
            err(QCoreApplication::translate("bc25-run", "no recipe file or built-in recipe named %1 (see --list)").arg(name));
            return ExitStatus::BadUsage;
        }
        batch.recipes << recipe;
        batch.named << recipe.name();
    }
    if (batch.recipes.isEmpty()) {
        err(QCoreApplication::translate("bc25-run", "name a recipe to run, or --library (see --help)"));
        return ExitStatus::BadUsage;
    }
    for (const QString &pair : args.values(param)) {
        const qsizetype equals = pair.indexOf(QLatin1Char('='));
        if (equals <= 0) {
            err(QCoreApplication::translate("bc25-run", "--param takes NAME=VALUE, not %1").arg(pair));
            return ExitStatus::BadUsage;
        }
        batch.parameters.insert(pair.left(equals), pair.mid(equals + 1));
    }
    if (const QString why = refusedParameter(batch.recipes, batch.parameters); !why.isEmpty()) {
        err(why);
        return ExitStatus::BadUsage;
    }
    batch.simOptions = args.values(simOption);
    for (const QString &option : batch.simOptions) {
        sim::SimConfig probe;
        if (const QString why = sim::SimOptions::apply(probe, option); !why.isEmpty()) {
            err(why);
            return ExitStatus::BadUsage;
        }
    }
    // Each its own check: "--time-limit soon --baud 9600" must not pass as "no time limit".
    bool limitOk = true;
    bool baudOk = true;
    batch.timeLimitMs = args.isSet(timeLimit) ? args.value(timeLimit).toInt(&limitOk) * 1000 : 600000;
    batch.serial.baudRate = args.isSet(baud) ? args.value(baud).toInt(&baudOk) : 115200;
    if (!limitOk || !baudOk || batch.serial.baudRate <= 0 || batch.timeLimitMs < 0) {
        err(QCoreApplication::translate("bc25-run", "--baud and --time-limit take positive numbers"));
        return ExitStatus::BadUsage;
    }
    batch.virtualModule = !args.isSet(port) || args.isSet(virtualModule);
    batch.serial.portName = args.value(port);
    batch.capture = args.value(capture);

    // Every file the run writes, checked before it runs: a capture or a
    // report that cannot be written must not leave a run that looks passed.
    QStringList outputs;
    QList<std::pair<QString, QString>> named;
    if (!batch.capture.isEmpty()) {
        for (qsizetype i = 0; i < batch.recipes.size(); ++i) {
            outputs << batch.captureFor(i);
            named.append({QStringLiteral("--capture"), outputs.last()});
        }
    }
    if (args.isSet(junit)) {
        outputs << args.value(junit);
        named.append({QStringLiteral("--junit"), args.value(junit)});
    }
    // Two outputs in one file: the second would replace the first (adversary pass 9 F2);
    // an output over what the run reads: the capture sent into the module's
    // port, the JUnit report over its recipe's source (adversary pass 10 F17).
    QList<std::pair<QString, QString>> inputs {{QStringLiteral("--port"), batch.virtualModule ? QString() : batch.serial.portName}};
    for (const QString &name : args.positionalArguments()) {
        if (QFileInfo::exists(name))
            inputs.append({QCoreApplication::translate("bc25-run", "the recipe"), name});
    }
    if (const QString why = CommandLine::sameFileTwice(named, inputs); !why.isEmpty()) {
        err(why);
        return ExitStatus::BadUsage;
    }
    for (const QString &file : std::as_const(outputs)) {
        if (const QString why = CommandLine::outputProblem(file); !why.isEmpty()) {
            err(why);
            return ExitStatus::Failed;
        }
    }

    // From the event loop: a port that fails to open ends it at once.
    QTimer::singleShot(0, &app, [&batch] { batch.start(); });
    const int status = app.exec();
    // Closed already after the last recipe, unless the run ended early: its
    // last note is the capture's last record, written before the verdict.
    batch.connection.disconnectFromModule();
    if (status != 0) {
        // The recipes could not run: the report says why, as a CI job needs it.
        if (args.isSet(junit) && !batch.results.isEmpty()) {
            QString why;
            if (!recipe::JUnitWriter::write(args.value(junit), batch.results, &why))
                err(QCoreApplication::translate("bc25-run", "cannot write %1: %2").arg(args.value(junit), why));
        }
        return status;
    }

    // A misspelt --param is otherwise silent: the recipe runs with its default.
    QSet<QString> read;
    for (const recipe::RunResult &result : std::as_const(batch.results)) {
        for (const auto &parameter : result.parameters)
            read.insert(parameter.first);
    }
    QStringList unread;
    for (auto it = batch.parameters.cbegin(); it != batch.parameters.cend(); ++it) {
        if (!read.contains(it.key()))
            unread << it.key();
    }
    unread.sort();
    for (const QString &name : std::as_const(unread))
        err(QCoreApplication::translate("bc25-run", "warning: no recipe asked for the parameter %1 given with --param (the recipe stopped before it, or a typo?)").arg(name));

    // Recipes and steps each counted by their own outcome: the steps as the JUnit
    // report has them (tests, failures and errors, skipped for those not reached).
    int failed = 0;
    int skipped = 0;
    int stepsPassed = 0;
    int stepsFailed = 0;
    int stepsUnreached = 0;
    qint64 ms = 0;
    for (const recipe::RunResult &result : std::as_const(batch.results)) {
        if (result.wasSkipped()) {
            ++skipped;
            continue;
        }
        failed += result.passed() ? 0 : 1;
        for (const recipe::StepResult &step : result.steps)
            ++(step.passed() ? stepsPassed : stepsFailed);
        stepsUnreached += int(result.unreached.size());
        ms += result.durationMs;
    }
    out(QCoreApplication::translate("bc25-run", "Recipes: %1 passed, %2 failed. Steps: %3 passed, %4 failed, %5 not reached (%6)")
                .arg(batch.results.size() - failed - skipped).arg(failed).arg(stepsPassed).arg(stepsFailed).arg(stepsUnreached)
                .arg(duration(ms)));
    if (skipped > 0)
        out(QCoreApplication::translate("bc25-run", "Skipped: %n recipe(s) not for %1", nullptr, skipped).arg(batch.stack.profile().name()));
    if (args.isSet(junit)) {
        QString why;
        if (!recipe::JUnitWriter::write(args.value(junit), batch.results, &why)) {
            err(QCoreApplication::translate("bc25-run", "cannot write %1: %2").arg(args.value(junit), why));
            return ExitStatus::Failed;
        }
    }
    return failed == 0 && !batch.skippedNamed() && !batch.captureErrors.any() ? ExitStatus::Passed : ExitStatus::Failed;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("bc25-run"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BC25_VERSION));
    Translations::installFromArguments(&app, argc, argv);
    // The step lines are the run's results: lost on their way to a full disk
    // (a CI log redirected to a file), the run is not a pass (as bc25-decode's output).
    return withOutputChecked(runCommandLine(app));
}
