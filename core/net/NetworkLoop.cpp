// SPDX-License-Identifier: Apache-2.0
#include "net/NetworkLoop.h"

#include "logging/LogCategories.h"
#include "net/CurlTransfer.h"

#include <QDateTime>
#include <QThread>

#include <curl/curl.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <mutex>
#include <unordered_map>
#include <vector>

namespace earshot {

using SteadyClock = std::chrono::steady_clock;
using std::chrono::milliseconds;

// What the asking thread and the network thread share: the requests handed over, the
// cancels, and the multi handle (only curl_multi_wakeup is called on it from other threads).
struct NetworkLoopShared {
    std::mutex mutex;
    std::vector<std::shared_ptr<NetJob>> submitted;
    std::vector<RequestId> cancels;
    bool stopping = false;
    std::atomic<RequestId> lastId{0};
    CURLM *multi = nullptr;

    NetworkLoopShared()
        : multi(curl_multi_init())
    {}
    ~NetworkLoopShared() { curl_multi_cleanup(multi); }
    void wake() { curl_multi_wakeup(multi); }
};

// One request and everything tried for it. The asker's half (context, done) is touched only
// on the loop's own thread; the rest only on the network thread.
struct NetJob {
    RequestId id = 0;
    HttpRequest request;
    QPointer<QObject> context;
    bool hasContext = false;
    NetworkLoop::Done done;

    int attempts = 0;
    bool mayHaveArrived = false; // by any try so far
    std::unique_ptr<CurlTransfer> transfer;
    SteadyClock::time_point startedAt;
    SteadyClock::time_point dueAt; // of the next try, while waiting for it
};

namespace {

// The words of a refusal, or nothing: the address (UrlPolicy), or a header that would smuggle
// another header or line into the request.
std::optional<QString> refusalOf(const HttpRequest &request, const UrlPolicy &policy)
{
    if (auto refused = policy.refusal(request.url))
        return refused;
    const auto bad = [](const QByteArray &text) {
        return text.contains('\r') || text.contains('\n') || text.contains('\0');
    };
    for (const auto &[name, value] : request.headers.fields()) {
        if (name.isEmpty() || name.contains(':') || bad(name) || bad(value))
            return QStringLiteral("a header with a line break or a colon in its name");
    }
    const QByteArray &m = request.method;
    if (m.isEmpty() || std::any_of(m.begin(), m.end(), [](char c) { return c < 'A' || c > 'Z'; }))
        return QStringLiteral("not an HTTP method");
    return std::nullopt;
}

QString utcText(std::int64_t ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

long millisecondsUntil(SteadyClock::time_point then, SteadyClock::time_point now)
{
    return static_cast<long>(
        std::max<std::int64_t>(0, std::chrono::ceil<milliseconds>(then - now).count()));
}

} // namespace

// The network thread: hands requests to libcurl, collects what comes back, tries again,
// pauses accounts.
class NetWorker final {
public:
    NetWorker(NetworkLoop *owner, std::shared_ptr<NetworkLoopShared> shared, UrlPolicy policy,
              std::shared_ptr<Clock> clock, std::shared_ptr<AccountPauses> pauses,
              std::uint64_t seed)
        : m_owner(owner)
        , m_shared(std::move(shared))
        , m_policy(std::move(policy))
        , m_clock(std::move(clock))
        , m_pauses(std::move(pauses))
        , m_dice(seed, "net:retry")
    {}

    void run();

private:
    void start(const std::shared_ptr<NetJob> &job);
    void attempt(const std::shared_ptr<NetJob> &job);
    void cancel(RequestId id);
    void collectFinished();
    void endSilent();
    void startDue();
    // Takes the job's transfer off the multi handle and gives its answer.
    HttpResult takeOff(NetJob &job, CURLcode code);
    void completeAttempt(const std::shared_ptr<NetJob> &job, HttpResult result);
    void deliver(const std::shared_ptr<NetJob> &job, HttpResult result);
    long pollTimeoutMs() const;
    void shutDown();

