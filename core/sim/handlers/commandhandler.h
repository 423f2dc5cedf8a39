// SPDX-License-Identifier: MIT
#pragma once

#include "bc25/commandcatalog.h"

#include <QObject>

namespace bc25::sim {

class VirtualModule;

// One family of commands of the virtual module (STYLE.md rule 13: no god
// class). The module hands it every valid command; it answers the ones of its
// family through the module's reply/urc functions.
class CommandHandler : public QObject
{
    Q_OBJECT
public:
    explicit CommandHandler(VirtualModule *module) : QObject(nullptr), m_module(module) {}
    ~CommandHandler() override = default;

    // Answers the command if it belongs to this family; false if it does not.
    virtual bool handle(const ParsedCommand &command) = 0;
    // The module rebooted: drop everything.
    virtual void reset() {}

protected:
    VirtualModule *m_module;
};

} // namespace bc25::sim
