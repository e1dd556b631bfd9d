#pragma once

#include "model/IsoWeek.h"

#include <QList>
#include <QWidget>

class QComboBox;

// "Changes after week [W32] up to [W33]": the weeks of a cycle whose changes the board lists. "Up to" offers the
// cycle's check-in weeks; "after" the weeks before the chosen "up to" and the cycle's start, so a range that ends
// before it begins cannot be chosen.
class WeekChangesRangeChooser : public QWidget {
    Q_OBJECT
public:
    explicit WeekChangesRangeChooser(QWidget *parent = nullptr);

    // The check-in weeks to choose from, oldest first, and the range to show: `after` is the week before the first
    // one or one of them before `upTo`. No weeks: nothing to choose.
    void setWeeks(const QList<IsoWeek> &weeks, IsoWeek after, IsoWeek upTo);
    IsoWeek after() const;
    IsoWeek upTo() const;

signals:
    // The user chose another week in either box.
    void rangeChosen();

private:
    // Offers as "after" every week before `upTo`, keeping `after` when it is one of them, else the week before.
    void offerWeeksBefore(IsoWeek upTo, IsoWeek after);

    QList<IsoWeek> m_weeks;
    QComboBox *m_after = nullptr;
    QComboBox *m_upTo = nullptr;
};
