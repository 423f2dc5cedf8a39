// SPDX-License-Identifier: MIT
#include "referencetables.h"

#include "erroradvice.h"

#include "profile/manualcitation.h"
#include "profile/moduleprofile.h"

#include "at/resultline.h"
#include "bc25/commandcatalog.h"
#include "bc25/errorcodes.h"
#include "bc25/responses.h"
#include "bc25/urcdescription.h"

#include <QAbstractItemModel>
#include <QStandardItemModel>

namespace bc25::ui {

namespace {

void appendRow(QStandardItemModel *model, const QStringList &cells, const QStringList &exactKeys)
{
    QList<QStandardItem *> row;
    for (const QString &text : cells) {
        auto *item = new QStandardItem(text);
        item->setEditable(false);
        item->setToolTip(text); // the whole text, should a column be narrow
        row << item;
    }
    QStringList keys;
    for (const QString &key : exactKeys)
        keys << key.toLower();
    row.constFirst()->setData(keys, ReferenceTables::ExactKeysRole);
    model->appendRow(row);
}

// A command by its name with or without "AT" and "+": AT+QIOPEN, +QIOPEN, QIOPEN.
QStringList commandKeys(const CommandSpec &spec)
{
    const QString text = QString::fromLatin1(spec.commandText());
    const QString name = QString::fromLatin1(spec.name);
    QStringList keys {text};
    if (!name.isEmpty())
        keys << name << (name.startsWith(QLatin1Char('+')) ? name.mid(1) : name);
    return keys;
}

// An unsolicited line by its name (+QIOPEN, QIOPEN, SEND OK) and, for
// +QIURC, by its quoted type ("pdpdeact").
QStringList urcKeys(const QString &syntax)
{
    const qsizetype colon = syntax.indexOf(QLatin1Char(':'));
    const QString name = colon < 0 ? syntax : syntax.left(colon);
    QStringList keys {name};
    if (name.startsWith(QLatin1Char('+')))
        keys << name.mid(1);
    if (const qsizetype open = syntax.indexOf(QLatin1Char('"')); colon >= 0 && open > colon) {
        if (const qsizetype close = syntax.indexOf(QLatin1Char('"'), open + 1); close > open)
            keys << syntax.mid(open + 1, close - open - 1);
    }
    return keys;
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
                          CommandCatalog::answers(spec).join(QStringLiteral(", ")), profile::manualCell(profile, spec)},
                  commandKeys(spec));
    }
    return model;
}

QStandardItemModel *ReferenceTables::errorCodes(const profile::ModuleProfile &profile, QObject *parent)
{
    const bool cited = profile.hasTheBc25Manual();
    auto *model = new QStandardItemModel(parent);
    model->setHorizontalHeaderLabels({tr("Code"), tr("Meaning"), tr("As the module prints it"), tr("Where"),
                                      tr("What to do")});
    // manual chapter 3, Table 1: what <err> and AT+QIGETERROR carry
    for (const int code : ErrorCodes::tcpIpCodes()) {
        appendRow(model, {QString::number(code), ErrorCodes::text(code), QString::fromLatin1(ErrorCodes::manualText(code)),
                          cited ? tr("<err>, AT+QIGETERROR (manual 3, Table 1)") : tr("<err>, AT+QIGETERROR"),
                          ErrorAdvice::advice(code, profile)},
                  {QString::number(code)});
    }
    // manual chapter 3, Table 2: +QPING's <result>
    for (const int result : ErrorCodes::pingResults()) {
        appendRow(model, {QString::number(result), ErrorCodes::pingResultText(result),
                          QString::fromLatin1(ErrorCodes::pingResultName(result)),
                          cited ? tr("+QPING: <result> (manual 3, Table 2)") : tr("+QPING: <result>"),
                          ErrorAdvice::pingAdvice(result, profile)},
                  {QString::number(result)});
    }
    for (const int code : ErrorCodes::cmeCodes()) {
        appendRow(model, {QString::number(code), ErrorCodes::cmeErrorText(code),
                          QStringLiteral("+CME ERROR: %1").arg(code), tr("3GPP TS 27.007 9.2"), QString()},
                  {QString::number(code)});
    }
    return model;
}

QStandardItemModel *ReferenceTables::urcs(const profile::ModuleProfile &profile, QObject *parent)
{
    const bool cited = profile.hasTheBc25Manual();
    auto *model = new QStandardItemModel(parent);
    model->setHorizontalHeaderLabels({tr("Unsolicited line"), tr("Meaning"), tr("Example"), tr("The URC log says"),
                                      tr("Manual")});
    for (const UrcDescription::Reference &entry : UrcDescription::reference()) {
        const at::ResultLine example = at::ResultLine::parse(entry.example);
        // Only the +QIURC types the model prints (new-user pass 10: F1 listed
        // "pdpdeact" for a BC25, whose manual has none, and its log marks it as unexpected).
        if (Urc::parse(example) && !profile.printsUrc(example.field(0).text))
            continue;
        const UrcDescription said = UrcDescription::describe(example);
        appendRow(model, {entry.syntax, entry.meaning, QString::fromLatin1(entry.example), said.meaning, cited ? entry.section : QString()},
                  urcKeys(entry.syntax));
    }
    return model;
}

bool ReferenceTables::hasExactHit(const QAbstractItemModel *model, const QString &query)
{
    const QString key = query.trimmed().toLower();
    if (key.isEmpty())
        return false;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(ExactKeysRole).toStringList().contains(key))
            return true;
    }
    return false;
}

} // namespace bc25::ui
