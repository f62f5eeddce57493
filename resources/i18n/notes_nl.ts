<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/gui/main_window.py" line="86" />
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="96" />
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="143" />
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="144" />
        <source>&amp;New note</source>
        <translation>&amp;Nieuwe notitie</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="147" />
        <source>&amp;Rename note</source>
        <translation>Notitie &amp;hernoemen</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="150" />
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="160" />
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="161" />
        <source>&amp;Undo delete</source>
        <translation>Verwijderen &amp;ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="169" />
        <source>Cu&amp;t</source>
        <translation>K&amp;nippen</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="170" />
        <source>&amp;Copy</source>
        <translation>&amp;Kopiëren</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="171" />
        <source>&amp;Paste</source>
        <translation>&amp;Plakken</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="173" />
        <source>Select &amp;All</source>
        <translation>Alles &amp;selecteren</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="179" />
        <source>&amp;Find</source>
        <translation>&amp;Zoeken</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="183" />
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="184" />
        <source>&amp;About Notes</source>
        <translation>&amp;Over Notities</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="199" />
        <source>About Notes</source>
        <translation>Over Notities</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="200" />
        <source>Notes %1</source>
        <translation>Notities %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="201" />
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="203" />
        <source>A simple place for your notes. Notes are saved as you type.</source>
        <translation>Een eenvoudige plek voor je notities. Notities worden bewaard terwijl je typt.</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="224" />
        <source>Note deleted.</source>
        <translation>Notitie verwijderd.</translation>
    </message>
</context>
<context>
    <name>NotesModel</name>
    <message>
        <location filename="../../app/gui/decoy/notes_model.py" line="40" />
        <source>Untitled note</source>
        <translation>Notitie zonder titel</translation>
    </message>
    <message>
        <location filename="../../app/gui/decoy/notes_model.py" line="43" />
        <source>Changed %1</source>
        <translation>Gewijzigd %1</translation>
    </message>
</context>
<context>
    <name>NotesPage</name>
    <message>
        <location filename="../../app/gui/decoy/notes_page.py" line="48" />
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <location filename="../../app/gui/decoy/notes_page.py" line="50" />
        <source>No notes found</source>
        <translation>Geen notities gevonden</translation>
    </message>
    <message>
        <location filename="../../app/gui/decoy/notes_page.py" line="55" />
        <source>New note</source>
        <translation>Nieuwe notitie</translation>
    </message>
    <message>
        <location filename="../../app/gui/decoy/notes_page.py" line="61" />
        <location filename="../../app/gui/decoy/notes_page.py" line="62" />
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../app/gui/decoy/notes_page.py" line="70" />
        <source>Start writing…</source>
        <translation>Begin te schrijven…</translation>
    </message>
    <message>
        <location filename="../../app/gui/decoy/notes_page.py" line="71" />
        <source>Note text</source>
        <translation>Tekst van de notitie</translation>
    </message>
    <message>
        <location filename="../../app/gui/decoy/notes_page.py" line="102" />
        <source>&amp;Delete note</source>
        <translation>Notitie &amp;verwijderen</translation>
    </message>
    <message>
        <location filename="../../app/gui/decoy/notes_page.py" line="196" />
        <source>Saved</source>
        <translation>Bewaard</translation>
    </message>
    <message>
        <location filename="../../app/gui/decoy/notes_page.py" line="260" />
        <source>The disk is full, so this note could not be saved yet. Your text is still here; free some space and it will be saved.</source>
        <translation>De schijf is vol, daarom kon deze notitie nog niet bewaard worden. Je tekst staat er nog; maak wat ruimte vrij en hij wordt bewaard.</translation>
    </message>
    <message>
        <location filename="../../app/gui/decoy/notes_page.py" line="266" />
        <source>This note could not be saved: the notes folder cannot be written. Your text is still here.</source>
        <translation>Deze notitie kon niet bewaard worden: in de map van de notities kan niet geschreven worden. Je tekst staat er nog.</translation>
    </message>
    <message>
        <location filename="../../app/gui/decoy/notes_page.py" line="271" />
        <source>This note could not be saved yet. Your text is still here; it will be tried again.</source>
        <translation>Deze notitie kon nog niet bewaard worden. Je tekst staat er nog; het wordt opnieuw geprobeerd.</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <location filename="../../app/gui/decoy/search_box.py" line="36" />
        <location filename="../../app/gui/decoy/search_box.py" line="37" />
        <source>Search notes</source>
        <translation>Notities zoeken</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../app/gui/main.py" line="143" />
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <location filename="../../app/gui/main.py" line="144" />
        <source>Notes cannot read its folder right now. Nothing was changed or deleted. If the disk is full or read-only, free some space and start Notes again.</source>
        <translation>Notities kan zijn map nu niet lezen. Er is niets gewijzigd of verwijderd. Is de schijf vol of alleen-lezen? Maak wat ruimte vrij en start Notities opnieuw.</translation>
    </message>
    <message>
        <location filename="../../app/gui/main.py" line="150" />
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
</context>
</TS>