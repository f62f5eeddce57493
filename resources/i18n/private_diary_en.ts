<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>DiaryKinds</name>
    <message>
        <location filename="../../app/gui/private/diary/list_model.py" line="32" />
        <source>Pushing, hitting</source>
        <translation>Pushing, hitting</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/list_model.py" line="33" />
        <source>Threats</source>
        <translation>Threats</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/list_model.py" line="34" />
        <source>Insults, humiliation</source>
        <translation>Insults, humiliation</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/list_model.py" line="35" />
        <source>Control of money or phone</source>
        <translation>Control of money or phone</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/list_model.py" line="36" />
        <source>Forced sex</source>
        <translation>Forced sex</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/list_model.py" line="37" />
        <source>Damage to things</source>
        <translation>Damage to things</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/list_model.py" line="38" />
        <source>Towards the children</source>
        <translation>Towards the children</translation>
    </message>
</context>
<context>
    <name>DiaryList</name>
    <message>
        <location filename="../../app/gui/private/diary/list_model.py" line="67" />
        <source>written %1</source>
        <translation>written %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/list_model.py" line="75" />
        <source>around %1</source>
        <translation>around %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/list_model.py" line="77" />
        <source>since %1</source>
        <translation>since %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/list_model.py" line="151" />
        <source>1 file</source>
        <translation>1 file</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/list_model.py" line="152" />
        <source>%1 files</source>
        <translation>%1 files</translation>
    </message>
