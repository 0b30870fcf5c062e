// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace earshot {

// A mistake in a template's text, for the person who wrote it.
struct TemplateSyntaxError {
    qsizetype position = 0; // in the template, UTF-16 units
    QString message;        // translated, names the character position as people count it
};

// A place in a rendered reply still waiting for text: a variable nobody knew or a prompt not yet
// answered. The marker left there is the placeholder as written, so the agent sees it.
struct TemplateGap {
    QString name; // variable name, or the prompt's label
    bool isPrompt = false;
    qsizetype start = 0; // in the rendered text
    qsizetype length = 0;
};

struct RenderedTemplate {
    QString text;
    QList<TemplateGap> gaps;

    QStringList missingVariables() const;
    QStringList unansweredPrompts() const;
};

// Tone-of-voice templates: "Hi {first_name|there}, ... {agent_signoff}".
//   {name}           a variable the caller knows (first_name, handle, agent_name, case_id, ...)
//   {name|fallback}  the fallback when the variable is unknown or empty
//   {?label}         a prompt: something only the agent knows, asked for by the composer
//   {{ and }}        literal braces
// Values and answers are inserted as plain text and never expanded again: a customer called
// "{agent_signoff}" keeps that name.
class TemplateRenderer final {
public:
    explicit TemplateRenderer(const QString &source);

    const QList<TemplateSyntaxError> &errors() const { return m_errors; }
    // Prompt labels in the order they first appear; a label used twice is asked once.
    QStringList prompts() const;

    // `variables` has lower-case names; `answers` is keyed by prompt label. A template with
    // syntax errors still renders: the faulty braces stay as they were written.
    RenderedTemplate render(const QHash<QString, QString> &variables,
                            const QHash<QString, QString> &answers = {}) const;

private:
    struct Piece {
        enum Kind { Text, Variable, Prompt };
        Kind kind = Text;
        QString text; // literal text, variable name or prompt label
        QString fallback;
        bool hasFallback = false;
    };

    void parse(const QString &source);
    void parsePlaceholder(const QString &content, qsizetype position);
    void appendText(const QString &text);

    QList<Piece> m_pieces;
    QList<TemplateSyntaxError> m_errors;
};

} // namespace earshot
