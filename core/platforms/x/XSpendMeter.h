// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "clock/Clock.h"
#include "platforms/x/XSpend.h"

#include <QObject>

#include <memory>
#include <utility>

namespace earshot {

class StoreWriter;

// Counts what one X account reads and writes into the workspace (through its writer) and knows
// whether the account's monthly spending cap is reached, so its connector holds back. Lives on
// the writer's thread of answers (the session's).
class XSpendMeter final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(XSpendMeter)

public:
    XSpendMeter(StoreWriter *writer, std::int64_t accountId, std::shared_ptr<Clock> clock,
                QObject *parent = nullptr);

    // `search`: a listening search read them (its daily budget).
    void recordReads(std::vector<QString> postIds, std::vector<QString> userIds,
                     bool search = false);
    void recordWrite(bool withLink);
    // When fetching must wait for the cap: the message and until when; an empty message when not.
    std::pair<QString, std::int64_t> holdBack(std::int64_t nowMs) const;
    // When listening searches must wait for the daily search budget (until the next UTC day);
    // an empty message when not. Mentions are not held back by it.
    std::pair<QString, std::int64_t> searchHoldBack(std::int64_t nowMs) const;
    // The spend as last read from the workspace.
    const XSpend &spend() const { return m_spend; }

Q_SIGNALS:
    void spendChanged();

private:
    void took(const XSpend &spend);

    StoreWriter *m_writer;
    std::int64_t m_accountId;
    std::shared_ptr<Clock> m_clock;
    XSpend m_spend;
};

// "X paused: the spending cap of $50.00 this month is reached".
QString describeCapReached(double capUsd);
// "X search paused until tomorrow: today's search budget of $1.00 is spent".
QString describeSearchBudgetReached(double budgetUsd);

} // namespace earshot
