<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Accessibility</name>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Clear the text</source>
        <translation>Den Text leeren</translation>
    </message>
    <message>
        <source>More tools</source>
        <translation>Weitere Werkzeuge</translation>
    </message>
    <message>
        <source>The tools of “%1” that do not fit</source>
        <translation>Die Werkzeuge von „%1“, die keinen Platz haben</translation>
    </message>
</context>
<context>
    <name>ActionSubcommand</name>
    <message>
        <source>The document.</source>
        <translation>Das Dokument.</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 oder %2</translation>
    </message>
    <message>
        <source>expected FILE and an ACTION.</source>
        <translation>FILE und eine ACTION erwartet.</translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos;; expected %2.</source>
        <translation>Unbekannte Aktion „%1“; erwartet: %2.</translation>
    </message>
    <message numerus="yes">
        <source>&apos;%1&apos; takes %n argument(s), not %2.</source>
        <translation>
            <numerusform>„%1“ nimmt %n Argument, nicht %2.</numerusform>
            <numerusform>„%1“ nimmt %n Argumente, nicht %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AddCommentCommand</name>
    <message>
        <source>Add comment</source>
        <translation>Kommentar hinzufügen</translation>
    </message>
</context>
<context>
    <name>AddCycleCommand</name>
    <message>
        <source>Add Cycle %1</source>
        <translation>Zyklus %1 hinzufügen</translation>
    </message>
</context>
<context>
    <name>AddTeamCommand</name>
    <message>
        <source>Add Team %1</source>
        <translation>Team %1 hinzufügen</translation>
    </message>
</context>
<context>
    <name>AddTreeItemCommand</name>
    <message>
        <source>Add “%1”</source>
        <translation>„%1“ hinzufügen</translation>
    </message>
</context>
<context>
    <name>AlignmentTreeModel</name>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Team / Owner</source>
        <translation>Team / Verantwortlich</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Current / Target</source>
        <translation>Aktuell / Zielwert</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>“%1” belongs to %2: drop it on an objective to align it, or on its own team to align it to nothing.</source>
        <translation>„%1“ gehört zu %2: Auf einem Ziel ablegen, um es darauf auszurichten, oder auf dem eigenen Team, um die Ausrichtung aufzuheben.</translation>
    </message>
    <message>
        <source>An objective aligns to another objective, not to a key result or an initiative.</source>
        <translation>Ein Ziel wird auf ein anderes Ziel ausgerichtet, nicht auf ein Schlüsselergebnis oder eine Initiative.</translation>
    </message>
    <message>
        <source>“%1” is already there.</source>
        <translation>„%1“ ist bereits dort.</translation>
    </message>
    <message>
        <source>“%1” cannot align to “%2”: an objective aligns to an objective of a team above its own, never to itself or to one aligned below it.</source>
        <translation>„%1“ kann nicht auf „%2“ ausgerichtet werden: Ein Ziel wird auf ein Ziel eines übergeordneten Teams ausgerichtet, nie auf sich selbst oder auf ein darunter ausgerichtetes Ziel.</translation>
    </message>
    <message>
        <source>Drop to align “%1” to nothing.</source>
        <translation>Ablegen, um die Ausrichtung von „%1“ aufzuheben.</translation>
    </message>
    <message>
        <source>Drop to align “%1” under “%2”.</source>
        <translation>Ablegen, um „%1“ auf „%2“ auszurichten.</translation>
    </message>
    <message>
        <source>“%1” moves only among the key results of “%2”.</source>
        <translation>„%1“ lässt sich nur innerhalb der Schlüsselergebnisse von „%2“ verschieben.</translation>
    </message>
    <message>
        <source>Drop to make “%1” key result %2 of “%3”.</source>
        <translation>Ablegen, um „%1“ zu Schlüsselergebnis %2 von „%3“ zu machen.</translation>
    </message>
</context>
<context>
    <name>BackupSubcommand</name>
    <message>
        <source>Copy a document safely, even while it is in use.</source>
        <translation>Ein Dokument sicher kopieren, auch während es benutzt wird.</translation>
    </message>
    <message>
        <source>Write a consistent copy of a document, even while the window or another command is writing to it.
A document is its file plus its journal (FILE-wal, FILE-shm): copying the file alone can lose the latest changes or give a damaged copy. To restore, replace FILE by the backup and delete any FILE-wal and FILE-shm beside it first.</source>
        <translation>Eine konsistente Kopie eines Dokuments schreiben, auch während das Fenster oder ein anderer Befehl hineinschreibt.
Ein Dokument besteht aus seiner Datei und seinem Journal (FILE-wal, FILE-shm): Wer nur die Datei kopiert, kann die letzten Änderungen verlieren oder eine beschädigte Kopie erhalten. Zum Wiederherstellen zuerst FILE durch die Sicherung ersetzen und daneben liegende FILE-wal und FILE-shm löschen.</translation>
    </message>
    <message>
        <source>The document.</source>
        <translation>Das Dokument.</translation>
    </message>
    <message>
        <source>The backup to write, e.g. plan-2026-07-01.okr.</source>
        <translation>Die zu schreibende Sicherung, z. B. plan-2026-07-01.okr.</translation>
    </message>
    <message>
        <source>Replace TARGET when it exists (atomically: it is never half written).</source>
        <translation>TARGET ersetzen, falls vorhanden (atomar: nie halb geschrieben).</translation>
    </message>
    <message>
        <source>expected FILE and TARGET.</source>
        <translation>FILE und TARGET erwartet.</translation>
    </message>
    <message>
        <source>%1 already exists; add --force to replace it.</source>
        <translation>%1 existiert bereits; --force zum Ersetzen angeben.</translation>
    </message>
    <message>
        <source>Backed up %1 to %2
</source>
        <translation>%1 nach %2 gesichert
</translation>
    </message>
</context>
<context>
    <name>BoardExport</name>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Export Board</source>
        <translation>Board exportieren</translation>
    </message>
    <message>
        <source>Drawing the board…</source>
        <translation>Board wird gezeichnet …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>The board&apos;s %1 rows are too many for one picture. Export it as a PDF, or filter it first.</source>
        <translation>Die %1 Zeilen des Boards sind zu viele für ein Bild. Als PDF exportieren oder zuerst filtern.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Progress board %1</source>
        <translation>Fortschrittsboard %1</translation>
    </message>
    <message>
        <source>board</source>
        <translation>board</translation>
    </message>
    <message>
        <source>Cannot Export Board</source>
        <translation>Board kann nicht exportiert werden</translation>
    </message>
    <message>
        <source>Print Board</source>
        <translation>Board drucken</translation>
    </message>
    <message>
        <source>Cannot Print Board</source>
        <translation>Board kann nicht gedruckt werden</translation>
    </message>
    <message>
        <source>The printer did not take the board&apos;s pages.</source>
        <translation>Der Drucker hat die Seiten des Boards nicht angenommen.</translation>
    </message>
</context>
<context>
    <name>BoardSubcommand</name>
    <message>
        <source>%1 on track, %2 at risk, %3 off track, %4 no check-in yet</source>
        <translation>%1 auf Kurs, %2 gefährdet, %3 nicht auf Kurs, %4 noch ohne Check-in</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Board of %1 on %2; check-ins due for %3
</source>
        <translation>Board von %1 am %2; Check-ins fällig für %3
</translation>
    </message>
    <message>
        <source>no week yet</source>
        <translation>noch keine Woche</translation>
    </message>
    <message>
        <source>Progress: %1 done, %2 expected, %3 since last week
</source>
        <translation>Fortschritt: %1 erreicht, %2 erwartet, %3 seit letzter Woche
</translation>
    </message>
    <message>
        <source>Key results: %1
</source>
        <translation>Schlüsselergebnisse: %1
</translation>
    </message>
    <message>
        <source>Missing the due check-in: %1
</source>
        <translation>Fälliger Check-in fehlt: %1
</translation>
    </message>
    <message>
        <source>Stalled: %1
</source>
        <translation>Stagniert: %1
</translation>
    </message>
    <message>
        <source>
Teams:
</source>
        <translation>
Teams:
</translation>
    </message>
    <message>
        <source>nothing yet</source>
        <translation>noch nichts</translation>
    </message>
    <message>
        <source>
Changes after %1 up to %2:
</source>
        <translation>
Änderungen nach %1 bis %2:
</translation>
    </message>
    <message>
        <source>  Moved: %1 from %2 to %3, %4 progress against %5 expected
</source>
        <translation>  Bewegt: %1 von %2 auf %3, %4 Fortschritt gegenüber %5 erwartet
</translation>
    </message>
    <message>
        <source>  Confidence: %1 from %2 to %3 (%4)
</source>
        <translation>  Zuversicht: %1 von %2 auf %3 (%4)
</translation>
    </message>
    <message>
        <source>better</source>
        <translation>besser</translation>
    </message>
    <message>
        <source>worse</source>
        <translation>schlechter</translation>
    </message>
    <message>
        <source>  New problem: %1, %2, %3: %4
</source>
        <translation>  Neues Problem: %1, %2, %3: %4
</translation>
    </message>
    <message>
        <source>  Missing the %1 check-in: %2
</source>
        <translation>  Check-in für %1 fehlt: %2
</translation>
    </message>
    <message>
        <source>Print the manager&apos;s board of a cycle, and what changed since a week.</source>
        <translation>Das Manager-Board eines Zyklus ausgeben und was sich seit einer Woche geändert hat.</translation>
    </message>
    <message>
        <source>The document.</source>
        <translation>Das Dokument.</translation>
    </message>
    <message>
        <source>Also what changed after WEEK (e.g. 2026-W45) up to the week due for check-ins.</source>
        <translation>Auch die Änderungen nach WEEK (z. B. 2026-W45) bis zur Woche, für die Check-ins fällig sind.</translation>
    </message>
    <message>
        <source>text (the default), json or pdf (with --out).</source>
        <translation>text (Standard), json oder pdf (mit --out).</translation>
    </message>
    <message>
        <source>Write to PATH instead of printing.</source>
        <translation>In PATH schreiben statt ausgeben.</translation>
    </message>
    <message>
        <source>--format takes text, json or pdf, not &apos;%1&apos;.</source>
        <translation>--format nimmt text, json oder pdf, nicht „%1“.</translation>
    </message>
    <message>
        <source>--format pdf needs --out PATH.</source>
        <translation>--format pdf braucht --out PATH.</translation>
    </message>
    <message>
        <source>--since takes a week such as 2026-W45, not &apos;%1&apos;.</source>
        <translation>--since nimmt eine Woche wie 2026-W45, nicht „%1“.</translation>
    </message>
    <message>
        <source>--since takes a week before %1, the week due for check-ins, not %2.</source>
        <translation>--since nimmt eine Woche vor %1, der Woche, für die Check-ins fällig sind, nicht %2.</translation>
    </message>
    <message>
        <source>Board of %1</source>
        <translation>Board von %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Wrote the board of %1 to %2
</source>
        <translation>Board von %1 nach %2 geschrieben
</translation>
    </message>
    <message>
        <source>%1 is damaged: the board shows only what could be read.</source>
        <translation>%1 ist beschädigt: Das Board zeigt nur, was gelesen werden konnte.</translation>
    </message>
    <message>
        <source>  %1: %2 done, %3 expected, %4 since last week; %5; stated %6; %7; the due check-in is missing
</source>
        <translation>  %1: %2 erreicht, %3 erwartet, %4 seit letzter Woche; %5; angegeben %6; %7; der fällige Check-in fehlt
</translation>
    </message>
    <message>
        <source>  %1: %2 done, %3 expected, %4 since last week; %5; stated %6; %7
</source>
        <translation>  %1: %2 erreicht, %3 erwartet, %4 seit letzter Woche; %5; angegeben %6; %7
</translation>
    </message>
    <message>
        <source>last check-in %1</source>
        <translation>letzter Check-in %1</translation>
    </message>
    <message>
        <source>never checked in</source>
        <translation>noch nie eingecheckt</translation>
    </message>
</context>
<context>
    <name>CarryOverDialog</name>
    <message>
        <source>Carry Over Objectives from %1</source>
        <translation>Ziele aus %1 übertragen</translation>
    </message>
    <message>
        <source>Into cycle</source>
        <translation>In Zyklus</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Objectives to carry over</source>
        <translation>Zu übertragende Ziele</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>%1, finished</source>
        <translation>%1, abgeschlossen</translation>
    </message>
    <message>
        <source>Done, or graded a success at the review: not carried over unless you tick it.</source>
        <translation>Erreicht oder im Review als Erfolg bewertet: wird nur übertragen, wenn es angehakt wird.</translation>
    </message>
    <message>
        <source>There is no later cycle to carry into: add the next cycle first.</source>
        <translation>Es gibt keinen späteren Zyklus zum Übertragen: zuerst den nächsten Zyklus hinzufügen.</translation>
    </message>
    <message>
        <source>&amp;Into:</source>
        <translation>&amp;In:</translation>
    </message>
    <message>
        <source>Key results start where they ended; their history stays with %1. A title that states its start (&quot;from 300 to 500&quot;) is rewritten with the new start.</source>
        <translation>Schlüsselergebnisse beginnen dort, wo sie endeten; ihr Verlauf bleibt bei %1. Ein Titel, der seinen Start nennt („von 300 auf 500“), wird mit dem neuen Start umgeschrieben.</translation>
    </message>
    <message>
        <source>Carry Over</source>
        <translation>Übertragen</translation>
    </message>
    <message>
        <source>“%1” becomes “%2”</source>
        <translation>„%1“ wird zu „%2“</translation>
    </message>
    <message>
        <source>Titles rewritten with their new start: %1.</source>
        <translation>Mit neuem Start umgeschriebene Titel: %1.</translation>
    </message>
</context>
<context>
    <name>ChangeCycleStateCommand</name>
    <message>
        <source>Activate %1</source>
        <translation>%1 aktivieren</translation>
    </message>
    <message>
        <source>Close %1</source>
        <translation>%1 abschließen</translation>
    </message>
</context>
<context>
    <name>ChangeRecord</name>
    <message>
        <source>the command line</source>
        <translation>die Befehlszeile</translation>
    </message>
    <message>
        <source>another Quarterdeck window</source>
        <translation>ein anderes Quarterdeck-Fenster</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 am %2</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 um %2</translation>
    </message>
</context>
<context>
    <name>ChangeTeamCommand</name>
    <message>
        <source>Rename Team %1</source>
        <translation>Team %1 umbenennen</translation>
    </message>
    <message>
        <source>Move Team %1 under %2</source>
        <translation>Team %1 unter %2 verschieben</translation>
    </message>
</context>
<context>
    <name>ChangeTreeItemCommand</name>
    <message>
        <source>Rename “%1”</source>
        <translation>„%1“ umbenennen</translation>
    </message>
    <message>
        <source>Move “%1”</source>
        <translation>„%1“ verschieben</translation>
    </message>
    <message>
        <source>Move “%1” to another team</source>
        <translation>„%1“ zu einem anderen Team verschieben</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>„%1“ bearbeiten</translation>
    </message>
</context>
<context>
    <name>ChartFactory</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Zielwert</translation>
    </message>
    <message>
        <source>Expected pace</source>
        <translation>Erwartetes Tempo</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prognose</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Value (%1)</source>
        <translation>Wert (%1)</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>The %1 teams furthest behind of %2, %3</source>
        <translation>Die %1 Teams mit dem größten Rückstand von %2, %3</translation>
    </message>
    <message>
        <source>Progress per team, %1</source>
        <translation>Fortschritt je Team, %1</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>Progress (expected %1)</source>
        <translation>Fortschritt (erwartet %1)</translation>
    </message>
    <message>
        <source>Objectives by pace status, %1</source>
        <translation>Ziele nach Tempo-Status, %1</translation>
    </message>
    <message>
        <source>%1&lt;br&gt;%2 (%3)</source>
        <translation>%1&lt;br&gt;%2 (%3)</translation>
    </message>
    <message>
        <source>No objectives with key results in %1</source>
        <translation>Keine Ziele mit Schlüsselergebnissen in %1</translation>
    </message>
    <message>
        <source>Grades of the %1 lowest graded of %2 teams</source>
        <translation>Bewertungen der %1 am niedrigsten bewerteten von %2 Teams</translation>
    </message>
    <message>
        <source>Grades per team across cycles</source>
        <translation>Bewertungen je Team über die Zyklen</translation>
    </message>
    <message>
        <source>%1, %2: not graded</source>
        <translation>%1, %2: nicht bewertet</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Bewertung</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>E&amp;xport PNG…</source>
        <translation>PNG e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Save this chart as a PNG image</source>
        <translation>Dieses Diagramm als PNG-Bild speichern</translation>
    </message>
    <message>
        <source>Cannot Export Chart</source>
        <translation>Diagramm kann nicht exportiert werden</translation>
    </message>
    <message>
        <source>Quarterdeck could not write “%1”.

%2</source>
        <translation>Quarterdeck konnte „%1“ nicht schreiben.

%2</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
</context>
<context>
    <name>ChartsView</name>
    <message>
        <source>Cannot Show Charts</source>
        <translation>Diagramme können nicht angezeigt werden</translation>
    </message>
</context>
<context>
    <name>CheckInDialog</name>
    <message>
        <source>Weekly Check-In</source>
        <translation>Wöchentlicher Check-in</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>&amp;Team:</translation>
    </message>
    <message>
        <source>&amp;Week:</source>
        <translation>&amp;Woche:</translation>
    </message>
    <message>
        <source>Save the check-in (%1)</source>
        <translation>Check-in speichern (%1)</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>ISO week</source>
        <translation>ISO-Woche</translation>
    </message>
    <message>
        <source>2026-W47</source>
        <translation>2026-W47</translation>
    </message>
    <message>
        <source>&amp;Correct the closed cycle</source>
        <translation>Abgeschlossenen Zyklus &amp;korrigieren</translation>
    </message>
    <message>
        <source>New check-ins go to the active cycle; check this to change a closed one</source>
        <translation>Neue Check-ins gehen in den aktiven Zyklus; ankreuzen, um einen abgeschlossenen zu ändern</translation>
    </message>
    <message>
        <source>Previous week (Alt+Left)</source>
        <translation>Vorherige Woche (Alt+Links)</translation>
    </message>
    <message>
        <source>Next week (Alt+Right)</source>
        <translation>Nächste Woche (Alt+Rechts)</translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>Vorherige Woche</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Nächste Woche</translation>
    </message>
    <message>
        <source>Key results</source>
        <translation>Schlüsselergebnisse</translation>
    </message>
    <message>
        <source>Plans, progress and problems</source>
        <translation>Pläne, Fortschritte und Probleme</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Abschnitt</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Key result</source>
        <translation>Schlüsselergebnis</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>&amp;Add item</source>
        <translation>Eintrag &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove item</source>
        <translation>Eintrag ent&amp;fernen</translation>
    </message>
    <message>
        <source>Looking back and ahead</source>
        <translation>Rückblick und Ausblick</translation>
    </message>
    <message>
        <source>Lessons learned</source>
        <translation>Erkenntnisse</translation>
    </message>
    <message>
        <source>Next week&apos;s priorities</source>
        <translation>Prioritäten der nächsten Woche</translation>
    </message>
    <message>
        <source>&amp;Lessons learned:</source>
        <translation>&amp;Erkenntnisse:</translation>
    </message>
    <message>
        <source>&amp;Next week&apos;s priorities:</source>
        <translation>&amp;Prioritäten der nächsten Woche:</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>Editing the check-in saved for this week.</source>
        <translation>Der für diese Woche gespeicherte Check-in wird bearbeitet.</translation>
    </message>
    <message>
        <source>New check-in.</source>
        <translation>Neuer Check-in.</translation>
    </message>
    <message>
        <source>Last value</source>
        <translation>Letzter Wert</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Neuer Wert</translation>
    </message>
    <message>
        <source>Progress and pace</source>
        <translation>Fortschritt und Tempo</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Zuversicht</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>This team has no key results in %1.</source>
        <translation>Dieses Team hat keine Schlüsselergebnisse in %1.</translation>
    </message>
    <message>
        <source>Tick “%1” or choose another week.</source>
        <translation>„%1“ ankreuzen oder eine andere Woche wählen.</translation>
    </message>
    <message>
        <source>Choose another week.</source>
        <translation>Eine andere Woche wählen.</translation>
    </message>
    <message>
        <source>Objective: %1
Owner: %2
From %3 to %4</source>
        <translation>Ziel: %1
Verantwortlich: %2
Von %3 bis %4</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (start)</source>
        <translation>%1 (Start)</translation>
    </message>
    <message>
        <source>New value of %1</source>
        <translation>Neuer Wert von %1</translation>
    </message>
    <message>
        <source>Confidence in %1</source>
        <translation>Zuversicht für %1</translation>
    </message>
    <message>
        <source>Comment on %1</source>
        <translation>Kommentar zu %1</translation>
    </message>
    <message>
        <source>What moved it, what blocks it</source>
        <translation>Was es bewegt hat, was es blockiert</translation>
    </message>
    <message>
        <source>No update this week</source>
        <translation>Diese Woche keine Aktualisierung</translation>
    </message>
    <message>
        <source>%1 · pace %2 (expected %3)</source>
        <translation>%1 · Tempo %2 (erwartet %3)</translation>
    </message>
    <message>
        <source>No unfinished plans from earlier weeks.</source>
        <translation>Keine unerledigten Pläne aus früheren Wochen.</translation>
    </message>
    <message numerus="yes">
        <source>%n unfinished plan(s) carried over from %1: tick Done for those finished, remove those dropped.</source>
        <translation>
            <numerusform>%n unerledigter Plan aus %1 übernommen: „Erledigt“ für Abgeschlossenes ankreuzen, Verworfenes entfernen.</numerusform>
            <numerusform>%n unerledigte Pläne aus %1 übernommen: „Erledigt“ für Abgeschlossene ankreuzen, Verworfene entfernen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Pläne</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Linked key result</source>
        <translation>Verknüpftes Schlüsselergebnis</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keines)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a week: type one such as %2.</source>
        <translation>„%1“ ist keine Woche: eine wie %2 eingeben.</translation>
    </message>
    <message>
        <source>Fix the values marked in red first.</source>
        <translation>Zuerst die rot markierten Werte korrigieren.</translation>
    </message>
    <message>
        <source>The check-in was not saved.</source>
        <translation>Der Check-in wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>Check-in Changed Elsewhere</source>
        <translation>Check-in anderswo geändert</translation>
    </message>
    <message>
        <source>%1

Nothing was saved. Keep their values (the form shows them) or overwrite them with yours?</source>
        <translation>%1

Es wurde nichts gespeichert. Die anderen Werte behalten (das Formular zeigt sie) oder mit den eigenen überschreiben?</translation>
    </message>
    <message>
        <source>Keep Their Values and Reload</source>
        <translation>Andere Werte behalten und neu laden</translation>
    </message>
    <message>
        <source>Overwrite with Mine</source>
        <translation>Mit eigenen überschreiben</translation>
    </message>
    <message>
        <source>The form now shows the check-in as saved elsewhere.</source>
        <translation>Das Formular zeigt jetzt den anderswo gespeicherten Check-in.</translation>
    </message>
</context>
<context>
    <name>CheckInRepository</name>
    <message>
        <source>The check-in&apos;s week %1 does not exist.</source>
        <translation>Die Woche %1 des Check-ins existiert nicht.</translation>
    </message>
</context>
<context>
    <name>CheckInRules</name>
    <message>
        <source>On track</source>
        <translation>Auf Kurs</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Gefährdet</translation>
    </message>
    <message>
        <source>Off track</source>
        <translation>Nicht auf Kurs</translation>
    </message>
</context>
<context>
    <name>CheckInService</name>
    <message>
        <source>%1 is not a week.</source>
        <translation>%1 ist keine Woche.</translation>
    </message>
    <message>
        <source>%1 has not started yet: check in for this week (%2) or an earlier one.</source>
        <translation>%1 hat noch nicht begonnen: für diese Woche (%2) oder eine frühere einchecken.</translation>
    </message>
    <message>
        <source>%1 is outside every cycle: there are no key results to check in. Add a cycle holding it first.</source>
        <translation>%1 liegt außerhalb jedes Zyklus: Es gibt keine Schlüsselergebnisse zum Einchecken. Zuerst einen Zyklus hinzufügen, der sie umfasst.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is the title of %2 of the team&apos;s key results: use the key result&apos;s id instead.</source>
        <translation>„%1“ ist der Titel von %2 Schlüsselergebnissen des Teams: stattdessen die ID des Schlüsselergebnisses verwenden.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is neither the id nor the exact title of one of the team&apos;s key results in this week&apos;s cycle.</source>
        <translation>„%1“ ist weder die ID noch der genaue Titel eines Schlüsselergebnisses des Teams im Zyklus dieser Woche.</translation>
    </message>
    <message>
        <source>The team %1 does not exist in this document.</source>
        <translation>Das Team %1 existiert in diesem Dokument nicht.</translation>
    </message>
    <message>
        <source>The key result %1 is not one of the team&apos;s key results in %2.</source>
        <translation>Das Schlüsselergebnis %1 gehört in %2 nicht zu den Schlüsselergebnissen des Teams.</translation>
    </message>
    <message>
        <source>The key result %1 is updated twice.</source>
        <translation>Das Schlüsselergebnis %1 wird zweimal aktualisiert.</translation>
    </message>
    <message>
        <source>The value of key result %1 is not a number.</source>
        <translation>Der Wert von Schlüsselergebnis %1 ist keine Zahl.</translation>
    </message>
    <message>
        <source>The plan &apos;%1&apos; links to a key result that is not the team&apos;s in %2.</source>
        <translation>Der Plan „%1“ verweist auf ein Schlüsselergebnis, das in %2 nicht dem Team gehört.</translation>
    </message>
