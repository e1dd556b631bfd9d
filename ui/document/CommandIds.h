#pragma once

// QUndoCommand::id() values of the document's commands, in one place so no two features pick the same number.
// Commands with an id here may merge consecutive pushes (mergeWith); -1 (the default) never merges.
enum class CommandId {
    ChangeTreeItem = 1, // ChangeTreeItemCommand: consecutive edits of one field of one item merge
};
