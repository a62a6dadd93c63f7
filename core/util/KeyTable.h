// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

// Enums are stored and typed by stable keys kept in constexpr tables of (value, key) pairs.
namespace KeyTable {

template <typename Table, typename Value> QString keyOf(const Table& table, Value value)
{
    for (const auto& [v, key] : table) {
        if (v == value)
            return QString::fromUtf16(key);
    }
    return {};
}

// Case-insensitive: keys are typed on the command line.
template <typename Value, typename Table>
std::optional<Value> valueOf(const Table& table, QStringView key)
{
    for (const auto& [v, k] : table) {
        if (key.compare(QStringView(k), Qt::CaseInsensitive) == 0)
            return v;
    }
    return std::nullopt;
}

} // namespace KeyTable
