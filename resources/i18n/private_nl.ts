<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../app/gui/private/home.py" line="42" />
        <source>This is your private space. Only your passphrase opens it.</source>
        <translation>Dit is je privéruimte. Alleen jouw wachtzin opent ze.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/home.py" line="44" />
        <source>In danger now? Call 112 or 101.</source>
        <translation>Nu in gevaar? Bel 112 of 101.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/home.py" line="46" />
        <source>What you can do here:</source>
        <translation>Wat je hier kunt doen:</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/home.py" line="48" />
        <source>Write down what happened, in your own words: Diary (Ctrl+3).</source>
        <translation>Schrijf op wat er gebeurd is, in je eigen woorden: Dagboek (Ctrl+3).</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/home.py" line="50" />
        <source>Get ready, step by step: Checklist (Ctrl+4).</source>
        <translation>Je stap voor stap voorbereiden: Checklist (Ctrl+4).</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/home.py" line="52" />
        <source>Read what can help, and where to go: Guidance (Ctrl+2).</source>
        <translation>Lees wat kan helpen en waar je terechtkunt: Uitleg (Ctrl+2).</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/home.py" line="55" />
        <source>Help by phone</source>
        <translation>Hulp via de telefoon</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/home.py" line="58" />
        <source>Someone comes in?</source>
        <translation>Komt er iemand binnen?</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/home.py" line="61" />
        <source>Press Esc, or press Shift three times, or the red button. The notes come back at once and this space is locked.</source>
        <translation>Druk op Esc, of drie keer op Shift, of op de rode knop. Je ziet meteen weer de notities en deze ruimte gaat op slot.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/home.py" line="65" />
        <source>Lock calmly: Ctrl+L. Pages: Ctrl+1 to Ctrl+5, or Ctrl+Page Up and Ctrl+Page Down.</source>
        <translation>Rustig op slot doen: Ctrl+L. Pagina's: Ctrl+1 tot Ctrl+5, of Ctrl+Page Up en Ctrl+Page Down.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/home.py" line="69" />
        <source>To come back: type your passphrase in the search box of the notes and press Enter. Capitals do not count.</source>
        <translation>Terugkomen: typ je wachtzin in het zoekvak van de notities en druk op Enter. Hoofdletters tellen niet mee.</translation>
    </message>
</context>
<context>
    <name>NumberCard</name>
    <message>
        <location filename="../../app/gui/private/numbers.py" line="45" />
        <source>Copied. It is cleared again after 30 seconds.</source>
        <translation>Gekopieerd. Na 30 seconden wordt het weer gewist.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/numbers.py" line="52" />
        <source>Copy this number</source>
        <translation>Dit nummer kopiëren</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/numbers.py" line="54" />
        <source>%1, number %2, press to copy</source>
        <translation>%1, nummer %2, druk om te kopiëren</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../app/gui/private/passphrase_dialog.py" line="129" />
        <source>New private space</source>
        <translation>Nieuwe privéruimte</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/passphrase_dialog.py" line="130" />
        <source>Change passphrase</source>
        <translation>Wachtzin wijzigen</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/passphrase_dialog.py" line="131" />
        <source>Passphrase for the backup</source>
        <translation>Wachtzin voor de reservekopie</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/passphrase_dialog.py" line="136" />
        <source>Type the passphrase again to make a private space with it. Nobody can recover a forgotten passphrase, not even with this computer. An encrypted backup with a second passphrase is the way back.</source>
        <translation>Typ de wachtzin nog een keer om er een privéruimte mee te maken. Niemand kan een vergeten wachtzin terughalen, ook niet met deze computer. Een versleutelde reservekopie met een tweede wachtzin is de weg terug.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/passphrase_dialog.py" line="141" />
        <source>Choose a new passphrase. Nobody can recover a forgotten passphrase. The old one stops working as soon as this is done.</source>
        <translation>Kies een nieuwe wachtzin. Niemand kan een vergeten wachtzin terughalen. De oude werkt niet meer zodra dit klaar is.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/passphrase_dialog.py" line="145" />
        <source>The backup gets its own passphrase. Write it down and keep it apart from the backup, with someone you trust.</source>
        <translation>De reservekopie krijgt een eigen wachtzin. Schrijf hem op en bewaar hem apart van de reservekopie, bij iemand die je vertrouwt.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/passphrase_dialog.py" line="151" />
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/passphrase_dialog.py" line="152" />
        <source>Passphrase</source>
        <translation>Wachtzin</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/passphrase_dialog.py" line="153" />
        <location filename="../../app/gui/private/passphrase_dialog.py" line="182" />
        <source>Type it again</source>
        <translation>Typ hem nog een keer</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/passphrase_dialog.py" line="159" />
        <source>Suggest words</source>
        <translation>Woorden voorstellen</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/passphrase_dialog.py" line="162" />
        <source>From a backup…</source>
        <translation>Uit een reservekopie…</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/passphrase_dialog.py" line="163" />
        <source>Create</source>
        <translation>Maken</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/passphrase_dialog.py" line="163" />
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/passphrase_dialog.py" line="164" />
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/passphrase_dialog.py" line="180" />
        <source>Suggested: %1
