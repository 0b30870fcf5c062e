// SPDX-License-Identifier: Apache-2.0
#include "platforms/simulation/SimulationReplies.h"

#include "ingest/Ingestor.h"
#include "replies/Outbox.h"
#include "workspace/StoreWriter.h"

#include <QDateTime>
#include <QRandomGenerator>

namespace earshot {

using namespace Qt::StringLiterals;

namespace {

QString sentPostId(std::int64_t outboxId)
{
    return u"sim-reply-"_s + QString::number(outboxId);
}

// The person of the case, as they would write back on the case's network.
std::optional<Mention> answerTo(Database &db, std::int64_t outboxId, const QString &text)
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
    m.createdAtMs = QDateTime::currentMSecsSinceEpoch();
    m.text = text;
    return m;
}

} // namespace

SimulationReplies::SimulationReplies(std::vector<QString> answers, StoreWriter *writer,
                                     QObject *parent)
    : QObject(parent)
    , m_answers(std::move(answers))
    , m_writer(writer)
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
    QTimer::singleShot(m_sendDelay, this, &SimulationReplies::sendWaiting);
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
        if (QRandomGenerator::global()->generateDouble() >= m_answerChance)
            continue;
        QTimer::singleShot(m_answerDelay, this, [this, outboxId] { answer(outboxId); });
    }
}

void SimulationReplies::answer(std::int64_t outboxId)
{
    const QString text = m_answers[QRandomGenerator::global()->bounded(int(m_answers.size()))];
    // Who answers, and where, is read off the writer; the answer then arrives like any mention.
    m_writer->read<std::optional<Mention>>(
        "simulation: answer",
        [outboxId, text](Database &db) { return answerTo(db, outboxId, text); }, this,
        [this](const WriterAnswer<std::optional<Mention>> &mention) {
            if (!mention.ok()) {
                Q_EMIT writeFailed(mention.error);
                return;
            }
            if (!mention.value)
                return; // the reply is gone (the workspace was reset)
            IngestBatch batch;
            batch.mentions.push_back(*mention.value);
            m_writer->submit(std::move(batch), this,
                             [this](const WriterAnswer<IngestResult> &written) {
                                 if (!written.ok()) {
                                     Q_EMIT writeFailed(written.error);
                                     return;
                                 }
                                 QList<qint64> cases;
                                 for (const std::int64_t id : written.value.caseIds)
                                     cases.append(id);
                                 Q_EMIT casesChanged(cases);
                             });
        });
}

} // namespace earshot
