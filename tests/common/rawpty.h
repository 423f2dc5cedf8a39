// SPDX-License-Identifier: MIT
#pragma once

// A bare pseudo-terminal for tests that look at the line itself: a real
// QSerialPort opens slavePath(), and the master side reads what it wrote and
// the line settings it applied (on Linux, the master's termios calls act on
// the slave, so the baud rate and framing QSerialPort set can be read back).

#include <QByteArray>
#include <QString>

#include <cerrno>
#include <fcntl.h>
#include <stdlib.h>
#include <termios.h>
#include <unistd.h>

namespace bc25::test {

class RawPty
{
public:
    RawPty()
    {
        m_master = ::posix_openpt(O_RDWR | O_NOCTTY | O_NONBLOCK);
        char name[128];
        if (m_master < 0 || ::grantpt(m_master) != 0 || ::unlockpt(m_master) != 0
            || ::ptsname_r(m_master, name, sizeof name) != 0) {
            close();
            return;
        }
        m_slavePath = QString::fromLocal8Bit(name);
    }
    ~RawPty() { close(); }
    RawPty(const RawPty &) = delete;
    RawPty &operator=(const RawPty &) = delete;

    [[nodiscard]] bool isOpen() const { return m_master >= 0; }
    [[nodiscard]] QString slavePath() const { return m_slavePath; }

    // The slave's settings as a serial program left them.
    [[nodiscard]] termios lineSettings() const
    {
        termios tio {};
        ::tcgetattr(m_master, &tio);
        return tio;
    }
    // What the serial program has written so far (never blocks).
    QByteArray readAvailable()
    {
        QByteArray out;
        char buffer[4096];
        for (;;) {
            const ssize_t n = ::read(m_master, buffer, sizeof buffer);
            if (n <= 0)
                break;
            out.append(buffer, qsizetype(n));
        }
        return out;
    }
    void write(const QByteArray &bytes) { [[maybe_unused]] const ssize_t n = ::write(m_master, bytes.constData(), size_t(bytes.size())); }

private:
    void close()
    {
        if (m_master >= 0)
            ::close(m_master);
        m_master = -1;
    }

    int m_master = -1;
    QString m_slavePath;
};

} // namespace bc25::test