    NetworkLoop *m_owner;
    std::shared_ptr<NetworkLoopShared> m_shared;
    UrlPolicy m_policy;
    std::shared_ptr<Clock> m_clock;
    std::shared_ptr<AccountPauses> m_pauses;
    RandomSource m_dice;
    std::unordered_map<CURL *, std::shared_ptr<NetJob>> m_running;
    std::vector<std::shared_ptr<NetJob>> m_waiting; // for their next try
};

void NetWorker::run()
{
    QThread::currentThread()->setObjectName(QStringLiteral("earshot-net"));
    for (;;) {
        std::vector<std::shared_ptr<NetJob>> submitted;
        std::vector<RequestId> cancels;
        {
            std::lock_guard lock(m_shared->mutex);
            if (m_shared->stopping)
                break;
            submitted.swap(m_shared->submitted);
            cancels.swap(m_shared->cancels);
        }
        for (const auto &job : submitted)
            start(job);
        for (RequestId id : cancels)
            cancel(id);
        startDue();
        int running = 0;
        curl_multi_perform(m_shared->multi, &running);
        collectFinished();
        endSilent();
        curl_multi_poll(m_shared->multi, nullptr, 0, static_cast<int>(pollTimeoutMs()), nullptr);
    }
    shutDown();
}

void NetWorker::start(const std::shared_ptr<NetJob> &job)
{
    job->startedAt = SteadyClock::now();
    if (const auto refused = refusalOf(job->request, m_policy)) {
        HttpResult result;
        result.error = NetError::Refused;
        result.detail = *refused;
        deliver(job, std::move(result));
        return;
    }
    attempt(job);
}

void NetWorker::attempt(const std::shared_ptr<NetJob> &job)
{
    const QString &account = job->request.account;
    if (!account.isEmpty()) {
        if (const auto pause = m_pauses->pauseAt(account, m_clock->nowMs())) {
            HttpResult result;
            result.error = NetError::Paused;
            result.detail = QStringLiteral("paused until %1").arg(utcText(pause->untilMs));
            result.pause = pause;
            deliver(job, std::move(result));
            return;
        }
    }
    ++job->attempts;
    job->transfer = std::make_unique<CurlTransfer>(job->request, m_policy, SteadyClock::now());
    m_running.emplace(job->transfer->handle(), job);
    curl_multi_add_handle(m_shared->multi, job->transfer->handle());
}

void NetWorker::cancel(RequestId id)
{
    for (auto it = m_running.begin(); it != m_running.end(); ++it) {
        if (it->second->id != id)
            continue;
        const std::shared_ptr<NetJob> job = it->second;
        job->transfer->abortFor(NetError::Cancelled);
        deliver(job, takeOff(*job, CURLE_ABORTED_BY_CALLBACK));
        return;
    }
    const auto waiting = std::find_if(m_waiting.begin(), m_waiting.end(),
                                      [id](const auto &job) { return job->id == id; });
    if (waiting != m_waiting.end()) {
        const std::shared_ptr<NetJob> job = *waiting;
        m_waiting.erase(waiting);
        HttpResult result;
        result.error = NetError::Cancelled;
        result.mayHaveArrived = job->mayHaveArrived;
        deliver(job, std::move(result));
    }
}

HttpResult NetWorker::takeOff(NetJob &job, CURLcode code)
{
    CURL *handle = job.transfer->handle();
    curl_multi_remove_handle(m_shared->multi, handle);
    m_running.erase(handle);
    HttpResult result = job.transfer->finish(code);
    job.transfer.reset();
    return result;
}

void NetWorker::collectFinished()
{
    int left = 0;
    while (CURLMsg *message = curl_multi_info_read(m_shared->multi, &left)) {
        if (message->msg != CURLMSG_DONE)
            continue;
        // The message is gone once its handle is removed: take what it says first.
        CURL *handle = message->easy_handle;
        const CURLcode code = message->data.result;
        const auto it = m_running.find(handle);
        if (it == m_running.end())
            continue;
        const std::shared_ptr<NetJob> job = it->second;
        completeAttempt(job, takeOff(*job, code));
    }
}

void NetWorker::endSilent()
{
    const auto now = SteadyClock::now();
    std::vector<std::shared_ptr<NetJob>> silent;
    for (const auto &[handle, job] : m_running) {
        const auto deadline = job->transfer->silenceDeadline();
        if (deadline && *deadline <= now)
            silent.push_back(job);
    }
    for (const auto &job : silent) {
        job->transfer->abortFor(NetError::Timeout);
        HttpResult result = takeOff(*job, CURLE_OPERATION_TIMEDOUT);
        result.detail = QStringLiteral("no answer for %1 ms").arg(job->request.readTimeout.count());
        completeAttempt(job, std::move(result));
    }
}

void NetWorker::startDue()
{
    const auto now = SteadyClock::now();
    std::vector<std::shared_ptr<NetJob>> due;
    m_waiting.erase(std::remove_if(m_waiting.begin(), m_waiting.end(),
                                   [&](const std::shared_ptr<NetJob> &job) {
                                       if (job->dueAt > now)
                                           return false;
                                       due.push_back(job);
                                       return true;
                                   }),
                    m_waiting.end());
    for (const auto &job : due)
        attempt(job);
}

void NetWorker::completeAttempt(const std::shared_ptr<NetJob> &job, HttpResult result)
{
    const HttpRequest &request = job->request;
    const RetryPolicy &retry = request.retry;
    result.attempts = job->attempts;
    // An earlier try that may have arrived makes the whole request uncertain.
    job->mayHaveArrived = job->mayHaveArrived || result.mayHaveArrived;
    result.mayHaveArrived = job->mayHaveArrived;
    const std::int64_t nowMs = m_clock->nowMs();
    if (result.status > 0) {
        result.window = readRateLimitWindow(result.headers, nowMs);
        result.pause = pauseFromAnswer(result.status, result.headers, nowMs);
    }

    // A busy server's hint comes first: wait as long as it asks, or, when that is longer than
    // this request would wait anyway, pause the account until then.
    std::optional<std::int64_t> retryAtMs;
    if (result.error == NetError::None && result.status == 503)
        retryAtMs = readRetryAfter(result.headers, nowMs);
    if (retryAtMs && *retryAtMs - nowMs > retry.maxDelay.count() && !result.pause)
        result.pause = RateLimitPause{*retryAtMs, PauseReason::ServerBusy};

    if (result.pause && !request.account.isEmpty()) {
        m_pauses->pause(request.account, *result.pause);
        qCInfo(lcNet).noquote() << "Account" << request.account << "paused until"
                                << utcText(result.pause->untilMs) << "after HTTP" << result.status;
        QMetaObject::invokeMethod(
            m_owner,
            [owner = m_owner, account = request.account, pause = *result.pause] {
                Q_EMIT owner->accountPaused(account, pause);
            },
            Qt::QueuedConnection);
    }

    if (!result.pause && retry.shouldRetry(request.method, result)) {
        milliseconds delay = retry.delayBefore(job->attempts + 1, m_dice);
        if (retryAtMs)
            delay = std::max(delay, milliseconds(*retryAtMs - nowMs));
        qCInfo(lcNet).noquote() << "Request" << job->id << "to" << request.url.host() << "got"
                                << (result.error == NetError::None
                                        ? QStringLiteral("HTTP %1").arg(result.status)
                                        : QString::fromLatin1(netErrorKey(result.error)))
                                << "on try" << job->attempts << "of" << retry.maxAttempts
                                << "; trying again in" << delay.count() << "ms";
        job->dueAt = SteadyClock::now() + delay;
        m_waiting.push_back(job);
        return;
    }
    deliver(job, std::move(result));
}

void NetWorker::deliver(const std::shared_ptr<NetJob> &job, HttpResult result)
{
    const HttpRequest &request = job->request;
    result.id = job->id;
    result.account = request.account;
    if (result.attempts == 0)
        result.attempts = job->attempts;
    result.mayHaveArrived = result.mayHaveArrived || job->mayHaveArrived;
    const auto tookMs =
        std::chrono::duration_cast<milliseconds>(SteadyClock::now() - job->startedAt).count();
    // Host and account only: a path or query may name a person or carry a token.
    const QString outcome =
        result.error == NetError::None
            ? QStringLiteral("HTTP %1, %2 bytes").arg(result.status).arg(result.body.size())
            : QString::fromLatin1(netErrorKey(result.error)) + u" (" + result.detail + u')';
    if (result.error == NetError::None || result.error == NetError::Cancelled)
        qCInfo(lcNet).noquote() << "Request" << job->id << request.method << request.url.host()
                                << "account" << request.account << ":" << outcome << "after"
                                << result.attempts << "tries," << tookMs << "ms";
    else
        qCWarning(lcNet).noquote() << "Request" << job->id << request.method << request.url.host()
                                   << "account" << request.account << ":" << outcome << "after"
                                   << result.attempts << "tries," << tookMs << "ms";
    qCDebug(lcNet).noquote() << "Request" << job->id << "path" << request.url.path();
    QMetaObject::invokeMethod(
        m_owner,
        [owner = m_owner, job, result = std::move(result)] { owner->deliverHere(job, result); },
        Qt::QueuedConnection);
}

long NetWorker::pollTimeoutMs() const
{
    const auto now = SteadyClock::now();
    long timeout = m_running.empty() && m_waiting.empty() ? 60'000 : 1000;
    long curlTimeout = -1;
    curl_multi_timeout(m_shared->multi, &curlTimeout);
    if (curlTimeout >= 0)
        timeout = std::min(timeout, curlTimeout);
    for (const auto &job : m_waiting)
        timeout = std::min(timeout, millisecondsUntil(job->dueAt, now));
    for (const auto &[handle, job] : m_running) {
        if (const auto deadline = job->transfer->silenceDeadline())
            timeout = std::min(timeout, millisecondsUntil(*deadline, now));
    }
    return timeout;
}

void NetWorker::shutDown()
{
    for (auto &[handle, job] : m_running) {
        curl_multi_remove_handle(m_shared->multi, handle);
        job->transfer.reset();
    }
    m_running.clear();
    m_waiting.clear();
}

void RequestHandle::cancel() const
{
    const std::shared_ptr<NetworkLoopShared> shared = m_shared.lock();
    if (!shared)
        return;
    {
        std::lock_guard lock(shared->mutex);
        shared->cancels.push_back(m_id);
    }
    shared->wake();
}

NetworkLoop::NetworkLoop(UrlPolicy policy, std::shared_ptr<Clock> clock, std::uint64_t seed,
                         QObject *parent)
    : QObject(parent)
    , m_clock(std::move(clock))
    , m_pauses(std::make_shared<AccountPauses>())
{
    static std::once_flag curlReady;
    std::call_once(curlReady, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
    qRegisterMetaType<earshot::HttpResult>();
    qRegisterMetaType<earshot::RateLimitPause>();
    m_shared = std::make_shared<NetworkLoopShared>();
    m_thread = std::thread(
        [worker = std::make_shared<NetWorker>(this, m_shared, std::move(policy), m_clock, m_pauses,
                                              seed)] { worker->run(); });
}

NetworkLoop::~NetworkLoop()
{
    {
        std::lock_guard lock(m_shared->mutex);
        m_shared->stopping = true;
    }
    m_shared->wake();
    m_thread.join();
}

RequestHandle NetworkLoop::submit(HttpRequest request, QObject *context, Done done)
{
    Q_ASSERT(!context || context->thread() == thread());
    auto job = std::make_shared<NetJob>();
    job->id = ++m_shared->lastId;
    job->request = std::move(request);
    job->context = context;
    job->hasContext = context != nullptr;
    job->done = std::move(done);
    const RequestId id = job->id;
    {
        std::lock_guard lock(m_shared->mutex);
        m_shared->submitted.push_back(std::move(job));
    }
    m_shared->wake();
    return RequestHandle(m_shared, id);
}

std::optional<RateLimitPause> NetworkLoop::pauseOf(const QString &account) const
{
    return m_pauses->pauseAt(account, m_clock->nowMs());
}

void NetworkLoop::deliverHere(const std::shared_ptr<NetJob> &job, const HttpResult &result)
{
    Q_EMIT finished(result);
    if (job->done && (!job->hasContext || job->context))
        job->done(result);
}

} // namespace earshot
