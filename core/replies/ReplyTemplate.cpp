// SPDX-License-Identifier: Apache-2.0
#include "replies/ReplyTemplate.h"

#include "Tr.h"
#include "platforms/PlatformTraits.h"
#include "replies/TemplateRenderer.h"

namespace earshot {

namespace {

// Long enough for any sensible name, short enough to fit a list row.
constexpr int maxNameLength = 120;
constexpr int maxBodyLength = 5000;

} // namespace

QStringList ReplyTemplate::problems() const
{
    QStringList found;
    const QString shownName = name.trimmed();
    if (shownName.isEmpty())
        found.append(Tr::tr("A template needs a name."));
    else if (shownName.size() > maxNameLength)
        found.append(
            Tr::tr("The name of a template can have at most %1 characters.").arg(maxNameLength));
    if (!platform.isEmpty() && !isKnownPlatform(platform))
        found.append(Tr::tr("\"%1\" is not a known network.").arg(platform.left(40)));
    if (body.trimmed().isEmpty()) {
        found.append(Tr::tr("The template has no text."));
    } else if (body.size() > maxBodyLength) {
        found.append(
            Tr::tr("The text of a template can have at most %1 characters.").arg(maxBodyLength));
    } else {
        const TemplateRenderer renderer(body);
        for (const TemplateSyntaxError &error : renderer.errors())
            found.append(error.message);
    }
    return found;
}

QString ReplyTemplate::firstLine() const
{
    return body.section(u'\n', 0, 0).trimmed();
}

} // namespace earshot
