// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

class QCoreApplication;

namespace bc25 {

// Loads the project's translation (and Qt's own) for a language: "zh_CN",
// "en", or empty for the system's. The programs call it once in main().
class Translations final
{
public:
    // Returns the language in force ("en" when no translation was loaded).
    static QString install(QCoreApplication *app, const QString &language = {});
};

} // namespace bc25
