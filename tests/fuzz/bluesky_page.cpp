// SPDX-License-Identifier: Apache-2.0
// An answer of Bluesky's listNotifications (core/platforms/bluesky): any bytes give a page or a
// reason, and every post kept is a mention with what a mention needs.
#include "FuzzInput.h"

#include "platforms/bluesky/BlueskyRecords.h"
#include "platforms/bluesky/BlueskyThreadJson.h"

using namespace earshot;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray body = fuzz::byteArray(data, size);
    QString problem;
    const auto page =
        bluesky::readNotificationPage(body, QStringLiteral("brand.example.com"), &problem);
    fuzz::require(page || !problem.isEmpty(), "a refused page has a reason");
    if (page) {
        for (const bluesky::NotificationItem &item : page->items) {
            fuzz::require(!item.uri.isEmpty(), "every notification has its uri");
            if (item.post) {
                const Mention &m = item.post->mention;
                fuzz::require(!m.author.id.isEmpty() && !m.author.handle.isEmpty(),
                              "a mention has its author");
                fuzz::require(!m.conversationId.isEmpty(), "a mention has its conversation");
            }
        }
    }
    problem.clear();
    if (const auto found =
            bluesky::readSearchPostsPage(body, QStringLiteral("brand.example.com"), &problem)) {
        for (const bluesky::HeardPost &post : found->posts)
            fuzz::require(!post.mention.id.isEmpty() && !post.mention.author.id.isEmpty(),
                          "a search hit has its uri and author");
    } else {
        fuzz::require(!problem.isEmpty(), "a refused search page has a reason");
    }
    bluesky::readPostRefs(body, QStringLiteral("at://did:plc:x/app.bsky.feed.post/1"), &problem);
    bluesky::readSessionTokens(body);
    bluesky::readXrpcError(body);
    if (const auto convos = bluesky::readConvoPage(body, &problem)) {
        for (const bluesky::ConvoItem &convo : convos->convos)
            fuzz::require(!convo.id.isEmpty(), "every conversation has its id");
    }
    if (const auto messages = bluesky::readMessagePage(body, &problem)) {
        for (const bluesky::ChatMessage &message : messages->messages)
            fuzz::require(!message.id.isEmpty() && message.sentAtMs >= messages->oldestMs,
                          "every message has its id and is no older than the oldest");
    }
    // A thread read again (getPostThread), getPosts and a profile.
    if (const auto thread =
            bluesky::readThread(body, QStringLiteral("brand.example.com"), &problem)) {
        for (const Mention &m : thread->posts)
            fuzz::require(!m.id.isEmpty() && thread->seen.contains(m.id),
                          "every post of a thread is one it named");
    }
    bluesky::readPostUris(body, &problem);
    if (const auto profile = bluesky::readProfile(body, &problem))
        fuzz::require(!profile->userId.isEmpty(), "a profile has its did");
    return 0;
}
