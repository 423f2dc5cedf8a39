// SPDX-License-Identifier: MIT
#pragma once

#include "capturerecord.h"

#include <QCoreApplication>
#include <QFile>
#include <QString>

namespace bc25::capture {

// Appends records to a capture file (see captureformat.h), flushing each one
// so that a crash loses nothing already written. The workbench records every
// session with it.
class CaptureWriter final
{
    Q_DECLARE_TR_FUNCTIONS(bc25::capture::CaptureWriter)
    Q_DISABLE_COPY_MOVE(CaptureWriter)
public:
    CaptureWriter() = default;
    ~CaptureWriter() { close(); }

    // Creates or truncates the file and writes the header, naming the model
    // (ModuleProfile::id()) when given; false with errorString() on failure.
    bool open(const QString &path, const QByteArray &model = {});
    void close();
    [[nodiscard]] bool isOpen() const { return m_file.isOpen(); }
    [[nodiscard]] QString errorString() const { return m_error; }
    [[nodiscard]] QString path() const { return m_file.fileName(); }

    bool write(const CaptureRecord &record);
    bool write(CaptureRecord::Direction direction, const QByteArray &bytes);

private:
    QString writeError();

    QFile m_file;
    QString m_error;
};

} // namespace bc25::capture
