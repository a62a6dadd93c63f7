// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>
#include <QTimer>

#include <functional>

class ChangeNotifier;

// Keeps a page current: the changes it follows, announced by the core's notifier, make it reload
// once the event loop is free again — once, however many arrived meanwhile (an import announces
// several at once, a page's own action one more). Every page follows a change another program
// made without saying what (ChangeNotifier::changedElsewhere).
class PageRefresh : public QObject
{
    Q_OBJECT

public:
    PageRefresh(QObject* page, const ChangeNotifier& notifier, std::function<void()> reload);

    // Follows `change` of the notifier, e.g. follow(&ChangeNotifier::meldingChanged).
    template <typename Change> PageRefresh& follow(Change change)
    {
        connect(&m_notifier, change, this, &PageRefresh::request);
        return *this;
    }

    // Follows `change` only when it names this leerling: a change of one leerling (a QString)
    // or of several (a QStringList), e.g. followLeerling(&ChangeNotifier::absencesChanged, pgn).
    template <typename Change> PageRefresh& followLeerling(Change change, const QString& pgn)
    {
        connect(&m_notifier, change, this, [this, pgn](const auto& named) {
            if (names(named, pgn))
                request();
        });
        return *this;
    }

    void request();

private:
    static bool names(const QString& named, const QString& pgn) { return named == pgn; }
    static bool names(const QStringList& named, const QString& pgn) { return named.contains(pgn); }

    const ChangeNotifier& m_notifier;
    std::function<void()> m_reload;
    QTimer m_timer;
};
