<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>ChecklistExport</name>
    <message>
        <location filename="../../app/gui/private/checklist/export.py" line="106" />
        <source>Save the list as a PDF?</source>
        <translation>Enregistrer la liste en PDF ?</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/export.py" line="108" />
        <source>A PDF is not locked with your passphrase. Anyone who finds the file, or a printed copy, can read it.</source>
        <translation>Un PDF n'est pas protégé par votre phrase secrète. Toute personne qui trouve le fichier, ou une copie imprimée, peut le lire.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/export.py" line="111" />
        <source>Choose where to save…</source>
        <translation>Choisir où l'enregistrer…</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/export.py" line="111" />
        <location filename="../../app/gui/private/checklist/export.py" line="145" />
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/export.py" line="114" />
        <source>Save it only where it is safe, for example on a USB stick you keep with you. Print it somewhere safe, for example at a CAW.</source>
        <translation>Enregistrez-le seulement dans un endroit sûr, par exemple sur une clé USB que vous gardez sur vous. Imprimez-le dans un endroit sûr, par exemple dans un service d'aide.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/export.py" line="125" />
        <source>Save the PDF</source>
        <translation>Enregistrer le PDF</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/export.py" line="127" />
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/export.py" line="141" />
        <source>This folder seems to be copied to the internet (OneDrive, Dropbox, Google Drive or Nextcloud). Someone with access to that account could see the PDF.</source>
        <translation>Ce dossier semble copié sur internet (OneDrive, Dropbox, Google Drive ou Nextcloud). Une personne qui a accès à ce compte pourrait voir le PDF.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/export.py" line="144" />
        <source>Save the PDF here?</source>
        <translation>Enregistrer le PDF ici ?</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/export.py" line="145" />
        <source>Save here anyway</source>
        <translation>Enregistrer ici quand même</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/export.py" line="151" />
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/export.py" line="173" />
        <source>The PDF was saved: %1</source>
        <translation>Le PDF a été enregistré : %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/export.py" line="175" />
        <source>The PDF could not be saved.</source>
        <translation>Le PDF n'a pas pu être enregistré.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/export.py" line="180" />
        <source>The PDF could not be saved. Is the disk full, or is the folder read-only?</source>
        <translation>Le PDF n'a pas pu être enregistré. Le disque est-il plein, ou le dossier est-il en lecture seule ?</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/export.py" line="199" />
        <source>Saving the PDF…</source>
        <translation>Enregistrement du PDF…</translation>
    </message>
</context>
<context>
    <name>ChecklistPage</name>
    <message>
        <location filename="../../app/gui/private/checklist/page.py" line="65" />
        <source>Lists</source>
        <translation>Listes</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/page.py" line="66" />
        <source>Emergency contacts</source>
        <translation>Contacts d'urgence</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/page.py" line="69" />
        <source>Save as PDF…</source>
        <translation>Enregistrer en PDF…</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/page.py" line="70" />
        <source>Include the contacts</source>
        <translation>Ajouter les contacts</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/page.py" line="82" />
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/page.py" line="87" />
        <source>Help numbers</source>
        <translation>Numéros d'aide</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/page.py" line="88" />
        <source>Your contacts</source>
        <translation>Vos contacts</translation>
    </message>
</context>
<context>
    <name>ContactsView</name>
    <message>
        <location filename="../../app/gui/private/checklist/contacts.py" line="189" />
        <source>Help numbers</source>
        <translation>Numéros d'aide</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/contacts.py" line="190" />
        <source>Your contacts</source>
        <translation>Vos contacts</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/contacts.py" line="191" />
        <location filename="../../app/gui/private/checklist/contacts.py" line="194" />
        <source>For example a trusted person, your CAW or a lawyer.</source>
        <translation>Par exemple une personne de confiance, un service d'aide ou votre avocat·e.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/contacts.py" line="192" />
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/contacts.py" line="193" />
        <source>For example a trusted person</source>
        <translation>Par exemple une personne de confiance</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/contacts.py" line="195" />
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/contacts.py" line="196" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/contacts.py" line="197" />
        <source>When to call, what they know</source>
        <translation>Quand appeler, ce que cette personne sait</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/contacts.py" line="198" />
        <source>New contact</source>
        <translation>Nouveau contact</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/contacts.py" line="199" />
        <source>Save contact</source>
        <translation>Enregistrer le contact</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/contacts.py" line="200" />
        <source>Copy number</source>
        <translation>Copier le numéro</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/contacts.py" line="201" />
        <source>Remove…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/contacts.py" line="250" />
        <source>Type a name or a number first.</source>
        <translation>Tapez d'abord un nom ou un numéro.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/contacts.py" line="257" />
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/contacts.py" line="264" />
        <source>Copied. It is cleared again after 30 seconds.</source>
        <translation>Copié. C'est effacé à nouveau après 30 secondes.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/contacts.py" line="272" />
        <source>Remove this contact?</source>
        <translation>Supprimer ce contact ?</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/contacts.py" line="274" />
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/contacts.py" line="274" />
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/contacts.py" line="284" />
        <source>Removed.</source>
        <translation>Supprimé.</translation>
    </message>
