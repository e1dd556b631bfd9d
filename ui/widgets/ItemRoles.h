#pragma once

#include <Qt>

// The custom roles of the plan's item models, in one place so no two of them collide and the same delegates
// (ProgressBarDelegate) draw the alignment tree and the progress board alike. Unless a role says otherwise, both
// AlignmentTreeModel and ProgressBoardModel answer it, on every column of a row.
namespace ItemRoles {

enum Role {
    NodeKindRole = Qt::UserRole + 1, // the tree only: AlignmentTreeModel::NodeKind as int
    ItemIdRole,                      // the Id of the objective, key result, initiative or team
    ProgressRole,                    // double 0..1; invalid for initiatives; a team: mean of its objectives
    ExpectedProgressRole,            // double 0..1: the share of the cycle elapsed on the reference date
    PaceStatusRole,                  // Confidence as int: the status shown (StatusWords::shown); none: no status yet
    HasContributorsRole,             // bool: false for objectives shown as "no key results"
    // Confidence as int from the latest check-in of a key result; of an objective, the most worried one its
    // own key results' latest check-ins stated. Invalid before any check-in, for initiatives and teams.
    StatedConfidenceRole,
    IsTeamRole,       // the board only: bool, a team card's row
    ValueHistoryRole, // the board only: QList<double>, a key result's checked-in values, oldest first
    TargetValueRole,  // the board only: double, a key result's target
};

} // namespace ItemRoles
