<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>ChecklistExport</name>
    <message>
        <location filename="../../app/gui/private/checklist/export.py" line="106" />
        <source>Save the list as a PDF?</source>
        <translation>De lijst bewaren als pdf?</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/export.py" line="108" />
        <source>A PDF is not locked with your passphrase. Anyone who finds the file, or a printed copy, can read it.</source>
        <translation>Een pdf is niet beveiligd met je wachtzin. Wie het bestand of een afgedrukte versie vindt, kan het lezen.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/export.py" line="111" />
        <source>Choose where to save…</source>
        <translation>Kies waar je het bewaart…</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/export.py" line="111" />
        <location filename="../../app/gui/private/checklist/export.py" line="145" />
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/export.py" line="114" />
        <source>Save it only where it is safe, for example on a USB stick you keep with you. Print it somewhere safe, for example at a CAW.</source>
        <translation>Bewaar het alleen op een veilige plek, bijvoorbeeld op een usb-stick die je bij je houdt. Druk het af op een veilige plek, bijvoorbeeld bij een CAW.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/export.py" line="125" />
        <source>Save the PDF</source>
        <translation>De pdf bewaren</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/export.py" line="127" />
        <source>PDF files (*.pdf)</source>
        <translation>Pdf-bestanden (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/export.py" line="141" />
        <source>This folder seems to be copied to the internet (OneDrive, Dropbox, Google Drive or Nextcloud). Someone with access to that account could see the PDF.</source>
        <translation>Deze map wordt blijkbaar naar het internet gekopieerd (OneDrive, Dropbox, Google Drive of Nextcloud). Wie toegang heeft tot die account, kan de pdf zien.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/export.py" line="144" />
        <source>Save the PDF here?</source>
        <translation>De pdf hier bewaren?</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/export.py" line="145" />
        <source>Save here anyway</source>
        <translation>Toch hier bewaren</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/export.py" line="151" />
        <source>List</source>
        <translation>Lijst</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/export.py" line="173" />
        <source>The PDF was saved: %1</source>
        <translation>De pdf is bewaard: %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/export.py" line="175" />
        <source>The PDF could not be saved.</source>
        <translation>De pdf kon niet bewaard worden.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/export.py" line="180" />
        <source>The PDF could not be saved. Is the disk full, or is the folder read-only?</source>
        <translation>De pdf kon niet bewaard worden. Is de schijf vol, of kan er niets in deze map geschreven worden?</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/export.py" line="199" />
        <source>Saving the PDF…</source>
        <translation>De pdf wordt bewaard…</translation>
    </message>
</context>
<context>
    <name>ChecklistPage</name>
    <message>
        <location filename="../../app/gui/private/checklist/page.py" line="65" />
        <source>Lists</source>
        <translation>Lijsten</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/page.py" line="66" />
        <source>Emergency contacts</source>
        <translation>Noodcontacten</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/page.py" line="69" />
        <source>Save as PDF…</source>
        <translation>Bewaren als pdf…</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/page.py" line="70" />
        <source>Include the contacts</source>
        <translation>Met de contacten erbij</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/page.py" line="82" />
        <source>List</source>
        <translation>Lijst</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/page.py" line="87" />
        <source>Help numbers</source>
        <translation>Hulpnummers</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/page.py" line="88" />
        <source>Your contacts</source>
        <translation>Je eigen contacten</translation>
    </message>
</context>
<context>
    <name>ContactsView</name>
    <message>
        <location filename="../../app/gui/private/checklist/contacts.py" line="189" />
        <source>Help numbers</source>
        <translation>Hulpnummers</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/contacts.py" line="190" />
        <source>Your contacts</source>
        <translation>Je eigen contacten</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/contacts.py" line="191" />
        <location filename="../../app/gui/private/checklist/contacts.py" line="194" />
        <source>For example a trusted person, your CAW or a lawyer.</source>
        <translation>Bijvoorbeeld iemand die je vertrouwt, je CAW of een advocaat.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/contacts.py" line="192" />
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/contacts.py" line="193" />
        <source>For example a trusted person</source>
        <translation>Bijvoorbeeld iemand die je vertrouwt</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/contacts.py" line="195" />
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/contacts.py" line="196" />
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/contacts.py" line="197" />
        <source>When to call, what they know</source>
        <translation>Wanneer bellen, wat weet deze persoon?</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/contacts.py" line="198" />
        <source>New contact</source>
        <translation>Nieuw contact</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/contacts.py" line="199" />
        <source>Save contact</source>
        <translation>Contact bewaren</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/contacts.py" line="200" />
        <source>Copy number</source>
        <translation>Nummer kopiëren</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/contacts.py" line="201" />
        <source>Remove…</source>
        <translation>Verwijderen…</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/contacts.py" line="250" />
        <source>Type a name or a number first.</source>
        <translation>Typ eerst een naam of een nummer.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/contacts.py" line="257" />
        <source>Saved.</source>
        <translation>Bewaard.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/contacts.py" line="264" />
        <source>Copied. It is cleared again after 30 seconds.</source>
        <translation>Gekopieerd. Na 30 seconden wordt het weer gewist.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/contacts.py" line="272" />
        <source>Remove this contact?</source>
        <translation>Dit contact verwijderen?</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/contacts.py" line="274" />
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/contacts.py" line="274" />
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/contacts.py" line="284" />
        <source>Removed.</source>
        <translation>Verwijderd.</translation>
    </message>
</context>
<context>
    <name>HelpNumber</name>
    <message>
        <location filename="../../app/gui/private/checklist/contacts.py" line="79" />
        <source>Copied. It is cleared again after 30 seconds.</source>
        <translation>Gekopieerd. Na 30 seconden wordt het weer gewist.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/contacts.py" line="87" />
        <source>Open: %1</source>
        <translation>Open: %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/contacts.py" line="89" />
        <source>Copy this number</source>
        <translation>Dit nummer kopiëren</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/contacts.py" line="91" />
        <source>%1, number %2, press to copy</source>
        <translation>%1, nummer %2, druk om te kopiëren</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/contacts.py" line="96" />
        <source>Copy the website address</source>
        <translation>Het adres van de website kopiëren</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/contacts.py" line="98" />
        <source>%1, website %2, press to copy</source>
        <translation>%1, website %2, druk om te kopiëren</translation>
    </message>
</context>
<context>
    <name>ListsView</name>
    <message>
        <location filename="../../app/gui/private/checklist/lists.py" line="223" />
        <source>Lists</source>
        <translation>Lijsten</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/lists.py" line="224" />
        <source>Your own list</source>
        <translation>Je eigen lijst</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/lists.py" line="225" />
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/lists.py" line="226" />
        <source>Remove this list…</source>
        <translation>Deze lijst verwijderen…</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/lists.py" line="227" />
        <source>New list</source>
        <translation>Nieuwe lijst</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/lists.py" line="228" />
        <source>Name of a new list</source>
        <translation>Naam van een nieuwe lijst</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/lists.py" line="229" />
        <source>Add list</source>
        <translation>Lijst toevoegen</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/lists.py" line="230" />
        <source>Restore the standard lists…</source>
        <translation>De standaardlijsten terugzetten…</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/lists.py" line="232" />
        <source>Removed items come back. Your own items, ticks and notes stay.</source>
        <translation>Verwijderde punten komen terug. Je eigen punten, vinkjes en notities blijven.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/lists.py" line="234" />
        <source>Items</source>
        <translation>Punten</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/lists.py" line="235" />
        <source>Space ticks, Alt+Up and Alt+Down move, Delete removes.</source>
        <translation>Spatie vinkt aan, Alt+pijl omhoog en Alt+pijl omlaag verplaatsen, Delete verwijdert.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/lists.py" line="238" />
        <source>Chosen item</source>
        <translation>Gekozen punt</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/lists.py" line="239" />
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/lists.py" line="240" />
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/lists.py" line="241" />
        <source>Move up</source>
        <translation>Omhoog</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/lists.py" line="243" />
        <source>Move down</source>
        <translation>Omlaag</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/lists.py" line="245" />
        <source>Remove…</source>
        <translation>Verwijderen…</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/lists.py" line="246" />
        <source>Delete</source>
        <translation>Delete-toets</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/lists.py" line="247" />
        <source>New item in this list</source>
        <translation>Nieuw punt in deze lijst</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/lists.py" line="248" />
        <source>Type and press Enter</source>
        <translation>Typ en druk op Enter</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/lists.py" line="249" />
        <source>Add item</source>
        <translation>Punt toevoegen</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/lists.py" line="324" />
        <source>No items in this list yet</source>
        <translation>Deze lijst is nog leeg</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/lists.py" line="326" />
        <source>0 of %2 ticked</source>
        <translation>0 van %2 aangevinkt</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/lists.py" line="328" />
        <source>1 of %2 ticked</source>
        <translation>1 van %2 aangevinkt</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/lists.py" line="330" />
        <source>%1 of %2 ticked</source>
        <translation>%1 van %2 aangevinkt</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/lists.py" line="350" />
        <source>Where is it? Who has it?</source>
        <translation>Waar is het? Wie heeft het?</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/lists.py" line="418" />
        <source>Added.</source>
        <translation>Toegevoegd.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/lists.py" line="434" />
        <source>Your own item and its note are removed for good.</source>
        <translation>Je eigen punt en de notitie erbij worden voorgoed verwijderd.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/lists.py" line="436" />
        <source>It comes back when you restore the standard lists.</source>
        <translation>Het komt terug als je de standaardlijsten terugzet.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/lists.py" line="440" />
        <source>Remove this item?</source>
        <translation>Dit punt verwijderen?</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/lists.py" line="442" />
        <location filename="../../app/gui/private/checklist/lists.py" line="488" />
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/lists.py" line="442" />
        <location filename="../../app/gui/private/checklist/lists.py" line="488" />
        <location filename="../../app/gui/private/checklist/lists.py" line="511" />
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/lists.py" line="457" />
        <source>Removed.</source>
        <translation>Verwijderd.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/lists.py" line="468" />
        <source>List added. Add its first item below.</source>
        <translation>Lijst toegevoegd. Voeg hieronder het eerste punt toe.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/lists.py" line="486" />
        <source>Remove this list?</source>
        <translation>Deze lijst verwijderen?</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/lists.py" line="490" />
        <source>The list and all its items and notes are removed for good.</source>
        <translation>De lijst en al haar punten en notities worden voorgoed verwijderd.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/lists.py" line="506" />
        <source>Restore the standard lists?</source>
        <translation>De standaardlijsten terugzetten?</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/lists.py" line="508" />
        <source>Items you removed come back and changed texts get their standard text again. Your own items and lists, your ticks and your notes stay.</source>
        <translation>Punten die je verwijderd hebt, komen terug en gewijzigde teksten krijgen weer hun standaardtekst. Je eigen punten en lijsten, je vinkjes en je notities blijven.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/lists.py" line="511" />
        <source>Restore</source>
        <translation>Terugzetten</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/lists.py" line="520" />
        <source>The standard lists are back.</source>
        <translation>De standaardlijsten zijn terug.</translation>
    </message>
</context>
<context>
    <name>PrivateSpace</name>
    <message>
        <location filename="../../app/gui/private/checklist/page.py" line="124" />
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
</context>
</TS>