<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>DirectoryView</name>
    <message>
        <location filename="../../app/gui/private/guidance/directory_view.py" line="211" />
        <source>No service found for these words. Try another word, or empty the search box to see every service.</source>
        <translation>No service found for these words. Try another word, or empty the search box to see every service.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/guidance/directory_view.py" line="216" />
        <source>No service found here for these words. Try another word, or choose All regions.</source>
        <translation>No service found here for these words. Try another word, or choose All regions.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/guidance/directory_view.py" line="228" />
        <source>Shelters are not listed here. These services can help you find a safe place to stay.</source>
        <translation>Shelters are not listed here. These services can help you find a safe place to stay.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/guidance/directory_view.py" line="233" />
        <source>Lawyers are not listed here. These services answer legal questions and explain your rights and the procedure.</source>
        <translation>Lawyers are not listed here. These services answer legal questions and explain your rights and the procedure.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/guidance/directory_view.py" line="244" />
        <source>Search by name, number or need</source>
        <translation>Search by name, number or need</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/guidance/directory_view.py" line="245" />
        <source>Search the help directory</source>
        <translation>Search the help directory</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/guidance/directory_view.py" line="246" />
        <source>Region:</source>
        <translation>Region:</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/guidance/directory_view.py" line="248" />
        <source>All regions</source>
        <translation>All regions</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/guidance/directory_view.py" line="249" />
        <source>Whole country</source>
        <translation>Whole country</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/guidance/directory_view.py" line="250" />
        <source>Flanders</source>
        <translation>Flanders</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/guidance/directory_view.py" line="251" />
        <source>Brussels</source>
        <translation>Brussels</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/guidance/directory_view.py" line="252" />
        <source>Wallonia</source>
        <translation>Wallonia</translation>
    </message>
</context>
<context>
    <name>GuidancePage</name>
    <message>
        <location filename="../../app/gui/private/guidance/page.py" line="68" />
        <location filename="../../app/gui/private/guidance/page.py" line="82" />
        <source>Guidance</source>
        <translation>Guidance</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/guidance/page.py" line="69" />
        <source>Help directory</source>
        <translation>Help directory</translation>
    </message>
</context>
<context>
    <name>GuidanceReader</name>
    <message>
        <location filename="../../app/gui/private/guidance/reader.py" line="164" />
        <source>Nothing found.</source>
        <translation>Nothing found.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/guidance/reader.py" line="166" />
        <source>Found in 1 section.</source>
        <translation>Found in 1 section.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/guidance/reader.py" line="168" />
        <source>Found in %1 sections.</source>
        <translation>Found in %1 sections.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/guidance/reader.py" line="236" />
        <location filename="../../app/gui/private/guidance/reader.py" line="237" />
        <source>Search the guidance</source>
        <translation>Search the guidance</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/guidance/reader.py" line="238" />
        <source>Contents</source>
        <translation>Contents</translation>
    </message>
</context>
<context>
    <name>LinkActions</name>
    <message>
        <location filename="../../app/gui/private/guidance/link_actions.py" line="59" />
        <source>Copied %1 (text messages only). It is cleared again after 30 seconds.</source>
        <translation>Copied %1 (text messages only). It is cleared again after 30 seconds.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/guidance/link_actions.py" line="61" />
        <source>Copied %1. It is cleared again after 30 seconds.</source>
        <translation>Copied %1. It is cleared again after 30 seconds.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/guidance/link_actions.py" line="66" />
        <source>Link copied. It is cleared again after 30 seconds.</source>
        <translation>Link copied. It is cleared again after 30 seconds.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/guidance/link_actions.py" line="72" />
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/guidance/link_actions.py" line="73" />
        <source>What do you want to do with this website?</source>
        <translation>What do you want to do with this website?</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/guidance/link_actions.py" line="75" />
        <source>Copy the link</source>
        <translation>Copy the link</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/guidance/link_actions.py" line="76" />
        <source>Show a QR code</source>
        <translation>Show a QR code</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/guidance/link_actions.py" line="77" />
        <source>Open in the browser...</source>
        <translation>Open in the browser...</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/guidance/link_actions.py" line="78" />
        <location filename="../../app/gui/private/guidance/link_actions.py" line="110" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/guidance/link_actions.py" line="102" />
        <source>Open in the browser?</source>
        <translation>Open in the browser?</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/guidance/link_actions.py" line="104" />
        <source>The browser keeps this website in its history. If the browser is signed in to an account (Google, Microsoft, Firefox), the history is also synced to other devices. Copying the link, or a QR code to open it on a safer phone, leaves no browser history here.</source>
        <translation>The browser keeps this website in its history. If the browser is signed in to an account (Google, Microsoft, Firefox), the history is also synced to other devices. Copying the link, or a QR code to open it on a safer phone, leaves no browser history here.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/guidance/link_actions.py" line="109" />
        <source>Open anyway</source>
        <translation>Open anyway</translation>
    </message>
