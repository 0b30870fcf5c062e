// SPDX-License-Identifier: Apache-2.0
#include "OutboxCommands.h"

#include "CliCommands.h"
#include "CliSupport.h"
#include "ConsoleOutput.h"
#include "platforms/PlatformTraits.h"
#include "replies/Outbox.h"
#include "store/Sqlite.h"
#include "store/StoreError.h"
#include "store/Workspace.h"

#include <QCoreApplication>
#include <QDateTime>

#include <nlohmann/json.hpp>

#include <algorithm>

namespace earshot::cli {

using namespace Qt::StringLiterals;

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

// What `outbox list` shows without a state: every reply that is not sent yet.
constexpr OutboxState unsentStates[] = {OutboxState::AwaitingApproval, OutboxState::Queued,
                                        OutboxState::Sending, OutboxState::Uncertain,
                                        OutboxState::Failed};

QString firstLine(const QString &text)
{
    const QString line = text.section(u'\n', 0, 0);
    return line.size() > 60 ? line.left(59) + u'…' : line;
}

std::optional<std::int64_t> outboxId(const QString &text)
{
    bool ok = false;
    const std::int64_t id = text.toLongLong(&ok);
    if (!ok || id <= 0) {
        err() << Tr::tr("\"%1\" is not the number of a reply in the outbox (see earshot-cli "
                        "outbox list).")
                     .arg(text)
              << Qt::endl;
        return std::nullopt;
    }
    return id;
}

// A person's decision on one reply (Outbox::decide), in its own transaction.
int moveItem(const QString &workspace, const QString &idText, OutboxState to, const QString &done)
{
    const std::optional<std::int64_t> id = outboxId(idText);
    if (!id)
        return Usage;
    try {
        Database db = Workspace::openForWriting(workspace, Workspace::Create::Never);
        Transaction transaction(db, Transaction::Durability::PersonWrote);
        Outbox outbox(db);
        const std::optional<OutboxItem> item = outbox.item(*id);
        if (!item)
            return failWith(Tr::tr("There is no reply %1 in the outbox.").arg(*id));
        if (!outbox.decide(*id, to))
            return failWith(Tr::tr("Reply %1 is %2: that cannot be changed this way.")
                                .arg(*id)
                                .arg(outboxStateKey(item->state)));
        transaction.commit();
        out() << done.arg(*id) << Qt::endl;
        return Ok;
    } catch (const StoreError &e) {
        return failWith(e.message());
    }
}

} // namespace

int listOutbox(const QString &workspace, const QString &state, bool json)
{
    std::vector<OutboxState> states;
    if (state.isEmpty()) {
        states.assign(std::begin(unsentStates), std::end(unsentStates));
    } else if (const auto one = outboxStateFromKey(state)) {
        states.push_back(*one);
    } else {
        err() << Tr::tr("\"%1\" is not a state of the outbox (queued, sending, sent, failed, "
                        "uncertain, awaiting_approval, draft).")
                     .arg(state)
              << Qt::endl;
        return Usage;
    }
    try {
        Database db = Workspace::openForReading(workspace);
        Outbox outbox(db);
        std::vector<OutboxItem> items;
        for (const OutboxState s : states) {
            for (OutboxItem &item : outbox.inState(s, 10000))
                items.push_back(std::move(item));
        }
        std::sort(items.begin(), items.end(),
                  [](const OutboxItem &a, const OutboxItem &b) { return a.id < b.id; });
        for (const OutboxItem &item : items) {
            if (json) {
                const nlohmann::json line{{"id", item.id},
                                          {"case", item.caseId},
                                          {"platform", item.platform.toStdString()},
                                          {"state", outboxStateKey(item.state).toStdString()},
                                          {"attempts", item.attempts},
                                          {"private", item.isPrivate},
                                          {"post", item.platformPostId.toStdString()},
                                          {"error", item.error.toStdString()},
                                          {"updated_at", item.updatedAtMs},
                                          {"body", item.body.toStdString()}};
                out() << QString::fromStdString(line.dump()) << '\n';
                continue;
            }
            const QString when =
                QDateTime::fromMSecsSinceEpoch(item.updatedAtMs).toString(u"yyyy-MM-dd HH:mm"_s);
            out() << Tr::tr("%1  case %2  %3  %4  attempts: %5  %6")
                         .arg(item.id)
                         .arg(item.caseId)
                         .arg(platformTitle(item.platform), outboxStateKey(item.state))
                         .arg(item.attempts)
                         .arg(when)
                  << '\n';
            out() << QStringLiteral("    ") << firstLine(item.body) << '\n';
            if (!item.error.isEmpty())
                out() << QStringLiteral("    ") << item.error << '\n';
        }
        if (items.empty() && !json)
            out() << Tr::tr("The outbox has no such replies.") << '\n';
        out().flush();
        return Ok;
    } catch (const StoreError &e) {
        return failWith(e.message());
    }
}

int retryOutboxItem(const QString &workspace, const QString &id)
{
    return moveItem(workspace, id, OutboxState::Queued,
                    Tr::tr("Reply %1 is queued again; an open window or earshot-cli listen "
                           "sends it."));
}

int resolveOutboxItem(const QString &workspace, const QString &id, const QString &outcome)
{
    if (outcome == u"sent")
        return moveItem(workspace, id, OutboxState::Sent,
                        Tr::tr("Reply %1 is marked sent: it will not be sent again."));
    if (outcome == u"queued")
        return moveItem(workspace, id, OutboxState::Queued,
                        Tr::tr("Reply %1 is queued again; an open window or earshot-cli listen "
                               "sends it."));
    err() << Tr::tr("Say whether reply %1 arrived: earshot-cli outbox resolve %1 sent|queued.")
                 .arg(id)
          << Qt::endl;
    return Usage;
}

} // namespace earshot::cli
