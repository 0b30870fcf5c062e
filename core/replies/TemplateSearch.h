// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "replies/ReplyTemplate.h"

#include <QString>

#include <vector>

namespace earshot {

// How an agent finds a template: by words from anywhere in it, not only by a shortcut name.
class TemplateSearch final {
public:
    // One template per name: the variant written for `platform`, or the generic text when there
    // is none (a template that exists only as another network's variant is left out). A
    // template matches when every word of `words` appears, ignoring case, in its name, text, tone
    // or category; words may be parts of words ("refund" finds "refunds"). Templates whose name
    // holds more of the words come first, then by name. Empty `words` lists every template.
    static std::vector<ReplyTemplate> find(const std::vector<ReplyTemplate> &all,
                                           const QString &words, const QString &platform);

    // The variants that apply on `platform`, one per name, in the order of `all`.
    static std::vector<ReplyTemplate> forPlatform(const std::vector<ReplyTemplate> &all,
                                                  const QString &platform);
};

} // namespace earshot
