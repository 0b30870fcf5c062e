// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>
#include <QString>
#include <QThread>

#include <memory>

namespace earshot {

// SQLite's full check of an open workspace (every page and every index entry), on a thread of
// its own at idle priority, so even a large file is checked without the window waiting: opening
// runs only the quick check, and only on files where it takes well under a second.
class WorkspaceHealth final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkspaceHealth)

public:
    explicit WorkspaceHealth(const QString &path, QObject *parent = nullptr);
    ~WorkspaceHealth() override;

    void start();

Q_SIGNALS:
    // `message` says what is damaged and how to recover what can be read.
    void damaged(const QString &message);

private:
    struct Running;

    QString m_path;
    std::shared_ptr<Running> m_running;
    QThread *m_thread = nullptr;
};

} // namespace earshot
