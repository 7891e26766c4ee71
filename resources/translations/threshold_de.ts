<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name></name>
    <message>
        <location filename="../../app/records/imports.py" line="+36"/>
        <source>Day One</source>
        <translation>Day One</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>jrnl</source>
        <translation>jrnl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a Markdown folder</source>
        <translation>einem Markdown-Ordner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a Threshold archive</source>
        <translation>einem Threshold-Archiv</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="+124"/>
        <source>&amp;New Entry</source>
        <translation>&amp;Neuer Eintrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evening &amp;Check-in…</source>
        <translation>Abend-&amp;Check-in…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remind Me Why</source>
        <translation>Erinne&amp;re mich daran, warum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the &amp;Listed Entries…</source>
        <translation>An&amp;gezeigte Einträge exportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;Everything…</source>
        <translation>A&amp;lles exportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact &amp;Log…</source>
        <translation>&amp;Kontaktprotokoll…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inci&amp;dent Record</source>
        <translation>&amp;Vorfallsprotokoll</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pa&amp;tterns</source>
        <translation>&amp;Muster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Search</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Next Entry</source>
        <translation>&amp;Nächster Eintrag</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Previous Entry</source>
        <translation>Vor&amp;heriger Eintrag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move to &amp;Trash</source>
        <translation>In den &amp;Papierkorb legen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Preview</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Attach…</source>
        <translation>&amp;Anhängen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Earlier &amp;Versions…</source>
        <translation>Frühere &amp;Fassungen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link What &amp;Happened Next…</source>
        <translation>Verknüpfen, was danach &amp;geschah…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show T&amp;rash…</source>
        <translation>Papierkorb an&amp;zeigen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Lock</source>
        <translation>&amp;Sperren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Hide Now</source>
        <translation>Jetzt &amp;ausblenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Ausschneiden</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/ui/record/receipt.py" line="+84"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select &amp;All</source>
        <translation>Alles &amp;markieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If You Are in &amp;Danger Now…</source>
        <translation>Wenn du gerade in &amp;Gefahr bist…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Threshold</source>
        <translation>Ü&amp;ber Threshold</translation>
    </message>
    <message>
        <location filename="../../app/incidents/report_words.py" line="+30"/>
        <location filename="../../app/ui/doubt/contact_log_model.py" line="+42"/>
        <source>A call</source>
        <translation>Ein Anruf</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/ui/doubt/contact_log_model.py" line="+1"/>
        <source>A message</source>
        <translation>Eine Nachricht</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/ui/doubt/contact_log_model.py" line="+1"/>
        <source>A visit</source>
        <translation>Ein Besuch</translation>
    </message>
    <message>
        <location line="-13"/>
        <location filename="../../app/ui/doubt/contact_log_model.py" line="+1"/>
        <location filename="../../app/ui/record/labels.py" line="+17"/>
        <source>Through someone else</source>
        <translation>Über eine andere Person</translation>
    </message>
    <message>
        <location filename="../../app/ui/doubt/contact_log_model.py" line="+1"/>
        <location filename="../../app/ui/record/labels.py" line="+8"/>
        <source>Something else</source>
        <translation>Etwas anderes</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../../app/ui/widgets/rows.py" line="+72"/>
        <source>{day}, {time}</source>
        <translation>{day}, {time}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../app/ui/patterns/words.py" line="+70"/>
        <location filename="../../app/ui/translation.py" line="+75"/>
        <source>{month} {year}</source>
        <translation>{month} {year}</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>linked to an entry</source>
        <translation>mit einem Eintrag verknüpft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>changed; first words kept</source>
        <translation>geändert; die erste Fassung bleibt erhalten</translation>
    </message>
    <message>
        <location filename="../../app/ui/doubt/contact_log_parts.py" line="+107"/>
        <source>&amp;Record a contact…</source>
        <translation>Einen Kontakt &amp;festhalten…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record a contact</source>
        <translation>Einen Kontakt festhalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit the selected record</source>
        <translation>Die ausgewählte Aufzeichnung bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open linked entry</source>
        <translation>&amp;Verknüpften Eintrag öffnen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open the linked entry</source>
        <translation>Den verknüpften Eintrag öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Move to trash</source>
        <translation>&amp;In den Papierkorb legen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move the selected record to trash</source>
        <translation>Die ausgewählte Aufzeichnung in den Papierkorb legen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;store</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../app/ui/record/page.py" line="+324"/>
        <source>Restore the selected record</source>
        <translation>Die ausgewählte Aufzeichnung wiederherstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/ui/record/page.py" line="+1"/>
        <source>&amp;Delete for good…</source>
        <translation>Endgültig &amp;löschen…</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../app/ui/record/page.py" line="+0"/>
        <source>Delete the record for good</source>
        <translation>Die Aufzeichnung endgültig löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close the contact log</source>
        <translation>Das Kontaktprotokoll schließen</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>&amp;Trash</source>
        <translation>&amp;Papierkorb</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the records in the trash</source>
        <translation>Die Aufzeichnungen im Papierkorb zeigen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Trash</source>
        <translation>Papierkorb</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The last 18 months</source>
        <translation>Die letzten 18 Monate</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Search the log</source>
        <translation>Im Protokoll suchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the contact log</source>
        <translation>Im Kontaktprotokoll suchen</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+3"/>
        <location filename="../../app/ui/record/page_parts.py" line="+24"/>
        <location line="+7"/>
        <source>Delete for good</source>
        <translation>Endgültig löschen</translation>
    </message>
    <message>
        <location line="-2"/>
        <location filename="../../app/ui/record/page_parts.py" line="-6"/>
        <source>Delete this record for good?</source>
        <translation>Diese Aufzeichnung endgültig löschen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This can&apos;t be undone. If you might want it later, it can stay in the trash.</source>
        <translation>Das lässt sich nicht rückgängig machen. Falls du sie später vielleicht noch brauchst, kann sie im Papierkorb bleiben.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The linked entry is no longer in your journal. This record is safe.</source>
        <translation>Der verknüpfte Eintrag ist nicht mehr in deinem Tagebuch. Diese Aufzeichnung bleibt erhalten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The linked entry is in the journal&apos;s trash. Restore it there to open it.</source>
        <translation>Der verknüpfte Eintrag liegt im Papierkorb des Tagebuchs. Wenn du ihn dort wiederherstellst, kannst du ihn öffnen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/dialog.py" line="+61"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTML (one file)</source>
        <translation>HTML (eine Datei)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plain text</source>
        <translation>Reiner Text</translation>
    </message>
    <message>
        <location filename="../../app/ui/menus.py" line="+58"/>
        <source>&amp;Journal</source>
        <translation>&amp;Tagebuch</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>En&amp;try</source>
        <translation>&amp;Eintrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Main</source>
        <translation>Hauptleiste</translation>
    </message>
    <message>
        <location filename="../../app/export/summary.py" line="+189"/>
        <location filename="../../app/ui/patterns/charts.py" line="+62"/>
        <source>Mood and energy by week</source>
        <translation>Stimmung und Energie nach Wochen</translation>
    </message>
    <message>
        <location filename="../../app/ui/patterns/charts.py" line="+111"/>
        <source>The Left and Right arrow keys move from week to week.</source>
        <translation>Mit den Pfeiltasten nach links und rechts gehst du von Woche zu Woche.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../app/ui/patterns/words.py" line="-16"/>
        <source>Nothing written in this period.</source>
        <translation>In diesem Zeitraum wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+29"/>
        <source>Nothing named in this period.</source>
        <translation>In diesem Zeitraum wurde nichts genannt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/patterns/page.py" line="+65"/>
        <source>Feelings named</source>
        <translation>Benannte Gefühle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What pulled at you</source>
        <translation>Was dich belastet hat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Themes written about</source>
        <translation>Themen, über die du geschrieben hast</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+14"/>
        <source>Patterns</source>
        <translation>Muster</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>What your own entries show over time, with the counts behind every number. Nothing here is a score.</source>
        <translation>Was deine eigenen Einträge im Lauf der Zeit zeigen, und bei jeder Zahl siehst du, worauf sie beruht. Hier wird nichts bewertet.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Mood and energy</source>
        <translation>&amp;Stimmung und Energie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Words</source>
        <translation>&amp;Wörter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;After contact</source>
        <translation>&amp;Nach einem Kontakt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What happened &amp;next</source>
        <translation>Was &amp;danach geschah</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../app/ui/record/page.py" line="+4"/>
        <source>&amp;Back to the journal</source>
        <translation>&amp;Zurück zum Tagebuch</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../app/ui/record/page.py" line="+0"/>
        <source>Back to the journal</source>
        <translation>Zurück zum Tagebuch</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Choose a week, with the arrow keys or a click, to see its numbers here.</source>
        <translation>Wenn du mit den Pfeiltasten oder per Klick eine Woche wählst, siehst du hier ihre Zahlen.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Mood and energy, as a table</source>
        <translation>Stimmung und Energie, als Tabelle</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{list}, as a table</source>
        <translation>{list}, als Tabelle</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>After contact, as a table</source>
        <translation>Nach einem Kontakt, als Tabelle</translation>
    </message>
    <message>
        <location filename="../../app/ui/patterns/period.py" line="+28"/>
        <source>The last month</source>
        <translation>Der letzte Monat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The last 3 months</source>
        <translation>Die letzten 3 Monate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The last 6 months</source>
        <translation>Die letzten 6 Monate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The last year</source>
        <translation>Das letzte Jahr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <location filename="../../app/pdf_export/pattern_charts.py" line="+84"/>
        <location filename="../../app/ui/journal/entry_details.py" line="+121"/>
        <location filename="../../app/ui/patterns/period.py" line="+13"/>
        <location filename="../../app/ui/patterns/words.py" line="+3"/>
        <location filename="../../app/ui/record/form_parts.py" line="+43"/>
        <location filename="../../app/ui/record/report_dialog.py" line="+90"/>
        <location filename="../../app/ui/settings/remind_tab.py" line="+64"/>
        <location filename="../../app/ui/translation.py" line="-1"/>
        <location filename="../../app/ui/widgets/rows.py" line="-6"/>
        <source>d MMM yyyy</source>
        <extracomment>A Qt date format: d = day, MMM = short month name, yyyy = year.</extracomment>
        <translation>d. MMM yyyy</translation>
    </message>
    <message>
        <location filename="../../app/ui/patterns/period.py" line="+45"/>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dates I choose</source>
        <translation>Eigener Zeitraum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>&amp;Period</source>
        <translation>Zeit&amp;raum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;From</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;o</source>
        <translation>B&amp;is</translation>
    </message>
    <message>
        <location filename="../../app/export/summary.py" line="-132"/>
        <source>In my own words</source>
        <translation>In meinen eigenen Worten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>contact attempts</source>
        <translation>Kontaktversuche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>through someone else</source>
        <translation>über eine andere Person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>verbal</source>
        <translation>verbal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>threats</source>
        <translation>Drohungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>physical</source>
        <translation>körperlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stalking or monitoring</source>
        <translation>Stalking oder Überwachung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>financial</source>
        <translation>finanziell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>about the children</source>
        <translation>die Kinder betreffend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>breaches of an order</source>
        <translation>Verstöße gegen eine gerichtliche Anordnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>other</source>
        <translation>etwas anderes</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>A summary of these months</source>
        <translation>Eine Übersicht über diese Monate</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A summary of these weeks</source>
        <translation>Eine Übersicht über diese Wochen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The figures count every entry of these days; this page quotes none of them.</source>
        <translation>Die Zahlen beziehen alle Einträge dieser Tage ein; diese Seite zitiert keinen davon.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mood and energy by month</source>
        <translation>Stimmung und Energie nach Monaten</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Contacts and incidents</source>
        <translation>Kontakte und Vorfälle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>After contact</source>
        <translation>Nach einem Kontakt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Themes I wrote about</source>
        <translation>Themen, über die ich geschrieben habe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What pulled at me</source>
        <translation>Was mich belastet hat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feelings I named</source>
        <translation>Gefühle, die ich benannt habe</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Each week&apos;s average, with how many entries gave one in brackets; a week without one is a gap in the chart and a dash in the table.</source>
        <translation>Der Durchschnitt jeder Woche, in Klammern, wie viele Einträge einen Wert angegeben haben; eine Woche ohne Wert ist eine Lücke im Diagramm und ein Strich in der Tabelle.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Each month&apos;s average, with how many entries gave one in brackets; a month without one is a gap in the chart and a dash in the table.</source>
        <translation>Der Durchschnitt jedes Monats, in Klammern, wie viele Einträge einen Wert angegeben haben; ein Monat ohne Wert ist eine Lücke im Diagramm und ein Strich in der Tabelle.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>From {since} to {until} ({weeks}).</source>
        <translation>Vom {since} bis zum {until} ({weeks}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} week</source>
        <translation>{count} Woche</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{count} weeks</source>
        <translation>{count} Wochen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing was written in this period.</source>
        <translation>In diesem Zeitraum wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} entry written in this period.</source>
        <translation>In diesem Zeitraum wurde {count} Eintrag geschrieben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} entries written in this period.</source>
        <translation>In diesem Zeitraum wurden {count} Einträge geschrieben.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{count} of them are marked heavy: counted here, never quoted.</source>
        <translation>{count} davon sind als schwer markiert: Sie werden hier mitgezählt, aber nie zitiert.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No contacts or incidents were recorded in this period.</source>
        <translation>In diesem Zeitraum wurden keine Kontakte oder Vorfälle festgehalten.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{count} record in this period, by kind (a record can be of several): {kinds}.</source>
        <translation>{count} Aufzeichnung in diesem Zeitraum, nach Art (eine Aufzeichnung kann mehrere Arten haben): {kinds}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} records in this period, by kind (a record can be of several): {kinds}.</source>
        <translation>{count} Aufzeichnungen in diesem Zeitraum, nach Art (eine Aufzeichnung kann mehrere Arten haben): {kinds}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{count} contact or incident</source>
        <translation>{count} Kontakt oder Vorfall</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} contacts or incidents</source>
        <translation>{count} Kontakte oder Vorfälle</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There isn&apos;t enough here to compare the days after contact with other days. A comparison needs at least {contacts} contacts or incidents and {entries} entries with a mood on each side. These dates hold {held}, {after} with a mood in the {days} days after them and {other} on other days.</source>
        <translation>Hier ist noch zu wenig da, um die Tage nach einem Kontakt mit anderen Tagen zu vergleichen. Für einen Vergleich braucht es mindestens {contacts} Kontakte oder Vorfälle und auf jeder Seite {entries} Einträge mit Stimmung. In diesem Zeitraum gibt es {held}, {after} mit Stimmung in den {days} Tagen danach und {other} an anderen Tagen.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>After {count} contact or incident, the next {days} days averaged a mood of {after_mood} of 5 ({after} with a mood). Other days averaged {other_mood} ({other} with a mood).</source>
        <translation>Nach {count} Kontakt oder Vorfall lag die Stimmung in den {days} Tagen danach im Durchschnitt bei {after_mood} von 5 ({after} mit Stimmung). An anderen Tagen lag sie im Durchschnitt bei {other_mood} ({other} mit Stimmung).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>After {count} contacts or incidents, the next {days} days averaged a mood of {after_mood} of 5 ({after} with a mood). Other days averaged {other_mood} ({other} with a mood).</source>
        <translation>Nach {count} Kontakten oder Vorfällen lag die Stimmung in den {days} Tagen danach im Durchschnitt bei {after_mood} von 5 ({after} mit Stimmung). An anderen Tagen lag sie im Durchschnitt bei {other_mood} ({other} mit Stimmung).</translation>
    </message>
    <message>
        <location line="+14"/>
        <location filename="../../app/ui/patterns/tables.py" line="+112"/>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../app/ui/patterns/tables.py" line="+0"/>
        <source>Week of</source>
        <translation>Woche vom</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/export/write.py" line="+87"/>
        <location filename="../../app/ui/patterns/tables.py" line="+1"/>
        <location line="+54"/>
        <source>Entries</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../app/pdf_export/pattern_charts.py" line="-8"/>
        <location filename="../../app/ui/patterns/tables.py" line="-53"/>
        <location filename="../../app/ui/patterns/words.py" line="-9"/>
        <source>Mood</source>
        <translation>Stimmung</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{count} entry</source>
        <translation>{count} Eintrag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{count} entries</source>
        <translation>{count} Einträge</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>None in this period.</source>
        <translation>In diesem Zeitraum nichts.</translation>
    </message>
    <message>
        <location filename="../../app/ui/patterns/tables.py" line="+1"/>
        <source>With a mood</source>
        <translation>Mit Stimmungsangabe</translation>
    </message>
    <message>
        <location filename="../../app/export/summary.py" line="-37"/>
        <location filename="../../app/pdf_export/pattern_charts.py" line="+1"/>
        <location filename="../../app/ui/patterns/tables.py" line="+1"/>
        <location filename="../../app/ui/patterns/words.py" line="+1"/>
        <source>Energy</source>
        <translation>Energie</translation>
    </message>
    <message>
        <location filename="../../app/ui/patterns/tables.py" line="+1"/>
        <source>With energy</source>
        <translation>Mit Energieangabe</translation>
    </message>
    <message>
        <location filename="../../app/export/summary.py" line="+1"/>
        <location filename="../../app/pdf_export/pattern_charts.py" line="+3"/>
        <location filename="../../app/ui/patterns/tables.py" line="+1"/>
        <location filename="../../app/ui/patterns/words.py" line="+3"/>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../app/pdf_export/pattern_charts.py" line="+1"/>
        <location filename="../../app/ui/patterns/tables.py" line="+1"/>
        <location filename="../../app/ui/patterns/words.py" line="+1"/>
        <source>Incidents</source>
        <translation>Vorfälle</translation>
    </message>
    <message>
        <location filename="../../app/ui/patterns/tables.py" line="+10"/>
        <location line="+54"/>
        <source>no mood recorded</source>
        <translation>keine Stimmung angegeben</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>no energy recorded</source>
        <translation>keine Energie angegeben</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{month}:</source>
        <translation>{month}:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Week of {day}:</source>
        <translation>Woche vom {day}:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No mood recorded.</source>
        <translation>Keine Stimmung angegeben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mood {mood} of 5.</source>
        <translation>Stimmung {mood} von 5.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Energy {energy} of 3.</source>
        <translation>Energie {energy} von 3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 contact.</source>
        <translation>1 Kontakt.</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n contacts.</source>
        <translation>
            <numerusform>%n Kontakt.</numerusform>
            <numerusform>%n Kontakte.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 incident.</source>
        <translation>1 Vorfall.</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n incidents.</source>
        <translation>
            <numerusform>%n Vorfall.</numerusform>
            <numerusform>%n Vorfälle.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Named</source>
        <translation>Genannt</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Average mood</source>
        <translation>Durchschnittliche Stimmung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Entries with a mood</source>
        <translation>Einträge mit Stimmung</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>not enough to compare</source>
        <translation>zu wenig für einen Vergleich</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+5"/>
        <source>The days after a contact or incident</source>
        <translation>Die Tage nach einem Kontakt oder Vorfall</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+8"/>
        <source>Other days</source>
        <translation>Andere Tage</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{month} (part of the month)</source>
        <translation>{month} (nur ein Teil des Monats)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{day} (part of the week)</source>
        <translation>{day} (nur ein Teil der Woche)</translation>
    </message>
    <message>
        <location filename="../../app/pdf_export/pattern_charts.py" line="-3"/>
        <location filename="../../app/ui/patterns/words.py" line="-3"/>
        <source>Mood, 1 low to 5 bright</source>
        <translation>Stimmung, 1 gedrückt bis 5 heiter</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/ui/patterns/words.py" line="+1"/>
        <source>Energy, 1 low to 3 high</source>
        <translation>Energie, 1 wenig bis 3 viel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing in this period.</source>
        <translation>Nichts in diesem Zeitraum.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/ui/patterns/words.py" line="+5"/>
        <source>d MMM</source>
        <extracomment>A Qt date format for a day and its short month name, no year: d = day, MMM = month.</extracomment>
        <translation>d. MMM</translation>
    </message>
    <message>
        <location filename="../../app/ui/patterns/words.py" line="+24"/>
        <source>1 entry</source>
        <translation>1 Eintrag</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing written between {since} and {until}.</source>
        <translation>Zwischen dem {since} und dem {until} wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{entries} between {since} and {until}.</source>
        <translation>{entries} zwischen dem {since} und dem {until}.</translation>
    </message>
    <message>
        <location filename="../../app/export/summary.py" line="-71"/>
        <location filename="../../app/ui/patterns/words.py" line="+4"/>
        <source>One of them is marked heavy: it is counted here, never quoted.</source>
        <translation>Einer davon ist als schwer markiert: Er wird hier mitgezählt, aber nie zitiert.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/patterns/words.py" line="+3"/>
        <source>%n of them are marked heavy: counted here, never quoted.</source>
        <translation>
            <numerusform>%n davon ist als schwer markiert: Er wird hier mitgezählt, aber nie zitiert.</numerusform>
            <numerusform>%n davon sind als schwer markiert: Sie werden hier mitgezählt, aber nie zitiert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There is nothing to show for these dates. As you write, and give an entry a mood or a feeling word, this page shows how your weeks have been, in your own numbers.</source>
        <translation>Für diesen Zeitraum gibt es nichts zu zeigen. Wenn du schreibst und einem Eintrag eine Stimmung oder ein Gefühlswort gibst, zeigt diese Seite, wie deine Wochen waren – in deinen eigenen Zahlen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>There isn&apos;t enough here to compare the days after contact with other days. A comparison needs at least {need_contacts} contacts or incidents and {need_entries} entries with a mood on each side. In these dates: contacts or incidents, {contacts}; entries with a mood in the {days} days after them, {after}; on other days, {other}.</source>
        <translation>Hier ist noch zu wenig da, um die Tage nach einem Kontakt mit anderen Tagen zu vergleichen. Für einen Vergleich braucht es mindestens {need_contacts} Kontakte oder Vorfälle und auf jeder Seite {need_entries} Einträge mit Stimmung. In diesem Zeitraum gab es {contacts} Kontakte oder Vorfälle, {after} Einträge mit Stimmung in den {days} Tagen danach und {other} an anderen Tagen.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>After {contacts} contacts or incidents, the next {days} days averaged a mood of {after_mood} of 5 ({after} entries with a mood). Other days averaged {other_mood} ({other} entries with a mood).</source>
        <translation>Nach {contacts} Kontakten oder Vorfällen lag die Stimmung in den {days} Tagen danach im Durchschnitt bei {after_mood} von 5 ({after} Einträge mit Stimmung). An anderen Tagen lag sie im Durchschnitt bei {other_mood} ({other} Einträge mit Stimmung).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Contacts and incidents come from your contact log and incident record. The {days} days after each one count as after it; every other day with a mood counts as another day. These are your own numbers, not a measure of you.</source>
        <translation>Kontakte und Vorfälle stammen aus deinem Kontaktprotokoll und deinem Vorfallsprotokoll. Die {days} Tage nach jedem davon zählen als „danach“; alle übrigen Tage mit Stimmung zählen als „andere Tage“. Das sind deine eigenen Zahlen, kein Maß für dich.</translation>
    </message>
    <message>
        <location filename="../../app/ui/record/details.py" line="+85"/>
        <source>{name} ({mime}, {size} bytes)</source>
        <translation>{name} ({mime}, {size} Bytes)</translation>
    </message>
    <message>
        <location filename="../../app/incidents/report_csv.py" line="+22"/>
        <source>Record</source>
        <translation>Aufzeichnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/incidents/report_html.py" line="+276"/>
        <location filename="../../app/ui/record/details.py" line="+24"/>
        <source>Happened</source>
        <translation>Geschehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Happened (time zone)</source>
        <translation>Geschehen (Zeitzone)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Happened (time is approximate)</source>
        <translation>Geschehen (Uhrzeit ungefähr)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded (UTC)</source>
        <translation>Aufgezeichnet (UTC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kinds</source>
        <translation>Arten</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Amendments</source>
        <translation>Nachträge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amendments (when, reason, what changed)</source>
        <translation>Nachträge (wann, Grund, was sich geändert hat)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence files (name, SHA-256)</source>
        <translation>Beweisdateien (Name, SHA-256)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record id</source>
        <translation>Aufzeichnungs-ID</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>about</source>
        <translation>ungefähr</translation>
    </message>
    <message>
        <location line="+26"/>
        <location filename="../../app/incidents/report_html.py" line="+37"/>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{label} was: {before}; now: {after}</source>
        <translation>{label}, vorher: {before}; jetzt: {after}</translation>
    </message>
    <message>
        <location filename="../../app/incidents/report_html.py" line="-266"/>
        <source>Incident report</source>
        <translation>Vorfallsbericht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Threshold cannot promise how a court, the police or anyone else will treat this report. It shows what was written down, when Threshold kept it, and every change made since, with its reason. It cannot show that the words are true, or that this computer&apos;s clock was right. A lawyer or an advocate can tell you how it may be used where you are.</source>
        <translation>Threshold kann nicht versprechen, wie ein Gericht, die Polizei oder sonst jemand diesen Bericht bewertet. Er zeigt, was aufgeschrieben wurde, wann Threshold es festgehalten hat, und jede Änderung seitdem, mit ihrem Grund. Er kann nicht zeigen, dass die Worte wahr sind oder dass die Uhr dieses Computers richtig ging. Eine Anwältin, ein Anwalt oder eine Beratungsstelle kann dir sagen, wie er dort, wo du bist, verwendet werden kann.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Every record and amendment is sealed by a link of a hash chain. If anything recorded up to the digest above were rewritten or cut away, the chain would no longer reach it: a copy of this digest kept apart from the computer lets anyone check that later (threshold incidents verify --receipt DIGEST).</source>
        <translation>Jede Aufzeichnung und jeder Nachtrag ist durch einen Schritt einer Hash-Kette versiegelt. Würde etwas, das bis zum Prüfwert oben festgehalten wurde, umgeschrieben oder entfernt, reichte die Kette nicht mehr bis dorthin: Mit einer Kopie dieses Prüfwerts, die getrennt vom Computer aufbewahrt wird, kann das später jede Person prüfen (threshold incidents verify --receipt DIGEST).</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Made {when}.</source>
        <translation>Erstellt am {when}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Period:&lt;/b&gt; {period}</source>
        <translation>&lt;b&gt;Zeitraum:&lt;/b&gt; {period}</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+64"/>
        <source>Records</source>
        <translation>Aufzeichnungen</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>How to read it</source>
        <translation>Hinweise zum Lesen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The record&apos;s chain</source>
        <translation>Die Kette des Protokolls</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What this report can and cannot show</source>
        <translation>Was dieser Bericht zeigen kann und was nicht</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>everything recorded</source>
        <translation>alles Festgehaltene</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>up to {last}</source>
        <translation>bis {last}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>from {first}</source>
        <translation>ab {first}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from {first} to {last}</source>
        <translation>von {first} bis {last}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Only records of these kinds: {kinds}.</source>
        <translation>Nur Aufzeichnungen dieser Arten: {kinds}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only records naming {who}</source>
        <translation>Nur Aufzeichnungen, die {who} nennen</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Checked when this report was made: it does not hold: {problem}.</source>
        <translation>Beim Erstellen dieses Berichts geprüft: Die Kette ist nicht intakt: {problem}.</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>Names are replaced: the people these records name appear by their initials, or by the pseudonym chosen.</source>
        <translation>Namen sind ersetzt: Die Personen, die in diesen Aufzeichnungen genannt werden, erscheinen mit ihren Initialen oder unter dem gewählten Pseudonym.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No records match this period and these choices.</source>
        <translation>Keine Aufzeichnung passt zu diesem Zeitraum und dieser Auswahl.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{count} record, oldest first, each on a page of its own. A record of several kinds counts under each.</source>
        <translation>{count} Aufzeichnung, auf einer eigenen Seite. Eine Aufzeichnung mehrerer Arten zählt bei jeder davon mit.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{count} records, oldest first, each on a page of its own. A record of several kinds counts under each.</source>
        <translation>{count} Aufzeichnungen, die älteste zuerst, jede auf einer eigenen Seite. Eine Aufzeichnung mehrerer Arten zählt bei jeder davon mit.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../app/incidents/report_words.py" line="+19"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pictures among the evidence are shown after each record&apos;s list, with their metadata (such as the camera and the place) left out of this copy.</source>
        <translation>Bilder unter den Beweisen werden nach der Liste jeder Aufzeichnung gezeigt; ihre Metadaten (etwa Kamera und Ort) sind in dieser Kopie weggelassen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Evidence files are listed, not shown.</source>
        <translation>Beweisdateien werden aufgelistet, aber nicht gezeigt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Each record gives two times: when it happened, as remembered, in the time zone where it happened (marked “about” when only roughly known), and when it was recorded, set by Threshold at the moment it was written down and never changed since.</source>
        <translation>Jede Aufzeichnung nennt zwei Zeitpunkte: wann es geschehen ist, so wie es erinnert wird, in der Zeitzone des Ortes, an dem es geschah (mit „ungefähr“ markiert, wenn die Zeit nur grob bekannt ist), und wann es aufgezeichnet wurde – von Threshold in dem Moment gesetzt, in dem es aufgeschrieben wurde, und seitdem nie geändert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A record reads as it does now. A record is never changed in place: each correction is an amendment, shown beneath it with when it was made, its reason, and what the field said before and after.</source>
        <translation>Eine Aufzeichnung steht hier so, wie sie jetzt lautet. Sie wird nie überschrieben: Jede Korrektur ist ein Nachtrag, der darunter steht, mit seinem Zeitpunkt, seinem Grund und dem, was vorher und nachher im Feld stand.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Words quoted exactly as they were said or written are set apart, indented and in italics.</source>
        <translation>Worte, die genau so zitiert sind, wie sie gesagt oder geschrieben wurden, stehen abgesetzt, eingerückt und kursiv.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Each evidence file is listed with its SHA-256 digest, taken when Threshold kept it: the same file, unaltered, gives the same digest.</source>
        <translation>Jede Beweisdatei steht mit ihrem SHA-256-Prüfwert da, berechnet, als Threshold sie aufgenommen hat: Dieselbe Datei ergibt unverändert denselben Prüfwert.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nothing is recorded yet, so the chain has no links.</source>
        <translation>Es ist noch nichts festgehalten, deshalb hat die Kette noch keine Schritte.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Checked when this report was made: it holds; nothing in the record was changed, added, trashed or deleted for good without its link.</source>
        <translation>Beim Erstellen dieses Berichts geprüft: Die Kette ist intakt; nichts im Protokoll wurde geändert, hinzugefügt, in den Papierkorb gelegt oder endgültig gelöscht, ohne dass es vermerkt ist.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Newest digest, as of {when}, {count} link:</source>
        <translation>Neuester Prüfwert, Stand {when}, {count} Schritt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Newest digest, as of {when}, {count} links:</source>
        <translation>Neuester Prüfwert, Stand {when}, {count} Schritte:</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Record {number} of {total}: {kinds}</source>
        <translation>Aufzeichnung {number} von {total}: {kinds}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Record id {id}</source>
        <translation>Aufzeichnungs-ID: {id}</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../../app/ui/record/details.py" line="+1"/>
        <source>Recorded</source>
        <translation>Aufgezeichnet</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>(No account was written.)</source>
        <translation>(Es wurde keine Schilderung geschrieben.)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Amendments ({count})</source>
        <translation>Nachträge ({count})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;Amendment {number}&lt;/b&gt;, recorded {when}.</source>
        <translation>&lt;b&gt;Nachtrag {number}&lt;/b&gt;, aufgezeichnet am {when}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason:</source>
        <translation>Grund:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{label} was:</source>
        <translation>{label}, vorher:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label} now:</source>
        <translation>{label}, jetzt:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No evidence files.</source>
        <translation>Keine Beweisdateien.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{number}. {name}: {kind}, {size} bytes</source>
        <translation>{number}. {name}: {kind}, {size} Bytes</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Evidence file {number}: {name}</source>
        <translation>Beweisdatei {number}: {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/record/details.py" line="+19"/>
        <source>As it reads now</source>
        <translation>Aktuelle Fassung</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+46"/>
        <source>The record</source>
        <translation>Die Aufzeichnung</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Amendments, oldest first</source>
        <translation>Nachträge, älteste zuerst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As first written</source>
        <translation>Ursprüngliche Fassung</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Amended {when}</source>
        <translation>Nachgetragen am {when}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reason: {reason}</source>
        <translation>Grund: {reason}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>A record</source>
        <translation>Eine Aufzeichnung</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Amend…</source>
        <translation>&amp;Nachtragen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amend this record</source>
        <translation>Zu dieser Aufzeichnung etwas nachtragen</translation>
    </message>
    <message>
        <location filename="../../app/ui/record/evidence.py" line="+36"/>
        <source>{name} ({mime}, {size} bytes), SHA-256 {digest}…</source>
        <translation>{name} ({mime}, {size} Bytes), SHA-256 {digest}…</translation>
    </message>
    <message>
        <location filename="../../app/incidents/report_words.py" line="+12"/>
        <location filename="../../app/ui/record/evidence.py" line="+20"/>
        <location filename="../../app/ui/record/form.py" line="+248"/>
        <location filename="../../app/ui/record/labels.py" line="+17"/>
        <source>Evidence files</source>
        <translation>Beweisdateien</translation>
    </message>
    <message>
        <location filename="../../app/ui/record/evidence.py" line="+5"/>
        <source>Attach f&amp;iles…</source>
        <translation>&amp;Dateien anhängen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+42"/>
        <source>Attach evidence files</source>
        <translation>Beweisdateien anhängen</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take the chosen new file off</source>
        <translation>Die gewählte neue Datei wieder herausnehmen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{name} wasn&apos;t added: {reason}</source>
        <translation>{name} wurde nicht hinzugefügt: {reason}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Pictures and PDFs (*.png *.jpg *.jpeg *.webp *.gif *.bmp *.pdf)</source>
        <translation>Bilder und PDFs (*.png *.jpg *.jpeg *.webp *.gif *.bmp *.pdf)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{line} (added when you save)</source>
        <translation>{line} (wird beim Speichern hinzugefügt)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Kept exactly as they are, each with its SHA-256, so a change would show.</source>
        <translation>Sie werden genau so aufbewahrt, wie sie sind, jede mit ihrem SHA-256-Wert, sodass jede Änderung sichtbar würde.</translation>
    </message>
    <message>
        <location filename="../../app/ui/record/form.py" line="-203"/>
        <source>Kept as it stood when the journal locked; no reason had been typed yet.</source>
        <translation>So aufbewahrt, wie es beim Sperren des Tagebuchs stand; ein Grund war noch nicht eingegeben.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Amend a record</source>
        <translation>Etwas zu einer Aufzeichnung nachtragen</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../app/ui/record/page.py" line="-9"/>
        <source>Add a record</source>
        <translation>Aufzeichnung hinzufügen</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Choose at least one kind of thing it was. Nothing was saved.</source>
        <translation>Bitte wähle mindestens eine Art, die zutrifft. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{reason} Your words are still here.</source>
        <translation>{reason} Deine Worte sind noch da.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Leave without saving?</source>
        <translation>Gehen, ohne zu speichern?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What you typed here isn&apos;t saved yet. If you leave now, it won&apos;t be kept. Would you like to go back to it?</source>
        <translation>Was du hier geschrieben hast, ist noch nicht gespeichert. Wenn du jetzt gehst, wird es nicht aufbewahrt. Möchtest du dorthin zurück?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Go &amp;back to it</source>
        <translation>&amp;Zurück dorthin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Leave without saving</source>
        <translation>&amp;Gehen, ohne zu speichern</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Why you are amending it</source>
        <translation>Warum du etwas nachträgst</translation>
    </message>
    <message>
        <location filename="../../app/incidents/report_csv.py" line="-70"/>
        <location filename="../../app/incidents/report_words.py" line="-10"/>
        <location filename="../../app/ui/record/form.py" line="+7"/>
        <location filename="../../app/ui/record/labels.py" line="-11"/>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <location filename="../../app/ui/record/form.py" line="+4"/>
        <source>Why it wasn&apos;t saved</source>
        <translation>Warum es nicht gespeichert wurde</translation>
    </message>
    <message>
        <location filename="../../app/incidents/report_csv.py" line="+1"/>
        <location filename="../../app/incidents/report_words.py" line="-1"/>
        <location filename="../../app/ui/record/form.py" line="+8"/>
        <location filename="../../app/ui/record/labels.py" line="+2"/>
        <source>What happened</source>
        <translation>Was passiert ist</translation>
    </message>
    <message>
        <location filename="../../app/ui/record/form.py" line="+0"/>
        <source>In your own words</source>
        <translation>In deinen eigenen Worten</translation>
    </message>
    <message>
        <location filename="../../app/incidents/report_csv.py" line="+1"/>
        <location filename="../../app/incidents/report_words.py" line="+3"/>
        <location filename="../../app/ui/record/form.py" line="+1"/>
        <location filename="../../app/ui/record/labels.py" line="+1"/>
        <source>Witnesses</source>
        <translation>Zeugen</translation>
    </message>
    <message>
        <location filename="../../app/ui/record/form.py" line="+0"/>
        <source>Who saw or heard it</source>
        <translation>Wer es gesehen oder gehört hat</translation>
    </message>
    <message>
        <location filename="../../app/incidents/report_csv.py" line="+1"/>
        <location filename="../../app/incidents/report_words.py" line="+1"/>
        <location filename="../../app/ui/record/form.py" line="+1"/>
        <location filename="../../app/ui/record/labels.py" line="+1"/>
        <source>Injuries or damage</source>
        <translation>Verletzungen oder Schäden</translation>
    </message>
    <message>
        <location filename="../../app/ui/record/form.py" line="+0"/>
        <source>Anything hurt or broken</source>
        <translation>Was verletzt oder beschädigt wurde</translation>
    </message>
    <message>
        <location filename="../../app/incidents/report_csv.py" line="+1"/>
        <location filename="../../app/incidents/report_words.py" line="+1"/>
        <location filename="../../app/ui/record/form.py" line="+2"/>
        <location filename="../../app/ui/record/labels.py" line="+1"/>
        <source>Reports made</source>
        <translation>Bisherige Meldungen</translation>
    </message>
    <message>
        <location filename="../../app/ui/record/form.py" line="+0"/>
        <source>A police reference, a doctor, an advocate</source>
        <translation>Ein Aktenzeichen der Polizei, eine Ärztin oder ein Arzt, eine Beratungsstelle</translation>
    </message>
    <message>
        <location filename="../../app/incidents/report_csv.py" line="+1"/>
        <location filename="../../app/incidents/report_words.py" line="+1"/>
        <location filename="../../app/ui/record/form.py" line="+6"/>
        <location filename="../../app/ui/record/labels.py" line="+1"/>
        <source>Evidence still to gather</source>
        <translation>Noch zu sichernde Beweise</translation>
    </message>
    <message>
        <location filename="../../app/ui/record/form.py" line="+0"/>
        <source>Messages to save, photos to take</source>
        <translation>Etwa Nachrichten sichern oder Fotos machen</translation>
    </message>
    <message>
        <location filename="../../app/incidents/report_csv.py" line="+1"/>
        <location filename="../../app/incidents/report_words.py" line="+1"/>
        <location filename="../../app/ui/record/form.py" line="+2"/>
        <location filename="../../app/ui/record/labels.py" line="+1"/>
        <source>How I felt</source>
        <translation>Wie ich mich gefühlt habe</translation>
    </message>
    <message>
        <location filename="../../app/ui/record/form.py" line="+0"/>
        <source>Whatever was there</source>
        <translation>Was auch immer da war</translation>
    </message>
    <message>
        <location filename="../../app/incidents/report_csv.py" line="+1"/>
        <location filename="../../app/incidents/report_words.py" line="+1"/>
        <location filename="../../app/ui/record/form.py" line="+1"/>
        <location filename="../../app/ui/record/labels.py" line="+1"/>
        <source>What I did</source>
        <translation>Was ich getan habe</translation>
    </message>
    <message>
        <location filename="../../app/ui/record/form.py" line="+0"/>
        <source>All of it counts</source>
        <translation>Alles zählt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save the amendment</source>
        <translation>Den Nachtrag speichern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the record</source>
        <translation>Die Aufzeichnung speichern</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../app/ui/widgets/confirm.py" line="+38"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;When it happened</source>
        <translation>&amp;Wann es passiert ist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What &amp;kind (one or more)</source>
        <translation>Welche &amp;Art (eine oder mehrere)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wh&amp;ere</source>
        <translation>W&amp;o</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wh&amp;o</source>
        <translation>We&amp;r</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What &amp;happened</source>
        <translation>Was &amp;passiert ist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wi&amp;tnesses</source>
        <translation>&amp;Zeugen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In&amp;juries or damage</source>
        <translation>&amp;Verletzungen oder Schäden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;ports made</source>
        <translation>Bisherige &amp;Meldungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;vidence still to gather</source>
        <translation>Noch zu sichernde &amp;Beweise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How I &amp;felt</source>
        <translation>Wie ich mich ge&amp;fühlt habe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What I &amp;did</source>
        <translation>Was ich ge&amp;tan habe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Reason for the amendment</source>
        <translation>&amp;Grund für den Nachtrag</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Lines you start with &quot;&gt; &quot; are kept as exact quotes.</source>
        <translation>Zeilen, die du mit &quot;&gt; &quot; beginnst, werden als wörtliche Zitate aufbewahrt.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>When you save, Threshold notes the time it was recorded; it can&apos;t be changed.</source>
        <translation>Beim Speichern hält Threshold fest, wann es aufgezeichnet wurde; das lässt sich nicht mehr ändern.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recorded {when}. Nothing is changed in place: your amendment is kept beneath the original, with its reason and its time.</source>
        <translation>Aufgezeichnet am {when}. Nichts wird überschrieben: Dein Nachtrag wird unter dem Original aufbewahrt, mit seinem Grund und seinem Zeitpunkt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/record/form_parts.py" line="+1"/>
        <source>The day it happened</source>
        <translation>Der Tag, an dem es geschah</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The time it happened</source>
        <translation>Die Uhrzeit, zu der es geschah</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About then</source>
        <translation>&amp;Ungefähr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The time is remembered roughly</source>
        <translation>Die Uhrzeit ist nur ungefähr in Erinnerung</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This computer&apos;s time</source>
        <translation>Zeit dieses Computers</translation>
    </message>
    <message>
        <location line="+16"/>
        <location filename="../../app/ui/record/labels.py" line="-9"/>
        <source>What kind</source>
        <translation>Welche Art</translation>
    </message>
    <message>
        <location filename="../../app/incidents/report_words.py" line="-29"/>
        <location filename="../../app/ui/record/labels.py" line="-14"/>
        <source>A contact attempt</source>
        <translation>Ein Kontaktversuch</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../app/ui/record/labels.py" line="+2"/>
        <source>Verbal</source>
        <translation>Verbal</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/ui/record/labels.py" line="+1"/>
        <source>A threat</source>
        <translation>Eine Drohung</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/ui/record/labels.py" line="+1"/>
        <source>Physical</source>
        <translation>Körperlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/ui/record/labels.py" line="+1"/>
        <source>Stalking or monitoring</source>
        <translation>Stalking oder Überwachung</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/ui/record/labels.py" line="+1"/>
        <source>Financial</source>
        <translation>Finanziell</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/ui/record/labels.py" line="+1"/>
        <source>About the children</source>
        <translation>Betrifft die Kinder</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/ui/record/labels.py" line="+1"/>
        <source>A breach of an order</source>
        <translation>Ein Verstoß gegen eine gerichtliche Anordnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Etwas anderes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Through others</source>
        <translation>Über eine andere Person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another way</source>
        <translation>Auf anderem Weg</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../app/ui/record/labels.py" line="+5"/>
        <location filename="../../app/ui/record/report_dialog.py" line="+118"/>
        <source>When it happened</source>
        <translation>Wann es passiert ist</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Journal entry</source>
        <translation>Tagebucheintrag</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>PNG picture</source>
        <translation>PNG-Bild</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JPEG picture</source>
        <translation>JPEG-Bild</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WebP picture</source>
        <translation>WebP-Bild</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GIF picture</source>
        <translation>GIF-Bild</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BMP picture</source>
        <translation>BMP-Bild</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF document</source>
        <translation>PDF-Dokument</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{day}, about {time}, {zone}</source>
        <extracomment>When it happened, only roughly known: &quot;Sunday, 3 May 2026, about 21:10, Europe/Berlin&quot;.</extracomment>
        <translation>{day}, ungefähr {time}, {zone}</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../../app/incidents/report_csv.py" line="-8"/>
        <location filename="../../app/incidents/report_words.py" line="-80"/>
        <location filename="../../app/ui/record/labels.py" line="+3"/>
        <location filename="../../app/ui/record/report_dialog.py" line="+2"/>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location line="-1"/>
        <location filename="../../app/incidents/report_words.py" line="+7"/>
        <location filename="../../app/ui/record/labels.py" line="+8"/>
        <source>How they reached out</source>
        <translation>Auf welchem Weg</translation>
    </message>
    <message>
        <location filename="../../app/ui/record/labels.py" line="+1"/>
        <source>A journal entry</source>
        <translation>Ein Tagebucheintrag</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>about {when}</source>
        <translation>ungefähr {when}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{when} ({zone})</source>
        <translation>{when} ({zone})</translation>
    </message>
    <message>
        <location filename="../../app/ui/record/model.py" line="+124"/>
        <location line="+11"/>
        <source>amended</source>
        <translation>mit Nachtrag</translation>
    </message>
    <message>
        <location filename="../../app/ui/record/page.py" line="-244"/>
        <source>Your records</source>
        <translation>Deine Aufzeichnungen</translation>
    </message>
    <message>
        <location line="+214"/>
        <source>The trash is empty.</source>
        <translation>Der Papierkorb ist leer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No record matches what you chose to show.</source>
        <translation>Keine Aufzeichnung passt zu dem, was du anzeigen lassen möchtest.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing recorded yet. When something happens, you can write it down here, as close to the time as you can. A few words are enough.</source>
        <translation>Noch nichts aufgezeichnet. Wenn etwas passiert, kannst du es hier festhalten, so zeitnah, wie es dir möglich ist. Ein paar Worte reichen.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Add a record…</source>
        <translation>A&amp;ufzeichnung hinzufügen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open the selected record</source>
        <translation>Die gewählte Aufzeichnung öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;mend…</source>
        <translation>&amp;Nachtragen…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amend the selected record</source>
        <translation>Zur gewählten Aufzeichnung etwas nachtragen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move to tra&amp;sh</source>
        <translation>In den Papier&amp;korb legen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move the selected record to the trash</source>
        <translation>Die gewählte Aufzeichnung in den Papierkorb legen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print a rece&amp;ipt…</source>
        <translation>Beleg &amp;drucken…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Print a receipt</source>
        <translation>Einen Beleg drucken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;port…</source>
        <translation>Ber&amp;icht…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A report for someone helping</source>
        <translation>Ein Bericht für jemanden, der dich unterstützt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Check the record</source>
        <translation>Protokoll &amp;prüfen</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../app/ui/record/receipt.py" line="+47"/>
        <source>Check the record</source>
        <translation>Das Protokoll prüfen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Look in the trash</source>
        <translation>Im Papierkorb nach&amp;sehen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the records of</source>
        <translation>Aufzeichnungen zeigen für</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the records of the kind</source>
        <translation>Aufzeichnungen dieser Art zeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every kind</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What couldn&apos;t be done</source>
        <translation>Was nicht möglich war</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Incident record</source>
        <translation>Vorfallsprotokoll</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Each record keeps when it happened and, apart, when you wrote it down. A correction is added beneath the original; nothing is written over.</source>
        <translation>Jede Aufzeichnung hält fest, wann es geschah, und getrennt davon, wann du es aufgeschrieben hast. Eine Korrektur wird unter dem Original angefügt; nichts wird überschrieben.</translation>
    </message>
    <message>
        <location filename="../../app/ui/record/page_parts.py" line="+2"/>
        <source>This can&apos;t be undone. Its words, amendments and files go; one line stays in the record&apos;s chain saying that a record was removed, and when. If you might want it later, it can stay in the trash.</source>
        <translation>Das lässt sich nicht rückgängig machen. Die Worte der Aufzeichnung, ihre Nachträge und Dateien verschwinden; in der Kette des Protokolls bleibt eine Zeile, die festhält, dass eine Aufzeichnung entfernt wurde, und wann. Falls du sie später vielleicht noch brauchst, kann sie im Papierkorb bleiben.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location filename="../../app/ui/record/report_dialog.py" line="-113"/>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Who</source>
        <translation>We&amp;r</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Kind</source>
        <translation>Art des &amp;Vorfalls</translation>
    </message>
    <message>
        <location filename="../../app/ui/record/receipt.py" line="-99"/>
        <source>Keep this line somewhere apart from this computer (on paper, or with someone you trust). Later, checking the record against it shows whether everything recorded up to now is still there as it was: any rewrite of an earlier record, or one cut away, would no longer reach this line. Records added after it don&apos;t change that.</source>
        <translation>Bewahre diese Zeile am besten getrennt von diesem Computer auf (auf Papier oder bei jemandem, dem du vertraust). Wenn du das Protokoll später damit abgleichst, zeigt sich, ob alles, was bis jetzt festgehalten ist, noch so da ist, wie es war: Würde eine frühere Aufzeichnung umgeschrieben oder entfernt, passte diese Zeile nicht mehr zum Protokoll. Aufzeichnungen, die danach hinzukommen, ändern daran nichts.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>It can&apos;t show that the words are true, or when they were first written if this computer&apos;s clock was wrong. Someone with your journal&apos;s key could rewrite it all and make a new chain; a receipt kept elsewhere would then no longer match.</source>
        <translation>Er kann nicht zeigen, dass die Worte wahr sind, und auch nicht, wann sie zuerst geschrieben wurden, falls die Uhr dieses Computers falsch ging. Wer den Schlüssel deines Tagebuchs hat, könnte alles umschreiben und eine neue Kette bilden; ein anderswo aufbewahrter Beleg würde dann nicht mehr passen.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Threshold incident record, {links} links, as of {at}:
{digest}</source>
        <translation>Threshold-Vorfallsprotokoll, {links} Schritte, Stand {at}:
{digest}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The record holds: {links} links, and nothing in it was changed, added, moved to the trash or deleted for good without its link. The newest records could still be cut away together with their links; a receipt kept elsewhere would show that.</source>
        <translation>Das Protokoll ist in Ordnung: Alle {links} Schritte hängen lückenlos zusammen, und nichts darin wurde geändert, hinzugefügt, in den Papierkorb gelegt oder endgültig gelöscht, ohne dass es vermerkt ist. Was diese Prüfung nicht sehen kann: ob die neuesten Aufzeichnungen samt ihren Vermerken entfernt wurden. Ein Beleg, den du an einem anderen Ort aufbewahrst, würde das zeigen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The record does not hold: {where}. Something was changed outside Threshold. Your records are still here; a backup from before then holds them as they were.</source>
        <translation>Das Protokoll ist nicht intakt: {where}. Etwas wurde außerhalb von Threshold verändert. Deine Aufzeichnungen sind noch da; eine Sicherung von vor diesem Zeitpunkt enthält sie so, wie sie waren.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A receipt for your record</source>
        <translation>Ein Beleg für dein Protokoll</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copy the receipt</source>
        <translation>Den Beleg kopieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing is recorded yet, so there is no receipt.</source>
        <translation>Es ist noch nichts festgehalten, deshalb gibt es noch keinen Beleg.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>As of {at}, your record has {links} links. Its newest digest:</source>
        <translation>Stand {at}: Dein Protokoll umfasst {links} Schritte. Sein neuester Prüfwert:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The digest</source>
        <translation>Der Prüfwert</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What it proves</source>
        <translation>Was er beweist</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What it does not</source>
        <translation>Was er nicht beweist</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <location filename="../../app/ui/record/report_dialog.py" line="-52"/>
        <source>The report holds each record with both its times, its amendments beneath it and its evidence files with their SHA-256, and the chain&apos;s newest digest. The file is not encrypted; keep it somewhere safe. Threshold can&apos;t promise how a court or anyone else will treat it.</source>
        <translation>Der Bericht enthält jede Aufzeichnung mit ihren beiden Zeitpunkten, ihren Nachträgen darunter und ihren Beweisdateien samt SHA-256, dazu den neuesten Prüfwert der Kette. Die Datei ist nicht verschlüsselt; bewahre sie am besten an einem sicheren Ort auf. Threshold kann nicht versprechen, wie ein Gericht oder sonst jemand sie bewertet.</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+99"/>
        <source>A report of your record</source>
        <translation>Ein Bericht über dein Protokoll</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>&amp;PDF, to read or print</source>
        <translation>&amp;PDF, zum Lesen oder Drucken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;CSV, for a spreadsheet</source>
        <translation>&amp;CSV, für eine Tabellenkalkulation</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only &amp;between</source>
        <translation>Nur &amp;zwischen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The first day</source>
        <translation>Der erste Tag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The last day</source>
        <translation>Der letzte Tag</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Only the records naming</source>
        <translation>Nur die Aufzeichnungen, die diese Person nennen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show people by their &amp;initials</source>
        <translation>Personen mit ihren &amp;Initialen zeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Draw evidence pictures (otherwise listed)</source>
        <translation>&amp;Bilder der Beweise zeigen (sonst nur aufgelistet)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The first day is after the last one, so no day is in between.</source>
        <translation>Der erste Tag liegt nach dem letzten, also liegt kein Tag dazwischen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>incident-report</source>
        <extracomment>The report&apos;s file name offered when saving (the suffix is added to it).</extracomment>
        <translation>vorfallsbericht</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+51"/>
        <source>Save the report</source>
        <translation>Den Bericht speichern</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>The report of {count} records is saved as {path}. The file is not encrypted; keep it somewhere safe.</source>
        <translation>Der Bericht mit {count} Aufzeichnungen ist als {path} gespeichert. Die Datei ist nicht verschlüsselt; bewahre sie am besten an einem sicheren Ort auf.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The record&apos;s chain does not hold (Check the record says where); the report says so on its first page.</source>
        <translation>Die Kette des Protokolls ist nicht intakt („Protokoll prüfen“ zeigt, wo); der Bericht sagt das auf seiner ersten Seite.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Save the report…</source>
        <translation>Bericht &amp;speichern…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>and</source>
        <translation>und</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What kind (none chosen: every kind)</source>
        <translation>Welche Art (nichts gewählt: alle Arten)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/access_model.py" line="+29"/>
        <source>The computer login (system keyring)</source>
        <translation>Die Computer-Anmeldung (Schlüsselbund des Systems)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recovery key</source>
        <translation>Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>In this window</source>
        <translation>In diesem Fenster</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From the command line</source>
        <translation>Über die Befehlszeile</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Opened</source>
        <translation>Geöffnet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Journal made</source>
        <translation>Tagebuch angelegt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wrong passphrase</source>
        <translation>Falsche Passphrase</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wrong recovery key</source>
        <translation>Falscher Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The keyring&apos;s secret did not fit</source>
        <translation>Das Geheimnis aus dem Schlüsselbund passte nicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Earlier events, kept as a count</source>
        <translation>Frühere Ereignisse, nur noch gezählt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The history starts here</source>
        <translation>Hier beginnt der Verlauf</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{unlocks} opened, {refused} tried and stayed locked, since {since}</source>
        <translation>{unlocks}-mal geöffnet, {refused}-mal versucht und gesperrt geblieben, seit dem {since}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{way} · {place}</source>
        <translation>{way} · {place}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The record of who opened your journal was emptied or removed since you last opened it, so Threshold can&apos;t say whether anyone tried. It starts again from now.</source>
        <translation>Die Aufzeichnung darüber, wer dein Tagebuch geöffnet hat, wurde seit deinem letzten Öffnen geleert oder entfernt. Deshalb kann Threshold nicht sagen, ob es jemand versucht hat. Sie beginnt ab jetzt von vorn.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Since you last opened your journal, one try to open it was refused. If that wasn&apos;t you, someone else tried.</source>
        <translation>Seit du dein Tagebuch zuletzt geöffnet hast, wurde ein Versuch, es zu öffnen, abgewiesen. Wenn du das nicht warst, hat es jemand anderes versucht.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Since you last opened your journal, two tries to open it were refused. If that wasn&apos;t you, someone else tried.</source>
        <translation>Seit du dein Tagebuch zuletzt geöffnet hast, wurden zwei Versuche, es zu öffnen, abgewiesen. Wenn du das nicht warst, hat es jemand anderes versucht.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Since you last opened your journal, {count} tries to open it were refused. If that wasn&apos;t you, someone else tried.</source>
        <translation>Seit du dein Tagebuch zuletzt geöffnet hast, wurden {count} Versuche, es zu öffnen, abgewiesen. Wenn du das nicht warst, hat es jemand anderes versucht.</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/printing.py" line="+31"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/link_dialog.py" line="+217"/>
        <source>Once this entry is saved, you can link what happened next.</source>
        <translation>Sobald dieser Eintrag gespeichert ist, kannst du verknüpfen, was danach geschah.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The link to {days} was removed.</source>
        <translation>Die Verknüpfung mit dem Eintrag vom {days} wurde entfernt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The links to {days} were removed.</source>
        <translation>Die Verknüpfungen mit den Einträgen vom {days} wurden entfernt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Linked to {day}.</source>
        <translation>Mit dem Eintrag vom {day} verknüpft.</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/icons.py" line="+53"/>
        <location line="+1"/>
        <source>Clear</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/step_pages.py" line="+53"/>
        <source>I need a &amp;pause</source>
        <translation>Ich brauche eine &amp;Pause</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>I need a pause</source>
        <translation>Ich brauche eine Pause</translation>
    </message>
    <message>
        <location filename="../../app/backup/backups.py" line="+55"/>
        <source>The new backup didn&apos;t pass its check, so it was removed; earlier backups were not touched. The journal itself may be damaged: `threshold verify` checks it.</source>
        <translation>Die neue Sicherung hat ihre Prüfung nicht bestanden und wurde deshalb entfernt; frühere Sicherungen wurden nicht angerührt. Vielleicht ist das Tagebuch selbst beschädigt: `threshold verify` prüft es.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There isn&apos;t enough space in the backup folder, so no backup was made. Your journal and earlier backups are untouched; free some space or choose another folder.</source>
        <translation>Im Sicherungsordner ist nicht genug Platz, darum wurde keine Sicherung erstellt. Dein Tagebuch und frühere Sicherungen sind unberührt; du kannst Platz schaffen oder einen anderen Ordner wählen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Threshold can&apos;t write to the backup folder (it is read-only or not yours), so no backup was made. Your journal and earlier backups are untouched.</source>
        <translation>Threshold kann nicht in den Sicherungsordner schreiben (er ist schreibgeschützt oder gehört nicht dir), darum wurde keine Sicherung erstellt. Dein Tagebuch und frühere Sicherungen sind unberührt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The backup folder&apos;s disk reported an error (it may have been removed), so no backup was made. Your journal and earlier backups are untouched.</source>
        <translation>Der Datenträger des Sicherungsordners hat einen Fehler gemeldet (vielleicht wurde er entfernt), darum wurde keine Sicherung erstellt. Dein Tagebuch und frühere Sicherungen sind unberührt.</translation>
    </message>
    <message>
        <location line="+101"/>
        <location filename="../../app/storage/read_only.py" line="+74"/>
        <source>There is no backup file at that place.</source>
        <translation>An dieser Stelle gibt es keine Sicherungsdatei.</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>{folder} is a file, not a folder. Please choose a folder for backups.</source>
        <translation>{folder} ist eine Datei, kein Ordner. Bitte wähle einen Ordner für die Sicherungen.</translation>
    </message>
    <message>
        <location filename="../../app/backup/destination.py" line="+48"/>
        <source>The backup folder {folder} isn&apos;t there just now (is the USB stick plugged in?), so no backup was made. Your journal is untouched.</source>
        <translation>Der Sicherungsordner {folder} ist gerade nicht erreichbar (ist der USB-Stick eingesteckt?), darum wurde keine Sicherung erstellt. Dein Tagebuch ist unberührt.</translation>
    </message>
    <message>
        <location filename="../../app/backup/restore.py" line="+27"/>
        <source>This backup didn&apos;t pass its check, so it was not restored. Nothing was changed; an older backup may still be sound.</source>
        <translation>Diese Sicherung hat ihre Prüfung nicht bestanden, darum wurde sie nicht wiederhergestellt. Es wurde nichts geändert; eine ältere Sicherung ist vielleicht intakt.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The restore stopped halfway through. Nothing was deleted, and Threshold will finish it the next time it starts; the journal it replaces is in {folder}.</source>
        <translation>Die Wiederherstellung ist auf halbem Weg stehen geblieben. Es wurde nichts gelöscht, und Threshold schließt sie beim nächsten Start ab; das Tagebuch, das sie ersetzt, liegt in {folder}.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>There isn&apos;t enough space to restore this backup: it needs about as much free space as the backup takes. Nothing was changed; free some space and try again.</source>
        <translation>Es ist nicht genug Platz, um diese Sicherung wiederherzustellen: Sie braucht etwa so viel freien Platz, wie die Sicherung selbst belegt. Es wurde nichts geändert; wenn du etwas Platz schaffst, kannst du es noch einmal versuchen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The backup couldn&apos;t be copied in ({reason}). Nothing was changed.</source>
        <translation>Die Sicherung konnte nicht hineinkopiert werden ({reason}). Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../../app/errors.py" line="+64"/>
        <source>The system keyring can&apos;t be used: {cause}.</source>
        <translation>Der Schlüsselbund des Systems kann nicht verwendet werden: {cause}.</translation>
    </message>
    <message>
        <location filename="../../app/export/complete.py" line="+37"/>
        <source>Threshold couldn&apos;t finish this export: the file came out shorter than what you chose, so it wasn&apos;t kept. Your entries are safe in the journal. You can try again, or export fewer entries at a time.</source>
        <translation>Threshold konnte diesen Export nicht abschließen: Die Datei ist kürzer geworden als das, was du ausgewählt hast, darum wurde sie nicht behalten. Deine Einträge sind im Tagebuch sicher. Du kannst es noch einmal versuchen oder weniger Einträge auf einmal exportieren.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Threshold couldn&apos;t make this PDF: part of an entry is too long to lay out on pages, so no file was kept. Your entries are safe in the journal. You can export it as Markdown, HTML or text instead.</source>
        <translation>Threshold konnte dieses PDF nicht erstellen: Ein Teil eines Eintrags ist zu lang, um ihn auf Seiten zu setzen, darum wurde keine Datei behalten. Deine Einträge sind im Tagebuch sicher. Du kannst stattdessen als Markdown, HTML oder Text exportieren.</translation>
    </message>
    <message>
        <location filename="../../app/export/files_folder.py" line="+65"/>
        <source>There is already a folder named {folder} beside {name}; nothing was written. Please choose another name, or move that folder.</source>
        <translation>Neben {name} gibt es schon einen Ordner namens {folder}; es wurde nichts geschrieben. Du kannst einen anderen Namen wählen oder den Ordner verschieben.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../../app/export/write.py" line="-32"/>
        <source>The folder {folder} doesn&apos;t exist, so nothing was written.</source>
        <translation>Den Ordner {folder} gibt es nicht, darum wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A folder named {folder} appeared; nothing was written.</source>
        <translation>Ein Ordner namens {folder} ist aufgetaucht; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location filename="../../app/export/prepare.py" line="+28"/>
        <source>Nothing to export: no entries match what was chosen.</source>
        <translation>Nichts zu exportieren: Kein Eintrag passt zu deiner Auswahl.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Feeling {feeling}, mood {mood} of 5</source>
        <translation>Gefühl: {feeling}; Stimmung {mood} von 5</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Feeling {feeling}</source>
        <translation>Gefühl: {feeling}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mood {mood} of 5</source>
        <translation>Stimmung {mood} von 5</translation>
    </message>
    <message>
        <location filename="../../app/export/redaction.py" line="+103"/>
        <source>A name to redact must be one short line. Nothing was exported.</source>
        <translation>Ein Name, der unkenntlich gemacht werden soll, muss eine kurze einzelne Zeile sein. Es wurde nichts exportiert.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--redact takes NAME=PSEUDONYM, for example --redact &apos;Margaret Smith=M&apos;, or NAME= for initials. Nothing was exported.</source>
        <translation>--redact erwartet NAME=PSEUDONYM, zum Beispiel --redact &apos;Margaret Smith=M&apos;, oder NAME= für die Initialen. Es wurde nichts exportiert.</translation>
    </message>
    <message>
        <location filename="../../app/export/write.py" line="+4"/>
        <location filename="../../app/transfer/archive_write.py" line="+148"/>
        <source>{path} is a folder; please choose a file name. Nothing was written.</source>
        <translation>{path} ist ein Ordner; bitte wähle einen Dateinamen. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Entry</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{first} to {last}</source>
        <extracomment>Days in a file name: &quot;2026-01-02 to 2026-11-25&quot;.</extracomment>
        <translation>{first} bis {last}</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>The export couldn&apos;t be written: the file read back differs from what was written. Nothing was kept; your entries are safe in the journal.</source>
        <translation>Der Export konnte nicht geschrieben werden: Die zurückgelesene Datei weicht von dem ab, was geschrieben wurde. Es wurde nichts behalten; deine Einträge sind im Tagebuch sicher.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The disk is full, so the export wasn&apos;t written. Nothing was changed.</source>
        <translation>Der Datenträger ist voll, darum wurde der Export nicht geschrieben. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Threshold can&apos;t write to the folder {folder}. Nothing was written; please choose another folder.</source>
        <translation>Threshold kann nicht in den Ordner {folder} schreiben. Es wurde nichts geschrieben; bitte wähle einen anderen Ordner.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The export couldn&apos;t be written ({reason}). Nothing was changed.</source>
        <translation>Der Export konnte nicht geschrieben werden ({reason}). Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../../app/interrupted.py" line="+57"/>
        <source>A restore was interrupted and couldn&apos;t be finished just now ({reason}). Nothing was deleted: the journal it replaces is in a replaced-… folder inside {folder}.</source>
        <translation>Eine Wiederherstellung wurde unterbrochen und konnte gerade nicht abgeschlossen werden ({reason}). Es wurde nichts gelöscht: Das Tagebuch, das sie ersetzt, liegt in einem Ordner „replaced-…“ in {folder}.</translation>
    </message>
    <message>
        <location filename="../../app/journal/attaching.py" line="+69"/>
        <source>{name}: {problem}</source>
        <translation>{name}: {problem}</translation>
    </message>
    <message>
        <location filename="../../app/journal/backups.py" line="+27"/>
        <source>This backup doesn&apos;t open with its own key file, so it may be damaged. Nothing was changed.</source>
        <translation>Diese Sicherung lässt sich mit ihrer eigenen Schlüsseldatei nicht öffnen, sie ist also vielleicht beschädigt. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A backup needs both its .db file and the .db.keys file beside it; one is missing.</source>
        <translation>Eine Sicherung braucht ihre .db-Datei und daneben die .db.keys-Datei; eine der beiden fehlt.</translation>
    </message>
    <message>
        <location filename="../../app/journal/journal.py" line="+261"/>
        <source>An empty passphrase can&apos;t protect the journal.</source>
        <translation>Eine leere Passphrase kann das Tagebuch nicht schützen.</translation>
    </message>
    <message>
        <location filename="../../app/journal/opening.py" line="+48"/>
        <source>{folder} is a file, not a folder, so Threshold can&apos;t keep a journal there. Nothing was changed. Please choose a folder for the journal (--data-dir).</source>
        <translation>{folder} ist eine Datei, kein Ordner, deshalb kann Threshold dort kein Tagebuch führen. Es wurde nichts geändert. Bitte wähle einen Ordner für das Tagebuch (--data-dir).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Threshold isn&apos;t allowed to look into the journal&apos;s folder ({folder}). This can happen after running Threshold with sudo. Nothing was changed; giving the folder back to your user (for example with `sudo chown -R $USER {folder}`) lets it open again.</source>
        <translation>Threshold darf nicht in den Ordner des Tagebuchs ({folder}) schauen. Das kann passieren, nachdem Threshold mit sudo ausgeführt wurde. Es wurde nichts geändert; wenn du den Ordner wieder deinem Benutzer gibst (zum Beispiel mit `sudo chown -R $USER {folder}`), lässt sich das Tagebuch wieder öffnen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The journal file is empty, as if it had been cut short, so Threshold left it untouched. A backup can bring your entries back.</source>
        <translation>Die Tagebuchdatei ist leer, als wäre sie abgeschnitten worden, deshalb hat Threshold sie nicht angerührt. Mit einer Sicherung kannst du deine Einträge zurückholen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The key file in this folder belongs to a different journal, so nothing was opened. A backup of the folder can bring the right one back.</source>
        <translation>Die Schlüsseldatei in diesem Ordner gehört zu einem anderen Tagebuch, deshalb wurde nichts geöffnet. Mit einer Sicherung des Ordners kannst du die richtige zurückholen.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>A journal already exists in this folder; it was left untouched.</source>
        <translation>In diesem Ordner gibt es schon ein Tagebuch; es wurde nicht angerührt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A new journal needs either a passphrase or the system keyring.</source>
        <translation>Ein neues Tagebuch braucht entweder eine Passphrase oder den Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <location line="+194"/>
        <source>The journal is here but its key file is missing. Nothing was changed; a backup of the folder can bring the key file back.</source>
        <translation>Das Tagebuch ist da, aber seine Schlüsseldatei fehlt. Es wurde nichts geändert; mit einer Sicherung des Ordners kannst du die Schlüsseldatei zurückholen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The journal&apos;s key file is here but the journal itself is missing. Nothing was changed; a backup can bring it back.</source>
        <translation>Die Schlüsseldatei des Tagebuchs ist da, aber das Tagebuch selbst fehlt. Es wurde nichts geändert; mit einer Sicherung kannst du es zurückholen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../app/storage/connection.py" line="+75"/>
        <source>There is no journal in this folder yet.</source>
        <translation>In diesem Ordner gibt es noch kein Tagebuch.</translation>
    </message>
    <message>
        <location filename="../../app/media/problems.py" line="+19"/>
        <source>This PNG picture seems damaged or incomplete. Nothing was attached.</source>
        <translation>Dieses PNG-Bild scheint beschädigt oder unvollständig zu sein. Es wurde nichts angehängt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This JPEG picture seems damaged or incomplete. Nothing was attached.</source>
        <translation>Dieses JPEG-Bild scheint beschädigt oder unvollständig zu sein. Es wurde nichts angehängt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This WebP picture seems damaged or incomplete. Nothing was attached.</source>
        <translation>Dieses WebP-Bild scheint beschädigt oder unvollständig zu sein. Es wurde nichts angehängt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This GIF picture seems damaged or incomplete. Nothing was attached.</source>
        <translation>Dieses GIF-Bild scheint beschädigt oder unvollständig zu sein. Es wurde nichts angehängt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This BMP picture seems damaged or incomplete. Nothing was attached.</source>
        <translation>Dieses BMP-Bild scheint beschädigt oder unvollständig zu sein. Es wurde nichts angehängt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This PDF document seems damaged or incomplete. Nothing was attached.</source>
        <translation>Dieses PDF-Dokument scheint beschädigt oder unvollständig zu sein. Es wurde nichts angehängt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This file isn&apos;t a picture or a PDF Threshold can keep. It can keep PNG, JPEG, WebP, GIF and BMP pictures and PDF documents.</source>
        <translation>Diese Datei ist kein Bild und kein PDF, das Threshold aufbewahren kann. Threshold kann PNG-, JPEG-, WebP-, GIF- und BMP-Bilder sowie PDF-Dokumente aufbewahren.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This file is empty. Nothing was attached.</source>
        <translation>Diese Datei ist leer. Es wurde nichts angehängt.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This PDF is locked with a password, so Threshold can&apos;t remove its details for an export.</source>
        <translation>Dieses PDF ist mit einem Passwort geschützt, daher kann Threshold seine Angaben für einen Export nicht entfernen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This picture says it is {width} × {height} pixels, too large to open safely. Nothing was attached.</source>
        <translation>Laut seinen Angaben ist dieses Bild {width} × {height} Pixel groß – zu groß, um es sicher zu öffnen. Es wurde nichts angehängt.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This file is {size} MB; Threshold keeps files up to {limit} MB. Nothing was attached.</source>
        <translation>Diese Datei ist {size} MB groß; Threshold bewahrt Dateien bis {limit} MB auf. Es wurde nichts angehängt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The file changed while it was being read. Nothing was attached.</source>
        <translation>Die Datei hat sich verändert, während sie gelesen wurde. Es wurde nichts angehängt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“{name}” is a link to another file; attach the file itself.</source>
        <translation>„{name}“ ist eine Verknüpfung zu einer anderen Datei; du kannst die Datei selbst anhängen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{name}” isn&apos;t there any more. Nothing was attached.</source>
        <translation>„{name}“ ist nicht mehr da. Es wurde nichts angehängt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Threshold isn&apos;t allowed to read “{name}”. Nothing was attached.</source>
        <translation>Threshold darf „{name}“ nicht lesen. Es wurde nichts angehängt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{name}” is a folder; attach a file inside it. Nothing was attached.</source>
        <translation>„{name}“ ist ein Ordner; du kannst eine Datei daraus anhängen. Es wurde nichts angehängt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{name}” isn&apos;t an ordinary file. Nothing was attached.</source>
        <translation>„{name}“ ist keine gewöhnliche Datei. Es wurde nichts angehängt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{name}” couldn&apos;t be read from the disk. Nothing was attached.</source>
        <translation>„{name}“ konnte nicht vom Datenträger gelesen werden. Es wurde nichts angehängt.</translation>
    </message>
    <message>
        <location filename="../../app/presentation.py" line="+84"/>
        <source>Please give the window a name.</source>
        <translation>Bitte gib dem Fenster einen Namen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The window&apos;s name can be up to {limit} characters on one line.</source>
        <translation>Der Name des Fensters kann bis zu {limit} Zeichen lang sein, in einer Zeile.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>That shortcut can&apos;t be used.</source>
        <translation>Dieses Tastenkürzel kann nicht verwendet werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please choose one of the times on offer.</source>
        <translation>Bitte wähle eine der angebotenen Zeiten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please choose one of the languages on offer.</source>
        <translation>Bitte wähle eine der angebotenen Sprachen.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Threshold couldn&apos;t save these settings in its config folder.</source>
        <translation>Threshold konnte diese Einstellungen nicht in seinem Konfigurationsordner speichern.</translation>
    </message>
    <message>
        <location filename="../../app/prompts/checkin_data.py" line="+119"/>
        <location filename="../../app/prompts/library.py" line="+155"/>
        <location filename="../../app/prompts/translated.py" line="+57"/>
        <source>can&apos;t be read ({reason}).</source>
        <translation>lässt sich nicht lesen ({reason}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../app/prompts/translated.py" line="+4"/>
        <source>is malformed ({reason}).</source>
        <translation>ist fehlerhaft aufgebaut ({reason}).</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>the mood grid needs each energy (1-3) and pleasantness (1-5) cell once</source>
        <translation>das Stimmungsraster braucht jedes Feld aus Energie (1-3) und „angenehm“ (1-5) genau einmal</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>every mood cell needs words, and no word may appear twice</source>
        <translation>jedes Stimmungsfeld braucht Wörter, und kein Wort darf zweimal vorkommen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the phases must be listed once each, in order</source>
        <translation>die Phasen müssen je einmal und der Reihe nach aufgeführt sein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the last pull must be {id}</source>
        <translation>der letzte Punkt unter „Was dich belastet hat“ muss {id} sein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>closing lines and grounding exercises can&apos;t be empty</source>
        <translation>Schlusssätze und Übungen zum Ankommen im Jetzt dürfen nicht leer sein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{problems}.</source>
        <translation>{problems}.</translation>
    </message>
    <message>
        <location filename="../../app/prompts/library.py" line="-7"/>
        <source>the file is larger than 1 MB.</source>
        <translation>die Datei ist größer als 1 MB.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>is not a file (a folder or a device).</source>
        <translation>ist keine Datei (sondern ein Ordner oder ein Gerät).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>is not a name a file can have.</source>
        <translation>ist kein Name, den eine Datei haben kann.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>the prompt id {id} is also used in the pack {pack}.</source>
        <translation>die Impuls-ID {id} wird auch im Paket {pack} verwendet.</translation>
    </message>
    <message>
        <location filename="../../app/prompts/pack_error.py" line="+35"/>
        <source>{file}, line {line}: {problem}</source>
        <translation>{file}, Zeile {line}: {problem}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file}: {problem}</source>
        <translation>{file}: {problem}</translation>
    </message>
    <message>
        <location filename="../../app/prompts/pack_file.py" line="+59"/>
        <source>the file</source>
        <translation>die Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the pack</source>
        <translation>das Paket</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a theme</source>
        <translation>ein Thema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a prompt</source>
        <translation>ein Impuls</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the file is larger than 1 MB, too large for a prompt pack.</source>
        <translation>die Datei ist größer als 1 MB und damit zu groß für ein Impulspaket.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the file isn&apos;t UTF-8 text.</source>
        <translation>die Datei ist kein UTF-8-Text.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>this isn&apos;t valid TOML ({reason}).</source>
        <translation>das ist kein gültiges TOML ({reason}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a number here is too long to read.</source>
        <translation>eine Zahl ist hier zu lang, um sie zu lesen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>lists or tables are nested too deeply.</source>
        <translation>Listen oder Tabellen sind zu tief verschachtelt.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>a pack needs a [pack] table with an id and a name.</source>
        <translation>ein Paket braucht eine [pack]-Tabelle mit einer ID und einem Namen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the pack&apos;s version must be a whole number from 1 to {most}.</source>
        <translation>die Version des Pakets muss eine ganze Zahl von 1 bis {most} sein.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the pack has no themes and no prompts.</source>
        <translation>das Paket hat weder Themen noch Impulse.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a pack can hold up to {count} themes.</source>
        <translation>ein Paket kann bis zu {count} Themen enthalten.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the theme id {id} appears twice.</source>
        <translation>die Themen-ID {id} kommt zweimal vor.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the theme {id}</source>
        <translation>das Thema {id}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>a pack can hold up to {count} prompts.</source>
        <translation>ein Paket kann bis zu {count} Impulse enthalten.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the prompt id {id} appears twice.</source>
        <translation>die Impuls-ID {id} kommt zweimal vor.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the prompt {id}</source>
        <translation>der Impuls {id}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{what} names the theme {theme}, which is neither shipped nor declared in this pack.</source>
        <translation>{what} nennt das Thema {theme}, das weder mit Threshold geliefert wird noch in diesem Paket angegeben ist.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{what} needs phases: any of {names}.</source>
        <translation>{what} braucht Phasen: beliebige aus {names}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{what} has an unknown phase; the phases are {names}.</source>
        <translation>{what} hat eine unbekannte Phase; die Phasen sind {names}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{what} needs an intensity of &quot;gentle&quot; or &quot;deep&quot;.</source>
        <translation>{what} braucht die Intensität „gentle“ oder „deep“.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{what} has {count} follow-up questions; it needs 1 to 3.</source>
        <translation>{what} hat {count} Anschlussfragen; nötig sind 1 bis 3.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{what} has an empty follow-up question.</source>
        <translation>{what} hat eine leere Anschlussfrage.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a follow-up of {what}</source>
        <translation>eine Anschlussfrage ({what})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{what} needs an id of lowercase letters, digits, &apos;-&apos; and &apos;.&apos; (up to 64).</source>
        <translation>{what} braucht eine ID aus Kleinbuchstaben, Ziffern, „-“ und „.“ (bis zu 64 Zeichen).</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>{what} needs a name (text).</source>
        <translation>{what} braucht einen Namen (Text).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{what} needs a description (text).</source>
        <translation>{what} braucht eine Beschreibung (Text).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{what} needs a text (text).</source>
        <translation>{what} braucht einen Text (Text).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{what} contains a control character.</source>
        <translation>{what} enthält ein Steuerzeichen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{what} contains a hidden character ({code}) that reorders the text around it. Please remove it and import the pack again.</source>
        <translation>{what} enthält ein verborgenes Zeichen ({code}), das die Reihenfolge des Textes drumherum verändert. Bitte entferne es und importiere das Paket noch einmal.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{what} is longer than {limit} characters.</source>
        <translation>{what} ist länger als {limit} Zeichen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&apos;{name}&apos; must be written as [[{name}]] tables.</source>
        <translation>„{name}“ muss als [[{name}]]-Tabellen geschrieben werden.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{what} has an unknown key {key}; the keys are {keys}.</source>
        <translation>{what} hat einen unbekannten Schlüssel {key}; die Schlüssel sind {keys}.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>the name of {what}</source>
        <translation>der Name ({what})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the description of {what}</source>
        <translation>die Beschreibung ({what})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the text of {what}</source>
        <translation>der Text ({what})</translation>
    </message>
    <message>
        <location filename="../../app/prompts/toml_bounds.py" line="+22"/>
        <source>lists or tables are nested more than {depth} deep here; a pack needs no nesting.</source>
        <translation>hier sind Listen oder Tabellen mehr als {depth} Ebenen tief verschachtelt; ein Paket braucht keine Verschachtelung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a key here has more than {parts} dotted parts; a pack&apos;s keys have one.</source>
        <translation>ein Schlüssel hier hat mehr als {parts} durch Punkte getrennte Teile; die Schlüssel eines Pakets haben nur einen.</translation>
    </message>
    <message>
        <location filename="../../app/storage/attachments.py" line="+90"/>
        <source>That entry isn&apos;t there any more; nothing was attached.</source>
        <translation>Dieser Eintrag ist nicht mehr da; es wurde nichts angehängt.</translation>
    </message>
    <message>
        <location line="+218"/>
        <source>There is no attachment {id} in this journal.</source>
        <translation>In diesem Tagebuch gibt es keinen Anhang {id}.</translation>
    </message>
    <message>
        <location filename="../../app/storage/connection.py" line="-3"/>
        <source>A journal already exists here; it was left untouched.</source>
        <translation>Hier gibt es schon ein Tagebuch; es wurde nicht angerührt.</translation>
    </message>
    <message>
        <location filename="../../app/storage/contact_people.py" line="+33"/>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A name can be up to {limit} characters. Nothing was saved.</source>
        <translation>Ein Name kann bis zu {limit} Zeichen lang sein. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A contact can name up to {limit} people. Nothing was saved.</source>
        <translation>Ein Kontakt kann bis zu {limit} Personen nennen. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location filename="../../app/storage/contacts.py" line="+40"/>
        <source>That contact is no longer in the log.</source>
        <translation>Dieser Kontakt ist nicht mehr im Protokoll.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;said&apos; text</source>
        <translation>Was gesagt wurde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;felt&apos; text</source>
        <translation>Wie ich mich gefühlt habe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;did&apos; text</source>
        <translation>Was ich getan habe</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>That contact isn&apos;t in the trash.</source>
        <translation>Dieser Kontakt ist nicht im Papierkorb.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Each part of a contact can be up to {limit} characters; a longer account fits in a linked entry. Nothing was saved.</source>
        <translation>Jeder Teil eines Kontakts kann bis zu {limit} Zeichen lang sein; ein längerer Bericht passt in einen verknüpften Eintrag. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location filename="../../app/storage/entries.py" line="+187"/>
        <source>That earlier version no longer exists.</source>
        <translation>Diese frühere Fassung gibt es nicht mehr.</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>Please give at least {count} characters of the id.</source>
        <translation>Bitte gib mindestens {count} Zeichen der ID an.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>More than one entry starts with {id}; please give more of the id.</source>
        <translation>Mehr als ein Eintrag beginnt mit {id}; bitte gib mehr von der ID an.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>That entry is already in the trash.</source>
        <translation>Dieser Eintrag ist schon im Papierkorb.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That entry isn&apos;t in the trash.</source>
        <translation>Dieser Eintrag ist nicht im Papierkorb.</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>There is no entry with the id {id}.</source>
        <translation>Es gibt keinen Eintrag mit der ID {id}.</translation>
    </message>
    <message>
        <location filename="../../app/storage/export_log.py" line="+50"/>
        <source>The export log only records a known format and selection.</source>
        <translation>Das Exportprotokoll hält nur ein bekanntes Format und eine bekannte Auswahl fest.</translation>
    </message>
    <message>
        <location filename="../../app/storage/incident_rows.py" line="+42"/>
        <source>account</source>
        <translation>Was passiert ist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>place</source>
        <translation>Wo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>witnesses</source>
        <translation>Zeugen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>harm</source>
        <translation>Verletzungen oder Schäden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reports</source>
        <translation>Bisherige Meldungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to gather</source>
        <translation>Noch zu sichernde Beweise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>felt</source>
        <translation>Wie ich mich gefühlt habe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>did</source>
        <translation>Was ich getan habe</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Say what kind of thing happened (at least one). Nothing was saved.</source>
        <translation>Bitte gib an, welche Art von Vorfall es war (mindestens eine). Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When it happened needs its time zone. Nothing was saved.</source>
        <translation>Der Zeitpunkt, zu dem es passiert ist, braucht eine Zeitzone. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>entry id</source>
        <translation>Eintrags-ID</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The {what} can be up to {limit} characters. Nothing was saved.</source>
        <translation>Das Feld „{what}“ kann bis zu {limit} Zeichen lang sein. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location filename="../../app/storage/incident_times.py" line="+39"/>
        <source>{time} can&apos;t be kept as a time. Nothing was saved.</source>
        <translation>{time} kann nicht als Zeitpunkt gespeichert werden. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>{zone} isn&apos;t a time zone Threshold knows. Nothing was saved.</source>
        <translation>{zone} ist keine Zeitzone, die Threshold kennt. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{time} didn&apos;t happen in {zone}: the clocks went forward then. Nothing was saved; give the time as a clock showed it.</source>
        <translation>{time} gab es in {zone} nicht: Da wurden die Uhren vorgestellt. Es wurde nichts gespeichert; gib die Zeit bitte so an, wie eine Uhr sie zeigte.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{time} came twice in {zone}: the clocks went back then. Nothing was saved; give the time in UTC, so it is clear which one.</source>
        <translation>{time} kam in {zone} zweimal vor: Da wurden die Uhren zurückgestellt. Es wurde nichts gespeichert; gib die Zeit bitte in UTC an, damit klar ist, welche gemeint ist.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{time} hasn&apos;t come yet; a record is of what happened. Nothing was saved.</source>
        <translation>{time} liegt noch in der Zukunft; eine Aufzeichnung hält fest, was passiert ist. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location filename="../../app/storage/incidents.py" line="+71"/>
        <source>A file came with a record that does not name it. Nothing was kept.</source>
        <translation>Mit einer Aufzeichnung kam eine Datei, die sie nicht nennt. Es wurde nichts übernommen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An evidence file&apos;s id is taken in this journal already. Nothing was kept.</source>
        <translation>Die ID einer Beweisdatei ist in diesem Tagebuch schon vergeben. Es wurde nichts übernommen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An evidence file the record names did not come with it. Nothing was kept.</source>
        <translation>Eine Beweisdatei, die die Aufzeichnung nennt, kam nicht mit. Es wurde nichts übernommen.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Evidence files come with a new record. Nothing was saved.</source>
        <translation>Beweisdateien lassen sich nur zusammen mit einer neuen Aufzeichnung hinzufügen. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>That record is in the trash; restore it to amend it.</source>
        <translation>Diese Aufzeichnung liegt im Papierkorb; stelle sie wieder her, um etwas nachzutragen.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Nothing differs from the record as it reads now. Nothing was saved.</source>
        <translation>Es unterscheidet sich nichts von der aktuellen Fassung der Aufzeichnung. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>That record isn&apos;t in the trash. Nothing was deleted.</source>
        <translation>Diese Aufzeichnung ist nicht im Papierkorb. Es wurde nichts gelöscht.</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Give at least 8 characters of a record&apos;s id ({id}).</source>
        <translation>Bitte gib mindestens 8 Zeichen der ID einer Aufzeichnung an ({id}).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No record has the id {id}.</source>
        <translation>Keine Aufzeichnung hat die ID {id}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Several records begin with {id}; give more of it.</source>
        <translation>Mehrere Aufzeichnungen beginnen mit {id}; bitte gib mehr von der ID an.</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>That record is in the trash already. Nothing was changed.</source>
        <translation>Diese Aufzeichnung ist schon im Papierkorb. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That record isn&apos;t in the trash. Nothing was changed.</source>
        <translation>Diese Aufzeichnung ist nicht im Papierkorb. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+17"/>
        <location filename="../../app/storage/reasons.py" line="+109"/>
        <source>reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An amendment needs a reason, in a few words. Nothing was saved.</source>
        <translation>Ein Nachtrag braucht einen Grund, in ein paar Worten. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A reason can be up to {limit} characters. Nothing was saved.</source>
        <translation>Ein Grund kann bis zu {limit} Zeichen lang sein. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>That evidence file isn&apos;t this record&apos;s. Nothing was saved.</source>
        <translation>Diese Beweisdatei gehört nicht zu dieser Aufzeichnung. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location filename="../../app/storage/links.py" line="+182"/>
        <source>An entry can&apos;t be linked to itself; please choose a later one.</source>
        <translation>Ein Eintrag kann nicht mit sich selbst verknüpft werden; bitte wähle einen späteren.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What happened next has to be an entry written after the first one. Nothing was linked.</source>
        <translation>Bei „Was danach geschah“ muss es ein Eintrag sein, der nach dem ersten geschrieben wurde. Es wurde nichts verknüpft.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>That entry is in the trash. You can restore it first, then link it.</source>
        <translation>Dieser Eintrag liegt im Papierkorb. Du kannst ihn zuerst wiederherstellen und dann verknüpfen.</translation>
    </message>
    <message>
        <location filename="../../app/storage/lockfile.py" line="+26"/>
        <source>The journal is open in another Threshold window or command. Please close it and try again; nothing was changed.</source>
        <translation>Das Tagebuch ist in einem anderen Threshold-Fenster oder -Befehl geöffnet. Bitte schließe es dort und versuche es noch einmal; es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../../app/storage/maintenance.py" line="+255"/>
        <source>The journal key couldn&apos;t be changed because the disk is full: it needs about as much free space as the journal takes. Nothing was changed; free some space and try again.</source>
        <translation>Der Schlüssel des Tagebuchs konnte nicht geändert werden, weil der Datenträger voll ist: Es wird etwa so viel freier Platz gebraucht, wie das Tagebuch belegt. Es wurde nichts geändert; wenn du etwas Platz schaffst, kannst du es noch einmal versuchen.</translation>
    </message>
    <message>
        <location filename="../../app/storage/preferences.py" line="+21"/>
        <source>A quiet moment, if you&apos;d like one.</source>
        <translation>Ein ruhiger Moment, wenn du magst.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>The reminder text can be up to {limit} characters.</source>
        <translation>Die Worte der Erinnerung können bis zu {limit} Zeichen lang sein.</translation>
    </message>
    <message>
        <location filename="../../app/storage/prompt_store.py" line="+88"/>
        <source>The pack id {id} is reserved for Threshold&apos;s own packs. Please give the pack another id. Nothing was imported.</source>
        <translation>Die Paket-ID {id} ist für Thresholds eigene Pakete reserviert. Bitte gib dem Paket eine andere ID. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The prompt id {id} is already used by another pack. Nothing was imported.</source>
        <translation>Die Impuls-ID {id} wird schon von einem anderen Paket verwendet. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>A prompt can have up to 3 follow-up questions.</source>
        <translation>Ein Impuls kann bis zu 3 Anschlussfragen haben.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>That prompt isn&apos;t one of yours, or it was already removed.</source>
        <translation>Dieser Impuls ist keiner von deinen, oder er wurde schon entfernt.</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>The prompt contains a NUL character. Nothing was saved.</source>
        <translation>Der Impuls enthält ein NUL-Zeichen. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The prompt is empty. Nothing was saved.</source>
        <translation>Der Impuls ist leer. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A prompt can be up to {limit} characters. Nothing was saved.</source>
        <translation>Ein Impuls kann bis zu {limit} Zeichen lang sein. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The follow-up contains a NUL character. Nothing was saved.</source>
        <translation>Die Anschlussfrage enthält ein NUL-Zeichen. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The follow-up is empty. Nothing was saved.</source>
        <translation>Die Anschlussfrage ist leer. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A follow-up can be up to {limit} characters. Nothing was saved.</source>
        <translation>Eine Anschlussfrage kann bis zu {limit} Zeichen lang sein. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location filename="../../app/storage/reasons.py" line="-89"/>
        <source>That reason no longer exists.</source>
        <translation>Diesen Grund gibt es nicht mehr.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The list can hold up to {limit} reasons.</source>
        <translation>Die Liste kann bis zu {limit} Gründe enthalten.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>A reason needs a few words. Nothing was changed.</source>
        <translation>Ein Grund braucht ein paar Worte. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A reason can be up to {limit} characters; longer thoughts fit well in an entry you mark to remember.</source>
        <translation>Ein Grund kann bis zu {limit} Zeichen lang sein; längere Gedanken passen gut in einen Eintrag, den du dir merkst.</translation>
    </message>
    <message>
        <location filename="../../app/storage/schema.py" line="+386"/>
        <source>This journal was written by a newer version of Threshold. Please update Threshold to open it; the journal was left untouched.</source>
        <translation>Dieses Tagebuch wurde mit einer neueren Version von Threshold geschrieben. Bitte aktualisiere Threshold, um es zu öffnen; das Tagebuch wurde nicht angerührt.</translation>
    </message>
    <message>
        <location filename="../../app/storage/sql_errors.py" line="+25"/>
        <source>The journal is busy in another Threshold window or command. Nothing was changed; please try again in a moment.</source>
        <translation>Das Tagebuch ist gerade in einem anderen Threshold-Fenster oder -Befehl beschäftigt. Es wurde nichts geändert; bitte versuche es gleich noch einmal.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Threshold couldn&apos;t save because the disk is full. Nothing already saved was lost. Free some space and try again.</source>
        <translation>Threshold konnte nicht speichern, weil der Datenträger voll ist. Nichts, was schon gespeichert war, ging verloren. Wenn du etwas Platz schaffst, kannst du es noch einmal versuchen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Threshold can&apos;t write to the journal&apos;s folder (it is read-only or not yours). Nothing was changed.</source>
        <translation>Threshold kann nicht in den Ordner des Tagebuchs schreiben (er ist schreibgeschützt oder gehört nicht dir). Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The disk reported an error while Threshold was using the journal. Nothing was changed; please check the disk and try again.</source>
        <translation>Der Datenträger hat einen Fehler gemeldet, während Threshold das Tagebuch verwendet hat. Es wurde nichts geändert; bitte prüfe den Datenträger und versuche es noch einmal.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The journal file looks damaged, so Threshold left it untouched. A backup can bring your entries back.</source>
        <translation>Die Tagebuchdatei scheint beschädigt zu sein, deshalb hat Threshold sie nicht angerührt. Mit einer Sicherung kannst du deine Einträge zurückholen.</translation>
    </message>
    <message>
        <location filename="../../app/storage/validation.py" line="+41"/>
        <source>The {what} contains a NUL character, which usually means it came from a binary file. Nothing was saved.</source>
        <translation>Das Feld „{what}“ enthält ein NUL-Zeichen; das heißt meist, dass der Text aus einer Binärdatei stammt. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The {what} contains a broken character that can&apos;t be stored. Nothing was saved.</source>
        <translation>Das Feld „{what}“ enthält ein beschädigtes Zeichen, das nicht gespeichert werden kann. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>entry text</source>
        <translation>Text des Eintrags</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>That text is {size} MB; one entry can hold up to {limit} MB. Nothing was saved. You could split it into several entries.</source>
        <translation>Dieser Text ist {size} MB groß; ein Eintrag kann bis zu {limit} MB fassen. Es wurde nichts gespeichert. Du kannst ihn auf mehrere Einträge aufteilen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Mood is a number from 1 to 5, or left empty.</source>
        <translation>Die Stimmung ist eine Zahl von 1 bis 5 oder bleibt leer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Energy is a number from 1 to 3, or left empty.</source>
        <translation>Die Energie ist eine Zahl von 1 bis 3 oder bleibt leer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>feeling</source>
        <translation>Gefühlswort</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A feeling word can be up to {limit} characters.</source>
        <translation>Ein Gefühlswort kann bis zu {limit} Zeichen lang sein.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>prompt id</source>
        <translation>Impuls-ID</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>pull</source>
        <translation>Was dich belastet hat</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What pulled at you can be up to {limit} characters.</source>
        <translation>Was dich belastet hat, kann bis zu {limit} Zeichen lang sein.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>An entry can hold up to {limit} pulls.</source>
        <translation>Ein Eintrag kann bis zu {limit} Dinge festhalten, die dich belastet haben.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>tag</source>
        <translation>Schlagwort</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A tag can be up to {limit} characters long.</source>
        <translation>Ein Schlagwort kann bis zu {limit} Zeichen lang sein.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>An entry can have up to {limit} tags.</source>
        <translation>Ein Eintrag kann bis zu {limit} Schlagwörter haben.</translation>
    </message>
    <message>
        <location filename="../../app/transfer/archive_extras.py" line="+136"/>
        <source>it names the evidence file {id} two ways</source>
        <translation>sie nennt die Beweisdatei {id} auf zwei Arten</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>a record&apos;s id</source>
        <translation>die ID einer Aufzeichnung</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>an amendment does not apply to it ({reason})</source>
        <translation>ein Nachtrag passt nicht dazu ({reason})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>an amendment has no reason</source>
        <translation>ein Nachtrag hat keinen Grund</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>its evidence files are not the ones it names</source>
        <translation>ihre Beweisdateien sind nicht die, die sie nennt</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>a record needs at least one kind</source>
        <translation>eine Aufzeichnung braucht mindestens eine Art</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a channel</source>
        <translation>Weg</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>an evidence file&apos;s id</source>
        <translation>die ID einer Beweisdatei</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a type of file</source>
        <translation>Dateityp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a SHA-256</source>
        <translation>einen SHA-256-Wert</translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../../app/transfer/archive_links.py" line="+45"/>
        <source>it has no {key}</source>
        <translation>es fehlt {key}</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../app/transfer/archive_links.py" line="+5"/>
        <source>{key} is not something Threshold writes</source>
        <translation>{key} ist nichts, was Threshold schreibt</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{value} is not {what} Threshold knows</source>
        <translation>Threshold kennt {value} nicht als {what}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{value} is not {what} as Threshold writes it</source>
        <translation>{value} hat nicht die Form, in der Threshold {what} schreibt</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../../app/transfer/archive_format.py" line="+328"/>
        <location filename="../../app/transfer/archive_read.py" line="+415"/>
        <source>expected a list, found {value}</source>
        <translation>erwartet war eine Liste, gefunden wurde {value}</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>The incident record {id} could not be kept: {reason}</source>
        <translation>Die Aufzeichnung {id} konnte nicht übernommen werden: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/transfer/archive_format.py" line="-211"/>
        <source>its manifest is not a Threshold archive&apos;s</source>
        <translation>das Manifest ist nicht das eines Threshold-Archivs</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>it is archive version {version}; this Threshold reads version 1</source>
        <translation>das ist ein Archiv der Version {version}; diese Version von Threshold liest Version 1</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>it does not open with front matter (a --- line)</source>
        <translation>am Anfang fehlt der Vorspann (eine Zeile ---)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>its front matter line {line} is not &apos;key: value&apos;</source>
        <translation>die Vorspann-Zeile {line} hat nicht die Form „key: value“</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the value of {key} is not valid ({reason})</source>
        <translation>der Wert von {key} ist ungültig ({reason})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>its front matter never closes (no second --- line)</source>
        <translation>der Vorspann wird nie geschlossen (es fehlt die zweite Zeile ---)</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>the time {value} has no offset</source>
        <translation>die Zeit {value} hat keinen Zeitzonenversatz</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>expected text, found {value}</source>
        <translation>erwartet war Text, gefunden wurde {value}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>expected a count, found {value}</source>
        <translation>erwartet war eine Anzahl, gefunden wurde {value}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>expected true or false, found {value}</source>
        <translation>erwartet war true oder false, gefunden wurde {value}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>expected an object, found {value}</source>
        <translation>erwartet war ein Objekt, gefunden wurde {value}</translation>
    </message>
    <message>
        <location filename="../../app/transfer/archive_links.py" line="+6"/>
        <source>it links the entry {id} to itself</source>
        <translation>sie verknüpft den Eintrag {id} mit sich selbst</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>link {number}: {reason}</source>
        <translation>Verknüpfung {number}: {reason}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>A link in {name} names an entry that is in neither the archive nor this journal ({earlier} to {later}), so the archive isn&apos;t whole.</source>
        <translation>Eine Verknüpfung in {name} nennt einen Eintrag, der weder im Archiv noch in diesem Tagebuch ist (von {earlier} zu {later}), das Archiv ist also nicht vollständig.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A link in {name} between {earlier} and {later} could not be kept: {reason}</source>
        <translation>Eine Verknüpfung in {name} zwischen {earlier} und {later} konnte nicht übernommen werden: {reason}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{value} is not an entry&apos;s id as Threshold writes it</source>
        <translation>{value} hat nicht die Form, in der Threshold die ID eines Eintrags schreibt</translation>
    </message>
    <message>
        <location filename="../../app/transfer/archive_read.py" line="-328"/>
        <source>{name} holds {count} entries but its manifest says {said}; it may be damaged.</source>
        <translation>{name} enthält {count} Einträge, aber sein Manifest nennt {said}; vielleicht ist es beschädigt.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>one id</source>
        <translation>dieselbe ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the same imported entry</source>
        <translation>denselben importierten Eintrag</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The entries {first} and {second} in {archive} both name {what}; the archive may have been changed by hand.</source>
        <translation>Die Einträge {first} und {second} in {archive} nennen beide {what}; vielleicht wurde das Archiv von Hand verändert.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{name} has no {manifest}; it is not a Threshold archive.</source>
        <translation>{name} hat kein {manifest}; es ist kein Threshold-Archiv.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} is protected by a password.</source>
        <translation>{name} ist mit einem Passwort geschützt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../app/transfer/local_files.py" line="+122"/>
        <source>{name} can&apos;t be read: {reason}.</source>
        <translation>{name} lässt sich nicht lesen: {reason}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{name} in {archive} is not valid JSON ({reason}).</source>
        <translation>{name} in {archive} ist kein gültiges JSON ({reason}).</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+16"/>
        <location line="+27"/>
        <location line="+20"/>
        <source>{name} in {archive} can&apos;t be read: {reason}.</source>
        <translation>{name} in {archive} lässt sich nicht lesen: {reason}.</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>The reasons, contacts or prompts in {name} can&apos;t be read: {reason}.</source>
        <translation>Die Gründe, Kontakte oder Impulse in {name} lassen sich nicht lesen: {reason}.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>{name} holds {found}, but its manifest says {said}; it may be damaged.</source>
        <translation>{name} enthält {found}, aber sein Manifest nennt {said}; vielleicht ist es beschädigt.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{records} incident record with {files} evidence file</source>
        <translation>{records} Aufzeichnung mit {files} Beweisdatei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{records} incident record with {files} evidence files</source>
        <translation>{records} Aufzeichnung mit {files} Beweisdateien</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{records} incident records with {files} evidence file</source>
        <translation>{records} Aufzeichnungen mit {files} Beweisdatei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{records} incident records with {files} evidence files</source>
        <translation>{records} Aufzeichnungen mit {files} Beweisdateien</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Record {number} of {name} in {archive} can&apos;t be read: {reason}.</source>
        <translation>Aufzeichnung {number} von {name} in {archive} lässt sich nicht lesen: {reason}.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>its evidence file {name} is not in the archive</source>
        <translation>ihre Beweisdatei {name} ist nicht im Archiv</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>its record</source>
        <translation>die zugehörige Aufzeichnung</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Two incident records or evidence files in {archive} have the id {id}; the archive may have been changed by hand.</source>
        <translation>Zwei Aufzeichnungen oder Beweisdateien in {archive} haben die ID {id}; vielleicht wurde das Archiv von Hand verändert.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The entry {name} in {archive} can&apos;t be read: {reason}.</source>
        <translation>Der Eintrag {name} in {archive} lässt sich nicht lesen: {reason}.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>its attachment {name} is not in the archive</source>
        <translation>sein Anhang {name} ist nicht im Archiv</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>its entry</source>
        <translation>der zugehörige Eintrag</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{name} in {archive} is damaged: its SHA-256 is not the one {lister} lists.</source>
        <translation>{name} in {archive} ist beschädigt: Sein SHA-256-Wert ist nicht der, den {lister} angibt.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{value} is not an id Threshold writes</source>
        <translation>{value} ist keine ID, wie Threshold sie schreibt</translation>
    </message>
    <message>
        <location filename="../../app/transfer/archive_write.py" line="+68"/>
        <source>The archive couldn&apos;t be written: the file read back does not list everything. Nothing was kept; your journal is as it was.</source>
        <translation>Das Archiv konnte nicht geschrieben werden: Die zurückgelesene Datei führt nicht alles auf. Es wurde nichts behalten; dein Tagebuch ist so wie vorher.</translation>
    </message>
    <message>
        <location filename="../../app/transfer/dayone.py" line="+80"/>
        <source>{name} holds no Day One journal (a .json file at its top).</source>
        <translation>{name} enthält kein Day-One-Tagebuch (eine .json-Datei auf oberster Ebene).</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+6"/>
        <source>a Day One journal</source>
        <translation>ein Day-One-Tagebuch</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} is not a Day One journal: it has no list of entries.</source>
        <translation>{name} ist kein Day-One-Tagebuch: Es hat keine Liste von Einträgen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../../app/transfer/jrnl.py" line="+122"/>
        <source>Entry {number} of {name}</source>
        <translation>Eintrag {number} von {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{where} is not an entry (a JSON object).</source>
        <translation>{where} ist kein Eintrag (ein JSON-Objekt).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{where} has no uuid.</source>
        <translation>{where} hat keine uuid.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{where} has no creationDate.</source>
        <translation>{where} hat kein creationDate.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the Day One entry of {day} in {name}</source>
        <translation>der Day-One-Eintrag vom {day} in {name}</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>{where} has a {key} that is not a date.</source>
        <translation>{where} hat ein {key}, das kein Datum ist.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{where} has a {key} Threshold cannot read ({value}).</source>
        <translation>{where} hat ein {key}, das Threshold nicht lesen kann ({value}).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{where} has a creationDate at the very edge of the calendar.</source>
        <translation>{where} hat ein creationDate ganz am Rand des Kalenders.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{where} has a text that is not text.</source>
        <translation>{where} hat einen Text, der kein Text ist.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{where} has no text, and rich text Threshold cannot read.</source>
        <translation>{where} hat keinen Text, und den formatierten Text kann Threshold nicht lesen.</translation>
    </message>
    <message>
        <location line="+55"/>
        <location filename="../../app/transfer/jrnl.py" line="+9"/>
        <source>{where} has tags that are not a list of words.</source>
        <translation>{where} hat Schlagwörter, die keine Liste von Wörtern sind.</translation>
    </message>
    <message>
        <location filename="../../app/transfer/dayone_media.py" line="+58"/>
        <source>{where} has a {key} list Threshold cannot read.</source>
        <translation>{where} hat eine {key}-Liste, die Threshold nicht lesen kann.</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>{name} is not in {archive}, though {where} shows it.</source>
        <translation>{name} ist nicht in {archive}, obwohl {where} es zeigt.</translation>
    </message>
    <message>
        <location filename="../../app/transfer/importing.py" line="+115"/>
        <source>The entry of {day}</source>
        <translation>Der Eintrag vom {day}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>“{name}” in the entry of {day}</source>
        <translation>„{name}“ im Eintrag vom {day}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{what} could not be kept: {reason}</source>
        <translation>{what} konnte nicht übernommen werden: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/transfer/jrnl.py" line="-57"/>
        <source>a jrnl journal</source>
        <translation>ein jrnl-Tagebuch</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>jrnl&apos;s export</source>
        <translation>den Export von jrnl</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} is JSON, but not jrnl&apos;s export: it has no list of entries.</source>
        <translation>{name} ist JSON, aber kein Export von jrnl: Es hat keine Liste von Einträgen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{where} is not an entry (a set of fields).</source>
        <translation>{where} ist kein Eintrag (eine Gruppe von Feldern).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{where} has no title or body as text.</source>
        <translation>{where} hat weder Titel noch Inhalt als Text.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{where} says neither true nor false for starred.</source>
        <translation>{where} gibt für starred weder true noch false an.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{where} has no date as YYYY-MM-DD ({value}).</source>
        <translation>{where} hat kein Datum im Format JJJJ-MM-TT ({value}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{where} has no time as HH:MM ({value}).</source>
        <translation>{where} hat keine Uhrzeit im Format HH:MM ({value}).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{where} has a date or time that is none: {moment}.</source>
        <translation>{where} hat ein Datum oder eine Uhrzeit, die es nicht gibt: {moment}.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{name} has no jrnl entry in it (a line opening with [YYYY-MM-DD HH:MM]).</source>
        <translation>{name} enthält keinen jrnl-Eintrag (eine Zeile, die mit [YYYY-MM-DD HH:MM] beginnt).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name} has text before its first entry (line {line}) that jrnl never writes.</source>
        <translation>{name} hat vor seinem ersten Eintrag Text (Zeile {line}), den jrnl nie schreibt.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Line {line} of {name}</source>
        <translation>Zeile {line} von {name}</translation>
    </message>
    <message>
        <location filename="../../app/transfer/local_files.py" line="-80"/>
        <source>{name} is {size} MB; Threshold imports {what} of up to {limit} MB.</source>
        <translation>{name} ist {size} MB groß; Threshold importiert {what} nur bis {limit} MB.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{name} could not be read.</source>
        <translation>{name} konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name} could not be read as an ordinary file.</source>
        <translation>{name} konnte nicht als gewöhnliche Datei gelesen werden.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{name} holds a NUL character, so it seems not to be text.</source>
        <translation>{name} enthält ein NUL-Zeichen und scheint daher kein Text zu sein.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{name} is not valid JSON (line {line}, column {column}: {reason}).</source>
        <translation>{name} ist kein gültiges JSON (Zeile {line}, Spalte {column}: {reason}).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{name} is nested too deeply to be {what}.</source>
        <translation>{name} ist zu tief verschachtelt für {what}.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>it is nested too deeply to read</source>
        <translation>es ist zu tief verschachtelt, um es zu lesen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>it holds a number of more than {count} digits, too long to read</source>
        <translation>es enthält eine Zahl mit mehr als {count} Ziffern, zu lang, um sie zu lesen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>it holds a broken character (an escape such as \ud800 that stands for no letter)</source>
        <translation>es enthält ein beschädigtes Zeichen (ein Escape wie \ud800, das für keinen Buchstaben steht)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>{name} is not UTF-8 text (byte {byte} is not); save it as UTF-8 and import it again.</source>
        <translation>{name} ist kein UTF-8-Text (Byte {byte} ist es nicht); du kannst die Datei als UTF-8 speichern und noch einmal importieren.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>{count} entries have tags too long or too many (over {most}) to keep as tags; those stay in the text only.</source>
        <translation>{count} Einträge haben Schlagwörter, die zu lang oder zu viele sind (mehr als {most}), um sie als Schlagwörter zu behalten; sie bleiben nur im Text.</translation>
    </message>
    <message>
        <location filename="../../app/transfer/markdown_folder.py" line="+96"/>
        <source>{name} holds no Markdown notes (.md or .markdown files).</source>
        <translation>{name} enthält keine Markdown-Notizen (.md- oder .markdown-Dateien).</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The folder {name} could not be read.</source>
        <translation>Der Ordner {name} konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The folder holds more than {count} notes or {size} MB of them; import its folders one at a time.</source>
        <translation>Der Ordner enthält mehr als {count} Notizen oder {size} MB davon; du kannst seine Ordner einzeln importieren.</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+5"/>
        <source>a note</source>
        <translation>eine Notiz</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Links to other notes or folders skipped (no link is followed): {count}.</source>
        <translation>Übersprungene Links zu anderen Notizen oder Ordnern (keinem Link wird gefolgt): {count}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pictures the notes show that are not in the folder: {count}; their references stay as written.</source>
        <translation>Bilder, die die Notizen zeigen, die aber nicht im Ordner liegen: {count}; ihre Verweise bleiben so, wie sie geschrieben sind.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pictures outside the folder or behind a link, not attached: {count}; their references stay as written.</source>
        <translation>Bilder außerhalb des Ordners oder hinter einem Link, nicht angehängt: {count}; ihre Verweise bleiben so, wie sie geschrieben sind.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Notes whose front matter date could not be read: {count}; the date in the file&apos;s name, or the file&apos;s time, is used.</source>
        <translation>Notizen, deren Datum im Vorspann nicht gelesen werden konnte: {count}; stattdessen gilt das Datum im Dateinamen oder die Zeit der Datei.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Notes whose front matter holds more than a title, date, tags and star, or is not YAML names and values: {count}; it stays at the top of their text, as written.</source>
        <translation>Notizen, deren Vorspann mehr als Titel, Datum, Schlagwörter und Stern enthält oder nicht aus YAML-Namen und -Werten besteht: {count}; er bleibt so, wie er geschrieben ist, am Anfang ihres Textes.</translation>
    </message>
    <message>
        <location filename="../../app/transfer/problems.py" line="+10"/>
        <source>Nothing was imported.</source>
        <translation>Es wurde nichts importiert.</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+9"/>
        <source>{problem} {nothing}</source>
        <translation>{problem} {nothing}</translation>
    </message>
    <message>
        <location filename="../../app/transfer/sources.py" line="+88"/>
        <source>There is nothing at {path}.</source>
        <translation>Unter {path} gibt es nichts.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} is not a format Threshold can import (a Day One export, jrnl&apos;s JSON or text journal, a folder of Markdown notes, or a Threshold archive).</source>
        <translation>{name} hat kein Format, das Threshold importieren kann (ein Export aus Day One, das JSON oder Text-Tagebuch von jrnl, ein Ordner mit Markdown-Notizen oder ein Threshold-Archiv).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name} looks like {seen}, not {kind}.</source>
        <translation>{name} sieht nach {seen} aus, nicht nach {kind}.</translation>
    </message>
    <message>
        <location filename="../../app/transfer/zipsafe.py" line="+91"/>
        <source>{archive} has no file called {name}.</source>
        <translation>{archive} hat keine Datei namens {name}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} in {archive} is {size}, too large to import.</source>
        <translation>{name} in {archive} ist {size} groß, zu groß zum Importieren.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name} in {archive} inflates far beyond its size (a zip bomb).</source>
        <translation>{name} in {archive} wird beim Entpacken um ein Vielfaches größer (eine ZIP-Bombe).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{name} in {archive} inflates to more than its header says (a zip bomb, or a damaged file).</source>
        <translation>{name} in {archive} wird beim Entpacken größer, als sein Header angibt (eine ZIP-Bombe oder eine beschädigte Datei).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{archive} inflates to more than {size}.</source>
        <translation>{archive} wird beim Entpacken größer als {size}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name} in {archive} is damaged ({reason}).</source>
        <translation>{name} in {archive} ist beschädigt ({reason}).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name} in {archive} needs the right password.</source>
        <translation>{name} in {archive} braucht das richtige Passwort.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{archive} holds {count} files, more than an export has.</source>
        <translation>{archive} enthält {count} Dateien, mehr als ein Export hat.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{archive} holds two files that both read as {name}, so which one to import is unclear.</source>
        <translation>{archive} enthält zwei Dateien, die beide als {name} gelesen werden, daher ist unklar, welche importiert werden soll.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The file {name} in the zip is a link to somewhere else.</source>
        <translation>Die Datei {name} in der ZIP-Datei ist eine Verknüpfung an einen anderen Ort.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The zip names a file {name} with an absolute or unsafe path.</source>
        <translation>Die ZIP-Datei nennt eine Datei {name} mit einem absoluten oder unsicheren Pfad.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The zip names a file {name} that climbs out of its folder.</source>
        <translation>Die ZIP-Datei nennt eine Datei {name}, die aus ihrem Ordner hinausführt.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>There is no file at {path}.</source>
        <translation>Unter {path} gibt es keine Datei.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path} is a folder, not a zip file.</source>
        <translation>{path} ist ein Ordner, keine ZIP-Datei.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} is not a zip file, or it is damaged.</source>
        <translation>{name} ist keine ZIP-Datei oder ist beschädigt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/pair_models.py" line="+42"/>
        <source>d MMMM</source>
        <extracomment>A Qt date format for a day and its month, no year: d = day, MMMM = month name.</extracomment>
        <translation>d. MMMM</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../app/ui/patterns/words.py" line="-80"/>
        <location filename="../../app/ui/translation.py" line="-1"/>
        <source>d MMMM yyyy</source>
        <extracomment>A Qt date format: d = day, MMMM = month name, yyyy = year.</extracomment>
        <translation>d. MMMM yyyy</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/timeline_delegate.py" line="+289"/>
        <source>ddd d</source>
        <extracomment>A Qt date format for a short weekday and the day of the month: ddd = &quot;Tue&quot;, d = 12.</extracomment>
        <translation>ddd d.</translation>
    </message>
    <message>
        <location filename="../../app/vault/keystore.py" line="+34"/>
        <source>it is locked and could not be unlocked</source>
        <translation>er ist gesperrt und konnte nicht entsperrt werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the only keyring found keeps secrets in a plain file</source>
        <translation>der einzige gefundene Schlüsselbund speichert Geheimnisse in einer unverschlüsselten Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it did not answer within {seconds} seconds</source>
        <translation>er hat nicht innerhalb von {seconds} Sekunden geantwortet</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>the stored secret is not one Threshold wrote</source>
        <translation>das gespeicherte Geheimnis stammt nicht von Threshold</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>it did not keep the secret it was given</source>
        <translation>er hat das Geheimnis, das er bekommen hat, nicht behalten</translation>
    </message>
    <message>
        <location line="+157"/>
        <source>no keyring service is running on this computer</source>
        <translation>auf diesem Computer läuft kein Schlüsselbund-Dienst</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it could not be started</source>
        <translation>er konnte nicht gestartet werden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it refused the request</source>
        <translation>er hat die Anfrage abgelehnt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it failed unexpectedly ({kind})</source>
        <translation>er ist unerwartet gescheitert ({kind})</translation>
    </message>
    <message>
        <location filename="../../app/vault/recovery_key.py" line="+50"/>
        <source>A recovery key has {groups} groups of {width} characters; this one has {count} characters. Please check it and try again.</source>
        <translation>Ein Wiederherstellungsschlüssel hat {groups} Gruppen zu je {width} Zeichen; dieser hat {count} Zeichen. Bitte prüfe ihn und versuche es noch einmal.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A recovery key never contains {characters}. Please check it and try again.</source>
        <translation>Ein Wiederherstellungsschlüssel enthält nie {characters}. Bitte prüfe ihn und versuche es noch einmal.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Group {number} of the recovery key looks mistyped. Please check that group and try again.</source>
        <translation>In Gruppe {number} des Wiederherstellungsschlüssels hat sich wohl ein Tippfehler eingeschlichen. Bitte prüfe diese Gruppe und versuche es noch einmal.</translation>
    </message>
    <message>
        <location filename="../../app/vault/rotation.py" line="+89"/>
        <source>Changing the journal key needs your recovery key (or a new one).</source>
        <translation>Um den Schlüssel des Tagebuchs zu ändern, wird dein Wiederherstellungsschlüssel (oder ein neuer) gebraucht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changing the journal key needs your passphrase.</source>
        <translation>Um den Schlüssel des Tagebuchs zu ändern, wird deine Passphrase gebraucht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changing the journal key needs the system keyring.</source>
        <translation>Um den Schlüssel des Tagebuchs zu ändern, wird der Schlüsselbund des Systems gebraucht.</translation>
    </message>
    <message>
        <location filename="../../app/vault/slot_secret.py" line="+96"/>
        <source>That passphrase doesn&apos;t open this journal. Please try again.</source>
        <translation>Diese Passphrase öffnet dieses Tagebuch nicht. Bitte versuche es noch einmal.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>That recovery key doesn&apos;t open this journal. Please check it and try again.</source>
        <translation>Dieser Wiederherstellungsschlüssel öffnet dieses Tagebuch nicht. Bitte prüfe ihn und versuche es noch einmal.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The keyring&apos;s secret doesn&apos;t open this journal. Your recovery key still does.</source>
        <translation>Das Geheimnis im Schlüsselbund des Systems öffnet dieses Tagebuch nicht. Mit deinem Wiederherstellungsschlüssel lässt es sich weiterhin öffnen.</translation>
    </message>
    <message>
        <location filename="../../app/vault/slots.py" line="+62"/>
        <source>This journal&apos;s key file is damaged, so it was left untouched. A backup of the journal folder can bring it back.</source>
        <translation>Die Schlüsseldatei dieses Tagebuchs ist beschädigt, deshalb wurde sie nicht angerührt. Mit einer Sicherung des Tagebuchordners kannst du sie zurückholen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This journal&apos;s key file ({name}) is not a file Threshold wrote (it is a folder or a special file), so nothing was opened or changed. A backup of the journal folder can bring the right one back.</source>
        <translation>Die Schlüsseldatei dieses Tagebuchs ({name}) ist keine Datei, die Threshold geschrieben hat (sie ist ein Ordner oder eine Spezialdatei), deshalb wurde nichts geöffnet oder geändert. Mit einer Sicherung des Tagebuchordners kannst du die richtige zurückholen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Threshold isn&apos;t allowed to read this journal&apos;s key file ({path}). This can happen after running Threshold with sudo, which leaves files owned by another user. Nothing was changed. Giving the file back to your user (for example with `sudo chown $USER {path}`) lets it open again.</source>
        <translation>Threshold darf die Schlüsseldatei dieses Tagebuchs ({path}) nicht lesen. Das kann passieren, nachdem Threshold mit sudo ausgeführt wurde; dabei bleiben Dateien zurück, die einem anderen Benutzer gehören. Es wurde nichts geändert. Wenn du die Datei wieder deinem Benutzer gibst (zum Beispiel mit `sudo chown $USER {path}`), lässt sich das Tagebuch wieder öffnen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This journal was set up by a newer version of Threshold. Please update Threshold to open it; the journal was left untouched.</source>
        <translation>Dieses Tagebuch wurde mit einer neueren Version von Threshold eingerichtet. Bitte aktualisiere Threshold, um es zu öffnen; das Tagebuch wurde nicht angerührt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Another Threshold window or command is changing how this journal opens just now. Nothing was changed; please try again in a moment.</source>
        <translation>Ein anderes Threshold-Fenster oder ein anderer Befehl ändert gerade, wie sich dieses Tagebuch öffnet. Es wurde nichts geändert; bitte versuche es gleich noch einmal.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a disk error</source>
        <translation>ein Fehler des Datenträgers</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This journal&apos;s key file is missing.</source>
        <translation>Die Schlüsseldatei dieses Tagebuchs fehlt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This journal&apos;s key file couldn&apos;t be read ({reason}), so nothing was opened or changed. A backup of the journal folder can bring it back.</source>
        <translation>Die Schlüsseldatei dieses Tagebuchs konnte nicht gelesen werden ({reason}), deshalb wurde nichts geöffnet oder geändert. Mit einer Sicherung des Tagebuchordners kannst du sie zurückholen.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The journal&apos;s key file couldn&apos;t be changed because the disk is full. Nothing was changed: every way in still opens it. Free some space and try again.</source>
        <translation>Die Schlüsseldatei des Tagebuchs konnte nicht geändert werden, weil der Datenträger voll ist. Es wurde nichts geändert: Das Tagebuch lässt sich weiterhin auf jedem bisherigen Weg öffnen. Wenn du etwas Platz schaffst, kannst du es noch einmal versuchen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The journal&apos;s key file couldn&apos;t be changed ({reason}). Nothing was changed: every way in still opens it.</source>
        <translation>Die Schlüsseldatei des Tagebuchs konnte nicht geändert werden ({reason}). Es wurde nichts geändert: Das Tagebuch lässt sich weiterhin auf jedem bisherigen Weg öffnen.</translation>
    </message>
    <message>
        <location filename="../../app/vault/vault.py" line="+55"/>
        <source>The key file now belongs to a different journal (was a backup restored meanwhile?), so nothing was changed. Please close Threshold and open it again.</source>
        <translation>Die Schlüsseldatei gehört jetzt zu einem anderen Tagebuch (wurde inzwischen eine Sicherung wiederhergestellt?), deshalb wurde nichts geändert. Bitte schließe Threshold und öffne es wieder.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Another Threshold window or command made a new recovery key meanwhile, so this one was not kept. The recovery key shown last is the one that works.</source>
        <translation>Ein anderes Threshold-Fenster oder ein anderer Befehl hat inzwischen einen neuen Wiederherstellungsschlüssel erstellt, deshalb wurde dieser nicht übernommen. Der zuletzt angezeigte Wiederherstellungsschlüssel ist der, der funktioniert.</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>it no longer holds this journal&apos;s secret</source>
        <translation>er enthält das Geheimnis dieses Tagebuchs nicht mehr</translation>
    </message>
    <message>
        <location line="+231"/>
        <source>This journal doesn&apos;t open with the computer login; it needs its passphrase or recovery key.</source>
        <translation>Dieses Tagebuch öffnet sich nicht mit der Computer-Anmeldung; es braucht seine Passphrase oder seinen Wiederherstellungsschlüssel.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This journal has no passphrase.</source>
        <translation>Dieses Tagebuch hat keine Passphrase.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This journal has no recovery key.</source>
        <translation>Dieses Tagebuch hat keinen Wiederherstellungsschlüssel.</translation>
    </message>
    <message>
        <location filename="../../app/transfer/dayone_notes.py" line="+25"/>
        <source>{count} video from Day One was not imported (Threshold keeps pictures and PDFs).</source>
        <translation>{count} Video aus Day One wurde nicht importiert (Threshold bewahrt Bilder und PDFs auf).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} videos from Day One were not imported (Threshold keeps pictures and PDFs).</source>
        <translation>{count} Videos aus Day One wurden nicht importiert (Threshold bewahrt Bilder und PDFs auf).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{count} sound recording from Day One was not imported (Threshold keeps pictures and PDFs).</source>
        <translation>{count} Tonaufnahme aus Day One wurde nicht importiert (Threshold bewahrt Bilder und PDFs auf).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{count} sound recordings from Day One were not imported (Threshold keeps pictures and PDFs).</source>
        <translation>{count} Tonaufnahmen aus Day One wurden nicht importiert (Threshold bewahrt Bilder und PDFs auf).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{count} picture or document was not in Day One&apos;s export, so not imported.</source>
        <translation>{count} Bild oder Dokument war nicht im Export von Day One und wurde darum nicht importiert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} pictures and documents were not in Day One&apos;s export, so not imported.</source>
        <translation>{count} Bilder und Dokumente waren nicht im Export von Day One und wurden darum nicht importiert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{count} picture or document was not in this JSON file (Day One&apos;s zip export holds them).</source>
        <translation>{count} Bild oder Dokument war nicht in dieser JSON-Datei (der ZIP-Export von Day One enthält sie).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{count} pictures and documents were not in this JSON file (Day One&apos;s zip export holds them).</source>
        <translation>{count} Bilder und Dokumente waren nicht in dieser JSON-Datei (der ZIP-Export von Day One enthält sie).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{count} file over 100 MB was not imported.</source>
        <translation>{count} Datei über 100 MB wurde nicht importiert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} files over 100 MB were not imported.</source>
        <translation>{count} Dateien über 100 MB wurden nicht importiert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} entry had no time zone Threshold knows: the date is read in UTC.</source>
        <translation>{count} Eintrag hatte keine Zeitzone, die Threshold kennt: Das Datum wird in UTC gelesen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} entries had no time zone Threshold knows: the date is read in UTC.</source>
        <translation>{count} Einträge hatten keine Zeitzone, die Threshold kennt: Das Datum wird in UTC gelesen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{count} entry&apos;s place and weather was left out (kept only when you choose to keep them).</source>
        <translation>Ort und Wetter von {count} Eintrag wurden weggelassen (sie werden nur behalten, wenn du dich dafür entscheidest).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{count} entries&apos; places and weather were left out (kept only when you choose to keep them).</source>
        <translation>Orte und Wetter von {count} Einträgen wurden weggelassen (sie werden nur behalten, wenn du dich dafür entscheidest).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{count} tag longer than 64 characters was shortened.</source>
        <translation>{count} Schlagwort mit mehr als 64 Zeichen wurde gekürzt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} tags longer than 64 characters were shortened.</source>
        <translation>{count} Schlagwörter mit mehr als 64 Zeichen wurden gekürzt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} entry had more than 50 tags: the first 50 are kept.</source>
        <translation>{count} Eintrag hatte mehr als 50 Schlagwörter: Die ersten 50 werden behalten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} entries had more than 50 tags: the first 50 are kept.</source>
        <translation>{count} Einträge hatten mehr als 50 Schlagwörter: Die ersten 50 werden behalten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{count} photo in {type} from Day One was not imported (Threshold keeps JPEG, PNG, GIF, WebP and BMP pictures).</source>
        <translation>{count} Foto im Format {type} aus Day One wurde nicht importiert (Threshold bewahrt Bilder in JPEG, PNG, GIF, WebP und BMP auf).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{count} photos in {type} from Day One were not imported (Threshold keeps JPEG, PNG, GIF, WebP and BMP pictures).</source>
        <translation>{count} Fotos im Format {type} aus Day One wurden nicht importiert (Threshold bewahrt Bilder in JPEG, PNG, GIF, WebP und BMP auf).</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>(A video from Day One was not imported: Threshold keeps pictures and PDFs.)</source>
        <translation>(Ein Video aus Day One wurde nicht importiert: Threshold bewahrt Bilder und PDFs auf.)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(A sound recording from Day One was not imported: Threshold keeps pictures and PDFs.)</source>
        <translation>(Eine Tonaufnahme aus Day One wurde nicht importiert: Threshold bewahrt Bilder und PDFs auf.)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(A {type} photo from Day One was not imported: Threshold keeps JPEG, PNG, GIF, WebP and BMP pictures.)</source>
        <translation>(Ein Foto im Format {type} aus Day One wurde nicht importiert: Threshold bewahrt Bilder in JPEG, PNG, GIF, WebP und BMP auf.)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>(A photo from Day One was not imported: Day One&apos;s export did not include it.)</source>
        <translation>(Ein Foto aus Day One wurde nicht importiert: Der Export von Day One enthielt es nicht.)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(A photo from Day One was not imported: it is in Day One&apos;s zip export, not in this JSON file.)</source>
        <translation>(Ein Foto aus Day One wurde nicht importiert: Es ist im ZIP-Export von Day One, nicht in dieser JSON-Datei.)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(A photo from Day One was not imported: it is larger than 100 MB.)</source>
        <translation>(Ein Foto aus Day One wurde nicht importiert: Es ist größer als 100 MB.)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(A PDF from Day One was not imported: Day One&apos;s export did not include it.)</source>
        <translation>(Ein PDF aus Day One wurde nicht importiert: Der Export von Day One enthielt es nicht.)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(A PDF from Day One was not imported: it is in Day One&apos;s zip export, not in this JSON file.)</source>
        <translation>(Ein PDF aus Day One wurde nicht importiert: Es ist im ZIP-Export von Day One, nicht in dieser JSON-Datei.)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(A PDF from Day One was not imported: it is larger than 100 MB.)</source>
        <translation>(Ein PDF aus Day One wurde nicht importiert: Es ist größer als 100 MB.)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(A {what} from Day One was not imported: Day One&apos;s export did not include it.)</source>
        <translation>(Ein Element aus Day One ({what}) wurde nicht importiert: Der Export von Day One enthielt es nicht.)</translation>
    </message>
    <message>
        <location filename="../../app/storage/incident_chain.py" line="+81"/>
        <source>record {ref} {reason}</source>
        <translation>die Aufzeichnung {ref} {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an amendment of record {ref} {reason}</source>
        <translation>ein Nachtrag zur Aufzeichnung {ref} {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>link {seq}, record {ref} (written {at}): {reason}</source>
        <translation>Schritt {seq}, Aufzeichnung {ref} (geschrieben am {at}): {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>link {seq}, an amendment of record {ref} (written {at}): {reason}</source>
        <translation>Schritt {seq}, ein Nachtrag zur Aufzeichnung {ref} (geschrieben am {at}): {reason}</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>a link before this one is missing</source>
        <translation>ein Schritt vor diesem fehlt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this link was changed after it was written</source>
        <translation>dieser Schritt wurde verändert, nachdem er geschrieben wurde</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>a record said to be deleted is still there</source>
        <translation>eine Aufzeichnung, die als gelöscht vermerkt ist, ist noch da</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>what this link seals is gone, with no removal recorded</source>
        <translation>was dieser Schritt versiegelt, ist verschwunden, ohne dass ein Löschen vermerkt ist</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>what this link seals was changed after it was sealed</source>
        <translation>was dieser Schritt versiegelt, wurde verändert, nachdem es versiegelt wurde</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>was added behind the app&apos;s back: no link seals it</source>
        <translation>wurde an der App vorbei hinzugefügt: Kein Schritt versiegelt das</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>was moved out of the trash behind the app&apos;s back</source>
        <translation>wurde an der App vorbei aus dem Papierkorb geholt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>was moved into the trash behind the app&apos;s back</source>
        <translation>wurde an der App vorbei in den Papierkorb gelegt</translation>
    </message>
    <message>
        <location filename="../../app/storage/incident_reading.py" line="+126"/>
        <source>has an evidence file that was changed or lost</source>
        <translation>hat eine Beweisdatei, die verändert wurde oder verloren ging</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>has an evidence file no link seals</source>
        <translation>hat eine Beweisdatei, die kein Schritt versiegelt</translation>
    </message>
    <message>
        <location filename="../../app/export/render.py" line="+28"/>
        <source>Journal entries</source>
        <translation>Tagebucheinträge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Untitled</source>
        <translation>Ohne Titel</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Tags: {tags}</source>
        <translation>Schlagwörter: {tags}</translation>
    </message>
    <message>
        <location filename="../../app/export/summary_html.py" line="+15"/>
        <source>In the PDF, the weeks and the words counted are also drawn as charts.</source>
        <translation>Im PDF werden die Wochen und die gezählten Wörter auch als Diagramme gezeigt.</translation>
    </message>
    <message>
        <location filename="../../app/sync/change_file.py" line="+33"/>
        <source>A file in the sync folder ({name}) doesn&apos;t open with this journal&apos;s key: it was cut short, changed, or written by another journal. It was skipped; nothing changed.</source>
        <translation>Eine Datei im Sync-Ordner ({name}) lässt sich mit dem Schlüssel dieses Tagebuchs nicht öffnen: Sie wurde gekürzt, verändert oder von einem anderen Tagebuch geschrieben. Sie wurde übersprungen; nichts hat sich verändert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A file in the sync folder ({name}) holds another file&apos;s changes than its name says. It was skipped; nothing changed.</source>
        <translation>Eine Datei im Sync-Ordner ({name}) enthält andere Änderungen, als ihr Name sagt. Sie wurde übersprungen; nichts hat sich verändert.</translation>
    </message>
</context>
<context>
    <name>AboutPage</name>
    <message>
        <location filename="../../app/ui/help_dialogs.py" line="+163"/>
        <source>About Threshold</source>
        <translation>Über Threshold</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Threshold %1</source>
        <translation>Threshold %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A private journal for the time around leaving. Your words stay on this computer, encrypted; only you can open them.</source>
        <translation>Ein privates Tagebuch für die Zeit rund um die Trennung. Deine Worte bleiben verschlüsselt auf diesem Computer; nur du kannst sie öffnen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Threshold never uses the network: no accounts, no telemetry, no update checks.</source>
        <translation>Threshold nutzt nie das Netzwerk: keine Konten, keine Telemetrie, keine Suche nach Updates.</translation>
    </message>
</context>
<context>
    <name>AccessHistorySettings</name>
    <message>
        <location filename="../../app/ui/settings/access_tab.py" line="+35"/>
        <location line="+8"/>
        <source>Who opened your journal</source>
        <translation>Wer dein Tagebuch geöffnet hat</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Each time your journal is opened, and each time a passphrase or recovery key does not open it, Threshold notes when, and which way was tried. The note is sealed: only your open journal can read it.</source>
        <translation>Jedes Mal, wenn dein Tagebuch geöffnet wird, und jedes Mal, wenn eine Passphrase oder ein Wiederherstellungsschlüssel es nicht öffnet, notiert Threshold, wann das war und auf welchem Weg es versucht wurde. Die Notiz ist versiegelt: Nur dein geöffnetes Tagebuch kann sie lesen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Nothing has been noted yet.</source>
        <translation>Bisher wurde nichts notiert.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The history could not be read just now.</source>
        <translation>Der Verlauf konnte gerade nicht gelesen werden.</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n line(s) could not be read: changed by someone&apos;s hand, or sealed to a key this journal no longer has (after its key file was restored).</source>
        <translation>
            <numerusform>%n Zeile konnte nicht gelesen werden: von jemandem von Hand verändert oder mit einem Schlüssel versiegelt, den dieses Tagebuch nicht mehr hat (nachdem seine Schlüsseldatei wiederhergestellt wurde).</numerusform>
            <numerusform>%n Zeilen konnten nicht gelesen werden: von jemandem von Hand verändert oder mit einem Schlüssel versiegelt, den dieses Tagebuch nicht mehr hat (nachdem seine Schlüsseldatei wiederhergestellt wurde).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What this shows: attempts made through Threshold, in this window or from its command line. What it cannot show: someone who copies the journal&apos;s files and tries them elsewhere, or who deletes this history; a history that was there and is gone is itself a sign.</source>
        <translation>Was das zeigt: Versuche über Threshold, in diesem Fenster oder über seine Befehlszeile. Was es nicht zeigen kann: jemanden, der die Dateien des Tagebuchs kopiert und anderswo ausprobiert oder der diesen Verlauf löscht; ein Verlauf, der da war und nun fehlt, ist selbst ein Hinweis.</translation>
    </message>
</context>
<context>
    <name>AccessNotice</name>
    <message>
        <location filename="../../app/ui/settings/access_notice.py" line="+69"/>
        <source>Since you last opened your journal</source>
        <translation>Seit du dein Tagebuch zuletzt geöffnet hast</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your journal stayed locked. You can see every opening and every attempt in Settings, under Who opened it.</source>
        <translation>Dein Tagebuch ist gesperrt geblieben. Jedes Öffnen und jeden Versuch kannst du in den Einstellungen unter „Wer es geöffnet hat“ sehen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;See the history</source>
        <translation>&amp;Verlauf ansehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>See who opened your journal</source>
        <translation>Sehen, wer dein Tagebuch geöffnet hat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>AfterPage</name>
    <message>
        <location filename="../../app/ui/doubt/reach_out_steps.py" line="+136"/>
        <source>Afterwards</source>
        <translation>Danach</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only if you want to. Nothing here is a test.</source>
        <translation>Nur wenn du möchtest. Hier wird nichts bewertet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What did you decide?</source>
        <translation>Wie hast du dich entschieden?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How do you feel now?</source>
        <translation>Wie fühlst du dich jetzt?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>I didn&apos;t reach out</source>
        <translation>Ich habe keinen Kontakt aufgenommen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I reached out</source>
        <translation>Ich habe Kontakt aufgenommen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I&apos;m not sure yet</source>
        <translation>Ich weiß es noch nicht</translation>
    </message>
</context>
<context>
    <name>AttachFlow</name>
    <message>
        <location filename="../../app/ui/journal/attaching.py" line="+154"/>
        <source>Attach pictures or PDFs</source>
        <translation>Bilder oder PDFs anhängen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pictures and PDFs (*.png *.jpg *.jpeg *.webp *.gif *.bmp *.pdf)</source>
        <translation>Bilder und PDFs (*.png *.jpg *.jpeg *.webp *.gif *.bmp *.pdf)</translation>
    </message>
</context>
<context>
    <name>Attaching</name>
    <message>
        <location filename="../../app/ui/journal/attach_work.py" line="+63"/>
        <source>Pasted picture {stamp}.png</source>
        <translation>Eingefügtes Bild {stamp}.png</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Threshold can&apos;t show the picture in “{name}”, so it wasn&apos;t attached.</source>
        <translation>Threshold kann das Bild in „{name}“ nicht anzeigen, deshalb wurde es nicht angehängt.</translation>
    </message>
</context>
<context>
    <name>AttachmentModel</name>
    <message>
        <location filename="../../app/ui/journal/attachment_strip.py" line="+87"/>
        <source>Picture: {name}</source>
        <translation>Bild: {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF document: {name}, {size}</source>
        <translation>PDF-Dokument: {name}, {size}</translation>
    </message>
</context>
<context>
    <name>AttachmentStrip</name>
    <message>
        <location line="+112"/>
        <source>Attachments</source>
        <translation>Anhänge</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Attaching…</source>
        <translation>Wird angehängt…</translation>
    </message>
</context>
<context>
    <name>AttachmentViewer</name>
    <message>
        <location filename="../../app/ui/journal/attachment_viewer.py" line="+75"/>
        <source>Attachment</source>
        <translation>Anhang</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Save a Copy…</source>
        <translation>Kopie &amp;speichern…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save a copy of the original</source>
        <translation>Eine Kopie des Originals speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous</source>
        <translation>Vorheriger</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Previous attachment</source>
        <translation>Vorheriger Anhang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next</source>
        <translation>Nächster</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next attachment</source>
        <translation>Nächster Anhang</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Picture</source>
        <translation>Bild</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Threshold keeps this document as it arrived. You can save a copy of the original and open it in another program.</source>
        <translation>Threshold bewahrt dieses Dokument so auf, wie es angekommen ist. Du kannst eine Kopie des Originals speichern und sie in einem anderen Programm öffnen.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fit to the window</source>
        <translation>An das Fenster anpassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close the viewer</source>
        <translation>Ansicht schließen</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>{number} of {count}</source>
        <translation>{number} von {count}</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{kind}, {size}
SHA-256: {digest}</source>
        <translation>{kind}, {size}
SHA-256: {digest}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Opening the picture…</source>
        <translation>Das Bild wird geöffnet…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Threshold can&apos;t show this picture.</source>
        <translation>Threshold kann dieses Bild nicht anzeigen.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{percent}%</source>
        <translation>{percent}&#xa0;%</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Save a copy of the original ({kind}, {size}, byte for byte)</source>
        <translation>Eine Kopie des Originals speichern ({kind}, {size}, Byte für Byte)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saving a copy of the original…</source>
        <translation>Eine Kopie des Originals wird gespeichert…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Threshold couldn&apos;t save the copy there: {reason}.</source>
        <translation>Threshold konnte die Kopie dort nicht speichern: {reason}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saved a copy of the original, byte for byte. The journal keeps its own.</source>
        <translation>Eine Kopie des Originals wurde gespeichert, Byte für Byte. Das Tagebuch behält sein eigenes Exemplar.</translation>
    </message>
</context>
<context>
    <name>Autosaver</name>
    <message>
        <location filename="../../app/ui/autosave.py" line="+86"/>
        <source>Your words are still here; Threshold keeps trying to save them.</source>
        <translation>Deine Worte sind noch da; Threshold versucht weiter, sie zu speichern.</translation>
    </message>
</context>
<context>
    <name>CheckinFlow</name>
    <message>
        <location filename="../../app/ui/checkin/flow.py" line="+76"/>
        <source>Evening check-in</source>
        <translation>Abend-Check-in</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+169"/>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <location line="-168"/>
        <location line="+170"/>
        <source>&amp;Skip</source>
        <translation>Über&amp;springen</translation>
    </message>
    <message>
        <location line="-169"/>
        <location line="+172"/>
        <source>&amp;Next</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Step {n} of {m}</source>
        <translation>Schritt {n} von {m}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>N&amp;ot now</source>
        <translation>&amp;Nicht jetzt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write with&amp;out a prompt</source>
        <translation>&amp;Ohne Impuls schreiben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Write about this</source>
        <translation>Darüber &amp;schreiben</translation>
    </message>
</context>
<context>
    <name>CheckinSettings</name>
    <message>
        <location filename="../../app/ui/settings/checkin_tab.py" line="+54"/>
        <location line="+7"/>
        <source>Where you are</source>
        <translation>Wo du gerade stehst</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Prompts that fit where you are come first. This stays inside your encrypted journal.</source>
        <translation>Impulse, die dazu passen, wo du gerade stehst, kommen zuerst. Das bleibt in deinem verschlüsselten Tagebuch.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>I&apos;d rather not say</source>
        <translation>Möchte ich lieber nicht sagen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The evening check-in</source>
        <translation>Der Abend-Check-in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offer the check-in when I open Threshold in the evening</source>
        <translation>Den Check-in anbieten, wenn ich Threshold abends öffne</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Prompts…</source>
        <translation>Impulse…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Manage prompts</source>
        <translation>Impulse verwalten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remind me in the evening while Threshold is open</source>
        <translation>Mich abends erinnern, solange Threshold geöffnet ist</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reminder time</source>
        <translation>Uhrzeit der Erinnerung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reminder words</source>
        <translation>Worte der Erinnerung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At</source>
        <translation>Um</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Words</source>
        <translation>Worte</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The reminder shows only these words, never anything from your journal. Choose words that would mean nothing to someone else.</source>
        <translation>Die Erinnerung zeigt nur diese Worte, nie etwas aus deinem Tagebuch. Wähle am besten Worte, die für andere nichts bedeuten.</translation>
    </message>
</context>
<context>
    <name>ChoiceStep</name>
    <message>
        <location filename="../../app/ui/setup/choice.py" line="+41"/>
        <source>How would you like to open your journal?</source>
        <translation>Wie möchtest du dein Tagebuch öffnen?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With my computer &amp;login</source>
        <translation>Mit meiner Computer-&amp;Anmeldung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The system keyring keeps the key, so the journal opens when you log in. Convenient, but anyone who can use your login can open it too.</source>
        <translation>Der Schlüsselbund des Systems bewahrt den Schlüssel auf, sodass sich das Tagebuch öffnet, wenn du dich anmeldest. Das ist bequem, aber dann kann es auch jede Person mit Zugang zu deiner Anmeldung öffnen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>With a &amp;passphrase</source>
        <translation>Mit einer &amp;Passphrase</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recommended if you share this computer or someone knows your login. You type it each time you open Threshold.</source>
        <translation>Empfohlen, wenn du diesen Computer mit anderen teilst oder jemand deine Anmeldung kennt. Du gibst sie jedes Mal ein, wenn du Threshold öffnest.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Creating your journal…</source>
        <translation>Dein Tagebuch wird erstellt…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;reate my journal</source>
        <translation>Mein Tagebuch &amp;erstellen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Nothing was created. A passphrase works without the system keyring, so you can choose one here.</source>
        <translation>Es wurde nichts erstellt. Eine Passphrase funktioniert ohne den Schlüsselbund des Systems, du kannst also hier eine wählen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing was created, so you can try again.</source>
        <translation>Es wurde nichts erstellt, du kannst es also noch einmal versuchen.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase again</source>
        <translation>Passphrase noch einmal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pa&amp;ssphrase</source>
        <translation>Pa&amp;ssphrase</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The same p&amp;assphrase again</source>
        <translation>Dieselbe Passphrase &amp;noch einmal</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>At least {count} characters. A few unrelated words are long and easy to remember.</source>
        <translation>Mindestens {count} Zeichen. Ein paar Wörter, die nichts miteinander zu tun haben, ergeben eine lange Passphrase, die leicht zu merken ist.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That works. A few more characters would make it harder to guess.</source>
        <translation>Das reicht. Ein paar Zeichen mehr würden sie schwerer zu erraten machen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A good length.</source>
        <translation>Eine gute Länge.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A strong length.</source>
        <translation>Eine starke Länge.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A passphrase needs at least {count} characters.</source>
        <translation>Eine Passphrase braucht mindestens {count} Zeichen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Please type it once more below, so a typo can&apos;t lock you out.</source>
        <translation>Bitte gib sie unten noch einmal ein, damit ein Tippfehler dich nicht aussperren kann.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The two passphrases aren&apos;t the same yet. Please type the second again.</source>
        <translation>Die beiden Passphrasen stimmen noch nicht überein. Bitte gib die zweite noch einmal ein.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Please choose one of the two ways first: your computer login, or a passphrase.</source>
        <translation>Bitte wähle zuerst einen der beiden Wege: deine Computer-Anmeldung oder eine Passphrase.</translation>
    </message>
</context>
<context>
    <name>ChoosePage</name>
    <message>
        <location filename="../../app/ui/transfer/import_pages.py" line="+24"/>
        <source>Bring in entries from elsewhere</source>
        <translation>Einträge von anderswo übernehmen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Threshold can import a Day One export (a .zip file), a jrnl journal (JSON or text), a folder of Markdown notes, or a Threshold archive. Nothing is added until you have seen what would come in and chosen Import.</source>
        <translation>Threshold kann einen Export aus Day One (eine .zip-Datei), ein jrnl-Tagebuch (JSON oder Text), einen Ordner mit Markdown-Notizen oder ein Threshold-Archiv importieren. Es wird nichts hinzugefügt, bevor du gesehen hast, was übernommen würde, und „Importieren“ gewählt hast.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose a &amp;File…</source>
        <translation>&amp;Datei wählen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a F&amp;older…</source>
        <translation>&amp;Ordner wählen…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reading</source>
        <translation>Wird gelesen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Archive &amp;password</source>
        <translation>Archiv-&amp;Passwort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archive password</source>
        <translation>Archiv-Passwort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Read It</source>
        <translation>&amp;Lesen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Read the archive</source>
        <translation>Das Archiv lesen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Reading {name}…</source>
        <translation>{name} wird gelesen…</translation>
    </message>
</context>
<context>
    <name>ClosingPage</name>
    <message>
        <location filename="../../app/ui/checkin/steps.py" line="+201"/>
        <source>&amp;Remember this entry</source>
        <translation>Diesen Eintrag &amp;merken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remember this entry</source>
        <translation>Diesen Eintrag merken</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Entries you mark are easy to find again on a day you need your reasons.</source>
        <translation>Einträge, die du dir merkst, findest du leicht wieder, wenn du an einem Tag deine Gründe brauchst.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Done</source>
        <translation>&amp;Fertig</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
</context>
<context>
    <name>ConfirmStep</name>
    <message>
        <location filename="../../app/ui/setup/recovery.py" line="+176"/>
        <source>One last check</source>
        <translation>Ein letzter Check</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Group of the recovery key</source>
        <translation>Gruppe des Wiederherstellungsschlüssels</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Finish</source>
        <translation>&amp;Fertig</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Back to the key</source>
        <translation>&amp;Zurück zum Schlüssel</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>To be sure the key is safely kept, please type group {number} of {total} here. Groups are counted from the left, starting at 1.</source>
        <translation>Damit sicher ist, dass der Schlüssel gut aufbewahrt ist, gib hier bitte Gruppe {number} von {total} ein. Die Gruppen werden von links gezählt, beginnend mit 1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Group {number}</source>
        <translation>&amp;Gruppe {number}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>That doesn&apos;t match group {number}. You can look at the key again, then try once more.</source>
        <translation>Das stimmt nicht mit Gruppe {number} überein. Du kannst dir den Schlüssel noch einmal ansehen und es dann erneut versuchen.</translation>
    </message>
</context>
<context>
    <name>ContactForm</name>
    <message>
        <location filename="../../app/ui/doubt/contact_form.py" line="+80"/>
        <source>Edit a contact</source>
        <translation>Einen Kontakt bearbeiten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record a contact</source>
        <translation>Einen Kontakt festhalten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What was said, in brief</source>
        <translation>Was gesagt wurde, in Kürze</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A few words</source>
        <translation>Ein paar Worte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How I felt</source>
        <translation>Wie ich mich gefühlt habe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Whatever was there</source>
        <translation>Was auch immer da war</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What I did</source>
        <translation>Was ich getan habe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Answered, waited, didn&apos;t reply: all of it counts</source>
        <translation>Geantwortet, abgewartet, nicht reagiert: Alles zählt</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>{reason} Your words are still here.</source>
        <translation>{reason} Deine Worte sind noch da.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>When they reached out</source>
        <translation>Wann sich die Person gemeldet hat</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>d MMM yyyy</source>
        <translation>d. MMM yyyy</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How they reached out</source>
        <translation>Auf welchem Weg sich die Person gemeldet hat</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Link to an entry</source>
        <translation>Mit einem Eintrag verknüpfen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No entry</source>
        <translation>Kein Eintrag</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The entry you have open: {entry}</source>
        <translation>Der Eintrag, den du geöffnet hast: {entry}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Optional: a few words, kept with the change</source>
        <translation>Optional: ein paar Worte, die mit der Änderung aufbewahrt werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why the change</source>
        <translation>Warum die Änderung</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Why it wasn&apos;t saved</source>
        <translation>Warum es nicht gespeichert wurde</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;When</source>
        <translation>&amp;Wann</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;How they reached out</source>
        <translation>&amp;Auf welchem Weg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wh&amp;o</source>
        <translation>W&amp;er</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was &amp;said, in brief</source>
        <translation>Was &amp;gesagt wurde, in Kürze</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How I &amp;felt</source>
        <translation>Wie ich mich ge&amp;fühlt habe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What I &amp;did</source>
        <translation>Was ich ge&amp;tan habe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Link to an entry</source>
        <translation>Mit einem Eintrag &amp;verknüpfen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wh&amp;y the change</source>
        <translation>Wa&amp;rum die Änderung</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A change is kept beneath what you first wrote, with its time, so the log stands up later.</source>
        <translation>Eine Änderung wird mit ihrem Zeitpunkt unter dem aufbewahrt, was du zuerst geschrieben hast, damit das Protokoll auch später Bestand hat.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A few words are enough. Any part can stay empty.</source>
        <translation>Ein paar Worte reichen. Jedes Feld darf leer bleiben.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>An entry no longer in the journal</source>
        <translation>Ein Eintrag, der nicht mehr im Tagebuch ist</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Untitled entry</source>
        <translation>Eintrag ohne Titel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{headline}, {day}</source>
        <translation>{headline}, {day}</translation>
    </message>
</context>
<context>
    <name>ContactList</name>
    <message>
        <location filename="../../app/ui/doubt/contact_log_parts.py" line="-172"/>
        <source>Contact records</source>
        <translation>Festgehaltene Kontakte</translation>
    </message>
</context>
<context>
    <name>ContactListModel</name>
    <message>
        <location filename="../../app/ui/doubt/contact_log_model.py" line="-28"/>
        <source>From {names}</source>
        <translation>Von {names}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What was said: {text}</source>
        <translation>Was gesagt wurde: {text}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How I felt: {text}</source>
        <translation>Wie ich mich gefühlt habe: {text}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What I did: {text}</source>
        <translation>Was ich getan habe: {text}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Linked to an entry</source>
        <translation>Mit einem Eintrag verknüpft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed since; what was first written is kept in the incident record</source>
        <translation>Seitdem geändert; was zuerst geschrieben wurde, bleibt im Vorfallsprotokoll erhalten</translation>
    </message>
</context>
<context>
    <name>ContactLogDialog</name>
    <message>
        <location filename="../../app/ui/doubt/contact_log.py" line="+74"/>
        <location line="+92"/>
        <source>Contact log</source>
        <translation>Kontaktprotokoll</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>Contact log status</source>
        <translation>Status des Kontaktprotokolls</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Each time they reach out, you can note it here: when, how, who, and what you did. Over the months, the pattern gets easier to see.</source>
        <translation>Jedes Mal, wenn sich jemand meldet, kannst du es hier festhalten: wann, wie, wer es war und was du getan hast. Mit den Monaten wird das Muster leichter erkennbar.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>The trash is empty.</source>
        <translation>Der Papierkorb ist leer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing in the log matches that yet.</source>
        <translation>Im Protokoll passt noch nichts dazu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing recorded yet.

When they reach out, you can note it here. Looking back later, the pattern is often easier to see.</source>
        <translation>Noch nichts festgehalten.

Wenn sich jemand meldet, kannst du es hier notieren. Im Rückblick ist das Muster oft leichter zu erkennen.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Moved to the trash. You can bring it back from there.</source>
        <translation>In den Papierkorb gelegt. Von dort kannst du sie zurückholen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The record is back in the log.</source>
        <translation>Die Aufzeichnung ist wieder im Protokoll.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Deleted for good.</source>
        <translation>Endgültig gelöscht.</translation>
    </message>
</context>
<context>
    <name>ContentNote</name>
    <message>
        <location filename="../../app/ui/journal/content_note.py" line="+30"/>
        <source>A note before this entry</source>
        <translation>Ein Hinweis vor diesem Eintrag</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You marked this entry as heavy.</source>
        <translation>Du hast diesen Eintrag als schwer markiert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You can read it now, or leave it for a time that feels better. Either is fine.</source>
        <translation>Du kannst ihn jetzt lesen oder ihn dir für einen Moment aufheben, der sich besser anfühlt. Beides ist in Ordnung.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Not now</source>
        <translation>&amp;Nicht jetzt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not now</source>
        <translation>Nicht jetzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Show it</source>
        <translation>&amp;Anzeigen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the entry</source>
        <translation>Eintrag anzeigen</translation>
    </message>
</context>
<context>
    <name>CoverWindow</name>
    <message>
        <location filename="../../app/ui/privacy/cover_page.py" line="+33"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
</context>
<context>
    <name>DangerPage</name>
    <message>
        <location filename="../../app/ui/help_dialogs.py" line="-30"/>
        <location line="+4"/>
        <source>If you are in danger now</source>
        <translation>Wenn du gerade in Gefahr bist</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <location filename="../../app/ui/doubt/reach_out_steps.py" line="+43"/>
        <source>Whatever you decided, you stopped and listened to yourself first. That matters.</source>
        <translation>Was auch immer du entschieden hast: Du hast zuerst innegehalten und auf dich gehört. Das zählt.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Note it in the contact &amp;log…</source>
        <translation>Im Kontakt&amp;protokoll notieren…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note it in the contact log</source>
        <translation>Im Kontaktprotokoll notieren</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>If you&apos;d like, you can note this contact in your log. Nothing is added unless you save it.</source>
        <translation>Wenn du möchtest, kannst du diesen Kontakt in deinem Protokoll notieren. Es wird nichts hinzugefügt, solange du es nicht speicherst.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Noted in your contact log.</source>
        <translation>In deinem Kontaktprotokoll notiert.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Your letter is kept in your journal, tagged “{tag}”. Nothing was sent.</source>
        <translation>Dein Brief ist in deinem Tagebuch aufbewahrt, mit dem Schlagwort „{tag}“. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer/import_pages.py" line="+158"/>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
</context>
<context>
    <name>EntryCalendar</name>
    <message>
        <location filename="../../app/ui/journal/timeline_calendar.py" line="+65"/>
        <source>Jump to a date</source>
        <translation>Zu einem Datum springen</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Previous month</source>
        <translation>Vorheriger Monat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next month</source>
        <translation>Nächster Monat</translation>
    </message>
</context>
<context>
    <name>EntryChoiceModel</name>
    <message>
        <location filename="../../app/ui/journal/pair_models.py" line="+35"/>
        <source>marked as heavy</source>
        <translation>als schwer markiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Untitled entry</source>
        <translation>Eintrag ohne Titel</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The same day</source>
        <translation>Am selben Tag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The next day</source>
        <translation>Am nächsten Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{days} days later</source>
        <translation>{days} Tage später</translation>
    </message>
</context>
<context>
    <name>EntryDetails</name>
    <message>
        <location filename="../../app/ui/journal/entry_details.py" line="-72"/>
        <location line="+18"/>
        <source>Remember this</source>
        <translation>Merken</translation>
    </message>
    <message>
        <location line="-17"/>
        <location line="+18"/>
        <source>Heavy</source>
        <translation>Schwer</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of the entry</source>
        <translation>Datum des Eintrags</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mood</source>
        <translation>Stimmung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From the check-in</source>
        <translation>Aus dem Check-in</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Title (optional)</source>
        <translation>Titel (optional)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No mood</source>
        <translation>Keine Stimmung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 · Very low</source>
        <translation>1 · Sehr gedrückt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2 · Low</source>
        <translation>2 · Gedrückt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3 · In between</source>
        <translation>3 · Geht so</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4 · Steady</source>
        <translation>4 · Stabil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5 · Bright</source>
        <translation>5 · Heiter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tags, separated by commas</source>
        <translation>Schlagwörter, durch Kommas getrennt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep this entry close: marked entries are easy to find again when you want to reread your own reasons.</source>
        <translation>Behalte diesen Eintrag nah bei dir: Gemerkte Einträge findest du leicht wieder, wenn du deine eigenen Gründe noch einmal lesen möchtest.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mark this entry as heavy, so you can choose when you want to read it again.</source>
        <translation>Markiere diesen Eintrag als schwer, dann kannst du selbst wählen, wann du ihn wieder lesen möchtest.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Feeling: {word}</source>
        <translation>Gefühl: {word}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What pulled: {labels}</source>
        <translation>Was dich belastet hat: {labels}</translation>
    </message>
</context>
<context>
    <name>EntryEditor</name>
    <message>
        <location filename="../../app/ui/journal/editor.py" line="+101"/>
        <source>Write as much or as little as you like.</source>
        <translation>Schreib so viel oder so wenig, wie du möchtest.</translation>
    </message>
    <message>
        <location line="+147"/>
        <source>Entry text</source>
        <translation>Text des Eintrags</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview of the entry</source>
        <translation>Vorschau des Eintrags</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>The preview shows the first part of this long entry. All of it is still in the editor.</source>
        <translation>Die Vorschau zeigt den ersten Teil dieses langen Eintrags. Der ganze Text ist weiterhin im Editor.</translation>
    </message>
</context>
<context>
    <name>EntryFooter</name>
    <message>
        <location filename="../../app/ui/journal/entry_footer.py" line="+33"/>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Word count</source>
        <translation>Wortanzahl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save status</source>
        <translation>Speicherstatus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Showing the preview</source>
        <translation>Die Vorschau wird angezeigt</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not saved yet — your text is still here. Threshold will try again.</source>
        <translation>Noch nicht gespeichert – dein Text ist noch da. Threshold versucht es gleich noch einmal.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>1 word</source>
        <translation>1 Wort</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{count} words</source>
        <translation>{count} Wörter</translation>
    </message>
</context>
<context>
    <name>EntryRowDelegate</name>
    <message>
        <location filename="../../app/ui/journal/search_model.py" line="+206"/>
        <source>Untitled entry</source>
        <translation>Eintrag ohne Titel</translation>
    </message>
</context>
<context>
    <name>EveningInvite</name>
    <message>
        <location filename="../../app/ui/journal/evening_invite.py" line="+30"/>
        <source>Evening check-in</source>
        <translation>Abend-Check-in</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Good evening. Would you like a short check-in? It takes a few minutes.</source>
        <translation>Guten Abend. Möchtest du einen kurzen Check-in machen? Er dauert ein paar Minuten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not tonight</source>
        <translation>Heute nicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Begin check-in</source>
        <translation>Check-in beginnen</translation>
    </message>
</context>
<context>
    <name>EveningReminder</name>
    <message>
        <location filename="../../app/ui/checkin/evening_reminder.py" line="+118"/>
        <source>Open {name}</source>
        <translation>{name} öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remind me why</source>
        <translation>Erinnere mich daran, warum</translation>
    </message>
</context>
<context>
    <name>ExcerptModel</name>
    <message>
        <location filename="../../app/ui/doubt/remind_models.py" line="+143"/>
        <source>Marked heavy: open it when you choose to.</source>
        <translation>Als schwer markiert: Du kannst ihn öffnen, wann immer du möchtest.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Untitled entry</source>
        <translation>Eintrag ohne Titel</translation>
    </message>
</context>
<context>
    <name>ExportAllDialog</name>
    <message>
        <location filename="../../app/ui/transfer/export_all_dialog.py" line="+52"/>
        <source>Export Everything</source>
        <translation>Alles exportieren</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+94"/>
        <source>Export everything</source>
        <translation>Alles exportieren</translation>
    </message>
    <message>
        <location line="-90"/>
        <source>One .zip file with every entry as a Markdown file, your pictures and documents as they were (with their details), your reasons, the incident record (the contact log is part of it) with its evidence files, your own prompts and earlier versions. The trash is not included.</source>
        <translation>Eine .zip-Datei mit jedem Eintrag als Markdown-Datei, deinen Bildern und Dokumenten im Original (mit ihren Angaben), deinen Gründen, dem Vorfallsprotokoll (das Kontaktprotokoll gehört dazu) samt seinen Beweisdateien, deinen eigenen Impulsen und früheren Fassungen. Der Papierkorb ist nicht enthalten.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Without a password, anyone who has this file can read every entry. With one, the archive is encrypted with AES-256; 7-Zip and similar programs open it with the password. Threshold doesn&apos;t keep the password anywhere.</source>
        <translation>Ohne Passwort kann jede Person, die diese Datei hat, jeden Eintrag lesen. Mit Passwort wird das Archiv mit AES-256 verschlüsselt; 7-Zip und ähnliche Programme öffnen es mit dem Passwort. Threshold speichert das Passwort nirgends.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Exporting</source>
        <translation>Wird exportiert</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Password (optional)</source>
        <translation>Passwort (optional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat the password</source>
        <translation>Passwort wiederholen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password (optional)</source>
        <translation>&amp;Passwort (optional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat the password</source>
        <translation>Passwort &amp;wiederholen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The two passwords are not the same. Please type the same one twice.</source>
        <translation>Die beiden Passwörter stimmen nicht überein. Bitte gib zweimal dasselbe ein.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Zip archives (*.zip)</source>
        <translation>Zip-Archive (*.zip)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>There is a file called {name} there already. Nothing was written; please choose another name.</source>
        <translation>Dort gibt es schon eine Datei namens {name}. Es wurde nichts geschrieben; bitte wähle einen anderen Namen.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Exporting to {path}…</source>
        <translation>Wird exportiert nach {path}…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The folder {folder} isn&apos;t there (it may have been moved or renamed). Nothing was written; please choose another folder.</source>
        <translation>Den Ordner {folder} gibt es nicht (vielleicht wurde er verschoben oder umbenannt). Es wurde nichts geschrieben; bitte wähle einen anderen Ordner.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The export was stopped; nothing was written.</source>
        <translation>Der Export wurde abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>1 entry</source>
        <translation>1 Eintrag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{count} entries</source>
        <translation>{count} Einträge</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 picture or document</source>
        <translation>1 Bild oder Dokument</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} pictures and documents</source>
        <translation>{count} Bilder und Dokumente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It is encrypted with your password; keep both somewhere safe.</source>
        <translation>Das Archiv ist mit deinem Passwort verschlüsselt; bewahre beides am besten an einem sicheren Ort auf.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It is not encrypted; keep it somewhere safe.</source>
        <translation>Das Archiv ist nicht verschlüsselt; bewahre es am besten an einem sicheren Ort auf.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{entries} and {files} were exported to:
{path}
{keep}</source>
        <translation>{entries} und {files} wurden exportiert nach:
{path}
{keep}</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../app/ui/export/dialog.py" line="+27"/>
        <location line="+43"/>
        <location line="+188"/>
        <location line="+7"/>
        <location line="+24"/>
        <location line="+3"/>
        <location line="+21"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location line="-269"/>
        <source>Choose what to share</source>
        <translation>Wähle aus, was du teilen möchtest</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only the paragraphs you tick leave your journal, with the names you choose replaced. The preview shows exactly what the file will hold.</source>
        <translation>Nur die Absätze, die du ankreuzt, verlassen dein Tagebuch, und die Namen, die du auswählst, werden dabei ersetzt. Die Vorschau zeigt genau, was in der Datei stehen wird.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Print…</source>
        <translation>Dr&amp;ucken…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Paragraphs to &amp;include</source>
        <translation>&amp;Absätze für den Export</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Paragraphs to include</source>
        <translation>Absätze für den Export</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Format</source>
        <translation>&amp;Format</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Include the &amp;date</source>
        <translation>Mit &amp;Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Include the &amp;mood</source>
        <translation>Mit Stim&amp;mung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Include the p&amp;rompt as a heading</source>
        <translation>Mit dem &amp;Impuls als Überschrift</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Include &amp;tags</source>
        <translation>Mit &amp;Schlagwörtern</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Preview of what will be exported</source>
        <translation>Vorschau dessen, was exportiert wird</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A n&amp;ote at the top (optional)</source>
        <translation>Eine N&amp;otiz am Anfang (optional)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What I&apos;d like to talk about…</source>
        <translation>Worüber ich gern sprechen möchte…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A note at the top</source>
        <translation>Eine Notiz am Anfang</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Protect the PDF with a pass&amp;word</source>
        <translation>Das PDF mit einem Pass&amp;wort schützen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Password (not stored anywhere)</source>
        <translation>Passwort (wird nirgends gespeichert)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password for the PDF</source>
        <translation>Passwort für das PDF</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>The exported file is not encrypted unless you protect the PDF with a password. Keep it somewhere safe, and delete it when you no longer need it.</source>
        <translation>Die exportierte Datei ist nicht verschlüsselt, es sei denn, du schützt das PDF mit einem Passwort. Bewahre sie an einem sicheren Ort auf und lösche sie, wenn du sie nicht mehr brauchst.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Please type a password for the PDF, or untick the box.</source>
        <translation>Bitte gib ein Passwort für das PDF ein oder entferne das Häkchen.</translation>
    </message>
</context>
<context>
    <name>ExportLauncher</name>
    <message>
        <location filename="../../app/ui/export/launcher.py" line="+57"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
</context>
<context>
    <name>ExportListModel</name>
    <message>
        <location filename="../../app/ui/export/model.py" line="+60"/>
        <source>Untitled entry</source>
        <translation>Eintrag ohne Titel</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>not in this journal</source>
        <translation>nicht in diesem Tagebuch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Picture: {words} ({about})</source>
        <translation>Bild: {words} ({about})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document: {words} ({about})</source>
        <translation>Dokument: {words} ({about})</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../app/ui/journal/filter_bar.py" line="+151"/>
        <source>Imported from {source}</source>
        <translation>Importiert aus {source}</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Tag</source>
        <translation>Schlagwort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show entries with this tag</source>
        <translation>Einträge mit diesem Schlagwort zeigen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Anything that pulled</source>
        <translation>Alles, was dich belastet hat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show entries where this pulled at you</source>
        <translation>Einträge zeigen, in denen dich das belastet hat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From anywhere</source>
        <translation>Aus allen Quellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show entries imported from</source>
        <translation>Einträge zeigen, importiert aus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remembered only</source>
        <translation>Nur gemerkte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only entries marked to remember</source>
        <translation>Nur gemerkte Einträge zeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heavy only</source>
        <translation>Nur schwere</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only entries marked as heavy</source>
        <translation>Nur Einträge zeigen, die als schwer markiert sind</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Any date</source>
        <translation>Beliebiges Datum</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Show entries from this date</source>
        <translation>Einträge ab diesem Datum zeigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show entries up to this date</source>
        <translation>Einträge bis zu diesem Datum zeigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the date range</source>
        <translation>Zeitraum zurücksetzen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Any theme</source>
        <translation>Beliebiges Thema</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show entries on this theme</source>
        <translation>Einträge zu diesem Thema zeigen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Any mood</source>
        <translation>Beliebige Stimmung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{mood} · {word}</source>
        <translation>{mood} · {word}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show entries with this mood</source>
        <translation>Einträge mit dieser Stimmung zeigen</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>to</source>
        <translation>bis</translation>
    </message>
</context>
<context>
    <name>GettingIn</name>
    <message>
        <location filename="../../app/ui/setup/coordinator.py" line="+152"/>
        <source>Waiting for the system keyring…</source>
        <translation>Warten auf den Schlüsselbund des Systems…</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Your journal is back from the backup. The one it replaced was kept in {folder}.</source>
        <translation>Dein Tagebuch ist aus der Sicherung wiederhergestellt. Das bisherige Tagebuch, das es ersetzt hat, wurde in {folder} aufbewahrt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your journal is back from the backup.</source>
        <translation>Dein Tagebuch ist aus der Sicherung wiederhergestellt.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>This computer&apos;s keyring opens your journal again.</source>
        <translation>Der Schlüsselbund dieses Computers öffnet dein Tagebuch wieder.</translation>
    </message>
</context>
<context>
    <name>GroundingPage</name>
    <message>
        <location filename="../../app/ui/checkin/steps.py" line="-64"/>
        <source>A pause</source>
        <translation>Eine Pause</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+26"/>
        <source>What you wrote is saved. Take all the time you need.</source>
        <translation>Was du geschrieben hast, ist gespeichert. Nimm dir alle Zeit, die du brauchst.</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>&amp;Close for tonight</source>
        <translation>Für heute &amp;schließen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close for tonight</source>
        <translation>Für heute schließen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Back to where I was</source>
        <translation>&amp;Zurück dahin, wo ich war</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Back to where I was</source>
        <translation>Zurück dahin, wo ich war</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Take all the time you need.</source>
        <translation>Nimm dir alle Zeit, die du brauchst.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../app/ui/transfer/import_dialog.py" line="+71"/>
        <location line="+21"/>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Show Them</source>
        <translation>&amp;Anzeigen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the imported entries</source>
        <translation>Die importierten Einträge anzeigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Choose a file to import</source>
        <translation>Eine Datei zum Importieren wählen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Journals and archives (*.zip *.json *.txt *.md);;All files (*)</source>
        <translation>Tagebücher und Archive (*.zip *.json *.txt *.md);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose a folder of notes</source>
        <translation>Einen Ordner mit Notizen wählen</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Nothing was imported</source>
        <translation>Es wurde nichts importiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The import was cancelled. Nothing was added; your journal is as it was.</source>
        <translation>Der Import wurde abgebrochen. Es wurde nichts hinzugefügt; dein Tagebuch ist so wie vorher.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>That password doesn&apos;t open {name}. Nothing was imported.</source>
        <translation>Dieses Passwort öffnet {name} nicht. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} is protected by a password. Type it below to read what it holds.</source>
        <translation>{name} ist mit einem Passwort geschützt. Gib es unten ein, um zu lesen, was darin ist.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>1 entry imported.</source>
        <translation>1 Eintrag importiert.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{count} entries imported.</source>
        <translation>{count} Einträge importiert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You can find them with the filter “Imported from {source}”.</source>
        <translation>Du findest sie mit dem Filter „Importiert aus {source}“.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
</context>
<context>
    <name>JournalController</name>
    <message>
        <location filename="../../app/ui/controller.py" line="+287"/>
        <source>Part of your journal file is damaged: it changed after it was written, most likely through a fault of the disk. Threshold found this just after opening it, and so that nothing gets worse, it stopped using the file and writes nothing more into it.</source>
        <translation>Ein Teil deiner Tagebuchdatei ist beschädigt: Er hat sich verändert, nachdem er geschrieben wurde, höchstwahrscheinlich durch einen Fehler des Datenträgers. Threshold hat das kurz nach dem Öffnen bemerkt. Damit nichts schlimmer wird, verwendet Threshold die Datei nicht mehr und schreibt nichts mehr hinein.</translation>
    </message>
</context>
<context>
    <name>JournalPage</name>
    <message>
        <location filename="../../app/ui/journal/page.py" line="+66"/>
        <source>Entries from this day in earlier years</source>
        <translation>Einträge von diesem Tag aus früheren Jahren</translation>
    </message>
    <message>
        <location line="+147"/>
        <source>You wrote on this day in an earlier year</source>
        <translation>An diesem Tag hast du in einem früheren Jahr geschrieben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You wrote on this day in earlier years ({count})</source>
        <translation>An diesem Tag hast du in früheren Jahren geschrieben ({count})</translation>
    </message>
</context>
<context>
    <name>LetterPage</name>
    <message>
        <location filename="../../app/ui/doubt/reach_out_steps.py" line="-139"/>
        <source>An unsent letter</source>
        <translation>Ein nicht abgeschickter Brief</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write what you would like to say to them, as much or as little as you want. This stays here. Nothing is sent.</source>
        <translation>Hier kannst du schreiben, was du dieser Person sagen möchtest, so viel oder so wenig, wie du willst. Das bleibt hier. Es wird nichts gesendet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your unsent letter</source>
        <translation>Dein nicht abgeschickter Brief</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start anywhere. You can skip this, too.</source>
        <translation>Fang irgendwo an. Du kannst das auch überspringen.</translation>
    </message>
</context>
<context>
    <name>LinkNextDialog</name>
    <message>
        <location filename="../../app/ui/journal/link_dialog.py" line="-178"/>
        <source>Link What Happened Next</source>
        <translation>Verknüpfen, was danach geschah</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>What happened next?</source>
        <translation>Was geschah danach?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a later entry that tells what came of this one, from {day}. You can read the two side by side in Remind me why.</source>
        <translation>Wähle einen späteren Eintrag, der erzählt, was aus diesem Eintrag vom {day} geworden ist. In „Erinnere mich daran, warum“ kannst du die beiden nebeneinander lesen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Filter by headline…</source>
        <translation>Nach Überschrift filtern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter the later entries</source>
        <translation>Die späteren Einträge filtern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Later entries</source>
        <translation>Spätere Einträge</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There are no later entries yet. When you have written what happened, you can come back here and link it.</source>
        <translation>Es gibt noch keine späteren Einträge. Wenn du aufgeschrieben hast, was passiert ist, kannst du hierher zurückkommen und es verknüpfen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Link</source>
        <translation>&amp;Verknüpfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link the chosen entry</source>
        <translation>Den gewählten Eintrag verknüpfen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Already linked as what happened next</source>
        <translation>Bereits verknüpft als „Was danach geschah“</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entries already linked</source>
        <translation>Bereits verknüpfte Einträge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove Link</source>
        <translation>Verknüpfung &amp;entfernen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove the link</source>
        <translation>Die Verknüpfung entfernen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Untitled entry</source>
        <translation>Eintrag ohne Titel</translation>
    </message>
</context>
<context>
    <name>LockCoordinator</name>
    <message>
        <location filename="../../app/ui/privacy/lock.py" line="+92"/>
        <source>Close Threshold?</source>
        <translation>Threshold schließen?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your latest words couldn&apos;t be saved just now. If you close, they will be lost. Would you like to stay and try again?</source>
        <translation>Was du zuletzt geschrieben hast, konnte gerade nicht gespeichert werden. Wenn du jetzt schließt, geht es verloren. Möchtest du bleiben und es noch einmal versuchen?</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Threshold couldn&apos;t save your latest words, so the journal stays open for now. Your text is still here; it will try again in a moment.</source>
        <translation>Threshold konnte das zuletzt Geschriebene nicht speichern, deshalb bleibt das Tagebuch vorerst offen. Dein Text ist noch da; Threshold versucht es gleich noch einmal.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="+307"/>
        <source>Exported to {path}.</source>
        <translation>Exportiert nach {path}.</translation>
    </message>
</context>
<context>
    <name>MonthTimeline</name>
    <message>
        <location filename="../../app/ui/doubt/contact_log_model.py" line="+86"/>
        <source>Contacts per month</source>
        <translation>Kontakte pro Monat</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Nothing recorded in the last {n} months.</source>
        <translation>In den letzten {n} Monaten wurde nichts festgehalten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} in {month}</source>
        <translation>{count} im {month}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In the last {n} months: {months}.</source>
        <translation>In den letzten {n} Monaten: {months}.</translation>
    </message>
</context>
<context>
    <name>Mood</name>
    <message>
        <location filename="../../app/ui/journal/timeline_model.py" line="+70"/>
        <source>Very low</source>
        <translation>Sehr gedrückt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low</source>
        <translation>Gedrückt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In between</source>
        <translation>Geht so</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steady</source>
        <translation>Stabil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bright</source>
        <translation>Heiter</translation>
    </message>
</context>
<context>
    <name>MoodKey</name>
    <message>
        <location filename="../../app/ui/journal/filter_parts.py" line="+113"/>
        <source>Mood marks</source>
        <translation>Stimmungszeichen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Mood marks: a ring filled to the mood&apos;s level, from 1 to 5: {words}</source>
        <translation>Stimmungszeichen: ein Ring, gefüllt bis zur Höhe der Stimmung, von 1 bis 5: {words}</translation>
    </message>
</context>
<context>
    <name>MoodPage</name>
    <message>
        <location filename="../../app/ui/checkin/steps.py" line="-143"/>
        <source>How are you right now?</source>
        <translation>Wie geht es dir gerade?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a mood, a word that comes close, both or neither. You can skip this.</source>
        <translation>Wähle eine Stimmung, ein Wort, das nahekommt, beides oder keins. Du kannst das auch überspringen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mood</source>
        <translation>Stimmung</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>A word for it</source>
        <translation>Ein Wort dafür</translation>
    </message>
</context>
<context>
    <name>MoodPicker</name>
    <message>
        <location filename="../../app/ui/widgets/mood_picker.py" line="+141"/>
        <source>Closer words:</source>
        <translation>Genauere Wörter:</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>↑ more energy</source>
        <translation>↑ mehr Energie</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>↓ less energy</source>
        <translation>↓ weniger Energie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>← unpleasant · pleasant →</source>
        <translation>← unangenehm · angenehm →</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>more energy</source>
        <translation>mehr Energie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>some energy</source>
        <translation>etwas Energie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>less energy</source>
        <translation>weniger Energie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{word}: {energy}, pleasantness {p} of 5</source>
        <translation>{word}: {energy}, angenehm: {p} von 5</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Closer word: {word}</source>
        <translation>Genaueres Wort: {word}</translation>
    </message>
</context>
<context>
    <name>MoodScale</name>
    <message>
        <location line="-178"/>
        <source>Mood</source>
        <translation>Stimmung</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Mood: {word}, {value} of 5</source>
        <translation>Stimmung: {word}, {value} von 5</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Very low</source>
        <translation>Sehr gedrückt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low</source>
        <translation>Gedrückt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In between</source>
        <translation>Geht so</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steady</source>
        <translation>Stabil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bright</source>
        <translation>Heiter</translation>
    </message>
</context>
<context>
    <name>NamesEditor</name>
    <message>
        <location filename="../../app/ui/export/names.py" line="+63"/>
        <source>Names to replace</source>
        <translation>Zu ersetzende Namen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leave “Shown as” empty to use initials.</source>
        <translation>Lass „Angezeigt als“ leer, dann werden Initialen verwendet.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Names replaced</source>
        <translation>Ersetzte Namen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remo&amp;ve</source>
        <translation>En&amp;tfernen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove the chosen name</source>
        <translation>Den gewählten Namen entfernen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Margaret</source>
        <translation>Margarete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shown as</source>
        <translation>Angezeigt als</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>my mother</source>
        <translation>meine Mutter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Shown as</source>
        <translation>An&amp;gezeigt als</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add this name</source>
        <translation>Diesen Namen hinzufügen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>for example, {example}</source>
        <translation>zum Beispiel {example}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Type the name you&apos;d like to replace first.</source>
        <translation>Gib zuerst den Namen ein, den du ersetzen möchtest.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{name}” is already on the list. To show it differently, remove it first.</source>
        <translation>„{name}“ steht schon auf der Liste. Wenn der Name anders angezeigt werden soll, entferne ihn zuerst.</translation>
    </message>
</context>
<context>
    <name>NamesModel</name>
    <message>
        <location filename="../../app/ui/export/model.py" line="+104"/>
        <source>{name}  →  {initials} (initials)</source>
        <translation>{name}  →  {initials} (Initialen)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>initials {initials}</source>
        <translation>Initialen {initials}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}, shown as {replacement}</source>
        <translation>{name}, angezeigt als {replacement}</translation>
    </message>
</context>
<context>
    <name>OpeningSettings</name>
    <message>
        <location filename="../../app/ui/settings/opening_tab.py" line="+42"/>
        <source>Use a passphrase instead…</source>
        <translation>Stattdessen eine Passphrase verwenden…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Use a passphrase instead</source>
        <translation>Stattdessen eine Passphrase verwenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change passphrase…</source>
        <translation>Passphrase ändern…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change passphrase</source>
        <translation>Passphrase ändern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open with my computer login instead…</source>
        <translation>Stattdessen mit meiner Computer-Anmeldung öffnen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open with my computer login instead</source>
        <translation>Stattdessen mit meiner Computer-Anmeldung öffnen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Make a new recovery key…</source>
        <translation>Neuen Wiederherstellungsschlüssel erstellen…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Make a new recovery key</source>
        <translation>Neuen Wiederherstellungsschlüssel erstellen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Your journal opens with your passphrase (or your recovery key). Your computer login alone can&apos;t open it.</source>
        <translation>Dein Tagebuch öffnet sich mit deiner Passphrase (oder deinem Wiederherstellungsschlüssel). Deine Computer-Anmeldung allein kann es nicht öffnen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your journal opens with your computer login (or your recovery key). Anyone who can use your login can open it; a passphrase prevents that.</source>
        <translation>Dein Tagebuch öffnet sich mit deiner Computer-Anmeldung (oder deinem Wiederherstellungsschlüssel). Jede Person mit Zugang zu deiner Anmeldung kann es öffnen; eine Passphrase verhindert das.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A new recovery key was being made when Threshold last stopped, so two recovery keys open your journal: the earlier one and that new one. Making a new recovery key below leaves just one.</source>
        <translation>Als Threshold zuletzt beendet wurde, wurde gerade ein neuer Wiederherstellungsschlüssel erstellt. Deshalb öffnen zwei Wiederherstellungsschlüssel dein Tagebuch: der frühere und der neue. Wenn du unten einen neuen Wiederherstellungsschlüssel erstellst, bleibt nur einer übrig.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>How your journal opens</source>
        <translation>Wie sich dein Tagebuch öffnet</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recovery key</source>
        <translation>Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If you&apos;ve lost your recovery key, or someone else may have seen it, you can make a new one. The old one stops working.</source>
        <translation>Falls du deinen Wiederherstellungsschlüssel verloren hast oder jemand anderes ihn gesehen haben könnte, kannst du einen neuen erstellen. Der alte funktioniert dann nicht mehr.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Locking</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Locking saves first, then clears the screen. Shift pressed three times hides your journal and locks it at once (see On screen).</source>
        <translation>Beim Sperren wird zuerst gespeichert, dann wird der Bildschirm geleert. Wenn du dreimal die Umschalttaste drückst, wird dein Tagebuch sofort ausgeblendet und gesperrt (siehe „Auf dem Bildschirm“).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Back up now</source>
        <translation>&amp;Jetzt sichern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Back up now</source>
        <translation>Jetzt sichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a &amp;folder…</source>
        <translation>&amp;Ordner wählen…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose a folder for backups</source>
        <translation>Einen Ordner für Sicherungen wählen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>after </source>
        <translation>nach </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Lock automatically:</source>
        <translation>Automatisch sperren:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source> minute without use</source>
        <translation> Minute ohne Nutzung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> minutes without use</source>
        <translation> Minuten ohne Nutzung</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Lock after this many minutes without use</source>
        <translation>Nach so vielen Minuten ohne Nutzung sperren</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Encrypted backups are made when you quit, at most once a day, in {folder}. Each one opens with your recovery key on any computer.</source>
        <translation>Verschlüsselte Sicherungen werden beim Beenden erstellt, höchstens einmal am Tag, in {folder}. Jede davon lässt sich auf jedem Computer mit deinem Wiederherstellungsschlüssel öffnen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>That folder isn&apos;t there just now (is the USB stick plugged in?), so no backup is made until it is.</source>
        <translation>Dieser Ordner ist gerade nicht erreichbar (ist der USB-Stick eingesteckt?). Deshalb wird keine Sicherung erstellt, bis er wieder da ist.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>1 entry</source>
        <translation>1 Eintrag</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} entries</source>
        <translation>{count} Einträge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The newest is from {when} and holds {held}.</source>
        <translation>Die neueste ist vom {when} und enthält {held}.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>A folder for backups</source>
        <translation>Ein Ordner für Sicherungen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Anyone who can use your computer login will be able to open your journal. Would you like to continue?</source>
        <translation>Dann kann jede Person mit Zugang zu deiner Computer-Anmeldung dein Tagebuch öffnen. Möchtest du fortfahren?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your current recovery key will stop working. Would you like to make a new one?</source>
        <translation>Dein bisheriger Wiederherstellungsschlüssel funktioniert dann nicht mehr. Möchtest du einen neuen erstellen?</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+11"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
</context>
<context>
    <name>OwnPromptDialog</name>
    <message>
        <location filename="../../app/ui/settings/prompts_dialog.py" line="+88"/>
        <source>Your own prompt</source>
        <translation>Dein eigener Impuls</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+13"/>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+10"/>
        <source>Prompt</source>
        <translation>Impuls</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>A question you&apos;d like to be asked some evening</source>
        <translation>Eine Frage, die du dir an einem Abend stellen lassen möchtest</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Follow-up question {n}</source>
        <translation>Anschlussfrage {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This one goes deeper (say so before asking)</source>
        <translation>Dieser Impuls geht tiefer (vor dem Fragen darauf hinweisen)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Follow-up {n}</source>
        <translation>Anschlussfrage {n}</translation>
    </message>
</context>
<context>
    <name>PairPane</name>
    <message>
        <location filename="../../app/ui/journal/next_pairs.py" line="+70"/>
        <source>Untitled entry</source>
        <translation>Eintrag ohne Titel</translation>
    </message>
</context>
<context>
    <name>PairsDialog</name>
    <message>
        <location filename="../../app/ui/doubt/remind_pairs.py" line="+89"/>
        <source>What happened next</source>
        <translation>Was danach geschah</translation>
    </message>
</context>
<context>
    <name>PairsModel</name>
    <message>
        <location filename="../../app/ui/journal/pair_models.py" line="+45"/>
        <source>{first}, {hoped}; then {second}, {happened}</source>
        <translation>{first}, {hoped}; dann {second}, {happened}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Untitled entry</source>
        <translation>Eintrag ohne Titel</translation>
    </message>
</context>
<context>
    <name>PairsView</name>
    <message>
        <location filename="../../app/ui/journal/next_pairs.py" line="+33"/>
        <location line="+70"/>
        <source>What happened next</source>
        <translation>Was danach geschah</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Nothing is linked yet. When an entry tells what came of something hoped for or promised, you can open the earlier entry and choose Entry → Link What Happened Next… The two will wait for you here, side by side.</source>
        <translation>Noch ist nichts verknüpft. Wenn ein Eintrag erzählt, was aus etwas Erhofftem oder Versprochenem geworden ist, kannst du den früheren Eintrag öffnen und „Eintrag → Verknüpfen, was danach geschah…“ wählen. Die beiden warten dann hier nebeneinander auf dich.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Linked entries</source>
        <translation>Verknüpfte Einträge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What you hoped for, or were promised</source>
        <translation>Was du erhofft hast oder was dir versprochen wurde</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../app/ui/settings/key_dialogs.py" line="+22"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New passphrase</source>
        <translation>Neue Passphrase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same passphrase again</source>
        <translation>Dieselbe Passphrase noch einmal</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose a passphrase of at least 8 characters. A few unrelated words are easy to remember and hard to guess.</source>
        <translation>Wähle eine Passphrase mit mindestens 8 Zeichen. Ein paar Wörter, die nichts miteinander zu tun haben, sind leicht zu merken und schwer zu erraten.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Please use at least 8 characters.</source>
        <translation>Bitte verwende mindestens 8 Zeichen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The two passphrases are different. Please type them again.</source>
        <translation>Die beiden Passphrasen sind unterschiedlich. Bitte gib sie noch einmal ein.</translation>
    </message>
</context>
<context>
    <name>PausePage</name>
    <message>
        <location filename="../../app/ui/doubt/pause_page.py" line="+38"/>
        <source>A pause</source>
        <translation>Eine Pause</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Would you like to wait a little before deciding anything? Pick a time if it helps. You can go on whenever you like.</source>
        <translation>Möchtest du ein wenig warten, bevor du etwas entscheidest? Wähle eine Zeit, wenn es dir hilft. Du kannst jederzeit weitermachen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Timer</source>
        <translation>Timer</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{n} minutes</source>
        <translation>{n} Minuten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait {n} minutes</source>
        <translation>{n} Minuten warten</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>No timer is running.</source>
        <translation>Es läuft kein Timer.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{time} left</source>
        <translation>noch {time}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The time you chose has passed. Go on whenever you feel ready.</source>
        <translation>Die Zeit, die du gewählt hast, ist vorbei. Mach weiter, wann immer du dich bereit fühlst.</translation>
    </message>
</context>
<context>
    <name>PeopleField</name>
    <message>
        <location filename="../../app/ui/widgets/people_field.py" line="+42"/>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Type a name and press Enter</source>
        <translation>Gib einen Namen ein und drück die Eingabetaste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a name</source>
        <translation>Einen Namen hinzufügen</translation>
    </message>
</context>
<context>
    <name>PictureSettings</name>
    <message>
        <location filename="../../app/ui/settings/pictures_tab.py" line="+29"/>
        <source>Pictures and documents you attach</source>
        <translation>Bilder und Dokumente, die du anhängst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Photos often carry the place they were taken, the time and the phone that took them. Exports and printing always leave those details out. Threshold keeps the original inside your encrypted journal, unchanged, so its fingerprint (SHA-256) can show it was never altered.</source>
        <translation>Fotos enthalten oft den Ort, an dem sie aufgenommen wurden, die Uhrzeit und das Handy, mit dem sie gemacht wurden. Exporte und Ausdrucke lassen diese Angaben immer weg. Threshold bewahrt das Original unverändert in deinem verschlüsselten Tagebuch auf, damit sein Fingerabdruck (SHA-256) zeigen kann, dass es nie verändert wurde.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove those details when I attach a file, too</source>
        <translation>Diese Angaben auch beim Anhängen einer Datei entfernen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Then only the cleaned file is kept, and its fingerprint is the cleaned file&apos;s. Files attached before keep their originals.</source>
        <translation>Dann wird nur die bereinigte Datei aufbewahrt, und ihr Fingerabdruck wird aus dieser bereinigten Fassung berechnet. Dateien, die vorher angehängt wurden, behalten ihr Original.</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../app/ui/transfer/import_pages.py" line="-134"/>
        <source>What would come in</source>
        <translation>Was hinzukäme</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keep &amp;place and weather as a line in each entry</source>
        <translation>&amp;Ort und Wetter als Zeile in jedem Eintrag behalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep place and weather as a line in each entry</source>
        <translation>Ort und Wetter als Zeile in jedem Eintrag behalten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Off unless you choose it: a place can show where you were, and that may not be safe to keep.</source>
        <translation>Aus, solange du es nicht wählst: Ein Ort kann zeigen, wo du warst, und es ist vielleicht nicht sicher, das aufzubewahren.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reading again</source>
        <translation>Wird neu gelesen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>From {source}: {name}</source>
        <translation>Aus {source}: {name}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No new entries; the archive&apos;s reasons, incident records and prompts.</source>
        <translation>Keine neuen Einträge; nur die Gründe, das Vorfallsprotokoll und die Impulse aus dem Archiv.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>1 new incident record, with its amendments and evidence files.</source>
        <translation>1 neue Aufzeichnung im Vorfallsprotokoll, mit ihren Nachträgen und Beweisdateien.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} new incident records, with their amendments and evidence files.</source>
        <translation>{count} neue Aufzeichnungen im Vorfallsprotokoll, mit ihren Nachträgen und Beweisdateien.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>1 entry is in your journal already and will be skipped.</source>
        <translation>1 Eintrag ist schon in deinem Tagebuch und wird übersprungen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} entries are in your journal already and will be skipped.</source>
        <translation>{count} Einträge sind schon in deinem Tagebuch und werden übersprungen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>1 tag</source>
        <translation>1 Schlagwort</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{count} tags</source>
        <translation>{count} Schlagwörtern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 picture or document</source>
        <translation>1 Bild oder Dokument</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} pictures and documents</source>
        <translation>{count} Bildern und Dokumenten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With {tags} and {files}.</source>
        <translation>Mit {tags} und {files}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With {things}.</source>
        <translation>Mit {things}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There are no entries here to import.</source>
        <translation>Hier gibt es keine Einträge zum Importieren.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This entry is in your journal already, so there is nothing new to import.</source>
        <translation>Dieser Eintrag ist schon in deinem Tagebuch, es gibt also nichts Neues zu importieren.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All {count} entries here are in your journal already, so there is nothing new to import.</source>
        <translation>Alle {count} Einträge hier sind schon in deinem Tagebuch, es gibt also nichts Neues zu importieren.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>1 new entry</source>
        <translation>1 neuer Eintrag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{count} new entries</source>
        <translation>{count} neue Einträge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{new}.</source>
        <translation>{new}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{new}, on {day}.</source>
        <translation>{new}, am {day}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{new}, from {first} to {last}.</source>
        <translation>{new}, vom {first} bis zum {last}.</translation>
    </message>
