// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "clock/Clock.h"
#include "clock/RandomSource.h"
#include "net/AccountPauses.h"
#include "net/HttpRequest.h"
#include "net/HttpResult.h"
#include "net/UrlPolicy.h"

#include <QObject>
#include <QPointer>

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <thread>

namespace earshot {

struct NetworkLoopShared;
struct NetJob;

// A request on its way: its id, and the means to cancel it. Cheap to copy; cancelling after
// the answer came, or after the loop is gone, does nothing.
class RequestHandle final {
public:
    RequestHandle() = default;
    RequestId id() const { return m_id; }
    // The request ends with NetError::Cancelled (its answer still comes, once).
    void cancel() const;

private:
    friend class NetworkLoop;
    RequestHandle(std::weak_ptr<NetworkLoopShared> shared, RequestId id)
        : m_shared(std::move(shared))
        , m_id(id)
    {}

    std::weak_ptr<NetworkLoopShared> m_shared;
    RequestId m_id = 0;
};

// Every request to the networks goes through one of these: one libcurl multi handle on its own
// thread ("earshot-net"), which keeps connections open and shares them (HTTP/2 where offered).
// A request is refused before anything is sent when the policy refuses its address or its
// account is paused; otherwise it is tried, and tried again with backoff as its RetryPolicy
// says. A 429 or an exhausted rate-limit window pauses the request's account until the
// network's reset (accountPaused()); requests of a paused account end at once with
// NetError::Paused until then. Pauses are in `clock`'s time; timeouts and backoff pace the
// machine's own work and run in real time.
class NetworkLoop final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NetworkLoop)

public:
    using Done = std::function<void(const HttpResult &)>;

    explicit NetworkLoop(UrlPolicy policy = {}, std::shared_ptr<Clock> clock = systemClock(),
                         std::uint64_t seed = RandomSource::systemSeed(),
                         QObject *parent = nullptr);
    // Ends every request still running; their answers are not delivered.
    ~NetworkLoop() override;

    // Returns at once. `done` is called exactly once, on this object's thread, through
    // `context` (which must live in this object's thread), and not at all when the context is
    // gone by then; finished() is emitted for every request either way.
    RequestHandle submit(HttpRequest request, QObject *context = nullptr, Done done = {});

    // The account's pause if it still holds now.
    std::optional<RateLimitPause> pauseOf(const QString &account) const;
    const Clock &clock() const { return *m_clock; }

Q_SIGNALS:
    void finished(const earshot::HttpResult &result);
    // A network asked `account` to wait (429, or its window ran out); emitted once per answer
    // that did.
    void accountPaused(const QString &account, const earshot::RateLimitPause &pause);

private:
    friend class NetWorker;

    // On this object's thread: the answer to whoever asked.
    void deliverHere(const std::shared_ptr<NetJob> &job, const HttpResult &result);

    std::shared_ptr<Clock> m_clock;
    std::shared_ptr<NetworkLoopShared> m_shared;
    std::shared_ptr<AccountPauses> m_pauses;
    std::thread m_thread;
};

} // namespace earshot
