// SPDX-License-Identifier: Apache-2.0
#include "views/TriagePanel.h"

#include "PlainText.h"
#include "cases/CaseReading.h"
#include "cases/CaseVocabulary.h"
#include "cases/Queue.h"

#include <QDateTime>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace earshot {

using namespace Qt::StringLiterals;

namespace {

QString quoted(const QStringList &cues)
{
    QStringList parts;
    for (const QString &cue : cues) {
        // The post's own words: isolated, and short, whatever the post is like.
        const QString part = TriagePanel::tr("“%1”").arg(outsidePiece(cue.simplified(), 60));
        if (!parts.contains(part))
            parts.append(part);
    }
    return parts.join(u", "_s);
}

} // namespace

TriagePanel::TriagePanel(QWidget *parent)
    : QWidget(parent)
    , m_reading(newPlainLabel(this))
    , m_priority(newPlainLabel(this))
    , m_cues(newPlainLabel(this))
    , m_lead(newPlainLabel(this))
    , m_sources(newPlainLabel(this))
{
    setObjectName(u"triagePanel"_s);
    m_reading->setObjectName(u"caseReading"_s);
    m_priority->setObjectName(u"casePriority"_s);
    m_cues->setObjectName(u"caseCues"_s);
    m_lead->setObjectName(u"caseForLead"_s);
    m_sources->setObjectName(u"caseSources"_s);
    for (QLabel *label : {m_reading, m_lead, m_priority, m_cues, m_sources}) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_reading);
    layout->addWidget(m_lead);
    layout->addWidget(m_priority);
    layout->addWidget(m_cues);
    layout->addWidget(m_sources);
}

QString TriagePanel::readingText(const CaseRow &row)
{
    QStringList parts;
    if (row.sentiment) {
        parts.append(row.corrected & CorrectedSentiment
                         ? tr("%1 (corrected)").arg(sentimentTitle(*row.sentiment))
                         : sentimentTitle(*row.sentiment));
    }
    if (row.category) {
        parts.append(row.corrected & CorrectedCategory
                         ? tr("%1 (corrected)").arg(categoryTitle(*row.category))
                         : categoryTitle(*row.category));
    }
    if (row.emotion != Emotion::None)
        parts.append(emotionTitle(row.emotion));
    parts.append(row.needsReply ? tr("Needs a reply") : tr("No reply needed"));
    if (row.risks != 0)
        parts.append(tr("Risks: %1").arg(riskTitles(row.risks)));
    return tr("Read as: %1").arg(parts.join(u" · "_s));
}

QString TriagePanel::leadText(RiskFlags leftToLead)
{
    if (leftToLead == 0)
        return {};
    return tr("For a lead (%1): \"Take the next case\" hands it to leads and admins only.")
        .arg(riskTitles(leftToLead));
}

QString TriagePanel::priorityText(const CaseRow &row, const PriorityBreakdown &now)
{
    if (row.corrected & CorrectedPriority)
        return tr("Priority %1, set by an agent").arg(row.priority);
    const QString reasons = priorityReasonsText(now);
    if (row.priorityAtArrival && *row.priorityAtArrival != now.total) {
        return tr("Why priority %1 now (%2 when it came in): %3")
            .arg(now.total)
            .arg(*row.priorityAtArrival)
            .arg(reasons);
    }
    return tr("Why priority %1: %2").arg(now.total).arg(reasons);
}

QString TriagePanel::cuesText(const MentionReading &reading)
{
    QStringList parts;
    if (!reading.sentiment.cues.isEmpty())
        parts.append(tr("sentiment %1").arg(quoted(reading.sentiment.cues)));
    // A complaint or praise also leans on the sentiment's words: those are quoted once.
    QStringList categoryOwn;
    for (const QString &cue : reading.category.cues) {
        if (!reading.sentiment.cues.contains(cue))
            categoryOwn.append(cue);
    }
    if (!categoryOwn.isEmpty())
        parts.append(tr("category %1").arg(quoted(categoryOwn)));
    if (!reading.risks.cues.isEmpty())
        parts.append(tr("risks %1").arg(quoted(reading.risks.cues)));
    if (parts.isEmpty())
        return {};
    if (reading.language.code.isEmpty())
        return tr("From the latest message: %1").arg(parts.join(u"; "_s));
    return tr("From the latest message (language %1, %2 % sure): %3")
        .arg(reading.language.code)
        .arg(qRound(reading.language.confidence * 100))
        .arg(parts.join(u"; "_s));
}

QString TriagePanel::sourcesText(const CaseRow &row, const std::vector<ReadingSource> &sources)
{
    if (sources.empty())
        return {};
    const QLocale locale;
    QStringList parts;
    for (const ReadingSource &source : sources) {
        QString what;
        if (source.field == u"sentiment" && row.sentiment)
            what = tr("%1 (how they feel now)").arg(sentimentTitle(*row.sentiment));
        else if (source.field == u"category" && row.category)
            what = categoryTitle(*row.category);
        else if (const std::optional<Risk> risk = riskFromKey(source.field))
            what = riskTitle(*risk);
        if (what.isEmpty())
            continue;
        const QString when = locale.toString(
            QDateTime::fromMSecsSinceEpoch(source.createdAtMs).toLocalTime(), QLocale::ShortFormat);
        parts.append(
            tr("%1: the message of %2 “%3”").arg(what, when, outsidePiece(source.excerpt, 60)));
    }
    if (parts.isEmpty())
        return {};
    return tr("Decided by: %1").arg(parts.join(u"; "_s));
}

void TriagePanel::showCase(const CaseDetails &details)
{
    // A language Earshot cannot read: its neutral observation is no reading, and says so.
    if (details.latestReading && !details.latestReading->read) {
        const QString code = details.latestReading->language.code;
        m_reading->setText(
            tr("Not read: the latest message is in %1 (%2), a language Earshot "
               "does not read yet. %3")
                .arg(QLocale(code).nativeLanguageName(), code, readingText(details.row)));
    } else {
        m_reading->setText(readingText(details.row));
    }
    // Who may take it matters while it waits; not once it is done.
    const QString lead =
        isOpenStatus(details.row.status) ? leadText(details.leftToLead) : QString();
    m_lead->setText(lead);
    m_lead->setVisible(!lead.isEmpty());
    m_priority->setText(priorityText(details.row, details.priorityNow));
    const QString cues = details.latestReading ? cuesText(*details.latestReading) : QString();
    m_cues->setText(cues);
    m_cues->setVisible(!cues.isEmpty());
    const QString sources = sourcesText(details.row, details.sources);
    m_sources->setText(sources);
    m_sources->setVisible(!sources.isEmpty());
}

} // namespace earshot
