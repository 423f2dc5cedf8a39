// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace bc25 {

// The <err> codes of chapter 3 (Table 1) and the ping results (Table 2),
// with their texts, so that a user never sees a bare number.
class ErrorCodes final
{
    Q_DECLARE_TR_FUNCTIONS(bc25::ErrorCodes)
public:
    static constexpr int Success = 0;
    static constexpr int UnknownError = 550;
    static constexpr int InvalidParameters = 552;
    static constexpr int OperationNotSupported = 555;
    static constexpr int SocketBindFailed = 556;
    static constexpr int SocketListenFailed = 557;
    static constexpr int OpenPdpContextFailed = 561;
    static constexpr int SocketIdentityUsed = 563;
    static constexpr int DnsParseFailed = 565;
    static constexpr int SocketConnectFailed = 566;
    static constexpr int SocketClosed = 567;
    static constexpr int OperationBusy = 568;
    static constexpr int OperationTimeout = 569;
    static constexpr int PdpContextBrokenDown = 570;
    static constexpr int OperationNotAllowed = 572;
    static constexpr int PortBusy = 574;
    static constexpr int FirstTcpIpError = 550;
    static constexpr int LastTcpIpError = 574;
    static constexpr int PingPdpActivationFailed = 5; // Table 2: PING_PDP_ACT_FAIL
    // +CME ERROR: <err> of 3GPP TS 27.007 9.2
    static constexpr int CmeOperationNotAllowed = 3;
    static constexpr int CmeIncorrectParameters = 50;
    static constexpr int CmeUnknown = 100;

    // The manual's description of a TCP/IP <err> code, untranslated, as
    // AT+QIGETERROR prints it ("invalid parameters" in lower case there).
    static const char *manualText(int code);
    // The translated description; for an unknown code, a sentence that says so.
    static QString text(int code);
    // "566 (Socket connect failed)": what every view shows for an error code.
    static QString describe(int code);
    // What to do about a code, for the health check's and the recipes' advice;
    // `connectId` the socket it is about (-1: unknown). Empty when there is
    // nothing particular to say.
    // `activatesContexts`: the model's contexts are the host's to activate
    // (AT+QICSGP, AT+QIACT on the BG9x and EC200U), so 561 and 570 say so.
    static QString advice(int code, int connectId = -1, bool activatesContexts = false);

    // Ping results 0–5 (Table 2): PING_ECHO, PING_TIMEOUT, ...; the
    // TCP/IP codes are used by ping too.
    static const char *pingResultName(int result);
    static QString pingResultText(int result);

    // +CME ERROR: <n> for the 3GPP codes a BC25 prints most; others get a generic text.
    static QString cmeErrorText(int code);
    // +CMS ERROR: <n> (3GPP TS 27.005): the code, or the words a module printed.
    static QString cmsErrorText(int code, const QString &printed = {});

    // Every code of each table, in the manual's order, for the quick reference:
    // Table 1 (TCP/IP <err>), Table 2 (ping results), the +CME ERROR codes above.
    static QList<int> tcpIpCodes();
    static QList<int> pingResults();
    static QList<int> cmeCodes();
};

} // namespace bc25
