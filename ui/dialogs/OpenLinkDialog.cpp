// SPDX-License-Identifier: Apache-2.0
#include "dialogs/OpenLinkDialog.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace earshot {

using namespace Qt::StringLiterals;

namespace {

OpenLinkDialog::Opener &currentOpener()
{
    static OpenLinkDialog::Opener opener;
    return opener;
}

// The address as the browser will request it. Unicode hosts become punycode (the name the
// lookup really uses), everything after the host is percent-encoded.
LinkPreview partsOf(const QUrl &url)
{
    LinkPreview parts;
    parts.beforeHost = url.scheme().toLower() + u"://"_s;
    if (!url.userInfo().isEmpty())
        parts.beforeHost += url.userInfo(QUrl::FullyEncoded) + u'@';
    parts.host = QString::fromLatin1(QUrl::toAce(url.host(QUrl::FullyDecoded)));
    if (url.port() != -1)
        parts.afterHost = u':' + QString::number(url.port());
    parts.afterHost +=
        QString::fromLatin1(url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority));
    return parts;
}

bool isInternational(const QString &asciiHost)
{
    const QStringList labels = asciiHost.split(u'.');
    return std::any_of(labels.cbegin(), labels.cend(), [](const QString &label) {
        return label.startsWith(u"xn--"_s, Qt::CaseInsensitive);
    });
}

} // namespace

OpenLinkDialog::Opener OpenLinkDialog::setOpener(Opener opener)
{
    return std::exchange(currentOpener(), std::move(opener));
}

LinkPreview OpenLinkDialog::preview(const QString &visibleText, const QString &target)
{
    const QUrl url(target.trimmed(), QUrl::TolerantMode);
    const QString scheme = url.scheme().toLower();
    LinkPreview preview = partsOf(url);
    preview.openable =
        url.isValid() && (scheme == u"http" || scheme == u"https") && !preview.host.isEmpty();
    if (preview.openable) {
        preview.url = QUrl::fromEncoded(preview.address().toLatin1(), QUrl::StrictMode);
        preview.openable = preview.url.isValid();
    }
    if (!preview.openable) {
        preview = LinkPreview{};
        preview.beforeHost = target;
        preview.warnings.append(tr("Earshot opens only web addresses (http and https)."));
        return preview;
    }
    if (isInternational(preview.host))
        preview.warnings.append(tr("This address contains letters from other alphabets; its real "
                                   "name is %1. Letters that look alike can imitate a name you "
                                   "know.")
                                    .arg(preview.host));
    if (!url.userInfo().isEmpty())
        preview.warnings.append(
            tr("The part before \"@\" is not where this link leads: it leads to %1.")
                .arg(preview.host));
    const QUrl shown(visibleText.trimmed(), QUrl::TolerantMode);
    if (!shown.isValid() || partsOf(shown).address() != preview.address())
        preview.warnings.append(tr("The text of this link differs from the address it leads to."));
    return preview;
}

QString OpenLinkDialog::messageHtml(const LinkPreview &preview)
{
    QString html = u"<p>"_s + tr("Open this address in your web browser?").toHtmlEscaped()
                   + u"</p><p>"_s + preview.beforeHost.toHtmlEscaped();
    if (!preview.host.isEmpty())
        html += u"<b>"_s + preview.host.toHtmlEscaped() + u"</b>"_s;
    html += preview.afterHost.toHtmlEscaped() + u"</p>"_s;
    for (const QString &warning : preview.warnings)
        html += u"<p>"_s + tr("Warning: %1").arg(warning).toHtmlEscaped() + u"</p>"_s;
    return html;
}

OpenLinkDialog *OpenLinkDialog::ask(QWidget *parent, const QString &visibleText,
                                    const QString &target)
{
    auto *dialog = new OpenLinkDialog(visibleText, target, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

OpenLinkDialog::OpenLinkDialog(const QString &visibleText, const QString &target, QWidget *parent)
    : QDialog(parent)
    , m_preview(preview(visibleText, target))
{
    setObjectName(u"openLinkDialog"_s);
    setWindowTitle(tr("Open link"));
    auto *message = new QLabel(messageHtml(m_preview), this);
    message->setObjectName(u"linkMessage"_s);
    message->setTextFormat(Qt::RichText);
    message->setWordWrap(true);
    message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    if (m_preview.openable) {
        QPushButton *open =
            buttons->addButton(tr("&Open in browser"), QDialogButtonBox::AcceptRole);
        open->setObjectName(u"openLinkButton"_s);
        open->setAutoDefault(false);
    }
    QPushButton *cancel = buttons->button(QDialogButtonBox::Cancel);
    cancel->setDefault(true);
    cancel->setFocus();
    connect(buttons, &QDialogButtonBox::accepted, this, &OpenLinkDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &OpenLinkDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(message);
    layout->addWidget(buttons);
}

void OpenLinkDialog::accept()
{
    if (!m_preview.openable)
        return;
    if (const Opener &opener = currentOpener())
        opener(m_preview.url);
    else
        QDesktopServices::openUrl(m_preview.url);
    QDialog::accept();
}

} // namespace earshot
