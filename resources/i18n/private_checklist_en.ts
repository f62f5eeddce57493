<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ChecklistExport</name>
    <message>
        <location filename="../../app/gui/private/checklist/export.py" line="106" />
        <source>Save the list as a PDF?</source>
        <translation>Save the list as a PDF?</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/export.py" line="108" />
        <source>A PDF is not locked with your passphrase. Anyone who finds the file, or a printed copy, can read it.</source>
        <translation>A PDF is not locked with your passphrase. Anyone who finds the file, or a printed copy, can read it.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/export.py" line="111" />
        <source>Choose where to save…</source>
        <translation>Choose where to save…</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/export.py" line="111" />
        <location filename="../../app/gui/private/checklist/export.py" line="145" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/export.py" line="114" />
        <source>Save it only where it is safe, for example on a USB stick you keep with you. Print it somewhere safe, for example at a CAW.</source>
        <translation>Save it only where it is safe, for example on a USB stick you keep with you. Print it somewhere safe, for example at a CAW.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/export.py" line="125" />
        <source>Save the PDF</source>
        <translation>Save the PDF</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/export.py" line="127" />
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/export.py" line="141" />
        <source>This folder seems to be copied to the internet (OneDrive, Dropbox, Google Drive or Nextcloud). Someone with access to that account could see the PDF.</source>
        <translation>This folder seems to be copied to the internet (OneDrive, Dropbox, Google Drive or Nextcloud). Someone with access to that account could see the PDF.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/export.py" line="144" />
        <source>Save the PDF here?</source>
        <translation>Save the PDF here?</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/export.py" line="145" />
        <source>Save here anyway</source>
        <translation>Save here anyway</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/export.py" line="151" />
        <source>List</source>
        <translation>List</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/export.py" line="173" />
        <source>The PDF was saved: %1</source>
        <translation>The PDF was saved: %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/export.py" line="175" />
        <source>The PDF could not be saved.</source>
        <translation>The PDF could not be saved.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/export.py" line="180" />
        <source>The PDF could not be saved. Is the disk full, or is the folder read-only?</source>
        <translation>The PDF could not be saved. Is the disk full, or is the folder read-only?</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/export.py" line="199" />
        <source>Saving the PDF…</source>
        <translation>Saving the PDF…</translation>
    </message>
</context>
<context>
    <name>ChecklistPage</name>
    <message>
        <location filename="../../app/gui/private/checklist/page.py" line="65" />
        <source>Lists</source>
        <translation>Lists</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/page.py" line="66" />
        <source>Emergency contacts</source>
        <translation>Emergency contacts</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/page.py" line="69" />
        <source>Save as PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/page.py" line="70" />
        <source>Include the contacts</source>
        <translation>Include the contacts</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/page.py" line="82" />
        <source>List</source>
        <translation>List</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/page.py" line="87" />
        <source>Help numbers</source>
        <translation>Help numbers</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/page.py" line="88" />
        <source>Your contacts</source>
        <translation>Your contacts</translation>
    </message>
</context>
<context>
    <name>ContactsView</name>
    <message>
        <location filename="../../app/gui/private/checklist/contacts.py" line="189" />
        <source>Help numbers</source>
        <translation>Help numbers</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/contacts.py" line="190" />
        <source>Your contacts</source>
        <translation>Your contacts</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/contacts.py" line="191" />
        <location filename="../../app/gui/private/checklist/contacts.py" line="194" />
        <source>For example a trusted person, your CAW or a lawyer.</source>
        <translation>For example a trusted person, your CAW or a lawyer.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/contacts.py" line="192" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/contacts.py" line="193" />
        <source>For example a trusted person</source>
        <translation>For example a trusted person</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/contacts.py" line="195" />
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/contacts.py" line="196" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/contacts.py" line="197" />
        <source>When to call, what they know</source>
        <translation>When to call, what they know</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/contacts.py" line="198" />
        <source>New contact</source>
        <translation>New contact</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/contacts.py" line="199" />
        <source>Save contact</source>
        <translation>Save contact</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/contacts.py" line="200" />
        <source>Copy number</source>
        <translation>Copy number</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/contacts.py" line="201" />
        <source>Remove…</source>
        <translation>Remove…</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/contacts.py" line="250" />
        <source>Type a name or a number first.</source>
        <translation>Type a name or a number first.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/contacts.py" line="257" />
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/contacts.py" line="264" />
        <source>Copied. It is cleared again after 30 seconds.</source>
        <translation>Copied. It is cleared again after 30 seconds.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/contacts.py" line="272" />
        <source>Remove this contact?</source>
        <translation>Remove this contact?</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/contacts.py" line="274" />
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/contacts.py" line="274" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/contacts.py" line="284" />
        <source>Removed.</source>
        <translation>Removed.</translation>
    </message>
