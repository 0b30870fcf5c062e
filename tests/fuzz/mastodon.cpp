// SPDX-License-Identifier: Apache-2.0
// A Mastodon instance's answers (core/platforms/mastodon/MastodonJson): any bytes give the
// entities the documentation shapes, or nothing with a reason; a status read becomes a mention
// whose text is plain.
#include "FuzzInput.h"

#include "platforms/mastodon/MastodonJson.h"
#include "platforms/mastodon/MastodonText.h"

using namespace earshot;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray body = fuzz::byteArray(data, size);
    QString problem;
    if (const auto page = readNotifications(body, &problem)) {
        for (const MastodonNotification &n : *page) {
            fuzz::require(!n.id.isEmpty(), "a notification read has an id");
            if (n.status) {
                const Mention m = mentionFromStatus(*n.status, QStringLiteral("brand.example"),
                                                    QStringLiteral("brand"));
                fuzz::require(!m.id.isEmpty() && !m.author.id.isEmpty(), "a mention has its ids");
            }
        }
    } else {
        fuzz::require(!problem.isEmpty(), "a refusal says why");
    }
    problem.clear();
    if (!readAncestors(body, &problem))
        fuzz::require(!problem.isEmpty(), "a refusal says why");
    problem.clear();
    if (!readFirstSearchStatus(body, &problem))
        fuzz::require(!problem.isEmpty(), "a refusal says why");
    problem.clear();
    for (const auto read : {&readSearchStatuses, &readTimeline}) {
        problem.clear();
        if (!read(body, &problem))
            fuzz::require(!problem.isEmpty(), "a refusal says why");
    }
    if (!readContext(body, &problem))
        fuzz::require(!problem.isEmpty(), "a refusal says why");
    problem.clear();
    if (!readAccount(body, &problem))
        fuzz::require(!problem.isEmpty(), "a refusal says why");
    problem.clear();
    readInstance(body, &problem);
    readErrorText(body);
    nextMaxId(body);
    plainTextFromHtml(QString::fromUtf8(body));
    return 0;
}
