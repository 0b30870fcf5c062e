// SPDX-License-Identifier: Apache-2.0
#include "connectors/NetworkRegistry.h"

#include <QHash>
#include <QMutex>
#include <QMutexLocker>

namespace earshot {

namespace {

struct Registry {
    QMutex mutex;
    QHash<QString, NetworkFactory> factories;
};

Registry &registry()
{
    static Registry instance;
    return instance;
}

} // namespace

void registerNetwork(const QString &key, NetworkFactory factory)
{
    Registry &r = registry();
    const QMutexLocker lock(&r.mutex);
    r.factories.insert(key, std::move(factory));
}

NetworkFactory networkFactory(const QString &key)
{
    Registry &r = registry();
    const QMutexLocker lock(&r.mutex);
    return r.factories.value(key);
}

QStringList registeredNetworks()
{
    Registry &r = registry();
    const QMutexLocker lock(&r.mutex);
    QStringList keys = r.factories.keys();
    keys.sort();
    return keys;
}

} // namespace earshot
