<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AboutDialog</name>
    <message>
        <source>this program</source>
        <translation>dit programma</translation>
    </message>
    <message>
        <source>the runtime</source>
        <translation>de runtime</translation>
    </message>
    <message>
        <source>Qt for Python: the window</source>
        <translation>Qt for Python: het venster</translation>
    </message>
    <message>
        <source>Qt for Python&apos;s binding layer</source>
        <translation>bindingslaag van Qt for Python</translation>
    </message>
    <message>
        <source>asyncio on Qt&apos;s event loop</source>
        <translation>asyncio op de eventloop van Qt</translation>
    </message>
    <message>
        <source>HTTP client</source>
        <translation>HTTP-client</translation>
    </message>
    <message>
        <source>HTTP transport</source>
        <translation>HTTP-transport</translation>
    </message>
    <message>
        <source>HTTP/1.1</source>
        <translation>HTTP/1.1</translation>
    </message>
    <message>
        <source>async I/O</source>
        <translation>asynchrone I/O</translation>
    </message>
    <message>
        <source>CA certificates</source>
        <translation>CA-certificaten</translation>
    </message>
    <message>
        <source>international domain names</source>
        <translation>internationale domeinnamen</translation>
    </message>
    <message>
        <source>which async library runs (used by httpcore)</source>
        <translation>welke async-bibliotheek draait (voor httpcore)</translation>
    </message>
    <message>
        <source>typed models and JSON</source>
        <translation>getypeerde modellen en JSON</translation>
    </message>
    <message>
        <source>where files go</source>
        <translation>waar bestanden worden opgeslagen</translation>
    </message>
    <message>
        <source>the sandbox&apos;s web framework</source>
        <translation>webframework van de sandbox</translation>
    </message>
    <message>
        <source>the sandbox&apos;s web server</source>
        <translation>webserver van de sandbox</translation>
    </message>
    <message>
        <source>uvicorn&apos;s command line</source>
        <translation>opdrachtregel van uvicorn</translation>
    </message>
    <message>
        <source>typing back-ports</source>
        <translation>typing-backports</translation>
    </message>
    <message>
        <source>PostgreSQL driver (team mode)</source>
        <translation>PostgreSQL-driver (teammodus)</translation>
    </message>
    <message>
        <source>number, currency and date formats per locale (Unicode CLDR data)</source>
        <translation>getal-, valuta- en datumnotaties per taal (Unicode CLDR-gegevens)</translation>
    </message>
    <message>
        <source>PostgreSQL&apos;s client library, libpq (team mode)</source>
        <translation>clientbibliotheek van PostgreSQL, libpq (teammodus)</translation>
    </message>
    <message>
        <source>Libraries from the build system</source>
        <translation>Bibliotheken uit het buildsysteem</translation>
    </message>
    <message>
        <source>X11, fonts, TLS, SQLite, D-Bus (Linux bundle)</source>
        <translation>X11, lettertypen, TLS, SQLite, D-Bus (Linux-bundel)</translation>
    </message>
    <message>
        <source>various: see each copyright file</source>
        <translation>diverse: zie het copyrightbestand van elk onderdeel</translation>
    </message>
    <message>
        <source>{component} is licensed under {licence}; its licence text was not found next to this installation.</source>
        <translation>{component} valt onder de licentie {licence}; de licentietekst is niet gevonden bij deze installatie.</translation>
    </message>
    <message>
        <source>About Klarna Order Console</source>
        <translation>Over Klarna Order Console</translation>
    </message>
    <message>
        <source>Manage Klarna orders after the purchase through the Order Management API v1.&lt;br&gt;{versions}&lt;br&gt;MIT licence. Not made or endorsed by Klarna.</source>
        <translation>Klarna-bestellingen na de aankoop beheren via de Order Management API v1.&lt;br&gt;{versions}&lt;br&gt;MIT-licentie. Niet gemaakt of goedgekeurd door Klarna.</translation>
    </message>
    <message>
        <source>Bundled components and their licences</source>
        <translation>Meegeleverde onderdelen en hun licenties</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Onderdeel</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versie</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licentie</translation>
    </message>
    <message>
        <source>Used for</source>
        <translation>Gebruikt voor</translation>
    </message>
    <message>
        <source>Licence text</source>
        <translation>Licentietekst</translation>
    </message>
    <message>
        <source>Qt and PySide6 are used under the LGPL v3: they are shipped as separate shared libraries, which you may replace with your own build of the same version.</source>
        <translation>Qt en PySide6 worden gebruikt onder de LGPL v3: ze worden meegeleverd als afzonderlijke gedeelde bibliotheken, die u kunt vervangen door uw eigen build van dezelfde versie.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Licence texts from {count} files under {folder}</source>
        <translation>Licentieteksten uit {count} bestanden in {folder}</translation>
    </message>
    <message>
        <source>Licence text from {folders}</source>
        <translation>Licentietekst uit {folders}</translation>
    </message>
</context>
<context>
    <name>AcknowledgeDialog</name>
    <message>
        <source>&amp;Acknowledge</source>
        <translation>Ontvangst &amp;bevestigen</translation>
    </message>
    <message>
        <source>For Klarna Checkout and Kustom orders: until an order is acknowledged, Klarna keeps sending its push notification to the shop (for up to 48 hours). Acknowledging twice changes nothing.</source>
        <translation>Voor Klarna Checkout- en Kustom-bestellingen: zolang de ontvangst van een bestelling niet is bevestigd, blijft Klarna de pushmelding naar de winkel sturen (tot 48 uur lang). Twee keer bevestigen verandert niets.</translation>
    </message>
    <message>
        <source>&lt;p&gt;A capture acknowledges the order too.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Een vastlegging bevestigt ook de ontvangst van de bestelling.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <source>{action} — order {order}</source>
        <translation>{action} – bestelling {order}</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Versturen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Order {order}</source>
        <translation>Bestelling {order}</translation>
    </message>
    <message>
        <source>{action} on order {order}?</source>
        <translation>{action} – bestelling {order}?</translation>
    </message>
    <message>
        <source>Klarna accepts at most {amount}</source>
        <translation>Klarna accepteert maximaal {amount}</translation>
    </message>
    <message>
        <source>&amp;Capture</source>
        <translation>&amp;Vastlegging</translation>
    </message>
    <message>
        <source>{field}: problem</source>
        <translation>{field}: probleem</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Bestelling</translation>
    </message>
    <message>
        <source>Profile {profile}</source>
        <translation>Profiel {profile}</translation>
    </message>
    <message>
        <source>READ-ONLY</source>
        <translation>ALLEEN-LEZEN</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Probleem</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Wat er is gebeurd</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Versturen</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Opnieuw proberen</translation>
    </message>
    <message>
        <source>Retry with the same idempotency key</source>
        <translation>Opnieuw proberen met dezelfde idempotentiesleutel</translation>
    </message>
    <message>
        <source>Close this dialog</source>
        <translation>Dit venster sluiten</translation>
    </message>
    <message>
        <source>This profile is open in another window; only that window may send.</source>
        <translation>Dit profiel is in een ander venster geopend; alleen dat venster mag versturen.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>An earlier {what} on this order (started {started}, journal entry {entry}) never got an answer, and its key is over 23 hours old: Klarna may have forgotten it, so it cannot be sent again safely. Check with Klarna whether it was applied.</source>
        <translation>Een eerder verzoek voor deze bestelling ({what}, gestart {started}, journaalpost {entry}) heeft nooit antwoord gekregen en de sleutel is ouder dan 23 uur: Klarna kan hem vergeten zijn, dus het kan niet veilig opnieuw worden verstuurd. Controleer bij Klarna of het is uitgevoerd.</translation>
    </message>
    <message>
        <source>An earlier {what} by {agent} on this order (started {started}, journal entry {entry}) has no answer from Klarna yet. Nothing new is sent while it is open: send it again with the same key (Klarna applies it at most once), or check with Klarna.</source>
        <translation>Een eerder verzoek voor deze bestelling ({what} door {agent}, gestart {started}, journaalpost {entry}) heeft nog geen antwoord van Klarna. Zolang het openstaat, wordt niets nieuws verstuurd: verstuur het opnieuw met dezelfde sleutel (Klarna voert het hoogstens één keer uit) of controleer bij Klarna.</translation>
    </message>
    <message>
        <source>An earlier {what} on this order (started {started}, journal entry {entry}) has no answer from Klarna yet. Nothing new is sent while it is open: send it again with the same key (Klarna applies it at most once), or check with Klarna.</source>
        <translation>Een eerder verzoek voor deze bestelling ({what}, gestart {started}, journaalpost {entry}) heeft nog geen antwoord van Klarna. Zolang het openstaat, wordt niets nieuws verstuurd: verstuur het opnieuw met dezelfde sleutel (Klarna voert het hoogstens één keer uit) of controleer bij Klarna.</translation>
    </message>
    <message>
        <source>A {what} was made {ago} by {agent} on order {order}. {action} again?</source>
        <translation>Een verzoek ({what}) is {ago} door {agent} voor bestelling {order} verstuurd. Opnieuw uitvoeren: {action}?</translation>
    </message>
    <message>
        <source>A {what} was made {ago} from this profile on order {order}. {action} again?</source>
        <translation>Een verzoek ({what}) is {ago} vanuit dit profiel voor bestelling {order} verstuurd. Opnieuw uitvoeren: {action}?</translation>
    </message>
    <message>
        <source>&lt;p&gt;{request} would be a second, separate one.&lt;/p&gt;</source>
        <translation>&lt;p&gt;{request} zou een tweede, afzonderlijk verzoek zijn.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>{action} again</source>
        <translation>{action} (opnieuw)</translation>
    </message>
    <message>
        <source>a capture of {amount} ({when})</source>
        <translation>een vastlegging van {amount} ({when})</translation>
    </message>
    <message>
        <source>a refund of {amount} ({when})</source>
        <translation>een terugbetaling van {amount} ({when})</translation>
    </message>
    <message>
        <source>Nothing was sent: since this dialog opened, Klarna&apos;s order has {news}, made elsewhere. The amounts now shown include it; check them and send again.</source>
        <translation>Er is niets verstuurd: sinds dit venster is geopend, heeft de bestelling bij Klarna elders nieuwe wijzigingen gekregen ({news}). De getoonde bedragen houden daar nu rekening mee; controleer ze en verstuur opnieuw.</translation>
    </message>
    <message>
        <source>The earlier {what} is closed as not applied. A new one may be sent now.</source>
        <translation>Het eerdere verzoek ({what}) is gesloten als niet uitgevoerd. Er mag nu een nieuw worden verstuurd.</translation>
    </message>
    <message>
        <source>Klarna has the earlier {what} ({id}): it is recorded as done. Nothing was sent again.</source>
        <translation>Klarna heeft het eerdere verzoek ({what}, {id}): het is als uitgevoerd vastgelegd in het journaal. Er is niets opnieuw verstuurd.</translation>
    </message>
    <message>
        <source>Klarna has the earlier {what}: it is recorded as done. Nothing was sent again.</source>
        <translation>Klarna heeft het eerdere verzoek ({what}): het is als uitgevoerd vastgelegd in het journaal. Er is niets opnieuw verstuurd.</translation>
    </message>
    <message>
        <source>Klarna&apos;s order shows no {what} made after {started}. If you are sure it was not applied (for example, you checked the Merchant Portal), close it with a note; then a new one can be sent.</source>
        <translation>De bestelling bij Klarna toont na {started} geen dergelijk verzoek ({what}). Als u zeker weet dat het niet is uitgevoerd (u hebt bijvoorbeeld in het Merchant Portal gekeken), sluit het dan af met een notitie; daarna kan een nieuw worden verstuurd.</translation>
    </message>
    <message>
        <source>Klarna could not be reached</source>
        <translation>Klarna was niet bereikbaar</translation>
    </message>
    <message>
        <source>Nothing was sent: the order could not be read from Klarna first. {error}</source>
        <translation>Er is niets verstuurd: de bestelling kon niet eerst bij Klarna worden opgehaald. {error}</translation>
    </message>
    <message>
        <source>Retrying with the same idempotency key…</source>
        <translation>Opnieuw proberen met dezelfde idempotentiesleutel…</translation>
    </message>
    <message>
        <source>Sending to Klarna…</source>
        <translation>Versturen naar Klarna…</translation>
    </message>
    <message>
        <source>{request}: done on order {order}.</source>
        <translation>{request}: uitgevoerd voor bestelling {order}.</translation>
    </message>
    <message>
        <source>Klarna did not answer{reason}. The request may have been applied. Retry sends it again with the same idempotency key ({key}…), so Klarna applies it at most once. If you close this dialog, the console sends it again by itself at {time} (Klarna&apos;s schedule: after 5 seconds, 5 minutes and 5 hours, with the same key).</source>
        <translation>Klarna heeft niet geantwoord{reason}. Het verzoek is mogelijk uitgevoerd. Opnieuw proberen verstuurt het met dezelfde idempotentiesleutel ({key}…), zodat Klarna het hoogstens één keer uitvoert. Als u dit venster sluit, verstuurt de console het om {time} zelf opnieuw (schema van Klarna: na 5 seconden, 5 minuten en 5 uur, met dezelfde sleutel).</translation>
    </message>
    <message>
        <source>Klarna did not answer{reason}. The request may have been applied. Retry sends it again with the same idempotency key ({key}…), so Klarna applies it at most once. If you close this dialog, the console sends it again by itself (Klarna&apos;s schedule: after 5 seconds, 5 minutes and 5 hours, with the same key).</source>
        <translation>Klarna heeft niet geantwoord{reason}. Het verzoek is mogelijk uitgevoerd. Opnieuw proberen verstuurt het met dezelfde idempotentiesleutel ({key}…), zodat Klarna het hoogstens één keer uitvoert. Als u dit venster sluit, verstuurt de console het zelf opnieuw (schema van Klarna: na 5 seconden, 5 minuten en 5 uur, met dezelfde sleutel).</translation>
    </message>
    <message>
        <source>Nothing was sent: the journal could not be written ({error}). Every write is journaled before it is sent; free the disk or fix the file, then try again.</source>
        <translation>Er is niets verstuurd: het journaal kon niet worden geschreven ({error}). Elke wijziging wordt in het journaal vastgelegd voordat ze wordt verstuurd; maak schijfruimte vrij of herstel het bestand en probeer het daarna opnieuw.</translation>
    </message>
    <message>
        <source>The request was sent, but its answer could not be journaled ({error}). The console sends it again with the same key when the journal works again.</source>
        <translation>Het verzoek is verstuurd, maar het antwoord kon niet in het journaal worden vastgelegd ({error}). De console verstuurt het opnieuw met dezelfde sleutel zodra het journaal weer werkt.</translation>
    </message>
    <message>
        <source>Something went wrong while sending: {error}. Check the order&apos;s History tab before you try again.</source>
        <translation>Er ging iets mis bij het versturen: {error}. Bekijk het tabblad Geschiedenis van de bestelling voordat u het opnieuw probeert.</translation>
    </message>
</context>
<context>
    <name>ActionDialogs</name>
    <message>
        <source>This profile is open in another window; only that window may send.</source>
        <translation>Dit profiel is in een ander venster geopend; alleen dat venster mag versturen.</translation>
    </message>
    <message>
        <source>{action}: not possible. {reason}</source>
        <translation>{action}: niet mogelijk. {reason}</translation>
    </message>
    <message>
        <source>Bulk actions: not possible. {reason}</source>
        <translation>Bulkacties: niet mogelijk. {reason}</translation>
    </message>
    <message>
        <source>Select the orders in the results table first: Ctrl + click adds an order, Shift + click or Shift + arrow keys a range, Ctrl+A all of them.</source>
        <translation>Selecteer eerst de bestellingen in de resultatentabel: Ctrl + klik voegt een bestelling toe, Shift + klik of Shift + pijltoetsen een reeks, Ctrl+A alle bestellingen.</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>Capture</source>
        <translation>Vastleggen</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Terugbetalen</translation>
    </message>
    <message>
        <source>Cancel order</source>
        <translation>Bestelling annuleren</translation>
    </message>
    <message>
        <source>Release remaining authorization</source>
        <translation>Resterende autorisatie vrijgeven</translation>
    </message>
    <message>
        <source>Extend authorization time</source>
        <translation>Autorisatietermijn verlengen</translation>
    </message>
    <message>
        <source>Update order amount</source>
        <translation>Orderbedrag wijzigen</translation>
    </message>
    <message>
        <source>Edit shipping address</source>
        <translation>Verzendadres bewerken</translation>
    </message>
    <message>
        <source>Update merchant references</source>
        <translation>Winkelreferenties wijzigen</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Ontvangst bevestigen</translation>
    </message>
    <message>
        <source>Add shipping info</source>
        <translation>Verzendgegevens toevoegen</translation>
    </message>
    <message>
        <source>Add shipping info to capture</source>
        <translation>Verzendgegevens aan vastlegging toevoegen</translation>
    </message>
    <message>
        <source>Resend customer communication</source>
        <translation>Klantbericht opnieuw versturen</translation>
    </message>
    <message>
        <source>Extend due date</source>
        <translation>Vervaldatum verlengen</translation>
    </message>
    <message>
        <source>{action} {amount}</source>
        <translation>{action} {amount}</translation>
    </message>
    <message>
        <source>{action} by {days} days</source>
        <translation>{action} met {days} dagen</translation>
    </message>
</context>
<context>
    <name>ActionsController</name>
    <message>
        <source>{action} succeeded</source>
        <translation>{action}: gelukt</translation>
    </message>
</context>
<context>
    <name>AddressDialog</name>
    <message>
        <source>Title</source>
        <translation>Aanhef</translation>
    </message>
    <message>
        <source>&amp;Given name</source>
        <translation>&amp;Voornaam</translation>
    </message>
    <message>
        <source>&amp;Family name</source>
        <translation>&amp;Achternaam</translation>
    </message>
    <message>
        <source>&amp;Organization</source>
        <translation>&amp;Organisatie</translation>
    </message>
    <message>
        <source>A&amp;ttention</source>
        <translation>&amp;T.a.v.</translation>
    </message>
    <message>
        <source>&amp;Street address</source>
        <translation>Straat en &amp;huisnummer</translation>
    </message>
    <message>
        <source>Street address &amp;2</source>
        <translation>Adresregel &amp;2</translation>
    </message>
    <message>
        <source>&amp;Postal code</source>
        <translation>&amp;Postcode</translation>
    </message>
    <message>
        <source>C&amp;ity</source>
        <translation>P&amp;laats</translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <translation>P&amp;rovincie/regio</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>Tele&amp;foon</translation>
    </message>
    <message>
        <source>Attn: {name}</source>
        <translation>T.a.v. {name}</translation>
    </message>
    <message>
        <source>Sa&amp;ve address</source>
        <translation>Adres op&amp;slaan</translation>
    </message>
    <message>
        <source>Shipping address</source>
        <translation>Verzendadres</translation>
    </message>
    <message>
        <source>An order ships to the country it was bought in.</source>
        <translation>Een bestelling wordt verzonden naar het land waar ze is gekocht.</translation>
    </message>
    <message>
        <source>Billing address (read-only)</source>
        <translation>Factuuradres (alleen-lezen)</translation>
    </message>
    <message>
        <source>Billing address</source>
        <translation>Factuuradres</translation>
    </message>
    <message>
        <source>{reason}. Klarna approved the purchase for this address, so a merchant cannot change it.</source>
        <translation>{reason}. Klarna heeft de aankoop voor dit adres goedgekeurd, dus een winkel kan het niet wijzigen.</translation>
    </message>
    <message>
        <source>Klarna re-assesses the purchase with the new address and may refuse it. An emptied field is cleared at Klarna.</source>
        <translation>Klarna beoordeelt de aankoop opnieuw met het nieuwe adres en kan deze weigeren. Een leeggemaakt veld wordt bij Klarna gewist.</translation>
    </message>
    <message>
        <source>Required: Klarna does not let this field be cleared.</source>
        <translation>Verplicht: Klarna staat niet toe dat dit veld wordt leeggemaakt.</translation>
    </message>
    <message>
        <source>Required for addresses in the United States.</source>
        <translation>Verplicht voor adressen in de Verenigde Staten.</translation>
    </message>
    <message>
        <source>Enter an e-mail address such as name@example.com.</source>
        <translation>Voer een e-mailadres in, zoals naam@example.com.</translation>
    </message>
    <message>
        <source>Change a field of the shipping address to save it.</source>
        <translation>Wijzig een veld van het verzendadres om het op te slaan.</translation>
    </message>
