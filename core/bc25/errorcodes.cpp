// SPDX-License-Identifier: MIT
#include "errorcodes.h"

namespace bc25 {

namespace {

struct CodeText
{
    int code;
    const char *text;
};

// manual chapter 3, Table 1
constexpr CodeText TcpIpErrors[] = {
    {0, QT_TRANSLATE_NOOP("bc25::ErrorCodes", "Operation successful")},
    {550, QT_TRANSLATE_NOOP("bc25::ErrorCodes", "Unknown error")},
    {551, QT_TRANSLATE_NOOP("bc25::ErrorCodes", "Operation blocked")},
    {552, QT_TRANSLATE_NOOP("bc25::ErrorCodes", "Invalid parameters")},
    {553, QT_TRANSLATE_NOOP("bc25::ErrorCodes", "Memory not enough")},
    {554, QT_TRANSLATE_NOOP("bc25::ErrorCodes", "Create socket failed")},
    {555, QT_TRANSLATE_NOOP("bc25::ErrorCodes", "Operation not supported")},
    {556, QT_TRANSLATE_NOOP("bc25::ErrorCodes", "Socket bind failed")},
    {557, QT_TRANSLATE_NOOP("bc25::ErrorCodes", "Socket listen failed")},
    {558, QT_TRANSLATE_NOOP("bc25::ErrorCodes", "Socket write failed")},
    {559, QT_TRANSLATE_NOOP("bc25::ErrorCodes", "Socket read failed")},
    {560, QT_TRANSLATE_NOOP("bc25::ErrorCodes", "Socket accept failed")},
    {561, QT_TRANSLATE_NOOP("bc25::ErrorCodes", "Open PDP context failed")},
    {562, QT_TRANSLATE_NOOP("bc25::ErrorCodes", "Close PDP context failed")},
    {563, QT_TRANSLATE_NOOP("bc25::ErrorCodes", "Socket identity has been used")},
    {564, QT_TRANSLATE_NOOP("bc25::ErrorCodes", "DNS busy")},
    {565, QT_TRANSLATE_NOOP("bc25::ErrorCodes", "DNS parse failed")},
    {566, QT_TRANSLATE_NOOP("bc25::ErrorCodes", "Socket connect failed")},
    {567, QT_TRANSLATE_NOOP("bc25::ErrorCodes", "Socket has been closed")},
    {568, QT_TRANSLATE_NOOP("bc25::ErrorCodes", "Operation busy")},
    {569, QT_TRANSLATE_NOOP("bc25::ErrorCodes", "Operation timeout")},
    {570, QT_TRANSLATE_NOOP("bc25::ErrorCodes", "PDP context broken down")},
    {571, QT_TRANSLATE_NOOP("bc25::ErrorCodes", "Cancel send")},
    {572, QT_TRANSLATE_NOOP("bc25::ErrorCodes", "Operation not allowed")},
    {573, QT_TRANSLATE_NOOP("bc25::ErrorCodes", "APN not configured")},
    {574, QT_TRANSLATE_NOOP("bc25::ErrorCodes", "Port busy")},
};

// manual chapter 3, Table 2
constexpr CodeText PingResults[] = {
    {0, "PING_ECHO"},
    {1, "PING_TIMEOUT"},
    {2, "PING_SUCCESS"},
    {3, "PING_TCPIP_ERROR"},
    {4, "PING_ADDRESS_NOT_FOUND"},
    {5, "PING_PDP_ACT_FAIL"},
};

constexpr CodeText PingResultTexts[] = {
    {0, QT_TRANSLATE_NOOP("bc25::ErrorCodes", "Echo received")},
    {1, QT_TRANSLATE_NOOP("bc25::ErrorCodes", "Request timed out")},
    {2, QT_TRANSLATE_NOOP("bc25::ErrorCodes", "Ping finished successfully")},
    {3, QT_TRANSLATE_NOOP("bc25::ErrorCodes", "TCP/IP stack error")},
    {4, QT_TRANSLATE_NOOP("bc25::ErrorCodes", "Address not found")},
    {5, QT_TRANSLATE_NOOP("bc25::ErrorCodes", "PDP context activation failed")},
};

// 3GPP TS 27.007 §9.2 codes most often seen from NB-IoT modules
constexpr CodeText CmeErrors[] = {
    {3, QT_TRANSLATE_NOOP("bc25::ErrorCodes", "Operation not allowed")},
    {4, QT_TRANSLATE_NOOP("bc25::ErrorCodes", "Operation not supported")},
    {10, QT_TRANSLATE_NOOP("bc25::ErrorCodes", "SIM not inserted")},
    {13, QT_TRANSLATE_NOOP("bc25::ErrorCodes", "SIM failure")},
    {23, QT_TRANSLATE_NOOP("bc25::ErrorCodes", "Memory failure")},
    {30, QT_TRANSLATE_NOOP("bc25::ErrorCodes", "No network service")},
    {50, QT_TRANSLATE_NOOP("bc25::ErrorCodes", "Incorrect parameters")},
    {100, QT_TRANSLATE_NOOP("bc25::ErrorCodes", "Unknown error")},
};

template<size_t N>
const char *lookup(const CodeText (&table)[N], int code)
{
    for (const CodeText &entry : table) {
        if (entry.code == code)
            return entry.text;
    }
    return nullptr;
}

template<size_t N>
QList<int> codesOf(const CodeText (&table)[N])
{
    QList<int> codes;
    codes.reserve(qsizetype(N));
    for (const CodeText &entry : table)
        codes << entry.code;
    return codes;
}

} // namespace

QList<int> ErrorCodes::tcpIpCodes()
{
    return codesOf(TcpIpErrors);
}

QList<int> ErrorCodes::pingResults()
{
    return codesOf(PingResults);
}

QList<int> ErrorCodes::cmeCodes()
{
    return codesOf(CmeErrors);
}

const char *ErrorCodes::manualText(int code)
{
    return lookup(TcpIpErrors, code);
}

QString ErrorCodes::text(int code)
{
    if (const char *text = lookup(TcpIpErrors, code))
        return tr(text);
    return tr("Error code %1, not listed in the manual").arg(code);
}

QString ErrorCodes::describe(int code)
{
    //: an error code and its words, "566 (Socket connect failed)"
    return tr("%1 (%2)").arg(code).arg(text(code));
}

namespace {
// Table 1's codes only the advice names (the others are in errorcodes.h).
constexpr int MemoryNotEnough = 553;
constexpr int CreateSocketFailed = 554;
constexpr int SocketWriteFailed = 558;
constexpr int SocketReadFailed = 559;
constexpr int DnsBusy = 564;
constexpr int ApnNotConfigured = 573;
} // namespace

QString ErrorCodes::advice(int code, int connectId, bool activatesContexts)
{
    // The one wording of what to do about a code: the quick reference (F1),
    // the sockets' and tools' lines, the health check and the recipes' reports.
    // Each from the code's name in manual 3, Table 1 and the manual's notes;
    // a code whose name says nothing to act on (550, 551, 560, 562, 571) has none.
    switch (code) {
    case OpenPdpContextFailed:
    case PdpContextBrokenDown:
        if (activatesContexts)
            return tr("The context is not active: set its APN with AT+QICSGP and activate it with AT+QIACT=<contextID>, "
                      "then try again.");
        // The BC25 family brings its context up itself once attached: nothing to activate.
        return tr("The context has no data path: check the registration, the attach and the APN.");
    case SocketIdentityUsed: // manual 3: the connectID is taken
        return connectId >= 0 ? tr("Socket %1 is already open: close it or choose another connectID.").arg(connectId)
                              : tr("The socket is already open: close it or choose another connectID.");
    case InvalidParameters:
        return tr("A parameter is out of its range or of the wrong form: check the command against its syntax "
                  "(F1, Commands).");
    case MemoryNotEnough:
        return tr("The module is short of memory: read the data it holds (AT+QIRD) and close the sockets no longer "
                  "needed, then try again.");
    case CreateSocketFailed:
        return tr("No socket could be made: close the sockets no longer needed (AT+QICLOSE), then try again.");
    case OperationNotSupported:
        return tr("This module's firmware does not do this: see the command's notes (F1, Commands).");
    case SocketBindFailed:
    case PortBusy:
        return tr("The local port is taken: choose another local port (a client's 0 lets the module pick one).");
    case SocketListenFailed:
        return tr("The listener could not start: choose another local port, and check that the context has an "
                  "address (AT+CGPADDR).");
    case SocketWriteFailed:
    case SocketReadFailed:
        return tr("The socket's connection is broken: close it (AT+QICLOSE) and open it again.");
    case DnsBusy:
        return tr("A lookup is still running: wait for its +QIURC: \"dnsgip\" answer, then try again.");
    case DnsParseFailed:
        return tr("The name did not resolve: check the DNS servers (AT+QIDNSCFG), or try the server's IP address.");
    case SocketConnectFailed:
        return tr("The server is unreachable or a firewall blocks the port: check the address and port, that the "
                  "server listens, and that the operator lets this port out.");
    case SocketClosed:
        // Manual 2.1.4: a send's ERROR means the connection "has not been established,
        // abnormally closed": a socket never opened answers so too. Manual 2.2.1: one
        // the peer or the network closed is closed by the host too.
        return tr("The socket is not open: open it first; if the peer or the network closed it, close it here too "
                  "(AT+QICLOSE), then open it again.");
    case OperationBusy: // manual 4.1.2: a send before the last one's SEND OK
        return tr("The module is still busy with an earlier command (a send waiting for its SEND OK, an open): "
                  "wait for it to end, then try again.");
    case OperationTimeout:
        return tr("No answer in time: the server is unreachable or a firewall drops the packets.");
    case OperationNotAllowed:
        return tr("Not allowed in the socket's state: check it (AT+QISTATE), whether it is open and in this "
                  "access mode.");
    case ApnNotConfigured:
        if (activatesContexts)
            return tr("Set the context's APN with AT+QICSGP, then activate it with AT+QIACT=<contextID>.");
        return {};
    default:
        return {};
    }
}

const char *ErrorCodes::pingResultName(int result)
{
    return lookup(PingResults, result);
}

QString ErrorCodes::pingResultText(int result)
{
    if (const char *text = lookup(PingResultTexts, result))
        return tr(text);
    // Other ping results are the TCP/IP codes of Table 1 (manual 2.1.8).
    return text(result);
}

QString ErrorCodes::cmeErrorText(int code)
{
    if (const char *text = lookup(CmeErrors, code))
        return tr("+CME ERROR %1: %2").arg(code).arg(tr(text));
    if (lookup(TcpIpErrors, code))
        return tr("+CME ERROR %1: %2").arg(code).arg(text(code));
    return tr("+CME ERROR %1 (a 3GPP TS 27.007 error code)").arg(code);
}

QString ErrorCodes::cmsErrorText(int code, const QString &printed)
{
    if (code < 0)
        return tr("+CMS ERROR: %1").arg(printed);
    return tr("+CMS ERROR %1 (a 3GPP TS 27.005 message service error code)").arg(code);
}

} // namespace bc25