</context>
<context>
    <name>CheckInSubcommand</name>
    <message>
        <source>Check in key result values for a team&apos;s week (scripted updates).</source>
        <translation>Werte von Schlüsselergebnissen für die Woche eines Teams einchecken (für Skripte).</translation>
    </message>
    <message>
        <source>The document.</source>
        <translation>Das Dokument.</translation>
    </message>
    <message>
        <source>The team checking in.</source>
        <translation>Das eincheckende Team.</translation>
    </message>
    <message>
        <source>The ISO week, e.g. 2026-W47 (default: this week).</source>
        <translation>Die ISO-Woche, z. B. 2026-W47 (Standard: diese Woche).</translation>
    </message>
    <message>
        <source>A key result (its id or exact title) and its new value; repeat for several, naming each key result once.</source>
        <translation>Ein Schlüsselergebnis (seine ID oder sein genauer Titel) und sein neuer Wert; für mehrere wiederholen, jedes Schlüsselergebnis einmal nennen.</translation>
    </message>
    <message>
        <source>on-track, at-risk or off-track, for every named key result.</source>
        <translation>on-track, at-risk oder off-track, für jedes genannte Schlüsselergebnis.</translation>
    </message>
    <message>
        <source>A comment for every named key result.</source>
        <translation>Ein Kommentar für jedes genannte Schlüsselergebnis.</translation>
    </message>
    <message>
        <source>Correct a week of a closed cycle (new check-ins go to the active cycle).</source>
        <translation>Eine Woche eines abgeschlossenen Zyklus korrigieren (neue Check-ins gehen in den aktiven Zyklus).</translation>
    </message>
    <message>
        <source>--team NAME is required.</source>
        <translation>--team NAME ist erforderlich.</translation>
    </message>
    <message>
        <source>at least one --kr KEY=VALUE is required.</source>
        <translation>mindestens ein --kr KEY=VALUE ist erforderlich.</translation>
    </message>
    <message>
        <source>--kr takes KEY=VALUE, not &apos;%1&apos;.</source>
        <translation>--kr nimmt KEY=VALUE, nicht „%1“.</translation>
    </message>
    <message>
        <source>--confidence takes on-track, at-risk or off-track, not &apos;%1&apos;.</source>
        <translation>--confidence nimmt on-track, at-risk oder off-track, nicht „%1“.</translation>
    </message>
    <message>
        <source>--week takes an ISO week such as 2026-W47, not &apos;%1&apos;.</source>
        <translation>--week nimmt eine ISO-Woche wie 2026-W47, nicht „%1“.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is named twice (--kr %2=… and --kr %3=…): give each key result one value.</source>
        <translation>„%1“ ist zweimal genannt (--kr %2=… und --kr %3=…): jedem Schlüsselergebnis einen Wert geben.</translation>
    </message>
    <message>
        <source>the value &apos;%1&apos; for &apos;%2&apos;: %3</source>
        <translation>der Wert „%1“ für „%2“: %3</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
    <message numerus="yes">
        <source>Checked in %n key result(s) for %1 in %2.</source>
        <translation>
            <numerusform>%n Schlüsselergebnis für %1 in %2 eingecheckt.</numerusform>
            <numerusform>%n Schlüsselergebnisse für %1 in %2 eingecheckt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Coach</name>
    <message>
        <source>There is no number, so nobody can tell how far along it is.</source>
        <translation>Es gibt keine Zahl, daher kann niemand sagen, wie weit es ist.</translation>
    </message>
    <message>
        <source>Ask what this should bring about, such as visitors, sign-ups, customers or revenue, and measure that outcome from where it stands today to a target.</source>
        <translation>Fragen, was dies bewirken soll, etwa Besucher, Anmeldungen, Kunden oder Umsatz, und dieses Ergebnis vom heutigen Stand bis zu einem Zielwert messen.</translation>
    </message>
    <message>
        <source>Ask what %1 should bring about, such as visitors, sign-ups, customers or revenue, and measure that outcome from where it stands today to a target.</source>
        <translation>Fragen, was %1 bewirken soll, etwa Besucher, Anmeldungen, Kunden oder Umsatz, und dieses Ergebnis vom heutigen Stand bis zu einem Zielwert messen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names an activity or deliverable, not a result it produces.</source>
        <translation>„%1“ nennt eine Tätigkeit oder ein Liefergegenstand, kein Ergebnis, das daraus entsteht.</translation>
    </message>
    <message>
        <source>Keep asking why: what should &quot;%1&quot; change for customers or the business? Measure that, e.g. &quot;Increase trial-to-paid conversion from 4% to 6%&quot;, and keep the task as an initiative.</source>
        <translation>Weiter nach dem Warum fragen: Was soll „%1“ für Kunden oder das Geschäft ändern? Das messen, z. B. „Conversion von Test zu Bezahlung von 4 % auf 6 % steigern“, und die Aufgabe als Initiative behalten.</translation>
    </message>
    <message>
        <source>The number counts the team&apos;s own work, not its effect.</source>
        <translation>Die Zahl zählt die eigene Arbeit des Teams, nicht ihre Wirkung.</translation>
    </message>
    <message>
        <source>Ask why that work matters and count what it should bring: readers, sign-ups, replies, conversion or revenue.</source>
        <translation>Fragen, warum diese Arbeit wichtig ist, und zählen, was sie bringen soll: Leser, Anmeldungen, Antworten, Conversion oder Umsatz.</translation>
    </message>
    <message>
        <source>The number counts the team&apos;s own work (%1), not its effect.</source>
        <translation>Die Zahl zählt die eigene Arbeit des Teams (%1), nicht ihre Wirkung.</translation>
    </message>
    <message>
        <source>Ask why those %1 matter and count what they should bring: readers, sign-ups, replies, conversion or revenue.</source>
        <translation>Fragen, warum diese %1 wichtig sind, und zählen, was sie bringen sollen: Leser, Anmeldungen, Antworten, Conversion oder Umsatz.</translation>
    </message>
    <message>
        <source>It can only be done or not done, so progress cannot be graded during the cycle.</source>
        <translation>Es kann nur erledigt oder nicht erledigt sein, daher lässt sich der Fortschritt während des Zyklus nicht bewerten.</translation>
    </message>
    <message>
        <source>Make it an initiative and write the measurable result it should move as the key result.</source>
        <translation>Zu einer Initiative machen und das messbare Ergebnis, das sie bewegen soll, als Schlüsselergebnis schreiben.</translation>
    </message>
    <message>
        <source>The target has no starting value, so progress cannot be computed.</source>
        <translation>Der Zielwert hat keinen Startwert, daher lässt sich kein Fortschritt berechnen.</translation>
    </message>
    <message>
        <source>Add where it stands today, so that it reads from that value to %1.</source>
        <translation>Ergänzen, wo es heute steht, damit es von diesem Wert auf %1 lautet.</translation>
    </message>
    <message>
        <source>The current value %1 already meets the target %2.</source>
        <translation>Der aktuelle Wert %1 erreicht bereits den Zielwert %2.</translation>
    </message>
    <message>
        <source>Set a target that still asks for a change, or pick a result that needs work this cycle.</source>
        <translation>Einen Zielwert setzen, der noch eine Veränderung verlangt, oder ein Ergebnis wählen, das in diesem Zyklus Arbeit braucht.</translation>
    </message>
    <message>
        <source>It restates the KPI target &quot;%1&quot; (%2).</source>
        <translation>Es wiederholt den KPI-Zielwert „%1“ (%2).</translation>
    </message>
    <message>
        <source>A KPI shows where to look: ask why it falls behind and measure the cause the team can move every week.</source>
        <translation>Ein KPI zeigt, wohin man schauen muss: Fragen, warum er zurückfällt, und die Ursache messen, die das Team jede Woche bewegen kann.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; makes the objective a project, not a direction for the cycle.</source>
        <translation>„%1“ macht das Ziel zu einem Projekt statt zu einer Richtung für den Zyklus.</translation>
    </message>
    <message>
        <source>Ask what the project should achieve and make that the objective, e.g. &quot;Increase product reach in Germany&quot;; the project becomes an initiative.</source>
        <translation>Fragen, was das Projekt erreichen soll, und das zum Ziel machen, z. B. „Reichweite des Produkts in Deutschland steigern“; das Projekt wird zur Initiative.</translation>
    </message>
    <message>
        <source>The objective carries numbers that belong in its key results.</source>
        <translation>Das Ziel enthält Zahlen, die in seine Schlüsselergebnisse gehören.</translation>
    </message>
    <message>
        <source>Describe the qualitative direction here and move the number into a key result.</source>
        <translation>Hier die qualitative Richtung beschreiben und die Zahl in ein Schlüsselergebnis verschieben.</translation>
    </message>
    <message numerus="yes">
        <source>The objective has %n key result(s); one number rarely shows whether it was reached.</source>
        <translation>
            <numerusform>Das Ziel hat %n Schlüsselergebnis; eine Zahl zeigt selten, ob es erreicht wurde.</numerusform>
            <numerusform>Das Ziel hat %n Schlüsselergebnisse; eine Zahl zeigt selten, ob es erreicht wurde.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add key results until 2 to 5 (ideally 3 or 4) measure the objective from different sides.</source>
        <translation>Schlüsselergebnisse ergänzen, bis 2 bis 5 (idealerweise 3 oder 4) das Ziel von verschiedenen Seiten messen.</translation>
    </message>
    <message>
        <source>The objective has %1 key results; more than 5 dilute the focus.</source>
        <translation>Das Ziel hat %1 Schlüsselergebnisse; mehr als 5 verwässern den Fokus.</translation>
    </message>
    <message>
        <source>Keep the 3 or 4 that best show success and move the rest to initiatives or KPIs.</source>
        <translation>Die 3 oder 4 behalten, die Erfolg am besten zeigen, und den Rest zu Initiativen oder KPIs machen.</translation>
    </message>
    <message>
        <source>%1 has %2 objectives in this cycle; more than 3 split the team&apos;s attention.</source>
        <translation>%1 hat %2 Ziele in diesem Zyklus; mehr als 3 teilen die Aufmerksamkeit des Teams.</translation>
    </message>
    <message>
        <source>Choose the 1 to 3 objectives that matter most this quarter and park the others.</source>
        <translation>Die 1 bis 3 Ziele wählen, die in diesem Quartal am meisten zählen, und die anderen zurückstellen.</translation>
    </message>
    <message>
        <source>The company has %1 objectives in this cycle; more than 5 means nothing is a priority.</source>
        <translation>Das Unternehmen hat %1 Ziele in diesem Zyklus; mehr als 5 bedeuten, dass nichts Priorität hat.</translation>
    </message>
    <message>
        <source>Keep at most 5 company objectives and let teams carry the rest as their own.</source>
        <translation>Höchstens 5 Unternehmensziele behalten und die Teams den Rest als eigene Ziele tragen lassen.</translation>
    </message>
    <message>
        <source>The objective is not aligned to any company objective.</source>
        <translation>Das Ziel ist auf kein Unternehmensziel ausgerichtet.</translation>
    </message>
    <message>
        <source>Align it to the company objective it serves, or ask whether it should be pursued this cycle.</source>
        <translation>Es auf das Unternehmensziel ausrichten, dem es dient, oder fragen, ob es in diesem Zyklus verfolgt werden sollte.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; measures the same thing as another key result.</source>
        <translation>„%1“ misst dasselbe wie ein anderes Schlüsselergebnis.</translation>
    </message>
    <message>
        <source>Merge the two, or make each measure a different side of the objective.</source>
        <translation>Die beiden zusammenführen oder jedes eine andere Seite des Ziels messen lassen.</translation>
    </message>
    <message>
        <source>The numbers are still placeholders (%1): it reads as an outcome once they are written in.</source>
        <translation>Die Zahlen sind noch Platzhalter (%1): Sind sie eingetragen, liest es sich als Ergebnis.</translation>
    </message>
    <message>
        <source>Replace %1 with where it stands today and the value it should reach by the end of the cycle.</source>
        <translation>%1 durch den heutigen Stand und den Wert ersetzen, der bis zum Ende des Zyklus erreicht werden soll.</translation>
    </message>
    <message>
        <source>Ask why that %1 matters and count what it should bring: readers, sign-ups, replies, conversion or revenue.</source>
        <translation>Fragen, wozu %1 dient, und zählen, was es bringen soll: Leser, Anmeldungen, Antworten, Conversion oder Umsatz.</translation>
    </message>
    <message>
        <source>Add today&apos;s value of %1 and the value it should reach by the end of the cycle.</source>
        <translation>Den heutigen Wert von %1 ergänzen und den Wert, den er bis zum Ende des Zyklus erreichen soll.</translation>
    </message>
    <message>
        <source>Replace %1 with today&apos;s value of %2 and the value it should reach by the end of the cycle.</source>
        <translation>%1 durch den heutigen Wert von %2 ersetzen und durch den Wert, den er bis zum Ende des Zyklus erreichen soll.</translation>
    </message>
    <message>
        <source>The objective has no key results yet, so nothing shows whether it was reached.</source>
        <translation>Das Ziel hat noch keine Schlüsselergebnisse, also zeigt nichts, ob es erreicht wurde.</translation>
    </message>
    <message>
        <source>no number</source>
        <translation>keine Zahl</translation>
    </message>
    <message>
        <source>placeholder numbers</source>
        <translation>Platzhalter statt Zahlen</translation>
    </message>
    <message>
        <source>activity instead of outcome</source>
        <translation>Tätigkeit statt Ergebnis</translation>
    </message>
    <message>
        <source>counts the team&apos;s own work</source>
        <translation>zählt die eigene Arbeit</translation>
    </message>
    <message>
        <source>done or not done</source>
        <translation>erledigt oder nicht</translation>
    </message>
    <message>
        <source>no starting value</source>
        <translation>kein Startwert</translation>
    </message>
    <message>
        <source>target already met</source>
        <translation>Zielwert schon erreicht</translation>
    </message>
    <message>
        <source>restates a KPI</source>
        <translation>wiederholt eine KPI</translation>
    </message>
    <message>
        <source>objective is a task</source>
        <translation>Ziel ist eine Aufgabe</translation>
    </message>
    <message>
        <source>numbers in the objective</source>
        <translation>Zahlen im Ziel</translation>
    </message>
    <message>
        <source>too few key results</source>
        <translation>zu wenige Schlüsselergebnisse</translation>
    </message>
    <message>
        <source>too many key results</source>
        <translation>zu viele Schlüsselergebnisse</translation>
    </message>
    <message>
        <source>too many team objectives</source>
        <translation>zu viele Teamziele</translation>
    </message>
    <message>
        <source>too many company objectives</source>
        <translation>zu viele Unternehmensziele</translation>
    </message>
    <message>
        <source>not aligned</source>
        <translation>nicht ausgerichtet</translation>
    </message>
    <message>
        <source>duplicate key result</source>
        <translation>doppeltes Schlüsselergebnis</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>The coach flagged %1 of %n key result(s) (%2).</source>
        <translation>
            <numerusform>Der Coach hat %1 von %n Schlüsselergebnis markiert (%2).</numerusform>
            <numerusform>Der Coach hat %1 von %n Schlüsselergebnissen markiert (%2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It flagged %1 of %n objective(s).</source>
        <translation>
            <numerusform>Er hat %1 von %n Ziel markiert.</numerusform>
            <numerusform>Er hat %1 von %n Zielen markiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No key results measure %n objective(s).</source>
        <translation>
            <numerusform>%n Ziel hat keine Schlüsselergebnisse, die es messen.</numerusform>
            <numerusform>%n Ziele haben keine Schlüsselergebnisse, die sie messen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n team(s) set more objectives than the guidance allows.</source>
        <translation>
            <numerusform>%n Team hat mehr Ziele gesetzt, als die Empfehlung vorsieht.</numerusform>
            <numerusform>%n Teams haben mehr Ziele gesetzt, als die Empfehlung vorsieht.</numerusform>
        </translation>
    </message>
    <message>
        <source>The flags: %1.</source>
        <translation>Die Markierungen: %1.</translation>
    </message>
</context>
<context>
    <name>CoachVerdictLabel</name>
    <message>
        <source>Outcome: a measurable result of others&apos; behaviour or the business.</source>
        <translation>Ergebnis: eine messbare Wirkung auf das Verhalten anderer oder das Geschäft.</translation>
    </message>
    <message>
        <source>Output: an activity or deliverable, not a result. It fits as an initiative.</source>
        <translation>Output: eine Tätigkeit oder ein Liefergegenstand, kein Ergebnis. Passt als Initiative.</translation>
    </message>
    <message>
        <source>Vague: nothing here can be measured.</source>
        <translation>Vage: Hier lässt sich nichts messen.</translation>
    </message>
    <message>
        <source>A good objective: a qualitative direction.</source>
        <translation>Ein gutes Ziel: eine qualitative Richtung.</translation>
    </message>
    <message>
        <source>A task: a project to do, not a direction.</source>
        <translation>Eine Aufgabe: ein Projekt, keine Richtung.</translation>
    </message>
    <message>
        <source>A metric: numbers belong in the key results.</source>
        <translation>Eine Kennzahl: Zahlen gehören in die Schlüsselergebnisse.</translation>
    </message>
    <message>
        <source>Try: %1</source>
        <translation>Vorschlag: %1</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Die Version anzeigen.</translation>
    </message>
    <message>
        <source>Plan and track OKRs in one local file.

quarterdeck [FILE] opens FILE (or your default document) in the window.
quarterdeck COMMAND [options] runs headless. Commands:
</source>
        <translation>OKRs in einer lokalen Datei planen und verfolgen.

quarterdeck [FILE] öffnet FILE (oder das Standarddokument) im Fenster.
quarterdeck COMMAND [Optionen] läuft ohne Fenster. Befehle:
</translation>
    </message>
    <message>
        <source>
Run &apos;quarterdeck COMMAND --help&apos; for a command&apos;s options.</source>
        <translation>
„quarterdeck COMMAND --help“ zeigt die Optionen eines Befehls.</translation>
    </message>
    <message>
        <source>A command, or a document to open.</source>
        <translation>Ein Befehl oder ein zu öffnendes Dokument.</translation>
    </message>
    <message>
        <source>quarterdeck: unknown command &apos;%1&apos;
</source>
        <translation>quarterdeck: Unbekannter Befehl „%1“
</translation>
    </message>
    <message>
        <source>Try &apos;quarterdeck --help&apos;.
</source>
        <translation>Siehe „quarterdeck --help“.
</translation>
    </message>
</context>
<context>
    <name>CommentsView</name>
    <message>
        <source>Comments</source>
        <translation>Kommentare</translation>
    </message>
    <message>
        <source>Comment author</source>
        <translation>Verfasser des Kommentars</translation>
    </message>
    <message>
        <source>New comment</source>
        <translation>Neuer Kommentar</translation>
    </message>
    <message>
        <source>A&amp;uthor:</source>
        <translation>&amp;Verfasser:</translation>
    </message>
    <message>
        <source>Co&amp;mment:</source>
        <translation>&amp;Kommentar:</translation>
    </message>
    <message>
        <source>Add co&amp;mment</source>
        <translation>Kommentar &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anonym</translation>
    </message>
    <message>
        <source>%1, %2
%3</source>
        <translation>%1, %2
%3</translation>
    </message>
    <message>
        <source>No comments yet.</source>
        <translation>Noch keine Kommentare.</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>&amp;Remember the password in the desktop&apos;s keyring</source>
        <translation>Passwort im Schlüsselbund des Desktops &amp;merken</translation>
    </message>
    <message>
        <source>Connect to Organisation Database</source>
        <translation>Mit Organisationsdatenbank verbinden</translation>
    </message>
    <message>
        <source>none: the fields below</source>
        <translation>keiner: die Felder darunter</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>dieser Computer</translation>
    </message>
    <message>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>your login name</source>
        <translation>der Anmeldename</translation>
    </message>
    <message>
        <source>from ~/.pgpass when empty</source>
        <translation>aus ~/.pgpass, wenn leer</translation>
    </message>
    <message>
        <source>Prefer (encrypt when the server can)</source>
        <translation>Bevorzugt (verschlüsseln, wenn der Server es kann)</translation>
    </message>
    <message>
        <source>Require encryption</source>
        <translation>Verschlüsselung verlangen</translation>
    </message>
    <message>
        <source>Require encryption and verify the server</source>
        <translation>Verschlüsselung verlangen und den Server prüfen</translation>
    </message>
    <message>
        <source>Never encrypt</source>
        <translation>Nie verschlüsseln</translation>
    </message>
    <message>
        <source>The PostgreSQL database your organisation keeps its OKRs in. Whoever set it up (README: An organisation database on a server) can tell you these.</source>
        <translation>Die PostgreSQL-Datenbank, in der die Organisation ihre OKRs führt. Wer sie eingerichtet hat (README: An organisation database on a server), kennt diese Angaben.</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Dienst:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>Daten&amp;bank:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>Be&amp;nutzer:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>Verschlüsse&amp;lung:</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>Enter the database&apos;s name, or a service that names it.</source>
        <translation>Den Namen der Datenbank eingeben oder einen Dienst, der sie nennt.</translation>
    </message>
</context>
<context>
    <name>CopySubcommand</name>
    <message>
        <source>Copy a document to an organisation database on a server, or back.</source>
        <translation>Ein Dokument in eine Organisationsdatenbank auf einem Server kopieren oder zurück.</translation>
    </message>
    <message>
        <source>Copy a whole document between a file and an organisation database on a PostgreSQL server, in one transaction: up, to move an organisation from a laptop to its server; down, to keep a copy of the server in a file.
A server is named by a URL: postgresql://[USER@]HOST[:PORT]/DATABASE[?sslmode=require...]. What it leaves out comes from libpq&apos;s defaults (PGHOST, PGUSER, PGPASSWORD, PGSERVICE, ~/.pgpass).
The target must be empty: a database without an organisation (its tables are created), or a file that does not exist yet.</source>
        <translation>Ein ganzes Dokument zwischen einer Datei und einer Organisationsdatenbank auf einem PostgreSQL-Server kopieren, in einer Transaktion: hinauf, um eine Organisation vom Laptop auf ihren Server zu bringen; herunter, um eine Kopie des Servers in einer Datei zu behalten.
Ein Server wird durch eine URL benannt: postgresql://[USER@]HOST[:PORT]/DATABASE[?sslmode=require...]. Was sie auslässt, kommt aus den Standardwerten von libpq (PGHOST, PGUSER, PGPASSWORD, PGSERVICE, ~/.pgpass).
Das Ziel muss leer sein: eine Datenbank ohne Organisation (ihre Tabellen werden angelegt) oder eine Datei, die noch nicht existiert.</translation>
    </message>
    <message>
        <source>The document file, or the server&apos;s URL.</source>
        <translation>Die Dokumentdatei oder die URL des Servers.</translation>
    </message>
    <message>
        <source>The server&apos;s URL, or the new document file.</source>
        <translation>Die URL des Servers oder die neue Dokumentdatei.</translation>
    </message>
    <message>
        <source>expected SOURCE and TARGET.</source>
        <translation>SOURCE und TARGET erwartet.</translation>
    </message>
    <message>
        <source>one of SOURCE and TARGET must be a postgresql:// URL, the other a file.</source>
        <translation>SOURCE oder TARGET muss eine postgresql://-URL sein, das andere eine Datei.</translation>
    </message>
    <message numerus="yes">
        <source>Copied %1 to %2 (%n row(s)).
</source>
        <translation>
            <numerusform>%1 nach %2 kopiert (%n Zeile).
</numerusform>
            <numerusform>%1 nach %2 kopiert (%n Zeilen).
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvExchange</name>
    <message>
        <source>row %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>The file is empty: expected a header row.</source>
        <translation>Die Datei ist leer: Kopfzeile erwartet.</translation>
    </message>
    <message>
        <source>the column appears twice.</source>
        <translation>die Spalte kommt zweimal vor.</translation>
    </message>
    <message>
        <source>the header has no such column.</source>
        <translation>die Kopfzeile hat keine solche Spalte.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not objective, key result or initiative.</source>
        <translation>„%1“ ist weder objective, key result noch initiative.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is the Row ID of row %2 already.</source>
        <translation>„%1“ ist bereits die Row ID von Zeile %2.</translation>
    </message>
    <message>
        <source>a row of type %1 needs the Row ID of its %2.</source>
        <translation>eine Zeile vom Typ %1 braucht die Row ID ihres %2.</translation>
    </message>
    <message>
        <source>no row has the Row ID &apos;%1&apos;.</source>
        <translation>keine Zeile hat die Row ID „%1“.</translation>
    </message>
    <message>
        <source>a row cannot be its own parent.</source>
        <translation>eine Zeile kann nicht ihr eigenes übergeordnetes Element sein.</translation>
    </message>
    <message>
        <source>row %1 is of type %2, but a row of type %3 needs a %4 as its parent.</source>
        <translation>Zeile %1 ist vom Typ %2, aber eine Zeile vom Typ %3 braucht ein %4 als übergeordnetes Element.</translation>
    </message>
    <message>
        <source>a number is required.</source>
        <translation>eine Zahl ist erforderlich.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number.</source>
        <translation>„%1“ ist keine Zahl.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date like 2026-07-01.</source>
        <translation>„%1“ ist kein Datum wie 2026-07-01.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of: %2.</source>
        <translation>„%1“ ist keines von: %2.</translation>
    </message>
    <message>
        <source>this cannot be empty.</source>
        <translation>das darf nicht leer sein.</translation>
    </message>
    <message>
        <source>the cycle ends before it starts.</source>
        <translation>der Zyklus endet, bevor er beginnt.</translation>
    </message>
    <message>
        <source>the dates of &apos;%1&apos; are unknown: name it like 2026 Q3, or fill in Cycle Start and Cycle End.</source>
        <translation>die Daten von „%1“ sind unbekannt: ihn wie 2026 Q3 benennen oder Cycle Start und Cycle End ausfüllen.</translation>
    </message>
    <message>
        <source>a grade goes from 0 to 1, not %1.</source>
        <translation>eine Bewertung reicht von 0 bis 1, nicht %1.</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>row %1: the file cannot be read: %2</source>
        <translation>Zeile %1: Die Datei kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>row %1: unexpected text after a closing quote.</source>
        <translation>Zeile %1: unerwarteter Text nach einem schließenden Anführungszeichen.</translation>
    </message>
    <message>
        <source>row %1: a quoted field is never closed.</source>
        <translation>Zeile %1: Ein Feld in Anführungszeichen wird nie geschlossen.</translation>
    </message>
</context>
<context>
    <name>CycleMenu</name>
    <message>
        <source>&amp;Cycle</source>
        <translation>&amp;Zyklus</translation>
    </message>
    <message>
        <source>&amp;New Cycle…</source>
        <translation>&amp;Neuer Zyklus…</translation>
    </message>
    <message>
        <source>Plan the next quarter, an annual cycle or a custom one</source>
        <translation>Das nächste Quartal, einen Jahreszyklus oder einen eigenen Zyklus planen</translation>
    </message>
    <message>
        <source>&amp;Activate Cycle</source>
        <translation>Zyklus &amp;aktivieren</translation>
    </message>
    <message>
        <source>Start the shown cycle: its check-ins begin</source>
        <translation>Den angezeigten Zyklus starten: seine Check-ins beginnen</translation>
    </message>
    <message>
        <source>&amp;Close Cycle</source>
        <translation>Zyklus ab&amp;schließen</translation>
    </message>
    <message>
        <source>End the shown cycle; it stays readable and correctable</source>
        <translation>Den angezeigten Zyklus beenden; er bleibt lesbar und korrigierbar</translation>
    </message>
    <message>
        <source>Carry &amp;Over…</source>
        <translation>&amp;Übertragen…</translation>
    </message>
    <message>
        <source>Copy objectives of the shown cycle into the next one</source>
        <translation>Ziele des angezeigten Zyklus in den nächsten kopieren</translation>
    </message>
    <message>
        <source>&amp;Review…</source>
        <translation>&amp;Review…</translation>
    </message>
    <message>
        <source>Grade the shown cycle&apos;s objectives and answer the review questions</source>
        <translation>Die Ziele des angezeigten Zyklus bewerten und die Review-Fragen beantworten</translation>
    </message>
    <message>
        <source>&amp;KPIs</source>
        <translation>&amp;KPIs</translation>
    </message>
    <message>
        <source>Show the health metrics beside the OKRs</source>
        <translation>Die Kennzahlen neben den OKRs anzeigen</translation>
    </message>
    <message>
        <source>Cannot Close Cycle</source>
        <translation>Zyklus kann nicht abgeschlossen werden</translation>
    </message>
    <message>
        <source>Closing %1 ends its weekly check-ins. It stays readable and can still be corrected.</source>
        <translation>Das Abschließen von %1 beendet seine wöchentlichen Check-ins. Er bleibt lesbar und kann weiterhin korrigiert werden.</translation>
    </message>
    <message numerus="yes">
        <source>It is planned to run until %1. Days left: %n.</source>
        <translation>
            <numerusform>Er ist bis %1 geplant. Verbleibende Tage: %n.</numerusform>
            <numerusform>Er ist bis %1 geplant. Verbleibende Tage: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Objectives not graded yet: %n. The review proposes their grades from progress.</source>
        <translation>
            <numerusform>Noch nicht bewertete Ziele: %n. Das Review schlägt ihre Bewertungen aus dem Fortschritt vor.</numerusform>
            <numerusform>Noch nicht bewertete Ziele: %n. Das Review schlägt ihre Bewertungen aus dem Fortschritt vor.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is planned next: activate it so that check-ins go on.</source>
        <translation>%1 ist als Nächstes geplant: ihn aktivieren, damit die Check-ins weitergehen.</translation>
    </message>
    <message>
        <source>No cycle is planned after it: check-ins stop until you plan and activate one (Cycle &gt; New Cycle).</source>
        <translation>Danach ist kein Zyklus geplant: Check-ins enden, bis einer geplant und aktiviert wird (Zyklus &gt; Neuer Zyklus).</translation>
    </message>
    <message>
        <source>Grade First…</source>
        <translation>Zuerst bewerten…</translation>
    </message>
    <message>
        <source>Close and Activate %1</source>
        <translation>Abschließen und %1 aktivieren</translation>
    </message>
    <message>
        <source>Close Only</source>
        <translation>Nur abschließen</translation>
    </message>
    <message>
        <source>Close %1?</source>
        <translation>%1 abschließen?</translation>
    </message>
    <message>
        <source>Close %1 and Activate %2</source>
        <translation>%1 abschließen und %2 aktivieren</translation>
    </message>
    <message>
        <source>Cannot Carry Over</source>
        <translation>Übertragen nicht möglich</translation>
    </message>
    <message>
        <source>Review of %1 — Quarterdeck</source>
        <translation>Review von %1 — Quarterdeck</translation>
    </message>
    <message>
        <source>KPIs — Quarterdeck</source>
        <translation>KPIs — Quarterdeck</translation>
    </message>
</context>
<context>
    <name>CyclePlanner</name>
    <message>
        <source>There is no cycle named “%1”. The cycles are: %2.</source>
        <translation>Es gibt keinen Zyklus namens „%1“. Die Zyklen: %2.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>The cycle %1 does not exist.</source>
        <translation>Der Zyklus %1 existiert nicht.</translation>
    </message>
    <message>
        <source>“%1” is still in planning: carry over from a cycle that ran.</source>
        <translation>„%1“ ist noch in Planung: aus einem Zyklus übertragen, der gelaufen ist.</translation>
    </message>
    <message>
        <source>Objectives carry over into a later cycle than “%1”.</source>
        <translation>Ziele werden in einen späteren Zyklus als „%1“ übertragen.</translation>
    </message>
    <message>
        <source>“%1” is closed: carry objectives into a cycle that is not.</source>
        <translation>„%1“ ist abgeschlossen: Ziele in einen nicht abgeschlossenen Zyklus übertragen.</translation>
    </message>
    <message>
        <source>The objective %1 is not in “%2”.</source>
        <translation>Das Ziel %1 ist nicht in „%2“.</translation>
    </message>
</context>
<context>
    <name>CycleRepository</name>
    <message>
        <source>The cycle %1 does not exist in this document.</source>
        <translation>Der Zyklus %1 existiert in diesem Dokument nicht.</translation>
    </message>
    <message>
        <source>The cycle %1 still holds objectives: it cannot be removed.</source>
        <translation>Der Zyklus %1 enthält noch Ziele: Er kann nicht entfernt werden.</translation>
    </message>
</context>
<context>
    <name>CycleRules</name>
    <message>
        <source>A cycle needs a name, such as “2027 Q1”.</source>
        <translation>Ein Zyklus braucht einen Namen, etwa „2027 Q1“.</translation>
    </message>
    <message>
        <source>The cycle “%1” needs a start and an end date.</source>
        <translation>Der Zyklus „%1“ braucht ein Start- und ein Enddatum.</translation>
    </message>
    <message>
        <source>The cycle “%1” ends (%2) before it starts (%3).</source>
        <translation>Der Zyklus „%1“ endet (%2), bevor er beginnt (%3).</translation>
    </message>
    <message>
        <source>There is already a cycle named “%1”.</source>
        <translation>Es gibt bereits einen Zyklus namens „%1“.</translation>
    </message>
    <message>
        <source>“%1” (%2 – %3) overlaps “%4” (%5 – %6).</source>
        <translation>„%1“ (%2 – %3) überschneidet sich mit „%4“ (%5 – %6).</translation>
    </message>
    <message>
        <source>“%1” is already in planning.</source>
        <translation>„%1“ ist bereits in Planung.</translation>
    </message>
    <message>
        <source>“%1” is already active.</source>
        <translation>„%1“ ist bereits aktiv.</translation>
    </message>
    <message>
        <source>“%1” is already closed.</source>
        <translation>„%1“ ist bereits abgeschlossen.</translation>
    </message>
    <message>
        <source>“%1” has started: a cycle does not go back to planning.</source>
        <translation>„%1“ hat begonnen: Ein Zyklus kehrt nicht in die Planung zurück.</translation>
    </message>
    <message>
        <source>“%1” is closed: it stays readable and correctable, but does not become active again.</source>
        <translation>„%1“ ist abgeschlossen: Er bleibt lesbar und korrigierbar, wird aber nicht wieder aktiv.</translation>
    </message>
    <message>
        <source>“%1” is still the active annual cycle: close it before activating “%2”.</source>
        <translation>„%1“ ist noch der aktive Jahreszyklus: ihn vor dem Aktivieren von „%2“ abschließen.</translation>
    </message>
    <message>
        <source>“%1” is still the active quarter: close it before activating “%2”.</source>
        <translation>„%1“ ist noch das aktive Quartal: es vor dem Aktivieren von „%2“ abschließen.</translation>
    </message>
    <message>
        <source>“%1” has not started: only an active cycle can be closed.</source>
        <translation>„%1“ hat nicht begonnen: Nur ein aktiver Zyklus kann abgeschlossen werden.</translation>
    </message>
    <message>
        <source>“%1” is closed: this check-in corrects it.</source>
        <translation>„%1“ ist abgeschlossen: Dieser Check-in korrigiert ihn.</translation>
    </message>
    <message>
        <source>“%1” is closed: new check-ins go to the active cycle. Save it as a correction to change the closed cycle.</source>
        <translation>„%1“ ist abgeschlossen: Neue Check-ins gehen in den aktiven Zyklus. Als Korrektur speichern, um den abgeschlossenen Zyklus zu ändern.</translation>
    </message>
    <message>
        <source>“%1” is still in planning: it takes check-ins once it is active.</source>
        <translation>„%1“ ist noch in Planung: Er nimmt Check-ins an, sobald er aktiv ist.</translation>
    </message>
</context>
<context>
    <name>CycleSubcommand</name>
    <message>
        <source>List, add, activate, close cycles; carry objectives over.</source>
        <translation>Zyklen auflisten, hinzufügen, aktivieren, abschließen; Ziele übertragen.</translation>
    </message>
    <message>
        <source>List, add, activate and close cycles, and carry objectives into the next cycle.

  cycle FILE list                      every cycle with its dates and state
  cycle FILE new [--name N --start D --end D | --annual YEAR]
                                       add a cycle in planning; without options the next quarter
  cycle FILE activate NAME             start a cycle (one active quarter at a time)
  cycle FILE close NAME                close a cycle; it stays readable and correctable
  cycle FILE carry-over FROM TO (--objective TITLE... | --unfinished)
                                       copy objectives with their key results into TO</source>
        <translation>Zyklen auflisten, hinzufügen, aktivieren und abschließen und Ziele in den nächsten Zyklus übertragen.

  cycle FILE list                      jeden Zyklus mit Daten und Zustand
  cycle FILE new [--name N --start D --end D | --annual YEAR]
                                       einen Zyklus in Planung hinzufügen; ohne Optionen das nächste Quartal
  cycle FILE activate NAME             einen Zyklus starten (ein aktives Quartal zur Zeit)
  cycle FILE close NAME                einen Zyklus abschließen; er bleibt lesbar und korrigierbar
  cycle FILE carry-over FROM TO (--objective TITLE... | --unfinished)
                                       Ziele mit ihren Schlüsselergebnissen nach TO kopieren</translation>
    </message>
    <message>
        <source>new: the cycle&apos;s name.</source>
        <translation>new: der Name des Zyklus.</translation>
    </message>
    <message>
        <source>new: the first day, yyyy-MM-dd.</source>
        <translation>new: der erste Tag, yyyy-MM-dd.</translation>
    </message>
    <message>
        <source>new: the last day, yyyy-MM-dd.</source>
        <translation>new: der letzte Tag, yyyy-MM-dd.</translation>
    </message>
    <message>
        <source>new: the annual cycle of YEAR.</source>
        <translation>new: der Jahreszyklus von YEAR.</translation>
    </message>
    <message>
        <source>carry-over: an objective&apos;s exact title (repeatable).</source>
        <translation>carry-over: der genaue Titel eines Ziels (wiederholbar).</translation>
    </message>
    <message>
        <source>carry-over: every objective below 100 %.</source>
        <translation>carry-over: jedes Ziel unter 100 %.</translation>
    </message>
    <message>
        <source>%1 is now %2.
</source>
        <translation>%1 ist jetzt %2.
</translation>
    </message>
    <message>
        <source>No cycles yet: add one with &apos;cycle FILE new&apos;.
</source>
        <translation>Noch keine Zyklen: mit „cycle FILE new“ einen hinzufügen.
</translation>
    </message>
    <message>
        <source>--annual takes no --name, --start or --end.</source>
        <translation>--annual nimmt kein --name, --start oder --end.</translation>
    </message>
    <message>
        <source>--annual takes a year, not &apos;%1&apos;.</source>
        <translation>--annual nimmt ein Jahr, nicht „%1“.</translation>
    </message>
    <message>
        <source>a custom cycle needs --name, --start and --end.</source>
        <translation>ein eigener Zyklus braucht --name, --start und --end.</translation>
    </message>
    <message>
        <source>--%1 takes a date yyyy-MM-dd, not &apos;%2&apos;.</source>
        <translation>--%1 nimmt ein Datum yyyy-MM-dd, nicht „%2“.</translation>
    </message>
    <message>
        <source>Added %1
</source>
        <translation>%1 hinzugefügt
</translation>
    </message>
    <message>
        <source>carry-over takes either --objective TITLE or --unfinished.</source>
        <translation>carry-over nimmt entweder --objective TITLE oder --unfinished.</translation>
    </message>
    <message>
        <source>%1 has no objective titled “%2”.</source>
        <translation>%1 hat kein Ziel mit dem Titel „%2“.</translation>
    </message>
    <message>
        <source>%1 has several objectives titled “%2”.</source>
        <translation>%1 hat mehrere Ziele mit dem Titel „%2“.</translation>
    </message>
    <message numerus="yes">
        <source>Carried %n objective(s) from %1 into %2.
</source>
        <translation>
            <numerusform>%n Ziel von %1 nach %2 übertragen.
</numerusform>
            <numerusform>%n Ziele von %1 nach %2 übertragen.
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DataExchange</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>DefaultDocument</name>
    <message>
        <source>quarterdeck: cannot create %1: %2
</source>
        <translation>quarterdeck: %1 kann nicht angelegt werden: %2
</translation>
    </message>
</context>
<context>
    <name>DemoCompany</name>
    <message>
        <source>Behind plan; see this week&apos;s problems.</source>
        <translation>Hinter dem Plan; siehe die Probleme dieser Woche.</translation>
    </message>
    <message>
        <source>Proposed from progress; agreed in review.</source>
        <translation>Aus dem Fortschritt vorgeschlagen; im Review vereinbart.</translation>
    </message>
    <message>
        <source>Weekly check-ins kept the key results visible.</source>
        <translation>Wöchentliche Check-ins hielten die Schlüsselergebnisse sichtbar.</translation>
    </message>
    <message>
        <source>We planned too many initiatives and finished few of them.</source>
        <translation>Wir haben zu viele Initiativen geplant und wenige davon abgeschlossen.</translation>
    </message>
    <message>
        <source>Start: fewer, bigger bets. Stop: status meetings. Continue: Friday demos.</source>
        <translation>Start: weniger, größere Wetten. Stopp: Statusmeetings. Weiter: Demos am Freitag.</translation>
    </message>
</context>
<context>
    <name>DemoSubcommand</name>
    <message>
        <source>Write the demo company into a new document.</source>
        <translation>Das Beispielunternehmen in ein neues Dokument schreiben.</translation>
    </message>
    <message>
        <source>The new document, e.g. demo.okr.</source>
        <translation>Das neue Dokument, z. B. demo.okr.</translation>
    </message>
    <message>
        <source>Wrote the demo company to %1
</source>
        <translation>Beispielunternehmen nach %1 geschrieben
</translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <source>Committed (expected 100 %)</source>
        <translation>Verbindlich (100 % erwartet)</translation>
    </message>
    <message>
        <source>Aspirational (about 70 % is a success)</source>
        <translation>Ambitioniert (etwa 70 % sind ein Erfolg)</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Coach</source>
        <translation>Coach</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>Select an objective, key result or initiative to see and edit its details.</source>
        <translation>Ein Ziel, Schlüsselergebnis oder eine Initiative auswählen, um die Details zu sehen und zu bearbeiten.</translation>
    </message>
    <message>
        <source>T&amp;eam:</source>
        <translation>T&amp;eam:</translation>
    </message>
    <message>
        <source>The teams its alignment allows: below the team of the objective it is aligned to, above the teams of the objectives aligned to it. The company&apos;s team makes it a company objective.</source>
        <translation>Die Teams, die die Ausrichtung erlaubt: unter dem Team des Ziels, auf das es ausgerichtet ist, über den Teams der darauf ausgerichteten Ziele. Das Team des Unternehmens macht es zum Unternehmensziel.</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;Weight:</source>
        <translation>&amp;Gewicht:</translation>
    </message>
    <message>
        <source>Its weight in the progress of the objective it is aligned to</source>
        <translation>Sein Gewicht im Fortschritt des Ziels, auf das es ausgerichtet ist</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Verantwortlich:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Richtung:</translation>
    </message>
    <message>
        <source>Increase to the target</source>
        <translation>Auf den Zielwert steigern</translation>
    </message>
    <message>
        <source>Decrease to the target</source>
        <translation>Auf den Zielwert senken</translation>
    </message>
    <message>
        <source>Maintain: stay at or above</source>
        <translation>Halten: auf oder über dem Wert bleiben</translation>
    </message>
    <message>
        <source>Maintain: stay at or below</source>
        <translation>Halten: auf oder unter dem Wert bleiben</translation>
    </message>
    <message>
        <source>&amp;Start value:</source>
        <translation>&amp;Startwert:</translation>
    </message>
    <message>
        <source>Tar&amp;get value:</source>
        <translation>&amp;Zielwert:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>Ein&amp;heit:</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>Percent</source>
        <translation>Prozent</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Unit &amp;label:</source>
        <translation>Einheiten&amp;kürzel:</translation>
    </message>
    <message>
        <source>%, $, min, /10, users…</source>
        <translation>%, €, min, /10, Nutzer…</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;yp:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>D&amp;ue date:</source>
        <translation>&amp;Fällig am:</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>Team:</source>
        <translation>Team:</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1 %2&lt;br&gt;&lt;i&gt;%3&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1 %2&lt;br&gt;&lt;i&gt;%3&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Coach&lt;/b&gt;</source>
        <translation>&lt;b&gt;Coach&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>The team&apos;s objectives below it are not aligned to an objective of this cycle (%n). Add Below adds one; drag an aligned objective of the team here to stop aligning it.</source>
        <translation>
            <numerusform>Die Ziele des Teams darunter sind auf kein Ziel dieses Zyklus ausgerichtet (%n). „Darunter hinzufügen“ fügt eines hinzu; ein ausgerichtetes Ziel des Teams hierher ziehen, um seine Ausrichtung aufzuheben.</numerusform>
            <numerusform>Die Ziele des Teams darunter sind auf kein Ziel dieses Zyklus ausgerichtet (%n). „Darunter hinzufügen“ fügt eines hinzu; ein ausgerichtetes Ziel des Teams hierher ziehen, um seine Ausrichtung aufzuheben.</numerusform>
        </translation>
    </message>
    <message>
        <source>The document is open read-only: its items cannot be changed here. %1</source>
        <translation>Das Dokument ist schreibgeschützt geöffnet: Seine Einträge können hier nicht geändert werden. %1</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <source>The file is damaged (%1), so what it shows may be incomplete. Export it or save a copy to keep what can be read.</source>
        <translation>Die Datei ist beschädigt (%1), daher kann das Angezeigte unvollständig sein. Sie exportieren oder eine Kopie speichern, um zu behalten, was sich lesen lässt.</translation>
    </message>
    <message>
        <source>Cannot open %1: the file is damaged (%2).</source>
        <translation>%1 kann nicht geöffnet werden: Die Datei ist beschädigt (%2).</translation>
    </message>
    <message>
        <source>its header lacks Quarterdeck&apos;s mark</source>
        <translation>ihrem Kopf fehlt die Kennung von Quarterdeck</translation>
    </message>
    <message>
        <source>Cannot open %1: it is another application&apos;s database, not a Quarterdeck document.</source>
        <translation>%1 kann nicht geöffnet werden: Es ist die Datenbank einer anderen Anwendung, kein Quarterdeck-Dokument.</translation>
    </message>
    <message>
        <source>Cannot open %1: it was written by a newer version of Quarterdeck (document version %2; this version reads up to %3). Please update Quarterdeck.</source>
        <translation>%1 kann nicht geöffnet werden: Es wurde von einer neueren Version von Quarterdeck geschrieben (Dokumentversion %2; diese Version liest bis %3). Bitte Quarterdeck aktualisieren.</translation>
    </message>
    <message>
        <source>Cannot open %1: it is not a file.</source>
        <translation>%1 kann nicht geöffnet werden: Es ist keine Datei.</translation>
    </message>
    <message>
        <source>Cannot open %1: the file is empty, so it is not a Quarterdeck document.</source>
        <translation>%1 kann nicht geöffnet werden: Die Datei ist leer und damit kein Quarterdeck-Dokument.</translation>
    </message>
    <message>
        <source>Cannot open %1: the file cannot be read (%2).</source>
        <translation>%1 kann nicht geöffnet werden: Die Datei kann nicht gelesen werden (%2).</translation>
    </message>
    <message>
        <source>Cannot open %1: it is not a Quarterdeck document.</source>
        <translation>%1 kann nicht geöffnet werden: Es ist kein Quarterdeck-Dokument.</translation>
    </message>
    <message>
        <source>The file is read-only.</source>
        <translation>Die Datei ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>The folder %1 is read-only, and Quarterdeck keeps its journal beside the document.</source>
        <translation>Der Ordner %1 ist schreibgeschützt, und Quarterdeck legt sein Journal neben das Dokument.</translation>
    </message>
    <message>
        <source>Cannot open %1: the folder %2 does not exist.</source>
        <translation>%1 kann nicht geöffnet werden: Der Ordner %2 existiert nicht.</translation>
    </message>
    <message>
        <source>Cannot open %1: the file does not exist.</source>
        <translation>%1 kann nicht geöffnet werden: Die Datei existiert nicht.</translation>
    </message>
    <message>
        <source>Cannot change %1. %2 Nothing was written.</source>
        <translation>%1 kann nicht geändert werden. %2 Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Cannot read %1: it was written by an older version of Quarterdeck. Open it in Quarterdeck to upgrade it (a copy of the old version is kept).</source>
        <translation>%1 kann nicht gelesen werden: Es wurde von einer älteren Version von Quarterdeck geschrieben. Zum Aktualisieren in Quarterdeck öffnen (eine Kopie der alten Version bleibt erhalten).</translation>
    </message>
    <message>
        <source>Cannot open %1: it was written by an older version of Quarterdeck and cannot be upgraded. %2</source>
        <translation>%1 kann nicht geöffnet werden: Es wurde von einer älteren Version von Quarterdeck geschrieben und kann nicht aktualisiert werden. %2</translation>
    </message>
    <message>
        <source>Cannot create %1: a file with that name already exists.</source>
        <translation>%1 kann nicht angelegt werden: Eine Datei mit diesem Namen existiert bereits.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Cannot open %1: it was written by a newer version of Quarterdeck.</source>
        <translation>%1 kann nicht geöffnet werden: Es wurde von einer neueren Version von Quarterdeck geschrieben.</translation>
    </message>
    <message>
        <source>Cannot upgrade %1: row %2 of table %3 refers to a row that does not exist.</source>
        <translation>%1 kann nicht aktualisiert werden: Zeile %2 der Tabelle %3 verweist auf eine Zeile, die nicht existiert.</translation>
    </message>
    <message>
        <source>The changes to %1 were undone because part of them failed.</source>
        <translation>Die Änderungen an %1 wurden zurückgenommen, weil ein Teil davon fehlschlug.</translation>
    </message>
    <message>
        <source>Cannot save a copy as %1: a file with that name already exists.</source>
        <translation>Kopie kann nicht als %1 gespeichert werden: Eine Datei mit diesem Namen existiert bereits.</translation>
    </message>
    <message>
        <source>Cannot save a copy as %1: the folder %2 does not exist.</source>
        <translation>Kopie kann nicht als %1 gespeichert werden: Der Ordner %2 existiert nicht.</translation>
    </message>
    <message>
        <source>Cannot save a copy of %1 while changes are being written.</source>
        <translation>Von %1 kann keine Kopie gespeichert werden, während Änderungen geschrieben werden.</translation>
    </message>
    <message>
        <source>The organisation database %1 holds no organisation yet. Copy a document into it first: quarterdeck copy FILE URL.</source>
        <translation>Die Organisationsdatenbank %1 enthält noch keine Organisation. Zuerst ein Dokument hineinkopieren: quarterdeck copy FILE URL.</translation>
    </message>
    <message>
        <source>Cannot open the organisation database %1: it was written by a newer version of Quarterdeck (version %2; this version reads up to %3). Please update Quarterdeck.</source>
        <translation>Die Organisationsdatenbank %1 kann nicht geöffnet werden: Sie wurde von einer neueren Version von Quarterdeck geschrieben (Version %2; diese Version liest bis %3). Bitte Quarterdeck aktualisieren.</translation>
    </message>
    <message>
        <source>Cannot read the organisation database %1: it was written by an older version of Quarterdeck. Open it in Quarterdeck to upgrade it.</source>
        <translation>Die Organisationsdatenbank %1 kann nicht gelesen werden: Sie wurde von einer älteren Version von Quarterdeck geschrieben. Zum Aktualisieren in Quarterdeck öffnen.</translation>
    </message>
    <message>
        <source>Cannot save a copy of the organisation database %1 here: quarterdeck copy URL FILE copies it into a file.</source>
        <translation>Von der Organisationsdatenbank %1 lässt sich hier keine Kopie speichern: quarterdeck copy URL FILE kopiert sie in eine Datei.</translation>
    </message>
    <message>
        <source>Cannot reconnect to %1 while changes are being written.</source>
        <translation>Die Verbindung zu %1 kann nicht neu aufgebaut werden, während Änderungen geschrieben werden.</translation>
    </message>
    <message>
        <source>%1 Nothing was saved.</source>
        <translation>%1 Nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>The connection to %1 was lost while the changes were being saved, so whether the server kept them is not known. Once reconnected, the document shows what it kept.</source>
        <translation>Die Verbindung zu %1 brach ab, während die Änderungen gespeichert wurden. Ob der Server sie behalten hat, ist daher nicht bekannt. Sobald die Verbindung wieder besteht, zeigt das Dokument, was er behalten hat.</translation>
    </message>
</context>
<context>
    <name>DocumentBackup</name>
    <message>
        <source>Cannot back up to %1: a file with that name already exists.</source>
        <translation>Sicherung nach %1 nicht möglich: Eine Datei mit diesem Namen existiert bereits.</translation>
    </message>
    <message>
        <source>Cannot back up to %1: the folder %2 does not exist.</source>
        <translation>Sicherung nach %1 nicht möglich: Der Ordner %2 existiert nicht.</translation>
    </message>
    <message>
        <source>Cannot back up to %1: %2</source>
        <translation>Sicherung nach %1 nicht möglich: %2</translation>
    </message>
</context>
<context>
    <name>DocumentController</name>
    <message>
        <source>Quarterdeck documents (*.okr)</source>
        <translation>Quarterdeck-Dokumente (*.okr)</translation>
    </message>
    <message>
        <source>Cannot Open Document</source>
        <translation>Dokument kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Quarterdeck could not open “%1”.

%2</source>
        <translation>Quarterdeck konnte „%1“ nicht öffnen.

%2</translation>
    </message>
    <message>
        <source>Cannot Create Document</source>
        <translation>Dokument kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Quarterdeck could not create “%1”.

%2</source>
        <translation>Quarterdeck konnte „%1“ nicht anlegen.

%2</translation>
    </message>
    <message>
        <source>Cannot Save Document</source>
        <translation>Dokument kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Quarterdeck could not save a copy as “%1”.

%2</source>
        <translation>Quarterdeck konnte keine Kopie als „%1“ speichern.

%2</translation>
    </message>
    <message>
        <source>Cannot Back Up Document</source>
        <translation>Dokument kann nicht gesichert werden</translation>
    </message>
    <message>
        <source>Quarterdeck could not back up the document to “%1”.

%2</source>
        <translation>Quarterdeck konnte das Dokument nicht nach „%1“ sichern.

%2</translation>
    </message>
    <message>
        <source>Cannot Save Change</source>
        <translation>Änderung kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>The change was not saved and the document is as it was.

%1</source>
        <translation>Die Änderung wurde nicht gespeichert, und das Dokument ist unverändert.

%1</translation>
    </message>
    <message>
        <source>Not Done: %1</source>
        <translation>Nicht ausgeführt: %1</translation>
    </message>
    <message>
        <source>%1

Nothing was written: your step would have overwritten that change. The window shows the document as it is now.</source>
        <translation>%1

Es wurde nichts geschrieben: Der Schritt hätte diese Änderung überschrieben. Das Fenster zeigt das Dokument, wie es jetzt ist.</translation>
    </message>
    <message>
        <source>Cannot Read Document</source>
        <translation>Dokument kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>The document could not be read, so the window may not show its latest state.

%1</source>
        <translation>Das Dokument konnte nicht gelesen werden, daher zeigt das Fenster möglicherweise nicht den neuesten Stand.

%1</translation>
    </message>
    <message>
        <source>Open Document</source>
        <translation>Dokument öffnen</translation>
    </message>
    <message>
        <source>New Document</source>
        <translation>Neues Dokument</translation>
    </message>
    <message>
        <source>Save a Copy As</source>
        <translation>Kopie speichern unter</translation>
    </message>
    <message>
        <source>Back Up Document</source>
        <translation>Dokument sichern</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <source>Password Not Remembered</source>
        <translation>Passwort nicht gemerkt</translation>
    </message>
    <message>
        <source>The desktop&apos;s keyring did not keep the password (%1). Type it again next time, or keep it in ~/.pgpass.</source>
        <translation>Der Schlüsselbund des Desktops hat das Passwort nicht aufgenommen (%1). Es beim nächsten Mal erneut eingeben oder in ~/.pgpass ablegen.</translation>
    </message>
    <message>
        <source>Connection Lost</source>
        <translation>Verbindung unterbrochen</translation>
    </message>
    <message>
        <source>%1

Quarterdeck reconnects as soon as the server answers (or choose File &gt; Reconnect to Server), and then shows the document as it is.</source>
        <translation>%1

Quarterdeck verbindet sich wieder, sobald der Server antwortet (oder wählen Sie Datei &gt; Erneut mit Server verbinden), und zeigt dann das Dokument, wie es jetzt ist.</translation>
    </message>
</context>
<context>
    <name>DocumentError</name>
    <message>
        <source>The document could not be read or written: %1</source>
        <translation>Das Dokument konnte nicht gelesen oder geschrieben werden: %1</translation>
    </message>
    <message>
        <source>The connection to the server was lost.</source>
        <translation>Die Verbindung zum Server ist abgebrochen.</translation>
    </message>
    <message>
        <source>The connection to the server was lost (%1).</source>
        <translation>Die Verbindung zum Server ist abgebrochen (%1).</translation>
    </message>
</context>
<context>
    <name>DocumentFiles</name>
    <message>
        <source>A file with that name already exists.</source>
        <translation>Eine Datei mit diesem Namen existiert bereits.</translation>
    </message>
    <message>
        <source>The old journal %1 cannot be removed.</source>
        <translation>Das alte Journal %1 kann nicht entfernt werden.</translation>
    </message>
    <message>
        <source>Nothing was written to %1: it is the document %2 or part of its journal, and writing there would destroy the document. Choose another file.</source>
        <translation>Nach %1 wurde nichts geschrieben: Es ist das Dokument %2 oder Teil seines Journals, und dorthin zu schreiben würde das Dokument zerstören. Eine andere Datei wählen.</translation>
    </message>
</context>
<context>
    <name>DocumentLocationLabel</name>
    <message>
        <source>Organisation database %1</source>
        <translation>Organisationsdatenbank %1</translation>
    </message>
    <message>
        <source>File %1</source>
        <translation>Datei %1</translation>
    </message>
</context>
<context>
    <name>DocumentNoticeBar</name>
    <message>
        <source>&lt;b&gt;Read-only.&lt;/b&gt; %1 Nothing can be changed here; save a copy to go on in a copy you can change.</source>
        <translation>&lt;b&gt;Schreibgeschützt.&lt;/b&gt; %1 Hier lässt sich nichts ändern; eine Kopie speichern, um in einer änderbaren Kopie weiterzuarbeiten.</translation>
    </message>
    <message>
        <source>This document was upgraded to this version of Quarterdeck. The previous version is kept in %1.</source>
        <translation>Dieses Dokument wurde auf diese Version von Quarterdeck aktualisiert. Die vorherige Version liegt in %1.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Connection lost.&lt;/b&gt; %1 Quarterdeck reconnects as soon as the server answers, and then shows the document as it is. A form you are filling in keeps what you typed: save it again then.</source>
        <translation>&lt;b&gt;Verbindung unterbrochen.&lt;/b&gt; %1 Quarterdeck verbindet sich wieder, sobald der Server antwortet, und zeigt dann das Dokument, wie es jetzt ist. Ein Formular, das Sie gerade ausfüllen, behält Ihre Eingaben: Speichern Sie es dann erneut.</translation>
    </message>
</context>
<context>
    <name>DocumentSession</name>
    <message>
        <source>The document is open read-only. %1</source>
        <translation>Das Dokument ist schreibgeschützt geöffnet. %1</translation>
    </message>
    <message>
        <source>Changed Elsewhere: %1</source>
        <translation>Anderswo geändert: %1</translation>
    </message>
    <message>
        <source>%1

Nothing was written. Show the document as it is now, or overwrite that change with yours?</source>
        <translation>%1

Es wurde nichts geschrieben. Das Dokument so zeigen, wie es jetzt ist, oder diese Änderung mit der eigenen überschreiben?</translation>
    </message>
    <message>
        <source>Show Theirs</source>
        <translation>Deren Stand zeigen</translation>
    </message>
    <message>
        <source>Overwrite with Mine</source>
        <translation>Mit eigenen überschreiben</translation>
    </message>
</context>
<context>
    <name>DocumentWatcher</name>
    <message>
        <source>Quarterdeck cannot follow what others change in %1: the server refused to announce it. Reopen the database to see their changes.</source>
        <translation>Quarterdeck kann nicht verfolgen, was andere in %1 ändern: Der Server verweigert die Benachrichtigung. Die Datenbank erneut öffnen, um ihre Änderungen zu sehen.</translation>
    </message>
    <message>
        <source>The connection to the organisation database %1 was lost.</source>
        <translation>Die Verbindung zur Organisationsdatenbank %1 ist abgebrochen.</translation>
    </message>
</context>
<context>
    <name>DomainText</name>
    <message>
        <source>≥ %1</source>
        <translation>≥ %1</translation>
    </message>
    <message>
        <source>≤ %1</source>
        <translation>≤ %1</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>on track</source>
        <translation>auf Kurs</translation>
    </message>
    <message>
        <source>at risk</source>
        <translation>gefährdet</translation>
    </message>
    <message>
        <source>off track</source>
        <translation>nicht auf Kurs</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Verworfen</translation>
    </message>
    <message>
        <source>planning</source>
        <translation>in Planung</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>EmptyPlanPanel</name>
    <message>
        <source>This document has no teams yet. OKRs belong to teams: start with your organisation and its teams.</source>
        <translation>Dieses Dokument hat noch keine Teams. OKRs gehören zu Teams: mit der Organisation und ihren Teams beginnen.</translation>
    </message>
    <message>
        <source>%1 has no OKRs yet. Write the first one with the OKR wizard.</source>
        <translation>%1 hat noch keine OKRs. Das erste mit dem OKR-Assistenten schreiben.</translation>
    </message>
    <message>
        <source>%1 has no OKRs yet. Write the first one with the OKR wizard, or carry over the unfinished objectives of %2.</source>
        <translation>%1 hat noch keine OKRs. Das erste mit dem OKR-Assistenten schreiben oder die unerledigten Ziele von %2 übertragen.</translation>
    </message>
</context>
<context>
    <name>ExchangeActions</name>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>CSV or JSON files (*.csv *.json)</source>
        <translation>CSV- oder JSON-Dateien (*.csv *.json)</translation>
    </message>
    <message>
        <source>CSV, for spreadsheets (*.csv)</source>
        <translation>CSV, für Tabellenkalkulationen (*.csv)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>JSON, everything (*.json)</source>
        <translation>JSON, alles (*.json)</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>Add the teams, OKRs, check-ins and KPIs of a CSV or JSON file to this document</source>
        <translation>Die Teams, OKRs, Check-ins und KPIs einer CSV- oder JSON-Datei diesem Dokument hinzufügen</translation>
    </message>
    <message>
        <source>Save the whole document as JSON (everything) or CSV (for spreadsheets)</source>
        <translation>Das ganze Dokument als JSON (alles) oder CSV (für Tabellenkalkulationen) speichern</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 wird importiert …</translation>
    </message>
    <message>
        <source>Nothing Imported</source>
        <translation>Nichts importiert</translation>
    </message>
    <message>
        <source>Imported %1: %2.</source>
        <translation>%1 importiert: %2.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Nothing Exported</source>
        <translation>Nichts exportiert</translation>
    </message>
    <message>
        <source>Name the file .json (everything) or .csv (for spreadsheets).</source>
        <translation>Die Datei .json (alles) oder .csv (für Tabellenkalkulationen) nennen.</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Export nach %1 …</translation>
    </message>
    <message>
        <source>Export Incomplete</source>
        <translation>Export unvollständig</translation>
    </message>
    <message>
        <source>%1 was written without what the damaged document could not give:
%2</source>
        <translation>%1 wurde ohne das geschrieben, was das beschädigte Dokument nicht hergeben konnte:
%2</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Nach %1 exportiert</translation>
    </message>
    <message numerus="yes">
        <source>%n objective(s)</source>
        <translation>
            <numerusform>%n Ziel</numerusform>
            <numerusform>%n Ziele</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key result(s)</source>
        <translation>
            <numerusform>%n Schlüsselergebnis</numerusform>
            <numerusform>%n Schlüsselergebnisse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check-in(s)</source>
        <translation>
            <numerusform>%n Check-in</numerusform>
            <numerusform>%n Check-ins</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n KPI(s)</source>
        <translation>
            <numerusform>%n KPI</numerusform>
            <numerusform>%n KPIs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new team(s)</source>
        <translation>
            <numerusform>%n neues Team</numerusform>
            <numerusform>%n neue Teams</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new cycle(s)</source>
        <translation>
            <numerusform>%n neuer Zyklus</numerusform>
            <numerusform>%n neue Zyklen</numerusform>
        </translation>
    </message>
    <message>
        <source>This document is open read-only: nothing can be imported into it.</source>
        <translation>Dieses Dokument ist schreibgeschützt geöffnet: Es kann nichts hineinimportiert werden.</translation>
    </message>
    <message>
        <source>%1 is not a CSV or JSON file: only those can be imported.</source>
        <translation>%1 ist keine CSV- oder JSON-Datei: Nur diese lassen sich importieren.</translation>
    </message>
</context>
<context>
    <name>ExchangeExtractor</name>
    <message numerus="yes">
        <source>%n team review(s) could not be read.</source>
        <translation>
            <numerusform>%n Team-Review konnte nicht gelesen werden.</numerusform>
            <numerusform>%n Team-Reviews konnten nicht gelesen werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The check-ins of %n team(s) could not be read.</source>
        <translation>
            <numerusform>Die Check-ins von %n Team konnten nicht gelesen werden.</numerusform>
            <numerusform>Die Check-ins von %n Teams konnten nicht gelesen werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>The KPIs could not be read.</source>
        <translation>Die KPIs konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The cycle to export does not exist.</source>
        <translation>Der zu exportierende Zyklus existiert nicht.</translation>
    </message>
    <message numerus="yes">
        <source>The objectives, key results and initiatives of %n cycle(s) could not be read.</source>
        <translation>
            <numerusform>Die Ziele, Schlüsselergebnisse und Initiativen von %n Zyklus konnten nicht gelesen werden.</numerusform>
            <numerusform>Die Ziele, Schlüsselergebnisse und Initiativen von %n Zyklen konnten nicht gelesen werden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExchangeLoader</name>
    <message>
        <source>Imported value.</source>
        <translation>Importierter Wert.</translation>
    </message>
    <message>
        <source>The objective &apos;%1&apos; aligns to itself through its parents.</source>
        <translation>Das Ziel „%1“ ist über seine übergeordneten Ziele auf sich selbst ausgerichtet.</translation>
    </message>
</context>
<context>
    <name>ExportSubcommand</name>
    <message>
        <source>Export a document or one cycle as CSV or JSON.</source>
        <translation>Ein Dokument oder einen Zyklus als CSV oder JSON exportieren.</translation>
    </message>
    <message>
        <source>The document.</source>
        <translation>Das Dokument.</translation>
    </message>
    <message>
        <source>csv (one row per objective, key result and initiative, for spreadsheets) or json (everything, lossless). Default: from the extension of --out.</source>
        <translation>csv (eine Zeile je Ziel, Schlüsselergebnis und Initiative, für Tabellenkalkulationen) oder json (alles, verlustfrei). Standard: aus der Endung von --out.</translation>
    </message>
    <message>
        <source>Export only the cycle named C, e.g. &quot;2026 Q3&quot;.</source>
        <translation>Nur den Zyklus namens C exportieren, z. B. „2026 Q3“.</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Die zu schreibende Datei.</translation>
    </message>
    <message>
        <source>--format takes csv or json, not &apos;%1&apos;.</source>
        <translation>--format nimmt csv oder json, nicht „%1“.</translation>
    </message>
    <message>
        <source>--format csv or --format json is required when --out does not end in .csv or .json.</source>
        <translation>--format csv oder --format json ist erforderlich, wenn --out nicht auf .csv oder .json endet.</translation>
    </message>
    <message>
        <source>wrote what could be read to %1; it may be incomplete.</source>
        <translation>was gelesen werden konnte, wurde nach %1 geschrieben; es kann unvollständig sein.</translation>
    </message>
    <message>
        <source>Exported %1 to %2
</source>
        <translation>%1 nach %2 exportiert
</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <source>&amp;Explore an example company</source>
        <translation>Ein &amp;Beispielunternehmen erkunden</translation>
    </message>
    <message>
        <source>&amp;Start your organisation</source>
        <translation>Die eigene &amp;Organisation anlegen</translation>
    </message>
    <message>
        <source>Welcome to Quarterdeck</source>
        <translation>Willkommen bei Quarterdeck</translation>
    </message>
    <message>
        <source>Your company or organisation</source>
        <translation>Das eigene Unternehmen oder die Organisation</translation>
    </message>
    <message>
        <source>Marketing
Sales
Product</source>
        <translation>Marketing
Vertrieb
Produkt</translation>
    </message>
    <message>
        <source>A made-up company with a quarter of OKRs, check-ins and KPIs, in a document of its own: try everything without touching your plan.</source>
        <translation>Ein erfundenes Unternehmen mit einem Quartal voller OKRs, Check-ins und KPIs, in einem eigenen Dokument: alles ausprobieren, ohne den eigenen Plan anzurühren.</translation>
    </message>
    <message>
        <source>The first cycle: %1 (%2), active. Teams can be added, renamed and moved later in the Teams menu.</source>
        <translation>Der erste Zyklus: %1 (%2), aktiv. Teams lassen sich später im Menü „Teams“ hinzufügen, umbenennen und verschieben.</translation>
    </message>
    <message>
        <source>How would you like to begin?</source>
        <translation>Wie soll es losgehen?</translation>
    </message>
    <message>
        <source>Organisation &amp;name:</source>
        <translation>&amp;Name der Organisation:</translation>
    </message>
    <message>
        <source>First &amp;teams, one per line:</source>
        <translation>Erste &amp;Teams, eines pro Zeile:</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Name your organisation to start it.</source>
        <translation>Der Organisation einen Namen geben, um sie anzulegen.</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>GenerateSubcommand</name>
    <message>
        <source>Write a large generated organisation into a new document.</source>
        <translation>Eine große generierte Organisation in ein neues Dokument schreiben.</translation>
    </message>
    <message>
        <source>The new document.</source>
        <translation>Das neue Dokument.</translation>
    </message>
    <message>
        <source>Number of teams (1-100000).</source>
        <translation>Anzahl der Teams (1–100000).</translation>
    </message>
    <message>
        <source>Number of quarters, the last one active (1-40).</source>
        <translation>Anzahl der Quartale, das letzte aktiv (1–40).</translation>
    </message>
    <message>
        <source>Seed: the same seed writes the same data.</source>
        <translation>Startwert: Derselbe Startwert schreibt dieselben Daten.</translation>
    </message>
    <message>
        <source>--teams takes a whole number from 1 to 100000, not &apos;%1&apos;.</source>
        <translation>--teams nimmt eine ganze Zahl von 1 bis 100000, nicht „%1“.</translation>
    </message>
    <message>
        <source>--cycles takes a whole number from 1 to 40, not &apos;%1&apos;.</source>
        <translation>--cycles nimmt eine ganze Zahl von 1 bis 40, nicht „%1“.</translation>
    </message>
    <message>
        <source>--seed takes a whole number from 0 to 4294967295, not &apos;%1&apos;.</source>
        <translation>--seed nimmt eine ganze Zahl von 0 bis 4294967295, nicht „%1“.</translation>
    </message>
    <message>
        <source>Cycle %1 of %2 written
</source>
        <translation>Zyklus %1 von %2 geschrieben
</translation>
    </message>
    <message>
        <source>Wrote %1 teams, %2 cycles, %3 objectives, %4 key results, %5 initiatives and %6 check-ins to %7 in %8 s.
</source>
        <translation>%1 Teams, %2 Zyklen, %3 Ziele, %4 Schlüsselergebnisse, %5 Initiativen und %6 Check-ins in %8 s nach %7 geschrieben.
</translation>
    </message>
</context>
<context>
    <name>GradeDelegate</name>
    <message>
        <source>Grade</source>
        <translation>Bewertung</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>Planning and Check-In Guide</source>
        <translation>Leitfaden für Planung und Check-in</translation>
    </message>
    <message>
        <source>&lt;h3&gt;The planning session&lt;/h3&gt;&lt;p&gt;Two to four weeks before the quarter, each team meets for an hour or two. Start from the last quarter: &lt;b&gt;Cycle &amp;gt; Review…&lt;/b&gt; grades its objectives and keeps the lessons learned, and &lt;b&gt;Cycle &amp;gt; Carry Over…&lt;/b&gt; brings unfinished objectives into the next cycle (&lt;b&gt;Cycle &amp;gt; New Cycle…&lt;/b&gt; makes one).&lt;/p&gt;&lt;p&gt;Then write the team&apos;s OKRs with &lt;b&gt;Edit &amp;gt; New OKR…&lt;/b&gt;: one to three objectives, each a qualitative direction, aligned to an objective of the company where there is one. Give each objective two to five key results that measure an outcome, a change that others&apos; behaviour or the business produces, from a start value to a target. The coach reads every line as you type: a warning (⚠) names a problem to fix, such as a task instead of an outcome or a line with no number; a note (ℹ) is only a hint. When the room agrees, &lt;b&gt;Cycle &amp;gt; Activate Cycle&lt;/b&gt; starts the quarter.&lt;/p&gt;&lt;h3&gt;The weekly check-in&lt;/h3&gt;&lt;p&gt;Once a week, in fifteen to thirty minutes, the team opens &lt;b&gt;Edit &amp;gt; Weekly Check-In…&lt;/b&gt;. For each key result it enters the new value, how confident it is of reaching the target (on track, at risk, off track) and a short comment on why. Each person then names the week&apos;s plans, what progressed and what is in the way; unfinished plans carry over to the next week.&lt;/p&gt;&lt;p&gt;The tree and &lt;b&gt;View &amp;gt; Progress Board&lt;/b&gt; then show each key result&apos;s pace beside the confidence the team stated: a key result behind its pace, stalled for three check-ins or not checked in is the first thing to talk about next week.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Die Planungssitzung&lt;/h3&gt;&lt;p&gt;Zwei bis vier Wochen vor dem Quartal trifft sich jedes Team für ein bis zwei Stunden. Am Anfang steht das letzte Quartal: &lt;b&gt;Zyklus &amp;gt; Review…&lt;/b&gt; bewertet seine Ziele und hält die Erkenntnisse fest, und &lt;b&gt;Zyklus &amp;gt; Übertragen…&lt;/b&gt; bringt unerledigte Ziele in den nächsten Zyklus (&lt;b&gt;Zyklus &amp;gt; Neuer Zyklus…&lt;/b&gt; legt einen an).&lt;/p&gt;&lt;p&gt;Dann schreibt das Team seine OKRs mit &lt;b&gt;Bearbeiten &amp;gt; Neues OKR…&lt;/b&gt;: ein bis drei Ziele, jedes eine qualitative Richtung, ausgerichtet auf ein Ziel des Unternehmens, wo es eines gibt. Jedes Ziel bekommt zwei bis fünf Schlüsselergebnisse, die eine Wirkung messen, eine Veränderung im Verhalten anderer oder im Geschäft, von einem Startwert zu einem Zielwert. Der Coach liest jede Zeile beim Tippen mit: Eine Warnung (⚠) nennt ein zu behebendes Problem, etwa eine Aufgabe statt einer Wirkung oder eine Zeile ohne Zahl; ein Hinweis (ℹ) ist nur eine Anregung. Wenn sich alle einig sind, startet &lt;b&gt;Zyklus &amp;gt; Zyklus aktivieren&lt;/b&gt; das Quartal.&lt;/p&gt;&lt;h3&gt;Der wöchentliche Check-in&lt;/h3&gt;&lt;p&gt;Einmal pro Woche öffnet das Team in fünfzehn bis dreißig Minuten &lt;b&gt;Bearbeiten &amp;gt; Wöchentlicher Check-in…&lt;/b&gt;. Für jedes Schlüsselergebnis trägt es den neuen Wert ein, wie zuversichtlich es ist, den Zielwert zu erreichen (auf Kurs, gefährdet, nicht auf Kurs), und einen kurzen Kommentar zum Warum. Dann nennt jede Person die Pläne der Woche, was vorankam und was im Weg steht; unerledigte Pläne gehen in die nächste Woche über.&lt;/p&gt;&lt;p&gt;Der Baum und &lt;b&gt;Ansicht &amp;gt; Fortschrittsboard&lt;/b&gt; zeigen dann das Tempo jedes Schlüsselergebnisses neben der Zuversicht, die das Team angegeben hat: Ein Schlüsselergebnis hinter seinem Tempo, seit drei Check-ins stagnierend oder ohne Check-in ist das erste Thema der nächsten Woche.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts…</source>
        <translation>&amp;Tastenkürzel…</translation>
    </message>
    <message>
        <source>List every action that has a keyboard shortcut</source>
        <translation>Jede Aktion mit Tastenkürzel auflisten</translation>
    </message>
    <message>
        <source>Planning and Check-In &amp;Guide…</source>
        <translation>&amp;Leitfaden für Planung und Check-in…</translation>
    </message>
    <message>
        <source>How to run the planning session and the weekly check-in with Quarterdeck</source>
        <translation>Wie man die Planungssitzung und den wöchentlichen Check-in mit Quarterdeck durchführt</translation>
    </message>
    <message>
        <source>&amp;About Quarterdeck</source>
        <translation>Ü&amp;ber Quarterdeck</translation>
    </message>
    <message>
        <source>About Quarterdeck</source>
        <translation>Über Quarterdeck</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Quarterdeck %1&lt;/h3&gt;&lt;p&gt;Plan and track OKRs on your own machine: a local file per organisation, or a database an organisation shares on a PostgreSQL server.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Quarterdeck %1&lt;/h3&gt;&lt;p&gt;OKRs auf dem eigenen Rechner planen und verfolgen: eine lokale Datei je Organisation oder eine Datenbank, die sich eine Organisation auf einem PostgreSQL-Server teilt.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Open: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;Geöffnet: %1&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ImportSubcommand</name>
    <message>
        <source>Import a CSV or JSON file into a document.</source>
        <translation>Eine CSV- oder JSON-Datei in ein Dokument importieren.</translation>
    </message>
    <message>
        <source>The document; created when missing.</source>
        <translation>Das Dokument; wird angelegt, wenn es fehlt.</translation>
    </message>
    <message>
        <source>The CSV or JSON file to import (format from the extension, or from the content).</source>
        <translation>Die zu importierende CSV- oder JSON-Datei (Format aus der Endung oder dem Inhalt).</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>Imported %1 objectives, %2 key results, %3 initiatives, %4 check-ins, %5 KPIs and %6 team reviews into %7 (%8 new teams, %9 new cycles).
</source>
        <translation>%1 Ziele, %2 Schlüsselergebnisse, %3 Initiativen, %4 Check-ins, %5 KPIs und %6 Team-Reviews in %7 importiert (%8 neue Teams, %9 neue Zyklen).
</translation>
    </message>
</context>
<context>
    <name>InitiativeListEditor</name>
    <message>
        <source>Initiative</source>
        <translation>Initiative</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Initiative %1 for “%2”</source>
        <translation>Initiative %1 für „%2“</translation>
    </message>
    <message>
        <source>An action plan, e.g. Run a webinar series</source>
        <translation>Ein Maßnahmenplan, z. B. Eine Webinar-Reihe durchführen</translation>
    </message>
    <message>
        <source>Owner of initiative %1 for “%2”</source>
        <translation>Verantwortlich für Initiative %1 für „%2“</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
</context>
<context>
    <name>JsonExchange</name>
    <message>
        <source>%1.%2: %3</source>
        <translation>%1.%2: %3</translation>
    </message>
    <message>
        <source>missing.</source>
        <translation>fehlt.</translation>
    </message>
    <message>
        <source>expected text.</source>
        <translation>Text erwartet.</translation>
    </message>
    <message>
        <source>expected a number.</source>
        <translation>Zahl erwartet.</translation>
    </message>
    <message>
        <source>expected true or false.</source>
        <translation>true oder false erwartet.</translation>
    </message>
    <message>
        <source>expected an id.</source>
        <translation>ID erwartet.</translation>
    </message>
    <message>
        <source>%1 is not a known id.</source>
        <translation>%1 ist keine bekannte ID.</translation>
    </message>
    <message>
        <source>expected a whole number above 0.</source>
        <translation>ganze Zahl über 0 erwartet.</translation>
    </message>
    <message>
        <source>%1 is used twice.</source>
        <translation>%1 wird zweimal verwendet.</translation>
    </message>
    <message>
        <source>expected a date like 2026-07-01.</source>
        <translation>Datum wie 2026-07-01 erwartet.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of: %2.</source>
        <translation>„%1“ ist keines von: %2.</translation>
    </message>
    <message>
        <source>expected a list.</source>
        <translation>Liste erwartet.</translation>
    </message>
    <message>
        <source>%1: expected an object.</source>
        <translation>%1: Objekt erwartet.</translation>
    </message>
    <message>
        <source>the cycle ends before it starts.</source>
        <translation>der Zyklus endet, bevor er beginnt.</translation>
    </message>
    <message>
        <source>a grade goes from 0 to 1, not %1.</source>
        <translation>eine Bewertung reicht von 0 bis 1, nicht %1.</translation>
    </message>
    <message>
        <source>version: expected a whole number above 0.</source>
        <translation>version: ganze Zahl über 0 erwartet.</translation>
    </message>
    <message>
        <source>This file was written by a newer Quarterdeck (format version %1); this version reads format version %2 and older. Update Quarterdeck to import it.</source>
        <translation>Diese Datei wurde von einem neueren Quarterdeck geschrieben (Formatversion %1); diese Version liest Formatversion %2 und älter. Quarterdeck aktualisieren, um sie zu importieren.</translation>
    </message>
    <message>
        <source>Not a Quarterdeck export: the JSON has no &quot;format&quot;: &quot;quarterdeck&quot;.</source>
        <translation>Kein Quarterdeck-Export: Das JSON hat kein &quot;format&quot;: &quot;quarterdeck&quot;.</translation>
    </message>
    <message>
        <source>%1: expected a list.</source>
        <translation>%1: Liste erwartet.</translation>
    </message>
    <message>
        <source>expected an ISO week like 2026-W47.</source>
        <translation>ISO-Woche wie 2026-W47 erwartet.</translation>
    </message>
    <message>
        <source>Not valid JSON: %1 at character %2.</source>
        <translation>Kein gültiges JSON: %1 bei Zeichen %2.</translation>
    </message>
    <message>
        <source>more after the end of the document</source>
        <translation>weiterer Inhalt nach dem Ende des Dokuments</translation>
    </message>
    <message>
        <source>the document ends too early</source>
        <translation>das Dokument endet zu früh</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos;</source>
        <translation>„,“ oder „}“ erwartet</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos;</source>
        <translation>„,“ oder „]“ erwartet</translation>
    </message>
    <message>
        <source>expected a value</source>
        <translation>Wert erwartet</translation>
    </message>
    <message>
        <source>nested too deeply</source>
        <translation>zu tief verschachtelt</translation>
    </message>
    <message>
        <source>expected a name in quotes</source>
        <translation>Name in Anführungszeichen erwartet</translation>
    </message>
    <message>
        <source>expected &apos;:&apos; after a name</source>
        <translation>„:“ nach einem Namen erwartet</translation>
    </message>
    <message>
        <source>a text is not closed</source>
        <translation>ein Text ist nicht geschlossen</translation>
    </message>
    <message>
        <source>a control character in a text</source>
        <translation>ein Steuerzeichen in einem Text</translation>
    </message>
    <message>
        <source>half a surrogate pair</source>
        <translation>ein halbes Surrogatpaar</translation>
    </message>
    <message>
        <source>an unknown escape sequence</source>
        <translation>eine unbekannte Escape-Sequenz</translation>
    </message>
    <message>
        <source>invalid UTF-8</source>
        <translation>ungültiges UTF-8</translation>
    </message>
    <message>
        <source>a number with a leading zero</source>
        <translation>eine Zahl mit führender Null</translation>
    </message>
    <message>
        <source>a number too large or too small for a double</source>
        <translation>eine Zahl, zu groß oder zu klein für ein Double</translation>
    </message>
    <message>
        <source>expected a digit</source>
        <translation>Ziffer erwartet</translation>
    </message>
