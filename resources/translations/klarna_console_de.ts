<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AboutDialog</name>
    <message>
        <source>this program</source>
        <translation>dieses Programm</translation>
    </message>
    <message>
        <source>the runtime</source>
        <translation>die Laufzeitumgebung</translation>
    </message>
    <message>
        <source>Qt for Python: the window</source>
        <translation>Qt for Python: das Fenster</translation>
    </message>
    <message>
        <source>Qt for Python&apos;s binding layer</source>
        <translation>Bindungsschicht von Qt for Python</translation>
    </message>
    <message>
        <source>asyncio on Qt&apos;s event loop</source>
        <translation>asyncio auf der Ereignisschleife von Qt</translation>
    </message>
    <message>
        <source>HTTP client</source>
        <translation>HTTP-Client</translation>
    </message>
    <message>
        <source>HTTP transport</source>
        <translation>HTTP-Transport</translation>
    </message>
    <message>
        <source>HTTP/1.1</source>
        <translation>HTTP/1.1</translation>
    </message>
    <message>
        <source>async I/O</source>
        <translation>asynchrone Ein-/Ausgabe</translation>
    </message>
    <message>
        <source>CA certificates</source>
        <translation>CA-Zertifikate</translation>
    </message>
    <message>
        <source>international domain names</source>
        <translation>internationale Domainnamen</translation>
    </message>
    <message>
        <source>which async library runs (used by httpcore)</source>
        <translation>welche Async-Bibliothek läuft (für httpcore)</translation>
    </message>
    <message>
        <source>typed models and JSON</source>
        <translation>typisierte Modelle und JSON</translation>
    </message>
    <message>
        <source>where files go</source>
        <translation>wo Dateien abgelegt werden</translation>
    </message>
    <message>
        <source>the sandbox&apos;s web framework</source>
        <translation>Web-Framework der Sandbox</translation>
    </message>
    <message>
        <source>the sandbox&apos;s web server</source>
        <translation>Webserver der Sandbox</translation>
    </message>
    <message>
        <source>uvicorn&apos;s command line</source>
        <translation>Kommandozeile von uvicorn</translation>
    </message>
    <message>
        <source>typing back-ports</source>
        <translation>Typing-Backports</translation>
    </message>
    <message>
        <source>PostgreSQL driver (team mode)</source>
        <translation>PostgreSQL-Treiber (Teammodus)</translation>
    </message>
    <message>
        <source>number, currency and date formats per locale (Unicode CLDR data)</source>
        <translation>Zahlen-, Währungs- und Datumsformate je Sprache (Unicode-CLDR-Daten)</translation>
    </message>
    <message>
        <source>PostgreSQL&apos;s client library, libpq (team mode)</source>
        <translation>Client-Bibliothek von PostgreSQL, libpq (Teammodus)</translation>
    </message>
    <message>
        <source>Libraries from the build system</source>
        <translation>Bibliotheken aus dem Build-System</translation>
    </message>
    <message>
        <source>X11, fonts, TLS, SQLite, D-Bus (Linux bundle)</source>
        <translation>X11, Schriften, TLS, SQLite, D-Bus (Linux-Paket)</translation>
    </message>
    <message>
        <source>various: see each copyright file</source>
        <translation>verschiedene: siehe jeweilige Copyright-Datei</translation>
    </message>
    <message>
        <source>{component} is licensed under {licence}; its licence text was not found next to this installation.</source>
        <translation>{component} steht unter der Lizenz {licence}; der Lizenztext wurde neben dieser Installation nicht gefunden.</translation>
    </message>
    <message>
        <source>About Klarna Order Console</source>
        <translation>Über Klarna Order Console</translation>
    </message>
    <message>
        <source>Manage Klarna orders after the purchase through the Order Management API v1.&lt;br&gt;{versions}&lt;br&gt;MIT licence. Not made or endorsed by Klarna.</source>
        <translation>Klarna-Bestellungen nach dem Kauf über die Order Management API v1 verwalten.&lt;br&gt;{versions}&lt;br&gt;MIT-Lizenz. Nicht von Klarna erstellt oder unterstützt.</translation>
    </message>
    <message>
        <source>Bundled components and their licences</source>
        <translation>Mitgelieferte Komponenten und ihre Lizenzen</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>Used for</source>
        <translation>Verwendet für</translation>
    </message>
    <message>
        <source>Licence text</source>
        <translation>Lizenztext</translation>
    </message>
    <message>
        <source>Qt and PySide6 are used under the LGPL v3: they are shipped as separate shared libraries, which you may replace with your own build of the same version.</source>
        <translation>Qt und PySide6 werden unter der LGPL v3 verwendet: Sie werden als separate Shared Libraries ausgeliefert, die Sie durch einen eigenen Build derselben Version ersetzen können.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Licence texts from {count} files under {folder}</source>
        <translation>Lizenztexte aus {count} Dateien in {folder}</translation>
    </message>
    <message>
        <source>Licence text from {folders}</source>
        <translation>Lizenztext aus {folders}</translation>
    </message>
</context>
<context>
    <name>AcknowledgeDialog</name>
    <message>
        <source>&amp;Acknowledge</source>
        <translation>&amp;Bestätigen</translation>
    </message>
    <message>
        <source>For Klarna Checkout and Kustom orders: until an order is acknowledged, Klarna keeps sending its push notification to the shop (for up to 48 hours). Acknowledging twice changes nothing.</source>
        <translation>Für Klarna Checkout- und Kustom-Bestellungen: Solange eine Bestellung nicht bestätigt ist, sendet Klarna weiter seine Push-Benachrichtigung an den Shop (bis zu 48 Stunden). Zweimaliges Bestätigen ändert nichts.</translation>
    </message>
    <message>
        <source>&lt;p&gt;A capture acknowledges the order too.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Eine Erfassung bestätigt die Bestellung ebenfalls.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <source>{action} — order {order}</source>
        <translation>{action} – Bestellung {order}</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Order {order}</source>
        <translation>Bestellung {order}</translation>
    </message>
    <message>
        <source>{action} on order {order}?</source>
        <translation>{action} – Bestellung {order}?</translation>
    </message>
    <message>
        <source>Klarna accepts at most {amount}</source>
        <translation>Klarna akzeptiert höchstens {amount}</translation>
    </message>
    <message>
        <source>&amp;Capture</source>
        <translation>&amp;Erfassung</translation>
    </message>
    <message>
        <source>{field}: problem</source>
        <translation>{field}: Problem</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <source>Profile {profile}</source>
        <translation>Profil {profile}</translation>
    </message>
    <message>
        <source>READ-ONLY</source>
        <translation>NUR LESEN</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was passiert ist</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>Retry with the same idempotency key</source>
        <translation>Mit demselben Idempotenzschlüssel erneut versuchen</translation>
    </message>
    <message>
        <source>Close this dialog</source>
        <translation>Diesen Dialog schließen</translation>
    </message>
    <message>
        <source>This profile is open in another window; only that window may send.</source>
        <translation>Dieses Profil ist in einem anderen Fenster geöffnet; nur dieses Fenster darf senden.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>An earlier {what} on this order (started {started}, journal entry {entry}) never got an answer, and its key is over 23 hours old: Klarna may have forgotten it, so it cannot be sent again safely. Check with Klarna whether it was applied.</source>
        <translation>Eine frühere Anfrage zu dieser Bestellung ({what}, gestartet {started}, Journaleintrag {entry}) hat nie eine Antwort erhalten, und ihr Schlüssel ist älter als 23 Stunden: Klarna hat ihn möglicherweise vergessen, daher kann sie nicht sicher erneut gesendet werden. Prüfen Sie bei Klarna, ob sie ausgeführt wurde.</translation>
    </message>
    <message>
        <source>An earlier {what} by {agent} on this order (started {started}, journal entry {entry}) has no answer from Klarna yet. Nothing new is sent while it is open: send it again with the same key (Klarna applies it at most once), or check with Klarna.</source>
        <translation>Eine frühere Anfrage zu dieser Bestellung ({what} von {agent}, gestartet {started}, Journaleintrag {entry}) hat noch keine Antwort von Klarna. Solange sie offen ist, wird nichts Neues gesendet: Senden Sie sie mit demselben Schlüssel erneut (Klarna führt sie höchstens einmal aus) oder prüfen Sie bei Klarna.</translation>
    </message>
    <message>
        <source>An earlier {what} on this order (started {started}, journal entry {entry}) has no answer from Klarna yet. Nothing new is sent while it is open: send it again with the same key (Klarna applies it at most once), or check with Klarna.</source>
        <translation>Eine frühere Anfrage zu dieser Bestellung ({what}, gestartet {started}, Journaleintrag {entry}) hat noch keine Antwort von Klarna. Solange sie offen ist, wird nichts Neues gesendet: Senden Sie sie mit demselben Schlüssel erneut (Klarna führt sie höchstens einmal aus) oder prüfen Sie bei Klarna.</translation>
    </message>
    <message>
        <source>A {what} was made {ago} by {agent} on order {order}. {action} again?</source>
        <translation>Eine Anfrage ({what}) wurde {ago} von {agent} zu Bestellung {order} gesendet. Erneut ausführen: {action}?</translation>
    </message>
    <message>
        <source>A {what} was made {ago} from this profile on order {order}. {action} again?</source>
        <translation>Eine Anfrage ({what}) wurde {ago} von diesem Profil aus zu Bestellung {order} gesendet. Erneut ausführen: {action}?</translation>
    </message>
    <message>
        <source>&lt;p&gt;{request} would be a second, separate one.&lt;/p&gt;</source>
        <translation>&lt;p&gt;{request} wäre eine zweite, separate Anfrage.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>{action} again</source>
        <translation>{action} (erneut)</translation>
    </message>
    <message>
        <source>a capture of {amount} ({when})</source>
        <translation>eine Erfassung über {amount} ({when})</translation>
    </message>
    <message>
        <source>a refund of {amount} ({when})</source>
        <translation>eine Rückerstattung über {amount} ({when})</translation>
    </message>
    <message>
        <source>Nothing was sent: since this dialog opened, Klarna&apos;s order has {news}, made elsewhere. The amounts now shown include it; check them and send again.</source>
        <translation>Nichts wurde gesendet: Seit dieser Dialog geöffnet wurde, hat Klarnas Bestellung neue Vorgänge ({news}), die anderswo ausgeführt wurden. Die angezeigten Beträge berücksichtigen sie jetzt; prüfen Sie sie und senden Sie erneut.</translation>
    </message>
    <message>
        <source>The earlier {what} is closed as not applied. A new one may be sent now.</source>
        <translation>Die frühere Anfrage ({what}) ist als nicht ausgeführt abgeschlossen. Eine neue darf jetzt gesendet werden.</translation>
    </message>
    <message>
        <source>Klarna has the earlier {what} ({id}): it is recorded as done. Nothing was sent again.</source>
        <translation>Klarna hat die frühere Anfrage ({what}, {id}): Sie ist als erledigt verbucht. Es wurde nichts erneut gesendet.</translation>
    </message>
    <message>
        <source>Klarna has the earlier {what}: it is recorded as done. Nothing was sent again.</source>
        <translation>Klarna hat die frühere Anfrage ({what}): Sie ist als erledigt verbucht. Es wurde nichts erneut gesendet.</translation>
    </message>
    <message>
        <source>Klarna&apos;s order shows no {what} made after {started}. If you are sure it was not applied (for example, you checked the Merchant Portal), close it with a note; then a new one can be sent.</source>
        <translation>Klarnas Bestellung zeigt nach {started} keine solche Anfrage ({what}). Wenn Sie sicher sind, dass sie nicht ausgeführt wurde (z. B. weil Sie im Händlerportal nachgesehen haben), schließen Sie sie mit einer Notiz ab; dann kann eine neue gesendet werden.</translation>
    </message>
    <message>
        <source>Klarna could not be reached</source>
        <translation>Klarna war nicht erreichbar</translation>
    </message>
    <message>
        <source>Nothing was sent: the order could not be read from Klarna first. {error}</source>
        <translation>Nichts wurde gesendet: Die Bestellung konnte vorher nicht von Klarna gelesen werden. {error}</translation>
    </message>
    <message>
        <source>Retrying with the same idempotency key…</source>
        <translation>Erneuter Versuch mit demselben Idempotenzschlüssel…</translation>
    </message>
    <message>
        <source>Sending to Klarna…</source>
        <translation>Wird an Klarna gesendet…</translation>
    </message>
    <message>
        <source>{request}: done on order {order}.</source>
        <translation>{request}: bei Bestellung {order} ausgeführt.</translation>
    </message>
    <message>
        <source>Klarna did not answer{reason}. The request may have been applied. Retry sends it again with the same idempotency key ({key}…), so Klarna applies it at most once. If you close this dialog, the console sends it again by itself at {time} (Klarna&apos;s schedule: after 5 seconds, 5 minutes and 5 hours, with the same key).</source>
        <translation>Klarna hat nicht geantwortet{reason}. Die Anfrage wurde möglicherweise ausgeführt. „Erneut versuchen“ sendet sie mit demselben Idempotenzschlüssel ({key}…), sodass Klarna sie höchstens einmal ausführt. Wenn Sie diesen Dialog schließen, sendet die Konsole sie um {time} selbst erneut (Klarnas Zeitplan: nach 5 Sekunden, 5 Minuten und 5 Stunden, mit demselben Schlüssel).</translation>
    </message>
    <message>
        <source>Klarna did not answer{reason}. The request may have been applied. Retry sends it again with the same idempotency key ({key}…), so Klarna applies it at most once. If you close this dialog, the console sends it again by itself (Klarna&apos;s schedule: after 5 seconds, 5 minutes and 5 hours, with the same key).</source>
        <translation>Klarna hat nicht geantwortet{reason}. Die Anfrage wurde möglicherweise ausgeführt. „Erneut versuchen“ sendet sie mit demselben Idempotenzschlüssel ({key}…), sodass Klarna sie höchstens einmal ausführt. Wenn Sie diesen Dialog schließen, sendet die Konsole sie selbst erneut (Klarnas Zeitplan: nach 5 Sekunden, 5 Minuten und 5 Stunden, mit demselben Schlüssel).</translation>
    </message>
    <message>
        <source>Nothing was sent: the journal could not be written ({error}). Every write is journaled before it is sent; free the disk or fix the file, then try again.</source>
        <translation>Nichts wurde gesendet: Das Journal konnte nicht geschrieben werden ({error}). Jede Änderung wird vor dem Senden ins Journal geschrieben; geben Sie Speicherplatz frei oder reparieren Sie die Datei und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The request was sent, but its answer could not be journaled ({error}). The console sends it again with the same key when the journal works again.</source>
        <translation>Die Anfrage wurde gesendet, aber ihre Antwort konnte nicht ins Journal geschrieben werden ({error}). Die Konsole sendet sie mit demselben Schlüssel erneut, sobald das Journal wieder funktioniert.</translation>
    </message>
    <message>
        <source>Something went wrong while sending: {error}. Check the order&apos;s History tab before you try again.</source>
        <translation>Beim Senden ist ein Fehler aufgetreten: {error}. Prüfen Sie den Tab „Verlauf“ der Bestellung, bevor Sie es erneut versuchen.</translation>
    </message>
</context>
<context>
    <name>ActionDialogs</name>
    <message>
        <source>This profile is open in another window; only that window may send.</source>
        <translation>Dieses Profil ist in einem anderen Fenster geöffnet; nur dieses Fenster darf senden.</translation>
    </message>
    <message>
        <source>{action}: not possible. {reason}</source>
        <translation>{action}: nicht möglich. {reason}</translation>
    </message>
    <message>
        <source>Bulk actions: not possible. {reason}</source>
        <translation>Sammelaktionen: nicht möglich. {reason}</translation>
    </message>
    <message>
        <source>Select the orders in the results table first: Ctrl + click adds an order, Shift + click or Shift + arrow keys a range, Ctrl+A all of them.</source>
        <translation>Wählen Sie zuerst die Bestellungen in der Ergebnistabelle aus: Strg + Klick fügt eine Bestellung hinzu, Umschalt + Klick oder Umschalt + Pfeiltasten einen Bereich, Strg+A alle.</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>Capture</source>
        <translation>Erfassen</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Erstatten</translation>
    </message>
    <message>
        <source>Cancel order</source>
        <translation>Bestellung stornieren</translation>
    </message>
    <message>
        <source>Release remaining authorization</source>
        <translation>Verbleibende Autorisierung freigeben</translation>
    </message>
    <message>
        <source>Extend authorization time</source>
        <translation>Autorisierungszeitraum verlängern</translation>
    </message>
    <message>
        <source>Update order amount</source>
        <translation>Bestellbetrag ändern</translation>
    </message>
    <message>
        <source>Edit shipping address</source>
        <translation>Lieferadresse bearbeiten</translation>
    </message>
    <message>
        <source>Update merchant references</source>
        <translation>Händlerreferenzen ändern</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Bestätigen</translation>
    </message>
    <message>
        <source>Add shipping info</source>
        <translation>Versandinformationen hinzufügen</translation>
    </message>
    <message>
        <source>Add shipping info to capture</source>
        <translation>Versandinformationen zur Erfassung hinzufügen</translation>
    </message>
    <message>
        <source>Resend customer communication</source>
        <translation>Kundenmitteilung erneut senden</translation>
    </message>
    <message>
        <source>Extend due date</source>
        <translation>Fälligkeitsdatum verlängern</translation>
    </message>
    <message>
        <source>{action} {amount}</source>
        <translation>{action} {amount}</translation>
    </message>
    <message>
        <source>{action} by {days} days</source>
        <translation>{action} um {days} Tage</translation>
    </message>
</context>
<context>
    <name>ActionsController</name>
    <message>
        <source>{action} succeeded</source>
        <translation>{action}: erfolgreich</translation>
    </message>
</context>
<context>
    <name>AddressDialog</name>
    <message>
        <source>Title</source>
        <translation>Anrede</translation>
    </message>
    <message>
        <source>&amp;Given name</source>
        <translation>&amp;Vorname</translation>
    </message>
    <message>
        <source>&amp;Family name</source>
        <translation>&amp;Nachname</translation>
    </message>
    <message>
        <source>&amp;Organization</source>
        <translation>&amp;Firma</translation>
    </message>
    <message>
        <source>A&amp;ttention</source>
        <translation>&amp;z. Hd.</translation>
    </message>
    <message>
        <source>&amp;Street address</source>
        <translation>Straße und &amp;Hausnummer</translation>
    </message>
    <message>
        <source>Street address &amp;2</source>
        <translation>Adressz&amp;usatz</translation>
    </message>
    <message>
        <source>&amp;Postal code</source>
        <translation>&amp;Postleitzahl</translation>
    </message>
    <message>
        <source>C&amp;ity</source>
        <translation>&amp;Ort</translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <translation>&amp;Region</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-Mail</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <source>Attn: {name}</source>
        <translation>z. Hd. {name}</translation>
    </message>
    <message>
        <source>Sa&amp;ve address</source>
        <translation>Adresse &amp;speichern</translation>
    </message>
    <message>
        <source>Shipping address</source>
        <translation>Lieferadresse</translation>
    </message>
    <message>
        <source>An order ships to the country it was bought in.</source>
        <translation>Eine Bestellung wird in das Land geliefert, in dem sie gekauft wurde.</translation>
    </message>
    <message>
        <source>Billing address (read-only)</source>
        <translation>Rechnungsadresse (nur lesen)</translation>
    </message>
    <message>
        <source>Billing address</source>
        <translation>Rechnungsadresse</translation>
    </message>
    <message>
        <source>{reason}. Klarna approved the purchase for this address, so a merchant cannot change it.</source>
        <translation>{reason}. Klarna hat den Kauf für diese Adresse genehmigt, daher kann ein Händler sie nicht ändern.</translation>
    </message>
    <message>
        <source>Klarna re-assesses the purchase with the new address and may refuse it. An emptied field is cleared at Klarna.</source>
        <translation>Klarna prüft den Kauf mit der neuen Adresse erneut und kann ihn ablehnen. Ein geleertes Feld wird bei Klarna gelöscht.</translation>
    </message>
    <message>
        <source>Required: Klarna does not let this field be cleared.</source>
        <translation>Pflichtfeld: Klarna erlaubt nicht, dieses Feld zu leeren.</translation>
    </message>
    <message>
        <source>Required for addresses in the United States.</source>
        <translation>Pflichtfeld für Adressen in den USA.</translation>
    </message>
    <message>
        <source>Enter an e-mail address such as name@example.com.</source>
        <translation>Geben Sie eine E-Mail-Adresse wie name@example.com ein.</translation>
    </message>
    <message>
        <source>Change a field of the shipping address to save it.</source>
        <translation>Ändern Sie ein Feld der Lieferadresse, um sie zu speichern.</translation>
    </message>