</context>
<context>
    <name>HelpNumber</name>
    <message>
        <location filename="../../app/gui/private/checklist/contacts.py" line="79" />
        <source>Copied. It is cleared again after 30 seconds.</source>
        <translation>Copié. C'est effacé à nouveau après 30 secondes.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/contacts.py" line="87" />
        <source>Open: %1</source>
        <translation>Ouvert : %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/contacts.py" line="89" />
        <source>Copy this number</source>
        <translation>Copier ce numéro</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/contacts.py" line="91" />
        <source>%1, number %2, press to copy</source>
        <translation>%1, numéro %2, appuyez pour copier</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/contacts.py" line="96" />
        <source>Copy the website address</source>
        <translation>Copier l'adresse du site</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/contacts.py" line="98" />
        <source>%1, website %2, press to copy</source>
        <translation>%1, site %2, appuyez pour copier</translation>
    </message>
</context>
<context>
    <name>ListsView</name>
    <message>
        <location filename="../../app/gui/private/checklist/lists.py" line="223" />
        <source>Lists</source>
        <translation>Listes</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/lists.py" line="224" />
        <source>Your own list</source>
        <translation>Votre propre liste</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/lists.py" line="225" />
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/lists.py" line="226" />
        <source>Remove this list…</source>
        <translation>Supprimer cette liste…</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/lists.py" line="227" />
        <source>New list</source>
        <translation>Nouvelle liste</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/lists.py" line="228" />
        <source>Name of a new list</source>
        <translation>Nom d'une nouvelle liste</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/lists.py" line="229" />
        <source>Add list</source>
        <translation>Ajouter la liste</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/lists.py" line="230" />
        <source>Restore the standard lists…</source>
        <translation>Rétablir les listes de base…</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/lists.py" line="232" />
        <source>Removed items come back. Your own items, ticks and notes stay.</source>
        <translation>Les éléments supprimés reviennent. Vos propres éléments, coches et notes restent.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/lists.py" line="234" />
        <source>Items</source>
        <translation>Éléments</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/lists.py" line="235" />
        <source>Space ticks, Alt+Up and Alt+Down move, Delete removes.</source>
        <translation>Espace coche, Alt+flèche haut et Alt+flèche bas déplacent, Suppr supprime.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/lists.py" line="238" />
        <source>Chosen item</source>
        <translation>Élément choisi</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/lists.py" line="239" />
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/lists.py" line="240" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/lists.py" line="241" />
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/lists.py" line="243" />
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/lists.py" line="245" />
        <source>Remove…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/lists.py" line="246" />
        <source>Delete</source>
        <translation>Touche Suppr</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/lists.py" line="247" />
        <source>New item in this list</source>
        <translation>Nouvel élément dans cette liste</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/lists.py" line="248" />
        <source>Type and press Enter</source>
        <translation>Tapez et appuyez sur Entrée</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/lists.py" line="249" />
        <source>Add item</source>
        <translation>Ajouter l'élément</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/lists.py" line="324" />
        <source>No items in this list yet</source>
        <translation>Cette liste est encore vide</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/lists.py" line="326" />
        <source>0 of %2 ticked</source>
        <translation>0 sur %2 coché</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/lists.py" line="328" />
        <source>1 of %2 ticked</source>
        <translation>1 sur %2 coché</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/lists.py" line="330" />
        <source>%1 of %2 ticked</source>
        <translation>%1 sur %2 cochés</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/lists.py" line="350" />
        <source>Where is it? Who has it?</source>
        <translation>Où est-ce ? Qui l'a ?</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/lists.py" line="418" />
        <source>Added.</source>
        <translation>Ajouté.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/lists.py" line="434" />
        <source>Your own item and its note are removed for good.</source>
        <translation>Votre élément et sa note sont supprimés définitivement.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/lists.py" line="436" />
        <source>It comes back when you restore the standard lists.</source>
        <translation>Il revient si vous rétablissez les listes de base.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/lists.py" line="440" />
        <source>Remove this item?</source>
        <translation>Supprimer cet élément ?</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/lists.py" line="442" />
        <location filename="../../app/gui/private/checklist/lists.py" line="488" />
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/lists.py" line="442" />
        <location filename="../../app/gui/private/checklist/lists.py" line="488" />
        <location filename="../../app/gui/private/checklist/lists.py" line="511" />
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/lists.py" line="457" />
        <source>Removed.</source>
        <translation>Supprimé.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/lists.py" line="468" />
        <source>List added. Add its first item below.</source>
        <translation>Liste ajoutée. Ajoutez son premier élément ci-dessous.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/lists.py" line="486" />
        <source>Remove this list?</source>
        <translation>Supprimer cette liste ?</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/lists.py" line="490" />
        <source>The list and all its items and notes are removed for good.</source>
        <translation>La liste, tous ses éléments et toutes ses notes sont supprimés définitivement.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/lists.py" line="506" />
        <source>Restore the standard lists?</source>
        <translation>Rétablir les listes de base ?</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/lists.py" line="508" />
        <source>Items you removed come back and changed texts get their standard text again. Your own items and lists, your ticks and your notes stay.</source>
        <translation>Les éléments que vous avez supprimés reviennent et les textes modifiés retrouvent leur texte de base. Vos propres éléments et listes, vos coches et vos notes restent.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/lists.py" line="511" />
        <source>Restore</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/checklist/lists.py" line="520" />
        <source>The standard lists are back.</source>
        <translation>Les listes de base sont rétablies.</translation>
    </message>
</context>
<context>
    <name>PrivateSpace</name>
    <message>
        <location filename="../../app/gui/private/checklist/page.py" line="124" />
        <source>Checklist</source>
        <translation>Check-list</translation>
    </message>
</context>
</TS>