<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>DiaryKinds</name>
    <message>
        <location filename="../../app/gui/private/diary/list_model.py" line="32" />
        <source>Pushing, hitting</source>
        <translation>Pousser, frapper</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/list_model.py" line="33" />
        <source>Threats</source>
        <translation>Menaces</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/list_model.py" line="34" />
        <source>Insults, humiliation</source>
        <translation>Insultes, humiliations</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/list_model.py" line="35" />
        <source>Control of money or phone</source>
        <translation>Contrôle de l'argent ou du téléphone</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/list_model.py" line="36" />
        <source>Forced sex</source>
        <translation>Relations sexuelles forcées</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/list_model.py" line="37" />
        <source>Damage to things</source>
        <translation>Objets abîmés</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/list_model.py" line="38" />
        <source>Towards the children</source>
        <translation>Envers les enfants</translation>
    </message>
</context>
<context>
    <name>DiaryList</name>
    <message>
        <location filename="../../app/gui/private/diary/list_model.py" line="67" />
        <source>written %1</source>
        <translation>écrit le %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/list_model.py" line="75" />
        <source>around %1</source>
        <translation>vers le %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/list_model.py" line="77" />
        <source>since %1</source>
        <translation>depuis le %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/list_model.py" line="151" />
        <source>1 file</source>
        <translation>1 fichier</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/list_model.py" line="152" />
        <source>%1 files</source>
        <translation>%1 fichiers</translation>
    </message>