</context>
<context>
    <name>KeyResultHistoryView</name>
    <message>
        <source>Check-in history</source>
        <translation>Check-in-Verlauf</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Zuversicht</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>&lt;b&gt;Comments&lt;/b&gt;</source>
        <translation>&lt;b&gt;Kommentare&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Comments on %1</source>
        <translation>Kommentare zu %1</translation>
    </message>
    <message>
        <source>Choose a key result to see its history.</source>
        <translation>Ein Schlüsselergebnis wählen, um seinen Verlauf zu sehen.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Stalled: the value has not changed over the last 3 check-ins.</source>
        <translation>Stagniert: Der Wert hat sich in den letzten 3 Check-ins nicht geändert.</translation>
    </message>
    <message>
        <source>No check-ins yet.</source>
        <translation>Noch keine Check-ins.</translation>
    </message>
</context>
<context>
    <name>KeyResultRow</name>
    <message>
        <source>Keep it as written: the team has read the flag</source>
        <translation>So behalten, wie es geschrieben ist: Das Team hat den Hinweis gelesen</translation>
    </message>
    <message>
        <source>A measurable outcome, e.g. Increase German MQLs from 300 to 500</source>
        <translation>Eine messbare Wirkung, z. B. Deutsche MQLs von 300 auf 500 steigern</translation>
    </message>
    <message>
        <source>number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>percent</source>
        <translation>Prozent</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>rating</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>label</source>
        <translation>Kürzel</translation>
    </message>
    <message>
        <source>increase</source>
        <translation>steigern</translation>
    </message>
    <message>
        <source>decrease</source>
        <translation>senken</translation>
    </message>
    <message>
        <source>keep above</source>
        <translation>darüber halten</translation>
    </message>
    <message>
        <source>keep below</source>
        <translation>darunter halten</translation>
    </message>
    <message>
        <source>who owns it</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>The person who keeps this key result moving and reports it at the check-in</source>
        <translation>Die Person, die dieses Schlüsselergebnis vorantreibt und im Check-in berichtet</translation>
    </message>
    <message>
        <source>Make it an initiative of…</source>
        <translation>Zur Initiative machen von…</translation>
    </message>
    <message>
        <source>An output is a way to move another key result: plan it there</source>
        <translation>Ein Output ist ein Weg, ein anderes Schlüsselergebnis zu bewegen: dort planen</translation>
    </message>
    <message>
        <source>Remove this key result</source>
        <translation>Dieses Schlüsselergebnis entfernen</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>to</source>
        <translation>auf</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Key result %1</source>
        <translation>Schlüsselergebnis %1</translation>
    </message>
    <message>
        <source>Start value of key result %1</source>
        <translation>Startwert von Schlüsselergebnis %1</translation>
    </message>
    <message>
        <source>Target value of key result %1</source>
        <translation>Zielwert von Schlüsselergebnis %1</translation>
    </message>
    <message>
        <source>Unit of key result %1</source>
        <translation>Einheit von Schlüsselergebnis %1</translation>
    </message>
    <message>
        <source>Unit label of key result %1</source>
        <translation>Einheitenkürzel von Schlüsselergebnis %1</translation>
    </message>
    <message>
        <source>Kind of key result %1</source>
        <translation>Richtung von Schlüsselergebnis %1</translation>
    </message>
    <message>
        <source>Owner of key result %1</source>
        <translation>Verantwortlich für Schlüsselergebnis %1</translation>
    </message>
    <message>
        <source>Coach&apos;s verdict on key result %1</source>
        <translation>Einschätzung des Coachs zu Schlüsselergebnis %1</translation>
    </message>
    <message>
        <source>Keep key result %1 despite the flag</source>
        <translation>Schlüsselergebnis %1 trotz des Hinweises behalten</translation>
    </message>
    <message>
        <source>Make key result %1 an initiative of another key result</source>
        <translation>Schlüsselergebnis %1 zur Initiative eines anderen Schlüsselergebnisses machen</translation>
    </message>
    <message>
        <source>Remove key result %1</source>
        <translation>Schlüsselergebnis %1 entfernen</translation>
    </message>
