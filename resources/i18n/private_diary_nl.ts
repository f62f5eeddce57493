<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>DiaryKinds</name>
    <message>
        <location filename="../../app/gui/private/diary/list_model.py" line="32" />
        <source>Pushing, hitting</source>
        <translation>Duwen, slaan</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/list_model.py" line="33" />
        <source>Threats</source>
        <translation>Bedreigingen</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/list_model.py" line="34" />
        <source>Insults, humiliation</source>
        <translation>Beledigen, vernederen</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/list_model.py" line="35" />
        <source>Control of money or phone</source>
        <translation>Controle over geld of gsm</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/list_model.py" line="36" />
        <source>Forced sex</source>
        <translation>Gedwongen seks</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/list_model.py" line="37" />
        <source>Damage to things</source>
        <translation>Dingen kapotmaken</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/list_model.py" line="38" />
        <source>Towards the children</source>
        <translation>Tegen de kinderen</translation>
    </message>
</context>
<context>
    <name>DiaryList</name>
    <message>
        <location filename="../../app/gui/private/diary/list_model.py" line="67" />
        <source>written %1</source>
        <translation>geschreven %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/list_model.py" line="75" />
        <source>around %1</source>
        <translation>rond %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/list_model.py" line="77" />
        <source>since %1</source>
        <translation>sinds %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/list_model.py" line="151" />
        <source>1 file</source>
        <translation>1 bestand</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/list_model.py" line="152" />
        <source>%1 files</source>
        <translation>%1 bestanden</translation>
    </message>
