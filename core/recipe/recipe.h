// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace bc25::recipe {

// A recipe: a Lua script of bring-up steps, loaded from a file or from the
// built-in library (:/recipes). Its leading comment block describes it:
//
//   -- TCP echo in buffer access mode            <- the title
//   -- Opens a socket to the echo service, ...   <- the description
//   -- virtual-module: buffer-limit=256          <- what the virtual module needs
//   -- models: bc25 bc32                         <- the models it is for (none: every model)
//   -- needs: six sockets at once                <- why not the others (said when refused)
//
// The GUI lists recipes by title; bc25-run --virtual starts the virtual module
// with the recipe's options. Texts are translated (context RecipeTexts).
class Recipe final
{
    Q_DECLARE_TR_FUNCTIONS(bc25::recipe::Recipe)
public:
    // The translation context of every text a recipe shows (titles, steps, checks, logs).
    static constexpr const char *TextContext = "bc25::recipe::RecipeTexts";

    struct SyntaxError
    {
        int line = -1;   // -1: no line (the file could not be read)
        QString message; // as Lua words it, with the chunk name: "x.lua:3: '=' expected near 'y'"
        [[nodiscard]] bool isError() const { return !message.isEmpty(); }
    };

    Recipe() = default;
    // A file, or a resource path (":/recipes/01_module_identity.lua").
    static Recipe fromFile(const QString &path);
    static Recipe fromText(const QByteArray &text, const QString &name);

    [[nodiscard]] bool isNull() const { return m_name.isEmpty(); }
    [[nodiscard]] QString readError() const { return m_readError; }
    [[nodiscard]] const QString &name() const { return m_name; }       // "06_tcp_echo_buffer"
    [[nodiscard]] QString fileName() const { return m_name + QStringLiteral(".lua"); }
    [[nodiscard]] const QString &path() const { return m_path; }
    [[nodiscard]] const QByteArray &text() const { return m_text; }
    // The text as Lua compiles it: a first line "#!..." (an executable recipe) made a comment.
    [[nodiscard]] QByteArray code() const;
    [[nodiscard]] const QString &sourceTitle() const { return m_title; } // untranslated
    [[nodiscard]] QString title() const { return translated(m_title); }
    [[nodiscard]] QString description() const { return translated(m_description); }
    [[nodiscard]] const QString &sourceDescription() const { return m_description; }
    // "buffer-limit=256": options for sim::SimOptions, from "-- virtual-module:" lines.
    [[nodiscard]] const QStringList &virtualModuleOptions() const { return m_virtualModuleOptions; }
    // The models it is written for (--model's names, from "-- models:" lines);
    // empty: every model.
    [[nodiscard]] const QStringList &models() const { return m_models; }
    // What it needs that the other models lack, from "-- needs:" lines (untranslated,
    // "six sockets at once"), and in the user's language: said with the refusal.
    [[nodiscard]] const QString &sourceNeeds() const { return m_needs; }
    [[nodiscard]] QString needs() const { return translated(m_needs); }
    // Whether it is written for this model (--model's name, "bg96").
    [[nodiscard]] bool isFor(const QString &model) const
    {
        return m_models.isEmpty() || m_models.contains(model, Qt::CaseInsensitive);
    }

    // Compiles the recipe in a sandbox without running it.
    [[nodiscard]] SyntaxError checkSyntax() const;
    // The line number in a Lua message "name.lua:12: ...", -1 if it has none.
    static int lineOf(const QString &luaMessage);
    // A recipe's text in the user's language (the English text when untranslated).
    static QString translated(const QString &text);
    // A message's %1, %2… filled with values in one pass, as QString::arg
    // numbers them (the lowest place first): a value's own "%2" stays text,
    // where .arg(a).arg(b) would fill it with b.
    static QString filledIn(const QString &pattern, const QStringList &values);

private:
    void readHeader();

    QString m_name;
    QString m_path;
    QString m_readError;
    QByteArray m_text;
    QString m_title;
    QString m_description;
    QStringList m_virtualModuleOptions;
    QStringList m_models;
    QString m_needs;
};

} // namespace bc25::recipe
