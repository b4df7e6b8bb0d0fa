#pragma once

#include <QList>
#include <QString>

namespace zw {

// A unit of layout, produced by a template. The role decides font, size,
// alignment and how it breaks across lines and pages.
enum class Role {
    Court,      // 法院名称: title font, centred
    Title,      // 文书名称: title font, centred, spaced out
    Number,     // 案号: right-aligned, its own line
    Line,       // a paragraph without first-line indent (addressee lines)
    Para,       // body paragraph: indented two characters, justified
    Operative,  // 主文: like Para
    Sign,       // signature line "role|name": aligned as a right-hand block
    Date,       // date under the signature: right-aligned
    Copy,       // 本件与原本核对无异
    Note,       // small print at the end
    Blank,      // one empty grid line
    PageBreak,  // the next block starts a new page
    NewDocument, // the next block starts a new page of another document, numbered from 1
    TableRow,   // "cell|cell|cell": consecutive rows form one ruled table; the first is the header
    Columns,    // "7|10|6|5": the widths, in grid characters, of the table that follows
};

struct Block {
    Role role = Role::Para;
    QString text;
};

QString roleName(Role role);
bool roleFromName(const QString &name, Role *role);

} // namespace zw
