// SPDX-License-Identifier: MIT
// What running a command through a recipe costs over running it directly:
// the same AT round trip on the in-process virtual module, once submitted
// through CommandRunner from its own callback, once as at() in a Lua loop
// (yield, resume from the event loop, the transaction as a table), and once
// as a step of its own. Then the whole built-in library's run time, each
// recipe on a fresh virtual module as bc25-run runs it. Prints its figures;
// the README quotes them. Build type Release.

#include "recipeharness.h"

#include "profile/moduleprofile.h"
#include "recipe/recipelibrary.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>

#include <algorithm>
#include <cstdio>

using namespace bc25;
using namespace bc25::recipe;

namespace {

constexpr int CommandCount = 2000;
constexpr int Rounds = 5;

// Microseconds per AT round trip, submitted by hand one after the other.
double direct(test::RecipeHarness &h)
{
    int left = CommandCount;
    std::function<void()> next = [&] {
        if (left-- == 0)
            return;
        BuildResult at = Commands::attention(bc25::profile::ModuleProfile::bc25()->catalog());
        at.command.onTransaction = [&next](const at::Transaction &) { next(); };
        h.session.commands()->submit(std::move(at));
    };
    QElapsedTimer clock;
    clock.start();
    next();
    test::waitUntil([&] { return left < 0 && !h.engine.isBusy(); }, 60000);
    return double(clock.nsecsElapsed()) / 1000.0 / CommandCount;
}

// Microseconds per AT round trip as a recipe runs it.
double throughRecipe(test::RecipeHarness &h, const QByteArray &text)
{
    QElapsedTimer clock;
    clock.start();
    const auto result = h.run(text, {}, 60000);
    if (!result || !result->passed()) {
        std::printf("bench_recipes: the benchmark recipe failed\n");
        return -1;
    }
    return double(clock.nsecsElapsed()) / 1000.0 / CommandCount;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("bc25.*.warning=false"));

    test::RecipeHarness h;
    if (!h.connect()) {
        std::printf("bench_recipes: the virtual module did not start\n");
        return 1;
    }
    const QByteArray loop = "for i = 1, " + QByteArray::number(CommandCount) + " do at('AT') end\n";
    const QByteArray steps = "for i = 1, " + QByteArray::number(CommandCount) + " do step('round trip') expect(at('AT')) end\n";
    QList<double> plain, viaAt, viaStep;
    for (int round = 0; round < Rounds; ++round) {
        plain << direct(h);
        viaAt << throughRecipe(h, loop);
        viaStep << throughRecipe(h, steps);
    }
    const double base = median(plain);
    std::printf("bench_recipes: AT round trip on the in-process virtual module, median of %d rounds of %d: "
                "direct %.1f us, at() in a recipe %.1f us, step() + expect(at()) %.1f us\n",
                Rounds, CommandCount, base, median(viaAt), median(viaStep));
    std::printf("bench_recipes: the runner's overhead per command %.1f us, per step %.1f us (goal < 1000 us)\n",
                median(viaAt) - base, median(viaStep) - base);

    // The whole library, each recipe on a fresh module with its own options.
    QList<double> totals;
    QHash<QString, QList<double>> perRecipe;
    const QList<Recipe> library = RecipeLibrary::builtIn();
    bool allPassed = true;
    for (int round = 0; round < Rounds; ++round) {
        QElapsedTimer clock;
        clock.start();
        for (const Recipe &r : library) {
            test::RecipeHarness fresh;
            QElapsedTimer one;
            one.start();
            if (!fresh.connect(r.virtualModuleOptions(), false)) {
                allPassed = false;
                continue;
            }
            const auto result = fresh.run(r);
            allPassed = allPassed && result && result->passed();
            perRecipe[r.name()] << double(one.nsecsElapsed()) / 1e6;
        }
        totals << double(clock.nsecsElapsed()) / 1e6;
    }
    std::printf("bench_recipes: the library (%lld recipes), each on a fresh virtual module, connect included: "
                "median %.0f ms, min %.0f ms, max %.0f ms over %d rounds%s\n",
                qlonglong(library.size()), median(totals), *std::min_element(totals.cbegin(), totals.cend()),
                *std::max_element(totals.cbegin(), totals.cend()), Rounds, allPassed ? "" : " (SOME FAILED)");
    QStringList slowest;
    for (const Recipe &r : library)
        slowest << QStringLiteral("%1 %2 ms").arg(r.name()).arg(median(perRecipe.value(r.name(), {0})), 0, 'f', 0);
    std::printf("bench_recipes: per recipe (median): %s\n", qPrintable(slowest.join(QStringLiteral(", "))));

    // Issue 18: the library on each model's virtual module, the recipes written for it, one round.
    QStringList perModel;
    for (const QByteArray &id : bc25::profile::ModuleProfile::ids()) {
        const auto model = bc25::profile::ModuleProfile::byId(id);
        QElapsedTimer clock;
        clock.start();
        int ran = 0;
        int failed = 0;
        for (const Recipe &r : library) {
            if (!r.isFor(QString::fromLatin1(id)))
                continue;
            test::RecipeHarness fresh(model);
            const bool connected = fresh.connect(r.virtualModuleOptions(), false);
            const auto result = connected ? fresh.run(r) : std::nullopt;
            ++ran;
            if (!result || !result->passed())
                ++failed;
        }
        allPassed = allPassed && failed == 0;
        perModel << QStringLiteral("%1 %2 recipes %3 ms%4").arg(model->name()).arg(ran).arg(clock.elapsed())
                            .arg(failed ? QStringLiteral(" (%1 FAILED)").arg(failed) : QString());
    }
    std::printf("bench_recipes: the library per model, one round: %s\n", qPrintable(perModel.join(QStringLiteral(", "))));
    const bool fast = median(viaStep) - base < 1000;
    return allPassed && fast ? 0 : 1;
}