</context>
<context>
    <name>BulkDialog</name>
    <message>
        <source>succeeded</source>
        <translation>erfolgreich</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>nicht gesendet</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Orders in this run</source>
        <translation>Bestellungen in diesem Lauf</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>Requests go as fast as Klarna&apos;s rate limit allows, as Klarna announces it in each answer, with a margin. Stop ends the run after the requests already sent; running the same selection again later skips what succeeded.</source>
        <translation>Anfragen werden so schnell gesendet, wie Klarnas Ratenlimit es erlaubt (wie Klarna es in jeder Antwort angibt), mit etwas Spielraum. „Stopp“ beendet den Lauf nach den bereits gesendeten Anfragen; wird dieselbe Auswahl später erneut ausgeführt, wird übersprungen, was erfolgreich war.</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Outcome per order</source>
        <translation>Ergebnis je Bestellung</translation>
    </message>
    <message>
        <source>&amp;Save report as CSV…</source>
        <translation>Bericht als CSV &amp;speichern…</translation>
    </message>
    <message>
        <source>Run &amp;again</source>
        <translation>Erneut &amp;ausführen</translation>
    </message>
    <message>
        <source>Run again: skip what succeeded, retry the rest</source>
        <translation>Erneut ausführen: Erfolgreiches überspringen, den Rest wiederholen</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stopp</translation>
    </message>
    <message>
        <source>Stop after the requests in flight</source>
        <translation>Nach den laufenden Anfragen anhalten</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Close this dialog</source>
        <translation>Diesen Dialog schließen</translation>
    </message>
    <message>
        <source>skip: done before</source>
        <translation>überspringen: bereits erledigt</translation>
    </message>
    <message>
        <source>not allowed</source>
        <translation>nicht zulässig</translation>
    </message>
    <message>
        <source>resume (same key)</source>
        <translation>fortsetzen (gleicher Schlüssel)</translation>
    </message>
    <message>
        <source>send</source>
        <translation>senden</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Expires now</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>After extending</source>
        <translation>Nach Verlängerung</translation>
    </message>
    <message>
        <source>Klarna ref</source>
        <translation>Klarna-Ref.</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Will</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Why not</source>
        <translation>Warum nicht</translation>
    </message>
    <message>
        <source>Merchant ref</source>
        <translation>Händlerref.</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Error code</source>
        <translation>Fehlercode</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Correlation id</source>
        <translation>Korrelations-ID</translation>
    </message>
    <message>
        <source>&lt;p&gt;Total to capture: &lt;b&gt;{total}&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;Insgesamt zu erfassen: &lt;b&gt;{total}&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Nothing to send</source>
        <translation>Nichts zu senden</translation>
    </message>
    <message>
        <source>&lt;p&gt;Total: &lt;b&gt;{total}&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;Gesamt: &lt;b&gt;{total}&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation>{done} von {total}</translation>
    </message>
    <message>
        <source>Klarna asked to slow down: waiting {seconds} s</source>
        <translation>Klarna hat um Verlangsamung gebeten: {seconds} s warten</translation>
    </message>
    <message>
        <source>Reading the orders back from Klarna…</source>
        <translation>Bestellungen werden erneut von Klarna gelesen…</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>Gespeichert unter {path}</translation>
    </message>
    <message>
        <source>Stopping after the requests already sent…</source>
        <translation>Wird nach den bereits gesendeten Anfragen angehalten…</translation>
    </message>
    <message>
        <source>{code} × {count}</source>
        <translation>{code} × {count}</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:#b91c1c;&apos;&gt;&lt;b&gt;The run stopped: the journal could not be written ({error}).&lt;/b&gt; Nothing is sent without its journal entry; what was sent is listed below.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#b91c1c;&apos;&gt;&lt;b&gt;Der Lauf wurde angehalten: Das Journal konnte nicht geschrieben werden ({error}).&lt;/b&gt; Ohne Journaleintrag wird nichts gesendet; was gesendet wurde, ist unten aufgeführt.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Bulk run: {succeeded} captured, {refused} refused, {failed} failed.</source>
        <translation>Sammelaktion: {succeeded} erfasst, {refused} abgelehnt, {failed} fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Bulk run: {succeeded} extended, {refused} refused, {failed} failed.</source>
        <translation>Sammelaktion: {succeeded} verlängert, {refused} abgelehnt, {failed} fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The bulk run stopped: {error}. Check the orders&apos; History.</source>
        <translation>Die Sammelaktion wurde angehalten: {error}. Prüfen Sie den Verlauf der Bestellungen.</translation>
    </message>
    <message>
        <source>Save the report as CSV</source>
        <translation>Bericht als CSV speichern</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>CancelDialog</name>
    <message>
        <source>Cancel the &amp;order…</source>
        <translation>Bestellung st&amp;ornieren…</translation>
    </message>
    <message>
        <source>&amp;Keep the order</source>
        <translation>Bestellung &amp;behalten</translation>
    </message>
    <message>
        <source>Order amount</source>
        <translation>Bestellbetrag</translation>
    </message>
    <message>
        <source>Still authorized</source>
        <translation>Noch autorisiert</translation>
    </message>
    <message>
        <source>&lt;p&gt;Cancelling releases the whole authorization: the customer is not charged, and the order can no longer be captured, changed or extended. This cannot be undone.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Die Stornierung gibt die gesamte Autorisierung frei: Der Kunde wird nicht belastet, und die Bestellung kann nicht mehr erfasst, geändert oder verlängert werden. Dies kann nicht rückgängig gemacht werden.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;{customer} will not be charged {amount}.&lt;/p&gt;</source>
        <translation>&lt;p&gt;{customer} wird nicht mit {amount} belastet.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The customer will not be charged {amount}.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Der Kunde wird nicht mit {amount} belastet.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Cancel order {order} and release {amount}?</source>
        <translation>Bestellung {order} stornieren und {amount} freigeben?</translation>
    </message>
    <message>
        <source>Cancel order, release {amount}</source>
        <translation>Stornieren, {amount} freigeben</translation>
    </message>
</context>
<context>
    <name>CaptureDialog</name>
    <message>
        <source>&amp;Capture…</source>
        <translation>&amp;Erfassen…</translation>
    </message>
    <message>
        <source>Order amount</source>
        <translation>Bestellbetrag</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>Erfasst</translation>
    </message>
    <message>
        <source>Remaining to capture</source>
        <translation>Noch zu erfassen</translation>
    </message>
    <message>
        <source>How much to capture</source>
        <translation>Wie viel erfassen</translation>
    </message>
    <message>
        <source>The &amp;remaining amount</source>
        <translation>Den &amp;verbleibenden Betrag</translation>
    </message>
    <message>
        <source>&amp;Part of it, by amount</source>
        <translation>Einen &amp;Teil, nach Betrag</translation>
    </message>
    <message>
        <source>By &amp;lines and quantities</source>
        <translation>Nach &amp;Positionen und Mengen</translation>
    </message>
    <message>
        <source>Amount to capture</source>
        <translation>Zu erfassender Betrag</translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation>&amp;Betrag</translation>
    </message>
    <message>
        <source>Each capture becomes its own invoice or payment instruction for the customer.</source>
        <translation>Jede Erfassung wird zu einer eigenen Rechnung oder Zahlungsaufforderung für den Kunden.</translation>
    </message>
    <message>
        <source>Lines to capture</source>
        <translation>Zu erfassende Positionen</translation>
    </message>
    <message>
        <source>Lines: problem</source>
        <translation>Positionen: Problem</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>Be&amp;schreibung</translation>
    </message>
    <message>
        <source>Shown to the customer.</source>
        <translation>Wird dem Kunden angezeigt.</translation>
    </message>
    <message>
        <source>Re&amp;ference</source>
        <translation>Re&amp;ferenz</translation>
    </message>
    <message>
        <source>Appears in your settlement files.</source>
        <translation>Erscheint in Ihren Abrechnungsdateien.</translation>
    </message>
    <message>
        <source>Shipments sent with this capture (optional)</source>
        <translation>Mit dieser Erfassung versandte Sendungen (optional)</translation>
    </message>
    <message>
        <source>The &amp;remaining amount ({amount})</source>
        <translation>Den &amp;verbleibenden Betrag ({amount})</translation>
    </message>
    <message>
        <source>Pick at least one unit of a line to capture.</source>
        <translation>Wählen Sie mindestens eine Einheit einer Position zum Erfassen.</translation>
    </message>
    <message>
        <source>Klarna charges {customer} {amount} and starts the payout to you and the customer&apos;s billing.</source>
        <translation>Klarna belastet {customer} mit {amount} und startet die Auszahlung an Sie sowie die Rechnungsstellung an den Kunden.</translation>
    </message>
    <message>
        <source>Klarna charges the customer {amount} and starts the payout to you and the customer&apos;s billing.</source>
        <translation>Klarna belastet den Kunden mit {amount} und startet die Auszahlung an Sie sowie die Rechnungsstellung an den Kunden.</translation>
    </message>
    <message>
        <source>That is everything still authorized.</source>
        <translation>Das ist alles, was noch autorisiert ist.</translation>
    </message>
    <message>
        <source>{amount} stays authorized for later captures.</source>
        <translation>{amount} bleiben für spätere Erfassungen autorisiert.</translation>
    </message>
    <message>
        <source>Capture {amount} on order {order}?</source>
        <translation>{amount} für Bestellung {order} erfassen?</translation>
    </message>
    <message>
        <source>Capture {amount}</source>
        <translation>{amount} erfassen</translation>
    </message>
</context>
<context>
    <name>Confirmation</name>
    <message>
        <source>&lt;p style=&apos;color:#b91c1c; font-weight:600;&apos;&gt;PRODUCTION: this is a real Klarna account; real money moves and the customer is told.&lt;/p&gt;&lt;p&gt;Profile &lt;b&gt;{profile}&lt;/b&gt; · {environment}&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#b91c1c; font-weight:600;&apos;&gt;PRODUKTION: Dies ist ein echtes Klarna-Konto; echtes Geld wird bewegt und der Kunde wird benachrichtigt.&lt;/p&gt;&lt;p&gt;Profil &lt;b&gt;{profile}&lt;/b&gt; · {environment}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Profile &lt;b&gt;{profile}&lt;/b&gt; · {environment}: simulated on this computer, no real money.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Profil &lt;b&gt;{profile}&lt;/b&gt; · {environment}: auf diesem Computer simuliert, kein echtes Geld.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Profile &lt;b&gt;{profile}&lt;/b&gt; · {environment}: Klarna&apos;s test environment.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Profil &lt;b&gt;{profile}&lt;/b&gt; · {environment}: Klarnas Testumgebung.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Go back without sending</source>
        <translation>Zurück, ohne zu senden</translation>
    </message>
</context>
<context>
    <name>CsvColumns</name>
    <message>
        <source>order_id</source>
        <translation>bestell_id</translation>
    </message>
    <message>
        <source>klarna_reference</source>
        <translation>klarna_referenz</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>fraud_status</source>
        <translation>betrugsstatus</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>währung</translation>
    </message>
    <message>
        <source>order_amount</source>
        <translation>bestellbetrag</translation>
    </message>
    <message>
        <source>captured_amount</source>
        <translation>erfasster_betrag</translation>
    </message>
    <message>
        <source>refunded_amount</source>
        <translation>erstatteter_betrag</translation>
    </message>
    <message>
        <source>remaining_amount</source>
        <translation>verbleibender_betrag</translation>
    </message>
    <message>
        <source>created_at</source>
        <translation>erstellt_am</translation>
    </message>
    <message>
        <source>expires_at</source>
        <translation>läuft_ab_am</translation>
    </message>
    <message>
        <source>merchant_reference1</source>
        <translation>händlerreferenz1</translation>
    </message>
    <message>
        <source>merchant_reference2</source>
        <translation>händlerreferenz2</translation>
    </message>
    <message>
        <source>customer_name</source>
        <translation>kundenname</translation>
    </message>
    <message>
        <source>email</source>
        <translation>e_mail</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>telefon</translation>
    </message>
    <message>
        <source>postal_code</source>
        <translation>postleitzahl</translation>
    </message>
</context>
<context>
    <name>CsvKinds</name>
    <message>
        <source>CSV for a spreadsheet, in your language&apos;s format (*.csv)</source>
        <translation>CSV für Tabellenkalkulation, im Format Ihrer Sprache (*.csv)</translation>
    </message>
    <message>
        <source>Plain CSV for programs (*.csv)</source>
        <translation>Einfache CSV für Programme (*.csv)</translation>
    </message>
</context>
<context>
    <name>DialogFields</name>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>DialogPanels</name>
    <message>
        <source>Error code</source>
        <translation>Fehlercode</translation>
    </message>
    <message>
        <source>Error message</source>
        <translation>Fehlermeldung</translation>
    </message>
    <message>
        <source>Correlation id</source>
        <translation>Korrelations-ID</translation>
    </message>
    <message>
        <source>Copy correlation id</source>
        <translation>Korrelations-ID kopieren</translation>
    </message>
    <message>
        <source>Klarna refused the request</source>
        <translation>Klarna hat die Anfrage abgelehnt</translation>
    </message>
    <message>
        <source>{code} (HTTP {status})</source>
        <translation>{code} (HTTP {status})</translation>
    </message>
    <message>
        <source>Correlation id: {id}</source>
        <translation>Korrelations-ID: {id}</translation>
    </message>
    <message>
        <source>Capture</source>
        <translation>Erfassung</translation>
    </message>
    <message>
        <source>{capture} · {when} · {amount}, {refunded} refunded</source>
        <translation>{capture} · {when} · {amount}, davon {refunded} erstattet</translation>
    </message>
    <message>
        <source>{capture} · {when} · {amount}</source>
        <translation>{capture} · {when} · {amount}</translation>
    </message>
</context>
<context>
    <name>DialogPlurals</name>
    <message numerus="yes">
        <source>%n line(s) go on the invoice.</source>
        <translation>
            <numerusform>%n Position kommt auf die Rechnung.</numerusform>
            <numerusform>%n Positionen kommen auf die Rechnung.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shipment(s) are reported with it.</source>
        <translation>
            <numerusform>%n Sendung wird damit gemeldet.</numerusform>
            <numerusform>%n Sendungen werden damit gemeldet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;The order&apos;s lines are replaced by the %n shown.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;Die Positionen der Bestellung werden durch die %n angezeigte Position ersetzt.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;Die Positionen der Bestellung werden durch die %n angezeigten Positionen ersetzt.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days — fee {fee}</source>
        <translation>
            <numerusform>%n Tag – Gebühr {fee}</numerusform>
            <numerusform>%n Tage – Gebühr {fee}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Extend the due date of capture {capture} (order {order}) by %n days, for a fee of {fee}?</source>
        <translation>
            <numerusform>Fälligkeitsdatum der Erfassung {capture} (Bestellung {order}) um %n Tag verlängern, gegen eine Gebühr von {fee}?</numerusform>
            <numerusform>Fälligkeitsdatum der Erfassung {capture} (Bestellung {order}) um %n Tage verlängern, gegen eine Gebühr von {fee}?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;Klarna charges you {fee}. The new due date is %n days after the current one; {customer} gets longer to pay and is told by Klarna. (Klarna&apos;s API does not give the current due date, so the console cannot show it as a date.)&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;Klarna berechnet Ihnen {fee}. Das neue Fälligkeitsdatum liegt %n Tag nach dem aktuellen; {customer} hat länger Zeit zu zahlen und wird von Klarna informiert. (Klarnas API liefert das aktuelle Fälligkeitsdatum nicht, daher kann die Konsole es nicht als Datum anzeigen.)&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;Klarna berechnet Ihnen {fee}. Das neue Fälligkeitsdatum liegt %n Tage nach dem aktuellen; {customer} hat länger Zeit zu zahlen und wird von Klarna informiert. (Klarnas API liefert das aktuelle Fälligkeitsdatum nicht, daher kann die Konsole es nicht als Datum anzeigen.)&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Extend by %n days, pay {fee}</source>
        <translation>
            <numerusform>Um %n Tag verlängern, {fee} zahlen</numerusform>
            <numerusform>Um %n Tage verlängern, {fee} zahlen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Capture %n selected order(s) in full</source>
        <translation>
            <numerusform>%n ausgewählte Bestellung vollständig erfassen</numerusform>
            <numerusform>%n ausgewählte Bestellungen vollständig erfassen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Extend the authorization of %n selected order(s)</source>
        <translation>
            <numerusform>Autorisierung von %n ausgewählten Bestellung verlängern</numerusform>
            <numerusform>Autorisierung von %n ausgewählten Bestellungen verlängern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checking the %n selected order(s)…</source>
        <translation>
            <numerusform>%n ausgewählte Bestellung wird geprüft…</numerusform>
            <numerusform>%n ausgewählte Bestellungen werden geprüft…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;{allowed}&lt;/b&gt; of %n order(s) will be sent.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;{allowed}&lt;/b&gt; von %n Bestellung wird gesendet.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;{allowed}&lt;/b&gt; von %n Bestellungen werden gesendet.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;{allowed}&lt;/b&gt; of %n order(s) will be sent ({resumed} resumed with their original keys).&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;{allowed}&lt;/b&gt; von %n Bestellung wird gesendet ({resumed} mit dem ursprünglichen Schlüssel fortgesetzt).&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;{allowed}&lt;/b&gt; von %n Bestellungen werden gesendet ({resumed} mit ihren ursprünglichen Schlüsseln fortgesetzt).&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;%n&lt;/b&gt; cannot be captured:&lt;/p&gt;&lt;ul&gt;{reasons}&lt;/ul&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;%n&lt;/b&gt; kann nicht erfasst werden:&lt;/p&gt;&lt;ul&gt;{reasons}&lt;/ul&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;%n&lt;/b&gt; können nicht erfasst werden:&lt;/p&gt;&lt;ul&gt;{reasons}&lt;/ul&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;%n&lt;/b&gt; cannot be extended:&lt;/p&gt;&lt;ul&gt;{reasons}&lt;/ul&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;%n&lt;/b&gt; kann nicht verlängert werden:&lt;/p&gt;&lt;ul&gt;{reasons}&lt;/ul&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;%n&lt;/b&gt; können nicht verlängert werden:&lt;/p&gt;&lt;ul&gt;{reasons}&lt;/ul&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;%n&lt;/b&gt; were already done before (by an earlier run or from the order&apos;s own dialog, as the journal shows) and are skipped.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;%n&lt;/b&gt; wurde bereits vorher erledigt (durch einen früheren Lauf oder im Dialog der Bestellung, laut Journal) und wird übersprungen.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;%n&lt;/b&gt; wurden bereits vorher erledigt (durch einen früheren Lauf oder im Dialog der Bestellung, laut Journal) und werden übersprungen.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Capture %n order(s)…</source>
        <translation>
            <numerusform>%n Bestellung erfassen…</numerusform>
            <numerusform>%n Bestellungen erfassen…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Extend %n order(s)…</source>
        <translation>
            <numerusform>%n Bestellung verlängern…</numerusform>
            <numerusform>%n Bestellungen verlängern…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Capture %n order(s) in full?</source>
        <translation>
            <numerusform>%n Bestellung vollständig erfassen?</numerusform>
            <numerusform>%n Bestellungen vollständig erfassen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Extend the authorization of %n order(s)?</source>
        <translation>
            <numerusform>Autorisierung von %n Bestellung verlängern?</numerusform>
            <numerusform>Autorisierung von %n Bestellungen verlängern?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;%n selected order(s) are left out (not allowed).&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;%n ausgewählte Bestellung wird ausgelassen (nicht zulässig).&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;%n ausgewählte Bestellungen werden ausgelassen (nicht zulässig).&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Capture %n order(s)</source>
        <translation>
            <numerusform>%n Bestellung erfassen</numerusform>
            <numerusform>%n Bestellungen erfassen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Extend %n order(s)</source>
        <translation>
            <numerusform>%n Bestellung verlängern</numerusform>
            <numerusform>%n Bestellungen verlängern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Capturing %n order(s)…</source>
        <translation>
            <numerusform>%n Bestellung wird erfasst…</numerusform>
            <numerusform>%n Bestellungen werden erfasst…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Extending the authorization of %n order(s)…</source>
        <translation>
            <numerusform>Autorisierung von %n Bestellung wird verlängert…</numerusform>
            <numerusform>Autorisierung von %n Bestellungen wird verlängert…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) sent in the last second (Klarna allows {limit} a second; pacing at {rate})</source>
        <translation>
            <numerusform>%n Anfrage in der letzten Sekunde gesendet (Klarna erlaubt {limit} pro Sekunde; Takt {rate})</numerusform>
            <numerusform>%n Anfragen in der letzten Sekunde gesendet (Klarna erlaubt {limit} pro Sekunde; Takt {rate})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) sent in the last second (pacing at {rate} until Klarna announces its limit)</source>
        <translation>
            <numerusform>%n Anfrage in der letzten Sekunde gesendet (Takt {rate}, bis Klarna sein Limit angibt)</numerusform>
            <numerusform>%n Anfragen in der letzten Sekunde gesendet (Takt {rate}, bis Klarna sein Limit angibt)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answered 429</source>
        <translation>
            <numerusform>%n mit 429 beantwortet</numerusform>
            <numerusform>%n mit 429 beantwortet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;%n&lt;/b&gt; captured.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;%n&lt;/b&gt; erfasst.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;%n&lt;/b&gt; erfasst.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;%n&lt;/b&gt; extended.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;%n&lt;/b&gt; verlängert.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;%n&lt;/b&gt; verlängert.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;%n&lt;/b&gt; refused by Klarna: {codes}&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;%n&lt;/b&gt; von Klarna abgelehnt: {codes}&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;%n&lt;/b&gt; von Klarna abgelehnt: {codes}&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;%n&lt;/b&gt; not allowed, so not sent: {codes}&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;%n&lt;/b&gt; nicht zulässig, daher nicht gesendet: {codes}&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;%n&lt;/b&gt; nicht zulässig, daher nicht gesendet: {codes}&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;%n&lt;/b&gt; failed.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;%n&lt;/b&gt; fehlgeschlagen.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;%n&lt;/b&gt; fehlgeschlagen.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;%n&lt;/b&gt; got no answer (Run again resumes them with their keys).&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;%n&lt;/b&gt; ohne Antwort („Erneut ausführen“ setzt sie mit ihrem Schlüssel fort).&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;%n&lt;/b&gt; ohne Antwort („Erneut ausführen“ setzt sie mit ihren Schlüsseln fort).&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;%n&lt;/b&gt; were not sent (stopped).&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;%n&lt;/b&gt; wurde nicht gesendet (angehalten).&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;%n&lt;/b&gt; wurden nicht gesendet (angehalten).&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;%n&lt;/b&gt; were done before or by another window, so not sent again.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;%n&lt;/b&gt; wurde bereits vorher oder von einem anderen Fenster erledigt, daher nicht erneut gesendet.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;%n&lt;/b&gt; wurden bereits vorher oder von einem anderen Fenster erledigt, daher nicht erneut gesendet.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln order(s) to {path}.</source>
        <translation>
            <numerusform>%Ln Bestellung nach {path} exportiert.</numerusform>
            <numerusform>%Ln Bestellungen nach {path} exportiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order id(s) found.</source>
        <translation>
            <numerusform>%n Bestell-ID gefunden.</numerusform>
            <numerusform>%n Bestell-IDs gefunden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) without an order id will be skipped.</source>
        <translation>
            <numerusform>%n Zeile ohne Bestell-ID wird übersprungen.</numerusform>
            <numerusform>%n Zeilen ohne Bestell-ID werden übersprungen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fetched {fetched} of %n order(s).</source>
        <translation>
            <numerusform>{fetched} von %n Bestellung abgerufen.</numerusform>
            <numerusform>{fetched} von %n Bestellungen abgerufen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %n were not fetched.</source>
        <translation>
            <numerusform>Abgebrochen: %n wurde nicht abgerufen.</numerusform>
            <numerusform>Abgebrochen: %n wurden nicht abgerufen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Klarna does not know %n of them (wrong id, or another store):</source>
        <translation>
            <numerusform>%n davon ist Klarna nicht bekannt (falsche ID oder anderer Shop):</numerusform>
            <numerusform>%n davon sind Klarna nicht bekannt (falsche ID oder anderer Shop):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be fetched:</source>
        <translation>
            <numerusform>%n konnte nicht abgerufen werden:</numerusform>
            <numerusform>%n konnten nicht abgerufen werden:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DialogScreenshots</name>
    <message>
        <source>Parcel 1 of 2</source>
        <translation>Paket 1 von 2</translation>
    </message>
    <message>
        <source>Returned: {name}</source>
        <translation>Zurückgesendet: {name}</translation>
    </message>
    <message>
        <source>The customer cancelled one item before it shipped</source>
        <translation>Der Kunde hat einen Artikel vor dem Versand storniert</translation>
    </message>
    <message>
        <source>c/o Reception, 3rd floor</source>
        <translation>c/o Empfang, 3. Stock</translation>
    </message>
    <message>
        <source>Checked in the Merchant Portal: no capture on this order</source>
        <translation>Im Händlerportal geprüft: keine Erfassung zu dieser Bestellung</translation>
    </message>
