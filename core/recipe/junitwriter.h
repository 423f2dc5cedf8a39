// SPDX-License-Identifier: MIT
#pragma once

#include "runresult.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace bc25::recipe {

// Recipe runs as JUnit XML, the form CI servers read (Jenkins, GitLab,
// GitHub actions): <testsuites> with a <testsuite> per recipe and a
// <testcase> per step; a failed step has <failure message type> (an error of
// the recipe itself, <error>) whose text holds the transaction and the bytes
// the module printed last; the steps a stopped run never began are
// testcases with <skipped>; the run's log is the suite's <system-out>.
class JUnitWriter final
{
    Q_DECLARE_TR_FUNCTIONS(bc25::recipe::JUnitWriter)
public:
    static QByteArray toXml(const QList<RunResult> &runs, const QString &name = QStringLiteral("bc25-run"));
    // False, with the reason in `error`, when the file cannot be written.
    static bool write(const QString &path, const QList<RunResult> &runs, QString *error);
};

} // namespace bc25::recipe
