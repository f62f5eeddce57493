<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>BackupPassphraseDialog</name>
    <message>
        <location filename="../../app/gui/private/backup/restore.py" line="48"/>
        <source>Restore a backup</source>
        <translation>Een reservekopie terugzetten</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/backup/restore.py" line="50"/>
        <source>Type the passphrase of the backup “%1”.</source>
        <translation>Typ de wachtzin van de reservekopie “%1”.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/backup/restore.py" line="60"/>
        <source>Restore</source>
        <translation>Terugzetten</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/backup/restore.py" line="64"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/backup/restore.py" line="83"/>
        <source>One moment…</source>
        <translation>Even geduld…</translation>
    </message>
</context>
<context>
    <name>BackupSection</name>
    <message>
        <location filename="../../app/gui/private/backup/section.py" line="68"/>
        <source>Encrypted backup</source>
        <translation>Versleutelde reservekopie</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/backup/section.py" line="71"/>
        <source>A backup keeps everything in this private space (diary, checklist, settings) in one encrypted file with its own passphrase. With it you can open your private space again on another computer. Keep the file and the written-down passphrase with someone you trust or at a support service, not at home.</source>
        <translation>Een reservekopie bewaart alles uit deze privéruimte (dagboek, checklist, instellingen) in één versleuteld bestand met een eigen wachtzin. Daarmee kan je je privéruimte opnieuw openen op een andere computer. Geef het bestand en de opgeschreven wachtzin aan iemand die je vertrouwt of aan een hulpdienst zoals een CAW. Bewaar ze niet thuis.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/backup/section.py" line="77"/>
        <source>Make an encrypted backup…</source>
        <translation>Een versleutelde reservekopie maken…</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/backup/section.py" line="78"/>
        <location filename="../../app/gui/private/backup/section.py" line="143"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/backup/section.py" line="114"/>
        <source>Save the encrypted backup</source>
        <translation>De versleutelde reservekopie opslaan</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/backup/section.py" line="116"/>
        <source>Encrypted backup (*.db);;All files (*)</source>
        <translation>Versleutelde reservekopie (*.db);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/backup/section.py" line="137"/>
        <source>This folder seems to be synchronised with an online service (OneDrive, Dropbox, Google Drive or Nextcloud). The backup stays encrypted, but a copy will also be stored online and may appear on other devices that use the same account.</source>
        <translation>Deze map lijkt gesynchroniseerd met een onlinedienst (OneDrive, Dropbox, Google Drive of Nextcloud). De reservekopie blijft versleuteld, maar er komt ook een kopie online. Die kan verschijnen op andere toestellen met hetzelfde account.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/backup/section.py" line="142"/>
        <source>Save the backup here?</source>
        <translation>De reservekopie hier opslaan?</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/backup/section.py" line="143"/>
        <source>Save here</source>
        <translation>Hier opslaan</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/backup/section.py" line="170"/>
        <source>Making the backup…</source>
        <translation>De reservekopie wordt gemaakt…</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/backup/section.py" line="193"/>
        <source>The backup was saved as “%1”. Keep it, and its passphrase written down, with someone you trust or at a support service, not at home.</source>
        <translation>De reservekopie is opgeslagen als “%1”. Geef ze samen met de opgeschreven wachtzin aan iemand die je vertrouwt of aan een hulpdienst. Bewaar ze niet thuis.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/backup/section.py" line="203"/>
        <source>The backup was stopped. No file was left behind.</source>
        <translation>De reservekopie is gestopt. Er is geen bestand achtergebleven.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/backup/section.py" line="207"/>
        <source>The backup could not be written: the drive is full or was removed. No file was left behind.</source>
        <translation>De reservekopie kon niet worden opgeslagen: de schijf is vol of werd verwijderd. Er is geen bestand achtergebleven.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/backup/section.py" line="214"/>
        <source>The backup could not be made. No file was left behind; your private space is unchanged.</source>
        <translation>De reservekopie kon niet worden gemaakt. Er is geen bestand achtergebleven. Je privéruimte is niet veranderd.</translation>
    </message>
</context>
<context>
    <name>RestoreFlow</name>
    <message>
        <location filename="../../app/gui/private/backup/restore.py" line="128"/>
        <source>First type the new passphrase twice: the restored private space will open with it.</source>
        <translation>Typ eerst de nieuwe wachtzin twee keer. Met die wachtzin open je straks de teruggezette privéruimte.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/backup/restore.py" line="137"/>
        <source>Choose a backup</source>
        <translation>Kies een reservekopie</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/backup/restore.py" line="138"/>
        <source>Encrypted backup (*.db);;All files (*)</source>
        <translation>Versleutelde reservekopie (*.db);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/backup/restore.py" line="218"/>
        <source>This file is not a backup of a private space. Nothing was changed.</source>
        <translation>Dit bestand is geen reservekopie van een privéruimte. Er is niets veranderd.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/backup/restore.py" line="221"/>
        <source>This file does not open with this passphrase. Check the passphrase of the backup (capitals do not count), or choose another file. Nothing was changed.</source>
        <translation>Dit bestand gaat niet open met deze wachtzin. Kijk de wachtzin van de reservekopie na (hoofdletters tellen niet mee) of kies een ander bestand. Er is niets veranderd.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/backup/restore.py" line="226"/>
        <source>This file is damaged or is not a complete backup, so it cannot be restored. Nothing was changed. If there is another copy of the backup, try that one.</source>
        <translation>Dit bestand is beschadigd of is geen volledige reservekopie. Het kan niet worden teruggezet. Er is niets veranderd. Heb je nog een andere kopie? Probeer die dan.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/backup/restore.py" line="231"/>
        <source>This backup is too big for a private space on this computer. Nothing was changed.</source>
        <translation>Deze reservekopie is te groot voor een privéruimte op deze computer. Er is niets veranderd.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/backup/restore.py" line="234"/>
        <source>There is not enough room on this computer. Nothing was changed.</source>
        <translation>Er is niet genoeg plaats op deze computer. Er is niets veranderd.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/backup/restore.py" line="235"/>
        <source>The backup could not be restored. Nothing was changed.</source>
        <translation>De reservekopie kon niet worden teruggezet. Er is niets veranderd.</translation>
    </message>
</context>
</TS>
