// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QObject>
#include <QTimer>

#include <cstdint>

namespace earshot {

class Database;

// Notices what other connections wrote to the workspace, in this process or another (a second
// window, the command line, a listener), and says which cases changed. It reads the case_changes
// table that the workspace's triggers fill in the same transaction as each change, and only when
// SQLite's data_version says someone else committed, so an idle workspace costs one pragma per
// look. Lives on the thread that owns `reader`.
class WorkspaceWatcher final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkspaceWatcher)

public:
    // How often it looks: changes reach a window well within a second.
    static constexpr int lookIntervalMs = 400;
    // More changed cases than this at once (a bulk import) are reported as everythingChanged.
    static constexpr int maxCasesPerLook = 500;

    explicit WorkspaceWatcher(Database &reader, QObject *parent = nullptr);

    void start();
    // One look now; normally the timer calls it. Throws nothing: a failed read is reported.
    void look();

Q_SIGNALS:
    // Another connection committed something (before casesChanged, if cases changed): what is not
    // a case, such as the connected accounts, may have changed too.
    void committed();
    void casesChanged(const QList<qint64> &caseIds);
    // Too much changed to say which cases (or the record of it was already pruned): read again.
    void everythingChanged();
    void readFailed(const QString &message);

private:
    std::int64_t latestChange();

    Database &m_reader;
    QTimer m_timer;
    std::int64_t m_dataVersion = -1;
    std::int64_t m_lastSeen = 0;
};

} // namespace earshot