</context>
<context>
    <name>BulkDialog</name>
    <message>
        <source>succeeded</source>
        <translation>gelukt</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>geweigerd</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>mislukt</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>niet verstuurd</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>overgeslagen</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Controle</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Voorbeeld</translation>
    </message>
    <message>
        <source>Orders in this run</source>
        <translation>Bestellingen in deze run</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Voortgang</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>Requests go as fast as Klarna&apos;s rate limit allows, as Klarna announces it in each answer, with a margin. Stop ends the run after the requests already sent; running the same selection again later skips what succeeded.</source>
        <translation>Verzoeken gaan zo snel als de rate limit van Klarna toestaat, zoals Klarna die in elk antwoord meldt, met een marge. Stoppen beëindigt de run na de verzoeken die al zijn verstuurd; als u dezelfde selectie later opnieuw uitvoert, wordt overgeslagen wat gelukt is.</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Outcome per order</source>
        <translation>Resultaat per bestelling</translation>
    </message>
    <message>
        <source>&amp;Save report as CSV…</source>
        <translation>Rapport als CSV op&amp;slaan…</translation>
    </message>
    <message>
        <source>Run &amp;again</source>
        <translation>Opnieuw &amp;uitvoeren</translation>
    </message>
    <message>
        <source>Run again: skip what succeeded, retry the rest</source>
        <translation>Opnieuw uitvoeren: gelukte overslaan, de rest opnieuw proberen</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Versturen</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stoppen</translation>
    </message>
    <message>
        <source>Stop after the requests in flight</source>
        <translation>Stoppen na de verzoeken die onderweg zijn</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Close this dialog</source>
        <translation>Dit venster sluiten</translation>
    </message>
    <message>
        <source>skip: done before</source>
        <translation>overslaan: al gedaan</translation>
    </message>
    <message>
        <source>not allowed</source>
        <translation>niet toegestaan</translation>
    </message>
    <message>
        <source>resume (same key)</source>
        <translation>hervatten (zelfde sleutel)</translation>
    </message>
    <message>
        <source>send</source>
        <translation>versturen</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <source>Expires now</source>
        <translation>Verloopt nu</translation>
    </message>
    <message>
        <source>After extending</source>
        <translation>Na verlenging</translation>
    </message>
    <message>
        <source>Klarna ref</source>
        <translation>Klarna-ref.</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>Will</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>Why not</source>
        <translation>Waarom niet</translation>
    </message>
    <message>
        <source>Merchant ref</source>
        <translation>Winkelref.</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <source>Error code</source>
        <translation>Foutcode</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Correlation id</source>
        <translation>Correlatie-ID</translation>
    </message>
    <message>
        <source>&lt;p&gt;Total to capture: &lt;b&gt;{total}&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;Totaal vast te leggen: &lt;b&gt;{total}&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Nothing to send</source>
        <translation>Niets te versturen</translation>
    </message>
    <message>
        <source>&lt;p&gt;Total: &lt;b&gt;{total}&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;Totaal: &lt;b&gt;{total}&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation>{done} van {total}</translation>
    </message>
    <message>
        <source>Klarna asked to slow down: waiting {seconds} s</source>
        <translation>Klarna vroeg om te vertragen: {seconds} s wachten</translation>
    </message>
    <message>
        <source>Reading the orders back from Klarna…</source>
        <translation>Bestellingen opnieuw ophalen bij Klarna…</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>Opgeslagen in {path}</translation>
    </message>
    <message>
        <source>Stopping after the requests already sent…</source>
        <translation>Stoppen na de verzoeken die al zijn verstuurd…</translation>
    </message>
    <message>
        <source>{code} × {count}</source>
        <translation>{code} × {count}</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:#b91c1c;&apos;&gt;&lt;b&gt;The run stopped: the journal could not be written ({error}).&lt;/b&gt; Nothing is sent without its journal entry; what was sent is listed below.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#b91c1c;&apos;&gt;&lt;b&gt;De run is gestopt: het journaal kon niet worden geschreven ({error}).&lt;/b&gt; Zonder journaalpost wordt niets verstuurd; wat wel is verstuurd, staat hieronder.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Bulk run: {succeeded} captured, {refused} refused, {failed} failed.</source>
        <translation>Bulkactie: {succeeded} vastgelegd, {refused} geweigerd, {failed} mislukt.</translation>
    </message>
    <message>
        <source>Bulk run: {succeeded} extended, {refused} refused, {failed} failed.</source>
        <translation>Bulkactie: {succeeded} verlengd, {refused} geweigerd, {failed} mislukt.</translation>
    </message>
    <message>
        <source>The bulk run stopped: {error}. Check the orders&apos; History.</source>
        <translation>De bulkactie is gestopt: {error}. Bekijk de geschiedenis van de bestellingen.</translation>
    </message>
    <message>
        <source>Save the report as CSV</source>
        <translation>Rapport als CSV opslaan</translation>
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
        <translation>Bestelling &amp;annuleren…</translation>
    </message>
    <message>
        <source>&amp;Keep the order</source>
        <translation>Bestelling &amp;behouden</translation>
    </message>
    <message>
        <source>Order amount</source>
        <translation>Orderbedrag</translation>
    </message>
    <message>
        <source>Still authorized</source>
        <translation>Nog geautoriseerd</translation>
    </message>
    <message>
        <source>&lt;p&gt;Cancelling releases the whole authorization: the customer is not charged, and the order can no longer be captured, changed or extended. This cannot be undone.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Annuleren geeft de volledige autorisatie vrij: de klant betaalt niets en de bestelling kan niet meer worden vastgelegd, gewijzigd of verlengd. Dit kan niet ongedaan worden gemaakt.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;{customer} will not be charged {amount}.&lt;/p&gt;</source>
        <translation>&lt;p&gt;{customer} hoeft {amount} niet te betalen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The customer will not be charged {amount}.&lt;/p&gt;</source>
        <translation>&lt;p&gt;De klant hoeft {amount} niet te betalen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Cancel order {order} and release {amount}?</source>
        <translation>Bestelling {order} annuleren en {amount} vrijgeven?</translation>
    </message>
    <message>
        <source>Cancel order, release {amount}</source>
        <translation>Annuleren, {amount} vrijgeven</translation>
    </message>
</context>
<context>
    <name>CaptureDialog</name>
    <message>
        <source>&amp;Capture…</source>
        <translation>&amp;Vastleggen…</translation>
    </message>
    <message>
        <source>Order amount</source>
        <translation>Orderbedrag</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>Vastgelegd</translation>
    </message>
    <message>
        <source>Remaining to capture</source>
        <translation>Nog vast te leggen</translation>
    </message>
    <message>
        <source>How much to capture</source>
        <translation>Hoeveel vastleggen</translation>
    </message>
    <message>
        <source>The &amp;remaining amount</source>
        <translation>Het &amp;resterende bedrag</translation>
    </message>
    <message>
        <source>&amp;Part of it, by amount</source>
        <translation>Een &amp;deel, op bedrag</translation>
    </message>
    <message>
        <source>By &amp;lines and quantities</source>
        <translation>Op re&amp;gels en aantallen</translation>
    </message>
    <message>
        <source>Amount to capture</source>
        <translation>Vast te leggen bedrag</translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation>&amp;Bedrag</translation>
    </message>
    <message>
        <source>Each capture becomes its own invoice or payment instruction for the customer.</source>
        <translation>Elke vastlegging wordt een eigen factuur of betaalinstructie voor de klant.</translation>
    </message>
    <message>
        <source>Lines to capture</source>
        <translation>Vast te leggen regels</translation>
    </message>
    <message>
        <source>Lines: problem</source>
        <translation>Regels: probleem</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Omschrijving</translation>
    </message>
    <message>
        <source>Shown to the customer.</source>
        <translation>Zichtbaar voor de klant.</translation>
    </message>
    <message>
        <source>Re&amp;ference</source>
        <translation>Re&amp;ferentie</translation>
    </message>
    <message>
        <source>Appears in your settlement files.</source>
        <translation>Verschijnt in uw afrekeningsbestanden.</translation>
    </message>
    <message>
        <source>Shipments sent with this capture (optional)</source>
        <translation>Zendingen bij deze vastlegging (optioneel)</translation>
    </message>
    <message>
        <source>The &amp;remaining amount ({amount})</source>
        <translation>Het &amp;resterende bedrag ({amount})</translation>
    </message>
    <message>
        <source>Pick at least one unit of a line to capture.</source>
        <translation>Kies ten minste één eenheid van een regel om vast te leggen.</translation>
    </message>
    <message>
        <source>Klarna charges {customer} {amount} and starts the payout to you and the customer&apos;s billing.</source>
        <translation>Klarna brengt {customer} {amount} in rekening en start de uitbetaling aan u en de facturering aan de klant.</translation>
    </message>
    <message>
        <source>Klarna charges the customer {amount} and starts the payout to you and the customer&apos;s billing.</source>
        <translation>Klarna brengt de klant {amount} in rekening en start de uitbetaling aan u en de facturering aan de klant.</translation>
    </message>
    <message>
        <source>That is everything still authorized.</source>
        <translation>Dat is alles wat nog geautoriseerd is.</translation>
    </message>
    <message>
        <source>{amount} stays authorized for later captures.</source>
        <translation>{amount} blijft geautoriseerd voor latere vastleggingen.</translation>
    </message>
    <message>
        <source>Capture {amount} on order {order}?</source>
        <translation>{amount} vastleggen voor bestelling {order}?</translation>
    </message>
    <message>
        <source>Capture {amount}</source>
        <translation>{amount} vastleggen</translation>
    </message>
</context>
<context>
    <name>Confirmation</name>
    <message>
        <source>&lt;p style=&apos;color:#b91c1c; font-weight:600;&apos;&gt;PRODUCTION: this is a real Klarna account; real money moves and the customer is told.&lt;/p&gt;&lt;p&gt;Profile &lt;b&gt;{profile}&lt;/b&gt; · {environment}&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#b91c1c; font-weight:600;&apos;&gt;PRODUCTIE: dit is een echt Klarna-account; er wordt echt geld verplaatst en de klant wordt op de hoogte gebracht.&lt;/p&gt;&lt;p&gt;Profiel &lt;b&gt;{profile}&lt;/b&gt; · {environment}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Profile &lt;b&gt;{profile}&lt;/b&gt; · {environment}: simulated on this computer, no real money.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Profiel &lt;b&gt;{profile}&lt;/b&gt; · {environment}: gesimuleerd op deze computer, geen echt geld.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Profile &lt;b&gt;{profile}&lt;/b&gt; · {environment}: Klarna&apos;s test environment.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Profiel &lt;b&gt;{profile}&lt;/b&gt; · {environment}: de testomgeving van Klarna.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <source>Go back without sending</source>
        <translation>Terug zonder te versturen</translation>
    </message>
</context>
<context>
    <name>CsvColumns</name>
    <message>
        <source>order_id</source>
        <translation>order_id</translation>
    </message>
    <message>
        <source>klarna_reference</source>
        <translation>klarna_referentie</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>fraud_status</source>
        <translation>fraudestatus</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>valuta</translation>
    </message>
    <message>
        <source>order_amount</source>
        <translation>orderbedrag</translation>
    </message>
    <message>
        <source>captured_amount</source>
        <translation>vastgelegd_bedrag</translation>
    </message>
    <message>
        <source>refunded_amount</source>
        <translation>terugbetaald_bedrag</translation>
    </message>
    <message>
        <source>remaining_amount</source>
        <translation>resterend_bedrag</translation>
    </message>
    <message>
        <source>created_at</source>
        <translation>aangemaakt_op</translation>
    </message>
    <message>
        <source>expires_at</source>
        <translation>verloopt_op</translation>
    </message>
    <message>
        <source>merchant_reference1</source>
        <translation>winkelreferentie1</translation>
    </message>
    <message>
        <source>merchant_reference2</source>
        <translation>winkelreferentie2</translation>
    </message>
    <message>
        <source>customer_name</source>
        <translation>klantnaam</translation>
    </message>
    <message>
        <source>email</source>
        <translation>e_mail</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>telefoon</translation>
    </message>
    <message>
        <source>postal_code</source>
        <translation>postcode</translation>
    </message>
</context>
<context>
    <name>CsvKinds</name>
    <message>
        <source>CSV for a spreadsheet, in your language&apos;s format (*.csv)</source>
        <translation>CSV voor een spreadsheet, in de notatie van uw taal (*.csv)</translation>
    </message>
    <message>
        <source>Plain CSV for programs (*.csv)</source>
        <translation>Eenvoudige CSV voor programma&apos;s (*.csv)</translation>
    </message>
</context>
<context>
    <name>DialogFields</name>
    <message>
        <source>Problem</source>
        <translation>Probleem</translation>
    </message>
</context>
<context>
    <name>DialogPanels</name>
    <message>
        <source>Error code</source>
        <translation>Foutcode</translation>
    </message>
    <message>
        <source>Error message</source>
        <translation>Foutmelding</translation>
    </message>
    <message>
        <source>Correlation id</source>
        <translation>Correlatie-ID</translation>
    </message>
    <message>
        <source>Copy correlation id</source>
        <translation>Correlatie-ID kopiëren</translation>
    </message>
    <message>
        <source>Klarna refused the request</source>
        <translation>Klarna heeft het verzoek geweigerd</translation>
    </message>
    <message>
        <source>{code} (HTTP {status})</source>
        <translation>{code} (HTTP {status})</translation>
    </message>
    <message>
        <source>Correlation id: {id}</source>
        <translation>Correlatie-ID: {id}</translation>
    </message>
    <message>
        <source>Capture</source>
        <translation>Vastlegging</translation>
    </message>
    <message>
        <source>{capture} · {when} · {amount}, {refunded} refunded</source>
        <translation>{capture} · {when} · {amount}, waarvan {refunded} terugbetaald</translation>
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
            <numerusform>%n regel komt op de factuur.</numerusform>
            <numerusform>%n regels komen op de factuur.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shipment(s) are reported with it.</source>
        <translation>
            <numerusform>%n zending wordt erbij gemeld.</numerusform>
            <numerusform>%n zendingen worden erbij gemeld.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;The order&apos;s lines are replaced by the %n shown.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;De regels van de bestelling worden vervangen door de %n getoonde regel.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;De regels van de bestelling worden vervangen door de %n getoonde regels.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days — fee {fee}</source>
        <translation>
            <numerusform>%n dag – kosten {fee}</numerusform>
            <numerusform>%n dagen – kosten {fee}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Extend the due date of capture {capture} (order {order}) by %n days, for a fee of {fee}?</source>
        <translation>
            <numerusform>Vervaldatum van vastlegging {capture} (bestelling {order}) met %n dag verlengen, tegen {fee} kosten?</numerusform>
            <numerusform>Vervaldatum van vastlegging {capture} (bestelling {order}) met %n dagen verlengen, tegen {fee} kosten?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;Klarna charges you {fee}. The new due date is %n days after the current one; {customer} gets longer to pay and is told by Klarna. (Klarna&apos;s API does not give the current due date, so the console cannot show it as a date.)&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;Klarna brengt u {fee} in rekening. De nieuwe vervaldatum ligt %n dag na de huidige; {customer} krijgt langer de tijd om te betalen en wordt door Klarna op de hoogte gebracht. (De API van Klarna geeft de huidige vervaldatum niet, dus de console kan die niet als datum tonen.)&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;Klarna brengt u {fee} in rekening. De nieuwe vervaldatum ligt %n dagen na de huidige; {customer} krijgt langer de tijd om te betalen en wordt door Klarna op de hoogte gebracht. (De API van Klarna geeft de huidige vervaldatum niet, dus de console kan die niet als datum tonen.)&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Extend by %n days, pay {fee}</source>
        <translation>
            <numerusform>Met %n dag verlengen, {fee} betalen</numerusform>
            <numerusform>Met %n dagen verlengen, {fee} betalen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Capture %n selected order(s) in full</source>
        <translation>
            <numerusform>%n geselecteerde bestelling volledig vastleggen</numerusform>
            <numerusform>%n geselecteerde bestellingen volledig vastleggen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Extend the authorization of %n selected order(s)</source>
        <translation>
            <numerusform>Autorisatie van %n geselecteerde bestelling verlengen</numerusform>
            <numerusform>Autorisatie van %n geselecteerde bestellingen verlengen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checking the %n selected order(s)…</source>
        <translation>
            <numerusform>%n geselecteerde bestelling controleren…</numerusform>
            <numerusform>%n geselecteerde bestellingen controleren…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;{allowed}&lt;/b&gt; of %n order(s) will be sent.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;{allowed}&lt;/b&gt; van %n bestelling wordt verstuurd.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;{allowed}&lt;/b&gt; van %n bestellingen worden verstuurd.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;{allowed}&lt;/b&gt; of %n order(s) will be sent ({resumed} resumed with their original keys).&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;{allowed}&lt;/b&gt; van %n bestelling wordt verstuurd ({resumed} hervat met de oorspronkelijke sleutel).&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;{allowed}&lt;/b&gt; van %n bestellingen worden verstuurd ({resumed} hervat met hun oorspronkelijke sleutels).&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;%n&lt;/b&gt; cannot be captured:&lt;/p&gt;&lt;ul&gt;{reasons}&lt;/ul&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;%n&lt;/b&gt; kan niet worden vastgelegd:&lt;/p&gt;&lt;ul&gt;{reasons}&lt;/ul&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;%n&lt;/b&gt; kunnen niet worden vastgelegd:&lt;/p&gt;&lt;ul&gt;{reasons}&lt;/ul&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;%n&lt;/b&gt; cannot be extended:&lt;/p&gt;&lt;ul&gt;{reasons}&lt;/ul&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;%n&lt;/b&gt; kan niet worden verlengd:&lt;/p&gt;&lt;ul&gt;{reasons}&lt;/ul&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;%n&lt;/b&gt; kunnen niet worden verlengd:&lt;/p&gt;&lt;ul&gt;{reasons}&lt;/ul&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;%n&lt;/b&gt; were already done before (by an earlier run or from the order&apos;s own dialog, as the journal shows) and are skipped.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;%n&lt;/b&gt; was al eerder gedaan (door een eerdere run of vanuit het eigen venster van de bestelling, zoals het journaal toont) en wordt overgeslagen.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;%n&lt;/b&gt; waren al eerder gedaan (door een eerdere run of vanuit het eigen venster van de bestelling, zoals het journaal toont) en worden overgeslagen.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Capture %n order(s)…</source>
        <translation>
            <numerusform>%n bestelling vastleggen…</numerusform>
            <numerusform>%n bestellingen vastleggen…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Extend %n order(s)…</source>
        <translation>
            <numerusform>%n bestelling verlengen…</numerusform>
            <numerusform>%n bestellingen verlengen…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Capture %n order(s) in full?</source>
        <translation>
            <numerusform>%n bestelling volledig vastleggen?</numerusform>
            <numerusform>%n bestellingen volledig vastleggen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Extend the authorization of %n order(s)?</source>
        <translation>
            <numerusform>Autorisatie van %n bestelling verlengen?</numerusform>
            <numerusform>Autorisatie van %n bestellingen verlengen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;%n selected order(s) are left out (not allowed).&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;%n geselecteerde bestelling wordt weggelaten (niet toegestaan).&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;%n geselecteerde bestellingen worden weggelaten (niet toegestaan).&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Capture %n order(s)</source>
        <translation>
            <numerusform>%n bestelling vastleggen</numerusform>
            <numerusform>%n bestellingen vastleggen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Extend %n order(s)</source>
        <translation>
            <numerusform>%n bestelling verlengen</numerusform>
            <numerusform>%n bestellingen verlengen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Capturing %n order(s)…</source>
        <translation>
            <numerusform>%n bestelling wordt vastgelegd…</numerusform>
            <numerusform>%n bestellingen worden vastgelegd…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Extending the authorization of %n order(s)…</source>
        <translation>
            <numerusform>Autorisatie van %n bestelling wordt verlengd…</numerusform>
            <numerusform>Autorisatie van %n bestellingen wordt verlengd…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) sent in the last second (Klarna allows {limit} a second; pacing at {rate})</source>
        <translation>
            <numerusform>%n verzoek verstuurd in de laatste seconde (Klarna staat {limit} per seconde toe; tempo {rate})</numerusform>
            <numerusform>%n verzoeken verstuurd in de laatste seconde (Klarna staat {limit} per seconde toe; tempo {rate})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) sent in the last second (pacing at {rate} until Klarna announces its limit)</source>
        <translation>
            <numerusform>%n verzoek verstuurd in de laatste seconde (tempo {rate} tot Klarna de limiet meldt)</numerusform>
            <numerusform>%n verzoeken verstuurd in de laatste seconde (tempo {rate} tot Klarna de limiet meldt)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answered 429</source>
        <translation>
            <numerusform>%n beantwoord met 429</numerusform>
            <numerusform>%n beantwoord met 429</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;%n&lt;/b&gt; captured.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;%n&lt;/b&gt; vastgelegd.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;%n&lt;/b&gt; vastgelegd.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;%n&lt;/b&gt; extended.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;%n&lt;/b&gt; verlengd.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;%n&lt;/b&gt; verlengd.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;%n&lt;/b&gt; refused by Klarna: {codes}&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;%n&lt;/b&gt; geweigerd door Klarna: {codes}&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;%n&lt;/b&gt; geweigerd door Klarna: {codes}&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;%n&lt;/b&gt; not allowed, so not sent: {codes}&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;%n&lt;/b&gt; niet toegestaan, dus niet verstuurd: {codes}&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;%n&lt;/b&gt; niet toegestaan, dus niet verstuurd: {codes}&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;%n&lt;/b&gt; failed.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;%n&lt;/b&gt; mislukt.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;%n&lt;/b&gt; mislukt.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;%n&lt;/b&gt; got no answer (Run again resumes them with their keys).&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;%n&lt;/b&gt; kreeg geen antwoord (Opnieuw uitvoeren hervat ze met hun sleutel).&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;%n&lt;/b&gt; kregen geen antwoord (Opnieuw uitvoeren hervat ze met hun sleutels).&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;%n&lt;/b&gt; were not sent (stopped).&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;%n&lt;/b&gt; is niet verstuurd (gestopt).&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;%n&lt;/b&gt; zijn niet verstuurd (gestopt).&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;%n&lt;/b&gt; were done before or by another window, so not sent again.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;%n&lt;/b&gt; was al eerder of door een ander venster gedaan, dus niet opnieuw verstuurd.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;%n&lt;/b&gt; waren al eerder of door een ander venster gedaan, dus niet opnieuw verstuurd.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln order(s) to {path}.</source>
        <translation>
            <numerusform>%Ln bestelling geëxporteerd naar {path}.</numerusform>
            <numerusform>%Ln bestellingen geëxporteerd naar {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order id(s) found.</source>
        <translation>
            <numerusform>%n order-ID gevonden.</numerusform>
            <numerusform>%n order-ID&apos;s gevonden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) without an order id will be skipped.</source>
        <translation>
            <numerusform>%n regel zonder order-ID wordt overgeslagen.</numerusform>
            <numerusform>%n regels zonder order-ID worden overgeslagen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fetched {fetched} of %n order(s).</source>
        <translation>
            <numerusform>{fetched} van %n bestelling opgehaald.</numerusform>
            <numerusform>{fetched} van %n bestellingen opgehaald.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %n were not fetched.</source>
        <translation>
            <numerusform>Geannuleerd: %n is niet opgehaald.</numerusform>
            <numerusform>Geannuleerd: %n zijn niet opgehaald.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Klarna does not know %n of them (wrong id, or another store):</source>
        <translation>
            <numerusform>Klarna kent %n ervan niet (verkeerde ID of andere winkel):</numerusform>
            <numerusform>Klarna kent %n ervan niet (verkeerde ID of andere winkel):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be fetched:</source>
        <translation>
            <numerusform>%n kon niet worden opgehaald:</numerusform>
            <numerusform>%n konden niet worden opgehaald:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DialogScreenshots</name>
    <message>
        <source>Parcel 1 of 2</source>
        <translation>Pakket 1 van 2</translation>
    </message>
    <message>
        <source>Returned: {name}</source>
        <translation>Geretourneerd: {name}</translation>
    </message>
    <message>
        <source>The customer cancelled one item before it shipped</source>
        <translation>De klant heeft één artikel geannuleerd vóór verzending</translation>
    </message>
    <message>
        <source>c/o Reception, 3rd floor</source>
        <translation>p/a Receptie, 3e verdieping</translation>
    </message>
    <message>
        <source>Checked in the Merchant Portal: no capture on this order</source>
        <translation>Gecontroleerd in het Merchant Portal: geen vastlegging voor deze bestelling</translation>
    </message>
