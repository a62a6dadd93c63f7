// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

class QWidget;

// Every message and question dialog of the application goes through here, so tests can answer
// them: in test mode nothing is shown, the message is recorded and a question gets the preset
// answer (a text, a choice, a file or folder name: setNextText).
class MessageBox
{
public:
    enum class Answer
    {
        Yes,
        No
    };

    static Answer question(QWidget* parent, const QString& title, const QString& text);
    static void critical(QWidget* parent, const QString& title, const QString& text);
    static void warning(QWidget* parent, const QString& title, const QString& text);
    static void information(QWidget* parent, const QString& title, const QString& text);
    // Asks for a line of text; empty when cancelled.
    static QString askText(QWidget* parent, const QString& title, const QString& label);
    // Like askText, but typed unseen (a passphrase).
    static QString askSecret(QWidget* parent, const QString& title, const QString& label);
    // Asks to pick one of `items`; the index picked, or -1 when cancelled. In test mode the
    // preset text (setNextText) names the item.
    static int askChoice(QWidget* parent, const QString& title, const QString& label,
                         const QStringList& items);

    // Asks where to save; empty when cancelled. The dialog itself confirms replacing a file.
    static QString askSaveFile(QWidget* parent, const QString& title, const QString& suggested,
                               const QString& filter);
    static QString askFolder(QWidget* parent, const QString& title);

    // Test seams.
    static void setTestMode(bool on);
    static void setNextAnswer(Answer answer);
    static QString lastMessage();
    static void setNextText(const QString& text);

private:
    static bool s_testMode;
    static Answer s_nextAnswer;
    static QString s_lastMessage;
    static QString s_nextText;
};
