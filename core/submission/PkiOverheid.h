// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QSslCertificate>

// The roots of PKIoverheid, the Dutch government's PKI, to which DUO's server certificate
// chains. The DUO client trusts these and the CA certificates the school configures, never the
// system store: there any public CA, or a school's TLS-inspection root, could pose as DUO.
namespace PkiOverheid {
QList<QSslCertificate> roots();
} // namespace PkiOverheid
