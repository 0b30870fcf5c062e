// SPDX-License-Identifier: Apache-2.0
#include "ListeningTermCommands.h"

#include "CliCommands.h"
#include "CliSupport.h"
#include "ConsoleOutput.h"
#include "platforms/PlatformTraits.h"
#include "store/ListeningTerms.h"
#include "store/StoreError.h"
#include "store/Workspace.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>

#include <nlohmann/json.hpp>

namespace earshot::cli {

using namespace Qt::StringLiterals;

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

// The networks whose connectors search for listening terms.
const QStringList &searchingNetworks()
{
    static const QStringList networks{u"mastodon"_s, u"bluesky"_s, u"x"_s};
    return networks;
}

QString whereText(const QString &platform)
{
    return platform.isEmpty() ? Tr::tr("every network") : platformTraits(platform).title();
}

// One line of outside text for a terminal: no line breaks, at most `most` characters.
QString oneLine(const QString &text, int most)
{
    QString line = text.simplified();
    if (line.size() > most)
        line = line.left(most - 1) + u'\u2026';
    return line;
}

} // namespace

int addListeningTermCommand(const QString &workspace, const QString &term, const QString &network)
{
    if (!network.isEmpty() && !searchingNetworks().contains(network)) {
        err() << Tr::tr("--network: \"%1\" cannot be searched; listening works on %2.")
                     .arg(network, searchingNetworks().join(u", "_s))
              << Qt::endl;
        return Usage;
    }
    try {
        Database db = Workspace::openForWriting(workspace, Workspace::Create::Never);
        const std::int64_t id = addListeningTerm(db, term, network);
        QString stored = term;
        for (const ListeningTerm &t : listListeningTerms(db)) {
            if (t.id == id)
                stored = t.term;
        }
        out() << Tr::tr("Listening for %1 on %2 (term %3); the connectors search for it from "
                        "their next cycle.")
                     .arg(stored, whereText(network))
                     .arg(id)
              << Qt::endl;
        return Ok;
    } catch (const StoreError &e) {
        return failWith(e.message());
    }
}

int listListeningTermsCommand(const QString &workspace, bool json)
{
    try {
        Database db = Workspace::openForReading(workspace);
        const std::vector<ListeningTerm> terms = listListeningTerms(db);
        for (const ListeningTerm &t : terms) {
            if (json) {
                const nlohmann::json line{
                    {"id", t.id},
                    {"term", t.term.toStdString()},
                    {"network", t.platform.isEmpty() ? nlohmann::json()
                                                     : nlohmann::json(t.platform.toStdString())},
                    {"heard", t.heard},
                    {"last_heard_at",
                     t.lastHeardAtMs ? nlohmann::json(
                         QDateTime::fromMSecsSinceEpoch(t.lastHeardAtMs, QTimeZone::utc())
                             .toString(Qt::ISODate)
                             .toStdString())
                                     : nlohmann::json()},
                    {"last_heard", t.lastHeardAtMs ? nlohmann::json(t.lastHeardText.toStdString())
                                                   : nlohmann::json()}};
                out() << QString::fromStdString(line.dump()) << '\n';
                continue;
            }
            out() << t.id << "  " << t.term << "  " << whereText(t.platform) << "  ";
            if (t.heard == 0)
                out() << Tr::tr("nothing heard yet");
            else
                out() << Tr::tr("heard: %1, the last at %2: %3")
                             .arg(t.heard)
                             .arg(QDateTime::fromMSecsSinceEpoch(t.lastHeardAtMs)
                                      .toString(u"yyyy-MM-dd HH:mm"_s),
                                  oneLine(t.lastHeardText, 60));
            out() << '\n';
        }
        if (terms.empty() && !json)
            out() << Tr::tr("No listening terms. Add one with earshot-cli listen-terms add TERM.")
                  << '\n';
        out().flush();
        return Ok;
    } catch (const StoreError &e) {
        return failWith(e.message());
    }
}

int removeListeningTermCommand(const QString &workspace, const QString &idText)
{
    bool ok = false;
    const std::int64_t id = idText.toLongLong(&ok);
    if (!ok || id <= 0) {
        err() << Tr::tr("\"%1\" is not a listening term's id (see earshot-cli listen-terms list).")
                     .arg(idText)
              << Qt::endl;
        return Usage;
    }
    try {
        Database db = Workspace::openForWriting(workspace, Workspace::Create::Never);
        if (!removeListeningTerm(db, id))
            return failWith(
                Tr::tr("No listening term %1 (see earshot-cli listen-terms list).").arg(id));
        out() << Tr::tr("No longer listening for term %1; what it heard stays.").arg(id)
              << Qt::endl;
        return Ok;
    } catch (const StoreError &e) {
        return failWith(e.message());
    }
}

} // namespace earshot::cli
