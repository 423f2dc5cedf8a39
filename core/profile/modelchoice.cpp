// SPDX-License-Identifier: MIT
#include "modelchoice.h"

#include "commandline.h"

#include <QCommandLineParser>

#include <cstdio>

namespace bc25::profile {

namespace {

const QString ModelName = QStringLiteral("model");
const QString ListName = QStringLiteral("list-models");

} // namespace

QList<QCommandLineOption> ModelChoice::options(const QString &whenNotGiven)
{
    const QString models = QString::fromLatin1(ModuleProfile::ids().join(", "));
    const QString model = whenNotGiven.isEmpty() ? tr("The module's model: %1 (default bc25).").arg(models)
                                                 : tr("The module's model: %1 (without it: %2).").arg(models, whenNotGiven);
    return {QCommandLineOption(ModelName, model, QStringLiteral("NAME")),
            QCommandLineOption(ListName, tr("List the models --model takes, and where each one's facts come from."))};
}

QString ModelChoice::list()
{
    QString text;
    for (const QByteArray &id : ModuleProfile::ids()) {
        const auto model = ModuleProfile::byId(id);
        text += QStringLiteral("%1 %2 (%3)\n").arg(QString::fromLatin1(id).leftJustified(8), model->name(), model->source());
    }
    return text;
}

std::optional<int> ModelChoice::handle(const QCommandLineParser &args, const char *program)
{
    // The names are checked first: --list-models beside a wrong --model is
    // still a wrong command line, and two models are one too many (the last
    // would win silently).
    const QStringList models = args.values(ModelName);
    if (models.size() > 1) {
        std::fprintf(stderr, "%s: %s\n", program,
                     qPrintable(tr("--model is given %n times (%1); give one model.", nullptr, int(models.size()))
                                        .arg(models.join(QStringLiteral(", ")))));
        return ExitStatus::BadUsage;
    }
    if (!models.isEmpty() && !ModuleProfile::byId(models.constFirst().toLatin1())) {
        std::fprintf(stderr, "%s: %s\n%s", program,
                     qPrintable(tr("no model is called \"%1\"; --model takes one of:").arg(models.constFirst())),
                     qPrintable(list()));
        return ExitStatus::BadUsage;
    }
    if (args.isSet(ListName)) {
        std::fputs(qPrintable(list()), stdout);
        return CommandLine::withOutputChecked(program, ExitStatus::Passed);
    }
    return std::nullopt;
}

bool ModelChoice::given(const QCommandLineParser &args)
{
    return args.isSet(ModelName);
}

std::shared_ptr<const ModuleProfile> ModelChoice::chosen(const QCommandLineParser &args,
                                                         std::shared_ptr<const ModuleProfile> fallback)
{
    if (!args.isSet(ModelName))
        return fallback;
    auto model = ModuleProfile::byId(args.value(ModelName).toLatin1());
    return model ? model : fallback;
}

} // namespace bc25::profile
