<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>DirectoryView</name>
    <message>
        <location filename="../../app/gui/private/guidance/directory_view.py" line="211" />
        <source>No service found for these words. Try another word, or empty the search box to see every service.</source>
        <translation>Aucun service trouvé pour ces mots. Essayez un autre mot, ou videz la zone de recherche pour voir tous les services.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/guidance/directory_view.py" line="216" />
        <source>No service found here for these words. Try another word, or choose All regions.</source>
        <translation>Aucun service trouvé ici pour ces mots. Essayez un autre mot, ou choisissez Toutes les régions.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/guidance/directory_view.py" line="228" />
        <source>Shelters are not listed here. These services can help you find a safe place to stay.</source>
        <translation>Les maisons d'accueil ne figurent pas dans cette liste. Ces services peuvent vous aider à trouver un endroit sûr où loger.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/guidance/directory_view.py" line="233" />
        <source>Lawyers are not listed here. These services answer legal questions and explain your rights and the procedure.</source>
        <translation>Cette liste ne reprend pas d'avocat·e. Ces services répondent aux questions juridiques et vous expliquent vos droits et la procédure.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/guidance/directory_view.py" line="244" />
        <source>Search by name, number or need</source>
        <translation>Chercher par nom, numéro ou besoin</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/guidance/directory_view.py" line="245" />
        <source>Search the help directory</source>
        <translation>Chercher dans l'annuaire d'aide</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/guidance/directory_view.py" line="246" />
        <source>Region:</source>
        <translation>Région :</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/guidance/directory_view.py" line="248" />
        <source>All regions</source>
        <translation>Toutes les régions</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/guidance/directory_view.py" line="249" />
        <source>Whole country</source>
        <translation>Toute la Belgique</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/guidance/directory_view.py" line="250" />
        <source>Flanders</source>
        <translation>Flandre</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/guidance/directory_view.py" line="251" />
        <source>Brussels</source>
        <translation>Bruxelles</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/guidance/directory_view.py" line="252" />
        <source>Wallonia</source>
        <translation>Wallonie</translation>
    </message>
</context>
<context>
    <name>GuidancePage</name>
    <message>
        <location filename="../../app/gui/private/guidance/page.py" line="68" />
        <location filename="../../app/gui/private/guidance/page.py" line="82" />
        <source>Guidance</source>
        <translation>Conseils</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/guidance/page.py" line="69" />
        <source>Help directory</source>
        <translation>Annuaire d'aide</translation>
    </message>
</context>
<context>
    <name>GuidanceReader</name>
    <message>
        <location filename="../../app/gui/private/guidance/reader.py" line="164" />
        <source>Nothing found.</source>
        <translation>Rien trouvé.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/guidance/reader.py" line="166" />
        <source>Found in 1 section.</source>
        <translation>Trouvé dans 1 partie.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/guidance/reader.py" line="168" />
        <source>Found in %1 sections.</source>
        <translation>Trouvé dans %1 parties.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/guidance/reader.py" line="236" />
        <location filename="../../app/gui/private/guidance/reader.py" line="237" />
        <source>Search the guidance</source>
        <translation>Chercher dans les conseils</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/guidance/reader.py" line="238" />
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
</context>
<context>
    <name>LinkActions</name>
    <message>
        <location filename="../../app/gui/private/guidance/link_actions.py" line="59" />
        <source>Copied %1 (text messages only). It is cleared again after 30 seconds.</source>
        <translation>%1 copié (SMS uniquement). Il sera effacé après 30 secondes.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/guidance/link_actions.py" line="61" />
        <source>Copied %1. It is cleared again after 30 seconds.</source>
        <translation>%1 copié. Il sera effacé après 30 secondes.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/guidance/link_actions.py" line="66" />
        <source>Link copied. It is cleared again after 30 seconds.</source>
        <translation>Lien copié. Il sera effacé après 30 secondes.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/guidance/link_actions.py" line="72" />
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/guidance/link_actions.py" line="73" />
        <source>What do you want to do with this website?</source>
        <translation>Que voulez-vous faire avec ce site ?</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/guidance/link_actions.py" line="75" />
        <source>Copy the link</source>
        <translation>Copier le lien</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/guidance/link_actions.py" line="76" />
        <source>Show a QR code</source>
        <translation>Afficher un code QR</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/guidance/link_actions.py" line="77" />
        <source>Open in the browser...</source>
        <translation>Ouvrir dans le navigateur...</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/guidance/link_actions.py" line="78" />
        <location filename="../../app/gui/private/guidance/link_actions.py" line="110" />
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/guidance/link_actions.py" line="102" />
        <source>Open in the browser?</source>
        <translation>Ouvrir dans le navigateur ?</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/guidance/link_actions.py" line="104" />
        <source>The browser keeps this website in its history. If the browser is signed in to an account (Google, Microsoft, Firefox), the history is also synced to other devices. Copying the link, or a QR code to open it on a safer phone, leaves no browser history here.</source>
        <translation>Le navigateur garde ce site dans son historique. Si le navigateur est connecté à un compte (Google, Microsoft, Firefox), l'historique est aussi synchronisé vers d'autres appareils. Copier le lien, ou utiliser un code QR pour l'ouvrir sur un téléphone plus sûr, ne laisse pas d'historique ici.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/guidance/link_actions.py" line="109" />
        <source>Open anyway</source>
        <translation>Ouvrir quand même</translation>
    </message>
