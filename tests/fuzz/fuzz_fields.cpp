// SPDX-License-Identifier: MIT
// libFuzzer target: the field splitter, the result-line parser and the
// command catalog's parse/validate, which the simulator runs on whatever a
// serial program types.

#include "profile/moduleprofile.h"
#include "at/resultline.h"
#include "bc25/commandcatalog.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const QList<bc25::at::Field> fields = bc25::at::splitFields(bytes);
    for (const bc25::at::Field &field : fields) {
        if (field.text.size() > bytes.size())
            std::abort();
        (void)field.toInteger();
    }
    const bc25::at::ResultLine line = bc25::at::ResultLine::parse(bytes);
    (void)line.integer(3);
    const bc25::ParsedCommand command = bc25::profile::ModuleProfile::bc25()->catalog().parse(bytes);
    (void)bc25::CommandCatalog::validate(command);
    return 0;
}
