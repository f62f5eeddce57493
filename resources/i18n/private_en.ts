<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../app/gui/private/home.py" line="42" />
        <source>This is your private space. Only your passphrase opens it.</source>
        <translation>This is your private space. Only your passphrase opens it.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/home.py" line="44" />
        <source>In danger now? Call 112 or 101.</source>
        <translation>In danger now? Call 112 or 101.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/home.py" line="46" />
        <source>What you can do here:</source>
        <translation>What you can do here:</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/home.py" line="48" />
        <source>Write down what happened, in your own words: Diary (Ctrl+3).</source>
        <translation>Write down what happened, in your own words: Diary (Ctrl+3).</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/home.py" line="50" />
        <source>Get ready, step by step: Checklist (Ctrl+4).</source>
        <translation>Get ready, step by step: Checklist (Ctrl+4).</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/home.py" line="52" />
        <source>Read what can help, and where to go: Guidance (Ctrl+2).</source>
        <translation>Read what can help, and where to go: Guidance (Ctrl+2).</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/home.py" line="55" />
        <source>Help by phone</source>
        <translation>Help by phone</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/home.py" line="58" />
        <source>Someone comes in?</source>
        <translation>Someone comes in?</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/home.py" line="61" />
        <source>Press Esc, or press Shift three times, or the red button. The notes come back at once and this space is locked.</source>
        <translation>Press Esc, or press Shift three times, or the red button. The notes come back at once and this space is locked.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/home.py" line="65" />
        <source>Lock calmly: Ctrl+L. Pages: Ctrl+1 to Ctrl+5, or Ctrl+Page Up and Ctrl+Page Down.</source>
        <translation>Lock calmly: Ctrl+L. Pages: Ctrl+1 to Ctrl+5, or Ctrl+Page Up and Ctrl+Page Down.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/home.py" line="69" />
        <source>To come back: type your passphrase in the search box of the notes and press Enter. Capitals do not count.</source>
        <translation>To come back: type your passphrase in the search box of the notes and press Enter. Capitals do not count.</translation>
    </message>
</context>
<context>
    <name>NumberCard</name>
    <message>
        <location filename="../../app/gui/private/numbers.py" line="45" />
        <source>Copied. It is cleared again after 30 seconds.</source>
        <translation>Copied. It is cleared again after 30 seconds.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/numbers.py" line="52" />
        <source>Copy this number</source>
        <translation>Copy this number</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/numbers.py" line="54" />
        <source>%1, number %2, press to copy</source>
        <translation>%1, number %2, press to copy</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../app/gui/private/passphrase_dialog.py" line="129" />
        <source>New private space</source>
        <translation>New private space</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/passphrase_dialog.py" line="130" />
        <source>Change passphrase</source>
        <translation>Change passphrase</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/passphrase_dialog.py" line="131" />
        <source>Passphrase for the backup</source>
        <translation>Passphrase for the backup</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/passphrase_dialog.py" line="136" />
        <source>Type the passphrase again to make a private space with it. Nobody can recover a forgotten passphrase, not even with this computer. An encrypted backup with a second passphrase is the way back.</source>
        <translation>Type the passphrase again to make a private space with it. Nobody can recover a forgotten passphrase, not even with this computer. An encrypted backup with a second passphrase is the way back.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/passphrase_dialog.py" line="141" />
        <source>Choose a new passphrase. Nobody can recover a forgotten passphrase. The old one stops working as soon as this is done.</source>
        <translation>Choose a new passphrase. Nobody can recover a forgotten passphrase. The old one stops working as soon as this is done.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/passphrase_dialog.py" line="145" />
        <source>The backup gets its own passphrase. Write it down and keep it apart from the backup, with someone you trust.</source>
        <translation>The backup gets its own passphrase. Write it down and keep it apart from the backup, with someone you trust.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/passphrase_dialog.py" line="151" />
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/passphrase_dialog.py" line="152" />
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/passphrase_dialog.py" line="153" />
        <location filename="../../app/gui/private/passphrase_dialog.py" line="182" />
        <source>Type it again</source>
        <translation>Type it again</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/passphrase_dialog.py" line="159" />
        <source>Suggest words</source>
        <translation>Suggest words</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/passphrase_dialog.py" line="162" />
        <source>From a backup…</source>
        <translation>From a backup…</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/passphrase_dialog.py" line="163" />
        <source>Create</source>
        <translation>Create</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/passphrase_dialog.py" line="163" />
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/passphrase_dialog.py" line="164" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/passphrase_dialog.py" line="180" />
        <source>Suggested: %1
