// SPDX-License-Identifier: MIT
#pragma once

#include "bc25/commands.h"

#include <QDialog>
#include <QSet>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace bc25::ui {

class StatusLine;

// Every parameter of AT+QIOPEN (manual 2.1.1), with the ranges of the
// model's command catalog (the session's profile); the OK button stays off while the builder refuses the
// input, and the refusal is shown as the manual's range — for a field once the
// user has edited that field, or for any once Open is pressed; never because
// another field was edited (nothing typed yet says nothing either). The refusal
// and the wait keep their lines: the dialog never changes size as they show.
class OpenSocketDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit OpenSocketDialog(const CommandCatalog &catalog, QWidget *parent = nullptr);

    void setParameters(const OpenParameters &parameters);
    // The local port a listener or a UDP service is offered when the type changes to one
    // (a client's local port is 0, automatic, which a server does not take).
    void setListenerPort(int port) { m_listenerLocalPort = port; }
    // The module's own address (AT+CGPADDR, ModuleStatus), empty when not read:
    // an empty address is filled with it when the type changes to a listener or
    // a service (their <IP_address> is the local one, manual 2.1.1). Without it
    // nothing is invented: the refusal says what to type.
    void setModuleAddress(const QString &address) { m_moduleAddress = address; }
    // Whose that address is, for what the dialog says of a server's address:
    // `hostActivatesContexts`, the model's contexts get an address only once
    // the host activates them (AT+QIACT; ModuleProfile::answers()); `virtualModule`,
    // the in-process virtual module, whose servers listen on this computer's loopback.
    void setAddressSource(bool hostActivatesContexts, bool virtualModule);
    [[nodiscard]] OpenParameters parameters() const;
    // Open pressed: with a refusal, it shows and the dialog stays.
    void accept() override;

private:
    void validate();
    // The refusal to show: the builder's, with the fields the user has not
    // edited yet (before Open) standing in with values the catalog takes.
    [[nodiscard]] QString shownRefusal(const OpenParameters &chosen) const;
    // A listener's or a service's remote port is always 0 (manual 2.1.1): the
    // greyed box shows "—", and the client's port comes back with a client type.
    // The local port goes with the type too: a server's own port, a client's 0 (automatic).
    void showPortsFor(bool client);

    const CommandCatalog *m_catalog;
    QSpinBox *m_context;
    QSpinBox *m_connectId;
    QComboBox *m_service;
    QLineEdit *m_host;
    QSpinBox *m_remotePort;
    QSpinBox *m_localPort;
    QComboBox *m_accessMode;
    QComboBox *m_protocol;
    StatusLine *m_problem;
    StatusLine *m_wait;
    StatusLine *m_addressNote; // what a server's address is (the virtual module's loopback)
    QDialogButtonBox *m_buttons;
    int m_clientRemotePort = 0;
    int m_clientLocalPort = 0;
    int m_listenerLocalPort = 0;
    QString m_moduleAddress;
    bool m_hostActivatesContexts = false;
    bool m_virtualModule = false;
    bool m_filling = true;      // the dialog, not the user, sets the fields
    bool m_openPressed = false;     // every field's refusal shows from then on
    QSet<const QWidget *> m_edited; // the fields the user changed: their refusals show
};

} // namespace bc25::ui
