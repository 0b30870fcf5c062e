// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "replies/ReplyTemplate.h"

#include <QByteArray>
#include <QString>

#include <vector>

namespace earshot {

// Reads a template file (docs/templates-format.md): the starter library that ships inside
// Earshot, or a library a team keeps beside it. Every template and variant is checked before any
// is returned, so a file with one mistake installs nothing.
class TemplateFile final {
public:
    // Throws TemplateError naming the file, the line and the field: "team.json:14:
    // templates[2].body: the { at character 9 is not closed ...".
    static std::vector<ReplyTemplate> read(const QString &path);
    // `name` stands for the file in messages.
    static std::vector<ReplyTemplate> parse(const QByteArray &data, const QString &name);
};

} // namespace earshot
