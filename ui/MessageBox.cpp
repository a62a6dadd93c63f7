// SPDX-License-Identifier: GPL-3.0-or-later
#include "MessageBox.h"

#include <QFileDialog>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>

bool MessageBox::s_testMode = false;
MessageBox::Answer MessageBox::s_nextAnswer = MessageBox::Answer::No;
QString MessageBox::s_lastMessage;
QString MessageBox::s_nextText;

MessageBox::Answer MessageBox::question(QWidget* parent, const QString& title, const QString& text)
{
    s_lastMessage = text;
    if (s_testMode)
        return std::exchange(s_nextAnswer, Answer::No);
    return QMessageBox::question(parent, title, text) == QMessageBox::Yes ? Answer::Yes
                                                                          : Answer::No;
}

void MessageBox::critical(QWidget* parent, const QString& title, const QString& text)
{
    s_lastMessage = text;
    if (!s_testMode)
        QMessageBox::critical(parent, title, text);
}

void MessageBox::warning(QWidget* parent, const QString& title, const QString& text)
{
    s_lastMessage = text;
    if (!s_testMode)
        QMessageBox::warning(parent, title, text);
}

void MessageBox::information(QWidget* parent, const QString& title, const QString& text)
{
    s_lastMessage = text;
    if (!s_testMode)
        QMessageBox::information(parent, title, text);
}

void MessageBox::setTestMode(bool on)
{
    s_testMode = on;
}

void MessageBox::setNextAnswer(Answer answer)
{
    s_nextAnswer = answer;
}

QString MessageBox::lastMessage()
{
    return s_lastMessage;
}

QString MessageBox::askText(QWidget* parent, const QString& title, const QString& label)
{
    s_lastMessage = label;
    if (s_testMode)
        return std::exchange(s_nextText, QString());
    return QInputDialog::getText(parent, title, label);
}

QString MessageBox::askSecret(QWidget* parent, const QString& title, const QString& label)
{
    s_lastMessage = label;
    if (s_testMode)
        return std::exchange(s_nextText, QString());
    return QInputDialog::getText(parent, title, label, QLineEdit::Password);
}

QString MessageBox::askSaveFile(QWidget* parent, const QString& title, const QString& suggested,
                                const QString& filter)
{
    s_lastMessage = title;
    if (s_testMode)
        return std::exchange(s_nextText, QString());
    return QFileDialog::getSaveFileName(parent, title, suggested, filter);
}

QString MessageBox::askFolder(QWidget* parent, const QString& title)
{
    s_lastMessage = title;
    if (s_testMode)
        return std::exchange(s_nextText, QString());
    return QFileDialog::getExistingDirectory(parent, title);
}

void MessageBox::setNextText(const QString& text)
{
    s_nextText = text;
}

int MessageBox::askChoice(QWidget* parent, const QString& title, const QString& label,
                          const QStringList& items)
{
    s_lastMessage = label;
    if (s_testMode)
        return int(items.indexOf(std::exchange(s_nextText, QString())));
    bool ok = false;
    const QString chosen = QInputDialog::getItem(parent, title, label, items, 0, false, &ok);
    return ok ? int(items.indexOf(chosen)) : -1;
}
