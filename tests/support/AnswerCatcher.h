// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>
#include <QTest>

#include <optional>

namespace earshot::test {

// Catches the answer to one request to the writer (a WriterAnswer or a CommandOutcome): pass
// context() and callback() with the request, then wait() for it.
template <class Answer> class AnswerCatcher final {
public:
    QObject *context() { return &m_context; }
    auto callback()
    {
        return [this](const Answer &answer) { m_answer = answer; };
    }
    bool wait(int timeoutMs = 10000)
    {
        return QTest::qWaitFor([this] { return m_answer.has_value(); }, timeoutMs);
    }
    const Answer &answer() const { return *m_answer; }
    bool arrived() const { return m_answer.has_value(); }

private:
    QObject m_context;
    std::optional<Answer> m_answer;
};

} // namespace earshot::test
