<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Cli</name>
    <message>
        <source>Workspace: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: no such file or no permission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2: skipped: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read %1 lines: %2 new mentions, %3 already known, %4 rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n mention(s) found.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 already exists; it was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created demo workspace %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earshot command line: works on a workspace without the window.

Commands:
  info               rows per table of the workspace
  import FILE        add mentions from JSON Lines (- reads standard input)
  search QUERY...    what the search box finds, newest first
  demo               create a demo workspace at --workspace (from --scenario)

Exit codes: 0 done, 1 failed, 2 wrong usage, 3 imported with rejected lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace file (default: the demo workspace).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of messages (en, de).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most results to show (search).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print results as JSON Lines (search).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario file for demo (default: the bundled one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>info, import, search or demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No command given. Try earshot-cli --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit needs a whole number of at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command or wrong arguments: %1. Try earshot-cli --help.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Core</name>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading stopped: the input could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a mention must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>platform: &quot;%1&quot; is not a known network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created_at: &quot;%1&quot; is not an RFC 3339 time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>visibility: must be &quot;public&quot; or &quot;private&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>author: is missing or not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>author.followers: must be a whole number of at least 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON at column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mastodon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bluesky</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reddit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YouTube</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create workspace %1: the file already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create workspace %1: could not move it into place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has the wrong type (expected %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2:%3: not valid JSON (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a scenario must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be &quot;earshot-scenario&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this Earshot reads scenario version 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a person needs at least one handle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be at least 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another person already has this id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be two whole numbers [min, max] with 1 &lt;= min &lt;= max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is used twice on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a person in this scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no handle on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a brand account in this scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an account on %2, not on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>live mentions arrive as they come; no &quot;at&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be 0 or less (seconds before the start)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>live mentions always arrive as new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an agent in this scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read scenario %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open workspace %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not an intact SQLite database (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace %1: %2 failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open workspace %1: the folder %2 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open workspace %1: there is no such file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create workspace %1: the folder %2 is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open workspace %1: it is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open workspace %1: it is not an Earshot workspace (not a SQLite file). The file was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open workspace %1: the file or its folder is read-only. Earshot needs to write next to it (write-ahead log).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open workspace %1: it is a SQLite database of another program, not an Earshot workspace. The file was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open workspace %1: it was written by a newer Earshot (schema %2; this Earshot knows up to %3). The file was left untouched; update Earshot to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read workspace %1: its schema is at version %2, expected %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo workspace %1 - live feed stopped: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo workspace %1 - fed by the Simulation platform (&quot;%2&quot;), no network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace %1 - no connected accounts yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Earshot</name>
    <message>
        <source>Earshot cannot open the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earshot: a desktop console for social customer care.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this workspace file (created if it does not exist). Without it, Earshot opens the demo workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the window (en, de); overrides the system language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>earshot::CaseListModel</name>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>earshot::ConversationView</name>
    <message>
        <source>Earlier cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a case to read the conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case #%1 - %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, %n follower(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No earlier cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier cases (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 - %2 - %3 - %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 - %3 - %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>private message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>public</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>earshot::MainWindow</name>
    <message>
        <source>Earshot - Demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search messages (Ctrl+F): words, &quot;a phrase&quot;, refund*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the case &amp;list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Earshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Live: %n new mention(s) since opening, the last at %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Could not save incoming mentions: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>J / Down: next case
K / Up: previous case
Esc: back to the case list
Ctrl+F: search messages
Alt+1 ... Alt+4: New, Unassigned, All, Resolved
F1: this list
Ctrl+Q: quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Earshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earshot %1
A desktop console for social customer care.
Licensed under the Apache License 2.0.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>earshot::QueueModel</name>
    <message numerus="yes">
        <source>%1: %n case(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n case(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>
