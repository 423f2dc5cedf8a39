// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace bc25::recipe {

// What a recipe declares in its text, read without running it, in the order
// it first appears; one in a comment or a string does not count:
//   param("name"[, default[, "number"|"integer"|"string"|"boolean"|"port"]]) -- label
//   step("name")
// The Recipes dock asks for the parameters in a form before the run (an
// editor per type); bc25-run refuses a --param no recipe declares, and lists
// the steps a stopped run never reached.
struct RecipeParameter
{
    QString name;
    QString defaultValue; // as the recipe writes it, strings unquoted
    bool hasDefault = false;
    QString type;         // "number", "integer", "string", "boolean", "port": declared, else the default's; empty: neither (a string)
    QString label;        // the comment after the declaration on its line, for the form: "-- the echo server's port"

    bool operator==(const RecipeParameter &) const = default;
};

// What param() gives the recipe: a value that does not convert is refused
// with the parameter's name, before the recipe runs.
// Port: an integer 1-65535, a TCP or UDP port as the manual's <remote_port> takes it
// (a port given out of range is the command line's mistake, not a failed step).
enum class ParameterType : quint8 { String, Number, Integer, Boolean, Port };

namespace RecipeParameters {

QList<RecipeParameter> declaredIn(const QByteArray &text);
// "number" → Number; nothing for a word that names no type.
std::optional<ParameterType> typeNamed(QStringView name);
// The type declared, else the default's (5 a number, "5" a string, true a boolean), else a string.
ParameterType typeOf(const RecipeParameter &parameter);
// Why `value` is no `type` ("the parameter "port" must be an integer; got "80a""), or nothing.
QString conversionError(const QString &name, ParameterType type, const QString &value);
// 1, true, yes, on / 0, false, no, off (any case); nothing for another word.
std::optional<bool> booleanOf(const QString &value);
// True when a param() call names its parameter other than by a string literal
// (param(prefix .. "_port")): then the declared list may be incomplete.
bool namedOtherwiseIn(const QByteArray &text);
// The step names written as literals, in the order of the text (a name written twice, twice).
QStringList stepsIn(const QByteArray &text);

} // namespace RecipeParameters

} // namespace bc25::recipe
