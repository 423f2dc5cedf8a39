// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>

class QAbstractItemModel;
class QObject;
class QStandardItemModel;

namespace bc25::profile { class ModuleProfile; }

namespace bc25::ui {

// The quick reference's three tables, each built from the one source that
// holds it: the commands from the command catalog, the error codes from
// ErrorCodes (the manual's Tables 1 and 2, the +CME ERROR codes), the
// unsolicited lines from UrcDescription. Read-only item models; every cell's
// tooltip is its whole text.
class ReferenceTables final
{
    Q_DECLARE_TR_FUNCTIONS(bc25::ui::ReferenceTables)
public:
    enum CommandColumn { Command, Title, Syntax, Parameters, Answer, Section, CommandColumnCount };
    enum ErrorColumn { Code, Meaning, ManualText, Table, Advice, ErrorColumnCount };
    enum UrcColumn { Urc, UrcMeaning, Example, LogSays, UrcSection, UrcColumnCount };
    // On a row's first cell: what a search equal to it means exactly this row
    // (lower case): "566"; "at+qiopen", "+qiopen", "qiopen"; "pdpdeact".
    enum Role { ExactKeysRole = Qt::UserRole + 1 };
    // Whether a row of `model` has `query` as one of its exact keys.
    [[nodiscard]] static bool hasExactHit(const QAbstractItemModel *model, const QString &query);

    // The commands of the model the profile describes.
    static QStandardItemModel *commands(const profile::ModuleProfile &profile, QObject *parent);
    // With what to do about each code on `profile`'s model (ErrorAdvice: AT+QIACT for a BG96's 561);
    // the BC25 manual's chapter 3 and 2.2 sections are cited only for a model of that manual.
    static QStandardItemModel *errorCodes(const profile::ModuleProfile &profile, QObject *parent);
    static QStandardItemModel *urcs(const profile::ModuleProfile &profile, QObject *parent);
};

} // namespace bc25::ui