</context>
<context>
    <name>DueDateDialog</name>
    <message>
        <source>&amp;Extend due date…</source>
        <translation>Vervaldatum &amp;verlengen…</translation>
    </message>
    <message>
        <source>Extend the customer&apos;s due date by</source>
        <translation>Vervaldatum van de klant verlengen met</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Opties</translation>
    </message>
    <message>
        <source>&amp;Options</source>
        <translation>&amp;Opties</translation>
    </message>
    <message>
        <source>Klarna charges you (the merchant) the fee; the customer simply gets longer to pay.</source>
        <translation>Klarna brengt de kosten bij u (de winkel) in rekening; de klant krijgt gewoon langer de tijd om te betalen.</translation>
    </message>
    <message>
        <source>Only pay-later purchases (such as Pay in 30 days) have a due date.</source>
        <translation>Alleen aankopen achteraf betalen (zoals Betaal binnen 30 dagen) hebben een vervaldatum.</translation>
    </message>
    <message>
        <source>Choose a capture.</source>
        <translation>Kies een vastlegging.</translation>
    </message>
    <message>
        <source>Fetching the options from Klarna…</source>
        <translation>Opties ophalen bij Klarna…</translation>
    </message>
    <message>
        <source>Klarna offers no extension for this capture (its due date may have been extended already).</source>
        <translation>Klarna biedt geen verlenging aan voor deze vastlegging (de vervaldatum is mogelijk al verlengd).</translation>
    </message>
    <message>
        <source>Klarna did not give the options.</source>
        <translation>Klarna heeft de opties niet gegeven.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <source>the customer</source>
        <translation>de klant</translation>
    </message>
    <message>
        <source>Waiting for Klarna&apos;s options…</source>
        <translation>Wachten op de opties van Klarna…</translation>
    </message>
    <message>
        <source>Choose by how many days.</source>
        <translation>Kies met hoeveel dagen.</translation>
    </message>
    <message>
        <source>There is nothing to choose.</source>
        <translation>Er valt niets te kiezen.</translation>
    </message>
</context>
<context>
    <name>Environments</name>
    <message>
        <source>Production</source>
        <translation>Productie</translation>
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
        <translation>Aangepast</translation>
    </message>
</context>
<context>
    <name>ExplainedDialog</name>
    <message>
        <source>What this does</source>
        <translation>Wat dit doet</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Search first: the export writes the orders found.</source>
        <translation>Zoek eerst: de export bevat de gevonden bestellingen.</translation>
    </message>
    <message>
        <source>Export orders as CSV</source>
        <translation>Bestellingen exporteren als CSV</translation>
    </message>
    <message>
        <source>Exporting orders… {done} of {total}</source>
        <translation>Bestellingen exporteren… {done} van {total}</translation>
    </message>
    <message>
        <source>Could not write {path}: {error}</source>
        <translation>Kan {path} niet schrijven: {error}</translation>
    </message>
</context>
<context>
    <name>ExtendAuthorizationDialog</name>
    <message>
        <source>&amp;Extend</source>
        <translation>&amp;Verlengen</translation>
    </message>
    <message>
        <source>Expires now</source>
        <translation>Verloopt nu</translation>
    </message>
    <message>
        <source>After extending</source>
        <translation>Na verlenging</translation>
    </message>
    <message>
        <source>Send anyway: this account&apos;s authorization period is longer than {days} days</source>
        <translation>Toch versturen: de autorisatietermijn van dit account is langer dan {days} dagen</translation>
    </message>
    <message>
        <source>Send anyway</source>
        <translation>Toch versturen</translation>
    </message>
    <message>
        <source>Extending now would change nothing: the expiry would stay {expiry} (Klarna counts {days} days from today, the standard period, and never past 180 days after the purchase).</source>
        <translation>Nu verlengen zou niets veranderen: de verloopdatum blijft {expiry} (Klarna telt {days} dagen vanaf vandaag, de standaardtermijn, en nooit verder dan 180 dagen na de aankoop).</translation>
    </message>
    <message>
        <source>&lt;p&gt;The new date is no later than the current one: extending now changes nothing (Klarna counts from today, and never past 180 days after the purchase).&lt;/p&gt;</source>
        <translation>&lt;p&gt;De nieuwe datum is niet later dan de huidige: nu verlengen verandert niets (Klarna telt vanaf vandaag, en nooit verder dan 180 dagen na de aankoop).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;This reaches the limit of 180 days after the purchase; it cannot be extended again.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Hiermee is de grens van 180 dagen na de aankoop bereikt; de autorisatie kan niet nogmaals worden verlengd.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Klarna extends the authorization from today by the account&apos;s period, so there is more time to capture. Klarna means this as an exception, not a routine.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Klarna verlengt de autorisatie vanaf vandaag met de termijn van het account, zodat er meer tijd is om vast te leggen. Klarna bedoelt dit als uitzondering, niet als routine.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>onbekend</translation>
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
        <translation>Er is geen profiel &apos;{name}&apos;; de Sandbox is geopend.</translation>
    </message>
    <message>
        <source>Could not open the local data of {profile}</source>
        <translation>Kan de lokale gegevens van {profile} niet openen</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import order IDs</source>
        <translation>Order-ID&apos;s importeren</translation>
    </message>
    <message>
        <source>Paste Klarna order ids (one per line, or a CSV export with an order id column), or open a CSV file. Klarna&apos;s API has no search, so orders must be fetched once to be found here.</source>
        <translation>Plak order-ID&apos;s van Klarna (één per regel, of een CSV-export met een kolom order-ID) of open een CSV-bestand. De API van Klarna kan niet zoeken, dus bestellingen moeten één keer worden opgehaald om hier te worden gevonden.</translation>
    </message>
    <message>
        <source>Order ids to import</source>
        <translation>Te importeren order-ID&apos;s</translation>
    </message>
    <message>
        <source>No order ids yet.</source>
        <translation>Nog geen order-ID&apos;s.</translation>
    </message>
    <message>
        <source>Order ids found</source>
        <translation>Gevonden order-ID&apos;s</translation>
    </message>
    <message>
        <source>Open CSV file…</source>
        <translation>CSV-bestand openen…</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Voortgang van import</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>Importrapport</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Open a CSV file with order ids</source>
        <translation>CSV-bestand met order-ID&apos;s openen</translation>
    </message>
    <message>
        <source>CSV or text (*.csv *.txt);;All files (*)</source>
        <translation>CSV of tekst (*.csv *.txt);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>{file} is larger than {size} MB</source>
        <translation>{file} is groter dan {size} MB</translation>
    </message>
    <message>
        <source>Could not read the file: {error}</source>
        <translation>Kan het bestand niet lezen: {error}</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation>{done} van {total}</translation>
    </message>
</context>
<context>
    <name>JournalText</name>
    <message>
        <source>{action} of {amount}</source>
        <translation>{action} van {amount}</translation>
    </message>
    <message>
        <source>{agent}, at {desk}</source>
        <translation>{agent}, op werkplek {desk}</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>zojuist</translation>
    </message>
    <message>
        <source>not applied (closed by hand)</source>
        <translation>niet uitgevoerd (handmatig gesloten)</translation>
    </message>
    <message>
        <source>no answer yet · next try {time}</source>
        <translation>nog geen antwoord · volgende poging {time}</translation>
    </message>
    <message>
        <source>no answer yet · check with Klarna</source>
        <translation>nog geen antwoord · controleren bij Klarna</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>bezig met versturen</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>gelukt</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>mislukt</translation>
    </message>
</context>
<context>
    <name>KlarnaErrors</name>
    <message>
        <source>Klarna has no order with this id for these credentials. Check the order id, and that the profile uses the region and environment (live or playground) the order was placed in.</source>
        <translation>Klarna heeft voor deze inloggegevens geen bestelling met deze ID. Controleer de bestel-ID en of het profiel dezelfde regio en omgeving (live of playground) gebruikt als waarin de bestelling is geplaatst.</translation>
    </message>
    <message>
        <source>Klarna could not find the capture or refund this request names. Reload the order to see its current captures and refunds, then try again.</source>
        <translation>Klarna kon de vastlegging of terugbetaling waar dit verzoek naar verwijst niet vinden. Laad de bestelling opnieuw om de huidige vastleggingen en terugbetalingen te zien en probeer het dan opnieuw.</translation>
    </message>
    <message>
        <source>Klarna could not find this capture on the order. Reload the order and choose one of its current captures.</source>
        <translation>Klarna kon deze vastlegging niet vinden bij de bestelling. Laad de bestelling opnieuw en kies een van de huidige vastleggingen.</translation>
    </message>
    <message>
        <source>The order id is not valid: Klarna order ids are UUIDs. Copy the order id again, for example from the Merchant Portal.</source>
        <translation>De bestel-ID is ongeldig: bestel-ID&apos;s van Klarna zijn UUID&apos;s. Kopieer de bestel-ID opnieuw, bijvoorbeeld uit het Merchant Portal.</translation>
    </message>
    <message>
        <source>Klarna rejected a value in the request; its message names the field and the limit. Nothing was changed: correct that field and send again.</source>
        <translation>Klarna heeft een waarde in het verzoek geweigerd; het bericht van Klarna noemt het veld en de limiet. Er is niets gewijzigd: corrigeer het veld en verstuur het opnieuw.</translation>
    </message>
    <message>
        <source>Klarna does not allow this action on the order in its current state; its message says why. Nothing was changed: reload the order to see its status and amounts.</source>
        <translation>Klarna staat deze actie niet toe bij de bestelling in de huidige status; het bericht van Klarna zegt waarom. Er is niets gewijzigd: laad de bestelling opnieuw om de status en bedragen te zien.</translation>
    </message>
    <message>
        <source>Klarna did not capture: the order is cancelled or expired, or the amount is higher than the remaining authorized amount. Reload the order and capture at most the remaining authorized amount.</source>
        <translation>Klarna heeft niet vastgelegd: de bestelling is geannuleerd of verlopen, of het bedrag is hoger dan het resterende geautoriseerde bedrag. Laad de bestelling opnieuw en leg hoogstens het resterende geautoriseerde bedrag vast.</translation>
    </message>
    <message>
        <source>Klarna did not refund: the order has no captures, or the amount is higher than what was captured and not yet refunded. Reload the order and refund at most that amount.</source>
        <translation>Klarna heeft niet terugbetaald: de bestelling heeft geen vastleggingen, of het bedrag is hoger dan wat is vastgelegd en nog niet terugbetaald. Laad de bestelling opnieuw en betaal hoogstens dat bedrag terug.</translation>
    </message>
    <message>
        <source>Klarna did not cancel the order because part of it is already captured. Refund what was captured instead, and release the remaining authorization if nothing more will be shipped.</source>
        <translation>Klarna heeft de bestelling niet geannuleerd, omdat een deel ervan al is vastgelegd. Betaal in plaats daarvan het vastgelegde bedrag terug, en geef de resterende autorisatie vrij als er niets meer wordt verzonden.</translation>
    </message>
    <message>
        <source>Klarna could not charge the customer&apos;s payment method, so nothing was captured. Do not ship yet: ask the customer to update their payment details, or contact Klarna merchant support.</source>
        <translation>Klarna kon de betaalmethode van de klant niet belasten, dus er is niets vastgelegd. Verstuur de bestelling nog niet: vraag de klant de betaalgegevens bij te werken, of neem contact op met de merchantsupport van Klarna.</translation>
    </message>
    <message>
        <source>The request clashes with a change made to the order at the same time, for example in the Merchant Portal or the shop system. Reload the order and check whether the change is already there before sending it again.</source>
        <translation>Het verzoek botst met een wijziging die tegelijk aan de bestelling is gedaan, bijvoorbeeld in het Merchant Portal of in het winkelsysteem. Laad de bestelling opnieuw en controleer of de wijziging er al in staat voordat u het opnieuw verstuurt.</translation>
    </message>
    <message>
        <source>The request is larger than Klarna accepts (1 MB). Send fewer order lines or shipping details at a time.</source>
        <translation>Het verzoek is groter dan Klarna accepteert (1 MB). Verstuur minder orderregels of verzendgegevens tegelijk.</translation>
    </message>
    <message>
        <source>Klarna found the address invalid. Check the street, postal code and city against the country&apos;s format and send it again.</source>
        <translation>Klarna vond het adres ongeldig. Controleer straat, postcode en plaats aan de hand van het adresformaat van het land en verstuur het opnieuw.</translation>
    </message>
    <message>
        <source>Klarna is receiving too many requests from this merchant account right now. Wait a few minutes and retry; the same idempotency key makes sure Klarna applies the change at most once.</source>
        <translation>Klarna ontvangt op dit moment te veel verzoeken van dit verkopersaccount. Wacht een paar minuten en probeer het opnieuw; dezelfde idempotentiesleutel zorgt ervoor dat Klarna de wijziging hoogstens één keer uitvoert.</translation>
    </message>
    <message>
        <source>Klarna had an internal error, so the change may or may not have been applied. Retry with the same idempotency key (Klarna applies it at most once); if it keeps failing, contact Klarna merchant support and quote the correlation id.</source>
        <translation>Bij Klarna is een interne fout opgetreden, dus de wijziging is misschien wel, misschien niet uitgevoerd. Probeer het opnieuw met dezelfde idempotentiesleutel (Klarna voert hem hoogstens één keer uit); blijft het misgaan, neem dan contact op met de merchantsupport van Klarna en vermeld de correlatie-ID.</translation>
    </message>
    <message>
        <source>Klarna&apos;s service is temporarily unavailable, so the change may or may not have been applied. Retry later with the same idempotency key; Klarna applies it at most once.</source>
        <translation>De dienst van Klarna is tijdelijk niet beschikbaar, dus de wijziging is misschien wel, misschien niet uitgevoerd. Probeer het later opnieuw met dezelfde idempotentiesleutel; Klarna voert hem hoogstens één keer uit.</translation>
    </message>
    <message>
        <source>Klarna&apos;s message: {message}</source>
        <translation>Bericht van Klarna: {message}</translation>
    </message>
    <message>
        <source>Amounts in Klarna&apos;s message: {amounts}</source>
        <translation>Bedragen in het bericht van Klarna: {amounts}</translation>
    </message>
    <message>
        <source>Error code: {code}</source>
        <translation>Foutcode: {code}</translation>
    </message>
    <message>
        <source>Correlation id: {correlation_id}</source>
        <translation>Correlatie-ID: {correlation_id}</translation>
    </message>
