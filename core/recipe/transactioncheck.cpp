// SPDX-License-Identifier: MIT
#include "transactioncheck.h"

#include "bc25/commandcatalog.h"
#include "bc25/errorcodes.h"
#include "session/commandrunner.h"
#include "translations.h"

namespace bc25::recipe {

namespace {

QByteArray bareName(QByteArrayView name)
{
    QByteArray bare = name.trimmed().toByteArray();
    if (bare.startsWith('+'))
        bare.remove(0, 1);
    if (bare.endsWith(':'))
        bare.chop(1);
    return bare;
}

// The answers a name can be: the command's own lines, then its second phase's.
QList<at::ResultLine> linesNamed(const at::Transaction &t, const QByteArray &name)
{
    QList<at::ResultLine> found;
    for (const QList<at::ResultLine> *lines : {&t.lines, &t.operation.lines}) {
        for (const at::ResultLine &line : *lines) {
            if (!line.isFinal() && line.name == name)
                found << line;
        }
    }
    return found;
}

QString shown(const at::ResultLine &line)
{
    return QString::fromLatin1(line.text);
}

} // namespace

int TransactionCheck::errorCode(const at::ResultLine &line)
{
    return CommandCatalog::errorCode(line);
}

namespace {

// The <connectID> of an open or a close, from the command as written (manual 2.1.1, 2.1.2).
int socketOf(const CommandCatalog &catalog, const at::Transaction &t, CommandId id)
{
    const ParsedCommand parsed = catalog.parse(t.command);
    if (!parsed.spec || parsed.spec->id != id)
        return -1;
    return CommandCatalog::integerArgument(parsed, "connectID");
}

} // namespace

int TransactionCheck::openedSocket(const CommandCatalog &catalog, const at::Transaction &t)
{
    return t.ok() && t.operation.ok() ? socketOf(catalog, t, CommandId::Open) : -1;
}

int TransactionCheck::closedSocket(const CommandCatalog &catalog, const at::Transaction &t)
{
    return t.ok() ? socketOf(catalog, t, CommandId::Close) : -1;
}

QString TransactionCheck::failure(const at::Transaction &t, const QString &lastError)
{
    QString text = CommandRunner::failureText(t);
    if (!text.isEmpty()) {
        if (!lastError.isEmpty())
            text = Translations::joined(text, tr("Last error: %1").arg(lastError));
        return text;
    }
    if (t.operation.status == at::OperationResult::Status::None || t.operation.ok()
        || t.operation.status == at::OperationResult::Status::Pending)
        return {};
    const QString why = CommandRunner::failureText(t.operation);
    return tr("%1: %2").arg(QString::fromLatin1(t.command), why.isEmpty() ? tr("the second phase failed") : why);
}

TransactionCheck::Outcome TransactionCheck::expect(const at::Transaction &t, QByteArrayView name,
                                                   const QList<QByteArray> &values, const QString &lastError)
{
    const QByteArray wanted = bareName(name);
    const QString command = QString::fromLatin1(t.command);
    const QList<at::ResultLine> candidates = wanted.isEmpty() ? QList<at::ResultLine>() : linesNamed(t, wanted);

    // An expected <err>, success or not, is decided by the line that carries it.
    if (!values.isEmpty() && !values.constFirst().isNull()) {
        for (const at::ResultLine &line : candidates) {
            const int code = errorCode(line);
            if (code < 0)
                continue;
            const QByteArray expected = values.constFirst();
            if (QByteArray::number(code) == expected)
                return {{}, line};
            bool numeric = false;
            const int expectedCode = expected.toInt(&numeric);
            return {tr("%1: expected +%2 error %3, got %4.")
                            .arg(command, QString::fromLatin1(wanted),
                                 numeric ? ErrorCodes::describe(expectedCode) : QString::fromLatin1(expected),
                                 ErrorCodes::describe(code)),
                    line};
        }
    }
    if (const QString why = failure(t, lastError); !why.isEmpty())
        return {why, std::nullopt};
    if (wanted.isEmpty())
        return {};
    if (candidates.isEmpty()) {
        QStringList got;
        for (const QList<at::ResultLine> *lines : {&t.lines, &t.operation.lines}) {
            for (const at::ResultLine &line : *lines)
                got << shown(line);
        }
        return {tr("%1: expected a +%2 answer, got: %3.")
                        .arg(command, QString::fromLatin1(wanted),
                             got.isEmpty() ? tr("nothing") : got.join(QStringLiteral(" | "))),
                std::nullopt};
    }
    const at::ResultLine &line = candidates.constFirst();
    for (qsizetype i = 0; i < values.size(); ++i) {
        const QByteArray actual = line.field(int(i)).text;
        if (!values.at(i).isNull() && actual != values.at(i))
            return {tr("%1: expected field %2 of +%3 to be %4, got %5 (%6).")
                            .arg(command, QString::number(i + 1), QString::fromLatin1(wanted), QString::fromUtf8(values.at(i)),
                                 i < line.fieldCount() ? QString::fromLatin1(actual) : tr("nothing"), shown(line)),
                    line};
    }
    return {{}, line};
}

} // namespace bc25::recipe
