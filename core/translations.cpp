// SPDX-License-Identifier: MIT
#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace bc25 {

QString Translations::install(QCoreApplication *app, const QString &language)
{
    // Installed again (a test switching languages): the last language's go first.
    const auto installed = app->findChildren<QTranslator *>(QStringLiteral("bc25.translator"), Qt::FindDirectChildrenOnly);
    qDeleteAll(installed); // a deleted translator leaves the application
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    if (locale.language() == QLocale::English || locale.language() == QLocale::C) {
        // The source is English but says "%n command(s)": the English plural
        // forms ("1 command", "2 commands") are a translation of their own.
        auto *plurals = new QTranslator(app);
        plurals->setObjectName(QStringLiteral("bc25.translator"));
        if (plurals->load(QStringLiteral(":/i18n/bc25workbench_en.qm")))
            app->installTranslator(plurals);
        else
            delete plurals;
        // Dates and numbers as the system writes them, in English when it speaks another language.
        const QLocale system = QLocale::system();
        const bool english = system.language() == QLocale::English || system.language() == QLocale::C;
        QLocale::setDefault(english ? system : QLocale(QLocale::English, system.territory()));
        return QStringLiteral("en");
    }
    auto *project = new QTranslator(app);
    project->setObjectName(QStringLiteral("bc25.translator"));
    if (!project->load(locale, QStringLiteral("bc25workbench"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        delete project;
        return install(app, QStringLiteral("en"));
    }
    app->installTranslator(project);
    // Qt's own widgets and dialogs (the file dialog's dates, a spin box's
    // numbers) follow the language shown, not the environment's LC_TIME.
    QLocale::setDefault(locale);
    auto *qt = new QTranslator(app);
    qt->setObjectName(QStringLiteral("bc25.translator"));
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app->installTranslator(qt);
    else
        delete qt;
    return locale.name();
}

bool Translations::isAvailable(const QString &language)
{
    const QLocale locale(language);
    if (locale.language() == QLocale::English)
        return true;
    if (locale.language() == QLocale::C)
        return language == QLatin1String("C");
    QTranslator probe;
    return probe.load(locale, QStringLiteral("bc25workbench"), QStringLiteral("_"), QStringLiteral(":/i18n"));
}

QString Translations::installFromArguments(QCoreApplication *app, int argc, char *argv[])
{
    QString language;
    for (int i = 1; i + 1 < argc; ++i) {
        if (QByteArrayView(argv[i]) == "--lang")
            language = QString::fromLocal8Bit(argv[i + 1]);
    }
    return install(app, language);
}

QString Translations::sentence(const QString &text)
{
    const QString trimmed = text.trimmed();
    static const QString ends = QStringLiteral(".!?\u3002\uff01\uff1f"); // . ! ? 。！？
    if (trimmed.isEmpty() || ends.contains(trimmed.back()))
        return trimmed;
    //: The full stop that ends a sentence the system wrote (Chinese: 。).
    return trimmed + QCoreApplication::translate("bc25::Translations", ".");
}

QString Translations::joined(const QString &first, const QString &second)
{
    if (first.isEmpty() || second.isEmpty())
        return first + second;
    const char16_t last = first.back().unicode();
    // Full-width punctuation (。，：！？）and the CJK block) carries its own space.
    const bool wide = (last >= 0x3000 && last <= 0x303f) || (last >= 0xff00 && last <= 0xff60);
    return wide || first.back().isSpace() ? first + second : first + QLatin1Char(' ') + second;
}

} // namespace bc25
