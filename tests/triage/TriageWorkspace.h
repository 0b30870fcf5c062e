// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "TestSupport.h"

#include "ingest/Ingestor.h"
#include "store/Workspace.h"

namespace earshot::test {

// A new workspace with one agent (Mira, id 1) and an Ingestor that reads every mention as it is
// stored: the triage tests post messages into it as customers would.
class TriageWorkspace : public ::testing::Test {
protected:
    TriageWorkspace()
        : path(folder.path(QStringLiteral("w.earshot")))
        , db(Workspace::openForWriting(path))
        , ingestor(db)
    {
        db.exec("INSERT INTO agents (key, name, created_at) VALUES ('a-mira', 'Mira Olsen', 0)");
    }

    IngestResult post(const QString &id, const QString &author, const QString &text,
                      std::int64_t at, const QString &inReplyTo = {})
    {
        Mention m = makeMention(id, author, at);
        m.text = text;
        m.inReplyTo = inReplyTo;
        return ingestor.ingest({{m}, {}, {}});
    }

    // The case the message landed in.
    std::int64_t ingest(const QString &id, const QString &author, const QString &text,
                        std::int64_t at, const QString &inReplyTo = {})
    {
        return post(id, author, text, at, inReplyTo).caseIds.front();
    }

    TempFolder folder;
    QString path;
    Database db;
    Ingestor ingestor;
    const std::int64_t base = 1'790'000'000'000;
};

} // namespace earshot::test
