#pragma once

#include "model/Ids.h"

#include <QList>

// What one command changed in the document: the one typed notification every view refreshes from
// (DocumentSession::changed). Ids name the items touched; a view that shows none of them may ignore the change.
struct DocumentChange {
    enum class Kind {
        ItemsEdited,      // fields of existing items; the tree keeps its shape
        ItemsAdded,       // new items (or removed ones restored by an undo)
        ItemsRemoved,     // items gone, with everything below them
        ItemsMoved,       // another parent or position (re-aligned objectives, reordered key results)
        CheckInsSaved,    // check-in content: current values, stated confidence, history
        KpisChanged,      // KPIs (health metrics) or their values; no cycle's plan
        CyclesChanged,    // a cycle added, removed, activated or closed, or objectives carried into cycleId: the window
                          // refills its cycle selector and shows cycleId while it exists
        TeamsChanged,     // teams added, renamed, moved or removed (a removal with their objectives, check-ins and
                          // KPIs): views that list or filter by team read the teams again
        WrittenElsewhere, // another connection (the command line, another window) wrote to the file: anything may
                          // have changed, and every view reads again (DocumentWatcher)
    };

    Kind kind = Kind::ItemsEdited;
    Id cycleId = NoId; // the cycle whose plan changed; NoId when it concerns no single cycle
    QList<Id> objectiveIds;
    QList<Id> keyResultIds;
    QList<Id> initiativeIds;

    // True when rows appear, disappear or move in the alignment tree.
    bool changesShape() const
    {
        return kind == Kind::ItemsAdded || kind == Kind::ItemsRemoved || kind == Kind::ItemsMoved || mayChangeTeams() ||
               mayChangeCycles();
    }
    // True when teams may have come, gone, or changed name or place: the team lists and filters read them again.
    bool mayChangeTeams() const { return kind == Kind::TeamsChanged || kind == Kind::WrittenElsewhere; }
    // True when cycles may have come or gone: the window reads its list of cycles again.
    bool mayChangeCycles() const { return kind == Kind::CyclesChanged || kind == Kind::WrittenElsewhere; }
};
