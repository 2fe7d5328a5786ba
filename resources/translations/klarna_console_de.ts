<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
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
</TS>
