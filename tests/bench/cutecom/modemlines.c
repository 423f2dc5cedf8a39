// SPDX-License-Identifier: MIT
// LD_PRELOAD shim for cutecom_cost.sh: CuteCom 0.51 (Qt 5's QSerialPort)
// closes a port at once when reading the modem lines fails, and a
// pseudo-terminal has none (ENOTTY). This makes those four ioctls succeed
// on a pty, so CuteCom can show the very stream the workbench is measured on.
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <stdarg.h>
#include <sys/ioctl.h>
#include <termios.h>
int ioctl(int fd, unsigned long request, ...)
{
    va_list args;
    va_start(args, request);
    void *argument = va_arg(args, void *);
    va_end(args);
    static int (*real)(int, unsigned long, ...);
    if (!real)
        real = (int (*)(int, unsigned long, ...))dlsym(RTLD_NEXT, "ioctl");
    int result = real(fd, request, argument);
    if (result < 0 && errno == ENOTTY
        && (request == TIOCMGET || request == TIOCMSET || request == TIOCMBIS || request == TIOCMBIC)) {
        if (request == TIOCMGET)
            *(int *)argument = TIOCM_DTR | TIOCM_RTS | TIOCM_CTS | TIOCM_DSR | TIOCM_CD;
        return 0;
    }
    return result;
}
