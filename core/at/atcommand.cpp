// SPDX-License-Identifier: MIT
#include "atcommand.h"

namespace bc25::at {

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
    case Source::Quick: return "quick";
    case Source::Raw: return "raw";
    }
    return "session";
}

Source Transaction::sourceNamed(QByteArrayView name)
{
    for (const Source source : {Source::Session, Source::Panel, Source::Terminal, Source::Recipe, Source::Health,
                                Source::Quick, Source::Raw}) {
        if (name == sourceName(source))
            return source;
    }
    return Source::Log;
}

} // namespace bc25::at
