// SPDX-License-Identifier: Apache-2.0
#include "views/CaseActionBar.h"

#include "PlainText.h"

#include "cases/CaseReading.h"
#include "cases/Queue.h"

#include <QAction>
#include <QComboBox>
#include <QCompleter>
#include <QDateTime>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSpinBox>
#include <QStringListModel>
#include <QToolButton>

namespace earshot {

using namespace Qt::StringLiterals;

namespace {

QToolButton *menuButton(QWidget *parent, const QString &text, const QString &objectName,
                        QMenu *menu)
{
    auto *button = new QToolButton(parent);
    button->setText(text);
    button->setObjectName(objectName);
    button->setMenu(menu);
    button->setPopupMode(QToolButton::InstantPopup);
    return button;
}

// Tomorrow (or the next working day) at nine in the morning, local time.
std::int64_t morningAfter(const QDateTime &now, int days)
{
    QDate day = now.date().addDays(days);
    return QDateTime(day, QTime(9, 0)).toMSecsSinceEpoch();
}

} // namespace

CaseActionBar::CaseActionBar(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_take(new QToolButton(this))
    , m_newTag(new QLineEdit(this))
    , m_knownTags(new QStringListModel(this))
    , m_sentiment(new QComboBox(this))
    , m_category(new QComboBox(this))
    , m_priority(new QSpinBox(this))
    , m_assignMenu(new QMenu(this))
    , m_statusMenu(new QMenu(this))
    , m_snoozeMenu(new QMenu(tr("Snooze"), this))
    , m_tagMenu(new QMenu(this))
    , m_riskMenu(new QMenu(this))
{
    setObjectName(u"caseActions"_s);
    m_summary->setObjectName(u"caseSummary"_s);
    m_summary->setTextFormat(Qt::PlainText);
    m_take->setObjectName(u"takeCaseButton"_s);
    m_take->setText(tr("Assign to me"));
    m_assign = menuButton(this, tr("Assign"), u"assignButton"_s, m_assignMenu);
    m_status = menuButton(this, tr("Status"), u"statusButton"_s, m_statusMenu);
    m_tags = menuButton(this, tr("Tags"), u"tagsButton"_s, m_tagMenu);
    // A risk raised by any message stays with the case until an agent clears it here.
    m_risks = menuButton(this, tr("Clear risk"), u"clearRiskButton"_s, m_riskMenu);
    m_newTag->setObjectName(u"newTagEdit"_s);
    m_newTag->setPlaceholderText(tr("Add a tag"));
    m_newTag->setAccessibleName(tr("Add a tag"));
    // The team's tags as they are spelt, so "refund" and "refunds" do not both grow.
    auto *completer = new QCompleter(m_knownTags, m_newTag);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_newTag->setCompleter(completer);
    m_sentiment->setObjectName(u"sentimentBox"_s);
    m_sentiment->setAccessibleName(tr("Sentiment"));
    m_sentiment->addItem(tr("Sentiment: not read"), QString());
    for (const KeyEntry<Sentiment> &entry : sentimentKeyTable)
        m_sentiment->addItem(sentimentTitle(entry.value), sentimentKey(entry.value));
    m_category->setObjectName(u"categoryBox"_s);
    m_category->setAccessibleName(tr("Category"));
    m_category->addItem(tr("Category: not read"), QString());
    for (const KeyEntry<Category> &entry : categoryKeyTable)
        m_category->addItem(categoryTitle(entry.value), categoryKey(entry.value));
    m_priority->setObjectName(u"priorityBox"_s);
    m_priority->setRange(0, 100);
    m_priority->setPrefix(tr("Priority "));
    m_priority->setAccessibleName(tr("Priority"));

    m_statusMenu->addAction(statusTitle(CaseStatus::Open), this,
                            [this] { requestStatus(CaseStatus::Open); });
    m_statusMenu->addAction(tr("Pending (waiting on the customer)"), this,
                            [this] { requestStatus(CaseStatus::Pending); });
    m_statusMenu->addMenu(m_snoozeMenu);
    m_statusMenu->addAction(tr("Resolve"), this, &CaseActionBar::resolve);
    m_statusMenu->addAction(statusTitle(CaseStatus::Closed), this,
                            [this] { requestStatus(CaseStatus::Closed); });
    m_snoozeMenu->addAction(tr("For an hour"), this, [this] {
        requestStatus(CaseStatus::Snoozed, QDateTime::currentMSecsSinceEpoch() + 3600 * 1000);
    });
    m_snoozeMenu->addAction(tr("Until tomorrow, 9:00"), this, [this] {
        requestStatus(CaseStatus::Snoozed, morningAfter(QDateTime::currentDateTime(), 1));
    });
    m_snoozeMenu->addAction(tr("For a week"), this, [this] {
        requestStatus(CaseStatus::Snoozed, morningAfter(QDateTime::currentDateTime(), 7));
    });
    m_snoozeMenu->addAction(tr("Until the customer writes"), this,
                            [this] { requestStatus(CaseStatus::Snoozed); });

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary, 0, 0, 1, 4);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_take);
    actions->addWidget(m_assign);
    actions->addWidget(m_status);
    actions->addWidget(m_tags);
    actions->addWidget(m_risks);
    actions->addWidget(m_newTag, 1);
    layout->addLayout(actions, 1, 0, 1, 4);
    layout->addWidget(m_sentiment, 2, 0);
    layout->addWidget(m_category, 2, 1);
    layout->addWidget(m_priority, 2, 2);

