// SPDX-License-Identifier: MIT
#include "commandline.h"
#include "commandlinehelp.h"
#include "fileidentity.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <utility>

namespace bc25::CommandLine {

std::optional<int> parse(QCommandLineParser &args, const char *program, const CommandLineHelp &help)
{
    if (!args.parse(QCoreApplication::arguments())) {
        std::fprintf(stderr, "%s: %s\n", program, qPrintable(args.errorText()));
        return ExitStatus::BadUsage;
    }
    // --help-all (a QApplication's parser adds it for Qt's own options) prints the same:
    // those options are Qt's, documented by Qt, and Qt's layout is what this replaces.
    if (args.isSet(QStringLiteral("help")) || args.optionNames().contains(QStringLiteral("help-all"))) {
        std::fputs(help.text(QString::fromLocal8Bit(program)).toUtf8().constData(), stdout);
        return withOutputChecked(program, ExitStatus::Passed);
    }
    // As QCommandLineParser::showVersion() prints it, which would exit 0
    // whether or not the line was written.
    if (args.isSet(QStringLiteral("version"))) {
        std::fputs(qPrintable(QCoreApplication::applicationName() + QLatin1Char(' ') + QCoreApplication::applicationVersion()
                              + QLatin1Char('\n')),
                   stdout);
        return withOutputChecked(program, ExitStatus::Passed);
    }
    return std::nullopt;
}

QString outputProblem(const QString &path)
{
    const QFileInfo file(path);
    const QFileInfo folder(file.absolutePath());
    if (!folder.exists())
        return QCoreApplication::translate("CommandLine", "cannot write %1: the folder %2 does not exist")
                .arg(path, folder.filePath());
    if (!folder.isDir())
        return QCoreApplication::translate("CommandLine", "cannot write %1: %2 is not a folder").arg(path, folder.filePath());
    if (file.isDir())
        return QCoreApplication::translate("CommandLine", "cannot write %1: it is a folder").arg(path);
    if (file.exists() ? !file.isWritable() : !folder.isWritable())
        return QCoreApplication::translate("CommandLine", "cannot write %1: permission denied").arg(path);
    return {};
}

QString sameFileTwice(const QList<std::pair<QString, QString>> &outputs, const QList<std::pair<QString, QString>> &inputs)
{
    QList<FileIdentity> written;
    for (const auto &output : outputs)
        written << FileIdentity::of(output.second);
    for (qsizetype i = 0; i < outputs.size(); ++i) {
        for (qsizetype j = i + 1; j < outputs.size(); ++j) {
            if (written.at(i) == written.at(j))
                return QCoreApplication::translate("CommandLine", "%1 and %2 both name %3: give each its own file")
                        .arg(outputs.at(i).first, outputs.at(j).first, outputs.at(j).second);
        }
    }
    for (const auto &input : inputs) {
        const FileIdentity read = FileIdentity::of(input.second);
        for (qsizetype i = 0; i < outputs.size(); ++i) {
            if (written.at(i) == read)
                return QCoreApplication::translate("CommandLine", "%1 and %2 both name %3: %1 would write over an input; give %1 a file "
                                                                  "of its own")
                        .arg(outputs.at(i).first, input.first, outputs.at(i).second);
        }
    }
    // Standard output is one more output, when it goes to a file.
    const FileIdentity standardOutput = FileIdentity::ofStandardOutput();
    for (qsizetype i = 0; i < outputs.size(); ++i) {
        if (written.at(i) == standardOutput)
            return QCoreApplication::translate("CommandLine", "%1 names %2, where standard output goes: give each its own file")
                    .arg(outputs.at(i).first, outputs.at(i).second);
    }
    for (const auto &input : inputs) {
        if (FileIdentity::of(input.second) == standardOutput)
            return QCoreApplication::translate("CommandLine", "%1 names %2, and standard output goes there too: the output would "
                                                              "write over an input; send it to another file")
                    .arg(input.first, input.second);
    }
    return {};
}

int withOutputChecked(const char *program, int status, int error)
{
    if (std::fflush(stdout) == 0 && !std::ferror(stdout))
        return status;
    if (error == 0)
        error = errno;
    // Said once: the programs check again on their way out.
    static bool said = false;
    if (!std::exchange(said, true))
        std::fprintf(stderr, "%s: %s\n", program,
                     qPrintable(QCoreApplication::translate("CommandLine", "cannot write the output: %1")
                                        .arg(QString::fromLocal8Bit(std::strerror(error)))));
    return status == ExitStatus::Passed ? ExitStatus::Failed : status;
}

} // namespace bc25::CommandLine
