// SPDX-License-Identifier: MIT
#pragma once

#include "profile/moduleprofile.h"

#include <QByteArray>
#include <QByteArrayView>

namespace bc25::decode {

// Which model bc25-decode reads a log as, and how that was decided: --model,
// else the model the capture's header names, else the identity the module
// gave in the first bytes of the log (an ATI, AT+CGMR or AT+QGMR answer,
// read by profile::ModelIdentification), else the BC25. The identity is
// looked for in a bounded look-ahead, then the log is decoded from its start
// with the model found.
struct LogModel
{
    enum class From : quint8 {
        Option,   // --model
        Capture,  // the capture's header
        Identity, // the module's identity in the first LookAheadBytes
        Default,  // none of them: the BC25
    };

    // How far into the input the identity is looked for: the first 64 KiB
    // (of a pipe: what its first read gives, up to that).
    static constexpr qint64 LookAheadBytes = qint64(64) * 1024;

    profile::ProfilePointer profile;
    From from = From::Default;

    // "option", "capture", "identity", "default": as --stats writes it.
    [[nodiscard]] static const char *fromName(From from);

    // Where the log's module names another model than it named before (a
    // module swapped or reflashed between two identities): the line of the
    // answer that says so, and the two models' ids.
    struct Change
    {
        qint64 line = 0; // 0: no change
        QByteArray before;
        QByteArray after;
    };

    // The model the module says it is in `head` (the start of a capture or a
    // raw log), read as a BC25's log: the last it names; nullptr when it says
    // nothing a model of --list-models matches. `change` gets the first place
    // it names another model than before (the whole log is still read as one).
    [[nodiscard]] static profile::ProfilePointer identifiedIn(const QByteArray &head, bool isCapture,
                                                              Change *change = nullptr);
};

} // namespace bc25::decode
