// SPDX-License-Identifier: Apache-2.0
#include "views/ReplyComposer.h"

#include "PlainText.h"
#include "dialogs/PreSendDialog.h"
#include "replies/GuidelineChecker.h"
#include "replies/MentionPrefix.h"
#include "replies/Outbox.h"
#include "replies/PersonalDataGuard.h"
#include "replies/ReplyLength.h"
#include "widgets/MentionCompleter.h"
#include "widgets/ReplyEdit.h"

#include <QComboBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTextBlock>
#include <QVBoxLayout>

namespace earshot {

using namespace Qt::StringLiterals;

namespace {

QLabel *messageLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setVisible(false);
    return label;
}

} // namespace

ReplyComposer::ReplyComposer(QWidget *parent)
    : QWidget(parent)
    , m_mode(new QComboBox(this))
    , m_edit(new ReplyEdit(this))
    , m_length(new QLabel(this))
    , m_warnings(messageLabel(this, u"replyWarnings"_s))
    , m_problem(messageLabel(this, u"composerProblem"_s))
    , m_send(new QPushButton(tr("Send"), this))
    , m_sendResolve(new QPushButton(tr("Send and resolve"), this))
    , m_sendNext(new QPushButton(tr("Send and next"), this))
    , m_templates(new QPushButton(tr("Templates..."), this))
{
    setObjectName(u"replyComposer"_s);
    m_mode->setObjectName(u"composerMode"_s);
    m_mode->addItem(tr("Public reply"));
    m_mode->addItem(tr("Private message"));
    m_mode->addItem(tr("Internal note"));
    m_mode->setAccessibleName(tr("Reply or note"));
    m_edit->setObjectName(u"replyEdit"_s);
    m_edit->setAccessibleName(tr("Reply"));
    m_edit->setTabChangesFocus(true);
    m_edit->installEventFilter(this);
    // Installed after the composer's own filter, so it sees the keys first while its list is open.
    m_mentions = new MentionCompleter(m_edit);
    m_edit->setCompleter(m_mentions->completer());
    m_length->setObjectName(u"replyLength"_s);
    m_length->setTextFormat(Qt::PlainText);
    m_send->setObjectName(u"sendButton"_s);
    m_sendResolve->setObjectName(u"sendResolveButton"_s);
    m_sendNext->setObjectName(u"sendNextButton"_s);
    m_templates->setObjectName(u"templatesButton"_s);
    m_warnings->setStyleSheet(u"color: #8a5a00;"_s);
    m_problem->setStyleSheet(u"color: #b00020;"_s);

    auto *top = new QHBoxLayout;
    top->addWidget(m_mode);
    top->addStretch(1);
    top->addWidget(m_length);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_templates);
    buttons->addStretch(1);
    buttons->addWidget(m_sendResolve);
    buttons->addWidget(m_sendNext);
    buttons->addWidget(m_send);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_warnings);
    layout->addWidget(m_problem);
    layout->addLayout(buttons);
    m_edit->setMinimumHeight(70);

    m_draftDelay.setSingleShot(true);
    m_draftDelay.setInterval(600);
    connect(&m_draftDelay, &QTimer::timeout, this, &ReplyComposer::saveDraftNow);
    connect(m_edit, &ReplyEdit::textChanged, this, &ReplyComposer::onTextChanged);
    connect(m_mode, &QComboBox::currentIndexChanged, this, &ReplyComposer::onModeChanged);
    connect(m_send, &QPushButton::clicked, this, [this] { send(); });
    connect(m_sendResolve, &QPushButton::clicked, this, [this] { send(CaseStatus::Resolved); });
    connect(m_sendNext, &QPushButton::clicked, this, [this] { send({}, true); });
    connect(m_templates, &QPushButton::clicked, this, &ReplyComposer::openTemplates);
    clearCase();
}

void ReplyComposer::setTemplateSearch(TemplatePicker::Search search)
{
    m_templateSearch = std::move(search);
}

void ReplyComposer::setGuidelines(const GuidelineSettings &settings)
{
    m_guidelines = settings;
    updateChecks();
}

void ReplyComposer::saveDraftNow()
{
    m_draftDelay.stop();
    if (m_case.caseId == 0)
        return;
    const QString draft = text() == prefix() ? QString() : text();
    Q_EMIT draftEdited(m_case.caseId, draft, mode() == Mode::PrivateMessage);
}

void ReplyComposer::setCase(const ComposerCase &composerCase)
{
    // What was typed in the last second goes with the case it was typed for.
    if (m_draftDelay.isActive())
        saveDraftNow();
    m_loading = true;
    m_case = composerCase;
    setEnabled(true);
    m_problem->setVisible(false);
    // A saved draft keeps its mode; a fresh reply answers the way the customer wrote.
    const bool startPrivate =
        composerCase.draftIsPrivate || (composerCase.draft.isEmpty() && composerCase.isPrivateCase);
    m_mode->setCurrentIndex(startPrivate ? 1 : 0);
    m_previousMode = mode();
    m_stashedReply.clear();
    // A fresh public reply starts with the mention the network needs.
    m_edit->setPlainText(composerCase.draft.isEmpty() && !startPrivate ? prefix()
                                                                       : composerCase.draft);
    m_edit->moveCursor(QTextCursor::End);
    m_loading = false;
    updateChecks();
}