</context>
<context>
    <name>QrDialog</name>
    <message>
        <location filename="../../app/gui/private/guidance/qr.py" line="30" />
        <source>QR code</source>
        <translation>QR code</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/guidance/qr.py" line="33" />
        <source>Scan this code with the camera of a phone you trust. The website then opens on that phone, not on this computer.</source>
        <translation>Scan this code with the camera of a phone you trust. The website then opens on that phone, not on this computer.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/guidance/qr.py" line="42" />
        <source>QR code of %1</source>
        <translation>QR code of %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/guidance/qr.py" line="46" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>ServiceCard</name>
    <message>
        <location filename="../../app/gui/private/guidance/directory_view.py" line="101" />
        <source>Copy this number (text messages only)</source>
        <translation>Copy this number (text messages only)</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/guidance/directory_view.py" line="103" />
        <source>%1, text message number %2, press to copy</source>
        <translation>%1, text message number %2, press to copy</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/guidance/directory_view.py" line="108" />
        <source>Copy this number</source>
        <translation>Copy this number</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/guidance/directory_view.py" line="110" />
        <source>%1, number %2, press to copy</source>
        <translation>%1, number %2, press to copy</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/guidance/directory_view.py" line="115" />
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/guidance/directory_view.py" line="116" />
        <source>Text messages only, not calls</source>
        <translation>Text messages only, not calls</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/guidance/directory_view.py" line="120" />
        <source>Website: %1</source>
        <translation>Website: %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/guidance/directory_view.py" line="125" />
        <source>Source: %1, checked on %2</source>
        <translation>Source: %1, checked on %2</translation>
    </message>
</context>
<context>
    <name>WelcomeOverlay</name>
    <message>
        <location filename="../../app/gui/private/guidance/welcome.py" line="104" />
        <source>How to get back in</source>
        <translation>How to get back in</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/guidance/welcome.py" line="106" />
        <source>To open this space again, type your passphrase in the search box of the notes and press Enter. Capitals do not count.</source>
        <translation>To open this space again, type your passphrase in the search box of the notes and press Enter. Capitals do not count.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/guidance/welcome.py" line="111" />
        <source>If the passphrase is not right, nothing happens: it is just a search. Nobody can recover a forgotten passphrase.</source>
        <translation>If the passphrase is not right, nothing happens: it is just a search. Nobody can recover a forgotten passphrase.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/guidance/welcome.py" line="116" />
        <source>Leave quickly</source>
        <translation>Leave quickly</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/guidance/welcome.py" line="118" />
        <source>Someone comes in? Press Esc, or tap Shift three times, or click the Quick exit button. The notes come back at once and this space locks.</source>
        <translation>Someone comes in? Press Esc, or tap Shift three times, or click the Quick exit button. The notes come back at once and this space locks.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/guidance/welcome.py" line="122" />
        <source>What you were typing is kept for next time.</source>
        <translation>What you were typing is kept for next time.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/guidance/welcome.py" line="125" />
        <source>How safe is this computer?</source>
        <translation>How safe is this computer?</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/guidance/welcome.py" line="127" />
        <source>If someone installed spyware on this computer, they can see what you type, your passphrase too. This app cannot stop that.</source>
        <translation>If someone installed spyware on this computer, they can see what you type, your passphrase too. This app cannot stop that.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/guidance/welcome.py" line="132" />
        <source>Not sure? Use a safer device when you can: at a shelter, a library or a friend's. The guidance page about this computer and your phone tells more.</source>
        <translation>Not sure? Use a safer device when you can: at a shelter, a library or a friend's. The guidance page about this computer and your phone tells more.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/guidance/welcome.py" line="141" />
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/guidance/welcome.py" line="145" />
        <source>Skip</source>
        <translation>Skip</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/guidance/welcome.py" line="147" />
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/guidance/welcome.py" line="147" />
        <source>Next</source>
        <translation>Next</translation>
    </message>
</context>
</TS>