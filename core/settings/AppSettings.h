// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QSettings>
#include <QString>
#include <QVariant>

#include <memory>
#include <optional>

namespace earshot {

// A person's own settings (window layout, last queue, language), as one typed registry over
// QSettings. Workspace-wide settings live in the workspace file instead (WorkspaceSettings).
template <typename T> struct SettingKey {
    const char *name;
    T fallback;
};

namespace Settings {
inline const SettingKey<QByteArray> windowGeometry{"window/geometry", {}};
inline const SettingKey<QByteArray> windowState{"window/state", {}};
inline const SettingKey<QByteArray> splitterState{"window/splitter", {}};
inline const SettingKey<QByteArray> caseListHeader{"window/case_list_header", {}};
inline const SettingKey<QString> lastQueue{"inbox/queue", QStringLiteral("new")};
inline const SettingKey<QString> language{"general/language", {}};
// The agent this person works as (an agent key of the workspace).
inline const SettingKey<QString> agentKey{"general/agent", {}};
// Qt's logging filter rules for this person's Earshot, separated by ';' ("earshot.*.debug=true");
// QT_LOGGING_RULES wins where both speak. Read by the window and earshot-cli (app/shared/LogSink).
inline const SettingKey<QString> logRules{"logging/rules", {}};
} // namespace Settings

class AppSettings final {
public:
    // The person's settings file, in the place the platform keeps such files.
    AppSettings();
    // A settings file of its own (tests, portable installs).
    explicit AppSettings(const QString &iniPath);
    // Writes what changed; the file stays readable by its owner only.
    ~AppSettings();
    AppSettings(const AppSettings &) = delete;
    AppSettings &operator=(const AppSettings &) = delete;

    template <typename T> T value(const SettingKey<T> &key) const
    {
        const QVariant stored = m_settings->value(QLatin1String(key.name));
        return stored.isValid() ? stored.value<T>() : key.fallback;
    }

    template <typename T> void setValue(const SettingKey<T> &key, const T &value)
    {
        m_settings->setValue(QLatin1String(key.name), QVariant::fromValue(value));
    }

    // Keys made at run time, such as one per keyboard command ("shortcuts/cases.next"), where an
    // absent key (use the default) and an empty value (switched off) mean different things.
    std::optional<QString> text(const QString &key) const
    {
        if (!m_settings->contains(key))
            return std::nullopt;
        return m_settings->value(key).toString();
    }
    void setText(const QString &key, const QString &value) { m_settings->setValue(key, value); }
    void remove(const QString &key) { m_settings->remove(key); }

    void sync();

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace earshot
