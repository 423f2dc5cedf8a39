// SPDX-License-Identifier: MIT
#pragma once

// A raw serial log of a busy module with echo on, as bc25-decode reads one:
// echoed commands with their answers (512-byte reads with OK inside the
// payload, QISTATE, inline sends with SEND OK, pings), direct-push data and
// buffer-mode URCs. The decode benchmark cycles through it.

#include <QByteArray>
#include <QRandomGenerator>

namespace bc25::test {

inline QByteArray mixedLogPattern(qsizetype size = 1 << 20)
{
    QRandomGenerator random(25);
    QByteArray out;
    QByteArray payload(512, '\0');
    while (out.size() < size) {
        switch (random.bounded(6)) {
        case 0:
            out += "\r\n+QIURC: \"recv\",0\r\n";
            break;
        case 1:
            out += "AT+QISTATE?\r\r\n+QISTATE: 0,\"TCP\",\"220.18.39.22\",8062,1234,2,1,0\r\n"
                   "+QISTATE: 1,\"UDP\",\"220.18.39.23\",8063,0,2,1,1\r\n\r\nOK\r\n";
            break;
        case 2: // a buffer-access read of 512 bytes, line ends and OK inside
            for (char &c : payload)
                c = char(random.bounded(256));
            payload.replace(0, 6, "\r\nOK\r\n");
            out += "AT+QIRD=0,512\r\r\n+QIRD: 512\r\n" + payload + "\r\n\r\nOK\r\n";
            break;
        case 3: // direct push of 300 bytes (showlength 0: three fields are direct push)
            out += "\r\n+QIURC: \"recv\",1,300\r\n" + payload.left(300) + "\r\n";
            break;
        case 4:
            out += "AT+QISEND=0,5,\"hello\"\r\r\nOK\r\n\r\nSEND OK\r\n";
            break;
        case 5:
            out += "AT+QPING=1,\"220.18.29.21\",4,2\r\r\nOK\r\n\r\n+QPING: 0,\"220.18.29.21\",32,192,255\r\n"
                   "\r\n+QPING: 0,\"220.18.29.21\",32,180,255\r\n\r\n+QPING: 2,2,2,0,180,192,186\r\n";
            break;
        }
    }
    return out;
}

// One MiB of what a busy module prints without echo or commands (URCs,
// QISTATE answers, 512-byte reads with OK inside, direct push, SEND OK and
// ping lines): the parser benchmark's stream, and bc25-decode's too.
inline QByteArray mixedStreamPattern()
{
    QRandomGenerator random(25);
    QByteArray out;
    QByteArray payload(512, '\0');
    while (out.size() < (1 << 20)) {
        switch (random.bounded(5)) {
        case 0:
            out += "\r\n+QIURC: \"recv\",0\r\n";
            break;
        case 1:
            out += "\r\n+QISTATE: 0,\"TCP\",\"220.18.39.22\",8062,1234,2,1,0\r\n"
                   "\r\n+QISTATE: 1,\"UDP\",\"220.18.39.23\",8063,0,2,1,1\r\n\r\nOK\r\n";
            break;
        case 2: // buffer access read of 512 bytes, payload with line ends and OK inside
            for (char &c : payload)
                c = char(random.bounded(256));
            payload.replace(0, 6, "\r\nOK\r\n");
            out += "\r\n+QIRD: 512\r\n" + payload + "\r\n\r\nOK\r\n";
            break;
        case 3: // direct push of 300 bytes
            out += "\r\n+QIURC: \"recv\",1,300\r\n" + payload.left(300) + "\r\n";
            break;
        case 4:
            out += "\r\nSEND OK\r\n\r\n+QPING: 0,220.18.29.21,32,192,255\r\n";
            break;
        }
    }
    return out;
}


} // namespace bc25::test
