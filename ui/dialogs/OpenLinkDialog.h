// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDialog>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <functional>

namespace earshot {

// Where a link really leads, worked out before anything opens it.
struct LinkPreview {
    // The whole address in three parts, so the host can stand out: "https://" "fernline.example"
    // "/help". The host is in ASCII (punycode) as the browser will look it up; the rest is
    // percent-encoded, so invisible or right-to-left characters show as what they are.
    QString beforeHost;
    QString host;
    QString afterHost;
    QUrl url;              // exactly what opening opens: the three parts above, nothing else
    QStringList warnings;  // translated, plain text
    bool openable = false; // a web address (http or https) with a valid host

    QString address() const { return beforeHost + host + afterHost; }
};

// Asks before a link from outside leaves Earshot: shows the real address with its host
// emphasised and warns when the link pretends to be something else. Cancel is the default
// button, so a stray Enter opens nothing.
class OpenLinkDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OpenLinkDialog)

public:
    // How an accepted link is opened: QDesktopServices::openUrl unless replaced (by tests).
    using Opener = std::function<void(const QUrl &)>;
    // Installs `opener` (empty: the default) and returns the one it replaces.
    static Opener setOpener(Opener opener);

    // `visibleText` is what the reader saw as the link; `target` the address it leads to.
    static LinkPreview preview(const QString &visibleText, const QString &target);
    // The dialog's message: rich text built only from escaped pieces and our own tags.
    static QString messageHtml(const LinkPreview &preview);

    // Shows the question window-modal (no nested event loop) and opens the link only when the
    // person accepts. The dialog deletes itself when closed.
    static OpenLinkDialog *ask(QWidget *parent, const QString &visibleText, const QString &target);

    OpenLinkDialog(const QString &visibleText, const QString &target, QWidget *parent = nullptr);

    const LinkPreview &linkPreview() const { return m_preview; }
    void accept() override;

private:
    LinkPreview m_preview;
};

} // namespace earshot