void ReplyComposer::clearCase()
{
    if (m_draftDelay.isActive())
        saveDraftNow();
    m_loading = true;
    m_case = {};
    m_edit->clear();
    m_loading = false;
    m_problem->setVisible(false);
    m_warnings->setVisible(false);
    m_length->clear();
    setEnabled(false);
}

ReplyComposer::Mode ReplyComposer::mode() const
{
    return Mode(m_mode->currentIndex());
}

void ReplyComposer::setMode(Mode mode)
{
    m_mode->setCurrentIndex(int(mode));
}

QString ReplyComposer::text() const
{
    return m_edit->toPlainText();
}

void ReplyComposer::focusEditor()
{
    m_edit->setFocus(Qt::ShortcutFocusReason);
    m_edit->moveCursor(QTextCursor::End);
}

QString ReplyComposer::prefix() const
{
    const QString p = MentionPrefix(m_case.platform, m_case.handle, m_case.homeInstance).text();
    return p;
}

QString ReplyComposer::withPrefix(const QString &draft) const
{
    return MentionPrefix(m_case.platform, m_case.handle, m_case.homeInstance).applyTo(draft);
}

void ReplyComposer::onTextChanged()
{
    updateChecks();
    m_problem->setVisible(false);
    if (!m_loading && m_case.caseId != 0 && mode() != Mode::Note)
        m_draftDelay.start();
}

void ReplyComposer::setColleagues(const std::vector<AgentRow> &agents)
{
    m_mentions->setColleagues(agents);
}

void ReplyComposer::onModeChanged()
{
    const bool note = mode() == Mode::Note;
    m_mentions->setActive(note);
    // A note and a reply are different texts: the reply waits while the agent writes a note,
    // and a reply starts with the mention its network needs, a private message does not.
    const Mode previous = std::exchange(m_previousMode, mode());
    if (!m_loading && previous != mode()) {
        m_loading = true;
        if (note) {
            m_stashedReply = text();
            m_modeBeforeNote = previous;
            m_edit->clear();
        } else if (previous == Mode::Note) {
            m_edit->setPlainText(m_stashedReply.isEmpty() && mode() == Mode::PublicReply
                                     ? prefix()
                                     : m_stashedReply);
        } else if (mode() == Mode::PrivateMessage && !prefix().isEmpty()
                   && text().startsWith(prefix())) {
            // A private message goes to the person alone: "@handle" in front of it only reads
            // oddly, and a person tagged in the text would not be its recipient anyway.
            m_edit->setPlainText(text().mid(prefix().size()));
        } else if (mode() == Mode::PublicReply && text().isEmpty()) {
            m_edit->setPlainText(prefix());
        }
        m_edit->moveCursor(QTextCursor::End);
        m_loading = false;
    }
    m_send->setText(note ? tr("Add note") : tr("Send"));
    m_sendResolve->setVisible(!note);
    m_sendNext->setVisible(!note);
    m_templates->setEnabled(!note);
    updateChecks();
    if (!m_loading && m_case.caseId != 0 && !note)
        m_draftDelay.start();
}

void ReplyComposer::updateChecks()
{
    if (mode() == Mode::Note || m_case.caseId == 0) {
        m_length->clear();
        m_warnings->setVisible(false);
        return;
    }
    const QString draft = text();
    const bool isPrivate = mode() == Mode::PrivateMessage;
    const ReplyLength length = ReplyLength::measure(m_case.platform, draft);
    const QString problem = replyProblem(m_case.platform, draft, isPrivate);
    m_length->setText(tr("%1 / %2").arg(length.used).arg(length.limit));
    m_length->setStyleSheet(length.over && !isPrivate ? u"color: #b00020;"_s : QString());
    QStringList lines;
    for (const QString &warning : guidelineWarnings(draft, isPrivate))
        lines.append(u"\u2022 "_s + warning);
    m_warnings->setText(lines.join(u'\n'));
    m_warnings->setVisible(!lines.isEmpty());
    const bool sendable = problem.isEmpty() && draft != prefix();
    m_send->setEnabled(sendable);
    m_sendResolve->setEnabled(sendable);
    m_sendNext->setEnabled(sendable);
}

void ReplyComposer::send(std::optional<CaseStatus> statusAfter, bool thenNext)
{
    if (m_case.caseId == 0)
        return;
    const QString draft = text();
    if (mode() == Mode::Note) {
        if (draft.trimmed().isEmpty()) {
            showRefusal(tr("An empty note is not saved."));
            return;
        }
        Q_EMIT noteRequested(draft);
        return;
    }
    const bool isPrivate = mode() == Mode::PrivateMessage;
    const QString outgoing = isPrivate ? draft : withPrefix(draft);
    const QString problem = draft == prefix() ? replyProblem(m_case.platform, QString(), isPrivate)
                                              : replyProblem(m_case.platform, outgoing, isPrivate);
    if (!problem.isEmpty()) {
        showRefusal(problem);
        return;
    }
    checkThenSend(outgoing, isPrivate, statusAfter, thenNext);
}