</context>
<context>
    <name>ProblemPage</name>
    <message>
        <location filename="../../app/ui/setup/problem_page.py" line="+41"/>
        <source>Threshold can&apos;t open your journal</source>
        <translation>Threshold kann dein Tagebuch nicht öffnen</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>What you wrote just now was not saved into the damaged file. Threshold is holding it, here in memory only, and will add it to your journal as a new entry once the journal opens again from a backup. If you quit Threshold before that, it can&apos;t be kept.</source>
        <translation>Was du gerade geschrieben hast, wurde nicht in die beschädigte Datei gespeichert. Threshold hält es hier fest, nur im Arbeitsspeicher, und fügt es deinem Tagebuch als neuen Eintrag hinzu, sobald sich das Tagebuch aus einer Sicherung wieder öffnen lässt. Wenn du Threshold vorher beendest, kann es nicht aufbewahrt werden.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing has been changed or deleted. Threshold never creates a new journal over an old one, so whatever is in the folder stays exactly as it is. If you moved the folder or have a copy of it, you can put it back in this place and open Threshold again.</source>
        <translation>Es wurde nichts geändert oder gelöscht. Threshold legt nie ein neues Tagebuch über ein altes an, darum bleibt alles im Ordner genau so, wie es ist. Wenn du den Ordner verschoben hast oder eine Kopie davon hast, kannst du ihn wieder an diese Stelle legen und Threshold erneut öffnen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Your journal folder</source>
        <translation>Dein Tagebuch-Ordner</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Journal folder</source>
        <translation>Tagebuch-Ordner</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quit</source>
        <translation>Bee&amp;nden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Show the folder</source>
        <translation>&amp;Ordner zeigen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the folder</source>
        <translation>Ordner zeigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Restore from a backup…</source>
        <translation>Aus einer Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Restore from a backup</source>
        <translation>Aus einer Sicherung wiederherstellen</translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <location filename="../../app/ui/transfer/import_pages.py" line="+14"/>
        <source>Importing</source>
        <translation>Wird importiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If you cancel, nothing is added and your journal stays as it was.</source>
        <translation>Wenn du abbrichst, wird nichts hinzugefügt und dein Tagebuch bleibt, wie es war.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Entries imported so far</source>
        <translation>Bisher importierte Einträge</translation>
    </message>
