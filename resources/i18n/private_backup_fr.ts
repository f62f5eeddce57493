<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>BackupPassphraseDialog</name>
    <message>
        <location filename="../../app/gui/private/backup/restore.py" line="48"/>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/backup/restore.py" line="50"/>
        <source>Type the passphrase of the backup “%1”.</source>
        <translation>Tapez la phrase secrète de la sauvegarde « %1 ».</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/backup/restore.py" line="60"/>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/backup/restore.py" line="64"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/backup/restore.py" line="83"/>
        <source>One moment…</source>
        <translation>Un instant…</translation>
    </message>
</context>
<context>
    <name>BackupSection</name>
    <message>
        <location filename="../../app/gui/private/backup/section.py" line="68"/>
        <source>Encrypted backup</source>
        <translation>Sauvegarde chiffrée</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/backup/section.py" line="71"/>
        <source>A backup keeps everything in this private space (diary, checklist, settings) in one encrypted file with its own passphrase. With it you can open your private space again on another computer. Keep the file and the written-down passphrase with someone you trust or at a support service, not at home.</source>
        <translation>Une sauvegarde garde tout le contenu de cet espace privé (journal, liste, réglages) dans un seul fichier chiffré, avec sa propre phrase secrète. Elle vous permet de rouvrir votre espace privé sur un autre ordinateur. Confiez le fichier et la phrase secrète notée à une personne de confiance ou à un service d&apos;aide, pas à la maison.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/backup/section.py" line="77"/>
        <source>Make an encrypted backup…</source>
        <translation>Faire une sauvegarde chiffrée…</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/backup/section.py" line="78"/>
        <location filename="../../app/gui/private/backup/section.py" line="143"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/backup/section.py" line="114"/>
        <source>Save the encrypted backup</source>
        <translation>Enregistrer la sauvegarde chiffrée</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/backup/section.py" line="116"/>
        <source>Encrypted backup (*.db);;All files (*)</source>
        <translation>Sauvegarde chiffrée (*.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/backup/section.py" line="137"/>
        <source>This folder seems to be synchronised with an online service (OneDrive, Dropbox, Google Drive or Nextcloud). The backup stays encrypted, but a copy will also be stored online and may appear on other devices that use the same account.</source>
        <translation>Ce dossier semble synchronisé avec un service en ligne (OneDrive, Dropbox, Google Drive ou Nextcloud). La sauvegarde reste chiffrée, mais une copie sera aussi gardée en ligne et peut apparaître sur d&apos;autres appareils qui utilisent le même compte.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/backup/section.py" line="142"/>
        <source>Save the backup here?</source>
        <translation>Enregistrer la sauvegarde ici ?</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/backup/section.py" line="143"/>
        <source>Save here</source>
        <translation>Enregistrer ici</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/backup/section.py" line="170"/>
        <source>Making the backup…</source>
        <translation>Sauvegarde en cours…</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/backup/section.py" line="193"/>
        <source>The backup was saved as “%1”. Keep it, and its passphrase written down, with someone you trust or at a support service, not at home.</source>
        <translation>La sauvegarde est enregistrée sous « %1 ». Confiez-la, avec sa phrase secrète notée, à une personne de confiance ou à un service d&apos;aide, pas à la maison.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/backup/section.py" line="203"/>
        <source>The backup was stopped. No file was left behind.</source>
        <translation>La sauvegarde a été arrêtée. Aucun fichier n&apos;est resté.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/backup/section.py" line="207"/>
        <source>The backup could not be written: the drive is full or was removed. No file was left behind.</source>
        <translation>La sauvegarde n&apos;a pas pu être écrite : le support est plein ou a été retiré. Aucun fichier n&apos;est resté.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/backup/section.py" line="214"/>
        <source>The backup could not be made. No file was left behind; your private space is unchanged.</source>
        <translation>La sauvegarde n&apos;a pas pu être faite. Aucun fichier n&apos;est resté ; votre espace privé n&apos;a pas changé.</translation>
    </message>
</context>
<context>
    <name>RestoreFlow</name>
    <message>
        <location filename="../../app/gui/private/backup/restore.py" line="128"/>
        <source>First type the new passphrase twice: the restored private space will open with it.</source>
        <translation>Tapez d&apos;abord deux fois la nouvelle phrase secrète : c&apos;est elle qui ouvrira l&apos;espace privé restauré.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/backup/restore.py" line="137"/>
        <source>Choose a backup</source>
        <translation>Choisir une sauvegarde</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/backup/restore.py" line="138"/>
        <source>Encrypted backup (*.db);;All files (*)</source>
        <translation>Sauvegarde chiffrée (*.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/backup/restore.py" line="218"/>
        <source>This file is not a backup of a private space. Nothing was changed.</source>
        <translation>Ce fichier n&apos;est pas une sauvegarde d&apos;un espace privé. Rien n&apos;a été changé.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/backup/restore.py" line="221"/>
        <source>This file does not open with this passphrase. Check the passphrase of the backup (capitals do not count), or choose another file. Nothing was changed.</source>
        <translation>Ce fichier ne s&apos;ouvre pas avec cette phrase secrète. Vérifiez la phrase secrète de la sauvegarde (les majuscules ne comptent pas) ou choisissez un autre fichier. Rien n&apos;a été changé.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/backup/restore.py" line="226"/>
        <source>This file is damaged or is not a complete backup, so it cannot be restored. Nothing was changed. If there is another copy of the backup, try that one.</source>
        <translation>Ce fichier est abîmé ou n&apos;est pas une sauvegarde complète : il ne peut pas être restauré. Rien n&apos;a été changé. S&apos;il existe une autre copie de la sauvegarde, essayez-la.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/backup/restore.py" line="231"/>
        <source>This backup is too big for a private space on this computer. Nothing was changed.</source>
        <translation>Cette sauvegarde est trop grande pour un espace privé sur cet ordinateur. Rien n&apos;a été changé.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/backup/restore.py" line="234"/>
        <source>There is not enough room on this computer. Nothing was changed.</source>
        <translation>Il n&apos;y a pas assez de place sur cet ordinateur. Rien n&apos;a été changé.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/backup/restore.py" line="235"/>
        <source>The backup could not be restored. Nothing was changed.</source>
        <translation>La sauvegarde n&apos;a pas pu être restaurée. Rien n&apos;a été changé.</translation>
    </message>
</context>
</TS>
