// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <utility>
#include <vector>

namespace earshot {

// HTTP header fields in the order they came, names compared without regard to case (HTTP/2
// sends them in lower case, HTTP/1.1 servers as they please).
class HttpHeaders final {
public:
    using Field = std::pair<QByteArray, QByteArray>;

    void add(QByteArray name, QByteArray value);
    // Replaces every field of that name with this one.
    void set(const QByteArray &name, QByteArray value);
    void remove(QByteArrayView name);

    bool contains(QByteArrayView name) const;
    // The first field of that name, or an empty array.
    QByteArray value(QByteArrayView name) const;

    const std::vector<Field> &fields() const { return m_fields; }
    bool isEmpty() const { return m_fields.empty(); }
    void clear() { m_fields.clear(); }

    static bool sameName(QByteArrayView a, QByteArrayView b);

private:
    std::vector<Field> m_fields;
};

} // namespace earshot
