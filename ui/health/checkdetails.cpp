// SPDX-License-Identifier: MIT
#include "checkdetails.h"

#include "verdictstyle.h"

#include "health/healthplan.h"
#include "recipe/stepreport.h"

#include <QColor>

namespace bc25::ui {

using health::HealthPlan;
using health::Verdict;

QString CheckDetails::html(const health::PlannedCheck &planned, const health::CheckResult *result)
{
    QString html = QStringLiteral("<p><b>%1</b></p>").arg(HealthPlan::title(planned.kind).toHtmlEscaped());
    auto paragraph = [&html](const QString &label, const QString &text) {
        html += QStringLiteral("<p><b>%1</b> %2</p>").arg(label.toHtmlEscaped(), text.toHtmlEscaped());
    };
    if (!result) {
        if (!planned.problem.isEmpty())
            paragraph(tr("Cannot run:"), planned.problem);
        else
            html += QStringLiteral("<p>%1</p><pre>%2</pre>")
                            .arg(tr("Sends, in this order (an undo only after the command it undoes succeeded):").toHtmlEscaped(),
                                 HealthPlan::commandLines(planned).join(QLatin1Char('\n')).toHtmlEscaped());
        return html;
    }
    const health::CheckResult &r = *result;
    html += QStringLiteral("<p style=\"color:%1\"><b>%2</b></p>")
                    .arg(VerdictStyle::colour(r.verdict).name(), HealthPlan::verdictText(r.verdict).toHtmlEscaped());
    paragraph(tr("Seen:"), r.summary);
    if (!r.advice.isEmpty())
        paragraph(tr("Likely cause and next step:"), r.advice);
    if (r.verdict == Verdict::Fail && r.stopsRest)
        paragraph(tr("Stops here:"), tr("the checks after it would tell nothing, so they were not run."));
    if (r.evidence.isEmpty()) {
        html += QStringLiteral("<p><i>%1</i></p>").arg(tr("No evidence: nothing was sent for this check.").toHtmlEscaped());
        return html;
    }
    html += QStringLiteral("<p><b>%1</b></p>").arg(tr("Evidence (transactions: %1):").arg(r.evidence.size()).toHtmlEscaped());
    // A table per transaction: its values line up in any language and font.
    for (const at::Transaction &t : r.evidence) {
        html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"1\" style=\"margin-bottom: 8px\">");
        for (const auto &[label, value] : recipe::StepReport::transactionRows(t))
            html += QStringLiteral("<tr><td style=\"padding-right: 8px\">%1</td><td><code>%2</code></td></tr>")
                            .arg(label.isEmpty() ? QString() : (label + QLatin1Char(':')).toHtmlEscaped(), value.toHtmlEscaped());
        html += QStringLiteral("</table>");
    }
    return html;
}

} // namespace bc25::ui
