<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Cli</name>
    <message>
        <source>Workspace: %1</source>
        <translation>Arbeitsbereich: %1</translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation>Art: %1</translation>
    </message>
    <message>
        <source>Schema version: %1</source>
        <translation>Schema-Version: %1</translation>
    </message>
    <message>
        <source>Cannot read %1: no such file or no permission.</source>
        <translation>%1 kann nicht gelesen werden: Die Datei existiert nicht oder es fehlt die Berechtigung.</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>Standardeingabe</translation>
    </message>
    <message>
        <source>%1:%2: skipped: %3</source>
        <translation>%1:%2: übersprungen: %3</translation>
    </message>
    <message>
        <source>Read %1 lines: %2 new mentions, %3 already known, %4 rejected.</source>
        <translation>%1 Zeilen gelesen: %2 neue Erwähnungen, %3 bereits bekannt, %4 abgelehnt.</translation>
    </message>
    <message>
        <source>%1 already exists; it was left untouched.</source>
        <translation>%1 existiert bereits; die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Created demo workspace %1.</source>
        <translation>Demo-Arbeitsbereich %1 wurde angelegt.</translation>
    </message>
    <message>
        <source>Workspace file (default: the demo workspace).</source>
        <translation>Arbeitsbereichsdatei (Standard: der Demo-Arbeitsbereich).</translation>
    </message>
    <message>
        <source>path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Language of messages (en, de).</source>
        <translation>Sprache der Meldungen (en, de).</translation>
    </message>
    <message>
        <source>code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Most results to show (search).</source>
        <translation>Höchstzahl angezeigter Ergebnisse (search).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Scenario file for demo (default: the bundled one).</source>
        <translation>Szenariodatei für demo (Standard: das mitgelieferte Szenario).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>No command given. Try earshot-cli --help.</source>
        <translation>Kein Befehl angegeben. Siehe earshot-cli --help.</translation>
    </message>
    <message>
        <source>--limit needs a whole number of at least 1.</source>
        <translation>--limit erwartet eine ganze Zahl ab 1.</translation>
    </message>
    <message>
        <source>Unknown command or wrong arguments: %1. Try earshot-cli --help.</source>
        <translation>Unbekannter Befehl oder falsche Argumente: %1. Siehe earshot-cli --help.</translation>
    </message>
    <message>
        <source>Mentions found: %1</source>
        <translation>Gefundene Erwähnungen: %1</translation>
    </message>
    <message>
        <source>any network</source>
        <translation>jedes Netzwerk</translation>
    </message>
    <message>
        <source>Templates and variants: %1</source>
        <translation>Vorlagen und Varianten: %1</translation>
    </message>
    <message>
        <source>Templates found: %1</source>
        <translation>Gefundene Vorlagen: %1</translation>
    </message>
    <message>
        <source>Added %1 starter templates and network variants; the ones already there were kept.</source>
        <translation>%1 Startvorlagen und Netzwerkvarianten hinzugefügt; die bereits vorhandenen wurden behalten.</translation>
    </message>
    <message>
        <source>Added %1 templates and network variants from %2; the ones already there were kept.</source>
        <translation>%1 Vorlagen und Netzwerkvarianten aus %2 hinzugefügt; die bereits vorhandenen wurden behalten.</translation>
    </message>
    <message>
        <source>--platform: &quot;%1&quot; is not a known network.</source>
        <translation>--platform: &quot;%1&quot; ist kein bekanntes Netzwerk.</translation>
    </message>
    <message>
        <source>Print results as JSON Lines (search, templates list and search).</source>
        <translation>Ergebnisse als JSON Lines ausgeben (search, templates list und search).</translation>
    </message>
    <message>
        <source>network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Brand guidelines saved; consoles use them from their next start.</source>
        <translation>Markenrichtlinien gespeichert; Konsolen verwenden sie ab ihrem nächsten Start.</translation>
    </message>
    <message>
        <source>The reopen window is a whole number of hours from 0 to 8760.</source>
        <translation>Das Wiedereröffnungsfenster ist eine ganze Zahl von Stunden von 0 bis 8760.</translation>
    </message>
    <message>
        <source>A customer writing within %1 hours of a resolution now reopens the case.</source>
        <translation>Schreibt eine Kundin oder ein Kunde innerhalb von %1 Stunden nach der Lösung, wird der Fall jetzt wieder geöffnet.</translation>
    </message>
    <message>
        <source>--format: &quot;%1&quot; is not lines, jsonl or csv.</source>
        <translation>--format: „%1“ ist weder lines noch jsonl noch csv.</translation>
    </message>
    <message>
        <source>A CSV file needs --column NAME: the column that holds the text.</source>
        <translation>Eine CSV-Datei braucht --column NAME: die Spalte, die den Text enthält.</translation>
    </message>
    <message>
        <source>the file is empty: no header line</source>
        <translation>die Datei ist leer: keine Kopfzeile</translation>
    </message>
    <message>
        <source>line 1: header: %1</source>
        <translation>Zeile 1: Kopfzeile: %1</translation>
    </message>
    <message>
        <source>there is no column &quot;%1&quot;; the columns are: %2</source>
        <translation>es gibt keine Spalte „%1“; die Spalten sind: %2</translation>
    </message>
    <message>
        <source>a quoted field is not closed</source>
        <translation>ein Feld in Anführungszeichen wird nicht geschlossen</translation>
    </message>
    <message>
        <source>a quoted field is not closed before the end of the file</source>
        <translation>ein Feld in Anführungszeichen wird vor dem Dateiende nicht geschlossen</translation>
    </message>
    <message>
        <source>text after a closing quote</source>
        <translation>Text nach einem schließenden Anführungszeichen</translation>
    </message>
    <message>
        <source>a quote in the middle of an unquoted field</source>
        <translation>ein Anführungszeichen mitten in einem Feld ohne Anführungszeichen</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s), no &quot;%1&quot;</source>
        <translation>
            <numerusform>%n Feld, kein „%1“</numerusform>
            <numerusform>%n Felder, kein „%1“</numerusform>
        </translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <source>no &quot;text&quot; string</source>
        <translation>keine Zeichenkette „text“</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a list of speakers: staff, vip or customers.</source>
        <translation>„%1“ ist keine Personenliste: staff, vip oder customers.</translation>
    </message>
    <message>
        <source>%1:%2: skipped: not a handle</source>
        <translation>%1:%2: übersprungen: kein Handle</translation>
    </message>
    <message numerus="yes">
        <source>%n handle(s) saved; </source>
        <translation>
            <numerusform>%n Handle gespeichert; </numerusform>
            <numerusform>%n Handles gespeichert; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n known people now carry the badge.</source>
        <translation>
            <numerusform>%n bekannte Person trägt jetzt das Abzeichen.</numerusform>
            <numerusform>%n bekannte Personen tragen jetzt das Abzeichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Read %1 lines: %2 sentiment and %3 category examples added, %4 rejected.</source>
        <translation>%1 Zeilen gelesen: %2 Beispiele zur Stimmung und %3 zur Kategorie hinzugefügt, %4 abgelehnt.</translation>
    </message>
    <message>
        <source>Forgot what agents taught: every example and model is gone.</source>
        <translation>Vergessen, was das Team beigebracht hat: Alle Beispiele und Modelle sind gelöscht.</translation>
    </message>
    <message>
        <source>The CSV column that holds the text (classify).</source>
        <translation>Die CSV-Spalte mit dem Text (classify).</translation>
    </message>
    <message>
        <source>Priority weights saved.</source>
        <translation>Prioritätsgewichte gespeichert.</translation>
    </message>
    <message>
        <source>left to a lead</source>
        <translation>der Teamleitung überlassen</translation>
    </message>
    <message>
        <source>anyone</source>
        <translation>alle im Team</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a risk: %2, or none.</source>
        <translation>&quot;%1&quot; ist kein Risiko: %2 oder none.</translation>
    </message>
    <message>
        <source>Take the next case now hands out every case.</source>
        <translation>„Nächsten Fall übernehmen“ gibt jetzt jeden Fall aus.</translation>
    </message>
    <message>
        <source>Take the next case now leaves these to a lead: %1.</source>
        <translation>„Nächsten Fall übernehmen“ überlässt jetzt der Teamleitung: %1.</translation>
    </message>
    <message>
        <source>Learned before and not added again: %1.</source>
        <translation>Schon früher gelernt und nicht erneut hinzugefügt: %1.</translation>
    </message>
    <message>
        <source>Cannot check %1: there is no such file.</source>
        <translation>%1 kann nicht geprüft werden: Diese Datei gibt es nicht.</translation>
    </message>
    <message>
        <source>Workspace %1 is intact.</source>
        <translation>Arbeitsbereich %1 ist unbeschädigt.</translation>
    </message>
    <message>
        <source>Workspace %1 is damaged:</source>
        <translation>Arbeitsbereich %1 ist beschädigt:</translation>
    </message>
    <message>
        <source>Save what can be read into a new file: earshot-cli recover &quot;%1&quot; NEW-FILE</source>
        <translation>Was lesbar ist, in eine neue Datei retten: earshot-cli recover &quot;%1&quot; NEUE-DATEI</translation>
    </message>
    <message>
        <source>Recovered %1 rows of %2 tables from %3 into %4.</source>
        <translation>%1 Zeilen aus %2 Tabellen von %3 nach %4 gerettet.</translation>
    </message>
    <message>
        <source>Lost: %1</source>
        <translation>Verloren: %1</translation>
    </message>
    <message>
        <source>The new file has a problem: %1</source>
        <translation>Die neue Datei hat ein Problem: %1</translation>
    </message>
    <message>
        <source>Waiting for another Earshot process to finish writing to %1 ...</source>
        <translation>Warte, bis ein anderer Earshot-Prozess mit dem Schreiben in %1 fertig ist ...</translation>
    </message>
    <message>
        <source>rows per table of the workspace</source>
        <translation>Zeilen je Tabelle des Arbeitsbereichs</translation>
    </message>
    <message>
        <source>SQLite&apos;s full check of every page of the workspace</source>
        <translation>die vollständige Prüfung jeder Seite des Arbeitsbereichs durch SQLite</translation>
    </message>
    <message>
        <source>DAMAGED NEW</source>
        <translation>BESCHÄDIGT NEU</translation>
    </message>
    <message>
        <source>save what can be read of a damaged workspace into a new file</source>
        <translation>was von einem beschädigten Arbeitsbereich lesbar ist, in eine neue Datei retten</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>add mentions from JSON Lines (- reads standard input)</source>
        <translation>Erwähnungen aus JSON Lines hinzufügen (- liest die Standardeingabe)</translation>
    </message>
    <message>
        <source>QUERY...</source>
        <translation>ANFRAGE...</translation>
    </message>
    <message>
        <source>what the search box finds, newest first</source>
        <translation>was das Suchfeld findet, neueste zuerst</translation>
    </message>
    <message>
        <source>add labelled examples from JSON Lines (- reads standard input) as agents&apos; corrections</source>
        <translation>beschriftete Beispiele aus JSON Lines (- liest die Standardeingabe) als Korrekturen des Teams hinzufügen</translation>
    </message>
    <message>
        <source>what the workspace learned from corrections</source>
        <translation>was der Arbeitsbereich aus Korrekturen gelernt hat</translation>
    </message>
    <message>
        <source>forget every correction and learned model</source>
        <translation>alle Korrekturen und gelernten Modelle vergessen</translation>
    </message>
    <message>
        <source>create a demo workspace at --workspace (from --scenario)</source>
        <translation>einen Demo-Arbeitsbereich unter --workspace anlegen (aus --scenario)</translation>
    </message>
    <message>
        <source>every reply template and network variant</source>
        <translation>jede Antwortvorlage und Netzwerkvariante</translation>
    </message>
    <message>
        <source>WORDS...</source>
        <translation>WÖRTER...</translation>
    </message>
    <message>
        <source>templates with all the words, as the agent sees them on --platform</source>
        <translation>Vorlagen mit allen Wörtern, so wie das Team sie auf --platform sieht</translation>
    </message>
    <message>
        <source>add the starter templates the workspace does not have</source>
        <translation>die Startvorlagen hinzufügen, die dem Arbeitsbereich fehlen</translation>
    </message>
    <message>
        <source>add the templates of FILE the workspace does not have</source>
        <translation>die Vorlagen aus DATEI hinzufügen, die dem Arbeitsbereich fehlen</translation>
    </message>
    <message>
        <source>show the brand guidelines replies are checked against</source>
        <translation>die Markenrichtlinien zeigen, gegen die Antworten geprüft werden</translation>
    </message>
    <message>
        <source>replace them with those of a JSON file</source>
        <translation>sie durch die einer JSON-Datei ersetzen</translation>
    </message>
    <message>
        <source>[HOURS]</source>
        <translation>[STUNDEN]</translation>
    </message>
    <message>
        <source>show or set how long after resolving a customer&apos;s new message reopens the case</source>
        <translation>zeigen oder festlegen, wie lange nach der Lösung eine neue Nachricht der Kundschaft den Fall wieder öffnet</translation>
    </message>
    <message>
        <source>[FILE]</source>
        <translation>[DATEI]</translation>
    </message>
    <message>
        <source>read texts (lines, JSON Lines with &quot;text&quot;, or a CSV --column) and print what Earshot reads in each as JSON</source>
        <translation>Texte lesen (Zeilen, JSON Lines mit „text“ oder eine CSV-Spalte mit --column) und als JSON ausgeben, was Earshot darin liest</translation>
    </message>
    <message>
        <source>show the points behind every priority</source>
        <translation>die Punkte hinter jeder Priorität zeigen</translation>
    </message>
    <message>
        <source>change them</source>
        <translation>sie ändern</translation>
    </message>
    <message>
        <source>staff|vip|customers [set FILE]</source>
        <translation>staff|vip|customers [set DATEI]</translation>
    </message>
    <message>
        <source>show or replace a list of handles (one a line) whose people carry the employee, vip or customer badge</source>
        <translation>eine Liste von Handles (eines je Zeile) zeigen oder ersetzen, deren Personen das Abzeichen Mitarbeiter, VIP oder Kunde tragen</translation>
    </message>
    <message>
        <source>show the risks whose cases Take the next case leaves to leads</source>
        <translation>die Risiken zeigen, deren Fälle „Nächsten Fall übernehmen“ der Teamleitung überlässt</translation>
    </message>
    <message>
        <source>KEY...|none</source>
        <translation>SCHLÜSSEL...|none</translation>
    </message>
    <message>
        <source>set them (legal, churn, safety, purchase, press, staff-abuse, scam)</source>
        <translation>sie festlegen (legal, churn, safety, purchase, press, staff-abuse, scam)</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 oder %2</translation>
    </message>
    <message>
        <source>Earshot command line: works on a workspace without the window.</source>
        <translation>Earshot-Befehlszeile: arbeitet ohne Fenster mit einem Arbeitsbereich.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Exit codes: 0 done, 1 failed, 2 wrong usage, 3 imported, learned or classified
with rejected lines.</source>
        <translation>Exit-Codes: 0 erledigt, 1 fehlgeschlagen, 2 falsche Verwendung, 3 mit abgelehnten