</context>
<context>
    <name>DiaryPage</name>
    <message>
        <location filename="../../app/gui/private/diary/page.py" line="235" />
        <source>1 entry found</source>
        <translation>1 entry found</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/page.py" line="236" />
        <source>%1 entries found</source>
        <translation>%1 entries found</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/page.py" line="237" />
        <source>Nothing found</source>
        <translation>Nothing found</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/page.py" line="241" />
        <source>%1 entries</source>
        <translation>%1 entries</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/page.py" line="241" />
        <source>1 entry</source>
        <translation>1 entry</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/page.py" line="241" />
        <source>No entries yet</source>
        <translation>No entries yet</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/page.py" line="255" />
        <source>Room: %1 % full. There is room for %2 MB more of photos and files.</source>
        <translation>Room: %1 % full. There is room for %2 MB more of photos and files.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/page.py" line="285" />
        <source>New entry, not saved yet.</source>
        <translation>New entry, not saved yet.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/page.py" line="295" />
        <source>Recorded %1 · edited %2 · version %3</source>
        <translation>Recorded %1 · edited %2 · version %3</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/page.py" line="347" />
        <source>Wait a moment: files are still being added.</source>
        <translation>Wait a moment: files are still being added.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/page.py" line="352" />
        <source>A date in the future</source>
        <translation>A date in the future</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/page.py" line="353" />
        <source>The date of this entry is in the future. Is that what you meant?</source>
        <translation>The date of this entry is in the future. Is that what you meant?</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/page.py" line="354" />
        <source>Yes, save it</source>
        <translation>Yes, save it</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/page.py" line="354" />
        <source>Let me change the date</source>
        <translation>Let me change the date</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/page.py" line="361" />
        <source>Nothing to save yet: write something or add a photo.</source>
        <translation>Nothing to save yet: write something or add a photo.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/page.py" line="366" />
        <source>This does not fit any more: there is room for %1 MB more. What you typed is still here; remove a file to make room.</source>
        <translation>This does not fit any more: there is room for %1 MB more. What you typed is still here; remove a file to make room.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/page.py" line="377" />
        <source>Saved at %1.</source>
        <translation>Saved at %1.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/page.py" line="426" />
        <source>This entry is not saved</source>
        <translation>This entry is not saved</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/page.py" line="427" />
        <source>Do you want to save what you wrote?</source>
        <translation>Do you want to save what you wrote?</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/page.py" line="428" />
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/page.py" line="428" />
        <source>Do not save</source>
        <translation>Do not save</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/page.py" line="428" />
        <location filename="../../app/gui/private/diary/page.py" line="455" />
        <location filename="../../app/gui/private/diary/page.py" line="481" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/page.py" line="449" />
        <source>Erase earlier versions?</source>
        <translation>Erase earlier versions?</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/page.py" line="451" />
        <source>The earlier versions of this entry will be erased for good. The current version stays. The diary keeps a record that versions were erased, and their fingerprints.</source>
        <translation>The earlier versions of this entry will be erased for good. The current version stays. The diary keeps a record that versions were erased, and their fingerprints.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/page.py" line="455" />
        <source>Erase earlier versions</source>
        <translation>Erase earlier versions</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/page.py" line="468" />
        <source>Earlier versions were erased.</source>
        <translation>Earlier versions were erased.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/page.py" line="476" />
        <source>Delete this entry?</source>
        <translation>Delete this entry?</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/page.py" line="478" />
        <source>This entry, its earlier versions and its files will be erased for good. The diary keeps a record that an entry was deleted.</source>
        <translation>This entry, its earlier versions and its files will be erased for good. The diary keeps a record that an entry was deleted.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/page.py" line="481" />
        <source>Delete for good</source>
        <translation>Delete for good</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/page.py" line="581" />
        <source>Search the diary (Ctrl+F)</source>
        <translation>Search the diary (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/page.py" line="582" />
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/page.py" line="585" />
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/page.py" line="586" />
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/page.py" line="587" />
        <source>New entry (Ctrl+N)</source>
        <translation>New entry (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/page.py" line="588" />
        <source>Check integrity</source>
        <translation>Check integrity</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/page.py" line="590" />
        <source>Save (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/page.py" line="591" />
        <source>Back to the list</source>
        <translation>Back to the list</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/page.py" line="592" />
        <source>Earlier versions</source>
        <translation>Earlier versions</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/page.py" line="593" />
        <source>Delete…</source>
        <translation>Delete…</translation>
    </message>
</context>
<context>
    <name>EntryForm</name>
    <message>
        <location filename="../../app/gui/private/diary/form.py" line="338" />
        <source>Write what happened, in your own words and your own language</source>
        <translation>Write what happened, in your own words and your own language</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/form.py" line="340" />
        <source>Add more (if you want)</source>
        <translation>Add more (if you want)</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/form.py" line="342" />
        <source>No date</source>
        <translation>No date</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/form.py" line="343" />
        <source>On a day</source>
        <translation>On a day</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/form.py" line="344" />
        <source>On a day, at a time</source>
        <translation>On a day, at a time</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/form.py" line="345" />
        <source>Around a day</source>
        <translation>Around a day</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/form.py" line="346" />
        <source>Between two days</source>
        <translation>Between two days</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/form.py" line="347" />
        <source>Since a day (it keeps happening)</source>
        <translation>Since a day (it keeps happening)</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/form.py" line="351" />
        <source>until</source>
        <translation>until</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/form.py" line="352" />
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/form.py" line="353" />
        <source>How long</source>
        <translation>How long</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/form.py" line="354" />
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/form.py" line="355" />
        <source>Exact words said</source>
        <translation>Exact words said</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/form.py" line="356" />
        <source>Injuries, damage</source>
        <translation>Injuries, damage</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/form.py" line="357" />
        <source>How it affected you</source>
        <translation>How it affected you</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/form.py" line="358" />
        <source>Who saw or heard it</source>
        <translation>Who saw or heard it</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/form.py" line="359" />
        <source>Children present</source>
        <translation>Children present</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/form.py" line="360" />
        <source>Police called</source>
        <translation>Police called</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/form.py" line="361" />
        <source>PV number (on the certificate of complaint)</source>
        <translation>PV number (on the certificate of complaint)</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/form.py" line="362" />
        <source>Police station</source>
        <translation>Police station</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/form.py" line="363" />
        <source>Doctor or hospital</source>
        <translation>Doctor or hospital</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/form.py" line="364" />
        <source>Medical certificate</source>
        <translation>Medical certificate</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/form.py" line="294" />
        <location filename="../../app/gui/private/diary/form.py" line="367" />
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/form.py" line="275" />
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/form.py" line="278" />
        <source>Kinds of violence</source>
        <translation>Kinds of violence</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/form.py" line="294" />
        <location filename="../../app/gui/private/diary/form.py" line="368" />
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/form.py" line="369" />
        <source>for example: ten minutes, all evening</source>
        <translation>for example: ten minutes, all evening</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/form.py" line="371" />
        <source>for example: kitchen, in the car, by phone</source>
        <translation>for example: kitchen, in the car, by phone</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/form.py" line="374" />
        <source>Write them as they were said, in any language</source>
        <translation>Write them as they were said, in any language</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/form.py" line="377" />
        <source>Fear, sleep, pain, work: everything counts</source>
        <translation>Fear, sleep, pain, work: everything counts</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/form.py" line="379" />
        <source>What kind of violence (tick what fits)</source>
        <translation>What kind of violence (tick what fits)</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/form.py" line="382" />
        <source>kicking, grabbing, biting, pulling hair, throwing things at you</source>
        <translation>kicking, grabbing, biting, pulling hair, throwing things at you</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/form.py" line="383" />
        <source>to hurt you, the children or others; to take the children away</source>
        <translation>to hurt you, the children or others; to take the children away</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/form.py" line="384" />
        <source>shouting, name-calling, mocking, putting you down</source>
        <translation>shouting, name-calling, mocking, putting you down</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/form.py" line="386" />
        <source>taking your bank card or papers, reading your messages, locking you in, keeping you from seeing people</source>
        <translation>taking your bank card or papers, reading your messages, locking you in, keeping you from seeing people</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/form.py" line="390" />
        <source>breaking your belongings, smashing doors, hurting pets</source>
        <translation>breaking your belongings, smashing doors, hurting pets</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/form.py" line="391" />
        <source>hurting or threatening them, or violence in front of them</source>
        <translation>hurting or threatening them, or violence in front of them</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/form.py" line="389" />
        <source>any sexual act you did not want</source>
        <translation>any sexual act you did not want</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/form.py" line="397" />
        <source>Signs of serious danger</source>
        <translation>Signs of serious danger</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/form.py" line="400" />
        <source>Some things mean the danger is high. Tick them if they happened; it helps anyone who reads this later to understand.</source>
        <translation>Some things mean the danger is high. Tick them if they happened; it helps anyone who reads this later to understand.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/form.py" line="404" />
        <source>Hands or an arm on your neck or throat</source>
        <translation>Hands or an arm on your neck or throat</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/form.py" line="406" />
        <source>A threat to kill (you, the children, or themselves)</source>
        <translation>A threat to kill (you, the children, or themselves)</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/form.py" line="408" />
        <source>A weapon, or something used as one</source>
        <translation>A weapon, or something used as one</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/form.py" line="409" />
        <source>It is happening more often, or getting worse</source>
        <translation>It is happening more often, or getting worse</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/form.py" line="412" />
        <source>A hold on the neck can be dangerous hours later, even without marks. Please see a doctor, and tell them what happened. In danger now: call 112.</source>
        <translation>A hold on the neck can be dangerous hours later, even without marks. Please see a doctor, and tell them what happened. In danger now: call 112.</translation>
    </message>
</context>
<context>
    <name>FilesPanel</name>
    <message>
        <location filename="../../app/gui/private/diary/files_panel.py" line="121" />
        <source>reduced copy</source>
        <translation>reduced copy</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/files_panel.py" line="123" />
        <source>has location data</source>
        <translation>has location data</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/files_panel.py" line="152" />
        <source>Add photos or files</source>
        <translation>Add photos or files</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/files_panel.py" line="185" />
        <source>Adding “%1”…</source>
        <translation>Adding “%1”…</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/files_panel.py" line="217" />
        <source>Added: “%1”.</source>
        <translation>Added: “%1”.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/files_panel.py" line="221" />
        <source>HEIC photos (from iPhones) cannot be shown or reduced here. It was kept as a file you can save a copy of. Tip: on the phone, choose Settings &gt; Camera &gt; Formats &gt; Most Compatible.</source>
        <translation>HEIC photos (from iPhones) cannot be shown or reduced here. It was kept as a file you can save a copy of. Tip: on the phone, choose Settings &gt; Camera &gt; Formats &gt; Most Compatible.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/files_panel.py" line="229" />
        <source>This photo carries location data (where it was taken). It stays encrypted here, but it would be in any copy you save. Tick “Remove location data” before adding photos if you prefer.</source>
        <translation>This photo carries location data (where it was taken). It stays encrypted here, but it would be in any copy you save. Tick “Remove location data” before adding photos if you prefer.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/files_panel.py" line="238" />
        <source>The original file and its preview picture were deleted. On some disks (SSD, USB stick) a deleted file can still be recovered by specialists.</source>
        <translation>The original file and its preview picture were deleted. On some disks (SSD, USB stick) a deleted file can still be recovered by specialists.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/files_panel.py" line="244" />
        <source>The original file could not be deleted.</source>
        <translation>The original file could not be deleted.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/files_panel.py" line="253" />
        <source>“%1” is empty (0 bytes). Nothing was added.</source>
        <translation>“%1” is empty (0 bytes). Nothing was added.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/files_panel.py" line="254" />
        <source>“%1” could not be read. Nothing was added.</source>
        <translation>“%1” could not be read. Nothing was added.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/files_panel.py" line="256" />
        <source>“%1” is named like a picture but is not one this app can read. Nothing was added.</source>
        <translation>“%1” is named like a picture but is not one this app can read. Nothing was added.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/files_panel.py" line="260" />
        <source>“%1” does not fit: there is room for %2 MB more. Nothing was added, and what you typed is still here.</source>
        <translation>“%1” does not fit: there is room for %2 MB more. Nothing was added, and what you typed is still here.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/files_panel.py" line="267" />
        <source>“%1” could not be added. Nothing was added.</source>
        <translation>“%1” could not be added. Nothing was added.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/files_panel.py" line="293" />
        <source>This file cannot be opened inside the app. It is stored safely; use “Save a copy…” to open it elsewhere (the copy is not encrypted).</source>
        <translation>This file cannot be opened inside the app. It is stored safely; use “Save a copy…” to open it elsewhere (the copy is not encrypted).</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/files_panel.py" line="303" />
        <source>Save a copy (not encrypted)</source>
        <translation>Save a copy (not encrypted)</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/files_panel.py" line="317" />
        <source>Replace the file?</source>
        <translation>Replace the file?</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/files_panel.py" line="318" />
        <source>A file with this name is already there. Replace it?</source>
        <translation>A file with this name is already there. Replace it?</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/files_panel.py" line="319" />
        <source>Replace</source>
        <translation>Replace</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/files_panel.py" line="319" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/files_panel.py" line="328" />
        <source>The copy could not be saved there.</source>
        <translation>The copy could not be saved there.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/files_panel.py" line="330" />
        <source>A copy was saved. That copy is not encrypted.</source>
        <translation>A copy was saved. That copy is not encrypted.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/files_panel.py" line="343" />
        <source>Removed from this entry when you save. Earlier versions keep its record.</source>
        <translation>Removed from this entry when you save. Earlier versions keep its record.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/files_panel.py" line="349" />
        <source>Photos and files</source>
        <translation>Photos and files</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/files_panel.py" line="350" />
        <source>Add photos or files…</source>
        <translation>Add photos or files…</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/files_panel.py" line="351" />
        <source>View</source>
        <translation>View</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/files_panel.py" line="352" />
        <source>Save a copy…</source>
        <translation>Save a copy…</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/files_panel.py" line="353" />
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/files_panel.py" line="354" />
        <source>Keep photos at full size (takes much more room)</source>
        <translation>Keep photos at full size (takes much more room)</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/files_panel.py" line="355" />
        <source>Remove location data from photos</source>
        <translation>Remove location data from photos</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/files_panel.py" line="358" />
        <source>Delete the original file after adding it (on some disks it can still be recovered)</source>
        <translation>Delete the original file after adding it (on some disks it can still be recovered)</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/files_panel.py" line="363" />
        <source>You can also drag files here. Photos are stored as a smaller copy; the original's fingerprint (SHA-256) and date taken are kept. Photos and screenshots can be viewed here. Sound recordings and PDFs are stored safely, but cannot be played or opened inside this app.</source>
        <translation>You can also drag files here. Photos are stored as a smaller copy; the original's fingerprint (SHA-256) and date taken are kept. Photos and screenshots can be viewed here. Sound recordings and PDFs are stored safely, but cannot be played or opened inside this app.</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../app/gui/private/diary/viewer.py" line="86" />
        <source>Earlier versions</source>
        <translation>Earlier versions</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/viewer.py" line="93" />
        <source>Version %1, saved %2</source>
        <translation>Version %1, saved %2</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/viewer.py" line="101" />
        <source>Erased on request. Its fingerprint stays in the chain.</source>
        <translation>Erased on request. Its fingerprint stays in the chain.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/viewer.py" line="120" />
        <source>Fingerprint of this version: </source>
        <translation>Fingerprint of this version: </translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/viewer.py" line="124" />
        <source>Erase earlier versions…</source>
        <translation>Erase earlier versions…</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/viewer.py" line="128" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <location filename="../../app/gui/private/diary/viewer.py" line="35" />
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/viewer.py" line="54" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>IntegrityDialog</name>
    <message>
        <location filename="../../app/gui/private/diary/viewer.py" line="159" />
        <source>Check integrity</source>
        <translation>Check integrity</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/viewer.py" line="165" />
        <source>Checked against their fingerprints: %1, %2.</source>
        <translation>Checked against their fingerprints: %1, %2.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/viewer.py" line="170" />
        <source>1 version</source>
        <translation>1 version</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/viewer.py" line="171" />
        <source>%1 versions</source>
        <translation>%1 versions</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/viewer.py" line="172" />
        <source>no versions</source>
        <translation>no versions</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/viewer.py" line="178" />
        <source>1 file</source>
        <translation>1 file</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/viewer.py" line="178" />
        <source>%1 files</source>
        <translation>%1 files</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/viewer.py" line="178" />
        <source>no files</source>
        <translation>no files</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/viewer.py" line="184" />
        <source>Nothing was found altered.</source>
        <translation>Nothing was found altered.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/viewer.py" line="192" />
        <source>Something does not match in these entries:</source>
        <translation>Something does not match in these entries:</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/viewer.py" line="197" />
        <source>the entry written %1</source>
        <translation>the entry written %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/viewer.py" line="201" />
        <source>an entry that no longer exists</source>
        <translation>an entry that no longer exists</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/viewer.py" line="207" />
        <source>Fingerprint of the diary (write it down or give it to someone you trust):</source>
        <translation>Fingerprint of the diary (write it down or give it to someone you trust):</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/viewer.py" line="215" />
        <source>What this shows: that saved versions were not partly changed afterwards. What it does not show: anyone with the passphrase could rebuild the whole diary, and all times come from this computer's clock. A fingerprint given to a support worker or a lawyer on a given day shows that the diary as it was then has not changed since.</source>
        <translation>What this shows: that saved versions were not partly changed afterwards. What it does not show: anyone with the passphrase could rebuild the whole diary, and all times come from this computer's clock. A fingerprint given to a support worker or a lawyer on a given day shows that the diary as it was then has not changed since.</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/viewer.py" line="225" />
        <source>Copy the fingerprint</source>
        <translation>Copy the fingerprint</translation>
    </message>
    <message>
        <location filename="../../app/gui/private/diary/viewer.py" line="228" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>PrivateSpace</name>
    <message>
        <location filename="../../app/gui/private/diary/page.py" line="603" />
        <source>Diary</source>
        <translation>Diary</translation>
    </message>
</context>
</TS>