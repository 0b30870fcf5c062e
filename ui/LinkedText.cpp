// SPDX-License-Identifier: Apache-2.0
#include "LinkedText.h"

#include "replies/LinkFinder.h"
#include "text/OutsideText.h"

#include <QLabel>

namespace earshot {

using namespace Qt::StringLiterals;

namespace {

// Only addresses with a scheme: a bare "name.tld" in a post is text its author may not have
// meant as a link.
QList<FoundLink> linksIn(const QString &text)
{
    return findLinks(text, LinkStyle::SchemeOnly);
}

// Escaped text, its hidden controls replaced by markers that stand out from the words.
QString escapedWithMarkers(QStringView text)
{
    QString html;
    qsizetype done = 0;
    for (const qsizetype at : hiddenControls(text)) {
        html += text.mid(done, at - done).toString().toHtmlEscaped();
        html += u"<span style=\"color:#a0001c; background-color:#fde4e7\">"_s
                + hiddenControlMarker(text.at(at).unicode()).toHtmlEscaped() + u"</span>"_s;
        done = at + 1;
    }
    return html + text.mid(done).toString().toHtmlEscaped();
}

} // namespace

QString linkedTextHtml(const QString &untrusted)
{
    // pre-wrap keeps the author's spaces and line breaks as a plain-text label would.
    QString html = u"<span style=\"white-space:pre-wrap\">"_s;
    qsizetype done = 0;
    for (const FoundLink &link : linksIn(untrusted)) {
        const QString address = untrusted.mid(link.start, link.length).toHtmlEscaped();
        html += escapedWithMarkers(QStringView(untrusted).mid(done, link.start - done));
        html += u"<a href=\""_s + address + u"\">"_s + address + u"</a>"_s;
        done = link.start + link.length;
    }
    html += escapedWithMarkers(QStringView(untrusted).mid(done)) + u"</span>"_s;
    return html;
}

void setUntrustedText(QLabel *label, const QString &untrusted)
{
    label->setOpenExternalLinks(false);
    const bool hasLinks = !linksIn(untrusted).isEmpty();
    if (!hasLinks && hiddenControls(untrusted).isEmpty()) {
        label->setTextFormat(Qt::PlainText);
        label->setText(untrusted);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        return;
    }
    label->setTextFormat(Qt::RichText);
    label->setText(linkedTextHtml(untrusted));
    // Links reachable by mouse and by Tab, the text still selectable by mouse for copying.
    label->setTextInteractionFlags(hasLinks
                                       ? Qt::TextBrowserInteraction
                                       : Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
}

} // namespace earshot
