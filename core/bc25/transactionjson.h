// SPDX-License-Identifier: MIT
#pragma once

#include "at/atcommand.h"

#include <QJsonObject>

namespace bc25 {

// One transaction as bc25-decode --transactions prints it: command, source,
// final result, second phase, latencies in ms where the input had times,
// the lines, the URCs in between, errors in words.
QJsonObject transactionToJson(const at::Transaction &transaction);

} // namespace bc25
