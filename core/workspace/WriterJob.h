// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "store/Sqlite.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QVariant>

#include <functional>

namespace earshot {

class Ingestor;

// What a job on the writer thread changed.
struct WriterJobResult {
    QString name; // the job's name, so the one who asked knows which came back
    QList<qint64> changedCases;
    QList<qint64> outboxIds; // replies the job moved on
    int inserted = 0;        // mentions it added
    QString error;           // empty when the job's transaction committed
    QVariant answer;         // what else the job tells its asker (a command's outcome)
};

// Work that must happen on the write connection, in one transaction (moving an outbox item on,
// waking snoozed cases). `work` runs on the writer thread: it must not touch GUI objects and
// captures what it needs by value.
struct WriterJob {
    QString name;
    Transaction::Durability durability = Transaction::Durability::PersonWrote;
    std::function<WriterJobResult(Database &db, Ingestor &ingestor)> work;
};

} // namespace earshot

Q_DECLARE_METATYPE(earshot::WriterJobResult)
