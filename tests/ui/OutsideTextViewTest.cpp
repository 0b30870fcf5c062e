// SPDX-License-Identifier: Apache-2.0
// Direction controls from outside stay in their piece, and hidden ones are shown (issue 14,
// item 4): the header of a post by a name ending in RIGHT-TO-LEFT OVERRIDE, a post hiding
// ".exe" behind an override, the case list and the person menu.
#include "TestSupport.h"

#include "cases/CaseDetails.h"
#include "ingest/Ingestor.h"
#include "models/CaseListModel.h"
#include "store/Workspace.h"
#include "views/ConversationView.h"

#include <QLabel>
#include <QTextDocument>
#include <QTextLayout>

using namespace earshot;
using namespace earshot::test;

namespace {

const QString rlo = QStringLiteral("\u202e");
const QString fsi = QStringLiteral("\u2068");
const QString pdi = QStringLiteral("\u2069");

// Where each character of a one-line label is drawn, from the left, as a person sees it.
class DrawnLine {
public:
    explicit DrawnLine(const QLabel *label)
        : m_layout(label->text(), label->font())
    {
        QTextOption option;
        option.setTextDirection(Qt::LeftToRight);
        m_layout.setTextOption(option);
        m_layout.beginLayout();
        m_line = m_layout.createLine();
        m_line.setLineWidth(100000);
        m_layout.endLayout();
    }
    qreal xOf(qsizetype index) const { return m_line.cursorToX(int(index)); }
    // True when `word`, found in the text, is drawn left to right, as written.
    bool readsForward(const QString &word) const
    {
        const qsizetype at = m_layout.text().indexOf(word);
        return at >= 0 && xOf(at) < xOf(at + word.size());
    }

private:
    QTextLayout m_layout;
    QTextLine m_line;
};

class OutsideTextViewTest : public ::testing::Test {
protected:
    OutsideTextViewTest()
        : path(folder.path(QStringLiteral("w.earshot")))
        , writer(Workspace::openForWriting(path))
        , reader(Workspace::openForReading(path))
    {
        Mention m = makeMention(QStringLiteral("m1"), QStringLiteral("u1"), 1'790'000'000'000);
        m.author.name = QStringLiteral("Mallory") + rlo;
        m.author.handle = QStringLiteral("rtl");
        m.text = QStringLiteral("refund \u202egnp.exe\u202c please");
        caseId = Ingestor(writer).ingest({{m}, {}, {}}).caseIds.front();
        view.resize(700, 800);
        view.show();
        CaseQueries cases(reader);
        MentionQueries mentions(reader);
        const auto details =
            loadCaseDetails(reader, cases, mentions, caseId, QDateTime::currentMSecsSinceEpoch());
        if (details)
            view.showCase(*details);
    }

    QLabel *label(const char *name) const
    {
        return view.findChild<QLabel *>(QString::fromLatin1(name));
    }

    TempFolder folder;
    QString path;
    Database writer;
    Database reader;
    std::int64_t caseId = 0;
    ConversationView view;
};

TEST_F(OutsideTextViewTest, ANameEndingInAnOverrideCannotReverseTheHeader)
{
    const QLabel *header = label("mentionHeader");
    ASSERT_TRUE(header);
    const QString text = header->text();
    // The name is isolated with its override closed inside; what follows is ours, in order.
    ASSERT_TRUE(
        text.startsWith(fsi + QStringLiteral("Mallory") + rlo + QStringLiteral("\u202c") + pdi))
        << text.toStdString();
    QString after = text.mid(text.indexOf(pdi) + 1);
    after.remove(fsi).remove(pdi);
    EXPECT_TRUE(after.startsWith(QStringLiteral(" @rtl (Mastodon) - "))) << after.toStdString();
    EXPECT_TRUE(after.endsWith(QStringLiteral(" - public"))) << after.toStdString();
    // And it is drawn that way: handle, network and visibility read left to right, in order.
    const DrawnLine drawn(header);
    EXPECT_TRUE(drawn.readsForward(QStringLiteral("Mastodon")));
    EXPECT_TRUE(drawn.readsForward(QStringLiteral("public")));
    EXPECT_LT(drawn.xOf(text.indexOf(QStringLiteral("Mastodon"))),
              drawn.xOf(text.indexOf(QStringLiteral("public"))));
    EXPECT_LT(drawn.xOf(text.indexOf(QStringLiteral("rtl"))),
              drawn.xOf(text.indexOf(QStringLiteral("Mastodon"))));
}

TEST_F(OutsideTextViewTest, HiddenControlsInAMessageAreShownAndNamed)
{
    const QLabel *post = label("mentionText");
    ASSERT_TRUE(post);
    QTextDocument document;
    document.setHtml(post->text());
    EXPECT_EQ(document.toPlainText(), QStringLiteral("refund ⟨RLO⟩gnp.exe⟨PDF⟩ please"));
    const QLabel *warning = label("hiddenControlsWarning");
    ASSERT_TRUE(warning);
    EXPECT_TRUE(warning->isVisible());
    EXPECT_TRUE(warning->text().contains(QStringLiteral("RLO, PDF")))
        << warning->text().toStdString();
}

TEST_F(OutsideTextViewTest, ThePersonsNameKeepsItsOverrideToItself)
{
    const QLabel *name = label("personName");
    ASSERT_TRUE(name);
    EXPECT_EQ(name->text(), fsi + QStringLiteral("Mallory") + rlo + QStringLiteral("\u202c") + pdi);
}

TEST_F(OutsideTextViewTest, TheCaseListShowsTheRowIsolatedWithItsMarkers)
{
    CaseQueries cases(reader);
    CaseListModel model(cases);
    ASSERT_EQ(model.rowCount(), 1);
    const QString person =
        model.data(model.index(0, CaseListModel::PersonColumn), Qt::DisplayRole).toString();
    EXPECT_EQ(person, fsi + QStringLiteral("Mallory") + rlo + QStringLiteral("\u202c") + pdi);
    const QString subject =
        model.data(model.index(0, CaseListModel::SubjectColumn), Qt::DisplayRole).toString();
    EXPECT_EQ(subject, fsi + QStringLiteral("refund ⟨RLO⟩gnp.exe⟨PDF⟩ please") + pdi);
}

} // namespace