</context>
<context>
    <name>LinesEdit</name>
    <message>
        <source>physical</source>
        <translation>fysiek</translation>
    </message>
    <message>
        <source>discount</source>
        <comment>line type</comment>
        <translation>korting</translation>
    </message>
    <message>
        <source>shipping fee</source>
        <translation>verzendkosten</translation>
    </message>
    <message>
        <source>sales tax</source>
        <translation>omzetbelasting</translation>
    </message>
    <message>
        <source>store credit</source>
        <translation>tegoed</translation>
    </message>
    <message>
        <source>gift card</source>
        <translation>cadeaukaart</translation>
    </message>
    <message>
        <source>digital</source>
        <translation>digitaal</translation>
    </message>
    <message>
        <source>surcharge</source>
        <translation>toeslag</translation>
    </message>
    <message>
        <source>return fee</source>
        <translation>retourkosten</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referentie</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Aantal</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Stukprijs</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Korting</translation>
    </message>
    <message>
        <source>Tax rate %</source>
        <translation>Btw-tarief %</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Btw</translation>
    </message>
    <message>
        <source>Line {number} ({name})</source>
        <translation>Regel {number} ({name})</translation>
    </message>
    <message>
        <source>Line {number}</source>
        <translation>Regel {number}</translation>
    </message>
    <message>
        <source>{line}: {problem}</source>
        <translation>{line}: {problem}</translation>
    </message>
    <message>
        <source>{line}: discount {discount} is more than the line&apos;s {limit} (quantity × unit price); at most {limit}.</source>
        <translation>{line}: korting {discount} is hoger dan de {limit} van de regel (aantal × stukprijs); maximaal {limit}.</translation>
    </message>
    <message>
        <source>Computed: quantity × unit price − discount; tax included at the rate.</source>
        <translation>Berekend: aantal × stukprijs − korting; inclusief btw tegen het tarief.</translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <translation>{field}: {problem}</translation>
    </message>
    <message>
        <source>name</source>
        <translation>naam</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>referentie</translation>
    </message>
    <message>
        <source>type</source>
        <translation>type</translation>
    </message>
    <message>
        <source>quantity</source>
        <translation>aantal</translation>
    </message>
    <message>
        <source>unit price</source>
        <translation>stukprijs</translation>
    </message>
    <message>
        <source>discount</source>
        <translation>korting</translation>
    </message>
    <message>
        <source>tax rate</source>
        <translation>btw-tarief</translation>
    </message>
    <message>
        <source>{typed} is not a line type; use one of {types}</source>
        <translation>{typed} is geen regeltype; gebruik een van {types}</translation>
    </message>
    <message>
        <source>quantity must be a whole number from 0 to {max}; {typed} is not</source>
        <translation>aantal moet een geheel getal van 0 tot {max} zijn; {typed} is dat niet</translation>
    </message>
    <message>
        <source>Line type</source>
        <translation>Regeltype</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Capture…</source>
        <translation>&amp;Vastleggen…</translation>
    </message>
    <message>
        <source>&amp;Refund…</source>
        <translation>&amp;Terugbetalen…</translation>
    </message>
    <message>
        <source>Ca&amp;ncel order…</source>
        <translation>Bestelling &amp;annuleren…</translation>
    </message>
    <message>
        <source>Re&amp;lease remaining authorization…</source>
        <translation>Resterende autorisatie vr&amp;ijgeven…</translation>
    </message>
    <message>
        <source>E&amp;xtend authorization time…</source>
        <translation>Autorisatietermijn ver&amp;lengen…</translation>
    </message>
    <message>
        <source>Update order &amp;amount and lines…</source>
        <translation>Order&amp;bedrag en regels wijzigen…</translation>
    </message>
    <message>
        <source>Edit shipping &amp;address…</source>
        <translation>Verzendadres be&amp;werken…</translation>
    </message>
    <message>
        <source>&amp;Merchant references…</source>
        <translation>Winkel&amp;referenties…</translation>
    </message>
    <message>
        <source>Add &amp;shipping info…</source>
        <translation>Verzend&amp;gegevens toevoegen…</translation>
    </message>
    <message>
        <source>Ac&amp;knowledge</source>
        <translation>Ontvangst beve&amp;stigen</translation>
    </message>
    <message>
        <source>Add shipping info to capture…</source>
        <translation>Verzendgegevens aan vastlegging toevoegen…</translation>
    </message>
    <message>
        <source>Extend &amp;due date…</source>
        <translation>Verval&amp;datum verlengen…</translation>
    </message>
    <message>
        <source>Resend customer &amp;communication…</source>
        <translation>Klantbericht &amp;opnieuw versturen…</translation>
    </message>
    <message>
        <source>Lines tab</source>
        <translation>Tabblad Regels</translation>
    </message>
    <message>
        <source>Captures tab</source>
        <translation>Tabblad Vastleggingen</translation>
    </message>
    <message>
        <source>Refunds tab</source>
        <translation>Tabblad Terugbetalingen</translation>
    </message>
    <message>
        <source>Shipping tab</source>
        <translation>Tabblad Verzending</translation>
    </message>
    <message>
        <source>Customer tab</source>
        <translation>Tabblad Klant</translation>
    </message>
    <message>
        <source>History tab</source>
        <translation>Tabblad Geschiedenis</translation>
    </message>
    <message>
        <source>Raw tab</source>
        <translation>Tabblad Ruwe data</translation>
    </message>
    <message>
        <source>Klarna Order Console</source>
        <translation>Klarna Order Console</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profiel</translation>
    </message>
    <message>
        <source>Active profile</source>
        <translation>Actief profiel</translation>
    </message>
    <message>
        <source>Environment of the active profile</source>
        <translation>Omgeving van het actieve profiel</translation>
    </message>
    <message>
        <source>READ-ONLY</source>
        <translation>ALLEEN-LEZEN</translation>
    </message>
    <message>
        <source>&amp;Refresh order</source>
        <translation>Bestelling ver&amp;nieuwen</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acties</translation>
    </message>
    <message>
        <source>More actions</source>
        <translation>Meer acties</translation>
    </message>
    <message>
        <source>More order actions</source>
        <translation>Meer bestelacties</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Import order IDs…</source>
        <translation>Order-ID&apos;s &amp;importeren…</translation>
    </message>
    <message>
        <source>&amp;Export orders…</source>
        <translation>Bestellingen &amp;exporteren…</translation>
    </message>
    <message>
        <source>&amp;Profiles…</source>
        <translation>&amp;Profielen…</translation>
    </message>
    <message>
        <source>Reset sandbox demo data…</source>
        <translation>Demogegevens van de sandbox herstellen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <source>&amp;Find orders</source>
        <translation>Bestellingen &amp;zoeken</translation>
    </message>
    <message>
        <source>&amp;Order</source>
        <translation>Bestel&amp;ling</translation>
    </message>
    <message>
        <source>&amp;Bulk</source>
        <translation>Bul&amp;k</translation>
    </message>
    <message>
        <source>Capture selected orders in full…</source>
        <translation>Geselecteerde bestellingen volledig vastleggen…</translation>
    </message>
    <message>
        <source>Extend authorization of selected orders…</source>
        <translation>Autorisatie van geselecteerde bestellingen verlengen…</translation>
    </message>
    <message>
        <source>Pa&amp;youts</source>
        <translation>&amp;Uitbetalingen</translation>
    </message>
    <message>
        <source>&amp;Payouts…</source>
        <translation>&amp;Uitbetalingen…</translation>
    </message>
    <message>
        <source>&amp;Sync payouts now</source>
        <translation>Uitbetalingen nu &amp;synchroniseren</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Sneltoetsen</translation>
    </message>
    <message>
        <source>&amp;About Klarna Order Console</source>
        <translation>&amp;Over Klarna Order Console</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systeemtaal</translation>
    </message>
    <message>
        <source>The language changes when Klarna Order Console is next started.</source>
        <translation>De taal verandert bij de volgende start van Klarna Order Console.</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Sneltoetsen</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Toetsen</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Opdracht</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <source>Tab / Shift+Tab</source>
        <translation>Tab / Shift+Tab</translation>
    </message>
    <message>
        <source>Move between the search box, the results and the order</source>
        <translation>Wisselen tussen het zoekvak, de resultaten en de bestelling</translation>
    </message>
    <message>
        <source>Show the previous or next order in the results</source>
        <translation>De vorige of volgende bestelling in de resultaten tonen</translation>
    </message>
    <message>
        <source>Shift+↑ ↓, Shift+click</source>
        <translation>Shift+↑ ↓, Shift+klik</translation>
    </message>
    <message>
        <source>Select a range of orders (for Bulk and Export)</source>
        <translation>Een reeks bestellingen selecteren (voor Bulk en Exporteren)</translation>
    </message>
    <message>
        <source>Ctrl+click, Ctrl+A</source>
        <translation>Ctrl+klik, Ctrl+A</translation>
    </message>
    <message>
        <source>Add an order to the selection; select all</source>
        <translation>Een bestelling aan de selectie toevoegen; alles selecteren</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Open the order and move to its tabs</source>
        <translation>De bestelling openen en naar de tabbladen gaan</translation>
    </message>
    <message>
        <source>Klarna Order Console — {profile} ({environment})</source>
        <translation>Klarna Order Console — {profile} ({environment})</translation>
    </message>
    <message>
        <source>Open an order first.</source>
        <translation>Open eerst een bestelling.</translation>
    </message>
    <message>
        <source>{action}: not possible. {reason}</source>
        <translation>{action}: niet mogelijk. {reason}</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Copy correlation id</source>
        <translation>Correlatie-ID kopiëren</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Melding sluiten</translation>
    </message>
    <message>
        <source>{message}  (correlation id {id})</source>
        <translation>{message}  (correlatie-ID {id})</translation>
    </message>
    <message>
        <source>{context}: {message}</source>
        <translation>{context}: {message}</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Gekopieerd</translation>
    </message>
</context>
<context>
    <name>OpenWritePanel</name>
    <message>
        <source>Earlier action without an answer</source>
        <translation>Eerdere actie zonder antwoord</translation>
    </message>
    <message>
        <source>Send &amp;again with the same key</source>
        <translation>&amp;Opnieuw versturen met dezelfde sleutel</translation>
    </message>
    <message>
        <source>Send again with the same idempotency key</source>
        <translation>Opnieuw versturen met dezelfde idempotentiesleutel</translation>
    </message>
    <message>
        <source>Chec&amp;k with Klarna</source>
        <translation>&amp;Controleren bij Klarna</translation>
    </message>
    <message>
        <source>Check with Klarna</source>
        <translation>Controleren bij Klarna</translation>
    </message>
    <message>
        <source>What Klarna shows</source>
        <translation>Wat Klarna toont</translation>
    </message>
    <message>
        <source>Why you are sure it was not applied, e.g. checked in the Merchant Portal</source>
        <translation>Waarom u zeker weet dat het niet is uitgevoerd, bijv. gecontroleerd in het Merchant Portal</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>&amp;Mark not applied</source>
        <translation>&amp;Markeren als niet uitgevoerd</translation>
    </message>
    <message>
        <source>Mark not applied</source>
        <translation>Markeren als niet uitgevoerd</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notitie:</translation>
    </message>
</context>
<context>
    <name>OrderHeader</name>
    <message>
        <source>Order</source>
        <translation>Bestelling</translation>
    </message>
    <message>
        <source>Klarna&apos;s status of the order</source>
        <translation>Status van de bestelling bij Klarna</translation>
    </message>
    <message>
        <source>Worked out by the console from the order&apos;s refunds</source>
        <translation>Door de console afgeleid uit de terugbetalingen van de bestelling</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Herladen</translation>
    </message>
    <message>
        <source>Refresh order</source>
        <translation>Bestelling vernieuwen</translation>
    </message>
    <message>
        <source>Read the order from Klarna again (Ctrl+R)</source>
        <translation>Bestelling opnieuw ophalen bij Klarna (Ctrl+R)</translation>
    </message>
    <message>
        <source>Order amount</source>
        <translation>Orderbedrag</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>Vastgelegd</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Terugbetaald</translation>
    </message>
    <message>
        <source>Remaining to capture</source>
        <translation>Nog vast te leggen</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Verloopt</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Betaling</translation>
    </message>
    <message>
        <source>Merchant references</source>
        <translation>Winkelreferenties</translation>
    </message>
    <message>
        <source>Order id</source>
        <translation>Order-ID</translation>
    </message>
    <message>
        <source>Read from Klarna</source>
        <translation>Opgehaald bij Klarna</translation>
    </message>
    <message>
        <source>Merchant refs</source>
        <translation>Winkelref.</translation>
    </message>
    <message>
        <source>Order {order}</source>
        <translation>Bestelling {order}</translation>
    </message>
    <message>
        <source>Fraud: {status}</source>
        <translation>Fraude: {status}</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>nog niet</translation>
    </message>
    <message>
        <source>Nothing is left to capture, so the authorization&apos;s expiry no longer matters.</source>
        <translation>Er valt niets meer vast te leggen, dus de verloopdatum van de autorisatie doet er niet meer toe.</translation>
    </message>
    <message>
        <source>⚠ {expiry}: capture or extend soon</source>
        <translation>⚠ {expiry}: snel vastleggen of verlengen</translation>
    </message>
    <message>
        <source>{expiry}: expired</source>
        <translation>{expiry}: verlopen</translation>
    </message>
</context>
<context>
    <name>OrderStatus</name>
    <message>
        <source>Authorized</source>
        <translation>Geautoriseerd</translation>
    </message>
    <message>
        <source>Part captured</source>
        <translation>Gedeeltelijk vastgelegd</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>Vastgelegd</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Geannuleerd</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Verlopen</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Gesloten</translation>
    </message>
</context>
<context>
    <name>OrderTabs</name>
    <message>
        <source>physical</source>
        <translation>fysiek</translation>
    </message>
    <message>
        <source>digital</source>
        <translation>digitaal</translation>
    </message>
    <message>
        <source>discount</source>
        <translation>korting</translation>
    </message>
    <message>
        <source>shipping fee</source>
        <translation>verzendkosten</translation>
    </message>
    <message>
        <source>sales tax</source>
        <translation>omzetbelasting</translation>
    </message>
    <message>
        <source>store credit</source>
        <translation>tegoed</translation>
    </message>
    <message>
        <source>gift card</source>
        <translation>cadeaukaart</translation>
    </message>
    <message>
        <source>surcharge</source>
        <translation>toeslag</translation>
    </message>
    <message>
        <source>return fee</source>
        <translation>retourkosten</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referentie</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Aantal</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Stukprijs</translation>
    </message>
    <message>
        <source>Tax rate</source>
        <translation>Btw-tarief</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Korting</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Btw</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Notitie: {note}</translation>
    </message>
    <message>
        <source>Attn: {name}</source>
        <translation>T.a.v. {name}</translation>
    </message>
    <message>
        <source>Billing address</source>
        <translation>Factuuradres</translation>
    </message>
    <message>
        <source>Shipping address</source>
        <translation>Verzendadres</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>Klarna does not let merchants change it (risk assessment).</source>
        <translation>Klarna staat winkels niet toe dit te wijzigen (risicobeoordeling).</translation>
    </message>
    <message>
        <source>Can be changed while the order is open.</source>
        <translation>Kan worden gewijzigd zolang de bestelling openstaat.</translation>
    </message>
    <message>
        <source>Date of birth: {date}</source>
        <translation>Geboortedatum: {date}</translation>
    </message>
    <message>
        <source>National id: •••• {last_digits}</source>
        <translation>Nationaal ID-nummer: •••• {last_digits}</translation>
    </message>
    <message>
        <source>Country: {country} · Locale: {locale}</source>
        <translation>Land: {country} · Landinstelling: {locale}</translation>
    </message>
</context>
<context>
    <name>OrderView</name>
    <message>
        <source>Search for an order on the left, or paste an order id.</source>
        <translation>Zoek links een bestelling of plak een order-ID.</translation>
    </message>
    <message>
        <source>Klarna ref</source>
        <translation>Klarna-ref.</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>Vastgelegd</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Terugbetaald</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referentie</translation>
    </message>
    <message>
        <source>Shipments</source>
        <translation>Zendingen</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Regels</translation>
    </message>
    <message>
        <source>Capture id</source>
        <translation>Vastleggings-ID</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>Creditnota</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>Refund id</source>
        <translation>Terugbetalings-ID</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Voor</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Vervoerder</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Trackingcode</translation>
    </message>
    <message>
        <source>Return carrier</source>
        <translation>Retourvervoerder</translation>
    </message>
    <message>
        <source>Return tracking</source>
        <translation>Retourtracking</translation>
    </message>
    <message>
        <source>Tracking link</source>
        <translation>Trackinglink</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <source>Recorded by another window ({window})</source>
        <translation>Vastgelegd door een ander venster ({window})</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Door</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fout</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Correlation id</source>
        <translation>Correlatie-ID</translation>
    </message>
    <message>
        <source>Result id</source>
        <translation>Resultaat-ID</translation>
    </message>
    <message>
        <source>Idempotency key</source>
        <translation>Idempotentiesleutel</translation>
    </message>
    <message>
        <source>Order details</source>
        <translation>Bestelgegevens</translation>
    </message>
    <message>
        <source>Order lines</source>
        <translation>Orderregels</translation>
    </message>
    <message>
        <source>This order has no lines.</source>
        <translation>Deze bestelling heeft geen regels.</translation>
    </message>
    <message>
        <source>Captures</source>
        <translation>Vastleggingen</translation>
    </message>
    <message>
        <source>Nothing has been captured yet.</source>
        <translation>Er is nog niets vastgelegd.</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Terugbetalingen</translation>
    </message>
    <message>
        <source>Nothing has been refunded.</source>
        <translation>Er is niets terugbetaald.</translation>
    </message>
    <message>
        <source>Shipping information</source>
        <translation>Verzendgegevens</translation>
    </message>
    <message>
        <source>No shipping information yet: add carriers and tracking numbers with Order → Add shipping info, or when capturing.</source>
        <translation>Nog geen verzendgegevens: voeg vervoerders en trackingcodes toe via Bestelling → Verzendgegevens toevoegen, of bij het vastleggen.</translation>
    </message>
    <message>
        <source>Selected shipping option</source>
        <translation>Gekozen verzendoptie</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <source>Nothing has been done to this order from this console yet.

Every capture, refund and change sent from here is listed, with Klarna&apos;s answer and correlation id. Klarna&apos;s API keeps no history of its own; its Merchant Portal keeps about a week of API logs.</source>
        <translation>Er is vanuit deze console nog niets met deze bestelling gedaan.

Elke vastlegging, terugbetaling en wijziging die van hier wordt verstuurd, staat hier met het antwoord van Klarna en de correlatie-ID. De API van Klarna houdt zelf geen geschiedenis bij; het Merchant Portal bewaart ongeveer een week aan API-logs.</translation>
    </message>
    <message>
        <source>Order as JSON</source>
        <translation>Bestelling als JSON</translation>
    </message>
    <message>
        <source>&amp;Lines</source>
        <translation>&amp;Regels</translation>
    </message>
    <message>
        <source>&amp;Captures</source>
        <translation>&amp;Vastleggingen</translation>
    </message>
    <message>
        <source>Re&amp;funds</source>
        <translation>&amp;Terugbetalingen</translation>
    </message>
    <message>
        <source>&amp;Shipping</source>
        <translation>Ver&amp;zending</translation>
    </message>
    <message>
        <source>C&amp;ustomer</source>
        <translation>K&amp;lant</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historie</translation>
    </message>
    <message>
        <source>Ra&amp;w</source>
        <translation>&amp;JSON</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Bestelling</translation>
    </message>
    <message>
        <source>Capture {capture}</source>
        <translation>Vastlegging {capture}</translation>
    </message>
    <message>
        <source>Shipping option chosen at checkout: none recorded.</source>
        <translation>Bij het afrekenen gekozen verzendoptie: niet vastgelegd.</translation>
    </message>
    <message>
        <source>pick-up at {place}</source>
        <translation>afhalen bij {place}</translation>
    </message>
    <message>
        <source>Shipping option chosen at checkout: {option}</source>
        <translation>Bij het afrekenen gekozen verzendoptie: {option}</translation>
    </message>
