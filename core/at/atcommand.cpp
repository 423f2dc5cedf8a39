// SPDX-License-Identifier: MIT
#include "atcommand.h"

#include <typeinfo>

namespace bc25::at {

bool OperationMatcher::supersedes(const OperationMatcher &older) const
{
    // The module refuses a second one while the first runs (chapter 3: 568
    // Operation busy, 564 DNS busy): an OK for a new one means the old is over.
    return typeid(*this) == typeid(older) && connectId() == older.connectId();
}

const char *Transaction::statusName(Status status)
{
    switch (status) {
    case Status::Open: return "open";
    case Status::Ok: return "OK";
    case Status::Error: return "ERROR";
    case Status::CmeError: return "CME ERROR";
    case Status::CmsError: return "CMS ERROR";
    case Status::Timeout: return "timeout";
    case Status::Aborted: return "aborted";
    }
    return "open";
}

const char *Transaction::operationStatusName(OperationResult::Status status)
{
    switch (status) {
    case OperationResult::Status::None: return "";
    case OperationResult::Status::Pending: return "pending";
    case OperationResult::Status::Done: return "done";
    case OperationResult::Status::Failed: return "failed";
    case OperationResult::Status::Timeout: return "timeout";
    case OperationResult::Status::Aborted: return "aborted";
    }
    return "";
}

const char *Transaction::sourceName(Source source)
{
    switch (source) {
    case Source::Session: return "session";
    case Source::Panel: return "panel";
    case Source::Terminal: return "terminal";
    case Source::Recipe: return "recipe";
    case Source::Log: return "log";
    case Source::Health: return "health";
    case Source::Soak: return "soak";
    case Source::Quick: return "quick";
    case Source::Raw: return "raw";
    }
    return "session";
}

Source Transaction::sourceNamed(QByteArrayView name)
{
    for (const Source source : {Source::Session, Source::Panel, Source::Terminal, Source::Recipe, Source::Health,
                                Source::Soak, Source::Quick, Source::Raw}) {
        if (name == sourceName(source))
            return source;
    }
    return Source::Log;
}

} // namespace bc25::at
