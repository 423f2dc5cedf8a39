// SPDX-License-Identifier: MIT
#pragma once

#include "link/connection.h"
#include "output.h"

#include <QObject>

namespace bc25::run {

// bc25-run --capture, watched while it records (recipes and --health alike):
// a capture the disk would not take whole (full, a file size limit) is said on
// standard error when it happens, and the run fails (exit status 1) however
// its steps ended — a green run with a capture cut short would be trusted whole.
class CaptureErrors final
{
    Q_DISABLE_COPY_MOVE(CaptureErrors)
public:
    explicit CaptureErrors(link::Connection &connection)
    {
        // m_context ends the connection with this object: the link's last note
        // is written when the Connection is destroyed, which may be after it.
        QObject::connect(&connection, &link::Connection::captureFailed, &m_context, [this](const QString &message) {
            m_failed = true;
            err(message);
        });
    }

    // A capture of this run was not written whole.
    [[nodiscard]] bool any() const { return m_failed; }

private:
    QObject m_context;
    bool m_failed = false;
};

} // namespace bc25::run