</context>
<context>
    <name>KpiDialog</name>
    <message>
        <source>New KPI</source>
        <translation>Neuer KPI</translation>
    </message>
    <message>
        <source>Edit KPI</source>
        <translation>KPI bearbeiten</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>e.g. Monthly churn</source>
        <translation>z. B. Monatliche Abwanderung</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Whole company (no team)</source>
        <translation>Ganzes Unternehmen (kein Team)</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>e.g. %, $, ms, leads (optional)</source>
        <translation>z. B. %, €, ms, Leads (optional)</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Zielwert</translation>
    </message>
    <message>
        <source>a number, e.g. %1</source>
        <translation>eine Zahl, z. B. %1</translation>
    </message>
    <message>
        <source>Preferred trend</source>
        <translation>Gewünschter Trend</translation>
    </message>
    <message>
        <source>Higher is better (the target is a minimum)</source>
        <translation>Höher ist besser (der Zielwert ist ein Minimum)</translation>
    </message>
    <message>
        <source>Lower is better (the target is a maximum)</source>
        <translation>Niedriger ist besser (der Zielwert ist ein Maximum)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>&amp;Team:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>Ein&amp;heit:</translation>
    </message>
    <message>
        <source>T&amp;arget:</source>
        <translation>&amp;Zielwert:</translation>
    </message>
    <message>
        <source>&amp;Better when:</source>
        <translation>&amp;Besser, wenn:</translation>
    </message>
    <message>
        <source>Add KPI</source>
        <translation>KPI hinzufügen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>A KPI needs a target.</source>
        <translation>Ein KPI braucht einen Zielwert.</translation>
    </message>
