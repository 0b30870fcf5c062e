// SPDX-License-Identifier: Apache-2.0
#include "cases/SavedViews.h"

#include "store/WorkspaceSettings.h"
#include "json/JsonFields.h"
#include "json/JsonInput.h"

#include <algorithm>

namespace earshot {

using json = nlohmann::json;

bool SavedView::operator==(const SavedView &other) const
{
    return name == other.name && queue == other.queue && filter == other.filter
           && search == other.search;
}

namespace SavedViews {

namespace {

std::string utf8(const QString &text)
{
    return text.toStdString();
}

json filterJson(const CaseFilter &f)
{
    json out = json::object();
    const auto put = [&out](const char *key, const QString &value) {
        if (!value.isEmpty())
            out[key] = utf8(value);
    };
    put("platform", f.platform);
    put("sentiment", f.sentiment);
    put("category", f.category);
    put("lang", f.lang);
    put("tag", f.tag);
    if (f.minPriority)
        out["min_priority"] = *f.minPriority;
    if (f.risks != 0)
        out["risks"] = f.risks;
    if (f.assigneeId != 0)
        out["assignee"] = f.assigneeId;
    return out;
}

CaseFilter filterFrom(const json &in)
{
    CaseFilter f;
    if (!in.is_object())
        return f;
    f.platform = jsonString(in, "platform");
    f.sentiment = jsonString(in, "sentiment");
    f.category = jsonString(in, "category");
    f.lang = jsonString(in, "lang");
    f.tag = jsonString(in, "tag");
    if (const auto it = in.find("min_priority"); it != in.end() && it->is_number_integer())
        f.minPriority = it->get<int>();
    if (const auto it = in.find("risks"); it != in.end() && it->is_number_unsigned())
        f.risks = it->get<std::uint32_t>();
    if (const auto it = in.find("assignee"); it != in.end() && it->is_number_integer())
        f.assigneeId = it->get<std::int64_t>();
    return f;
}

void write(Database &db, const std::vector<SavedView> &views)
{
    WorkspaceSettings::setValue(db, settingKey, toJson(views));
}

} // namespace

QString toJson(const std::vector<SavedView> &views)
{
    json list = json::array();
    for (const SavedView &v : views) {
        list.push_back({{"name", utf8(v.name)},
                        {"queue", utf8(queueKey(v.queue))},
                        {"filter", filterJson(v.filter)},
                        {"search", utf8(v.search)}});
    }
    return QString::fromStdString(list.dump());
}

std::vector<SavedView> fromJson(const QString &text)
{
    std::vector<SavedView> views;
    const QByteArray bytes = text.toUtf8();
    const JsonInput input = parseJsonInput(std::string_view(bytes.constData(), bytes.size()));
    if (!input.ok() || !input.value.is_array())
        return views;
    for (const json &entry : input.value) {
        if (!entry.is_object())
            continue;
        SavedView v;
        v.name = jsonString(entry, "name");
        if (v.name.isEmpty())
            continue;
        v.queue = queueFromKey(jsonString(entry, "queue"), Queue::All);
        if (const auto it = entry.find("filter"); it != entry.end())
            v.filter = filterFrom(*it);
        v.search = jsonString(entry, "search");
        views.push_back(std::move(v));
    }
    return views;
}

std::vector<SavedView> read(Database &db)
{
    return fromJson(WorkspaceSettings::value(db, settingKey));
}

void save(Database &db, const SavedView &view)
{
    std::vector<SavedView> views = read(db);
    const auto same = std::find_if(views.begin(), views.end(),
                                   [&](const SavedView &v) { return v.name == view.name; });
    if (same != views.end())
        *same = view;
    else
        views.push_back(view);
    write(db, views);
}

bool rename(Database &db, const QString &from, const QString &to)
{
    const QString name = to.trimmed();
    std::vector<SavedView> views = read(db);
    const auto named = [&](const QString &n) {
        return std::find_if(views.begin(), views.end(),
                            [&](const SavedView &v) { return v.name == n; });
    };
    const auto it = named(from);
    if (name.isEmpty() || it == views.end() || (name != from && named(name) != views.end()))
        return false;
    it->name = name;
    write(db, views);
    return true;
}

void remove(Database &db, const QString &name)
{
    std::vector<SavedView> views = read(db);
    views.erase(std::remove_if(views.begin(), views.end(),
                               [&](const SavedView &v) { return v.name == name; }),
                views.end());
    write(db, views);
}

} // namespace SavedViews
} // namespace earshot
