// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QString>

namespace bc25::at { struct Transaction; }
namespace bc25::profile { class ModuleProfile; }

namespace bc25::ui {

// What to do about an error code, in the model's terms: the one source of
// every view that shows a code (the socket panel's line, the status bar, the
// Transactions dock's Errors, the quick reference, the ping tool, the soak
// monitor). A fresh BG96 answers 561 to an open: each of them says to
// activate the context (AT+QIACT), as ErrorCodes::advice words it for a model
// whose contexts are the host's to activate; a BC25's 561 has no such advice.
class ErrorAdvice final
{
    Q_DECLARE_TR_FUNCTIONS(bc25::ui::ErrorAdvice)
public:
    // The advice for a TCP/IP <err> on this model (empty: nothing particular);
    // `connectId` the socket it is about, -1 unknown.
    [[nodiscard]] static QString advice(int code, const profile::ModuleProfile &profile, int connectId = -1);
    // `text` (which names the code) followed by the advice, if any.
    [[nodiscard]] static QString withAdvice(const QString &text, int code, const profile::ModuleProfile &profile,
                                            int connectId = -1);
    // `text` (what the transaction came to) followed by the advice for what it met.
    [[nodiscard]] static QString withAdvice(const QString &text, const at::Transaction &t,
                                            const profile::ModuleProfile &profile);
    // The <err> a transaction met (its second phase's or its answer's: +QIOPEN: 0,561), or -1.
    [[nodiscard]] static int codeOf(const at::Transaction &t);
    // The advice for what a transaction met, about the socket its command names.
    [[nodiscard]] static QString adviceFor(const at::Transaction &t, const profile::ModuleProfile &profile);
    // A ping's result: the BC25's 5 (PING_PDP_ACT_FAIL, manual 3, Table 2) is
    // the context's failure, advised as 561; other models print 561 itself.
    [[nodiscard]] static QString pingAdvice(int result, const profile::ModuleProfile &profile);
    // `text` (which names the ping's result) followed by pingAdvice(), if any.
    [[nodiscard]] static QString withPingAdvice(const QString &text, int result, const profile::ModuleProfile &profile);

private:
    // "574 (Port busy) — The local port is taken…": what happened, then what to do.
    [[nodiscard]] static QString joined(const QString &text, const QString &advice);
};

} // namespace bc25::ui
