// SPDX-License-Identifier: Apache-2.0
#include "platforms/x/XSpendMeter.h"

#include "Tr.h"
#include "logging/LogCategories.h"
#include "workspace/StoreWriter.h"

#include <QDateTime>
#include <QTimeZone>

namespace earshot {

using namespace Qt::StringLiterals;

QString describeCapReached(double capUsd)
{
    return Tr::tr("X paused: the spending cap of %1 this month is reached").arg(formatUsd(capUsd));
}

XSpendMeter::XSpendMeter(StoreWriter *writer, std::int64_t accountId, std::shared_ptr<Clock> clock,
                         QObject *parent)
    : QObject(parent)
    , m_writer(writer)
    , m_accountId(accountId)
    , m_clock(std::move(clock))
{
    const std::int64_t account = m_accountId;
    const std::int64_t now = m_clock->nowMs();
    m_writer->read<XSpend>(
        "x spend", [account, now](Database &db) { return spendOf(db, account, now); }, this,
        [this](const WriterAnswer<XSpend> &answer) {
            if (answer.ok())
                took(answer.value);
        });
}

void XSpendMeter::took(const XSpend &spend)
{
    m_spend = spend;
    Q_EMIT spendChanged();
}

void XSpendMeter::recordReads(std::vector<QString> postIds, std::vector<QString> userIds,
                              bool search)
{
    const std::int64_t account = m_accountId;
    const std::int64_t now = m_clock->nowMs();
    WriterTask<XSpend> task;
    task.name = "x reads";
    task.lane = WriterLane::Bulk;
    task.durability = Transaction::Durability::Cache;
    task.work = [account, now, search, postIds = std::move(postIds),
                 userIds = std::move(userIds)](WriterContext &c) {
        recordXReads(c.db, account, now, postIds, userIds, search);
        return spendOf(c.db, account, now);
    };
    m_writer->run<XSpend>(std::move(task), this, [this](const WriterAnswer<XSpend> &answer) {
        if (answer.ok())
            took(answer.value);
        else
            qCWarning(lcNet).noquote() << "X spend not counted:" << answer.error;
    });
}

void XSpendMeter::recordWrite(bool withLink)
{
    const std::int64_t account = m_accountId;
    const std::int64_t now = m_clock->nowMs();
    WriterTask<XSpend> task;
    task.name = "x write";
    task.work = [account, now, withLink](WriterContext &c) {
        recordXWrite(c.db, account, now, withLink);
        return spendOf(c.db, account, now);
    };
    m_writer->run<XSpend>(std::move(task), this, [this](const WriterAnswer<XSpend> &answer) {
        if (answer.ok())
            took(answer.value);
        else
            qCWarning(lcNet).noquote() << "X spend not counted:" << answer.error;
    });
}

std::pair<QString, std::int64_t> XSpendMeter::holdBack(std::int64_t nowMs) const
{
    // A new month starts from nothing: what was read last month does not hold this one back.
    const QString month =
        QDateTime::fromMSecsSinceEpoch(nowMs, QTimeZone::utc()).date().toString(u"yyyy-MM"_s);
    if (!m_spend.capReached() || m_spend.month != month)
        return {};
    return {describeCapReached(*m_spend.monthlyCapUsd), startOfNextUtcMonth(nowMs)};
}

std::pair<QString, std::int64_t> XSpendMeter::searchHoldBack(std::int64_t nowMs) const
{
    // A new day starts from nothing.
    const QString day =
        QDateTime::fromMSecsSinceEpoch(nowMs, QTimeZone::utc()).date().toString(Qt::ISODate);
    if (!m_spend.searchBudgetReached() || m_spend.day != day)
        return {};
    return {describeSearchBudgetReached(*m_spend.dailySearchBudgetUsd), startOfNextUtcDay(nowMs)};
}

QString describeSearchBudgetReached(double budgetUsd)
{
    return Tr::tr("X search paused until tomorrow (UTC): today's search budget of %1 is spent; "
                  "mentions are still read")
        .arg(formatUsd(budgetUsd));
}

} // namespace earshot
