// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

namespace bc25::at {

// One parameter of a result line or a command: its text with quotes removed,
// and whether it was quoted (real modules print IPs both ways).
struct Field
{
    QByteArray text;
    bool quoted = false;

    [[nodiscard]] bool isInteger() const;
    // The value of a decimal field; `fallback` when it is not one.
    [[nodiscard]] qint64 toInteger(qint64 fallback = -1) const;
    bool operator==(const Field &) const = default;
};

// Splits a parameter list at commas outside quotes. Tolerant: an unclosed
// quote runs to the end; spaces around unquoted fields are dropped.
QList<Field> splitFields(QByteArrayView parameters);

// A text line of the module's output, taken apart: "+QIOPEN: 0,0" has the
// name "QIOPEN" and two fields; "OK", "SEND OK" and "RDY" are names without
// fields; "+CME ERROR: 552" is "CME ERROR" with one field. A line that is
// none of these (ATI's "Quectel_Ltd", garbage) has an empty name.
struct ResultLine
{
    enum class Final : quint8 {
        None,
        Ok,        // OK
        Error,     // ERROR
        CmeError,  // +CME ERROR: <n>, or its text after AT+CMEE=2
        CmsError,  // +CMS ERROR: <n> (3GPP TS 27.005)
    };

    QByteArray text;        // the whole line as received
    QByteArray name;
    bool prefixed = false;  // "+NAME:" form
    Final final = Final::None;

    static ResultLine parse(const QByteArray &line);

    [[nodiscard]] bool isFinal() const { return final != Final::None; }
    // The parameters, split on first use: most lines are routed by name alone.
    [[nodiscard]] const QList<Field> &fields() const;
    [[nodiscard]] const Field &field(int index) const;
    [[nodiscard]] qint64 integer(int index, qint64 fallback = -1) const;
    [[nodiscard]] int fieldCount() const { return int(fields().size()); }

private:
    qsizetype m_parametersAt = -1; // where the parameter list starts in `text`
    qsizetype m_parametersLength = 0;
    mutable QList<Field> m_fields;
    mutable bool m_fieldsSplit = false;
};

} // namespace bc25::at
