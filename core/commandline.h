// SPDX-License-Identifier: MIT
#pragma once

#include <QList>

#include <optional>
#include <utility>

class QCommandLineParser;
class QString;

namespace bc25 {

class CommandLineHelp;

// The exit status every program (bc25-workbench, bc25-sim, bc25-decode,
// bc25-run) ends with, so that a script or a CI pipeline reads them alike:
// 0 it did what was asked and everything passed, 1 something it ran or read
// failed, 2 the command line itself is wrong (nothing was done).
namespace ExitStatus {
inline constexpr int Passed = 0;
inline constexpr int Failed = 1;
inline constexpr int BadUsage = 2;
} // namespace ExitStatus

namespace CommandLine {

// Parses the application's arguments. An unknown option or a missing value
// is said on standard error as "PROGRAM: ..." and gives ExitStatus::BadUsage
// (QCommandLineParser::process() alone would exit with 1); --help and
// --version print and exit with 0. Nothing when the program goes on.
// --help (and --help-all) print `help`, wrapped for the reader's language:
// Qt's own help counts characters and breaks Chinese inside words, so no
// program may fall back on it (issue 17) — hence no default.
std::optional<int> parse(QCommandLineParser &args, const char *program, const CommandLineHelp &help);

// Why an output FILE (a capture, a report) could not be written, said before
// anything runs: a run whose report is lost must not look passed. Empty when
// its folder exists and the file can be created or replaced there. Nothing
// is created by asking.
QString outputProblem(const QString &path);

// One file named by two outputs (--json r --report r: the second would
// replace the first, and the run look whole): "--json and --report both
// name r: give each its own file". The same for an output naming one of the
// run's `inputs` (--port P --capture P would write the capture into the
// module's own port; --junit x.lua x.lua would replace the recipe it runs)
// and for an output naming the file standard output is redirected to
// (--json out.txt > out.txt: the report over the run's lines). However the
// file is spelt: ./r, a symlink (dangling too), a hard link (FileIdentity).
// Each list pairs an option's name (or a word for an argument: "the recipe")
// with its FILE (an empty FILE is none); empty when every output is its own.
QString sameFileTwice(const QList<std::pair<QString, QString>> &outputs,
                      const QList<std::pair<QString, QString>> &inputs = {});

// `status`, or ExitStatus::Failed when standard output did not take what was
// printed (a full disk under a redirected log): said once on standard error
// as "PROGRAM: cannot write the output: REASON". What --help, --version and
// --list-models print is their whole result, and a run whose step lines are
// lost is not a pass. `error` is the errno of an earlier failed write, if
// the caller kept it (the stream's own may be gone by now).
int withOutputChecked(const char *program, int status, int error = 0);

} // namespace CommandLine

} // namespace bc25
