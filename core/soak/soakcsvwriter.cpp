// SPDX-License-Identifier: MIT
#include "soakcsvwriter.h"

#include <QDateTime>

namespace bc25::soak {


namespace {

QByteArray kindName(SoakSample::Kind kind)
{
    switch (kind) {
    case SoakSample::Kind::Ping: return QByteArrayLiteral("ping");
    case SoakSample::Kind::Signal: return QByteArrayLiteral("signal");
    case SoakSample::Kind::Registration: return QByteArrayLiteral("registration");
    }
    return {};
}

} // namespace

SoakCsvWriter::~SoakCsvWriter()
{
    close();
}

QString SoakCsvWriter::open(const QString &path)
{
    close();
    m_rows = 0;
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return tr("Cannot write %1: %2").arg(path, m_file.errorString());
    m_file.write(Header);
    return {};
}

void SoakCsvWriter::close()
{
    if (m_file.isOpen())
        m_file.close();
}

QByteArray SoakCsvWriter::line(const SoakSample &s)
{
    const QByteArray time = QDateTime::fromMSecsSinceEpoch(s.timeMs, Qt::UTC)
                                    .toString(Qt::ISODateWithMs).toLatin1();
    QByteArray out = time + ',' + kindName(s.kind) + ',';
    if (s.kind == SoakSample::Kind::Ping) {
        if (s.aborted())
            out += QByteArrayLiteral("aborted");
        else if (s.failed())
            out += QByteArrayLiteral("failed");
        else if (!s.lost())
            out += QByteArray::number(s.roundTripMs);
        return out + ",,,\n";
    }
    if (s.kind == SoakSample::Kind::Signal)
        out += ',' + QByteArray::number(s.rssi) + ',' + QByteArray::number(s.ber) + ',';
    else
        out += ",,,";
    if (s.registration >= 0)
        out += QByteArray::number(s.registration);
    return out + '\n';
}

void SoakCsvWriter::write(const SoakSample &sample)
{
    if (!m_file.isOpen())
        return;
    m_file.write(line(sample));
    ++m_rows;
}

QString SoakCsvWriter::exportTo(const QString &destination)
{
    if (m_file.fileName().isEmpty())
        return tr("Nothing to export: no soak run yet.");
    if (m_file.isOpen())
        m_file.flush();
    if (destination == m_file.fileName())
        return {};
    QFile::remove(destination);
    QFile source(m_file.fileName());
    if (!source.copy(destination))
        return tr("Cannot write %1: %2").arg(destination, source.errorString());
    return {};
}

} // namespace bc25::soak