</context>
<context>
    <name>KpiHealth</name>
    <message>
        <source>Get %1 back on track</source>
        <translation>%1 wieder auf Kurs bringen</translation>
    </message>
</context>
<context>
    <name>KpiRepository</name>
    <message>
        <source>The KPI %1 does not exist in this document.</source>
        <translation>Der KPI %1 existiert in diesem Dokument nicht.</translation>
    </message>
</context>
<context>
    <name>KpiRules</name>
    <message>
        <source>A KPI needs a name.</source>
        <translation>Ein KPI braucht einen Namen.</translation>
    </message>
    <message>
        <source>There already is a company-wide KPI named “%1”.</source>
        <translation>Es gibt bereits einen unternehmensweiten KPI namens „%1“.</translation>
    </message>
    <message>
        <source>This team already has a KPI named “%1”.</source>
        <translation>Dieses Team hat bereits einen KPI namens „%1“.</translation>
    </message>
    <message>
        <source>A value needs a date.</source>
        <translation>Ein Wert braucht ein Datum.</translation>
    </message>
    <message>
        <source>A value is recorded when it was measured: %1 is in the future.</source>
        <translation>Ein Wert wird erfasst, wenn er gemessen wurde: %1 liegt in der Zukunft.</translation>
    </message>
</context>
<context>
    <name>KpiSubcommand</name>
    <message>
        <source>List KPIs (health metrics), add one, record a value.</source>
        <translation>KPIs (Kennzahlen) auflisten, einen hinzufügen, einen Wert erfassen.</translation>
    </message>
    <message>
        <source>List the KPIs (health metrics), add one, and record a measured value.

  kpi FILE list                        every KPI: team, latest value, target, standing
  kpi FILE add NAME --target N [--team T] [--unit U] [--lower-is-better]
                                       a new KPI; without --team it is company-wide
  kpi FILE record NAME VALUE [--date D] [--team T]
                                       the value measured on D (default today); a value of
                                       the same day is replaced</source>
        <translation>Die KPIs (Kennzahlen) auflisten, einen hinzufügen und einen gemessenen Wert erfassen.

  kpi FILE list                        jeder KPI: Team, letzter Wert, Zielwert, Stand
  kpi FILE add NAME --target N [--team T] [--unit U] [--lower-is-better]
                                       ein neuer KPI; ohne --team gilt er für das ganze Unternehmen
  kpi FILE record NAME VALUE [--date D] [--team T]
                                       der am Tag D (Standard: heute) gemessene Wert; ein Wert
                                       desselben Tages wird ersetzt</translation>
    </message>
    <message>
        <source>The KPI&apos;s team.</source>
        <translation>Das Team des KPI.</translation>
    </message>
    <message>
        <source>add: the unit, e.g. %, $, ms.</source>
        <translation>add: die Einheit, z. B. %, €, ms.</translation>
    </message>
    <message>
        <source>add: the target, a number.</source>
        <translation>add: der Zielwert, eine Zahl.</translation>
    </message>
    <message>
        <source>add: lower values are better (the target is a maximum).</source>
        <translation>add: niedrigere Werte sind besser (der Zielwert ist ein Maximum).</translation>
    </message>
    <message>
        <source>record: the day measured, yyyy-MM-dd.</source>
        <translation>record: der Tag der Messung, yyyy-MM-dd.</translation>
    </message>
    <message>
        <source>No KPIs yet: add one with &apos;kpi FILE add&apos;.
</source>
        <translation>Noch keine KPIs: mit „kpi FILE add“ einen hinzufügen.
</translation>
    </message>
    <message>
        <source>(company-wide)</source>
        <translation>(unternehmensweit)</translation>
    </message>
    <message>
        <source>add needs --target N.</source>
        <translation>add braucht --target N.</translation>
    </message>
    <message>
        <source>the target: %1</source>
        <translation>der Zielwert: %1</translation>
    </message>
    <message>
        <source>Added KPI %1.
</source>
        <translation>KPI %1 hinzugefügt.
</translation>
    </message>
    <message>
        <source>there is no KPI named “%1”.</source>
        <translation>es gibt keinen KPI namens „%1“.</translation>
    </message>
    <message>
        <source>several teams have a KPI named “%1”: add --team.</source>
        <translation>mehrere Teams haben einen KPI namens „%1“: --team angeben.</translation>
    </message>
    <message>
        <source>the value: %1</source>
        <translation>der Wert: %1</translation>
    </message>
    <message>
        <source>Recorded %1 for %2 on %3.
</source>
        <translation>%1 für %2 am %3 erfasst.
</translation>
    </message>
</context>
<context>
    <name>KpiTableModel</name>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Neuester Wert</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Zielwert</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Measured on %1</source>
        <translation>Gemessen am %1</translation>
    </message>
    <message>
        <source>≥ %1</source>
        <translation>≥ %1</translation>
    </message>
    <message>
        <source>≤ %1</source>
        <translation>≤ %1</translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation>Höher ist besser</translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation>Niedriger ist besser</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) over time</source>
        <translation>
            <numerusform>%n Wert im Zeitverlauf</numerusform>
            <numerusform>%n Werte im Zeitverlauf</numerusform>
        </translation>
    </message>
    <message>
        <source>no values yet</source>
        <translation>noch keine Werte</translation>
    </message>
    <message>
        <source>on target</source>
        <translation>im Ziel</translation>
    </message>
    <message>
        <source>behind target</source>
        <translation>hinter dem Zielwert</translation>
    </message>
    <message>
        <source>Falling behind its target: a reason to write an objective.</source>
        <translation>Fällt hinter seinen Zielwert zurück: ein Grund, ein Ziel zu schreiben.</translation>
    </message>
</context>
<context>
    <name>KpiValueDialog</name>
    <message>
        <source>Correct Value of %1</source>
        <translation>Wert von %1 korrigieren</translation>
    </message>
    <message>
        <source>Record Value of %1</source>
        <translation>Wert von %1 erfassen</translation>
    </message>
    <message>
        <source>Date measured</source>
        <translation>Messdatum</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Wert:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Erfassen</translation>
    </message>
    <message>
        <source>Enter the value measured on that day.</source>
        <translation>Den an diesem Tag gemessenen Wert eingeben.</translation>
    </message>
    <message>
        <source>Replaces %1, recorded for that day.</source>
        <translation>Ersetzt %1, erfasst für diesen Tag.</translation>
    </message>
</context>
<context>
    <name>KpiValuesView</name>
    <message>
        <source>Values over time</source>
        <translation>Werte im Zeitverlauf</translation>
    </message>
    <message>
        <source>Measured on</source>
        <translation>Gemessen am</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>&amp;Record Value…</source>
        <translation>Wert &amp;erfassen…</translation>
    </message>
    <message>
        <source>Record the value measured on a day (Insert)</source>
        <translation>Den an einem Tag gemessenen Wert erfassen (Einfg)</translation>
    </message>
    <message>
        <source>&amp;Correct…</source>
        <translation>&amp;Korrigieren…</translation>
    </message>
    <message>
        <source>Correct the selected value or its date (Return, F2)</source>
        <translation>Den gewählten Wert oder sein Datum korrigieren (Eingabe, F2)</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>En&amp;tfernen</translation>
    </message>
    <message>
        <source>Remove the selected value (Delete)</source>
        <translation>Den gewählten Wert entfernen (Entf)</translation>
    </message>
    <message>
        <source>Values of %1</source>
        <translation>Werte von %1</translation>
    </message>
    <message>
        <source>Select a KPI to see its values.</source>
        <translation>Einen KPI auswählen, um seine Werte zu sehen.</translation>
    </message>
    <message>
        <source>Correct a Value of %1</source>
        <translation>Einen Wert von %1 korrigieren</translation>
    </message>
    <message>
        <source>Record %1: %2</source>
        <translation>%1 erfassen: %2</translation>
    </message>
    <message>
        <source>Remove a Value of %1</source>
        <translation>Einen Wert von %1 entfernen</translation>
    </message>
</context>
<context>
    <name>KpiView</name>
    <message>
        <source>Health metrics</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Health metrics (KPIs)&lt;/b&gt; · business as usual, not OKRs. A KPI falling behind its target is a reason to write an objective.</source>
        <translation>&lt;b&gt;Kennzahlen (KPIs)&lt;/b&gt; · Tagesgeschäft, keine OKRs. Ein KPI, der hinter seinen Zielwert zurückfällt, ist ein Grund, ein Ziel zu schreiben.</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>&amp;Team:</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>KPIs</translation>
    </message>
    <message>
        <source>&amp;Write an Objective…</source>
        <translation>Ein Ziel &amp;schreiben…</translation>
    </message>
    <message>
        <source>Start a new objective in the wizard to bring the selected KPI back on target</source>
        <translation>Ein neues Ziel im Assistenten beginnen, um den gewählten KPI wieder ins Ziel zu bringen</translation>
    </message>
    <message>
        <source>&amp;Add KPI…</source>
        <translation>KPI &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Add a health metric for a team or the whole company (Insert)</source>
        <translation>Eine Kennzahl für ein Team oder das ganze Unternehmen hinzufügen (Einfg)</translation>
    </message>
    <message>
        <source>&amp;Edit KPI…</source>
        <translation>KPI &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>Change the selected KPI&apos;s name, team, unit, target or trend (Return, F2)</source>
        <translation>Name, Team, Einheit, Zielwert oder Trend des gewählten KPI ändern (Eingabe, F2)</translation>
    </message>
    <message>
        <source>Remo&amp;ve KPI</source>
        <translation>KPI ent&amp;fernen</translation>
    </message>
    <message>
        <source>Remove the selected KPI with its values (Delete)</source>
        <translation>Den gewählten KPI mit seinen Werten entfernen (Entf)</translation>
    </message>
    <message>
        <source>Cannot Show KPIs</source>
        <translation>KPIs können nicht angezeigt werden</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>Alle Teams</translation>
    </message>
    <message numerus="yes">
        <source>%n KPI(s) behind target</source>
        <translation>
            <numerusform>%n KPI hinter dem Zielwert</numerusform>
            <numerusform>%n KPIs hinter dem Zielwert</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit KPI %1</source>
        <translation>KPI %1 bearbeiten</translation>
    </message>
    <message>
        <source>Add KPI %1</source>
        <translation>KPI %1 hinzufügen</translation>
    </message>
    <message>
        <source>Remove KPI</source>
        <translation>KPI entfernen</translation>
    </message>
    <message numerus="yes">
        <source>“%1” has %n recorded value(s). Remove the KPI with its values? Undo brings them back.</source>
        <translation>
            <numerusform>„%1“ hat %n erfassten Wert. Den KPI mit seinem Wert entfernen? Rückgängig holt ihn zurück.</numerusform>
            <numerusform>„%1“ hat %n erfasste Werte. Den KPI mit seinen Werten entfernen? Rückgängig holt sie zurück.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove KPI %1</source>
        <translation>KPI %1 entfernen</translation>
    </message>
