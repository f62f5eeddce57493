<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>ReportButton</name>
    <message>
        <location filename="../../app/gui/private/report/review.py" line="445" />
        <source>Make a report…</source>
        <translation>Faire un rapport…</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../app/gui/private/report/review.py" line="145" />
        <source>Make a report</source>
        <translation>Faire un rapport</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/review.py" line="148" />
        <source>Choose the entries for the report. Before you share it, leave out anything that shows where you live now or what you plan (a new address, a shelter, a date you leave). The checklist is never included.</source>
        <translation>Choisissez les entrées du rapport. Avant de le partager, laissez de côté tout ce qui montre où vous vivez maintenant ou ce que vous prévoyez (une nouvelle adresse, un hébergement, une date de départ). La page Check-list n'y figure jamais.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/review.py" line="153" />
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/review.py" line="154" />
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/review.py" line="155" />
        <source>Only these kinds (none ticked: every kind)</source>
        <translation>Seulement ces types (rien de coché : tous les types)</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/review.py" line="158" />
        <source>Tick all</source>
        <translation>Tout cocher</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/review.py" line="159" />
        <source>Untick all</source>
        <translation>Tout décocher</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/review.py" line="160" />
        <source>Make the PDF…</source>
        <translation>Faire le PDF…</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/review.py" line="161" />
        <location filename="../../app/gui/private/report/review.py" line="381" />
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/review.py" line="161" />
        <location filename="../../app/gui/private/report/review.py" line="251" />
        <location filename="../../app/gui/private/report/review.py" line="291" />
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/review.py" line="225" />
        <source>The diary has no entries yet.</source>
        <translation>Le journal ne contient encore aucune entrée.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/review.py" line="227" />
        <source>%1 of 1 entry chosen</source>
        <translation>Choix : %1 sur 1 entrée</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/review.py" line="229" />
        <source>%1 of %2 entries chosen</source>
        <translation>Choix : %1 sur %2 entrées</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/review.py" line="245" />
        <source>A PDF is not encrypted</source>
        <translation>Un PDF n'est pas chiffré</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/review.py" line="247" />
        <source>Anyone who gets this file can read it: it is not protected by your passphrase. Save it where only you can reach it, for example on a USB stick you keep with you, and give it or print it at a support service or a lawyer's office.</source>
        <translation>Toute personne qui reçoit ce fichier peut le lire : votre phrase secrète ne le protège pas. Enregistrez-le là où vous seul·e y avez accès, par exemple sur une clé USB que vous gardez sur vous, et remettez-le ou imprimez-le dans un service d'aide ou chez un·e avocat·e.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/review.py" line="251" />
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/review.py" line="262" />
        <source>Save the report</source>
        <translation>Enregistrer le rapport</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/review.py" line="264" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/review.py" line="285" />
        <source>This folder seems to be synchronised with an online service (OneDrive, Dropbox, Google Drive or Nextcloud). The report is not encrypted: a copy would be stored online and could appear on other devices that use the same account.</source>
        <translation>Ce dossier semble synchronisé avec un service en ligne (OneDrive, Dropbox, Google Drive ou Nextcloud). Le rapport n'est pas chiffré : une copie serait stockée en ligne et pourrait apparaître sur d'autres appareils qui utilisent le même compte.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/review.py" line="290" />
        <source>Save the report here?</source>
        <translation>Enregistrer le rapport ici ?</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/review.py" line="291" />
        <source>Save here</source>
        <translation>Enregistrer ici</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/review.py" line="340" />
        <source>Making the report…</source>
        <translation>Création du rapport…</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/review.py" line="381" />
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/review.py" line="393" />
        <source>The report was saved as “%1”. It is not encrypted: keep it where only you can reach it, and delete it from this computer once it is printed or handed over.</source>
        <translation>Le rapport a été enregistré sous « %1 ». Il n'est pas chiffré : gardez-le là où vous seul·e y avez accès, et supprimez-le de cet ordinateur une fois imprimé ou remis.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/review.py" line="401" />
        <source>The report was stopped. No file was left behind.</source>
        <translation>Le rapport a été arrêté. Aucun fichier n'est resté.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/review.py" line="405" />
        <source>The report could not be written there: the drive may be full, read-only or removed. No file was left behind.</source>
        <translation>Le rapport n'a pas pu être écrit à cet endroit : le support est peut-être plein, en lecture seule ou retiré. Aucun fichier n'est resté.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/review.py" line="412" />
        <source>The report could not be made. No file was left behind; your diary is unchanged.</source>
        <translation>Le rapport n'a pas pu être créé. Aucun fichier n'est resté ; votre journal n'a pas changé.</translation>
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message>
        <location filename="../../app/gui/private/report/words.py" line="71" />
        <source>How long</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/words.py" line="72" />
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/words.py" line="73" />
        <source>Kinds of violence</source>
        <translation>Types de violence</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/words.py" line="74" />
        <source>Signs of serious danger</source>
        <translation>Signes de danger grave</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/words.py" line="75" />
        <source>Exact words said</source>
        <translation>Mots exacts prononcés</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/words.py" line="76" />
        <source>Injuries, damage</source>
        <translation>Blessures, dégâts</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/words.py" line="78" />
        <source>Who saw or heard it</source>
        <translation>Qui l'a vu ou entendu</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/words.py" line="79" />
        <source>Children present</source>
        <translation>Enfants présents</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/words.py" line="80" />
        <source>Police called</source>
        <translation>Police appelée</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/words.py" line="81" />
        <source>PV number</source>
        <translation>Numéro de PV</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/words.py" line="82" />
        <source>Police station</source>
        <translation>Commissariat</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/words.py" line="83" />
        <source>Doctor or hospital</source>
        <translation>Médecin ou hôpital</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/words.py" line="84" />
        <source>Medical certificate</source>
        <translation>Certificat médical</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/words.py" line="90" />
        <source>Hands or an arm on the neck or throat</source>
        <translation>Des mains ou un bras sur le cou ou la gorge</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/words.py" line="91" />
        <source>A threat to kill</source>
        <translation>Une menace de mort</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/words.py" line="92" />
        <source>A weapon, or something used as one</source>
        <translation>Une arme, ou un objet utilisé comme arme</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/words.py" line="93" />
        <source>Happening more often, or getting worse</source>
        <translation>Cela arrive plus souvent, ou s'aggrave</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/words.py" line="104" />
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/words.py" line="104" />
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/html.py" line="66" />
        <source>No entries</source>
        <translation>Aucune entrée</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/html.py" line="69" />
        <source>From %1 to %2</source>
        <translation>Du %1 au %2</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/html.py" line="76" />
        <source>Period covered</source>
        <translation>Période couverte</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/html.py" line="77" />
        <source>Entries in this report</source>
        <translation>Entrées dans ce rapport</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/html.py" line="78" />
        <source>Entries left out</source>
        <translation>Entrées laissées de côté</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/html.py" line="79" />
        <source>Made on</source>
        <translation>Fait le</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/html.py" line="86" />
        <source>This report was made from a personal diary kept in an app on a computer. The person who kept it chose which entries to include.</source>
        <translation>Ce rapport provient d'un journal personnel tenu dans une application sur un ordinateur. La personne qui l'a tenu a choisi les entrées à inclure.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/html.py" line="93" />
        <source>1 entry of the diary was left out of this report. Nothing of its content is shown here.</source>
        <translation>1 entrée du journal a été laissée de côté. Rien de son contenu n'apparaît ici.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/html.py" line="98" />
        <source>%1 entries of the diary were left out of this report. Nothing of their content is shown here.</source>
        <translation>%1 entrées du journal ont été laissées de côté. Rien de leur contenu n'apparaît ici.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/html.py" line="103" />
        <source>No entry of the diary was left out of this report.</source>
        <translation>Aucune entrée du journal n'a été laissée de côté.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/html.py" line="105" />
        <source>All times come from this computer's clock (time zone %1). They say when an entry was written down and changed, as the computer told it.</source>
        <translation>Toutes les heures viennent de l'horloge de cet ordinateur (fuseau horaire %1). Elles indiquent quand une entrée a été écrite et modifiée, selon l'ordinateur.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/html.py" line="110" />
        <source>Every saved version of an entry is kept. Earlier versions are in the appendix, and the last pages explain how to check that nothing was altered.</source>
        <translation>Chaque version enregistrée d'une entrée est conservée. Les versions antérieures sont en annexe, et les dernières pages expliquent comment vérifier que rien n'a été modifié.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/html.py" line="117" />
        <location filename="../../app/gui/private/report/words.py" line="55" />
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/html.py" line="118" />
        <location filename="../../app/gui/private/report/words.py" line="48" />
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/html.py" line="119" />
        <location filename="../../app/gui/private/report/words.py" line="56" />
        <source>The entries</source>
        <translation>Les entrées</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/html.py" line="120" />
        <location filename="../../app/gui/private/report/html.py" line="281" />
        <source>Appendix A: earlier versions</source>
        <translation>Annexe A : versions antérieures</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/html.py" line="121" />
        <location filename="../../app/gui/private/report/html.py" line="400" />
        <source>Appendix B: fingerprints and how to check them</source>
        <translation>Annexe B : empreintes et comment les vérifier</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/html.py" line="159" />
        <source>The number of entries on each day, counted on the day each one started. An entry about a longer period is counted on its first day.</source>
        <translation>Le nombre d'entrées par jour, compté le jour où chaque fait a commencé. Une entrée sur une période plus longue compte pour son premier jour.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/html.py" line="193" />
        <source>1 entry</source>
        <translation>1 entrée</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/html.py" line="194" />
        <source>%1 entries</source>
        <translation>%1 entrées</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/html.py" line="195" />
        <source>no entries</source>
        <translation>aucune entrée</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/html.py" line="210" />
        <source>Date taken</source>
        <translation>Prise le</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/html.py" line="212" />
        <source>Date of the file</source>
        <translation>Date du fichier</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/html.py" line="216" />
        <source>SHA-256 of the original file</source>
        <translation>SHA-256 du fichier original</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/html.py" line="222" />
        <source>The stored copy was made smaller than the original.</source>
        <translation>La copie conservée a été réduite par rapport à l'original.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/html.py" line="225" />
        <source>The location recorded in the photo was removed.</source>
        <translation>La localisation enregistrée dans la photo a été retirée.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/html.py" line="236" />
        <source>This picture cannot be shown here; its hashes are above.</source>
        <translation>Cette image ne peut pas être affichée ici ; ses empreintes sont ci-dessus.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/html.py" line="244" />
        <location filename="../../app/gui/private/report/html.py" line="290" />
        <source>Entry %1</source>
        <translation>Entrée %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/html.py" line="249" />
        <location filename="../../app/gui/private/report/words.py" line="59" />
        <source>When it happened</source>
        <translation>Quand c'est arrivé</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/words.py" line="47" />
        <source>(no text)</source>
        <translation>(pas de texte)</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/words.py" line="49" />
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/words.py" line="50" />
        <source>Diary report</source>
        <translation>Rapport d'un journal</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/words.py" line="51" />
        <source>Fingerprint of the diary</source>
        <translation>Empreinte du journal</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/words.py" line="52" />
        <source>Kinds</source>
        <translation>Types</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/words.py" line="53" />
        <source>Photos and files</source>
        <translation>Photos et fichiers</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/words.py" line="54" />
        <source>SHA-256 of the stored copy</source>
        <translation>SHA-256 de la copie conservée</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/words.py" line="57" />
        <source>Versions in this report</source>
        <translation>Versions dans ce rapport</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/words.py" line="58" />
        <source>What happened</source>
        <translation>Ce qui s'est passé</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/words.py" line="77" />
        <source>How it affected the person</source>
        <translation>Effets sur la personne</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/html.py" line="250" />
        <source>Recorded</source>
        <translation>Écrite le</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/html.py" line="251" />
        <source>Last edited</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/html.py" line="252" />
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/html.py" line="272" />
        <source>Fingerprint of this version (SHA-256)</source>
        <translation>Empreinte de cette version (SHA-256)</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/html.py" line="297" />
        <source>Version %1, saved %2</source>
        <translation>Version %1, enregistrée le %2</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/html.py" line="306" />
        <source>The content of this version was erased on request. Its fingerprint stays in the chain.</source>
        <translation>Le contenu de cette version a été effacé sur demande. Son empreinte reste dans la chaîne.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/html.py" line="330" />
        <source>No entry in this report has earlier versions.</source>
        <translation>Aucune entrée de ce rapport n'a de version antérieure.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/html.py" line="338" />
        <source>When this report was made, the diary's check found everything intact.</source>
        <translation>Lors de la création de ce rapport, la vérification du journal a tout trouvé intact.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/html.py" line="344" />
        <source>When this report was made, the diary's check found a difference in 1 entry.</source>
        <translation>Lors de la création de ce rapport, la vérification du journal a trouvé une différence dans 1 entrée.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/html.py" line="348" />
        <source>When this report was made, the diary's check found a difference in %1 entries.</source>
        <translation>Lors de la création de ce rapport, la vérification du journal a trouvé une différence dans %1 entrées.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/html.py" line="352" />
        <source>When this report was made, the diary's check found a difference.</source>
        <translation>Lors de la création de ce rapport, la vérification du journal a trouvé une différence.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/html.py" line="357" />
        <source>Each time an entry is saved, the app computes a SHA-256 hash (a fingerprint) of that version, including the hashes of its photos and files. The fingerprints are linked in a chain: each link is computed from the one before. The last link is the fingerprint of the whole diary.</source>
        <translation>Chaque fois qu'une entrée est enregistrée, l'application calcule une empreinte SHA-256 de cette version, y compris les empreintes de ses photos et fichiers. Les empreintes sont liées en chaîne : chaque maillon est calculé à partir du précédent. Le dernier maillon est l'empreinte de tout le journal.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/html.py" line="364" />
        <source>What it proves: if a saved version, a photo or the order of versions had been partly changed afterwards, its hash or the chain would no longer match.</source>
        <translation>Ce que cela prouve : si une version enregistrée, une photo ou l'ordre des versions avait été modifié en partie par la suite, son empreinte ou la chaîne ne correspondrait plus.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/html.py" line="369" />
        <source>What it does not prove: it is not tamper-proof. Anyone who knows the diary's passphrase could rebuild the whole chain, and all times come from this computer's clock. A fingerprint written down or given to someone else (a support worker, a lawyer) gains weight: a rebuilt chain would end in another fingerprint.</source>
        <translation>Ce que cela ne prouve pas : ce n'est pas infalsifiable. Toute personne qui connaît la phrase secrète du journal pourrait reconstruire toute la chaîne, et toutes les heures viennent de l'horloge de cet ordinateur. Une empreinte notée ou remise à quelqu'un d'autre (un·e intervenant·e, un·e avocat·e) prend du poids : une chaîne reconstruite aboutirait à une autre empreinte.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/html.py" line="376" />
        <source>How to check: make an encrypted backup of the private space. With the backup file and its passphrase, run the command below (it asks for the passphrase). It checks every hash and link and prints the diary's fingerprint. If nothing was written since this report, it is the fingerprint above; if entries were added later, the fingerprint is different, but every version hash listed below must still be in the backup.</source>
        <translation>Comment vérifier : faites une sauvegarde chiffrée de l'espace privé. Avec le fichier de sauvegarde et sa phrase secrète, lancez la commande ci-dessous (elle demande la phrase secrète). Elle vérifie chaque empreinte et chaque maillon et affiche l'empreinte du journal. Si rien n'a été écrit depuis ce rapport, c'est l'empreinte ci-dessus ; si des entrées ont été ajoutées ensuite, l'empreinte est différente, mais chaque empreinte de version listée ci-dessous doit se trouver dans la sauvegarde.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/html.py" line="394" />
        <source>Entry</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/html.py" line="395" />
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/html.py" line="396" />
        <source>Saved</source>
        <translation>Enregistrée</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/html.py" line="397" />
        <source>SHA-256 of the version</source>
        <translation>SHA-256 de la version</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/pdf.py" line="163" />
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
</context>
</TS>