<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>ReportButton</name>
    <message>
        <location filename="../../app/gui/private/report/review.py" line="445" />
        <source>Make a report…</source>
        <translation>Een verslag maken…</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../app/gui/private/report/review.py" line="145" />
        <source>Make a report</source>
        <translation>Een verslag maken</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/review.py" line="148" />
        <source>Choose the entries for the report. Before you share it, leave out anything that shows where you live now or what you plan (a new address, a shelter, a date you leave). The checklist is never included.</source>
        <translation>Kies de gebeurtenissen voor het verslag. Laat alles weg wat toont waar je nu woont of wat je van plan bent (een nieuw adres, een opvang, een datum waarop je vertrekt) voor je het deelt. De checklist komt er nooit in.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/review.py" line="153" />
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/review.py" line="154" />
        <source>to</source>
        <translation>tot</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/review.py" line="155" />
        <source>Only these kinds (none ticked: every kind)</source>
        <translation>Alleen deze soorten (niets aangevinkt: alle soorten)</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/review.py" line="158" />
        <source>Tick all</source>
        <translation>Alles aanvinken</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/review.py" line="159" />
        <source>Untick all</source>
        <translation>Alles uitvinken</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/review.py" line="160" />
        <source>Make the PDF…</source>
        <translation>De pdf maken…</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/review.py" line="161" />
        <location filename="../../app/gui/private/report/review.py" line="381" />
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/review.py" line="161" />
        <location filename="../../app/gui/private/report/review.py" line="251" />
        <location filename="../../app/gui/private/report/review.py" line="291" />
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/review.py" line="225" />
        <source>The diary has no entries yet.</source>
        <translation>Het dagboek heeft nog geen gebeurtenissen.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/review.py" line="227" />
        <source>%1 of 1 entry chosen</source>
        <translation>%1 van 1 gebeurtenis gekozen</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/review.py" line="229" />
        <source>%1 of %2 entries chosen</source>
        <translation>%1 van %2 gebeurtenissen gekozen</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/review.py" line="245" />
        <source>A PDF is not encrypted</source>
        <translation>Een pdf is niet versleuteld</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/review.py" line="247" />
        <source>Anyone who gets this file can read it: it is not protected by your passphrase. Save it where only you can reach it, for example on a USB stick you keep with you, and give it or print it at a support service or a lawyer's office.</source>
        <translation>Wie dit bestand krijgt, kan het lezen: je wachtzin beschermt het niet. Bewaar het waar alleen jij erbij kunt, bijvoorbeeld op een USB-stick die je bij je houdt. Geef het af of druk het af bij een hulpdienst of bij een advocaat.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/review.py" line="251" />
        <source>Continue</source>
        <translation>Doorgaan</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/review.py" line="262" />
        <source>Save the report</source>
        <translation>Het verslag bewaren</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/review.py" line="264" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/review.py" line="285" />
        <source>This folder seems to be synchronised with an online service (OneDrive, Dropbox, Google Drive or Nextcloud). The report is not encrypted: a copy would be stored online and could appear on other devices that use the same account.</source>
        <translation>Deze map lijkt gesynchroniseerd met een onlinedienst (OneDrive, Dropbox, Google Drive of Nextcloud). Het verslag is niet versleuteld: er komt dan een kopie online, en die kan verschijnen op andere toestellen met hetzelfde account.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/review.py" line="290" />
        <source>Save the report here?</source>
        <translation>Het verslag hier bewaren?</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/review.py" line="291" />
        <source>Save here</source>
        <translation>Hier bewaren</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/review.py" line="340" />
        <source>Making the report…</source>
        <translation>Het verslag wordt gemaakt…</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/review.py" line="381" />
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/review.py" line="393" />
        <source>The report was saved as “%1”. It is not encrypted: keep it where only you can reach it, and delete it from this computer once it is printed or handed over.</source>
        <translation>Het verslag is bewaard als “%1”. Het is niet versleuteld: bewaar het waar alleen jij erbij kunt, en verwijder het van deze computer zodra het afgedrukt of afgegeven is.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/review.py" line="401" />
        <source>The report was stopped. No file was left behind.</source>
        <translation>Het verslag is gestopt. Er is geen bestand achtergebleven.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/review.py" line="405" />
        <source>The report could not be written there: the drive may be full, read-only or removed. No file was left behind.</source>
        <translation>Het verslag kon daar niet geschreven worden: de schijf is misschien vol, alleen-lezen of weggenomen. Er is geen bestand achtergebleven.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/review.py" line="412" />
        <source>The report could not be made. No file was left behind; your diary is unchanged.</source>
        <translation>Het verslag kon niet gemaakt worden. Er is geen bestand achtergebleven; je dagboek is niet veranderd.</translation>
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message>
        <location filename="../../app/gui/private/report/words.py" line="71" />
        <source>How long</source>
        <translation>Hoe lang</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/words.py" line="72" />
        <source>Where</source>
        <translation>Waar</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/words.py" line="73" />
        <source>Kinds of violence</source>
        <translation>Soorten geweld</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/words.py" line="74" />
        <source>Signs of serious danger</source>
        <translation>Tekens van ernstig gevaar</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/words.py" line="75" />
        <source>Exact words said</source>
        <translation>Letterlijke woorden</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/words.py" line="76" />
        <source>Injuries, damage</source>
        <translation>Verwondingen, schade</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/words.py" line="78" />
        <source>Who saw or heard it</source>
        <translation>Wie het zag of hoorde</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/words.py" line="79" />
        <source>Children present</source>
        <translation>Kinderen aanwezig</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/words.py" line="80" />
        <source>Police called</source>
        <translation>Politie gebeld</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/words.py" line="81" />
        <source>PV number</source>
        <translation>PV-nummer</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/words.py" line="82" />
        <source>Police station</source>
        <translation>Politiekantoor</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/words.py" line="83" />
        <source>Doctor or hospital</source>
        <translation>Dokter of ziekenhuis</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/words.py" line="84" />
        <source>Medical certificate</source>
        <translation>Medisch attest</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/words.py" line="90" />
        <source>Hands or an arm on the neck or throat</source>
        <translation>Handen of een arm op de nek of keel</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/words.py" line="91" />
        <source>A threat to kill</source>
        <translation>Een doodsbedreiging</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/words.py" line="92" />
        <source>A weapon, or something used as one</source>
        <translation>Een wapen, of iets dat als wapen gebruikt werd</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/words.py" line="93" />
        <source>Happening more often, or getting worse</source>
        <translation>Het gebeurt vaker, of het wordt erger</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/words.py" line="104" />
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/words.py" line="104" />
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/html.py" line="66" />
        <source>No entries</source>
        <translation>Geen gebeurtenissen</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/html.py" line="69" />
        <source>From %1 to %2</source>
        <translation>Van %1 tot %2</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/html.py" line="76" />
        <source>Period covered</source>
        <translation>Periode</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/html.py" line="77" />
        <source>Entries in this report</source>
        <translation>Gebeurtenissen in dit verslag</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/html.py" line="78" />
        <source>Entries left out</source>
        <translation>Weggelaten gebeurtenissen</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/html.py" line="79" />
        <source>Made on</source>
        <translation>Gemaakt op</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/html.py" line="86" />
        <source>This report was made from a personal diary kept in an app on a computer. The person who kept it chose which entries to include.</source>
        <translation>Dit verslag komt uit een persoonlijk dagboek in een app op een computer. De persoon die het bijhield, koos welke gebeurtenissen erin komen.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/html.py" line="93" />
        <source>1 entry of the diary was left out of this report. Nothing of its content is shown here.</source>
        <translation>1 gebeurtenis van het dagboek is weggelaten uit dit verslag. Niets van de inhoud staat hier.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/html.py" line="98" />
        <source>%1 entries of the diary were left out of this report. Nothing of their content is shown here.</source>
        <translation>%1 gebeurtenissen van het dagboek zijn weggelaten uit dit verslag. Niets van hun inhoud staat hier.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/html.py" line="103" />
        <source>No entry of the diary was left out of this report.</source>
        <translation>Geen enkele gebeurtenis van het dagboek is weggelaten uit dit verslag.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/html.py" line="105" />
        <source>All times come from this computer's clock (time zone %1). They say when an entry was written down and changed, as the computer told it.</source>
        <translation>Alle tijden komen van de klok van deze computer (tijdzone %1). Ze zeggen wanneer een gebeurtenis opgeschreven en veranderd werd, zoals de computer het aangaf.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/html.py" line="110" />
        <source>Every saved version of an entry is kept. Earlier versions are in the appendix, and the last pages explain how to check that nothing was altered.</source>
        <translation>Elke bewaarde versie van een gebeurtenis blijft bestaan. Vroegere versies staan in de bijlage. De laatste bladzijden leggen uit hoe je kunt nagaan dat niets veranderd is.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/html.py" line="117" />
        <location filename="../../app/gui/private/report/words.py" line="55" />
        <source>Summary</source>
        <translation>Overzicht</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/html.py" line="118" />
        <location filename="../../app/gui/private/report/words.py" line="48" />
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/html.py" line="119" />
        <location filename="../../app/gui/private/report/words.py" line="56" />
        <source>The entries</source>
        <translation>De gebeurtenissen</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/html.py" line="120" />
        <location filename="../../app/gui/private/report/html.py" line="281" />
        <source>Appendix A: earlier versions</source>
        <translation>Bijlage A: vroegere versies</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/html.py" line="121" />
        <location filename="../../app/gui/private/report/html.py" line="400" />
        <source>Appendix B: fingerprints and how to check them</source>
        <translation>Bijlage B: vingerafdrukken en hoe je ze nagaat</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/html.py" line="159" />
        <source>The number of entries on each day, counted on the day each one started. An entry about a longer period is counted on its first day.</source>
        <translation>Het aantal gebeurtenissen per dag, geteld op de dag waarop elke gebeurtenis begon. Een gebeurtenis over een langere periode telt op de eerste dag.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/html.py" line="193" />
        <source>1 entry</source>
        <translation>1 gebeurtenis</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/html.py" line="194" />
        <source>%1 entries</source>
        <translation>%1 gebeurtenissen</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/html.py" line="195" />
        <source>no entries</source>
        <translation>geen gebeurtenissen</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/html.py" line="210" />
        <source>Date taken</source>
        <translation>Genomen op</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/html.py" line="212" />
        <source>Date of the file</source>
        <translation>Datum van het bestand</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/html.py" line="216" />
        <source>SHA-256 of the original file</source>
        <translation>SHA-256 van het originele bestand</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/html.py" line="222" />
        <source>The stored copy was made smaller than the original.</source>
        <translation>De bewaarde kopie is kleiner gemaakt dan het origineel.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/html.py" line="225" />
        <source>The location recorded in the photo was removed.</source>
        <translation>De locatie in de foto is verwijderd.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/html.py" line="236" />
        <source>This picture cannot be shown here; its hashes are above.</source>
        <translation>Deze afbeelding kan hier niet getoond worden; de hashes staan hierboven.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/html.py" line="244" />
        <location filename="../../app/gui/private/report/html.py" line="290" />
        <source>Entry %1</source>
        <translation>Gebeurtenis %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/html.py" line="249" />
        <location filename="../../app/gui/private/report/words.py" line="59" />
        <source>When it happened</source>
        <translation>Wanneer het gebeurde</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/words.py" line="47" />
        <source>(no text)</source>
        <translation>(geen tekst)</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/words.py" line="49" />
        <source>Contents</source>
        <translation>Inhoud</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/words.py" line="50" />
        <source>Diary report</source>
        <translation>Verslag uit een dagboek</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/words.py" line="51" />
        <source>Fingerprint of the diary</source>
        <translation>Vingerafdruk van het dagboek</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/words.py" line="52" />
        <source>Kinds</source>
        <translation>Soorten</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/words.py" line="53" />
        <source>Photos and files</source>
        <translation>Foto's en bestanden</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/words.py" line="54" />
        <source>SHA-256 of the stored copy</source>
        <translation>SHA-256 van de bewaarde kopie</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/words.py" line="57" />
        <source>Versions in this report</source>
        <translation>Versies in dit verslag</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/words.py" line="58" />
        <source>What happened</source>
        <translation>Wat er gebeurde</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/words.py" line="77" />
        <source>How it affected the person</source>
        <translation>Wat het met de persoon deed</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/html.py" line="250" />
        <source>Recorded</source>
        <translation>Geschreven op</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/html.py" line="251" />
        <source>Last edited</source>
        <translation>Laatst veranderd</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/html.py" line="252" />
        <source>Versions</source>
        <translation>Versies</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/html.py" line="272" />
        <source>Fingerprint of this version (SHA-256)</source>
        <translation>Vingerafdruk van deze versie (SHA-256)</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/html.py" line="297" />
        <source>Version %1, saved %2</source>
        <translation>Versie %1, bewaard op %2</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/html.py" line="306" />
        <source>The content of this version was erased on request. Its fingerprint stays in the chain.</source>
        <translation>De inhoud van deze versie is op vraag gewist. De vingerafdruk blijft in de keten.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/html.py" line="330" />
        <source>No entry in this report has earlier versions.</source>
        <translation>Geen enkele gebeurtenis in dit verslag heeft vroegere versies.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/html.py" line="338" />
        <source>When this report was made, the diary's check found everything intact.</source>
        <translation>Toen dit verslag gemaakt werd, vond de controle van het dagboek alles in orde.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/html.py" line="344" />
        <source>When this report was made, the diary's check found a difference in 1 entry.</source>
        <translation>Toen dit verslag gemaakt werd, vond de controle van het dagboek een verschil in 1 gebeurtenis.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/html.py" line="348" />
        <source>When this report was made, the diary's check found a difference in %1 entries.</source>
        <translation>Toen dit verslag gemaakt werd, vond de controle van het dagboek een verschil in %1 gebeurtenissen.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/html.py" line="352" />
        <source>When this report was made, the diary's check found a difference.</source>
        <translation>Toen dit verslag gemaakt werd, vond de controle van het dagboek een verschil.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/html.py" line="357" />
        <source>Each time an entry is saved, the app computes a SHA-256 hash (a fingerprint) of that version, including the hashes of its photos and files. The fingerprints are linked in a chain: each link is computed from the one before. The last link is the fingerprint of the whole diary.</source>
        <translation>Telkens een gebeurtenis bewaard wordt, berekent de app een SHA-256-hash (een vingerafdruk) van die versie, met de hashes van de foto's en bestanden. De vingerafdrukken zijn gekoppeld in een keten: elke schakel wordt berekend uit de vorige. De laatste schakel is de vingerafdruk van het hele dagboek.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/html.py" line="364" />
        <source>What it proves: if a saved version, a photo or the order of versions had been partly changed afterwards, its hash or the chain would no longer match.</source>
        <translation>Wat het bewijst: als een bewaarde versie, een foto of de volgorde van versies achteraf voor een deel veranderd was, zou de hash of de keten niet meer kloppen.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/html.py" line="369" />
        <source>What it does not prove: it is not tamper-proof. Anyone who knows the diary's passphrase could rebuild the whole chain, and all times come from this computer's clock. A fingerprint written down or given to someone else (a support worker, a lawyer) gains weight: a rebuilt chain would end in another fingerprint.</source>
        <translation>Wat het niet bewijst: het is niet onvervalsbaar. Wie de wachtzin van het dagboek kent, kan de hele keten opnieuw opbouwen, en alle tijden komen van de klok van deze computer. Een vingerafdruk die opgeschreven is of aan iemand anders gegeven (een hulpverlener, een advocaat) weegt zwaarder: een opnieuw opgebouwde keten eindigt in een andere vingerafdruk.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/html.py" line="376" />
        <source>How to check: make an encrypted backup of the private space. With the backup file and its passphrase, run the command below (it asks for the passphrase). It checks every hash and link and prints the diary's fingerprint. If nothing was written since this report, it is the fingerprint above; if entries were added later, the fingerprint is different, but every version hash listed below must still be in the backup.</source>
        <translation>Hoe je het nagaat: maak een versleutelde reservekopie van de privéruimte. Voer met het bestand en de wachtzin het commando hieronder uit (het vraagt de wachtzin). Het controleert elke hash en schakel en toont de vingerafdruk van het dagboek. Als er sinds dit verslag niets geschreven is, is het de vingerafdruk hierboven; als er later gebeurtenissen bijkwamen, is de vingerafdruk anders, maar elke versie-hash hieronder moet nog in de reservekopie staan.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/html.py" line="394" />
        <source>Entry</source>
        <translation>Gebeurtenis</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/html.py" line="395" />
        <source>Version</source>
        <translation>Versie</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/html.py" line="396" />
        <source>Saved</source>
        <translation>Bewaard</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/html.py" line="397" />
        <source>SHA-256 of the version</source>
        <translation>SHA-256 van de versie</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/pdf.py" line="163" />
        <source>Page %1 of %2</source>
        <translation>Pagina %1 van %2</translation>
    </message>
</context>
</TS>