// SPDX-License-Identifier: Apache-2.0
#include "views/FilterBar.h"

#include "cases/CaseVocabulary.h"
#include "listening/Reading.h"
#include "platforms/PlatformTraits.h"

#include <QComboBox>
#include <QGridLayout>
#include <QLineEdit>
#include <QLocale>
#include <QSignalBlocker>
#include <QToolButton>

#include <algorithm>

namespace earshot {

using namespace Qt::StringLiterals;

namespace {

QComboBox *filterBox(QWidget *parent, const QString &objectName, const QString &accessibleName,
                     const QString &anyText)
{
    auto *box = new QComboBox(parent);
    box->setObjectName(objectName);
    box->setAccessibleName(accessibleName);
    box->addItem(anyText, QString());
    // Narrow when closed (the list opens wide enough), so the window still fits small screens.
    box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    box->setMinimumContentsLength(9);
    return box;
}

} // namespace

FilterBar::FilterBar(QWidget *parent)
    : QWidget(parent)
    , m_network(filterBox(this, u"networkFilter"_s, tr("Network"), tr("Any network")))
    , m_sentiment(filterBox(this, u"sentimentFilter"_s, tr("Sentiment"), tr("Any sentiment")))
    , m_category(filterBox(this, u"categoryFilter"_s, tr("Category"), tr("Any category")))
    , m_priority(filterBox(this, u"priorityFilter"_s, tr("Priority"), tr("Any priority")))
    , m_language(filterBox(this, u"languageFilter"_s, tr("Language"), tr("Any language")))
    , m_risk(filterBox(this, u"riskFilter"_s, tr("Risk"), tr("Any risk")))
    , m_tag(new QLineEdit(this))
    , m_assignee(filterBox(this, u"assigneeFilter"_s, tr("Assignee"), tr("Anyone")))
    , m_clear(new QToolButton(this))
{
    setObjectName(u"filterBar"_s);
    offerNetworks(replyPlatformKeys());
    for (const KeyEntry<Sentiment> &entry : sentimentKeyTable)
        m_sentiment->addItem(sentimentTitle(entry.value), sentimentKey(entry.value));
    for (const KeyEntry<Category> &entry : categoryKeyTable)
        m_category->addItem(categoryTitle(entry.value), categoryKey(entry.value));
    for (const Risk risk : allRisks())
        m_risk->addItem(riskTitle(risk), QString::number(riskFlag(risk)));
    for (const int at : {25, 50, 75})
        m_priority->addItem(tr("Priority %1 or more").arg(at), QString::number(at));
    // The languages care teams meet most; the code is what the mention carried.
    for (const QLocale::Language language :
         {QLocale::English, QLocale::German, QLocale::French, QLocale::Spanish, QLocale::Italian,
          QLocale::Dutch, QLocale::Polish, QLocale::Portuguese, QLocale::Turkish,
          QLocale::Arabic}) {
        const QString code = QLocale(language).name().section(u'_', 0, 0);
        m_language->addItem(QLocale(language).nativeLanguageName() + u" ("_s + code + u')', code);
    }
    m_tag->setObjectName(u"tagFilter"_s);
    m_tag->setPlaceholderText(tr("Tag"));
    m_tag->setAccessibleName(tr("Tag"));
    m_tag->setClearButtonEnabled(true);
    m_clear->setObjectName(u"clearFilters"_s);
    m_clear->setText(tr("Clear"));
    m_clear->setToolTip(tr("Show every case of the queue again"));

    // Two rows, so the case list can stay narrow on a small screen.
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_network, 0, 0);
    layout->addWidget(m_sentiment, 0, 1);
    layout->addWidget(m_category, 0, 2);
    layout->addWidget(m_priority, 0, 3);
    layout->addWidget(m_language, 1, 0);
    layout->addWidget(m_assignee, 1, 1);
    layout->addWidget(m_risk, 1, 2);
    layout->addWidget(m_tag, 1, 3);
    layout->addWidget(m_clear, 1, 4, Qt::AlignLeft);
    layout->setColumnStretch(5, 1);

    for (QComboBox *box :
         {m_network, m_sentiment, m_category, m_priority, m_language, m_risk, m_assignee})
        connect(box, &QComboBox::currentIndexChanged, this, &FilterBar::emitChange);
    connect(m_tag, &QLineEdit::editingFinished, this, &FilterBar::emitChange);
    connect(m_clear, &QToolButton::clicked, this, [this] {
        clear();
        Q_EMIT clearRequested();
    });
}

void FilterBar::setAgents(const std::vector<AgentRow> &agents)
{
    while (m_assignee->count() > 1)
        m_assignee->removeItem(1);
    for (const AgentRow &agent : agents)
        m_assignee->addItem(agent.name, QString::number(agent.id));
}

CaseFilter FilterBar::filter() const
{
    CaseFilter f;
    f.platform = m_network->currentData().toString();
    f.sentiment = m_sentiment->currentData().toString();
    f.category = m_category->currentData().toString();
    if (const QString at = m_priority->currentData().toString(); !at.isEmpty())
        f.minPriority = at.toInt();
    f.lang = m_language->currentData().toString();
    f.risks = m_risk->currentData().toString().toUInt();
    f.tag = normalizedTag(m_tag->text());
    f.assigneeId = m_assignee->currentData().toString().toLongLong();
    return f;
}

void FilterBar::offerNetworks(const QStringList &keys)
{
    const QString chosen = m_network->currentData().toString();
    const QSignalBlocker quiet(m_network);
    while (m_network->count() > 1)
        m_network->removeItem(1);
    for (const QString &platform : keys)
        m_network->addItem(platformTitle(platform), platform);
    m_network->setCurrentIndex(std::max(0, m_network->findData(chosen)));
}

void FilterBar::clear()
{
    m_clearing = true;
    for (QComboBox *box :
         {m_network, m_sentiment, m_category, m_priority, m_language, m_risk, m_assignee})
        box->setCurrentIndex(0);
    m_tag->clear();
    m_clearing = false;
    emitChange();
}

void FilterBar::setFilter(const CaseFilter &f)
{
    m_clearing = true;
    const auto choose = [](QComboBox *box, const QString &data) {
        box->setCurrentIndex(data.isEmpty() ? 0 : std::max(0, box->findData(data)));
    };
    choose(m_network, f.platform);
    choose(m_sentiment, f.sentiment);
    choose(m_category, f.category);
    choose(m_priority, f.minPriority ? QString::number(*f.minPriority) : QString());
    choose(m_language, f.lang);
    choose(m_risk, f.risks ? QString::number(f.risks) : QString());
    choose(m_assignee, f.assigneeId ? QString::number(f.assigneeId) : QString());
    m_tag->setText(f.tag);
    m_clearing = false;
    emitChange();
}

void FilterBar::emitChange()
{
    if (m_clearing)
        return;
    const CaseFilter f = filter();
    m_clear->setEnabled(!f.isEmpty() || m_searchActive);
    Q_EMIT filterChanged(f);
}

void FilterBar::setSearchActive(bool active)
{
    m_searchActive = active;
    m_clear->setEnabled(!filter().isEmpty() || m_searchActive);
}

} // namespace earshot
