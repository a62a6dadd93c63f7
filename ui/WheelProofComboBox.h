// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QComboBox>

// A combo box in a scrolling form: the mouse wheel scrolls the form and changes the choice only
// once the box has been clicked or tabbed into, so scrolling past a column mapping never
// changes it.
class WheelProofComboBox final : public QComboBox
{
public:
    explicit WheelProofComboBox(QWidget* parent = nullptr);

protected:
    void wheelEvent(QWheelEvent* event) override;
};