</context>
<context>
    <name>PayoutColumns</name>
    <message>
        <source>not yet</source>
        <translation>nog niet</translation>
    </message>
    <message>
        <source>not synced</source>
        <translation>niet gesynchroniseerd</translation>
    </message>
    <message>
        <source>{fee}: {amount} + VAT {vat}</source>
        <translation>{fee}: {amount} + btw {vat}</translation>
    </message>
    <message>
        <source>Paid out</source>
        <translation>Uitbetaald</translation>
    </message>
    <message>
        <source>Klarna&apos;s payout that paid this capture (payment reference as on the bank statement)</source>
        <translation>Uitbetaling van Klarna waarmee deze vastlegging is betaald (betalingskenmerk zoals op het bankafschrift)</translation>
    </message>
    <message>
        <source>In no synced payout yet (Payouts → Sync payouts now)</source>
        <translation>Nog in geen gesynchroniseerde uitbetaling (Uitbetalingen → Uitbetalingen nu synchroniseren)</translation>
    </message>
    <message>
        <source>Klarna fees</source>
        <translation>Klarna-kosten</translation>
    </message>
    <message>
        <source>Deducted</source>
        <translation>Ingehouden</translation>
    </message>
    <message>
        <source>Klarna&apos;s payout that deducted this refund</source>
        <translation>Uitbetaling van Klarna waarop deze terugbetaling is ingehouden</translation>
    </message>
    <message>
        <source>In no synced payout yet</source>
        <translation>Nog in geen gesynchroniseerde uitbetaling</translation>
    </message>
</context>
<context>
    <name>PayoutsController</name>
    <message>
        <source>Could not sync Klarna&apos;s payouts</source>
        <translation>Kan de uitbetalingen van Klarna niet synchroniseren</translation>
    </message>
    <message>
        <source>Syncing Klarna&apos;s payouts: payouts {done}/{total}</source>
        <translation>Uitbetalingen van Klarna synchroniseren: uitbetalingen {done}/{total}</translation>
    </message>
    <message>
        <source>Syncing Klarna&apos;s payouts: new orders {done}/{total}</source>
        <translation>Uitbetalingen van Klarna synchroniseren: nieuwe bestellingen {done}/{total}</translation>
    </message>
    <message>
        <source>{reference} is Klarna&apos;s payout of {date}: {amount} paid out. Its orders are listed; Payouts → Payouts… shows its sales, returns and fees.</source>
        <translation>{reference} is de uitbetaling van Klarna van {date}: {amount} uitbetaald. De bestellingen ervan staan in de lijst; Uitbetalingen → Uitbetalingen… toont de verkopen, retouren en kosten.</translation>
    </message>
    <message>
        <source>Save Klarna&apos;s {format} report</source>
        <translation>{format}-rapport van Klarna opslaan</translation>
    </message>
    <message>
        <source>{format} files (*.{extension})</source>
        <translation>{format}-bestanden (*.{extension})</translation>
    </message>
    <message>
        <source>Could not save the {format} report</source>
        <translation>Kan het {format}-rapport niet opslaan</translation>
    </message>
    <message>
        <source>Saved Klarna&apos;s report of payout {reference} to {path}.</source>
        <translation>Rapport van Klarna over uitbetaling {reference} opgeslagen in {path}.</translation>
    </message>
    <message>
        <source>Export payouts</source>
        <translation>Uitbetalingen exporteren</translation>
    </message>
    <message>
        <source>Could not export the payouts</source>
        <translation>Kan de uitbetalingen niet exporteren</translation>
    </message>
</context>
<context>
    <name>PayoutsView</name>
    <message>
        <source>Payouts</source>
        <translation>Uitbetalingen</translation>
    </message>
    <message>
        <source>Payouts from</source>
        <translation>Uitbetalingen vanaf</translation>
    </message>
    <message>
        <source>Payouts until</source>
        <translation>Uitbetalingen tot en met</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Any currency</source>
        <translation>Alle valuta&apos;s</translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation>Nu s&amp;ynchroniseren</translation>
    </message>
    <message>
        <source>Read Klarna&apos;s payouts since the From date (at least the last 90 days) and fetch the orders they name</source>
        <translation>Uitbetalingen van Klarna sinds de Vanaf-datum ophalen (minstens de laatste 90 dagen) en de genoemde bestellingen ophalen</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>S&amp;toppen</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Voortgang van synchronisatie</translation>
    </message>
    <message>
        <source>Sync status</source>
        <translation>Synchronisatiestatus</translation>
    </message>
    <message>
        <source>Payout date</source>
        <translation>Uitbetalingsdatum</translation>
    </message>
    <message>
        <source>Payment reference</source>
        <translation>Betalingskenmerk</translation>
    </message>
    <message>
        <source>Cur.</source>
        <translation>Val.</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Verkopen</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Retouren</translation>
    </message>
    <message>
        <source>Fees + VAT</source>
        <translation>Kosten + btw</translation>
    </message>
    <message>
        <source>Debt repaid</source>
        <translation>Schuld afgelost</translation>
    </message>
    <message>
        <source>New debt: {amount}</source>
        <translation>Nieuwe schuld: {amount}</translation>
    </message>
    <message>
        <source>Paid out</source>
        <translation>Uitbetaald</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>Transacties</translation>
    </message>
    <message>
        <source>synced</source>
        <translation>gesynchroniseerd</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>nog niet</translation>
    </message>
    <message>
        <source>No payouts synced for these dates.

Sync now reads them from Klarna.</source>
        <translation>Geen uitbetalingen gesynchroniseerd voor deze datums.

Nu synchroniseren haalt ze op bij Klarna.</translation>
    </message>
    <message>
        <source>Totals of the listed payouts</source>
        <translation>Totalen van de getoonde uitbetalingen</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>Btw</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Bestelling</translation>
    </message>
    <message>
        <source>Capture / refund</source>
        <translation>Vastlegging / terugbetaling</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Merchant ref.</source>
        <translation>Winkelref.</translation>
    </message>
    <message>
        <source>Transactions of the selected payout</source>
        <translation>Transacties van de geselecteerde uitbetaling</translation>
    </message>
    <message>
        <source>Choose a payout to see its sales, returns and fees.</source>
        <translation>Kies een uitbetaling om de verkopen, retouren en kosten te zien.</translation>
    </message>
    <message>
        <source>Save Klarna &amp;CSV…</source>
        <translation>Klarna-&amp;CSV opslaan…</translation>
    </message>
    <message>
        <source>Save Klarna &amp;PDF…</source>
        <translation>Klarna-&amp;PDF opslaan…</translation>
    </message>
    <message>
        <source>Klarna&apos;s own {format} report of the selected payout</source>
        <translation>Het eigen {format}-rapport van Klarna over de geselecteerde uitbetaling</translation>
    </message>
    <message>
        <source>&amp;Export list…</source>
        <translation>Lijst &amp;exporteren…</translation>
    </message>
    <message>
        <source>The listed payouts and their totals as a CSV file</source>
        <translation>De getoonde uitbetalingen en hun totalen als CSV-bestand</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Vanaf</translation>
    </message>
    <message>
        <source>&amp;until</source>
        <translation>t&amp;ot en met</translation>
    </message>
    <message>
        <source>Reading payouts…</source>
        <translation>Uitbetalingen ophalen…</translation>
    </message>
    <message>
        <source>Payout transactions {done}/{total}</source>
        <translation>Uitbetalingstransacties {done}/{total}</translation>
    </message>
    <message>
        <source>New orders {done}/{total}</source>
        <translation>Nieuwe bestellingen {done}/{total}</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>Gesynchroniseerd</translation>
    </message>
    <message>
        <source>Stopped; Sync resumes</source>
        <translation>Gestopt; synchroniseren gaat verder</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>Synchronisatie mislukt</translation>
    </message>
</context>
<context>
    <name>PickLines</name>
    <message>
        <source>Reference</source>
        <translation>Referentie</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Beschikbaar</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Stukprijs</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Aantal</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <source>Line {number} ({name})</source>
        <translation>Regel {number} ({name})</translation>
    </message>
    <message>
        <source>Line {number}</source>
        <translation>Regel {number}</translation>
    </message>
    <message>
        <source>{line}: quantity at most {left} can be picked (what is left of the line).</source>
        <translation>{line}: er kan maximaal {left} worden gekozen (wat er van de regel over is).</translation>
    </message>
    <message>
        <source>{line}: quantity must be a whole number from 0 to {left}; {typed} cannot be typed.</source>
        <translation>{line}: het aantal moet een geheel getal van 0 tot {left} zijn; {typed} kan niet.</translation>
    </message>
    <message>
        <source>{left} of {quantity}</source>
        <translation>{left} van {quantity}</translation>
    </message>
    <message>
        <source>Nothing of this line is left.</source>
        <translation>Er is niets meer over van deze regel.</translation>
    </message>
    <message>
        <source>Quantity of {name}</source>
        <translation>Aantal van {name}</translation>
    </message>
</context>
<context>
    <name>Plurals</name>
    <message numerus="yes">
        <source>%n selected order(s)</source>
        <translation>
            <numerusform>%n geselecteerde bestelling</numerusform>
            <numerusform>%n geselecteerde bestellingen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Capture %n selected order(s) in full…</source>
        <translation>
            <numerusform>%n geselecteerde bestelling volledig vastleggen…</numerusform>
            <numerusform>%n geselecteerde bestellingen volledig vastleggen…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Extend authorization of %n selected order(s)…</source>
        <translation>
            <numerusform>Autorisatie van %n geselecteerde bestelling verlengen…</numerusform>
            <numerusform>Autorisatie van %n geselecteerde bestellingen verlengen…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Export %n selected order(s)…</source>
        <translation>
            <numerusform>%n geselecteerde bestelling &amp;exporteren…</numerusform>
            <numerusform>%n geselecteerde bestellingen &amp;exporteren…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Export %n order(s)…</source>
        <translation>
            <numerusform>%n bestelling &amp;exporteren…</numerusform>
            <numerusform>%n bestellingen &amp;exporteren…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minuut geleden</numerusform>
            <numerusform>%n minuten geleden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s)</source>
        <translation>
            <numerusform>%Ln bestelling</numerusform>
            <numerusform>%Ln bestellingen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s) · {selected} selected</source>
        <translation>
            <numerusform>%Ln bestelling · {selected} geselecteerd</numerusform>
            <numerusform>%Ln bestellingen · {selected} geselecteerd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Authorizations that expire within %n day(s): capture or extend them</source>
        <translation>
            <numerusform>Autorisaties die binnen %n dag verlopen: vastleggen of verlengen</numerusform>
            <numerusform>Autorisaties die binnen %n dagen verlopen: vastleggen of verlengen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Captures older than %n day(s) (the usual payout delay) that are in no synced payout yet: ask Klarna, or sync payouts again</source>
        <translation>
            <numerusform>Vastleggingen ouder dan %n dag (de gebruikelijke uitbetalingstermijn) die nog in geen gesynchroniseerde uitbetaling zitten: vraag het Klarna of synchroniseer de uitbetalingen opnieuw</numerusform>
            <numerusform>Vastleggingen ouder dan %n dagen (de gebruikelijke uitbetalingstermijn) die nog in geen gesynchroniseerde uitbetaling zitten: vraag het Klarna of synchroniseer de uitbetalingen opnieuw</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dag</numerusform>
            <numerusform>%n dagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln payout(s)</source>
        <translation>
            <numerusform>%Ln uitbetaling</numerusform>
            <numerusform>%Ln uitbetalingen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln payout(s) · paid out {amount}</source>
        <translation>
            <numerusform>%Ln uitbetaling · {amount} uitbetaald</numerusform>
            <numerusform>%Ln uitbetalingen · {amount} uitbetaald</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Payouts synced: %Ln in the last {days} days</source>
        <translation>
            <numerusform>Uitbetalingen gesynchroniseerd: %Ln in de laatste {days} dagen</numerusform>
            <numerusform>Uitbetalingen gesynchroniseerd: %Ln in de laatste {days} dagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Payouts synced: %Ln in the last {days} days, {found} new orders found</source>
        <translation>
            <numerusform>Uitbetalingen gesynchroniseerd: %Ln in de laatste {days} dagen, {found} nieuwe bestellingen gevonden</numerusform>
            <numerusform>Uitbetalingen gesynchroniseerd: %Ln in de laatste {days} dagen, {found} nieuwe bestellingen gevonden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln payout(s) to {path}.</source>
        <translation>
            <numerusform>%Ln uitbetaling geëxporteerd naar {path}.</numerusform>
            <numerusform>%Ln uitbetalingen geëxporteerd naar {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) started over 23 hours ago never got an answer, and their keys are too old to send again safely. Open each order and use Check with Klarna in its action: {orders}</source>
        <translation>
            <numerusform>%n actie die meer dan 23 uur geleden is gestart, heeft nooit antwoord gekregen en de sleutel is te oud om veilig opnieuw te versturen. Open de bestelling en gebruik Controleren bij Klarna in de actie: {orders}</numerusform>
            <numerusform>%n acties die meer dan 23 uur geleden zijn gestart, hebben nooit antwoord gekregen en hun sleutels zijn te oud om veilig opnieuw te versturen. Open elke bestelling en gebruik Controleren bij Klarna in de actie: {orders}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>over %n dag</numerusform>
            <numerusform>over %n dagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n dag geleden</numerusform>
            <numerusform>%n dagen geleden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Profiles</name>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Regio</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Omgeving</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>Basis-URL</translation>
    </message>
    <message>
        <source>API username</source>
        <translation>API-gebruikersnaam</translation>
    </message>
    <message>
        <source>API password</source>
        <translation>API-wachtwoord</translation>
    </message>
    <message>
        <source>Badge colour</source>
        <translation>Profielkleur</translation>
    </message>
    <message>
        <source>Profile id</source>
        <translation>Profiel-ID</translation>
    </message>
    <message>
        <source>Team store</source>
        <translation>Teamdatabase</translation>
    </message>
    <message>
        <source>Agent name</source>
        <translation>Naam medewerker</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
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
        <translation>Kustom (productie)</translation>
    </message>
    <message>
        <source>Kustom (playground)</source>
        <translation>Kustom (playground)</translation>
    </message>
    <message>
        <source>Custom URL</source>
        <translation>Aangepaste URL</translation>
    </message>
    <message>
        <source>Europe</source>
        <translation>Europa</translation>
    </message>
    <message>
        <source>North America</source>
        <translation>Noord-Amerika</translation>
    </message>
    <message>
        <source>Oceania</source>
        <translation>Oceanië</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profielen</translation>
    </message>
    <message>
        <source>Add profile</source>
        <translation>Profiel toevoegen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Playground (test)</source>
        <translation>Playground (test)</translation>
    </message>
    <message>
        <source>Production (real money)</source>
        <translation>Productie (echt geld)</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>Read-only: look at orders, never change them</source>
        <translation>Alleen-lezen: bestellingen bekijken, nooit wijzigen</translation>
    </message>
    <message>
        <source>empty: this computer&apos;s own store; or postgresql://user@server/database</source>
        <translation>leeg: lokale database van deze computer; of postgresql://gebruiker@server/database</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Regio</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Omgeving</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>Basis-URL</translation>
    </message>
    <message>
        <source>API username</source>
        <translation>API-gebruikersnaam</translation>
    </message>
    <message>
        <source>API password</source>
        <translation>API-wachtwoord</translation>
    </message>
    <message>
        <source>Badge colour</source>
        <translation>Badgekleur</translation>
    </message>
    <message>
        <source>Team store</source>
        <translation>Teamdatabase</translation>
    </message>
    <message>
        <source>Team store password</source>
        <translation>Wachtwoord van de teamdatabase</translation>
    </message>
    <message>
        <source>Agent name</source>
        <translation>Naam van de medewerker</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Alleen-lezen</translation>
    </message>
    <message>
        <source>Kept {where}.</source>
        <translation>Bewaard {where}.</translation>
    </message>
    <message>
        <source>Where the password is kept</source>
        <translation>Waar het wachtwoord wordt bewaard</translation>
    </message>
    <message>
        <source>Problems with this profile</source>
        <translation>Problemen met dit profiel</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Resultaat van de verbindingstest</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbinding testen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Save and open</source>
        <translation>Opslaan en openen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>The Sandbox is built in: demo orders in a simulator of Klarna Order Management on this computer. No account, no network, no real money. It cannot be edited or removed.</source>
        <translation>De Sandbox is ingebouwd: demobestellingen in een simulator van Klarna Order Management op deze computer. Geen account, geen netwerk, geen echt geld. Hij kan niet worden bewerkt of verwijderd.</translation>
    </message>
    <message>
        <source>stored ({backend}); type to replace</source>
        <translation>opgeslagen ({backend}); typ om te vervangen</translation>
    </message>
    <message>
        <source>required</source>
        <translation>verplicht</translation>
    </message>
    <message>
        <source>stored; type to replace</source>
        <translation>opgeslagen; typ om te vervangen</translation>
    </message>
    <message>
        <source>if the server asks for one</source>
        <translation>als de server erom vraagt</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Nieuw profiel</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Opgeslagen.</translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation>Profiel verwijderen</translation>
    </message>
    <message>
        <source>Remove profile {name} and its stored password? Its local order cache and history stay on disk.</source>
        <translation>Profiel {name} en het opgeslagen wachtwoord verwijderen? De lokale cache met bestellingen en de geschiedenis blijven op de schijf staan.</translation>
    </message>
    <message>
        <source>Type the API password to test the connection.</source>
        <translation>Voer het API-wachtwoord in om de verbinding te testen.</translation>
    </message>
    <message>
        <source>Testing {url}…</source>
        <translation>{url} testen…</translation>
    </message>
    <message>
        <source>{result} (correlation id {id})</source>
        <translation>{result} (correlatie-ID {id})</translation>
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
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerpen</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Toepassen</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Herstellen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Nee</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Afbreken</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Opnieuw proberen</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Negeren</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Standaardwaarden herstellen</translation>
    </message>
