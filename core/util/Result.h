// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>
#include <utility>

// What kind of failure an error is, where a caller does something different for it.
enum class ErrorKind
{
    Other,
    // The database file cannot be trusted (damaged, foreign, or of a newer schema): stop
    // writing, point the user at a verified backup.
    DamagedDatabase,
};

// Errors travel as values: a failed operation carries one human, translated message.
// No exceptions cross Qt code.
struct Error
{
    QString message;
    ErrorKind kind = ErrorKind::Other;
};

template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    {
    }
    Result(Error error)
        : m_error(std::move(error.message))
        , m_kind(error.kind)
    {
    }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }

    // The value of a failed result is a programming error: it asserts (in a debug build).
    const T& value() const& { return checked(); }
    T& value() & { return checked(); }
    T&& value() && { return std::move(checked()); }
    const T& operator*() const& { return checked(); }
    T& operator*() & { return checked(); }
    const T* operator->() const { return &checked(); }
    T* operator->() { return &checked(); }

    const QString& error() const { return m_error; }
    ErrorKind errorKind() const { return m_kind; }
    // The error as a value, to pass on with its kind.
    Error failure() const { return Error{m_error, m_kind}; }

private:
    const T& checked() const
    {
        Q_ASSERT_X(ok(), "Result", "the value of a failed result");
        return *m_value;
    }
    T& checked()
    {
        Q_ASSERT_X(ok(), "Result", "the value of a failed result");
        return *m_value;
    }

    std::optional<T> m_value;
    QString m_error;
    ErrorKind m_kind = ErrorKind::Other;
};

template <> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_ok(false)
        , m_error(std::move(error.message))
        , m_kind(error.kind)
    {
    }

    bool ok() const { return m_ok; }
    explicit operator bool() const { return ok(); }
    const QString& error() const { return m_error; }
    ErrorKind errorKind() const { return m_kind; }
    Error failure() const { return Error{m_error, m_kind}; }

private:
    bool m_ok = true;
    QString m_error;
    ErrorKind m_kind = ErrorKind::Other;
};

using Status = Result<void>;
