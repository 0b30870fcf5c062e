// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ingest/Mention.h"
#include "ingest/PostChange.h"
#include "platforms/PlatformTraits.h"
#include "store/ListeningTerms.h"

#include <QMetaType>
#include <QObject>
#include <QString>

#include <cstdint>
#include <functional>
#include <vector>

namespace earshot {

// One brand account on one network, as its connector is set up with.
struct ConnectorAccount {
    std::int64_t accountId = 0; // accounts.id; 0 for the Simulation platform of a demo
    QString platform;           // the network's key (PlatformTraits)
    // The name its cursor is stored under in feed_cursors ("simulation:live"); unique per account.
    QString feed;
    QString handle; // the brand's handle there; empty for the Simulation platform
    // Where the network is reached: an instance, a PDS, a test server on loopback; for the
    // Simulation platform, the scenario it plays.
    QString baseUrl;
    AccountLimits limits;     // what the account's server published, when the network does
    AccountServices services; // the network's other services, where a person chose them
    // The token or app password, read from the OS keychain when the account was loaded. Held in
    // memory only: never written to the workspace, settings or logs.
    QString secret;
    // The listening terms it searches for, each from where its search stands (listening_cursors).
    std::vector<ListeningSearch> searches;
};

// How an account's connection is doing, for a person to read.
struct AccountHealth {
    std::int64_t lastSuccessMs = 0; // 0: never yet
    QString lastError;              // in words; empty when the last try worked
    std::int64_t pausedUntilMs = 0; // 0: not paused (a rate limit, a server busy)
    // Its listening searches wait until then for a budget the admin chose (X's daily search
    // budget): a pause, not a problem; mentions go on. 0: they run.
    std::int64_t searchPausedUntilMs = 0;

    bool operator==(const AccountHealth &other) const
    {
        return lastSuccessMs == other.lastSuccessMs && lastError == other.lastError
               && pausedUntilMs == other.pausedUntilMs
               && searchPausedUntilMs == other.searchPausedUntilMs;
    }
};

// Mentions a connector heard, normalized, and where its feed stands after them. The host writes
// them with the cursor in one transaction (the writer's reading thread reads them first).
struct MentionBatch {
    std::vector<Mention> mentions;
    QString cursor; // empty: the feed stays where it is (a listening search's batch)
    // Where listening searches stand after these mentions (the host sets the account).
    std::vector<SearchCursor> searchCursors = {};
    // What the network said about posts already heard (an edit, a deletion) and profiles read:
    // written after the mentions, in the same transaction.
    std::vector<PostChange> changes = {};
    std::vector<ProfileUpdate> profiles = {};
};

// An agent asked for the whole conversation of a case: the thread `postId` belongs to, read again
// from the network. Posts of `knownPostIds` (what Earshot holds of the case) that the network no
// longer has come back as deletions, edited ones as edits.
struct ConversationRequest {
    QString postId; // as stored (mentions.platform_id): a status's uri, an at:// uri, a tweet id
    std::vector<QString> knownPostIds;
};

// An agent asked for a person's profile again.
struct ProfileRequest {
    QString userId; // the network's own id (handles.platform_user_id)
    QString handle;
};

// What a read on request brought: the posts and changes to write (no cursor: the feed stays
// where it is), or why it failed, in words.
struct OnDemandResult {
    bool ok = false;
    QString error;
    MentionBatch batch;
};
using OnDemandDone = std::function<void(const OnDemandResult &)>;

// Hears one account's mentions. Lives on the thread of its host (the GUI thread or the command
// line's); speaks HTTP only through core/net. After stop() it emits nothing until started again.
class Connector : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Connector)

public:
    explicit Connector(QObject *parent = nullptr);
    ~Connector() override;

    // Starts hearing from `cursor`, the one stored with the last batch written (empty: the feed's
    // beginning, as the network defines it). Starting again restarts from `cursor`.
    virtual void start(const QString &cursor) = 0;
    virtual void stop() = 0;
    // One fetch cycle from `cursor` (`earshot-cli sync`): what is new up to now is delivered in
    // batches, then cycleFinished() says whether the cycle got to the end. Independent of start().
    virtual void fetchOnce(const QString &cursor) = 0;
    AccountHealth health() const { return m_health; }
    // Reads on request, independent of start() and fetchOnce(); `done` is called exactly once,
    // on this object's thread. A network that offers neither says so (the default).
    virtual void fetchConversation(const ConversationRequest &request, OnDemandDone done);
    virtual void fetchProfile(const ProfileRequest &request, OnDemandDone done);

    // The listening terms this account searches for, each from its cursor: a connector whose
    // network can search runs them after its mentions in each cycle (ListeningRun). Replaces the
    // list given before; a search running now keeps the list it started with.
    void setSearches(std::vector<ListeningSearch> searches) { m_searches = std::move(searches); }
    const std::vector<ListeningSearch> &searches() const { return m_searches; }
    // A batch of the term's search was handed over: its next search starts from `cursor`.
    void advanceSearch(std::int64_t termId, const QString &cursor);

Q_SIGNALS:
    void mentionsArrived(const earshot::MentionBatch &batch);
    // The end of a fetchOnce() cycle; `ok` false with the reason in health().lastError.
    void cycleFinished(bool ok);
    void healthChanged(const earshot::AccountHealth &health);

protected:
    // Records and announces a change of health (nothing when it is the same).
    void setHealth(const AccountHealth &health);

private:
    AccountHealth m_health;
    std::vector<ListeningSearch> m_searches;
};

} // namespace earshot

Q_DECLARE_METATYPE(earshot::MentionBatch)
Q_DECLARE_METATYPE(earshot::AccountHealth)
