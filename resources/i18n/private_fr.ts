<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../app/gui/private/home.py" line="42" />
        <source>This is your private space. Only your passphrase opens it.</source>
        <translation>Ceci est votre espace privé. Seule votre phrase secrète l'ouvre.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/home.py" line="44" />
        <source>In danger now? Call 112 or 101.</source>
        <translation>En danger maintenant ? Appelez le 112 ou le 101.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/home.py" line="46" />
        <source>What you can do here:</source>
        <translation>Ce que vous pouvez faire ici :</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/home.py" line="48" />
        <source>Write down what happened, in your own words: Diary (Ctrl+3).</source>
        <translation>Noter ce qui s'est passé, avec vos propres mots : Journal (Ctrl+3).</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/home.py" line="50" />
        <source>Get ready, step by step: Checklist (Ctrl+4).</source>
        <translation>Vous préparer pas à pas : Check-list (Ctrl+4).</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/home.py" line="52" />
        <source>Read what can help, and where to go: Guidance (Ctrl+2).</source>
        <translation>Lire ce qui peut aider, et où aller : Conseils (Ctrl+2).</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/home.py" line="55" />
        <source>Help by phone</source>
        <translation>Aide par téléphone</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/home.py" line="58" />
        <source>Someone comes in?</source>
        <translation>Quelqu'un arrive ?</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/home.py" line="61" />
        <source>Press Esc, or press Shift three times, or the red button. The notes come back at once and this space is locked.</source>
        <translation>Appuyez sur Échap, ou trois fois sur Maj, ou sur le bouton rouge. Les notes reviennent tout de suite et cet espace est verrouillé.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/home.py" line="65" />
        <source>Lock calmly: Ctrl+L. Pages: Ctrl+1 to Ctrl+5, or Ctrl+Page Up and Ctrl+Page Down.</source>
        <translation>Verrouiller calmement : Ctrl+L. Pages : Ctrl+1 à Ctrl+5, ou Ctrl+Page préc. et Ctrl+Page suiv.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/home.py" line="69" />
        <source>To come back: type your passphrase in the search box of the notes and press Enter. Capitals do not count.</source>
        <translation>Pour revenir : tapez votre phrase secrète dans la recherche des notes et appuyez sur Entrée. Les majuscules ne comptent pas.</translation>
    </message>
</context>
<context>
    <name>NumberCard</name>
    <message>
        <location filename="../../app/gui/private/numbers.py" line="45" />
        <source>Copied. It is cleared again after 30 seconds.</source>
        <translation>Copié. Ce sera effacé après 30 secondes.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/numbers.py" line="52" />
        <source>Copy this number</source>
        <translation>Copier ce numéro</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/numbers.py" line="54" />
        <source>%1, number %2, press to copy</source>
        <translation>%1, numéro %2, appuyez pour copier</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../app/gui/private/passphrase_dialog.py" line="129" />
        <source>New private space</source>
        <translation>Nouvel espace privé</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/passphrase_dialog.py" line="130" />
        <source>Change passphrase</source>
        <translation>Changer de phrase secrète</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/passphrase_dialog.py" line="131" />
        <source>Passphrase for the backup</source>
        <translation>Phrase secrète de la sauvegarde</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/passphrase_dialog.py" line="136" />
        <source>Type the passphrase again to make a private space with it. Nobody can recover a forgotten passphrase, not even with this computer. An encrypted backup with a second passphrase is the way back.</source>
        <translation>Tapez à nouveau la phrase secrète pour créer un espace privé avec elle. Personne ne peut retrouver une phrase secrète oubliée, même avec cet ordinateur. Une sauvegarde chiffrée avec une deuxième phrase secrète permet de revenir.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/passphrase_dialog.py" line="141" />
        <source>Choose a new passphrase. Nobody can recover a forgotten passphrase. The old one stops working as soon as this is done.</source>
        <translation>Choisissez une nouvelle phrase secrète. Personne ne peut retrouver une phrase secrète oubliée. L'ancienne ne fonctionnera plus dès que ce sera fait.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/passphrase_dialog.py" line="145" />
        <source>The backup gets its own passphrase. Write it down and keep it apart from the backup, with someone you trust.</source>
        <translation>La sauvegarde a sa propre phrase secrète. Notez-la et gardez-la à part de la sauvegarde, chez une personne de confiance.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/passphrase_dialog.py" line="151" />
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/passphrase_dialog.py" line="152" />
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/passphrase_dialog.py" line="153" />
        <location filename="../../app/gui/private/passphrase_dialog.py" line="182" />
        <source>Type it again</source>
        <translation>Tapez-la encore une fois</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/passphrase_dialog.py" line="159" />
        <source>Suggest words</source>
        <translation>Proposer des mots</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/passphrase_dialog.py" line="162" />
        <source>From a backup…</source>
        <translation>Depuis une sauvegarde…</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/passphrase_dialog.py" line="163" />
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/passphrase_dialog.py" line="163" />
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/passphrase_dialog.py" line="164" />
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/passphrase_dialog.py" line="180" />
        <source>Suggested: %1
Learn it by heart, then type it in the field “%2”.</source>
        <translation>Proposition : %1
