#pragma once

#include <QString>

// Damage done to a closed document's file on purpose, as a failing disk or a bad copy would: for the tests of
// how damaged documents are opened.
namespace DamagedFiles {

// Overwrites `length` bytes at `offset` with zeros.
void zeroBytes(const QString &path, qint64 offset, qint64 length);
// Overwrites page `pageNumber` (1 is the first) with zeros.
void zeroPage(const QString &path, qint64 pageNumber);
// Zeroes the application id in the file's header: the mark that says it is a Quarterdeck document.
void zeroApplicationId(const QString &path);

qint64 pageCount(const QString &path);
// The first page of `table`'s b-tree, read through a read-only connection of its own.
qint64 rootPageOf(const QString &path, const QString &table);
// The page holding `table`'s first rows: its root when the table fits one page, else its leftmost leaf.
qint64 firstLeafPageOf(const QString &path, const QString &table);

} // namespace DamagedFiles
