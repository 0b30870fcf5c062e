// SPDX-License-Identifier: Apache-2.0
#include "platforms/simulation/SimulationReplies.h"

#include "clock/ClockTimer.h"
#include "ingest/Ingestor.h"
#include "replies/Outbox.h"
#include "workspace/StoreWriter.h"

namespace earshot {

using namespace Qt::StringLiterals;

namespace {

const QString sendJob = u"simulation:send"_s;
const QString answerJob = u"simulation:answer"_s;

QString sentPostId(std::int64_t outboxId)
{
    return u"sim-reply-"_s + QString::number(outboxId);
}

// The person of the case, as they would write back on the case's network.
std::optional<Mention> answerTo(Database &db, std::int64_t outboxId, const QString &text,
                                std::int64_t atMs)
{
    Statement s(db, "SELECT c.platform, c.conversation, o.visibility = 'private', "
                    "h.platform_user_id, h.handle, p.display_name, a.handle "
                    "FROM outbox o JOIN cases c ON c.id = o.case_id "
                    "JOIN people p ON p.id = c.person_id "
                    "JOIN handles h ON h.person_id = c.person_id AND h.platform = c.platform "
                    "LEFT JOIN accounts a ON a.id = c.account_id "
                    "WHERE o.id = ? AND o.state = 'sent' ORDER BY h.id LIMIT 1");
    s.bind(1, outboxId);
    if (!s.step())
        return std::nullopt;
    Mention m;
    m.platform = s.toString(0);
    m.id = u"sim-answer-"_s + QString::number(outboxId);
    m.conversationId = s.toString(1);
    m.isPrivate = s.toInt(2) != 0;
    m.author.id = s.toString(3);
    m.author.handle = s.toString(4);
    m.author.name = s.toString(5);
    m.account = s.toString(6);
    m.inReplyTo = sentPostId(outboxId);
    m.createdAtMs = atMs;
    m.text = text;
    return m;
}

} // namespace

SimulationReplies::SimulationReplies(std::vector<QString> answers, StoreWriter *writer,
                                     std::shared_ptr<Clock> clock, RandomSource random,
                                     QObject *parent)
    : QObject(parent)
    , m_answers(std::move(answers))
    , m_writer(writer)
    , m_clock(clock ? std::move(clock) : systemClock())
    , m_random(std::move(random))
{
    connect(m_writer, &StoreWriter::commandDone, this, &SimulationReplies::onCommandDone);
    connect(m_writer, &StoreWriter::jobDone, this, &SimulationReplies::onJobDone);
}

void SimulationReplies::start()
{
    sendWaiting();
}

void SimulationReplies::setPace(std::chrono::milliseconds sendDelay,
                                std::chrono::milliseconds answerDelay)
{
    m_sendDelay = sendDelay;
    m_answerDelay = answerDelay;
}

void SimulationReplies::setAnswerChance(double chance)
{
    m_answerChance = std::clamp(chance, 0.0, 1.0);
}

void SimulationReplies::onCommandDone(const CommandOutcome &outcome)
{
    if (outcome.ok && outcome.outboxId != 0)
        ClockTimer::singleShot(m_clock, m_sendDelay, this, [this] { sendWaiting(); });
}

void SimulationReplies::sendWaiting()
{
    WriterJob job;
    job.name = sendJob;
    job.work = [](Database &db, Ingestor &) {
        WriterJobResult result;
        Outbox outbox(db);
        // Every network's replies: in a demo the Simulation platform stands in for all of them.
        for (const OutboxItem &item : outbox.waiting({}, 1000)) {
            outbox.markSending(item.id);
            outbox.markSent(item.id, sentPostId(item.id));
            result.outboxIds.append(item.id);
            if (!result.changedCases.contains(item.caseId))
                result.changedCases.append(item.caseId);
        }
        return result;
    };
    m_writer->run(std::move(job));
}

void SimulationReplies::onJobDone(const WriterJobResult &result)
{
    if (result.name != sendJob && result.name != answerJob)
        return;
    if (!result.changedCases.isEmpty())
        Q_EMIT repliesChanged(result.changedCases);
    if (result.name != sendJob || m_answers.empty())
        return;
    for (const qint64 outboxId : result.outboxIds) {
        if (!m_random.chance(m_answerChance))
            continue;
        ClockTimer::singleShot(m_clock, m_answerDelay, this,
                               [this, outboxId] { answer(outboxId); });
    }
}

void SimulationReplies::answer(std::int64_t outboxId)
{
    const QString text =
        m_answers[std::size_t(m_random.uniform(0, std::int64_t(m_answers.size()) - 1))];
    WriterJob job;
    job.name = answerJob;
    job.durability = Transaction::Durability::Cache;
    job.work = [outboxId, text, at = m_clock->nowMs()](Database &db, Ingestor &ingestor) {
        WriterJobResult result;
        const std::optional<Mention> mention = answerTo(db, outboxId, text, at);
        if (!mention)
            return result;
        IngestBatch batch;
        batch.mentions.push_back(*mention);
        const IngestResult ingested = ingestor.ingestInTransaction(batch);
        result.inserted = ingested.inserted;
        for (const auto *list : {&ingested.caseIds, &ingested.rescoredCaseIds}) {
            for (const std::int64_t id : *list)
                result.changedCases.append(id);
        }
        return result;
    };
    m_writer->run(std::move(job));
}

} // namespace earshot
