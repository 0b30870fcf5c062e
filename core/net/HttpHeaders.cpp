// SPDX-License-Identifier: Apache-2.0
#include "net/HttpHeaders.h"

#include <algorithm>

namespace earshot {

bool HttpHeaders::sameName(QByteArrayView a, QByteArrayView b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

void HttpHeaders::add(QByteArray name, QByteArray value)
{
    m_fields.emplace_back(std::move(name), std::move(value));
}

void HttpHeaders::set(const QByteArray &name, QByteArray value)
{
    remove(name);
    add(name, std::move(value));
}

void HttpHeaders::remove(QByteArrayView name)
{
    m_fields.erase(std::remove_if(m_fields.begin(), m_fields.end(),
                                  [name](const Field &f) { return sameName(f.first, name); }),
                   m_fields.end());
}

bool HttpHeaders::contains(QByteArrayView name) const
{
    return std::any_of(m_fields.begin(), m_fields.end(),
                       [name](const Field &f) { return sameName(f.first, name); });
}

QByteArray HttpHeaders::value(QByteArrayView name) const
{
    for (const Field &f : m_fields) {
        if (sameName(f.first, name))
            return f.second;
    }
    return {};
}

} // namespace earshot
