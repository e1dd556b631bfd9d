#pragma once

// Pace thresholds chosen as Edit > Preferences keeps them (the test's own settings), while alive.
class ChosenPaceThresholds {
public:
    ChosenPaceThresholds(double onTrackPercent, double atRiskPercent);
    ~ChosenPaceThresholds();
    ChosenPaceThresholds(const ChosenPaceThresholds &) = delete;
    ChosenPaceThresholds &operator=(const ChosenPaceThresholds &) = delete;
};
