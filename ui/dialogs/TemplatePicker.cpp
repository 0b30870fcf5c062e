// SPDX-License-Identifier: Apache-2.0
#include "dialogs/TemplatePicker.h"

#include "PlainText.h"
#include "platforms/PlatformTraits.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextCursor>
#include <QVBoxLayout>

namespace earshot {

using namespace Qt::StringLiterals;

namespace {

// Gaps are marked by colour and weight together, with the label below saying the same in words,
// so nobody has to tell the colours apart. Text colour is set too: a dark theme's light text
// would vanish on the light marks.
QTextCharFormat gapFormat(bool isPrompt)
{
    QTextCharFormat format;
    format.setBackground(isPrompt ? QColor(0xff, 0xe0, 0x8a) : QColor(0xf8, 0xb4, 0xb4));
    format.setForeground(QColor(0x20, 0x20, 0x20));
    format.setFontWeight(QFont::Bold);
    format.setFontUnderline(true);
    return format;
}

} // namespace

TemplatePicker::TemplatePicker(Search search, QHash<QString, QString> variables, QWidget *parent)
    : QDialog(parent)
    , m_search(std::move(search))
    , m_variables(std::move(variables))
    , m_searchField(new QLineEdit(this))
    , m_list(new QListWidget(this))
    , m_emptyLabel(newPlainLabel(this))
    , m_preview(new QPlainTextEdit(this))
    , m_gapsLabel(newPlainLabel(this))
    , m_promptsLayout(new QFormLayout)
{
    setWindowTitle(tr("Reply templates"));
    resize(820, 500);

    m_searchField->setObjectName(u"templateSearch"_s);
    m_searchField->setPlaceholderText(tr("Search by any words in the template"));
    m_searchField->setClearButtonEnabled(true);
    m_searchField->installEventFilter(this);
    m_list->setObjectName(u"templateList"_s);
    m_list->setUniformItemSizes(true);
    m_emptyLabel->setText(tr("No template contains all of these words."));
    m_emptyLabel->hide();
    m_preview->setObjectName(u"templatePreview"_s);
    m_preview->setReadOnly(true);
    m_preview->setAccessibleName(tr("Preview"));
    m_gapsLabel->setObjectName(u"templateGaps"_s);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *insert = buttons->button(QDialogButtonBox::Ok);
    insert->setText(tr("Insert"));
    insert->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &TemplatePicker::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &TemplatePicker::reject);

    auto *left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    left->addWidget(m_emptyLabel);
    auto *previewTitle = newPlainLabel(this);
    previewTitle->setText(tr("Preview"));
    auto *right = new QVBoxLayout;
    right->addWidget(previewTitle);
    right->addWidget(m_preview, 1);
    right->addWidget(m_gapsLabel);
    right->addLayout(m_promptsLayout);
    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_searchField);
    layout->addLayout(columns, 1);
    layout->addWidget(buttons);

    connect(m_searchField, &QLineEdit::textChanged, this, &TemplatePicker::runSearch);
    connect(m_list, &QListWidget::currentRowChanged, this, &TemplatePicker::showSelected);
    // Tab from the search field goes to the prompts, not through the list the arrows already move.
    m_list->setFocusPolicy(Qt::ClickFocus);

    runSearch();
    m_searchField->setFocus();
}

void TemplatePicker::runSearch()
{
    m_results = m_search ? m_search(m_searchField->text()) : std::vector<ReplyTemplate>{};
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (std::size_t i = 0; i < m_results.size(); ++i) {
        const ReplyTemplate &t = m_results[i];
        QStringList facts{t.tone, t.category};
        if (!t.platform.isEmpty())
            facts.append(platformTitle(t.platform));
        facts.removeAll(QString());
        // QListWidget shows item text as written, never as markup.
        const QString title = facts.isEmpty() ? t.name : t.name + u"  ·  "_s + facts.join(u", ");
        auto *item = new QListWidgetItem(title + u'\n' + t.firstLine(), m_list);
        item->setToolTip(plainTextToolTip(t.body));
    }
    m_emptyLabel->setVisible(m_results.empty());
    m_list->setCurrentRow(m_results.empty() ? -1 : 0);
    showSelected();
}

const ReplyTemplate *TemplatePicker::selected() const
{
    const int row = m_list->currentRow();
    return row >= 0 && row < int(m_results.size()) ? &m_results[std::size_t(row)] : nullptr;
}

void TemplatePicker::showSelected()
{
    const ReplyTemplate *t = selected();
    rebuildPrompts(t ? TemplateRenderer(t->body).prompts() : QStringList());
    updatePreview();
}

void TemplatePicker::rebuildPrompts(const QStringList &prompts)
{
    while (m_promptsLayout->rowCount() > 0)
        m_promptsLayout->removeRow(0);
    m_promptFields.clear();
    for (const QString &prompt : prompts) {
        auto *label = newPlainLabel(this);
        label->setText(prompt); // the template's own words, already in its language
        auto *field = new QLineEdit(this);
        field->setObjectName(u"templatePrompt"_s);
        field->setAccessibleName(prompt);
        field->setText(m_answers.value(prompt));
        label->setBuddy(field);
        connect(field, &QLineEdit::textChanged, this, [this, prompt](const QString &text) {
            m_answers.insert(prompt, text);
            updatePreview();
        });
        m_promptsLayout->addRow(label, field);
        // A layout shows new widgets only on the next turn of the event loop; Enter may ask to
        // focus this field before that, and a hidden field cannot take focus.
        label->show();
        field->show();
        m_promptFields.append(field);
    }
}

RenderedTemplate TemplatePicker::renderSelected() const
{
    const ReplyTemplate *t = selected();
    return t ? TemplateRenderer(t->body).render(m_variables, m_answers) : RenderedTemplate{};
}

void TemplatePicker::updatePreview()
{
    const RenderedTemplate rendered = renderSelected();
    m_preview->setPlainText(rendered.text);
    for (const TemplateGap &gap : rendered.gaps) {
        QTextCursor cursor(m_preview->document());
        cursor.setPosition(int(gap.start));
        cursor.setPosition(int(gap.start + gap.length), QTextCursor::KeepAnchor);
        cursor.mergeCharFormat(gapFormat(gap.isPrompt));
    }
    QStringList notes;
    if (const QStringList prompts = rendered.unansweredPrompts(); !prompts.isEmpty())
        notes.append(tr("Still to fill in: %1").arg(prompts.join(u", ")));
    if (const QStringList missing = rendered.missingVariables(); !missing.isEmpty())
        notes.append(tr("Not known for this case, left as written: %1").arg(missing.join(u", ")));
    m_gapsLabel->setText(notes.join(u'\n'));
    m_gapsLabel->setVisible(!notes.isEmpty());
}

QLineEdit *TemplatePicker::firstEmptyPrompt() const
{
    for (QLineEdit *field : m_promptFields) {
        if (field->text().trimmed().isEmpty())
            return field;
    }
    return nullptr;
}

void TemplatePicker::accept()
{
    if (!selected()) {
        m_searchField->setFocus();
        return;
    }
    if (QLineEdit *empty = firstEmptyPrompt()) {
        empty->setFocus();
        return;
    }
    m_chosen = renderSelected();
    QDialog::accept();
}

bool TemplatePicker::eventFilter(QObject *watched, QEvent *event)
{
    // The hands stay on the search field: arrows and page keys move in the list below it.
    if (watched == m_searchField && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Up || key == Qt::Key_Down || key == Qt::Key_PageUp
            || key == Qt::Key_PageDown) {
            QCoreApplication::sendEvent(m_list, event);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace earshot