</context>
<context>
    <name>PromptListModel</name>
    <message>
        <location filename="../../app/ui/settings/prompts_dialog.py" line="-36"/>
        <source>  (yours)</source>
        <translation>  (eigener)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  (from {pack})</source>
        <translation>  (aus {pack})</translation>
    </message>
</context>
<context>
    <name>PromptPage</name>
    <message>
        <location filename="../../app/ui/checkin/steps.py" line="+38"/>
        <source>Tonight&apos;s prompt</source>
        <translation>Der Impuls für heute Abend</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This one goes deeper. If tonight isn&apos;t the night for it, you can ask for another or skip it.</source>
        <translation>Dieser geht tiefer. Wenn heute nicht der Abend dafür ist, kannst du um einen anderen bitten oder ihn überspringen.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Another prompt</source>
        <translation>Anderer &amp;Impuls</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Another prompt</source>
        <translation>Anderer Impuls</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a the&amp;me</source>
        <translation>The&amp;ma wählen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose a theme</source>
        <translation>Thema wählen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Any theme</source>
        <translation>Beliebiges Thema</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>There is no prompt here for tonight. You can choose another theme, or write without a prompt.</source>
        <translation>Für heute Abend gibt es hier keinen Impuls. Du kannst ein anderes Thema wählen oder ohne Impuls schreiben.</translation>
    </message>
