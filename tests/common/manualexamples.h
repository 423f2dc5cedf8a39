// SPDX-License-Identifier: MIT
#pragma once

// The examples of the manual's chapter 4, verbatim: each host command and
// the bytes the module prints for it (echo excluded; a command of "" is
// output nobody asked for). Parser, engine and decoder tests all use them;
// `events` is what the parser gives for the module's stream with echo on
// (ATE1, the module's default) when nobody tells it which bytes are echo.

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace bc25::test {

struct Exchange
{
    QByteArray command;  // without the CR; empty: unsolicited output
    QByteArray response; // exactly what the module prints after the command's echo
};

struct ManualExample
{
    const char *section;
    QList<Exchange> exchanges;
    QStringList events;

    // The module's whole output with echo on: each command echoed with its CR.
    [[nodiscard]] QByteArray stream() const
    {
        QByteArray bytes;
        for (const Exchange &e : exchanges) {
            if (!e.command.isEmpty())
                bytes += e.command + '\r';
            bytes += e.response;
        }
        return bytes;
    }
};

inline QList<ManualExample> manualExamples()
{
    return {
        {"4.1.1",
         {{R"(AT+QIOPEN=1,0,"TCP","220.18.39.22",8062,1234,0)", "\r\nOK\r\n\r\n+QIOPEN: 0,0\r\n"},
          {"AT+QISTATE=1,0", "\r\n+QISTATE: 0,\"TCP\",\"220.18.39.22\",8062,1234,2,1,0\r\n\r\nOK\r\n"}},
         {R"(L:AT+QIOPEN=1,0,"TCP","220.18.39.22",8062,1234,0)", "L:OK", "L:+QIOPEN: 0,0",
          "L:AT+QISTATE=1,0", R"(L:+QISTATE: 0,"TCP","220.18.39.22",8062,1234,2,1,0)", "L:OK"}},
        {"4.1.2",
         {{R"(AT+QISEND=0,10,"1234567890")", "\r\nOK\r\n\r\nSEND OK\r\n"},
          {R"(AT+QISENDEX=0,5,"3031323334")", "\r\nOK\r\n\r\nSEND OK\r\n"},
          {R"(AT+QISEND=0,10,"1234567890")", "\r\nOK\r\n"},
          {R"(AT+QISEND=0,10,"1234567890")", "\r\nERROR\r\n\r\nSEND OK\r\n"}},
         {R"(L:AT+QISEND=0,10,"1234567890")", "L:OK", "L:SEND OK",
          R"(L:AT+QISENDEX=0,5,"3031323334")", "L:OK", "L:SEND OK",
          R"(L:AT+QISEND=0,10,"1234567890")", "L:OK",
          R"(L:AT+QISEND=0,10,"1234567890")", "L:ERROR", "L:SEND OK"}},
        {"4.1.3",
         {{"", "\r\n+QIURC: \"recv\",0\r\n"},
          {"AT+QIRD=0,512", "\r\n+QIRD: 10\r\n1234567890\r\n\r\nOK\r\n"},
          {"AT+QIRD=0,512", "\r\n+QIRD: 0\r\n\r\nOK\r\n"},
          {R"(AT+QICFG="showlength",1)", "\r\n+QICFG: \"showlength\",1\r\n\r\nOK\r\n"},
          {"", "\r\n+QIURC: \"recv\",0,12\r\n"},
          {"AT+QIRD=0,10", "\r\n+QIRD: 10,2\r\n1234567890\r\n\r\nOK\r\n"},
          {"", "\r\n+QIURC: \"recv\",0,\"buff full\"\r\n"},
          {R"(AT+QICFG="viewmode",1)", "\r\n+QICFG: \"viewmode\",1\r\n\r\nOK\r\n"},
          {R"(AT+QISEND=0,12,"012345678901")", "\r\nOK\r\n\r\nSEND OK\r\n"},
          {"", "\r\n+QIURC: \"recv\",0,12\r\n"},
          {"AT+QIRD=0,10", "\r\n+QIRD: 10,2,0123456789\r\n\r\nOK\r\n"}},
         {R"(L:+QIURC: "recv",0)",
          "L:AT+QIRD=0,512", "L:+QIRD: 10", "D:1234567890", "L:OK",
          "L:AT+QIRD=0,512", "L:+QIRD: 0", "L:OK",
          R"(L:AT+QICFG="showlength",1)", R"(L:+QICFG: "showlength",1)", "L:OK",
          R"(L:+QIURC: "recv",0,12)",
          "L:AT+QIRD=0,10", "L:+QIRD: 10,2", "D:1234567890", "L:OK",
          R"(L:+QIURC: "recv",0,"buff full")",
          R"(L:AT+QICFG="viewmode",1)", R"(L:+QICFG: "viewmode",1)", "L:OK",
          R"(L:AT+QISEND=0,12,"012345678901")", "L:OK", "L:SEND OK",
          R"(L:+QIURC: "recv",0,12)",
          "L:AT+QIRD=0,10", "L:+QIRD: 10,2", "D:0123456789", "L:OK"}},
        {"4.1.4",
         {{"AT+QICLOSE=0", "\r\nOK\r\n\r\nCLOSE OK\r\n"}},
         {"L:AT+QICLOSE=0", "L:OK", "L:CLOSE OK"}},
        {"4.2",
         {{R"(AT+QIOPEN=1,0,"TCP","220.18.39.22",8062,0,1)", "\r\nOK\r\n\r\n+QIOPEN: 0,0\r\n"},
          {"AT+QISTATE=1,0", "\r\n+QISTATE: 0,\"TCP\",\"220.18.39.22\",8062,0,2,1,1\r\n\r\nOK\r\n"},
          {R"(AT+QISEND=0,10,"1234567890")", "\r\nOK\r\n\r\nSEND OK\r\n"},
          {R"(AT+QISENDEX=0,5,"3031323334")", "\r\nOK\r\n\r\nSEND OK\r\n"},
          {"", "\r\n+QIURC: \"recv\",0,5\r\n12345\r\n"},
          {R"(AT+QICFG="viewmode",1)", "\r\n+QICFG: \"viewmode\",1\r\n\r\nOK\r\n"},
          {R"(AT+QISEND=0,12,"012345678901")", "\r\nOK\r\n\r\nSEND OK\r\n"},
          {"", "\r\n+QIURC: \"recv\",0,12,012345678901\r\n"},
          {"AT+QICLOSE=0", "\r\nOK\r\n\r\nCLOSE OK\r\n"}},
         {R"(L:AT+QIOPEN=1,0,"TCP","220.18.39.22",8062,0,1)", "L:OK", "L:+QIOPEN: 0,0",
          "L:AT+QISTATE=1,0", R"(L:+QISTATE: 0,"TCP","220.18.39.22",8062,0,2,1,1)", "L:OK",
          R"(L:AT+QISEND=0,10,"1234567890")", "L:OK", "L:SEND OK",
          R"(L:AT+QISENDEX=0,5,"3031323334")", "L:OK", "L:SEND OK",
          R"(L:+QIURC: "recv",0,5)", "D0:12345",
          R"(L:AT+QICFG="viewmode",1)", R"(L:+QICFG: "viewmode",1)", "L:OK",
          R"(L:AT+QISEND=0,12,"012345678901")", "L:OK", "L:SEND OK",
          R"(L:+QIURC: "recv",0,12)", "D0:012345678901",
          "L:AT+QICLOSE=0", "L:OK", "L:CLOSE OK"}},
        {"4.3",
         {{R"(AT+QIOPEN=1,0,"TCP LISTENER","192.168.2.6",0,2020,0)", "\r\nOK\r\n\r\n+QIOPEN: 0,0\r\n"},
          {"AT+QISTATE?", "\r\n+QISTATE: 0,\"TCP LISTENER\",\"192.168.2.6\",0,2020,2,1,0\r\n\r\nOK\r\n"},
          {"", "\r\n+QIURC: \"incoming\",2,0,\"192.168.2.2\",36566\r\n"},
          {"", "\r\n+QIURC: \"recv\",0\r\n"},
          {"AT+QIRD=0,512", "\r\n+QIRD: 4\r\ntest\r\n\r\nOK\r\n"},
          {"AT+QIRD=0,512", "\r\n+QIRD: 0\r\n\r\nOK\r\n"},
          {"AT+QICLOSE=2", "\r\nOK\r\n\r\nCLOSE OK\r\n"},
          {"AT+QICLOSE=0", "\r\nOK\r\n\r\nCLOSE OK\r\n"}},
         {R"(L:AT+QIOPEN=1,0,"TCP LISTENER","192.168.2.6",0,2020,0)", "L:OK", "L:+QIOPEN: 0,0",
          "L:AT+QISTATE?", R"(L:+QISTATE: 0,"TCP LISTENER","192.168.2.6",0,2020,2,1,0)", "L:OK",
          R"(L:+QIURC: "incoming",2,0,"192.168.2.2",36566)",
          R"(L:+QIURC: "recv",0)",
          "L:AT+QIRD=0,512", "L:+QIRD: 4", "D:test", "L:OK",
          "L:AT+QIRD=0,512", "L:+QIRD: 0", "L:OK",
          "L:AT+QICLOSE=2", "L:OK", "L:CLOSE OK",
          "L:AT+QICLOSE=0", "L:OK", "L:CLOSE OK"}},
        {"4.4",
         {{R"(AT+QIOPEN=1,0,"UDP SERVICE","192.168.2.6",0,2020,0)", "\r\nOK\r\n\r\n+QIOPEN: 0,0\r\n"},
          {"AT+QISTATE?", "\r\n+QISTATE: 0,\"UDP SERVICE\",\"192.168.2.6\",0,2020,2,1,0\r\n\r\nOK\r\n"},
          {"", "\r\n+QIURC: \"recv\",2\r\n"},
          {"AT+QIRD=2,4", "\r\n+QIRD: 4\r\nAAAA\r\n\r\nOK\r\n"},
          {"AT+QICLOSE=0", "\r\nOK\r\n\r\nCLOSE OK\r\n"}},
         {R"(L:AT+QIOPEN=1,0,"UDP SERVICE","192.168.2.6",0,2020,0)", "L:OK", "L:+QIOPEN: 0,0",
          "L:AT+QISTATE?", R"(L:+QISTATE: 0,"UDP SERVICE","192.168.2.6",0,2020,2,1,0)", "L:OK",
          R"(L:+QIURC: "recv",2)",
          "L:AT+QIRD=2,4", "L:+QIRD: 4", "D:AAAA", "L:OK",
          "L:AT+QICLOSE=0", "L:OK", "L:CLOSE OK"}},
        {"4.5",
         {{R"(AT+QPING=1,"sh.quectel.com")",
           "\r\nOK\r\n\r\n+QPING: 0,220.18.29.21,32,192,255\r\n\r\n+QPING: 0,220.18.23.21,32,240,255\r\n"
           "\r\n+QPING: 0,220.18.23.21,32,241,255\r\n\r\n+QPING: 0,220.18.23.21,32,479,255\r\n"
           "\r\n+QPING: 2,4,4,0,192,479,287\r\n"}},
         {R"(L:AT+QPING=1,"sh.quectel.com")", "L:OK",
          "L:+QPING: 0,220.18.29.21,32,192,255", "L:+QPING: 0,220.18.23.21,32,240,255",
          "L:+QPING: 0,220.18.23.21,32,241,255", "L:+QPING: 0,220.18.23.21,32,479,255",
          "L:+QPING: 2,4,4,0,192,479,287"}},
        {"4.6",
         {{R"(AT+QNTTP=1,"ntp5.aliyun.com")", "\r\nOK\r\n\r\n+QNTTP: 0,\"18/04/20,11:08:20+32\"\r\n"}},
         {R"(L:AT+QNTTP=1,"ntp5.aliyun.com")", "L:OK", R"(L:+QNTTP: 0,"18/04/20,11:08:20+32")"}},
        {"4.7",
         {{R"(AT+QIOPEN=1,"UDP","220.18.39.22",8063,0,1)", "\r\nERROR\r\n"},
          {"AT+QIGETERROR", "\r\n+QIGETERROR: 552,invalid parameters\r\n\r\nOK\r\n"}},
         {R"(L:AT+QIOPEN=1,"UDP","220.18.39.22",8063,0,1)", "L:ERROR",
          "L:AT+QIGETERROR", "L:+QIGETERROR: 552,invalid parameters", "L:OK"}},
    };
}

} // namespace bc25::test
