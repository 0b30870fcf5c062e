// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "listening/Reading.h"

#include <QString>

#include <cstdint>
#include <optional>

namespace earshot {

// Who wrote a mention, as the network knows them.
struct MentionAuthor {
    QString id;     // the network's own user id
    QString handle; // without a leading @
    QString name;
    std::optional<std::int64_t> followers; // not every network tells
};

// The normalized mention every connector produces and `earshot-cli import` reads
// (docs/import-format.md). Required: platform, id, createdAtMs, text, author.id, author.handle.
struct Mention {
    QString platform;
    QString id;
    QString url;
    std::int64_t createdAtMs = 0;
    QString text;
    MentionAuthor author;
    QString lang;
    QString inReplyTo;
    QString conversationId;
    bool isPrivate = false;
    QString account; // the brand account it was heard on (handle)
    // The listening term whose search heard it (listening_terms.id); 0: it was addressed to the
    // brand (a mention, a reply, a private message). A post that is both is stored once, as
    // whichever was heard first.
    std::int64_t listeningTermId = 0;
    // What Earshot read in it, when whoever produced the mention read it already (a bulk import
    // reads on its parse thread); otherwise the Ingestor reads it.
    std::optional<MentionReading> reading;
};

// Where one account's search for one listening term stands after the mentions it produced:
// written in their transaction (listening_cursors), as a feed's cursor is.
struct SearchCursor {
    std::int64_t termId = 0;
    std::int64_t accountId = 0;
    QString cursor;
};

} // namespace earshot