</context>
<context>
    <name>DueDateDialog</name>
    <message>
        <source>&amp;Extend due date…</source>
        <translation>Fälligkeitsdatum &amp;verlängern…</translation>
    </message>
    <message>
        <source>Extend the customer&apos;s due date by</source>
        <translation>Fälligkeitsdatum des Kunden verlängern um</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>&amp;Options</source>
        <translation>&amp;Optionen</translation>
    </message>
    <message>
        <source>Klarna charges you (the merchant) the fee; the customer simply gets longer to pay.</source>
        <translation>Klarna stellt die Gebühr Ihnen (dem Händler) in Rechnung; der Kunde hat einfach länger Zeit zu zahlen.</translation>
    </message>
    <message>
        <source>Only pay-later purchases (such as Pay in 30 days) have a due date.</source>
        <translation>Nur Käufe auf Rechnung (wie „In 30 Tagen bezahlen“) haben ein Fälligkeitsdatum.</translation>
    </message>
    <message>
        <source>Choose a capture.</source>
        <translation>Wählen Sie eine Erfassung.</translation>
    </message>
    <message>
        <source>Fetching the options from Klarna…</source>
        <translation>Optionen werden von Klarna abgerufen…</translation>
    </message>
    <message>
        <source>Klarna offers no extension for this capture (its due date may have been extended already).</source>
        <translation>Klarna bietet für diese Erfassung keine Verlängerung an (ihr Fälligkeitsdatum wurde möglicherweise schon verlängert).</translation>
    </message>
    <message>
        <source>Klarna did not give the options.</source>
        <translation>Klarna hat die Optionen nicht geliefert.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>the customer</source>
        <translation>der Kunde</translation>
    </message>
    <message>
        <source>Waiting for Klarna&apos;s options…</source>
        <translation>Warten auf Klarnas Optionen…</translation>
    </message>
    <message>
        <source>Choose by how many days.</source>
        <translation>Wählen Sie, um wie viele Tage.</translation>
    </message>
    <message>
        <source>There is nothing to choose.</source>
        <translation>Es gibt nichts zu wählen.</translation>
    </message>
</context>
<context>
    <name>Environments</name>
    <message>
        <source>Production</source>
        <translation>Produktion</translation>
    </message>
    <message>
        <source>Playground</source>
        <translation>Playground</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
</context>
<context>
    <name>ExplainedDialog</name>
    <message>
        <source>What this does</source>
        <translation>Was dies bewirkt</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Search first: the export writes the orders found.</source>
        <translation>Suchen Sie zuerst: Der Export schreibt die gefundenen Bestellungen.</translation>
    </message>
    <message>
        <source>Export orders as CSV</source>
        <translation>Bestellungen als CSV exportieren</translation>
    </message>
    <message>
        <source>Exporting orders… {done} of {total}</source>
        <translation>Bestellungen werden exportiert… {done} von {total}</translation>
    </message>
    <message>
        <source>Could not write {path}: {error}</source>
        <translation>{path} konnte nicht geschrieben werden: {error}</translation>
    </message>
</context>
<context>
    <name>ExtendAuthorizationDialog</name>
    <message>
        <source>&amp;Extend</source>
        <translation>&amp;Verlängern</translation>
    </message>
    <message>
        <source>Expires now</source>
        <translation>Läuft jetzt ab</translation>
    </message>
    <message>
        <source>After extending</source>
        <translation>Nach Verlängerung</translation>
    </message>
    <message>
        <source>Send anyway: this account&apos;s authorization period is longer than {days} days</source>
        <translation>Trotzdem senden: Der Autorisierungszeitraum dieses Kontos ist länger als {days} Tage</translation>
    </message>
    <message>
        <source>Send anyway</source>
        <translation>Trotzdem senden</translation>
    </message>
    <message>
        <source>Extending now would change nothing: the expiry would stay {expiry} (Klarna counts {days} days from today, the standard period, and never past 180 days after the purchase).</source>
        <translation>Eine Verlängerung jetzt würde nichts ändern: Das Ablaufdatum bliebe {expiry} (Klarna zählt {days} Tage ab heute, den Standardzeitraum, und nie über 180 Tage nach dem Kauf hinaus).</translation>
    </message>
    <message>
        <source>&lt;p&gt;The new date is no later than the current one: extending now changes nothing (Klarna counts from today, and never past 180 days after the purchase).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Das neue Datum liegt nicht nach dem aktuellen: Eine Verlängerung jetzt ändert nichts (Klarna zählt ab heute und nie über 180 Tage nach dem Kauf hinaus).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;This reaches the limit of 180 days after the purchase; it cannot be extended again.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Damit ist die Grenze von 180 Tagen nach dem Kauf erreicht; die Autorisierung kann nicht erneut verlängert werden.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Klarna extends the authorization from today by the account&apos;s period, so there is more time to capture. Klarna means this as an exception, not a routine.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Klarna verlängert die Autorisierung ab heute um den Zeitraum des Kontos, sodass mehr Zeit zum Erfassen bleibt. Klarna sieht dies als Ausnahme vor, nicht als Routine.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>{date} ({relative})</source>
        <translation>{date} ({relative})</translation>
    </message>