</context>
<context>
    <name>QrDialog</name>
    <message>
        <location filename="../../app/gui/private/guidance/qr.py" line="30" />
        <source>QR code</source>
        <translation>Code QR</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/guidance/qr.py" line="33" />
        <source>Scan this code with the camera of a phone you trust. The website then opens on that phone, not on this computer.</source>
        <translation>Scannez ce code avec l'appareil photo d'un téléphone de confiance. Le site s'ouvre alors sur ce téléphone, pas sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/guidance/qr.py" line="42" />
        <source>QR code of %1</source>
        <translation>Code QR de %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/guidance/qr.py" line="46" />
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>ServiceCard</name>
    <message>
        <location filename="../../app/gui/private/guidance/directory_view.py" line="101" />
        <source>Copy this number (text messages only)</source>
        <translation>Copier ce numéro (SMS uniquement)</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/guidance/directory_view.py" line="103" />
        <source>%1, text message number %2, press to copy</source>
        <translation>%1, numéro SMS %2, appuyez pour copier</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/guidance/directory_view.py" line="108" />
        <source>Copy this number</source>
        <translation>Copier ce numéro</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/guidance/directory_view.py" line="110" />
        <source>%1, number %2, press to copy</source>
        <translation>%1, numéro %2, appuyez pour copier</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/guidance/directory_view.py" line="115" />
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/guidance/directory_view.py" line="116" />
        <source>Text messages only, not calls</source>
        <translation>SMS uniquement, pas d'appel</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/guidance/directory_view.py" line="120" />
        <source>Website: %1</source>
        <translation>Site web : %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/guidance/directory_view.py" line="125" />
        <source>Source: %1, checked on %2</source>
        <translation>Source : %1, vérifié le %2</translation>
    </message>
</context>
<context>
    <name>WelcomeOverlay</name>
    <message>
        <location filename="../../app/gui/private/guidance/welcome.py" line="104" />
        <source>How to get back in</source>
        <translation>Comment revenir ici</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/guidance/welcome.py" line="106" />
        <source>To open this space again, type your passphrase in the search box of the notes and press Enter. Capitals do not count.</source>
        <translation>Pour rouvrir cet espace, tapez votre phrase secrète dans la zone de recherche des notes et appuyez sur Entrée. Les majuscules ne comptent pas.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/guidance/welcome.py" line="111" />
        <source>If the passphrase is not right, nothing happens: it is just a search. Nobody can recover a forgotten passphrase.</source>
        <translation>Si la phrase n'est pas la bonne, rien ne se passe : c'est une simple recherche. Une phrase secrète oubliée ne peut pas être récupérée.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/guidance/welcome.py" line="116" />
        <source>Leave quickly</source>
        <translation>Sortir vite</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/guidance/welcome.py" line="118" />
        <source>Someone comes in? Press Esc, or tap Shift three times, or click the Quick exit button. The notes come back at once and this space locks.</source>
        <translation>Quelqu'un arrive ? Appuyez sur Échap, tapez trois fois sur Maj, ou cliquez sur le bouton « Sortie rapide ». Les notes reviennent tout de suite et cet espace se verrouille.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/guidance/welcome.py" line="122" />
        <source>What you were typing is kept for next time.</source>
        <translation>Ce que vous étiez en train d'écrire est gardé pour la prochaine fois.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/guidance/welcome.py" line="125" />
        <source>How safe is this computer?</source>
        <translation>Cet ordinateur est-il sûr ?</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/guidance/welcome.py" line="127" />
        <source>If someone installed spyware on this computer, they can see what you type, your passphrase too. This app cannot stop that.</source>
        <translation>Si quelqu'un a installé un logiciel espion sur cet ordinateur, cette personne peut voir ce que vous tapez, y compris votre phrase secrète. Cette app ne peut pas l'empêcher.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/guidance/welcome.py" line="132" />
        <source>Not sure? Use a safer device when you can: at a shelter, a library or a friend's. The guidance page about this computer and your phone tells more.</source>
        <translation>Vous avez un doute ? Utilisez si possible un appareil plus sûr : dans une maison d'accueil, à la bibliothèque ou chez une personne de confiance. La page des conseils sur cet ordinateur et votre téléphone en dit plus.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/guidance/welcome.py" line="141" />
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/guidance/welcome.py" line="145" />
        <source>Skip</source>
        <translation>Passer</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/guidance/welcome.py" line="147" />
        <source>Start</source>
        <translation>Commencer</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/guidance/welcome.py" line="147" />
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
</context>
</TS>