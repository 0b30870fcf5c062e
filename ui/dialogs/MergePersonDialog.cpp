// SPDX-License-Identifier: Apache-2.0
#include "dialogs/MergePersonDialog.h"

#include "PlainText.h"

#include "platforms/PlatformTraits.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace earshot {

using namespace Qt::StringLiterals;

namespace {

QLabel *plainLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    return label;
}

QString handleText(const HandleRow &h)
{
    return u"@"_s + outsidePiece(h.handle) + u" ("_s + platformTitle(h.platform) + u')';
}

QString handlesInLine(const PersonSummary &person)
{
    QStringList handles;
    for (const HandleRow &h : person.handles)
        handles.append(handleText(h));
    return handles.join(u", "_s);
}

// The name, then one handle a line with its followers: enough to tell two people apart.
QString personBlock(const PersonSummary &person)
{
    QStringList lines{outsidePiece(person.name)};
    for (const HandleRow &h : person.handles) {
        lines.append(h.followers
                         ? MergePersonDialog::tr("%1, followers: %2")
                               .arg(handleText(h), QLocale().toString(qlonglong(*h.followers)))
                         : handleText(h));
    }
    return lines.join(u'\n');
}

} // namespace

MergePersonDialog::MergePersonDialog(PersonSummary current, Search search, QWidget *parent)
    : QDialog(parent)
    , m_current(std::move(current))
    , m_search(std::move(search))
    , m_searchField(new QLineEdit(this))
    , m_list(new QListWidget(this))
    , m_status(plainLabel(this))
    , m_kept(plainLabel(this))
    , m_merged(plainLabel(this))
{
    setObjectName(u"mergePersonDialog"_s);
    setWindowTitle(tr("Merge with another person"));
    resize(560, 480);
    m_searchField->setObjectName(u"personSearch"_s);
    m_searchField->setPlaceholderText(tr("Start of a name or handle"));
    m_searchField->setAccessibleName(tr("Find a person"));
    m_searchField->setClearButtonEnabled(true);
    m_list->setObjectName(u"personResults"_s);
    m_status->setObjectName(u"personSearchStatus"_s);
    m_kept->setObjectName(u"mergeKept"_s);
    m_kept->setText(personBlock(m_current));
    m_merged->setObjectName(u"mergeOther"_s);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_merge = buttons->button(QDialogButtonBox::Ok);
    m_merge->setObjectName(u"mergeButton"_s);
    m_merge->setText(tr("Merge"));
    m_merge->setEnabled(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &MergePersonDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_searchField, &QLineEdit::textChanged, this, &MergePersonDialog::runSearch);
    m_searchField->installEventFilter(this);
    connect(m_list, &QListWidget::currentRowChanged, this, &MergePersonDialog::showSelected);
    connect(m_list, &QListWidget::itemActivated, this, &MergePersonDialog::accept);

    auto *both = new QFormLayout;
    both->addRow(tr("Kept:"), m_kept);
    both->addRow(tr("Merged into it:"), m_merged);
    auto *explanation = plainLabel(this);
    explanation->setText(tr("The handles, cases, badges and note of the person merged move to the "
                            "person kept. Each moved case records who merged whom. A handle can be "
                            "split off again later."));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_searchField);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_status);
    layout->addLayout(both);
    layout->addWidget(explanation);
    layout->addWidget(buttons);
    runSearch();
}

void MergePersonDialog::runSearch()
{
    const QString text = m_searchField->text().trimmed();
    m_results = text.isEmpty() || !m_search ? std::vector<PersonSummary>() : m_search(text);
    m_list->clear();
    for (const PersonSummary &person : m_results) {
        const QString handles = handlesInLine(person);
        const QString name = outsidePiece(person.name);
        m_list->addItem(handles.isEmpty() ? name : tr("%1 - %2").arg(name, handles));
    }
    if (text.isEmpty())
        m_status->setText(tr("Type the start of a name or handle."));
    else if (m_results.empty())
        m_status->setText(tr("Nobody's name or handle starts with \"%1\".").arg(text));
    else
        m_status->clear();
    m_status->setVisible(!m_status->text().isEmpty());
    showSelected();
}

bool MergePersonDialog::eventFilter(QObject *watched, QEvent *event)
{
    // Enter or Down in the search field goes to the list, never straight to merging: the
    // agent sees whom they chose before the second Enter.
    if (watched == m_searchField && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter || key == Qt::Key_Down) {
            if (m_list->count() > 0) {
                m_list->setFocus();
                if (!m_list->currentItem())
                    m_list->setCurrentRow(0);
            }
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

const PersonSummary *MergePersonDialog::selected() const
{
    const int row = m_list->currentRow();
    return row >= 0 && std::size_t(row) < m_results.size() ? &m_results[std::size_t(row)] : nullptr;
}

void MergePersonDialog::showSelected()
{
    const PersonSummary *person = selected();
    m_merged->setText(person ? personBlock(*person) : tr("Nobody chosen yet"));
    m_merge->setEnabled(person != nullptr);
}

void MergePersonDialog::accept()
{
    const PersonSummary *person = selected();
    if (!person)
        return;
    m_chosenId = person->id;
    QDialog::accept();
}

} // namespace earshot