Apprenez-la par cœur, puis tapez-la dans le champ « %2 ».</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/passphrase_dialog.py" line="187" />
        <source>Type a passphrase first.</source>
        <translation>Tapez d'abord une phrase secrète.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/passphrase_dialog.py" line="189" />
        <source>This passphrase is too short: use at least %1 characters, for example four ordinary words.</source>
        <translation>Cette phrase secrète est trop courte : utilisez au moins %1 caractères, par exemple quatre mots ordinaires.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/passphrase_dialog.py" line="192" />
        <source>Digits alone are too easy to guess: use words as well.</source>
        <translation>Des chiffres seuls sont trop faciles à deviner : utilisez aussi des mots.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/passphrase_dialog.py" line="194" />
        <source>This passphrase repeats too much: use a few different words.</source>
        <translation>Cette phrase secrète se répète trop : utilisez quelques mots différents.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/passphrase_dialog.py" line="207" />
        <source>The two passphrases are not the same. Type it again.</source>
        <translation>Les deux phrases secrètes ne sont pas identiques. Tapez-la encore une fois.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/passphrase_dialog.py" line="211" />
        <source>One moment…</source>
        <translation>Un instant…</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/passphrase_dialog.py" line="224" />
        <source>This passphrase cannot be used. Choose another passphrase.</source>
        <translation>Cette phrase secrète ne peut pas être utilisée. Choisissez-en une autre.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/create.py" line="92" />
        <source>The private space could not be made. Is the disk full? Nothing was changed.</source>
        <translation>L'espace privé n'a pas pu être créé. Le disque est-il plein ? Rien n'a été modifié.</translation>
    </message>
</context>
<context>
    <name>PrivateSpace</name>
    <message>
        <location filename="../../app/gui/private/home.py" line="90" />
        <source>Home</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/settings_page.py" line="278" />
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/space.py" line="179" />
        <source>Quick exit</source>
        <translation>Sortie rapide</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/space.py" line="180" />
        <source>Back to the notes at once (Esc)</source>
        <translation>Retour immédiat aux notes (Échap)</translation>
    </message>
    <message>
        <location filename="../../app/gui/session.py" line="103" />
        <source>Your text was kept.</source>
        <translation>Votre texte a été gardé.</translation>
    </message>
</context>
<context>
    <name>SaveTarget</name>
    <message>
        <location filename="../../app/gui/private/widgets.py" line="59" />
        <source>A file with this name is already there. Replace it?</source>
        <translation>Un fichier portant ce nom existe déjà. Le remplacer ?</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../app/gui/private/settings_page.py" line="155" />
        <source>%1 % full: %2 MB of %3 MB used.</source>
        <translation>Rempli à %1 % : %2 Mo sur %3 Mo utilisés.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/settings_page.py" line="162" />
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/settings_page.py" line="163" />
        <source>Language of this private space</source>
        <translation>Langue de cet espace privé</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/settings_page.py" line="164" />
        <source>Locking</source>
        <translation>Verrouillage</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/settings_page.py" line="165" />
        <source>Lock after this many minutes without use</source>
        <translation>Verrouiller après ce nombre de minutes sans utilisation</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/settings_page.py" line="166" />
        <source>Lock when the window is minimised</source>
        <translation>Verrouiller quand la fenêtre est réduite</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/settings_page.py" line="167" />
        <source>Lock when I switch to another window</source>
        <translation>Verrouiller quand je passe à une autre fenêtre</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/settings_page.py" line="168" />
        <source>Esc means quick exit (recommended)</source>
        <translation>Échap = sortie rapide (conseillé)</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/settings_page.py" line="169" />
        <source>Room</source>
        <translation>Espace disponible</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/settings_page.py" line="170" />
        <source>Passphrase and deletion</source>
        <translation>Phrase secrète et suppression</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/settings_page.py" line="171" />
        <source>Change passphrase…</source>
        <translation>Changer de phrase secrète…</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/settings_page.py" line="172" />
        <source>Delete this private space…</source>
        <translation>Supprimer cet espace privé…</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/settings_page.py" line="226" />
        <source>The passphrase was changed. Use the new one from now on.</source>
        <translation>La phrase secrète a été changée. Utilisez désormais la nouvelle.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/settings_page.py" line="237" />
        <source>The passphrase could not be changed; the old one still works. Is the disk full?</source>
        <translation>La phrase secrète n'a pas pu être changée ; l'ancienne fonctionne encore. Le disque est-il plein ?</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/settings_page.py" line="258" />
        <source>Delete this private space?</source>
        <translation>Supprimer cet espace privé ?</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/settings_page.py" line="260" />
        <source>Everything in this private space will be gone for good: diary, checklist and settings. Nobody can bring it back. A backup you made earlier still works.</source>
        <translation>Tout ce qui se trouve dans cet espace privé disparaîtra pour de bon : journal, liste et réglages. Personne ne pourra le récupérer. Une sauvegarde faite plus tôt reste utilisable.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/settings_page.py" line="264" />
        <source>Delete for good</source>
        <translation>Supprimer définitivement</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/settings_page.py" line="264" />
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
</TS>