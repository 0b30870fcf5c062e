// SPDX-License-Identifier: Apache-2.0
#include "CaseDesk.h"

#include "PersonActions.h"
#include "PlainText.h"
#include "cases/CaseDetails.h"
#include "cases/CasePresence.h"
#include "cases/CaseSeen.h"
#include "dialogs/PreSendDialog.h"
#include "platforms/PlatformTraits.h"
#include "replies/PersonName.h"
#include "session/WorkspaceSession.h"
#include "store/StoreError.h"
#include "views/CaseActionBar.h"
#include "views/ConversationView.h"
#include "views/PersonMenu.h"
#include "views/ReplyComposer.h"
#include "widgets/ReplyEdit.h"

#include <QLabel>
#include <QSplitter>
#include <QVBoxLayout>

namespace earshot {

using namespace Qt::StringLiterals;

namespace {

QString initialsOf(const QString &name)
{
    QString initials;
    for (const QString &word : name.split(u' ', Qt::SkipEmptyParts))
        initials.append(word.front().toUpper());
    return initials;
}

} // namespace

CaseDesk::CaseDesk(WorkspaceSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_actions(new CaseActionBar(this))
    , m_conversation(new ConversationView(this))
    , m_person(new PersonActions(session, m_conversation, this))
    , m_composer(new ReplyComposer(this))
    , m_presence(newPlainLabel(this))
{
    setObjectName(u"caseDesk"_s);
    m_presence->setObjectName(u"casePresence"_s);
    m_presence->setStyleSheet(u"color: #6a1b9a;"_s);
    m_presence->setVisible(false);
    auto *reading = new QWidget(this);
    auto *readingLayout = new QVBoxLayout(reading);
    readingLayout->setContentsMargins(0, 0, 0, 0);
    readingLayout->addWidget(m_actions);
    readingLayout->addWidget(m_presence);
    readingLayout->addWidget(m_conversation, 1);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(u"deskSplitter"_s);
    split->addWidget(reading);
    split->addWidget(m_composer);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    split->setSizes({520, 200});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);

    connect(m_actions, &CaseActionBar::commandRequested, this, &CaseDesk::requestFromActionBar);
    connect(m_composer, &ReplyComposer::replyRequested, this, &CaseDesk::onReplyRequested);
    m_composer->setCaseFindings([this] { return caseFindings(false); });
    connect(m_composer, &ReplyComposer::findingsAccepted, this, &CaseDesk::acknowledgeNewest);
    // Colleagues see who is on a case: a beat every few seconds, at once when writing starts.
    m_beat.setInterval(int(presenceBeatMs));
    connect(&m_beat, &QTimer::timeout, this, &CaseDesk::beat);
    connect(m_composer->editor(), &ReplyEdit::textChanged, this, [this] {
        if (m_caseId == 0 || m_loadingCase)
            return; // a draft put back is not writing
        m_lastTyped.start();
        if (!m_wasWriting)
            beat();
    });
    connect(m_composer, &ReplyComposer::noteRequested, this, [this](const QString &text) {
        CaseCommand note;
        note.kind = CaseCommand::Kind::AddNote;
        note.text = text;
        execute(note);
    });
    connect(m_composer, &ReplyComposer::draftEdited, this,
            [this](qint64 caseId, const QString &text, bool isPrivate) {
                CaseCommand draft;
                draft.kind = CaseCommand::Kind::SaveDraft;
                draft.caseId = caseId;
                draft.text = text;
                draft.isPrivate = isPrivate;
                execute(draft, false);
            });
    connect(&session, &WorkspaceSession::commandDone, this, &CaseDesk::onCommandDone);
    connect(m_conversation, &ConversationView::replyDecided, &session,
            &WorkspaceSession::decideReply);
    connect(&session, &WorkspaceSession::replyDecided, this, [this](const QString &error) {
        if (!error.isEmpty())
            Q_EMIT message(error);
    });
    connect(m_person, &PersonActions::message, this, &CaseDesk::message);
    connect(m_person, &PersonActions::personChanged, this, [this] {
        if (m_caseId != 0)
            showCase(m_caseId);
    });
    connect(m_composer->editor(), &ReplyEdit::wordAddedToDictionary, this,
            &CaseDesk::keepWordForTheTeam);
    // Reads from the network on request: the whole conversation, the person's profile.
    connect(m_conversation, &ConversationView::caseRequested, this, &CaseDesk::caseRequested);
    connect(m_conversation, &ConversationView::loadConversationRequested, this,
            [this](qint64 caseId) {
                m_conversation->setConversationLoading(true);
                m_session.loadConversation(caseId);
            });
    connect(m_conversation->personMenu(), &PersonMenu::refreshProfileRequested, this, [this] {
        if (const auto &person = m_conversation->person())
            m_session.refreshProfile(person->id, m_caseId);
    });
    connect(&session, &WorkspaceSession::networkReadDone, this, &CaseDesk::onNetworkRead);
}

CaseDesk::~CaseDesk()
{
    if (m_caseId != 0)
        m_session.beatPresence(0, false);
}

void CaseDesk::onNetworkRead(const NetworkReadOutcome &outcome)
{
    if (outcome.kind == NetworkReadOutcome::Kind::Conversation)
        m_conversation->setConversationLoading(false);
    if (!outcome.ok) {
        Q_EMIT message(outcome.error);
        return;
    }
    if (outcome.kind == NetworkReadOutcome::Kind::Conversation)
        Q_EMIT message(tr("Conversation read: %1 new posts, %2 edited, %3 deleted.")
                           .arg(outcome.newPosts)
                           .arg(outcome.edited)
                           .arg(outcome.deleted));
    else
        Q_EMIT message(tr("Profile read."));
    if (m_caseId != 0 && (outcome.caseId == m_caseId || outcome.caseId == 0))
        showCase(m_caseId);
}

void CaseDesk::reloadSettings()
{
    try {
        const std::vector<AgentRow> agents = m_session.agents();
        m_actions->setAgents(agents, m_session.agent().id);
        m_composer->setColleagues(agents);
        QString problem;
        m_composer->setGuidelines(m_session.guidelines(&problem));
        m_composer->editor()->setWorkspaceWords(m_session.workspaceWords());
        if (!problem.isEmpty())
            Q_EMIT message(problem);
    } catch (const StoreError &e) {
        Q_EMIT readFailed(e.message());
    }
}

void CaseDesk::keepWordForTheTeam(const QString &word)
{
    m_session.keepWordForTheTeam(word);
}

void CaseDesk::showCase(std::int64_t caseId)
{
    const bool sameCase = caseId == m_caseId;
    try {
        const auto details = m_session.caseDetails(caseId);
        if (!details) {
            clear();
            return;
        }
        m_caseId = caseId;
        m_seenVersion = details->row.version;
        const CaseRow &row = details->row;
        m_newestMentionId = row.newestMentionId;
        m_needsReply = row.needsReply && isOpenStatus(row.status);
        for (const MentionRow &mention : details->mentions) {
            if (mention.id == m_newestMentionId)
                m_newestAtMs = mention.createdAtMs;
        }
        if (!sameCase) {
            // Opening a case is seeing it: what came since the last look is marked, and the
            // newest message counts as seen from now on.
            const std::int64_t before = row.seenMentionId;
            m_markerSince = before > 0 && before < m_newestMentionId ? before : 0;
            m_seenMentionId = m_newestMentionId;
            m_session.markSeen(caseId, m_newestMentionId);
        } else if (m_markerSince == 0 && m_newestMentionId > m_seenMentionId) {
            // The customer wrote while the agent had the case open: new, and not seen yet.
            m_markerSince = m_seenMentionId;
        }
        m_conversation->setNewSince(m_markerSince);
        m_conversation->showCase(*details);
        m_actions->setCase(details->row, details->tags);
        m_actions->setKnownTags(m_session.cases().allTags());
        if (!sameCase) {
            m_loadingCase = true;
            loadComposer(*details);
            m_loadingCase = false;
            m_wasWriting = false;
            m_lastTyped.invalidate();
            beat();
            m_beat.start();
        }
        showPresence();
    } catch (const StoreError &e) {
        clear();
        Q_EMIT readFailed(e.message());
    }
}

void CaseDesk::loadComposer(const CaseDetails &details)
{
    const CaseRow &row = details.row;
    const AgentRow &agent = m_session.agent();
    const QString name = details.person ? details.person->name : row.personName;
    ComposerCase composerCase;
    composerCase.caseId = row.id;
    composerCase.platform = row.platform;
    composerCase.handle = row.handle;
    composerCase.customerIsNegative =
        row.sentiment == Sentiment::Negative || row.sentiment == Sentiment::VeryNegative;
    composerCase.agentInitials = initialsOf(agent.name);
    composerCase.variables = {
        {u"first_name"_s, firstNameOf(name, row.handle)},
        {u"name"_s, name},
        {u"handle"_s, u"@"_s + row.handle},
        {u"agent_name"_s, agent.name},
        {u"agent_first_name"_s, agent.name.section(u' ', 0, 0)},
        {u"agent_signoff"_s, u"^"_s + initialsOf(agent.name)},
        {u"case_id"_s, u"#"_s + QString::number(row.id)},
        {u"network"_s, platformTitle(row.platform)},
    };
    const QString brand = m_session.brandName();
    if (!brand.isEmpty())
        composerCase.variables.insert(u"brand"_s, brand);
    // A case whose customer wrote to us privately is answered privately, on every network.
    composerCase.isPrivateCase = !details.mentions.empty() && details.mentions.back().isPrivate;
    if (const auto draft = m_session.draft(row.id)) {
        composerCase.draft = draft->body;
        composerCase.draftIsPrivate = draft->isPrivate;
    }
    m_composer->setTemplateSearch(
        [&session = m_session, platform = row.platform](const QString &words) {
            return session.searchTemplates(words, platform);
        });
    // Spelling in the customer's language where Earshot has its dictionary, else English.
    const QString spelling = row.lang == u"de" ? u"de_DE"_s : u"en_US"_s;
    if (m_composer->editor()->spellLanguage() != spelling)
        m_composer->editor()->setSpellLanguage(spelling);
    m_composer->setCase(composerCase);
}

void CaseDesk::clear()
{
    if (m_caseId != 0)
        m_session.beatPresence(0, false);
    m_beat.stop();
    m_presence->setVisible(false);
    m_caseId = 0;
    m_seenVersion = 0;
    m_seenMentionId = m_newestMentionId = m_newestAtMs = m_markerSince = 0;
    m_needsReply = false;
    m_conversation->clear();
    m_actions->clearCase();
    m_composer->clearCase();
}

QStringList CaseDesk::caseFindings(bool resolving) const
{
    QStringList findings;
    if (m_newestMentionId > m_seenMentionId)
        findings.append(unseenMessageText(m_newestAtMs));
    if (resolving && m_needsReply)
        findings.append(tr("The case is still marked \"needs a reply\": the customer has had no "
                           "answer."));
    return findings;
}

void CaseDesk::requestFromActionBar(const CaseCommand &command)
{
    const bool closes = command.kind == CaseCommand::Kind::SetStatus && command.status
                        && !isOpenStatus(*command.status);
    const QStringList findings = closes ? caseFindings(true) : QStringList();
    if (findings.isEmpty()) {
        execute(command);
        return;
    }
    auto *check = new PreSendDialog(PreSendDialog::Action::Resolve, findings, false, this);
    check->setAttribute(Qt::WA_DeleteOnClose);
    connect(check, &QDialog::accepted, this, [this, command, caseId = m_caseId] {
        if (caseId != m_caseId)
            return; // the agent moved on meanwhile
        acknowledgeNewest();
        execute(command);
    });
    check->open();
}

void CaseDesk::acknowledgeNewest()
{
    if (m_caseId == 0 || m_newestMentionId <= m_seenMentionId)
        return;
    m_seenMentionId = m_newestMentionId;
    m_session.markSeen(m_caseId, m_seenMentionId);
}

void CaseDesk::beat()
{
    if (m_caseId == 0)
        return;
    const bool writing = m_lastTyped.isValid() && m_lastTyped.elapsed() < 2 * presenceBeatMs;
    m_wasWriting = writing;
    m_session.beatPresence(m_caseId, writing);
    showPresence(); // colleagues whose beats stopped drop out here
}

void CaseDesk::showPresence()
{
    QString text;
    try {
        text = m_caseId == 0 ? QString() : presenceText(m_session.presence(m_caseId));
    } catch (const StoreError &) {
        text.clear(); // a hint only; the window says elsewhere when the workspace cannot be read
    }
    m_presence->setText(text);
    m_presence->setVisible(!text.isEmpty());
}

void CaseDesk::startReply()
{
    if (m_caseId == 0)
        return;
    if (m_composer->mode() == ReplyComposer::Mode::Note)
        m_composer->setMode(ReplyComposer::Mode::PublicReply);
    m_composer->focusEditor();
}

void CaseDesk::loadWholeConversation()
{
    m_conversation->loadWholeConversation();
}

void CaseDesk::startNote()
{
    if (m_caseId == 0)
        return;
    m_composer->setMode(ReplyComposer::Mode::Note);
    m_composer->focusEditor();
}

void CaseDesk::takeNextCase()
{
    CaseCommand next;
    next.kind = CaseCommand::Kind::TakeNext;
    execute(next, false);
}

void CaseDesk::execute(CaseCommand command, bool forThisCase)
{
    if (forThisCase) {
        if (m_caseId == 0)
            return;
        command.caseId = m_caseId;
        command.seenVersion = m_seenVersion;
        command.seenMentionId = m_seenMentionId;
    }
    const quint64 request = m_session.execute(command);
    m_pending.insert(request);
    if (command.kind == CaseCommand::Kind::Reply || command.kind == CaseCommand::Kind::AddNote)
        m_sendingRequest = request;
}

void CaseDesk::onReplyRequested(const QString &text, bool isPrivate,
                                std::optional<CaseStatus> statusAfter, bool thenNext)
{
    CaseCommand reply;
    reply.kind = CaseCommand::Kind::Reply;
    reply.text = text;
    reply.isPrivate = isPrivate;
    reply.status = statusAfter;
    m_nextAfterSend = thenNext;
    execute(reply);
}

void CaseDesk::onCommandDone(const CommandOutcome &outcome)
{
    if (!m_pending.remove(outcome.requestId))
        return; // another part of the console asked
    const bool wasSend = outcome.requestId == m_sendingRequest;
    if (!outcome.ok) {
        // A draft's or Next case's refusal has no composer text to keep: the status bar says it.
        if (outcome.kind == CaseCommand::Kind::SaveDraft
            || outcome.kind == CaseCommand::Kind::TakeNext)
            Q_EMIT message(outcome.error);
        else
            m_composer->showRefusal(outcome.error, outcome.changes);
        return;
    }
    if (outcome.kind == CaseCommand::Kind::TakeNext) {
        // A case just taken is read first: the conversation, whatever tab the last one was on.
        m_conversation->showConversationTab();
        Q_EMIT caseTaken(outcome.caseId);
        return;
    }
    if (wasSend && outcome.caseId == m_caseId) {
        m_composer->replySent();
        if (outcome.kind == CaseCommand::Kind::Reply)
            Q_EMIT message(tr("Reply to case #%1 is in the outbox.").arg(outcome.caseId));
        if (std::exchange(m_nextAfterSend, false))
            takeNextCase();
    }
}

} // namespace earshot
