<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr" sourcelanguage="en">
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
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="143" />
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="144" />
        <source>&amp;New note</source>
        <translation>&amp;Nouvelle note</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="147" />
        <source>&amp;Rename note</source>
        <translation>&amp;Renommer la note</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="150" />
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="160" />
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="161" />
        <source>&amp;Undo delete</source>
        <translation>&amp;Annuler la suppression</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="169" />
        <source>Cu&amp;t</source>
        <translation>Co&amp;uper</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="170" />
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="171" />
        <source>&amp;Paste</source>
        <translation>C&amp;oller</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="173" />
        <source>Select &amp;All</source>
        <translation>&amp;Tout sélectionner</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="179" />
        <source>&amp;Find</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="183" />
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="184" />
        <source>&amp;About Notes</source>
        <translation>À &amp;propos de Notes</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="199" />
        <source>About Notes</source>
        <translation>À propos de Notes</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="200" />
        <source>Notes %1</source>
        <translation>Notes %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="201" />
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="203" />
        <source>A simple place for your notes. Notes are saved as you type.</source>
        <translation>Un endroit simple pour vos notes. Les notes sont enregistrées pendant que vous tapez.</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="224" />
        <source>Note deleted.</source>
        <translation>Note supprimée.</translation>
    </message>
</context>
<context>
    <name>NotesModel</name>
    <message>
        <location filename="../../app/gui/decoy/notes_model.py" line="40" />
        <source>Untitled note</source>
        <translation>Note sans titre</translation>
    </message>
    <message>
        <location filename="../../app/gui/decoy/notes_model.py" line="43" />
        <source>Changed %1</source>
        <translation>Modifiée le %1</translation>
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
        <translation>Aucune note trouvée</translation>
    </message>
    <message>
        <location filename="../../app/gui/decoy/notes_page.py" line="55" />
        <source>New note</source>
        <translation>Nouvelle note</translation>
    </message>
    <message>
        <location filename="../../app/gui/decoy/notes_page.py" line="61" />
        <location filename="../../app/gui/decoy/notes_page.py" line="62" />
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../app/gui/decoy/notes_page.py" line="70" />
        <source>Start writing…</source>
        <translation>Commencez à écrire…</translation>
    </message>
    <message>
        <location filename="../../app/gui/decoy/notes_page.py" line="71" />
        <source>Note text</source>
        <translation>Texte de la note</translation>
    </message>
    <message>
        <location filename="../../app/gui/decoy/notes_page.py" line="102" />
        <source>&amp;Delete note</source>
        <translation>&amp;Supprimer la note</translation>
    </message>
    <message>
        <location filename="../../app/gui/decoy/notes_page.py" line="196" />
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <location filename="../../app/gui/decoy/notes_page.py" line="260" />
        <source>The disk is full, so this note could not be saved yet. Your text is still here; free some space and it will be saved.</source>
        <translation>Le disque est plein : cette note n'a pas encore pu être enregistrée. Votre texte est toujours là ; libérez de l'espace et il sera enregistré.</translation>
    </message>
    <message>
        <location filename="../../app/gui/decoy/notes_page.py" line="266" />
        <source>This note could not be saved: the notes folder cannot be written. Your text is still here.</source>
        <translation>Cette note n'a pas pu être enregistrée : impossible d'écrire dans le dossier des notes. Votre texte est toujours là.</translation>
    </message>
    <message>
        <location filename="../../app/gui/decoy/notes_page.py" line="271" />
        <source>This note could not be saved yet. Your text is still here; it will be tried again.</source>
        <translation>Cette note n'a pas encore pu être enregistrée. Votre texte est toujours là ; un nouvel essai sera fait.</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <location filename="../../app/gui/decoy/search_box.py" line="36" />
        <location filename="../../app/gui/decoy/search_box.py" line="37" />
        <source>Search notes</source>
        <translation>Rechercher dans les notes</translation>
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
        <translation>Notes ne peut pas lire son dossier pour le moment. Rien n'a été modifié ni supprimé. Si le disque est plein ou en lecture seule, libérez de l'espace et relancez Notes.</translation>
    </message>
    <message>
        <location filename="../../app/gui/main.py" line="150" />
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
</TS>