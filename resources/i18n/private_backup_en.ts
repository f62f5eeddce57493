<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>BackupPassphraseDialog</name>
    <message>
        <location filename="../../app/gui/private/backup/restore.py" line="48" />
        <source>Restore a backup</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/backup/restore.py" line="50" />
        <source>Type the passphrase of the backup “%1”.</source>
        <translation>Type the passphrase of the backup “%1”.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/backup/restore.py" line="60" />
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/backup/restore.py" line="64" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/backup/restore.py" line="83" />
        <source>One moment…</source>
        <translation>One moment…</translation>
    </message>
</context>
<context>
    <name>BackupSection</name>
    <message>
        <location filename="../../app/gui/private/backup/section.py" line="68" />
        <source>Encrypted backup</source>
        <translation>Encrypted backup</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/backup/section.py" line="71" />
        <source>A backup keeps everything in this private space (diary, checklist, settings) in one encrypted file with its own passphrase. With it you can open your private space again on another computer. Keep the file and the written-down passphrase with someone you trust or at a support service, not at home.</source>
        <translation>A backup keeps everything in this private space (diary, checklist, settings) in one encrypted file with its own passphrase. With it you can open your private space again on another computer. Keep the file and the written-down passphrase with someone you trust or at a support service, not at home.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/backup/section.py" line="77" />
        <source>Make an encrypted backup…</source>
        <translation>Make an encrypted backup…</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/backup/section.py" line="78" />
        <location filename="../../app/gui/private/backup/section.py" line="143" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/backup/section.py" line="114" />
        <source>Save the encrypted backup</source>
        <translation>Save the encrypted backup</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/backup/section.py" line="116" />
        <source>Encrypted backup (*.db);;All files (*)</source>
        <translation>Encrypted backup (*.db);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/backup/section.py" line="137" />
        <source>This folder seems to be synchronised with an online service (OneDrive, Dropbox, Google Drive or Nextcloud). The backup stays encrypted, but a copy will also be stored online and may appear on other devices that use the same account.</source>
        <translation>This folder seems to be synchronised with an online service (OneDrive, Dropbox, Google Drive or Nextcloud). The backup stays encrypted, but a copy will also be stored online and may appear on other devices that use the same account.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/backup/section.py" line="142" />
        <source>Save the backup here?</source>
        <translation>Save the backup here?</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/backup/section.py" line="143" />
        <source>Save here</source>
        <translation>Save here</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/backup/section.py" line="170" />
        <source>Making the backup…</source>
        <translation>Making the backup…</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/backup/section.py" line="193" />
        <source>The backup was saved as “%1”. Keep it, and its passphrase written down, with someone you trust or at a support service, not at home.</source>
        <translation>The backup was saved as “%1”. Keep it, and its passphrase written down, with someone you trust or at a support service, not at home.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/backup/section.py" line="203" />
        <source>The backup was stopped. No file was left behind.</source>
        <translation>The backup was stopped. No file was left behind.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/backup/section.py" line="207" />
        <source>The backup could not be written: the drive is full or was removed. No file was left behind.</source>
        <translation>The backup could not be written: the drive is full or was removed. No file was left behind.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/backup/section.py" line="214" />
        <source>The backup could not be made. No file was left behind; your private space is unchanged.</source>
        <translation>The backup could not be made. No file was left behind; your private space is unchanged.</translation>
    </message>
</context>
<context>
    <name>RestoreFlow</name>
    <message>
        <location filename="../../app/gui/private/backup/restore.py" line="128" />
        <source>First type the new passphrase twice: the restored private space will open with it.</source>
        <translation>First type the new passphrase twice: the restored private space will open with it.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/backup/restore.py" line="137" />
        <source>Choose a backup</source>
        <translation>Choose a backup</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/backup/restore.py" line="138" />
        <source>Encrypted backup (*.db);;All files (*)</source>
        <translation>Encrypted backup (*.db);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/backup/restore.py" line="218" />
        <source>This file is not a backup of a private space. Nothing was changed.</source>
        <translation>This file is not a backup of a private space. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/backup/restore.py" line="221" />
        <source>This file does not open with this passphrase. Check the passphrase of the backup (capitals do not count), or choose another file. Nothing was changed.</source>
        <translation>This file does not open with this passphrase. Check the passphrase of the backup (capitals do not count), or choose another file. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/backup/restore.py" line="226" />
        <source>This file is damaged or is not a complete backup, so it cannot be restored. Nothing was changed. If there is another copy of the backup, try that one.</source>
        <translation>This file is damaged or is not a complete backup, so it cannot be restored. Nothing was changed. If there is another copy of the backup, try that one.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/backup/restore.py" line="231" />
        <source>This backup is too big for a private space on this computer. Nothing was changed.</source>
        <translation>This backup is too big for a private space on this computer. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/backup/restore.py" line="234" />
        <source>There is not enough room on this computer. Nothing was changed.</source>
        <translation>There is not enough room on this computer. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/backup/restore.py" line="235" />
        <source>The backup could not be restored. Nothing was changed.</source>
        <translation>The backup could not be restored. Nothing was changed.</translation>
    </message>
</context>
</TS>