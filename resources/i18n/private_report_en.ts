<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ReportButton</name>
    <message>
        <location filename="../../app/gui/private/report/review.py" line="445" />
        <source>Make a report…</source>
        <translation>Make a report…</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../app/gui/private/report/review.py" line="145" />
        <source>Make a report</source>
        <translation>Make a report</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/review.py" line="148" />
        <source>Choose the entries for the report. Before you share it, leave out anything that shows where you live now or what you plan (a new address, a shelter, a date you leave). The checklist is never included.</source>
        <translation>Choose the entries for the report. Before you share it, leave out anything that shows where you live now or what you plan (a new address, a shelter, a date you leave). The checklist is never included.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/review.py" line="153" />
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/review.py" line="154" />
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/review.py" line="155" />
        <source>Only these kinds (none ticked: every kind)</source>
        <translation>Only these kinds (none ticked: every kind)</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/review.py" line="158" />
        <source>Tick all</source>
        <translation>Tick all</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/review.py" line="159" />
        <source>Untick all</source>
        <translation>Untick all</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/review.py" line="160" />
        <source>Make the PDF…</source>
        <translation>Make the PDF…</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/review.py" line="161" />
        <location filename="../../app/gui/private/report/review.py" line="381" />
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/review.py" line="161" />
        <location filename="../../app/gui/private/report/review.py" line="251" />
        <location filename="../../app/gui/private/report/review.py" line="291" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/review.py" line="225" />
        <source>The diary has no entries yet.</source>
        <translation>The diary has no entries yet.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/review.py" line="227" />
        <source>%1 of 1 entry chosen</source>
        <translation>%1 of 1 entry chosen</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/review.py" line="229" />
        <source>%1 of %2 entries chosen</source>
        <translation>%1 of %2 entries chosen</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/review.py" line="245" />
        <source>A PDF is not encrypted</source>
        <translation>A PDF is not encrypted</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/review.py" line="247" />
        <source>Anyone who gets this file can read it: it is not protected by your passphrase. Save it where only you can reach it, for example on a USB stick you keep with you, and give it or print it at a support service or a lawyer's office.</source>
        <translation>Anyone who gets this file can read it: it is not protected by your passphrase. Save it where only you can reach it, for example on a USB stick you keep with you, and give it or print it at a support service or a lawyer's office.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/review.py" line="251" />
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/review.py" line="262" />
        <source>Save the report</source>
        <translation>Save the report</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/review.py" line="264" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/review.py" line="285" />
        <source>This folder seems to be synchronised with an online service (OneDrive, Dropbox, Google Drive or Nextcloud). The report is not encrypted: a copy would be stored online and could appear on other devices that use the same account.</source>
        <translation>This folder seems to be synchronised with an online service (OneDrive, Dropbox, Google Drive or Nextcloud). The report is not encrypted: a copy would be stored online and could appear on other devices that use the same account.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/review.py" line="290" />
        <source>Save the report here?</source>
        <translation>Save the report here?</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/review.py" line="291" />
        <source>Save here</source>
        <translation>Save here</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/review.py" line="340" />
        <source>Making the report…</source>
        <translation>Making the report…</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/review.py" line="381" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/review.py" line="393" />
        <source>The report was saved as “%1”. It is not encrypted: keep it where only you can reach it, and delete it from this computer once it is printed or handed over.</source>
        <translation>The report was saved as “%1”. It is not encrypted: keep it where only you can reach it, and delete it from this computer once it is printed or handed over.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/review.py" line="401" />
        <source>The report was stopped. No file was left behind.</source>
        <translation>The report was stopped. No file was left behind.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/review.py" line="405" />
        <source>The report could not be written there: the drive may be full, read-only or removed. No file was left behind.</source>
        <translation>The report could not be written there: the drive may be full, read-only or removed. No file was left behind.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/review.py" line="412" />
        <source>The report could not be made. No file was left behind; your diary is unchanged.</source>
        <translation>The report could not be made. No file was left behind; your diary is unchanged.</translation>
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message>
        <location filename="../../app/gui/private/report/words.py" line="71" />
        <source>How long</source>
        <translation>How long</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/words.py" line="72" />
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/words.py" line="73" />
        <source>Kinds of violence</source>
        <translation>Kinds of violence</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/words.py" line="74" />
        <source>Signs of serious danger</source>
        <translation>Signs of serious danger</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/words.py" line="75" />
        <source>Exact words said</source>
        <translation>Exact words said</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/words.py" line="76" />
        <source>Injuries, damage</source>
        <translation>Injuries, damage</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/words.py" line="78" />
        <source>Who saw or heard it</source>
        <translation>Who saw or heard it</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/words.py" line="79" />
        <source>Children present</source>
        <translation>Children present</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/words.py" line="80" />
        <source>Police called</source>
        <translation>Police called</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/words.py" line="81" />
        <source>PV number</source>
        <translation>PV number</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/words.py" line="82" />
        <source>Police station</source>
        <translation>Police station</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/words.py" line="83" />
        <source>Doctor or hospital</source>
        <translation>Doctor or hospital</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/words.py" line="84" />
        <source>Medical certificate</source>
        <translation>Medical certificate</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/words.py" line="90" />
        <source>Hands or an arm on the neck or throat</source>
        <translation>Hands or an arm on the neck or throat</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/words.py" line="91" />
        <source>A threat to kill</source>
        <translation>A threat to kill</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/words.py" line="92" />
        <source>A weapon, or something used as one</source>
        <translation>A weapon, or something used as one</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/words.py" line="93" />
        <source>Happening more often, or getting worse</source>
        <translation>Happening more often, or getting worse</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/words.py" line="104" />
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/words.py" line="104" />
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/html.py" line="66" />
        <source>No entries</source>
        <translation>No entries</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/html.py" line="69" />
        <source>From %1 to %2</source>
        <translation>From %1 to %2</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/html.py" line="76" />
        <source>Period covered</source>
        <translation>Period covered</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/html.py" line="77" />
        <source>Entries in this report</source>
        <translation>Entries in this report</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/html.py" line="78" />
        <source>Entries left out</source>
        <translation>Entries left out</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/html.py" line="79" />
        <source>Made on</source>
        <translation>Made on</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/html.py" line="86" />
        <source>This report was made from a personal diary kept in an app on a computer. The person who kept it chose which entries to include.</source>
        <translation>This report was made from a personal diary kept in an app on a computer. The person who kept it chose which entries to include.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/html.py" line="93" />
        <source>1 entry of the diary was left out of this report. Nothing of its content is shown here.</source>
        <translation>1 entry of the diary was left out of this report. Nothing of its content is shown here.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/html.py" line="98" />
        <source>%1 entries of the diary were left out of this report. Nothing of their content is shown here.</source>
        <translation>%1 entries of the diary were left out of this report. Nothing of their content is shown here.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/html.py" line="103" />
        <source>No entry of the diary was left out of this report.</source>
        <translation>No entry of the diary was left out of this report.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/html.py" line="105" />
        <source>All times come from this computer's clock (time zone %1). They say when an entry was written down and changed, as the computer told it.</source>
        <translation>All times come from this computer's clock (time zone %1). They say when an entry was written down and changed, as the computer told it.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/html.py" line="110" />
        <source>Every saved version of an entry is kept. Earlier versions are in the appendix, and the last pages explain how to check that nothing was altered.</source>
        <translation>Every saved version of an entry is kept. Earlier versions are in the appendix, and the last pages explain how to check that nothing was altered.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/html.py" line="117" />
        <location filename="../../app/gui/private/report/words.py" line="55" />
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/html.py" line="118" />
        <location filename="../../app/gui/private/report/words.py" line="48" />
        <source>Calendar</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/html.py" line="119" />
        <location filename="../../app/gui/private/report/words.py" line="56" />
        <source>The entries</source>
        <translation>The entries</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/html.py" line="120" />
        <location filename="../../app/gui/private/report/html.py" line="281" />
        <source>Appendix A: earlier versions</source>
        <translation>Appendix A: earlier versions</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/html.py" line="121" />
        <location filename="../../app/gui/private/report/html.py" line="400" />
        <source>Appendix B: fingerprints and how to check them</source>
        <translation>Appendix B: fingerprints and how to check them</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/html.py" line="159" />
        <source>The number of entries on each day, counted on the day each one started. An entry about a longer period is counted on its first day.</source>
        <translation>The number of entries on each day, counted on the day each one started. An entry about a longer period is counted on its first day.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/html.py" line="193" />
        <source>1 entry</source>
        <translation>1 entry</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/html.py" line="194" />
        <source>%1 entries</source>
        <translation>%1 entries</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/html.py" line="195" />
        <source>no entries</source>
        <translation>no entries</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/html.py" line="210" />
        <source>Date taken</source>
        <translation>Date taken</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/html.py" line="212" />
        <source>Date of the file</source>
        <translation>Date of the file</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/html.py" line="216" />
        <source>SHA-256 of the original file</source>
        <translation>SHA-256 of the original file</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/html.py" line="222" />
        <source>The stored copy was made smaller than the original.</source>
        <translation>The stored copy was made smaller than the original.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/html.py" line="225" />
        <source>The location recorded in the photo was removed.</source>
        <translation>The location recorded in the photo was removed.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/html.py" line="236" />
        <source>This picture cannot be shown here; its hashes are above.</source>
        <translation>This picture cannot be shown here; its hashes are above.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/html.py" line="244" />
        <location filename="../../app/gui/private/report/html.py" line="290" />
        <source>Entry %1</source>
        <translation>Entry %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/html.py" line="249" />
        <location filename="../../app/gui/private/report/words.py" line="59" />
        <source>When it happened</source>
        <translation>When it happened</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/words.py" line="47" />
        <source>(no text)</source>
        <translation>(no text)</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/words.py" line="49" />
        <source>Contents</source>
        <translation>Contents</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/words.py" line="50" />
        <source>Diary report</source>
        <translation>Diary report</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/words.py" line="51" />
        <source>Fingerprint of the diary</source>
        <translation>Fingerprint of the diary</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/words.py" line="52" />
        <source>Kinds</source>
        <translation>Kinds</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/words.py" line="53" />
        <source>Photos and files</source>
        <translation>Photos and files</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/words.py" line="54" />
        <source>SHA-256 of the stored copy</source>
        <translation>SHA-256 of the stored copy</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/words.py" line="57" />
        <source>Versions in this report</source>
        <translation>Versions in this report</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/words.py" line="58" />
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/words.py" line="77" />
        <source>How it affected the person</source>
        <translation>How it affected the person</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/html.py" line="250" />
        <source>Recorded</source>
        <translation>Recorded</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/html.py" line="251" />
        <source>Last edited</source>
        <translation>Last edited</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/html.py" line="252" />
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/html.py" line="272" />
        <source>Fingerprint of this version (SHA-256)</source>
        <translation>Fingerprint of this version (SHA-256)</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/html.py" line="297" />
        <source>Version %1, saved %2</source>
        <translation>Version %1, saved %2</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/html.py" line="306" />
        <source>The content of this version was erased on request. Its fingerprint stays in the chain.</source>
        <translation>The content of this version was erased on request. Its fingerprint stays in the chain.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/html.py" line="330" />
        <source>No entry in this report has earlier versions.</source>
        <translation>No entry in this report has earlier versions.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/html.py" line="338" />
        <source>When this report was made, the diary's check found everything intact.</source>
        <translation>When this report was made, the diary's check found everything intact.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/html.py" line="344" />
        <source>When this report was made, the diary's check found a difference in 1 entry.</source>
        <translation>When this report was made, the diary's check found a difference in 1 entry.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/html.py" line="348" />
        <source>When this report was made, the diary's check found a difference in %1 entries.</source>
        <translation>When this report was made, the diary's check found a difference in %1 entries.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/html.py" line="352" />
        <source>When this report was made, the diary's check found a difference.</source>
        <translation>When this report was made, the diary's check found a difference.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/html.py" line="357" />
        <source>Each time an entry is saved, the app computes a SHA-256 hash (a fingerprint) of that version, including the hashes of its photos and files. The fingerprints are linked in a chain: each link is computed from the one before. The last link is the fingerprint of the whole diary.</source>
        <translation>Each time an entry is saved, the app computes a SHA-256 hash (a fingerprint) of that version, including the hashes of its photos and files. The fingerprints are linked in a chain: each link is computed from the one before. The last link is the fingerprint of the whole diary.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/html.py" line="364" />
        <source>What it proves: if a saved version, a photo or the order of versions had been partly changed afterwards, its hash or the chain would no longer match.</source>
        <translation>What it proves: if a saved version, a photo or the order of versions had been partly changed afterwards, its hash or the chain would no longer match.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/html.py" line="369" />
        <source>What it does not prove: it is not tamper-proof. Anyone who knows the diary's passphrase could rebuild the whole chain, and all times come from this computer's clock. A fingerprint written down or given to someone else (a support worker, a lawyer) gains weight: a rebuilt chain would end in another fingerprint.</source>
        <translation>What it does not prove: it is not tamper-proof. Anyone who knows the diary's passphrase could rebuild the whole chain, and all times come from this computer's clock. A fingerprint written down or given to someone else (a support worker, a lawyer) gains weight: a rebuilt chain would end in another fingerprint.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/html.py" line="376" />
        <source>How to check: make an encrypted backup of the private space. With the backup file and its passphrase, run the command below (it asks for the passphrase). It checks every hash and link and prints the diary's fingerprint. If nothing was written since this report, it is the fingerprint above; if entries were added later, the fingerprint is different, but every version hash listed below must still be in the backup.</source>
        <translation>How to check: make an encrypted backup of the private space. With the backup file and its passphrase, run the command below (it asks for the passphrase). It checks every hash and link and prints the diary's fingerprint. If nothing was written since this report, it is the fingerprint above; if entries were added later, the fingerprint is different, but every version hash listed below must still be in the backup.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/html.py" line="394" />
        <source>Entry</source>
        <translation>Entry</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/html.py" line="395" />
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/html.py" line="396" />
        <source>Saved</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/html.py" line="397" />
        <source>SHA-256 of the version</source>
        <translation>SHA-256 of the version</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/report/pdf.py" line="163" />
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
</context>
</TS>