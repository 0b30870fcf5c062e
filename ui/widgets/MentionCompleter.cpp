// SPDX-License-Identifier: Apache-2.0
#include "widgets/MentionCompleter.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QKeyEvent>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QScrollBar>
#include <QStandardItemModel>
#include <QTextBlock>

namespace earshot {

using namespace Qt::StringLiterals;

namespace {

constexpr int insertRole = Qt::UserRole + 1;

} // namespace

MentionCompleter::MentionCompleter(QPlainTextEdit *edit)
    : QObject(edit)
    , m_edit(edit)
    , m_colleagues(new QStandardItemModel(this))
    , m_completer(new QCompleter(m_colleagues, this))
{
    setObjectName(u"mentionCompleter"_s);
    m_completer->setWidget(edit);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setCompletionRole(insertRole);
    m_completer->popup()->setObjectName(u"mentionPopup"_s);
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this,
            &MentionCompleter::insert);
    connect(edit, &QPlainTextEdit::textChanged, this, &MentionCompleter::onTextChanged);
    edit->installEventFilter(this);
}

void MentionCompleter::setColleagues(const std::vector<AgentRow> &agents)
{
    m_colleagues->clear();
    QHash<QString, int> firstNames;
    for (const AgentRow &agent : agents)
        ++firstNames[agent.name.section(u' ', 0, 0).toLower()];
    for (const AgentRow &agent : agents) {
        const QString firstName = agent.name.section(u' ', 0, 0);
        // Words CaseCommands reads as a mention: letters, digits, ".", "_" and "-".
        static const QRegularExpression mentionable(u"^[\\p{L}\\p{N}._-]+$"_s);
        const bool byFirstName =
            firstNames.value(firstName.toLower()) == 1 && mentionable.match(firstName).hasMatch();
        // The list shows the whole name; matching goes by what is inserted.
        auto *byName = new QStandardItem(agent.name);
        byName->setData(byFirstName ? firstName : agent.key, insertRole);
        byName->setEditable(false);
        m_colleagues->appendRow(byName);
        if (byFirstName) { // the key finds them too ("@a-mira")
            auto *byKey = new QStandardItem(agent.name + u" (@"_s + agent.key + u')');
            byKey->setData(agent.key, insertRole);
            byKey->setEditable(false);
            m_colleagues->appendRow(byKey);
        }
    }
}

void MentionCompleter::setActive(bool active)
{
    m_active = active;
    if (!active)
        m_completer->popup()->hide();
}

QString MentionCompleter::wordBeingTyped() const
{
    const QTextCursor cursor = m_edit->textCursor();
    const QString before = cursor.block().text().left(cursor.positionInBlock());
    static const QRegularExpression atWord(u"(?:^|\\s)@([\\p{L}\\p{N}._-]*)$"_s);
    const QRegularExpressionMatch match = atWord.match(before);
    return match.hasMatch() ? match.captured(1) : QString();
}

void MentionCompleter::onTextChanged()
{
    if (!m_active || m_colleagues->rowCount() == 0)
        return;
    const QString word = wordBeingTyped();
    if (word.isNull()) {
        m_completer->popup()->hide();
        return;
    }
    m_completer->setCompletionPrefix(word);
    if (m_completer->completionCount() == 0) {
        m_completer->popup()->hide();
        return;
    }
    QRect where = m_edit->cursorRect();
    where.setWidth(m_completer->popup()->sizeHintForColumn(0)
                   + m_completer->popup()->verticalScrollBar()->sizeHint().width());
    m_completer->complete(where);
    m_completer->popup()->setCurrentIndex(m_completer->completionModel()->index(0, 0));
}

void MentionCompleter::insert(const QString &word)
{
    const QString typed = wordBeingTyped();
    if (typed.isNull())
        return;
    QTextCursor cursor = m_edit->textCursor();
    cursor.beginEditBlock();
    cursor.movePosition(QTextCursor::Left, QTextCursor::KeepAnchor, int(typed.size()));
    cursor.insertText(word + u' ');
    cursor.endEditBlock();
    m_edit->setTextCursor(cursor);
    m_completer->popup()->hide();
}

bool MentionCompleter::eventFilter(QObject *watched, QEvent *event)
{
    // While the list is open, the keys that choose from it are the list's, not the editor's
    // (the popup handles them first; the editor must not also send or move on).
    if (watched == m_edit && event->type() == QEvent::KeyPress
        && m_completer->popup()->isVisible()) {
        switch (static_cast<QKeyEvent *>(event)->key()) {
        case Qt::Key_Enter:
        case Qt::Key_Return:
        case Qt::Key_Escape:
        case Qt::Key_Tab:
        case Qt::Key_Backtab:
            return true;
        default:
            break;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace earshot
