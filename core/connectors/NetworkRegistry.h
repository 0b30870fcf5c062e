// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "connectors/Connector.h"
#include "connectors/ReplySender.h"

#include <QString>
#include <QStringList>

#include <cstdint>
#include <functional>
#include <memory>

namespace earshot {

class Clock;
class NetworkLoop;
class StoreWriter;

// What a network's factory is handed besides the account.
struct NetworkContext {
    StoreWriter *writer = nullptr; // the workspace's writer (the Simulation's customers write back)
    NetworkLoop *net = nullptr;    // how real networks speak HTTP; none in a demo or training
    std::shared_ptr<Clock> clock;  // the session's clock
    std::uint64_t seed = 0;        // the session's seed, for a network's own dice
    // Keeps an account's renewed secret (an OAuth token refreshed by its connector) where its
    // secret is kept; called on the host's thread. May be empty (nothing is kept).
    std::function<void(std::int64_t accountId, const QString &secret)> secretRenewed;
};

// What a network makes for one account. Either may be missing (a network Earshot only hears).
struct NetworkParts {
    std::unique_ptr<Connector> connector;
    std::unique_ptr<ReplySender> sender;
    // The sender posts the replies of every network (the Simulation platform in a demo stands in
    // for all of them), not only its own.
    bool sendsForEveryNetwork = false;
};

// Makes one account's parts; throws earshot::Error (a scenario that cannot be read, say) with a
// message a person can act on.
using NetworkFactory =
    std::function<NetworkParts(const ConnectorAccount &account, const NetworkContext &context)>;

// A network is one folder (core/platforms/<network>) and one line that registers its factory under
// its key (core/session/Networks.cpp). Registering a key again replaces its factory. Thread-safe.
void registerNetwork(const QString &key, NetworkFactory factory);
// The factory of the network with this key; empty when none is registered.
NetworkFactory networkFactory(const QString &key);
QStringList registeredNetworks();

} // namespace earshot
