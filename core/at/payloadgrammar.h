// SPDX-License-Identifier: MIT
#pragma once

#include "parsersettings.h"
#include "payloadheader.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <optional>

namespace bc25::at {

// One line shape that announces payload counted by length: its prefix and
// its fields in order. "+QIRD: <length>[,<remaining>]" and a direct-push
// "+QIURC: "recv",<connectID>,<length>" on the BC25; other models add
// fields (BG96's UDP read: "+QIRD: <length>,"<ip>",<port>"). Data, given by
// the module profile, so that a model is a table and never a fork.
struct PayloadAnnouncement
{
    enum class Field : quint8 {
        Length,    // the payload's byte count
        Remaining, // <remaining_length>: present only with AT+QICFG="showlength",1 (manual 2.1.11)
        ConnectId, // the socket the payload belongs to, 0 to the profile's socket count - 1
        Type,      // a fixed word, `type` ("\"recv\"")
        Address,   // a quoted IP address ("10.7.89.10")
        Port,      // a decimal port
        // The payload itself, as quoted hex digits on the line: the BC660K's and
        // BC66's direct push with hex received data, "recv",<connectID>,<length>,"<hex>".
        // Only on a whole line; its <length> is the byte count of the decoded data.
        HexData,
    };

    QByteArray prefix;   // "+QIRD:"
    QByteArray type;     // the Type field's exact text, quotes included
    QList<Field> fields;
    // Manual 2.2.2: in buffer access mode with showlength 1 the same shape
    // reports data waiting and carries none; with showlength 0 it can only
    // be a direct push.
    bool silentInBufferAccess = false;
    // The BG95's buffer-mode "+QIURC: "recv",<id>,<len>" carries a length
    // whatever showlength is: silent in buffer access always.
    bool lengthInBufferAccess = false;
    // The EC200U's: the same, but only once the module confirmed
    // AT+QICFG="recvind",1 (its note 2.4.1); before that the shape is its
    // direct push, whatever the socket's mode is thought to be.
    bool lengthWithRecvIndication = false;
};

// Which lines announce payload, with which fields (DESIGN.md, rule 1). The
// parser asks here at every line end, so the match is a prefix test and one
// split of a few fields.
struct PayloadGrammar
{
    QList<PayloadAnnouncement> announcements;
    // The shapes other models of the family print and this one does not (the
    // BG96's UDP read "+QIRD: <length>,"<ip>",<port>" on a BC25): a drift
    // line is still read as its best reading, so its payload stays data.
    // Asked after the model's own shapes, on whole lines only: a viewmode 1
    // header (data on its line) is read by the model's own shapes alone.
    QList<PayloadAnnouncement> driftAnnouncements;
    int socketCount = 0; // <connectID> 0 to socketCount - 1

    // A whole line (the payload follows its line end). A trailing Remaining
    // field may be missing whatever showlength is thought to be.
    [[nodiscard]] PayloadHeader headerOf(QByteArrayView line, const ParserSettings &settings) const;
    // viewmode 1 (manual 2.1.11): the text up to the comma that starts the
    // payload; Remaining is there exactly when showlength is 1.
    [[nodiscard]] PayloadHeader headerBeforeComma(QByteArrayView text, const ParserSettings &settings) const;

private:
    // The header of the first of `shapes` the line has; nullopt when it has none.
    [[nodiscard]] std::optional<PayloadHeader> match(const QList<PayloadAnnouncement> &shapes, QByteArrayView line,
                                                     const ParserSettings &settings, bool beforeComma) const;
};

} // namespace bc25::at
