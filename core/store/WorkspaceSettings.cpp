// SPDX-License-Identifier: Apache-2.0
#include "store/WorkspaceSettings.h"

namespace earshot::WorkspaceSettings {

QString value(Database &db, const char *key, const QString &fallback)
{
    Statement s(db, "SELECT value FROM settings WHERE key = ?");
    s.bind(1, QByteArray(key));
    return s.step() ? s.toString(0) : fallback;
}

void setValue(Database &db, const char *key, const QString &value)
{
    Statement s(db, "INSERT INTO settings (key, value) VALUES (?, ?) "
                    "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
    s.bind(1, QByteArray(key)).bind(2, value).run();
}

void save(Database &db, const char *key, const QString &value)
{
    Transaction transaction(db, Transaction::Durability::PersonWrote);
    setValue(db, key, value);
    transaction.commit();
}

} // namespace earshot::WorkspaceSettings
