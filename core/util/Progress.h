// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <functional>

// Long work reports how far it is; the callback returns false to ask it to stop (the user
// pressed Cancel). Work that is stopped leaves nothing half done.
using ProgressCallback = std::function<bool(qint64 done, qint64 total)>;