Zeilen importiert, gelernt oder gelesen.</translation>
    </message>
    <message>
        <source>Network whose template variants to show (templates search): %1; default: the generic text.</source>
        <translation>Netzwerk, dessen Vorlagenvarianten gezeigt werden (templates search): %1; Standard: der allgemeine Text.</translation>
    </message>
    <message>
        <source>our replies that are not sent yet (--json: one object a line)</source>
        <translation>unsere noch nicht gesendeten Antworten (--json: ein Objekt je Zeile)</translation>
    </message>
    <message>
        <source>[STATE]</source>
        <translation>[ZUSTAND]</translation>
    </message>
    <message>
        <source>the same, or every reply in one state (queued, sending, sent, failed, uncertain)</source>
        <translation>dasselbe, oder jede Antwort in einem Zustand (queued, sending, sent, failed, uncertain)</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>queue a failed or uncertain reply again</source>
        <translation>eine fehlgeschlagene oder ungewisse Antwort erneut einreihen</translation>
    </message>
    <message>
        <source>ID sent|queued</source>
        <translation>ID sent|queued</translation>
    </message>
    <message>
        <source>say whether an uncertain reply is on the network (sent) or must go again (queued)</source>
        <translation>sagen, ob eine ungewisse Antwort im Netzwerk ist (sent) oder erneut gesendet werden muss (queued)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not the number of a reply in the outbox (see earshot-cli outbox list).</source>
        <translation>„%1“ ist nicht die Nummer einer Antwort im Postausgang (siehe earshot-cli outbox list).</translation>
    </message>
    <message>
        <source>There is no reply %1 in the outbox.</source>
        <translation>Im Postausgang gibt es keine Antwort %1.</translation>
    </message>
    <message>
        <source>Reply %1 is %2: that cannot be changed this way.</source>
        <translation>Antwort %1 ist %2: das lässt sich so nicht ändern.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a state of the outbox (queued, sending, sent, failed, uncertain, awaiting_approval, draft).</source>
        <translation>„%1“ ist kein Zustand des Postausgangs (queued, sending, sent, failed, uncertain, awaiting_approval, draft).</translation>
    </message>
    <message>
        <source>%1  case %2  %3  %4  attempts: %5  %6</source>
        <translation>%1  Fall %2  %3  %4  Versuche: %5  %6</translation>
    </message>
    <message>
        <source>The outbox has no such replies.</source>
        <translation>Der Postausgang hat keine solchen Antworten.</translation>
    </message>
    <message>
        <source>Reply %1 is queued again; an open window or earshot-cli listen sends it.</source>
        <translation>Antwort %1 ist wieder eingereiht; ein offenes Fenster oder earshot-cli listen sendet sie.</translation>
    </message>
    <message>
        <source>Reply %1 is marked sent: it will not be sent again.</source>
        <translation>Antwort %1 ist als gesendet markiert: sie wird nicht noch einmal gesendet.</translation>
    </message>
    <message>
        <source>Say whether reply %1 arrived: earshot-cli outbox resolve %1 sent|queued.</source>
        <translation>Sagen Sie, ob Antwort %1 angekommen ist: earshot-cli outbox resolve %1 sent|queued.</translation>
    </message>
    <message>
        <source>Token or app password (not shown): </source>
        <translation>Token oder App-Passwort (wird nicht angezeigt): </translation>
    </message>
    <message>
        <source>account %1 (%2 @%3)</source>
        <translation>Konto %1 (%2 @%3)</translation>
    </message>
    <message>
        <source>No token given: put it on standard input or in the environment variable EARSHOT_TOKEN (never on the command line).</source>
        <translation>Kein Token angegeben: Geben Sie es über die Standardeingabe oder die Umgebungsvariable EARSHOT_TOKEN an (nie auf der Befehlszeile).</translation>
    </message>
    <message>
        <source>The %1 account @%2 is connected already (account %3).</source>
        <translation>Das %1-Konto @%2 ist bereits verbunden (Konto %3).</translation>
    </message>
    <message>
        <source>There is no data folder to keep the secret file in.</source>
        <translation>Es gibt keinen Datenordner, in dem die Geheimnisdatei liegen könnte.</translation>
    </message>
    <message>
        <source>Or add the account with --store-secret-in-file to keep its token in a file only you can read (%1), in plain text.</source>
        <translation>Oder fügen Sie das Konto mit --store-secret-in-file hinzu, um sein Token im Klartext in einer Datei zu behalten, die nur Sie lesen können (%1).</translation>
    </message>
    <message>
        <source>The token could not be stored: %1</source>
        <translation>Das Token konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Added %1 at %2.</source>
        <translation>%1 bei %2 hinzugefügt.</translation>
    </message>
    <message>
        <source>Warning: its token is in a file in plain text, readable by you only: %1. Anyone who can read your files can use it.</source>
        <translation>Warnung: Sein Token liegt im Klartext in einer Datei, die nur Sie lesen können: %1. Wer Ihre Dateien lesen kann, kann es verwenden.</translation>
    </message>
    <message>
        <source>Its token is in the keychain, not in the workspace.</source>
        <translation>Sein Token liegt im Schlüsselbund, nicht im Arbeitsbereich.</translation>
    </message>
    <message>
        <source>last success: %1; paused until: %2; token in the %3</source>
        <translation>zuletzt erfolgreich: %1; pausiert bis: %2; Token in: %3</translation>
    </message>
    <message>
        <source>secret file</source>
        <translation>Geheimnisdatei</translation>
    </message>
    <message>
        <source>keychain</source>
        <translation>Schlüsselbund</translation>
    </message>
    <message>
        <source>last error (%1): %2</source>
        <translation>letzter Fehler (%1): %2</translation>
    </message>
    <message>
        <source>Accounts: %1</source>
        <translation>Konten: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an account id (see earshot-cli account list).</source>
        <translation>„%1“ ist keine Konto-ID (siehe earshot-cli account list).</translation>
    </message>
    <message>
        <source>No account %1 (see earshot-cli account list).</source>
        <translation>Kein Konto %1 (siehe earshot-cli account list).</translation>
    </message>
    <message>
        <source>Removed %1; what was heard on it stays in the workspace.</source>
        <translation>%1 entfernt; was darauf gehört wurde, bleibt im Arbeitsbereich.</translation>
    </message>
    <message>
        <source>Its token could not be removed: %1</source>
        <translation>Sein Token konnte nicht entfernt werden: %1</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>No accounts to sync; add one with earshot-cli account add.</source>
        <translation>Keine Konten zum Abgleichen; fügen Sie eines mit earshot-cli account add hinzu.</translation>
    </message>
    <message>
        <source>%1: synced, %2 new mentions in %3 batches.</source>
        <translation>%1: abgeglichen, %2 neue Erwähnungen in %3 Stapeln.</translation>
    </message>
    <message>
        <source>%1: failed: %2</source>
        <translation>%1: fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Listening on %1.</source>
        <translation>Höre auf %1.</translation>
    </message>
    <message>
        <source>%1: not listening: %2</source>
        <translation>%1: wird nicht gehört: %2</translation>
    </message>
    <message>
        <source>No account to listen on; add one with earshot-cli account add.</source>
        <translation>Kein Konto zum Zuhören; fügen Sie eines mit earshot-cli account add hinzu.</translation>
    </message>
    <message numerus="yes">
        <source>Heard %n new mention(s).</source>
        <translation>
            <numerusform>%n neue Erwähnung gehört.</numerusform>
            <numerusform>%n neue Erwähnungen gehört.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not write what arrived: %1</source>
        <translation>Was ankam, konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Listening; stop with Ctrl+C or SIGTERM.</source>
        <translation>Höre zu; beenden mit Strg+C oder SIGTERM.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Beendet.</translation>
    </message>
    <message>
        <source>the connected accounts with their health</source>
        <translation>die verbundenen Konten mit ihrem Zustand</translation>
    </message>
    <message>
        <source>disconnect an account and remove its token; what was heard on it stays</source>
        <translation>ein Konto trennen und sein Token entfernen; was darauf gehört wurde, bleibt</translation>
    </message>
    <message>
        <source>[ACCOUNT]</source>
        <translation>[KONTO]</translation>
    </message>
    <message>
        <source>fetch what is new on every account (or one) once; exit code 0 only when every one synced</source>
        <translation>einmal abholen, was auf jedem Konto (oder einem) neu ist; Exit-Code 0 nur, wenn jedes abgeglichen wurde</translation>
    </message>
    <message>
        <source>hear every account until SIGTERM or Ctrl+C</source>
        <translation>alle Konten hören bis SIGTERM oder Strg+C</translation>
    </message>
    <message>
        <source>Where the account&apos;s server is (account add).</source>
        <translation>Wo der Server des Kontos ist (account add).</translation>
    </message>
    <message>
        <source>url</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>The account&apos;s handle there (account add).</source>
        <translation>Das Handle des Kontos dort (account add).</translation>
    </message>
    <message>
        <source>Keep the token in a file only you can read, in plain text, instead of the keychain (account add; for a computer without a keychain service).</source>
        <translation>Das Token statt im Schlüsselbund im Klartext in einer Datei aufbewahren, die nur Sie lesen können (account add; für einen Rechner ohne Schlüsselbunddienst).</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>X spend (estimated): today %1, this month %2; monthly cap: %3</source>
        <translation>Kosten bei X (geschätzt): heute %1, diesen Monat %2; Monatsobergrenze: %3</translation>
    </message>
    <message>
        <source>Give the monthly cap in dollars (25, 12.50) or &quot;none&quot;.</source>
        <translation>Geben Sie die Monatsobergrenze in Dollar an (25, 12.50) oder „none“.</translation>
    </message>
    <message>
        <source>Account %1 is not on X: only X is paid per use.</source>
        <translation>Konto %1 ist nicht auf X: nur X wird pro Nutzung bezahlt.</translation>
    </message>
    <message>
        <source>Fetching for account %1 pauses once X&apos;s estimated spend this month reaches %2.</source>
        <translation>Das Abrufen für Konto %1 pausiert, sobald die geschätzten Kosten bei X in diesem Monat %2 erreichen.</translation>
    </message>
    <message>
        <source>Account %1 has no spending cap.</source>
        <translation>Konto %1 hat keine Kostenobergrenze.</translation>
    </message>
    <message>
        <source>ID DOLLARS|none</source>
        <translation>ID DOLLAR|none</translation>
    </message>
    <message>
        <source>the monthly spending cap of an X account: fetching pauses when X&apos;s estimated spend reaches it</source>
        <translation>die monatliche Kostenobergrenze eines X-Kontos: das Abrufen pausiert, wenn die geschätzten Kosten bei X sie erreichen</translation>
    </message>
    <message>
        <source>Give the hours (1 to 2160) or &quot;off&quot;.</source>
        <translation>Geben Sie die Stunden an (1 bis 2160) oder „off“.</translation>
    </message>
    <message numerus="yes">
        <source>Account %1 is called silent after %n hours without a post, when it usually hears something.</source>
        <translation>
            <numerusform>Konto %1 gilt nach %n Stunde ohne Beitrag als still, wenn es sonst etwas hört.</numerusform>
            <numerusform>Konto %1 gilt nach %n Stunden ohne Beitrag als still, wenn es sonst etwas hört.</numerusform>
        </translation>
    </message>
    <message>
        <source>Account %1 is never called silent.</source>
        <translation>Konto %1 gilt nie als still.</translation>
    </message>
    <message>
        <source>ID HOURS|off</source>
        <translation>ID STUNDEN|off</translation>
    </message>
    <message>
        <source>after how many hours without a post an account that usually hears something is called silent (12 unless set)</source>
        <translation>nach wie vielen Stunden ohne Beitrag ein Konto, das sonst etwas hört, als still gilt (12, wenn nicht gesetzt)</translation>
    </message>
    <message>
        <source>[MINUTES]</source>
        <translation>[MINUTEN]</translation>
    </message>
    <message>
        <source>show or set within how many minutes a person&apos;s new post joins their open case on that network (0: never)</source>
        <translation>anzeigen oder festlegen, innerhalb wie vieler Minuten ein neuer Beitrag einer Person ihrem offenen Fall in diesem Netzwerk beitritt (0: nie)</translation>
    </message>
    <message>
        <source>The join window is a whole number of minutes from 0 (never) to 1440.</source>
        <translation>Das Zusammenführungsfenster ist eine ganze Zahl von Minuten von 0 (nie) bis 1440.</translation>
    </message>
    <message>
        <source>A person&apos;s new post within %1 minutes of their open case&apos;s last activity now joins that case (0: never).</source>
        <translation>Ein neuer Beitrag einer Person innerhalb von %1 Minuten nach der letzten Aktivität ihres offenen Falls kommt jetzt zu diesem Fall (0: nie).</translation>
    </message>
    <message>
        <source>connect an account; its token or app password is read from standard input or EARSHOT_TOKEN and kept in the keychain (or, with --store-secret-in-file, in a file only you can read); with --sign-in, a browser sign-in gives it</source>
        <translation>ein Konto verbinden; sein Token oder App-Passwort wird aus der Standardeingabe oder EARSHOT_TOKEN gelesen und im Schlüsselbund aufbewahrt (oder, mit --store-secret-in-file, in einer Datei, die nur Sie lesen können); mit --sign-in kommt es aus einer Anmeldung im Browser</translation>
    </message>
    <message>
        <source>ID [--sign-in]</source>
        <translation>ID [--sign-in]</translation>
    </message>
    <message>
        <source>give an account a new token: from a browser sign-in (--sign-in, Mastodon and X) or from standard input or EARSHOT_TOKEN</source>
        <translation>einem Konto ein neues Token geben: aus einer Anmeldung im Browser (--sign-in, Mastodon und X) oder aus der Standardeingabe oder EARSHOT_TOKEN</translation>
    </message>
    <message>
        <source>--redirect-port needs a port number (1 to 65535).</source>
        <translation>--redirect-port erwartet eine Portnummer (1 bis 65535).</translation>
    </message>
    <message>
        <source>Open this address in your browser and approve Earshot:</source>
        <translation>Öffnen Sie diese Adresse im Browser und erlauben Sie Earshot den Zugriff:</translation>
    </message>
    <message>
        <source>--sign-in works for mastodon and x; for %1, give the app password on standard input instead.</source>
        <translation>--sign-in gibt es für mastodon und x; für %1 geben Sie stattdessen das App-Passwort über die Standardeingabe ein.</translation>
    </message>
    <message>
        <source>The %1 account @%2 is connected already (account %3); use earshot-cli account reauth %3 to give it the new sign-in.</source>
        <translation>Das %1-Konto @%2 ist bereits verbunden (Konto %3); mit earshot-cli account reauth %3 erhält es die neue Anmeldung.</translation>
    </message>
    <message>
        <source>Signed in and added account %1 (%2 @%3) at %4.</source>
        <translation>Angemeldet und Konto %1 (%2 @%3) bei %4 hinzugefügt.</translation>
    </message>
    <message>
        <source>--sign-in works for Mastodon and X accounts.</source>
        <translation>--sign-in gibt es für Mastodon- und X-Konten.</translation>
    </message>
    <message>
        <source>The browser signed in as @%1, not as @%2: nothing was changed. Sign in to %3 as @%2 and try again.</source>
        <translation>Im Browser wurde @%1 angemeldet, nicht @%2: Nichts wurde geändert. Melden Sie sich bei %3 als @%2 an und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>No token given: put it on standard input or in the environment variable EARSHOT_TOKEN, or use --sign-in.</source>
        <translation>Kein Token angegeben: Geben Sie es über die Standardeingabe oder in der Umgebungsvariablen EARSHOT_TOKEN an, oder verwenden Sie --sign-in.</translation>
    </message>
    <message>
        <source>Account %1 (%2 @%3) has its new token; its connector uses it from its next start.</source>
        <translation>Konto %1 (%2 @%3) hat sein neues Token; sein Connector verwendet es ab dem nächsten Start.</translation>
    </message>
    <message>
        <source>Sign in with a browser instead of pasting a token (account add and reauth; Mastodon and X).</source>
        <translation>Im Browser anmelden, statt ein Token einzufügen (account add und reauth; Mastodon und X).</translation>
    </message>
    <message>
        <source>The OAuth 2.0 client id of your X app (account add --sign-in; kept in the workspace).</source>
        <translation>Die OAuth-2.0-Client-ID Ihrer X-App (account add --sign-in; wird im Arbeitsbereich gespeichert).</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>The port of the callback registered for your X app, http://127.0.0.1:PORT/callback (account add --sign-in; kept in the workspace; default 8765).</source>
        <translation>Der Port der für Ihre X-App eingetragenen Callback-Adresse, http://127.0.0.1:PORT/callback (account add --sign-in; wird im Arbeitsbereich gespeichert; Standard 8765).</translation>
    </message>
    <message>
        <source>port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>X search today (estimated): %1, posts read: %2; daily search budget: %3</source>
        <translation>X-Suche heute (geschätzt): %1, gelesene Beiträge: %2; Tagesbudget für die Suche: %3</translation>
    </message>
    <message>
        <source>Give the daily search budget in dollars (2, 0.50) or &quot;none&quot;.</source>
        <translation>Geben Sie das Tagesbudget für die Suche in Dollar an (2, 0.50) oder „none“.</translation>
    </message>
    <message>
        <source>Listening searches of account %1 pause until the next day (UTC) once they read %2 of posts in a day; mentions go on.</source>
        <translation>Die Suchen von Konto %1 pausieren bis zum nächsten Tag (UTC), sobald sie an einem Tag Beiträge für %2 gelesen haben; Erwähnungen laufen weiter.</translation>
    </message>
    <message>
        <source>Account %1 has no daily search budget.</source>
        <translation>Konto %1 hat kein Tagesbudget für die Suche.</translation>
    </message>
    <message>
        <source>the daily budget of an X account&apos;s listening searches: they pause until the next day (UTC) when it is spent</source>
        <translation>das Tagesbudget der Suchen eines X-Kontos: sie pausieren bis zum nächsten Tag (UTC), wenn es aufgebraucht ist</translation>
    </message>
    <message>
        <source>TERM [--network NETWORK]</source>
        <translation>BEGRIFF [--network NETZWERK]</translation>
    </message>
    <message>
        <source>listen for public posts with a word, a &quot;phrase&quot; or a #hashtag (on every network that can search, or one)</source>
        <translation>öffentliche Beiträge mit einem Wort, einer &quot;Wortfolge&quot; oder einem #Hashtag mithören (in jedem Netzwerk, das suchen kann, oder in einem)</translation>
    </message>
    <message>
        <source>the listening terms, with what each heard last and when</source>
        <translation>die Suchbegriffe, mit dem, was jeder zuletzt gehört hat, und wann</translation>
    </message>
    <message>
        <source>stop listening for a term; what it heard stays</source>
        <translation>einen Begriff nicht mehr suchen; was er gehört hat, bleibt</translation>
    </message>
    <message>
        <source>every network</source>
        <translation>jedem Netzwerk</translation>
    </message>
    <message>
        <source>--network: &quot;%1&quot; cannot be searched; listening works on %2.</source>
        <translation>--network: &quot;%1&quot; kann nicht durchsucht werden; Mithören geht auf %2.</translation>
    </message>
    <message>
        <source>Listening for %1 on %2 (term %3); the connectors search for it from their next cycle.</source>
        <translation>Earshot hört auf %1 in %2 (Begriff %3); die Connectoren suchen ab ihrem nächsten Durchlauf danach.</translation>
    </message>
    <message>
        <source>nothing heard yet</source>
        <translation>noch nichts gehört</translation>
    </message>
    <message>
        <source>heard: %1, the last at %2: %3</source>
        <translation>gehört: %1, zuletzt am %2: %3</translation>
    </message>
    <message>
        <source>No listening terms. Add one with earshot-cli listen-terms add TERM.</source>
        <translation>Keine Suchbegriffe. Einen hinzufügen mit earshot-cli listen-terms add BEGRIFF.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a listening term&apos;s id (see earshot-cli listen-terms list).</source>
        <translation>„%1“ ist keine Nummer eines Suchbegriffs (siehe earshot-cli listen-terms list).</translation>
    </message>
    <message>
        <source>No listening term %1 (see earshot-cli listen-terms list).</source>
        <translation>Kein Suchbegriff %1 (siehe earshot-cli listen-terms list).</translation>
    </message>
    <message>
        <source>No longer listening for term %1; what it heard stays.</source>
        <translation>Begriff %1 wird nicht mehr gesucht; was er gehört hat, bleibt.</translation>
    </message>
    <message>
        <source>Listen for the term on this network only (listen-terms add).</source>
        <translation>Den Begriff nur in diesem Netzwerk suchen (listen-terms add).</translation>
    </message>
    <message>
        <source>CASE</source>
        <translation>FALL</translation>
    </message>
    <message>
        <source>read the case&apos;s whole conversation again from its network: new posts are stored, edits and deletions recorded</source>
        <translation>die ganze Unterhaltung des Falls neu aus seinem Netzwerk lesen: neue Beiträge werden gespeichert, Bearbeitungen und Löschungen festgehalten</translation>
    </message>
    <message>
        <source>PERSON</source>
        <translation>PERSON</translation>
    </message>
    <message>
        <source>read a person&apos;s profile again (name, bio, followers, verified) from a network with a connected account</source>
        <translation>das Profil einer Person neu lesen (Name, Bio, Follower, verifiziert), aus einem Netzwerk mit verbundenem Konto</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a case number.</source>
        <translation>„%1“ ist keine Fallnummer.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a risk (legal, churn, safety, purchase, press, staff-abuse, scam).</source>
        <translation>„%1“ ist kein Risiko (legal, churn, safety, purchase, press, staff-abuse, scam).</translation>
    </message>
    <message>
        <source>Case #%1 carries no %2 risk now.</source>
        <translation>Fall #%1 trägt jetzt kein Risiko %2 mehr.</translation>
    </message>
    <message>
        <source>CASE RISK</source>
        <translation>FALL RISIKO</translation>
    </message>
    <message>
        <source>clear a risk the case carries (legal, churn, safety, purchase, press, staff-abuse, scam): an agent judged it none</source>
        <translation>ein Risiko des Falls aufheben (legal, churn, safety, purchase, press, staff-abuse, scam): eine Agentin hat es als keines beurteilt</translation>
    </message>
    <message>
        <source>%1 (read as JSON Lines; --format lines reads every line as plain text)</source>
        <translation>%1 (als JSON Lines gelesen; --format lines liest jede Zeile als reinen Text)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a case number (#1001, 1001).</source>
        <translation>„%1“ ist keine Fallnummer (#1001, 1001).</translation>
    </message>
    <message>
        <source>Case #%1 does not exist.</source>
        <translation>Fall #%1 gibt es nicht.</translation>
    </message>
    <message>
        <source>Read it with &quot;earshot-cli case show %1&quot;, or give --seen.</source>
        <translation>Lesen Sie sie mit „earshot-cli case show %1“ oder geben Sie --seen an.</translation>
    </message>
    <message>
        <source>Case #%1: %2, priority %3, %4</source>
        <translation>Fall #%1: %2, Priorität %3, %4</translation>
    </message>
    <message>
        <source>assigned to %1</source>
        <translation>zugewiesen an %1</translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation>nicht zugewiesen</translation>
    </message>
    <message>
        <source>a case&apos;s status, priority and messages (new ones marked *); they count as read by the agent (--agent)</source>
        <translation>Status, Priorität und Nachrichten eines Falls (neue mit * markiert); sie gelten danach als von der Person im Team (--agent) gelesen</translation>
    </message>
    <message>
        <source>resolve a case as the agent; refused over a message they have not read, unless --seen</source>
        <translation>einen Fall als Person im Team lösen; abgelehnt bei einer ungelesenen Nachricht, außer mit --seen</translation>
    </message>
    <message>
        <source>CASE TEXT...</source>
        <translation>FALL TEXT...</translation>
    </message>
    <message>
        <source>queue a public reply as the agent; refused over a message they have not read, unless --seen</source>
        <translation>eine öffentliche Antwort als Person im Team einreihen; abgelehnt bei einer ungelesenen Nachricht, außer mit --seen</translation>
    </message>
    <message>
        <source>Work as this agent (case show, resolve, reply; default: the first).</source>
        <translation>Als diese Person im Team arbeiten (case show, resolve, reply; Standard: die erste).</translation>
    </message>
    <message>
        <source>key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>The agent has read the case&apos;s newest messages elsewhere (case resolve, reply).</source>
        <translation>Die neuesten Nachrichten des Falls wurden anderswo gelesen (case resolve, reply).</translation>
    </message>
    <message>
        <source>train the built-in sentiment model from --datasets DIR into --out FILE, the same bytes from the same data and --seed</source>
        <translation>das eingebaute Stimmungsmodell aus --datasets ORDNER nach --out DATEI trainieren, dieselben Bytes aus denselben Daten und demselben --seed</translation>
    </message>
    <message>
        <source>model rebuild needs --datasets DIR and --out FILE.</source>
        <translation>model rebuild braucht --datasets ORDNER und --out DATEI.</translation>
    </message>
    <message>
        <source>--seed needs a whole number.</source>
        <translation>--seed braucht eine ganze Zahl.</translation>
    </message>
    <message>
        <source>Cannot read the labelled texts: %1</source>
        <translation>Die gekennzeichneten Texte lassen sich nicht lesen: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 lässt sich nicht schreiben: %2</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 feature rows, seed %3).</source>
        <translation>%1 geschrieben (%2 Merkmalszeilen, Seed %3).</translation>
    </message>
    <message>
        <source>Weight of the rules&apos; vote, macro-F1 on the tuning texts: %1; chosen %2.</source>
        <translation>Gewicht der Stimme der Regeln, Makro-F1 auf den Abstimmungstexten: %1; gewählt: %2.</translation>
    </message>
    <message>
        <source>Held-out texts (one in sixteen), 3-class macro-F1, rules alone -&gt; with the model:</source>
        <translation>Zurückgehaltene Texte (einer von sechzehn), Makro-F1 über 3 Klassen, Regeln allein -&gt; mit dem Modell:</translation>
    </message>
    <message>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>The folder holding sentiment-train/ (model rebuild).</source>
        <translation>Der Ordner mit sentiment-train/ (model rebuild).</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>The file to write (model rebuild).</source>
        <translation>Die zu schreibende Datei (model rebuild).</translation>
    </message>
    <message>
        <source>The seed that orders the training (model rebuild).</source>
        <translation>Der Seed, der die Reihenfolge des Trainings bestimmt (model rebuild).</translation>
    </message>
    <message>
        <source>check a scenario file and list every problem with its line</source>
        <translation>eine Szenariodatei prüfen und jedes Problem mit seiner Zeile auflisten</translation>
    </message>
    <message>
        <source>play a training scenario (version 2) into a fresh training workspace at --workspace, at --speed (1-60), with --replies as a scripted trainee</source>
        <translation>ein Trainingsszenario (Version 2) in einen frischen Trainings-Arbeitsbereich unter --workspace abspielen, mit --speed (1-60) und --replies als geskriptete Trainee</translation>
    </message>
    <message>
        <source>the scores and timeline of the training run at --workspace (--format json or csv)</source>
        <translation>Bewertung und Zeitleiste des Trainingslaufs unter --workspace (--format json oder csv)</translation>
    </message>
    <message>
        <source>%1 is a valid training scenario (version 2): %2 injects, %3 branches, %4 objectives.</source>
        <translation>%1 ist ein gültiges Trainingsszenario (Version 2): %2 Einspielungen, %3 Verzweigungen, %4 Ziele.</translation>
    </message>
    <message>
        <source>%1 is a valid scenario (version 1).</source>
        <translation>%1 ist ein gültiges Szenario (Version 1).</translation>
    </message>
    <message>
        <source>--speed needs a number from 1 to 60.</source>
        <translation>--speed braucht eine Zahl von 1 bis 60.</translation>
    </message>
    <message>
        <source>%1 is a scenario of version 1; a training run needs version 2.</source>
        <translation>%1 ist ein Szenario der Version 1; ein Trainingslauf braucht Version 2.</translation>
    </message>
    <message>
        <source>Running %1 at %2x into %3 ...</source>
        <translation>%1 läuft mit %2-facher Geschwindigkeit in %3 ...</translation>
    </message>
    <message>
        <source>Stopped: %1 injects and %2 other posts so far.</source>
        <translation>Angehalten: bisher %1 Einspielungen und %2 andere Beiträge.</translation>
    </message>
    <message>
        <source>Finished: %1 injects and %2 other posts.</source>
        <translation>Fertig: %1 Einspielungen und %2 andere Beiträge.</translation>
    </message>
    <message>
        <source>--format: scores are written as json or csv.</source>
        <translation>--format: Bewertungen werden als json oder csv ausgegeben.</translation>
    </message>
    <message>
        <source>%1 is not a training workspace.</source>
        <translation>%1 ist kein Trainings-Arbeitsbereich.</translation>
    </message>
    <message>
        <source>Input of classify: lines, jsonl or csv (default: by file name, else JSON Lines when the first line starts with {); output of scenario score: json (default) or csv.</source>
        <translation>Eingabe von classify: lines, jsonl oder csv (Standard: nach Dateiname, sonst JSON Lines, wenn die erste Zeile mit { beginnt); Ausgabe von scenario score: json (Standard) oder csv.</translation>
    </message>
    <message>
        <source>Times real time for scenario run, from 1 to 60 (default 1).</source>
        <translation>Vielfaches der Echtzeit für scenario run, von 1 bis 60 (Standard 1).</translation>
    </message>
    <message>
        <source>A scripted trainee&apos;s actions for scenario run.</source>
        <translation>Die Aktionen einer geskripteten Trainee für scenario run.</translation>
    </message>
    <message>
        <source>through its PDS (Bluesky&apos;s, %1)</source>
        <translation>über seinen PDS (die von Bluesky, %1)</translation>
    </message>
    <message>
        <source>%1 (Bluesky&apos;s)</source>
        <translation>%1 (der von Bluesky)</translation>
    </message>
    <message>
        <source>AppView: %1; chat service: %2</source>
        <translation>AppView: %1; Chat-Dienst: %2</translation>
    </message>
    <message>
        <source>Account %1 is not on Bluesky: only Bluesky has an AppView and a chat service to choose.</source>
        <translation>Konto %1 ist nicht auf Bluesky: Nur Bluesky hat eine AppView und einen Chat-Dienst zur Wahl.</translation>
    </message>
    <message>
        <source>mastodon|bluesky|x --base-url URL --handle NAME [--appview-url URL] [--chat-service DID#ID] | mastodon|x --base-url URL --sign-in</source>
        <translation>mastodon|bluesky|x --base-url URL --handle NAME [--appview-url URL] [--chat-service DID#ID] | mastodon|x --base-url URL --sign-in</translation>
    </message>
    <message>
        <source>ID [--appview-url URL|default] [--chat-service DID#ID|default]</source>
        <translation>ID [--appview-url URL|default] [--chat-service DID#ID|default]</translation>
    </message>
    <message>
        <source>show or set where a Bluesky account reads posts (its AppView) and its direct messages (its chat service)</source>
        <translation>zeigen oder festlegen, wo ein Bluesky-Konto Beiträge (seine AppView) und Direktnachrichten (seinen Chat-Dienst) liest</translation>
    </message>
    <message>
        <source>The AppView a Bluesky account reads posts and notifications from (account add bluesky, account bluesky-services; &quot;default&quot;: through its PDS).</source>
        <translation>Die AppView, von der ein Bluesky-Konto Beiträge und Benachrichtigungen liest (account add bluesky, account bluesky-services; „default“: über seinen PDS).</translation>
    </message>
    <message>
        <source>The chat service of a Bluesky account&apos;s direct messages, as DID#service-id (account add bluesky, account bluesky-services; &quot;default&quot;: %1).</source>
        <translation>Der Chat-Dienst für die Direktnachrichten eines Bluesky-Kontos, als DID#Dienst-ID (account add bluesky, account bluesky-services; „default“: %1).</translation>
    </message>
    <message>
        <source>did#id</source>
        <translation>did#id</translation>
    </message>
</context>
<context>
    <name>Core</name>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Gelöst</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Zurückgestellt</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>reading stopped: the input could not be read</source>
        <translation>Lesen abgebrochen: Die Eingabe konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1: is missing</source>
        <translation>%1: fehlt</translation>
    </message>
    <message>
        <source>%1: must be a string</source>
        <translation>%1: muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>%1: is empty</source>
        <translation>%1: ist leer</translation>
    </message>
    <message>
        <source>a mention must be a JSON object</source>
        <translation>eine Erwähnung muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>platform: &quot;%1&quot; is not a known network</source>
        <translation>platform: &quot;%1&quot; ist kein bekanntes Netzwerk</translation>
    </message>
    <message>
        <source>created_at: &quot;%1&quot; is not an RFC 3339 time</source>
        <translation>created_at: &quot;%1&quot; ist keine Zeitangabe nach RFC 3339</translation>
    </message>
    <message>
        <source>visibility: must be &quot;public&quot; or &quot;private&quot;</source>
        <translation>visibility: muss &quot;public&quot; oder &quot;private&quot; sein</translation>
    </message>
    <message>
        <source>author: is missing or not an object</source>
        <translation>author: fehlt oder ist kein Objekt</translation>
    </message>
    <message>
        <source>author.followers: must be a whole number of at least 0</source>
        <translation>author.followers: muss eine ganze Zahl ab 0 sein</translation>
    </message>
    <message>
        <source>not valid JSON at column %1</source>
        <translation>kein gültiges JSON in Spalte %1</translation>
    </message>
    <message>
        <source>not valid JSON</source>
        <translation>kein gültiges JSON</translation>
    </message>
    <message>
        <source>X</source>
        <translation>X</translation>
    </message>
    <message>
        <source>Mastodon</source>
        <translation>Mastodon</translation>
    </message>
    <message>
        <source>Bluesky</source>
        <translation>Bluesky</translation>
    </message>
    <message>
        <source>Simulation</source>
        <translation>Simulation</translation>
    </message>
    <message>
        <source>Facebook</source>
        <translation>Facebook</translation>
    </message>
    <message>
        <source>Instagram</source>
        <translation>Instagram</translation>
    </message>
    <message>
        <source>Reddit</source>
        <translation>Reddit</translation>
    </message>
    <message>
        <source>YouTube</source>
        <translation>YouTube</translation>
    </message>
    <message>
        <source>Cannot create workspace %1: the file already exists.</source>
        <translation>Arbeitsbereich %1 kann nicht angelegt werden: Die Datei existiert bereits.</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>has the wrong type (expected %1)</source>
        <translation>hat den falschen Typ (erwartet: %1)</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>ist leer</translation>
    </message>
    <message>
        <source>is longer than %1 characters</source>
        <translation>ist länger als %1 Zeichen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of: %2</source>
        <translation>&quot;%1&quot; ist keiner der Werte: %2</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>another type</source>
        <translation>ein anderer Typ</translation>
    </message>
    <message>
        <source>a scenario must be a JSON object</source>
        <translation>ein Szenario muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>must be &quot;earshot-scenario&quot;</source>
        <translation>muss &quot;earshot-scenario&quot; sein</translation>
    </message>
    <message>
        <source>a person needs at least one handle</source>
        <translation>eine Person braucht mindestens ein Handle</translation>
    </message>
    <message>
        <source>must be at least 0</source>
        <translation>muss mindestens 0 sein</translation>
    </message>
    <message>
        <source>another person already has this id</source>
        <translation>eine andere Person hat bereits diese ID</translation>
    </message>
    <message>
        <source>must be two whole numbers [min, max] with 1 &lt;= min &lt;= max</source>
        <translation>muss aus zwei ganzen Zahlen [min, max] mit 1 &lt;= min &lt;= max bestehen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is used twice on %2</source>
        <translation>&quot;%1&quot; wird auf %2 doppelt verwendet</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a person in this scenario</source>
        <translation>&quot;%1&quot; ist keine Person in diesem Szenario</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no handle on %2</source>
        <translation>&quot;%1&quot; hat kein Handle auf %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a brand account in this scenario</source>
        <translation>&quot;%1&quot; ist kein Markenkonto in diesem Szenario</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an account on %2, not on %3</source>
        <translation>&quot;%1&quot; ist ein Konto auf %2, nicht auf %3</translation>
    </message>
    <message>
        <source>live mentions arrive as they come; no &quot;at&quot;</source>
        <translation>Live-Erwähnungen treffen laufend ein; &quot;at&quot; ist hier nicht erlaubt</translation>
    </message>
    <message>
        <source>must be 0 or less (seconds before the start)</source>
        <translation>muss 0 oder kleiner sein (Sekunden vor dem Start)</translation>
    </message>
    <message>
        <source>live mentions always arrive as new</source>
        <translation>Live-Erwähnungen treffen immer als neu ein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an agent in this scenario</source>
        <translation>&quot;%1&quot; ist kein Agent in diesem Szenario</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>muss ein Objekt sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is used twice</source>
        <translation>&quot;%1&quot; wird doppelt verwendet</translation>
    </message>
    <message>
        <source>Cannot read scenario %1: %2</source>
        <translation>Szenario %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot open workspace %1: %2</source>
        <translation>Arbeitsbereich %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>der Datenträger ist voll</translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation>die Datei ist schreibgeschützt</translation>
    </message>
    <message>
        <source>the file is not an intact SQLite database (%1)</source>
        <translation>die Datei ist keine intakte SQLite-Datenbank (%1)</translation>
    </message>
    <message>
        <source>Cannot open workspace %1: the folder %2 does not exist.</source>
        <translation>Arbeitsbereich %1 kann nicht geöffnet werden: Der Ordner %2 existiert nicht.</translation>
    </message>
    <message>
        <source>Cannot open workspace %1: there is no such file.</source>
        <translation>Arbeitsbereich %1 kann nicht geöffnet werden: Die Datei existiert nicht.</translation>
    </message>
    <message>
        <source>Cannot create workspace %1: the folder %2 is read-only.</source>
        <translation>Arbeitsbereich %1 kann nicht angelegt werden: Der Ordner %2 ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>Cannot open workspace %1: it is not a file.</source>
        <translation>Arbeitsbereich %1 kann nicht geöffnet werden: Es handelt sich nicht um eine Datei.</translation>
    </message>
    <message>
        <source>Cannot open workspace %1: it is not an Earshot workspace (not a SQLite file). The file was left untouched.</source>
        <translation>Arbeitsbereich %1 kann nicht geöffnet werden: Es ist kein Earshot-Arbeitsbereich (keine SQLite-Datei). Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Cannot open workspace %1: the file or its folder is read-only. Earshot needs to write next to it (write-ahead log).</source>
        <translation>Arbeitsbereich %1 kann nicht geöffnet werden: Die Datei oder ihr Ordner ist schreibgeschützt. Earshot muss daneben schreiben können (Write-Ahead-Log).</translation>
    </message>
    <message>
        <source>Cannot open workspace %1: it is a SQLite database of another program, not an Earshot workspace. The file was left untouched.</source>
        <translation>Arbeitsbereich %1 kann nicht geöffnet werden: Es ist die SQLite-Datenbank eines anderen Programms, kein Earshot-Arbeitsbereich. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Cannot open workspace %1: it was written by a newer Earshot (schema %2; this Earshot knows up to %3). The file was left untouched; update Earshot to open it.</source>
        <translation>Arbeitsbereich %1 kann nicht geöffnet werden: Er wurde von einer neueren Earshot-Version geschrieben (Schema %2; diese Version kennt Schemas bis %3). Die Datei wurde nicht verändert; aktualisieren Sie Earshot, um sie zu öffnen.</translation>
    </message>
    <message>
        <source>Demo workspace %1 - live feed stopped: %2</source>
        <translation>Demo-Arbeitsbereich %1 - Live-Feed angehalten: %2</translation>
    </message>
    <message>
        <source>Demo workspace %1 - fed by the Simulation platform (&quot;%2&quot;), no network</source>
        <translation>Demo-Arbeitsbereich %1 - gespeist von der Plattform Simulation (&quot;%2&quot;), kein Netzwerk</translation>
    </message>
    <message>
        <source>Workspace %1 - no connected accounts yet</source>
        <translation>Arbeitsbereich %1 - noch keine verbundenen Konten</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is on the brand&apos;s list of words not to use in replies.</source>
        <translation>„%1“ steht auf der Liste der Wörter, die die Marke in Antworten nicht verwendet.</translation>
    </message>
    <message>
        <source>End the reply with your initials after a ^, as in ^AB.</source>
        <translation>Beenden Sie die Antwort mit Ihren Initialen nach einem ^, etwa ^AB.</translation>
    </message>
    <message>
        <source>End the reply with your initials: ^%1.</source>
        <translation>Beenden Sie die Antwort mit Ihren Initialen: ^%1.</translation>
    </message>
    <message>
        <source>Sign the reply with one of the brand&apos;s sign-offs: %1.</source>
        <translation>Schließen Sie die Antwort mit einer der Grußformeln der Marke: %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is in capitals, which reads as shouting; write it in normal case.</source>
        <translation>„%1“ steht in Großbuchstaben und wirkt wie Schreien; schreiben Sie es in normaler Schreibweise.</translation>
    </message>
    <message>
        <source>The customer is unhappy and the reply has no apology or word of empathy, such as &quot;%1&quot;.</source>
        <translation>Die Person ist verärgert, und die Antwort enthält keine Entschuldigung und kein verständnisvolles Wort wie „%1“.</translation>
    </message>
    <message>
        <source>The reply is %1 over the limit of %2.</source>
        <translation>Die Antwort liegt %1 über der Grenze von %2.</translation>
    </message>
    <message>
        <source>The reply is %1 over the limit of %2 for %3.</source>
        <translation>Die Antwort liegt %1 über der Grenze von %2 für %3.</translation>
    </message>
    <message>
        <source>The link goes to %1, which is not one of the brand&apos;s own sites; check the address before sending it.</source>
        <translation>Der Link führt zu %1, keiner der eigenen Websites der Marke; prüfen Sie die Adresse vor dem Senden.</translation>
    </message>
    <message>
        <source>%1: must be a list of texts</source>
        <translation>%1: muss eine Liste von Texten sein</translation>
    </message>
    <message>
        <source>%1[%2]: must be a text</source>
        <translation>%1[%2]: muss ein Text sein</translation>
    </message>
    <message>
        <source>%1: must be an object</source>
        <translation>%1: muss ein Objekt sein</translation>
    </message>
    <message>
        <source>%1: must be &quot;none&quot;, &quot;initials&quot; or &quot;one_of&quot;</source>
        <translation>%1: muss &quot;none&quot;, &quot;initials&quot; oder &quot;one_of&quot; sein</translation>
    </message>
    <message>
        <source>%1: must be a whole number from 0 to %2</source>
        <translation>%1: muss eine ganze Zahl von 0 bis %2 sein</translation>
    </message>
    <message>
        <source>brand guidelines must be a JSON object</source>
        <translation>Markenrichtlinien müssen ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>an e-mail address</source>
        <translation>eine E-Mail-Adresse</translation>
    </message>
    <message>
        <source>a phone number</source>
        <translation>eine Telefonnummer</translation>
    </message>
    <message>
        <source>an order or reference number</source>
        <translation>eine Bestell- oder Referenznummer</translation>
    </message>
    <message>
        <source>an account or customer number</source>
        <translation>eine Konto- oder Kundennummer</translation>
    </message>
    <message>
        <source>a bank account number (IBAN)</source>
        <translation>eine Bankverbindung (IBAN)</translation>
    </message>
    <message>
        <source>a payment card number</source>
        <translation>eine Zahlungskartennummer</translation>
    </message>
    <message>
        <source>This public reply contains what looks like %1: %2. Send it as a private message instead?</source>
        <translation>Diese öffentliche Antwort enthält anscheinend %1: %2. Stattdessen als private Nachricht senden?</translation>
    </message>
    <message>
        <source>The } at character %1 has no opening brace; write }} for a brace in the text.</source>
        <translation>Die } an Zeichen %1 hat keine öffnende Klammer; schreiben Sie }} für eine Klammer im Text.</translation>
    </message>
    <message>
        <source>The { at character %1 is not closed; close it with } or write {{ for a brace in the text.</source>
        <translation>Die { an Zeichen %1 wird nicht geschlossen; schließen Sie sie mit } oder schreiben Sie {{ für eine Klammer im Text.</translation>
    </message>
    <message>
        <source>The prompt at character %1 is empty; say what the agent should fill in, as in {?order number}.</source>
        <translation>Die Abfrage an Zeichen %1 ist leer; geben Sie an, was ausgefüllt werden soll, etwa {?Bestellnummer}.</translation>
    </message>
    <message>
        <source>The placeholder at character %1 has no variable name, as in {first_name}.</source>
        <translation>Dem Platzhalter an Zeichen %1 fehlt ein Variablenname wie {first_name}.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; at character %2 is not a variable name; use letters, digits and _.</source>
        <translation>„%1“ an Zeichen %2 ist kein Variablenname; verwenden Sie Buchstaben, Ziffern und _.</translation>
    </message>
    <message>
        <source>Could not save this change: %1</source>
        <translation>Diese Änderung konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Case #%1 does not exist.</source>
        <translation>Fall #%1 gibt es nicht.</translation>
    </message>
    <message>
        <source>Case #%1 changed since you opened it.</source>
        <translation>Fall #%1 hat sich geändert, seit Sie ihn geöffnet haben.</translation>
    </message>
    <message>
        <source>This command is not known.</source>
        <translation>Dieser Befehl ist unbekannt.</translation>
    </message>
    <message>
        <source>Earshot</source>
        <translation>Earshot</translation>
    </message>
    <message>
        <source>%1 unassigned it at %2.</source>
        <translation>%1 hat die Zuweisung um %2 aufgehoben.</translation>
    </message>
    <message>
        <source>%1 assigned it to %2 at %3.</source>
        <translation>%1 hat ihn um %3 %2 zugewiesen.</translation>
    </message>
    <message>
        <source>The customer wrote again at %1; the case is %2 now.</source>
        <translation>Die Kundin oder der Kunde hat um %1 erneut geschrieben; der Fall ist jetzt %2.</translation>
    </message>
    <message>
        <source>%1 set it to %2 at %3.</source>
        <translation>%1 hat ihn um %3 auf %2 gesetzt.</translation>
    </message>
    <message>
        <source>%1 replied at %2.</source>
        <translation>%1 hat um %2 geantwortet.</translation>
    </message>
    <message>
        <source>There is no agent with the number %1.</source>
        <translation>Es gibt keine Person im Team mit der Nummer %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a status an agent can set.</source>
        <translation>„%1“ ist kein Status, den man im Team setzen kann.</translation>
    </message>
    <message>
        <source>An empty note is not saved.</source>
        <translation>Eine leere Notiz wird nicht gespeichert.</translation>
    </message>
    <message>
        <source>A tag needs at least one letter or digit.</source>
        <translation>Ein Schlagwort braucht mindestens einen Buchstaben oder eine Ziffer.</translation>
    </message>
    <message>
        <source>No unassigned case is waiting for an answer.</source>
        <translation>Kein nicht zugewiesener Fall wartet auf eine Antwort.</translation>
    </message>
    <message>
        <source>Very negative</source>
        <translation>Sehr negativ</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>Negativ</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Neutral</translation>
    </message>
    <message>
        <source>Positive</source>
        <translation>Positiv</translation>
    </message>
    <message>
        <source>Very positive</source>
        <translation>Sehr positiv</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Beschwerde</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Forderung</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Praise</source>
        <translation>Lob</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Rückmeldung</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>Beobachtung</translation>
    </message>
    <message>
        <source>Spam</source>
        <translation>Spam</translation>
    </message>
    <message>
        <source>Next for me</source>
        <translation>Als Nächstes für mich</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Meine</translation>
    </message>
    <message>
        <source>An empty reply cannot be sent.</source>
        <translation>Eine leere Antwort kann nicht gesendet werden.</translation>
    </message>
    <message>
        <source>This reply is %1 over the limit of %2 on this network; shorten it first.</source>
        <translation>Diese Antwort liegt %1 über der Grenze von %2 in diesem Netzwerk; bitte zuerst kürzen.</translation>
    </message>
    <message>
        <source>A template needs a name.</source>
        <translation>Eine Vorlage braucht einen Namen.</translation>
    </message>
    <message>
        <source>The name of a template can have at most %1 characters.</source>
        <translation>Der Name einer Vorlage darf höchstens %1 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known network.</source>
        <translation>&quot;%1&quot; ist kein bekanntes Netzwerk.</translation>
    </message>
    <message>
        <source>The template has no text.</source>
        <translation>Die Vorlage hat keinen Text.</translation>
    </message>
    <message>
        <source>The text of a template can have at most %1 characters.</source>
        <translation>Der Text einer Vorlage darf höchstens %1 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not the name of a spelling dictionary (such as en_US or de_DE). Spelling is not checked.</source>
        <translation>„%1“ ist nicht der Name eines Rechtschreibwörterbuchs (etwa en_US oder de_DE). Die Rechtschreibung wird nicht geprüft.</translation>
    </message>
    <message>
        <source>The spelling dictionary for %1 in %2 uses the %3 encoding, which this system cannot convert. Spelling is not checked.</source>
        <translation>Das Rechtschreibwörterbuch für %1 in %2 verwendet die Zeichenkodierung %3, die dieses System nicht umwandeln kann. Die Rechtschreibung wird nicht geprüft.</translation>
    </message>
    <message>
        <source>No spelling dictionary for %1: %1.aff and %1.dic were not found in %2. Spelling is not checked until the dictionary is installed.</source>
        <translation>Kein Rechtschreibwörterbuch für %1: %1.aff und %1.dic wurden in %2 nicht gefunden. Die Rechtschreibung wird erst geprüft, wenn das Wörterbuch installiert ist.</translation>
    </message>
    <message>
        <source>a template file must be a JSON object</source>
        <translation>eine Vorlagendatei muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>must be &quot;earshot-templates&quot;</source>
        <translation>muss &quot;earshot-templates&quot; sein</translation>
    </message>
    <message>
        <source>this Earshot reads template files of version 1</source>
        <translation>diese Earshot-Version liest Vorlagendateien der Version 1</translation>
    </message>
    <message>
        <source>must be a list of templates</source>
        <translation>muss eine Liste von Vorlagen sein</translation>
    </message>
    <message>
        <source>a template must be a JSON object</source>
        <translation>eine Vorlage muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already used by an earlier template</source>
        <translation>&quot;%1&quot; wird bereits von einer früheren Vorlage verwendet</translation>
    </message>
    <message>
        <source>must map networks to text, as in {&quot;x&quot;: &quot;...&quot;}</source>
        <translation>muss Netzwerken Text zuordnen, wie in {&quot;x&quot;: &quot;...&quot;}</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>muss Text sein</translation>
    </message>
    <message>
        <source>Cannot read template file %1: %2</source>
        <translation>Vorlagendatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The template &quot;%1&quot; no longer exists; someone may have removed it.</source>
        <translation>Die Vorlage &quot;%1&quot; existiert nicht mehr; vielleicht hat jemand sie entfernt.</translation>
    </message>
    <message>
        <source>There is already a template called &quot;%1&quot;.</source>
        <translation>Es gibt bereits eine Vorlage namens &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already has a variant for %2.</source>
        <translation>&quot;%1&quot; hat bereits eine Variante für %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a sentiment, category or priority Earshot knows.</source>
        <translation>„%1“ ist keine Stimmung, Kategorie oder Priorität, die Earshot kennt.</translation>
    </message>
    <message>
        <source>must be a text that is not empty</source>
        <translation>muss ein Text sein, der nicht leer ist</translation>
    </message>
    <message>
        <source>The brand guidelines of this workspace cannot be read (%1); the default checks apply.</source>
        <translation>Die Markenrichtlinien dieses Arbeitsbereichs können nicht gelesen werden (%1); es gelten die Standardprüfungen.</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>Zugewiesen an %1</translation>
    </message>
    <message>
        <source>Assignment changed</source>
        <translation>Zuweisung geändert</translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation>Status geändert</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Status: %1 → %2</source>
        <translation>Status: %1 → %2</translation>
    </message>
    <message>
        <source>%1, until %2</source>
        <translation>%1, bis %2</translation>
    </message>
    <message>
        <source>%1 (the customer wrote again)</source>
        <translation>%1 (die Kundin oder der Kunde hat erneut geschrieben)</translation>
    </message>
    <message>
        <source>%1 (the snooze ended)</source>
        <translation>%1 (Zurückstellung abgelaufen)</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <source>A reading of the case was corrected</source>
        <translation>Eine Einschätzung des Falls wurde korrigiert</translation>
    </message>
    <message>
        <source>Sentiment corrected: %1 → %2</source>
        <translation>Stimmung korrigiert: %1 → %2</translation>
    </message>
    <message>
        <source>Category corrected: %1 → %2</source>
        <translation>Kategorie korrigiert: %1 → %2</translation>
    </message>
    <message>
        <source>Priority corrected: %1 → %2</source>
        <translation>Priorität korrigiert: %1 → %2</translation>
    </message>
    <message>
        <source>Case opened</source>
        <translation>Fall eröffnet</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Notiz: %1</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Tag added: %1</source>
        <translation>Schlagwort hinzugefügt: %1</translation>
    </message>
    <message>
        <source>A tag was added</source>
        <translation>Ein Schlagwort wurde hinzugefügt</translation>
    </message>
    <message>
        <source>Tag removed: %1</source>
        <translation>Schlagwort entfernt: %1</translation>
    </message>
    <message>
        <source>A tag was removed</source>
        <translation>Ein Schlagwort wurde entfernt</translation>
    </message>
    <message>
        <source>Reply queued (private)</source>
        <translation>Antwort eingereiht (privat)</translation>
    </message>
    <message>
        <source>Reply queued (public)</source>
        <translation>Antwort eingereiht (öffentlich)</translation>
    </message>
    <message>
        <source>Reply queued</source>
        <translation>Antwort eingereiht</translation>
    </message>
    <message>
        <source>Reply sent</source>
        <translation>Antwort gesendet</translation>
    </message>
    <message>
        <source>Reply failed: %1</source>
        <translation>Antwort fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Reply failed</source>
        <translation>Antwort fehlgeschlagen</translation>
    </message>
    <message>
        <source>Other change (%1)</source>
        <translation>Andere Änderung (%1)</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <source>The workspace cannot be written to right now.</source>
        <translation>In den Arbeitsbereich kann gerade nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Ich</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>Interessent</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <source>Influencer</source>
        <translation>Influencer</translation>
    </message>
    <message>
        <source>There is no person with the number %1 (any more).</source>
        <translation>Eine Person mit der Nummer %1 gibt es nicht (mehr).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a badge Earshot knows.</source>
        <translation>„%1“ ist kein Abzeichen, das Earshot kennt.</translation>
    </message>
    <message>
        <source>A note about a person can be at most %1 characters long; this one has %2.</source>
        <translation>Eine Notiz zu einer Person darf höchstens %1 Zeichen lang sein; diese hat %2.</translation>
    </message>
    <message>
        <source>A person cannot be merged with themselves.</source>
        <translation>Eine Person kann nicht mit sich selbst zusammengeführt werden.</translation>
    </message>
    <message>
        <source>There is no handle with the number %1.</source>
        <translation>Ein Handle mit der Nummer %1 gibt es nicht.</translation>
    </message>
    <message>
        <source>@%1 no longer belongs to this person.</source>
        <translation>@%1 gehört nicht mehr zu dieser Person.</translation>
    </message>
    <message>
        <source>@%1 is this person&apos;s only handle: there is nothing to split it from.</source>
        <translation>@%1 ist das einzige Handle dieser Person: Es gibt nichts, wovon es sich abtrennen ließe.</translation>
    </message>
    <message>
        <source>Merged with another person</source>
        <translation>Mit einer anderen Person zusammengeführt</translation>
    </message>
    <message>
        <source>Person merged: %1 into %2</source>
        <translation>Person zusammengeführt: %1 in %2</translation>
    </message>
    <message>
        <source>Handle @%1 split off into a person of its own</source>
        <translation>Handle @%1 als eigene Person abgetrennt</translation>
    </message>
    <message>
        <source>Handle split off into a person of its own</source>
        <translation>Handle als eigene Person abgetrennt</translation>
    </message>
    <message>
        <source>Every case</source>
        <translation>Jeder Fall</translation>
    </message>
    <message>
        <source>Needs a reply</source>
        <translation>Braucht eine Antwort</translation>
    </message>
    <message>
        <source>Written to us</source>
        <translation>An uns geschrieben</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message numerus="yes">
        <source>Waiting %n min</source>
        <translation>
            <numerusform>Wartet seit %n Min.</numerusform>
            <numerusform>Wartet seit %n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Waiting %n h</source>
        <translation>
            <numerusform>Wartet seit %n Std.</numerusform>
            <numerusform>Wartet seit %n Std.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Waiting %n days</source>
        <translation>
            <numerusform>Wartet seit %n Tag</numerusform>
            <numerusform>Wartet seit %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Priority weights must be a JSON object of weight names and points.</source>
        <translation>Prioritätsgewichte müssen ein JSON-Objekt aus Gewichtsnamen und Punkten sein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a priority weight. The weights are: %2.</source>
        <translation>„%1“ ist kein Prioritätsgewicht. Die Gewichte sind: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number of points from -100 to 100.</source>
        <translation>„%1“ muss eine ganze Punktzahl von -100 bis 100 sein.</translation>
    </message>
    <message>
        <source>%1 +%2</source>
        <translation>%1 +%2</translation>
    </message>
    <message>
        <source>%1 −%2</source>
        <translation>%1 −%2</translation>
    </message>
    <message>
        <source>The workspace&apos;s priority weights cannot be read (%1); the defaults apply.</source>
        <translation>Die Prioritätsgewichte des Arbeitsbereichs lassen sich nicht lesen (%1); es gelten die Standardwerte.</translation>
    </message>
    <message>
        <source>Anger</source>
        <translation>Wut</translation>
    </message>
    <message>
        <source>Frustration</source>
        <translation>Frust</translation>
    </message>
    <message>
        <source>Anxiety</source>
        <translation>Sorge</translation>
    </message>
    <message>
        <source>Joy</source>
        <translation>Freude</translation>
    </message>
    <message>
        <source>Gratitude</source>
        <translation>Dankbarkeit</translation>
    </message>
    <message>
        <source>Legal threat</source>
        <translation>Rechtliche Drohung</translation>
    </message>
    <message>
        <source>Churn risk</source>
        <translation>Abwanderungsrisiko</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>Purchase intent</source>
        <translation>Kaufabsicht</translation>
    </message>
    <message>
        <source>Press or regulator</source>
        <translation>Presse oder Behörde</translation>
    </message>
    <message>
        <source>Abuse of staff</source>
        <translation>Beleidigung des Personals</translation>
    </message>
    <message>
        <source>Waiting: points an hour</source>
        <translation>Wartezeit: Punkte je Stunde</translation>
    </message>
    <message>
        <source>Waiting: points at most</source>
        <translation>Wartezeit: höchstens Punkte</translation>
    </message>
    <message>
        <source>not a JSON object with a &quot;text&quot;</source>
        <translation>kein JSON-Objekt mit „text“</translation>
    </message>
    <message>
        <source>the text is empty</source>
        <translation>der Text ist leer</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a %2 Earshot knows</source>
        <translation>„%1“ ist keine %2, die Earshot kennt</translation>
    </message>
    <message>
        <source>no &quot;sentiment&quot; or &quot;category&quot; to learn</source>
        <translation>kein „sentiment“ oder „category“ zum Lernen</translation>
    </message>
    <message>
        <source>Sentiment</source>
        <translation>Stimmung</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>%1 (corrections: %2): nothing learned yet.</source>
        <translation>%1 (Korrekturen: %2): noch nichts gelernt.</translation>
    </message>
    <message>
        <source>%1 (corrections: %2): on corrections held back, the built-in reading was right %3 % of the time, with what agents taught %4 % (weight %5); trained %6.</source>
        <translation>%1 (Korrekturen: %2): Bei zurückgehaltenen Korrekturen lag die eingebaute Lesart in %3 % der Fälle richtig, mit dem, was das Team beigebracht hat, in %4 % (Gewicht %5); trainiert %6.</translation>
    </message>
    <message>
        <source>%1 (corrections: %2): what agents taught does not yet beat the built-in reading (right %3 % of the time on corrections held back), so it is not used; trained %4.</source>
        <translation>%1 (Korrekturen: %2): Was das Team beigebracht hat, schlägt die eingebaute Lesart noch nicht (richtig in %3 % der zurückgehaltenen Korrekturen) und wird darum nicht verwendet; trainiert %4.</translation>
    </message>
    <message>
        <source>taught by this workspace&apos;s agents</source>
        <translation>vom Team dieses Arbeitsbereichs beigebracht</translation>
    </message>
    <message>
        <source>Scam posing as us</source>
        <translation>Betrug in unserem Namen</translation>
    </message>
    <message numerus="yes">
        <source>Open cases that moved in the queue: %n.</source>
        <translation>
            <numerusform>Offene Fälle, die in der Warteschlange verschoben wurden: %n.</numerusform>
            <numerusform>Offene Fälle, die in der Warteschlange verschoben wurden: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No unassigned case is waiting for you: %n left to a lead (%1).</source>
        <translation>
            <numerusform>Kein nicht zugewiesener Fall wartet auf Sie: %n Fall ist der Teamleitung überlassen (%1).</numerusform>
            <numerusform>Kein nicht zugewiesener Fall wartet auf Sie: %n Fälle sind der Teamleitung überlassen (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: must be a string, as in &quot;%2&quot;</source>
        <translation>%1: muss eine Zeichenkette sein, etwa &quot;%2&quot;</translation>
    </message>
    <message>
        <source>not valid UTF-8</source>
        <translation>kein gültiges UTF-8</translation>
    </message>
    <message>
        <source>the number %1 is too large to read</source>
        <translation>die Zahl %1 ist zu groß zum Lesen</translation>
    </message>
    <message>
        <source>not valid JSON (%1)</source>
        <translation>kein gültiges JSON (%1)</translation>
    </message>
    <message>
        <source>not valid UTF-8 at column %1</source>
        <translation>kein gültiges UTF-8 in Spalte %1</translation>
    </message>
    <message>
        <source>the number %1 at column %2 is too large to read</source>
        <translation>die Zahl %1 in Spalte %2 ist zu groß zum Lesen</translation>
    </message>
    <message>
        <source>Cannot create workspace %1: it is a folder.</source>
        <translation>Arbeitsbereich %1 kann nicht angelegt werden: Das ist ein Ordner.</translation>
    </message>
    <message>
        <source>Cannot create workspace %1: the folder %2 does not exist.</source>
        <translation>Arbeitsbereich %1 kann nicht angelegt werden: Der Ordner %2 existiert nicht.</translation>
    </message>
    <message>
        <source>Cannot create workspace %1: could not move it into place (%2).</source>
        <translation>Arbeitsbereich %1 kann nicht angelegt werden: Die Datei konnte nicht an ihren Zielort verschoben werden (%2).</translation>
    </message>
    <message>
        <source>Setting up workspace %1 failed: %2</source>
        <translation>Einrichten des Arbeitsbereichs %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Reading workspace %1 failed: %2</source>
        <translation>Lesen des Arbeitsbereichs %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Writing to workspace %1 failed: %2</source>
        <translation>Schreiben in den Arbeitsbereich %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Cannot open workspace %1: this user may not read it.</source>
        <translation>Arbeitsbereich %1 kann nicht geöffnet werden: Dieser Benutzer darf ihn nicht lesen.</translation>
    </message>
    <message>
        <source>Cannot create workspace %1: %2</source>
        <translation>Arbeitsbereich %1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>Workspace %1 is damaged: SQLite&apos;s check found &quot;%2&quot;. Earshot writes nothing to a damaged file. What can still be read can be recovered into a new file: earshot-cli recover &quot;%1&quot; NEW-FILE</source>
        <translation>Arbeitsbereich %1 ist beschädigt: Die Prüfung von SQLite fand „%2“. Earshot schreibt nichts in eine beschädigte Datei. Was noch lesbar ist, lässt sich in eine neue Datei retten: earshot-cli recover &quot;%1&quot; NEUE-DATEI</translation>
    </message>
    <message>
        <source>Cannot open workspace %1: the file is empty, not yet a workspace. It was left untouched; a command that creates a workspace (earshot, earshot-cli import or demo) can set it up.</source>
        <translation>Arbeitsbereich %1 kann nicht geöffnet werden: Die Datei ist leer und noch kein Arbeitsbereich. Sie wurde nicht verändert; ein Befehl, der Arbeitsbereiche anlegt (earshot, earshot-cli import oder demo), kann sie einrichten.</translation>
    </message>
    <message numerus="yes">
        <source>table %1: %n rows could not be read</source>
        <translation>
            <numerusform>Tabelle %1: %n Zeile konnte nicht gelesen werden</numerusform>
            <numerusform>Tabelle %1: %n Zeilen konnten nicht gelesen werden</numerusform>
        </translation>
    </message>
    <message>
        <source>table %1: could not be read</source>
        <translation>Tabelle %1: konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot recover %1: there is no such file.</source>
        <translation>%1 kann nicht gerettet werden: Diese Datei gibt es nicht.</translation>
    </message>
    <message>
        <source>Cannot recover into %1: the file already exists. Name a new file; nothing is overwritten.</source>
        <translation>Rettung nach %1 nicht möglich: Die Datei existiert bereits. Nennen Sie eine neue Datei; nichts wird überschrieben.</translation>
    </message>
    <message>
        <source>Cannot recover %1: not even the list of its tables can be read, so nothing can be saved from it.</source>
        <translation>%1 kann nicht gerettet werden: Nicht einmal die Liste seiner Tabellen ist lesbar, daher lässt sich nichts retten.</translation>
    </message>
    <message>
        <source>table %1: missing from the damaged file</source>
        <translation>Tabelle %1: fehlt in der beschädigten Datei</translation>
    </message>
    <message>
        <source>rate limit</source>
        <translation>Ratenlimit</translation>
    </message>
    <message>
        <source>server busy</source>
        <translation>Server ausgelastet</translation>
    </message>
    <message>
        <source>%1 paused until %2: %3</source>
        <translation>%1 pausiert bis %2: %3</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>no error</source>
        <translation>kein Fehler</translation>
    </message>
    <message>
        <source>refused: only https, or plain http to this computer</source>
        <translation>abgelehnt: nur https, oder unverschlüsseltes http zu diesem Computer</translation>
    </message>
    <message>
        <source>paused for the network&apos;s rate limit</source>
        <translation>pausiert wegen des Ratenlimits des Netzwerks</translation>
    </message>
    <message>
        <source>the server&apos;s name was not found</source>
        <translation>der Name des Servers wurde nicht gefunden</translation>
    </message>
    <message>
        <source>could not connect to the server</source>
        <translation>keine Verbindung zum Server möglich</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <source>the secure connection (TLS) could not be made</source>
        <translation>die sichere Verbindung (TLS) kam nicht zustande</translation>
    </message>
    <message>
        <source>the response was too large</source>
        <translation>die Antwort war zu groß</translation>
    </message>
    <message>
        <source>the response was cut short</source>
        <translation>die Antwort brach vorzeitig ab</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>network error</source>
        <translation>Netzwerkfehler</translation>
    </message>
    <message>
        <source>Review sites</source>
        <translation>Bewertungsportale</translation>
    </message>
    <message>
        <source>Forums</source>
        <translation>Foren</translation>
    </message>
    <message>
        <source>No connector for the network &quot;%1&quot;</source>
        <translation>Kein Konnektor für das Netzwerk &quot;%1&quot;</translation>
    </message>
    <message>
        <source>No answer came from the network after the reply went out: look among the account&apos;s posts before sending it again.</source>
        <translation>Nachdem die Antwort hinausging, kam keine Antwort vom Netzwerk: sehen Sie unter den Beiträgen des Kontos nach, bevor Sie sie erneut senden.</translation>
    </message>
    <message>
        <source>Given up: it may or may not be on the network.</source>
        <translation>Aufgegeben: sie ist vielleicht im Netzwerk, vielleicht nicht.</translation>
    </message>
    <message>
        <source>Earshot stopped while this reply was being sent: it may or may not be on the network.</source>
        <translation>Earshot wurde beendet, während diese Antwort gesendet wurde: sie ist vielleicht im Netzwerk, vielleicht nicht.</translation>
    </message>
    <message>
        <source>%1 asks Earshot to wait (rate limit)</source>
        <translation>%1 bittet Earshot zu warten (Ratenlimit)</translation>
    </message>
    <message>
        <source>%1 did not answer in time while %2</source>
        <translation>%1 hat beim %2 nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <source>%1 broke off its answer while %2</source>
        <translation>%1 hat die Antwort beim %2 abgebrochen</translation>
    </message>
    <message>
        <source>Could not reach %1 while %2: %3</source>
        <translation>%1 war beim %2 nicht erreichbar: %3</translation>
    </message>
    <message>
        <source>The token was refused by %1: sign in again</source>
        <translation>%1 hat das Token abgelehnt: Bitte melden Sie sich erneut an</translation>
    </message>
    <message>
        <source>%1 refused access while %2: the token lacks a permission, or the account is suspended</source>
        <translation>%1 hat beim %2 den Zugriff verweigert: Dem Token fehlt eine Berechtigung, oder das Konto ist gesperrt</translation>
    </message>
    <message>
        <source>%1 does not know what Earshot asked for while %2 (HTTP 404): is the address an instance&apos;s?</source>
        <translation>%1 kennt beim %2 nicht, wonach Earshot gefragt hat (HTTP 404): Ist die Adresse die einer Instanz?</translation>
    </message>
    <message>
        <source>%1 had a server error while %2 (HTTP %3)</source>
        <translation>%1 hatte beim %2 einen Serverfehler (HTTP %3)</translation>
    </message>
    <message>
        <source>%1 refused while %2 (HTTP %3)</source>
        <translation>%1 hat beim %2 abgelehnt (HTTP %3)</translation>
    </message>
    <message>
        <source>%1 sent an answer Earshot cannot read while %2</source>
        <translation>%1 hat beim %2 eine Antwort geschickt, die Earshot nicht lesen kann</translation>
    </message>
    <message>
        <source>Mastodon needs the network, and this workspace refuses it (a demo or a training run): the account %1 is not heard</source>
        <translation>Mastodon braucht das Netzwerk, und dieser Arbeitsbereich verweigert es (eine Demo oder ein Training): Das Konto %1 wird nicht abgehört</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not the address of a Mastodon instance (https://…)</source>
        <translation>„%1“ ist nicht die Adresse einer Mastodon-Instanz (https://…)</translation>
    </message>
    <message>
        <source>posting a reply</source>
        <translation>Senden einer Antwort</translation>
    </message>
    <message>
        <source>looking up the post answered</source>
        <translation>Nachschlagen des beantworteten Beitrags</translation>
    </message>
    <message>
        <source>The post you answer was deleted, or %1 cannot find it</source>
        <translation>Der Beitrag, auf den Sie antworten, wurde gelöscht, oder %1 findet ihn nicht</translation>
    </message>
    <message>
        <source>The post you answer was deleted</source>
        <translation>Der Beitrag, auf den Sie antworten, wurde gelöscht</translation>
    </message>
    <message>
        <source>Bluesky&apos;s notifications could not be read: %1</source>
        <translation>Die Benachrichtigungen von Bluesky waren nicht lesbar: %1</translation>
    </message>
    <message>
        <source>Bluesky needs the network, and this session has none (a demo or a training run): the account @%1 is not connected</source>
        <translation>Bluesky braucht das Netzwerk, und diese Sitzung hat keines (eine Demo oder ein Training): Das Konto @%1 ist nicht verbunden</translation>
    </message>
    <message>
        <source>A Bluesky account needs its handle to sign in</source>
        <translation>Ein Bluesky-Konto braucht seinen Handle, um sich anzumelden</translation>
    </message>
    <message>
        <source>The Bluesky server address &quot;%1&quot; of @%2 is not a web address</source>
        <translation>Die Bluesky-Serveradresse „%1“ von @%2 ist keine Webadresse</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <source>no list of notifications in it</source>
        <translation>keine Liste von Benachrichtigungen darin</translation>
    </message>
    <message>
        <source>a notification without its uri or time</source>
        <translation>eine Benachrichtigung ohne URI oder Zeit</translation>
    </message>
    <message>
        <source>no list of posts in it</source>
        <translation>keine Liste von Beiträgen darin</translation>
    </message>
    <message>
        <source>The post this reply answers is no longer on Bluesky</source>
        <translation>Der Beitrag, auf den diese Antwort antwortet, ist nicht mehr auf Bluesky</translation>
    </message>
    <message>
        <source>Bluesky does not let this account reply: one of you blocks the other</source>
        <translation>Bluesky lässt dieses Konto nicht antworten: Eines der beiden Konten blockiert das andere</translation>
    </message>
    <message>
        <source>The author of this thread does not let this account reply</source>
        <translation>Der Autor dieses Threads lässt dieses Konto nicht antworten</translation>
    </message>
    <message>
        <source>Bluesky refused the reply: %1</source>
        <translation>Bluesky hat die Antwort abgelehnt: %1</translation>
    </message>
    <message>
        <source>Bluesky could not be reached: %1</source>
        <translation>Bluesky war nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>Bluesky answered %1: %2</source>
        <translation>Bluesky antwortete %1: %2</translation>
    </message>
    <message>
        <source>Bluesky answered %1</source>
        <translation>Bluesky antwortete %1</translation>
    </message>
    <message>
        <source>Bluesky refused the app password for @%1: create a new one in Settings → App passwords</source>
        <translation>Bluesky hat das App-Passwort für @%1 abgelehnt: Erstellen Sie ein neues unter Einstellungen → App-Passwörter</translation>
    </message>
    <message>
        <source>Bluesky&apos;s answer to the sign-in could not be read</source>
        <translation>Die Antwort von Bluesky auf die Anmeldung war nicht lesbar</translation>
    </message>
    <message>
        <source>Bluesky refused the sign-in of @%1: the account was taken down</source>
        <translation>Bluesky hat die Anmeldung von @%1 abgelehnt: Das Konto wurde gesperrt</translation>
    </message>
    <message>
        <source>Bluesky refused the sign-in of @%1: the account is deactivated</source>
        <translation>Bluesky hat die Anmeldung von @%1 abgelehnt: Das Konto ist deaktiviert</translation>
    </message>
    <message>
        <source>Bluesky&apos;s direct messages could not be read: %1</source>
        <translation>Die Direktnachrichten von Bluesky waren nicht lesbar: %1</translation>
    </message>
    <message>
        <source>no list of conversations in it</source>
        <translation>keine Liste von Unterhaltungen darin</translation>
    </message>
    <message>
        <source>no list of messages in it</source>
        <translation>keine Liste von Nachrichten darin</translation>
    </message>
    <message>
        <source>a message without its id or time</source>
        <translation>eine Nachricht ohne ID oder Zeit</translation>
    </message>
    <message>
        <source>Earshot does not know whom to send this direct message to on Bluesky</source>
        <translation>Earshot weiß nicht, an wen diese Direktnachricht auf Bluesky gehen soll</translation>
    </message>
    <message>
        <source>Bluesky refused the direct message: %1</source>
        <translation>Bluesky hat die Direktnachricht abgelehnt: %1</translation>
    </message>
    <message>
        <source>Bluesky has no conversation with this person for a direct message</source>
        <translation>Bluesky hat keine Unterhaltung mit dieser Person für eine Direktnachricht</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a network Earshot connects to (%2).</source>
        <translation>„%1“ ist kein Netzwerk, mit dem Earshot sich verbindet (%2).</translation>
    </message>
    <message>
        <source>The account needs its handle.</source>
        <translation>Das Konto braucht sein Handle.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a handle: no spaces or slashes.</source>
        <translation>„%1“ ist kein Handle: keine Leerzeichen oder Schrägstriche.</translation>
    </message>
    <message>
        <source>The account needs the address of its server (https://...).</source>
        <translation>Das Konto braucht die Adresse seines Servers (https://...).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web address (https://...).</source>
        <translation>„%1“ ist keine Webadresse (https://...).</translation>
    </message>
    <message>
        <source>The address must not carry a name or password; the token is asked for separately.</source>
        <translation>Die Adresse darf weder Namen noch Passwort enthalten; das Token wird getrennt abgefragt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is plain http: Earshot speaks to networks only over https (plain http only to this computer, for tests).</source>
        <translation>„%1“ ist unverschlüsseltes http: Earshot spricht mit Netzwerken nur über https (unverschlüsseltes http nur mit diesem Rechner, für Tests).</translation>
    </message>
    <message>
        <source>No folder for secret files is set.</source>
        <translation>Es ist kein Ordner für Geheimnisdateien festgelegt.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot remove %1: %2</source>
        <translation>%1 kann nicht entfernt werden: %2</translation>
    </message>
    <message>
        <source>No keychain service is running (Secret Service over D-Bus); Earshot keeps tokens only there. Start one (GNOME Keyring, KWallet or KeePassXC with its Secret Service integration) and try again.</source>
        <translation>Es läuft kein Schlüsselbunddienst (Secret Service über D-Bus); Earshot bewahrt Tokens nur dort auf. Starten Sie einen (GNOME Keyring, KWallet oder KeePassXC mit seiner Secret-Service-Anbindung) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>No secret file for this account in %1.</source>
        <translation>Keine Geheimnisdatei für dieses Konto in %1.</translation>
    </message>
    <message>
        <source>The keychain holds no secret for this account.</source>
        <translation>Der Schlüsselbund enthält kein Geheimnis für dieses Konto.</translation>
    </message>
    <message>
        <source>The keychain refused access (is it locked?): %1</source>
        <translation>Der Schlüsselbund hat den Zugriff verweigert (ist er gesperrt?): %1</translation>
    </message>
    <message>
        <source>The keychain failed: %1</source>
        <translation>Der Schlüsselbund ist gescheitert: %1</translation>
    </message>
    <message>
        <source>The account has no connector.</source>
        <translation>Das Konto hat keinen Connector.</translation>
    </message>
    <message>
        <source>Could not write what arrived: %1</source>
        <translation>Was ankam, konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>The fetch did not get to the end.</source>
        <translation>Das Abholen ist nicht bis zum Ende gekommen.</translation>
    </message>
    <message>
        <source>The account needs its token or app password.</source>
        <translation>Das Konto braucht sein Token oder App-Passwort.</translation>
    </message>
    <message>
        <source>The %1 account @%2 is connected already (account %3).</source>
        <translation>Das %1-Konto @%2 ist bereits verbunden (Konto %3).</translation>
    </message>
    <message>
        <source>No account %1.</source>
        <translation>Kein Konto %1.</translation>
    </message>
    <message>
        <source>The account is removed, but its token could not be: %1</source>
        <translation>Das Konto ist entfernt, sein Token aber nicht: %1</translation>
    </message>
    <message numerus="yes">
        <source>Workspace %1 - %n connected account(s)</source>
        <translation>
            <numerusform>Arbeitsbereich %1 - %n verbundenes Konto</numerusform>
            <numerusform>Arbeitsbereich %1 - %n verbundene Konten</numerusform>
        </translation>
    </message>
    <message>
        <source>Mastodon refused the reply: %1</source>
        <translation>Mastodon hat die Antwort abgelehnt: %1</translation>
    </message>
    <message>
        <source>This reply changed meanwhile; look at it again.</source>
        <translation>Diese Antwort hat sich inzwischen geändert; sehen Sie sie sich erneut an.</translation>
    </message>
    <message>
        <source>X (%1)</source>
        <translation>X (%1)</translation>
    </message>
    <message>
        <source>X could not be reached for %1: %2</source>
        <translation>X war für %1 nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>X paused: the account&apos;s API credits are used up</source>
        <translation>X pausiert: Die API-Guthaben des Kontos sind aufgebraucht</translation>
    </message>
    <message>
        <source>X refused the token for %1: sign in again</source>
        <translation>X hat das Token für %1 abgelehnt: Melden Sie sich erneut an</translation>
    </message>
    <message>
        <source>X does not allow this for %1</source>
        <translation>X erlaubt das für %1 nicht</translation>
    </message>
    <message>
        <source>X does not allow this for %1: %2</source>
        <translation>X erlaubt das für %1 nicht: %2</translation>
    </message>
    <message>
        <source>X asks %1 to wait: rate limit</source>
        <translation>X bittet %1 zu warten: Ratenlimit</translation>
    </message>
    <message>
        <source>X is having trouble (HTTP %1); Earshot tries again later</source>
        <translation>X hat Probleme (HTTP %1); Earshot versucht es später erneut</translation>
    </message>
    <message>
        <source>X refused the request for %1 (HTTP %2)</source>
        <translation>X hat die Anfrage für %1 abgelehnt (HTTP %2)</translation>
    </message>
    <message>
        <source>X refused the request for %1 (HTTP %2): %3</source>
        <translation>X hat die Anfrage für %1 abgelehnt (HTTP %2): %3</translation>
    </message>
    <message>
        <source>X cannot be reached: this session has no network</source>
        <translation>X ist nicht erreichbar: Diese Sitzung hat keine Netzwerkverbindung</translation>
    </message>
    <message>
        <source>X sent an answer Earshot could not read (the account&apos;s user)</source>
        <translation>X hat eine Antwort geschickt, die Earshot nicht lesen konnte (der Benutzer des Kontos)</translation>
    </message>
    <message>
        <source>X sent an answer Earshot could not read; the mentions are read again next time</source>
        <translation>X hat eine Antwort geschickt, die Earshot nicht lesen konnte; die Erwähnungen werden beim nächsten Mal erneut gelesen</translation>
    </message>
    <message>
        <source>X needs a network connection, and this session has none (a demo or training session cannot reach X)</source>
        <translation>X braucht eine Netzwerkverbindung, und diese Sitzung hat keine (eine Demo- oder Trainingssitzung kann X nicht erreichen)</translation>
    </message>
    <message>
        <source>The X server address &quot;%1&quot; is not a web address</source>
        <translation>Die X-Serveradresse „%1“ ist keine Webadresse</translation>
    </message>
    <message>
        <source>X needs the person&apos;s user id to send a private message</source>
        <translation>X braucht die Benutzer-ID der Person, um eine private Nachricht zu senden</translation>
    </message>
    <message>
        <source>X paused: the spending cap of %1 this month is reached</source>
        <translation>X pausiert: Die Ausgabengrenze von %1 für diesen Monat ist erreicht</translation>
    </message>
    <message>
        <source>A reply on X with a link costs much more than one without (X charges posts with links at a higher rate); leave the link out if the reply works without it.</source>
        <translation>Eine Antwort auf X mit Link kostet deutlich mehr als eine ohne (X berechnet Beiträge mit Links höher); lassen Sie den Link weg, wenn die Antwort auch ohne ihn auskommt.</translation>
    </message>
    <message numerus="yes">
        <source>Silent for %n h, though it heard something on %1 of the %2 days before</source>
        <translation>
            <numerusform>Seit %n h still, obwohl es an %1 der %2 Tage davor etwas gehört hat</numerusform>
            <numerusform>Seit %n h still, obwohl es an %1 der %2 Tage davor etwas gehört hat</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not listen on 127.0.0.1 port %1 for the browser&apos;s answer: %2</source>
        <translation>Auf 127.0.0.1, Port %1, konnte nicht auf die Antwort des Browsers gewartet werden: %2</translation>
    </message>
    <message>
        <source>Earshot expected a browser here.</source>
        <translation>Earshot hat hier einen Browser erwartet.</translation>
    </message>
    <message>
        <source>Nothing here.</source>
        <translation>Hier gibt es nichts.</translation>
    </message>
    <message>
        <source>You can close this tab and return to Earshot.</source>
        <translation>Sie können diesen Tab schließen und zu Earshot zurückkehren.</translation>
    </message>
    <message>
        <source>X refused the token and there is no refresh token: sign in again</source>
        <translation>X hat das Token abgelehnt, und es gibt kein Refresh-Token: Melden Sie sich erneut an</translation>
    </message>
    <message>
        <source>X did not renew the sign-in (%1): sign in again</source>
        <translation>X hat die Anmeldung nicht erneuert (%1): Melden Sie sich erneut an</translation>
    </message>
    <message>
        <source>X sent an answer Earshot could not read when renewing the sign-in</source>
        <translation>X hat beim Erneuern der Anmeldung eine Antwort geschickt, die Earshot nicht lesen konnte</translation>
    </message>
    <message>
        <source>The renewed sign-in could not be kept: %1; sign in again</source>
        <translation>Die erneuerte Anmeldung konnte nicht gespeichert werden: %1; melden Sie sich erneut an</translation>
    </message>
    <message>
        <source>This session has no network connection.</source>
        <translation>Diese Sitzung hat keine Netzwerkverbindung.</translation>
    </message>
    <message>
        <source>Signing in to X needs the OAuth 2.0 client id of your app from the X developer portal (setting %1).</source>
        <translation>Für die Anmeldung bei X wird die OAuth-2.0-Client-ID Ihrer App aus dem X-Entwicklerportal benötigt (Einstellung %1).</translation>
    </message>
    <message>
        <source>Signing in with a browser works for Mastodon and X; for %1, paste a token or an app password.</source>
        <translation>Die Anmeldung im Browser gibt es für Mastodon und X; für %1 fügen Sie ein Token oder ein App-Passwort ein.</translation>
    </message>
    <message>
        <source>Looking for Earshot&apos;s app on %1...</source>
        <translation>Suche die App von Earshot auf %1...</translation>
    </message>
    <message>
        <source>No answer came from the browser in time; try again.</source>
        <translation>Vom Browser kam nicht rechtzeitig eine Antwort; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Registering Earshot on %1...</source>
        <translation>Earshot wird auf %1 registriert...</translation>
    </message>
    <message>
        <source>%1 did not register Earshot as an app: %2</source>
        <translation>%1 hat Earshot nicht als App registriert: %2</translation>
    </message>
    <message>
        <source>%1 answered the app registration in a way Earshot could not read.</source>
        <translation>%1 hat auf die App-Registrierung so geantwortet, dass Earshot die Antwort nicht lesen konnte.</translation>
    </message>
    <message>
        <source>Waiting for you to approve Earshot in the browser...</source>
        <translation>Warte darauf, dass Sie Earshot im Browser den Zugriff erlauben...</translation>
    </message>
    <message>
        <source>The browser came back from a different sign-in (its state did not match); nothing was stored. Try again.</source>
        <translation>Der Browser kam von einer anderen Anmeldung zurück (der state-Wert stimmte nicht überein); nichts wurde gespeichert. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Access to the account was denied at %1, so Earshot was not signed in.</source>
        <translation>Der Zugriff auf das Konto wurde bei %1 verweigert, daher wurde Earshot nicht angemeldet.</translation>
    </message>
    <message>
        <source>%1 refused the sign-in: %2</source>
        <translation>%1 hat die Anmeldung abgelehnt: %2</translation>
    </message>
    <message>
        <source>The browser came back without an authorization code.</source>
        <translation>Der Browser kam ohne Autorisierungscode zurück.</translation>
    </message>
    <message>
        <source>Finishing the sign-in with %1...</source>
        <translation>Die Anmeldung bei %1 wird abgeschlossen...</translation>
    </message>
    <message>
        <source>%1 did not give a token for the code: %2</source>
        <translation>%1 hat für den Code kein Token ausgegeben: %2</translation>
    </message>
    <message>
        <source>%1 answered with no token Earshot could read.</source>
        <translation>%1 hat ohne ein Token geantwortet, das Earshot lesen konnte.</translation>
    </message>
    <message>
        <source>%1 did not accept the new token: %2</source>
        <translation>%1 hat das neue Token nicht angenommen: %2</translation>
    </message>
    <message>
        <source>%1 did not say which account signed in.</source>
        <translation>%1 hat nicht mitgeteilt, welches Konto angemeldet wurde.</translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation>Die Anmeldung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Bluesky&apos;s search could not be read: %1</source>
        <translation>Die Suche von Bluesky konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>searching for a listening term</source>
        <translation>beim Suchen nach einem Suchbegriff</translation>
    </message>
    <message>
        <source>X sent a search answer Earshot could not read; the search is tried again next time</source>
        <translation>X hat eine Suchantwort geschickt, die Earshot nicht lesen konnte; die Suche wird beim nächsten Mal wiederholt</translation>
    </message>
    <message>
        <source>X search paused until tomorrow (UTC): today&apos;s search budget of %1 is spent; mentions are still read</source>
        <translation>X-Suche pausiert bis morgen (UTC): das heutige Suchbudget von %1 ist aufgebraucht; Erwähnungen werden weiter gelesen</translation>
    </message>
    <message>
        <source>That listening term was removed already</source>
        <translation>Dieser Suchbegriff wurde schon entfernt</translation>
    </message>
    <message>
        <source>A listening term needs a word, a &quot;phrase&quot; or a #hashtag</source>
        <translation>Ein Suchbegriff braucht ein Wort, eine &quot;Wortfolge&quot; oder einen #Hashtag</translation>
    </message>
    <message>
        <source>A listening term cannot hold control characters</source>
        <translation>Ein Suchbegriff darf keine Steuerzeichen enthalten</translation>
    </message>
    <message>
        <source>A listening term can have at most 100 characters</source>
        <translation>Ein Suchbegriff darf höchstens 100 Zeichen haben</translation>
    </message>
    <message>
        <source>A hashtag is one word of letters, digits and _ after the #</source>
        <translation>Ein Hashtag ist ein Wort aus Buchstaben, Ziffern und _ nach dem #</translation>
    </message>
    <message>
        <source>A phrase is words between two double quotes: &quot;late delivery&quot;</source>
        <translation>Eine Wortfolge steht zwischen zwei doppelten Anführungszeichen: &quot;späte Lieferung&quot;</translation>
    </message>
    <message>
        <source>Several words are searched as a phrase: put them in double quotes (&quot;%1&quot;)</source>
        <translation>Mehrere Wörter werden als Wortfolge gesucht: setzen Sie sie in doppelte Anführungszeichen (&quot;%1&quot;)</translation>
    </message>
    <message>
        <source>Earshot listens for %1 already (term %2)</source>
        <translation>Earshot sucht schon nach %1 (Begriff %2)</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>Case #%1: %2 new posts, %3 already known, %4 edited, %5 deleted.</source>
        <translation>Fall #%1: %2 neue Beiträge, %3 schon bekannt, %4 bearbeitet, %5 gelöscht.</translation>
    </message>
    <message>
        <source>Person %1: profile read.</source>
        <translation>Person %1: Profil gelesen.</translation>
    </message>
    <message>
        <source>Person %1: the network gave no profile Earshot could store.</source>
        <translation>Person %1: Das Netzwerk lieferte kein Profil, das Earshot speichern konnte.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a case number.</source>
        <translation>&quot;%1&quot; ist keine Fallnummer.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a person&apos;s id.</source>
        <translation>&quot;%1&quot; ist keine Personen-ID.</translation>
    </message>
    <message>
        <source>The author edited their post on the network (at %1)</source>
        <translation>Der Autor hat seinen Beitrag im Netzwerk bearbeitet (um %1)</translation>
    </message>
    <message>
        <source>The author edited their post on the network</source>
        <translation>Der Autor hat seinen Beitrag im Netzwerk bearbeitet</translation>
    </message>
    <message>
        <source>The post was deleted on the network; Earshot keeps what it said</source>
        <translation>Der Beitrag wurde im Netzwerk gelöscht; Earshot behält, was er sagte</translation>
    </message>
    <message>
        <source>This network&apos;s connector cannot read a whole conversation.</source>
        <translation>Der Connector dieses Netzwerks kann keine ganze Unterhaltung lesen.</translation>
    </message>
    <message>
        <source>This network&apos;s connector cannot read a profile.</source>
        <translation>Der Connector dieses Netzwerks kann kein Profil lesen.</translation>
    </message>
    <message>
        <source>No connected account of this network can read it.</source>
        <translation>Kein verbundenes Konto dieses Netzwerks kann es lesen.</translation>
    </message>
    <message>
        <source>Bluesky&apos;s answer could not be read</source>
        <translation>Die Antwort von Bluesky konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>Bluesky&apos;s answer to reading a conversation could not be read</source>
        <translation>Die Antwort von Bluesky auf das Lesen einer Unterhaltung konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>Bluesky&apos;s answer to reading a profile could not be read</source>
        <translation>Die Antwort von Bluesky auf das Lesen eines Profils konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>reading a conversation</source>
        <translation>Lesen einer Unterhaltung</translation>
    </message>
    <message>
        <source>reading a profile</source>
        <translation>Lesen eines Profils</translation>
    </message>
    <message>
        <source>%1 no longer knows this account.</source>
        <translation>%1 kennt dieses Konto nicht mehr.</translation>
    </message>
    <message>
        <source>X sent an answer Earshot could not read</source>
        <translation>X hat eine Antwort geschickt, die Earshot nicht lesen konnte</translation>
    </message>
    <message>
        <source>X does not know this person (any more)</source>
        <translation>X kennt diese Person nicht (mehr)</translation>
    </message>
    <message>
        <source>There is no case #%1.</source>
        <translation>Es gibt keinen Fall #%1.</translation>
    </message>
    <message>
        <source>A private conversation is heard whole already; only public threads are read again.</source>
        <translation>Eine private Unterhaltung wird schon ganz gehört; nur öffentliche Threads werden neu gelesen.</translation>
    </message>
    <message>
        <source>There is no person %1.</source>
        <translation>Es gibt keine Person %1.</translation>
    </message>
    <message>
        <source>None of this person&apos;s networks has a connected account.</source>
        <translation>Keines der Netzwerke dieser Person hat ein verbundenes Konto.</translation>
    </message>
    <message>
        <source>This workspace is older than edits and deletions on the networks (schema 15): open it with Earshot to bring it up to date.</source>
        <translation>Dieser Arbeitsbereich ist älter als Bearbeitungen und Löschungen in den Netzwerken (Schema 15): Öffnen Sie ihn mit Earshot, um ihn auf den neuen Stand zu bringen.</translation>
    </message>
    <message>
        <source>X does not let Earshot read the direct messages of @%1: sign in again and allow direct messages (dm.read)</source>
        <translation>X lässt Earshot die Direktnachrichten von @%1 nicht lesen: Melden Sie sich erneut an und erlauben Sie Direktnachrichten (dm.read)</translation>
    </message>
    <message>
        <source>This answers a direct message on X: send it as a private message</source>
        <translation>Dies beantwortet eine Direktnachricht auf X: Senden Sie es als private Nachricht</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a risk Earshot knows.</source>
        <translation>„%1“ ist kein Risiko, das Earshot kennt.</translation>
    </message>
    <message>
        <source>Risk cleared: %1</source>
        <translation>Risiko aufgehoben: %1</translation>
    </message>
    <message>
        <source>A risk was cleared</source>
        <translation>Ein Risiko wurde aufgehoben</translation>
    </message>
    <message>
        <source>Sadness</source>
        <translation>Traurigkeit</translation>
    </message>
    <message>
        <source>Disappointment</source>
        <translation>Enttäuschung</translation>
    </message>
    <message>
        <source>A case is assigned to me</source>
        <translation>Mir wird ein Fall zugewiesen</translation>
    </message>
    <message>
        <source>A customer answers in my case</source>
        <translation>Eine Kundin oder ein Kunde antwortet in meinem Fall</translation>
    </message>
    <message>
        <source>A colleague names me in a note</source>
        <translation>Jemand aus dem Team nennt mich in einer Notiz</translation>
    </message>
    <message>
        <source>A case of mine is about to pass its reply-by time</source>
        <translation>Ein Fall von mir erreicht bald seine Antwortfrist</translation>
    </message>
    <message>
        <source>A case of mine is flagged risky</source>
        <translation>Ein Fall von mir ist als riskant markiert</translation>
    </message>
    <message>
        <source>Case #%1 is yours</source>
        <translation>Fall #%1 gehört Ihnen</translation>
    </message>
    <message>
        <source>%1 assigned it to you. %2: %3</source>
        <translation>%1 hat ihn Ihnen zugewiesen. %2: %3</translation>
    </message>
    <message>
        <source>%1 named you in case #%2</source>
        <translation>%1 hat Sie in Fall #%2 genannt</translation>
    </message>
    <message>
        <source>Case #%1 is flagged risky</source>
        <translation>Fall #%1 ist als riskant markiert</translation>
    </message>
    <message>
        <source>%1 wrote in case #%2</source>
        <translation>%1 hat in Fall #%2 geschrieben</translation>
    </message>
    <message>
        <source>Case #%1 needs a reply within %2 min</source>
        <translation>Fall #%1 braucht innerhalb von %2 Min. eine Antwort</translation>
    </message>
    <message>
        <source>%1 has been waiting since %2.</source>
        <translation>%1 wartet seit %2.</translation>
    </message>
    <message>
        <source>A view named &quot;%1&quot; exists already.</source>
        <translation>Eine Ansicht namens „%1“ gibt es bereits.</translation>
    </message>
    <message>
        <source>Read it first, then send or resolve again.</source>
        <translation>Lesen Sie es zuerst, dann senden oder lösen Sie erneut.</translation>
    </message>
    <message>
        <source>%1 is writing…</source>
        <translation>%1 schreibt …</translation>
    </message>
    <message>
        <source>%1 is viewing</source>
        <translation>%1 sieht sich den Fall an</translation>
    </message>
    <message>
        <source>The customer wrote again at %1, after what you have seen.</source>
        <translation>Die Kundin oder der Kunde hat um %1 erneut geschrieben, nach dem, was Sie gesehen haben.</translation>
    </message>
    <message>
        <source>this Earshot reads scenario versions 1 and 2</source>
        <translation>dieses Earshot liest Szenarien der Versionen 1 und 2</translation>
    </message>
    <message>
        <source>must be from %1 to %2</source>
        <translation>muss zwischen %1 und %2 liegen</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a network Earshot knows (%2)</source>
        <translation>„%1“ ist kein Netzwerk, das Earshot kennt (%2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a persona in this scenario</source>
        <translation>„%1“ ist keine Persona in diesem Szenario</translation>
    </message>
    <message>
        <source>is earlier than the inject before it (%1 s); keep scripted injects in the order of time</source>
        <translation>liegt vor der Einspielung davor (%1 s); geplante Einspielungen müssen zeitlich geordnet sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an inject in this scenario</source>
        <translation>„%1“ ist keine Einspielung in diesem Szenario</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is on %2, not on %3</source>
        <translation>„%1“ ist auf %2, nicht auf %3</translation>
    </message>
    <message>
        <source>an inject cannot answer itself</source>
        <translation>eine Einspielung kann nicht auf sich selbst antworten</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is posted later than this inject</source>
        <translation>„%1“ wird später als diese Einspielung gepostet</translation>
    </message>
    <message>
        <source>is not a condition Earshot knows</source>
        <translation>ist keine Bedingung, die Earshot kennt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a team nor an agent in this scenario</source>
        <translation>„%1“ ist weder ein Team noch ein Agent in diesem Szenario</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an &quot;at&quot;; an inject a branch posts has none</source>
        <translation>„%1“ hat ein „at“; eine Einspielung, die eine Verzweigung postet, hat keins</translation>
    </message>
    <message>
        <source>has no &quot;at&quot; and no branch posts it</source>
        <translation>hat kein „at“ und keine Verzweigung postet sie</translation>
    </message>
    <message>
        <source>the branches go round in a circle: %1</source>
        <translation>die Verzweigungen laufen im Kreis: %1</translation>
    </message>
    <message>
        <source>noise needs at least one brand account</source>
        <translation>das Grundrauschen braucht mindestens ein Markenkonto</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an objective already</source>
        <translation>„%1“ hat schon ein Ziel</translation>
    </message>
    <message>
        <source>Only a scenario of version 2 can be scored.</source>
        <translation>Nur ein Szenario der Version 2 kann bewertet werden.</translation>
    </message>
    <message>
        <source>No training run has been played in this workspace.</source>
        <translation>In diesem Arbeitsbereich wurde noch kein Trainingslauf abgespielt.</translation>
    </message>
    <message>
        <source>%1 is a scenario of version 1; a training run needs version 2.</source>
        <translation>%1 ist ein Szenario der Version 1; ein Trainingslauf braucht Version 2.</translation>
    </message>
    <message>
        <source>%1 is not a training workspace; choose another file for the training sandbox.</source>
        <translation>%1 ist kein Trainings-Arbeitsbereich; wählen Sie eine andere Datei für die Trainingsumgebung.</translation>
    </message>
    <message>
        <source>Cannot reset the training workspace %1.</source>
        <translation>Der Trainings-Arbeitsbereich %1 kann nicht zurückgesetzt werden.</translation>
    </message>
    <message>
        <source>Only a Bluesky account has an AppView and a chat service to choose.</source>
        <translation>Nur ein Bluesky-Konto hat eine AppView und einen Chat-Dienst zur Wahl.</translation>
    </message>
    <message>
        <source>AppView: %1</source>
        <translation>AppView: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a chat service: give its DID and service id, as in %2.</source>
        <translation>„%1“ ist kein Chat-Dienst: Gib seine DID und Dienst-ID an, wie in %2.</translation>
    </message>
    <message>
        <source>search paused until %1 UTC (daily budget)</source>
        <translation>Suche pausiert bis %1 UTC (Tagesbudget)</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>%1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
</context>
<context>
    <name>Earshot</name>
    <message>
        <source>Earshot cannot open the workspace</source>
        <translation>Earshot kann den Arbeitsbereich nicht öffnen</translation>
    </message>
    <message>
        <source>Earshot: a desktop console for social customer care.</source>
        <translation>Earshot: eine Desktop-Konsole für den Kundenservice in sozialen Netzwerken.</translation>
    </message>
    <message>
        <source>Open this workspace file (created if it does not exist). Without it, Earshot opens the demo workspace.</source>
        <translation>Diese Arbeitsbereichsdatei öffnen (wird angelegt, falls sie nicht existiert). Ohne diese Option öffnet Earshot den Demo-Arbeitsbereich.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Language of the window (en, de); overrides the system language.</source>
        <translation>Sprache des Fensters (en, de); hat Vorrang vor der Systemsprache.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Work as this agent of the workspace (its key, for example a-priya).</source>
        <translation>Als diese Person des Teams arbeiten (ihr Schlüssel, zum Beispiel a-priya).</translation>
    </message>
    <message>
        <source>key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>The workspace is damaged</source>
        <translation>Der Arbeitsbereich ist beschädigt</translation>
    </message>
    <message>
        <source>Recover into a new file...</source>
        <translation>In eine neue Datei retten...</translation>
    </message>
    <message>
        <source>Save what can be read into</source>
        <translation>Lesbares retten nach</translation>
    </message>
    <message>
        <source>Earshot workspaces (*.earshot)</source>
        <translation>Earshot-Arbeitsbereiche (*.earshot)</translation>
    </message>
    <message>
        <source>Recovered %1 rows of %2 tables into %3.</source>
        <translation>%1 Zeilen aus %2 Tabellen nach %3 gerettet.</translation>
    </message>
    <message>
        <source>Could not be read: %1</source>
        <translation>Nicht lesbar: %1</translation>
    </message>
    <message>
        <source>Workspace recovered</source>
        <translation>Arbeitsbereich gerettet</translation>
    </message>
    <message>
        <source>Recovery failed</source>
        <translation>Rettung fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>ShortcutCatalog</name>
    <message>
        <source>Next case in the list</source>
        <translation>Nächster Fall in der Liste</translation>
    </message>
    <message>
        <source>Previous case in the list</source>
        <translation>Vorheriger Fall in der Liste</translation>
    </message>
    <message>
        <source>Take the next case</source>
        <translation>Nächsten Fall übernehmen</translation>
    </message>
    <message>
        <source>Search messages</source>
        <translation>Nachrichten durchsuchen</translation>
    </message>
    <message>
        <source>Assign the case</source>
        <translation>Fall zuweisen</translation>
    </message>
    <message>
        <source>Resolve the case</source>
        <translation>Fall als gelöst markieren</translation>
    </message>
    <message>
        <source>Snooze the case</source>
        <translation>Fall zurückstellen</translation>
    </message>
    <message>
        <source>Open the conversation</source>
        <translation>Unterhaltung öffnen</translation>
    </message>
    <message>
        <source>Back to the case list</source>
        <translation>Zurück zur Fallliste</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Antwort schreiben</translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
    <message>
        <source>Choose a template</source>
        <translation>Vorlage auswählen</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Send and go to the next case</source>
        <translation>Senden und zum nächsten Fall</translation>
    </message>
    <message>
        <source>Open the queue %1</source>
        <translation>Warteschlange %1 öffnen</translation>
    </message>
    <message>
        <source>Show every shortcut</source>
        <translation>Alle Tastenkürzel anzeigen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Fälle</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <source>Replying</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Warteschlangen</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Fenster</translation>
    </message>
    <message>
        <source>Load the whole conversation from the network</source>
        <translation>Die ganze Unterhaltung aus dem Netzwerk laden</translation>
    </message>
</context>
<context>
    <name>Tr</name>
    <message>
        <source>reading the notifications</source>
        <translation>Lesen der Benachrichtigungen</translation>
    </message>
</context>
<context>
    <name>earshot::AccountsDialog</name>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>&amp;Remove...</source>
        <translation>&amp;Entfernen...</translation>
    </message>
    <message>
        <source>Re-&amp;authenticate...</source>
        <translation>Neu &amp;anmelden...</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Handle</source>
        <translation>Handle</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Last success</source>
        <translation>Zuletzt erfolgreich</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
    <message>
        <source>Paused until</source>
        <translation>Pausiert bis</translation>
    </message>
    <message>
        <source>Tokens and app passwords are kept in the keychain of this computer, never in the workspace.</source>
        <translation>Tokens und App-Passwörter werden im Schlüsselbund dieses Rechners aufbewahrt, nie im Arbeitsbereich.</translation>
    </message>
    <message>
        <source>&amp;Add...</source>
        <translation>&amp;Hinzufügen...</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>not paused</source>
        <translation>nicht pausiert</translation>
    </message>
    <message>
        <source>Add an account</source>
        <translation>Konto hinzufügen</translation>
    </message>
    <message>
        <source>https://mastodon.example</source>
        <translation>https://mastodon.example</translation>
    </message>
    <message>
        <source>&amp;Network:</source>
        <translation>&amp;Netzwerk:</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Handle:</source>
        <translation>&amp;Handle:</translation>
    </message>
    <message>
        <source>&amp;Token or app password:</source>
        <translation>&amp;Token oder App-Passwort:</translation>
    </message>
    <message>
        <source>Adding the account...</source>
        <translation>Das Konto wird hinzugefügt...</translation>
    </message>
    <message>
        <source>The account is added; its token is in the keychain.</source>
        <translation>Das Konto ist hinzugefügt; sein Token liegt im Schlüsselbund.</translation>
    </message>
    <message>
        <source>New token</source>
        <translation>Neues Token</translation>
    </message>
    <message>
        <source>New &amp;token or app password:</source>
        <translation>Neues &amp;Token oder App-Passwort:</translation>
    </message>
    <message>
        <source>The new token is in the keychain; it is used from the workspace&apos;s next opening.</source>
        <translation>Das neue Token liegt im Schlüsselbund; es wird ab dem nächsten Öffnen des Arbeitsbereichs verwendet.</translation>
    </message>
    <message>
        <source>Remove the account?</source>
        <translation>Das Konto entfernen?</translation>
    </message>
    <message>
        <source>Stop hearing %1 on %2 and remove its token from the keychain? What was heard on it stays in the workspace.</source>
        <translation>%1 auf %2 nicht mehr hören und sein Token aus dem Schlüsselbund entfernen? Was darauf gehört wurde, bleibt im Arbeitsbereich.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>The account is removed.</source>
        <translation>Das Konto ist entfernt.</translation>
    </message>
    <message>
        <source>Cost (X, estimated)</source>
        <translation>Kosten (X, geschätzt)</translation>
    </message>
    <message>
        <source>free</source>
        <translation>kostenlos</translation>
    </message>
    <message>
        <source>today %1, this month %2</source>
        <translation>heute %1, diesen Monat %2</translation>
    </message>
    <message>
        <source>%1 (cap %2%3)</source>
        <translation>%1 (Obergrenze %2%3)</translation>
    </message>
    <message>
        <source>, reached: fetching paused</source>
        <translation>, erreicht: Abrufen pausiert</translation>
    </message>
    <message>
        <source>Sign in with &amp;browser...</source>
        <translation>Im &amp;Browser anmelden...</translation>
    </message>
    <message>
        <source>Mastodon and X: approve Earshot in your browser instead of pasting a token.</source>
        <translation>Mastodon und X: Erlauben Sie Earshot den Zugriff im Browser, statt ein Token einzufügen.</translation>
    </message>
    <message>
        <source>Sign in with browser</source>
        <translation>Im Browser anmelden</translation>
    </message>
    <message>
        <source>Your browser opens the network&apos;s page where you approve Earshot; the account then appears here with its handle.</source>
        <translation>Ihr Browser öffnet die Seite des Netzwerks, auf der Sie Earshot den Zugriff erlauben; danach erscheint das Konto hier mit seinem Handle.</translation>
    </message>
    <message>
        <source>Signing in with the browser...</source>
        <translation>Anmeldung im Browser läuft...</translation>
    </message>
    <message>
        <source>Sign in to %1</source>
        <translation>Bei %1 anmelden</translation>
    </message>
    <message>
        <source>The browser signed in as @%1, not as @%2: nothing was changed.</source>
        <translation>Im Browser wurde @%1 angemeldet, nicht @%2: Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Signed in again; the new token is in the keychain and is used from the workspace&apos;s next opening.</source>
        <translation>Erneut angemeldet; das neue Token liegt im Schlüsselbund und wird ab dem nächsten Öffnen des Arbeitsbereichs verwendet.</translation>
    </message>
    <message>
        <source>Signed in as @%1; the token is in the keychain.</source>
        <translation>Angemeldet als @%1; das Token liegt im Schlüsselbund.</translation>
    </message>
    <message>
        <source>%1 (through the PDS)</source>
        <translation>%1 (über den PDS)</translation>
    </message>
    <message>
        <source>Bluesky ser&amp;vices...</source>
        <translation>Bluesky-&amp;Dienste...</translation>
    </message>
    <message>
        <source>Bluesky: the AppView the account reads posts from and the chat service of its direct messages.</source>
        <translation>Bluesky: die AppView, von der das Konto Beiträge liest, und der Chat-Dienst seiner Direktnachrichten.</translation>
    </message>
    <message>
        <source>(AppView %1)</source>
        <translation>(AppView %1)</translation>
    </message>
    <message>
        <source>&amp;AppView (optional):</source>
        <translation>&amp;AppView (optional):</translation>
    </message>
    <message>
        <source>&amp;Chat service (optional):</source>
        <translation>&amp;Chat-Dienst (optional):</translation>
    </message>
    <message>
        <source>Bluesky services of @%1</source>
        <translation>Bluesky-Dienste von @%1</translation>
    </message>
    <message>
        <source>Leave a field empty for Bluesky&apos;s own. The AppView answers reads of posts and notifications; the chat service, given as its DID and service id, carries direct messages. Both are reached through the account&apos;s PDS %1.</source>
        <translation>Lass ein Feld leer für den Dienst von Bluesky. Die AppView beantwortet das Lesen von Beiträgen und Benachrichtigungen; der Chat-Dienst, angegeben als DID und Dienst-ID, trägt die Direktnachrichten. Beide werden über den PDS des Kontos erreicht: %1.</translation>
    </message>
    <message>
        <source>&amp;AppView:</source>
        <translation>&amp;AppView:</translation>
    </message>
    <message>
        <source>&amp;Chat service:</source>
        <translation>&amp;Chat-Dienst:</translation>
    </message>
    <message>
        <source>Saving the services...</source>
        <translation>Die Dienste werden gespeichert...</translation>
    </message>
    <message>
        <source>The account reads through its new services from now on.</source>
        <translation>Das Konto liest ab jetzt über seine neuen Dienste.</translation>
    </message>
</context>
<context>
    <name>earshot::CaseActionBar</name>
    <message>
        <source>Snooze</source>
        <translation>Zurückstellen</translation>
    </message>
    <message>
        <source>Assign to me</source>
        <translation>Mir zuweisen</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Zuweisen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Add a tag</source>
        <translation>Schlagwort hinzufügen</translation>
    </message>
    <message>
        <source>Sentiment</source>
        <translation>Stimmung</translation>
    </message>
    <message>
        <source>Sentiment: not read</source>
        <translation>Stimmung: nicht gelesen</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Category: not read</source>
        <translation>Kategorie: nicht gelesen</translation>
    </message>
    <message>
        <source>Priority </source>
        <translation>Priorität </translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Pending (waiting on the customer)</source>
        <translation>Wartend (auf die Kundschaft)</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Lösen</translation>
    </message>
    <message>
        <source>For an hour</source>
        <translation>Für eine Stunde</translation>
    </message>
    <message>
        <source>Until tomorrow, 9:00</source>
        <translation>Bis morgen, 9:00</translation>
    </message>
    <message>
        <source>For a week</source>
        <translation>Für eine Woche</translation>
    </message>
    <message>
        <source>Until the customer writes</source>
        <translation>Bis die Kundschaft schreibt</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Niemandem</translation>
    </message>
    <message>
        <source>No tags yet</source>
        <translation>Noch keine Schlagwörter</translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot;</source>
        <translation>„%1“ entfernen</translation>
    </message>
    <message>
        <source>Case #%1 - %2</source>
        <translation>Fall #%1 - %2</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>bis %1</translation>
    </message>
    <message>
        <source>assigned to %1</source>
        <translation>zugewiesen an %1</translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation>nicht zugewiesen</translation>
    </message>
    <message>
        <source>tags: %1</source>
        <translation>Schlagwörter: %1</translation>
    </message>
    <message>
        <source>Clear risk</source>
        <translation>Risiko aufheben</translation>
    </message>
</context>
<context>
    <name>earshot::CaseDesk</name>
    <message>
        <source>Reply to case #%1 is in the outbox.</source>
        <translation>Die Antwort auf Fall #%1 liegt im Postausgang.</translation>
    </message>
    <message>
        <source>Conversation read: %1 new posts, %2 edited, %3 deleted.</source>
        <translation>Unterhaltung gelesen: %1 neue Beiträge, %2 bearbeitet, %3 gelöscht.</translation>
    </message>
    <message>
        <source>Profile read.</source>
        <translation>Profil gelesen.</translation>
    </message>
    <message>
        <source>The case is still marked &quot;needs a reply&quot;: the customer has had no answer.</source>
        <translation>Der Fall ist noch als „braucht eine Antwort“ markiert: Die Kundin oder der Kunde hat keine Antwort bekommen.</translation>
    </message>
</context>
<context>
    <name>earshot::CaseListModel</name>
    <message>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Letzte Aktivität</translation>
    </message>
    <message>
        <source>Priority %1: %2</source>
        <translation>Priorität %1: %2</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
</context>
<context>
    <name>earshot::ConversationView</name>
    <message>
        <source>Select a case to read the conversation.</source>
        <translation>Wählen Sie einen Fall aus, um die Unterhaltung zu lesen.</translation>
    </message>
    <message>
        <source>Case #%1 - %2</source>
        <translation>Fall #%1 - %2</translation>
    </message>
    <message>
        <source>#%1 - %2 - %3 - %4</source>
        <translation>#%1 - %2 - %3 - %4</translation>
    </message>
    <message>
        <source>%1 %2 - %3 - %4</source>
        <translation>%1 %2 - %3 - %4</translation>
    </message>
    <message>
        <source>private message</source>
        <translation>Direktnachricht</translation>
    </message>
    <message>
        <source>public</source>
        <translation>öffentlich</translation>
    </message>
    <message>
        <source>No other cases of this person</source>
        <translation>Keine weiteren Fälle dieser Person</translation>
    </message>
    <message>
        <source>Other cases of this person (%1)</source>
        <translation>Weitere Fälle dieser Person (%1)</translation>
    </message>
    <message>
        <source>%1, followers: %2</source>
        <translation>%1, Follower: %2</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Unterhaltung</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Schlagwörter: %1</translation>
    </message>
    <message>
        <source>Timeline (%1)</source>
        <translation>Verlauf (%1)</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Eingereiht</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet …</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation>Wartet auf Freigabe</translation>
    </message>
    <message>
        <source>Our reply - %1 - %2</source>
        <translation>Unsere Antwort - %1 - %2</translation>
    </message>
    <message>
        <source>Our reply by %1 - %2 - %3</source>
        <translation>Unsere Antwort von %1 - %2 - %3</translation>
    </message>
    <message>
        <source>replied to here, from case #%1</source>
        <translation>hier beantwortet, aus Fall #%1</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Badges, the note about this person, merging and splitting</source>
        <translation>Abzeichen, die Notiz zu dieser Person, Zusammenführen und Abtrennen</translation>
    </message>
    <message>
        <source>influencer: %1 followers on %2</source>
        <translation>Influencer: %1 Follower auf %2</translation>
    </message>
    <message>
        <source>Badges: %1</source>
        <translation>Abzeichen: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Notiz: %1</translation>
    </message>
    <message>
        <source>Note by %1, %2: %3</source>
        <translation>Notiz von %1, %2: %3</translation>
    </message>
    <message>
        <source>Other cases</source>
        <translation>Weitere Fälle</translation>
    </message>
    <message>
        <source>Other cases (%1)</source>
        <translation>Weitere Fälle (%1)</translation>
    </message>
    <message>
        <source>This message contains hidden characters that can change how it reads (%1); each is shown as a marker where it is.</source>
        <translation>Diese Nachricht enthält versteckte Zeichen, die ändern können, wie sie sich liest (%1); jedes wird an seiner Stelle als Markierung gezeigt.</translation>
    </message>
    <message>
        <source>Show all (%L1 characters)</source>
        <translation>Alles zeigen (%L1 Zeichen)</translation>
    </message>
    <message>
        <source>It is on the network</source>
        <translation>Sie ist im Netzwerk</translation>
    </message>
    <message>
        <source>Not there: send again</source>
        <translation>Nicht da: erneut senden</translation>
    </message>
    <message>
        <source>Give up</source>
        <translation>Aufgeben</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>Erneut senden</translation>
    </message>
    <message>
        <source>Uncertain: it may or may not be on the network (attempts: %1). Look among the account&apos;s posts before sending it again.</source>
        <translation>Ungewiss: sie ist vielleicht im Netzwerk, vielleicht nicht (Versuche: %1). Sehen Sie unter den Beiträgen des Kontos nach, bevor Sie sie erneut senden.</translation>
    </message>
    <message>
        <source>Load the whole conversation</source>
        <translation>Ganze Unterhaltung laden</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>verifiziert</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>nicht verifiziert</translation>
    </message>
    <message>
        <source>bio: %1</source>
        <translation>Bio: %1</translation>
    </message>
    <message>
        <source>profile read %1</source>
        <translation>Profil gelesen %1</translation>
    </message>
    <message>
        <source>Loading the conversation…</source>
        <translation>Unterhaltung wird geladen…</translation>
    </message>
    <message>
        <source>edited on %1 at %2</source>
        <translation>bearbeitet auf %1 um %2</translation>
    </message>
    <message>
        <source>edited on %1</source>
        <translation>bearbeitet auf %1</translation>
    </message>
    <message>
        <source>deleted on %1 at %2; this is the text it had</source>
        <translation>gelöscht auf %1 um %2; dies ist der Text, den er hatte</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>heard %1</source>
        <translation>gehört %1</translation>
    </message>
    <message>
        <source>seen %1</source>
        <translation>gesehen %1</translation>
    </message>
    <message>
        <source>Show earlier texts (%1)</source>
        <translation>Frühere Texte zeigen (%1)</translation>
    </message>
    <message>
        <source>Read the whole thread from the network again: posts not yet here are added, edits and deletions of this case&apos;s posts are recorded</source>
        <translation>Den ganzen Thread erneut aus dem Netzwerk lesen: Beiträge, die noch fehlen, werden ergänzt, Bearbeitungen und Löschungen der Beiträge dieses Falls festgehalten</translation>
    </message>
    <message>
        <source>Other cases of this person</source>
        <translation>Weitere Fälle dieser Person</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open a case</source>
        <translation>Doppelklicken oder Eingabetaste drücken, um einen Fall zu öffnen</translation>
    </message>
    <message>
        <source>Note by %1 - %2</source>
        <translation>Notiz von %1 - %2</translation>
    </message>
    <message>
        <source>New since you last looked</source>
        <translation>Neu seit Ihrem letzten Blick</translation>
    </message>
    <message>
        <source>Heard through a listening term (removed since)</source>
        <translation>Über einen Suchbegriff gehört (inzwischen entfernt)</translation>
    </message>
    <message>
        <source>Heard through the listening term “%1”</source>
        <translation>Über den Suchbegriff „%1“ gehört</translation>
    </message>
</context>
<context>
    <name>earshot::FilterBar</name>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Any network</source>
        <translation>Jedes Netzwerk</translation>
    </message>
    <message>
        <source>Sentiment</source>
        <translation>Stimmung</translation>
    </message>
    <message>
        <source>Any sentiment</source>
        <translation>Jede Stimmung</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>Jede Kategorie</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Any priority</source>
        <translation>Jede Priorität</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>Jede Sprache</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Alle im Team</translation>
    </message>
    <message>
        <source>Priority %1 or more</source>
        <translation>Priorität %1 oder höher</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Schlagwort</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Show every case of the queue again</source>
        <translation>Wieder jeden Fall der Warteschlange zeigen</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Any risk</source>
        <translation>Risiko: egal</translation>
    </message>
</context>
<context>
    <name>earshot::LearningDialog</name>
    <message>
        <source>What Earshot learned</source>
        <translation>Was Earshot gelernt hat</translation>
    </message>
    <message>
        <source>When agents correct a case&apos;s sentiment or category, Earshot keeps the message and the correction, trains a small model of this workspace&apos;s own in the background, and blends it with its built-in reading only where that does better on corrections held back to check it.</source>
        <translation>Korrigiert das Team die Stimmung oder Kategorie eines Falls, behält Earshot Nachricht und Korrektur, trainiert im Hintergrund ein kleines eigenes Modell dieses Arbeitsbereichs und mischt es nur dort unter die eingebaute Lesart, wo es bei zur Prüfung zurückgehaltenen Korrekturen besser abschneidet.</translation>
    </message>
    <message>
        <source>Forget what was learned...</source>
        <translation>Gelerntes vergessen...</translation>
    </message>
    <message>
        <source>Forget what was learned</source>
        <translation>Gelerntes vergessen</translation>
    </message>
    <message>
        <source>Every correction kept for learning and every model trained from them will be gone. The cases keep their corrections and their history.</source>
        <translation>Alle zum Lernen aufbewahrten Korrekturen und alle daraus trainierten Modelle werden gelöscht. Die Fälle behalten ihre Korrekturen und ihren Verlauf.</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>Vergessen</translation>
    </message>
</context>
<context>
    <name>earshot::ListeningTermsDialog</name>
    <message>
        <source>Listening terms</source>
        <translation>Suchbegriffe</translation>
    </message>
    <message>
        <source>Besides the posts addressed to the brand, Earshot searches the networks for public posts with these terms: a word, a &quot;phrase&quot; in double quotes, or a #hashtag. On Mastodon a word or phrase is found only where the instance&apos;s full-text search is on; a #hashtag works everywhere. On X every post a search reads is paid for (see the account&apos;s daily search budget).</source>
        <translation>Neben den Beiträgen an die Marke sucht Earshot in den Netzwerken nach öffentlichen Beiträgen mit diesen Begriffen: einem Wort, einer &quot;Wortfolge&quot; in doppelten Anführungszeichen oder einem #Hashtag. Auf Mastodon werden Wörter und Wortfolgen nur gefunden, wo die Volltextsuche der Instanz eingeschaltet ist; ein #Hashtag geht überall. Auf X kostet jeder Beitrag, den eine Suche liest (siehe das Tagesbudget des Kontos für die Suche).</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Begriff</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Heard</source>
        <translation>Gehört</translation>
    </message>
    <message>
        <source>Last heard</source>
        <translation>Zuletzt gehört</translation>
    </message>
    <message>
        <source>fernline, &quot;late delivery&quot; or #fernline</source>
        <translation>fernline, &quot;späte Lieferung&quot; oder #fernline</translation>
    </message>
    <message>
        <source>Every network</source>
        <translation>Jedes Netzwerk</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Nothing yet</source>
        <translation>Noch nichts</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Type a word, a &quot;phrase&quot; or a #hashtag first.</source>
        <translation>Geben Sie zuerst ein Wort, eine &quot;Wortfolge&quot; oder einen #Hashtag ein.</translation>
    </message>
    <message>
        <source>Added: the accounts search for it from their next cycle.</source>
        <translation>Hinzugefügt: die Konten suchen ab ihrem nächsten Durchlauf danach.</translation>
    </message>
    <message>
        <source>Removed: what it heard stays in the cases.</source>
        <translation>Entfernt: was er gehört hat, bleibt in den Fällen.</translation>
    </message>
</context>
<context>
    <name>earshot::MainWindow</name>
    <message>
        <source>Queues</source>
        <translation>Warteschlangen</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Fälle</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Earshot</source>
        <translation>Ü&amp;ber Earshot</translation>
    </message>
    <message>
        <source>Could not save incoming mentions: %1</source>
        <translation>Eingehende Erwähnungen konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>About Earshot</source>
        <translation>Über Earshot</translation>
    </message>
    <message>
        <source>Earshot %1
A desktop console for social customer care.
Licensed under the Apache License 2.0.</source>
        <translation>Earshot %1
Eine Desktop-Konsole für den Kundenservice in sozialen Netzwerken.
Lizenziert unter der Apache License 2.0.</translation>
    </message>
    <message>
        <source>Live: new mentions since opening: %1, the last at %2</source>
        <translation>Live: neue Erwähnungen seit dem Öffnen: %1, die letzte um %2</translation>
    </message>
    <message>
        <source>Could not read the workspace: %1</source>
        <translation>Der Arbeitsbereich konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Working as %1</source>
        <translation>Sie arbeiten als %1</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>&amp;Fall</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Arbeit</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts...</source>
        <translation>&amp;Tastenkürzel...</translation>
    </message>
    <message>
        <source>Case #%1 is yours now.</source>
        <translation>Fall #%1 gehört jetzt Ihnen.</translation>
    </message>
    <message>
        <source>Take the first unassigned case (highest priority, longest waiting) and make it yours</source>
        <translation>Den ersten nicht zugewiesenen Fall (höchste Priorität, am längsten wartend) übernehmen</translation>
    </message>
    <message>
        <source>What Earshot &amp;learned...</source>
        <translation>Was Earshot ge&amp;lernt hat...</translation>
    </message>
    <message>
        <source>Earshot forgot what agents taught it.</source>
        <translation>Earshot hat vergessen, was das Team ihm beigebracht hat.</translation>
    </message>
    <message>
        <source>&amp;Priorities, speakers and leads...</source>
        <translation>&amp;Prioritäten, Personen und Teamleitung...</translation>
    </message>
    <message numerus="yes">
        <source>Priorities, speakers and leads saved; %n known people gained a badge.</source>
        <translation>
            <numerusform>Prioritäten, Personen und Teamleitung gespeichert; %n bekannte Person hat ein Abzeichen bekommen.</numerusform>
            <numerusform>Prioritäten, Personen und Teamleitung gespeichert; %n bekannte Personen haben ein Abzeichen bekommen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Damaged - read only</source>
        <translation>Beschädigt - nur lesen</translation>
    </message>
    <message>
        <source>The workspace is damaged</source>
        <translation>Der Arbeitsbereich ist beschädigt</translation>
    </message>
    <message>
        <source>Waiting for another Earshot window or command to finish writing to this workspace; your changes follow.</source>
        <translation>Warte, bis ein anderes Earshot-Fenster oder ein Befehl mit dem Schreiben in diesen Arbeitsbereich fertig ist; Ihre Änderungen folgen.</translation>
    </message>
    <message>
        <source>&amp;Accounts...</source>
        <translation>&amp;Konten...</translation>
    </message>
    <message>
        <source>Replies to decide on: %1</source>
        <translation>Antworten, über die zu entscheiden ist: %1</translation>
    </message>
    <message>
        <source>Accounts with a problem: %1</source>
        <translation>Konten mit einem Problem: %1</translation>
    </message>
    <message>
        <source>%1 (demo workspace)</source>
        <translation>%1 (Demo-Arbeitsbereich)</translation>
    </message>
    <message>
        <source>Listening &amp;terms...</source>
        <translation>&amp;Suchbegriffe...</translation>
    </message>
    <message>
        <source>Search (Ctrl+F): words, &quot;a phrase&quot;, refund*, a name, @handle, #1175, a tag</source>
        <translation>Suche (Strg+F): Wörter, „eine Wortfolge“, erstatt*, ein Name, @Handle, #1175, ein Tag</translation>
    </message>
    <message>
        <source>No case found in this queue</source>
        <translation>Kein Fall in dieser Warteschlange gefunden</translation>
    </message>
    <message>
        <source>Cases found in this queue: %1</source>
        <translation>Gefundene Fälle in dieser Warteschlange: %1</translation>
    </message>
    <message>
        <source>(%1) %2</source>
        <translation>(%1) %2</translation>
    </message>
</context>
<context>
    <name>earshot::MergePersonDialog</name>
    <message>
        <source>%1, followers: %2</source>
        <translation>%1, Follower: %2</translation>
    </message>
    <message>
        <source>Merge with another person</source>
        <translation>Mit einer anderen Person zusammenführen</translation>
    </message>
    <message>
        <source>Start of a name or handle</source>
        <translation>Anfang eines Namens oder Handles</translation>
    </message>
    <message>
        <source>Find a person</source>
        <translation>Person suchen</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Zusammenführen</translation>
    </message>
    <message>
        <source>Kept:</source>
        <translation>Bleibt:</translation>
    </message>
    <message>
        <source>Merged into it:</source>
        <translation>Wird hineingeführt:</translation>
    </message>
    <message>
        <source>The handles, cases, badges and note of the person merged move to the person kept. Each moved case records who merged whom. A handle can be split off again later.</source>
        <translation>Handles, Fälle, Abzeichen und Notiz der hineingeführten Person gehen auf die bleibende Person über. Jeder verschobene Fall hält fest, wer wen zusammengeführt hat. Ein Handle lässt sich später wieder abtrennen.</translation>
    </message>
    <message>
        <source>%1 - %2</source>
        <translation>%1 - %2</translation>
    </message>
    <message>
        <source>Type the start of a name or handle.</source>
        <translation>Geben Sie den Anfang eines Namens oder Handles ein.</translation>
    </message>
    <message>
        <source>Nobody&apos;s name or handle starts with &quot;%1&quot;.</source>
        <translation>Kein Name und kein Handle beginnt mit „%1“.</translation>
    </message>
    <message>
        <source>Nobody chosen yet</source>
        <translation>Noch niemand gewählt</translation>
    </message>
</context>
<context>
    <name>earshot::NotificationCenter</name>
    <message>
        <source>&amp;Notifications</source>
        <translation>&amp;Benachrichtigungen</translation>
    </message>
    <message>
        <source>&amp;Do not disturb</source>
        <translation>&amp;Nicht stören</translation>
    </message>
    <message>
        <source>Tray icon with the count</source>
        <translation>Symbol im Infobereich mit der Anzahl</translation>
    </message>
    <message>
        <source>Count in the window title</source>
        <translation>Anzahl im Fenstertitel</translation>
    </message>
    <message>
        <source>Flash the taskbar entry</source>
        <translation>Eintrag in der Taskleiste hervorheben</translation>
    </message>
    <message>
        <source>Show Earshot</source>
        <translation>Earshot anzeigen</translation>
    </message>
    <message>
        <source>Earshot: %1 new for you</source>
        <translation>Earshot: %1 Neues für Sie</translation>
    </message>
    <message>
        <source>Earshot: nothing new for you</source>
        <translation>Earshot: nichts Neues für Sie</translation>
    </message>
</context>
<context>
    <name>earshot::OpenLinkDialog</name>
    <message>
        <source>Earshot opens only web addresses (http and https).</source>
        <translation>Earshot öffnet nur Webadressen (http und https).</translation>
    </message>
    <message>
        <source>This address contains letters from other alphabets; its real name is %1. Letters that look alike can imitate a name you know.</source>
        <translation>Diese Adresse enthält Buchstaben aus anderen Alphabeten; ihr wirklicher Name ist %1. Ähnlich aussehende Buchstaben können einen bekannten Namen nachahmen.</translation>
    </message>
    <message>
        <source>The part before &quot;@&quot; is not where this link leads: it leads to %1.</source>
        <translation>Der Teil vor „@“ ist nicht das Ziel dieses Links: Er führt zu %1.</translation>
    </message>
    <message>
        <source>The text of this link differs from the address it leads to.</source>
        <translation>Der Text dieses Links weicht von der Adresse ab, zu der er führt.</translation>
    </message>
    <message>
        <source>Open this address in your web browser?</source>
        <translation>Diese Adresse im Webbrowser öffnen?</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Open link</source>
        <translation>Link öffnen</translation>
    </message>
    <message>
        <source>&amp;Open in browser</source>
        <translation>Im Browser ö&amp;ffnen</translation>
    </message>
</context>
<context>
    <name>earshot::PersonActions</name>
    <message>
        <source>Merged: the handles and cases moved to %1.</source>
        <translation>Zusammengeführt: Handles und Fälle gehören jetzt zu %1.</translation>
    </message>
    <message>
        <source>@%1 is a person of their own now, with the cases it opened.</source>
        <translation>@%1 ist jetzt eine eigene Person, mit den Fällen, die es eröffnet hat.</translation>
    </message>
</context>
<context>
    <name>earshot::PersonMenu</name>
    <message>
        <source>Add a note about this person…</source>
        <translation>Notiz zu dieser Person hinzufügen …</translation>
    </message>
    <message>
        <source>Edit the note about this person…</source>
        <translation>Notiz zu dieser Person bearbeiten …</translation>
    </message>
    <message>
        <source>Merge with another person…</source>
        <translation>Mit einer anderen Person zusammenführen …</translation>
    </message>
    <message>
        <source>Split off @%1 (%2)</source>
        <translation>@%1 (%2) abtrennen</translation>
    </message>
    <message>
        <source>Refresh profile</source>
        <translation>Profil aktualisieren</translation>
    </message>
    <message>
        <source>Read this person&apos;s name, bio and followers from the network again</source>
        <translation>Name, Bio und Follower dieser Person neu aus dem Netzwerk lesen</translation>
    </message>
</context>
<context>
    <name>earshot::PersonNoteDialog</name>
    <message>
        <source>Note about %1</source>
        <translation>Notiz zu %1</translation>
    </message>
    <message>
        <source>What should a colleague know before answering this person?</source>
        <translation>Was sollte das Team wissen, bevor es dieser Person antwortet?</translation>
    </message>
</context>
<context>
    <name>earshot::PreSendDialog</name>
    <message>
        <source>Before this reply goes out</source>
        <translation>Bevor diese Antwort hinausgeht</translation>
    </message>
    <message>
        <source>Before this case is resolved</source>
        <translation>Bevor dieser Fall gelöst wird</translation>
    </message>
    <message>
        <source>Look at this before you send:</source>
        <translation>Sehen Sie sich das an, bevor Sie senden:</translation>
    </message>
    <message>
        <source>Look at this before you resolve the case:</source>
        <translation>Sehen Sie sich das an, bevor Sie den Fall lösen:</translation>
    </message>
    <message>
        <source>Send anyway</source>
        <translation>Trotzdem senden</translation>
    </message>
    <message>
        <source>Resolve anyway</source>
        <translation>Trotzdem lösen</translation>
    </message>
    <message>
        <source>Send as a private message</source>
        <translation>Als private Nachricht senden</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Weiter bearbeiten</translation>
    </message>
    <message>
        <source>Keep it open</source>
        <translation>Offen lassen</translation>
    </message>
</context>
<context>
    <name>earshot::QueueModel</name>
    <message>
        <source>Cases in %1: %2</source>
        <translation>Fälle in %1: %2</translation>
    </message>
</context>
<context>
    <name>earshot::ReplyComposer</name>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Send and resolve</source>
        <translation>Senden und lösen</translation>
    </message>
    <message>
        <source>Send and next</source>
        <translation>Senden und weiter</translation>
    </message>
    <message>
        <source>Templates...</source>
        <translation>Vorlagen...</translation>
    </message>
    <message>
        <source>Public reply</source>
        <translation>Öffentliche Antwort</translation>
    </message>
    <message>
        <source>Private message</source>
        <translation>Private Nachricht</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Interne Notiz</translation>
    </message>
    <message>
        <source>Reply or note</source>
        <translation>Antwort oder Notiz</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>An empty note is not saved.</source>
        <translation>Eine leere Notiz wird nicht gespeichert.</translation>
    </message>
    <message>
        <source>Your text is kept: read the case again, then send.</source>
        <translation>Ihr Text bleibt erhalten: Lesen Sie den Fall erneut und senden Sie dann.</translation>
    </message>
    <message>
        <source>Personal data in a public reply, everyone can read it: %1 &quot;%2&quot;</source>
        <translation>Persönliche Daten in einer öffentlichen Antwort, die alle lesen können: %1 „%2“</translation>
    </message>
</context>
<context>
    <name>earshot::ReplyEdit</name>
    <message>
        <source>No suggestions</source>
        <translation>Keine Vorschläge</translation>
    </message>
    <message>
        <source>Add to dictionary</source>
        <translation>Zum Wörterbuch hinzufügen</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorieren</translation>
    </message>
</context>
<context>
    <name>earshot::SavedViewsBar</name>
    <message>
        <source>Saved views</source>
        <translation>Gespeicherte Ansichten</translation>
    </message>
    <message>
        <source>A queue with its filters and search, saved under a name for the team</source>
        <translation>Eine Warteschlange mit ihren Filtern und ihrer Suche, unter einem Namen für das Team gespeichert</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Ansichten</translation>
    </message>
    <message>
        <source>Save the current view as...</source>
        <translation>Aktuelle Ansicht speichern unter...</translation>
    </message>
    <message>
        <source>Save the view</source>
        <translation>Ansicht speichern</translation>
    </message>
    <message>
        <source>Name of the view:</source>
        <translation>Name der Ansicht:</translation>
    </message>
    <message>
        <source>Rename the chosen view...</source>
        <translation>Gewählte Ansicht umbenennen...</translation>
    </message>
    <message>
        <source>Rename the view</source>
        <translation>Ansicht umbenennen</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Neuer Name:</translation>
    </message>
    <message>
        <source>Delete the chosen view</source>
        <translation>Gewählte Ansicht löschen</translation>
    </message>
    <message>
        <source>No saved views</source>
        <translation>Keine gespeicherten Ansichten</translation>
    </message>
</context>
<context>
    <name>earshot::ShortcutOverview</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
</context>
<context>
    <name>earshot::ShortcutRegistry</name>
    <message>
        <source>Switched off</source>
        <translation>Ausgeschaltet</translation>
    </message>
    <message>
        <source>Enter</source>
        <extracomment>The Return/Enter key, as it is labelled on keyboards.</extracomment>
        <translation>Eingabe</translation>
    </message>
</context>
<context>
    <name>earshot::ShortcutsDialog</name>
    <message>
        <source>Switch off</source>
        <translation>Ausschalten</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Taste</translation>
    </message>
    <message>
        <source>New key</source>
        <translation>Neue Taste</translation>
    </message>
    <message>
        <source>Reset all</source>
        <translation>Alle zurücksetzen</translation>
    </message>
    <message>
        <source>Press the new key:</source>
        <translation>Neue Taste drücken:</translation>
    </message>
    <message>
        <source>%1 already belongs to &quot;%2&quot;. Give that command another key or switch it off first.</source>
        <translation>%1 gehört schon zu „%2“. Geben Sie diesem Befehl zuerst eine andere Taste oder schalten Sie ihn aus.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; now answers to %2.</source>
        <translation>„%1“ hat jetzt die Taste %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is switched off.</source>
        <translation>„%1“ ist ausgeschaltet.</translation>
    </message>
    <message>
        <source>The default key %1 now belongs to &quot;%2&quot;. Give that command another key first.</source>
        <translation>Die Standardtaste %1 gehört jetzt zu „%2“. Geben Sie diesem Befehl zuerst eine andere Taste.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has its default key again.</source>
        <translation>„%1“ hat wieder seine Standardtaste.</translation>
    </message>
    <message>
        <source>Every command has its default key again.</source>
        <translation>Alle Befehle haben wieder ihre Standardtasten.</translation>
    </message>
    <message>
        <source>%1 is the key of both &quot;%2&quot; and &quot;%3&quot;, so neither works. Give one of them another key.</source>
        <translation>%1 ist die Taste von „%2“ und von „%3“, darum funktioniert keiner der beiden. Geben Sie einem davon eine andere Taste.</translation>
    </message>
</context>
<context>
    <name>earshot::SignInWaitDialog</name>
    <message>
        <source>Starting the sign-in...</source>
        <translation>Die Anmeldung beginnt...</translation>
    </message>
    <message>
        <source>If no browser opened, open this address:
%1</source>
        <translation>Falls sich kein Browser geöffnet hat, öffnen Sie diese Adresse:
%1</translation>
    </message>
</context>
<context>
    <name>earshot::TemplatePicker</name>
    <message>
        <source>Reply templates</source>
        <translation>Antwortvorlagen</translation>
    </message>
    <message>
        <source>Search by any words in the template</source>
        <translation>Nach beliebigen Wörtern in der Vorlage suchen</translation>
    </message>
    <message>
        <source>No template contains all of these words.</source>
        <translation>Keine Vorlage enthält alle diese Wörter.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Einfügen</translation>
    </message>
    <message>
        <source>Still to fill in: %1</source>
        <translation>Noch auszufüllen: %1</translation>
    </message>
    <message>
        <source>Not known for this case, left as written: %1</source>
        <translation>Für diesen Fall unbekannt, bleibt wie geschrieben: %1</translation>
    </message>
</context>
<context>
    <name>earshot::TimelineView</name>
    <message>
        <source>%1 - %2
%3</source>
        <translation>%1 - %2
%3</translation>
    </message>
</context>
<context>
    <name>earshot::TriagePanel</name>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>%1 (corrected)</source>
        <translation>%1 (korrigiert)</translation>
    </message>
    <message>
        <source>Needs a reply</source>
        <translation>Braucht eine Antwort</translation>
    </message>
    <message>
        <source>No reply needed</source>
        <translation>Keine Antwort nötig</translation>
    </message>
    <message>
        <source>Risks: %1</source>
        <translation>Risiken: %1</translation>
    </message>
    <message>
        <source>Read as: %1</source>
        <translation>Gelesen als: %1</translation>
    </message>
    <message>
        <source>Priority %1, set by an agent</source>
        <translation>Priorität %1, von einem Agenten gesetzt</translation>
    </message>
    <message>
        <source>Why priority %1 now (%2 when it came in): %3</source>
        <translation>Warum jetzt Priorität %1 (%2 beim Eingang): %3</translation>
    </message>
    <message>
        <source>Why priority %1: %2</source>
        <translation>Warum Priorität %1: %2</translation>
    </message>
    <message>
        <source>sentiment %1</source>
        <translation>Stimmung %1</translation>
    </message>
    <message>
        <source>category %1</source>
        <translation>Kategorie %1</translation>
    </message>
    <message>
        <source>risks %1</source>
        <translation>Risiken %1</translation>
    </message>
    <message>
        <source>From the latest message: %1</source>
        <translation>Aus der letzten Nachricht: %1</translation>
    </message>
    <message>
        <source>From the latest message (language %1, %2 % sure): %3</source>
        <translation>Aus der letzten Nachricht (Sprache %1, %2 % sicher): %3</translation>
    </message>
    <message>
        <source>For a lead (%1): &quot;Take the next case&quot; hands it to leads and admins only.</source>
        <translation>Für die Teamleitung (%1): „Nächsten Fall übernehmen“ gibt ihn nur an Teamleitung und Admins.</translation>
    </message>
    <message>
        <source>%1 (how they feel now)</source>
        <translation>%1 (wie es der Person jetzt geht)</translation>
    </message>
    <message>
        <source>%1: the message of %2 “%3”</source>
        <translation>%1: die Nachricht vom %2 „%3“</translation>
    </message>
    <message>
        <source>Decided by: %1</source>
        <translation>Entschieden durch: %1</translation>
    </message>
    <message>
        <source>Not read: the latest message is in %1 (%2), a language Earshot does not read yet. %3</source>
        <translation>Nicht gelesen: Die letzte Nachricht ist auf %1 (%2), in einer Sprache, die Earshot noch nicht liest. %3</translation>
    </message>
</context>
<context>
    <name>earshot::TriageSettingsDialog</name>
    <message>
        <source>Points each signal adds to a case&apos;s priority (0 to 100 in all). They apply to every message read from now on; the case desk lists them under &quot;Why priority&quot;.</source>
        <translation>Punkte, die jedes Signal zur Priorität eines Falls beiträgt (insgesamt 0 bis 100). Sie gelten für jede ab jetzt gelesene Nachricht; die Fallansicht listet sie unter „Warum Priorität“.</translation>
    </message>
    <message>
        <source>Priority weights</source>
        <translation>Prioritätsgewichte</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>VIPs</source>
        <translation>VIPs</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kundschaft</translation>
    </message>
    <message>
        <source>Handles of your staff: whoever writes from one is an employee.</source>
        <translation>Handles Ihres Personals: Wer von einem davon schreibt, ist Mitarbeiterin oder Mitarbeiter.</translation>
    </message>
    <message>
        <source>Handles whose people carry the VIP badge.</source>
        <translation>Handles, deren Personen das VIP-Abzeichen tragen.</translation>
    </message>
    <message>
        <source>Handles of known customers, for example from your customer records.</source>
        <translation>Handles bekannter Kundinnen und Kunden, etwa aus Ihrer Kundendatei.</translation>
    </message>
    <message>
        <source>One a line: a handle for any network, or network:handle for one.</source>
        <translation>Eines je Zeile: ein Handle für jedes Netzwerk oder netzwerk:handle für eines.</translation>
    </message>
    <message>
        <source>Priorities, speakers and leads</source>
        <translation>Prioritäten, Personen und Teamleitung</translation>
    </message>
    <message>
        <source>Left to a lead</source>
        <translation>Der Teamleitung überlassen</translation>
    </message>
    <message>
        <source>&quot;Take the next case&quot; hands cases with these risks to leads and admins only. Agents still see them in every queue and can open them; the case desk says who they are for.</source>
        <translation>„Nächsten Fall übernehmen“ gibt Fälle mit diesen Risiken nur an Teamleitung und Admins. Das Team sieht sie weiter in jeder Warteschlange und kann sie öffnen; die Fallansicht sagt, für wen sie sind.</translation>
    </message>
</context>
<context>
    <name>earshot::WorkspaceFiles</name>
    <message>
        <source>Earshot workspaces (*.earshot);;All files (*)</source>
        <translation>Earshot-Arbeitsbereiche (*.earshot);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Connect an account...</source>
        <translation>Konto verbinden...</translation>
    </message>
    <message>
        <source>Import mentions from a file...</source>
        <translation>Erwähnungen aus einer Datei importieren...</translation>
    </message>
    <message>
        <source>Open the demo workspace</source>
        <translation>Demo-Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <source>&amp;Open workspace...</source>
        <translation>Arbeitsbereich ö&amp;ffnen...</translation>
    </message>
    <message>
        <source>&amp;New workspace...</source>
        <translation>&amp;Neuer Arbeitsbereich...</translation>
    </message>
    <message>
        <source>&amp;Import mentions...</source>
        <translation>Erwähnungen &amp;importieren...</translation>
    </message>
    <message>
        <source>Open &amp;demo workspace</source>
        <translation>&amp;Demo-Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <source>This workspace holds no cases yet. Connect an account to hear mentions, import mentions from a JSON Lines file, or try Earshot on the demo workspace.</source>
        <translation>Dieser Arbeitsbereich enthält noch keine Fälle. Verbinden Sie ein Konto, um Erwähnungen zu empfangen, importieren Sie Erwähnungen aus einer JSON-Lines-Datei oder probieren Sie Earshot im Demo-Arbeitsbereich aus.</translation>
    </message>
    <message>
        <source>Importing mentions...</source>
        <translation>Erwähnungen werden importiert...</translation>
    </message>
    <message>
        <source>Read %1 lines: %2 new mentions, %3 already known, %4 rejected.</source>
        <translation>%1 Zeilen gelesen: %2 neue Erwähnungen, %3 bereits bekannt, %4 abgelehnt.</translation>
    </message>
    <message>
        <source>The import stopped: %1</source>
        <translation>Der Import wurde abgebrochen: %1</translation>
    </message>
    <message>
        <source>First skipped: %1</source>
        <translation>Als erste übersprungen: %1</translation>
    </message>
    <message>
        <source>Import mentions</source>
        <translation>Erwähnungen importieren</translation>
    </message>
    <message>
        <source>Mentions as JSON Lines (*.jsonl *.ndjson *.json);;All files (*)</source>
        <translation>Erwähnungen als JSON Lines (*.jsonl *.ndjson *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>Neuer Arbeitsbereich</translation>
    </message>
</context>
</TS>