</context>
<context>
    <name>DiaryPage</name>
    <message>
        <location filename="../../app/gui/private/diary/page.py" line="235" />
        <source>1 entry found</source>
        <translation>1 entrée trouvée</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/page.py" line="236" />
        <source>%1 entries found</source>
        <translation>%1 entrées trouvées</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/page.py" line="237" />
        <source>Nothing found</source>
        <translation>Aucun résultat</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/page.py" line="241" />
        <source>%1 entries</source>
        <translation>%1 entrées</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/page.py" line="241" />
        <source>1 entry</source>
        <translation>1 entrée</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/page.py" line="241" />
        <source>No entries yet</source>
        <translation>Aucune entrée pour l'instant</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/page.py" line="255" />
        <source>Room: %1 % full. There is room for %2 MB more of photos and files.</source>
        <translation>Espace : %1 % utilisé. Il reste de la place pour %2 Mo de photos et de fichiers.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/page.py" line="285" />
        <source>New entry, not saved yet.</source>
        <translation>Nouvelle entrée, pas encore enregistrée.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/page.py" line="295" />
        <source>Recorded %1 · edited %2 · version %3</source>
        <translation>Écrit le %1 · modifié le %2 · version %3</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/page.py" line="347" />
        <source>Wait a moment: files are still being added.</source>
        <translation>Un instant : des fichiers sont encore en cours d'ajout.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/page.py" line="352" />
        <source>A date in the future</source>
        <translation>Une date dans le futur</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/page.py" line="353" />
        <source>The date of this entry is in the future. Is that what you meant?</source>
        <translation>La date de cette entrée est dans le futur. Est-ce bien ce que vous vouliez ?</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/page.py" line="354" />
        <source>Yes, save it</source>
        <translation>Oui, enregistrer</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/page.py" line="354" />
        <source>Let me change the date</source>
        <translation>Je change la date</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/page.py" line="361" />
        <source>Nothing to save yet: write something or add a photo.</source>
        <translation>Rien à enregistrer pour l'instant : écrivez quelque chose ou ajoutez une photo.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/page.py" line="366" />
        <source>This does not fit any more: there is room for %1 MB more. What you typed is still here; remove a file to make room.</source>
        <translation>Cela ne rentre plus : il reste de la place pour %1 Mo. Ce que vous avez tapé est toujours là ; retirez un fichier pour faire de la place.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/page.py" line="377" />
        <source>Saved at %1.</source>
        <translation>Enregistré à %1.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/page.py" line="426" />
        <source>This entry is not saved</source>
        <translation>Cette entrée n'est pas enregistrée</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/page.py" line="427" />
        <source>Do you want to save what you wrote?</source>
        <translation>Voulez-vous enregistrer ce que vous avez écrit ?</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/page.py" line="428" />
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/page.py" line="428" />
        <source>Do not save</source>
        <translation>Ne pas enregistrer</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/page.py" line="428" />
        <location filename="../../app/gui/private/diary/page.py" line="455" />
        <location filename="../../app/gui/private/diary/page.py" line="481" />
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/page.py" line="449" />
        <source>Erase earlier versions?</source>
        <translation>Effacer les versions précédentes ?</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/page.py" line="451" />
        <source>The earlier versions of this entry will be erased for good. The current version stays. The diary keeps a record that versions were erased, and their fingerprints.</source>
        <translation>Les versions précédentes de cette entrée seront effacées définitivement. La version actuelle reste. Le journal garde une trace de cet effacement, et les empreintes de ces versions.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/page.py" line="455" />
        <source>Erase earlier versions</source>
        <translation>Effacer les versions précédentes</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/page.py" line="468" />
        <source>Earlier versions were erased.</source>
        <translation>Les versions précédentes ont été effacées.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/page.py" line="476" />
        <source>Delete this entry?</source>
        <translation>Supprimer cette entrée ?</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/page.py" line="478" />
        <source>This entry, its earlier versions and its files will be erased for good. The diary keeps a record that an entry was deleted.</source>
        <translation>Cette entrée, ses versions précédentes et ses fichiers seront effacés définitivement. Le journal garde une trace de cette suppression.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/page.py" line="481" />
        <source>Delete for good</source>
        <translation>Supprimer définitivement</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/page.py" line="581" />
        <source>Search the diary (Ctrl+F)</source>
        <translation>Chercher dans le journal (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/page.py" line="582" />
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/page.py" line="585" />
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/page.py" line="586" />
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/page.py" line="587" />
        <source>New entry (Ctrl+N)</source>
        <translation>Nouvelle entrée (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/page.py" line="588" />
        <source>Check integrity</source>
        <translation>Vérifier l'intégrité</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/page.py" line="590" />
        <source>Save (Ctrl+S)</source>
        <translation>Enregistrer (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/page.py" line="591" />
        <source>Back to the list</source>
        <translation>Retour à la liste</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/page.py" line="592" />
        <source>Earlier versions</source>
        <translation>Versions précédentes</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/page.py" line="593" />
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
</context>
<context>
    <name>EntryForm</name>
    <message>
        <location filename="../../app/gui/private/diary/form.py" line="338" />
        <source>Write what happened, in your own words and your own language</source>
        <translation>Écrivez ce qui s'est passé, avec vos mots et dans votre langue</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/form.py" line="340" />
        <source>Add more (if you want)</source>
        <translation>Ajouter plus (si vous le souhaitez)</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/form.py" line="342" />
        <source>No date</source>
        <translation>Pas de date</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/form.py" line="343" />
        <source>On a day</source>
        <translation>Un jour précis</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/form.py" line="344" />
        <source>On a day, at a time</source>
        <translation>Un jour, à une heure</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/form.py" line="345" />
        <source>Around a day</source>
        <translation>Vers un jour</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/form.py" line="346" />
        <source>Between two days</source>
        <translation>Entre deux dates</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/form.py" line="347" />
        <source>Since a day (it keeps happening)</source>
        <translation>Depuis une date (cela continue)</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/form.py" line="351" />
        <source>until</source>
        <translation>jusqu'au</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/form.py" line="352" />
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/form.py" line="353" />
        <source>How long</source>
        <translation>Combien de temps</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/form.py" line="354" />
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/form.py" line="355" />
        <source>Exact words said</source>
        <translation>Mots exacts prononcés</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/form.py" line="356" />
        <source>Injuries, damage</source>
        <translation>Blessures, dégâts</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/form.py" line="357" />
        <source>How it affected you</source>
        <translation>Ce que cela vous a fait</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/form.py" line="358" />
        <source>Who saw or heard it</source>
        <translation>Qui l'a vu ou entendu</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/form.py" line="359" />
        <source>Children present</source>
        <translation>Enfants présents</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/form.py" line="360" />
        <source>Police called</source>
        <translation>Police appelée</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/form.py" line="361" />
        <source>PV number (on the certificate of complaint)</source>
        <translation>Numéro de PV (sur l'attestation de dépôt de plainte)</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/form.py" line="362" />
        <source>Police station</source>
        <translation>Commissariat</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/form.py" line="363" />
        <source>Doctor or hospital</source>
        <translation>Médecin ou hôpital</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/form.py" line="364" />
        <source>Medical certificate</source>
        <translation>Certificat médical</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/form.py" line="294" />
        <location filename="../../app/gui/private/diary/form.py" line="367" />
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/form.py" line="275" />
        <source>What happened</source>
        <translation>Ce qui s'est passé</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/form.py" line="278" />
        <source>Kinds of violence</source>
        <translation>Types de violence</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/form.py" line="294" />
        <location filename="../../app/gui/private/diary/form.py" line="368" />
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/form.py" line="369" />
        <source>for example: ten minutes, all evening</source>
        <translation>par exemple : dix minutes, toute la soirée</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/form.py" line="371" />
        <source>for example: kitchen, in the car, by phone</source>
        <translation>par exemple : cuisine, dans la voiture, par téléphone</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/form.py" line="374" />
        <source>Write them as they were said, in any language</source>
        <translation>Écrivez-les comme ils ont été dits, dans n'importe quelle langue</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/form.py" line="377" />
        <source>Fear, sleep, pain, work: everything counts</source>
        <translation>Peur, sommeil, douleur, travail : tout compte</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/form.py" line="379" />
        <source>What kind of violence (tick what fits)</source>
        <translation>Quel type de violence (cochez ce qui correspond)</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/form.py" line="382" />
        <source>kicking, grabbing, biting, pulling hair, throwing things at you</source>
        <translation>donner des coups de pied, empoigner, mordre, tirer les cheveux, vous lancer des objets</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/form.py" line="383" />
        <source>to hurt you, the children or others; to take the children away</source>
        <translation>de vous faire du mal, ou de faire du mal aux enfants ou à d'autres ; de vous enlever les enfants</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/form.py" line="384" />
        <source>shouting, name-calling, mocking, putting you down</source>
        <translation>crier, injurier, se moquer de vous, vous rabaisser</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/form.py" line="386" />
        <source>taking your bank card or papers, reading your messages, locking you in, keeping you from seeing people</source>
        <translation>prendre votre carte bancaire ou vos papiers, lire vos messages, vous enfermer, vous empêcher de voir des gens</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/form.py" line="390" />
        <source>breaking your belongings, smashing doors, hurting pets</source>
        <translation>casser vos affaires, enfoncer des portes, faire du mal aux animaux</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/form.py" line="391" />
        <source>hurting or threatening them, or violence in front of them</source>
        <translation>leur faire du mal ou les menacer, ou de la violence devant eux</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/form.py" line="389" />
        <source>any sexual act you did not want</source>
        <translation>tout acte sexuel que vous ne vouliez pas</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/form.py" line="397" />
        <source>Signs of serious danger</source>
        <translation>Signes de danger grave</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/form.py" line="400" />
        <source>Some things mean the danger is high. Tick them if they happened; it helps anyone who reads this later to understand.</source>
        <translation>Certaines choses signifient que le danger est élevé. Cochez-les si elles se sont produites : cela aide la personne qui lira ceci plus tard à comprendre.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/form.py" line="404" />
        <source>Hands or an arm on your neck or throat</source>
        <translation>Des mains ou un bras sur votre cou ou votre gorge</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/form.py" line="406" />
        <source>A threat to kill (you, the children, or themselves)</source>
        <translation>Une menace de tuer (vous, les enfants, ou de se tuer)</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/form.py" line="408" />
        <source>A weapon, or something used as one</source>
        <translation>Une arme, ou un objet utilisé comme arme</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/form.py" line="409" />
        <source>It is happening more often, or getting worse</source>
        <translation>Cela arrive plus souvent, ou s'aggrave</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/form.py" line="412" />
        <source>A hold on the neck can be dangerous hours later, even without marks. Please see a doctor, and tell them what happened. In danger now: call 112.</source>
        <translation>Une prise au cou peut être dangereuse des heures plus tard, même sans traces. Consultez un médecin et dites ce qui s'est passé. En danger maintenant : appelez le 112.</translation>
    </message>
</context>
<context>
    <name>FilesPanel</name>
    <message>
        <location filename="../../app/gui/private/diary/files_panel.py" line="121" />
        <source>reduced copy</source>
        <translation>copie réduite</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/files_panel.py" line="123" />
        <source>has location data</source>
        <translation>contient une localisation</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/files_panel.py" line="152" />
        <source>Add photos or files</source>
        <translation>Ajouter des photos ou des fichiers</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/files_panel.py" line="185" />
        <source>Adding “%1”…</source>
        <translation>Ajout de « %1 »…</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/files_panel.py" line="217" />
        <source>Added: “%1”.</source>
        <translation>Ajouté : « %1 ».</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/files_panel.py" line="221" />
        <source>HEIC photos (from iPhones) cannot be shown or reduced here. It was kept as a file you can save a copy of. Tip: on the phone, choose Settings &gt; Camera &gt; Formats &gt; Most Compatible.</source>
        <translation>Les photos HEIC (iPhone) ne peuvent pas être affichées ni réduites ici. Elle a été gardée comme fichier dont vous pouvez enregistrer une copie. Astuce : sur le téléphone, choisissez Réglages &gt; Appareil photo &gt; Formats &gt; Le plus compatible.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/files_panel.py" line="229" />
        <source>This photo carries location data (where it was taken). It stays encrypted here, but it would be in any copy you save. Tick “Remove location data” before adding photos if you prefer.</source>
        <translation>Cette photo contient une localisation (l'endroit où elle a été prise). Ici, elle reste chiffrée, mais elle se trouverait dans toute copie que vous enregistrez. Cochez « Retirer la localisation » avant d'ajouter des photos si vous préférez.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/files_panel.py" line="238" />
        <source>The original file and its preview picture were deleted. On some disks (SSD, USB stick) a deleted file can still be recovered by specialists.</source>
        <translation>Le fichier d'origine et sa miniature ont été supprimés. Sur certains disques (SSD, clé USB), des spécialistes peuvent parfois encore récupérer un fichier supprimé.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/files_panel.py" line="244" />
        <source>The original file could not be deleted.</source>
        <translation>Le fichier d'origine n'a pas pu être supprimé.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/files_panel.py" line="253" />
        <source>“%1” is empty (0 bytes). Nothing was added.</source>
        <translation>« %1 » est vide (0 octet). Rien n'a été ajouté.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/files_panel.py" line="254" />
        <source>“%1” could not be read. Nothing was added.</source>
        <translation>« %1 » n'a pas pu être lu. Rien n'a été ajouté.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/files_panel.py" line="256" />
        <source>“%1” is named like a picture but is not one this app can read. Nothing was added.</source>
        <translation>« %1 » porte un nom de photo, mais cette application ne peut pas le lire comme une image. Rien n'a été ajouté.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/files_panel.py" line="260" />
        <source>“%1” does not fit: there is room for %2 MB more. Nothing was added, and what you typed is still here.</source>
        <translation>« %1 » ne rentre pas : il reste de la place pour %2 Mo. Rien n'a été ajouté, et ce que vous avez tapé est toujours là.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/files_panel.py" line="267" />
        <source>“%1” could not be added. Nothing was added.</source>
        <translation>« %1 » n'a pas pu être ajouté. Rien n'a été ajouté.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/files_panel.py" line="293" />
        <source>This file cannot be opened inside the app. It is stored safely; use “Save a copy…” to open it elsewhere (the copy is not encrypted).</source>
        <translation>Ce fichier ne peut pas être ouvert dans l'application. Il est conservé en sécurité ; utilisez « Enregistrer une copie… » pour l'ouvrir ailleurs (la copie n'est pas chiffrée).</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/files_panel.py" line="303" />
        <source>Save a copy (not encrypted)</source>
        <translation>Enregistrer une copie (non chiffrée)</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/files_panel.py" line="317" />
        <source>Replace the file?</source>
        <translation>Remplacer le fichier ?</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/files_panel.py" line="318" />
        <source>A file with this name is already there. Replace it?</source>
        <translation>Un fichier portant ce nom existe déjà. Le remplacer ?</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/files_panel.py" line="319" />
        <source>Replace</source>
        <translation>Remplacer</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/files_panel.py" line="319" />
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/files_panel.py" line="328" />
        <source>The copy could not be saved there.</source>
        <translation>La copie n'a pas pu être enregistrée à cet endroit.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/files_panel.py" line="330" />
        <source>A copy was saved. That copy is not encrypted.</source>
        <translation>Une copie a été enregistrée. Cette copie n'est pas chiffrée.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/files_panel.py" line="343" />
        <source>Removed from this entry when you save. Earlier versions keep its record.</source>
        <translation>Sera retiré de cette entrée à l'enregistrement. Les versions précédentes en gardent la trace.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/files_panel.py" line="349" />
        <source>Photos and files</source>
        <translation>Photos et fichiers</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/files_panel.py" line="350" />
        <source>Add photos or files…</source>
        <translation>Ajouter des photos ou des fichiers…</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/files_panel.py" line="351" />
        <source>View</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/files_panel.py" line="352" />
        <source>Save a copy…</source>
        <translation>Enregistrer une copie…</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/files_panel.py" line="353" />
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/files_panel.py" line="354" />
        <source>Keep photos at full size (takes much more room)</source>
        <translation>Garder les photos en taille réelle (prend beaucoup plus de place)</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/files_panel.py" line="355" />
        <source>Remove location data from photos</source>
        <translation>Retirer la localisation des photos</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/files_panel.py" line="358" />
        <source>Delete the original file after adding it (on some disks it can still be recovered)</source>
        <translation>Supprimer le fichier d'origine après l'ajout (sur certains disques, il peut encore être récupéré)</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/files_panel.py" line="363" />
        <source>You can also drag files here. Photos are stored as a smaller copy; the original's fingerprint (SHA-256) and date taken are kept. Photos and screenshots can be viewed here. Sound recordings and PDFs are stored safely, but cannot be played or opened inside this app.</source>
        <translation>Vous pouvez aussi glisser des fichiers ici. Les photos sont gardées en copie réduite ; l'empreinte (SHA-256) et la date de prise de vue de l'original sont conservées. Les photos et captures d'écran peuvent être affichées ici. Les enregistrements audio et les PDF sont conservés en sécurité, mais ne peuvent pas être lus ou ouverts dans cette application.</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../app/gui/private/diary/viewer.py" line="86" />
        <source>Earlier versions</source>
        <translation>Versions précédentes</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/viewer.py" line="93" />
        <source>Version %1, saved %2</source>
        <translation>Version %1, enregistrée le %2</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/viewer.py" line="101" />
        <source>Erased on request. Its fingerprint stays in the chain.</source>
        <translation>Effacée à votre demande. Son empreinte reste dans la chaîne.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/viewer.py" line="120" />
        <source>Fingerprint of this version: </source>
        <translation>Empreinte de cette version : </translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/viewer.py" line="124" />
        <source>Erase earlier versions…</source>
        <translation>Effacer les versions précédentes…</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/viewer.py" line="128" />
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <location filename="../../app/gui/private/diary/viewer.py" line="35" />
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/viewer.py" line="54" />
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>IntegrityDialog</name>
    <message>
        <location filename="../../app/gui/private/diary/viewer.py" line="159" />
        <source>Check integrity</source>
        <translation>Vérifier l'intégrité</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/viewer.py" line="165" />
        <source>Checked against their fingerprints: %1, %2.</source>
        <translation>Vérification des empreintes : %1, %2.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/viewer.py" line="170" />
        <source>1 version</source>
        <translation>1 version</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/viewer.py" line="171" />
        <source>%1 versions</source>
        <translation>%1 versions</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/viewer.py" line="172" />
        <source>no versions</source>
        <translation>aucune version</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/viewer.py" line="178" />
        <source>1 file</source>
        <translation>1 fichier</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/viewer.py" line="178" />
        <source>%1 files</source>
        <translation>%1 fichiers</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/viewer.py" line="178" />
        <source>no files</source>
        <translation>aucun fichier</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/viewer.py" line="184" />
        <source>Nothing was found altered.</source>
        <translation>Aucune modification trouvée.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/viewer.py" line="192" />
        <source>Something does not match in these entries:</source>
        <translation>Quelque chose ne correspond pas dans ces entrées :</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/viewer.py" line="197" />
        <source>the entry written %1</source>
        <translation>l'entrée écrite le %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/viewer.py" line="201" />
        <source>an entry that no longer exists</source>
        <translation>une entrée qui n'existe plus</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/viewer.py" line="207" />
        <source>Fingerprint of the diary (write it down or give it to someone you trust):</source>
        <translation>Empreinte du journal (notez-la ou donnez-la à une personne de confiance) :</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/viewer.py" line="215" />
        <source>What this shows: that saved versions were not partly changed afterwards. What it does not show: anyone with the passphrase could rebuild the whole diary, and all times come from this computer's clock. A fingerprint given to a support worker or a lawyer on a given day shows that the diary as it was then has not changed since.</source>
        <translation>Ce que cela montre : que les versions enregistrées n'ont pas été modifiées en partie par la suite. Ce que cela ne montre pas : une personne qui connaît la phrase secrète pourrait reconstruire tout le journal, et toutes les heures viennent de l'horloge de cet ordinateur. Une empreinte remise un jour donné à une personne qui vous accompagne ou à un avocat montre que le journal tel qu'il était alors n'a pas changé depuis.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/viewer.py" line="225" />
        <source>Copy the fingerprint</source>
        <translation>Copier l'empreinte</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/viewer.py" line="228" />
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>PrivateSpace</name>
    <message>
        <location filename="../../app/gui/private/diary/page.py" line="603" />
        <source>Diary</source>
        <translation>Journal</translation>
    </message>
</context>
</TS>