</context>
<context>
    <name>Reasons</name>
    <message>
        <source>Capture not possible.</source>
        <translation>Vastleggen niet mogelijk.</translation>
    </message>
    <message>
        <source>Refund not possible.</source>
        <translation>Terugbetalen niet mogelijk.</translation>
    </message>
    <message>
        <source>Cancel not possible.</source>
        <translation>Annuleren niet mogelijk.</translation>
    </message>
    <message>
        <source>Remaining authorization cannot be released.</source>
        <translation>De resterende autorisatie kan niet worden vrijgegeven.</translation>
    </message>
    <message>
        <source>Authorization time cannot be extended.</source>
        <translation>De autorisatietermijn kan niet worden verlengd.</translation>
    </message>
    <message>
        <source>Order authorization cannot be updated.</source>
        <translation>De autorisatie van de bestelling kan niet worden gewijzigd.</translation>
    </message>
    <message>
        <source>Customer details cannot be updated.</source>
        <translation>De klantgegevens kunnen niet worden gewijzigd.</translation>
    </message>
    <message>
        <source>Merchant references cannot be updated.</source>
        <translation>De winkelreferenties kunnen niet worden gewijzigd.</translation>
    </message>
    <message>
        <source>Shipping info cannot be added to the capture.</source>
        <translation>Er kunnen geen verzendgegevens aan de vastlegging worden toegevoegd.</translation>
    </message>
    <message>
        <source>Send out cannot be triggered for the capture.</source>
        <translation>Het klantbericht voor de vastlegging kan niet opnieuw worden verstuurd.</translation>
    </message>
    <message>
        <source>Due date cannot be extended for the capture.</source>
        <translation>De vervaldatum van de vastlegging kan niet worden verlengd.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>tekst</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>een geheel getal</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>een lijst</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>een object</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>waar of onwaar</translation>
    </message>
    <message>
        <source>a decimal number</source>
        <translation>een decimaal getal</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>leeg</translation>
    </message>
    <message>
        <source> (got {got})</source>
        <translation> (opgegeven: {got})</translation>
    </message>
    <message>
        <source>Order is already cancelled.</source>
        <translation>De bestelling is al geannuleerd.</translation>
    </message>
    <message>
        <source>Order is cancelled.</source>
        <translation>De bestelling is geannuleerd.</translation>
    </message>
    <message>
        <source>Order is expired.</source>
        <translation>De bestelling is verlopen.</translation>
    </message>
    <message>
        <source>Order is closed.</source>
        <translation>De bestelling is gesloten.</translation>
    </message>
    <message>
        <source>Order is pending fraud review.</source>
        <translation>De bestelling wacht op fraudecontrole.</translation>
    </message>
    <message>
        <source>Order was rejected in fraud review.</source>
        <translation>De bestelling is afgewezen bij de fraudecontrole.</translation>
    </message>
    <message>
        <source>Order is fully captured.</source>
        <translation>De bestelling is volledig vastgelegd.</translation>
    </message>
    <message>
        <source>Order is fully refunded.</source>
        <translation>De bestelling is volledig terugbetaald.</translation>
    </message>
    <message>
        <source>Order has no captures.</source>
        <translation>De bestelling heeft geen vastleggingen.</translation>
    </message>
    <message>
        <source>Order has previous captures.</source>
        <translation>De bestelling heeft eerdere vastleggingen.</translation>
    </message>
    <message>
        <source>Order has no remaining authorization.</source>
        <translation>De bestelling heeft geen resterend geautoriseerd bedrag.</translation>
    </message>
    <message>
        <source>Refunded amount cannot be negative.</source>
        <translation>Het terugbetaalde bedrag kan niet negatief zijn.</translation>
    </message>
    <message>
        <source>Captured amount cannot be negative.</source>
        <translation>Het vastgelegde bedrag kan niet negatief zijn.</translation>
    </message>
    <message>
        <source>Captured amount {amount} is higher than the remaining authorized amount {remaining}.</source>
        <translation>Het vastgelegde bedrag {amount} is hoger dan het resterende geautoriseerde bedrag {remaining}.</translation>
    </message>
    <message>
        <source>Refunded amount {amount} is higher than the captured amount not yet refunded {refundable}.</source>
        <translation>Het terugbetaalde bedrag {amount} is hoger dan het vastgelegde bedrag dat nog niet is terugbetaald, {refundable}.</translation>
    </message>
    <message>
        <source>Resulting authorization amount {amount} cannot be less than the captured amount {captured}.</source>
        <translation>Het nieuwe geautoriseerde bedrag {amount} kan niet lager zijn dan het vastgelegde bedrag {captured}.</translation>
    </message>
    <message>
        <source>The order amount cannot be increased for {method} orders.</source>
        <translation>Het orderbedrag kan niet worden verhoogd voor bestellingen met betaalmethode {method}.</translation>
    </message>
    <message>
        <source>The order amount cannot be increased for this payment method.</source>
        <translation>Het orderbedrag kan niet worden verhoogd voor deze betaalmethode.</translation>
    </message>
    <message>
        <source>Authorization time of {method} orders in {country} cannot be extended.</source>
        <translation>De autorisatietermijn kan niet worden verlengd voor bestellingen met betaalmethode {method} in {country}.</translation>
    </message>
    <message>
        <source>Order has reached the maximum authorization time of {days} days.</source>
        <translation>De bestelling heeft de maximale autorisatietermijn van {days} dagen bereikt.</translation>
    </message>
    <message>
        <source>Billing address cannot be updated due to risk assessment.</source>
        <translation>Het factuuradres kan niet worden gewijzigd vanwege de risicobeoordeling.</translation>
    </message>
    <message>
        <source>Capture {capture_id} could not be found.</source>
        <translation>Vastlegging {capture_id} is niet gevonden.</translation>
    </message>
    <message>
        <source>Extension of due date is not possible for this payment method.</source>
        <translation>De vervaldatum kan voor deze betaalmethode niet worden verlengd.</translation>
    </message>
    <message>
        <source>Capture is fully refunded. Extension of due date is not possible.</source>
        <translation>De vastlegging is volledig terugbetaald. De vervaldatum kan niet worden verlengd.</translation>
    </message>
    <message>
        <source>Return fees are not available for orders from {country} (only {countries}).</source>
        <translation>Retourkosten zijn niet beschikbaar voor bestellingen uit {country} (alleen {countries}).</translation>
    </message>
    <message>
        <source>Return fees are not available for orders from this country (only {countries}).</source>
        <translation>Retourkosten zijn niet beschikbaar voor bestellingen uit dit land (alleen {countries}).</translation>
    </message>
    <message>
        <source>Return fees are possible only on orders captured in a single capture (this order has {count}).</source>
        <translation>Retourkosten zijn alleen mogelijk bij bestellingen die in één keer zijn vastgelegd (deze bestelling heeft er {count}).</translation>
    </message>
    <message>
        <source>This profile is read-only: it can look at orders but not change them.</source>
        <translation>Dit profiel is alleen-lezen: het kan bestellingen bekijken, maar niet wijzigen.</translation>
    </message>
    <message>
        <source>The request contains a password or API secret of a profile; it was not sent. Remove it and try again.</source>
        <translation>Het verzoek bevat het wachtwoord of API-geheim van een profiel en is niet verstuurd. Verwijder het en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Enter an amount</source>
        <translation>Voer een bedrag in</translation>
    </message>
    <message>
        <source>Enter the amount as text, e.g. 12.50</source>
        <translation>Voer het bedrag in als tekst, bijv. 12,50</translation>
    </message>
    <message>
        <source>{text} is not an amount</source>
        <translation>{text} is geen bedrag</translation>
    </message>
    <message>
        <source>The amount cannot be negative</source>
        <translation>Het bedrag kan niet negatief zijn</translation>
    </message>
    <message>
        <source>{currency} has no decimals; {text} has {given}</source>
        <translation>{currency} heeft geen decimalen; {text} heeft er {given}</translation>
    </message>
    <message>
        <source>{currency} has 1 decimal; {text} has {given}</source>
        <translation>{currency} heeft 1 decimaal; {text} heeft er {given}</translation>
    </message>
    <message>
        <source>{currency} has {decimals} decimals; {text} has {given}</source>
        <translation>{currency} heeft {decimals} decimalen; {text} heeft er {given}</translation>
    </message>
    <message>
        <source>This currency</source>
        <translation>Deze valuta</translation>
    </message>
    <message>
        <source>{text} has more than one decimal mark</source>
        <translation>{text} heeft meer dan één decimaalteken</translation>
    </message>
    <message>
        <source>{text} is not grouped in thousands</source>
        <translation>{text} is niet in duizendtallen gegroepeerd</translation>
    </message>
    <message>
        <source>{given} is not {currency}: type the amount in {currency}, the order&apos;s currency</source>
        <translation>{given} is geen {currency}: voer het bedrag in {currency} in, de valuta van de bestelling</translation>
    </message>
    <message>
        <source>could not be read from Klarna after its last write ({detail})</source>
        <translation>kon na de laatste wijziging niet bij Klarna worden gelezen ({detail})</translation>
    </message>
    <message>
        <source>journal entry {entry} cannot be sent again as it stands ({field})</source>
        <translation>journaalpost {entry} kan niet ongewijzigd opnieuw worden verstuurd ({field})</translation>
    </message>
    <message>
        <source>An earlier {action} (journal entry {entry}) never got an answer and its key is over 23 hours old: open the order and use Check with Klarna</source>
        <translation>Een eerder verzoek ({action}, journaalpost {entry}) heeft nooit antwoord gekregen en de sleutel is ouder dan 23 uur: open de bestelling en gebruik Controleren bij Klarna</translation>
    </message>
    <message>
        <source>done before ({when} UTC, journal entry {entry})</source>
        <translation>al eerder gedaan ({when} UTC, journaalpost {entry})</translation>
    </message>
    <message>
        <source>an earlier {action} on this order (journal entry {entry}) has no answer yet</source>
        <translation>een eerder verzoek voor deze bestelling ({action}, journaalpost {entry}) heeft nog geen antwoord</translation>
    </message>
    <message>
        <source>the same {action} was made minutes ago (journal entry {entry})</source>
        <translation>hetzelfde verzoek ({action}) is een paar minuten geleden gedaan (journaalpost {entry})</translation>
    </message>
    <message>
        <source>stopped before sending</source>
        <translation>gestopt vóór verzending</translation>
    </message>
    <message>
        <source>sent, but its outcome could not be journaled: {detail}</source>
        <translation>verstuurd, maar de uitkomst kon niet in het journaal worden vastgelegd: {detail}</translation>
    </message>
    <message>
        <source>not sent: the journal could not be written: {detail}</source>
        <translation>niet verstuurd: er kon niet in het journaal worden geschreven: {detail}</translation>
    </message>
    <message>
        <source>nothing was sent</source>
        <translation>er is niets verstuurd</translation>
    </message>
    <message>
        <source>Klarna&apos;s answer could not be recorded, so the action stays open and is resumed with its original idempotency key</source>
        <translation>het antwoord van Klarna kon niet worden opgeslagen, dus de actie blijft open en wordt hervat met de oorspronkelijke idempotentiesleutel</translation>
    </message>
    <message>
        <source>the orders fetched from Klarna were not saved on this computer</source>
        <translation>de bestellingen die bij Klarna zijn opgehaald, zijn niet op deze computer opgeslagen</translation>
    </message>
    <message>
        <source>today&apos;s backup of the journal was not taken</source>
        <translation>de back-up van het journaal van vandaag is niet gemaakt</translation>
    </message>
    <message>
        <source>the orders and journal of this profile cannot be shown</source>
        <translation>de bestellingen en het journaal van dit profiel kunnen niet worden weergegeven</translation>
    </message>
    <message>
        <source>the local data could not be read</source>
        <translation>de lokale gegevens konden niet worden gelezen</translation>
    </message>
    <message>
        <source>nothing was saved</source>
        <translation>er is niets opgeslagen</translation>
    </message>
    <message>
        <source>is missing: the file was there before and is gone</source>
        <translation>ontbreekt: het bestand was er eerder en is verdwenen</translation>
    </message>
    <message>
        <source>is missing, but its -wal file (the newest part of it) is still there</source>
        <translation>ontbreekt, maar het -wal-bestand (het nieuwste deel ervan) is er nog</translation>
    </message>
    <message>
        <source>is empty (0 bytes): the file was there before, with data</source>
        <translation>is leeg (0 bytes): het bestand was er eerder, met gegevens</translation>
    </message>
    <message>
        <source>is not a readable SQLite database (its first page is zeroed)</source>
        <translation>is geen leesbare SQLite-database (de eerste pagina is leeggemaakt)</translation>
    </message>
    <message>
        <source>is not a readable SQLite database (its first page is not a SQLite header)</source>
        <translation>is geen leesbare SQLite-database (de eerste pagina heeft geen SQLite-header)</translation>
    </message>
    <message>
        <source>failed SQLite&apos;s check: {detail}</source>
        <translation>is afgekeurd door de controle van SQLite: {detail}</translation>
    </message>
    <message>
        <source>is damaged ({detail})</source>
        <translation>is beschadigd ({detail})</translation>
    </message>
    <message>
        <source> ({amounts} in minor units)</source>
        <translation> ({amounts} in kleinste valuta-eenheden)</translation>
    </message>
    <message>
        <source>{n}) {action} on order {order}{amount}, started {started} UTC, idempotency key {key}, state {state}</source>
        <translation>{n}) {action} op bestelling {order}{amount}, gestart {started} UTC, idempotentiesleutel {key}, status {state}</translation>
    </message>
    <message>
        <source>nothing was left of it</source>
        <translation>er was niets van over</translation>
    </message>
    <message>
        <source>The local store {path} {problem}. It was moved aside whole ({files}) to {kept_in}; nothing was deleted, and a new, empty store was started for this profile. </source>
        <translation>De lokale database {path} {problem}. Hij is in zijn geheel ({files}) verplaatst naar {kept_in}; er is niets verwijderd, en er is een nieuwe, lege database gestart voor dit profiel. </translation>
    </message>
    <message>
        <source>the moved files</source>
        <translation>de verplaatste bestanden</translation>
    </message>
    <message>
        <source>the backup of {when}, {backup}</source>
        <translation>de back-up van {when}, {backup}</translation>
    </message>
    <message>
        <source>the moved files and the backup of {when}</source>
        <translation>de verplaatste bestanden en de back-up van {when}</translation>
    </message>
    <message>
        <source>and {more} more, listed in {readme}</source>
        <translation>en nog {more}, vermeld in {readme}</translation>
    </message>
    <message>
        <source> (read from {source})</source>
        <translation> (gelezen uit {source})</translation>
    </message>
    <message>
        <source>It held {count} write(s) to Klarna whose outcome was never recorded{read_from}. They are kept open in the new journal with their own keys: nothing new is sent for those orders until each is settled; each is sent again with its own key (Klarna applies it at most once) while the key is under 23 hours old, and older ones wait for Check with Klarna in the order&apos;s action: {writes}.</source>
        <translation>Hij bevatte {count} wijziging(en) naar Klarna waarvan de uitkomst nooit is vastgelegd{read_from}. Ze blijven open in het nieuwe journaal met hun eigen sleutels: voor die bestellingen wordt niets nieuws verstuurd tot elk ervan is afgehandeld; elk wordt opnieuw verstuurd met de eigen sleutel (Klarna voert het hoogstens één keer uit) zolang de sleutel jonger is dan 23 uur, en oudere wachten op Controleren bij Klarna in de actie van de bestelling: {writes}.</translation>
    </message>
    <message>
        <source> Part of its journal could not be read, so there may be more.</source>
        <translation> Een deel van het journaal kon niet worden gelezen, dus er kunnen er meer zijn.</translation>
    </message>
    <message>
        <source>It held no unfinished writes (read from {source}).</source>
        <translation>Hij bevatte geen onafgemaakte wijzigingen (gelezen uit {source}).</translation>
    </message>
    <message>
        <source>Its journal could not be read, so writes it left unfinished are unknown: check this profile&apos;s recent captures and refunds with Klarna before repeating any.</source>
        <translation>Het journaal kon niet worden gelezen, dus welke wijzigingen onafgemaakt bleven is onbekend: controleer de recente vastleggingen en terugbetalingen van dit profiel bij Klarna voordat u er een herhaalt.</translation>
    </message>
    <message>
        <source>The disk holding {folder} is full; {then}. Free some space and try again.</source>
        <translation>De schijf met {folder} is vol; {then}. Maak ruimte vrij en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The local store in {folder} is locked by another program (another Klarna Order Console window, a backup or sync tool) and stayed locked; {then}. Close the other program and try again.</source>
        <translation>De lokale database in {folder} is vergrendeld door een ander programma (een ander venster van Klarna Order Console, een back-up- of synchronisatieprogramma) en bleef vergrendeld; {then}. Sluit het andere programma en probeer het opnieuw.</translation>
    </message>
    <message>
        <source> ({where})</source>
        <translation> ({where})</translation>
    </message>
    <message>
        <source>Klarna Order Console cannot write to {folder}{where}: the folder belongs to another user, or the disk is read-only; {then}. Give your user write access to it, or start with --basedir pointing to a folder you own.</source>
        <translation>Klarna Order Console kan niet schrijven naar {folder}{where}: de map is van een andere gebruiker, of de schijf is alleen-lezen; {then}. Geef uw gebruiker schrijfrechten, of start met --basedir naar een map die van u is.</translation>
    </message>
    <message>
        <source>Klarna Order Console keeps its data in a folder of that name</source>
        <translation>Klarna Order Console bewaart zijn gegevens in een map met die naam</translation>
    </message>
    <message>
        <source>Klarna Order Console keeps its data in {folder}</source>
        <translation>Klarna Order Console bewaart zijn gegevens in {folder}</translation>
    </message>
    <message>
        <source>{where} is in the way: it is a file, not a folder, and {role}; {then}. Move the file away, or start with --basedir pointing elsewhere.</source>
        <translation>{where} zit in de weg: het is een bestand, geen map, en {role}; {then}. Verplaats het bestand, of start met --basedir naar een andere plek.</translation>
    </message>
    <message>
        <source>The local store {path} is damaged ({detail}); {then}. Quit and start Klarna Order Console again: it moves the damaged file aside, keeps it whole, and lists the writes it left unfinished.</source>
        <translation>De lokale database {path} is beschadigd ({detail}); {then}. Sluit Klarna Order Console af en start het opnieuw: het programma zet het beschadigde bestand opzij, bewaart het in zijn geheel en toont de wijzigingen die daarin onafgemaakt bleven.</translation>
    </message>
    <message>
        <source>The local store {path} failed its daily check ({detail}). Quit and start Klarna Order Console again: it moves the damaged file aside, keeps it whole, and lists the writes it left unfinished.</source>
        <translation>De lokale database {path} is afgekeurd bij de dagelijkse controle ({detail}). Sluit Klarna Order Console af en start het opnieuw: het programma zet het beschadigde bestand opzij, bewaart het in zijn geheel en toont de wijzigingen die daarin onafgemaakt bleven.</translation>
    </message>
    <message>
        <source>The local store {path} could not be read ({detail}); nothing was changed. The disk may be failing or disconnected: check it, then open the profile again.</source>
        <translation>De lokale database {path} kon niet worden gelezen ({detail}); er is niets gewijzigd. De schijf is mogelijk defect of losgekoppeld: controleer hem en open het profiel daarna opnieuw.</translation>
    </message>
    <message>
        <source>{path} is not a readable SQLite database ({detail})</source>
        <translation>{path} is geen leesbare SQLite-database ({detail})</translation>
    </message>
    <message>
        <source>{path} has schema version {version}, newer than this program&apos;s {latest}: it was written by a newer Klarna Order Console; update the program to open it</source>
        <translation>{path} heeft schemaversie {version}, nieuwer dan {latest} van dit programma: het is geschreven door een nieuwere Klarna Order Console; werk het programma bij om het te openen</translation>
    </message>
    <message>
        <source>; the file as it was before is kept at {backup}</source>
        <translation>; het bestand zoals het eerst was, staat in {backup}</translation>
    </message>
    <message>
        <source>could not update {path} to schema {version} ({detail}){kept}</source>
        <translation>kon {path} niet bijwerken naar schema {version} ({detail}){kept}</translation>
    </message>
    <message>
        <source>the local store {path} is closed</source>
        <translation>de lokale database {path} is gesloten</translation>
    </message>
    <message>
        <source>The team store {where} cannot be reached ({detail}). Nothing is sent from this desk until it can be: every write is journaled there first.</source>
        <translation>De teamdatabase {where} is niet bereikbaar ({detail}). Vanaf deze werkplek wordt niets verstuurd tot hij bereikbaar is: elke wijziging wordt daar eerst in het journaal vastgelegd.</translation>
    </message>
    <message>
        <source>The team store {where} stopped answering ({detail}). What was being done was not sent; try again once the server answers.</source>
        <translation>De teamdatabase {where} reageert niet meer ({detail}). Wat bezig was, is niet verstuurd; probeer het opnieuw zodra de server reageert.</translation>
    </message>
    <message>
        <source>The team store {where} refused it: {detail} (SQLSTATE {sqlstate}). Nothing was sent from this desk. Try again; if it keeps refusing, show this to whoever runs the database server.</source>
        <translation>De teamdatabase {where} weigerde: {detail} (SQLSTATE {sqlstate}). Vanaf deze werkplek is niets verstuurd. Probeer het opnieuw; blijft hij weigeren, laat dit dan zien aan wie de databaseserver beheert.</translation>
    </message>
    <message>
        <source>The team store {where} has schema version {version}, newer than this program&apos;s {latest}: another desk runs a newer Klarna Order Console; update it on this desk too.</source>
        <translation>De teamdatabase {where} heeft schemaversie {version}, nieuwer dan {latest} van dit programma: een andere werkplek gebruikt een nieuwere Klarna Order Console; werk het op deze werkplek ook bij.</translation>
    </message>
    <message>
        <source>Klarna did not answer in time ({detail})</source>
        <translation>Klarna heeft niet op tijd geantwoord ({detail})</translation>
    </message>
    <message>
        <source>could not reach Klarna at {url}: {detail}</source>
        <translation>kon Klarna niet bereiken op {url}: {detail}</translation>
    </message>
    <message>
        <source>Klarna&apos;s answer could not be read as {kind}: {detail}</source>
        <translation>Het antwoord van Klarna kon niet worden gelezen als {kind}: {detail}</translation>
    </message>
    <message>
        <source>Klarna&apos;s next link {link} is not a Settlements URL</source>
        <translation>De volgende-link {link} van Klarna is geen Settlements-URL</translation>
    </message>
    <message>
        <source>no content type</source>
        <translation>geen inhoudstype</translation>
    </message>
    <message>
        <source>Klarna&apos;s {report} report came as {got}, not {expected}</source>
        <translation>Het rapport {report} van Klarna kwam als {got}, niet als {expected}</translation>
    </message>
    <message>
        <source>unknown region/environment {region}/{environment}: region is one of {regions}, environment one of {environments}</source>
        <translation>onbekende regio/omgeving {region}/{environment}: de regio is een van {regions}, de omgeving een van {environments}</translation>
    </message>
    <message>
        <source>base URL {url} is not an http(s) URL with a host</source>
        <translation>basis-URL {url} is geen http(s)-URL met een host</translation>
    </message>
    <message>
        <source>base URL {url} is not https: credentials would travel in clear text (plain http is accepted only for this machine, e.g. the sandbox)</source>
        <translation>basis-URL {url} gebruikt geen https: de inloggegevens zouden onversleuteld worden verstuurd (gewone http is alleen toegestaan voor deze computer, bijv. de sandbox)</translation>
    </message>
    <message>
        <source>put the API username and password in the profile, not in the URL</source>
        <translation>zet de API-gebruikersnaam en het wachtwoord in het profiel, niet in de URL</translation>
    </message>
    <message>
        <source>The disk holding {folder} is full ({detail}); {file} was not saved (its earlier version is kept). Free some space and try again.</source>
        <translation>De schijf met {folder} is vol ({detail}); {file} is niet opgeslagen (de vorige versie blijft bewaard). Maak ruimte vrij en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Klarna Order Console cannot write to {folder} ({detail}); {file} was not saved. Give your user write access to it, or start with --basedir pointing to a folder you own.</source>
        <translation>Klarna Order Console kan niet schrijven naar {folder} ({detail}); {file} is niet opgeslagen. Geef uw gebruiker schrijfrechten, of start met --basedir naar een map die van u is.</translation>
    </message>
    <message>
        <source>it is not valid JSON ({detail})</source>
        <translation>het bestand is geen geldige JSON ({detail})</translation>
    </message>
    <message>
        <source>it is format {format}, written by a newer Klarna Order Console</source>
        <translation>het bestand heeft formaat {format}, geschreven door een nieuwere Klarna Order Console</translation>
    </message>
    <message>
        <source>profile {number}: {detail}</source>
        <translation>profiel {number}: {detail}</translation>
    </message>
    <message>
        <source>profile {number} ({name}): its id {id} is used twice</source>
        <translation>profiel {number} ({name}): de ID {id} wordt twee keer gebruikt</translation>
    </message>
    <message>
        <source>profile {number} ({name}): {problems}</source>
        <translation>profiel {number} ({name}): {problems}</translation>
    </message>
    <message>
        <source>{value} is not a profile id (lower-case letters, digits and &apos;-&apos;, at most 63)</source>
        <translation>{value} is geen profiel-ID (kleine letters, cijfers en &apos;-&apos;, hoogstens 63)</translation>
    </message>
    <message>
        <source>another profile is already called {name}</source>
        <translation>een ander profiel heet al {name}</translation>
    </message>
    <message>
        <source>{value} is not a colour like #4a6fa5</source>
        <translation>{value} is geen kleur zoals #4a6fa5</translation>
    </message>
    <message>
        <source>only the built-in Sandbox profile is a sandbox profile, and it cannot be changed</source>
        <translation>alleen het ingebouwde Sandbox-profiel is een sandboxprofiel, en dat kan niet worden gewijzigd</translation>
    </message>
    <message>
        <source>the built-in Sandbox profile cannot be changed</source>
        <translation>het ingebouwde Sandbox-profiel kan niet worden gewijzigd</translation>
    </message>
    <message>
        <source>the built-in Sandbox profile cannot be removed</source>
        <translation>het ingebouwde Sandbox-profiel kan niet worden verwijderd</translation>
    </message>
    <message>
        <source>a custom base URL replaces region and environment: leave those empty</source>
        <translation>een eigen basis-URL vervangt regio en omgeving: laat die leeg</translation>
    </message>
    <message>
        <source>{value} is not one of {allowed} (or give a base URL)</source>
        <translation>{value} is niet een van {allowed} (of geef een basis-URL op)</translation>
    </message>
    <message>
        <source>is required (the API username from the Merchant Portal)</source>
        <translation>is verplicht (de API-gebruikersnaam uit het Merchant Portal)</translation>
    </message>
    <message>
        <source>cannot contain &apos;:&apos;</source>
        <translation>mag geen &apos;:&apos; bevatten</translation>
    </message>
    <message>
        <source>cannot contain spaces or control characters</source>
        <translation>mag geen spaties of stuurtekens bevatten</translation>
    </message>
    <message>
        <source>cannot contain control characters</source>
        <translation>mag geen stuurtekens bevatten</translation>
    </message>
    <message>
        <source>must be a PostgreSQL URL starting with postgresql://</source>
        <translation>moet een PostgreSQL-URL zijn die begint met postgresql://</translation>
    </message>
    <message>
        <source>names no server (postgresql://user@host/database)</source>
        <translation>noemt geen server (postgresql://gebruiker@host/database)</translation>
    </message>
    <message>
        <source>must not hold the password: give it in the password field (kept in the keyring)</source>
        <translation>mag het wachtwoord niet bevatten: vul het in het wachtwoordveld in (het wordt in de sleutelbos bewaard)</translation>
    </message>
    <message>
        <source>Those profiles were left out; the others were loaded.</source>
        <translation>Die profielen zijn overgeslagen; de andere zijn geladen.</translation>
    </message>
    <message>
        <source>No profile could be read from it.</source>
        <translation>Er kon geen profiel uit het bestand worden gelezen.</translation>
    </message>
    <message>
        <source>Passwords in it must be entered again.</source>
        <translation>Wachtwoorden in het bestand moeten opnieuw worden ingevoerd.</translation>
    </message>
    <message>
        <source>{path} is damaged: {problems}. {then} The file as it was is kept as {kept_as}.</source>
        <translation>{path} is beschadigd: {problems}. {then} Het bestand zoals het was, is bewaard als {kept_as}.</translation>
    </message>
    <message>
        <source>no usable keyring: install the &apos;keyring&apos; package and run under a desktop session with a secret service (or use the credentials file)</source>
        <translation>geen bruikbare sleutelbos: installeer het pakket &apos;keyring&apos; en werk in een desktopsessie met een secret service (of gebruik het bestand met inloggegevens)</translation>
    </message>
    <message>
        <source>the keyring refused the password of profile {profile}: {detail}</source>
        <translation>de sleutelbos heeft het wachtwoord van profiel {profile} geweigerd: {detail}</translation>
    </message>
    <message>
        <source>in the system keyring ({backend}), under the service name {service}</source>
        <translation>in de sleutelbos van het systeem ({backend}), onder de servicenaam {service}</translation>
    </message>
    <message>
        <source>in the file {path}, which only your user account can read (no system keyring was found)</source>
        <translation>in het bestand {path}, dat alleen uw gebruikersaccount kan lezen (geen sleutelbos van het systeem gevonden)</translation>
    </message>
    <message>
        <source>Connected to {url}: Klarna accepted the credentials.</source>
        <translation>Verbonden met {url}: Klarna heeft de inloggegevens geaccepteerd.</translation>
    </message>
    <message>
        <source>Klarna refused the username or password ({status}). Credentials work only in their own region and environment: check those as well ({environment}, {url}).</source>
        <translation>Klarna heeft de gebruikersnaam of het wachtwoord geweigerd ({status}). Inloggegevens werken alleen in hun eigen regio en omgeving: controleer die ook ({environment}, {url}).</translation>
    </message>
    <message>
        <source>{cause}. Check the region and environment (or the base URL) and the network connection.</source>
        <translation>{cause}. Controleer de regio en omgeving (of de basis-URL) en de netwerkverbinding.</translation>
    </message>
    <message>
        <source>{url} answered 404 without Klarna&apos;s NO_SUCH_ORDER: it may not be a Klarna Order Management host ({detail}).</source>
        <translation>{url} antwoordde 404 zonder Klarna&apos;s NO_SUCH_ORDER: het is mogelijk geen host voor Klarna Order Management ({detail}).</translation>
    </message>
    <message>
        <source>found at Klarna by Check with Klarna</source>
        <translation>bij Klarna gevonden met Controleren bij Klarna</translation>
    </message>
    <message>
        <source>recovered from the damaged store moved to {kept_in}</source>
        <translation>hersteld uit de beschadigde database die is verplaatst naar {kept_in}</translation>
    </message>
    <message>
        <source>Unexpected answer from {url}: {detail}</source>
        <translation>Onverwacht antwoord van {url}: {detail}</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>is verplicht</translation>
    </message>
    <message>
        <source>is not a field Klarna accepts here</source>
        <translation>is geen veld dat Klarna hier accepteert</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>is leeg</translation>
    </message>
    <message>
        <source>at most {limit} characters</source>
        <translation>hoogstens {limit} tekens</translation>
    </message>
    <message>
        <source> (got {got} characters)</source>
        <translation> (opgegeven: {got} tekens)</translation>
    </message>
    <message>
        <source>at least {limit} characters</source>
        <translation>minstens {limit} tekens</translation>
    </message>
    <message>
        <source>at most {limit} items</source>
        <translation>hoogstens {limit} items</translation>
    </message>
    <message>
        <source> (got {got} items)</source>
        <translation> (opgegeven: {got} items)</translation>
    </message>
    <message>
        <source>at least {limit} item(s)</source>
        <translation>minstens {limit} item(s)</translation>
    </message>
    <message>
        <source>must be at least {limit}</source>
        <translation>moet minstens {limit} zijn</translation>
    </message>
    <message>
        <source>must be at most {limit}</source>
        <translation>mag hoogstens {limit} zijn</translation>
    </message>
    <message>
        <source>must be between {low} and {high}</source>
        <translation>moet tussen {low} en {high} liggen</translation>
    </message>
    <message>
        <source>must be {expected}, not {got}</source>
        <translation>moet {expected} zijn, niet {got}</translation>
    </message>
    <message>
        <source>{value} is not allowed; use one of: {allowed}</source>
        <translation>{value} is niet toegestaan; gebruik een van: {allowed}</translation>
    </message>
    <message>
        <source>{value} is not allowed</source>
        <translation>{value} is niet toegestaan</translation>
    </message>
    <message>
        <source>{value} is not a Klarna id (a UUID such as 0b1d9815-165e-42e2-8867-35bc03789e00)</source>
        <translation>{value} is geen Klarna-ID (een UUID zoals 0b1d9815-165e-42e2-8867-35bc03789e00)</translation>
    </message>
    <message>
        <source>{value} is not a payment reference (up to 255 characters, no spaces or slashes)</source>
        <translation>{value} is geen betalingsreferentie (hoogstens 255 tekens, geen spaties of schuine strepen)</translation>
    </message>
    <message>
        <source>{value} is not a date (YYYY-MM-DD) or an ISO 8601 date-time</source>
        <translation>{value} is geen datum (JJJJ-MM-DD) of ISO 8601-datum-tijd</translation>
    </message>
    <message>
        <source>{value} is not an ISO 4217 code (three letters, like EUR)</source>
        <translation>{value} is geen ISO 4217-code (drie letters, zoals EUR)</translation>
    </message>
    <message>
        <source>{end} is before the start date {start}</source>
        <translation>{end} ligt vóór de startdatum {start}</translation>
    </message>
    <message>
        <source>{action} needs a capture</source>
        <translation>{action}: vereist een vastlegging</translation>
    </message>
    <message>
        <source>{action} needs a request body</source>
        <translation>{action}: vereist een verzoekinhoud (body)</translation>
    </message>
    <message>
        <source>{action} takes no request body</source>
        <translation>{action}: accepteert geen verzoekinhoud (body)</translation>
    </message>
    <message>
        <source>say why you are sure Klarna did not apply it (1 to {limit} characters)</source>
        <translation>geef aan waarom u zeker weet dat Klarna het niet heeft uitgevoerd (1 tot {limit} tekens)</translation>
    </message>
    <message>
        <source>request</source>
        <translation>verzoek</translation>
    </message>
</context>
<context>
    <name>ReferencesDialog</name>
    <message>
        <source>Reference &amp;1</source>
        <translation>Referentie &amp;1</translation>
    </message>
    <message>
        <source>Shown to the customer as the order number.</source>
        <translation>Wordt aan de klant getoond als bestelnummer.</translation>
    </message>
    <message>
        <source>Reference &amp;2</source>
        <translation>Referentie &amp;2</translation>
    </message>
    <message>
        <source>Your own reference, e.g. the id in your shop or ERP.</source>
        <translation>Uw eigen referentie, bijv. de ID in uw webshop of ERP.</translation>
    </message>
    <message>
        <source>&amp;Save references</source>
        <translation>Referenties op&amp;slaan</translation>
    </message>
    <message>
        <source>Clear reference 1 (“{reference}”) of order {order}?</source>
        <translation>Referentie 1 (“{reference}”) van bestelling {order} wissen?</translation>
    </message>
    <message>
        <source>&lt;p&gt;Reference 1 is the order number the customer sees in the Klarna app and on the invoice; after clearing it, they see none.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Referentie 1 is het bestelnummer dat de klant in de Klarna-app en op de factuur ziet; na het wissen ziet de klant er geen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Clear reference 1</source>
        <translation>Referentie 1 wissen</translation>
    </message>
    <message>
        <source>Change a reference to save it.</source>
        <translation>Wijzig een referentie om op te slaan.</translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <source>&amp;Refund…</source>
        <translation>&amp;Terugbetalen…</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>Vastgelegd</translation>
    </message>
    <message>
        <source>Already refunded</source>
        <translation>Al terugbetaald</translation>
    </message>
    <message>
        <source>Refundable</source>
        <translation>Terug te betalen</translation>
    </message>
    <message>
        <source>How much to refund</source>
        <translation>Hoeveel terugbetalen</translation>
    </message>
    <message>
        <source>&amp;Everything refundable</source>
        <translation>&amp;Alles wat terug kan</translation>
    </message>
    <message>
        <source>&amp;Part of it, by amount</source>
        <translation>Een &amp;deel, op bedrag</translation>
    </message>
    <message>
        <source>By &amp;lines of a capture</source>
        <translation>Op &amp;regels van een vastlegging</translation>
    </message>
    <message>
        <source>Amount to refund</source>
        <translation>Terug te betalen bedrag</translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation>&amp;Bedrag</translation>
    </message>
    <message>
        <source>Capture whose lines are refunded</source>
        <translation>Vastlegging waarvan regels worden terugbetaald</translation>
    </message>
    <message>
        <source>&amp;Capture</source>
        <translation>&amp;Vastlegging</translation>
    </message>
    <message>
        <source>The refund lines keep this capture&apos;s line references, so Klarna credits its invoice.</source>
        <translation>De terugbetalingsregels houden de regelreferenties van deze vastlegging, zodat Klarna de factuur ervan crediteert.</translation>
    </message>
    <message>
        <source>Lines to refund</source>
        <translation>Terug te betalen regels</translation>
    </message>
    <message>
        <source>Lines: problem</source>
        <translation>Regels: probleem</translation>
    </message>
    <message>
        <source>Charge a return fee of</source>
        <translation>In rekening brengen:</translation>
    </message>
    <message>
        <source>Charge a return fee</source>
        <translation>Retourkosten rekenen</translation>
    </message>
    <message>
        <source>Return fee</source>
        <translation>Retourkosten</translation>
    </message>
    <message>
        <source>Return &amp;fee</source>
        <translation>Retour&amp;kosten</translation>
    </message>
    <message>
        <source>Kept from what the customer gets back, and shown in the Klarna app.</source>
        <translation>Wordt ingehouden op wat de klant terugkrijgt en getoond in de Klarna-app.</translation>
    </message>
    <message>
        <source>Why no return fee</source>
        <translation>Waarom geen retourkosten</translation>
    </message>
    <message>
        <source>The customer gets back</source>
        <translation>De klant krijgt terug</translation>
    </message>
    <message>
        <source>Customer gets back</source>
        <translation>Klant krijgt terug</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Omschrijving</translation>
    </message>
    <message>
        <source>Shown to the customer.</source>
        <translation>Zichtbaar voor de klant.</translation>
    </message>
    <message>
        <source>Re&amp;ference</source>
        <translation>Re&amp;ferentie</translation>
    </message>
    <message>
        <source>Appears in your settlement files.</source>
        <translation>Verschijnt in uw afrekeningsbestanden.</translation>
    </message>
    <message>
        <source>&amp;Everything refundable ({amount})</source>
        <translation>&amp;Alles wat terug kan ({amount})</translation>
    </message>
    <message>
        <source>No return fee: {why}</source>
        <translation>Geen retourkosten: {why}</translation>
    </message>
    <message>
        <source>Pick at least one unit of a captured line to refund.</source>
        <translation>Kies ten minste één eenheid van een vastgelegde regel om terug te betalen.</translation>
    </message>
    <message>
        <source>Enter the fee, or untick the box.</source>
        <translation>Voer de kosten in of vink het vakje uit.</translation>
    </message>
    <message>
        <source>The fee must be less than the {amount} refunded.</source>
        <translation>De kosten moeten lager zijn dan de terugbetaalde {amount}.</translation>
    </message>
    <message>
        <source>A return fee goes with the returned lines: refund by lines of the capture (or everything).</source>
        <translation>Retourkosten horen bij de geretourneerde regels: betaal terug op regels van de vastlegging (of alles).</translation>
    </message>
    <message>
        <source>{amount} ({gross} less the {fee} fee)</source>
        <translation>{amount} ({gross} min {fee} kosten)</translation>
    </message>
    <message>
        <source>{customer} gets {amount} back; Klarna takes it from your next payout.</source>
        <translation>{customer} krijgt {amount} terug; Klarna houdt het in op uw volgende uitbetaling.</translation>
    </message>
    <message>
        <source>The customer gets {amount} back; Klarna takes it from your next payout.</source>
        <translation>De klant krijgt {amount} terug; Klarna houdt het in op uw volgende uitbetaling.</translation>
    </message>
    <message>
        <source>A return fee of {amount} is kept.</source>
        <translation>Er wordt {amount} retourkosten ingehouden.</translation>
    </message>
    <message>
        <source>Refund {amount} on order {order}?</source>
        <translation>{amount} terugbetalen voor bestelling {order}?</translation>
    </message>
    <message>
        <source>Refund {amount}</source>
        <translation>{amount} terugbetalen</translation>
    </message>
</context>
<context>
    <name>ReleaseDialog</name>
    <message>
        <source>&amp;Release…</source>
        <translation>&amp;Vrijgeven…</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>Vastgelegd</translation>
    </message>
    <message>
        <source>Remaining authorization</source>
        <translation>Resterende autorisatie</translation>
    </message>
    <message>
        <source>&lt;p&gt;The customer is not charged the remaining {amount} (card payers get it back). Nothing more can be captured afterwards; refunds of what was captured stay possible.&lt;/p&gt;</source>
        <translation>&lt;p&gt;De klant betaalt de resterende {amount} niet (wie met een kaart betaalde, krijgt het terug). Daarna kan er niets meer worden vastgelegd; terugbetalingen van wat is vastgelegd blijven mogelijk.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Release the remaining {amount} of order {order}?</source>
        <translation>Resterende {amount} van bestelling {order} vrijgeven?</translation>
    </message>
    <message>
        <source>&lt;p&gt;The order is closed for further captures.&lt;/p&gt;</source>
        <translation>&lt;p&gt;De bestelling wordt gesloten voor verdere vastleggingen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Release {amount}</source>
        <translation>{amount} vrijgeven</translation>
    </message>
</context>
<context>
    <name>ResultsController</name>
    <message>
        <source>Fetching {order} from Klarna…</source>
        <translation>{order} ophalen bij Klarna…</translation>
    </message>
    <message>
        <source>Klarna has no order {order} in this profile.</source>
        <translation>Klarna heeft geen bestelling {order} in dit profiel.</translation>
    </message>
    <message>
        <source>Could not fetch the order</source>
        <translation>Kan de bestelling niet ophalen</translation>
    </message>
</context>
<context>
    <name>Runtime</name>
    <message>
        <source>Klarna Order Console: unexpected error</source>
        <translation>Klarna Order Console: onverwachte fout</translation>
    </message>
    <message>
        <source>Something went wrong inside Klarna Order Console.</source>
        <translation>Er ging iets mis in Klarna Order Console.</translation>
    </message>
    <message>
        <source>{error}: {message}

The details are in the log file. Nothing was sent twice: check the order&apos;s History tab before you try the action again.</source>
        <translation>{error}: {message}

De details staan in het logbestand. Er is niets dubbel verstuurd: bekijk het tabblad Geschiedenis van de bestelling voordat u de actie opnieuw probeert.</translation>
    </message>
</context>
<context>
    <name>SearchPane</name>
    <message>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>Klarna ref {reference}</source>
        <translation>Klarna-ref. {reference}</translation>
    </message>
    <message>
        <source>Order id {order}</source>
        <translation>Order-ID {order}</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Aangemaakt</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Verloopt</translation>
    </message>
    <message>
        <source>Klarna ref</source>
        <translation>Klarna-ref.</translation>
    </message>
    <message>
        <source>Merchant ref</source>
        <translation>Winkelref.</translation>
    </message>
    <message>
        <source>Reference 2: {reference}</source>
        <translation>Referentie 2: {reference}</translation>
    </message>
    <message>
        <source>Order id</source>
        <translation>Order-ID</translation>
    </message>
    <message>
        <source>shown on the right</source>
        <translation>rechts getoond</translation>
    </message>
    <message>
        <source>Search name, e-mail, phone, reference or order id</source>
        <translation>Zoek op naam, e-mail, telefoon, referentie of order-ID</translation>
    </message>
    <message>
        <source>Search orders</source>
        <translation>Bestellingen zoeken</translation>
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
        <translation>Valutafilter</translation>
    </message>
    <message>
        <source>Any currency</source>
        <translation>Alle valuta&apos;s</translation>
    </message>
    <message>
        <source>Expiring soon</source>
        <translation>Verloopt snel</translation>
    </message>
    <message>
        <source>Only orders expiring soon</source>
        <translation>Alleen bestellingen die binnenkort verlopen</translation>
    </message>
    <message>
        <source>Fraud pending</source>
        <translation>Fraudecheck</translation>
    </message>
    <message>
        <source>Only orders pending fraud review</source>
        <translation>Alleen bestellingen met openstaande fraudecontrole</translation>
    </message>
    <message>
        <source>Not paid out</source>
        <translation>Niet uitbetaald</translation>
    </message>
    <message>
        <source>Only orders with a capture Klarna has not paid out</source>
        <translation>Alleen bestellingen met een vastlegging die Klarna nog niet heeft uitbetaald</translation>
    </message>
    <message>
        <source>More filters</source>
        <translation>Meer filters</translation>
    </message>
    <message>
        <source>Show date and amount filters</source>
        <translation>Datum- en bedragfilters tonen</translation>
    </message>
    <message>
        <source>Created from</source>
        <translation>Aangemaakt vanaf</translation>
    </message>
    <message>
        <source>Created until</source>
        <translation>Aangemaakt tot en met</translation>
    </message>
    <message>
        <source>Minimum amount</source>
        <translation>Minimumbedrag</translation>
    </message>
    <message>
        <source>Maximum amount</source>
        <translation>Maximumbedrag</translation>
    </message>
    <message>
        <source>any</source>
        <comment>no amount limit</comment>
        <translation>alle</translation>
    </message>
    <message>
        <source>to</source>
        <comment>a range: from … to …</comment>
        <translation>tot</translation>
    </message>
    <message>
        <source>Number of orders found</source>
        <translation>Aantal gevonden bestellingen</translation>
    </message>
    <message>
        <source>Import order IDs…</source>
        <translation>Order-ID&apos;s importeren…</translation>
    </message>
    <message>
        <source>Import order IDs</source>
        <translation>Order-ID&apos;s importeren</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Bestellingen</translation>
    </message>
    <message>
        <source>any</source>
        <comment>no date limit</comment>
        <translation>alle</translation>
    </message>
    <message>
        <source>Status: {statuses}</source>
        <translation>Status: {statuses}</translation>
    </message>
    <message>
        <source>No order matches. A pasted order id that is not here yet is fetched from Klarna.</source>
        <translation>Geen bestelling gevonden. Een geplakte order-ID die hier nog niet staat, wordt bij Klarna opgehaald.</translation>
    </message>
    <message>
        <source>No orders here yet. Klarna&apos;s API cannot list or search orders, so the console finds the ones it has fetched: paste an order id in the search box, or use File → Import order IDs… to fetch many at once (pasted, or from a CSV export of your shop).</source>
        <translation>Hier staan nog geen bestellingen. De API van Klarna kan geen bestellingen opsommen of zoeken, dus de console vindt alleen de bestellingen die al zijn opgehaald: plak een order-ID in het zoekvak, of gebruik Bestand → Order-ID&apos;s importeren… om er veel tegelijk op te halen (geplakt, of uit een CSV-export van uw winkel).</translation>
    </message>
</context>
<context>
    <name>SendOutDialog</name>
    <message>
        <source>&amp;Resend</source>
        <translation>&amp;Opnieuw versturen</translation>
    </message>
    <message>
        <source>What is sent, and to whom</source>
        <translation>Wat er wordt verstuurd, en naar wie</translation>
    </message>
    <message>
        <source>Choose a capture.</source>
        <translation>Kies een vastlegging.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Klarna sends the latest invoice or payment instructions of capture &lt;b&gt;{capture}&lt;/b&gt; (captured {when}, {amount}) again to &lt;b&gt;{email}&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;Use this when the customer says the invoice never arrived.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Klarna verstuurt de laatste factuur of betaalinstructies van vastlegging &lt;b&gt;{capture}&lt;/b&gt; (vastgelegd {when}, {amount}) opnieuw naar &lt;b&gt;{email}&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;Gebruik dit als de klant zegt dat de factuur nooit is aangekomen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Klarna sends the latest invoice or payment instructions of capture &lt;b&gt;{capture}&lt;/b&gt; (captured {when}, {amount}) again to the customer&apos;s e-mail address (Klarna has it; it is not shown here).&lt;/p&gt;&lt;p&gt;Use this when the customer says the invoice never arrived.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Klarna verstuurt de laatste factuur of betaalinstructies van vastlegging &lt;b&gt;{capture}&lt;/b&gt; (vastgelegd {when}, {amount}) opnieuw naar het e-mailadres van de klant (Klarna kent het; het wordt hier niet getoond).&lt;/p&gt;&lt;p&gt;Gebruik dit als de klant zegt dat de factuur nooit is aangekomen.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>SessionsController</name>
    <message>
        <source>Opening {profile}…</source>
        <translation>{profile} openen…</translation>
    </message>
    <message>
        <source>Enter the API password of profile &apos;{profile}&apos; first. The cached orders can be searched meanwhile. (File → Profiles…)</source>
        <translation>Voer eerst het API-wachtwoord van profiel &apos;{profile}&apos; in. In de tussentijd kunt u de bestellingen in de cache doorzoeken. (Bestand → Profielen…)</translation>
    </message>
    <message>
        <source>{profile}: no password stored; showing cached orders only</source>
        <translation>{profile}: geen wachtwoord opgeslagen; alleen bestellingen uit de cache worden getoond</translation>
    </message>
    <message>
        <source>Could not open {profile}</source>
        <translation>Kan {profile} niet openen</translation>
    </message>
    <message>
        <source>This profile is open in another window, process {process}.</source>
        <translation>Dit profiel is in een ander venster geopend, proces {process}.</translation>
    </message>
    <message>
        <source>This profile is open in another window.</source>
        <translation>Dit profiel is in een ander venster geopend.</translation>
    </message>
    <message>
        <source>Here it is read-only: you can look up orders, but only that window sends, retries and finishes interrupted actions. Choose another profile to work in, or close the other window and open this profile again.</source>
        <translation>Hier is het alleen-lezen: u kunt bestellingen opzoeken, maar alleen dat venster verstuurt, probeert opnieuw en rondt onderbroken acties af. Kies een ander profiel om in te werken, of sluit het andere venster en open dit profiel opnieuw.</translation>
    </message>
    <message>
        <source>Your account on the team store may only read it: you can look up orders and their history, but nothing is sent from this desk. Ask whoever runs the team store for a role that may write.</source>
        <translation>Uw account in de teamdatabase mag alleen lezen: u kunt bestellingen en hun geschiedenis opzoeken, maar vanaf deze werkplek wordt niets verstuurd. Vraag de beheerder van de teamdatabase om een rol die mag schrijven.</translation>
    </message>
    <message>
        <source>Sandbox: demo orders simulated on this computer; no Klarna account, no real money</source>
        <translation>Sandbox: demobestellingen gesimuleerd op deze computer; geen Klarna-account, geen echt geld</translation>
    </message>
    <message>
        <source>{status} · read-only</source>
        <translation>{status} · alleen-lezen</translation>
    </message>
    <message>
        <source>Updating the local data of {profile} for this version of the console. This happens once; with many cached orders it takes a few minutes…</source>
        <translation>De lokale gegevens van {profile} worden bijgewerkt voor deze versie van de console. Dit gebeurt één keer; met veel opgeslagen orders duurt het enkele minuten…</translation>
    </message>
    <message>
        <source>The sandbox starts again with fresh demo orders.</source>
        <translation>De sandbox begint opnieuw met nieuwe demobestellingen.</translation>
    </message>
    <message>
        <source>Finished the {action} on order {order} that was interrupted.</source>
        <translation>De onderbroken actie ({action}) voor bestelling {order} is afgerond.</translation>
    </message>
    <message>
        <source>The interrupted {action} on order {order} still has no answer from Klarna; it was sent again with the same key. It is tried again at {time}.</source>
        <translation>De onderbroken actie ({action}) voor bestelling {order} heeft nog geen antwoord van Klarna; ze is opnieuw verstuurd met dezelfde sleutel. Volgende poging om {time}.</translation>
    </message>
    <message>
        <source>The interrupted {action} on order {order} still has no answer from Klarna; it was sent again with the same key.</source>
        <translation>De onderbroken actie ({action}) voor bestelling {order} heeft nog geen antwoord van Klarna; ze is opnieuw verstuurd met dezelfde sleutel.</translation>
    </message>
    <message>
        <source>Klarna refused the interrupted {action} on order {order}: {code} {message}</source>
        <translation>Klarna heeft de onderbroken actie ({action}) voor bestelling {order} geweigerd: {code} {message}</translation>
    </message>
</context>
<context>
    <name>ShippingInfo</name>
    <message>
        <source>Carrier</source>
        <translation>Vervoerder</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Trackingcode</translation>
    </message>
    <message>
        <source>Tracking link</source>
        <translation>Trackinglink</translation>
    </message>
    <message>
        <source>Return carrier</source>
        <translation>Retourvervoerder</translation>
    </message>
    <message>
        <source>Return tracking number</source>
        <translation>Retourtrackingcode</translation>
    </message>
    <message>
        <source>Return tracking link</source>
        <translation>Retourtrackinglink</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(niet opgegeven)</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>{field}: problem</source>
        <translation>{field}: probleem</translation>
    </message>
    <message>
        <source>Shipment: problem</source>
        <translation>Zending: probleem</translation>
    </message>
    <message>
        <source>Remove shipment</source>
        <translation>Zending verwijderen</translation>
    </message>
    <message>
        <source>Shipment {number}</source>
        <translation>Zending {number}</translation>
    </message>
    <message>
        <source>{field} of shipment {number}</source>
        <translation>{field} van zending {number}</translation>
    </message>
    <message>
        <source>Remove shipment {number}</source>
        <translation>Zending {number} verwijderen</translation>
    </message>
    <message>
        <source>Add s&amp;hipment</source>
        <translation>&amp;Zending toevoegen</translation>
    </message>
    <message>
        <source>Add a shipment</source>
        <translation>Een zending toevoegen</translation>
    </message>
    <message>
        <source>Shipments: problem</source>
        <translation>Zendingen: probleem</translation>
    </message>
    <message>
        <source>Fill in the carrier or a tracking number, or remove this shipment.</source>
        <translation>Vul de vervoerder of een trackingcode in, of verwijder deze zending.</translation>
    </message>
    <message>
        <source>Enter the whole link, starting with https://</source>
        <translation>Voer de volledige link in, beginnend met https://</translation>
    </message>
    <message>
        <source>&amp;Add shipping info</source>
        <translation>Verzendgegevens &amp;toevoegen</translation>
    </message>
    <message>
        <source>Klarna shows the tracking in the customer&apos;s app for this capture, and uses it when the customer reports a missing parcel.</source>
        <translation>Klarna toont de tracking voor deze vastlegging in de app van de klant en gebruikt die als de klant een ontbrekend pakket meldt.</translation>
    </message>
    <message>
        <source>Tracking known before the capture: Klarna shows it in the customer&apos;s app. Add it to the capture instead once the order is captured.</source>
        <translation>Tracking die vóór de vastlegging bekend is: Klarna toont die in de app van de klant. Voeg ze in plaats daarvan aan de vastlegging toe zodra de bestelling is vastgelegd.</translation>
    </message>
    <message>
        <source>Add at least one shipment.</source>
        <translation>Voeg ten minste één zending toe.</translation>
    </message>
</context>
<context>
    <name>ShippingMethod</name>
    <message>
        <source>Collect in store</source>
        <translation>Afhalen in de winkel</translation>
    </message>
    <message>
        <source>Home delivery</source>
        <translation>Thuisbezorging</translation>
    </message>
    <message>
        <source>Parcel locker (registered)</source>
        <translation>Pakketkluis (geregistreerd)</translation>
    </message>
    <message>
        <source>Parcel locker (unregistered)</source>
        <translation>Pakketkluis (niet geregistreerd)</translation>
    </message>
    <message>
        <source>Pick-up point</source>
        <translation>Afhaalpunt</translation>
    </message>
    <message>
        <source>Own delivery</source>
        <translation>Eigen bezorging</translation>
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
        <translation>Digitale levering</translation>
    </message>
    <message>
        <source>Not specified</source>
        <translation>Niet opgegeven</translation>
    </message>
    <message>
        <source>Collect at warehouse</source>
        <translation>Afhalen bij het magazijn</translation>
    </message>
    <message>
        <source>Click and collect</source>
        <translation>Click &amp; collect</translation>
    </message>
    <message>
        <source>Pallet delivery</source>
        <translation>Palletlevering</translation>
    </message>
</context>
<context>
    <name>ShownOrder</name>
    <message>
        <source>Could not read the order from Klarna (showing the cached copy)</source>
        <translation>Kan de bestelling niet ophalen bij Klarna (kopie uit de cache wordt getoond)</translation>
    </message>
    <message>
        <source>Still connecting: the order shown is the cached copy.</source>
        <translation>Nog bezig met verbinden: de getoonde bestelling is de kopie uit de cache.</translation>
    </message>
    <message>
        <source>This profile is open in another window; only that window may send.</source>
        <translation>Dit profiel is in een ander venster geopend; alleen dat venster mag versturen.</translation>
    </message>
    <message>
        <source>This profile is read-only.</source>
        <translation>Dit profiel is alleen-lezen.</translation>
    </message>
    <message>
        <source>An earlier {action} has no answer yet: open it to send it again with its key or check with Klarna.</source>
        <translation>Een eerder verzoek ({action}) heeft nog geen antwoord: open het om het opnieuw te versturen met de sleutel ervan of om het bij Klarna te controleren.</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Authorized</source>
        <translation>Geautoriseerd</translation>
    </message>
    <message>
        <source>Part captured</source>
        <translation>Gedeeltelijk vastgelegd</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>Vastgelegd</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Geannuleerd</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Verlopen</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Gesloten</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Terugbetaald</translation>
    </message>
    <message>
        <source>Part refunded</source>
        <translation>Gedeeltelijk terugbetaald</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>open</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>afgewezen</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>gestopt</translation>
    </message>
    <message>
        <source>today</source>
        <translation>vandaag</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>morgen</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>gisteren</translation>
    </message>
</context>
<context>
    <name>UpdateAmountDialog</name>
    <message>
        <source>&amp;Update order…</source>
        <translation>Bestelling &amp;wijzigen…</translation>
    </message>
    <message>
        <source>Current amount</source>
        <translation>Huidig bedrag</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>Vastgelegd</translation>
    </message>
    <message>
        <source>New amount</source>
        <translation>Nieuw bedrag</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Verschil</translation>
    </message>
    <message>
        <source>Order lines</source>
        <translation>Orderregels</translation>
    </message>
    <message>
        <source>Add &amp;line</source>
        <translation>&amp;Regel toevoegen</translation>
    </message>
    <message>
        <source>Re&amp;move line</source>
        <translation>Regel &amp;verwijderen</translation>
    </message>
    <message>
        <source>Remove the selected line</source>
        <translation>De geselecteerde regel verwijderen</translation>
    </message>
    <message>
        <source>Lines: problem</source>
        <translation>Regels: probleem</translation>
    </message>
    <message>
        <source>New order amount</source>
        <translation>Nieuw orderbedrag</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Omschrijving</translation>
    </message>
    <message>
        <source>Why the order changed, for the customer.</source>
        <translation>Waarom de bestelling is gewijzigd, voor de klant.</translation>
    </message>
    <message>
        <source>this payment method</source>
        <translation>deze betaalmethode</translation>
    </message>
    <message>
        <source>A higher amount needs Klarna&apos;s approval ({method}): Klarna checks the customer again and may refuse.</source>
        <translation>Een hoger bedrag vereist goedkeuring van Klarna ({method}): Klarna beoordeelt de klant opnieuw en kan weigeren.</translation>
    </message>
    <message>
        <source>Klarna does not allow a higher amount for {method} orders from {country}: lower it, or ask the customer to place a new order for the extra items.</source>
        <translation>Klarna staat geen hoger bedrag toe voor bestellingen met {method} uit {country}: verlaag het, of vraag de klant een nieuwe bestelling te plaatsen voor de extra artikelen.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>An order needs at least one line.</source>
        <translation>Een bestelling heeft ten minste één regel nodig.</translation>
    </message>
    <message>
        <source>Line {line}: name is empty; every line needs one.</source>
        <translation>Regel {line}: de naam is leeg; elke regel heeft er een nodig.</translation>
    </message>
    <message>
        <source>Change a line, add one or remove one.</source>
        <translation>Wijzig een regel, voeg er een toe of verwijder er een.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Klarna checks the customer again and may refuse the higher amount.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Klarna beoordeelt de klant opnieuw en kan het hogere bedrag weigeren.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Raise order {order} from {old} to {new}?</source>
        <translation>Bestelling {order} verhogen van {old} naar {new}?</translation>
    </message>
    <message>
        <source>Lower order {order} from {old} to {new}?</source>
        <translation>Bestelling {order} verlagen van {old} naar {new}?</translation>
    </message>
    <message>
        <source>Set amount to {amount}</source>
        <translation>Bedrag instellen op {amount}</translation>
    </message>
</context>
</TS>