Learn it by heart, then type it in the field “%2”.</source>
        <translation>Suggested: %1
Learn it by heart, then type it in the field “%2”.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/passphrase_dialog.py" line="187" />
        <source>Type a passphrase first.</source>
        <translation>Type a passphrase first.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/passphrase_dialog.py" line="189" />
        <source>This passphrase is too short: use at least %1 characters, for example four ordinary words.</source>
        <translation>This passphrase is too short: use at least %1 characters, for example four ordinary words.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/passphrase_dialog.py" line="192" />
        <source>Digits alone are too easy to guess: use words as well.</source>
        <translation>Digits alone are too easy to guess: use words as well.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/passphrase_dialog.py" line="194" />
        <source>This passphrase repeats too much: use a few different words.</source>
        <translation>This passphrase repeats too much: use a few different words.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/passphrase_dialog.py" line="207" />
        <source>The two passphrases are not the same. Type it again.</source>
        <translation>The two passphrases are not the same. Type it again.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/passphrase_dialog.py" line="211" />
        <source>One moment…</source>
        <translation>One moment…</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/passphrase_dialog.py" line="224" />
        <source>This passphrase cannot be used. Choose another passphrase.</source>
        <translation>This passphrase cannot be used. Choose another passphrase.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/create.py" line="92" />
        <source>The private space could not be made. Is the disk full? Nothing was changed.</source>
        <translation>The private space could not be made. Is the disk full? Nothing was changed.</translation>
    </message>
</context>
<context>
    <name>PrivateSpace</name>
    <message>
        <location filename="../../app/gui/private/home.py" line="90" />
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/settings_page.py" line="278" />
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/space.py" line="179" />
        <source>Quick exit</source>
        <translation>Quick exit</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/space.py" line="180" />
        <source>Back to the notes at once (Esc)</source>
        <translation>Back to the notes at once (Esc)</translation>
    </message>
    <message>
        <location filename="../../app/gui/session.py" line="103" />
        <source>Your text was kept.</source>
        <translation>Your text was kept.</translation>
    </message>
</context>
<context>
    <name>SaveTarget</name>
    <message>
        <location filename="../../app/gui/private/widgets.py" line="59" />
        <source>A file with this name is already there. Replace it?</source>
        <translation>A file with this name is already there. Replace it?</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../app/gui/private/settings_page.py" line="155" />
        <source>%1 % full: %2 MB of %3 MB used.</source>
        <translation>%1 % full: %2 MB of %3 MB used.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/settings_page.py" line="162" />
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/settings_page.py" line="163" />
        <source>Language of this private space</source>
        <translation>Language of this private space</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/settings_page.py" line="164" />
        <source>Locking</source>
        <translation>Locking</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/settings_page.py" line="165" />
        <source>Lock after this many minutes without use</source>
        <translation>Lock after this many minutes without use</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/settings_page.py" line="166" />
        <source>Lock when the window is minimised</source>
        <translation>Lock when the window is minimised</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/settings_page.py" line="167" />
        <source>Lock when I switch to another window</source>
        <translation>Lock when I switch to another window</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/settings_page.py" line="168" />
        <source>Esc means quick exit (recommended)</source>
        <translation>Esc means quick exit (recommended)</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/settings_page.py" line="169" />
        <source>Room</source>
        <translation>Room</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/settings_page.py" line="170" />
        <source>Passphrase and deletion</source>
        <translation>Passphrase and deletion</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/settings_page.py" line="171" />
        <source>Change passphrase…</source>
        <translation>Change passphrase…</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/settings_page.py" line="172" />
        <source>Delete this private space…</source>
        <translation>Delete this private space…</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/settings_page.py" line="226" />
        <source>The passphrase was changed. Use the new one from now on.</source>
        <translation>The passphrase was changed. Use the new one from now on.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/settings_page.py" line="237" />
        <source>The passphrase could not be changed; the old one still works. Is the disk full?</source>
        <translation>The passphrase could not be changed; the old one still works. Is the disk full?</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/settings_page.py" line="258" />
        <source>Delete this private space?</source>
        <translation>Delete this private space?</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/settings_page.py" line="260" />
        <source>Everything in this private space will be gone for good: diary, checklist and settings. Nobody can bring it back. A backup you made earlier still works.</source>
        <translation>Everything in this private space will be gone for good: diary, checklist and settings. Nobody can bring it back. A backup you made earlier still works.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/settings_page.py" line="264" />
        <source>Delete for good</source>
        <translation>Delete for good</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/settings_page.py" line="264" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
</TS>