// SPDX-License-Identifier: MIT
#include "ptytransport.h"

#include "translations.h"

#include <QSocketNotifier>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <termios.h>
#include <unistd.h>

namespace bc25::transport {

PtyTransport::PtyTransport(QObject *parent)
    : Transport(parent)
{
}

PtyTransport::~PtyTransport()
{
    close();
}

void PtyTransport::open()
{
    if (m_master >= 0)
        return;
    const int master = ::posix_openpt(O_RDWR | O_NOCTTY | O_NONBLOCK);
    if (master < 0 || ::grantpt(master) != 0 || ::unlockpt(master) != 0) {
        const QString reason = QString::fromLocal8Bit(std::strerror(errno));
        if (master >= 0)
            ::close(master);
        emit errorOccurred(Error::OpenFailed, tr("Cannot create a pseudo-terminal: %1").arg(Translations::sentence(reason)));
        return;
    }
    char name[128] = {};
    if (::ptsname_r(master, name, sizeof name) != 0) {
        ::close(master);
        emit errorOccurred(Error::OpenFailed, tr("Cannot name the pseudo-terminal."));
        return;
    }
    m_slavePath = QString::fromLocal8Bit(name);
    m_slaveKeepAlive = ::open(name, O_RDWR | O_NOCTTY | O_NONBLOCK);
    if (m_slaveKeepAlive >= 0) {
        termios tio {};
        if (::tcgetattr(m_slaveKeepAlive, &tio) == 0) {
            ::cfmakeraw(&tio);
            ::tcsetattr(m_slaveKeepAlive, TCSANOW, &tio);
        }
    }
    m_master = master;
    m_readNotifier = new QSocketNotifier(master, QSocketNotifier::Read, this);
    connect(m_readNotifier, &QSocketNotifier::activated, this, &PtyTransport::onReadable);
    m_writeNotifier = new QSocketNotifier(master, QSocketNotifier::Write, this);
    m_writeNotifier->setEnabled(false);
    connect(m_writeNotifier, &QSocketNotifier::activated, this, &PtyTransport::onWritable);
    emit opened();
}

void PtyTransport::close()
{
    if (m_master < 0)
        return;
    delete m_readNotifier;
    m_readNotifier = nullptr;
    delete m_writeNotifier;
    m_writeNotifier = nullptr;
    ::close(m_master);
    m_master = -1;
    if (m_slaveKeepAlive >= 0)
        ::close(m_slaveKeepAlive);
    m_slaveKeepAlive = -1;
    m_pending.clear();
    emit closed();
}

void PtyTransport::write(const QByteArray &bytes)
{
    if (m_master < 0 || bytes.isEmpty())
        return;
    m_pending += bytes;
    flushPending();
}

QString PtyTransport::description() const
{
    return m_slavePath;
}

void PtyTransport::onReadable()
{
    char buffer[16384];
    for (;;) {
        const ssize_t n = ::read(m_master, buffer, sizeof buffer);
        if (n > 0) {
            emit bytesReceived(QByteArray(buffer, int(n)));
            continue;
        }
        // EIO means no client has the slave open; with the keep-alive fd it does not occur.
        if (n < 0 && errno == EINTR)
            continue;
        return;
    }
}

void PtyTransport::onWritable()
{
    flushPending();
}

void PtyTransport::flushPending()
{
    qint64 total = 0;
    while (!m_pending.isEmpty()) {
        const ssize_t n = ::write(m_master, m_pending.constData(), size_t(m_pending.size()));
        if (n > 0) {
            m_pending.remove(0, n);
            total += n;
            continue;
        }
        if (n < 0 && errno == EINTR)
            continue;
        break; // EAGAIN: the tty buffer is full; wait for the notifier
    }
    if (m_writeNotifier)
        m_writeNotifier->setEnabled(!m_pending.isEmpty());
    if (total > 0)
        emit bytesWritten(total);
}

} // namespace bc25::transport
