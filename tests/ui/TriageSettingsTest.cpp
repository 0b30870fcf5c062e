// SPDX-License-Identifier: Apache-2.0
// A team lead sets priority weights, speaker lists and risks left to a lead from Settings, on a
// real demo workspace.
#include "DemoWindowFixture.h"

#include "cases/LeadRouting.h"
#include "cases/PrioritySettings.h"
#include "dialogs/TriageSettingsDialog.h"
#include "people/SpeakerLists.h"
#include "store/Workspace.h"

#include <QAction>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>

using namespace earshot;
using namespace earshot::test;

namespace {

class TriageSettingsTest : public DemoWindowFixture {
protected:
    TriageSettingsDialog *openDialog()
    {
        for (QAction *menu : window->menuBar()->actions()) {
            if (!menu->menu())
                continue;
            for (QAction *action : menu->menu()->actions()) {
                if (action->text() == QStringLiteral("&Priorities, speakers and leads..."))
                    action->trigger();
            }
        }
        // The newest: a dialog closed before is deleted only later.
        const auto dialogs = window->findChildren<TriageSettingsDialog *>();
        return dialogs.isEmpty() ? nullptr : dialogs.last();
    }
};

} // namespace

TEST_F(TriageSettingsTest, WeightsAndListsSetInTheWindowReachTheWorkspace)
{
    TriageSettingsDialog *dialog = openDialog();
    ASSERT_NE(dialog, nullptr);
    auto *legal = dialog->findChild<QSpinBox *>(QStringLiteral("weight:risk.legal"));
    ASSERT_NE(legal, nullptr);
    EXPECT_EQ(legal->value(), PriorityWeights().points(QStringLiteral("risk.legal")));
    legal->setValue(45);
    auto *vips = dialog->findChild<QPlainTextEdit *>(QStringLiteral("speakers:1"));
    ASSERT_NE(vips, nullptr);
    vips->setPlainText(QStringLiteral("@SomeBody\n\nmastodon:another\n"));

    auto *complaint = dialog->findChild<QSpinBox *>(QStringLiteral("weight:category.complaint"));
    ASSERT_NE(complaint, nullptr);
    complaint->setValue(complaint->value() + 10);
    // The demo's open complaints, as they were ranked before.
    const char *complaints = "SELECT coalesce(sum(priority), 0) FROM cases WHERE category = "
                             "'complaint' AND status NOT IN ('resolved', 'closed') AND "
                             "corrected & 4 = 0";
    const std::int64_t complaintsBefore = Workspace::openForReading(path).queryInt(complaints);
    ASSERT_GT(complaintsBefore, 0);

    // Scams are left to a lead from the start; the lead adds legal threats.
    auto *scams = dialog->findChild<QCheckBox *>(QStringLiteral("leadRisk:scam"));
    auto *legalThreats = dialog->findChild<QCheckBox *>(QStringLiteral("leadRisk:legal"));
    ASSERT_NE(scams, nullptr);
    ASSERT_NE(legalThreats, nullptr);
    EXPECT_TRUE(scams->isChecked());
    EXPECT_FALSE(legalThreats->isChecked());
    legalThreats->setChecked(true);

    QSignalSpy saved(session.get(), &WorkspaceSession::triageSettingsSaved);
    dialog->accept();
    ASSERT_TRUE(saved.wait(5000));
    EXPECT_EQ(saved.front().at(0).toString(), QString());
    // The cases already in the queue are ranked with the new weights, and the lead is told.
    EXPECT_GT(saved.front().at(2).toInt(), 0);
    EXPECT_TRUE(window->statusBar()->currentMessage().contains(
        QStringLiteral("Open cases that moved in the queue:")))
        << window->statusBar()->currentMessage().toStdString();

    Database reader = Workspace::openForReading(path);
    EXPECT_GT(reader.queryInt(complaints), complaintsBefore);
    EXPECT_EQ(loadPriorityWeights(reader).points(QStringLiteral("risk.legal")), 45);
    EXPECT_EQ(LeadRouting::load(reader), riskFlag(Risk::Scam) | riskFlag(Risk::LegalThreat));
    EXPECT_EQ(speakerListEntries(reader, SpeakerList::Vip),
              (QStringList{QStringLiteral("somebody"), QStringLiteral("mastodon:another")}));

    // Opened again, the dialog shows what was saved; Restore defaults puts the points back.
    TriageSettingsDialog *again = openDialog();
    ASSERT_NE(again, nullptr);
    EXPECT_EQ(again->findChild<QSpinBox *>(QStringLiteral("weight:risk.legal"))->value(), 45);
    EXPECT_EQ(again->speakerLists().at(1),
              (QStringList{QStringLiteral("somebody"), QStringLiteral("mastodon:another")}));
    again->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::RestoreDefaults)->click();
    EXPECT_EQ(again->weights().points(QStringLiteral("risk.legal")),
              PriorityWeights().points(QStringLiteral("risk.legal")));
    EXPECT_EQ(again->leadRisks(), LeadRouting::defaultRisks);
    again->reject();
}
