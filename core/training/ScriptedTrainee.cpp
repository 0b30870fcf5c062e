// SPDX-License-Identifier: Apache-2.0
#include "training/ScriptedTrainee.h"

#include "Tr.h"
#include "platforms/simulation/ScenarioReader.h"
#include "json/JsonInput.h"
#include "json/JsonLocator.h"

#include <QFile>
#include <QFileInfo>
#include <QStringList>

#include <nlohmann/json.hpp>

namespace earshot {

using nlohmann::json;
using namespace Qt::StringLiterals;

ScriptedTrainee ScriptedTrainee::readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw ScenarioError(Tr::tr("Cannot read %1: %2").arg(path, file.errorString()));
    return readData(file.readAll(), QFileInfo(path).fileName());
}

ScriptedTrainee ScriptedTrainee::readData(const QByteArray &data, const QString &name)
{
    const std::string text = data.toStdString();
    JsonInput input = parseJsonInput(text);
    if (!input.ok())
        throw ScenarioError(input.error->located(text, name));
    QStringList problems;
    const auto problem = [&](const JsonPath &path, const QString &reason) {
        problems.append(u"%1:%2: %3: %4"_s.arg(name)
                            .arg(lineOfJsonPath(text, path))
                            .arg(formatJsonPath(path), reason));
    };
    ScriptedTrainee out;
    const json &root = input.value;
    const JsonPath top;
    if (!root.is_object() || !root.contains("actions") || !root["actions"].is_array()) {
        problem(top + "actions", Tr::tr("is missing"));
        throw ScenarioError(problems.join(u'\n'));
    }
    const json &actions = root["actions"];
    for (std::size_t i = 0; i < actions.size(); ++i) {
        const JsonPath at = top + "actions" + i;
        const json &o = actions[i];
        if (!o.is_object()) {
            problem(at, Tr::tr("must be an object"));
            continue;
        }
        const auto textOf = [&](const char *key) {
            if (!o.contains(key))
                return QString();
            if (!o[key].is_string()) {
                problem(at + key,
                        Tr::tr("has the wrong type (expected %1)").arg(Tr::tr("a string")));
                return QString();
            }
            return QString::fromStdString(o[key].get<std::string>());
        };
        const auto flag = [&](const char *key) {
            if (!o.contains(key))
                return false;
            if (!o[key].is_boolean()) {
                problem(at + key,
                        Tr::tr("has the wrong type (expected %1)").arg(Tr::tr("true or false")));
                return false;
            }
            return o[key].get<bool>();
        };
        TraineeAction a;
        a.inject = textOf("inject");
        if (a.inject.isEmpty())
            problem(at + "inject", Tr::tr("is missing"));
        a.agent = textOf("agent");
        if (a.agent.isEmpty())
            problem(at + "agent", Tr::tr("is missing"));
        if (o.contains("after_seconds")) {
            if (!o["after_seconds"].is_number_integer()
                || o["after_seconds"].get<std::int64_t>() < 0)
                problem(at + "after_seconds", Tr::tr("must be from %1 to %2").arg(0).arg(36000));
            else
                a.afterSeconds = o["after_seconds"].get<std::int64_t>();
        }
        a.reply = textOf("reply");
        a.isPrivate = flag("private");
        a.escalateTo = textOf("escalate_to");
        a.resolve = flag("resolve");
        out.actions.push_back(a);
    }
    if (!problems.isEmpty())
        throw ScenarioError(problems.join(u'\n'));
    return out;
}

} // namespace earshot
