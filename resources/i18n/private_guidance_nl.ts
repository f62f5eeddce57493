<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>DirectoryView</name>
    <message>
        <location filename="../../app/gui/private/guidance/directory_view.py" line="211" />
        <source>No service found for these words. Try another word, or empty the search box to see every service.</source>
        <translation>Geen dienst gevonden voor deze woorden. Probeer een ander woord, of maak het zoekvak leeg om alle diensten te zien.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/guidance/directory_view.py" line="216" />
        <source>No service found here for these words. Try another word, or choose All regions.</source>
        <translation>Hier geen dienst gevonden voor deze woorden. Probeer een ander woord, of kies Alle regio's.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/guidance/directory_view.py" line="228" />
        <source>Shelters are not listed here. These services can help you find a safe place to stay.</source>
        <translation>Opvangcentra staan hier niet in de lijst. Deze diensten kunnen je helpen om een veilige plek te vinden.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/guidance/directory_view.py" line="233" />
        <source>Lawyers are not listed here. These services answer legal questions and explain your rights and the procedure.</source>
        <translation>Advocaten staan hier niet in de lijst. Deze diensten beantwoorden juridische vragen en leggen je rechten en de procedure uit.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/guidance/directory_view.py" line="244" />
        <source>Search by name, number or need</source>
        <translation>Zoek op naam, nummer of vraag</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/guidance/directory_view.py" line="245" />
        <source>Search the help directory</source>
        <translation>Zoek in de hulpadressen</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/guidance/directory_view.py" line="246" />
        <source>Region:</source>
        <translation>Regio:</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/guidance/directory_view.py" line="248" />
        <source>All regions</source>
        <translation>Alle regio's</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/guidance/directory_view.py" line="249" />
        <source>Whole country</source>
        <translation>Heel België</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/guidance/directory_view.py" line="250" />
        <source>Flanders</source>
        <translation>Vlaanderen</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/guidance/directory_view.py" line="251" />
        <source>Brussels</source>
        <translation>Brussel</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/guidance/directory_view.py" line="252" />
        <source>Wallonia</source>
        <translation>Wallonië</translation>
    </message>
</context>
<context>
    <name>GuidancePage</name>
    <message>
        <location filename="../../app/gui/private/guidance/page.py" line="68" />
        <location filename="../../app/gui/private/guidance/page.py" line="82" />
        <source>Guidance</source>
        <translation>Uitleg</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/guidance/page.py" line="69" />
        <source>Help directory</source>
        <translation>Hulpadressen</translation>
    </message>
</context>
<context>
    <name>GuidanceReader</name>
    <message>
        <location filename="../../app/gui/private/guidance/reader.py" line="164" />
        <source>Nothing found.</source>
        <translation>Niets gevonden.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/guidance/reader.py" line="166" />
        <source>Found in 1 section.</source>
        <translation>Gevonden in 1 deel.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/guidance/reader.py" line="168" />
        <source>Found in %1 sections.</source>
        <translation>Gevonden in %1 delen.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/guidance/reader.py" line="236" />
        <location filename="../../app/gui/private/guidance/reader.py" line="237" />
        <source>Search the guidance</source>
        <translation>Zoek in de uitleg</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/guidance/reader.py" line="238" />
        <source>Contents</source>
        <translation>Inhoud</translation>
    </message>
</context>
<context>
    <name>LinkActions</name>
    <message>
        <location filename="../../app/gui/private/guidance/link_actions.py" line="59" />
        <source>Copied %1 (text messages only). It is cleared again after 30 seconds.</source>
        <translation>%1 gekopieerd (alleen voor sms). Na 30 seconden wordt het weer gewist.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/guidance/link_actions.py" line="61" />
        <source>Copied %1. It is cleared again after 30 seconds.</source>
        <translation>%1 gekopieerd. Na 30 seconden wordt het weer gewist.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/guidance/link_actions.py" line="66" />
        <source>Link copied. It is cleared again after 30 seconds.</source>
        <translation>Link gekopieerd. Na 30 seconden wordt hij weer gewist.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/guidance/link_actions.py" line="72" />
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/guidance/link_actions.py" line="73" />
        <source>What do you want to do with this website?</source>
        <translation>Wat wil je doen met deze website?</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/guidance/link_actions.py" line="75" />
        <source>Copy the link</source>
        <translation>De link kopiëren</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/guidance/link_actions.py" line="76" />
        <source>Show a QR code</source>
        <translation>Een QR-code tonen</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/guidance/link_actions.py" line="77" />
        <source>Open in the browser...</source>
        <translation>Openen in de browser...</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/guidance/link_actions.py" line="78" />
        <location filename="../../app/gui/private/guidance/link_actions.py" line="110" />
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/guidance/link_actions.py" line="102" />
        <source>Open in the browser?</source>
        <translation>Openen in de browser?</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/guidance/link_actions.py" line="104" />
        <source>The browser keeps this website in its history. If the browser is signed in to an account (Google, Microsoft, Firefox), the history is also synced to other devices. Copying the link, or a QR code to open it on a safer phone, leaves no browser history here.</source>
        <translation>De browser bewaart deze website in de geschiedenis. Is de browser aangemeld bij een account (Google, Microsoft, Firefox)? Dan gaat die geschiedenis ook naar andere toestellen. Kopieer je de link, of gebruik je een QR-code om hem op een veiliger gsm te openen? Dan blijft hier geen geschiedenis achter.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/guidance/link_actions.py" line="109" />
        <source>Open anyway</source>
        <translation>Toch openen</translation>
    </message>
