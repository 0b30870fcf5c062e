// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "Error.h"

#include <QString>
#include <QStringList>

#include <cstdint>

namespace earshot {

// A tone-of-voice template as the library keeps it. Templates with the same name form one
// template: the row without a platform is the generic text, a row with a platform is the
// variant written for that network (shorter for X, within 300 graphemes for Bluesky).
struct ReplyTemplate {
    std::int64_t id = 0; // 0 until stored
    QString name;
    QString tone;     // Friendly, Formal, Apologetic, Empathetic, or the workspace's own
    QString category; // complaint, claim/refund, question, ...
    QString platform; // empty: any network
    QString body;

    // What is wrong with this template, one message per problem, for the person who wrote it;
    // empty when it can be stored.
    QStringList problems() const;
    // The first line of the body, for lists that show one line per template.
    QString firstLine() const;
};

// A template or a template file that cannot be used; message() says what and where.
class TemplateError : public Error {
public:
    using Error::Error;
};

} // namespace earshot
