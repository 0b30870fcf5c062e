// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "replies/ReplyTemplate.h"
#include "store/Sqlite.h"

#include <QString>

#include <cstdint>
#include <vector>

namespace earshot {

// The workspace's tone-of-voice templates. Writes run each in their own transaction with the
// durability of what a person wrote; reads work on any connection, writer or reader.
class TemplateLibrary final {
public:
    explicit TemplateLibrary(Database &db);

    // The starter library that ships inside Earshot, in `language` ("de", "de_DE", ...) where
    // Earshot has one in it, else in English.
    static QString starterFile(const QString &language = {});

    // Adds the starter templates the workspace does not have yet (by name and network), so
    // running it twice adds nothing and edited templates are kept. Returns how many were added.
    int installStarterTemplates(const QString &language = {});
    // The same for a template file; throws TemplateError for a file that cannot be used, before
    // anything is written.
    int installFromFile(const QString &path);

    // Every template and variant, by name, the generic text before its variants.
    std::vector<ReplyTemplate> all();
    // See TemplateSearch::find.
    std::vector<ReplyTemplate> search(const QString &words, const QString &platform);

    // Each throws TemplateError with every problem, one per line, and stores nothing then.
    std::int64_t add(const ReplyTemplate &t);
    void update(const ReplyTemplate &t);
    // False when there was no such template.
    bool remove(std::int64_t id);

private:
    int install(const std::vector<ReplyTemplate> &templates);
    // Throws when `t` has problems or its name is taken on its network by another template.
    void check(const ReplyTemplate &t);
    std::int64_t idOf(const QString &name, const QString &platform);

    Database &m_db;
};

} // namespace earshot