</context>
<context>
    <name>PromptPanel</name>
    <message>
        <location filename="../../app/ui/journal/prompt_panel.py" line="+36"/>
        <source>Prompt</source>
        <translation>Impuls</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Step {n} of {m}</source>
        <translation>Schritt {n} von {m}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I need a &amp;pause</source>
        <translation>Ich brauche eine &amp;Pause</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>I need a pause</source>
        <translation>Ich brauche eine Pause</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Show a follow-up &amp;question</source>
        <translation>Eine &amp;Folgefrage zeigen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show a follow-up question</source>
        <translation>Eine Folgefrage zeigen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Finish check-in</source>
        <translation>&amp;Abend-Check-in abschließen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Finish check-in</source>
        <translation>Abend-Check-in abschließen</translation>
    </message>
</context>
<context>
    <name>PromptsDialog</name>
    <message>
        <location filename="../../app/ui/settings/prompts_dialog.py" line="+58"/>
        <location line="+27"/>
        <location line="+62"/>
        <location line="+16"/>
        <location line="+14"/>
        <source>Prompts</source>
        <translation>Impulse</translation>
    </message>
    <message>
        <location line="-105"/>
        <source>Your own prompts and imported packs are kept in your encrypted journal. Tonight&apos;s prompt is chosen from all of them.</source>
        <translation>Deine eigenen Impulse und importierten Pakete werden in deinem verschlüsselten Tagebuch aufbewahrt. Der Impuls für heute Abend wird aus allen zusammen ausgewählt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show prompts of a theme</source>
        <translation>Impulse zu einem Thema zeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All themes</source>
        <translation>Alle Themen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Add my own…</source>
        <translation>Eigenen &amp;hinzufügen…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add my own prompt</source>
        <translation>Eigenen Impuls hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import a pack…</source>
        <translation>Paket &amp;importieren…</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+38"/>
        <source>Import a prompt pack</source>
        <translation>Ein Impulspaket importieren</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove the selected prompt</source>
        <translation>Den ausgewählten Impuls entfernen</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Prompt packs (*.toml)</source>
        <translation>Impulspakete (*.toml)</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Imported %n prompts from “{name}”.</source>
        <translation>
            <numerusform>%n Impuls aus „{name}“ importiert.</numerusform>
            <numerusform>%n Impulse aus „{name}“ importiert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Remove the whole pack “{pack}”? Entries that answered its prompts keep their text.</source>
        <translation>Das ganze Paket „{pack}“ entfernen? Einträge, die auf seine Impulse geantwortet haben, behalten ihren Text.</translation>
    </message>
