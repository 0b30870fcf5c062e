// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "clock/Clock.h"
#include "clock/RandomSource.h"
#include "connectors/ReplySender.h"
#include "ingest/Mention.h"

#include <QString>

#include <chrono>
#include <memory>
#include <vector>

namespace earshot {

// The Simulation platform's answering side, a reply sender like any network's: it "posts" every
// reply it is handed (Sent, with an id of its own; no network is ever touched), and now and then
// the customer writes back (customerAnswered), which the Simulation feed hears like any other
// mention. In a demo it stands in for every network. Its delays run on `clock`; who answers and
// with what is rolled from `random`.
class SimulationReplies final : public ReplySender {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SimulationReplies)

public:
    SimulationReplies(std::vector<QString> answers, std::shared_ptr<Clock> clock = systemClock(),
                      RandomSource random = RandomSource(RandomSource::systemSeed()),
                      QObject *parent = nullptr);

    void send(const OutgoingReply &reply, Done done) override;
    // How long after an agent queued a reply it is "posted".
    std::chrono::milliseconds sendDelay() const override { return m_sendDelay; }
    // Its "post" is an id it makes: nothing to wait for, nothing that can half-happen.
    bool postsInOneStep() const override { return true; }
    // For a presenter or a test: how long sending and answering take, and how often people
    // answer (0 never, 1 always).
    void setPace(std::chrono::milliseconds sendDelay, std::chrono::milliseconds answerDelay);
    void setAnswerChance(double chance);

    static QString postIdOf(std::int64_t outboxId);

Q_SIGNALS:
    // The person a reply went to wrote back.
    void customerAnswered(const earshot::Mention &answer);

private:
    void answer(const OutgoingReply &reply);

    std::vector<QString> m_answers;
    std::shared_ptr<Clock> m_clock;
    RandomSource m_random;
    std::chrono::milliseconds m_sendDelay{1500};
    std::chrono::milliseconds m_answerDelay{12000};
    double m_answerChance = 0.6;
};

} // namespace earshot
