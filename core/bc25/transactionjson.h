// SPDX-License-Identifier: MIT
#pragma once

#include "at/atcommand.h"

#include <QByteArray>

namespace bc25 {

// One transaction as bc25-decode --transactions prints it: command, source,
// final result, second phase, latencies in ms where the input had times,
// the lines, the URCs in between, errors in words. One line of compact JSON
// (UTF-8, bytes beyond ASCII escaped), without its newline.
QByteArray transactionToJson(const at::Transaction &transaction);

} // namespace bc25
