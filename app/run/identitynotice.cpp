// SPDX-License-Identifier: MIT
#include "identitynotice.h"

#include "output.h"
#include "session/modulesession.h"
#include "session/modulestatus.h"

#include <QCoreApplication>

namespace bc25::run {

void sayWhenTheModuleIsAnother(ModuleSession &session, profile::ProfilePointer used, bool chosen)
{
    // No article before a model's name: "a EC200U" and "a unknown" read wrong.
    ModuleStatus *status = session.status();
    QObject::connect(status, &ModuleStatus::modelIdentified, status,
                     [status, used = std::move(used), chosen, said = false](const QByteArray &model) mutable {
                         if (said || model.isEmpty() || model == used->id())
                             return;
                         said = true;
                         const auto named = profile::ModuleProfile::byId(model);
                         if (!named) {
                             // No model of ours (ModelIdentification::Unknown): what the module said, in its words.
                             const ModuleInfo &info = status->info();
                             const QString words = info.modelLine().isEmpty() ? info.revision : info.modelLine();
                             if (chosen) {
                                 err(QCoreApplication::translate("bc25-run", "the module's identity (\"%1\") is not a known model; "
                                                                             "--model %2 reads it as %3")
                                             .arg(words, QString::fromLatin1(used->id()), used->name()));
                             } else {
                                 err(QCoreApplication::translate("bc25-run", "the module's identity (\"%1\") is not a known model; "
                                                                             "read as %2, the default")
                                             .arg(words, used->name()));
                             }
                             return;
                         }
                         if (chosen) {
                             err(QCoreApplication::translate("bc25-run", "the module identifies itself as %1; --model %2 reads it as %3")
                                         .arg(named->name(), QString::fromLatin1(used->id()), used->name()));
                         } else {
                             err(QCoreApplication::translate("bc25-run", "the module identifies itself as %1; read as %2, the default "
                                                                         "(--model %3 reads it as %1)")
                                         .arg(named->name(), used->name(), QString::fromLatin1(named->id())));
                         }
                     });
}

} // namespace bc25::run
