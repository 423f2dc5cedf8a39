// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

class QCoreApplication;

namespace bc25 {

// Loads the project's translation (and Qt's own) for a language: "zh_CN",
// "en", or empty for the system's, and makes it the default QLocale (dates,
// sizes and numbers written as that language writes them). The programs call
// it once in main().
class Translations final
{
public:
    // Returns the language in force ("en" when no translation was loaded).
    static QString install(QCoreApplication *app, const QString &language = {});
    // The same for the language a program's `--lang LANG` names (the system's without
    // one): read before the command line is parsed, since its help is translated too.
    static QString installFromArguments(QCoreApplication *app, int argc, char *argv[]);
    // Whether `--lang LANG` names a language the programs speak (en, or one
    // translated): an unknown one is refused, not silently English.
    static bool isAvailable(const QString &language);
    // Text another part wrote (a system's errorString(): "No such file or
    // directory", "不存在") ended as a sentence in the language in force, so
    // that more text can follow it: "." or "。" unless it ends with one already.
    static QString sentence(const QString &text);
    // Two sentences as one text: a space between them after "." (English),
    // none after a full-width "。" or "）" (Chinese sets no space there).
    static QString joined(const QString &first, const QString &second);
};

} // namespace bc25
