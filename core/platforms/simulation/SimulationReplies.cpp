// SPDX-License-Identifier: Apache-2.0
#include "platforms/simulation/SimulationReplies.h"

#include "clock/ClockTimer.h"
#include "ingest/Ingestor.h"
#include "replies/Outbox.h"
#include "workspace/StoreWriter.h"

namespace earshot {

using namespace Qt::StringLiterals;

namespace {

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
{}

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

void SimulationReplies::sendSoon()
{
    ClockTimer::singleShot(m_clock, m_sendDelay, this, [this] { sendWaiting(); });
}

void SimulationReplies::sendWaiting()
{
    WriterTask<Sent> task;
    task.name = "simulation: send replies";
    task.work = [](WriterContext &c) {
        Sent sent;
        Outbox outbox(c.db);
        // Every network's replies: in a demo the Simulation platform stands in for all of them.
        for (const OutboxItem &item : outbox.waiting({}, 1000)) {
            outbox.markSending(item.id);
            outbox.markSent(item.id, sentPostId(item.id));
            sent.outboxIds.append(item.id);
            if (!sent.caseIds.contains(item.caseId))
                sent.caseIds.append(item.caseId);
        }
        return sent;
    };
    m_writer->run<Sent>(std::move(task), this,
                        [this](const WriterAnswer<Sent> &sent) { onSent(sent); });
}

void SimulationReplies::onSent(const WriterAnswer<Sent> &sent)
{
    if (!sent.ok()) {
        Q_EMIT writeFailed(sent.error);
        return;
    }
    if (!sent.value.caseIds.isEmpty())
        Q_EMIT casesChanged(sent.value.caseIds);
    if (m_answers.empty())
        return;
    for (const qint64 outboxId : sent.value.outboxIds) {
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
    // Who answers, and where, is read on the writer's reading thread, right before it goes on
    // to be written like any mention.
    m_writer->submitMadeFrom(
        "simulation: answer",
        [outboxId, text, at = m_clock->nowMs()](Database &db) {
            IngestBatch batch;
            if (std::optional<Mention> mention = answerTo(db, outboxId, text, at))
                batch.mentions.push_back(std::move(*mention));
            return batch; // empty: the reply is gone (the workspace was reset)
        },
        this,
        [this](const WriterAnswer<IngestResult> &written) {
            if (!written.ok()) {
                Q_EMIT writeFailed(written.error);
                return;
            }
            QList<qint64> cases;
            for (const std::int64_t id : written.value.caseIds)
                cases.append(id);
            if (!cases.isEmpty())
                Q_EMIT casesChanged(cases);
        });
}

} // namespace earshot