Learn it by heart, then type it in the field “%2”.</source>
        <translation>Voorstel: %1
Leer hem vanbuiten en typ hem dan in het vak ‘%2’.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/passphrase_dialog.py" line="187" />
        <source>Type a passphrase first.</source>
        <translation>Typ eerst een wachtzin.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/passphrase_dialog.py" line="189" />
        <source>This passphrase is too short: use at least %1 characters, for example four ordinary words.</source>
        <translation>Deze wachtzin is te kort: gebruik minstens %1 tekens, bijvoorbeeld vier gewone woorden.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/passphrase_dialog.py" line="192" />
        <source>Digits alone are too easy to guess: use words as well.</source>
        <translation>Alleen cijfers zijn te makkelijk te raden: gebruik ook woorden.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/passphrase_dialog.py" line="194" />
        <source>This passphrase repeats too much: use a few different words.</source>
        <translation>Deze wachtzin herhaalt te veel: gebruik een paar verschillende woorden.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/passphrase_dialog.py" line="207" />
        <source>The two passphrases are not the same. Type it again.</source>
        <translation>De twee wachtzinnen zijn niet dezelfde. Typ hem nog een keer.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/passphrase_dialog.py" line="211" />
        <source>One moment…</source>
        <translation>Even geduld…</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/passphrase_dialog.py" line="224" />
        <source>This passphrase cannot be used. Choose another passphrase.</source>
        <translation>Deze wachtzin kan niet gebruikt worden. Kies een andere wachtzin.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/create.py" line="92" />
        <source>The private space could not be made. Is the disk full? Nothing was changed.</source>
        <translation>De privéruimte kon niet gemaakt worden. Is de schijf vol? Er is niets gewijzigd.</translation>
    </message>
</context>
<context>
    <name>PrivateSpace</name>
    <message>
        <location filename="../../app/gui/private/home.py" line="90" />
        <source>Home</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/settings_page.py" line="278" />
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/space.py" line="179" />
        <source>Quick exit</source>
        <translation>Snel weg</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/space.py" line="180" />
        <source>Back to the notes at once (Esc)</source>
        <translation>Meteen terug naar de notities (Esc)</translation>
    </message>
    <message>
        <location filename="../../app/gui/session.py" line="103" />
        <source>Your text was kept.</source>
        <translation>Je tekst is bewaard.</translation>
    </message>
</context>
<context>
    <name>SaveTarget</name>
    <message>
        <location filename="../../app/gui/private/widgets.py" line="59" />
        <source>A file with this name is already there. Replace it?</source>
        <translation>Er staat al een bestand met deze naam. Vervangen?</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../app/gui/private/settings_page.py" line="155" />
        <source>%1 % full: %2 MB of %3 MB used.</source>
        <translation>%1 % vol: %2 MB van %3 MB gebruikt.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/settings_page.py" line="162" />
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/settings_page.py" line="163" />
        <source>Language of this private space</source>
        <translation>Taal van deze privéruimte</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/settings_page.py" line="164" />
        <source>Locking</source>
        <translation>Op slot doen</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/settings_page.py" line="165" />
        <source>Lock after this many minutes without use</source>
        <translation>Op slot na zoveel minuten zonder gebruik</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/settings_page.py" line="166" />
        <source>Lock when the window is minimised</source>
        <translation>Op slot als het venster geminimaliseerd wordt</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/settings_page.py" line="167" />
        <source>Lock when I switch to another window</source>
        <translation>Op slot als ik naar een ander venster ga</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/settings_page.py" line="168" />
        <source>Esc means quick exit (recommended)</source>
        <translation>Esc betekent snel weg (aangeraden)</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/settings_page.py" line="169" />
        <source>Room</source>
        <translation>Ruimte</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/settings_page.py" line="170" />
        <source>Passphrase and deletion</source>
        <translation>Wachtzin en verwijderen</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/settings_page.py" line="171" />
        <source>Change passphrase…</source>
        <translation>Wachtzin wijzigen…</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/settings_page.py" line="172" />
        <source>Delete this private space…</source>
        <translation>Deze privéruimte verwijderen…</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/settings_page.py" line="226" />
        <source>The passphrase was changed. Use the new one from now on.</source>
        <translation>De wachtzin is gewijzigd. Gebruik vanaf nu de nieuwe.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/settings_page.py" line="237" />
        <source>The passphrase could not be changed; the old one still works. Is the disk full?</source>
        <translation>De wachtzin kon niet gewijzigd worden; de oude werkt nog. Is de schijf vol?</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/settings_page.py" line="258" />
        <source>Delete this private space?</source>
        <translation>Deze privéruimte verwijderen?</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/settings_page.py" line="260" />
        <source>Everything in this private space will be gone for good: diary, checklist and settings. Nobody can bring it back. A backup you made earlier still works.</source>
        <translation>Alles in deze privéruimte is dan voorgoed weg: dagboek, checklist en instellingen. Niemand kan het terughalen. Een reservekopie die je eerder maakte, werkt nog wel.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/settings_page.py" line="264" />
        <source>Delete for good</source>
        <translation>Voorgoed verwijderen</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/settings_page.py" line="264" />
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
</TS>