    connect(m_take, &QToolButton::clicked, this, &CaseActionBar::assignToMe);
    connect(m_newTag, &QLineEdit::returnPressed, this, [this] {
        CaseCommand command;
        command.kind = CaseCommand::Kind::AddTag;
        command.text = m_newTag->text();
        m_newTag->clear();
        Q_EMIT commandRequested(command);
    });
    connect(m_sentiment, &QComboBox::activated, this,
            [this] { requestCorrection(u"sentiment"_s, m_sentiment->currentData().toString()); });
    connect(m_category, &QComboBox::activated, this,
            [this] { requestCorrection(u"category"_s, m_category->currentData().toString()); });
    connect(m_priority, &QSpinBox::editingFinished, this, [this] {
        if (m_priority->value() != m_row.priority)
            requestCorrection(u"priority"_s, QString::number(m_priority->value()));
    });
    clearCase();
}

void CaseActionBar::setAgents(std::vector<AgentRow> agents, std::int64_t me)
{
    m_agents = std::move(agents);
    m_me = me;
    rebuildAssignMenu();
}

void CaseActionBar::rebuildAssignMenu()
{
    m_assignMenu->clear();
    for (const AgentRow &agent : m_agents) {
        QAction *action = m_assignMenu->addAction(literalActionText(outsidePiece(agent.name)), this,
                                                  [this, id = agent.id] {
                                                      CaseCommand command;
                                                      command.kind = CaseCommand::Kind::Assign;
                                                      command.assigneeId = id;
                                                      Q_EMIT commandRequested(command);
                                                  });
        action->setCheckable(true);
        action->setChecked(agent.id == m_row.assigneeId);
    }
    m_assignMenu->addSeparator();
    m_assignMenu->addAction(tr("Nobody"), this, [this] {
        CaseCommand command;
        command.kind = CaseCommand::Kind::Assign;
        command.assigneeId = 0;
        Q_EMIT commandRequested(command);
    });
}

void CaseActionBar::setKnownTags(const QStringList &tags)
{
    if (m_knownTags->stringList() != tags)
        m_knownTags->setStringList(tags);
}

void CaseActionBar::rebuildTagMenu(const QStringList &tags)
{
    m_tagMenu->clear();
    if (tags.isEmpty())
        m_tagMenu->addAction(tr("No tags yet"))->setEnabled(false);
    for (const QString &tag : tags) {
        m_tagMenu->addAction(tr("Remove \"%1\"").arg(literalActionText(outsidePiece(tag))), this,
                             [this, tag] {
                                 CaseCommand command;
                                 command.kind = CaseCommand::Kind::RemoveTag;
                                 command.text = tag;
                                 Q_EMIT commandRequested(command);
                             });
    }
}