</context>
<context>
    <name>QrDialog</name>
    <message>
        <location filename="../../app/gui/private/guidance/qr.py" line="30" />
        <source>QR code</source>
        <translation>QR-code</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/guidance/qr.py" line="33" />
        <source>Scan this code with the camera of a phone you trust. The website then opens on that phone, not on this computer.</source>
        <translation>Scan deze code met de camera van een gsm die je vertrouwt. De website gaat dan open op die gsm, niet op deze computer.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/guidance/qr.py" line="42" />
        <source>QR code of %1</source>
        <translation>QR-code van %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/guidance/qr.py" line="46" />
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
</context>
<context>
    <name>ServiceCard</name>
    <message>
        <location filename="../../app/gui/private/guidance/directory_view.py" line="101" />
        <source>Copy this number (text messages only)</source>
        <translation>Dit nummer kopiëren (alleen voor sms)</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/guidance/directory_view.py" line="103" />
        <source>%1, text message number %2, press to copy</source>
        <translation>%1, sms-nummer %2, druk om te kopiëren</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/guidance/directory_view.py" line="108" />
        <source>Copy this number</source>
        <translation>Dit nummer kopiëren</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/guidance/directory_view.py" line="110" />
        <source>%1, number %2, press to copy</source>
        <translation>%1, nummer %2, druk om te kopiëren</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/guidance/directory_view.py" line="115" />
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/guidance/directory_view.py" line="116" />
        <source>Text messages only, not calls</source>
        <translation>Alleen sms, niet bellen</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/guidance/directory_view.py" line="120" />
        <source>Website: %1</source>
        <translation>Website: %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/guidance/directory_view.py" line="125" />
        <source>Source: %1, checked on %2</source>
        <translation>Bron: %1, nagekeken op %2</translation>
    </message>
</context>
<context>
    <name>WelcomeOverlay</name>
    <message>
        <location filename="../../app/gui/private/guidance/welcome.py" line="104" />
        <source>How to get back in</source>
        <translation>Hoe kom je hier terug?</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/guidance/welcome.py" line="106" />
        <source>To open this space again, type your passphrase in the search box of the notes and press Enter. Capitals do not count.</source>
        <translation>Wil je deze ruimte weer openen? Typ je wachtzin in het zoekvak van de notities en druk op Enter. Hoofdletters tellen niet mee.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/guidance/welcome.py" line="111" />
        <source>If the passphrase is not right, nothing happens: it is just a search. Nobody can recover a forgotten passphrase.</source>
        <translation>Klopt de wachtzin niet? Dan gebeurt er niets: het is gewoon een zoekopdracht. Een vergeten wachtzin kan niemand terughalen.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/guidance/welcome.py" line="116" />
        <source>Leave quickly</source>
        <translation>Snel weg</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/guidance/welcome.py" line="118" />
        <source>Someone comes in? Press Esc, or tap Shift three times, or click the Quick exit button. The notes come back at once and this space locks.</source>
        <translation>Komt er iemand binnen? Druk op Esc, tik drie keer op Shift, of klik op de knop "Snel weg". De notities komen meteen terug en deze ruimte gaat op slot.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/guidance/welcome.py" line="122" />
        <source>What you were typing is kept for next time.</source>
        <translation>Wat je aan het typen was, blijft bewaard voor de volgende keer.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/guidance/welcome.py" line="125" />
        <source>How safe is this computer?</source>
        <translation>Hoe veilig is deze computer?</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/guidance/welcome.py" line="127" />
        <source>If someone installed spyware on this computer, they can see what you type, your passphrase too. This app cannot stop that.</source>
        <translation>Heeft iemand spyware op deze computer gezet? Dan kan die persoon zien wat je typt, ook je wachtzin. Deze app kan dat niet tegenhouden.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/guidance/welcome.py" line="132" />
        <source>Not sure? Use a safer device when you can: at a shelter, a library or a friend's. The guidance page about this computer and your phone tells more.</source>
        <translation>Twijfel je? Gebruik dan als het kan een veiliger toestel: in een opvangcentrum, in de bibliotheek of bij een vriend. Op de uitlegpagina over deze computer en je telefoon lees je meer.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/guidance/welcome.py" line="141" />
        <source>%1 of %2</source>
        <translation>%1 van %2</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/guidance/welcome.py" line="145" />
        <source>Skip</source>
        <translation>Overslaan</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/guidance/welcome.py" line="147" />
        <source>Start</source>
        <translation>Beginnen</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/guidance/welcome.py" line="147" />
        <source>Next</source>
        <translation>Volgende</translation>
    </message>
</context>
</TS>