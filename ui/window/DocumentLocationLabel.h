#pragma once

#include <QLabel>

class Document;

// The status bar's note of where the open document lives: a file's path, or the organisation database and its server.
// Shortened in the middle to leave the status bar room (the tooltip has it whole).
class DocumentLocationLabel : public QLabel {
    Q_OBJECT
public:
    static constexpr int ShownCharacters = 40;

    explicit DocumentLocationLabel(QWidget *parent = nullptr);

    // "File /home/ana/acme.okr", "Organisation database okrs on db.example.com:5432": for About as well.
    static QString describe(const Document &document);
    void showLocationOf(const Document &document);
};