void CaseActionBar::setCase(const CaseRow &row, const QStringList &tags)
{
    m_loading = true;
    m_row = row;
    setEnabled(true);
    QString summary = tr("Case #%1 - %2").arg(row.id).arg(statusTitle(row.status));
    if (row.status == CaseStatus::Snoozed && row.snoozedUntilMs)
        summary +=
            u" "_s
            + tr("until %1")
                  .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(*row.snoozedUntilMs),
                                          QLocale::ShortFormat));
    summary += u" - "_s
               + (row.assigned ? tr("assigned to %1").arg(outsidePiece(row.assigneeName))
                               : tr("unassigned"));
    if (!tags.isEmpty()) {
        QStringList shown;
        for (const QString &tag : tags)
            shown.append(outsidePiece(tag));
        summary += u" - "_s + tr("tags: %1").arg(shown.join(u", "_s));
    }
    m_summary->setText(summary);
    m_take->setEnabled(row.assigneeId != m_me);
    // The boxes hold keys: a correction is sent as the key chosen.
    m_sentiment->setCurrentIndex(std::max(0, m_sentiment->findData(storedKey(row.sentiment))));
    m_category->setCurrentIndex(std::max(0, m_category->findData(storedKey(row.category))));
    m_priority->setValue(row.priority);
    rebuildAssignMenu();
    rebuildTagMenu(tags);
    rebuildRiskMenu();
    m_loading = false;
}

void CaseActionBar::rebuildRiskMenu()
{
    m_riskMenu->clear();
    for (Risk risk : allRisks()) {
        if (!hasRisk(m_row.risks, risk))
            continue;
        const QString key = riskKey(risk);
        QAction *action = m_riskMenu->addAction(riskTitle(risk), this,
                                                [this, key] { requestCorrection(u"risk"_s, key); });
        action->setObjectName(u"clearRisk-"_s + key);
    }
    m_risks->setEnabled(m_row.risks != 0);
}

void CaseActionBar::clearCase()
{
    // No case, no reading: the last case's values would read as this (absent) case's.
    m_loading = true;
    m_row = {};
    m_summary->clear();
    m_sentiment->setCurrentIndex(-1);
    m_category->setCurrentIndex(-1);
    m_priority->clear();
    m_riskMenu->clear();
    setEnabled(false);
    m_loading = false;
}

void CaseActionBar::assignToMe()
{
    if (m_row.id == 0)
        return;
    if (m_row.assigneeId == m_me) {
        m_assign->showMenu();
        return;
    }
    CaseCommand command;
    command.kind = CaseCommand::Kind::Assign;
    command.assigneeId = m_me;
    Q_EMIT commandRequested(command);
}

void CaseActionBar::resolve()
{
    requestStatus(CaseStatus::Resolved);
}

void CaseActionBar::showSnoozeMenu()
{
    if (m_row.id != 0)
        m_snoozeMenu->popup(m_status->mapToGlobal(QPoint(0, m_status->height())));
}

void CaseActionBar::requestStatus(CaseStatus status, std::optional<std::int64_t> untilMs)
{
    if (m_row.id == 0)
        return;
    CaseCommand command;
    command.kind = CaseCommand::Kind::SetStatus;
    command.status = status;
    command.snoozeUntilMs = untilMs;
    Q_EMIT commandRequested(command);
}

void CaseActionBar::requestCorrection(const QString &field, const QString &value)
{
    if (m_loading || m_row.id == 0 || value.isEmpty())
        return;
    CaseCommand command;
    command.kind = CaseCommand::Kind::Correct;
    command.field = field;
    command.value = value;
    Q_EMIT commandRequested(command);
}

} // namespace earshot
