// SPDX-License-Identifier: Apache-2.0
#include "connectors/Connector.h"

#include "Tr.h"

namespace earshot {

Connector::Connector(QObject *parent)
    : QObject(parent)
{}

Connector::~Connector() = default;

void Connector::setHealth(const AccountHealth &health)
{
    if (health == m_health)
        return;
    m_health = health;
    Q_EMIT healthChanged(m_health);
}

void Connector::advanceSearch(std::int64_t termId, const QString &cursor)
{
    for (ListeningSearch &search : m_searches) {
        if (search.termId == termId)
            search.cursor = cursor;
    }
}

void Connector::fetchConversation(const ConversationRequest &, OnDemandDone done)
{
    OnDemandResult result;
    result.error = Tr::tr("This network's connector cannot read a whole conversation.");
    done(result);
}

void Connector::fetchProfile(const ProfileRequest &, OnDemandDone done)
{
    OnDemandResult result;
    result.error = Tr::tr("This network's connector cannot read a profile.");
    done(result);
}

} // namespace earshot
