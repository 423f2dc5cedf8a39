// SPDX-License-Identifier: MIT
#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace bc25 {

QString Translations::install(QCoreApplication *app, const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    if (locale.language() == QLocale::English || locale.language() == QLocale::C)
        return QStringLiteral("en");
    auto *project = new QTranslator(app);
    if (!project->load(locale, QStringLiteral("bc25workbench"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        delete project;
        return QStringLiteral("en");
    }
    app->installTranslator(project);
    auto *qt = new QTranslator(app);
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

} // namespace bc25
