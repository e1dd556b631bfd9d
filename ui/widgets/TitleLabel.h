#pragma once

#include <QLabel>

// The bold, word-wrapped line naming what a panel shows (a key result, a team, a KPI).
class TitleLabel : public QLabel {
    Q_OBJECT
public:
    explicit TitleLabel(QWidget *parent = nullptr);
};
