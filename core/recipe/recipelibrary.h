// SPDX-License-Identifier: MIT
#pragma once

#include "recipe.h"

#include <QHash>
#include <QList>
#include <QString>

namespace bc25::link { class Connection; }

namespace bc25::recipe {

// The bring-up recipes built into the programs (resources/recipes, compiled
// into :/recipes): the GUI lists them, bc25-run runs them by name, the tests
// run each against the virtual module.
class RecipeLibrary final
{
public:
    static constexpr const char *Folder = ":/recipes";

    // Every built-in recipe, in file-name order (the names start with their place: 01_, 02_, ...).
    static QList<Recipe> builtIn();
    // A built-in recipe by name, with or without its number and ".lua"
    // ("06_tcp_echo_buffer", "tcp_echo_buffer"); a null Recipe if none.
    static Recipe find(const QString &name);
    // The parameters the library's recipes ask for, as `connection` answers
    // them: on the virtual module, its echo and time services on loopback and
    // two free loopback ports (listen_port, closed_port); nothing on a serial port.
    static QHash<QString, QString> parametersFor(const link::Connection &connection);
};

} // namespace bc25::recipe
