// SPDX-License-Identifier: MIT
#include "referencetables.h"

#include "profile/moduleprofile.h"

#include "at/resultline.h"
#include "bc25/commandcatalog.h"
#include "bc25/errorcodes.h"
#include "bc25/urcdescription.h"

#include <QStandardItemModel>

namespace bc25::ui {

namespace {

void appendRow(QStandardItemModel *model, const QStringList &cells)
{
    QList<QStandardItem *> row;
    for (const QString &text : cells) {
        auto *item = new QStandardItem(text);
        item->setEditable(false);
        item->setToolTip(text); // the whole text, should a column be narrow
        row << item;
    }
    model->appendRow(row);
}

} // namespace

QStandardItemModel *ReferenceTables::commands(const profile::ModuleProfile &profile, QObject *parent)
{
    auto *model = new QStandardItemModel(parent);
    model->setHorizontalHeaderLabels({tr("Command"), tr("Title"), tr("Syntax"), tr("Parameters"), tr("Answers with"),
                                      tr("Manual")});
    for (const CommandSpec &spec : profile.commands()) {
        appendRow(model, {QString::fromLatin1(spec.commandText()), CommandCatalog::title(spec),
                          CommandCatalog::syntax(spec).join(QLatin1Char('\n')),
                          CommandCatalog::parameterRanges(spec).join(QLatin1Char('\n')),
                          CommandCatalog::answers(spec).join(QStringLiteral(", ")), QString::fromLatin1(spec.section)});
    }
    return model;
}

QStandardItemModel *ReferenceTables::errorCodes(QObject *parent)
{
    auto *model = new QStandardItemModel(parent);
    model->setHorizontalHeaderLabels({tr("Code"), tr("Meaning"), tr("As the module prints it"), tr("Where")});
    // manual chapter 3, Table 1: what <err> and AT+QIGETERROR carry
    for (const int code : ErrorCodes::tcpIpCodes()) {
        appendRow(model, {QString::number(code), ErrorCodes::text(code), QString::fromLatin1(ErrorCodes::manualText(code)),
                          tr("<err>, AT+QIGETERROR (manual 3, Table 1)")});
    }
    // manual chapter 3, Table 2: +QPING's <result>
    for (const int result : ErrorCodes::pingResults()) {
        appendRow(model, {QString::number(result), ErrorCodes::pingResultText(result),
                          QString::fromLatin1(ErrorCodes::pingResultName(result)),
                          tr("+QPING: <result> (manual 3, Table 2)")});
    }
    for (const int code : ErrorCodes::cmeCodes()) {
        appendRow(model, {QString::number(code), ErrorCodes::cmeErrorText(code),
                          QStringLiteral("+CME ERROR: %1").arg(code), tr("3GPP TS 27.007 9.2")});
    }
    return model;
}

QStandardItemModel *ReferenceTables::urcs(QObject *parent)
{
    auto *model = new QStandardItemModel(parent);
    model->setHorizontalHeaderLabels({tr("Unsolicited line"), tr("Meaning"), tr("Example"), tr("The URC log says"),
                                      tr("Manual")});
    for (const UrcDescription::Reference &entry : UrcDescription::reference()) {
        const UrcDescription said = UrcDescription::describe(at::ResultLine::parse(entry.example));
        appendRow(model, {entry.syntax, entry.meaning, QString::fromLatin1(entry.example), said.meaning, entry.section});
    }
    return model;
}

} // namespace bc25::ui