</context>
<context>
    <name>FirstPaint</name>
    <message>
        <source>There is no profile &apos;{name}&apos;; opened the Sandbox.</source>
        <translation>Es gibt kein Profil „{name}“; die Sandbox wurde geöffnet.</translation>
    </message>
    <message>
        <source>Could not open the local data of {profile}</source>
        <translation>Die lokalen Daten von {profile} konnten nicht geöffnet werden</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import order IDs</source>
        <translation>Bestell-IDs importieren</translation>
    </message>
    <message>
        <source>Paste Klarna order ids (one per line, or a CSV export with an order id column), or open a CSV file. Klarna&apos;s API has no search, so orders must be fetched once to be found here.</source>
        <translation>Fügen Sie Klarna-Bestell-IDs ein (eine pro Zeile oder einen CSV-Export mit einer Spalte für die Bestell-ID) oder öffnen Sie eine CSV-Datei. Klarnas API hat keine Suche, daher müssen Bestellungen einmal abgerufen werden, damit sie hier gefunden werden.</translation>
    </message>
    <message>
        <source>Order ids to import</source>
        <translation>Zu importierende Bestell-IDs</translation>
    </message>
    <message>
        <source>No order ids yet.</source>
        <translation>Noch keine Bestell-IDs.</translation>
    </message>
    <message>
        <source>Order ids found</source>
        <translation>Gefundene Bestell-IDs</translation>
    </message>
    <message>
        <source>Open CSV file…</source>
        <translation>CSV-Datei öffnen…</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Importfortschritt</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>Importbericht</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Open a CSV file with order ids</source>
        <translation>CSV-Datei mit Bestell-IDs öffnen</translation>
    </message>
    <message>
        <source>CSV or text (*.csv *.txt);;All files (*)</source>
        <translation>CSV oder Text (*.csv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>{file} is larger than {size} MB</source>
        <translation>{file} ist größer als {size} MB</translation>
    </message>
    <message>
        <source>Could not read the file: {error}</source>
        <translation>Die Datei konnte nicht gelesen werden: {error}</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation>{done} von {total}</translation>
    </message>
</context>
<context>
    <name>JournalText</name>
    <message>
        <source>{action} of {amount}</source>
        <translation>{action} über {amount}</translation>
    </message>
    <message>
        <source>{agent}, at {desk}</source>
        <translation>{agent}, am Arbeitsplatz {desk}</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message>
        <source>not applied (closed by hand)</source>
        <translation>nicht ausgeführt (manuell abgeschlossen)</translation>
    </message>
    <message>
        <source>no answer yet · next try {time}</source>
        <translation>noch keine Antwort · nächster Versuch {time}</translation>
    </message>
    <message>
        <source>no answer yet · check with Klarna</source>
        <translation>noch keine Antwort · bei Klarna prüfen</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>wird gesendet</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>erfolgreich</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>KlarnaErrors</name>
    <message>
        <source>Klarna has no order with this id for these credentials. Check the order id, and that the profile uses the region and environment (live or playground) the order was placed in.</source>
        <translation>Klarna hat zu diesen Zugangsdaten keine Bestellung mit dieser ID. Prüfen Sie die Bestell-ID und ob das Profil dieselbe Region und Umgebung (Live oder Playground) verwendet, in der die Bestellung aufgegeben wurde.</translation>
    </message>
    <message>
        <source>Klarna could not find the capture or refund this request names. Reload the order to see its current captures and refunds, then try again.</source>
        <translation>Klarna konnte die Erfassung oder Rückerstattung, auf die sich die Anfrage bezieht, nicht finden. Laden Sie die Bestellung neu, um ihre aktuellen Erfassungen und Rückerstattungen zu sehen, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Klarna could not find this capture on the order. Reload the order and choose one of its current captures.</source>
        <translation>Klarna konnte diese Erfassung in der Bestellung nicht finden. Laden Sie die Bestellung neu und wählen Sie eine ihrer aktuellen Erfassungen.</translation>
    </message>
    <message>
        <source>The order id is not valid: Klarna order ids are UUIDs. Copy the order id again, for example from the Merchant Portal.</source>
        <translation>Die Bestell-ID ist ungültig: Klarna-Bestell-IDs sind UUIDs. Kopieren Sie die Bestell-ID erneut, zum Beispiel aus dem Händlerportal.</translation>
    </message>
    <message>
        <source>Klarna rejected a value in the request; its message names the field and the limit. Nothing was changed: correct that field and send again.</source>
        <translation>Klarna hat einen Wert in der Anfrage abgelehnt; die Meldung von Klarna nennt das Feld und die Grenze. Es wurde nichts geändert: Korrigieren Sie das Feld und senden Sie erneut.</translation>
    </message>
    <message>
        <source>Klarna does not allow this action on the order in its current state; its message says why. Nothing was changed: reload the order to see its status and amounts.</source>
        <translation>Klarna erlaubt diese Aktion bei der Bestellung in ihrem aktuellen Zustand nicht; die Meldung von Klarna nennt den Grund. Es wurde nichts geändert: Laden Sie die Bestellung neu, um Status und Beträge zu sehen.</translation>
    </message>
    <message>
        <source>Klarna did not capture: the order is cancelled or expired, or the amount is higher than the remaining authorized amount. Reload the order and capture at most the remaining authorized amount.</source>
        <translation>Klarna hat nicht erfasst: Die Bestellung ist storniert oder abgelaufen, oder der Betrag ist höher als der verbleibende autorisierte Betrag. Laden Sie die Bestellung neu und erfassen Sie höchstens den verbleibenden autorisierten Betrag.</translation>
    </message>
    <message>
        <source>Klarna did not refund: the order has no captures, or the amount is higher than what was captured and not yet refunded. Reload the order and refund at most that amount.</source>
        <translation>Klarna hat nicht erstattet: Die Bestellung hat keine Erfassungen, oder der Betrag ist höher als der erfasste und noch nicht erstattete Betrag. Laden Sie die Bestellung neu und erstatten Sie höchstens diesen Betrag.</translation>
    </message>
    <message>
        <source>Klarna did not cancel the order because part of it is already captured. Refund what was captured instead, and release the remaining authorization if nothing more will be shipped.</source>
        <translation>Klarna hat die Bestellung nicht storniert, weil ein Teil davon bereits erfasst ist. Erstatten Sie stattdessen den erfassten Betrag und geben Sie die verbleibende Autorisierung frei, wenn nichts mehr versendet wird.</translation>
    </message>
    <message>
        <source>Klarna could not charge the customer&apos;s payment method, so nothing was captured. Do not ship yet: ask the customer to update their payment details, or contact Klarna merchant support.</source>
        <translation>Klarna konnte die Zahlungsart des Kunden nicht belasten, daher wurde nichts erfasst. Versenden Sie noch nicht: Bitten Sie den Kunden, seine Zahlungsdaten zu aktualisieren, oder wenden Sie sich an den Klarna-Händlersupport.</translation>
    </message>
    <message>
        <source>The request clashes with a change made to the order at the same time, for example in the Merchant Portal or the shop system. Reload the order and check whether the change is already there before sending it again.</source>
        <translation>Die Anfrage kollidiert mit einer gleichzeitigen Änderung an der Bestellung, zum Beispiel im Händlerportal oder im Shopsystem. Laden Sie die Bestellung neu und prüfen Sie, ob die Änderung schon übernommen ist, bevor Sie sie erneut senden.</translation>
    </message>
    <message>
        <source>The request is larger than Klarna accepts (1 MB). Send fewer order lines or shipping details at a time.</source>
        <translation>Die Anfrage ist größer, als Klarna annimmt (1 MB). Senden Sie weniger Bestellpositionen oder Versanddaten auf einmal.</translation>
    </message>
    <message>
        <source>Klarna found the address invalid. Check the street, postal code and city against the country&apos;s format and send it again.</source>
        <translation>Klarna hat die Adresse als ungültig eingestuft. Prüfen Sie Straße, Postleitzahl und Ort anhand des Adressformats des Landes und senden Sie die Adresse erneut.</translation>
    </message>
    <message>
        <source>Klarna is receiving too many requests from this merchant account right now. Wait a few minutes and retry; the same idempotency key makes sure Klarna applies the change at most once.</source>
        <translation>Klarna erhält gerade zu viele Anfragen von diesem Händlerkonto. Warten Sie einige Minuten und versuchen Sie es erneut; derselbe Idempotenzschlüssel stellt sicher, dass Klarna die Änderung höchstens einmal ausführt.</translation>
    </message>
    <message>
        <source>Klarna had an internal error, so the change may or may not have been applied. Retry with the same idempotency key (Klarna applies it at most once); if it keeps failing, contact Klarna merchant support and quote the correlation id.</source>
        <translation>Bei Klarna ist ein interner Fehler aufgetreten; die Änderung wurde möglicherweise ausgeführt, möglicherweise nicht. Versuchen Sie es mit demselben Idempotenzschlüssel erneut (Klarna führt sie höchstens einmal aus); tritt der Fehler weiter auf, wenden Sie sich mit der Korrelations-ID an den Klarna-Händlersupport.</translation>
    </message>
    <message>
        <source>Klarna&apos;s service is temporarily unavailable, so the change may or may not have been applied. Retry later with the same idempotency key; Klarna applies it at most once.</source>
        <translation>Der Dienst von Klarna ist vorübergehend nicht verfügbar; die Änderung wurde möglicherweise ausgeführt, möglicherweise nicht. Versuchen Sie es später mit demselben Idempotenzschlüssel erneut; Klarna führt sie höchstens einmal aus.</translation>
    </message>
    <message>
        <source>Klarna&apos;s message: {message}</source>
        <translation>Meldung von Klarna: {message}</translation>
    </message>
    <message>
        <source>Amounts in Klarna&apos;s message: {amounts}</source>
        <translation>Beträge in der Meldung von Klarna: {amounts}</translation>
    </message>
    <message>
        <source>Error code: {code}</source>
        <translation>Fehlercode: {code}</translation>
    </message>
    <message>
        <source>Correlation id: {correlation_id}</source>
        <translation>Korrelations-ID: {correlation_id}</translation>
    </message>
</context>
<context>
    <name>LinesEdit</name>
    <message>
        <source>physical</source>
        <translation>physisch</translation>
    </message>
    <message>
        <source>discount</source>
        <comment>line type</comment>
        <translation>Rabatt</translation>
    </message>
    <message>
        <source>shipping fee</source>
        <translation>Versandkosten</translation>
    </message>
    <message>
        <source>sales tax</source>
        <translation>Umsatzsteuer</translation>
    </message>
    <message>
        <source>store credit</source>
        <translation>Guthaben</translation>
    </message>
    <message>
        <source>gift card</source>
        <translation>Geschenkkarte</translation>
    </message>
    <message>
        <source>digital</source>
        <translation>digital</translation>
    </message>
    <message>
        <source>surcharge</source>
        <translation>Aufschlag</translation>
    </message>
    <message>
        <source>return fee</source>
        <translation>Rücksendegebühr</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Einzelpreis</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Rabatt</translation>
    </message>
    <message>
        <source>Tax rate %</source>
        <translation>Steuersatz %</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Steuer</translation>
    </message>
    <message>
        <source>Line {number} ({name})</source>
        <translation>Position {number} ({name})</translation>
    </message>
    <message>
        <source>Line {number}</source>
        <translation>Position {number}</translation>
    </message>
    <message>
        <source>{line}: {problem}</source>
        <translation>{line}: {problem}</translation>
    </message>
    <message>
        <source>{line}: discount {discount} is more than the line&apos;s {limit} (quantity × unit price); at most {limit}.</source>
        <translation>{line}: Rabatt {discount} ist höher als der Wert der Position {limit} (Menge × Einzelpreis); höchstens {limit}.</translation>
    </message>
    <message>
        <source>Computed: quantity × unit price − discount; tax included at the rate.</source>
        <translation>Berechnet: Menge × Einzelpreis − Rabatt; Steuer zum angegebenen Satz enthalten.</translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <translation>{field}: {problem}</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>unit price</source>
        <translation>Einzelpreis</translation>
    </message>
    <message>
        <source>discount</source>
        <translation>Rabatt</translation>
    </message>
    <message>
        <source>tax rate</source>
        <translation>Steuersatz</translation>
    </message>
    <message>
        <source>{typed} is not a line type; use one of {types}</source>
        <translation>{typed} ist kein Positionstyp; verwenden Sie einen von {types}</translation>
    </message>
    <message>
        <source>quantity must be a whole number from 0 to {max}; {typed} is not</source>
        <translation>Menge muss eine ganze Zahl von 0 bis {max} sein; {typed} ist keine</translation>
    </message>
    <message>
        <source>Line type</source>
        <translation>Positionstyp</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Capture…</source>
        <translation>&amp;Erfassen…</translation>
    </message>
    <message>
        <source>&amp;Refund…</source>
        <translation>E&amp;rstatten…</translation>
    </message>
    <message>
        <source>Ca&amp;ncel order…</source>
        <translation>Bestellung st&amp;ornieren…</translation>
    </message>
    <message>
        <source>Re&amp;lease remaining authorization…</source>
        <translation>Verb&amp;leibende Autorisierung freigeben…</translation>
    </message>
    <message>
        <source>E&amp;xtend authorization time…</source>
        <translation>Autorisierungszeitraum verlän&amp;gern…</translation>
    </message>
    <message>
        <source>Update order &amp;amount and lines…</source>
        <translation>Bestell&amp;betrag und Positionen ändern…</translation>
    </message>
    <message>
        <source>Edit shipping &amp;address…</source>
        <translation>Lieferadresse be&amp;arbeiten…</translation>
    </message>
    <message>
        <source>&amp;Merchant references…</source>
        <translation>&amp;Händlerreferenzen…</translation>
    </message>
    <message>
        <source>Add &amp;shipping info…</source>
        <translation>Versand&amp;informationen hinzufügen…</translation>
    </message>
    <message>
        <source>Ac&amp;knowledge</source>
        <translation>Be&amp;stätigen</translation>
    </message>
    <message>
        <source>Add shipping info to capture…</source>
        <translation>Versandinformationen zur Erfassung hinzufügen…</translation>
    </message>
    <message>
        <source>Extend &amp;due date…</source>
        <translation>&amp;Fälligkeitsdatum verlängern…</translation>
    </message>
    <message>
        <source>Resend customer &amp;communication…</source>
        <translation>Kunden&amp;mitteilung erneut senden…</translation>
    </message>
    <message>
        <source>Lines tab</source>
        <translation>Tab „Positionen“</translation>
    </message>
    <message>
        <source>Captures tab</source>
        <translation>Tab „Erfassungen“</translation>
    </message>
    <message>
        <source>Refunds tab</source>
        <translation>Tab „Rückerstattungen“</translation>
    </message>
    <message>
        <source>Shipping tab</source>
        <translation>Tab „Versand“</translation>
    </message>
    <message>
        <source>Customer tab</source>
        <translation>Tab „Kunde“</translation>
    </message>
    <message>
        <source>History tab</source>
        <translation>Tab „Verlauf“</translation>
    </message>
    <message>
        <source>Raw tab</source>
        <translation>Tab „Rohdaten“</translation>
    </message>
    <message>
        <source>Klarna Order Console</source>
        <translation>Klarna Order Console</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Active profile</source>
        <translation>Aktives Profil</translation>
    </message>
    <message>
        <source>Environment of the active profile</source>
        <translation>Umgebung des aktiven Profils</translation>
    </message>
    <message>
        <source>READ-ONLY</source>
        <translation>NUR LESEN</translation>
    </message>
    <message>
        <source>&amp;Refresh order</source>
        <translation>Bestellung &amp;aktualisieren</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Aktionen</translation>
    </message>
    <message>
        <source>More actions</source>
        <translation>Weitere Aktionen</translation>
    </message>
    <message>
        <source>More order actions</source>
        <translation>Weitere Bestellaktionen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Import order IDs…</source>
        <translation>Bestell-IDs &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Export orders…</source>
        <translation>Bestellungen &amp;exportieren…</translation>
    </message>
    <message>
        <source>&amp;Profiles…</source>
        <translation>&amp;Profile…</translation>
    </message>
    <message>
        <source>Reset sandbox demo data…</source>
        <translation>Demodaten der Sandbox zurücksetzen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Find orders</source>
        <translation>Bestellungen &amp;suchen</translation>
    </message>
    <message>
        <source>&amp;Order</source>
        <translation>&amp;Bestellung</translation>
    </message>
    <message>
        <source>&amp;Bulk</source>
        <translation>&amp;Sammelaktion</translation>
    </message>
    <message>
        <source>Capture selected orders in full…</source>
        <translation>Ausgewählte Bestellungen vollständig erfassen…</translation>
    </message>
    <message>
        <source>Extend authorization of selected orders…</source>
        <translation>Autorisierung der ausgewählten Bestellungen verlängern…</translation>
    </message>
    <message>
        <source>Pa&amp;youts</source>
        <translation>Aus&amp;zahlungen</translation>
    </message>
    <message>
        <source>&amp;Payouts…</source>
        <translation>&amp;Auszahlungen…</translation>
    </message>
    <message>
        <source>&amp;Sync payouts now</source>
        <translation>Auszahlungen jetzt &amp;synchronisieren</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About Klarna Order Console</source>
        <translation>Ü&amp;ber Klarna Order Console</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>The language changes when Klarna Order Console is next started.</source>
        <translation>Die Sprache ändert sich beim nächsten Start von Klarna Order Console.</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menü</translation>
    </message>
    <message>
        <source>Tab / Shift+Tab</source>
        <translation>Tab / Umschalt+Tab</translation>
    </message>
    <message>
        <source>Move between the search box, the results and the order</source>
        <translation>Zwischen Suchfeld, Ergebnissen und Bestellung wechseln</translation>
    </message>
    <message>
        <source>Show the previous or next order in the results</source>
        <translation>Vorherige oder nächste Bestellung der Ergebnisse anzeigen</translation>
    </message>
    <message>
        <source>Shift+↑ ↓, Shift+click</source>
        <translation>Umschalt+↑ ↓, Umschalt+Klick</translation>
    </message>
    <message>
        <source>Select a range of orders (for Bulk and Export)</source>
        <translation>Einen Bereich von Bestellungen auswählen (für Sammelaktion und Export)</translation>
    </message>
    <message>
        <source>Ctrl+click, Ctrl+A</source>
        <translation>Strg+Klick, Strg+A</translation>
    </message>
    <message>
        <source>Add an order to the selection; select all</source>
        <translation>Bestellung zur Auswahl hinzufügen; alle auswählen</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>Open the order and move to its tabs</source>
        <translation>Bestellung öffnen und zu ihren Tabs wechseln</translation>
    </message>
    <message>
        <source>Klarna Order Console — {profile} ({environment})</source>
        <translation>Klarna Order Console — {profile} ({environment})</translation>
    </message>
    <message>
        <source>Open an order first.</source>
        <translation>Öffnen Sie zuerst eine Bestellung.</translation>
    </message>
    <message>
        <source>{action}: not possible. {reason}</source>
        <translation>{action}: nicht möglich. {reason}</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Copy correlation id</source>
        <translation>Korrelations-ID kopieren</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Meldung schließen</translation>
    </message>
    <message>
        <source>{message}  (correlation id {id})</source>
        <translation>{message}  (Korrelations-ID {id})</translation>
    </message>
    <message>
        <source>{context}: {message}</source>
        <translation>{context}: {message}</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
</context>
<context>
    <name>OpenWritePanel</name>
    <message>
        <source>Earlier action without an answer</source>
        <translation>Frühere Aktion ohne Antwort</translation>
    </message>
    <message>
        <source>Send &amp;again with the same key</source>
        <translation>Mit demselben Schlüssel &amp;erneut senden</translation>
    </message>
    <message>
        <source>Send again with the same idempotency key</source>
        <translation>Mit demselben Idempotenzschlüssel erneut senden</translation>
    </message>
    <message>
        <source>Chec&amp;k with Klarna</source>
        <translation>Bei Klarna &amp;prüfen</translation>
    </message>
    <message>
        <source>Check with Klarna</source>
        <translation>Bei Klarna prüfen</translation>
    </message>
    <message>
        <source>What Klarna shows</source>
        <translation>Was Klarna anzeigt</translation>
    </message>
    <message>
        <source>Why you are sure it was not applied, e.g. checked in the Merchant Portal</source>
        <translation>Warum Sie sicher sind, dass sie nicht ausgeführt wurde, z. B. im Händlerportal geprüft</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>&amp;Mark not applied</source>
        <translation>Als nicht ausgeführt &amp;markieren</translation>
    </message>
    <message>
        <source>Mark not applied</source>
        <translation>Als nicht ausgeführt markieren</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
</context>
<context>
    <name>OrderHeader</name>
    <message>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <source>Klarna&apos;s status of the order</source>
        <translation>Status der Bestellung bei Klarna</translation>
    </message>
    <message>
        <source>Worked out by the console from the order&apos;s refunds</source>
        <translation>Von der Konsole aus den Rückerstattungen der Bestellung ermittelt</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>Refresh order</source>
        <translation>Bestellung aktualisieren</translation>
    </message>
    <message>
        <source>Read the order from Klarna again (Ctrl+R)</source>
        <translation>Bestellung erneut von Klarna lesen (Strg+R)</translation>
    </message>
    <message>
        <source>Order amount</source>
        <translation>Bestellbetrag</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>Erfasst</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Erstattet</translation>
    </message>
    <message>
        <source>Remaining to capture</source>
        <translation>Noch zu erfassen</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Zahlung</translation>
    </message>
    <message>
        <source>Merchant references</source>
        <translation>Händlerreferenzen</translation>
    </message>
    <message>
        <source>Order id</source>
        <translation>Bestell-ID</translation>
    </message>
    <message>
        <source>Read from Klarna</source>
        <translation>Von Klarna gelesen</translation>
    </message>
    <message>
        <source>Merchant refs</source>
        <translation>Händlerref.</translation>
    </message>
    <message>
        <source>Order {order}</source>
        <translation>Bestellung {order}</translation>
    </message>
    <message>
        <source>Fraud: {status}</source>
        <translation>Betrug: {status}</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>noch nicht</translation>
    </message>
    <message>
        <source>Nothing is left to capture, so the authorization&apos;s expiry no longer matters.</source>
        <translation>Es ist nichts mehr zu erfassen, daher spielt das Ablaufdatum der Autorisierung keine Rolle mehr.</translation>
    </message>
    <message>
        <source>⚠ {expiry}: capture or extend soon</source>
        <translation>⚠ {expiry}: bald erfassen oder verlängern</translation>
    </message>
    <message>
        <source>{expiry}: expired</source>
        <translation>{expiry}: abgelaufen</translation>
    </message>
</context>
<context>
    <name>OrderStatus</name>
    <message>
        <source>Authorized</source>
        <translation>Autorisiert</translation>
    </message>
    <message>
        <source>Part captured</source>
        <translation>Teilweise erfasst</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>Erfasst</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
</context>
<context>
    <name>OrderTabs</name>
    <message>
        <source>physical</source>
        <translation>physisch</translation>
    </message>
    <message>
        <source>digital</source>
        <translation>digital</translation>
    </message>
    <message>
        <source>discount</source>
        <translation>Rabatt</translation>
    </message>
    <message>
        <source>shipping fee</source>
        <translation>Versandkosten</translation>
    </message>
    <message>
        <source>sales tax</source>
        <translation>Umsatzsteuer</translation>
    </message>
    <message>
        <source>store credit</source>
        <translation>Guthaben</translation>
    </message>
    <message>
        <source>gift card</source>
        <translation>Geschenkkarte</translation>
    </message>
    <message>
        <source>surcharge</source>
        <translation>Aufschlag</translation>
    </message>
    <message>
        <source>return fee</source>
        <translation>Rücksendegebühr</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Einzelpreis</translation>
    </message>
    <message>
        <source>Tax rate</source>
        <translation>Steuersatz</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Rabatt</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Steuer</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Notiz: {note}</translation>
    </message>
    <message>
        <source>Attn: {name}</source>
        <translation>z. Hd. {name}</translation>
    </message>
    <message>
        <source>Billing address</source>
        <translation>Rechnungsadresse</translation>
    </message>
    <message>
        <source>Shipping address</source>
        <translation>Lieferadresse</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Klarna does not let merchants change it (risk assessment).</source>
        <translation>Klarna erlaubt Händlern nicht, sie zu ändern (Risikoprüfung).</translation>
    </message>
    <message>
        <source>Can be changed while the order is open.</source>
        <translation>Kann geändert werden, solange die Bestellung offen ist.</translation>
    </message>
    <message>
        <source>Date of birth: {date}</source>
        <translation>Geburtsdatum: {date}</translation>
    </message>
    <message>
        <source>National id: •••• {last_digits}</source>
        <translation>Nationale ID: •••• {last_digits}</translation>
    </message>
    <message>
        <source>Country: {country} · Locale: {locale}</source>
        <translation>Land: {country} · Gebietsschema: {locale}</translation>
    </message>
</context>
<context>
    <name>OrderView</name>
    <message>
        <source>Search for an order on the left, or paste an order id.</source>
        <translation>Suchen Sie links nach einer Bestellung oder fügen Sie eine Bestell-ID ein.</translation>
    </message>
    <message>
        <source>Klarna ref</source>
        <translation>Klarna-Ref.</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>Erfasst</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Erstattet</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Shipments</source>
        <translation>Sendungen</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Positionen</translation>
    </message>
    <message>
        <source>Capture id</source>
        <translation>Erfassungs-ID</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>Gutschrift</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>Refund id</source>
        <translation>Rückerstattungs-ID</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Für</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Versanddienst</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Versandart</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Sendungsnummer</translation>
    </message>
    <message>
        <source>Return carrier</source>
        <translation>Versanddienst Rücksendung</translation>
    </message>
    <message>
        <source>Return tracking</source>
        <translation>Sendungsnummer Rücksendung</translation>
    </message>
    <message>
        <source>Tracking link</source>
        <translation>Tracking-Link</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Recorded by another window ({window})</source>
        <translation>Von einem anderen Fenster erfasst ({window})</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Correlation id</source>
        <translation>Korrelations-ID</translation>
    </message>
    <message>
        <source>Result id</source>
        <translation>Ergebnis-ID</translation>
    </message>
    <message>
        <source>Idempotency key</source>
        <translation>Idempotenzschlüssel</translation>
    </message>
    <message>
        <source>Order details</source>
        <translation>Bestelldetails</translation>
    </message>
    <message>
        <source>Order lines</source>
        <translation>Bestellpositionen</translation>
    </message>
    <message>
        <source>This order has no lines.</source>
        <translation>Diese Bestellung hat keine Positionen.</translation>
    </message>
    <message>
        <source>Captures</source>
        <translation>Erfassungen</translation>
    </message>
    <message>
        <source>Nothing has been captured yet.</source>
        <translation>Es wurde noch nichts erfasst.</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Rückerstattungen</translation>
    </message>
    <message>
        <source>Nothing has been refunded.</source>
        <translation>Es wurde nichts erstattet.</translation>
    </message>
    <message>
        <source>Shipping information</source>
        <translation>Versandinformationen</translation>
    </message>
    <message>
        <source>No shipping information yet: add carriers and tracking numbers with Order → Add shipping info, or when capturing.</source>
        <translation>Noch keine Versandinformationen: Fügen Sie Versanddienste und Sendungsnummern über Bestellung → Versandinformationen hinzufügen oder beim Erfassen hinzu.</translation>
    </message>
    <message>
        <source>Selected shipping option</source>
        <translation>Gewählte Versandoption</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Nothing has been done to this order from this console yet.

Every capture, refund and change sent from here is listed, with Klarna&apos;s answer and correlation id. Klarna&apos;s API keeps no history of its own; its Merchant Portal keeps about a week of API logs.</source>
        <translation>Mit dieser Bestellung wurde in dieser Konsole noch nichts gemacht.

Jede Erfassung, Rückerstattung und Änderung, die von hier gesendet wird, erscheint hier mit Klarnas Antwort und Korrelations-ID. Klarnas API führt selbst keinen Verlauf; das Händlerportal speichert API-Protokolle für etwa eine Woche.</translation>
    </message>
    <message>
        <source>Order as JSON</source>
        <translation>Bestellung als JSON</translation>
    </message>
    <message>
        <source>&amp;Lines</source>
        <translation>&amp;Positionen</translation>
    </message>
    <message>
        <source>&amp;Captures</source>
        <translation>&amp;Erfassungen</translation>
    </message>
    <message>
        <source>Re&amp;funds</source>
        <translation>&amp;Rückerstattungen</translation>
    </message>
    <message>
        <source>&amp;Shipping</source>
        <translation>Ver&amp;sand</translation>
    </message>
    <message>
        <source>C&amp;ustomer</source>
        <translation>&amp;Kunde</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>Ver&amp;lauf</translation>
    </message>
    <message>
        <source>Ra&amp;w</source>
        <translation>Roh&amp;daten</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <source>Capture {capture}</source>
        <translation>Erfassung {capture}</translation>
    </message>
    <message>
        <source>Shipping option chosen at checkout: none recorded.</source>
        <translation>Beim Checkout gewählte Versandoption: keine erfasst.</translation>
    </message>
    <message>
        <source>pick-up at {place}</source>
        <translation>Abholung bei {place}</translation>
    </message>
    <message>
        <source>Shipping option chosen at checkout: {option}</source>
        <translation>Beim Checkout gewählte Versandoption: {option}</translation>
    </message>
</context>
<context>
    <name>PayoutColumns</name>
    <message>
        <source>not yet</source>
        <translation>noch nicht</translation>
    </message>
    <message>
        <source>not synced</source>
        <translation>nicht synchronisiert</translation>
    </message>
    <message>
        <source>{fee}: {amount} + VAT {vat}</source>
        <translation>{fee}: {amount} + MwSt. {vat}</translation>
    </message>
    <message>
        <source>Paid out</source>
        <translation>Ausgezahlt</translation>
    </message>
    <message>
        <source>Klarna&apos;s payout that paid this capture (payment reference as on the bank statement)</source>
        <translation>Klarnas Auszahlung, mit der diese Erfassung bezahlt wurde (Zahlungsreferenz wie auf dem Kontoauszug)</translation>
    </message>
    <message>
        <source>In no synced payout yet (Payouts → Sync payouts now)</source>
        <translation>Noch in keiner synchronisierten Auszahlung (Auszahlungen → Auszahlungen jetzt synchronisieren)</translation>
    </message>
    <message>
        <source>Klarna fees</source>
        <translation>Klarna-Gebühren</translation>
    </message>
    <message>
        <source>Deducted</source>
        <translation>Abgezogen</translation>
    </message>
    <message>
        <source>Klarna&apos;s payout that deducted this refund</source>
        <translation>Klarnas Auszahlung, von der diese Rückerstattung abgezogen wurde</translation>
    </message>
    <message>
        <source>In no synced payout yet</source>
        <translation>Noch in keiner synchronisierten Auszahlung</translation>
    </message>
</context>
<context>
    <name>PayoutsController</name>
    <message>
        <source>Could not sync Klarna&apos;s payouts</source>
        <translation>Klarnas Auszahlungen konnten nicht synchronisiert werden</translation>
    </message>
    <message>
        <source>Syncing Klarna&apos;s payouts: payouts {done}/{total}</source>
        <translation>Klarnas Auszahlungen werden synchronisiert: Auszahlungen {done}/{total}</translation>
    </message>
    <message>
        <source>Syncing Klarna&apos;s payouts: new orders {done}/{total}</source>
        <translation>Klarnas Auszahlungen werden synchronisiert: neue Bestellungen {done}/{total}</translation>
    </message>
    <message>
        <source>{reference} is Klarna&apos;s payout of {date}: {amount} paid out. Its orders are listed; Payouts → Payouts… shows its sales, returns and fees.</source>
        <translation>{reference} ist Klarnas Auszahlung vom {date}: {amount} ausgezahlt. Ihre Bestellungen sind aufgeführt; Auszahlungen → Auszahlungen… zeigt ihre Verkäufe, Retouren und Gebühren.</translation>
    </message>
    <message>
        <source>Save Klarna&apos;s {format} report</source>
        <translation>Klarnas {format}-Bericht speichern</translation>
    </message>
    <message>
        <source>{format} files (*.{extension})</source>
        <translation>{format}-Dateien (*.{extension})</translation>
    </message>
    <message>
        <source>Could not save the {format} report</source>
        <translation>Der {format}-Bericht konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Saved Klarna&apos;s report of payout {reference} to {path}.</source>
        <translation>Klarnas Bericht zur Auszahlung {reference} wurde unter {path} gespeichert.</translation>
    </message>
    <message>
        <source>Export payouts</source>
        <translation>Auszahlungen exportieren</translation>
    </message>
    <message>
        <source>Could not export the payouts</source>
        <translation>Die Auszahlungen konnten nicht exportiert werden</translation>
    </message>
</context>
<context>
    <name>PayoutsView</name>
    <message>
        <source>Payouts</source>
        <translation>Auszahlungen</translation>
    </message>
    <message>
        <source>Payouts from</source>
        <translation>Auszahlungen ab</translation>
    </message>
    <message>
        <source>Payouts until</source>
        <translation>Auszahlungen bis</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Any currency</source>
        <translation>Alle Währungen</translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation>Jetzt s&amp;ynchronisieren</translation>
    </message>
    <message>
        <source>Read Klarna&apos;s payouts since the From date (at least the last 90 days) and fetch the orders they name</source>
        <translation>Klarnas Auszahlungen seit dem Ab-Datum lesen (mindestens die letzten 90 Tage) und die darin genannten Bestellungen abrufen</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>S&amp;topp</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Synchronisierungsfortschritt</translation>
    </message>
    <message>
        <source>Sync status</source>
        <translation>Synchronisierungsstatus</translation>
    </message>
    <message>
        <source>Payout date</source>
        <translation>Auszahlungsdatum</translation>
    </message>
    <message>
        <source>Payment reference</source>
        <translation>Zahlungsreferenz</translation>
    </message>
    <message>
        <source>Cur.</source>
        <translation>Währ.</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Verkäufe</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Retouren</translation>
    </message>
    <message>
        <source>Fees + VAT</source>
        <translation>Gebühren + MwSt.</translation>
    </message>
    <message>
        <source>Debt repaid</source>
        <translation>Schuld getilgt</translation>
    </message>
    <message>
        <source>New debt: {amount}</source>
        <translation>Neue Schuld: {amount}</translation>
    </message>
    <message>
        <source>Paid out</source>
        <translation>Ausgezahlt</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>Transaktionen</translation>
    </message>
    <message>
        <source>synced</source>
        <translation>synchronisiert</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>noch nicht</translation>
    </message>
    <message>
        <source>No payouts synced for these dates.

Sync now reads them from Klarna.</source>
        <translation>Für diesen Zeitraum sind keine Auszahlungen synchronisiert.

„Jetzt synchronisieren“ liest sie von Klarna.</translation>
    </message>
    <message>
        <source>Totals of the listed payouts</source>
        <translation>Summen der aufgeführten Auszahlungen</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>MwSt.</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <source>Capture / refund</source>
        <translation>Erfassung / Rückerstattung</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Merchant ref.</source>
        <translation>Händlerref.</translation>
    </message>
    <message>
        <source>Transactions of the selected payout</source>
        <translation>Transaktionen der ausgewählten Auszahlung</translation>
    </message>
    <message>
        <source>Choose a payout to see its sales, returns and fees.</source>
        <translation>Wählen Sie eine Auszahlung, um ihre Verkäufe, Retouren und Gebühren zu sehen.</translation>
    </message>
    <message>
        <source>Save Klarna &amp;CSV…</source>
        <translation>Klarna-&amp;CSV speichern…</translation>
    </message>
    <message>
        <source>Save Klarna &amp;PDF…</source>
        <translation>Klarna-&amp;PDF speichern…</translation>
    </message>
    <message>
        <source>Klarna&apos;s own {format} report of the selected payout</source>
        <translation>Klarnas eigener {format}-Bericht zur ausgewählten Auszahlung</translation>
    </message>
    <message>
        <source>&amp;Export list…</source>
        <translation>Liste &amp;exportieren…</translation>
    </message>
    <message>
        <source>The listed payouts and their totals as a CSV file</source>
        <translation>Die aufgeführten Auszahlungen und ihre Summen als CSV-Datei</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Ab</translation>
    </message>
    <message>
        <source>&amp;until</source>
        <translation>&amp;bis</translation>
    </message>
    <message>
        <source>Reading payouts…</source>
        <translation>Auszahlungen werden gelesen…</translation>
    </message>
    <message>
        <source>Payout transactions {done}/{total}</source>
        <translation>Auszahlungstransaktionen {done}/{total}</translation>
    </message>
    <message>
        <source>New orders {done}/{total}</source>
        <translation>Neue Bestellungen {done}/{total}</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>Synchronisiert</translation>
    </message>
    <message>
        <source>Stopped; Sync resumes</source>
        <translation>Angehalten; Synchronisieren setzt fort</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>Synchronisierung fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>PickLines</name>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Einzelpreis</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Line {number} ({name})</source>
        <translation>Position {number} ({name})</translation>
    </message>
    <message>
        <source>Line {number}</source>
        <translation>Position {number}</translation>
    </message>
    <message>
        <source>{line}: quantity at most {left} can be picked (what is left of the line).</source>
        <translation>{line}: Es können höchstens {left} ausgewählt werden (was von der Position übrig ist).</translation>
    </message>
    <message>
        <source>{line}: quantity must be a whole number from 0 to {left}; {typed} cannot be typed.</source>
        <translation>{line}: Die Menge muss eine ganze Zahl von 0 bis {left} sein; {typed} ist nicht möglich.</translation>
    </message>
    <message>
        <source>{left} of {quantity}</source>
        <translation>{left} von {quantity}</translation>
    </message>
    <message>
        <source>Nothing of this line is left.</source>
        <translation>Von dieser Position ist nichts mehr übrig.</translation>
    </message>
    <message>
        <source>Quantity of {name}</source>
        <translation>Menge von {name}</translation>
    </message>
</context>
<context>
    <name>Plurals</name>
    <message numerus="yes">
        <source>%n selected order(s)</source>
        <translation>
            <numerusform>%n ausgewählte Bestellung</numerusform>
            <numerusform>%n ausgewählte Bestellungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Capture %n selected order(s) in full…</source>
        <translation>
            <numerusform>%n ausgewählte Bestellung vollständig erfassen…</numerusform>
            <numerusform>%n ausgewählte Bestellungen vollständig erfassen…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Extend authorization of %n selected order(s)…</source>
        <translation>
            <numerusform>Autorisierung von %n ausgewählten Bestellung verlängern…</numerusform>
            <numerusform>Autorisierung von %n ausgewählten Bestellungen verlängern…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Export %n selected order(s)…</source>
        <translation>
            <numerusform>%n ausgewählte Bestellung &amp;exportieren…</numerusform>
            <numerusform>%n ausgewählte Bestellungen &amp;exportieren…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Export %n order(s)…</source>
        <translation>
            <numerusform>%n Bestellung &amp;exportieren…</numerusform>
            <numerusform>%n Bestellungen &amp;exportieren…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>vor %n Minute</numerusform>
            <numerusform>vor %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s)</source>
        <translation>
            <numerusform>%Ln Bestellung</numerusform>
            <numerusform>%Ln Bestellungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s) · {selected} selected</source>
        <translation>
            <numerusform>%Ln Bestellung · {selected} ausgewählt</numerusform>
            <numerusform>%Ln Bestellungen · {selected} ausgewählt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Authorizations that expire within %n day(s): capture or extend them</source>
        <translation>
            <numerusform>Autorisierungen, die innerhalb von %n Tag ablaufen: erfassen oder verlängern</numerusform>
            <numerusform>Autorisierungen, die innerhalb von %n Tagen ablaufen: erfassen oder verlängern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Captures older than %n day(s) (the usual payout delay) that are in no synced payout yet: ask Klarna, or sync payouts again</source>
        <translation>
            <numerusform>Erfassungen, älter als %n Tag (die übliche Auszahlungsfrist), die noch in keiner synchronisierten Auszahlung sind: bei Klarna nachfragen oder Auszahlungen erneut synchronisieren</numerusform>
            <numerusform>Erfassungen, älter als %n Tage (die übliche Auszahlungsfrist), die noch in keiner synchronisierten Auszahlung sind: bei Klarna nachfragen oder Auszahlungen erneut synchronisieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln payout(s)</source>
        <translation>
            <numerusform>%Ln Auszahlung</numerusform>
            <numerusform>%Ln Auszahlungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln payout(s) · paid out {amount}</source>
        <translation>
            <numerusform>%Ln Auszahlung · {amount} ausgezahlt</numerusform>
            <numerusform>%Ln Auszahlungen · {amount} ausgezahlt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Payouts synced: %Ln in the last {days} days</source>
        <translation>
            <numerusform>Auszahlungen synchronisiert: %Ln in den letzten {days} Tagen</numerusform>
            <numerusform>Auszahlungen synchronisiert: %Ln in den letzten {days} Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Payouts synced: %Ln in the last {days} days, {found} new orders found</source>
        <translation>
            <numerusform>Auszahlungen synchronisiert: %Ln in den letzten {days} Tagen, {found} neue Bestellungen gefunden</numerusform>
            <numerusform>Auszahlungen synchronisiert: %Ln in den letzten {days} Tagen, {found} neue Bestellungen gefunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln payout(s) to {path}.</source>
        <translation>
            <numerusform>%Ln Auszahlung nach {path} exportiert.</numerusform>
            <numerusform>%Ln Auszahlungen nach {path} exportiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) started over 23 hours ago never got an answer, and their keys are too old to send again safely. Open each order and use Check with Klarna in its action: {orders}</source>
        <translation>
            <numerusform>%n Aktion, die vor über 23 Stunden gestartet wurde, hat nie eine Antwort erhalten, und ihr Schlüssel ist zu alt, um sie sicher erneut zu senden. Öffnen Sie die Bestellung und verwenden Sie „Bei Klarna prüfen“ in ihrer Aktion: {orders}</numerusform>
            <numerusform>%n Aktionen, die vor über 23 Stunden gestartet wurden, haben nie eine Antwort erhalten, und ihre Schlüssel sind zu alt, um sie sicher erneut zu senden. Öffnen Sie jede Bestellung und verwenden Sie „Bei Klarna prüfen“ in ihrer Aktion: {orders}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n Tag</numerusform>
            <numerusform>in %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Profiles</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>Basis-URL</translation>
    </message>
    <message>
        <source>API username</source>
        <translation>API-Benutzername</translation>
    </message>
    <message>
        <source>API password</source>
        <translation>API-Passwort</translation>
    </message>
    <message>
        <source>Badge colour</source>
        <translation>Profilfarbe</translation>
    </message>
    <message>
        <source>Profile id</source>
        <translation>Profil-ID</translation>
    </message>
    <message>
        <source>Team store</source>
        <translation>Team-Datenbank</translation>
    </message>
    <message>
        <source>Agent name</source>
        <translation>Name des Bearbeiters</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
