// SPDX-License-Identifier: Apache-2.0
#include "replies/TemplateFile.h"

#include "Tr.h"
#include "json/JsonInput.h"
#include "json/JsonLocator.h"

#include <QFile>
#include <QSet>

#include <nlohmann/json.hpp>

namespace earshot {

using nlohmann::json;
using namespace Qt::StringLiterals;

namespace {

class Reader {
public:
    Reader(const std::string &text, const QString &name)
        : m_text(text)
        , m_name(name)
    {}

    std::vector<ReplyTemplate> read()
    {
        JsonInput input = parseJsonInput(m_text);
        if (!input.ok())
            throw TemplateError(input.error->located(m_text, m_name));
        const json root = std::move(input.value);
        const JsonPath top;
        if (!root.is_object())
            fail(top, Tr::tr("a template file must be a JSON object"));
        if (string(root, top, "format") != u"earshot-templates")
            fail(top + "format", Tr::tr("must be \"earshot-templates\""));
        const auto version = root.find("version");
        if (version == root.end() || !version->is_number_integer() || version->get<int>() != 1)
            fail(top + "version", Tr::tr("this Earshot reads template files of version 1"));
        const auto list = root.find("templates");
        if (list == root.end() || !list->is_array())
            fail(top + "templates", Tr::tr("must be a list of templates"));

        std::vector<ReplyTemplate> templates;
        QSet<QString> names;
        for (std::size_t i = 0; i < list->size(); ++i)
            readTemplate((*list)[i], top + "templates" + i, names, templates);
        return templates;
    }

private:
    void readTemplate(const json &object, const JsonPath &at, QSet<QString> &names,
                      std::vector<ReplyTemplate> &out) const
    {
        if (!object.is_object())
            fail(at, Tr::tr("a template must be a JSON object"));
        ReplyTemplate generic;
        generic.name = string(object, at, "name").trimmed();
        if (generic.name.isEmpty())
            fail(at + "name", Tr::tr("is empty"));
        if (names.contains(generic.name.toCaseFolded()))
            fail(at + "name",
                 Tr::tr("\"%1\" is already used by an earlier template").arg(generic.name));
        names.insert(generic.name.toCaseFolded());
        generic.tone = optionalString(object, at, "tone");
        generic.category = optionalString(object, at, "category");
        generic.body = string(object, at, "body");
        check(generic, at + "body");
        out.push_back(generic);

        const auto variants = object.find("variants");
        if (variants == object.end() || variants->is_null())
            return;
        if (!variants->is_object())
            fail(at + "variants", Tr::tr("must map networks to text, as in {\"x\": \"...\"}"));
        for (const auto &[platform, text] : variants->items()) {
            const JsonPath path = at + "variants" + platform.c_str();
            if (!text.is_string())
                fail(path, Tr::tr("must be text"));
            ReplyTemplate variant = generic;
            variant.platform = QString::fromStdString(platform);
            variant.body = QString::fromStdString(text.get<std::string>());
            check(variant, path);
            out.push_back(variant);
        }
    }

    void check(const ReplyTemplate &t, const JsonPath &path) const
    {
        const QStringList problems = t.problems();
        if (!problems.isEmpty())
            fail(path, problems.first());
    }

    QString string(const json &object, const JsonPath &at, const char *key) const
    {
        const auto it = object.find(key);
        if (it == object.end() || it->is_null())
            fail(at + key, Tr::tr("is missing"));
        if (!it->is_string())
            fail(at + key, Tr::tr("must be text"));
        return QString::fromStdString(it->get<std::string>());
    }

    QString optionalString(const json &object, const JsonPath &at, const char *key) const
    {
        if (!object.contains(key) || object[key].is_null())
            return {};
        return string(object, at, key).trimmed();
    }

    [[noreturn]] void fail(const JsonPath &path, const QString &reason) const
    {
        const int line = lineOfJsonPath(m_text, path);
        const QString where = path.empty() ? QString() : formatJsonPath(path) + u": "_s;
        throw TemplateError(u"%1:%2: %3%4"_s.arg(m_name).arg(line).arg(where, reason));
    }

    const std::string &m_text;
    QString m_name;
};

} // namespace

std::vector<ReplyTemplate> TemplateFile::read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw TemplateError(
            Tr::tr("Cannot read template file %1: %2").arg(path, file.errorString()));
    return parse(file.readAll(), path);
}

std::vector<ReplyTemplate> TemplateFile::parse(const QByteArray &data, const QString &name)
{
    const std::string text = data.toStdString();
    return Reader(text, name).read();
}

} // namespace earshot
