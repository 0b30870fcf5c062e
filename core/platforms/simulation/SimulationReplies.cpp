// SPDX-License-Identifier: Apache-2.0
#include "platforms/simulation/SimulationReplies.h"

#include "clock/ClockTimer.h"

namespace earshot {

using namespace Qt::StringLiterals;

SimulationReplies::SimulationReplies(std::vector<QString> answers, std::shared_ptr<Clock> clock,
                                     RandomSource random, QObject *parent)
    : ReplySender(parent)
    , m_answers(std::move(answers))
    , m_clock(clock ? std::move(clock) : systemClock())
    , m_random(random)
{}

QString SimulationReplies::postIdOf(std::int64_t outboxId)
{
    return u"sim-reply-"_s + QString::number(outboxId);
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

void SimulationReplies::send(const OutgoingReply &reply, Done done)
{
    done(send_outcome::Sent{postIdOf(reply.outboxId)});
    if (m_answers.empty() || !m_random.chance(m_answerChance))
        return;
    ClockTimer::singleShot(m_clock, m_answerDelay, this, [this, reply] { answer(reply); });
}

// The person of the case writes back on the case's network.
void SimulationReplies::answer(const OutgoingReply &reply)
{
    if (reply.recipientId.isEmpty())
        return; // the case has no handle on its network (the workspace was changed meanwhile)
    Mention m;
    m.platform = reply.platform;
    m.id = u"sim-answer-"_s + QString::number(reply.outboxId);
    m.conversationId = reply.conversationId;
    m.isPrivate = reply.isPrivate;
    m.author.id = reply.recipientId;
    m.author.handle = reply.recipientHandle;
    m.author.name = reply.recipientName;
    m.account = reply.account;
    m.inReplyTo = postIdOf(reply.outboxId);
    m.createdAtMs = m_clock->nowMs();
    m.text = m_answers[std::size_t(m_random.uniform(0, std::int64_t(m_answers.size()) - 1))];
    Q_EMIT customerAnswered(m);
}

} // namespace earshot
