// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

#include <array>
#include <cstdint>
#include <optional>
#include <set>
#include <utility>
#include <vector>

namespace earshot {

class Clock;
class Database;

// What an agent is told about without looking (issue 16, "Being told").
enum class NotificationKind {
    Assigned,         // a colleague (or a lead) assigned a case to me
    CustomerAnswered, // the customer wrote again in a case of mine
    Mentioned,        // a colleague named me (@Mira) in a note
    NearBreach,       // a case of mine is about to pass its reply-by time
    Risky,            // a case of mine got a message with a risk (legal, scam, ...)
};
inline constexpr std::array allNotificationKinds = {
    NotificationKind::Assigned, NotificationKind::CustomerAnswered, NotificationKind::Mentioned,
    NotificationKind::NearBreach, NotificationKind::Risky};
// A stable word for settings ("assigned", "answered", "mentioned", "breach", "risky").
QString notificationKindKey(NotificationKind kind);
// The setting's title, translated ("A case is assigned to me").
QString notificationKindTitle(NotificationKind kind);

struct AgentNotification {
    NotificationKind kind = NotificationKind::Assigned;
    std::int64_t caseId = 0;
    std::int64_t atMs = 0;
    QString title; // translated, our words ("Case #1003 is yours")
    QString body;  // may quote outside text (a name, a message): plain text, never markup
};

// Which notifications the agent wants, and when a reply is due.
struct NotificationChoices {
    std::set<NotificationKind> off; // kinds the agent switched off
    bool doNotDisturb = false;      // nothing at all; what happens meanwhile is not kept for later
    std::int64_t replyWithinMs = 60 * 60 * 1000; // reply-by: this long after the customer wrote
    std::int64_t warnBeforeMs = 15 * 60 * 1000;  // "about to breach": this long before reply-by

    bool wants(NotificationKind kind) const { return !doNotDisturb && off.count(kind) == 0; }
};

// Decides what one agent is told, from what the workspace records (case events, the customer's
// messages, waiting times) and the clock: each look reads what happened since the last one (in
// any process), so nothing is told twice and what happened before the window opened is not told
// at all. What the agent did themselves is never told to them. Reads only, on a reader
// connection on the caller's thread.
class AgentNotifications final {
public:
    AgentNotifications(Database &reader, const Clock &clock, std::int64_t agentId);

    std::vector<AgentNotification> look(const NotificationChoices &choices);

private:
    void lookAtEvents(const NotificationChoices &choices, std::vector<AgentNotification> &out);
    void lookAtMessages(const NotificationChoices &choices, std::vector<AgentNotification> &out);
    void lookAtWaiting(const NotificationChoices &choices, std::vector<AgentNotification> &out);

    Database &m_db;
    const Clock &m_clock;
    std::int64_t m_agentId = 0;
    QString m_agentKey;
    std::int64_t m_lastEventId = 0;
    std::int64_t m_lastMentionId = 0;
    std::set<std::pair<std::int64_t, std::int64_t>> m_warned; // (case, waiting since) told once
};

} // namespace earshot
