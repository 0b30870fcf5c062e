// SPDX-License-Identifier: Apache-2.0
// Settings → What Earshot learned, on a real demo workspace: what agents taught, and forgetting it.
#include "DemoWindowFixture.h"

#include "dialogs/LearningDialog.h"
#include "learning/LearningExamples.h"
#include "store/Workspace.h"

#include <QAction>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>

using namespace earshot;
using namespace earshot::test;

TEST_F(DemoWindowFixture, WhatEarshotLearnedIsShownAndCanBeForgotten)
{
    {
        Database writer = Workspace::openForWriting(path);
        Transaction transaction(writer);
        LearningExamples examples(writer);
        for (int i = 0; i < 25; ++i) {
            LearningExample example;
            example.label = i % 2 ? QStringLiteral("negative") : QStringLiteral("positive");
            example.text = QStringLiteral("message %1").arg(i);
            example.source = QStringLiteral("a-mira");
            ASSERT_TRUE(examples.add(example));
        }
        transaction.commit();
    }
    for (QAction *menu : window->menuBar()->actions()) {
        for (QAction *action : menu->menu() ? menu->menu()->actions() : QList<QAction *>()) {
            if (action->text() == QStringLiteral("What Earshot &learned..."))
                action->trigger();
        }
    }
    auto *dialog = window->findChild<LearningDialog *>();
    ASSERT_NE(dialog, nullptr);
    const QString summary = dialog->findChild<QLabel *>(QStringLiteral("learningSummary"))->text();
    EXPECT_TRUE(summary.contains(QStringLiteral("Sentiment (corrections: 25)")))
        << summary.toStdString();

    dialog->findChild<QPushButton *>(QStringLiteral("forgetLearning"))->click();
    auto *question = dialog->findChild<QMessageBox *>(QStringLiteral("forgetLearningQuestion"));
    ASSERT_NE(question, nullptr);
    QSignalSpy reset(session.get(), &WorkspaceSession::learningReset);
    QPushButton *forget = nullptr;
    for (QAbstractButton *button : question->buttons()) {
        if (button->text() == QStringLiteral("Forget"))
            forget = qobject_cast<QPushButton *>(button);
    }
    ASSERT_NE(forget, nullptr);
    forget->click();
    ASSERT_TRUE(reset.wait(5000));
    EXPECT_EQ(reset.front().at(0).toString(), QString());
    Database reader = Workspace::openForReading(path);
    EXPECT_EQ(reader.queryInt("SELECT count(*) FROM learning_examples"), 0);
}
