<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/gui/main_window.py" line="86" />
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="96" />
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="143" />
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="144" />
        <source>&amp;New note</source>
        <translation>&amp;New note</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="147" />
        <source>&amp;Rename note</source>
        <translation>&amp;Rename note</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="150" />
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="160" />
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="161" />
        <source>&amp;Undo delete</source>
        <translation>&amp;Undo delete</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="169" />
        <source>Cu&amp;t</source>
        <translation>Cu&amp;t</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="170" />
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="171" />
        <source>&amp;Paste</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="173" />
        <source>Select &amp;All</source>
        <translation>Select &amp;All</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="179" />
        <source>&amp;Find</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="183" />
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="184" />
        <source>&amp;About Notes</source>
        <translation>&amp;About Notes</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="199" />
        <source>About Notes</source>
        <translation>About Notes</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="200" />
        <source>Notes %1</source>
        <translation>Notes %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="201" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="203" />
        <source>A simple place for your notes. Notes are saved as you type.</source>
        <translation>A simple place for your notes. Notes are saved as you type.</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="224" />
        <source>Note deleted.</source>
        <translation>Note deleted.</translation>
    </message>
</context>
<context>
    <name>NotesModel</name>
    <message>
        <location filename="../../app/gui/decoy/notes_model.py" line="40" />
        <source>Untitled note</source>
        <translation>Untitled note</translation>
    </message>
    <message>
        <location filename="../../app/gui/decoy/notes_model.py" line="43" />
        <source>Changed %1</source>
        <translation>Changed %1</translation>
    </message>
</context>
<context>
    <name>NotesPage</name>
    <message>
        <location filename="../../app/gui/decoy/notes_page.py" line="48" />
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../app/gui/decoy/notes_page.py" line="50" />
        <source>No notes found</source>
        <translation>No notes found</translation>
    </message>
    <message>
        <location filename="../../app/gui/decoy/notes_page.py" line="55" />
        <source>New note</source>
        <translation>New note</translation>
    </message>
    <message>
        <location filename="../../app/gui/decoy/notes_page.py" line="61" />
        <location filename="../../app/gui/decoy/notes_page.py" line="62" />
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../app/gui/decoy/notes_page.py" line="70" />
        <source>Start writing…</source>
        <translation>Start writing…</translation>
    </message>
    <message>
        <location filename="../../app/gui/decoy/notes_page.py" line="71" />
        <source>Note text</source>
        <translation>Note text</translation>
    </message>
    <message>
        <location filename="../../app/gui/decoy/notes_page.py" line="102" />
        <source>&amp;Delete note</source>
        <translation>&amp;Delete note</translation>
    </message>
    <message>
        <location filename="../../app/gui/decoy/notes_page.py" line="196" />
        <source>Saved</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location filename="../../app/gui/decoy/notes_page.py" line="260" />
        <source>The disk is full, so this note could not be saved yet. Your text is still here; free some space and it will be saved.</source>
        <translation>The disk is full, so this note could not be saved yet. Your text is still here; free some space and it will be saved.</translation>
    </message>
    <message>
        <location filename="../../app/gui/decoy/notes_page.py" line="266" />
        <source>This note could not be saved: the notes folder cannot be written. Your text is still here.</source>
        <translation>This note could not be saved: the notes folder cannot be written. Your text is still here.</translation>
    </message>
    <message>
        <location filename="../../app/gui/decoy/notes_page.py" line="271" />
        <source>This note could not be saved yet. Your text is still here; it will be tried again.</source>
        <translation>This note could not be saved yet. Your text is still here; it will be tried again.</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <location filename="../../app/gui/decoy/search_box.py" line="36" />
        <location filename="../../app/gui/decoy/search_box.py" line="37" />
        <source>Search notes</source>
        <translation>Search notes</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../app/gui/main.py" line="143" />
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../app/gui/main.py" line="144" />
        <source>Notes cannot read its folder right now. Nothing was changed or deleted. If the disk is full or read-only, free some space and start Notes again.</source>
        <translation>Notes cannot read its folder right now. Nothing was changed or deleted. If the disk is full or read-only, free some space and start Notes again.</translation>
    </message>
    <message>
        <location filename="../../app/gui/main.py" line="150" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
</TS>