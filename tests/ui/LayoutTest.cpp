// SPDX-License-Identifier: Apache-2.0
// At 1280x720, in English and in German, every label, button, tab and column title of the main
// window and of the settings dialogs shows its whole text: German words are longer, and a text
// cut to "Letzte Aktiv" or a tab cut short reads as a fault.
#include "DemoWindowFixture.h"

#include "Translations.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDialog>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QStyle>
#include <QTabBar>
#include <QTranslator>

using namespace earshot;
using namespace earshot::test;

namespace {

QString withoutMnemonic(QString text)
{
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(u'&');
    text.replace(QStringLiteral("\x01"), QStringLiteral("&"));
    return text;
}

QString where(const QWidget *widget)
{
    QString path = widget->objectName().isEmpty()
                       ? QString::fromLatin1(widget->metaObject()->className())
                       : widget->objectName();
    if (const QWidget *top = widget->window())
        path = QString::fromLatin1(top->metaObject()->className()) + u'/' + path;
    return path;
}

int widestLine(const QFontMetrics &metrics, const QString &text)
{
    int widest = 0;
    for (const QString &line : text.split(u'\n'))
        widest = std::max(widest, metrics.horizontalAdvance(line));
    return widest;
}

// Each shown text that does not fit the width it has: "where: text (needs N, has M)".
QStringList clippedTexts(QWidget *root)
{
    QStringList clipped;
    const auto check = [&clipped](const QWidget *w, const QString &text, int needs, int has) {
        if (needs > has)
            clipped << QStringLiteral("%1: \"%2\" needs %3, has %4")
                           .arg(where(w), text)
                           .arg(needs)
                           .arg(has);
    };
    for (QWidget *w : root->findChildren<QWidget *>()) {
        if (!w->isVisible() || w->width() <= 0)
            continue;
        if (auto *label = qobject_cast<QLabel *>(w)) {
            if (label->wordWrap() || label->text().isEmpty() || label->textFormat() == Qt::RichText
                || (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(label->text())))
                continue;
            const int frame =
                label->contentsRect().width() - 2 * label->margin() - std::max(label->indent(), 0);
            check(label, label->text(), widestLine(label->fontMetrics(), label->text()), frame);
        } else if (auto *button = qobject_cast<QAbstractButton *>(w)) {
            if (button->text().isEmpty())
                continue;
            check(button, withoutMnemonic(button->text()), button->minimumSizeHint().width(),
                  button->width());
        } else if (auto *tabs = qobject_cast<QTabBar *>(w)) {
            const int padding =
                tabs->style()->pixelMetric(QStyle::PM_TabBarTabHSpace, nullptr, tabs);
            for (int i = 0; i < tabs->count(); ++i) {
                const QString text = withoutMnemonic(tabs->tabText(i));
                check(tabs, text, tabs->fontMetrics().horizontalAdvance(text) + padding,
                      tabs->tabRect(i).width());
            }
        } else if (auto *header = qobject_cast<QHeaderView *>(w)) {
            if (!header->model() || header->orientation() != Qt::Horizontal)
                continue;
            const int margin =
                2 * header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
            for (int section = 0; section < header->count(); ++section) {
                if (header->isSectionHidden(section))
                    continue;
                const QString text =
                    header->model()->headerData(section, Qt::Horizontal).toString();
                check(header, text, header->fontMetrics().horizontalAdvance(text) + margin,
                      header->sectionSize(section));
            }
        }
    }
    return clipped;
}

class LayoutTest : public DemoWindowFixture, public ::testing::WithParamInterface<const char *> {
protected:
    void SetUp() override
    {
        installTranslations(*QCoreApplication::instance(), QString::fromLatin1(GetParam()));
        DemoWindowFixture::SetUp();
        window->resize(1280, 720);
        QCoreApplication::processEvents();
    }

    void TearDown() override
    {
        for (QWidget *top : QApplication::topLevelWidgets()) {
            if (qobject_cast<QDialog *>(top))
                top->close();
        }
        window.reset();
        for (QTranslator *t : QCoreApplication::instance()->findChildren<QTranslator *>()) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
        QLocale::setDefault(QLocale::c());
    }

    QDialog *openDialog(QAction *action)
    {
        const QList<QWidget *> before = QApplication::topLevelWidgets();
        action->trigger();
        for (QWidget *top : QApplication::topLevelWidgets()) {
            if (auto *dialog = qobject_cast<QDialog *>(top);
                dialog && !before.contains(top) && dialog->isVisible())
                return dialog;
        }
        return nullptr;
    }
};

} // namespace

TEST_P(LayoutTest, EveryTextOfTheMainWindowFitsAt1280By720)
{
    const QStringList clipped = clippedTexts(window.get());
    EXPECT_TRUE(clipped.isEmpty()) << clipped.join(u'\n').toStdString();
}

TEST_P(LayoutTest, EveryTextOfTheSettingsDialogsFits)
{
    auto *settingsMenu = window->menuBar()->findChild<QMenu *>(QStringLiteral("settingsMenu"));
    ASSERT_NE(settingsMenu, nullptr);
    int dialogs = 0;
    for (QAction *action : settingsMenu->actions()) {
        if (action->isSeparator() || action->menu())
            continue;
        QDialog *dialog = openDialog(action);
        ASSERT_NE(dialog, nullptr) << action->text().toStdString();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(dialog));
        ++dialogs;
        const QStringList clipped = clippedTexts(dialog);
        EXPECT_TRUE(clipped.isEmpty()) << clipped.join(u'\n').toStdString();
        // Every tab: what the person sees after clicking it.
        for (auto *tabs : dialog->findChildren<QTabBar *>()) {
            for (int i = 0; i < tabs->count(); ++i) {
                tabs->setCurrentIndex(i);
                QCoreApplication::processEvents();
                const QStringList inTab = clippedTexts(dialog);
                EXPECT_TRUE(inTab.isEmpty()) << inTab.join(u'\n').toStdString();
            }
        }
        dialog->close();
    }
    EXPECT_GE(dialogs, 4);
}

INSTANTIATE_TEST_SUITE_P(EnglishAndGerman, LayoutTest, ::testing::Values("en", "de"));
