// SPDX-License-Identifier: MIT
#pragma once

#include "soaksample.h"

#include <QCoreApplication>
#include <QFile>
#include <QString>

namespace bc25::soak {

// Every sample of a soak run, streamed to a CSV file as it is taken, so an
// export is complete however long the run was without keeping the samples
// in memory. One line each: time (ISO 8601 UTC with ms), kind (ping, signal,
// registration), round trip in ms (empty when lost, "aborted" or "failed":
// SoakSample), rssi, ber, +CEREG stat.
// Written by SoakMonitor; export copies the file where the user chooses.
class SoakCsvWriter final
{
    Q_DECLARE_TR_FUNCTIONS(bc25::soak::SoakCsvWriter)
    Q_DISABLE_COPY_MOVE(SoakCsvWriter)
public:
    static constexpr char Header[] = "time,kind,round_trip_ms,rssi,ber,cereg_stat\n";

    SoakCsvWriter() = default;
    ~SoakCsvWriter();

    // Starts a new file (truncated) with the header; the reason when it cannot.
    QString open(const QString &path);
    void close();
    [[nodiscard]] bool isOpen() const { return m_file.isOpen(); }
    [[nodiscard]] QString path() const { return m_file.fileName(); }
    [[nodiscard]] qint64 rows() const { return m_rows; }
    void write(const SoakSample &sample);
    // Flushes and copies the file to `destination` (replaced); the reason when it cannot.
    QString exportTo(const QString &destination);

    static QByteArray line(const SoakSample &sample);

private:
    QFile m_file;
    qint64 m_rows = 0;
};

} // namespace bc25::soak
