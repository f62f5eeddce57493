<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../app/gui/private/home.py" line="48"/>
        <source>This is your private space. Only your passphrase opens it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/private/home.py" line="50"/>
        <source>In danger now? Call 112 or 101.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/private/home.py" line="53"/>
        <source>Help by phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/private/home.py" line="56"/>
        <source>Someone comes in?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/private/home.py" line="58"/>
        <source>Press Esc, or press Shift three times, or the red button. The notes come back at once and this space is locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/private/home.py" line="60"/>
        <source>Lock calmly: Ctrl+L. Pages: Ctrl+1 to Ctrl+5, or Ctrl+Page Up and Ctrl+Page Down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/private/home.py" line="62"/>
        <source>To come back: type your passphrase in the search box of the notes and press Enter. Capitals do not count.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NumberCard</name>
    <message>
        <location filename="../../app/gui/private/numbers.py" line="46"/>
        <source>Copied. It is cleared again after 30 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/private/numbers.py" line="53"/>
        <source>Copy this number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/private/numbers.py" line="55"/>
        <source>%1, number %2, press to copy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../app/gui/private/passphrase_dialog.py" line="112"/>
        <source>New private space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/private/passphrase_dialog.py" line="113"/>
        <source>Change passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/private/passphrase_dialog.py" line="114"/>
        <source>Passphrase for the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/private/passphrase_dialog.py" line="119"/>
        <source>Type the passphrase again to make a private space with it. Nobody can recover a forgotten passphrase, not even with this computer. An encrypted backup with a second passphrase is the way back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/private/passphrase_dialog.py" line="124"/>
        <source>Choose a new passphrase. Nobody can recover a forgotten passphrase. The old one stops working as soon as this is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/private/passphrase_dialog.py" line="128"/>
        <source>The backup gets its own passphrase. Write it down and keep it apart from the backup, with someone you trust.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/private/passphrase_dialog.py" line="134"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/private/passphrase_dialog.py" line="135"/>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/private/passphrase_dialog.py" line="136"/>
        <source>Type it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/private/passphrase_dialog.py" line="142"/>
        <source>Suggest words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/private/passphrase_dialog.py" line="143"/>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/private/passphrase_dialog.py" line="143"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/private/passphrase_dialog.py" line="144"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/private/passphrase_dialog.py" line="151"/>
        <source>Suggested: %1
Learn it by heart, then type it again below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/private/passphrase_dialog.py" line="158"/>
        <source>Type a passphrase first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/private/passphrase_dialog.py" line="160"/>
        <source>This passphrase is too short: use at least %1 characters, for example four ordinary words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/private/passphrase_dialog.py" line="164"/>
        <source>Digits alone are too easy to guess: use words as well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/private/passphrase_dialog.py" line="167"/>
        <source>This passphrase repeats too much: use a few different words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/private/passphrase_dialog.py" line="180"/>
        <source>The two passphrases are not the same. Type it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/private/passphrase_dialog.py" line="184"/>
        <source>One moment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/private/passphrase_dialog.py" line="197"/>
        <source>This passphrase cannot be used. Choose another passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrivateSpace</name>
    <message>
        <location filename="../../app/gui/private/home.py" line="82"/>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/private/settings_page.py" line="228"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/private/space.py" line="153"/>
        <source>Quick exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/private/space.py" line="154"/>
        <source>Back to the notes at once (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/session.py" line="98"/>
        <source>Your text was kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../app/gui/private/settings_page.py" line="144"/>
        <source>%1 % full: %2 MB of %3 MB used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/private/settings_page.py" line="151"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/private/settings_page.py" line="152"/>
        <source>Language of this private space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/private/settings_page.py" line="153"/>
        <source>Locking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/private/settings_page.py" line="154"/>
        <source>Lock after this many minutes without use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/private/settings_page.py" line="155"/>
        <source>Lock when the window is minimised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/private/settings_page.py" line="156"/>
        <source>Lock when I switch to another window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/private/settings_page.py" line="157"/>
        <source>Esc means quick exit (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/private/settings_page.py" line="158"/>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/private/settings_page.py" line="159"/>
        <source>Passphrase and deletion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/private/settings_page.py" line="160"/>
        <source>Change passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/private/settings_page.py" line="161"/>
        <source>Delete this private space…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/private/settings_page.py" line="186"/>
        <source>The passphrase was changed. Use the new one from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/private/settings_page.py" line="195"/>
        <source>The passphrase could not be changed; the old one still works. Is the disk full?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/private/settings_page.py" line="210"/>
        <source>Delete this private space?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/private/settings_page.py" line="211"/>
        <source>Everything in this private space will be gone for good: diary, checklist and settings. Nobody can bring it back, not even with a backup made later. Backups made earlier still work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/private/settings_page.py" line="214"/>
        <source>Delete for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/private/settings_page.py" line="214"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>self.dialog</name>
    <message>
        <location filename="../../app/gui/private/create.py" line="78"/>
        <source>The private space could not be made. Is the disk full? Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