</context>
<context>
    <name>ProfilesDialog</name>
    <message>
        <source>Klarna</source>
        <translation>Klarna</translation>
    </message>
    <message>
        <source>Kustom (production)</source>
        <translation>Kustom (Produktion)</translation>
    </message>
    <message>
        <source>Kustom (playground)</source>
        <translation>Kustom (Playground)</translation>
    </message>
    <message>
        <source>Custom URL</source>
        <translation>Eigene URL</translation>
    </message>
    <message>
        <source>Europe</source>
        <translation>Europa</translation>
    </message>
    <message>
        <source>North America</source>
        <translation>Nordamerika</translation>
    </message>
    <message>
        <source>Oceania</source>
        <translation>Ozeanien</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>Add profile</source>
        <translation>Profil hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Playground (test)</source>
        <translation>Playground (Test)</translation>
    </message>
    <message>
        <source>Production (real money)</source>
        <translation>Produktion (echtes Geld)</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>Read-only: look at orders, never change them</source>
        <translation>Nur lesen: Bestellungen ansehen, nie ändern</translation>
    </message>
    <message>
        <source>empty: this computer&apos;s own store; or postgresql://user@server/database</source>
        <translation>leer: lokale Datenbank dieses Computers; oder postgresql://benutzer@server/datenbank</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>Basis-URL</translation>
    </message>
    <message>
        <source>API username</source>
        <translation>API-Benutzername</translation>
    </message>
    <message>
        <source>API password</source>
        <translation>API-Passwort</translation>
    </message>
    <message>
        <source>Badge colour</source>
        <translation>Badge-Farbe</translation>
    </message>
    <message>
        <source>Team store</source>
        <translation>Team-Datenbank</translation>
    </message>
    <message>
        <source>Team store password</source>
        <translation>Passwort der Team-Datenbank</translation>
    </message>
    <message>
        <source>Agent name</source>
        <translation>Name des Bearbeiters</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Nur lesen</translation>
    </message>
    <message>
        <source>Kept {where}.</source>
        <translation>Gespeichert {where}.</translation>
    </message>
    <message>
        <source>Where the password is kept</source>
        <translation>Wo das Passwort gespeichert wird</translation>
    </message>
    <message>
        <source>Problems with this profile</source>
        <translation>Probleme mit diesem Profil</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Ergebnis des Verbindungstests</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save and open</source>
        <translation>Speichern und öffnen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>The Sandbox is built in: demo orders in a simulator of Klarna Order Management on this computer. No account, no network, no real money. It cannot be edited or removed.</source>
        <translation>Die Sandbox ist eingebaut: Demobestellungen in einem Simulator von Klarna Order Management auf diesem Computer. Kein Konto, kein Netzwerk, kein echtes Geld. Sie kann nicht bearbeitet oder entfernt werden.</translation>
    </message>
    <message>
        <source>stored ({backend}); type to replace</source>
        <translation>gespeichert ({backend}); zum Ersetzen eingeben</translation>
    </message>
    <message>
        <source>required</source>
        <translation>erforderlich</translation>
    </message>
    <message>
        <source>stored; type to replace</source>
        <translation>gespeichert; zum Ersetzen eingeben</translation>
    </message>
    <message>
        <source>if the server asks for one</source>
        <translation>falls der Server eines verlangt</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Neues Profil</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation>Profil entfernen</translation>
    </message>
    <message>
        <source>Remove profile {name} and its stored password? Its local order cache and history stay on disk.</source>
        <translation>Profil {name} und sein gespeichertes Passwort entfernen? Sein lokaler Bestellcache und Verlauf bleiben auf dem Datenträger.</translation>
    </message>
    <message>
        <source>Type the API password to test the connection.</source>
        <translation>Geben Sie das API-Passwort ein, um die Verbindung zu testen.</translation>
    </message>
    <message>
        <source>Testing {url}…</source>
        <translation>{url} wird getestet…</translation>
    </message>
    <message>
        <source>{result} (correlation id {id})</source>
        <translation>{result} (Korrelations-ID {id})</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hilfe</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Nein</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorieren</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Standardwerte wiederherstellen</translation>
    </message>
