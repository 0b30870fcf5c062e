// SPDX-License-Identifier: Apache-2.0
#include "connectors/ReplySender.h"

namespace earshot {

ReplySender::ReplySender(QObject *parent)
    : QObject(parent)
{}

ReplySender::~ReplySender() = default;

} // namespace earshot
