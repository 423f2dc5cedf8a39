// SPDX-License-Identifier: MIT
// How the catalog words a command for people: where its rules are written
// (the model's own manual, or nothing), its ranges, syntax, answers and the
// terminal's one-line reference. The checks are in commandcatalog.cpp.
#include "commandcatalog.h"

namespace bc25 {

using Type = ParameterSpec::Type;

QString CommandCatalog::citation(const CommandSpec &spec)
{
    // The one place a command's citation is composed: every refusal, hint and
    // help entry takes it from here, so another model's text never says
    // "manual 2.1.x" meaning the BC25's manual.
    const QString section = citedSection(spec);
    if (section.isEmpty() || !spec.document.isEmpty() || !spec.citedAs.isEmpty())
        return section;
    return tr("manual %1").arg(section);
}

QString CommandCatalog::citedSection(const CommandSpec &spec)
{
    if (!spec.citedAs.isEmpty())
        return spec.citedAs;
    if (!spec.cited || spec.section.isEmpty())
        return {};
    if (spec.document.isEmpty())
        return QString::fromLatin1(spec.section);
    return tr("%1, %2").arg(spec.document, QString::fromLatin1(spec.section));
}

QString CommandCatalog::rangeText(const ParameterSpec &parameter)
{
    switch (parameter.type) {
    case Type::Integer:
        return parameter.min == parameter.max ? QString::number(parameter.min)
                                              : QStringLiteral("%1-%2").arg(parameter.min).arg(parameter.max);
    case Type::String:
        if (!parameter.choices.isEmpty()) {
            QStringList quoted;
            for (const QByteArray &choice : parameter.choices)
                quoted << QLatin1Char('"') + QString::fromLatin1(choice) + QLatin1Char('"');
            return quoted.join(QLatin1String(", "));
        }
        return tr("%1-%2 characters").arg(parameter.min).arg(parameter.max);
    case Type::Hex:
        return tr("%1-%2 hex digits").arg(parameter.min).arg(parameter.max);
    case Type::IpAddress:
        return tr("an IPv4 or IPv6 address");
    }
    return {};
}

QStringList CommandCatalog::syntax(const CommandSpec &spec)
{
    const QString command = QString::fromLatin1(spec.commandText());
    QStringList forms;
    if (spec.forms.testFlag(CommandForm::Test))
        forms << command + QStringLiteral("=?");
    if (spec.forms.testFlag(CommandForm::Read))
        forms << command + QLatin1Char('?');
    if (spec.forms.testFlag(CommandForm::Execute))
        forms << command;
    for (const Signature &signature : spec.writeSignatures) {
        QString line = command + (spec.name.startsWith('+') ? QStringLiteral("=") : QString());
        int optional = 0;
        for (qsizetype i = 0; i < signature.parameters.size(); ++i) {
            const ParameterSpec &p = signature.parameters.at(i);
            if (p.optional) {
                line += QLatin1Char('[');
                ++optional;
            }
            line += (i > 0 ? QStringLiteral(",") : QString())
                    + (p.choices.size() == 1 ? rangeText(p) : QStringLiteral("<%1>").arg(QString::fromLatin1(p.name)));
        }
        forms << line + QString(optional, QLatin1Char(']'));
    }
    return forms;
}

QString CommandCatalog::title(const CommandSpec &spec)
{
    // The table marks each heading with QT_TRANSLATE_NOOP in this context.
    return QCoreApplication::translate("bc25::CommandCatalog", spec.title.constData());
}

QStringList CommandCatalog::answers(const CommandSpec &spec)
{
    QStringList lines;
    // A basic command's owned names only route its lines (V.250 5.7): ATE and
    // ATI print no "+E:" or "+I:".
    if (spec.name.startsWith('+')) {
        for (const QByteArray &prefix : spec.ownedPrefixes)
            lines << QLatin1Char('+') + QString::fromLatin1(prefix) + QLatin1Char(':');
    }
    if (spec.ownsTextLines)
        lines << tr("text lines");
    if (spec.secondPhase == SecondPhase::Send) // manual 2.1.4
        lines << QString::fromLatin1(resultName(ResultId::SendOk)) << QString::fromLatin1(resultName(ResultId::SendFail));
    else if (spec.secondPhase == SecondPhase::Close) // manual 2.1.2
        lines << QString::fromLatin1(resultName(ResultId::CloseOk));
    if (lines.isEmpty())
        lines << tr("OK or ERROR only");
    return lines;
}

QString CommandCatalog::reference(const CommandSpec &spec)
{
    const QStringList ranges = parameterRanges(spec);
    const QString cited = citation(spec);
    const QString source = cited.isEmpty() ? title(spec) : tr("%1: %2").arg(cited, title(spec));
    return ranges.isEmpty() ? source : ranges.join(QStringLiteral("; ")) + QStringLiteral(" — ") + source;
}

} // namespace bc25