</context>
<context>
    <name>PullPage</name>
    <message>
        <location filename="../../app/ui/checkin/steps.py" line="-70"/>
        <source>What pulled at you today?</source>
        <translation>Was hat dich heute belastet?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose any that fit, or none. This helps choose tonight&apos;s prompt.</source>
        <translation>Wähle aus, was passt, oder nichts davon. Das hilft dabei, den Impuls für heute Abend auszuwählen.</translation>
    </message>
</context>
<context>
    <name>PullPicker</name>
    <message>
        <location filename="../../app/ui/checkin/pull_picker.py" line="+43"/>
        <source>Or in your own words…</source>
        <translation>Oder in deinen eigenen Worten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What pulled at you, in your own words</source>
        <translation>Was dich belastet hat, in deinen eigenen Worten</translation>
    </message>
</context>
<context>
    <name>ReachOutFlow</name>
    <message>
        <location filename="../../app/ui/doubt/reach_out_flow.py" line="+71"/>
        <location line="+203"/>
        <source>Tempted to reach out</source>
        <translation>Der Drang, Kontakt aufzunehmen</translation>
    </message>
    <message>
        <location line="-160"/>
        <source>Saving</source>
        <translation>Speicherstatus</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+234"/>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <location line="-233"/>
        <source>&amp;Leave for now</source>
        <translation>&amp;Vorerst beenden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Leave for now</source>
        <translation>Vorerst beenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+240"/>
        <source>&amp;Next</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <location line="-130"/>
        <source>I reached out.</source>
        <translation>Ich habe Kontakt aufgenommen.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Unsent letter</source>
        <translation>Nicht abgeschickter Brief</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{problem} Your words are still here, and Threshold will keep trying.</source>
        <translation>{problem} Deine Worte sind noch da, und Threshold versucht es weiter.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved in your journal.</source>
        <translation>In deinem Tagebuch gespeichert.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unsent letter</source>
        <translation>nicht abgeschickter Brief</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>didn&apos;t reach out</source>
        <translation>keinen Kontakt aufgenommen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reached out</source>
        <translation>Kontakt aufgenommen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not sure yet</source>
        <translation>noch unsicher</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Step {n} of {m}</source>
        <translation>Schritt {n} von {m}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not n&amp;ow</source>
        <translation>&amp;Nicht jetzt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back to &amp;where I was</source>
        <translation>Zurück dahin, &amp;wo ich war</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go &amp;on</source>
        <translation>&amp;Weitermachen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Done</source>
        <translation>&amp;Fertig</translation>
    </message>
