#pragma once

#include "Json.h"

namespace zw {

// Whether an item of the instrument (`basis.items[]`) orders someone to do
// something. `obligation` says so when given; otherwise an item that
// dismisses claims (驳回……) orders nothing. The notices list, the rulings end
// and the period for performance counts only items that order something.
inline bool itemOrdersSomething(const Json &item)
{
    if (!item.is_object())
        return false;
    const auto it = item.find("obligation");
    if (it != item.end() && it->is_boolean())
        return it->get<bool>();
    return !stringAt(item, "text").startsWith(QStringLiteral("驳回"));
}

} // namespace zw