QStringList ReplyComposer::guidelineWarnings(const QString &draft, bool isPrivate) const
{
    GuidelineContext context;
    context.platform = m_case.platform;
    context.customerIsNegative = m_case.customerIsNegative;
    context.agentInitials = m_case.agentInitials;
    context.publicPost = !isPrivate;
    QStringList warnings;
    for (const GuidelineWarning &warning : GuidelineChecker(m_guidelines).check(draft, context)) {
        // The length rule speaks of public posts; a private message has its own limit.
        if (isPrivate && warning.rule == GuidelineRule::OverLength)
            continue;
        if (!warnings.contains(warning.explanation))
            warnings.append(warning.explanation);
    }
    return warnings;
}

void ReplyComposer::setCaseFindings(CaseFindings findings)
{
    m_caseFindings = std::move(findings);
}

void ReplyComposer::checkThenSend(const QString &outgoing, bool isPrivate,
                                  std::optional<CaseStatus> statusAfter, bool thenNext)
{
    // One step for every check, in one list: personal data going out in public, what the brand
    // guidelines warn of, and what the case adds (a message the agent has not seen).
    QStringList findings;
    bool personalData = false;
    if (!isPrivate) {
        for (const PersonalDataFinding &finding : PersonalDataGuard::scan(outgoing)) {
            personalData = true;
            findings.append(tr("Personal data in a public reply, everyone can read it: %1 \"%2\"")
                                .arg(personalDataKindName(finding.kind), finding.text));
        }
    }
    findings.append(guidelineWarnings(text(), isPrivate));
    if (m_caseFindings)
        findings.append(m_caseFindings());
    findings.removeDuplicates();
    if (findings.isEmpty()) {
        Q_EMIT replyRequested(outgoing, isPrivate, statusAfter, thenNext);
        return;
    }
    auto *check =
        new PreSendDialog(PreSendDialog::Action::Send, findings, personalData && !isPrivate, this);
    check->setAttribute(Qt::WA_DeleteOnClose);
    connect(check, &QDialog::accepted, this, [this, check, outgoing, statusAfter, thenNext] {
        Q_EMIT findingsAccepted();
        if (check->sendPrivately()) {
            setMode(Mode::PrivateMessage);
            Q_EMIT replyRequested(text(), true, statusAfter, thenNext);
            return;
        }
        Q_EMIT replyRequested(outgoing, false, statusAfter, thenNext);
    });
    connect(check, &QDialog::rejected, this, [this] { focusEditor(); });
    check->open();
}

void ReplyComposer::openTemplates()
{
    if (m_case.caseId == 0 || mode() == Mode::Note || !m_templateSearch)
        return;
    auto *picker = new TemplatePicker(m_templateSearch, m_case.variables, this);
    picker->setAttribute(Qt::WA_DeleteOnClose);
    connect(picker, &QDialog::accepted, this, [this, picker] {
        QString chosen = picker->chosenText();
        const QString current = text();
        // The template replaces what is there, keeping the mention prefix at its start.
        const QString start = current.startsWith(prefix()) ? prefix() : QString();
        if (!start.isEmpty() && chosen.startsWith(start.trimmed()))
            chosen = chosen.mid(start.trimmed().size()).trimmed();
        m_edit->setPlainText(start + chosen);
        focusEditor();
    });
    picker->open();
}

void ReplyComposer::replySent()
{
    m_draftDelay.stop();
    if (mode() == Mode::Note) {
        // The note is saved; the reply the agent set aside for it comes back.
        m_loading = true;
        m_edit->clear();
        m_loading = false;
        setMode(m_modeBeforeNote);
        m_problem->setVisible(false);
        return;
    }
    ComposerCase fresh = m_case;
    fresh.draft.clear();
    fresh.draftIsPrivate = mode() == Mode::PrivateMessage;
    setCase(fresh);
}

void ReplyComposer::showRefusal(const QString &reason, const QStringList &changes)
{
    QString message = reason;
    for (const QString &change : changes)
        message += u"\n\u2022 "_s + change;
    if (!changes.isEmpty())
        message += u"\n"_s + tr("Your text is kept: read the case again, then send.");
    m_problem->setText(message);
    m_problem->setVisible(true);
}

bool ReplyComposer::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        // "/" at the start of a line opens the templates instead of typing a slash.
        if (key->text() == u"/" && mode() != Mode::Note) {
            const QTextCursor cursor = m_edit->textCursor();
            const QString before = cursor.block().text().left(cursor.positionInBlock());
            if (before.trimmed().isEmpty() || before == prefix()) {
                openTemplates();
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace earshot