</context>
<context>
    <name>ReasonsPage</name>
    <message>
        <location filename="../../app/ui/doubt/reach_out_steps.py" line="-69"/>
        <location line="+5"/>
        <source>Your reasons</source>
        <translation>Deine Gründe</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>You wrote these on a clearer day. Read them slowly; there is no hurry.</source>
        <translation>Du hast sie an einem klareren Tag geschrieben. Lies sie langsam; es eilt nicht.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Threshold couldn&apos;t read your reasons just now. They are safe where they are, and the next steps can still help.</source>
        <translation>Threshold konnte deine Gründe gerade nicht lesen. Sie sind sicher, wo sie sind, und die nächsten Schritte können trotzdem helfen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There are no reasons here yet. Whenever you like, you can write a few in “Remind me why”, and they will be waiting here. The next steps can help either way.</source>
        <translation>Hier stehen noch keine Gründe. Wann immer du möchtest, kannst du unter „Erinnere mich daran, warum“ ein paar aufschreiben, dann warten sie hier auf dich. Die nächsten Schritte können so oder so helfen.</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location filename="../../app/ui/settings/key_dialogs.py" line="+13"/>
        <source>New recovery key</source>
        <translation>Neuer Wiederherstellungsschlüssel</translation>
    </message>
</context>
<context>
    <name>RecoveryStep</name>
    <message>
        <location filename="../../app/ui/setup/recovery.py" line="-170"/>
        <source>Your recovery key</source>
        <translation>Dein Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If your login or passphrase ever can&apos;t open the journal, for example on a new computer, this key will. Threshold shows it only now and can&apos;t show it again.</source>
        <translation>Falls deine Anmeldung oder deine Passphrase das Tagebuch einmal nicht öffnen kann, etwa auf einem neuen Computer, öffnet es dieser Schlüssel. Threshold zeigt ihn nur jetzt und kann ihn später nicht noch einmal zeigen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Please keep it away from this computer: on paper somewhere safe, or in a password manager you trust. Anyone who has it can open your journal.</source>
        <translation>Bitte bewahre ihn getrennt von diesem Computer auf: auf Papier an einem sicheren Ort oder in einem Passwortmanager, dem du vertraust. Wer ihn hat, kann dein Tagebuch öffnen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>I&apos;ve &amp;kept it</source>
        <translation>Ich habe ihn &amp;aufbewahrt</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Recovery key</source>
        <translation>Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Save as file…</source>
        <translation>Als Datei &amp;speichern…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save as file</source>
        <translation>Als Datei speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;rint…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;opy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Recovery key for your Threshold journal: it opens the journal if nothing else can. Keep it away from that computer.</source>
        <translation>Wiederherstellungsschlüssel für dein Threshold-Tagebuch: Er öffnet das Tagebuch, wenn nichts anderes es kann. Bewahre ihn getrennt von dem Computer auf, auf dem das Tagebuch liegt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save the recovery key</source>
        <translation>Den Wiederherstellungsschlüssel speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>recovery-key.txt</source>
        <translation>wiederherstellungsschluessel.txt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text files (*.txt)</source>
        <translation>Textdateien (*.txt)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Threshold couldn&apos;t save the file there ({reason}). You can choose another place.</source>
        <translation>Threshold konnte die Datei dort nicht speichern ({reason}). Du kannst einen anderen Ort wählen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved as {name}. If you can, keep it somewhere away from this computer.</source>
        <translation>Gespeichert als {name}. Wenn möglich, bewahre die Datei getrennt von diesem Computer auf.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Print the recovery key</source>
        <translation>Den Wiederherstellungsschlüssel drucken</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sent to the printer.</source>
        <translation>An den Drucker gesendet.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Copied. Once it&apos;s in your password manager, you may want to copy something else, so the key doesn&apos;t stay on the clipboard.</source>
        <translation>Kopiert. Sobald er in deinem Passwortmanager ist, kannst du etwas anderes kopieren, damit der Schlüssel nicht in der Zwischenablage bleibt.</translation>
    </message>