</context>
<context>
    <name>HelpNumber</name>
    <message>
        <location filename="../../app/gui/private/checklist/contacts.py" line="79" />
        <source>Copied. It is cleared again after 30 seconds.</source>
        <translation>Copied. It is cleared again after 30 seconds.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/contacts.py" line="87" />
        <source>Open: %1</source>
        <translation>Open: %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/contacts.py" line="89" />
        <source>Copy this number</source>
        <translation>Copy this number</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/contacts.py" line="91" />
        <source>%1, number %2, press to copy</source>
        <translation>%1, number %2, press to copy</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/contacts.py" line="96" />
        <source>Copy the website address</source>
        <translation>Copy the website address</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/contacts.py" line="98" />
        <source>%1, website %2, press to copy</source>
        <translation>%1, website %2, press to copy</translation>
    </message>
</context>
<context>
    <name>ListsView</name>
    <message>
        <location filename="../../app/gui/private/checklist/lists.py" line="223" />
        <source>Lists</source>
        <translation>Lists</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/lists.py" line="224" />
        <source>Your own list</source>
        <translation>Your own list</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/lists.py" line="225" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/lists.py" line="226" />
        <source>Remove this list…</source>
        <translation>Remove this list…</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/lists.py" line="227" />
        <source>New list</source>
        <translation>New list</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/lists.py" line="228" />
        <source>Name of a new list</source>
        <translation>Name of a new list</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/lists.py" line="229" />
        <source>Add list</source>
        <translation>Add list</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/lists.py" line="230" />
        <source>Restore the standard lists…</source>
        <translation>Restore the standard lists…</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/lists.py" line="232" />
        <source>Removed items come back. Your own items, ticks and notes stay.</source>
        <translation>Removed items come back. Your own items, ticks and notes stay.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/lists.py" line="234" />
        <source>Items</source>
        <translation>Items</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/lists.py" line="235" />
        <source>Space ticks, Alt+Up and Alt+Down move, Delete removes.</source>
        <translation>Space ticks, Alt+Up and Alt+Down move, Delete removes.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/lists.py" line="238" />
        <source>Chosen item</source>
        <translation>Chosen item</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/lists.py" line="239" />
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/lists.py" line="240" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/lists.py" line="241" />
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/lists.py" line="243" />
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/lists.py" line="245" />
        <source>Remove…</source>
        <translation>Remove…</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/lists.py" line="246" />
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/lists.py" line="247" />
        <source>New item in this list</source>
        <translation>New item in this list</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/lists.py" line="248" />
        <source>Type and press Enter</source>
        <translation>Type and press Enter</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/lists.py" line="249" />
        <source>Add item</source>
        <translation>Add item</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/lists.py" line="324" />
        <source>No items in this list yet</source>
        <translation>No items in this list yet</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/lists.py" line="326" />
        <source>0 of %2 ticked</source>
        <translation>0 of %2 ticked</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/lists.py" line="328" />
        <source>1 of %2 ticked</source>
        <translation>1 of %2 ticked</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/lists.py" line="330" />
        <source>%1 of %2 ticked</source>
        <translation>%1 of %2 ticked</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/lists.py" line="350" />
        <source>Where is it? Who has it?</source>
        <translation>Where is it? Who has it?</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/lists.py" line="418" />
        <source>Added.</source>
        <translation>Added.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/lists.py" line="434" />
        <source>Your own item and its note are removed for good.</source>
        <translation>Your own item and its note are removed for good.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/lists.py" line="436" />
        <source>It comes back when you restore the standard lists.</source>
        <translation>It comes back when you restore the standard lists.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/lists.py" line="440" />
        <source>Remove this item?</source>
        <translation>Remove this item?</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/lists.py" line="442" />
        <location filename="../../app/gui/private/checklist/lists.py" line="488" />
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/lists.py" line="442" />
        <location filename="../../app/gui/private/checklist/lists.py" line="488" />
        <location filename="../../app/gui/private/checklist/lists.py" line="511" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/lists.py" line="457" />
        <source>Removed.</source>
        <translation>Removed.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/lists.py" line="468" />
        <source>List added. Add its first item below.</source>
        <translation>List added. Add its first item below.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/lists.py" line="486" />
        <source>Remove this list?</source>
        <translation>Remove this list?</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/lists.py" line="490" />
        <source>The list and all its items and notes are removed for good.</source>
        <translation>The list and all its items and notes are removed for good.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/lists.py" line="506" />
        <source>Restore the standard lists?</source>
        <translation>Restore the standard lists?</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/lists.py" line="508" />
        <source>Items you removed come back and changed texts get their standard text again. Your own items and lists, your ticks and your notes stay.</source>
        <translation>Items you removed come back and changed texts get their standard text again. Your own items and lists, your ticks and your notes stay.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/lists.py" line="511" />
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/lists.py" line="520" />
        <source>The standard lists are back.</source>
        <translation>The standard lists are back.</translation>
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