</context>
<context>
    <name>DiaryPage</name>
    <message>
        <location filename="../../app/gui/private/diary/page.py" line="235" />
        <source>1 entry found</source>
        <translation>1 gebeurtenis gevonden</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/page.py" line="236" />
        <source>%1 entries found</source>
        <translation>%1 gebeurtenissen gevonden</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/page.py" line="237" />
        <source>Nothing found</source>
        <translation>Niets gevonden</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/page.py" line="241" />
        <source>%1 entries</source>
        <translation>%1 gebeurtenissen</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/page.py" line="241" />
        <source>1 entry</source>
        <translation>1 gebeurtenis</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/page.py" line="241" />
        <source>No entries yet</source>
        <translation>Nog geen gebeurtenissen</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/page.py" line="255" />
        <source>Room: %1 % full. There is room for %2 MB more of photos and files.</source>
        <translation>Ruimte: %1 % vol. Er is nog plaats voor %2 MB aan foto's en bestanden.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/page.py" line="285" />
        <source>New entry, not saved yet.</source>
        <translation>Nieuwe gebeurtenis, nog niet bewaard.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/page.py" line="295" />
        <source>Recorded %1 · edited %2 · version %3</source>
        <translation>Geschreven %1 · aangepast %2 · versie %3</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/page.py" line="347" />
        <source>Wait a moment: files are still being added.</source>
        <translation>Even wachten: er worden nog bestanden toegevoegd.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/page.py" line="352" />
        <source>A date in the future</source>
        <translation>Een datum in de toekomst</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/page.py" line="353" />
        <source>The date of this entry is in the future. Is that what you meant?</source>
        <translation>De datum van deze gebeurtenis ligt in de toekomst. Is dat wat je bedoelde?</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/page.py" line="354" />
        <source>Yes, save it</source>
        <translation>Ja, bewaren</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/page.py" line="354" />
        <source>Let me change the date</source>
        <translation>Ik pas de datum aan</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/page.py" line="361" />
        <source>Nothing to save yet: write something or add a photo.</source>
        <translation>Nog niets om te bewaren: schrijf iets of voeg een foto toe.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/page.py" line="366" />
        <source>This does not fit any more: there is room for %1 MB more. What you typed is still here; remove a file to make room.</source>
        <translation>Dit past er niet meer bij: er is nog plaats voor %1 MB. Wat je typte staat er nog; verwijder een bestand om plaats te maken.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/page.py" line="377" />
        <source>Saved at %1.</source>
        <translation>Bewaard om %1.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/page.py" line="426" />
        <source>This entry is not saved</source>
        <translation>Deze gebeurtenis is niet bewaard</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/page.py" line="427" />
        <source>Do you want to save what you wrote?</source>
        <translation>Wil je bewaren wat je schreef?</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/page.py" line="428" />
        <source>Save</source>
        <translation>Bewaren</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/page.py" line="428" />
        <source>Do not save</source>
        <translation>Niet bewaren</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/page.py" line="428" />
        <location filename="../../app/gui/private/diary/page.py" line="455" />
        <location filename="../../app/gui/private/diary/page.py" line="481" />
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/page.py" line="449" />
        <source>Erase earlier versions?</source>
        <translation>Vroegere versies wissen?</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/page.py" line="451" />
        <source>The earlier versions of this entry will be erased for good. The current version stays. The diary keeps a record that versions were erased, and their fingerprints.</source>
        <translation>De vroegere versies van deze gebeurtenis worden voorgoed gewist. De huidige versie blijft. Het dagboek onthoudt dat er versies gewist zijn, en hun vingerafdrukken.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/page.py" line="455" />
        <source>Erase earlier versions</source>
        <translation>Vroegere versies wissen</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/page.py" line="468" />
        <source>Earlier versions were erased.</source>
        <translation>De vroegere versies zijn gewist.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/page.py" line="476" />
        <source>Delete this entry?</source>
        <translation>Deze gebeurtenis verwijderen?</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/page.py" line="478" />
        <source>This entry, its earlier versions and its files will be erased for good. The diary keeps a record that an entry was deleted.</source>
        <translation>Deze gebeurtenis, de vroegere versies en de bestanden worden voorgoed gewist. Het dagboek onthoudt dat er een gebeurtenis verwijderd is.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/page.py" line="481" />
        <source>Delete for good</source>
        <translation>Voorgoed verwijderen</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/page.py" line="581" />
        <source>Search the diary (Ctrl+F)</source>
        <translation>Zoeken in het dagboek (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/page.py" line="582" />
        <source>All kinds</source>
        <translation>Alle soorten</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/page.py" line="585" />
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/page.py" line="586" />
        <source>to</source>
        <translation>tot</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/page.py" line="587" />
        <source>New entry (Ctrl+N)</source>
        <translation>Nieuwe gebeurtenis (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/page.py" line="588" />
        <source>Check integrity</source>
        <translation>Controleren op wijzigingen</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/page.py" line="590" />
        <source>Save (Ctrl+S)</source>
        <translation>Bewaren (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/page.py" line="591" />
        <source>Back to the list</source>
        <translation>Terug naar de lijst</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/page.py" line="592" />
        <source>Earlier versions</source>
        <translation>Vroegere versies</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/page.py" line="593" />
        <source>Delete…</source>
        <translation>Verwijderen…</translation>
    </message>
</context>
<context>
    <name>EntryForm</name>
    <message>
        <location filename="../../app/gui/private/diary/form.py" line="338" />
        <source>Write what happened, in your own words and your own language</source>
        <translation>Schrijf wat er gebeurd is, in je eigen woorden en in je eigen taal</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/form.py" line="340" />
        <source>Add more (if you want)</source>
        <translation>Meer toevoegen (als je wilt)</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/form.py" line="342" />
        <source>No date</source>
        <translation>Geen datum</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/form.py" line="343" />
        <source>On a day</source>
        <translation>Op een dag</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/form.py" line="344" />
        <source>On a day, at a time</source>
        <translation>Op een dag, op een uur</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/form.py" line="345" />
        <source>Around a day</source>
        <translation>Rond een dag</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/form.py" line="346" />
        <source>Between two days</source>
        <translation>Tussen twee dagen</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/form.py" line="347" />
        <source>Since a day (it keeps happening)</source>
        <translation>Sinds een dag (het blijft gebeuren)</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/form.py" line="351" />
        <source>until</source>
        <translation>tot</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/form.py" line="352" />
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/form.py" line="353" />
        <source>How long</source>
        <translation>Hoe lang</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/form.py" line="354" />
        <source>Where</source>
        <translation>Waar</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/form.py" line="355" />
        <source>Exact words said</source>
        <translation>Letterlijke woorden</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/form.py" line="356" />
        <source>Injuries, damage</source>
        <translation>Verwondingen, schade</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/form.py" line="357" />
        <source>How it affected you</source>
        <translation>Wat het met je deed</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/form.py" line="358" />
        <source>Who saw or heard it</source>
        <translation>Wie het zag of hoorde</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/form.py" line="359" />
        <source>Children present</source>
        <translation>Kinderen erbij</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/form.py" line="360" />
        <source>Police called</source>
        <translation>Politie gebeld</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/form.py" line="361" />
        <source>PV number (on the certificate of complaint)</source>
        <translation>PV-nummer (op het attest van klachtneerlegging)</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/form.py" line="362" />
        <source>Police station</source>
        <translation>Politiekantoor</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/form.py" line="363" />
        <source>Doctor or hospital</source>
        <translation>Dokter of ziekenhuis</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/form.py" line="364" />
        <source>Medical certificate</source>
        <translation>Medisch attest</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/form.py" line="294" />
        <location filename="../../app/gui/private/diary/form.py" line="367" />
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/form.py" line="275" />
        <source>What happened</source>
        <translation>Wat er gebeurd is</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/form.py" line="278" />
        <source>Kinds of violence</source>
        <translation>Soort geweld</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/form.py" line="294" />
        <location filename="../../app/gui/private/diary/form.py" line="368" />
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/form.py" line="369" />
        <source>for example: ten minutes, all evening</source>
        <translation>bijvoorbeeld: tien minuten, de hele avond</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/form.py" line="371" />
        <source>for example: kitchen, in the car, by phone</source>
        <translation>bijvoorbeeld: keuken, in de auto, via de telefoon</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/form.py" line="374" />
        <source>Write them as they were said, in any language</source>
        <translation>Schrijf ze zoals ze gezegd zijn, in welke taal ook</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/form.py" line="377" />
        <source>Fear, sleep, pain, work: everything counts</source>
        <translation>Angst, slaap, pijn, werk: alles telt</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/form.py" line="379" />
        <source>What kind of violence (tick what fits)</source>
        <translation>Welk soort geweld (vink aan wat past)</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/form.py" line="382" />
        <source>kicking, grabbing, biting, pulling hair, throwing things at you</source>
        <translation>schoppen, vastgrijpen, bijten, aan je haar trekken, dingen naar je gooien</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/form.py" line="383" />
        <source>to hurt you, the children or others; to take the children away</source>
        <translation>om jou, de kinderen of anderen pijn te doen; om de kinderen af te pakken</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/form.py" line="384" />
        <source>shouting, name-calling, mocking, putting you down</source>
        <translation>roepen, uitschelden, uitlachen, je kleineren</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/form.py" line="386" />
        <source>taking your bank card or papers, reading your messages, locking you in, keeping you from seeing people</source>
        <translation>je bankkaart of papieren afpakken, je berichten lezen, je opsluiten, je weghouden van andere mensen</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/form.py" line="390" />
        <source>breaking your belongings, smashing doors, hurting pets</source>
        <translation>je spullen stukgooien, deuren inslaan, huisdieren pijn doen</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/form.py" line="391" />
        <source>hurting or threatening them, or violence in front of them</source>
        <translation>hen pijn doen of bedreigen, of geweld waar zij bij zijn</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/form.py" line="389" />
        <source>any sexual act you did not want</source>
        <translation>elke seksuele handeling die je niet wilde</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/form.py" line="397" />
        <source>Signs of serious danger</source>
        <translation>Tekens van groot gevaar</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/form.py" line="400" />
        <source>Some things mean the danger is high. Tick them if they happened; it helps anyone who reads this later to understand.</source>
        <translation>Sommige dingen betekenen dat het gevaar groot is. Vink ze aan als ze gebeurd zijn; zo begrijpt wie dit later leest het beter.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/form.py" line="404" />
        <source>Hands or an arm on your neck or throat</source>
        <translation>Handen of een arm rond je nek of keel</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/form.py" line="406" />
        <source>A threat to kill (you, the children, or themselves)</source>
        <translation>Een dreiging om te doden (jou, de kinderen, of zichzelf)</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/form.py" line="408" />
        <source>A weapon, or something used as one</source>
        <translation>Een wapen, of iets dat als wapen gebruikt werd</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/form.py" line="409" />
        <source>It is happening more often, or getting worse</source>
        <translation>Het gebeurt vaker, of het wordt erger</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/form.py" line="412" />
        <source>A hold on the neck can be dangerous hours later, even without marks. Please see a doctor, and tell them what happened. In danger now: call 112.</source>
        <translation>Een greep rond de nek kan uren later nog gevaarlijk zijn, ook zonder sporen. Ga naar een dokter en vertel wat er gebeurd is. Nu in gevaar: bel 112.</translation>
    </message>
</context>
<context>
    <name>FilesPanel</name>
    <message>
        <location filename="../../app/gui/private/diary/files_panel.py" line="121" />
        <source>reduced copy</source>
        <translation>verkleinde kopie</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/files_panel.py" line="123" />
        <source>has location data</source>
        <translation>bevat locatiegegevens</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/files_panel.py" line="152" />
        <source>Add photos or files</source>
        <translation>Foto's of bestanden toevoegen</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/files_panel.py" line="185" />
        <source>Adding “%1”…</source>
        <translation>“%1” wordt toegevoegd…</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/files_panel.py" line="217" />
        <source>Added: “%1”.</source>
        <translation>Toegevoegd: “%1”.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/files_panel.py" line="221" />
        <source>HEIC photos (from iPhones) cannot be shown or reduced here. It was kept as a file you can save a copy of. Tip: on the phone, choose Settings &gt; Camera &gt; Formats &gt; Most Compatible.</source>
        <translation>HEIC-foto's (van een iPhone) kan deze app niet tonen of verkleinen. De foto is bewaard als bestand waarvan je een kopie kunt maken. Tip: kies op de gsm Instellingen &gt; Camera &gt; Formaten &gt; Meest compatibel.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/files_panel.py" line="229" />
        <source>This photo carries location data (where it was taken). It stays encrypted here, but it would be in any copy you save. Tick “Remove location data” before adding photos if you prefer.</source>
        <translation>Deze foto bevat locatiegegevens (waar hij genomen is). Hier blijft dat versleuteld, maar het zit wel in elke kopie die je bewaart. Vink “Locatiegegevens verwijderen” aan voor je foto's toevoegt, als je dat liever hebt.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/files_panel.py" line="238" />
        <source>The original file and its preview picture were deleted. On some disks (SSD, USB stick) a deleted file can still be recovered by specialists.</source>
        <translation>Het originele bestand en het voorbeeldprentje zijn verwijderd. Op sommige schijven (SSD, USB-stick) kunnen specialisten een verwijderd bestand soms nog terughalen.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/files_panel.py" line="244" />
        <source>The original file could not be deleted.</source>
        <translation>Het originele bestand kon niet verwijderd worden.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/files_panel.py" line="253" />
        <source>“%1” is empty (0 bytes). Nothing was added.</source>
        <translation>“%1” is leeg (0 bytes). Er is niets toegevoegd.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/files_panel.py" line="254" />
        <source>“%1” could not be read. Nothing was added.</source>
        <translation>“%1” kon niet gelezen worden. Er is niets toegevoegd.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/files_panel.py" line="256" />
        <source>“%1” is named like a picture but is not one this app can read. Nothing was added.</source>
        <translation>“%1” heeft de naam van een foto, maar deze app kan het niet als foto lezen. Er is niets toegevoegd.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/files_panel.py" line="260" />
        <source>“%1” does not fit: there is room for %2 MB more. Nothing was added, and what you typed is still here.</source>
        <translation>“%1” past er niet bij: er is nog plaats voor %2 MB. Er is niets toegevoegd, en wat je typte staat er nog.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/files_panel.py" line="267" />
        <source>“%1” could not be added. Nothing was added.</source>
        <translation>“%1” kon niet toegevoegd worden. Er is niets toegevoegd.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/files_panel.py" line="293" />
        <source>This file cannot be opened inside the app. It is stored safely; use “Save a copy…” to open it elsewhere (the copy is not encrypted).</source>
        <translation>Dit bestand kan niet in de app geopend worden. Het is veilig bewaard; gebruik “Kopie bewaren…” om het ergens anders te openen (de kopie is niet versleuteld).</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/files_panel.py" line="303" />
        <source>Save a copy (not encrypted)</source>
        <translation>Kopie bewaren (niet versleuteld)</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/files_panel.py" line="317" />
        <source>Replace the file?</source>
        <translation>Het bestand vervangen?</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/files_panel.py" line="318" />
        <source>A file with this name is already there. Replace it?</source>
        <translation>Er staat al een bestand met deze naam. Vervangen?</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/files_panel.py" line="319" />
        <source>Replace</source>
        <translation>Vervangen</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/files_panel.py" line="319" />
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/files_panel.py" line="328" />
        <source>The copy could not be saved there.</source>
        <translation>De kopie kon daar niet bewaard worden.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/files_panel.py" line="330" />
        <source>A copy was saved. That copy is not encrypted.</source>
        <translation>Er is een kopie bewaard. Die kopie is niet versleuteld.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/files_panel.py" line="343" />
        <source>Removed from this entry when you save. Earlier versions keep its record.</source>
        <translation>Wordt uit deze gebeurtenis gehaald als je bewaart. Vroegere versies houden de gegevens ervan bij.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/files_panel.py" line="349" />
        <source>Photos and files</source>
        <translation>Foto's en bestanden</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/files_panel.py" line="350" />
        <source>Add photos or files…</source>
        <translation>Foto's of bestanden toevoegen…</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/files_panel.py" line="351" />
        <source>View</source>
        <translation>Bekijken</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/files_panel.py" line="352" />
        <source>Save a copy…</source>
        <translation>Kopie bewaren…</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/files_panel.py" line="353" />
        <source>Remove</source>
        <translation>Weghalen</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/files_panel.py" line="354" />
        <source>Keep photos at full size (takes much more room)</source>
        <translation>Foto's op volle grootte houden (neemt veel meer plaats)</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/files_panel.py" line="355" />
        <source>Remove location data from photos</source>
        <translation>Locatiegegevens verwijderen uit foto's</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/files_panel.py" line="358" />
        <source>Delete the original file after adding it (on some disks it can still be recovered)</source>
        <translation>Het originele bestand verwijderen na het toevoegen (op sommige schijven kan het nog teruggehaald worden)</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/files_panel.py" line="363" />
        <source>You can also drag files here. Photos are stored as a smaller copy; the original's fingerprint (SHA-256) and date taken are kept. Photos and screenshots can be viewed here. Sound recordings and PDFs are stored safely, but cannot be played or opened inside this app.</source>
        <translation>Je kunt bestanden ook hierheen slepen. Foto's worden als kleinere kopie bewaard; de vingerafdruk (SHA-256) en de opnamedatum van het origineel blijven bewaard. Foto's en schermafbeeldingen kun je hier bekijken. Geluidsopnames en PDF's zijn veilig bewaard, maar kunnen niet in deze app afgespeeld of geopend worden.</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../app/gui/private/diary/viewer.py" line="86" />
        <source>Earlier versions</source>
        <translation>Vroegere versies</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/viewer.py" line="93" />
        <source>Version %1, saved %2</source>
        <translation>Versie %1, bewaard %2</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/viewer.py" line="101" />
        <source>Erased on request. Its fingerprint stays in the chain.</source>
        <translation>Gewist op jouw vraag. De vingerafdruk blijft in de keten.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/viewer.py" line="120" />
        <source>Fingerprint of this version: </source>
        <translation>Vingerafdruk van deze versie: </translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/viewer.py" line="124" />
        <source>Erase earlier versions…</source>
        <translation>Vroegere versies wissen…</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/viewer.py" line="128" />
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <location filename="../../app/gui/private/diary/viewer.py" line="35" />
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/viewer.py" line="54" />
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
</context>
<context>
    <name>IntegrityDialog</name>
    <message>
        <location filename="../../app/gui/private/diary/viewer.py" line="159" />
        <source>Check integrity</source>
        <translation>Controleren op wijzigingen</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/viewer.py" line="165" />
        <source>Checked against their fingerprints: %1, %2.</source>
        <translation>Nagekeken met hun vingerafdruk: %1, %2.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/viewer.py" line="170" />
        <source>1 version</source>
        <translation>1 versie</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/viewer.py" line="171" />
        <source>%1 versions</source>
        <translation>%1 versies</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/viewer.py" line="172" />
        <source>no versions</source>
        <translation>geen versies</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/viewer.py" line="178" />
        <source>1 file</source>
        <translation>1 bestand</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/viewer.py" line="178" />
        <source>%1 files</source>
        <translation>%1 bestanden</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/viewer.py" line="178" />
        <source>no files</source>
        <translation>geen bestanden</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/viewer.py" line="184" />
        <source>Nothing was found altered.</source>
        <translation>Er is niets gevonden dat veranderd is.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/viewer.py" line="192" />
        <source>Something does not match in these entries:</source>
        <translation>In deze gebeurtenissen klopt iets niet:</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/viewer.py" line="197" />
        <source>the entry written %1</source>
        <translation>de gebeurtenis geschreven op %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/viewer.py" line="201" />
        <source>an entry that no longer exists</source>
        <translation>een gebeurtenis die niet meer bestaat</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/viewer.py" line="207" />
        <source>Fingerprint of the diary (write it down or give it to someone you trust):</source>
        <translation>Vingerafdruk van het dagboek (schrijf hem op of geef hem aan iemand die je vertrouwt):</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/viewer.py" line="215" />
        <source>What this shows: that saved versions were not partly changed afterwards. What it does not show: anyone with the passphrase could rebuild the whole diary, and all times come from this computer's clock. A fingerprint given to a support worker or a lawyer on a given day shows that the diary as it was then has not changed since.</source>
        <translation>Wat dit toont: dat bewaarde versies achteraf niet gedeeltelijk veranderd zijn. Wat het niet toont: wie de wachtzin kent, kan het hele dagboek opnieuw opbouwen, en alle tijden komen van de klok van deze computer. Een vingerafdruk die je op een bepaalde dag aan een hulpverlener of advocaat geeft, toont dat het dagboek zoals het toen was sindsdien niet veranderd is.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/viewer.py" line="225" />
        <source>Copy the fingerprint</source>
        <translation>Vingerafdruk kopiëren</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/viewer.py" line="228" />
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
</context>
<context>
    <name>PrivateSpace</name>
    <message>
        <location filename="../../app/gui/private/diary/page.py" line="603" />
        <source>Diary</source>
        <translation>Dagboek</translation>
    </message>
</context>
</TS>