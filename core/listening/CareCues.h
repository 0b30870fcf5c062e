// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "listening/PhraseMatcher.h"

namespace earshot {

// The phrases social-care agents triage by (English and German), shared by the category and
// needs-a-reply readers so a post's words are looked up once per reader, in one table.
enum class CareCue {
    Problem,  // something is wrong: "not working", "still waiting", "kaputt"
    Claim,    // money asked back: "refund", "compensation", "Erstattung"
    Question, // a question or a request for help: "how do I", "can you", "wie kann ich"
    Praise,   // "love", "thank you", "recommend", "super"
    Feedback, // a suggestion: "would be nice if", "you should add", "Vorschlag"
    Spam,     // promotion: "follow me", "check out my", "giveaway", "crypto"
    Resolved, // the matter is over: "sorted now", "working again", "funktioniert wieder"
    Chase,    // waiting for us: "still no answer", "anyone there", "keine Antwort"
};

const PhraseMatcher &careCues();

} // namespace earshot
