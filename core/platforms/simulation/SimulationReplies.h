// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "clock/Clock.h"
#include "clock/RandomSource.h"
#include "workspace/WriterConnection.h"

#include <QObject>
#include <QString>

#include <chrono>
#include <memory>
#include <vector>

namespace earshot {

class StoreWriter;

// The Simulation platform's answering side: it "posts" every reply an agent queued (marks it
// sent with an id of its own; no network is ever touched), and now and then the customer
// writes back, which reaches the workspace like any other mention. Replies still queued from
// an earlier session are sent when it starts. Its delays run on `clock`; who answers and with
// what is rolled from `random`.
class SimulationReplies final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SimulationReplies)

public:
    SimulationReplies(std::vector<QString> answers, StoreWriter *writer,
                      std::shared_ptr<Clock> clock = systemClock(),
                      RandomSource random = RandomSource(RandomSource::systemSeed()),
                      QObject *parent = nullptr);

    void start();
    // An agent queued a reply: it is "posted" after the send delay.
    void sendSoon();
    // For a presenter or a test: how long sending and answering take, and how often people
    // answer (0 never, 1 always).
    void setPace(std::chrono::milliseconds sendDelay, std::chrono::milliseconds answerDelay);
    void setAnswerChance(double chance);

Q_SIGNALS:
    // Replies were marked sent, or a customer answered: these cases changed.
    void casesChanged(const QList<qint64> &caseIds);
    void writeFailed(const QString &message);

private:
    struct Sent {
        QList<qint64> outboxIds;
        QList<qint64> caseIds;
    };
    void sendWaiting();
    void onSent(const earshot::WriterAnswer<Sent> &sent);
    void answer(std::int64_t outboxId);

    std::vector<QString> m_answers;
    StoreWriter *m_writer;
    std::shared_ptr<Clock> m_clock;
    RandomSource m_random;
    std::chrono::milliseconds m_sendDelay{1500};
    std::chrono::milliseconds m_answerDelay{12000};
    double m_answerChance = 0.6;
};

} // namespace earshot
