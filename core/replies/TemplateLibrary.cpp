// SPDX-License-Identifier: Apache-2.0
#include "replies/TemplateLibrary.h"

#include "Tr.h"
#include "platforms/PlatformTraits.h"
#include "replies/TemplateFile.h"
#include "replies/TemplateSearch.h"

namespace earshot {

using namespace Qt::StringLiterals;

namespace {

// The stored form of "any network" is NULL; in memory it is an empty string.
QString storedPlatform(const QString &platform)
{
    return platform.isEmpty() ? QString() : platform;
}

ReplyTemplate cleaned(ReplyTemplate t)
{
    t.name = t.name.trimmed();
    t.tone = t.tone.trimmed();
    t.category = t.category.trimmed();
    t.platform = t.platform.trimmed().toLower();
    return t;
}

} // namespace

TemplateLibrary::TemplateLibrary(Database &db)
    : m_db(db)
{}

QString TemplateLibrary::starterFile(const QString &language)
{
    // German teams write to German customers: names, tones and texts in German.
    if (language == u"de"_s || language.startsWith(u"de_"_s) || language.startsWith(u"de-"_s))
        return u":/earshot/templates/starter-templates-de.json"_s;
    return u":/earshot/templates/starter-templates.json"_s;
}

int TemplateLibrary::installStarterTemplates(const QString &language)
{
    return installFromFile(starterFile(language));
}

int TemplateLibrary::installFromFile(const QString &path)
{
    return install(TemplateFile::read(path));
}

int TemplateLibrary::install(const std::vector<ReplyTemplate> &templates)
{
    Transaction transaction(m_db, Transaction::Durability::PersonWrote);
    Statement insert(m_db, "INSERT INTO templates (name, tone, category, platform, body, "
                           "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)");
    const std::int64_t now = m_db.clock().nowMs();
    int added = 0;
    for (const ReplyTemplate &t : templates) {
        if (idOf(t.name, t.platform) != 0)
            continue;
        insert.bind(1, t.name)
            .bind(2, t.tone)
            .bind(3, t.category)
            .bind(4, storedPlatform(t.platform))
            .bind(5, t.body)
            .bind(6, now)
            .bind(7, now)
            .run();
        ++added;
    }
    transaction.commit();
    return added;
}

std::vector<ReplyTemplate> TemplateLibrary::all()
{
    // Sorted in SQL by name as written; the generic row (NULL platform) sorts first.
    Statement query(m_db, "SELECT id, name, tone, category, platform, body FROM templates "
                          "ORDER BY name, platform, id");
    std::vector<ReplyTemplate> templates;
    while (query.step()) {
        templates.push_back({query.toInt(0), query.toString(1), query.toString(2),
                             query.toString(3), query.toString(4), query.toString(5)});
    }
    return templates;
}

std::vector<ReplyTemplate> TemplateLibrary::search(const QString &words, const QString &platform)
{
    // A workspace holds tens or hundreds of templates: matching in memory is instant, and
    // QString's case folding is right for every script where SQLite's LIKE knows only ASCII.
    return TemplateSearch::find(all(), words, platform);
}

std::int64_t TemplateLibrary::add(const ReplyTemplate &original)
{
    const ReplyTemplate t = cleaned(original);
    Transaction transaction(m_db, Transaction::Durability::PersonWrote);
    check(t);
    const std::int64_t now = m_db.clock().nowMs();
    Statement(m_db, "INSERT INTO templates (name, tone, category, platform, body, created_at, "
                    "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)")
        .bind(1, t.name)
        .bind(2, t.tone)
        .bind(3, t.category)
        .bind(4, storedPlatform(t.platform))
        .bind(5, t.body)
        .bind(6, now)
        .bind(7, now)
        .run();
    const std::int64_t id = m_db.lastInsertId();
    transaction.commit();
    return id;
}

void TemplateLibrary::update(const ReplyTemplate &original)
{
    const ReplyTemplate t = cleaned(original);
    Transaction transaction(m_db, Transaction::Durability::PersonWrote);
    check(t);
    Statement(m_db, "UPDATE templates SET name = ?, tone = ?, category = ?, platform = ?, "
                    "body = ?, updated_at = ? WHERE id = ?")
        .bind(1, t.name)
        .bind(2, t.tone)
        .bind(3, t.category)
        .bind(4, storedPlatform(t.platform))
        .bind(5, t.body)
        .bind(6, m_db.clock().nowMs())
        .bind(7, t.id)
        .run();
    if (m_db.changes() == 0)
        throw TemplateError(Tr::tr("The template \"%1\" no longer exists; someone may have "
                                   "removed it.")
                                .arg(t.name));
    transaction.commit();
}

bool TemplateLibrary::remove(std::int64_t id)
{
    Transaction transaction(m_db, Transaction::Durability::PersonWrote);
    Statement(m_db, "DELETE FROM templates WHERE id = ?").bind(1, id).run();
    const bool removed = m_db.changes() > 0;
    transaction.commit();
    return removed;
}

void TemplateLibrary::check(const ReplyTemplate &t)
{
    QStringList problems = t.problems();
    const std::int64_t existing = problems.isEmpty() ? idOf(t.name, t.platform) : 0;
    if (existing != 0 && existing != t.id) {
        problems.append(t.platform.isEmpty()
                            ? Tr::tr("There is already a template called \"%1\".").arg(t.name)
                            : Tr::tr("\"%1\" already has a variant for %2.")
                                  .arg(t.name, platformTitle(t.platform)));
    }
    if (!problems.isEmpty())
        throw TemplateError(problems.join(u'\n'));
}

std::int64_t TemplateLibrary::idOf(const QString &name, const QString &platform)
{
    // IS rather than =, so that NULL (any network) matches NULL.
    Statement query(m_db, "SELECT id FROM templates WHERE name = ? AND platform IS ?");
    query.bind(1, name).bind(2, storedPlatform(platform));
    return query.step() ? query.toInt(0) : 0;
}

} // namespace earshot
