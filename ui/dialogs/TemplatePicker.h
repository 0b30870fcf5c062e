// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "replies/ReplyTemplate.h"
#include "replies/TemplateRenderer.h"

#include <QDialog>
#include <QHash>
#include <QString>

#include <functional>
#include <vector>

class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace earshot {

// Where the agent chooses a tone-of-voice template (`/` in the composer): type words to narrow
// the list, see the reply rendered for this case, fill in what only the agent knows, Enter.
// The caller brings the data; the dialog never touches the workspace itself.
class TemplatePicker final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TemplatePicker)

public:
    // Called as the agent types, with the words in the search field (empty: everything); returns
    // the templates to list, best first, already chosen for the case's network, for example
    // [&library, platform](const QString &w) { return library.search(w, platform); }.
    using Search = std::function<std::vector<ReplyTemplate>(const QString &words)>;

    // `variables` are what the case knows, by lower-case name: first_name, handle, brand,
    // agent_name, agent_signoff, case_id, ...
    TemplatePicker(Search search, QHash<QString, QString> variables, QWidget *parent = nullptr);

    // After accept(): the reply with variables and answers filled in. A variable nobody knew is
    // left as its placeholder ("{agent_signoff}"), so the composer can still show it.
    QString chosenText() const { return m_chosen.text; }

    // Only accepts with a template selected and every prompt answered; otherwise it moves focus
    // to what is still missing, so Enter never inserts half a reply.
    void accept() override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void runSearch();
    void showSelected();
    void rebuildPrompts(const QStringList &prompts);
    void updatePreview();
    const ReplyTemplate *selected() const;
    QLineEdit *firstEmptyPrompt() const;
    RenderedTemplate renderSelected() const;

    Search m_search;
    QHash<QString, QString> m_variables;
    QHash<QString, QString> m_answers; // kept by prompt label while the agent looks around
    std::vector<ReplyTemplate> m_results;
    RenderedTemplate m_chosen;

    QLineEdit *m_searchField;
    QListWidget *m_list;
    QLabel *m_emptyLabel;
    QPlainTextEdit *m_preview;
    QLabel *m_gapsLabel;
    QFormLayout *m_promptsLayout;
    QList<QLineEdit *> m_promptFields;
};

} // namespace earshot
