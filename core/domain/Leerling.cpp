// SPDX-License-Identifier: GPL-3.0-or-later
#include "Leerling.h"

#include <QStringList>

QString Leerling::displayName() const
{
    QStringList parts{firstNames, infix, lastName};
    parts.removeAll(QString());
    return parts.join(u' ');
}

QString Leerling::sortName() const
{
    QString given = firstNames;
    if (!infix.isEmpty())
        given += u' ' + infix;
    return given.isEmpty() ? lastName : lastName + QStringLiteral(", ") + given;
}