</context>
<context>
    <name>Reasons</name>
    <message>
        <source>Capture not possible.</source>
        <translation>Erfassung nicht möglich.</translation>
    </message>
    <message>
        <source>Refund not possible.</source>
        <translation>Rückerstattung nicht möglich.</translation>
    </message>
    <message>
        <source>Cancel not possible.</source>
        <translation>Stornierung nicht möglich.</translation>
    </message>
    <message>
        <source>Remaining authorization cannot be released.</source>
        <translation>Die verbleibende Autorisierung kann nicht freigegeben werden.</translation>
    </message>
    <message>
        <source>Authorization time cannot be extended.</source>
        <translation>Der Autorisierungszeitraum kann nicht verlängert werden.</translation>
    </message>
    <message>
        <source>Order authorization cannot be updated.</source>
        <translation>Die Autorisierung der Bestellung kann nicht geändert werden.</translation>
    </message>
    <message>
        <source>Customer details cannot be updated.</source>
        <translation>Die Kundendaten können nicht geändert werden.</translation>
    </message>
    <message>
        <source>Merchant references cannot be updated.</source>
        <translation>Die Händlerreferenzen können nicht geändert werden.</translation>
    </message>
    <message>
        <source>Shipping info cannot be added to the capture.</source>
        <translation>Zur Erfassung können keine Versandinformationen hinzugefügt werden.</translation>
    </message>
    <message>
        <source>Send out cannot be triggered for the capture.</source>
        <translation>Die Kundenmitteilung zur Erfassung kann nicht erneut gesendet werden.</translation>
    </message>
    <message>
        <source>Due date cannot be extended for the capture.</source>
        <translation>Das Fälligkeitsdatum der Erfassung kann nicht verlängert werden.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
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
        <source>true or false</source>
        <translation>wahr oder falsch</translation>
    </message>
    <message>
        <source>a decimal number</source>
        <translation>eine Dezimalzahl</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <source> (got {got})</source>
        <translation> (angegeben: {got})</translation>
    </message>
    <message>
        <source>Order is already cancelled.</source>
        <translation>Die Bestellung ist bereits storniert.</translation>
    </message>
    <message>
        <source>Order is cancelled.</source>
        <translation>Die Bestellung ist storniert.</translation>
    </message>
    <message>
        <source>Order is expired.</source>
        <translation>Die Bestellung ist abgelaufen.</translation>
    </message>
    <message>
        <source>Order is closed.</source>
        <translation>Die Bestellung ist geschlossen.</translation>
    </message>
    <message>
        <source>Order is pending fraud review.</source>
        <translation>Die Bestellung wartet auf die Betrugsprüfung.</translation>
    </message>
    <message>
        <source>Order was rejected in fraud review.</source>
        <translation>Die Bestellung wurde in der Betrugsprüfung abgelehnt.</translation>
    </message>
    <message>
        <source>Order is fully captured.</source>
        <translation>Die Bestellung ist vollständig erfasst.</translation>
    </message>
    <message>
        <source>Order is fully refunded.</source>
        <translation>Die Bestellung ist vollständig erstattet.</translation>
    </message>
    <message>
        <source>Order has no captures.</source>
        <translation>Die Bestellung hat keine Erfassungen.</translation>
    </message>
    <message>
        <source>Order has previous captures.</source>
        <translation>Die Bestellung hat bereits Erfassungen.</translation>
    </message>
    <message>
        <source>Order has no remaining authorization.</source>
        <translation>Die Bestellung hat keinen verbleibenden autorisierten Betrag.</translation>
    </message>
    <message>
        <source>Refunded amount cannot be negative.</source>
        <translation>Der erstattete Betrag darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>Captured amount cannot be negative.</source>
        <translation>Der erfasste Betrag darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>Captured amount {amount} is higher than the remaining authorized amount {remaining}.</source>
        <translation>Der erfasste Betrag {amount} ist höher als der verbleibende autorisierte Betrag {remaining}.</translation>
    </message>
    <message>
        <source>Refunded amount {amount} is higher than the captured amount not yet refunded {refundable}.</source>
        <translation>Der erstattete Betrag {amount} ist höher als der erfasste, noch nicht erstattete Betrag {refundable}.</translation>
    </message>
    <message>
        <source>Resulting authorization amount {amount} cannot be less than the captured amount {captured}.</source>
        <translation>Der neue autorisierte Betrag {amount} darf nicht kleiner sein als der erfasste Betrag {captured}.</translation>
    </message>
    <message>
        <source>The order amount cannot be increased for {method} orders.</source>
        <translation>Der Bestellbetrag kann bei Bestellungen mit der Zahlungsart {method} nicht erhöht werden.</translation>
    </message>
    <message>
        <source>The order amount cannot be increased for this payment method.</source>
        <translation>Der Bestellbetrag kann bei dieser Zahlungsart nicht erhöht werden.</translation>
    </message>
    <message>
        <source>Authorization time of {method} orders in {country} cannot be extended.</source>
        <translation>Der Autorisierungszeitraum kann bei Bestellungen mit der Zahlungsart {method} in {country} nicht verlängert werden.</translation>
    </message>
    <message>
        <source>Order has reached the maximum authorization time of {days} days.</source>
        <translation>Die Bestellung hat den maximalen Autorisierungszeitraum von {days} Tagen erreicht.</translation>
    </message>
    <message>
        <source>Billing address cannot be updated due to risk assessment.</source>
        <translation>Die Rechnungsadresse kann wegen der Risikoprüfung nicht geändert werden.</translation>
    </message>
    <message>
        <source>Capture {capture_id} could not be found.</source>
        <translation>Die Erfassung {capture_id} wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>Extension of due date is not possible for this payment method.</source>
        <translation>Das Fälligkeitsdatum kann bei dieser Zahlungsart nicht verlängert werden.</translation>
    </message>
    <message>
        <source>Capture is fully refunded. Extension of due date is not possible.</source>
        <translation>Die Erfassung ist vollständig erstattet. Das Fälligkeitsdatum kann nicht verlängert werden.</translation>
    </message>
    <message>
        <source>Return fees are not available for orders from {country} (only {countries}).</source>
        <translation>Rücksendegebühren gibt es nicht für Bestellungen aus {country} (nur {countries}).</translation>
    </message>
    <message>
        <source>Return fees are not available for orders from this country (only {countries}).</source>
        <translation>Rücksendegebühren gibt es nicht für Bestellungen aus diesem Land (nur {countries}).</translation>
    </message>
    <message>
        <source>Return fees are possible only on orders captured in a single capture (this order has {count}).</source>
        <translation>Rücksendegebühren sind nur bei Bestellungen möglich, die in einer einzigen Erfassung erfasst wurden (diese Bestellung hat {count}).</translation>
    </message>
    <message>
        <source>This profile is read-only: it can look at orders but not change them.</source>
        <translation>Dieses Profil ist schreibgeschützt: Es kann Bestellungen anzeigen, aber nicht ändern.</translation>
    </message>
    <message>
        <source>The request contains a password or API secret of a profile; it was not sent. Remove it and try again.</source>
        <translation>Die Anfrage enthält das Passwort oder API-Geheimnis eines Profils und wurde nicht gesendet. Entfernen Sie es und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Enter an amount</source>
        <translation>Geben Sie einen Betrag ein</translation>
    </message>
    <message>
        <source>Enter the amount as text, e.g. 12.50</source>
        <translation>Geben Sie den Betrag als Text ein, z. B. 12,50</translation>
    </message>
    <message>
        <source>{text} is not an amount</source>
        <translation>{text} ist kein Betrag</translation>
    </message>
    <message>
        <source>The amount cannot be negative</source>
        <translation>Der Betrag darf nicht negativ sein</translation>
    </message>
    <message>
        <source>{currency} has no decimals; {text} has {given}</source>
        <translation>{currency} hat keine Nachkommastellen; {text} hat {given}</translation>
    </message>
    <message>
        <source>{currency} has 1 decimal; {text} has {given}</source>
        <translation>{currency} hat 1 Nachkommastelle; {text} hat {given}</translation>
    </message>
    <message>
        <source>{currency} has {decimals} decimals; {text} has {given}</source>
        <translation>{currency} hat {decimals} Nachkommastellen; {text} hat {given}</translation>
    </message>
    <message>
        <source>This currency</source>
        <translation>Diese Währung</translation>
    </message>
    <message>
        <source>{text} has more than one decimal mark</source>
        <translation>{text} hat mehr als ein Dezimaltrennzeichen</translation>
    </message>
    <message>
        <source>{text} is not grouped in thousands</source>
        <translation>{text} ist nicht in Tausendergruppen gegliedert</translation>
    </message>
    <message>
        <source>{given} is not {currency}: type the amount in {currency}, the order&apos;s currency</source>
        <translation>{given} ist nicht {currency}: Geben Sie den Betrag in {currency} ein, der Währung der Bestellung</translation>
    </message>
    <message>
        <source>could not be read from Klarna after its last write ({detail})</source>
        <translation>konnte nach der letzten Änderung nicht von Klarna gelesen werden ({detail})</translation>
    </message>
    <message>
        <source>journal entry {entry} cannot be sent again as it stands ({field})</source>
        <translation>Journaleintrag {entry} kann so nicht erneut gesendet werden ({field})</translation>
    </message>
    <message>
        <source>An earlier {action} (journal entry {entry}) never got an answer and its key is over 23 hours old: open the order and use Check with Klarna</source>
        <translation>Eine frühere Anfrage ({action}, Journaleintrag {entry}) hat nie eine Antwort erhalten, und ihr Schlüssel ist älter als 23 Stunden: Öffnen Sie die Bestellung und verwenden Sie „Bei Klarna prüfen“</translation>
    </message>
    <message>
        <source>done before ({when} UTC, journal entry {entry})</source>
        <translation>bereits erledigt ({when} UTC, Journaleintrag {entry})</translation>
    </message>
    <message>
        <source>an earlier {action} on this order (journal entry {entry}) has no answer yet</source>
        <translation>eine frühere Anfrage zu dieser Bestellung ({action}, Journaleintrag {entry}) hat noch keine Antwort</translation>
    </message>
    <message>
        <source>the same {action} was made minutes ago (journal entry {entry})</source>
        <translation>dieselbe Anfrage ({action}) wurde vor wenigen Minuten gestellt (Journaleintrag {entry})</translation>
    </message>
    <message>
        <source>stopped before sending</source>
        <translation>vor dem Senden angehalten</translation>
    </message>
    <message>
        <source>sent, but its outcome could not be journaled: {detail}</source>
        <translation>gesendet, aber das Ergebnis konnte nicht ins Journal geschrieben werden: {detail}</translation>
    </message>
    <message>
        <source>not sent: the journal could not be written: {detail}</source>
        <translation>nicht gesendet: Das Journal konnte nicht geschrieben werden: {detail}</translation>
    </message>
    <message>
        <source>nothing was sent</source>
        <translation>es wurde nichts gesendet</translation>
    </message>
    <message>
        <source>Klarna&apos;s answer could not be recorded, so the action stays open and is resumed with its original idempotency key</source>
        <translation>die Antwort von Klarna konnte nicht gespeichert werden; die Aktion bleibt daher offen und wird mit ihrem ursprünglichen Idempotenzschlüssel fortgesetzt</translation>
    </message>
    <message>
        <source>the orders fetched from Klarna were not saved on this computer</source>
        <translation>die von Klarna abgerufenen Bestellungen wurden nicht auf diesem Computer gespeichert</translation>
    </message>
    <message>
        <source>today&apos;s backup of the journal was not taken</source>
        <translation>die heutige Sicherung des Journals wurde nicht erstellt</translation>
    </message>
    <message>
        <source>the orders and journal of this profile cannot be shown</source>
        <translation>die Bestellungen und das Journal dieses Profils können nicht angezeigt werden</translation>
    </message>
    <message>
        <source>the local data could not be read</source>
        <translation>die lokalen Daten konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>nothing was saved</source>
        <translation>es wurde nichts gespeichert</translation>
    </message>
    <message>
        <source>is missing: the file was there before and is gone</source>
        <translation>fehlt: Die Datei war vorher vorhanden und ist verschwunden</translation>
    </message>
    <message>
        <source>is missing, but its -wal file (the newest part of it) is still there</source>
        <translation>fehlt, aber ihre -wal-Datei (der neueste Teil davon) ist noch vorhanden</translation>
    </message>
    <message>
        <source>is empty (0 bytes): the file was there before, with data</source>
        <translation>ist leer (0 Byte): Die Datei war vorher vorhanden, mit Daten</translation>
    </message>
    <message>
        <source>is not a readable SQLite database (its first page is zeroed)</source>
        <translation>ist keine lesbare SQLite-Datenbank (ihre erste Seite ist genullt)</translation>
    </message>
    <message>
        <source>is not a readable SQLite database (its first page is not a SQLite header)</source>
        <translation>ist keine lesbare SQLite-Datenbank (ihre erste Seite hat keinen SQLite-Header)</translation>
    </message>
    <message>
        <source>failed SQLite&apos;s check: {detail}</source>
        <translation>hat die SQLite-Prüfung nicht bestanden: {detail}</translation>
    </message>
    <message>
        <source>is damaged ({detail})</source>
        <translation>ist beschädigt ({detail})</translation>
    </message>
    <message>
        <source> ({amounts} in minor units)</source>
        <translation> ({amounts} in kleinster Währungseinheit)</translation>
    </message>
    <message>
        <source>{n}) {action} on order {order}{amount}, started {started} UTC, idempotency key {key}, state {state}</source>
        <translation>{n}) {action} bei Bestellung {order}{amount}, begonnen {started} UTC, Idempotenzschlüssel {key}, Zustand {state}</translation>
    </message>
    <message>
        <source>nothing was left of it</source>
        <translation>davon war nichts mehr übrig</translation>
    </message>
    <message>
        <source>The local store {path} {problem}. It was moved aside whole ({files}) to {kept_in}; nothing was deleted, and a new, empty store was started for this profile. </source>
        <translation>Die lokale Datenbank {path} {problem}. Sie wurde vollständig ({files}) nach {kept_in} verschoben; nichts wurde gelöscht, und für dieses Profil wurde eine neue, leere Datenbank angelegt. </translation>
    </message>
    <message>
        <source>the moved files</source>
        <translation>die verschobenen Dateien</translation>
    </message>
    <message>
        <source>the backup of {when}, {backup}</source>
        <translation>die Sicherung vom {when}, {backup}</translation>
    </message>
    <message>
        <source>the moved files and the backup of {when}</source>
        <translation>die verschobenen Dateien und die Sicherung vom {when}</translation>
    </message>
    <message>
        <source>and {more} more, listed in {readme}</source>
        <translation>und {more} weitere, aufgeführt in {readme}</translation>
    </message>
    <message>
        <source> (read from {source})</source>
        <translation> (gelesen aus: {source})</translation>
    </message>
    <message>
        <source>It held {count} write(s) to Klarna whose outcome was never recorded{read_from}. They are kept open in the new journal with their own keys: nothing new is sent for those orders until each is settled; each is sent again with its own key (Klarna applies it at most once) while the key is under 23 hours old, and older ones wait for Check with Klarna in the order&apos;s action: {writes}.</source>
        <translation>Sie enthielt {count} Änderung(en) an Klarna, deren Ergebnis nie gespeichert wurde{read_from}. Sie bleiben im neuen Journal mit ihren eigenen Schlüsseln offen: Für diese Bestellungen wird nichts Neues gesendet, bis jede geklärt ist; jede wird mit ihrem eigenen Schlüssel erneut gesendet (Klarna führt sie höchstens einmal aus), solange der Schlüssel jünger als 23 Stunden ist, und ältere warten auf „Bei Klarna prüfen“ in der Aktion der Bestellung: {writes}.</translation>
    </message>
    <message>
        <source> Part of its journal could not be read, so there may be more.</source>
        <translation> Ein Teil ihres Journals konnte nicht gelesen werden, es kann also weitere geben.</translation>
    </message>
    <message>
        <source>It held no unfinished writes (read from {source}).</source>
        <translation>Sie enthielt keine unerledigten Änderungen (gelesen aus: {source}).</translation>
    </message>
    <message>
        <source>Its journal could not be read, so writes it left unfinished are unknown: check this profile&apos;s recent captures and refunds with Klarna before repeating any.</source>
        <translation>Ihr Journal konnte nicht gelesen werden, daher ist unbekannt, welche Änderungen unerledigt blieben: Prüfen Sie die letzten Erfassungen und Rückerstattungen dieses Profils bei Klarna, bevor Sie eine davon wiederholen.</translation>
    </message>
    <message>
        <source>The disk holding {folder} is full; {then}. Free some space and try again.</source>
        <translation>Der Datenträger mit {folder} ist voll; {then}. Geben Sie Speicherplatz frei und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The local store in {folder} is locked by another program (another Klarna Order Console window, a backup or sync tool) and stayed locked; {then}. Close the other program and try again.</source>
        <translation>Die lokale Datenbank in {folder} ist von einem anderen Programm gesperrt (einem anderen Fenster von Klarna Order Console, einem Sicherungs- oder Synchronisierungsprogramm) und blieb gesperrt; {then}. Schließen Sie das andere Programm und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source> ({where})</source>
        <translation> ({where})</translation>
    </message>
    <message>
        <source>Klarna Order Console cannot write to {folder}{where}: the folder belongs to another user, or the disk is read-only; {then}. Give your user write access to it, or start with --basedir pointing to a folder you own.</source>
        <translation>Klarna Order Console kann nicht in {folder}{where} schreiben: Der Ordner gehört einem anderen Benutzer, oder der Datenträger ist schreibgeschützt; {then}. Geben Sie Ihrem Benutzer Schreibrechte darauf, oder starten Sie mit --basedir und einem Ordner, der Ihnen gehört.</translation>
    </message>
    <message>
        <source>Klarna Order Console keeps its data in a folder of that name</source>
        <translation>Klarna Order Console speichert seine Daten in einem Ordner mit diesem Namen</translation>
    </message>
    <message>
        <source>Klarna Order Console keeps its data in {folder}</source>
        <translation>Klarna Order Console speichert seine Daten in {folder}</translation>
    </message>
    <message>
        <source>{where} is in the way: it is a file, not a folder, and {role}; {then}. Move the file away, or start with --basedir pointing elsewhere.</source>
        <translation>{where} ist im Weg: Es ist eine Datei, kein Ordner, und {role}; {then}. Verschieben Sie die Datei, oder starten Sie mit --basedir und einem anderen Ordner.</translation>
    </message>
    <message>
        <source>The local store {path} is damaged ({detail}); {then}. Quit and start Klarna Order Console again: it moves the damaged file aside, keeps it whole, and lists the writes it left unfinished.</source>
        <translation>Die lokale Datenbank {path} ist beschädigt ({detail}); {then}. Beenden Sie Klarna Order Console und starten Sie es neu: Es verschiebt die beschädigte Datei, bewahrt sie vollständig auf und listet die Änderungen auf, die darin unerledigt blieben.</translation>
    </message>
    <message>
        <source>The local store {path} failed its daily check ({detail}). Quit and start Klarna Order Console again: it moves the damaged file aside, keeps it whole, and lists the writes it left unfinished.</source>
        <translation>Die lokale Datenbank {path} hat die tägliche Prüfung nicht bestanden ({detail}). Beenden Sie Klarna Order Console und starten Sie es neu: Es verschiebt die beschädigte Datei, bewahrt sie vollständig auf und listet die Änderungen auf, die darin unerledigt blieben.</translation>
    </message>
    <message>
        <source>The local store {path} could not be read ({detail}); nothing was changed. The disk may be failing or disconnected: check it, then open the profile again.</source>
        <translation>Die lokale Datenbank {path} konnte nicht gelesen werden ({detail}); es wurde nichts geändert. Der Datenträger ist möglicherweise defekt oder nicht verbunden: Prüfen Sie ihn und öffnen Sie dann das Profil erneut.</translation>
    </message>
    <message>
        <source>{path} is not a readable SQLite database ({detail})</source>
        <translation>{path} ist keine lesbare SQLite-Datenbank ({detail})</translation>
    </message>
    <message>
        <source>{path} has schema version {version}, newer than this program&apos;s {latest}: it was written by a newer Klarna Order Console; update the program to open it</source>
        <translation>{path} hat die Schemaversion {version}, neuer als die dieses Programms ({latest}): Die Datei wurde von einer neueren Klarna Order Console geschrieben; aktualisieren Sie das Programm, um sie zu öffnen</translation>
    </message>
    <message>
        <source>; the file as it was before is kept at {backup}</source>
        <translation>; die Datei im vorherigen Zustand liegt unter {backup}</translation>
    </message>
    <message>
        <source>could not update {path} to schema {version} ({detail}){kept}</source>
        <translation>{path} konnte nicht auf Schema {version} aktualisiert werden ({detail}){kept}</translation>
    </message>
    <message>
        <source>the local store {path} is closed</source>
        <translation>die lokale Datenbank {path} ist geschlossen</translation>
    </message>
    <message>
        <source>The team store {where} cannot be reached ({detail}). Nothing is sent from this desk until it can be: every write is journaled there first.</source>
        <translation>Die Team-Datenbank {where} ist nicht erreichbar ({detail}). Von diesem Arbeitsplatz wird nichts gesendet, bis sie erreichbar ist: Jede Änderung wird zuerst dort ins Journal geschrieben.</translation>
    </message>
    <message>
        <source>The team store {where} stopped answering ({detail}). What was being done was not sent; try again once the server answers.</source>
        <translation>Die Team-Datenbank {where} antwortet nicht mehr ({detail}). Der laufende Vorgang wurde nicht gesendet; versuchen Sie es erneut, sobald der Server antwortet.</translation>
    </message>
    <message>
        <source>The team store {where} refused it: {detail} (SQLSTATE {sqlstate}). Nothing was sent from this desk. Try again; if it keeps refusing, show this to whoever runs the database server.</source>
        <translation>Die Team-Datenbank {where} hat abgelehnt: {detail} (SQLSTATE {sqlstate}). Von diesem Arbeitsplatz wurde nichts gesendet. Versuchen Sie es erneut; lehnt sie weiter ab, zeigen Sie diese Meldung der Person, die den Datenbankserver betreut.</translation>
    </message>
    <message>
        <source>The team store {where} has schema version {version}, newer than this program&apos;s {latest}: another desk runs a newer Klarna Order Console; update it on this desk too.</source>
        <translation>Die Team-Datenbank {where} hat die Schemaversion {version}, neuer als die dieses Programms ({latest}): An einem anderen Arbeitsplatz läuft eine neuere Klarna Order Console; aktualisieren Sie sie auch an diesem Arbeitsplatz.</translation>
    </message>
    <message>
        <source>Klarna did not answer in time ({detail})</source>
        <translation>Klarna hat nicht rechtzeitig geantwortet ({detail})</translation>
    </message>
    <message>
        <source>could not reach Klarna at {url}: {detail}</source>
        <translation>Klarna unter {url} nicht erreichbar: {detail}</translation>
    </message>
    <message>
        <source>Klarna&apos;s answer could not be read as {kind}: {detail}</source>
        <translation>Die Antwort von Klarna konnte nicht als {kind} gelesen werden: {detail}</translation>
    </message>
    <message>
        <source>Klarna&apos;s next link {link} is not a Settlements URL</source>
        <translation>Der Weiter-Link {link} von Klarna ist keine Settlements-URL</translation>
    </message>
    <message>
        <source>no content type</source>
        <translation>kein Inhaltstyp</translation>
    </message>
    <message>
        <source>Klarna&apos;s {report} report came as {got}, not {expected}</source>
        <translation>Der Bericht {report} von Klarna kam als {got}, nicht als {expected}</translation>
    </message>
    <message>
        <source>unknown region/environment {region}/{environment}: region is one of {regions}, environment one of {environments}</source>
        <translation>unbekannte Region/Umgebung {region}/{environment}: Region ist eine von {regions}, Umgebung eine von {environments}</translation>
    </message>
    <message>
        <source>base URL {url} is not an http(s) URL with a host</source>
        <translation>Basis-URL {url} ist keine http(s)-URL mit Host</translation>
    </message>
    <message>
        <source>base URL {url} is not https: credentials would travel in clear text (plain http is accepted only for this machine, e.g. the sandbox)</source>
        <translation>Basis-URL {url} ist nicht https: Die Zugangsdaten würden im Klartext übertragen (reines http ist nur für diesen Rechner zulässig, z. B. die Sandbox)</translation>
    </message>
    <message>
        <source>put the API username and password in the profile, not in the URL</source>
        <translation>Geben Sie API-Benutzername und Passwort im Profil an, nicht in der URL</translation>
    </message>
    <message>
        <source>The disk holding {folder} is full ({detail}); {file} was not saved (its earlier version is kept). Free some space and try again.</source>
        <translation>Der Datenträger mit {folder} ist voll ({detail}); {file} wurde nicht gespeichert (die vorherige Version bleibt erhalten). Geben Sie Speicherplatz frei und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Klarna Order Console cannot write to {folder} ({detail}); {file} was not saved. Give your user write access to it, or start with --basedir pointing to a folder you own.</source>
        <translation>Klarna Order Console kann nicht in {folder} schreiben ({detail}); {file} wurde nicht gespeichert. Geben Sie Ihrem Benutzer Schreibrechte darauf, oder starten Sie mit --basedir und einem Ordner, der Ihnen gehört.</translation>
    </message>
    <message>
        <source>it is not valid JSON ({detail})</source>
        <translation>die Datei ist kein gültiges JSON ({detail})</translation>
    </message>
    <message>
        <source>it is format {format}, written by a newer Klarna Order Console</source>
        <translation>die Datei hat das Format {format}, geschrieben von einer neueren Klarna Order Console</translation>
    </message>
    <message>
        <source>profile {number}: {detail}</source>
        <translation>Profil {number}: {detail}</translation>
    </message>
    <message>
        <source>profile {number} ({name}): its id {id} is used twice</source>
        <translation>Profil {number} ({name}): Seine ID {id} wird doppelt verwendet</translation>
    </message>
    <message>
        <source>profile {number} ({name}): {problems}</source>
        <translation>Profil {number} ({name}): {problems}</translation>
    </message>
    <message>
        <source>{value} is not a profile id (lower-case letters, digits and &apos;-&apos;, at most 63)</source>
        <translation>{value} ist keine Profil-ID (Kleinbuchstaben, Ziffern und &apos;-&apos;, höchstens 63)</translation>
    </message>
    <message>
        <source>another profile is already called {name}</source>
        <translation>ein anderes Profil heißt bereits {name}</translation>
    </message>
    <message>
        <source>{value} is not a colour like #4a6fa5</source>
        <translation>{value} ist keine Farbe wie #4a6fa5</translation>
    </message>
    <message>
        <source>only the built-in Sandbox profile is a sandbox profile, and it cannot be changed</source>
        <translation>nur das eingebaute Sandbox-Profil ist ein Sandbox-Profil, und es kann nicht geändert werden</translation>
    </message>
    <message>
        <source>the built-in Sandbox profile cannot be changed</source>
        <translation>das eingebaute Sandbox-Profil kann nicht geändert werden</translation>
    </message>
    <message>
        <source>the built-in Sandbox profile cannot be removed</source>
        <translation>das eingebaute Sandbox-Profil kann nicht entfernt werden</translation>
    </message>
    <message>
        <source>a custom base URL replaces region and environment: leave those empty</source>
        <translation>eine eigene Basis-URL ersetzt Region und Umgebung: Lassen Sie diese leer</translation>
    </message>
    <message>
        <source>{value} is not one of {allowed} (or give a base URL)</source>
        <translation>{value} ist nicht eines von {allowed} (oder geben Sie eine Basis-URL an)</translation>
    </message>
    <message>
        <source>is required (the API username from the Merchant Portal)</source>
        <translation>ist erforderlich (der API-Benutzername aus dem Händlerportal)</translation>
    </message>
    <message>
        <source>cannot contain &apos;:&apos;</source>
        <translation>darf kein &apos;:&apos; enthalten</translation>
    </message>
    <message>
        <source>cannot contain spaces or control characters</source>
        <translation>darf keine Leerzeichen oder Steuerzeichen enthalten</translation>
    </message>
    <message>
        <source>cannot contain control characters</source>
        <translation>darf keine Steuerzeichen enthalten</translation>
    </message>
    <message>
        <source>must be a PostgreSQL URL starting with postgresql://</source>
        <translation>muss eine PostgreSQL-URL sein, die mit postgresql:// beginnt</translation>
    </message>
    <message>
        <source>names no server (postgresql://user@host/database)</source>
        <translation>nennt keinen Server (postgresql://benutzer@host/datenbank)</translation>
    </message>
    <message>
        <source>must not hold the password: give it in the password field (kept in the keyring)</source>
        <translation>darf das Passwort nicht enthalten: Geben Sie es im Passwortfeld ein (es wird im Schlüsselbund gespeichert)</translation>
    </message>
    <message>
        <source>Those profiles were left out; the others were loaded.</source>
        <translation>Diese Profile wurden ausgelassen; die anderen wurden geladen.</translation>
    </message>
    <message>
        <source>No profile could be read from it.</source>
        <translation>Aus der Datei konnte kein Profil gelesen werden.</translation>
    </message>
    <message>
        <source>Passwords in it must be entered again.</source>
        <translation>Passwörter in der Datei müssen erneut eingegeben werden.</translation>
    </message>
    <message>
        <source>{path} is damaged: {problems}. {then} The file as it was is kept as {kept_as}.</source>
        <translation>{path} ist beschädigt: {problems}. {then} Die Datei im vorgefundenen Zustand wird als {kept_as} aufbewahrt.</translation>
    </message>
    <message>
        <source>no usable keyring: install the &apos;keyring&apos; package and run under a desktop session with a secret service (or use the credentials file)</source>
        <translation>kein nutzbarer Schlüsselbund: Installieren Sie das Paket &apos;keyring&apos; und arbeiten Sie in einer Desktop-Sitzung mit Secret Service (oder verwenden Sie die Zugangsdatendatei)</translation>
    </message>
    <message>
        <source>the keyring refused the password of profile {profile}: {detail}</source>
        <translation>der Schlüsselbund hat das Passwort des Profils {profile} abgelehnt: {detail}</translation>
    </message>
    <message>
        <source>in the system keyring ({backend}), under the service name {service}</source>
        <translation>im Schlüsselbund des Systems ({backend}), unter dem Dienstnamen {service}</translation>
    </message>
    <message>
        <source>in the file {path}, which only your user account can read (no system keyring was found)</source>
        <translation>in der Datei {path}, die nur Ihr Benutzerkonto lesen kann (kein Schlüsselbund des Systems gefunden)</translation>
    </message>
    <message>
        <source>Connected to {url}: Klarna accepted the credentials.</source>
        <translation>Verbunden mit {url}: Klarna hat die Zugangsdaten akzeptiert.</translation>
    </message>
    <message>
        <source>Klarna refused the username or password ({status}). Credentials work only in their own region and environment: check those as well ({environment}, {url}).</source>
        <translation>Klarna hat Benutzername oder Passwort abgelehnt ({status}). Zugangsdaten gelten nur in ihrer eigenen Region und Umgebung: Prüfen Sie auch diese ({environment}, {url}).</translation>
    </message>
    <message>
        <source>{cause}. Check the region and environment (or the base URL) and the network connection.</source>
        <translation>{cause}. Prüfen Sie Region und Umgebung (oder die Basis-URL) und die Netzwerkverbindung.</translation>
    </message>
    <message>
        <source>{url} answered 404 without Klarna&apos;s NO_SUCH_ORDER: it may not be a Klarna Order Management host ({detail}).</source>
        <translation>{url} hat 404 ohne Klarnas NO_SUCH_ORDER geantwortet: Das ist möglicherweise kein Host von Klarna Order Management ({detail}).</translation>
    </message>
    <message>
        <source>found at Klarna by Check with Klarna</source>
        <translation>bei Klarna gefunden durch „Bei Klarna prüfen“</translation>
    </message>
    <message>
        <source>recovered from the damaged store moved to {kept_in}</source>
        <translation>wiederhergestellt aus der beschädigten Datenbank, die nach {kept_in} verschoben wurde</translation>
    </message>
    <message>
        <source>Unexpected answer from {url}: {detail}</source>
        <translation>Unerwartete Antwort von {url}: {detail}</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>ist erforderlich</translation>
    </message>
    <message>
        <source>is not a field Klarna accepts here</source>
        <translation>ist kein Feld, das Klarna hier annimmt</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>ist leer</translation>
    </message>
    <message>
        <source>at most {limit} characters</source>
        <translation>höchstens {limit} Zeichen</translation>
    </message>
    <message>
        <source> (got {got} characters)</source>
        <translation> (angegeben: {got} Zeichen)</translation>
    </message>
    <message>
        <source>at least {limit} characters</source>
        <translation>mindestens {limit} Zeichen</translation>
    </message>
    <message>
        <source>at most {limit} items</source>
        <translation>höchstens {limit} Einträge</translation>
    </message>
    <message>
        <source> (got {got} items)</source>
        <translation> (angegeben: {got} Einträge)</translation>
    </message>
    <message>
        <source>at least {limit} item(s)</source>
        <translation>mindestens {limit} Eintrag/Einträge</translation>
    </message>
    <message>
        <source>must be at least {limit}</source>
        <translation>muss mindestens {limit} sein</translation>
    </message>
    <message>
        <source>must be at most {limit}</source>
        <translation>darf höchstens {limit} sein</translation>
    </message>
    <message>
        <source>must be between {low} and {high}</source>
        <translation>muss zwischen {low} und {high} liegen</translation>
    </message>
    <message>
        <source>must be {expected}, not {got}</source>
        <translation>muss {expected} sein, nicht {got}</translation>
    </message>
    <message>
        <source>{value} is not allowed; use one of: {allowed}</source>
        <translation>{value} ist nicht zulässig; verwenden Sie eines von: {allowed}</translation>
    </message>
    <message>
        <source>{value} is not allowed</source>
        <translation>{value} ist nicht zulässig</translation>
    </message>
    <message>
        <source>{value} is not a Klarna id (a UUID such as 0b1d9815-165e-42e2-8867-35bc03789e00)</source>
        <translation>{value} ist keine Klarna-ID (eine UUID wie 0b1d9815-165e-42e2-8867-35bc03789e00)</translation>
    </message>
    <message>
        <source>{value} is not a payment reference (up to 255 characters, no spaces or slashes)</source>
        <translation>{value} ist keine Zahlungsreferenz (bis zu 255 Zeichen, keine Leerzeichen oder Schrägstriche)</translation>
    </message>
    <message>
        <source>{value} is not a date (YYYY-MM-DD) or an ISO 8601 date-time</source>
        <translation>{value} ist kein Datum (JJJJ-MM-TT) und keine Datums-/Uhrzeitangabe nach ISO 8601</translation>
    </message>
    <message>
        <source>{value} is not an ISO 4217 code (three letters, like EUR)</source>
        <translation>{value} ist kein ISO-4217-Code (drei Buchstaben, wie EUR)</translation>
    </message>
    <message>
        <source>{end} is before the start date {start}</source>
        <translation>{end} liegt vor dem Startdatum {start}</translation>
    </message>
    <message>
        <source>{action} needs a capture</source>
        <translation>{action}: erfordert eine Erfassung</translation>
    </message>
    <message>
        <source>{action} needs a request body</source>
        <translation>{action}: erfordert einen Anfrageinhalt (Body)</translation>
    </message>
    <message>
        <source>{action} takes no request body</source>
        <translation>{action}: nimmt keinen Anfrageinhalt (Body) an</translation>
    </message>
    <message>
        <source>say why you are sure Klarna did not apply it (1 to {limit} characters)</source>
        <translation>Begründen Sie, warum Sie sicher sind, dass Klarna sie nicht ausgeführt hat (1 bis {limit} Zeichen)</translation>
    </message>
    <message>
        <source>request</source>
        <translation>Anfrage</translation>
    </message>
</context>
<context>
    <name>ReferencesDialog</name>
    <message>
        <source>Reference &amp;1</source>
        <translation>Referenz &amp;1</translation>
    </message>
    <message>
        <source>Shown to the customer as the order number.</source>
        <translation>Wird dem Kunden als Bestellnummer angezeigt.</translation>
    </message>
    <message>
        <source>Reference &amp;2</source>
        <translation>Referenz &amp;2</translation>
    </message>
    <message>
        <source>Your own reference, e.g. the id in your shop or ERP.</source>
        <translation>Ihre eigene Referenz, z. B. die ID in Ihrem Shop oder ERP.</translation>
    </message>
    <message>
        <source>&amp;Save references</source>
        <translation>Referenzen &amp;speichern</translation>
    </message>
    <message>
        <source>Clear reference 1 (“{reference}”) of order {order}?</source>
        <translation>Referenz 1 („{reference}“) der Bestellung {order} löschen?</translation>
    </message>
    <message>
        <source>&lt;p&gt;Reference 1 is the order number the customer sees in the Klarna app and on the invoice; after clearing it, they see none.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Referenz 1 ist die Bestellnummer, die der Kunde in der Klarna-App und auf der Rechnung sieht; nach dem Löschen sieht er keine.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Clear reference 1</source>
        <translation>Referenz 1 löschen</translation>
    </message>
    <message>
        <source>Change a reference to save it.</source>
        <translation>Ändern Sie eine Referenz, um zu speichern.</translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <source>&amp;Refund…</source>
        <translation>E&amp;rstatten…</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>Erfasst</translation>
    </message>
    <message>
        <source>Already refunded</source>
        <translation>Bereits erstattet</translation>
    </message>
    <message>
        <source>Refundable</source>
        <translation>Erstattbar</translation>
    </message>
    <message>
        <source>How much to refund</source>
        <translation>Wie viel erstatten</translation>
    </message>
    <message>
        <source>&amp;Everything refundable</source>
        <translation>&amp;Alles Erstattbare</translation>
    </message>
    <message>
        <source>&amp;Part of it, by amount</source>
        <translation>Einen &amp;Teil, nach Betrag</translation>
    </message>
    <message>
        <source>By &amp;lines of a capture</source>
        <translation>Nach &amp;Positionen einer Erfassung</translation>
    </message>
    <message>
        <source>Amount to refund</source>
        <translation>Zu erstattender Betrag</translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation>&amp;Betrag</translation>
    </message>
    <message>
        <source>Capture whose lines are refunded</source>
        <translation>Erfassung, deren Positionen erstattet werden</translation>
    </message>
    <message>
        <source>&amp;Capture</source>
        <translation>&amp;Erfassung</translation>
    </message>
    <message>
        <source>The refund lines keep this capture&apos;s line references, so Klarna credits its invoice.</source>
        <translation>Die Positionen der Rückerstattung behalten die Positionsreferenzen dieser Erfassung, sodass Klarna deren Rechnung gutschreibt.</translation>
    </message>
    <message>
        <source>Lines to refund</source>
        <translation>Zu erstattende Positionen</translation>
    </message>
    <message>
        <source>Lines: problem</source>
        <translation>Positionen: Problem</translation>
    </message>
    <message>
        <source>Charge a return fee of</source>
        <translation>Gebühr berechnen:</translation>
    </message>
    <message>
        <source>Charge a return fee</source>
        <translation>Rücksendegebühr berechnen</translation>
    </message>
    <message>
        <source>Return fee</source>
        <translation>Rücksendegebühr</translation>
    </message>
    <message>
        <source>Return &amp;fee</source>
        <translation>Rücksende&amp;gebühr</translation>
    </message>
    <message>
        <source>Kept from what the customer gets back, and shown in the Klarna app.</source>
        <translation>Wird von dem abgezogen, was der Kunde zurückerhält, und in der Klarna-App angezeigt.</translation>
    </message>
    <message>
        <source>Why no return fee</source>
        <translation>Warum keine Rücksendegebühr</translation>
    </message>
    <message>
        <source>The customer gets back</source>
        <translation>Der Kunde erhält zurück</translation>
    </message>
    <message>
        <source>Customer gets back</source>
        <translation>Kunde erhält zurück</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>Be&amp;schreibung</translation>
    </message>
    <message>
        <source>Shown to the customer.</source>
        <translation>Wird dem Kunden angezeigt.</translation>
    </message>
    <message>
        <source>Re&amp;ference</source>
        <translation>Re&amp;ferenz</translation>
    </message>
    <message>
        <source>Appears in your settlement files.</source>
        <translation>Erscheint in Ihren Abrechnungsdateien.</translation>
    </message>
    <message>
        <source>&amp;Everything refundable ({amount})</source>
        <translation>&amp;Alles Erstattbare ({amount})</translation>
    </message>
    <message>
        <source>No return fee: {why}</source>
        <translation>Keine Rücksendegebühr: {why}</translation>
    </message>
    <message>
        <source>Pick at least one unit of a captured line to refund.</source>
        <translation>Wählen Sie mindestens eine Einheit einer erfassten Position zum Erstatten.</translation>
    </message>
    <message>
        <source>Enter the fee, or untick the box.</source>
        <translation>Geben Sie die Gebühr ein oder entfernen Sie das Häkchen.</translation>
    </message>
    <message>
        <source>The fee must be less than the {amount} refunded.</source>
        <translation>Die Gebühr muss kleiner sein als die erstatteten {amount}.</translation>
    </message>
    <message>
        <source>A return fee goes with the returned lines: refund by lines of the capture (or everything).</source>
        <translation>Eine Rücksendegebühr gehört zu den zurückgesandten Positionen: Erstatten Sie nach Positionen der Erfassung (oder alles).</translation>
    </message>
    <message>
        <source>{amount} ({gross} less the {fee} fee)</source>
        <translation>{amount} ({gross} abzüglich Gebühr {fee})</translation>
    </message>
    <message>
        <source>{customer} gets {amount} back; Klarna takes it from your next payout.</source>
        <translation>{customer} erhält {amount} zurück; Klarna zieht den Betrag von Ihrer nächsten Auszahlung ab.</translation>
    </message>
    <message>
        <source>The customer gets {amount} back; Klarna takes it from your next payout.</source>
        <translation>Der Kunde erhält {amount} zurück; Klarna zieht den Betrag von Ihrer nächsten Auszahlung ab.</translation>
    </message>
    <message>
        <source>A return fee of {amount} is kept.</source>
        <translation>Eine Rücksendegebühr von {amount} wird einbehalten.</translation>
    </message>
    <message>
        <source>Refund {amount} on order {order}?</source>
        <translation>{amount} für Bestellung {order} erstatten?</translation>
    </message>
    <message>
        <source>Refund {amount}</source>
        <translation>{amount} erstatten</translation>
    </message>
</context>
<context>
    <name>ReleaseDialog</name>
    <message>
        <source>&amp;Release…</source>
        <translation>&amp;Freigeben…</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>Erfasst</translation>
    </message>
    <message>
        <source>Remaining authorization</source>
        <translation>Verbleibende Autorisierung</translation>
    </message>
    <message>
        <source>&lt;p&gt;The customer is not charged the remaining {amount} (card payers get it back). Nothing more can be captured afterwards; refunds of what was captured stay possible.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Der Kunde wird mit den verbleibenden {amount} nicht belastet (Kartenzahler erhalten sie zurück). Danach kann nichts mehr erfasst werden; Rückerstattungen des Erfassten bleiben möglich.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Release the remaining {amount} of order {order}?</source>
        <translation>Verbleibende {amount} der Bestellung {order} freigeben?</translation>
    </message>
    <message>
        <source>&lt;p&gt;The order is closed for further captures.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Die Bestellung wird für weitere Erfassungen geschlossen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Release {amount}</source>
        <translation>{amount} freigeben</translation>
    </message>
</context>
<context>
    <name>ResultsController</name>
    <message>
        <source>Fetching {order} from Klarna…</source>
        <translation>{order} wird von Klarna abgerufen…</translation>
    </message>
    <message>
        <source>Klarna has no order {order} in this profile.</source>
        <translation>Klarna hat in diesem Profil keine Bestellung {order}.</translation>
    </message>
    <message>
        <source>Could not fetch the order</source>
        <translation>Die Bestellung konnte nicht abgerufen werden</translation>
    </message>
</context>
<context>
    <name>Runtime</name>
    <message>
        <source>Klarna Order Console: unexpected error</source>
        <translation>Klarna Order Console: unerwarteter Fehler</translation>
    </message>
    <message>
        <source>Something went wrong inside Klarna Order Console.</source>
        <translation>In Klarna Order Console ist ein Fehler aufgetreten.</translation>
    </message>
    <message>
        <source>{error}: {message}

The details are in the log file. Nothing was sent twice: check the order&apos;s History tab before you try the action again.</source>
        <translation>{error}: {message}

Die Details stehen in der Protokolldatei. Nichts wurde doppelt gesendet: Prüfen Sie den Tab „Verlauf“ der Bestellung, bevor Sie die Aktion erneut versuchen.</translation>
    </message>
</context>
<context>
    <name>SearchPane</name>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Klarna ref {reference}</source>
        <translation>Klarna-Ref. {reference}</translation>
    </message>
    <message>
        <source>Order id {order}</source>
        <translation>Bestell-ID {order}</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Klarna ref</source>
        <translation>Klarna-Ref.</translation>
    </message>
    <message>
        <source>Merchant ref</source>
        <translation>Händlerref.</translation>
    </message>
    <message>
        <source>Reference 2: {reference}</source>
        <translation>Referenz 2: {reference}</translation>
    </message>
    <message>
        <source>Order id</source>
        <translation>Bestell-ID</translation>
    </message>
    <message>
        <source>shown on the right</source>
        <translation>rechts angezeigt</translation>
    </message>
    <message>
        <source>Search name, e-mail, phone, reference or order id</source>
        <translation>Name, E-Mail, Telefon, Referenz oder Bestell-ID suchen</translation>
    </message>
    <message>
        <source>Search orders</source>
        <translation>Bestellungen suchen</translation>
    </message>
    <message>
        <source>Status: any</source>
        <translation>Status: alle</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Statusfilter</translation>
    </message>
    <message>
        <source>Currency filter</source>
        <translation>Währungsfilter</translation>
    </message>
    <message>
        <source>Any currency</source>
        <translation>Währung: alle</translation>
    </message>
    <message>
        <source>Expiring soon</source>
        <translation>Läuft bald ab</translation>
    </message>
    <message>
        <source>Only orders expiring soon</source>
        <translation>Nur bald ablaufende Bestellungen</translation>
    </message>
    <message>
        <source>Fraud pending</source>
        <translation>Betrugsprüfung</translation>
    </message>
    <message>
        <source>Only orders pending fraud review</source>
        <translation>Nur Bestellungen mit offener Betrugsprüfung</translation>
    </message>
    <message>
        <source>Not paid out</source>
        <translation>Nicht ausgezahlt</translation>
    </message>
    <message>
        <source>Only orders with a capture Klarna has not paid out</source>
        <translation>Nur Bestellungen mit einer Erfassung, die Klarna noch nicht ausgezahlt hat</translation>
    </message>
    <message>
        <source>More filters</source>
        <translation>Mehr Filter</translation>
    </message>
    <message>
        <source>Show date and amount filters</source>
        <translation>Datums- und Betragsfilter anzeigen</translation>
    </message>
    <message>
        <source>Created from</source>
        <translation>Erstellt ab</translation>
    </message>
    <message>
        <source>Created until</source>
        <translation>Erstellt bis</translation>
    </message>
    <message>
        <source>Minimum amount</source>
        <translation>Mindestbetrag</translation>
    </message>
    <message>
        <source>Maximum amount</source>
        <translation>Höchstbetrag</translation>
    </message>
    <message>
        <source>any</source>
        <comment>no amount limit</comment>
        <translation>beliebig</translation>
    </message>
    <message>
        <source>to</source>
        <comment>a range: from … to …</comment>
        <translation>bis</translation>
    </message>
    <message>
        <source>Number of orders found</source>
        <translation>Anzahl gefundener Bestellungen</translation>
    </message>
    <message>
        <source>Import order IDs…</source>
        <translation>Bestell-IDs importieren…</translation>
    </message>
    <message>
        <source>Import order IDs</source>
        <translation>Bestell-IDs importieren</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <source>any</source>
        <comment>no date limit</comment>
        <translation>beliebig</translation>
    </message>
    <message>
        <source>Status: {statuses}</source>
        <translation>Status: {statuses}</translation>
    </message>
    <message>
        <source>No order matches. A pasted order id that is not here yet is fetched from Klarna.</source>
        <translation>Keine Bestellung passt. Eine eingefügte Bestell-ID, die noch nicht hier ist, wird von Klarna abgerufen.</translation>
    </message>
    <message>
        <source>No orders here yet. Klarna&apos;s API cannot list or search orders, so the console finds the ones it has fetched: paste an order id in the search box, or use File → Import order IDs… to fetch many at once (pasted, or from a CSV export of your shop).</source>
        <translation>Noch keine Bestellungen hier. Klarnas API kann Bestellungen weder auflisten noch suchen, daher findet die Konsole nur die bereits abgerufenen: Fügen Sie eine Bestell-ID in das Suchfeld ein oder verwenden Sie Datei → Bestell-IDs importieren…, um viele auf einmal abzurufen (eingefügt oder aus einem CSV-Export Ihres Shops).</translation>
    </message>
</context>
<context>
    <name>SendOutDialog</name>
    <message>
        <source>&amp;Resend</source>
        <translation>E&amp;rneut senden</translation>
    </message>
    <message>
        <source>What is sent, and to whom</source>
        <translation>Was gesendet wird, und an wen</translation>
    </message>
    <message>
        <source>Choose a capture.</source>
        <translation>Wählen Sie eine Erfassung.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Klarna sends the latest invoice or payment instructions of capture &lt;b&gt;{capture}&lt;/b&gt; (captured {when}, {amount}) again to &lt;b&gt;{email}&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;Use this when the customer says the invoice never arrived.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Klarna sendet die neueste Rechnung oder Zahlungsanweisung der Erfassung &lt;b&gt;{capture}&lt;/b&gt; (erfasst {when}, {amount}) erneut an &lt;b&gt;{email}&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;Verwenden Sie dies, wenn der Kunde sagt, dass die Rechnung nie angekommen ist.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Klarna sends the latest invoice or payment instructions of capture &lt;b&gt;{capture}&lt;/b&gt; (captured {when}, {amount}) again to the customer&apos;s e-mail address (Klarna has it; it is not shown here).&lt;/p&gt;&lt;p&gt;Use this when the customer says the invoice never arrived.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Klarna sendet die neueste Rechnung oder Zahlungsanweisung der Erfassung &lt;b&gt;{capture}&lt;/b&gt; (erfasst {when}, {amount}) erneut an die E-Mail-Adresse des Kunden (Klarna kennt sie; sie wird hier nicht angezeigt).&lt;/p&gt;&lt;p&gt;Verwenden Sie dies, wenn der Kunde sagt, dass die Rechnung nie angekommen ist.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>SessionsController</name>
    <message>
        <source>Opening {profile}…</source>
        <translation>{profile} wird geöffnet…</translation>
    </message>
    <message>
        <source>Enter the API password of profile &apos;{profile}&apos; first. The cached orders can be searched meanwhile. (File → Profiles…)</source>
        <translation>Geben Sie zuerst das API-Passwort des Profils „{profile}“ ein. Die zwischengespeicherten Bestellungen können derweil durchsucht werden. (Datei → Profile…)</translation>
    </message>
    <message>
        <source>{profile}: no password stored; showing cached orders only</source>
        <translation>{profile}: kein Passwort gespeichert; nur zwischengespeicherte Bestellungen werden angezeigt</translation>
    </message>
    <message>
        <source>Could not open {profile}</source>
        <translation>{profile} konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>This profile is open in another window, process {process}.</source>
        <translation>Dieses Profil ist in einem anderen Fenster geöffnet, Prozess {process}.</translation>
    </message>
    <message>
        <source>This profile is open in another window.</source>
        <translation>Dieses Profil ist in einem anderen Fenster geöffnet.</translation>
    </message>
    <message>
        <source>Here it is read-only: you can look up orders, but only that window sends, retries and finishes interrupted actions. Choose another profile to work in, or close the other window and open this profile again.</source>
        <translation>Hier ist es schreibgeschützt: Sie können Bestellungen ansehen, aber nur jenes Fenster sendet, wiederholt und schließt unterbrochene Aktionen ab. Wählen Sie ein anderes Profil zum Arbeiten oder schließen Sie das andere Fenster und öffnen Sie dieses Profil erneut.</translation>
    </message>
    <message>
        <source>Your account on the team store may only read it: you can look up orders and their history, but nothing is sent from this desk. Ask whoever runs the team store for a role that may write.</source>
        <translation>Ihr Konto in der Team-Datenbank darf nur lesen: Sie können Bestellungen und ihren Verlauf ansehen, aber von diesem Arbeitsplatz wird nichts gesendet. Bitten Sie die Person, die die Team-Datenbank betreut, um eine Rolle mit Schreibrechten.</translation>
    </message>
    <message>
        <source>Sandbox: demo orders simulated on this computer; no Klarna account, no real money</source>
        <translation>Sandbox: auf diesem Computer simulierte Demobestellungen; kein Klarna-Konto, kein echtes Geld</translation>
    </message>
    <message>
        <source>{status} · read-only</source>
        <translation>{status} · nur lesen</translation>
    </message>
    <message>
        <source>Updating the local data of {profile} for this version of the console. This happens once; with many cached orders it takes a few minutes…</source>
        <translation>Die lokalen Daten von {profile} werden für diese Version der Konsole aktualisiert. Das geschieht einmal; bei vielen zwischengespeicherten Bestellungen dauert es einige Minuten…</translation>
    </message>
    <message>
        <source>The sandbox starts again with fresh demo orders.</source>
        <translation>Die Sandbox startet neu mit frischen Demobestellungen.</translation>
    </message>
    <message>
        <source>Finished the {action} on order {order} that was interrupted.</source>
        <translation>Die unterbrochene Aktion ({action}) für Bestellung {order} wurde abgeschlossen.</translation>
    </message>
    <message>
        <source>The interrupted {action} on order {order} still has no answer from Klarna; it was sent again with the same key. It is tried again at {time}.</source>
        <translation>Die unterbrochene Aktion ({action}) für Bestellung {order} hat noch keine Antwort von Klarna; sie wurde mit demselben Schlüssel erneut gesendet. Nächster Versuch um {time}.</translation>
    </message>
    <message>
        <source>The interrupted {action} on order {order} still has no answer from Klarna; it was sent again with the same key.</source>
        <translation>Die unterbrochene Aktion ({action}) für Bestellung {order} hat noch keine Antwort von Klarna; sie wurde mit demselben Schlüssel erneut gesendet.</translation>
    </message>
    <message>
        <source>Klarna refused the interrupted {action} on order {order}: {code} {message}</source>
        <translation>Klarna hat die unterbrochene Aktion ({action}) für Bestellung {order} abgelehnt: {code} {message}</translation>
    </message>
</context>
<context>
    <name>ShippingInfo</name>
    <message>
        <source>Carrier</source>
        <translation>Versanddienst</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Versandart</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Sendungsnummer</translation>
    </message>
    <message>
        <source>Tracking link</source>
        <translation>Tracking-Link</translation>
    </message>
    <message>
        <source>Return carrier</source>
        <translation>Versanddienst Rücksendung</translation>
    </message>
    <message>
        <source>Return tracking number</source>
        <translation>Sendungsnummer Rücksendung</translation>
    </message>
    <message>
        <source>Return tracking link</source>
        <translation>Tracking-Link Rücksendung</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(nicht angegeben)</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>{field}: problem</source>
        <translation>{field}: Problem</translation>
    </message>
    <message>
        <source>Shipment: problem</source>
        <translation>Sendung: Problem</translation>
    </message>
    <message>
        <source>Remove shipment</source>
        <translation>Sendung entfernen</translation>
    </message>
    <message>
        <source>Shipment {number}</source>
        <translation>Sendung {number}</translation>
    </message>
    <message>
        <source>{field} of shipment {number}</source>
        <translation>{field} der Sendung {number}</translation>
    </message>
    <message>
        <source>Remove shipment {number}</source>
        <translation>Sendung {number} entfernen</translation>
    </message>
    <message>
        <source>Add s&amp;hipment</source>
        <translation>Se&amp;ndung hinzufügen</translation>
    </message>
    <message>
        <source>Add a shipment</source>
        <translation>Eine Sendung hinzufügen</translation>
    </message>
    <message>
        <source>Shipments: problem</source>
        <translation>Sendungen: Problem</translation>
    </message>
    <message>
        <source>Fill in the carrier or a tracking number, or remove this shipment.</source>
        <translation>Geben Sie den Versanddienst oder eine Sendungsnummer ein oder entfernen Sie diese Sendung.</translation>
    </message>
    <message>
        <source>Enter the whole link, starting with https://</source>
        <translation>Geben Sie den vollständigen Link ein, beginnend mit https://</translation>
    </message>
    <message>
        <source>&amp;Add shipping info</source>
        <translation>Versandinformationen &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Klarna shows the tracking in the customer&apos;s app for this capture, and uses it when the customer reports a missing parcel.</source>
        <translation>Klarna zeigt die Sendungsverfolgung zu dieser Erfassung in der App des Kunden und nutzt sie, wenn der Kunde ein fehlendes Paket meldet.</translation>
    </message>
    <message>
        <source>Tracking known before the capture: Klarna shows it in the customer&apos;s app. Add it to the capture instead once the order is captured.</source>
        <translation>Vor der Erfassung bekannte Sendungsverfolgung: Klarna zeigt sie in der App des Kunden. Fügen Sie sie stattdessen der Erfassung hinzu, sobald die Bestellung erfasst ist.</translation>
    </message>
    <message>
        <source>Add at least one shipment.</source>
        <translation>Fügen Sie mindestens eine Sendung hinzu.</translation>
    </message>
</context>
<context>
    <name>ShippingMethod</name>
    <message>
        <source>Collect in store</source>
        <translation>Abholung im Geschäft</translation>
    </message>
    <message>
        <source>Home delivery</source>
        <translation>Lieferung nach Hause</translation>
    </message>
    <message>
        <source>Parcel locker (registered)</source>
        <translation>Paketbox (registriert)</translation>
    </message>
    <message>
        <source>Parcel locker (unregistered)</source>
        <translation>Paketbox (nicht registriert)</translation>
    </message>
    <message>
        <source>Pick-up point</source>
        <translation>Abholstation</translation>
    </message>
    <message>
        <source>Own delivery</source>
        <translation>Eigene Zustellung</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>DHL Packstation</source>
        <translation>DHL Packstation</translation>
    </message>
    <message>
        <source>Digital delivery</source>
        <translation>Digitale Lieferung</translation>
    </message>
    <message>
        <source>Not specified</source>
        <translation>Nicht angegeben</translation>
    </message>
    <message>
        <source>Collect at warehouse</source>
        <translation>Abholung im Lager</translation>
    </message>
    <message>
        <source>Click and collect</source>
        <translation>Click &amp; Collect</translation>
    </message>
    <message>
        <source>Pallet delivery</source>
        <translation>Speditionslieferung</translation>
    </message>
</context>
<context>
    <name>ShownOrder</name>
    <message>
        <source>Could not read the order from Klarna (showing the cached copy)</source>
        <translation>Die Bestellung konnte nicht von Klarna gelesen werden (zwischengespeicherte Kopie wird angezeigt)</translation>
    </message>
    <message>
        <source>Still connecting: the order shown is the cached copy.</source>
        <translation>Verbindung wird noch hergestellt: Die angezeigte Bestellung ist die zwischengespeicherte Kopie.</translation>
    </message>
    <message>
        <source>This profile is open in another window; only that window may send.</source>
        <translation>Dieses Profil ist in einem anderen Fenster geöffnet; nur dieses Fenster darf senden.</translation>
    </message>
    <message>
        <source>This profile is read-only.</source>
        <translation>Dieses Profil ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>An earlier {action} has no answer yet: open it to send it again with its key or check with Klarna.</source>
        <translation>Eine frühere Anfrage ({action}) hat noch keine Antwort: Öffnen Sie sie, um sie mit ihrem Schlüssel erneut zu senden oder bei Klarna zu prüfen.</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Authorized</source>
        <translation>Autorisiert</translation>
    </message>
    <message>
        <source>Part captured</source>
        <translation>Teilweise erfasst</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>Erfasst</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Erstattet</translation>
    </message>
    <message>
        <source>Part refunded</source>
        <translation>Teilweise erstattet</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>gestoppt</translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>morgen</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>gestern</translation>
    </message>
</context>
<context>
    <name>UpdateAmountDialog</name>
    <message>
        <source>&amp;Update order…</source>
        <translation>Bestellung &amp;ändern…</translation>
    </message>
    <message>
        <source>Current amount</source>
        <translation>Aktueller Betrag</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>Erfasst</translation>
    </message>
    <message>
        <source>New amount</source>
        <translation>Neuer Betrag</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Order lines</source>
        <translation>Bestellpositionen</translation>
    </message>
    <message>
        <source>Add &amp;line</source>
        <translation>&amp;Position hinzufügen</translation>
    </message>
    <message>
        <source>Re&amp;move line</source>
        <translation>Position ent&amp;fernen</translation>
    </message>
    <message>
        <source>Remove the selected line</source>
        <translation>Ausgewählte Position entfernen</translation>
    </message>
    <message>
        <source>Lines: problem</source>
        <translation>Positionen: Problem</translation>
    </message>
    <message>
        <source>New order amount</source>
        <translation>Neuer Bestellbetrag</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>Be&amp;schreibung</translation>
    </message>
    <message>
        <source>Why the order changed, for the customer.</source>
        <translation>Warum sich die Bestellung geändert hat, für den Kunden.</translation>
    </message>
    <message>
        <source>this payment method</source>
        <translation>diese Zahlungsart</translation>
    </message>
    <message>
        <source>A higher amount needs Klarna&apos;s approval ({method}): Klarna checks the customer again and may refuse.</source>
        <translation>Ein höherer Betrag erfordert Klarnas Zustimmung ({method}): Klarna prüft den Kunden erneut und kann ablehnen.</translation>
    </message>
    <message>
        <source>Klarna does not allow a higher amount for {method} orders from {country}: lower it, or ask the customer to place a new order for the extra items.</source>
        <translation>Klarna erlaubt bei Bestellungen mit {method} aus {country} keinen höheren Betrag: Senken Sie ihn oder bitten Sie den Kunden, für die zusätzlichen Artikel eine neue Bestellung aufzugeben.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>An order needs at least one line.</source>
        <translation>Eine Bestellung braucht mindestens eine Position.</translation>
    </message>
    <message>
        <source>Line {line}: name is empty; every line needs one.</source>
        <translation>Position {line}: Der Name ist leer; jede Position braucht einen.</translation>
    </message>
    <message>
        <source>Change a line, add one or remove one.</source>
        <translation>Ändern Sie eine Position, fügen Sie eine hinzu oder entfernen Sie eine.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Klarna checks the customer again and may refuse the higher amount.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Klarna prüft den Kunden erneut und kann den höheren Betrag ablehnen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Raise order {order} from {old} to {new}?</source>
        <translation>Bestellung {order} von {old} auf {new} erhöhen?</translation>
    </message>
    <message>
        <source>Lower order {order} from {old} to {new}?</source>
        <translation>Bestellung {order} von {old} auf {new} senken?</translation>
    </message>
    <message>
        <source>Set amount to {amount}</source>
        <translation>Betrag auf {amount} setzen</translation>
    </message>
</context>
</TS>