</context>
<context>
    <name>RemindPairs</name>
    <message>
        <location filename="../../app/ui/doubt/remind_pairs.py" line="-49"/>
        <location line="+2"/>
        <source>What happened next</source>
        <translation>Was danach geschah</translation>
    </message>
</context>
<context>
    <name>RemindSettings</name>
    <message>
        <location filename="../../app/ui/settings/remind_tab.py" line="-21"/>
        <location line="+7"/>
        <source>Themes to reread</source>
        <translation>Themen zum Wiederlesen</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Besides your reasons and marked entries, &quot;Remind me why&quot; shows entries on these themes.</source>
        <translation>Neben deinen Gründen und markierten Einträgen zeigt „Erinnere mich daran, warum“ Einträge zu diesen Themen.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Your decision</source>
        <translation>Deine Entscheidung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show how many days it has been since I decided</source>
        <translation>Zeigen, wie viele Tage seit meiner Entscheidung vergangen sind</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The day you decided</source>
        <translation>Der Tag deiner Entscheidung</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Off unless you want it. It only counts from the day you choose; a hard day never resets it.</source>
        <translation>Aus, solange du es nicht möchtest. Gezählt wird nur ab dem Tag, den du wählst; ein schwerer Tag setzt die Zählung nie zurück.</translation>
    </message>
