// SPDX-License-Identifier: MIT
#pragma once

#include "moduleprofile.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QList>

#include <optional>

class QCommandLineParser;

namespace bc25::profile {

// --model NAME and --list-models, as every program takes them
// (bc25-workbench, bc25-sim, bc25-decode, bc25-run): the same names, the
// same list, the same refusal of a name no model has.
class ModelChoice final
{
    Q_DECLARE_TR_FUNCTIONS(bc25::profile::ModelChoice)
public:
    // `whenNotGiven` says which model a program reads with without --model
    // (empty: the BC25, as ModelChoice::chosen's fallback).
    static QList<QCommandLineOption> options(const QString &whenNotGiven = {});
    // After the arguments are parsed: --list-models printed (0; 1 when
    // standard output did not take it), or a --model no model has said on
    // standard error with the names (2); nothing when the program goes on.
    static std::optional<int> handle(const QCommandLineParser &args, const char *program);
    // The model --model names; `fallback` when it is not given.
    static std::shared_ptr<const ModuleProfile> chosen(const QCommandLineParser &args,
                                                       std::shared_ptr<const ModuleProfile> fallback = ModuleProfile::bc25());
    // Whether --model was given (bc25-decode then ignores a capture's header).
    static bool given(const QCommandLineParser &args);
    // One line a model: "bg96     BG96 (Quectel BG96 TCP/IP Application Note V1.2)".
    static QString list();
};

} // namespace bc25::profile