</context>
<context>
    <name>LintSubcommand</name>
    <message>
        <source>%1 %2 -&gt; %3 %4 (%5)</source>
        <translation>%1 %2 -&gt; %3 %4 (%5)</translation>
    </message>
    <message>
        <source>Treat each text as an objective, not a key result.</source>
        <translation>Jeden Text als Ziel statt als Schlüsselergebnis behandeln.</translation>
    </message>
    <message>
        <source>Texts to check; without any, each line of standard input.</source>
        <translation>Zu prüfende Texte; ohne Angabe jede Zeile der Standardeingabe.</translation>
    </message>
    <message>
        <source>Check key results (or objectives) with the OKR coach, or every one of a document&apos;s cycle.</source>
        <translation>Schlüsselergebnisse (oder Ziele) mit dem OKR-Coach prüfen, oder alle eines Zyklus eines Dokuments.</translation>
    </message>
    <message>
        <source>Write one JSON object per text (with --document: per team, objective and key result, then one for the summary).</source>
        <translation>Ein JSON-Objekt pro Text schreiben (mit --document: pro Team, Ziel und Schlüsselergebnis, danach eines für die Zusammenfassung).</translation>
    </message>
    <message>
        <source>Check every objective and key result of a cycle of the document FILE (a file or a postgresql:// URL) instead of texts, team by team, and sum them up. The exit code is 1 when the coach flags anything, notes included, and 0 when nothing is flagged.</source>
        <translation>Statt Texten alle Ziele und Schlüsselergebnisse eines Zyklus des Dokuments FILE (eine Datei oder eine postgresql://-URL) prüfen, Team für Team, und zusammenfassen. Der Exit-Code ist 1, wenn der Coach etwas markiert, Hinweise eingeschlossen, und 0, wenn nichts markiert ist.</translation>
    </message>
    <message>
        <source>Use --cycle and --team with it only.</source>
        <translation>--cycle und --team nur damit verwenden.</translation>
    </message>
    <message>
        <source>--cycle and --team choose what --document FILE checks; give the document.</source>
        <translation>--cycle und --team wählen, was --document FILE prüft; das Dokument angeben.</translation>
    </message>
    <message>
        <source>--document checks the objectives and key results the document holds; give neither --objective nor TEXT with it.</source>
        <translation>--document prüft die Ziele und Schlüsselergebnisse im Dokument; damit weder --objective noch TEXT angeben.</translation>
    </message>
    <message>
        <source>%1 is damaged: only what could be read was checked.</source>
        <translation>%1 ist beschädigt: Nur was gelesen werden konnte, wurde geprüft.</translation>
    </message>
    <message>
        <source>Team %1</source>
        <translation>Team %1</translation>
    </message>
    <message>
        <source>Objective: %1</source>
        <translation>Ziel: %1</translation>
    </message>
    <message>
        <source>Key result: %1</source>
        <translation>Schlüsselergebnis: %1</translation>
    </message>
    <message numerus="yes">
        <source>The coach flagged %n key result(s) of %1 in %2.</source>
        <translation>
            <numerusform>Der Coach hat %n von %1 Schlüsselergebnissen in %2 markiert.</numerusform>
            <numerusform>Der Coach hat %n von %1 Schlüsselergebnissen in %2 markiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It flagged %n objective(s) of %1.</source>
        <translation>
            <numerusform>Er hat %n von %1 Zielen markiert.</numerusform>
            <numerusform>Er hat %n von %1 Zielen markiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>The flags: %1.</source>
        <translation>Die Markierungen: %1.</translation>
    </message>
    <message numerus="yes">
        <source>No key results measure %n objective(s).</source>
        <translation>
            <numerusform>%n Ziel hat keine Schlüsselergebnisse, die es messen.</numerusform>
            <numerusform>%n Ziele haben keine Schlüsselergebnisse, die sie messen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n team(s) set more objectives than the guidance allows: %1.</source>
        <translation>
            <numerusform>%n Team hat mehr Ziele gesetzt, als die Empfehlung vorsieht: %1.</numerusform>
            <numerusform>%n Teams haben mehr Ziele gesetzt, als die Empfehlung vorsieht: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Quarterdeck</source>
        <translation>Quarterdeck</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <source>Create a Quarterdeck document for an organisation</source>
        <translation>Ein Quarterdeck-Dokument für eine Organisation anlegen</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open a Quarterdeck document</source>
        <translation>Ein Quarterdeck-Dokument öffnen</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>Every change is saved at once; this writes a copy and continues in it</source>
        <translation>Jede Änderung wird sofort gespeichert; dies schreibt eine Kopie und arbeitet darin weiter</translation>
    </message>
    <message>
        <source>&amp;Back Up…</source>
        <translation>&amp;Sichern…</translation>
    </message>
    <message>
        <source>Write a consistent copy of the document and keep working in this one</source>
        <translation>Eine konsistente Kopie des Dokuments schreiben und in diesem weiterarbeiten</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>Gesichert nach %1</translation>
    </message>
    <message>
        <source>Export Q&amp;uarter Report…</source>
        <translation>&amp;Quartalsbericht exportieren…</translation>
    </message>
    <message>
        <source>Save a cycle&apos;s report, of the organisation or a team, as a PDF</source>
        <translation>Den Bericht eines Zyklus, für die Organisation oder ein Team, als PDF speichern</translation>
    </message>
    <message>
        <source>Export Boar&amp;d…</source>
        <translation>B&amp;oard exportieren…</translation>
    </message>
    <message>
        <source>Save the progress board as it is shown, as a PDF or a PNG picture</source>
        <translation>Das Fortschrittsboard wie angezeigt als PDF oder PNG-Bild speichern</translation>
    </message>
    <message>
        <source>&amp;Print Board…</source>
        <translation>Board &amp;drucken…</translation>
    </message>
    <message>
        <source>Print the progress board as it is shown</source>
        <translation>Das Fortschrittsboard wie angezeigt drucken</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Weekly &amp;Check-In…</source>
        <translation>Wöchentlicher &amp;Check-in…</translation>
    </message>
    <message>
        <source>Record a team&apos;s weekly check-in: new key result values, confidence and notes</source>
        <translation>Den wöchentlichen Check-in eines Teams erfassen: neue Werte der Schlüsselergebnisse, Zuversicht und Notizen</translation>
    </message>
    <message>
        <source>Weekly check-in (%1)</source>
        <translation>Wöchentlicher Check-in (%1)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Details Panel</source>
        <translation>&amp;Detailbereich</translation>
    </message>
    <message>
        <source>Key Result &amp;History</source>
        <translation>&amp;Verlauf des Schlüsselergebnisses</translation>
    </message>
    <message>
        <source>&amp;Team Notes</source>
        <translation>&amp;Teamnotizen</translation>
    </message>
    <message>
        <source>&amp;Presentation Mode</source>
        <translation>&amp;Präsentationsmodus</translation>
    </message>
    <message>
        <source>Full screen with a larger font, for a projector; Esc leaves it</source>
        <translation>Vollbild mit größerer Schrift, für einen Projektor; Esc beendet ihn</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>Progress &amp;Board</source>
        <translation>Fortschritts&amp;board</translation>
    </message>
    <message>
        <source>Switch between the plan and the progress board of every team</source>
        <translation>Zwischen dem Plan und dem Fortschrittsboard aller Teams wechseln</translation>
    </message>
    <message>
        <source>Progress board (%1)</source>
        <translation>Fortschrittsboard (%1)</translation>
    </message>
    <message>
        <source>&amp;Charts</source>
        <translation>Dia&amp;gramme</translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation>Zyklus</translation>
    </message>
    <message>
        <source>C&amp;ycle:</source>
        <translation>Z&amp;yklus:</translation>
    </message>
    <message>
        <source>The cycle whose objectives are shown</source>
        <translation>Der Zyklus, dessen Ziele angezeigt werden</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Team Notes</source>
        <translation>Teamnotizen</translation>
    </message>
    <message>
        <source>%1 (read-only) — Quarterdeck</source>
        <translation>%1 (schreibgeschützt) — Quarterdeck</translation>
    </message>
    <message>
        <source>%1 — Quarterdeck</source>
        <translation>%1 — Quarterdeck</translation>
    </message>
    <message>
        <source>Cannot Export Report</source>
        <translation>Bericht kann nicht exportiert werden</translation>
    </message>
    <message>
        <source>Open a document with a cycle first.</source>
        <translation>Zuerst ein Dokument mit einem Zyklus öffnen.</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Bericht nach %1 geschrieben</translation>
    </message>
    <message>
        <source>Cannot Export Board</source>
        <translation>Board kann nicht exportiert werden</translation>
    </message>
    <message>
        <source>Board written to %1</source>
        <translation>Board nach %1 geschrieben</translation>
    </message>
    <message>
        <source>Cannot Print Board</source>
        <translation>Board kann nicht gedruckt werden</translation>
    </message>
    <message>
        <source>Board sent to the printer</source>
        <translation>Board an den Drucker gesendet</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Cannot Show Cycle</source>
        <translation>Zyklus kann nicht angezeigt werden</translation>
    </message>
    <message>
        <source>No cycles yet</source>
        <translation>Noch keine Zyklen</translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation>%1: %2, %3</translation>
    </message>
    <message>
        <source>No key results to measure yet</source>
        <translation>Noch keine Schlüsselergebnisse zum Messen</translation>
    </message>
    <message>
        <source>Overall progress %1 (expected %2)</source>
        <translation>Gesamtfortschritt %1 (erwartet %2)</translation>
    </message>
    <message>
        <source>Check In</source>
        <translation>Einchecken</translation>
    </message>
    <message>
        <source>No team owns key results in or below “%1” yet: add key results to it, or align team objectives to it, to check in.</source>
        <translation>Noch kein Team hat Schlüsselergebnisse in oder unter „%1“: Schlüsselergebnisse hinzufügen oder Teamziele darauf ausrichten, um einzuchecken.</translation>
    </message>
    <message numerus="yes">
        <source>The key results below belong to %n teams: choose the next one in the check-in.</source>
        <translation>
            <numerusform>Die Schlüsselergebnisse darunter gehören zu %n Team: im Check-in das nächste wählen.</numerusform>
            <numerusform>Die Schlüsselergebnisse darunter gehören zu %n Teams: im Check-in das nächste wählen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Print Quarter Repor&amp;t…</source>
        <translation>Quartalsbe&amp;richt drucken…</translation>
    </message>
    <message>
        <source>Print a cycle&apos;s report, of the organisation or a team</source>
        <translation>Den Bericht eines Zyklus drucken, für die Organisation oder ein Team</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Choose the language, the check-in day, the pace thresholds, the default cycle length and the presentation font size</source>
        <translation>Sprache, Check-in-Tag, Tempo-Schwellen, übliche Zykluslänge und Schriftgröße der Präsentation wählen</translation>
    </message>
    <message>
        <source>The new language takes effect at the next start.</source>
        <translation>Die neue Sprache gilt ab dem nächsten Start.</translation>
    </message>
    <message>
        <source>Nothing Imported</source>
        <translation>Nichts importiert</translation>
    </message>
    <message>
        <source>Open or create a document first, then drop %1 on it to import it.</source>
        <translation>Zuerst ein Dokument öffnen oder anlegen, dann %1 darauf ziehen, um es zu importieren.</translation>
    </message>
    <message>
        <source>Cannot Print Report</source>
        <translation>Bericht kann nicht gedruckt werden</translation>
    </message>
    <message>
        <source>Report sent to the printer</source>
        <translation>Bericht an den Drucker gesendet</translation>
    </message>
    <message>
        <source>&amp;Connect to Organisation Database…</source>
        <translation>&amp;Mit Organisationsdatenbank verbinden…</translation>
    </message>
    <message>
        <source>Open the OKRs your organisation keeps in a PostgreSQL database</source>
        <translation>Die OKRs öffnen, die die Organisation in einer PostgreSQL-Datenbank führt</translation>
    </message>
    <message>
        <source>Reconnect to &amp;Server</source>
        <translation>Erneut mit Server &amp;verbinden</translation>
    </message>
    <message>
        <source>Connect to the organisation database again and show it as it is now</source>
        <translation>Erneut mit der Organisationsdatenbank verbinden und sie zeigen, wie sie jetzt ist</translation>
    </message>
    <message>
        <source>Reconnected to %1</source>
        <translation>Wieder mit %1 verbunden</translation>
    </message>
</context>
<context>
    <name>MigrationScript</name>
    <message>
        <source>The structure of version %1 is missing from this build.</source>
        <translation>Die Struktur der Version %1 fehlt in diesem Build.</translation>
    </message>
</context>
<context>
    <name>NewCycleDialog</name>
    <message>
        <source>New Cycle</source>
        <translation>Neuer Zyklus</translation>
    </message>
    <message>
        <source>Kind of cycle</source>
        <translation>Art des Zyklus</translation>
    </message>
    <message>
        <source>Next quarter (%1)</source>
        <translation>Nächstes Quartal (%1)</translation>
    </message>
    <message>
        <source>Annual cycle (company objectives)</source>
        <translation>Jahreszyklus (Unternehmensziele)</translation>
    </message>
    <message>
        <source>Custom dates</source>
        <translation>Eigene Daten</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Richtung:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Start:</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>&amp;Ende:</translation>
    </message>
    <message>
        <source>Add Cycle</source>
        <translation>Zyklus hinzufügen</translation>
    </message>
</context>
<context>
    <name>NewPlanItems</name>
    <message>
        <source>New objective</source>
        <translation>Neues Ziel</translation>
    </message>
    <message>
        <source>New key result</source>
        <translation>Neues Schlüsselergebnis</translation>
    </message>
    <message>
        <source>New initiative</source>
        <translation>Neue Initiative</translation>
    </message>
</context>
<context>
    <name>OkrInitiativesPage</name>
    <message>
        <source>Initiatives</source>
        <translation>Initiativen</translation>
    </message>
    <message>
        <source>What will the team do to move each key result? Projects, tasks and deliverables go here, each with an owner.</source>
        <translation>Was wird das Team tun, um jedes Schlüsselergebnis zu bewegen? Projekte, Aufgaben und Liefergegenstände gehören hierher, jeweils mit einer verantwortlichen Person.</translation>
    </message>
    <message>
        <source>No key results: initiatives need a key result to move.</source>
        <translation>Keine Schlüsselergebnisse: Initiativen brauchen ein Schlüsselergebnis, das sie bewegen.</translation>
    </message>
</context>
<context>
    <name>OkrKeyResultsPage</name>
    <message>
        <source>Key results</source>
        <translation>Schlüsselergebnisse</translation>
    </message>
    <message>
        <source>How will you know you got there? Measurable outcomes, 2 to 5 of them, each from a start value to a target, each with the person who owns it. Keep asking why until an activity becomes a result.</source>
        <translation>Woran ist zu erkennen, dass es erreicht ist? Messbare Wirkungen, 2 bis 5, jede von einem Startwert zu einem Zielwert, jede mit der verantwortlichen Person. Weiter nach dem Warum fragen, bis aus einer Tätigkeit ein Ergebnis wird.</translation>
    </message>
    <message>
        <source>&amp;Templates</source>
        <translation>&amp;Vorlagen</translation>
    </message>
    <message>
        <source>Key result templates</source>
        <translation>Vorlagen für Schlüsselergebnisse</translation>
    </message>
    <message>
        <source>Increase %1 from X to Y</source>
        <translation>%1 von X auf Y steigern</translation>
    </message>
    <message>
        <source>Reduce %1 by X%</source>
        <translation>%1 um X % senken</translation>
    </message>
    <message>
        <source>Improve %1 up to X%</source>
        <translation>%1 auf bis zu X % verbessern</translation>
    </message>
    <message>
        <source>Achieve X amount of %1</source>
        <translation>X an %1 erreichen</translation>
    </message>
    <message>
        <source>Keep %1 above X</source>
        <translation>%1 über X halten</translation>
    </message>
    <message>
        <source>Objective: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Ziel: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Write the key result it should move first</source>
        <translation>Zuerst das Schlüsselergebnis schreiben, das sie bewegen soll</translation>
    </message>
</context>
<context>
    <name>OkrObjectivePage</name>
    <message>
        <source>The objective</source>
        <translation>Das Ziel</translation>
    </message>
    <message>
        <source>A qualitative, inspiring direction for the quarter. Numbers go in the key results, projects in the initiatives.</source>
        <translation>Eine qualitative, inspirierende Richtung für das Quartal. Zahlen gehören in die Schlüsselergebnisse, Projekte in die Initiativen.</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>e.g. Increase product reach in Germany</source>
        <translation>z. B. Reichweite des Produkts in Deutschland steigern</translation>
    </message>
    <message>
        <source>Coach&apos;s verdict on the objective</source>
        <translation>Einschätzung des Coachs zum Ziel</translation>
    </message>
    <message>
        <source>&amp;Objective:</source>
        <translation>&amp;Ziel:</translation>
    </message>
    <message>
        <source>Ask yourselves</source>
        <translation>Fragen an das Team</translation>
    </message>
    <message>
        <source>Does the objective help achieve company goals?</source>
        <translation>Hilft das Ziel, die Unternehmensziele zu erreichen?</translation>
    </message>
    <message>
        <source>Is the objective inspiring?</source>
        <translation>Ist das Ziel inspirierend?</translation>
    </message>
    <message>
        <source>Does this objective provide business value?</source>
        <translation>Bringt dieses Ziel geschäftlichen Nutzen?</translation>
    </message>
    <message>
        <source>Is this objective really achievable in one quarter?</source>
        <translation>Ist dieses Ziel wirklich in einem Quartal erreichbar?</translation>
    </message>
    <message>
        <source>Is this objective solving the problems our team is having?</source>
        <translation>Löst dieses Ziel die Probleme, die das Team hat?</translation>
    </message>
    <message>
        <source>Is this objective actionable and achievable by just us?</source>
        <translation>Kann das Team dieses Ziel allein umsetzen und erreichen?</translation>
    </message>
    <message>
        <source>Not aligned with a higher objective.</source>
        <translation>Nicht auf ein übergeordnetes Ziel ausgerichtet.</translation>
    </message>
    <message>
        <source>Write toward: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Darauf hinarbeiten: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The coach understands English only: it has no word list for %1 yet. Write the objective and key results in English to get its advice.</source>
        <translation>Der Coach versteht nur Englisch: Für %1 hat er noch keine Wortliste. Ziel und Schlüsselergebnisse auf Englisch schreiben, um seine Ratschläge zu erhalten.</translation>
    </message>
</context>
<context>
    <name>OkrSummaryPage</name>
    <message>
        <source>from %1 to %2</source>
        <translation>von %1 auf %2</translation>
    </message>
    <message>
        <source>keep at or above %1</source>
        <translation>auf oder über %1 halten</translation>
    </message>
    <message>
        <source>keep at or below %1</source>
        <translation>auf oder unter %1 halten</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>The OKR as it will be saved. Finish saves it as one step you can undo; Cancel saves nothing.</source>
        <translation>Das OKR, wie es gespeichert wird. „Fertigstellen“ speichert es als einen Schritt, der sich rückgängig machen lässt; „Abbrechen“ speichert nichts.</translation>
    </message>
    <message>
        <source>Summary of the OKR</source>
        <translation>Zusammenfassung des OKR</translation>
    </message>
    <message>
        <source>No owner yet.</source>
        <translation>Noch niemand verantwortlich.</translation>
    </message>
    <message>
        <source>Owner: %1.</source>
        <translation>Verantwortlich: %1.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No key results.</source>
        <translation>Keine Schlüsselergebnisse.</translation>
    </message>
    <message>
        <source>Remaining flags</source>
        <translation>Verbleibende Hinweise</translation>
    </message>
    <message>
        <source>None: the coach has nothing more to say.</source>
        <translation>Keine: Der Coach hat nichts mehr zu sagen.</translation>
    </message>
</context>
<context>
    <name>OkrWherePage</name>
    <message>
        <source>&amp;Committed: we expect to reach 100%</source>
        <translation>&amp;Verbindlich: Wir erwarten, 100 % zu erreichen</translation>
    </message>
    <message>
        <source>&amp;Aspirational: about 70% is a success</source>
        <translation>&amp;Ambitioniert: Etwa 70 % sind ein Erfolg</translation>
    </message>
    <message>
        <source>Where does the objective go?</source>
        <translation>Wohin gehört das Ziel?</translation>
    </message>
    <message>
        <source>Teams set their own OKRs and align them with a higher team&apos;s objective: they contribute to it, they do not receive it.</source>
        <translation>Teams setzen sich eigene OKRs und richten sie auf ein Ziel eines übergeordneten Teams aus: Sie tragen dazu bei, sie bekommen es nicht vorgegeben.</translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation>Zyklus</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Aligned with</source>
        <translation>Ausgerichtet auf</translation>
    </message>
    <message>
        <source>C&amp;ycle:</source>
        <translation>Z&amp;yklus:</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>&amp;Team:</translation>
    </message>
    <message>
        <source>A&amp;ligned with:</source>
        <translation>Ausgerichtet a&amp;uf:</translation>
    </message>
    <message>
        <source>Commitment:</source>
        <translation>Verbindlichkeit:</translation>
    </message>
    <message>
        <source>New to OKRs? Start committed: reaching 100% in the first quarter builds morale.</source>
        <translation>Neu bei OKRs? Verbindlich beginnen: 100 % im ersten Quartal zu erreichen stärkt die Moral.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Not aligned</source>
        <translation>Nicht ausgerichtet</translation>
    </message>
    <message>
        <source>Not aligned: fine for company objectives and for a team&apos;s first quarter of OKRs.</source>
        <translation>Nicht ausgerichtet: in Ordnung für Unternehmensziele und für das erste OKR-Quartal eines Teams.</translation>
    </message>
    <message>
        <source>Your objective contributes to: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Das Ziel trägt bei zu: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>OkrWizard</name>
    <message>
        <source>New OKR</source>
        <translation>Neues OKR</translation>
    </message>
    <message>
        <source>Rework OKR</source>
        <translation>OKR überarbeiten</translation>
    </message>
    <message>
        <source>aspirational</source>
        <translation>ambitioniert</translation>
    </message>
    <message>
        <source>committed</source>
        <translation>verbindlich</translation>
    </message>
    <message>
        <source>%1, %2, %3, not aligned</source>
        <translation>%1, %2, %3, nicht ausgerichtet</translation>
    </message>
    <message>
        <source>%1, %2, %3, aligned with “%4”</source>
        <translation>%1, %2, %3, ausgerichtet auf „%4“</translation>
    </message>
    <message>
        <source>%1 Objective: %2</source>
        <translation>%1 Ziel: %2</translation>
    </message>
    <message>
        <source>%1 Key result %2: %3</source>
        <translation>%1 Schlüsselergebnis %2: %3</translation>
    </message>
</context>
<context>
    <name>PartialDocument</name>
    <message>
        <source>Cannot create %1: the folder %2 is read-only.</source>
        <translation>%1 kann nicht angelegt werden: Der Ordner %2 ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>Cannot create %1: the file %2 cannot be written beside it.</source>
        <translation>%1 kann nicht angelegt werden: Die Datei %2 kann daneben nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Cannot create %1: no free name was found beside it.</source>
        <translation>%1 kann nicht angelegt werden: Daneben wurde kein freier Name gefunden.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>%1 kann nicht angelegt werden: %2</translation>
    </message>
</context>
<context>
    <name>PdfReportWriter</name>
    <message>
        <source>committed</source>
        <translation>verbindlich</translation>
    </message>
    <message>
        <source>aspirational</source>
        <translation>ambitioniert</translation>
    </message>
    <message>
        <source>keep ≥ %1</source>
        <translation>≥ %1 halten</translation>
    </message>
    <message>
        <source>keep ≤ %1</source>
        <translation>≤ %1 halten</translation>
    </message>
    <message>
        <source>Quarter report: %1</source>
        <translation>Quartalsbericht: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Generated %1</source>
        <translation>Erstellt %1</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>no key results</source>
        <translation>keine Schlüsselergebnisse</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Executive summary</source>
        <translation>Zusammenfassung für die Leitung</translation>
    </message>
    <message>
        <source>Overall progress %1, against %2 expected on %3.</source>
        <translation>Gesamtfortschritt %1, gegenüber %2 erwartet am %3.</translation>
    </message>
    <message>
        <source>Company objectives</source>
        <translation>Unternehmensziele</translation>
    </message>
    <message>
        <source>No company objectives in this cycle.</source>
        <translation>Keine Unternehmensziele in diesem Zyklus.</translation>
    </message>
    <message>
        <source>Key results by status</source>
        <translation>Schlüsselergebnisse nach Status</translation>
    </message>
    <message>
        <source>%1 on track, %2 at risk, %3 off track against the schedule.</source>
        <translation>%1 auf Kurs, %2 gefährdet, %3 nicht auf Kurs gegenüber dem Zeitplan.</translation>
    </message>
    <message numerus="yes">
        <source>Added during the cycle and not checked in yet: %n.</source>
        <translation>
            <numerusform>Während des Zyklus hinzugefügt und noch ohne Check-in: %n.</numerusform>
            <numerusform>Während des Zyklus hinzugefügt und noch ohne Check-in: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Key results most at risk</source>
        <translation>Am stärksten gefährdete Schlüsselergebnisse</translation>
    </message>
    <message>
        <source>No key result is behind its pace.</source>
        <translation>Kein Schlüsselergebnis liegt hinter seinem Tempo.</translation>
    </message>
    <message>
        <source>Key result</source>
        <translation>Schlüsselergebnis</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Team said</source>
        <translation>Team sagt</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Objective / key result</source>
        <translation>Ziel / Schlüsselergebnis</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Zielwert</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Zuversicht</translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation>Initiativen</translation>
    </message>
    <message>
        <source>No initiatives.</source>
        <translation>Keine Initiativen.</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>Initiative</translation>
    </message>
    <message>
        <source>For key result</source>
        <translation>Für Schlüsselergebnis</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Check-ins</translation>
    </message>
    <message>
        <source>No check-ins in this cycle.</source>
        <translation>Keine Check-ins in diesem Zyklus.</translation>
    </message>
    <message>
        <source>Latest check-in (%1)</source>
        <translation>Letzter Check-in (%1)</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>No problems reported.</source>
        <translation>Keine Probleme gemeldet.</translation>
    </message>
    <message>
        <source>Lessons learned</source>
        <translation>Erkenntnisse</translation>
    </message>
    <message>
        <source>None written.</source>
        <translation>Nichts geschrieben.</translation>
    </message>
    <message>
        <source>Quarterly review</source>
        <translation>Quartals-Review</translation>
    </message>
    <message>
        <source>How did the team perform?</source>
        <translation>Wie hat das Team abgeschnitten?</translation>
    </message>
    <message>
        <source>What worked?</source>
        <translation>Was hat funktioniert?</translation>
    </message>
    <message>
        <source>What failed, and why?</source>
        <translation>Was ist gescheitert, und warum?</translation>
    </message>
    <message>
        <source>Start, stop, continue:</source>
        <translation>Beginnen, aufhören, weitermachen:</translation>
    </message>
    <message>
        <source>Lessons learned:</source>
        <translation>Erkenntnisse:</translation>
    </message>
    <message>
        <source>Progress %1, against %2 expected.</source>
        <translation>Fortschritt %1, gegenüber %2 erwartet.</translation>
    </message>
    <message>
        <source>Objectives and key results</source>
        <translation>Ziele und Schlüsselergebnisse</translation>
    </message>
    <message>
        <source>Key result progress (colour: status, %1 of the cycle gone by)</source>
        <translation>Fortschritt der Schlüsselergebnisse (Farbe: Status, %1 des Zyklus vergangen)</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Abschnitt</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1: quarter report %2</source>
        <translation>%1: Quartalsbericht %2</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>%1 · %2 quarter report</source>
        <translation>%1 · Quartalsbericht %2</translation>
    </message>
    <message>
        <source>The printer took no more pages.</source>
        <translation>Der Drucker hat keine weiteren Seiten angenommen.</translation>
    </message>
    <message>
        <source>Coach review</source>
        <translation>Prüfung durch den Coach</translation>
    </message>
    <message>
        <source>How the objectives and key results read by the coach&apos;s rules: the teams with many flags need help writing their OKRs.</source>
        <translation>Wie die Ziele und Schlüsselergebnisse nach den Regeln des Coachs abschneiden: Teams mit vielen Markierungen brauchen Hilfe beim Schreiben ihrer OKRs.</translation>
    </message>
    <message>
        <source>Teams the coach flagged</source>
        <translation>Teams mit Markierungen des Coachs</translation>
    </message>
    <message>
        <source>Key results flagged</source>
        <translation>Markierte Schlüsselergebnisse</translation>
    </message>
    <message>
        <source>Objectives flagged</source>
        <translation>Markierte Ziele</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Markierungen</translation>
    </message>
    <message>
        <source>%1 of %2 (%3)</source>
        <translation>%1 von %2 (%3)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Unmeasured objectives</source>
        <translation>Ungemessene Ziele</translation>
    </message>
    <message numerus="yes">
        <source>%n more team(s) with flags, fewer in share: quarterdeck lint --document lists every one.</source>
        <translation>
            <numerusform>%n weiteres Team mit Markierungen, anteilig weniger: quarterdeck lint --document listet alle.</numerusform>
            <numerusform>%n weitere Teams mit Markierungen, anteilig weniger: quarterdeck lint --document listet alle.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanCommand</name>
    <message>
        <source>Undo “%1”</source>
        <translation>„%1“ rückgängig machen</translation>
    </message>
    <message>
        <source>What “%1” needs</source>
        <translation>Was „%1“ braucht</translation>
    </message>
    <message>
        <source>What “%1” writes</source>
        <translation>Was „%1“ schreibt</translation>
    </message>
</context>
<context>
    <name>PlanRepository</name>
    <message>
        <source>The objective %1 does not exist in this document.</source>
        <translation>Das Ziel %1 existiert in diesem Dokument nicht.</translation>
    </message>
    <message>
        <source>The key result %1 does not exist in this document.</source>
        <translation>Das Schlüsselergebnis %1 existiert in diesem Dokument nicht.</translation>
    </message>
    <message>
        <source>The initiative %1 does not exist in this document.</source>
        <translation>Die Initiative %1 existiert in diesem Dokument nicht.</translation>
    </message>
    <message>
        <source>An objective cannot be aligned to itself.</source>
        <translation>Ein Ziel kann nicht auf sich selbst ausgerichtet werden.</translation>
    </message>
    <message>
        <source>A grade lies between 0.0 and 1.0, not %1.</source>
        <translation>Eine Bewertung liegt zwischen 0,0 und 1,0, nicht bei %1.</translation>
    </message>
</context>
<context>
    <name>PlanView</name>
    <message>
        <source>Alignment tree</source>
        <translation>Ausrichtungsbaum</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>&amp;Team:</translation>
    </message>
    <message>
        <source>Team filter</source>
        <translation>Teamfilter</translation>
    </message>
    <message>
        <source>Show one team&apos;s objectives (and its teams&apos;), in their alignment</source>
        <translation>Die Ziele eines Teams (und seiner Teams) in ihrer Ausrichtung anzeigen</translation>
    </message>
    <message>
        <source>Text filter</source>
        <translation>Textfilter</translation>
    </message>
    <message>
        <source>Filter titles and owners (%1)</source>
        <translation>Titel und Verantwortliche filtern (%1)</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>Alle Teams</translation>
    </message>
    <message>
        <source>Carry Over from %1…</source>
        <translation>Aus %1 übertragen…</translation>
    </message>
    <message>
        <source>New &amp;Objective</source>
        <translation>Neues &amp;Ziel</translation>
    </message>
    <message>
        <source>Add an objective next to the selected one (same team and alignment), or a company objective</source>
        <translation>Ein Ziel neben dem gewählten (gleiches Team, gleiche Ausrichtung) oder ein Unternehmensziel hinzufügen</translation>
    </message>
    <message>
        <source>Add &amp;Below</source>
        <translation>&amp;Darunter hinzufügen</translation>
    </message>
    <message>
        <source>Add a key result to the selected objective, or an initiative to the selected key result</source>
        <translation>Dem gewählten Ziel ein Schlüsselergebnis oder dem gewählten Schlüsselergebnis eine Initiative hinzufügen</translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation>&amp;Umbenennen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete “%1” with %n item(s) below it?</source>
        <translation>
            <numerusform>„%1“ mit %n Eintrag darunter löschen?</numerusform>
            <numerusform>„%1“ mit %n Einträgen darunter löschen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Their %n check-in value(s) go too.</source>
        <translation>
            <numerusform>Sein %n Check-in-Wert wird ebenfalls gelöscht.</numerusform>
            <numerusform>Ihre %n Check-in-Werte werden ebenfalls gelöscht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n aligned objective(s) stay, no longer aligned.</source>
        <translation>
            <numerusform>%n ausgerichtetes Ziel bleibt, nicht mehr ausgerichtet.</numerusform>
            <numerusform>%n ausgerichtete Ziele bleiben, nicht mehr ausgerichtet.</numerusform>
        </translation>
    </message>
    <message>
        <source>You can undo this.</source>
        <translation>Das lässt sich rückgängig machen.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>New O&amp;KR…</source>
        <translation>Neues O&amp;KR…</translation>
    </message>
    <message>
        <source>Write an objective with its key results and initiatives, step by step, with the coach&apos;s advice</source>
        <translation>Ein Ziel mit seinen Schlüsselergebnissen und Initiativen Schritt für Schritt schreiben, mit den Ratschlägen des Coachs</translation>
    </message>
    <message>
        <source>Re&amp;work OKR…</source>
        <translation>OKR ü&amp;berarbeiten…</translation>
    </message>
    <message>
        <source>Open the selected objective in the OKR wizard; the coach reviews its key results again</source>
        <translation>Das gewählte Ziel im OKR-Assistenten öffnen; der Coach prüft seine Schlüsselergebnisse erneut</translation>
    </message>
    <message>
        <source>Cannot Write an Objective</source>
        <translation>Ziel kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Objectives belong to a cycle: add one first (Cycle &gt; New Cycle…).</source>
        <translation>Ziele gehören zu einem Zyklus: zuerst einen hinzufügen (Zyklus &gt; Neuer Zyklus…).</translation>
    </message>
    <message>
        <source>Carry Over…</source>
        <translation>Übertragen…</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Fenster</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Takes effect at the next start</source>
        <translation>Gilt ab dem nächsten Start</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>A new language takes effect at the next start.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start.</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>The font size of presentation mode, in percent of the window&apos;s usual font</source>
        <translation>Die Schriftgröße des Präsentationsmodus, in Prozent der üblichen Schrift des Fensters</translation>
    </message>
    <message>
        <source>&amp;Presentation font size:</source>
        <translation>Schriftgröße der &amp;Präsentation:</translation>
    </message>
    <message>
        <source>Planning and check-ins</source>
        <translation>Planung und Check-ins</translation>
    </message>
    <message>
        <source>Before this day the check-in form proposes the week before, whose check-in is still due</source>
        <translation>Vor diesem Tag schlägt das Check-in-Formular die Vorwoche vor, deren Check-in noch fällig ist</translation>
    </message>
    <message>
        <source>Check-in &amp;day:</source>
        <translation>Check-in-&amp;Tag:</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> Wochen</translation>
    </message>
    <message>
        <source>The length a new cycle of custom dates is proposed with</source>
        <translation>Die Länge, mit der ein neuer Zyklus mit eigenen Daten vorgeschlagen wird</translation>
    </message>
    <message>
        <source>Default &amp;cycle length:</source>
        <translation>Übliche &amp;Zykluslänge:</translation>
    </message>
    <message>
        <source>Pace</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>How far behind the progress expected by today a key result, an objective or a team may be, in percentage points:</source>
        <translation>Wie weit ein Schlüsselergebnis, ein Ziel oder ein Team hinter dem bis heute erwarteten Fortschritt liegen darf, in Prozentpunkten:</translation>
    </message>
    <message>
        <source> points</source>
        <translation> Punkte</translation>
    </message>
    <message>
        <source>Behind by at most this much is on track</source>
        <translation>Höchstens so weit zurück ist auf Kurs</translation>
    </message>
    <message>
        <source>On &amp;track up to:</source>
        <translation>&amp;Auf Kurs bis:</translation>
    </message>
    <message>
        <source>Behind by more than on track and at most this much is at risk; further behind is off track</source>
        <translation>Weiter zurück als auf Kurs und höchstens so weit ist gefährdet; noch weiter zurück ist nicht auf Kurs</translation>
    </message>
    <message>
        <source>At &amp;risk up to:</source>
        <translation>&amp;Gefährdet bis:</translation>
    </message>
</context>
<context>
    <name>ProgressBoardModel</name>
    <message>
        <source>Team / objective / key result</source>
        <translation>Team / Ziel / Schlüsselergebnis</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>A key result&apos;s checked-in values, with its target dashed</source>
        <translation>Die eingecheckten Werte eines Schlüsselergebnisses, der Zielwert gestrichelt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Key results</source>
        <translation>Schlüsselergebnisse</translation>
    </message>
    <message>
        <source>Key results by status: the more worried of pace and stated confidence; on a key result&apos;s row, its value against its target</source>
        <translation>Schlüsselergebnisse nach Status: das Bedenklichere aus Tempo und angegebener Zuversicht; in der Zeile eines Schlüsselergebnisses sein Wert gegenüber dem Zielwert</translation>
    </message>
    <message>
        <source>Last check-in</source>
        <translation>Letzter Check-in</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>On a key result&apos;s row: the comment of its latest check-in</source>
        <translation>In der Zeile eines Schlüsselergebnisses: der Kommentar seines letzten Check-ins</translation>
    </message>
    <message>
        <source>Team %1</source>
        <translation>Team %1</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>team says %1</source>
        <translation>Team sagt %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Latest check-in: week of %1</source>
        <translation>Letzter Check-in: Woche vom %1</translation>
    </message>
    <message>
        <source>No check-in in this cycle yet</source>
        <translation>Noch kein Check-in in diesem Zyklus</translation>
    </message>
    <message>
        <source>missing check-in</source>
        <translation>Check-in fehlt</translation>
    </message>
    <message>
        <source>No check-in for week %1 (due by %2)</source>
        <translation>Kein Check-in für Woche %1 (fällig bis %2)</translation>
    </message>
    <message>
        <source>no key results</source>
        <translation>keine Schlüsselergebnisse</translation>
    </message>
    <message>
        <source>%1
%2

%3</source>
        <translation>%1
%2

%3</translation>
    </message>
    <message>
        <source>Nothing measures it yet.</source>
        <translation>Noch misst es nichts.</translation>
    </message>
    <message>
        <source>committed</source>
        <translation>verbindlich</translation>
    </message>
    <message>
        <source>aspirational</source>
        <translation>ambitioniert</translation>
    </message>
    <message>
        <source>stalled</source>
        <translation>stagniert</translation>
    </message>
    <message>
        <source>owned by %1</source>
        <translation>verantwortlich: %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>A key result&apos;s value has not changed over its last 3 check-ins</source>
        <translation>Der Wert eines Schlüsselergebnisses hat sich in den letzten 3 Check-ins nicht geändert</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>Niemand verantwortlich</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>Verantwortlich: %1</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) checked in</source>
        <translation>
            <numerusform>%n Wert eingecheckt</numerusform>
            <numerusform>%n Werte eingecheckt</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>Its value has not changed over its last 3 check-ins</source>
        <translation>Sein Wert hat sich in den letzten 3 Check-ins nicht geändert</translation>
    </message>
    <message>
        <source>Latest check-in: %1</source>
        <translation>Letzter Check-in: %1</translation>
    </message>
    <message>
        <source>Coach</source>
        <translation>Coach</translation>
    </message>
    <message>
        <source>On a team&apos;s row: how many of its own key results the coach flagged; the shape says how much help it needs writing OKRs</source>
        <translation>In der Zeile eines Teams: wie viele seiner eigenen Schlüsselergebnisse der Coach markiert hat; die Form zeigt, wie viel Hilfe es beim Schreiben der OKRs braucht</translation>
    </message>
    <message>
        <source>all clear</source>
        <translation>ohne Befund</translation>
    </message>
    <message>
        <source>%1 of %2 flagged</source>
        <translation>%1/%2 markiert</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>The coach is reading the plan</source>
        <translation>Der Coach liest den Plan</translation>
    </message>
</context>
<context>
    <name>ProgressBoardPrinter</name>
    <message>
        <source>Progress board</source>
        <translation>Fortschrittsboard</translation>
    </message>
    <message>
        <source>Progress board: %1</source>
        <translation>Fortschrittsboard: %1</translation>
    </message>
    <message>
        <source>  ·  </source>
        <translation>  ·  </translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
</context>
<context>
    <name>ProgressBoardView</name>
    <message>
        <source>At &amp;risk</source>
        <translation>&amp;Gefährdet</translation>
    </message>
    <message>
        <source>Objectives at risk by pace or by the confidence their team stated</source>
        <translation>Ziele, die nach Tempo oder nach der angegebenen Zuversicht ihres Teams gefährdet sind</translation>
    </message>
    <message>
        <source>O&amp;ff track</source>
        <translation>&amp;Nicht auf Kurs</translation>
    </message>
    <message>
        <source>Objectives off track by pace or by the confidence their team stated</source>
        <translation>Ziele, die nach Tempo oder nach der angegebenen Zuversicht ihres Teams nicht auf Kurs sind</translation>
    </message>
    <message>
        <source>S&amp;talled</source>
        <translation>Stagn&amp;iert</translation>
    </message>
    <message>
        <source>Objectives with a key result whose value did not change over its last 3 check-ins</source>
        <translation>Ziele mit einem Schlüsselergebnis, dessen Wert sich in den letzten 3 Check-ins nicht geändert hat</translation>
    </message>
    <message>
        <source>&amp;Missing check-in</source>
        <translation>Check-in &amp;fehlt</translation>
    </message>
    <message>
        <source>Teams with no check-in for the last week that is over</source>
        <translation>Teams ohne Check-in für die letzte abgelaufene Woche</translation>
    </message>
    <message>
        <source>All objectives</source>
        <translation>Alle Ziele</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Verbindlich</translation>
    </message>
    <message>
        <source>Aspirational</source>
        <translation>Ambitioniert</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;yp:</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Teams under their departments, objectives and key results in the plan&apos;s order</source>
        <translation>Teams unter ihren Abteilungen, Ziele und Schlüsselergebnisse in der Reihenfolge des Plans</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Least progress first</source>
        <translation>Geringster Fortschritt zuerst</translation>
    </message>
    <message>
        <source>Most worried first</source>
        <translation>Bedenklichste zuerst</translation>
    </message>
    <message>
        <source>Off track first, then at risk, missing check-in and stalled, then the furthest behind: teams, objectives and key results alike</source>
        <translation>Nicht auf Kurs zuerst, dann gefährdet, Check-in fehlt und stagniert, dann die mit dem größten Rückstand: Teams, Ziele und Schlüsselergebnisse gleichermaßen</translation>
    </message>
    <message>
        <source>S&amp;ort:</source>
        <translation>S&amp;ortierung:</translation>
    </message>
    <message>
        <source>Only:</source>
        <translation>Nur:</translation>
    </message>
    <message>
        <source>Progress board</source>
        <translation>Fortschrittsboard</translation>
    </message>
    <message>
        <source>In brackets: the change since a week before</source>
        <translation>In Klammern: die Veränderung gegenüber einer Woche zuvor</translation>
    </message>
    <message>
        <source>Cannot Show Progress Board</source>
        <translation>Fortschrittsboard kann nicht angezeigt werden</translation>
    </message>
    <message>
        <source>Only: %1</source>
        <translation>Nur: %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Teams sorted by %1</source>
        <translation>Teams sortiert nach %1</translation>
    </message>
    <message>
        <source>Overall progress %1 (expected %2, %3 since last week)</source>
        <translation>Gesamtfortschritt %1 (erwartet %2, %3 seit letzter Woche)</translation>
    </message>
    <message>
        <source>Key results: %1</source>
        <translation>Schlüsselergebnisse: %1</translation>
    </message>
    <message>
        <source>Teams without a check-in for week %1: %2 of %3</source>
        <translation>Teams ohne Check-in für Woche %1: %2 von %3</translation>
    </message>
    <message>
        <source>Stalled key results: %1</source>
        <translation>Stagnierende Schlüsselergebnisse: %1</translation>
    </message>
    <message>
        <source>  ·  </source>
        <translation>  ·  </translation>
    </message>
    <message>
        <source>No objectives in this cycle</source>
        <translation>Keine Ziele in diesem Zyklus</translation>
    </message>
    <message>
        <source>%1: %2 of %3 objectives in %4 of %5 teams; %6 of the cycle elapsed on %7</source>
        <translation>%1: %2 von %3 Zielen in %4 von %5 Teams; %6 des Zyklus vergangen am %7</translation>
    </message>
    <message>
        <source>Most coach flags first</source>
        <translation>Meiste Coach-Markierungen zuerst</translation>
    </message>
    <message>
        <source>The teams that most need help writing OKRs first: the largest share of their own key results the coach flagged</source>
        <translation>Die Teams, die beim Schreiben der OKRs am meisten Hilfe brauchen, zuerst: der größte Anteil eigener Schlüsselergebnisse, die der Coach markiert hat</translation>
    </message>
    <message numerus="yes">
        <source>Coach: %1 of %n key result(s) flagged</source>
        <translation>
            <numerusform>Coach: %1 von %n Schlüsselergebnis markiert</numerusform>
            <numerusform>Coach: %1 von %n Schlüsselergebnissen markiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>no key results measure %n objective(s)</source>
        <translation>
            <numerusform>%n Ziel ohne messende Schlüsselergebnisse</numerusform>
            <numerusform>%n Ziele ohne messende Schlüsselergebnisse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n team(s) over the objectives guidance</source>
        <translation>
            <numerusform>%n Team über der Zielempfehlung</numerusform>
            <numerusform>%n Teams über der Zielempfehlung</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>RemoveTeamCommand</name>
    <message>
        <source>Delete Team %1</source>
        <translation>Team %1 löschen</translation>
    </message>
</context>
<context>
    <name>RemoveTreeItemCommand</name>
    <message>
        <source>Delete “%1”</source>
        <translation>„%1“ löschen</translation>
    </message>
</context>
<context>
    <name>ReportCharts</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <source>Export Quarter Report</source>
        <translation>Quartalsbericht exportieren</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot Export Report</source>
        <translation>Bericht kann nicht exportiert werden</translation>
    </message>
    <message>
        <source>Writing the %1 report…</source>
        <translation>Bericht %1 wird geschrieben …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cannot Print Report</source>
        <translation>Bericht kann nicht gedruckt werden</translation>
    </message>
    <message>
        <source>%1 quarter report</source>
        <translation>Quartalsbericht %1</translation>
    </message>
    <message>
        <source>Print Quarter Report</source>
        <translation>Quartalsbericht drucken</translation>
    </message>
    <message>
        <source>Printing the %1 report…</source>
        <translation>Der Bericht %1 wird gedruckt…</translation>
    </message>
</context>
<context>
    <name>ReportScopeDialog</name>
    <message>
        <source>Export Quarter Report</source>
        <translation>Quartalsbericht exportieren</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>The whole organisation</source>
        <translation>Die ganze Organisation</translation>
    </message>
    <message>
        <source>&amp;Cycle:</source>
        <translation>&amp;Zyklus:</translation>
    </message>
    <message>
        <source>&amp;Whose report:</source>
        <translation>&amp;Wessen Bericht:</translation>
    </message>
    <message>
        <source>A team&apos;s report covers the teams below it too.</source>
        <translation>Der Bericht eines Teams umfasst auch die Teams darunter.</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
</context>
<context>
    <name>ReportSubcommand</name>
    <message>
        <source>Write a cycle&apos;s quarter report as a PDF.</source>
        <translation>Den Quartalsbericht eines Zyklus als PDF schreiben.</translation>
    </message>
    <message>
        <source>The document.</source>
        <translation>Das Dokument.</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>Die zu schreibende PDF-Datei.</translation>
    </message>
    <message>
        <source>wrote what could be read to %1; it may be incomplete.</source>
        <translation>was gelesen werden konnte, wurde nach %1 geschrieben; es kann unvollständig sein.</translation>
    </message>
    <message>
        <source>Wrote the %1 report to %2
</source>
        <translation>Bericht %1 nach %2 geschrieben
</translation>
    </message>
</context>
<context>
    <name>ReviewGradeModel</name>
    <message>
        <source>Aspirational</source>
        <translation>Ambitioniert</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Verbindlich</translation>
    </message>
    <message>
        <source>green</source>
        <translation>grün</translation>
    </message>
    <message>
        <source>yellow</source>
        <translation>gelb</translation>
    </message>
    <message>
        <source>red</source>
        <translation>rot</translation>
    </message>
    <message>
        <source>Aspirational: 0.7 or more is green, 0.4 or more yellow, below red.</source>
        <translation>Ambitioniert: ab 0,7 grün, ab 0,4 gelb, darunter rot.</translation>
    </message>
    <message>
        <source>Committed: 1.0 is green, 0.7 or more yellow, below red.</source>
        <translation>Verbindlich: 1,0 ist grün, ab 0,7 gelb, darunter rot.</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Vorgeschlagen</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>no key results</source>
        <translation>keine Schlüsselergebnisse</translation>
    </message>
    <message>
        <source>Proposed from progress, rounded to one decimal.</source>
        <translation>Aus dem Fortschritt vorgeschlagen, auf eine Nachkommastelle gerundet.</translation>
    </message>
    <message>
        <source>not graded</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>%1 (%2). %3</source>
        <translation>%1 (%2). %3</translation>
    </message>
    <message>
        <source>Not graded yet: the proposal is %1.</source>
        <translation>Noch nicht bewertet: Der Vorschlag ist %1.</translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message>
        <source>Quarterly review</source>
        <translation>Quartals-Review</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>&amp;Team:</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Objective grades</source>
        <translation>Bewertungen der Ziele</translation>
    </message>
    <message>
        <source>Use &amp;Proposed Grades</source>
        <translation>&amp;Vorgeschlagene Bewertungen übernehmen</translation>
    </message>
    <message>
        <source>Grade every objective not graded yet with the grade proposed from its progress</source>
        <translation>Jedes noch nicht bewertete Ziel mit der aus seinem Fortschritt vorgeschlagenen Bewertung bewerten</translation>
    </message>
    <message>
        <source>Double-click a grade or a reason to change it.</source>
        <translation>Doppelklick auf eine Bewertung oder Begründung, um sie zu ändern.</translation>
    </message>
    <message>
        <source>Review questions</source>
        <translation>Review-Fragen</translation>
    </message>
    <message>
        <source>How did the team perform?</source>
        <translation>Wie hat das Team abgeschnitten?</translation>
    </message>
    <message>
        <source>How much progress did the team make? Were these the right objectives? Is the team satisfied?</source>
        <translation>Wie viel Fortschritt hat das Team gemacht? Waren es die richtigen Ziele? Ist das Team zufrieden?</translation>
    </message>
    <message>
        <source>What worked?</source>
        <translation>Was hat funktioniert?</translation>
    </message>
    <message>
        <source>Which actions brought the best results? Was the success intentional? What can others reuse?</source>
        <translation>Welche Maßnahmen brachten die besten Ergebnisse? War der Erfolg beabsichtigt? Was können andere übernehmen?</translation>
    </message>
    <message>
        <source>What failed, and why?</source>
        <translation>Was ist gescheitert, und warum?</translation>
    </message>
    <message>
        <source>What did we try that did not work, and why? What were the major challenges?</source>
        <translation>Was haben wir versucht, das nicht funktioniert hat, und warum? Was waren die größten Herausforderungen?</translation>
    </message>
    <message>
        <source>What to start, stop and continue?</source>
        <translation>Was beginnen, aufhören, weitermachen?</translation>
    </message>
    <message>
        <source>Start: … Stop: … Continue: …</source>
        <translation>Beginnen: … Aufhören: … Weitermachen: …</translation>
    </message>
    <message>
        <source>Lessons learned</source>
        <translation>Erkenntnisse</translation>
    </message>
    <message>
        <source>3-6 main takeaways for the next cycle&apos;s planning, including about the OKR process.</source>
        <translation>3–6 wichtigste Erkenntnisse für die Planung des nächsten Zyklus, auch zum OKR-Prozess.</translation>
    </message>
    <message>
        <source>How did the team &amp;perform?</source>
        <translation>Wie hat das Team &amp;abgeschnitten?</translation>
    </message>
    <message>
        <source>What &amp;worked?</source>
        <translation>Was hat &amp;funktioniert?</translation>
    </message>
    <message>
        <source>What &amp;failed, and why?</source>
        <translation>Was ist &amp;gescheitert, und warum?</translation>
    </message>
    <message>
        <source>&amp;Start, stop, continue?</source>
        <translation>&amp;Beginnen, aufhören, weitermachen?</translation>
    </message>
    <message>
        <source>&amp;Lessons learned:</source>
        <translation>&amp;Erkenntnisse:</translation>
    </message>
    <message>
        <source>Save &amp;Answers</source>
        <translation>Antworten &amp;speichern</translation>
    </message>
    <message>
        <source>Change Grade</source>
        <translation>Bewertung ändern</translation>
    </message>
    <message>
        <source>Cannot Show Review</source>
        <translation>Review kann nicht angezeigt werden</translation>
    </message>
    <message>
        <source>The review answers typed for %1 are not saved. Save them before showing %2?</source>
        <translation>Die für %1 eingegebenen Review-Antworten sind nicht gespeichert. Vor dem Anzeigen von %2 speichern?</translation>
    </message>
    <message>
        <source>The review answers typed for %1 are not saved. Save them before closing the review?</source>
        <translation>Die für %1 eingegebenen Review-Antworten sind nicht gespeichert. Vor dem Schließen des Reviews speichern?</translation>
    </message>
    <message>
        <source>Unsaved Answers</source>
        <translation>Nicht gespeicherte Antworten</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 review&lt;/b&gt; · %2 · %3</source>
        <translation>&lt;b&gt;Review %1&lt;/b&gt; · %2 · %3</translation>
    </message>
    <message>
        <source> · %1 progress %2</source>
        <translation> · %1 Fortschritt %2</translation>
    </message>
    <message>
        <source>&lt;br&gt;This cycle is closed: changes are saved as corrections.</source>
        <translation>&lt;br&gt;Dieser Zyklus ist abgeschlossen: Änderungen werden als Korrekturen gespeichert.</translation>
    </message>
    <message>
        <source>Use Proposed Grades</source>
        <translation>Vorgeschlagene Bewertungen übernehmen</translation>
    </message>
    <message>
        <source>Save Review of %1</source>
        <translation>Review von %1 speichern</translation>
    </message>
</context>
<context>
    <name>SaveCheckInCommand</name>
    <message>
        <source>Check in %1, %2</source>
        <translation>Check-in %1, %2</translation>
    </message>
</context>
<context>
    <name>SaveOkrCommand</name>
    <message>
        <source>Add OKR “%1”</source>
        <translation>OKR „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Rework OKR “%1”</source>
        <translation>OKR „%1“ überarbeiten</translation>
    </message>
</context>
<context>
    <name>ServerAddress</name>
    <message>
        <source>%1 is not a PostgreSQL address: %2</source>
        <translation>%1 ist keine PostgreSQL-Adresse: %2</translation>
    </message>
    <message>
        <source>the port &quot;%1&quot; is not a number from 1 to 65535.</source>
        <translation>der Port „%1“ ist keine Zahl von 1 bis 65535.</translation>
    </message>
    <message>
        <source>it does not start with postgresql://.</source>
        <translation>sie beginnt nicht mit postgresql://.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a keyword=value setting.</source>
        <translation>„%1“ ist keine Einstellung der Form Schlüsselwort=Wert.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a connection setting.</source>
        <translation>„%1“ ist keine Verbindungseinstellung.</translation>
    </message>
    <message>
        <source>the value of %1 contains a &quot;;&quot;.</source>
        <translation>der Wert von %1 enthält ein „;“.</translation>
    </message>
    <message>
        <source>the service %1</source>
        <translation>der Dienst %1</translation>
    </message>
    <message>
        <source>the default database</source>
        <translation>die Standarddatenbank</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 am %2</translation>
    </message>
</context>
<context>
    <name>ServerConnection</name>
    <message>
        <source>Cannot connect to the organisation database %1: %2</source>
        <translation>Keine Verbindung zur Organisationsdatenbank %1: %2</translation>
    </message>
    <message>
        <source>this installation lacks Qt&apos;s PostgreSQL driver (QPSQL).</source>
        <translation>dieser Installation fehlt Qts PostgreSQL-Treiber (QPSQL).</translation>
    </message>
</context>
<context>
    <name>ServerCopy</name>
    <message>
        <source>The organisation database %1 refused the copy: %2</source>
        <translation>Die Organisationsdatenbank %1 hat die Kopie abgelehnt: %2</translation>
    </message>
    <message>
        <source>Cannot copy table %1: %2 of its %3 rows could not be placed (a team or an alignment that loops back on itself).</source>
        <translation>Tabelle %1 kann nicht kopiert werden: %2 ihrer %3 Zeilen ließen sich nicht einordnen (ein Team oder eine Ausrichtung, die auf sich selbst zurückführt).</translation>
    </message>
    <message>
        <source>The organisation database %1 refused the rows of %2: %3</source>
        <translation>Die Organisationsdatenbank %1 hat die Zeilen von %2 abgelehnt: %3</translation>
    </message>
    <message>
        <source>The organisation database %1 already holds an organisation: Quarterdeck copies only into an empty one.</source>
        <translation>Die Organisationsdatenbank %1 enthält bereits eine Organisation: Quarterdeck kopiert nur in eine leere.</translation>
    </message>
    <message>
        <source>Copied up from %1</source>
        <translation>Hinaufkopiert aus %1</translation>
    </message>
    <message>
        <source>The organisation database %1 holds no organisation to copy.</source>
        <translation>Die Organisationsdatenbank %1 enthält keine Organisation zum Kopieren.</translation>
    </message>
    <message>
        <source>The organisation database %1 has structure version %2; this Quarterdeck copies version %3 only.</source>
        <translation>Die Organisationsdatenbank %1 hat die Strukturversion %2; dieses Quarterdeck kopiert nur Version %3.</translation>
    </message>
    <message>
        <source>Copied down from %1</source>
        <translation>Herunterkopiert aus %1</translation>
    </message>
</context>
<context>
    <name>ServerSchema</name>
    <message numerus="yes">
        <source>%1 is not a Quarterdeck organisation database: it already holds %n other table(s). Use an empty database (or schema) for the organisation.</source>
        <translation>
            <numerusform>%1 ist keine Quarterdeck-Organisationsdatenbank: Sie enthält bereits %n andere Tabelle. Eine leere Datenbank (oder ein leeres Schema) für die Organisation verwenden.</numerusform>
            <numerusform>%1 ist keine Quarterdeck-Organisationsdatenbank: Sie enthält bereits %n andere Tabellen. Eine leere Datenbank (oder ein leeres Schema) für die Organisation verwenden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot set up the organisation database %1: %2</source>
        <translation>Die Organisationsdatenbank %1 kann nicht eingerichtet werden: %2</translation>
    </message>
    <message>
        <source>Cannot open the organisation database %1: it was set up by a newer version of Quarterdeck (structure version %2; this one knows up to %3). Update Quarterdeck to use it.</source>
        <translation>Die Organisationsdatenbank %1 kann nicht geöffnet werden: Sie wurde von einer neueren Version von Quarterdeck eingerichtet (Strukturversion %2; diese kennt bis %3). Quarterdeck aktualisieren, um sie zu verwenden.</translation>
    </message>
    <message>
        <source>This build of Quarterdeck cannot set up an organisation database of structure version %1.</source>
        <translation>Dieser Build von Quarterdeck kann keine Organisationsdatenbank der Strukturversion %1 einrichten.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>The shortcuts of this window, as they are set now.</source>
        <translation>Die Tastenkürzel dieses Fensters, wie sie jetzt eingestellt sind.</translation>
    </message>
    <message>
        <source>In the window</source>
        <translation>Im Fenster</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
</context>
<context>
    <name>StaleEditError</name>
    <message>
        <source>%1 was changed since it was read, by %2.</source>
        <translation>%1 wurde seit dem Lesen geändert, von %2.</translation>
    </message>
    <message>
        <source>%1 was changed elsewhere since it was read.</source>
        <translation>%1 wurde seit dem Lesen anderswo geändert.</translation>
    </message>
</context>
<context>
    <name>StatusCountText</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 on track</source>
        <translation>%1 auf Kurs</translation>
    </message>
    <message>
        <source>%1 at risk</source>
        <translation>%1 gefährdet</translation>
    </message>
    <message>
        <source>%1 off track</source>
        <translation>%1 nicht auf Kurs</translation>
    </message>
    <message>
        <source>%1 no check-in yet</source>
        <translation>%1 noch ohne Check-in</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>StatusWords</name>
    <message>
        <source>on schedule</source>
        <translation>im Zeitplan</translation>
    </message>
    <message>
        <source>behind schedule</source>
        <translation>im Verzug</translation>
    </message>
    <message>
        <source>far behind schedule</source>
        <translation>weit im Verzug</translation>
    </message>
    <message>
        <source>no check-in yet</source>
        <translation>noch ohne Check-in</translation>
    </message>
    <message>
        <source>%1 (team says so)</source>
        <translation>%1 (laut Team)</translation>
    </message>
    <message>
        <source>%1 (behind schedule)</source>
        <translation>%1 (im Verzug)</translation>
    </message>
    <message>
        <source>%1 done. Added during the cycle and not checked in since: it is measured from the day it was added, once its team checks in.</source>
        <translation>%1 erreicht. Während des Zyklus hinzugefügt und seitdem ohne Check-in: Es wird ab dem Tag gemessen, an dem es hinzugefügt wurde, sobald sein Team eincheckt.</translation>
    </message>
    <message>
        <source>%1 done, %2 expected by %3: %4.</source>
        <translation>%1 erreicht, %2 erwartet bis %3: %4.</translation>
    </message>
    <message>
        <source>The team has not checked in on it yet.</source>
        <translation>Das Team hat dafür noch nicht eingecheckt.</translation>
    </message>
    <message>
        <source>The team said %1 on %2.</source>
        <translation>Das Team gab am %2 „%1“ an.</translation>
    </message>
    <message>
        <source>On track: progress keeps up with the schedule (the share of the cycle gone by) and the team is confident. At risk, off track: progress is behind schedule, or the team said so in its latest check-in; the words in brackets say which. The bar and the sign share the colour: ● on track, ▲ at risk, ■ off track. A key result added during the cycle is measured from the day it was added, and reads &quot;no check-in yet&quot; until its first check-in.</source>
        <translation>Auf Kurs: Der Fortschritt hält mit dem Zeitplan Schritt (dem vergangenen Anteil des Zyklus), und das Team ist zuversichtlich. Gefährdet, nicht auf Kurs: Der Fortschritt ist im Verzug, oder das Team hat es im letzten Check-in so angegeben; die Worte in Klammern sagen, was davon. Balken und Zeichen haben dieselbe Farbe: ● auf Kurs, ▲ gefährdet, ■ nicht auf Kurs. Ein während des Zyklus hinzugefügtes Schlüsselergebnis wird ab dem Tag gemessen, an dem es hinzugefügt wurde, und zeigt „noch ohne Check-in“ bis zu seinem ersten Check-in.</translation>
    </message>
</context>
<context>
    <name>Subcommand</name>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Try &apos;quarterdeck %1 --help&apos;.</source>
        <translation>Siehe „quarterdeck %1 --help“.</translation>
    </message>
    <message>
        <source>expected exactly one FILE.</source>
        <translation>genau eine FILE erwartet.</translation>
    </message>
    <message>
        <source>--%1 %2 is required.</source>
        <translation>--%1 %2 ist erforderlich.</translation>
    </message>
    <message>
        <source>this program cannot draw PDFs; run quarterdeck itself.</source>
        <translation>dieses Programm kann keine PDFs zeichnen; quarterdeck selbst ausführen.</translation>
    </message>
    <message>
        <source>Letter case and spaces around the name do not matter.</source>
        <translation>Groß- und Kleinschreibung sowie Leerzeichen um den Namen spielen keine Rolle.</translation>
    </message>
    <message>
        <source>there is no team named &apos;%1&apos;. The teams: %2.</source>
        <translation>es gibt kein Team namens „%1“. Die Teams: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n teams are named &apos;%1&apos;; rename one in the window to tell them apart.</source>
        <translation>
            <numerusform>%n Team heißt „%1“; eines im Fenster umbenennen, um sie zu unterscheiden.</numerusform>
            <numerusform>%n Teams heißen „%1“; eines im Fenster umbenennen, um sie zu unterscheiden.</numerusform>
        </translation>
    </message>
    <message>
        <source>The cycle named C, e.g. &quot;2026 Q3&quot;. Default: the active quarter.</source>
        <translation>Der Zyklus namens C, z. B. „2026 Q3“. Standard: das aktive Quartal.</translation>
    </message>
    <message>
        <source>Only the team NAME and the teams under it.</source>
        <translation>Nur das Team NAME und die Teams darunter.</translation>
    </message>
    <message>
        <source>%1 has no cycle named &apos;%2&apos;. Its cycles: %3.</source>
        <translation>%1 hat keinen Zyklus namens „%2“. Seine Zyklen: %3.</translation>
    </message>
    <message>
        <source>%1 has no active quarter: choose one with --cycle. Its cycles: %2.</source>
        <translation>%1 hat kein aktives Quartal: eines mit --cycle wählen. Seine Zyklen: %2.</translation>
    </message>
    <message>
        <source>%1 already exists; choose a new file name.</source>
        <translation>%1 existiert bereits; einen neuen Dateinamen wählen.</translation>
    </message>
    <message>
        <source>quarterdeck %1: upgraded %2 to this version of Quarterdeck; the previous version is kept in %3
</source>
        <translation>quarterdeck %1: %2 wurde auf diese Version von Quarterdeck aktualisiert; die vorherige Version liegt in %3
</translation>
    </message>
</context>
<context>
    <name>TeamNotesView</name>
    <message>
        <source>Weekly notes</source>
        <translation>Wöchentliche Notizen</translation>
    </message>
    <message>
        <source>Choose a team to see its weekly notes.</source>
        <translation>Ein Team wählen, um seine wöchentlichen Notizen zu sehen.</translation>
    </message>
    <message>
        <source>%1: weekly check-ins</source>
        <translation>%1: wöchentliche Check-ins</translation>
    </message>
    <message>
        <source>No check-in for %1.</source>
        <translation>Kein Check-in für %1.</translation>
    </message>
    <message>
        <source>%1 (unchanged since %2)</source>
        <translation>%1 (unverändert seit %2)</translation>
    </message>
    <message>
        <source>Stalled: %1.</source>
        <translation>Stagniert: %1.</translation>
    </message>
    <message>
        <source>%1 has not checked in yet.</source>
        <translation>%1 hat noch nicht eingecheckt.</translation>
    </message>
    <message>
        <source>Key result %1</source>
        <translation>Schlüsselergebnis %1</translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation>%1: %2, %3</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Pläne</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Lessons learned:</source>
        <translation>Erkenntnisse:</translation>
    </message>
    <message>
        <source>Next week&apos;s priorities:</source>
        <translation>Prioritäten der nächsten Woche:</translation>
    </message>
</context>
<context>
    <name>TeamRepository</name>
    <message>
        <source>The team %1 does not exist in this document.</source>
        <translation>Das Team %1 existiert in diesem Dokument nicht.</translation>
    </message>
</context>
<context>
    <name>TeamService</name>
    <message numerus="yes">
        <source>%n team(s) below it</source>
        <translation>
            <numerusform>%n Team darunter</numerusform>
            <numerusform>%n Teams darunter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n objective(s)</source>
        <translation>
            <numerusform>%n Ziel</numerusform>
            <numerusform>%n Ziele</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key result(s)</source>
        <translation>
            <numerusform>%n Schlüsselergebnis</numerusform>
            <numerusform>%n Schlüsselergebnisse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check-in(s)</source>
        <translation>
            <numerusform>%n Check-in</numerusform>
            <numerusform>%n Check-ins</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n KPI(s)</source>
        <translation>
            <numerusform>%n KPI</numerusform>
            <numerusform>%n KPIs</numerusform>
        </translation>
    </message>
    <message>
        <source>That team is no longer in the document.</source>
        <translation>Dieses Team ist nicht mehr im Dokument.</translation>
    </message>
    <message>
        <source>A team needs a name.</source>
        <translation>Ein Team braucht einen Namen.</translation>
    </message>
    <message>
        <source>A team is already named “%1”: each team needs a name of its own.</source>
        <translation>Ein Team heißt bereits „%1“: Jedes Team braucht einen eigenen Namen.</translation>
    </message>
    <message>
        <source>“%1” cannot move under “%2”: a team cannot be below itself.</source>
        <translation>„%1“ kann nicht unter „%2“ verschoben werden: Ein Team kann nicht unter sich selbst liegen.</translation>
    </message>
    <message>
        <source>“%1” is already directly under “%2”.</source>
        <translation>„%1“ liegt bereits direkt unter „%2“.</translation>
    </message>
    <message>
        <source>“%1” is the organisation itself: rename it rather than remove it.</source>
        <translation>„%1“ ist die Organisation selbst: umbenennen statt entfernen.</translation>
    </message>
</context>
<context>
    <name>TeamSubcommand</name>
    <message>
        <source>List, add, rename, move and remove teams.</source>
        <translation>Teams auflisten, hinzufügen, umbenennen, verschieben und entfernen.</translation>
    </message>
    <message>
        <source>List, add, rename, move and remove the organisation&apos;s teams.

  team FILE list                       every team, indented below the team it belongs to
  team FILE add NAME [--parent P]      a new team below P (without --parent: below the company;
                                       in a document without teams it becomes the company)
  team FILE rename OLD NEW             rename a team
  team FILE move NAME --parent P       move a team, with the teams below it, under P
  team FILE remove NAME [--force]      remove a team; one with teams below it, objectives,
                                       check-ins or KPIs is refused with what it would take
                                       along, and --force removes it with all of that

Team names are unique in a document; a team cannot move under itself or a team below it, and
the company (the only top team) cannot be moved or removed. Refusals change nothing and exit
with 1. </source>
        <translation>Die Teams der Organisation auflisten, hinzufügen, umbenennen, verschieben und entfernen.

  team FILE list                       jedes Team, eingerückt unter dem Team, zu dem es gehört
  team FILE add NAME [--parent P]      ein neues Team unter P (ohne --parent: unter dem Unternehmen;
                                       in einem Dokument ohne Teams wird es das Unternehmen)
  team FILE rename OLD NEW             ein Team umbenennen
  team FILE move NAME --parent P       ein Team mit den Teams darunter unter P verschieben
  team FILE remove NAME [--force]      ein Team entfernen; eines mit Teams darunter, Zielen,
                                       Check-ins oder KPIs wird abgelehnt, mit dem, was es
                                       mitnehmen würde, und --force entfernt es mit all dem

Teamnamen sind in einem Dokument eindeutig; ein Team kann nicht unter sich selbst oder ein Team
darunter verschoben werden, und das Unternehmen (das einzige oberste Team) kann weder verschoben
noch entfernt werden. Abgelehnte Befehle ändern nichts und enden mit 1. </translation>
    </message>
    <message>
        <source>add, move: the team above.</source>
        <translation>add, move: das übergeordnete Team.</translation>
    </message>
    <message>
        <source>remove: also remove what the team holds.</source>
        <translation>remove: auch entfernen, was das Team enthält.</translation>
    </message>
    <message>
        <source>No teams yet: add one with &apos;team FILE add NAME&apos;.
</source>
        <translation>Noch keine Teams: mit „team FILE add NAME“ eines hinzufügen.
</translation>
    </message>
    <message>
        <source>Added the team %1.
</source>
        <translation>Team %1 hinzugefügt.
</translation>
    </message>
    <message>
        <source>Renamed %1 to %2.
</source>
        <translation>%1 in %2 umbenannt.
</translation>
    </message>
    <message>
        <source>Moved %1 under %2.
</source>
        <translation>%1 unter %2 verschoben.
</translation>
    </message>
    <message>
        <source>%1 holds %2; nothing was removed. Add --force to remove the team with all of that.</source>
        <translation>%1 enthält %2; es wurde nichts entfernt. --force angeben, um das Team mit all dem zu entfernen.</translation>
    </message>
    <message>
        <source>Removed the team %1.
</source>
        <translation>Team %1 entfernt.
</translation>
    </message>
    <message>
        <source>Removed the team %1 with %2.
</source>
        <translation>Team %1 mit %2 entfernt.
</translation>
    </message>
</context>
<context>
    <name>TeamsMenu</name>
    <message>
        <source>&amp;Teams</source>
        <translation>&amp;Teams</translation>
    </message>
    <message>
        <source>&amp;Teams…</source>
        <translation>&amp;Teams…</translation>
    </message>
    <message>
        <source>Add, rename, move and delete the organisation&apos;s teams</source>
        <translation>Die Teams der Organisation hinzufügen, umbenennen, verschieben und löschen</translation>
    </message>
    <message>
        <source>&amp;New Team…</source>
        <translation>&amp;Neues Team…</translation>
    </message>
    <message>
        <source>Add a team below the selected one</source>
        <translation>Ein Team unter dem gewählten hinzufügen</translation>
    </message>
    <message>
        <source>Teams — Quarterdeck</source>
        <translation>Teams — Quarterdeck</translation>
    </message>
</context>
<context>
    <name>TeamsView</name>
    <message>
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
    <message>
        <source>Select a team to rename, move or delete it; type a name and choose where it belongs to add a new team. Each change can be undone.</source>
        <translation>Ein Team auswählen, um es umzubenennen, zu verschieben oder zu löschen; für ein neues Team einen Namen eingeben und wählen, wohin es gehört. Jede Änderung lässt sich rückgängig machen.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Belongs to:</source>
        <translation>&amp;Gehört zu:</translation>
    </message>
    <message>
        <source>&amp;Add Team</source>
        <translation>Team &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Umbenennen</translation>
    </message>
    <message>
        <source>&amp;Move Here</source>
        <translation>Hierher &amp;verschieben</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Cannot Show Teams</source>
        <translation>Teams können nicht angezeigt werden</translation>
    </message>
    <message>
        <source>Cannot Delete Team</source>
        <translation>Team kann nicht gelöscht werden</translation>
    </message>
    <message>
        <source>Delete the team “%1”? It holds nothing yet. Edit &gt; Undo brings it back.</source>
        <translation>Das Team „%1“ löschen? Es enthält noch nichts. Bearbeiten &gt; Rückgängig holt es zurück.</translation>
    </message>
    <message>
        <source>Delete the team “%1” with %2? They are deleted with it, in every cycle. Edit &gt; Undo brings them back.</source>
        <translation>Das Team „%1“ mit %2 löschen? Sie werden mit ihm gelöscht, in jedem Zyklus. Bearbeiten &gt; Rückgängig holt sie zurück.</translation>
    </message>
    <message>
        <source>Delete Team</source>
        <translation>Team löschen</translation>
    </message>
</context>
<context>
    <name>TextLimitHint</name>
    <message>
        <source>Length</source>
        <translation>Länge</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>TextLimits</name>
    <message>
        <source>team name</source>
        <translation>Teamname</translation>
    </message>
    <message>
        <source>cycle name</source>
        <translation>Zyklusname</translation>
    </message>
    <message>
        <source>objective title</source>
        <translation>Zieltitel</translation>
    </message>
    <message>
        <source>objective description</source>
        <translation>Zielbeschreibung</translation>
    </message>
    <message>
        <source>grade note</source>
        <translation>Bewertungsnotiz</translation>
    </message>
    <message>
        <source>key result title</source>
        <translation>Titel des Schlüsselergebnisses</translation>
    </message>
    <message>
        <source>key result description</source>
        <translation>Beschreibung des Schlüsselergebnisses</translation>
    </message>
    <message>
        <source>unit label</source>
        <translation>Einheitenkürzel</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>initiative title</source>
        <translation>Titel der Initiative</translation>
    </message>
    <message>
        <source>check-in comment</source>
        <translation>Check-in-Kommentar</translation>
    </message>
    <message>
        <source>person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>plan item</source>
        <translation>Planeintrag</translation>
    </message>
    <message>
        <source>lessons learned</source>
        <translation>Erkenntnisse</translation>
    </message>
    <message>
        <source>next week&apos;s priorities</source>
        <translation>Prioritäten der nächsten Woche</translation>
    </message>
    <message>
        <source>KPI name</source>
        <translation>KPI-Name</translation>
    </message>
    <message>
        <source>review answer</source>
        <translation>Review-Antwort</translation>
    </message>
    <message>
        <source>comment author</source>
        <translation>Verfasser des Kommentars</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>Kommentar</translation>
    </message>
    <message numerus="yes">
        <source>The %1 has %Ln character(s); at most %2 are allowed.</source>
        <translation>
            <numerusform>Das Feld „%1“ hat %Ln Zeichen; höchstens %2 sind erlaubt.</numerusform>
            <numerusform>Das Feld „%1“ hat %Ln Zeichen; höchstens %2 sind erlaubt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln character(s) over the limit of %1</source>
        <translation>
            <numerusform>%Ln Zeichen über der Grenze von %1</numerusform>
            <numerusform>%Ln Zeichen über der Grenze von %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TreeCellPresenter</name>
    <message>
        <source>%1

%2</source>
        <translation>%1

%2</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>%1: the team&apos;s objectives that are not aligned to an objective of this cycle. Drag one of its aligned objectives here to stop aligning it.</source>
        <translation>%1: die Ziele des Teams, die auf kein Ziel dieses Zyklus ausgerichtet sind. Eines seiner ausgerichteten Ziele hierher ziehen, um seine Ausrichtung aufzuheben.</translation>
    </message>
    <message>
        <source>Part of %1</source>
        <translation>Teil von %1</translation>
    </message>
    <message>
        <source>no key results</source>
        <translation>keine Schlüsselergebnisse</translation>
    </message>
    <message numerus="yes">
        <source>%1
The mean of the %n objective(s) below. With its aligned objectives the team stands at %2.</source>
        <translation>
            <numerusform>%1
Der Mittelwert des %n Ziels darunter. Mit seinen ausgerichteten Zielen steht das Team bei %2.</numerusform>
            <numerusform>%1
Der Mittelwert der %n Ziele darunter. Mit seinen ausgerichteten Zielen steht das Team bei %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Committed objective</source>
        <translation>Verbindliches Ziel</translation>
    </message>
    <message>
        <source>Aspirational objective</source>
        <translation>Ambitioniertes Ziel</translation>
    </message>
    <message>
        <source>Team: %1</source>
        <translation>Team: %1</translation>
    </message>
    <message>
        <source>Neither key results nor aligned objectives: add some to measure this objective.</source>
        <translation>Weder Schlüsselergebnisse noch ausgerichtete Ziele: welche hinzufügen, um dieses Ziel zu messen.</translation>
    </message>
    <message>
        <source>Graded %1 at the review (committed: 1.0 is a success)</source>
        <translation>Im Review mit %1 bewertet (verbindlich: 1,0 ist ein Erfolg)</translation>
    </message>
    <message>
        <source>Graded %1 at the review (aspirational: about 0.7 is a success)</source>
        <translation>Im Review mit %1 bewertet (ambitioniert: etwa 0,7 ist ein Erfolg)</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>Verantwortlich: %1</translation>
    </message>
    <message>
        <source>Now %1, from %2 to %3</source>
        <translation>Jetzt %1, von %2 auf %3</translation>
    </message>
    <message>
        <source>No value checked in yet: counted at the start value, %1.</source>
        <translation>Noch kein Wert eingecheckt: zählt mit dem Startwert, %1.</translation>
    </message>
    <message>
        <source>Initiative, due %1</source>
        <translation>Initiative, fällig am %1</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>Initiative</translation>
    </message>
    <message>
        <source>%1, due %2</source>
        <translation>%1, fällig am %2</translation>
    </message>
</context>
<context>
    <name>ValueFormat</name>
    <message>
        <source>%1 %2</source>
        <comment>a value and its unit: 40 %, 12 users</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <comment>date pattern of QLocale::toString: 3 Dec 2026</comment>
        <translation>d. MMM yyyy</translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>date pattern of QLocale::toString: 3 Dec</comment>
        <translation>d. MMM</translation>
    </message>
    <message>
        <source>d MMM yyyy HH:mm</source>
        <comment>date and time pattern of QLocale::toString: 3 Dec 2026 18:40</comment>
        <translation>d. MMM yyyy, HH:mm</translation>
    </message>
</context>
<context>
    <name>ValueParser</name>
    <message>
        <source>Type a number.</source>
        <translation>Eine Zahl eingeben.</translation>
    </message>
    <message>
        <source>“%1” is not a number: write it like %2 (“%3” before the decimals).</source>
        <translation>„%1“ ist keine Zahl: so schreiben wie %2 („%3“ vor den Nachkommastellen).</translation>
    </message>
</context>
<context>
    <name>WeekChangesModel</name>
    <message>
        <source>What changed</source>
        <translation>Was sich geändert hat</translation>
    </message>
    <message>
        <source>The key result, the problem written or the check-in missed</source>
        <translation>Das Schlüsselergebnis, das geschriebene Problem oder der versäumte Check-in</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Auf</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>How far a value moved against the progress its pace expected over these weeks, whether a confidence is better or worse, who wrote a problem</source>
        <translation>Wie weit sich ein Wert gegenüber dem vom Tempo in diesen Wochen erwarteten Fortschritt bewegt hat, ob eine Zuversicht besser oder schlechter ist, wer ein Problem geschrieben hat</translation>
    </message>
    <message numerus="yes">
        <source>Moved: %n key result(s)</source>
        <translation>
            <numerusform>Bewegt: %n Schlüsselergebnis</numerusform>
            <numerusform>Bewegt: %n Schlüsselergebnisse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Confidence changed: %n key result(s)</source>
        <translation>
            <numerusform>Zuversicht geändert: %n Schlüsselergebnis</numerusform>
            <numerusform>Zuversicht geändert: %n Schlüsselergebnisse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>New problems: %n</source>
        <translation>
            <numerusform>Neue Probleme: %n</numerusform>
            <numerusform>Neue Probleme: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Missing check-in for %1: %n team(s)</source>
        <translation>
            <numerusform>Check-in fehlt für %1: %n Team</numerusform>
            <numerusform>Check-in fehlt für %1: %n Teams</numerusform>
        </translation>
    </message>
    <message>
        <source>target kept</source>
        <translation>Zielwert gehalten</translation>
    </message>
    <message>
        <source>target missed</source>
        <translation>Zielwert verfehlt</translation>
    </message>
    <message>
        <source>%1 (%2) moved from %3 to %4: %5</source>
        <translation>%1 (%2) von %3 auf %4 bewegt: %5</translation>
    </message>
    <message>
        <source>its target is kept</source>
        <translation>sein Zielwert ist gehalten</translation>
    </message>
    <message>
        <source>its target is missed</source>
        <translation>sein Zielwert ist verfehlt</translation>
    </message>
    <message>
        <source>%1 (%2 expected)</source>
        <translation>%1 (%2 erwartet)</translation>
    </message>
    <message>
        <source>%1 (%2) moved from %3 to %4: %5 progress, where its pace expected %6 over these weeks</source>
        <translation>%1 (%2) von %3 auf %4 bewegt: %5 Fortschritt, wo sein Tempo in diesen Wochen %6 erwartete</translation>
    </message>
    <message>
        <source>better</source>
        <translation>besser</translation>
    </message>
    <message>
        <source>worse</source>
        <translation>schlechter</translation>
    </message>
    <message>
        <source>%1 (%2): the team&apos;s confidence went from %3 to %4, %5</source>
        <translation>%1 (%2): Die Zuversicht des Teams ging von %3 auf %4, %5</translation>
    </message>
    <message>
        <source>W%1</source>
        <translation>KW%1</translation>
    </message>
    <message>
        <source>by %1, W%2</source>
        <translation>von %1, KW%2</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <source>by %1 in %2</source>
        <translation>von %1 in %2</translation>
    </message>
    <message>
        <source>A new problem of %1, written %2: %3</source>
        <translation>Ein neues Problem von %1, geschrieben %2: %3</translation>
    </message>
    <message>
        <source>No check-in for week %1</source>
        <translation>Kein Check-in für Woche %1</translation>
    </message>
    <message>
        <source>%1 has no check-in for week %2</source>
        <translation>%1 hat keinen Check-in für Woche %2</translation>
    </message>
</context>
<context>
    <name>WeekChangesRangeChooser</name>
    <message>
        <source>W%1 (%2)</source>
        <translation>KW%1 (%2)</translation>
    </message>
    <message>
        <source>Changes after the end of this week: the week before the first one to list</source>
        <translation>Änderungen nach dem Ende dieser Woche: die Woche vor der ersten aufzulistenden</translation>
    </message>
    <message>
        <source>The last week to list, its check-ins included</source>
        <translation>Die letzte aufzulistende Woche, einschließlich ihrer Check-ins</translation>
    </message>
    <message>
        <source>Changes &amp;after week</source>
        <translation>Änderungen &amp;nach Woche</translation>
    </message>
    <message>
        <source>u&amp;p to</source>
        <translation>&amp;bis</translation>
    </message>
    <message>
        <source>the cycle&apos;s start</source>
        <translation>Start des Zyklus</translation>
    </message>
</context>
<context>
    <name>WeekChangesView</name>
    <message>
        <source>Changes over the chosen weeks</source>
        <translation>Änderungen in den gewählten Wochen</translation>
    </message>
    <message>
        <source>Cannot read the check-ins of these weeks: %1</source>
        <translation>Die Check-ins dieser Wochen können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No cycle shown</source>
        <translation>Kein Zyklus angezeigt</translation>
    </message>
    <message>
        <source>No check-in week of %1 has begun yet</source>
        <translation>Noch keine Check-in-Woche von %1 hat begonnen</translation>
    </message>
    <message>
        <source>No changes in week %1</source>
        <translation>Keine Änderungen in Woche %1</translation>
    </message>
    <message>
        <source>No changes in weeks %1 to %2</source>
        <translation>Keine Änderungen in den Wochen %1 bis %2</translation>
    </message>
</context>
<context>
    <name>WindowApplication</name>
    <message>
        <source>Cannot Read Document</source>
        <translation>Dokument kann nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Cannot Start</source>
        <translation>Start nicht möglich</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet …</translation>
    </message>
</context>
</TS>
