// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChangeNotifier.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {

// The message's keys: the session that sent it, the signal's name, its argument (if any).
const QString kSession = u"sessie"_s;
const QString kSignal = u"wijziging"_s;
const QString kArgument = u"waarde"_s;

// The signal a message names, with its argument converted to the parameter's type; nullopt when
// this program has no such signal or the argument does not fit it.
std::optional<Announcement> changeOf(const QJsonObject& message)
{
    const QMetaObject& notifier = ChangeNotifier::staticMetaObject;
    for (int i = notifier.methodOffset(); i < notifier.methodCount(); ++i) {
        const QMetaMethod method = notifier.method(i);
        if (method.methodType() != QMetaMethod::Signal ||
            QString::fromLatin1(method.name()) != message.value(kSignal).toString())
            continue;
        if (method.parameterCount() == 0)
            return message.contains(kArgument) ? std::nullopt
                                               : std::optional(Announcement{method, {}});
        if (!message.contains(kArgument))
            return std::nullopt;
        QVariant argument = message.value(kArgument).toVariant();
        const QMetaType type = method.parameterMetaType(0);
        // A number arrives as a double, a list of pgns as a list of variants.
        const bool fits = type == QMetaType::fromType<QStringList>()
                              ? message.value(kArgument).isArray()
                              : argument.canConvert(type);
        if (!fits || !argument.convert(type))
            return std::nullopt;
        return Announcement{method, {argument}};
    }
    return std::nullopt;
}

} // namespace

ChangeNotifier::ChangeNotifier()
    : m_session(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

void ChangeNotifier::deliver(const Announcement& change)
{
    Q_ASSERT(change.signal.parameterCount() == change.arguments.size());
    if (change.arguments.isEmpty()) {
        change.signal.invoke(this, Qt::DirectConnection);
        return;
    }
    const QVariant& argument = change.arguments.first();
    change.signal.invoke(this, Qt::DirectConnection,
                         QGenericArgument(argument.metaType().name(), argument.constData()));
}

QByteArray ChangeNotifier::message(const Announcement& change, qsizetype limit) const
{
    QJsonObject message{{kSession, m_session},
                        {kSignal, QString::fromLatin1(change.signal.name())}};
    if (!change.arguments.isEmpty())
        message.insert(kArgument, QJsonValue::fromVariant(change.arguments.first()));
    QByteArray text = QJsonDocument(message).toJson(QJsonDocument::Compact);
    return text.size() <= limit ? text : QByteArray();
}

void ChangeNotifier::deliverMessage(const QByteArray& message)
{
    const QJsonObject object = QJsonDocument::fromJson(message).object();
    if (object.value(kSession).toString() == m_session)
        return;
    if (const auto change = changeOf(object))
        deliver(*change);
    else
        Q_EMIT changedElsewhere();
}