</context>
<context>
    <name>RemindView</name>
    <message>
        <location filename="../../app/ui/doubt/remind_view.py" line="+61"/>
        <location line="+93"/>
        <location line="+155"/>
        <location line="+18"/>
        <source>Remind me why</source>
        <translation>Erinnere mich daran, warum</translation>
    </message>
    <message>
        <location line="-171"/>
        <source>I&apos;m tempted to &amp;reach out</source>
        <translation>Ich bin versucht, &amp;Kontakt aufzunehmen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>I&apos;m tempted to reach out</source>
        <translation>Ich bin versucht, Kontakt aufzunehmen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Back to the journal</source>
        <translation>&amp;Zurück zum Tagebuch</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Back to the journal</source>
        <translation>Zurück zum Tagebuch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact &amp;log…</source>
        <translation>Kontakt&amp;protokoll…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Contact log</source>
        <translation>Kontaktprotokoll</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+8"/>
        <source>Your reasons</source>
        <translation>Deine Gründe</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>In your own words, in the order that matters to you.</source>
        <translation>In deinen eigenen Worten, in der Reihenfolge, die dir wichtig ist.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nothing here yet. You could write one reason you&apos;d want to hear on a hard day. It stays in your encrypted journal.</source>
        <translation>Hier ist noch nichts. Du könntest einen Grund aufschreiben, den du an einem schweren Tag hören möchtest. Er bleibt in deinem verschlüsselten Tagebuch.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Add a reason…</source>
        <translation>Einen Grund hinzufügen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new reason</source>
        <translation>Ein neuer Grund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add</source>
        <translation>H&amp;inzufügen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add the reason</source>
        <translation>Den Grund hinzufügen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move the reason up</source>
        <translation>Den Grund nach oben verschieben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move &amp;down</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move the reason down</source>
        <translation>Den Grund nach unten verschieben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ed&amp;it</source>
        <translation>Bea&amp;rbeiten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit the reason</source>
        <translation>Den Grund bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the reason</source>
        <translation>Den Grund entfernen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Re&amp;move…</source>
        <translation>Ent&amp;fernen…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Entries you marked to remember</source>
        <translation>Einträge, die du dir gemerkt hast</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entries you marked</source>
        <translation>Deine gemerkten Einträge</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When an entry feels worth rereading, tick &quot;Remember this&quot; beside it and it will wait for you here.</source>
        <translation>Wenn sich ein Eintrag zum Wiederlesen lohnt, setz daneben ein Häkchen bei „Merken“, dann wartet er hier auf dich.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>See your &amp;patterns over time</source>
        <translation>Deine &amp;Muster über die Zeit ansehen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Patterns over time</source>
        <translation>Muster über die Zeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On this day, in earlier years</source>
        <translation>An diesem Tag in früheren Jahren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On this day</source>
        <translation>An diesem Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>From the themes you chose</source>
        <translation>Aus den Themen, die du gewählt hast</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Remove this reason from your list?</source>
        <translation>Diesen Grund von deiner Liste entfernen?</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>A year ago today</source>
        <translation>Heute vor einem Jahr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{years} years ago today</source>
        <translation>Heute vor {years} Jahren</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>You made your decision today. Go gently.</source>
        <translation>Du hast heute deine Entscheidung getroffen. Geh behutsam mit dir um.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One day since your decision on {date}. However today goes, it still stands.</source>
        <translation>Ein Tag seit deiner Entscheidung am {date}. Wie auch immer der heutige Tag verläuft, sie steht weiterhin.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{days} days since your decision on {date}. However today goes, it still stands.</source>
        <translation>{days} Tage seit deiner Entscheidung am {date}. Wie auch immer der heutige Tag verläuft, sie steht weiterhin.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../app/ui/setup/restore_dialog.py" line="+59"/>
        <source>Restore from a backup</source>
        <translation>Aus einer Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose a backup. It is checked before anything moves, and the journal there now is kept aside in the folder, never deleted.</source>
        <translation>Wähle eine Sicherung. Sie wird geprüft, bevor irgendetwas verschoben wird, und das Tagebuch, das jetzt dort liegt, wird im Ordner beiseitegelegt, nie gelöscht.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Backups, newest first</source>
        <translation>Sicherungen, neueste zuerst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose another backup file…</source>
        <translation>Eine andere Sicherungsdatei wählen…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose a file</source>
        <translation>Eine Datei wählen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With my &amp;recovery key</source>
        <translation>Mit meinem &amp;Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With my &amp;passphrase</source>
        <translation>Mit meiner &amp;Passphrase</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recovery key or passphrase</source>
        <translation>Wiederherstellungsschlüssel oder Passphrase</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Look inside first</source>
        <translation>&amp;Erst hineinsehen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Look inside the chosen backup</source>
        <translation>In die gewählte Sicherung hineinsehen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What the backup holds</source>
        <translation>Was die Sicherung enthält</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Restore</source>
        <translation>Wieder&amp;herstellen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{when} ({size})</source>
        <translation>{when} ({size})</translation>
    </message>
    <message>
        <location line="+95"/>
        <location line="+49"/>
        <source>{count} entries</source>
        <translation>{count} Einträge</translation>
    </message>
    <message>
        <location line="-131"/>
        <source>A backup</source>
        <translation>Eine Sicherung</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+34"/>
        <source>Please choose a backup first.</source>
        <translation>Bitte wähle zuerst eine Sicherung.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>That backup is damaged and can&apos;t be used.</source>
        <translation>Diese Sicherung ist beschädigt und kann nicht verwendet werden.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This backup holds no entries.</source>
        <translation>Diese Sicherung enthält keine Einträge.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It holds {count} from {first} to {last}. The newest:</source>
        <translation>Sie enthält {count} vom {first} bis zum {last}. Die neuesten:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 entry</source>
        <translation>1 Eintrag</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>an entry you marked as heavy</source>
        <translation>ein Eintrag, den du als schwer markiert hast</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(untitled)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{backup} — damaged, can&apos;t be used</source>
        <translation>{backup} – beschädigt, nicht verwendbar</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>one entry</source>
        <translation>ein Eintrag</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>That backup is damaged, so nothing was changed. The newest sound one is now chosen ({count}): choose Restore to use it.</source>
        <translation>Diese Sicherung ist beschädigt, darum wurde nichts geändert. Jetzt ist die neueste intakte Sicherung ausgewählt ({count}): Wähle „Wiederherstellen“, um sie zu verwenden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>That backup is damaged, so nothing was changed, and no older backup here opens with what you entered. You can choose another backup file.</source>
        <translation>Diese Sicherung ist beschädigt, darum wurde nichts geändert, und keine ältere Sicherung hier lässt sich mit deiner Eingabe öffnen. Du kannst eine andere Sicherungsdatei wählen.</translation>
    </message>
</context>
<context>
    <name>RevisionListModel</name>
    <message>
        <location filename="../../app/ui/journal/revisions_dialog.py" line="+106"/>
        <source>1 word</source>
        <translation>1 Wort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} words</source>
        <translation>{count} Wörter</translation>
    </message>
</context>
<context>
    <name>RevisionsDialog</name>
    <message>
        <location line="+33"/>
        <location line="+33"/>
        <location line="+6"/>
        <source>Earlier versions</source>
        <translation>Frühere Fassungen</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Earlier version</source>
        <translation>Frühere Fassung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current text</source>
        <translation>Aktueller Text</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Restore this version</source>
        <translation>Diese Fassung &amp;wiederherstellen</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Saved versions</source>
        <translation>Gespeicherte Fassungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>There are no earlier versions of this entry yet. Threshold keeps one when you come back to an entry after a while, or before a large cut.</source>
        <translation>Von diesem Eintrag gibt es noch keine früheren Fassungen. Threshold bewahrt eine auf, wenn du nach einer Weile zu einem Eintrag zurückkehrst oder bevor du viel davon löschst.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No earlier versions</source>
        <translation>Keine früheren Fassungen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore this version</source>
        <translation>Diese Fassung wiederherstellen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Restoring keeps the text you have now as an earlier version, so nothing is lost.</source>
        <translation>Beim Wiederherstellen wird dein jetziger Text als frühere Fassung aufbewahrt, so geht nichts verloren.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Saved {saved}</source>
        <translation>Gespeichert am {saved}</translation>
    </message>
</context>
<context>
    <name>ScreenSettings</name>
    <message>
        <location filename="../../app/ui/settings/screen_tab.py" line="+64"/>
        <source>Hide the window</source>
        <translation>Das Fenster ausblenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show a plain, empty page instead</source>
        <translation>Stattdessen eine schlichte, leere Seite zeigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shortcut for quick hide</source>
        <translation>Tastenkürzel zum schnellen Ausblenden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use &amp;high contrast</source>
        <translation>&amp;Hohen Kontrast verwenden</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Window name</source>
        <translation>Fenstername</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Window icon</source>
        <translation>Fenstersymbol</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Threshold&apos;s own</source>
        <translation>Das Threshold-Symbol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A notepad</source>
        <translation>Ein Notizblock</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A document</source>
        <translation>Ein Dokument</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A plain circle</source>
        <translation>Ein schlichter Kreis</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Clear copied text</source>
        <translation>Kopierten Text löschen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The system&apos;s language ({name})</source>
        <translation>Die Sprache des Systems ({name})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>only when the journal locks or closes</source>
        <translation>nur wenn das Tagebuch gesperrt oder geschlossen wird</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>after {n} seconds</source>
        <translation>nach {n} Sekunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>after 1 minute</source>
        <translation>nach 1 Minute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>after {n} minutes</source>
        <translation>nach {n} Minuten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How the window looks</source>
        <translation>Wie das Fenster aussieht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Icon</source>
        <translation>S&amp;ymbol</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The name and icon show in the taskbar, on dialogs and on reminders, even before you unlock, so they are kept unencrypted on this computer. Choose something ordinary, and nothing private.</source>
        <translation>Name und Symbol erscheinen in der Taskleiste, in Dialogen und bei Erinnerungen, schon bevor du entsperrst. Deshalb werden sie unverschlüsselt auf diesem Computer gespeichert. Wähle am besten etwas Alltägliches und nichts Privates.</translation>
    </message>
    <message>
        <location line="-29"/>
        <location line="+47"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Black and white text and clear edges. Threshold also follows your system&apos;s high-contrast setting.</source>
        <translation>Schwarz-weißer Text und klare Kanten. Threshold folgt auch der Kontrasteinstellung deines Systems.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Language</source>
        <translation>S&amp;prache</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Threshold speaks the language you choose from the next time it opens.</source>
        <translation>Threshold verwendet die gewählte Sprache ab dem nächsten Start.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Quick hide</source>
        <translation>Schnell ausblenden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Shift pressed three times, or the shortcut below, saves, locks and gets your journal out of sight at once.</source>
        <translation>Dreimal die Umschalttaste drücken oder das Tastenkürzel unten: Das speichert, sperrt und bringt dein Tagebuch sofort aus dem Blick.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Shortcut</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copied text</source>
        <translation>Kopierter Text</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear text copied from the &amp;journal</source>
        <translation>Aus dem Tagebuch kopierten Text &amp;löschen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only if nothing else was copied since. Locking always clears it.</source>
        <translation>Nur wenn seitdem nichts anderes kopiert wurde. Beim Sperren wird er immer gelöscht.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
</context>
<context>
    <name>ScreenStep</name>
    <message>
        <location filename="../../app/ui/setup/screen.py" line="+44"/>
        <source>If someone might see your screen</source>
        <translation>Falls jemand deinen Bildschirm sehen kann</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The window&apos;s name shows in the taskbar and on dialogs, even before your journal is unlocked.</source>
        <translation>Der Name des Fensters erscheint in der Taskleiste und in Dialogen, schon bevor dein Tagebuch entsperrt ist.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep the name “&amp;Threshold”</source>
        <translation>Den Namen „&amp;Threshold“ behalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Call it “{name}”, with a &amp;plain icon</source>
        <translation>Es „{name}“ nennen, mit einem &amp;schlichten Symbol</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quick hide</source>
        <translation>Schnell ausblenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Continue</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>You can change it at any time in Settings, under On screen.</source>
        <translation>Du kannst das jederzeit in den Einstellungen unter „Auf dem Bildschirm“ ändern.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You can give it an ordinary name and a plain icon in Settings, under On screen.</source>
        <translation>In den Einstellungen kannst du ihm unter „Auf dem Bildschirm“ einen unauffälligen Namen und ein schlichtes Symbol geben.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>press {key} or Shift three times</source>
        <translation>drück {key} oder dreimal die Umschalttaste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>press Shift three times</source>
        <translation>drück dreimal die Umschalttaste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If you need Threshold out of sight at once, {keys}. It saves what you wrote, locks the journal and hides the window; nothing is lost. To come back, open Threshold again.</source>
        <translation>Wenn Threshold sofort aus dem Blick verschwinden soll, {keys}. Dann wird gespeichert, was du geschrieben hast, das Tagebuch wird gesperrt und das Fenster ausgeblendet; nichts geht verloren. Um zurückzukommen, öffne Threshold einfach wieder.</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../app/ui/journal/search_panel.py" line="+57"/>
        <source>Search status</source>
        <translation>Suchstatus</translation>
    </message>
    <message>
        <location line="+42"/>
        <location line="+1"/>
        <source>Search your journal</source>
        <translation>Dein Tagebuch durchsuchen</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Results appear as you type.</source>
        <translation>Ergebnisse erscheinen, während du tippst.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No entries match yet.</source>
        <translation>Noch passt kein Eintrag.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 entry</source>
        <translation>1 Eintrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} entries</source>
        <translation>{count} Einträge</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <location filename="../../app/ui/journal/search_model.py" line="-84"/>
        <source>Marked heavy: open it when you choose to.</source>
        <translation>Als schwer markiert: Du kannst ihn öffnen, wann immer du möchtest.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../app/ui/settings/dialog.py" line="+62"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&amp;Opening and recovery</source>
        <translation>Ö&amp;ffnen und Wiederherstellen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Check-in</source>
        <translation>&amp;Check-in</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Remind me why</source>
        <translation>&amp;Erinnere mich daran, warum</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Pictures</source>
        <translation>&amp;Bilder</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Who opened it</source>
        <translation>&amp;Wer es geöffnet hat</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Two computers</source>
        <translation>&amp;Zwei Computer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>On &amp;screen</source>
        <translation>Auf dem Bild&amp;schirm</translation>
    </message>
</context>
<context>
    <name>SetupFlow</name>
    <message>
        <location filename="../../app/ui/setup/flow.py" line="+130"/>
        <source>Welcome to Threshold</source>
        <translation>Willkommen bei Threshold</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Threshold is a private journal for the way out of a relationship that hurt you, and for the time after. It&apos;s a quiet place to notice how you are, to write down what happened, and to come back to your own reasons when doubt pulls at you.</source>
        <translation>Threshold ist ein privates Tagebuch für den Weg aus einer Beziehung, die dich verletzt hat, und für die Zeit danach. Ein ruhiger Ort, um wahrzunehmen, wie es dir geht, aufzuschreiben, was passiert ist, und zu deinen eigenen Gründen zurückzufinden, wenn Zweifel an dir nagen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Everything you write stays on this computer, encrypted. There is no account, no cloud and no network. Nothing leaves unless you export it.</source>
        <translation>Alles, was du schreibst, bleibt verschlüsselt auf diesem Computer. Es gibt kein Konto, keine Cloud und kein Netzwerk. Nichts verlässt den Computer, außer du exportierst es.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Setting up takes a few minutes.</source>
        <translation>Die Einrichtung dauert ein paar Minuten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I have a backup from another computer…</source>
        <translation>Ich habe eine Sicherung von einem anderen Computer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore a backup from another computer</source>
        <translation>Eine Sicherung von einem anderen Computer wiederherstellen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Begin</source>
        <translation>&amp;Beginnen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A word about safety</source>
        <translation>Ein Wort zur Sicherheit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If someone else may use this computer, or knows your login password, a passphrase is the safer way to open your journal; you&apos;ll choose in a moment. Then your login alone can&apos;t open it.</source>
        <translation>Wenn noch jemand diesen Computer nutzen könnte oder dein Anmeldepasswort kennt, ist eine Passphrase der sicherere Weg, dein Tagebuch zu öffnen; die Wahl triffst du gleich. Dann lässt es sich nicht mehr allein mit deiner Anmeldung öffnen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No app can protect you from monitoring software. If you think someone may be watching this computer, you may prefer a device you trust.</source>
        <translation>Keine App kann dich vor Überwachungssoftware schützen. Wenn du glaubst, dass jemand diesen Computer überwachen könnte, ist ein Gerät, dem du vertraust, vielleicht die bessere Wahl.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Someone who looks through the programs on this computer could still notice Threshold, whatever its window is called.</source>
        <translation>Wer die Programme auf diesem Computer durchsieht, könnte Threshold trotzdem bemerken, ganz gleich, wie sein Fenster heißt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>If you are in danger right now, please call your local emergency number first. In the Help menu, “If you are in danger now” lists helplines you can call; it works without the internet.</source>
        <translation>Falls du gerade in Gefahr bist, ruf bitte zuerst die Notrufnummer deines Landes an. Im Menü „Hilfe“ findest du unter „Wenn du gerade in Gefahr bist“ Beratungs- und Notrufnummern, die du anrufen kannst; das funktioniert auch ohne Internet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Continue</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
</context>
<context>
    <name>ShortcutsSheet</name>
    <message>
        <location filename="../../app/ui/help_dialogs.py" line="-82"/>
        <location line="+7"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Journal</source>
        <translation>Tagebuch</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hide Now</source>
        <translation>Jetzt ausblenden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>View</source>
        <translation>Ansicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entry</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anywhere</source>
        <translation>Überall</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close a dialog or step back</source>
        <translation>Einen Dialog schließen oder einen Schritt zurückgehen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Escape</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press the focused button</source>
        <translation>Die Schaltfläche mit dem Fokus drücken</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Return or Space</source>
        <translation>Eingabetaste oder Leertaste</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Shift pressed three times</source>
        <translation>dreimal Umschalt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 or %2</source>
        <translation>%1 oder %2</translation>
    </message>
</context>
<context>
    <name>SummaryChoice</name>
    <message>
        <location filename="../../app/ui/export/summary_choice.py" line="+38"/>
        <source>Add a s&amp;ummary page before the entries</source>
        <translation>Vor den Einträgen eine Ü&amp;bersichtsseite einfügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a summary page before the entries</source>
        <translation>Vor den Einträgen eine Übersichtsseite einfügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The summary&apos;s first day</source>
        <translation>Der erste Tag der Übersicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The summary&apos;s last day</source>
        <translation>Der letzte Tag der Übersicht</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Between</source>
        <translation>&amp;Zwischen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>and</source>
        <translation>und</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>d MMM yyyy</source>
        <translation>d. MMM yyyy</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A summary page is drawn in a PDF only.</source>
        <translation>Eine Übersichtsseite gibt es nur im PDF.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your moods and energy by week, themes, what pulled at you, contacts and incidents, counted over every entry of these days, not only the ones you share. No entry is quoted.</source>
        <translation>Deine Stimmungen und deine Energie nach Wochen, Themen, was dich belastet hat, Kontakte und Vorfälle – gezählt über alle Einträge dieser Tage, nicht nur die, die du teilst. Kein Eintrag wird zitiert.</translation>
    </message>
</context>
<context>
    <name>SyncSettings</name>
    <message>
        <location filename="../../app/ui/settings/sync_tab.py" line="+50"/>
        <source>One journal on two computers</source>
        <translation>Ein Tagebuch auf zwei Computern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Threshold never uses a server. It writes only its own sealed files into a folder you choose, and a sync program you already trust (Syncthing, a cloud folder, or a USB stick you carry) takes them to your other computer. The files&apos; names and sizes say nothing about what you wrote.</source>
        <translation>Threshold verwendet nie einen Server. Es schreibt nur seine eigenen versiegelten Dateien in einen Ordner, den du wählst, und ein Sync-Programm, dem du schon vertraust (Syncthing, ein Cloud-Ordner oder ein USB-Stick, den du mitnimmst), bringt sie zu deinem anderen Computer. Die Namen und Größen der Dateien verraten nichts darüber, was du geschrieben hast.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>To start: choose the folder here. Then, on the other computer, restore a backup of this journal and choose the same folder there.</source>
        <translation>So fängst du an: Wähle hier den Ordner. Stelle dann auf dem anderen Computer eine Sicherung dieses Tagebuchs wieder her und wähle dort denselben Ordner.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Use a folder…</source>
        <translation>Einen &amp;Ordner verwenden…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Use a folder</source>
        <translation>Einen Ordner verwenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync &amp;now</source>
        <translation>&amp;Jetzt synchronisieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sync now</source>
        <translation>Jetzt synchronisieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop syncing &amp;here…</source>
        <translation>&amp;Hier nicht mehr synchronisieren…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stop syncing here</source>
        <translation>Hier nicht mehr synchronisieren</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Syncing through {folder}</source>
        <translation>Synchronisiert über {folder}</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n change file(s) written here</source>
        <translation>
            <numerusform>%n Änderungsdatei hier geschrieben</numerusform>
            <numerusform>%n Änderungsdateien hier geschrieben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>merged from %n other computer(s)</source>
        <translation>
            <numerusform>Änderungen von %n anderen Computer übernommen</numerusform>
            <numerusform>Änderungen von %n anderen Computern übernommen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last synced {when}.</source>
        <translation>Zuletzt synchronisiert: {when}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not synced yet.</source>
        <translation>Noch nicht synchronisiert.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The folder your sync program carries</source>
        <translation>Der Ordner, den dein Sync-Programm überträgt</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>What you typed last isn&apos;t saved yet, so nothing was synced. Your words are still on screen; try again in a moment.</source>
        <translation>Was du zuletzt geschrieben hast, ist noch nicht gespeichert, deshalb wurde nichts synchronisiert. Deine Worte sind noch auf dem Bildschirm; versuch es gleich noch einmal.</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Synced: %n entries came in from the other computer.</source>
        <translation>
            <numerusform>Synchronisiert: %n Eintrag kam vom anderen Computer.</numerusform>
            <numerusform>Synchronisiert: %n Einträge kamen vom anderen Computer.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Synced. Nothing new from the other computer.</source>
        <translation>Synchronisiert. Nichts Neues vom anderen Computer.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Stop syncing here?</source>
        <translation>Hier nicht mehr synchronisieren?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This computer stops writing to the folder and reading from it. Your entries stay here as they are, and the other computer keeps its own. You can use a folder again later.</source>
        <translation>Dieser Computer schreibt dann nicht mehr in den Ordner und liest nicht mehr daraus. Deine Einträge bleiben hier, wie sie sind, und der andere Computer behält seine eigenen. Du kannst später wieder einen Ordner verwenden.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sync is off on this computer.</source>
        <translation>Auf diesem Computer ist die Synchronisierung aus.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The folder can&apos;t be reached just now ({reason}). Your writing is safe here, and Threshold tries again by itself.</source>
        <translation>Der Ordner ist gerade nicht erreichbar ({reason}). Was du schreibst, ist hier sicher, und Threshold versucht es von selbst wieder.</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <location filename="../../app/ui/journal/timeline_model.py" line="+190"/>
        <location line="+21"/>
        <source>Untitled entry</source>
        <translation>Eintrag ohne Titel</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>{month} {year}</source>
        <translation>{month} {year}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>marked to remember</source>
        <translation>gemerkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>marked as heavy</source>
        <translation>als schwer markiert</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>mood {mood} of 5, {word}</source>
        <translation>Stimmung {mood} von 5, {word}</translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <location filename="../../app/ui/journal/timeline_view.py" line="+166"/>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the calendar</source>
        <translation>Den Kalender anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+72"/>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>Show the filters</source>
        <translation>Die Filter anzeigen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Entries, newest first</source>
        <translation>Einträge, neueste zuerst</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>About this list</source>
        <translation>Über diese Liste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear filters and show every entry</source>
        <translation>Filter zurücksetzen und alle Einträge zeigen</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Filter (on)</source>
        <translation>Filter (an)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>No entries match these filters. Your other entries are all still here.</source>
        <translation>Kein Eintrag passt zu diesen Filtern. Deine anderen Einträge sind alle noch da.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing here yet. When you&apos;re ready, a new entry is one keystroke away: {shortcut}.</source>
        <translation>Hier ist noch nichts. Wenn du so weit bist, ist ein neuer Eintrag nur einen Tastendruck entfernt: {shortcut}.</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <location filename="../../app/ui/journal/trash_dialog.py" line="+99"/>
        <location line="+66"/>
        <source>Trash</source>
        <translation>Papierkorb</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Trash status</source>
        <translation>Status des Papierkorbs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Empty trash…</source>
        <translation>Papierkorb &amp;leeren…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Empty the trash</source>
        <translation>Papierkorb leeren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete 1 entry forever?</source>
        <translation>1 Eintrag endgültig löschen?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete {count} entries forever?</source>
        <translation>{count} Einträge endgültig löschen?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This can&apos;t be undone. Their text and earlier versions will be gone for good. Entries you still want can be restored first.</source>
        <translation>Das lässt sich nicht rückgängig machen. Text und frühere Fassungen sind dann für immer gelöscht. Einträge, die du noch behalten möchtest, kannst du vorher wiederherstellen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete forever</source>
        <translation>Endgültig löschen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Entries in the trash</source>
        <translation>Einträge im Papierkorb</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Entries you move to the trash wait here until you empty it.</source>
        <translation>Einträge, die du in den Papierkorb legst, warten hier, bis du ihn leerst.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>The trash is empty.</source>
        <translation>Der Papierkorb ist leer.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Empty trash</source>
        <translation>Papierkorb leeren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore the selected entries</source>
        <translation>Ausgewählte Einträge wiederherstellen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The entry is back in your journal.</source>
        <translation>Der Eintrag ist wieder in deinem Tagebuch.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} entries are back in your journal.</source>
        <translation>{count} Einträge sind wieder in deinem Tagebuch.</translation>
    </message>
</context>
<context>
    <name>TrashModel</name>
    <message>
        <location line="-164"/>
        <source>Moved to the trash on {day}</source>
        <translation>Am {day} in den Papierkorb gelegt</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <location filename="../../app/ui/setup/unlock_page.py" line="+169"/>
        <source>Welcome back</source>
        <translation>Willkommen zurück</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open with my computer login</source>
        <translation>Mit meiner Computer-Anmeldung öffnen</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>To keep your journal safe from guessing, each try that doesn&apos;t match makes the next wait a little longer.</source>
        <translation>Damit niemand dein Tagebuch durch Raten öffnen kann, wird die Wartezeit nach jedem Versuch, der nicht passt, ein wenig länger.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>You can try again in %n seconds.</source>
        <translation>
            <numerusform>Du kannst es in %n Sekunde noch einmal versuchen.</numerusform>
            <numerusform>Du kannst es in %n Sekunden noch einmal versuchen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You can try again in a moment.</source>
        <translation>Du kannst es gleich noch einmal versuchen.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Try the computer login again</source>
        <translation>Computer-Anmeldung noch einmal versuchen</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>&amp;Passphrase</source>
        <translation>&amp;Passphrase</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open with passphrase</source>
        <translation>Mit Passphrase öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use &amp;recovery key</source>
        <translation>&amp;Wiederherstellungsschlüssel verwenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use recovery key instead</source>
        <translation>Stattdessen den Wiederherstellungsschlüssel verwenden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Recovery key</source>
        <translation>&amp;Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The key you kept when you set up Threshold: eight groups of five characters. Capitals, spaces and dashes don&apos;t matter.</source>
        <translation>Der Schlüssel, den du beim Einrichten von Threshold aufbewahrt hast: acht Gruppen aus je fünf Zeichen. Groß- und Kleinschreibung, Leerzeichen und Bindestriche spielen keine Rolle.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recovery key</source>
        <translation>Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open with recovery key</source>
        <translation>Mit Wiederherstellungsschlüssel öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to &amp;passphrase</source>
        <translation>Zurück zur &amp;Passphrase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to passphrase</source>
        <translation>Zurück zur Passphrase</translation>
    </message>
</context>
<context>
    <name>WayBackToRemind</name>
    <message>
        <location filename="../../app/ui/doubt/remind_return.py" line="+33"/>
        <source>← &amp;Back to Remind me why</source>
        <translation>← &amp;Zurück zu „Erinnere mich daran, warum“</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Back to Remind me why</source>
        <translation>Zurück zu „Erinnere mich daran, warum“</translation>
    </message>
</context>
<context>
    <name>WhoFilter</name>
    <message>
        <location filename="../../app/ui/doubt/contact_log_parts.py" line="+19"/>
        <source>Show the records of</source>
        <translation>Aufzeichnungen zeigen für</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Everyone</source>
        <translation>Alle Personen</translation>
    </message>
</context>
<context>
    <name>_SecretForm</name>
    <message>
        <location filename="../../app/ui/setup/unlock_page.py" line="-268"/>
        <source>Opening your journal…</source>
        <translation>Dein Tagebuch wird geöffnet…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
</context>
</TS>
