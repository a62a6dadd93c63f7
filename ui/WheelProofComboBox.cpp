// SPDX-License-Identifier: GPL-3.0-or-later
#include "WheelProofComboBox.h"

#include <QWheelEvent>

WheelProofComboBox::WheelProofComboBox(QWidget* parent)
    : QComboBox(parent)
{
    setFocusPolicy(Qt::StrongFocus); // not Qt::WheelFocus: the wheel must not give it focus
}

void WheelProofComboBox::wheelEvent(QWheelEvent* event)
{
    if (hasFocus())
        QComboBox::wheelEvent(event);
    else
        event->ignore(); // to the scroll area around it
}
