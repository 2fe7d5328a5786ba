<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>AboutDialog</name>
    <message>
        <source>this program</source>
        <translation>det här programmet</translation>
    </message>
    <message>
        <source>the runtime</source>
        <translation>körmiljön</translation>
    </message>
    <message>
        <source>Qt for Python: the window</source>
        <translation>Qt for Python: fönstret</translation>
    </message>
    <message>
        <source>Qt for Python&apos;s binding layer</source>
        <translation>bindningslagret i Qt for Python</translation>
    </message>
    <message>
        <source>asyncio on Qt&apos;s event loop</source>
        <translation>asyncio på Qt:s händelseloop</translation>
    </message>
    <message>
        <source>HTTP client</source>
        <translation>HTTP-klient</translation>
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
        <translation>asynkron I/O</translation>
    </message>
    <message>
        <source>CA certificates</source>
        <translation>CA-certifikat</translation>
    </message>
    <message>
        <source>international domain names</source>
        <translation>internationella domännamn</translation>
    </message>
    <message>
        <source>which async library runs (used by httpcore)</source>
        <translation>vilket async-bibliotek som körs (används av httpcore)</translation>
    </message>
    <message>
        <source>typed models and JSON</source>
        <translation>typade modeller och JSON</translation>
    </message>
    <message>
        <source>where files go</source>
        <translation>var filer sparas</translation>
    </message>
    <message>
        <source>the sandbox&apos;s web framework</source>
        <translation>sandlådans webbramverk</translation>
    </message>
    <message>
        <source>the sandbox&apos;s web server</source>
        <translation>sandlådans webbserver</translation>
    </message>
    <message>
        <source>uvicorn&apos;s command line</source>
        <translation>uvicorns kommandorad</translation>
    </message>
    <message>
        <source>typing back-ports</source>
        <translation>bakåtporterad typning</translation>
    </message>
    <message>
        <source>PostgreSQL driver (team mode)</source>
        <translation>PostgreSQL-drivrutin (teamläge)</translation>
    </message>
    <message>
        <source>number, currency and date formats per locale (Unicode CLDR data)</source>
        <translation>tal-, valuta- och datumformat per språk (Unicode CLDR-data)</translation>
    </message>
    <message>
        <source>PostgreSQL&apos;s client library, libpq (team mode)</source>
        <translation>PostgreSQL:s klientbibliotek, libpq (teamläge)</translation>
    </message>
    <message>
        <source>Libraries from the build system</source>
        <translation>Bibliotek från byggsystemet</translation>
    </message>
    <message>
        <source>X11, fonts, TLS, SQLite, D-Bus (Linux bundle)</source>
        <translation>X11, typsnitt, TLS, SQLite, D-Bus (Linux-paket)</translation>
    </message>
    <message>
        <source>various: see each copyright file</source>
        <translation>olika: se respektive copyright-fil</translation>
    </message>
    <message>
        <source>{component} is licensed under {licence}; its licence text was not found next to this installation.</source>
        <translation>{component} är licensierad under {licence}; licenstexten hittades inte i den här installationen.</translation>
    </message>
    <message>
        <source>About Klarna Order Console</source>
        <translation>Om Klarna Order Console</translation>
    </message>
    <message>
        <source>Manage Klarna orders after the purchase through the Order Management API v1.&lt;br&gt;{versions}&lt;br&gt;MIT licence. Not made or endorsed by Klarna.</source>
        <translation>Hantera Klarna-ordrar efter köpet via Order Management API v1.&lt;br&gt;{versions}&lt;br&gt;MIT-licens. Inte gjord eller godkänd av Klarna.</translation>
    </message>
    <message>
        <source>Bundled components and their licences</source>
        <translation>Medföljande komponenter och deras licenser</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Komponent</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licens</translation>
    </message>
    <message>
        <source>Used for</source>
        <translation>Används till</translation>
    </message>
    <message>
        <source>Licence text</source>
        <translation>Licenstext</translation>
    </message>
    <message>
        <source>Qt and PySide6 are used under the LGPL v3: they are shipped as separate shared libraries, which you may replace with your own build of the same version.</source>
        <translation>Qt och PySide6 används under LGPL v3: de levereras som separata delade bibliotek, som du får ersätta med ett eget bygge av samma version.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Licence texts from {count} files under {folder}</source>
        <translation>Licenstexter från {count} filer i {folder}</translation>
    </message>
    <message>
        <source>Licence text from {folders}</source>
        <translation>Licenstext från {folders}</translation>
    </message>
</context>
<context>
    <name>AcknowledgeDialog</name>
    <message>
        <source>&amp;Acknowledge</source>
        <translation>&amp;Kvittera</translation>
    </message>
    <message>
        <source>For Klarna Checkout and Kustom orders: until an order is acknowledged, Klarna keeps sending its push notification to the shop (for up to 48 hours). Acknowledging twice changes nothing.</source>
        <translation>För Klarna Checkout- och Kustom-ordrar: tills en order har kvitterats fortsätter Klarna att skicka sin push-notis till butiken (i upp till 48 timmar). Att kvittera två gånger ändrar ingenting.</translation>
    </message>
    <message>
        <source>&lt;p&gt;A capture acknowledges the order too.&lt;/p&gt;</source>
        <translation>&lt;p&gt;En aktivering kvitterar också ordern.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <source>{action} — order {order}</source>
        <translation>{action} – order {order}</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Skicka</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Order {order}</source>
        <translation>Order {order}</translation>
    </message>
    <message>
        <source>{action} on order {order}?</source>
        <translation>{action} på order {order}?</translation>
    </message>
    <message>
        <source>Klarna accepts at most {amount}</source>
        <translation>Klarna godtar högst {amount}</translation>
    </message>
    <message>
        <source>&amp;Capture</source>
        <translation>Akti&amp;vering</translation>
    </message>
    <message>
        <source>{field}: problem</source>
        <translation>{field}: problem</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Profile {profile}</source>
        <translation>Profil {profile}</translation>
    </message>
    <message>
        <source>READ-ONLY</source>
        <translation>SKRIVSKYDDAD</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Vad som hände</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Skickar</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Försök igen</translation>
    </message>
    <message>
        <source>Retry with the same idempotency key</source>
        <translation>Försök igen med samma idempotensnyckel</translation>
    </message>
    <message>
        <source>Close this dialog</source>
        <translation>Stäng dialogrutan</translation>
    </message>
    <message>
        <source>This profile is open in another window; only that window may send.</source>
        <translation>Profilen är öppen i ett annat fönster; bara det fönstret får skicka.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>An earlier {what} on this order (started {started}, journal entry {entry}) never got an answer, and its key is over 23 hours old: Klarna may have forgotten it, so it cannot be sent again safely. Check with Klarna whether it was applied.</source>
        <translation>En tidigare ändring på den här ordern ({what}, startad {started}, journalpost {entry}) fick aldrig något svar, och nyckeln är över 23 timmar gammal: Klarna kan ha glömt den, så den kan inte skickas igen på ett säkert sätt. Kontrollera hos Klarna om den genomfördes.</translation>
    </message>
    <message>
        <source>An earlier {what} by {agent} on this order (started {started}, journal entry {entry}) has no answer from Klarna yet. Nothing new is sent while it is open: send it again with the same key (Klarna applies it at most once), or check with Klarna.</source>
        <translation>En tidigare ändring på den här ordern ({what} av {agent}, startad {started}, journalpost {entry}) har ännu inte fått svar från Klarna. Inget nytt skickas medan den är öppen: skicka den igen med samma nyckel (Klarna genomför den högst en gång) eller kontrollera hos Klarna.</translation>
    </message>
    <message>
        <source>An earlier {what} on this order (started {started}, journal entry {entry}) has no answer from Klarna yet. Nothing new is sent while it is open: send it again with the same key (Klarna applies it at most once), or check with Klarna.</source>
        <translation>En tidigare ändring på den här ordern ({what}, startad {started}, journalpost {entry}) har ännu inte fått svar från Klarna. Inget nytt skickas medan den är öppen: skicka den igen med samma nyckel (Klarna genomför den högst en gång) eller kontrollera hos Klarna.</translation>
    </message>
    <message>
        <source>A {what} was made {ago} by {agent} on order {order}. {action} again?</source>
        <translation>En ändring ({what}) gjordes {ago} av {agent} på order {order}. {action} igen?</translation>
    </message>
    <message>
        <source>A {what} was made {ago} from this profile on order {order}. {action} again?</source>
        <translation>En ändring ({what}) gjordes {ago} från den här profilen på order {order}. {action} igen?</translation>
    </message>
    <message>
        <source>&lt;p&gt;{request} would be a second, separate one.&lt;/p&gt;</source>
        <translation>&lt;p&gt;{request} blir en andra, separat ändring.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>{action} again</source>
        <translation>{action} igen</translation>
    </message>
    <message>
        <source>a capture of {amount} ({when})</source>
        <translation>en aktivering på {amount} ({when})</translation>
    </message>
    <message>
        <source>a refund of {amount} ({when})</source>
        <translation>en återbetalning på {amount} ({when})</translation>
    </message>
    <message>
        <source>Nothing was sent: since this dialog opened, Klarna&apos;s order has {news}, made elsewhere. The amounts now shown include it; check them and send again.</source>
        <translation>Inget skickades: sedan dialogrutan öppnades har Klarnas order fått {news}, gjord någon annanstans. Beloppen som visas nu räknar med den; kontrollera dem och skicka igen.</translation>
    </message>
    <message>
        <source>The earlier {what} is closed as not applied. A new one may be sent now.</source>
        <translation>Den tidigare ändringen ({what}) är stängd som inte genomförd. En ny kan skickas nu.</translation>
    </message>
    <message>
        <source>Klarna has the earlier {what} ({id}): it is recorded as done. Nothing was sent again.</source>
        <translation>Klarna har den tidigare ändringen ({what}, {id}): den är sparad som genomförd. Inget skickades igen.</translation>
    </message>
    <message>
        <source>Klarna has the earlier {what}: it is recorded as done. Nothing was sent again.</source>
        <translation>Klarna har den tidigare ändringen ({what}): den är sparad som genomförd. Inget skickades igen.</translation>
    </message>
    <message>
        <source>Klarna&apos;s order shows no {what} made after {started}. If you are sure it was not applied (for example, you checked the Merchant Portal), close it with a note; then a new one can be sent.</source>
        <translation>Klarnas order visar ingen sådan ändring ({what}) efter {started}. Om du är säker på att den inte genomfördes (du har till exempel kontrollerat i Merchant Portal), stäng den med en anteckning; sedan kan en ny skickas.</translation>
    </message>
    <message>
        <source>Klarna could not be reached</source>
        <translation>Det gick inte att nå Klarna</translation>
    </message>
    <message>
        <source>Nothing was sent: the order could not be read from Klarna first. {error}</source>
        <translation>Inget skickades: ordern kunde inte läsas från Klarna först. {error}</translation>
    </message>
    <message>
        <source>Retrying with the same idempotency key…</source>
        <translation>Försöker igen med samma idempotensnyckel…</translation>
    </message>
    <message>
        <source>Sending to Klarna…</source>
        <translation>Skickar till Klarna…</translation>
    </message>
    <message>
        <source>{request}: done on order {order}.</source>
        <translation>{request}: klart på order {order}.</translation>
    </message>
    <message>
        <source>Klarna did not answer{reason}. The request may have been applied. Retry sends it again with the same idempotency key ({key}…), so Klarna applies it at most once. If you close this dialog, the console sends it again by itself at {time} (Klarna&apos;s schedule: after 5 seconds, 5 minutes and 5 hours, with the same key).</source>
        <translation>Klarna svarade inte{reason}. Begäran kan ha genomförts. Försök igen skickar den igen med samma idempotensnyckel ({key}…), så Klarna genomför den högst en gång. Om du stänger dialogrutan skickar konsolen den igen själv kl. {time} (Klarnas schema: efter 5 sekunder, 5 minuter och 5 timmar, med samma nyckel).</translation>
    </message>
    <message>
        <source>Klarna did not answer{reason}. The request may have been applied. Retry sends it again with the same idempotency key ({key}…), so Klarna applies it at most once. If you close this dialog, the console sends it again by itself (Klarna&apos;s schedule: after 5 seconds, 5 minutes and 5 hours, with the same key).</source>
        <translation>Klarna svarade inte{reason}. Begäran kan ha genomförts. Försök igen skickar den igen med samma idempotensnyckel ({key}…), så Klarna genomför den högst en gång. Om du stänger dialogrutan skickar konsolen den igen själv (Klarnas schema: efter 5 sekunder, 5 minuter och 5 timmar, med samma nyckel).</translation>
    </message>
    <message>
        <source>Nothing was sent: the journal could not be written ({error}). Every write is journaled before it is sent; free the disk or fix the file, then try again.</source>
        <translation>Inget skickades: journalen kunde inte skrivas ({error}). Varje ändring förs in i journalen innan den skickas; frigör diskutrymme eller åtgärda filen och försök sedan igen.</translation>
    </message>
    <message>
        <source>The request was sent, but its answer could not be journaled ({error}). The console sends it again with the same key when the journal works again.</source>
        <translation>Begäran skickades, men svaret kunde inte föras in i journalen ({error}). Konsolen skickar den igen med samma nyckel när journalen fungerar igen.</translation>
    </message>
    <message>
        <source>Something went wrong while sending: {error}. Check the order&apos;s History tab before you try again.</source>
        <translation>Något gick fel när den skickades: {error}. Kontrollera orderns flik Historik innan du försöker igen.</translation>
    </message>
</context>
<context>
    <name>ActionDialogs</name>
    <message>
        <source>This profile is open in another window; only that window may send.</source>
        <translation>Profilen är öppen i ett annat fönster; bara det fönstret får skicka.</translation>
    </message>
    <message>
        <source>{action}: not possible. {reason}</source>
        <translation>{action}: inte möjligt. {reason}</translation>
    </message>
    <message>
        <source>Bulk actions: not possible. {reason}</source>
        <translation>Massåtgärder: inte möjligt. {reason}</translation>
    </message>
    <message>
        <source>Select the orders in the results table first: Ctrl + click adds an order, Shift + click or Shift + arrow keys a range, Ctrl+A all of them.</source>
        <translation>Markera först ordrarna i resultattabellen: Ctrl + klick lägger till en order, Skift + klick eller Skift + piltangenter ett intervall, Ctrl+A alla.</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>Capture</source>
        <translation>Aktivera</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Återbetala</translation>
    </message>
    <message>
        <source>Cancel order</source>
        <translation>Makulera order</translation>
    </message>
    <message>
        <source>Release remaining authorization</source>
        <translation>Frigör återstående reservation</translation>
    </message>
    <message>
        <source>Extend authorization time</source>
        <translation>Förläng reservationstiden</translation>
    </message>
    <message>
        <source>Update order amount</source>
        <translation>Ändra orderbelopp</translation>
    </message>
    <message>
        <source>Edit shipping address</source>
        <translation>Ändra leveransadress</translation>
    </message>
    <message>
        <source>Update merchant references</source>
        <translation>Ändra butiksreferenser</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Kvittera</translation>
    </message>
    <message>
        <source>Add shipping info</source>
        <translation>Lägg till leveransinformation</translation>
    </message>
    <message>
        <source>Add shipping info to capture</source>
        <translation>Lägg till leveransinformation för aktiveringen</translation>
    </message>
    <message>
        <source>Resend customer communication</source>
        <translation>Skicka om kundutskick</translation>
    </message>
    <message>
        <source>Extend due date</source>
        <translation>Förläng förfallodatum</translation>
    </message>
    <message>
        <source>{action} {amount}</source>
        <translation>{action} {amount}</translation>
    </message>
    <message>
        <source>{action} by {days} days</source>
        <translation>{action} med {days} dagar</translation>
    </message>
</context>
<context>
    <name>ActionsController</name>
    <message>
        <source>{action} succeeded</source>
        <translation>{action}: klart</translation>
    </message>
</context>
<context>
    <name>AddressDialog</name>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>&amp;Given name</source>
        <translation>&amp;Förnamn</translation>
    </message>
    <message>
        <source>&amp;Family name</source>
        <translation>&amp;Efternamn</translation>
    </message>
    <message>
        <source>&amp;Organization</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <source>A&amp;ttention</source>
        <translation>&amp;Att.</translation>
    </message>
    <message>
        <source>&amp;Street address</source>
        <translation>&amp;Gatuadress</translation>
    </message>
    <message>
        <source>Street address &amp;2</source>
        <translation>Gatuadress &amp;2</translation>
    </message>
    <message>
        <source>&amp;Postal code</source>
        <translation>&amp;Postnummer</translation>
    </message>
    <message>
        <source>C&amp;ity</source>
        <translation>Or&amp;t</translation>
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
        <translation>E-po&amp;st</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>Telefo&amp;n</translation>
    </message>
    <message>
        <source>Attn: {name}</source>
        <translation>Att: {name}</translation>
    </message>
    <message>
        <source>Sa&amp;ve address</source>
        <translation>Spara a&amp;dress</translation>
    </message>
    <message>
        <source>Shipping address</source>
        <translation>Leveransadress</translation>
    </message>
    <message>
        <source>An order ships to the country it was bought in.</source>
        <translation>En order levereras till landet där köpet gjordes.</translation>
    </message>
    <message>
        <source>Billing address (read-only)</source>
        <translation>Faktureringsadress (skrivskyddad)</translation>
    </message>
    <message>
        <source>Billing address</source>
        <translation>Faktureringsadress</translation>
    </message>
    <message>
        <source>{reason}. Klarna approved the purchase for this address, so a merchant cannot change it.</source>
        <translation>{reason}. Klarna godkände köpet för den här adressen, så butiken kan inte ändra den.</translation>
    </message>
    <message>
        <source>Klarna re-assesses the purchase with the new address and may refuse it. An emptied field is cleared at Klarna.</source>
        <translation>Klarna bedömer köpet på nytt med den nya adressen och kan neka det. Ett tömt fält rensas även hos Klarna.</translation>
    </message>
    <message>
        <source>Required: Klarna does not let this field be cleared.</source>
        <translation>Obligatoriskt: Klarna tillåter inte att fältet töms.</translation>
    </message>
    <message>
        <source>Required for addresses in the United States.</source>
        <translation>Obligatoriskt för adresser i USA.</translation>
    </message>
    <message>
        <source>Enter an e-mail address such as name@example.com.</source>
        <translation>Ange en e-postadress, till exempel namn@example.com.</translation>
    </message>
    <message>
        <source>Change a field of the shipping address to save it.</source>
        <translation>Ändra ett fält i leveransadressen för att kunna spara den.</translation>
    </message>
</context>
<context>
    <name>BulkDialog</name>
    <message>
        <source>succeeded</source>
        <translation>lyckades</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>nekad</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>misslyckades</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>okänt</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>inte skickad</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>överhoppad</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Kontrollerar</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Förhandsgranskning</translation>
    </message>
    <message>
        <source>Orders in this run</source>
        <translation>Ordrar i den här körningen</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Förlopp</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Takt</translation>
    </message>
    <message>
        <source>Requests go as fast as Klarna&apos;s rate limit allows, as Klarna announces it in each answer, with a margin. Stop ends the run after the requests already sent; running the same selection again later skips what succeeded.</source>
        <translation>Begäranden skickas så snabbt som Klarnas hastighetsgräns tillåter, så som Klarna anger den i varje svar, med marginal. Stoppa avslutar körningen efter de begäranden som redan har skickats; körs samma urval igen senare hoppas det som lyckades över.</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Outcome per order</source>
        <translation>Utfall per order</translation>
    </message>
    <message>
        <source>&amp;Save report as CSV…</source>
        <translation>&amp;Spara rapport som CSV…</translation>
    </message>
    <message>
        <source>Run &amp;again</source>
        <translation>Kör &amp;igen</translation>
    </message>
    <message>
        <source>Run again: skip what succeeded, retry the rest</source>
        <translation>Kör igen: hoppa över det som lyckades, försök igen med resten</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Skicka</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>S&amp;toppa</translation>
    </message>
    <message>
        <source>Stop after the requests in flight</source>
        <translation>Stoppa efter de begäranden som är på väg</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Close this dialog</source>
        <translation>Stäng dialogrutan</translation>
    </message>
    <message>
        <source>skip: done before</source>
        <translation>hoppa över: redan gjort</translation>
    </message>
    <message>
        <source>not allowed</source>
        <translation>inte tillåtet</translation>
    </message>
    <message>
        <source>resume (same key)</source>
        <translation>återuppta (samma nyckel)</translation>
    </message>
    <message>
        <source>send</source>
        <translation>skicka</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Belopp</translation>
    </message>
    <message>
        <source>Expires now</source>
        <translation>Går ut nu</translation>
    </message>
    <message>
        <source>After extending</source>
        <translation>Efter förlängning</translation>
    </message>
    <message>
        <source>Klarna ref</source>
        <translation>Klarna-ref.</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kund</translation>
    </message>
    <message>
        <source>Will</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <source>Why not</source>
        <translation>Varför inte</translation>
    </message>
    <message>
        <source>Merchant ref</source>
        <translation>Butiksref.</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <source>Error code</source>
        <translation>Felkod</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meddelande</translation>
    </message>
    <message>
        <source>Correlation id</source>
        <translation>Korrelations-id</translation>
    </message>
    <message>
        <source>&lt;p&gt;Total to capture: &lt;b&gt;{total}&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;Totalt att aktivera: &lt;b&gt;{total}&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Nothing to send</source>
        <translation>Inget att skicka</translation>
    </message>
    <message>
        <source>&lt;p&gt;Total: &lt;b&gt;{total}&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;Totalt: &lt;b&gt;{total}&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation>{done} av {total}</translation>
    </message>
    <message>
        <source>Klarna asked to slow down: waiting {seconds} s</source>
        <translation>Klarna bad om lägre takt: väntar {seconds} s</translation>
    </message>
    <message>
        <source>Reading the orders back from Klarna…</source>
        <translation>Läser tillbaka ordrarna från Klarna…</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>Sparad i {path}</translation>
    </message>
    <message>
        <source>Stopping after the requests already sent…</source>
        <translation>Stoppar efter de begäranden som redan har skickats…</translation>
    </message>
    <message>
        <source>{code} × {count}</source>
        <translation>{code} × {count}</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:#b91c1c;&apos;&gt;&lt;b&gt;The run stopped: the journal could not be written ({error}).&lt;/b&gt; Nothing is sent without its journal entry; what was sent is listed below.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#b91c1c;&apos;&gt;&lt;b&gt;Körningen stoppades: journalen kunde inte skrivas ({error}).&lt;/b&gt; Inget skickas utan sin journalpost; det som skickades listas nedan.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Bulk run: {succeeded} captured, {refused} refused, {failed} failed.</source>
        <translation>Massåtgärd: {succeeded} aktiverade, {refused} nekade, {failed} misslyckades.</translation>
    </message>
    <message>
        <source>Bulk run: {succeeded} extended, {refused} refused, {failed} failed.</source>
        <translation>Massåtgärd: {succeeded} förlängda, {refused} nekade, {failed} misslyckades.</translation>
    </message>
    <message>
        <source>The bulk run stopped: {error}. Check the orders&apos; History.</source>
        <translation>Massåtgärden stoppades: {error}. Kontrollera ordrarnas historik.</translation>
    </message>
    <message>
        <source>Save the report as CSV</source>
        <translation>Spara rapporten som CSV</translation>
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
        <translation>&amp;Makulera ordern…</translation>
    </message>
    <message>
        <source>&amp;Keep the order</source>
        <translation>&amp;Behåll ordern</translation>
    </message>
    <message>
        <source>Order amount</source>
        <translation>Orderbelopp</translation>
    </message>
    <message>
        <source>Still authorized</source>
        <translation>Fortfarande reserverat</translation>
    </message>
    <message>
        <source>&lt;p&gt;Cancelling releases the whole authorization: the customer is not charged, and the order can no longer be captured, changed or extended. This cannot be undone.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Makulering frigör hela reservationen: kunden debiteras inte, och ordern kan inte längre aktiveras, ändras eller förlängas. Det går inte att ångra.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;{customer} will not be charged {amount}.&lt;/p&gt;</source>
        <translation>&lt;p&gt;{customer} debiteras inte {amount}.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The customer will not be charged {amount}.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Kunden debiteras inte {amount}.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Cancel order {order} and release {amount}?</source>
        <translation>Makulera order {order} och frigör {amount}?</translation>
    </message>
    <message>
        <source>Cancel order, release {amount}</source>
        <translation>Makulera order, frigör {amount}</translation>
    </message>
</context>
<context>
    <name>CaptureDialog</name>
    <message>
        <source>&amp;Capture…</source>
        <translation>&amp;Aktivera…</translation>
    </message>
    <message>
        <source>Order amount</source>
        <translation>Orderbelopp</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>Aktiverat</translation>
    </message>
    <message>
        <source>Remaining to capture</source>
        <translation>Kvar att aktivera</translation>
    </message>
    <message>
        <source>How much to capture</source>
        <translation>Hur mycket som ska aktiveras</translation>
    </message>
    <message>
        <source>The &amp;remaining amount</source>
        <translation>&amp;Återstående belopp</translation>
    </message>
    <message>
        <source>&amp;Part of it, by amount</source>
        <translation>&amp;Del av det, som belopp</translation>
    </message>
    <message>
        <source>By &amp;lines and quantities</source>
        <translation>Per &amp;rad och antal</translation>
    </message>
    <message>
        <source>Amount to capture</source>
        <translation>Belopp att aktivera</translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation>&amp;Belopp</translation>
    </message>
    <message>
        <source>Each capture becomes its own invoice or payment instruction for the customer.</source>
        <translation>Varje aktivering blir en egen faktura eller betalningsinstruktion till kunden.</translation>
    </message>
    <message>
        <source>Lines to capture</source>
        <translation>Rader att aktivera</translation>
    </message>
    <message>
        <source>Lines: problem</source>
        <translation>Rader: problem</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>Beskri&amp;vning</translation>
    </message>
    <message>
        <source>Shown to the customer.</source>
        <translation>Visas för kunden.</translation>
    </message>
    <message>
        <source>Re&amp;ference</source>
        <translation>Re&amp;ferens</translation>
    </message>
    <message>
        <source>Appears in your settlement files.</source>
        <translation>Visas i dina avräkningsfiler.</translation>
    </message>
    <message>
        <source>Shipments sent with this capture (optional)</source>
        <translation>Försändelser som skickas med den här aktiveringen (valfritt)</translation>
    </message>
    <message>
        <source>The &amp;remaining amount ({amount})</source>
        <translation>&amp;Återstående belopp ({amount})</translation>
    </message>
    <message>
        <source>Pick at least one unit of a line to capture.</source>
        <translation>Välj minst en enhet av en rad att aktivera.</translation>
    </message>
    <message>
        <source>Klarna charges {customer} {amount} and starts the payout to you and the customer&apos;s billing.</source>
        <translation>Klarna debiterar {customer} {amount} och startar utbetalningen till dig och faktureringen av kunden.</translation>
    </message>
    <message>
        <source>Klarna charges the customer {amount} and starts the payout to you and the customer&apos;s billing.</source>
        <translation>Klarna debiterar kunden {amount} och startar utbetalningen till dig och faktureringen av kunden.</translation>
    </message>
    <message>
        <source>That is everything still authorized.</source>
        <translation>Det är allt som fortfarande är reserverat.</translation>
    </message>
    <message>
        <source>{amount} stays authorized for later captures.</source>
        <translation>{amount} förblir reserverat för senare aktiveringar.</translation>
    </message>
    <message>
        <source>Capture {amount} on order {order}?</source>
        <translation>Aktivera {amount} på order {order}?</translation>
    </message>
    <message>
        <source>Capture {amount}</source>
        <translation>Aktivera {amount}</translation>
    </message>
</context>
<context>
    <name>Confirmation</name>
    <message>
        <source>&lt;p style=&apos;color:#b91c1c; font-weight:600;&apos;&gt;PRODUCTION: this is a real Klarna account; real money moves and the customer is told.&lt;/p&gt;&lt;p&gt;Profile &lt;b&gt;{profile}&lt;/b&gt; · {environment}&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#b91c1c; font-weight:600;&apos;&gt;PRODUKTION: det här är ett riktigt Klarna-konto; riktiga pengar flyttas och kunden meddelas.&lt;/p&gt;&lt;p&gt;Profil &lt;b&gt;{profile}&lt;/b&gt; · {environment}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Profile &lt;b&gt;{profile}&lt;/b&gt; · {environment}: simulated on this computer, no real money.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Profil &lt;b&gt;{profile}&lt;/b&gt; · {environment}: simulerad på den här datorn, inga riktiga pengar.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Profile &lt;b&gt;{profile}&lt;/b&gt; · {environment}: Klarna&apos;s test environment.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Profil &lt;b&gt;{profile}&lt;/b&gt; · {environment}: Klarnas testmiljö.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Gå tillbaka</translation>
    </message>
    <message>
        <source>Go back without sending</source>
        <translation>Gå tillbaka utan att skicka</translation>
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
        <translation>klarnareferens</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>fraud_status</source>
        <translation>bedrägeristatus</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>valuta</translation>
    </message>
    <message>
        <source>order_amount</source>
        <translation>orderbelopp</translation>
    </message>
    <message>
        <source>captured_amount</source>
        <translation>aktiverat_belopp</translation>
    </message>
    <message>
        <source>refunded_amount</source>
        <translation>återbetalt_belopp</translation>
    </message>
    <message>
        <source>remaining_amount</source>
        <translation>återstående_belopp</translation>
    </message>
    <message>
        <source>created_at</source>
        <translation>skapad</translation>
    </message>
    <message>
        <source>expires_at</source>
        <translation>går_ut</translation>
    </message>
    <message>
        <source>merchant_reference1</source>
        <translation>butiksreferens1</translation>
    </message>
    <message>
        <source>merchant_reference2</source>
        <translation>butiksreferens2</translation>
    </message>
    <message>
        <source>customer_name</source>
        <translation>kundnamn</translation>
    </message>
    <message>
        <source>email</source>
        <translation>e_post</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>telefon</translation>
    </message>
    <message>
        <source>postal_code</source>
        <translation>postnummer</translation>
    </message>
</context>
<context>
    <name>CsvKinds</name>
    <message>
        <source>CSV for a spreadsheet, in your language&apos;s format (*.csv)</source>
        <translation>CSV för kalkylprogram, i ditt språks format (*.csv)</translation>
    </message>
    <message>
        <source>Plain CSV for programs (*.csv)</source>
        <translation>Enkel CSV för program (*.csv)</translation>
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
        <translation>Felkod</translation>
    </message>
    <message>
        <source>Error message</source>
        <translation>Felmeddelande</translation>
    </message>
    <message>
        <source>Correlation id</source>
        <translation>Korrelations-id</translation>
    </message>
    <message>
        <source>Copy correlation id</source>
        <translation>Kopiera korrelations-id</translation>
    </message>
    <message>
        <source>Klarna refused the request</source>
        <translation>Klarna nekade begäran</translation>
    </message>
    <message>
        <source>{code} (HTTP {status})</source>
        <translation>{code} (HTTP {status})</translation>
    </message>
    <message>
        <source>Correlation id: {id}</source>
        <translation>Korrelations-id: {id}</translation>
    </message>
    <message>
        <source>Capture</source>
        <translation>Aktivering</translation>
    </message>
    <message>
        <source>{capture} · {when} · {amount}, {refunded} refunded</source>
        <translation>{capture} · {when} · {amount}, {refunded} återbetalt</translation>
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
            <numerusform>%n rad hamnar på fakturan.</numerusform>
            <numerusform>%n rader hamnar på fakturan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shipment(s) are reported with it.</source>
        <translation>
            <numerusform>%n försändelse rapporteras med den.</numerusform>
            <numerusform>%n försändelser rapporteras med den.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;The order&apos;s lines are replaced by the %n shown.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;Orderns rader ersätts av den %n som visas.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;Orderns rader ersätts av de %n som visas.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days — fee {fee}</source>
        <translation>
            <numerusform>%n dag – avgift {fee}</numerusform>
            <numerusform>%n dagar – avgift {fee}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Extend the due date of capture {capture} (order {order}) by %n days, for a fee of {fee}?</source>
        <translation>
            <numerusform>Förläng förfallodatumet för aktivering {capture} (order {order}) med %n dag, mot en avgift på {fee}?</numerusform>
            <numerusform>Förläng förfallodatumet för aktivering {capture} (order {order}) med %n dagar, mot en avgift på {fee}?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;Klarna charges you {fee}. The new due date is %n days after the current one; {customer} gets longer to pay and is told by Klarna. (Klarna&apos;s API does not give the current due date, so the console cannot show it as a date.)&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;Klarna tar ut {fee} av dig. Det nya förfallodatumet är %n dag efter det nuvarande; {customer} får längre tid att betala och meddelas av Klarna. (Klarnas API ger inte det nuvarande förfallodatumet, så konsolen kan inte visa det som ett datum.)&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;Klarna tar ut {fee} av dig. Det nya förfallodatumet är %n dagar efter det nuvarande; {customer} får längre tid att betala och meddelas av Klarna. (Klarnas API ger inte det nuvarande förfallodatumet, så konsolen kan inte visa det som ett datum.)&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Extend by %n days, pay {fee}</source>
        <translation>
            <numerusform>Förläng med %n dag, betala {fee}</numerusform>
            <numerusform>Förläng med %n dagar, betala {fee}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Capture %n selected order(s) in full</source>
        <translation>
            <numerusform>Aktivera %n markerad order helt</numerusform>
            <numerusform>Aktivera %n markerade ordrar helt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Extend the authorization of %n selected order(s)</source>
        <translation>
            <numerusform>Förläng reservationen för %n markerad order</numerusform>
            <numerusform>Förläng reservationen för %n markerade ordrar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checking the %n selected order(s)…</source>
        <translation>
            <numerusform>Kontrollerar %n markerad order…</numerusform>
            <numerusform>Kontrollerar %n markerade ordrar…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;{allowed}&lt;/b&gt; of %n order(s) will be sent.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;{allowed}&lt;/b&gt; av %n order skickas.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;{allowed}&lt;/b&gt; av %n ordrar skickas.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;{allowed}&lt;/b&gt; of %n order(s) will be sent ({resumed} resumed with their original keys).&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;{allowed}&lt;/b&gt; av %n order skickas ({resumed} återupptas med sina ursprungliga nycklar).&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;{allowed}&lt;/b&gt; av %n ordrar skickas ({resumed} återupptas med sina ursprungliga nycklar).&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;%n&lt;/b&gt; cannot be captured:&lt;/p&gt;&lt;ul&gt;{reasons}&lt;/ul&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;%n&lt;/b&gt; kan inte aktiveras:&lt;/p&gt;&lt;ul&gt;{reasons}&lt;/ul&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;%n&lt;/b&gt; kan inte aktiveras:&lt;/p&gt;&lt;ul&gt;{reasons}&lt;/ul&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;%n&lt;/b&gt; cannot be extended:&lt;/p&gt;&lt;ul&gt;{reasons}&lt;/ul&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;%n&lt;/b&gt; kan inte förlängas:&lt;/p&gt;&lt;ul&gt;{reasons}&lt;/ul&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;%n&lt;/b&gt; kan inte förlängas:&lt;/p&gt;&lt;ul&gt;{reasons}&lt;/ul&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;%n&lt;/b&gt; were already done before (by an earlier run or from the order&apos;s own dialog, as the journal shows) and are skipped.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;%n&lt;/b&gt; var redan gjord tidigare (av en tidigare körning eller från orderns egen dialogruta, enligt journalen) och hoppas över.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;%n&lt;/b&gt; var redan gjorda tidigare (av en tidigare körning eller från orderns egen dialogruta, enligt journalen) och hoppas över.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Capture %n order(s)…</source>
        <translation>
            <numerusform>Aktivera %n order…</numerusform>
            <numerusform>Aktivera %n ordrar…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Extend %n order(s)…</source>
        <translation>
            <numerusform>Förläng %n order…</numerusform>
            <numerusform>Förläng %n ordrar…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Capture %n order(s) in full?</source>
        <translation>
            <numerusform>Aktivera %n order helt?</numerusform>
            <numerusform>Aktivera %n ordrar helt?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Extend the authorization of %n order(s)?</source>
        <translation>
            <numerusform>Förlänga reservationen för %n order?</numerusform>
            <numerusform>Förlänga reservationen för %n ordrar?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;%n selected order(s) are left out (not allowed).&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;%n markerad order utelämnas (inte tillåtet).&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;%n markerade ordrar utelämnas (inte tillåtet).&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Capture %n order(s)</source>
        <translation>
            <numerusform>Aktivera %n order</numerusform>
            <numerusform>Aktivera %n ordrar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Extend %n order(s)</source>
        <translation>
            <numerusform>Förläng %n order</numerusform>
            <numerusform>Förläng %n ordrar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Capturing %n order(s)…</source>
        <translation>
            <numerusform>Aktiverar %n order…</numerusform>
            <numerusform>Aktiverar %n ordrar…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Extending the authorization of %n order(s)…</source>
        <translation>
            <numerusform>Förlänger reservationstiden för %n order…</numerusform>
            <numerusform>Förlänger reservationstiden för %n ordrar…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) sent in the last second (Klarna allows {limit} a second; pacing at {rate})</source>
        <translation>
            <numerusform>%n begäran skickad den senaste sekunden (Klarna tillåter {limit} per sekund; takt {rate})</numerusform>
            <numerusform>%n begäranden skickade den senaste sekunden (Klarna tillåter {limit} per sekund; takt {rate})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) sent in the last second (pacing at {rate} until Klarna announces its limit)</source>
        <translation>
            <numerusform>%n begäran skickad den senaste sekunden (takt {rate} tills Klarna anger sin gräns)</numerusform>
            <numerusform>%n begäranden skickade den senaste sekunden (takt {rate} tills Klarna anger sin gräns)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answered 429</source>
        <translation>
            <numerusform>%n besvarad med 429</numerusform>
            <numerusform>%n besvarade med 429</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;%n&lt;/b&gt; captured.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;%n&lt;/b&gt; aktiverad.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;%n&lt;/b&gt; aktiverade.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;%n&lt;/b&gt; extended.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;%n&lt;/b&gt; förlängd.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;%n&lt;/b&gt; förlängda.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;%n&lt;/b&gt; refused by Klarna: {codes}&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;%n&lt;/b&gt; nekad av Klarna: {codes}&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;%n&lt;/b&gt; nekade av Klarna: {codes}&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;%n&lt;/b&gt; not allowed, so not sent: {codes}&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;%n&lt;/b&gt; inte tillåten, så inte skickad: {codes}&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;%n&lt;/b&gt; inte tillåtna, så inte skickade: {codes}&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;%n&lt;/b&gt; failed.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;%n&lt;/b&gt; misslyckades.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;%n&lt;/b&gt; misslyckades.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;%n&lt;/b&gt; got no answer (Run again resumes them with their keys).&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;%n&lt;/b&gt; fick inget svar (Kör igen återupptar den med sin nyckel).&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;%n&lt;/b&gt; fick inget svar (Kör igen återupptar dem med sina nycklar).&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;%n&lt;/b&gt; were not sent (stopped).&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;%n&lt;/b&gt; skickades inte (stoppad).&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;%n&lt;/b&gt; skickades inte (stoppade).&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;%n&lt;/b&gt; were done before or by another window, so not sent again.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;%n&lt;/b&gt; var gjord tidigare eller av ett annat fönster och skickades därför inte igen.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;%n&lt;/b&gt; var gjorda tidigare eller av ett annat fönster och skickades därför inte igen.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln order(s) to {path}.</source>
        <translation>
            <numerusform>Exporterade %Ln order till {path}.</numerusform>
            <numerusform>Exporterade %Ln ordrar till {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order id(s) found.</source>
        <translation>
            <numerusform>%n order-id hittades.</numerusform>
            <numerusform>%n order-id hittades.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) without an order id will be skipped.</source>
        <translation>
            <numerusform>%n rad utan order-id hoppas över.</numerusform>
            <numerusform>%n rader utan order-id hoppas över.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fetched {fetched} of %n order(s).</source>
        <translation>
            <numerusform>Hämtade {fetched} av %n order.</numerusform>
            <numerusform>Hämtade {fetched} av %n ordrar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %n were not fetched.</source>
        <translation>
            <numerusform>Avbrutet: %n hämtades inte.</numerusform>
            <numerusform>Avbrutet: %n hämtades inte.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Klarna does not know %n of them (wrong id, or another store):</source>
        <translation>
            <numerusform>Klarna känner inte till %n av dem (fel id eller en annan butik):</numerusform>
            <numerusform>Klarna känner inte till %n av dem (fel id eller en annan butik):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be fetched:</source>
        <translation>
            <numerusform>%n kunde inte hämtas:</numerusform>
            <numerusform>%n kunde inte hämtas:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DialogScreenshots</name>
    <message>
        <source>Parcel 1 of 2</source>
        <translation>Paket 1 av 2</translation>
    </message>
    <message>
        <source>Returned: {name}</source>
        <translation>Returnerad: {name}</translation>
    </message>
    <message>
        <source>The customer cancelled one item before it shipped</source>
        <translation>Kunden avbeställde en vara innan den skickades</translation>
    </message>
    <message>
        <source>c/o Reception, 3rd floor</source>
        <translation>c/o Receptionen, plan 3</translation>
    </message>
    <message>
        <source>Checked in the Merchant Portal: no capture on this order</source>
        <translation>Kontrollerat i Merchant Portal: ingen aktivering på den här ordern</translation>
    </message>
</context>
<context>
    <name>DueDateDialog</name>
    <message>
        <source>&amp;Extend due date…</source>
        <translation>&amp;Förläng förfallodatum…</translation>
    </message>
    <message>
        <source>Extend the customer&apos;s due date by</source>
        <translation>Förläng kundens förfallodatum med</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Alternativ</translation>
    </message>
    <message>
        <source>&amp;Options</source>
        <translation>&amp;Alternativ</translation>
    </message>
    <message>
        <source>Klarna charges you (the merchant) the fee; the customer simply gets longer to pay.</source>
        <translation>Klarna tar ut avgiften av dig (butiken); kunden får helt enkelt längre tid att betala.</translation>
    </message>
    <message>
        <source>Only pay-later purchases (such as Pay in 30 days) have a due date.</source>
        <translation>Bara köp med senare betalning (till exempel Betala inom 30 dagar) har ett förfallodatum.</translation>
    </message>
    <message>
        <source>Choose a capture.</source>
        <translation>Välj en aktivering.</translation>
    </message>
    <message>
        <source>Fetching the options from Klarna…</source>
        <translation>Hämtar alternativen från Klarna…</translation>
    </message>
    <message>
        <source>Klarna offers no extension for this capture (its due date may have been extended already).</source>
        <translation>Klarna erbjuder ingen förlängning för den här aktiveringen (förfallodatumet kan redan ha förlängts).</translation>
    </message>
    <message>
        <source>Klarna did not give the options.</source>
        <translation>Klarna lämnade inga alternativ.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>okänd</translation>
    </message>
    <message>
        <source>the customer</source>
        <translation>kunden</translation>
    </message>
    <message>
        <source>Waiting for Klarna&apos;s options…</source>
        <translation>Väntar på Klarnas alternativ…</translation>
    </message>
    <message>
        <source>Choose by how many days.</source>
        <translation>Välj med hur många dagar.</translation>
    </message>
    <message>
        <source>There is nothing to choose.</source>
        <translation>Det finns inget att välja.</translation>
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
        <translation>Anpassad</translation>
    </message>
</context>
<context>
    <name>ExplainedDialog</name>
    <message>
        <source>What this does</source>
        <translation>Vad detta gör</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Search first: the export writes the orders found.</source>
        <translation>Sök först: exporten skriver ut de ordrar som hittas.</translation>
    </message>
    <message>
        <source>Export orders as CSV</source>
        <translation>Exportera ordrar som CSV</translation>
    </message>
    <message>
        <source>Exporting orders… {done} of {total}</source>
        <translation>Exporterar ordrar… {done} av {total}</translation>
    </message>
    <message>
        <source>Could not write {path}: {error}</source>
        <translation>Kunde inte skriva {path}: {error}</translation>
    </message>
</context>
<context>
    <name>ExtendAuthorizationDialog</name>
    <message>
        <source>&amp;Extend</source>
        <translation>&amp;Förläng</translation>
    </message>
    <message>
        <source>Expires now</source>
        <translation>Går ut nu</translation>
    </message>
    <message>
        <source>After extending</source>
        <translation>Efter förlängning</translation>
    </message>
    <message>
        <source>Send anyway: this account&apos;s authorization period is longer than {days} days</source>
        <translation>Skicka ändå: det här kontots reservationstid är längre än {days} dagar</translation>
    </message>
    <message>
        <source>Send anyway</source>
        <translation>Skicka ändå</translation>
    </message>
    <message>
        <source>Extending now would change nothing: the expiry would stay {expiry} (Klarna counts {days} days from today, the standard period, and never past 180 days after the purchase).</source>
        <translation>En förlängning nu skulle inte ändra något: utgångsdatumet skulle förbli {expiry} (Klarna räknar {days} dagar från i dag, standardperioden, och aldrig längre än 180 dagar efter köpet).</translation>
    </message>
    <message>
        <source>&lt;p&gt;The new date is no later than the current one: extending now changes nothing (Klarna counts from today, and never past 180 days after the purchase).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Det nya datumet är inte senare än det nuvarande: en förlängning nu ändrar ingenting (Klarna räknar från i dag, och aldrig längre än 180 dagar efter köpet).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;This reaches the limit of 180 days after the purchase; it cannot be extended again.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Detta når gränsen på 180 dagar efter köpet; reservationen kan inte förlängas igen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Klarna extends the authorization from today by the account&apos;s period, so there is more time to capture. Klarna means this as an exception, not a routine.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Klarna förlänger reservationen från i dag med kontots period, så att det finns mer tid att aktivera. Klarna menar att detta är ett undantag, inte en rutin.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>okänt</translation>
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
        <translation>Det finns ingen profil &apos;{name}&apos;; öppnade Sandbox.</translation>
    </message>
    <message>
        <source>Could not open the local data of {profile}</source>
        <translation>Kunde inte öppna de lokala uppgifterna för {profile}</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import order IDs</source>
        <translation>Importera order-id</translation>
    </message>
    <message>
        <source>Paste Klarna order ids (one per line, or a CSV export with an order id column), or open a CSV file. Klarna&apos;s API has no search, so orders must be fetched once to be found here.</source>
        <translation>Klistra in Klarnas order-id (ett per rad, eller en CSV-export med en kolumn för order-id), eller öppna en CSV-fil. Klarnas API har ingen sökning, så ordrar måste hämtas en gång för att kunna hittas här.</translation>
    </message>
    <message>
        <source>Order ids to import</source>
        <translation>Order-id att importera</translation>
    </message>
    <message>
        <source>No order ids yet.</source>
        <translation>Inga order-id än.</translation>
    </message>
    <message>
        <source>Order ids found</source>
        <translation>Hittade order-id</translation>
    </message>
    <message>
        <source>Open CSV file…</source>
        <translation>Öppna CSV-fil…</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Importförlopp</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>Importrapport</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importera</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Open a CSV file with order ids</source>
        <translation>Öppna en CSV-fil med order-id</translation>
    </message>
    <message>
        <source>CSV or text (*.csv *.txt);;All files (*)</source>
        <translation>CSV eller text (*.csv *.txt);;Alla filer (*)</translation>
    </message>
    <message>
        <source>{file} is larger than {size} MB</source>
        <translation>{file} är större än {size} MB</translation>
    </message>
    <message>
        <source>Could not read the file: {error}</source>
        <translation>Kunde inte läsa filen: {error}</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation>{done} av {total}</translation>
    </message>
</context>
<context>
    <name>JournalText</name>
    <message>
        <source>{action} of {amount}</source>
        <translation>{action}: {amount}</translation>
    </message>
    <message>
        <source>{agent}, at {desk}</source>
        <translation>{agent}, arbetsplats {desk}</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>nyss</translation>
    </message>
    <message>
        <source>not applied (closed by hand)</source>
        <translation>inte genomförd (stängd manuellt)</translation>
    </message>
    <message>
        <source>no answer yet · next try {time}</source>
        <translation>inget svar än · nästa försök {time}</translation>
    </message>
    <message>
        <source>no answer yet · check with Klarna</source>
        <translation>inget svar än · kontrollera hos Klarna</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>skickar</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>lyckades</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>misslyckades</translation>
    </message>
</context>
<context>
    <name>KlarnaErrors</name>
    <message>
        <source>Klarna has no order with this id for these credentials. Check the order id, and that the profile uses the region and environment (live or playground) the order was placed in.</source>
        <translation>Klarna har ingen order med det här id:t för de här inloggningsuppgifterna. Kontrollera order-id:t och att profilen använder samma region och miljö (live eller playground) som ordern lades i.</translation>
    </message>
    <message>
        <source>Klarna could not find the capture or refund this request names. Reload the order to see its current captures and refunds, then try again.</source>
        <translation>Klarna hittade inte den aktivering eller återbetalning som begäran gäller. Ladda om ordern för att se dess aktuella aktiveringar och återbetalningar och försök sedan igen.</translation>
    </message>
    <message>
        <source>Klarna could not find this capture on the order. Reload the order and choose one of its current captures.</source>
        <translation>Klarna hittade inte den här aktiveringen på ordern. Ladda om ordern och välj en av dess aktuella aktiveringar.</translation>
    </message>
    <message>
        <source>The order id is not valid: Klarna order ids are UUIDs. Copy the order id again, for example from the Merchant Portal.</source>
        <translation>Order-id:t är ogiltigt: Klarnas order-id är UUID:er. Kopiera order-id:t på nytt, till exempel från Merchant Portal.</translation>
    </message>
    <message>
        <source>Klarna rejected a value in the request; its message names the field and the limit. Nothing was changed: correct that field and send again.</source>
        <translation>Klarna godtog inte ett värde i begäran; Klarnas meddelande anger fältet och gränsen. Inget har ändrats: rätta fältet och skicka igen.</translation>
    </message>
    <message>
        <source>Klarna does not allow this action on the order in its current state; its message says why. Nothing was changed: reload the order to see its status and amounts.</source>
        <translation>Klarna tillåter inte den här åtgärden på ordern i dess nuvarande läge; Klarnas meddelande anger varför. Inget har ändrats: ladda om ordern för att se status och belopp.</translation>
    </message>
    <message>
        <source>Klarna did not capture: the order is cancelled or expired, or the amount is higher than the remaining authorized amount. Reload the order and capture at most the remaining authorized amount.</source>
        <translation>Klarna aktiverade inte: ordern är makulerad eller utgången, eller så är beloppet högre än det återstående reserverade beloppet. Ladda om ordern och aktivera högst det återstående reserverade beloppet.</translation>
    </message>
    <message>
        <source>Klarna did not refund: the order has no captures, or the amount is higher than what was captured and not yet refunded. Reload the order and refund at most that amount.</source>
        <translation>Klarna återbetalade inte: ordern har inga aktiveringar, eller så är beloppet högre än det som har aktiverats men ännu inte återbetalats. Ladda om ordern och återbetala högst det beloppet.</translation>
    </message>
    <message>
        <source>Klarna did not cancel the order because part of it is already captured. Refund what was captured instead, and release the remaining authorization if nothing more will be shipped.</source>
        <translation>Klarna makulerade inte ordern eftersom en del av den redan är aktiverad. Återbetala det aktiverade beloppet i stället, och frigör den återstående reservationen om inget mer ska skickas.</translation>
    </message>
    <message>
        <source>Klarna could not charge the customer&apos;s payment method, so nothing was captured. Do not ship yet: ask the customer to update their payment details, or contact Klarna merchant support.</source>
        <translation>Klarna kunde inte debitera kundens betalningssätt, så inget har aktiverats. Skicka inte varorna än: be kunden uppdatera sina betalningsuppgifter eller kontakta Klarnas butikssupport.</translation>
    </message>
    <message>
        <source>The request clashes with a change made to the order at the same time, for example in the Merchant Portal or the shop system. Reload the order and check whether the change is already there before sending it again.</source>
        <translation>Begäran krockar med en ändring som gjordes på ordern samtidigt, till exempel i Merchant Portal eller i butikssystemet. Ladda om ordern och kontrollera om ändringen redan finns innan du skickar den igen.</translation>
    </message>
    <message>
        <source>The request is larger than Klarna accepts (1 MB). Send fewer order lines or shipping details at a time.</source>
        <translation>Begäran är större än Klarna tar emot (1 MB). Skicka färre orderrader eller mindre leveransinformation åt gången.</translation>
    </message>
    <message>
        <source>Klarna found the address invalid. Check the street, postal code and city against the country&apos;s format and send it again.</source>
        <translation>Klarna bedömde adressen som ogiltig. Kontrollera gatuadress, postnummer och ort mot landets format och skicka den igen.</translation>
    </message>
    <message>
        <source>Klarna is receiving too many requests from this merchant account right now. Wait a few minutes and retry; the same idempotency key makes sure Klarna applies the change at most once.</source>
        <translation>Klarna tar just nu emot för många anrop från det här butikskontot. Vänta några minuter och försök igen; samma idempotensnyckel gör att Klarna genomför ändringen högst en gång.</translation>
    </message>
    <message>
        <source>Klarna had an internal error, so the change may or may not have been applied. Retry with the same idempotency key (Klarna applies it at most once); if it keeps failing, contact Klarna merchant support and quote the correlation id.</source>
        <translation>Klarna fick ett internt fel, så ändringen kan ha genomförts eller inte. Försök igen med samma idempotensnyckel (Klarna genomför den högst en gång); om felet kvarstår, kontakta Klarnas butikssupport och uppge korrelations-id:t.</translation>
    </message>
    <message>
        <source>Klarna&apos;s service is temporarily unavailable, so the change may or may not have been applied. Retry later with the same idempotency key; Klarna applies it at most once.</source>
        <translation>Klarnas tjänst är tillfälligt otillgänglig, så ändringen kan ha genomförts eller inte. Försök igen senare med samma idempotensnyckel; Klarna genomför den högst en gång.</translation>
    </message>
    <message>
        <source>Klarna&apos;s message: {message}</source>
        <translation>Klarnas meddelande: {message}</translation>
    </message>
    <message>
        <source>Amounts in Klarna&apos;s message: {amounts}</source>
        <translation>Belopp i Klarnas meddelande: {amounts}</translation>
    </message>
    <message>
        <source>Error code: {code}</source>
        <translation>Felkod: {code}</translation>
    </message>
    <message>
        <source>Correlation id: {correlation_id}</source>
        <translation>Korrelations-id: {correlation_id}</translation>
    </message>
</context>
<context>
    <name>LinesEdit</name>
    <message>
        <source>physical</source>
        <translation>fysisk</translation>
    </message>
    <message>
        <source>discount</source>
        <comment>line type</comment>
        <translation>rabatt</translation>
    </message>
    <message>
        <source>shipping fee</source>
        <translation>fraktavgift</translation>
    </message>
    <message>
        <source>sales tax</source>
        <translation>försäljningsskatt</translation>
    </message>
    <message>
        <source>store credit</source>
        <translation>tillgodohavande</translation>
    </message>
    <message>
        <source>gift card</source>
        <translation>presentkort</translation>
    </message>
    <message>
        <source>digital</source>
        <translation>digital</translation>
    </message>
    <message>
        <source>surcharge</source>
        <translation>tilläggsavgift</translation>
    </message>
    <message>
        <source>return fee</source>
        <translation>returavgift</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referens</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Antal</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Styckpris</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Rabatt</translation>
    </message>
    <message>
        <source>Tax rate %</source>
        <translation>Moms %</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summa</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Moms</translation>
    </message>
    <message>
        <source>Line {number} ({name})</source>
        <translation>Rad {number} ({name})</translation>
    </message>
    <message>
        <source>Line {number}</source>
        <translation>Rad {number}</translation>
    </message>
    <message>
        <source>{line}: {problem}</source>
        <translation>{line}: {problem}</translation>
    </message>
    <message>
        <source>{line}: discount {discount} is more than the line&apos;s {limit} (quantity × unit price); at most {limit}.</source>
        <translation>{line}: rabatten {discount} är större än radens {limit} (antal × styckpris); högst {limit}.</translation>
    </message>
    <message>
        <source>Computed: quantity × unit price − discount; tax included at the rate.</source>
        <translation>Beräknas: antal × styckpris − rabatt; moms ingår enligt momssatsen.</translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <translation>{field}: {problem}</translation>
    </message>
    <message>
        <source>name</source>
        <translation>namn</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>referens</translation>
    </message>
    <message>
        <source>type</source>
        <translation>typ</translation>
    </message>
    <message>
        <source>quantity</source>
        <translation>antal</translation>
    </message>
    <message>
        <source>unit price</source>
        <translation>styckpris</translation>
    </message>
    <message>
        <source>discount</source>
        <translation>rabatt</translation>
    </message>
    <message>
        <source>tax rate</source>
        <translation>momssats</translation>
    </message>
    <message>
        <source>{typed} is not a line type; use one of {types}</source>
        <translation>{typed} är ingen radtyp; använd en av {types}</translation>
    </message>
    <message>
        <source>quantity must be a whole number from 0 to {max}; {typed} is not</source>
        <translation>antal måste vara ett heltal från 0 till {max}; {typed} är inte det</translation>
    </message>
    <message>
        <source>Line type</source>
        <translation>Radtyp</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Capture…</source>
        <translation>&amp;Aktivera…</translation>
    </message>
    <message>
        <source>&amp;Refund…</source>
        <translation>Åte&amp;rbetala…</translation>
    </message>
    <message>
        <source>Ca&amp;ncel order…</source>
        <translation>&amp;Makulera order…</translation>
    </message>
    <message>
        <source>Re&amp;lease remaining authorization…</source>
        <translation>&amp;Frigör återstående reservation…</translation>
    </message>
    <message>
        <source>E&amp;xtend authorization time…</source>
        <translation>Förlän&amp;g reservationstiden…</translation>
    </message>
    <message>
        <source>Update order &amp;amount and lines…</source>
        <translation>Ändra &amp;orderbelopp och rader…</translation>
    </message>
    <message>
        <source>Edit shipping &amp;address…</source>
        <translation>Ändra &amp;leveransadress…</translation>
    </message>
    <message>
        <source>&amp;Merchant references…</source>
        <translation>&amp;Butiksreferenser…</translation>
    </message>
    <message>
        <source>Add &amp;shipping info…</source>
        <translation>Lägg till leveransinforma&amp;tion…</translation>
    </message>
    <message>
        <source>Ac&amp;knowledge</source>
        <translation>&amp;Kvittera</translation>
    </message>
    <message>
        <source>Add shipping info to capture…</source>
        <translation>Lägg till leveransinformation för aktiveringen…</translation>
    </message>
    <message>
        <source>Extend &amp;due date…</source>
        <translation>Förläng förfallo&amp;datum…</translation>
    </message>
    <message>
        <source>Resend customer &amp;communication…</source>
        <translation>Skicka om kund&amp;utskick…</translation>
    </message>
    <message>
        <source>Lines tab</source>
        <translation>Fliken Rader</translation>
    </message>
    <message>
        <source>Captures tab</source>
        <translation>Fliken Aktiveringar</translation>
    </message>
    <message>
        <source>Refunds tab</source>
        <translation>Fliken Återbetalningar</translation>
    </message>
    <message>
        <source>Shipping tab</source>
        <translation>Fliken Leverans</translation>
    </message>
    <message>
        <source>Customer tab</source>
        <translation>Fliken Kund</translation>
    </message>
    <message>
        <source>History tab</source>
        <translation>Fliken Historik</translation>
    </message>
    <message>
        <source>Raw tab</source>
        <translation>Fliken Rådata</translation>
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
        <translation>Aktiv profil</translation>
    </message>
    <message>
        <source>Environment of the active profile</source>
        <translation>Den aktiva profilens miljö</translation>
    </message>
    <message>
        <source>READ-ONLY</source>
        <translation>SKRIVSKYDDAD</translation>
    </message>
    <message>
        <source>&amp;Refresh order</source>
        <translation>&amp;Uppdatera ordern</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Åtgärder</translation>
    </message>
    <message>
        <source>More actions</source>
        <translation>Fler åtgärder</translation>
    </message>
    <message>
        <source>More order actions</source>
        <translation>Fler orderåtgärder</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>&amp;Import order IDs…</source>
        <translation>&amp;Importera order-id…</translation>
    </message>
    <message>
        <source>&amp;Export orders…</source>
        <translation>&amp;Exportera ordrar…</translation>
    </message>
    <message>
        <source>&amp;Profiles…</source>
        <translation>&amp;Profiler…</translation>
    </message>
    <message>
        <source>Reset sandbox demo data…</source>
        <translation>Återställ sandlådans demodata…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <source>&amp;Find orders</source>
        <translation>&amp;Sök ordrar</translation>
    </message>
    <message>
        <source>&amp;Order</source>
        <translation>&amp;Order</translation>
    </message>
    <message>
        <source>&amp;Bulk</source>
        <translation>&amp;Massåtgärder</translation>
    </message>
    <message>
        <source>Capture selected orders in full…</source>
        <translation>Aktivera markerade ordrar helt…</translation>
    </message>
    <message>
        <source>Extend authorization of selected orders…</source>
        <translation>Förläng reservationen för markerade ordrar…</translation>
    </message>
    <message>
        <source>Pa&amp;youts</source>
        <translation>Ut&amp;betalningar</translation>
    </message>
    <message>
        <source>&amp;Payouts…</source>
        <translation>&amp;Utbetalningar…</translation>
    </message>
    <message>
        <source>&amp;Sync payouts now</source>
        <translation>&amp;Synka utbetalningar nu</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Kortkommandon</translation>
    </message>
    <message>
        <source>&amp;About Klarna Order Console</source>
        <translation>&amp;Om Klarna Order Console</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemets språk</translation>
    </message>
    <message>
        <source>The language changes when Klarna Order Console is next started.</source>
        <translation>Språket ändras nästa gång Klarna Order Console startas.</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Kortkommandon</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tangenter</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Kommando</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Meny</translation>
    </message>
    <message>
        <source>Tab / Shift+Tab</source>
        <translation>Tabb / Skift+Tabb</translation>
    </message>
    <message>
        <source>Move between the search box, the results and the order</source>
        <translation>Flytta mellan sökrutan, resultaten och ordern</translation>
    </message>
    <message>
        <source>Show the previous or next order in the results</source>
        <translation>Visa föregående eller nästa order i resultaten</translation>
    </message>
    <message>
        <source>Shift+↑ ↓, Shift+click</source>
        <translation>Skift+↑ ↓, Skift+klick</translation>
    </message>
    <message>
        <source>Select a range of orders (for Bulk and Export)</source>
        <translation>Markera ett intervall av ordrar (för massåtgärder och export)</translation>
    </message>
    <message>
        <source>Ctrl+click, Ctrl+A</source>
        <translation>Ctrl+klick, Ctrl+A</translation>
    </message>
    <message>
        <source>Add an order to the selection; select all</source>
        <translation>Lägg till en order i markeringen; markera alla</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Open the order and move to its tabs</source>
        <translation>Öppna ordern och gå till dess flikar</translation>
    </message>
    <message>
        <source>Klarna Order Console — {profile} ({environment})</source>
        <translation>Klarna Order Console – {profile} ({environment})</translation>
    </message>
    <message>
        <source>Open an order first.</source>
        <translation>Öppna en order först.</translation>
    </message>
    <message>
        <source>{action}: not possible. {reason}</source>
        <translation>{action}: inte möjligt. {reason}</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Copy correlation id</source>
        <translation>Kopiera korrelations-id</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Stäng meddelandet</translation>
    </message>
    <message>
        <source>{message}  (correlation id {id})</source>
        <translation>{message}  (korrelations-id {id})</translation>
    </message>
    <message>
        <source>{context}: {message}</source>
        <translation>{context}: {message}</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopierat</translation>
    </message>
</context>
<context>
    <name>OpenWritePanel</name>
    <message>
        <source>Earlier action without an answer</source>
        <translation>Tidigare åtgärd utan svar</translation>
    </message>
    <message>
        <source>Send &amp;again with the same key</source>
        <translation>Skicka &amp;igen med samma nyckel</translation>
    </message>
    <message>
        <source>Send again with the same idempotency key</source>
        <translation>Skicka igen med samma idempotensnyckel</translation>
    </message>
    <message>
        <source>Chec&amp;k with Klarna</source>
        <translation>&amp;Kontrollera hos Klarna</translation>
    </message>
    <message>
        <source>Check with Klarna</source>
        <translation>Kontrollera hos Klarna</translation>
    </message>
    <message>
        <source>What Klarna shows</source>
        <translation>Vad Klarna visar</translation>
    </message>
    <message>
        <source>Why you are sure it was not applied, e.g. checked in the Merchant Portal</source>
        <translation>Varför du är säker på att den inte genomfördes, t.ex. kontrollerat i Merchant Portal</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>&amp;Mark not applied</source>
        <translation>&amp;Markera som inte genomförd</translation>
    </message>
    <message>
        <source>Mark not applied</source>
        <translation>Markera som inte genomförd</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Anteckning:</translation>
    </message>
</context>
<context>
    <name>OrderHeader</name>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Klarna&apos;s status of the order</source>
        <translation>Orderns status hos Klarna</translation>
    </message>
    <message>
        <source>Worked out by the console from the order&apos;s refunds</source>
        <translation>Beräknad av konsolen utifrån orderns återbetalningar</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Uppdatera</translation>
    </message>
    <message>
        <source>Refresh order</source>
        <translation>Uppdatera ordern</translation>
    </message>
    <message>
        <source>Read the order from Klarna again (Ctrl+R)</source>
        <translation>Läs ordern från Klarna igen (Ctrl+R)</translation>
    </message>
    <message>
        <source>Order amount</source>
        <translation>Orderbelopp</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>Aktiverat</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Återbetalt</translation>
    </message>
    <message>
        <source>Remaining to capture</source>
        <translation>Kvar att aktivera</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Går ut</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Betalning</translation>
    </message>
    <message>
        <source>Merchant references</source>
        <translation>Butiksreferenser</translation>
    </message>
    <message>
        <source>Order id</source>
        <translation>Order-id</translation>
    </message>
    <message>
        <source>Read from Klarna</source>
        <translation>Läst från Klarna</translation>
    </message>
    <message>
        <source>Merchant refs</source>
        <translation>Butiksref.</translation>
    </message>
    <message>
        <source>Order {order}</source>
        <translation>Order {order}</translation>
    </message>
    <message>
        <source>Fraud: {status}</source>
        <translation>Bedrägeri: {status}</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>inte än</translation>
    </message>
    <message>
        <source>Nothing is left to capture, so the authorization&apos;s expiry no longer matters.</source>
        <translation>Det finns inget kvar att aktivera, så reservationens utgångsdatum spelar inte längre någon roll.</translation>
    </message>
    <message>
        <source>⚠ {expiry}: capture or extend soon</source>
        <translation>⚠ {expiry}: aktivera eller förläng snart</translation>
    </message>
    <message>
        <source>{expiry}: expired</source>
        <translation>{expiry}: utgången</translation>
    </message>
</context>
<context>
    <name>OrderStatus</name>
    <message>
        <source>Authorized</source>
        <translation>Reserverad</translation>
    </message>
    <message>
        <source>Part captured</source>
        <translation>Delvis aktiverad</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>Aktiverad</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Makulerad</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Utgången</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Stängd</translation>
    </message>
</context>
<context>
    <name>OrderTabs</name>
    <message>
        <source>physical</source>
        <translation>fysisk</translation>
    </message>
    <message>
        <source>digital</source>
        <translation>digital</translation>
    </message>
    <message>
        <source>discount</source>
        <translation>rabatt</translation>
    </message>
    <message>
        <source>shipping fee</source>
        <translation>fraktavgift</translation>
    </message>
    <message>
        <source>sales tax</source>
        <translation>försäljningsskatt</translation>
    </message>
    <message>
        <source>store credit</source>
        <translation>tillgodohavande</translation>
    </message>
    <message>
        <source>gift card</source>
        <translation>presentkort</translation>
    </message>
    <message>
        <source>surcharge</source>
        <translation>tilläggsavgift</translation>
    </message>
    <message>
        <source>return fee</source>
        <translation>returavgift</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referens</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Antal</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Styckpris</translation>
    </message>
    <message>
        <source>Tax rate</source>
        <translation>Momssats</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Rabatt</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summa</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Moms</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Anteckning: {note}</translation>
    </message>
    <message>
        <source>Attn: {name}</source>
        <translation>Att: {name}</translation>
    </message>
    <message>
        <source>Billing address</source>
        <translation>Faktureringsadress</translation>
    </message>
    <message>
        <source>Shipping address</source>
        <translation>Leveransadress</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kund</translation>
    </message>
    <message>
        <source>Klarna does not let merchants change it (risk assessment).</source>
        <translation>Klarna låter inte butiker ändra den (riskbedömning).</translation>
    </message>
    <message>
        <source>Can be changed while the order is open.</source>
        <translation>Kan ändras medan ordern är öppen.</translation>
    </message>
    <message>
        <source>Date of birth: {date}</source>
        <translation>Födelsedatum: {date}</translation>
    </message>
    <message>
        <source>National id: •••• {last_digits}</source>
        <translation>Personnummer: •••• {last_digits}</translation>
    </message>
    <message>
        <source>Country: {country} · Locale: {locale}</source>
        <translation>Land: {country} · Språkinställning: {locale}</translation>
    </message>
</context>
<context>
    <name>OrderView</name>
    <message>
        <source>Search for an order on the left, or paste an order id.</source>
        <translation>Sök efter en order till vänster eller klistra in ett order-id.</translation>
    </message>
    <message>
        <source>Klarna ref</source>
        <translation>Klarna-ref.</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>Aktiverad</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Belopp</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Återbetalt</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referens</translation>
    </message>
    <message>
        <source>Shipments</source>
        <translation>Försändelser</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Rader</translation>
    </message>
    <message>
        <source>Capture id</source>
        <translation>Aktiverings-id</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>Kreditnota</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>Refund id</source>
        <translation>Återbetalnings-id</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Gäller</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Transportör</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Leveranssätt</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Spårningsnummer</translation>
    </message>
    <message>
        <source>Return carrier</source>
        <translation>Returtransportör</translation>
    </message>
    <message>
        <source>Return tracking</source>
        <translation>Returspårning</translation>
    </message>
    <message>
        <source>Tracking link</source>
        <translation>Spårningslänk</translation>
    </message>
    <message>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <source>Recorded by another window ({window})</source>
        <translation>Sparad av ett annat fönster ({window})</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Av</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fel</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meddelande</translation>
    </message>
    <message>
        <source>Correlation id</source>
        <translation>Korrelations-id</translation>
    </message>
    <message>
        <source>Result id</source>
        <translation>Resultat-id</translation>
    </message>
    <message>
        <source>Idempotency key</source>
        <translation>Idempotensnyckel</translation>
    </message>
    <message>
        <source>Order details</source>
        <translation>Orderuppgifter</translation>
    </message>
    <message>
        <source>Order lines</source>
        <translation>Orderrader</translation>
    </message>
    <message>
        <source>This order has no lines.</source>
        <translation>Ordern har inga rader.</translation>
    </message>
    <message>
        <source>Captures</source>
        <translation>Aktiveringar</translation>
    </message>
    <message>
        <source>Nothing has been captured yet.</source>
        <translation>Inget har aktiverats än.</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Återbetalningar</translation>
    </message>
    <message>
        <source>Nothing has been refunded.</source>
        <translation>Inget har återbetalats.</translation>
    </message>
    <message>
        <source>Shipping information</source>
        <translation>Leveransinformation</translation>
    </message>
    <message>
        <source>No shipping information yet: add carriers and tracking numbers with Order → Add shipping info, or when capturing.</source>
        <translation>Ingen leveransinformation än: lägg till transportörer och spårningsnummer med Order → Lägg till leveransinformation, eller vid aktivering.</translation>
    </message>
    <message>
        <source>Selected shipping option</source>
        <translation>Valt leveranssätt</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historik</translation>
    </message>
    <message>
        <source>Nothing has been done to this order from this console yet.

Every capture, refund and change sent from here is listed, with Klarna&apos;s answer and correlation id. Klarna&apos;s API keeps no history of its own; its Merchant Portal keeps about a week of API logs.</source>
        <translation>Inget har gjorts med den här ordern från den här konsolen än.

Varje aktivering, återbetalning och ändring som skickas härifrån listas, med Klarnas svar och korrelations-id. Klarnas API sparar ingen egen historik; Merchant Portal sparar API-loggar i ungefär en vecka.</translation>
    </message>
    <message>
        <source>Order as JSON</source>
        <translation>Ordern som JSON</translation>
    </message>
    <message>
        <source>&amp;Lines</source>
        <translation>&amp;Rader</translation>
    </message>
    <message>
        <source>&amp;Captures</source>
        <translation>Ak&amp;tiveringar</translation>
    </message>
    <message>
        <source>Re&amp;funds</source>
        <translation>Återbetal&amp;ningar</translation>
    </message>
    <message>
        <source>&amp;Shipping</source>
        <translation>&amp;Leverans</translation>
    </message>
    <message>
        <source>C&amp;ustomer</source>
        <translation>&amp;Kund</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>H&amp;istorik</translation>
    </message>
    <message>
        <source>Ra&amp;w</source>
        <translation>Rå&amp;data</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Capture {capture}</source>
        <translation>Aktivering {capture}</translation>
    </message>
    <message>
        <source>Shipping option chosen at checkout: none recorded.</source>
        <translation>Leveranssätt valt i kassan: inget registrerat.</translation>
    </message>
    <message>
        <source>pick-up at {place}</source>
        <translation>upphämtning hos {place}</translation>
    </message>
    <message>
        <source>Shipping option chosen at checkout: {option}</source>
        <translation>Leveranssätt valt i kassan: {option}</translation>
    </message>
</context>
<context>
    <name>PayoutColumns</name>
    <message>
        <source>not yet</source>
        <translation>inte än</translation>
    </message>
    <message>
        <source>not synced</source>
        <translation>inte synkad</translation>
    </message>
    <message>
        <source>{fee}: {amount} + VAT {vat}</source>
        <translation>{fee}: {amount} + moms {vat}</translation>
    </message>
    <message>
        <source>Paid out</source>
        <translation>Utbetalt</translation>
    </message>
    <message>
        <source>Klarna&apos;s payout that paid this capture (payment reference as on the bank statement)</source>
        <translation>Klarnas utbetalning som betalade den här aktiveringen (betalningsreferens som på kontoutdraget)</translation>
    </message>
    <message>
        <source>In no synced payout yet (Payouts → Sync payouts now)</source>
        <translation>Inte med i någon synkad utbetalning än (Utbetalningar → Synka utbetalningar nu)</translation>
    </message>
    <message>
        <source>Klarna fees</source>
        <translation>Klarnas avgifter</translation>
    </message>
    <message>
        <source>Deducted</source>
        <translation>Avdraget</translation>
    </message>
    <message>
        <source>Klarna&apos;s payout that deducted this refund</source>
        <translation>Klarnas utbetalning som drog av den här återbetalningen</translation>
    </message>
    <message>
        <source>In no synced payout yet</source>
        <translation>Inte med i någon synkad utbetalning än</translation>
    </message>
</context>
<context>
    <name>PayoutsController</name>
    <message>
        <source>Could not sync Klarna&apos;s payouts</source>
        <translation>Kunde inte synka Klarnas utbetalningar</translation>
    </message>
    <message>
        <source>Syncing Klarna&apos;s payouts: payouts {done}/{total}</source>
        <translation>Synkar Klarnas utbetalningar: utbetalningar {done}/{total}</translation>
    </message>
    <message>
        <source>Syncing Klarna&apos;s payouts: new orders {done}/{total}</source>
        <translation>Synkar Klarnas utbetalningar: nya ordrar {done}/{total}</translation>
    </message>
    <message>
        <source>{reference} is Klarna&apos;s payout of {date}: {amount} paid out. Its orders are listed; Payouts → Payouts… shows its sales, returns and fees.</source>
        <translation>{reference} är Klarnas utbetalning den {date}: {amount} utbetalt. Dess ordrar listas; Utbetalningar → Utbetalningar… visar försäljning, returer och avgifter.</translation>
    </message>
    <message>
        <source>Save Klarna&apos;s {format} report</source>
        <translation>Spara Klarnas {format}-rapport</translation>
    </message>
    <message>
        <source>{format} files (*.{extension})</source>
        <translation>{format}-filer (*.{extension})</translation>
    </message>
    <message>
        <source>Could not save the {format} report</source>
        <translation>Kunde inte spara {format}-rapporten</translation>
    </message>
    <message>
        <source>Saved Klarna&apos;s report of payout {reference} to {path}.</source>
        <translation>Sparade Klarnas rapport för utbetalning {reference} i {path}.</translation>
    </message>
    <message>
        <source>Export payouts</source>
        <translation>Exportera utbetalningar</translation>
    </message>
    <message>
        <source>Could not export the payouts</source>
        <translation>Kunde inte exportera utbetalningarna</translation>
    </message>
</context>
<context>
    <name>PayoutsView</name>
    <message>
        <source>Payouts</source>
        <translation>Utbetalningar</translation>
    </message>
    <message>
        <source>Payouts from</source>
        <translation>Utbetalningar från</translation>
    </message>
    <message>
        <source>Payouts until</source>
        <translation>Utbetalningar till och med</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Any currency</source>
        <translation>Alla valutor</translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation>S&amp;ynka nu</translation>
    </message>
    <message>
        <source>Read Klarna&apos;s payouts since the From date (at least the last 90 days) and fetch the orders they name</source>
        <translation>Läs Klarnas utbetalningar sedan Från-datumet (minst de senaste 90 dagarna) och hämta de ordrar de nämner</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>S&amp;toppa</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Synkförlopp</translation>
    </message>
    <message>
        <source>Sync status</source>
        <translation>Synkstatus</translation>
    </message>
    <message>
        <source>Payout date</source>
        <translation>Utbetalningsdatum</translation>
    </message>
    <message>
        <source>Payment reference</source>
        <translation>Betalningsreferens</translation>
    </message>
    <message>
        <source>Cur.</source>
        <translation>Val.</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Försäljning</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Returer</translation>
    </message>
    <message>
        <source>Fees + VAT</source>
        <translation>Avgifter + moms</translation>
    </message>
    <message>
        <source>Debt repaid</source>
        <translation>Återbetald skuld</translation>
    </message>
    <message>
        <source>New debt: {amount}</source>
        <translation>Ny skuld: {amount}</translation>
    </message>
    <message>
        <source>Paid out</source>
        <translation>Utbetalt</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>Transaktioner</translation>
    </message>
    <message>
        <source>synced</source>
        <translation>synkad</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>inte än</translation>
    </message>
    <message>
        <source>No payouts synced for these dates.

Sync now reads them from Klarna.</source>
        <translation>Inga utbetalningar synkade för de här datumen.

Synka nu läser dem från Klarna.</translation>
    </message>
    <message>
        <source>Totals of the listed payouts</source>
        <translation>Summor för de listade utbetalningarna</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalj</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Belopp</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>Moms</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Capture / refund</source>
        <translation>Aktivering/återbetalning</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Merchant ref.</source>
        <translation>Butiksref.</translation>
    </message>
    <message>
        <source>Transactions of the selected payout</source>
        <translation>Transaktioner i den valda utbetalningen</translation>
    </message>
    <message>
        <source>Choose a payout to see its sales, returns and fees.</source>
        <translation>Välj en utbetalning för att se dess försäljning, returer och avgifter.</translation>
    </message>
    <message>
        <source>Save Klarna &amp;CSV…</source>
        <translation>Spara Klarnas &amp;CSV…</translation>
    </message>
    <message>
        <source>Save Klarna &amp;PDF…</source>
        <translation>Spara Klarnas &amp;PDF…</translation>
    </message>
    <message>
        <source>Klarna&apos;s own {format} report of the selected payout</source>
        <translation>Klarnas egen {format}-rapport för den valda utbetalningen</translation>
    </message>
    <message>
        <source>&amp;Export list…</source>
        <translation>&amp;Exportera lista…</translation>
    </message>
    <message>
        <source>The listed payouts and their totals as a CSV file</source>
        <translation>De listade utbetalningarna och deras summor som CSV-fil</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Från</translation>
    </message>
    <message>
        <source>&amp;until</source>
        <translation>t&amp;ill och med</translation>
    </message>
    <message>
        <source>Reading payouts…</source>
        <translation>Läser utbetalningar…</translation>
    </message>
    <message>
        <source>Payout transactions {done}/{total}</source>
        <translation>Utbetalningstransaktioner {done}/{total}</translation>
    </message>
    <message>
        <source>New orders {done}/{total}</source>
        <translation>Nya ordrar {done}/{total}</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>Synkad</translation>
    </message>
    <message>
        <source>Stopped; Sync resumes</source>
        <translation>Stoppad; Synka återupptar</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>Synkningen misslyckades</translation>
    </message>
</context>
<context>
    <name>PickLines</name>
    <message>
        <source>Reference</source>
        <translation>Referens</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Tillgängligt</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Styckpris</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Antal</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Belopp</translation>
    </message>
    <message>
        <source>Line {number} ({name})</source>
        <translation>Rad {number} ({name})</translation>
    </message>
    <message>
        <source>Line {number}</source>
        <translation>Rad {number}</translation>
    </message>
    <message>
        <source>{line}: quantity at most {left} can be picked (what is left of the line).</source>
        <translation>{line}: högst {left} kan väljas som antal (det som finns kvar av raden).</translation>
    </message>
    <message>
        <source>{line}: quantity must be a whole number from 0 to {left}; {typed} cannot be typed.</source>
        <translation>{line}: antal måste vara ett heltal från 0 till {left}; {typed} kan inte anges.</translation>
    </message>
    <message>
        <source>{left} of {quantity}</source>
        <translation>{left} av {quantity}</translation>
    </message>
    <message>
        <source>Nothing of this line is left.</source>
        <translation>Inget finns kvar av den här raden.</translation>
    </message>
    <message>
        <source>Quantity of {name}</source>
        <translation>Antal av {name}</translation>
    </message>
</context>
<context>
    <name>Plurals</name>
    <message numerus="yes">
        <source>%n selected order(s)</source>
        <translation>
            <numerusform>%n markerad order</numerusform>
            <numerusform>%n markerade ordrar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Capture %n selected order(s) in full…</source>
        <translation>
            <numerusform>Aktivera %n markerad order helt…</numerusform>
            <numerusform>Aktivera %n markerade ordrar helt…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Extend authorization of %n selected order(s)…</source>
        <translation>
            <numerusform>Förläng reservationen för %n markerad order…</numerusform>
            <numerusform>Förläng reservationen för %n markerade ordrar…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Export %n selected order(s)…</source>
        <translation>
            <numerusform>&amp;Exportera %n markerad order…</numerusform>
            <numerusform>&amp;Exportera %n markerade ordrar…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Export %n order(s)…</source>
        <translation>
            <numerusform>&amp;Exportera %n order…</numerusform>
            <numerusform>&amp;Exportera %n ordrar…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>för %n minut sedan</numerusform>
            <numerusform>för %n minuter sedan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s)</source>
        <translation>
            <numerusform>%Ln order</numerusform>
            <numerusform>%Ln ordrar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s) · {selected} selected</source>
        <translation>
            <numerusform>%Ln order · markerade: {selected}</numerusform>
            <numerusform>%Ln ordrar · markerade: {selected}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Authorizations that expire within %n day(s): capture or extend them</source>
        <translation>
            <numerusform>Reservationer som går ut inom %n dag: aktivera eller förläng dem</numerusform>
            <numerusform>Reservationer som går ut inom %n dagar: aktivera eller förläng dem</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Captures older than %n day(s) (the usual payout delay) that are in no synced payout yet: ask Klarna, or sync payouts again</source>
        <translation>
            <numerusform>Aktiveringar äldre än %n dag (den vanliga utbetalningstiden) som inte finns i någon synkad utbetalning än: fråga Klarna eller synka utbetalningarna igen</numerusform>
            <numerusform>Aktiveringar äldre än %n dagar (den vanliga utbetalningstiden) som inte finns i någon synkad utbetalning än: fråga Klarna eller synka utbetalningarna igen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dag</numerusform>
            <numerusform>%n dagar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln payout(s)</source>
        <translation>
            <numerusform>%Ln utbetalning</numerusform>
            <numerusform>%Ln utbetalningar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln payout(s) · paid out {amount}</source>
        <translation>
            <numerusform>%Ln utbetalning · utbetalt {amount}</numerusform>
            <numerusform>%Ln utbetalningar · utbetalt {amount}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Payouts synced: %Ln in the last {days} days</source>
        <translation>
            <numerusform>Utbetalningar synkade: %Ln de senaste {days} dagarna</numerusform>
            <numerusform>Utbetalningar synkade: %Ln de senaste {days} dagarna</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Payouts synced: %Ln in the last {days} days, {found} new orders found</source>
        <translation>
            <numerusform>Utbetalningar synkade: %Ln de senaste {days} dagarna, {found} nya ordrar hittades</numerusform>
            <numerusform>Utbetalningar synkade: %Ln de senaste {days} dagarna, {found} nya ordrar hittades</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln payout(s) to {path}.</source>
        <translation>
            <numerusform>Exporterade %Ln utbetalning till {path}.</numerusform>
            <numerusform>Exporterade %Ln utbetalningar till {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) started over 23 hours ago never got an answer, and their keys are too old to send again safely. Open each order and use Check with Klarna in its action: {orders}</source>
        <translation>
            <numerusform>%n åtgärd som startades för över 23 timmar sedan fick aldrig svar, och dess nyckel är för gammal för att skickas igen på ett säkert sätt. Öppna ordern och använd Kontrollera hos Klarna i åtgärden: {orders}</numerusform>
            <numerusform>%n åtgärder som startades för över 23 timmar sedan fick aldrig svar, och deras nycklar är för gamla för att skickas igen på ett säkert sätt. Öppna varje order och använd Kontrollera hos Klarna i dess åtgärd: {orders}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>om %n dag</numerusform>
            <numerusform>om %n dagar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>för %n dag sedan</numerusform>
            <numerusform>för %n dagar sedan</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Profiles</name>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Värd</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Miljö</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>Bas-URL</translation>
    </message>
    <message>
        <source>API username</source>
        <translation>API-användarnamn</translation>
    </message>
    <message>
        <source>API password</source>
        <translation>API-lösenord</translation>
    </message>
    <message>
        <source>Badge colour</source>
        <translation>Profilfärg</translation>
    </message>
    <message>
        <source>Profile id</source>
        <translation>Profil-id</translation>
    </message>
    <message>
        <source>Team store</source>
        <translation>Teamdatabas</translation>
    </message>
    <message>
        <source>Agent name</source>
        <translation>Handläggarens namn</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
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
        <translation>Kustom (produktion)</translation>
    </message>
    <message>
        <source>Kustom (playground)</source>
        <translation>Kustom (playground)</translation>
    </message>
    <message>
        <source>Custom URL</source>
        <translation>Anpassad URL</translation>
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
        <translation>Oceanien</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profiler</translation>
    </message>
    <message>
        <source>Add profile</source>
        <translation>Lägg till profil</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Playground (test)</source>
        <translation>Playground (test)</translation>
    </message>
    <message>
        <source>Production (real money)</source>
        <translation>Produktion (riktiga pengar)</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>Read-only: look at orders, never change them</source>
        <translation>Skrivskyddad: visa ordrar, ändra dem aldrig</translation>
    </message>
    <message>
        <source>empty: this computer&apos;s own store; or postgresql://user@server/database</source>
        <translation>tomt: datorns egen databas; eller postgresql://användare@server/databas</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Värd</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Miljö</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>Bas-URL</translation>
    </message>
    <message>
        <source>API username</source>
        <translation>API-användarnamn</translation>
    </message>
    <message>
        <source>API password</source>
        <translation>API-lösenord</translation>
    </message>
    <message>
        <source>Badge colour</source>
        <translation>Etikettfärg</translation>
    </message>
    <message>
        <source>Team store</source>
        <translation>Teamdatabas</translation>
    </message>
    <message>
        <source>Team store password</source>
        <translation>Lösenord till teamdatabasen</translation>
    </message>
    <message>
        <source>Agent name</source>
        <translation>Handläggarens namn</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Skrivskyddad</translation>
    </message>
    <message>
        <source>Kept {where}.</source>
        <translation>Sparas {where}.</translation>
    </message>
    <message>
        <source>Where the password is kept</source>
        <translation>Var lösenordet sparas</translation>
    </message>
    <message>
        <source>Problems with this profile</source>
        <translation>Problem med den här profilen</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Resultat av anslutningstest</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Testa anslutningen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <source>Save and open</source>
        <translation>Spara och öppna</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>The Sandbox is built in: demo orders in a simulator of Klarna Order Management on this computer. No account, no network, no real money. It cannot be edited or removed.</source>
        <translation>Sandbox är inbyggd: demoordrar i en simulator av Klarna Order Management på den här datorn. Inget konto, inget nätverk, inga riktiga pengar. Den kan inte ändras eller tas bort.</translation>
    </message>
    <message>
        <source>stored ({backend}); type to replace</source>
        <translation>sparat ({backend}); skriv för att ersätta</translation>
    </message>
    <message>
        <source>required</source>
        <translation>obligatoriskt</translation>
    </message>
    <message>
        <source>stored; type to replace</source>
        <translation>sparat; skriv för att ersätta</translation>
    </message>
    <message>
        <source>if the server asks for one</source>
        <translation>om servern kräver det</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Ny profil</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Sparat.</translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation>Ta bort profil</translation>
    </message>
    <message>
        <source>Remove profile {name} and its stored password? Its local order cache and history stay on disk.</source>
        <translation>Ta bort profilen {name} och dess sparade lösenord? Dess lokala ordercache och historik finns kvar på disken.</translation>
    </message>
    <message>
        <source>Type the API password to test the connection.</source>
        <translation>Skriv API-lösenordet för att testa anslutningen.</translation>
    </message>
    <message>
        <source>Testing {url}…</source>
        <translation>Testar {url}…</translation>
    </message>
    <message>
        <source>{result} (correlation id {id})</source>
        <translation>{result} (korrelations-id {id})</translation>
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
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Förkasta</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Verkställ</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Återställ</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hjälp</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Nej</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Försök igen</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorera</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Återställ standardvärden</translation>
    </message>
</context>
<context>
    <name>Reasons</name>
    <message>
        <source>Capture not possible.</source>
        <translation>Aktivering inte möjlig.</translation>
    </message>
    <message>
        <source>Refund not possible.</source>
        <translation>Återbetalning inte möjlig.</translation>
    </message>
    <message>
        <source>Cancel not possible.</source>
        <translation>Makulering inte möjlig.</translation>
    </message>
    <message>
        <source>Remaining authorization cannot be released.</source>
        <translation>Den återstående reservationen kan inte frigöras.</translation>
    </message>
    <message>
        <source>Authorization time cannot be extended.</source>
        <translation>Reservationstiden kan inte förlängas.</translation>
    </message>
    <message>
        <source>Order authorization cannot be updated.</source>
        <translation>Orderns reservation kan inte ändras.</translation>
    </message>
    <message>
        <source>Customer details cannot be updated.</source>
        <translation>Kunduppgifterna kan inte ändras.</translation>
    </message>
    <message>
        <source>Merchant references cannot be updated.</source>
        <translation>Butiksreferenserna kan inte ändras.</translation>
    </message>
    <message>
        <source>Shipping info cannot be added to the capture.</source>
        <translation>Leveransinformation kan inte läggas till för aktiveringen.</translation>
    </message>
    <message>
        <source>Send out cannot be triggered for the capture.</source>
        <translation>Kundutskicket kan inte skickas om för aktiveringen.</translation>
    </message>
    <message>
        <source>Due date cannot be extended for the capture.</source>
        <translation>Förfallodatumet kan inte förlängas för aktiveringen.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>ett heltal</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>en lista</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ett objekt</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>sant eller falskt</translation>
    </message>
    <message>
        <source>a decimal number</source>
        <translation>ett decimaltal</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>tomt</translation>
    </message>
    <message>
        <source> (got {got})</source>
        <translation> (angivet: {got})</translation>
    </message>
    <message>
        <source>Order is already cancelled.</source>
        <translation>Ordern är redan makulerad.</translation>
    </message>
    <message>
        <source>Order is cancelled.</source>
        <translation>Ordern är makulerad.</translation>
    </message>
    <message>
        <source>Order is expired.</source>
        <translation>Ordern är utgången.</translation>
    </message>
    <message>
        <source>Order is closed.</source>
        <translation>Ordern är stängd.</translation>
    </message>
    <message>
        <source>Order is pending fraud review.</source>
        <translation>Ordern väntar på bedrägerikontroll.</translation>
    </message>
    <message>
        <source>Order was rejected in fraud review.</source>
        <translation>Ordern avvisades i bedrägerikontrollen.</translation>
    </message>
    <message>
        <source>Order is fully captured.</source>
        <translation>Ordern är helt aktiverad.</translation>
    </message>
    <message>
        <source>Order is fully refunded.</source>
        <translation>Ordern är helt återbetald.</translation>
    </message>
    <message>
        <source>Order has no captures.</source>
        <translation>Ordern har inga aktiveringar.</translation>
    </message>
    <message>
        <source>Order has previous captures.</source>
        <translation>Ordern har tidigare aktiveringar.</translation>
    </message>
    <message>
        <source>Order has no remaining authorization.</source>
        <translation>Ordern har inget återstående reserverat belopp.</translation>
    </message>
    <message>
        <source>Refunded amount cannot be negative.</source>
        <translation>Återbetalt belopp kan inte vara negativt.</translation>
    </message>
    <message>
        <source>Captured amount cannot be negative.</source>
        <translation>Aktiverat belopp kan inte vara negativt.</translation>
    </message>
    <message>
        <source>Captured amount {amount} is higher than the remaining authorized amount {remaining}.</source>
        <translation>Aktiverat belopp {amount} är högre än det återstående reserverade beloppet {remaining}.</translation>
    </message>
    <message>
        <source>Refunded amount {amount} is higher than the captured amount not yet refunded {refundable}.</source>
        <translation>Återbetalt belopp {amount} är högre än det aktiverade belopp som ännu inte återbetalats, {refundable}.</translation>
    </message>
    <message>
        <source>Resulting authorization amount {amount} cannot be less than the captured amount {captured}.</source>
        <translation>Det nya reserverade beloppet {amount} kan inte vara lägre än det aktiverade beloppet {captured}.</translation>
    </message>
    <message>
        <source>The order amount cannot be increased for {method} orders.</source>
        <translation>Orderbeloppet kan inte höjas för ordrar med betalningssättet {method}.</translation>
    </message>
    <message>
        <source>The order amount cannot be increased for this payment method.</source>
        <translation>Orderbeloppet kan inte höjas för det här betalningssättet.</translation>
    </message>
    <message>
        <source>Authorization time of {method} orders in {country} cannot be extended.</source>
        <translation>Reservationstiden kan inte förlängas för ordrar med betalningssättet {method} i {country}.</translation>
    </message>
    <message>
        <source>Order has reached the maximum authorization time of {days} days.</source>
        <translation>Ordern har nått den längsta reservationstiden, {days} dagar.</translation>
    </message>
    <message>
        <source>Billing address cannot be updated due to risk assessment.</source>
        <translation>Faktureringsadressen kan inte ändras på grund av riskbedömningen.</translation>
    </message>
    <message>
        <source>Capture {capture_id} could not be found.</source>
        <translation>Aktiveringen {capture_id} hittades inte.</translation>
    </message>
    <message>
        <source>Extension of due date is not possible for this payment method.</source>
        <translation>Förfallodatumet kan inte förlängas för det här betalningssättet.</translation>
    </message>
    <message>
        <source>Capture is fully refunded. Extension of due date is not possible.</source>
        <translation>Aktiveringen är helt återbetald. Förfallodatumet kan inte förlängas.</translation>
    </message>
    <message>
        <source>Return fees are not available for orders from {country} (only {countries}).</source>
        <translation>Returavgifter finns inte för ordrar från {country} (bara {countries}).</translation>
    </message>
    <message>
        <source>Return fees are not available for orders from this country (only {countries}).</source>
        <translation>Returavgifter finns inte för ordrar från det här landet (bara {countries}).</translation>
    </message>
    <message>
        <source>Return fees are possible only on orders captured in a single capture (this order has {count}).</source>
        <translation>Returavgifter går bara att ta ut på ordrar som aktiverats i en enda aktivering (den här ordern har {count}).</translation>
    </message>
    <message>
        <source>This profile is read-only: it can look at orders but not change them.</source>
        <translation>Profilen är skrivskyddad: den kan visa ordrar men inte ändra dem.</translation>
    </message>
    <message>
        <source>The request contains a password or API secret of a profile; it was not sent. Remove it and try again.</source>
        <translation>Begäran innehåller lösenordet eller API-hemligheten för en profil och skickades inte. Ta bort den och försök igen.</translation>
    </message>
    <message>
        <source>Enter an amount</source>
        <translation>Ange ett belopp</translation>
    </message>
    <message>
        <source>Enter the amount as text, e.g. 12.50</source>
        <translation>Ange beloppet som text, t.ex. 12,50</translation>
    </message>
    <message>
        <source>{text} is not an amount</source>
        <translation>{text} är inget belopp</translation>
    </message>
    <message>
        <source>The amount cannot be negative</source>
        <translation>Beloppet kan inte vara negativt</translation>
    </message>
    <message>
        <source>{currency} has no decimals; {text} has {given}</source>
        <translation>{currency} har inga decimaler; {text} har {given}</translation>
    </message>
    <message>
        <source>{currency} has 1 decimal; {text} has {given}</source>
        <translation>{currency} har 1 decimal; {text} har {given}</translation>
    </message>
    <message>
        <source>{currency} has {decimals} decimals; {text} has {given}</source>
        <translation>{currency} har {decimals} decimaler; {text} har {given}</translation>
    </message>
    <message>
        <source>This currency</source>
        <translation>Den här valutan</translation>
    </message>
    <message>
        <source>{text} has more than one decimal mark</source>
        <translation>{text} har mer än ett decimaltecken</translation>
    </message>
    <message>
        <source>{text} is not grouped in thousands</source>
        <translation>{text} är inte grupperat i tusental</translation>
    </message>
    <message>
        <source>{given} is not {currency}: type the amount in {currency}, the order&apos;s currency</source>
        <translation>{given} är inte {currency}: ange beloppet i {currency}, orderns valuta</translation>
    </message>
    <message>
        <source>could not be read from Klarna after its last write ({detail})</source>
        <translation>kunde inte läsas från Klarna efter den senaste ändringen ({detail})</translation>
    </message>
    <message>
        <source>journal entry {entry} cannot be sent again as it stands ({field})</source>
        <translation>journalpost {entry} kan inte skickas igen som den är ({field})</translation>
    </message>
    <message>
        <source>An earlier {action} (journal entry {entry}) never got an answer and its key is over 23 hours old: open the order and use Check with Klarna</source>
        <translation>En tidigare begäran ({action}, journalpost {entry}) fick aldrig svar och dess nyckel är äldre än 23 timmar: öppna ordern och använd Kontrollera hos Klarna</translation>
    </message>
    <message>
        <source>done before ({when} UTC, journal entry {entry})</source>
        <translation>gjort tidigare ({when} UTC, journalpost {entry})</translation>
    </message>
    <message>
        <source>an earlier {action} on this order (journal entry {entry}) has no answer yet</source>
        <translation>en tidigare begäran på den här ordern ({action}, journalpost {entry}) har inte fått svar än</translation>
    </message>
    <message>
        <source>the same {action} was made minutes ago (journal entry {entry})</source>
        <translation>samma begäran ({action}) gjordes för några minuter sedan (journalpost {entry})</translation>
    </message>
    <message>
        <source>stopped before sending</source>
        <translation>stoppad innan den skickades</translation>
    </message>
    <message>
        <source>sent, but its outcome could not be journaled: {detail}</source>
        <translation>skickad, men utfallet kunde inte föras in i journalen: {detail}</translation>
    </message>
    <message>
        <source>not sent: the journal could not be written: {detail}</source>
        <translation>inte skickad: journalen kunde inte skrivas: {detail}</translation>
    </message>
    <message>
        <source>nothing was sent</source>
        <translation>inget skickades</translation>
    </message>
    <message>
        <source>Klarna&apos;s answer could not be recorded, so the action stays open and is resumed with its original idempotency key</source>
        <translation>Klarnas svar kunde inte sparas, så åtgärden står kvar som öppen och återupptas med sin ursprungliga idempotensnyckel</translation>
    </message>
    <message>
        <source>the orders fetched from Klarna were not saved on this computer</source>
        <translation>ordrarna som hämtades från Klarna sparades inte på den här datorn</translation>
    </message>
    <message>
        <source>today&apos;s backup of the journal was not taken</source>
        <translation>dagens säkerhetskopia av journalen togs inte</translation>
    </message>
    <message>
        <source>the orders and journal of this profile cannot be shown</source>
        <translation>profilens ordrar och journal kan inte visas</translation>
    </message>
    <message>
        <source>the local data could not be read</source>
        <translation>de lokala uppgifterna kunde inte läsas</translation>
    </message>
    <message>
        <source>nothing was saved</source>
        <translation>inget sparades</translation>
    </message>
    <message>
        <source>is missing: the file was there before and is gone</source>
        <translation>saknas: filen fanns tidigare men är borta</translation>
    </message>
    <message>
        <source>is missing, but its -wal file (the newest part of it) is still there</source>
        <translation>saknas, men dess -wal-fil (den nyaste delen) finns kvar</translation>
    </message>
    <message>
        <source>is empty (0 bytes): the file was there before, with data</source>
        <translation>är tom (0 byte): filen fanns tidigare, med data</translation>
    </message>
    <message>
        <source>is not a readable SQLite database (its first page is zeroed)</source>
        <translation>är ingen läsbar SQLite-databas (första sidan är nollställd)</translation>
    </message>
    <message>
        <source>is not a readable SQLite database (its first page is not a SQLite header)</source>
        <translation>är ingen läsbar SQLite-databas (första sidan saknar SQLite-huvud)</translation>
    </message>
    <message>
        <source>failed SQLite&apos;s check: {detail}</source>
        <translation>klarade inte SQLite:s kontroll: {detail}</translation>
    </message>
    <message>
        <source>is damaged ({detail})</source>
        <translation>är skadad ({detail})</translation>
    </message>
    <message>
        <source> ({amounts} in minor units)</source>
        <translation> ({amounts} i minsta valutaenhet)</translation>
    </message>
    <message>
        <source>{n}) {action} on order {order}{amount}, started {started} UTC, idempotency key {key}, state {state}</source>
        <translation>{n}) {action} på order {order}{amount}, startad {started} UTC, idempotensnyckel {key}, läge {state}</translation>
    </message>
    <message>
        <source>nothing was left of it</source>
        <translation>ingenting fanns kvar av den</translation>
    </message>
    <message>
        <source>The local store {path} {problem}. It was moved aside whole ({files}) to {kept_in}; nothing was deleted, and a new, empty store was started for this profile. </source>
        <translation>Den lokala databasen {path} {problem}. Den flyttades undan i sin helhet ({files}) till {kept_in}; inget raderades, och en ny, tom databas skapades för profilen. </translation>
    </message>
    <message>
        <source>the moved files</source>
        <translation>de flyttade filerna</translation>
    </message>
    <message>
        <source>the backup of {when}, {backup}</source>
        <translation>säkerhetskopian från {when}, {backup}</translation>
    </message>
    <message>
        <source>the moved files and the backup of {when}</source>
        <translation>de flyttade filerna och säkerhetskopian från {when}</translation>
    </message>
    <message>
        <source>and {more} more, listed in {readme}</source>
        <translation>och {more} till, listade i {readme}</translation>
    </message>
    <message>
        <source> (read from {source})</source>
        <translation> (läst från {source})</translation>
    </message>
    <message>
        <source>It held {count} write(s) to Klarna whose outcome was never recorded{read_from}. They are kept open in the new journal with their own keys: nothing new is sent for those orders until each is settled; each is sent again with its own key (Klarna applies it at most once) while the key is under 23 hours old, and older ones wait for Check with Klarna in the order&apos;s action: {writes}.</source>
        <translation>Den innehöll {count} ändring(ar) till Klarna vars utfall aldrig sparades{read_from}. De hålls öppna i den nya journalen med sina egna nycklar: inget nytt skickas för de ordrarna förrän var och en är avklarad; var och en skickas igen med sin egen nyckel (Klarna genomför den högst en gång) så länge nyckeln är yngre än 23 timmar, och äldre väntar på Kontrollera hos Klarna i orderns åtgärd: {writes}.</translation>
    </message>
    <message>
        <source> Part of its journal could not be read, so there may be more.</source>
        <translation> En del av journalen kunde inte läsas, så det kan finnas fler.</translation>
    </message>
    <message>
        <source>It held no unfinished writes (read from {source}).</source>
        <translation>Den innehöll inga oavslutade ändringar (läst från {source}).</translation>
    </message>
    <message>
        <source>Its journal could not be read, so writes it left unfinished are unknown: check this profile&apos;s recent captures and refunds with Klarna before repeating any.</source>
        <translation>Journalen kunde inte läsas, så det är okänt vilka ändringar som blev oavslutade: kontrollera profilens senaste aktiveringar och återbetalningar hos Klarna innan du upprepar någon.</translation>
    </message>
    <message>
        <source>The disk holding {folder} is full; {then}. Free some space and try again.</source>
        <translation>Disken där {folder} ligger är full; {then}. Frigör utrymme och försök igen.</translation>
    </message>
    <message>
        <source>The local store in {folder} is locked by another program (another Klarna Order Console window, a backup or sync tool) and stayed locked; {then}. Close the other program and try again.</source>
        <translation>Den lokala databasen i {folder} är låst av ett annat program (ett annat Klarna Order Console-fönster, ett säkerhetskopierings- eller synkprogram) och förblev låst; {then}. Stäng det andra programmet och försök igen.</translation>
    </message>
    <message>
        <source> ({where})</source>
        <translation> ({where})</translation>
    </message>
    <message>
        <source>Klarna Order Console cannot write to {folder}{where}: the folder belongs to another user, or the disk is read-only; {then}. Give your user write access to it, or start with --basedir pointing to a folder you own.</source>
        <translation>Klarna Order Console kan inte skriva till {folder}{where}: mappen tillhör en annan användare eller så är disken skrivskyddad; {then}. Ge din användare skrivrätt till den, eller starta med --basedir som pekar på en mapp du äger.</translation>
    </message>
    <message>
        <source>Klarna Order Console keeps its data in a folder of that name</source>
        <translation>Klarna Order Console sparar sina data i en mapp med det namnet</translation>
    </message>
    <message>
        <source>Klarna Order Console keeps its data in {folder}</source>
        <translation>Klarna Order Console sparar sina data i {folder}</translation>
    </message>
    <message>
        <source>{where} is in the way: it is a file, not a folder, and {role}; {then}. Move the file away, or start with --basedir pointing elsewhere.</source>
        <translation>{where} är i vägen: det är en fil, inte en mapp, och {role}; {then}. Flytta filen, eller starta med --basedir som pekar någon annanstans.</translation>
    </message>
    <message>
        <source>The local store {path} is damaged ({detail}); {then}. Quit and start Klarna Order Console again: it moves the damaged file aside, keeps it whole, and lists the writes it left unfinished.</source>
        <translation>Den lokala databasen {path} är skadad ({detail}); {then}. Avsluta och starta Klarna Order Console igen: programmet flyttar undan den skadade filen, behåller den hel och listar de ändringar den lämnade oavslutade.</translation>
    </message>
    <message>
        <source>The local store {path} failed its daily check ({detail}). Quit and start Klarna Order Console again: it moves the damaged file aside, keeps it whole, and lists the writes it left unfinished.</source>
        <translation>Den lokala databasen {path} klarade inte den dagliga kontrollen ({detail}). Avsluta och starta Klarna Order Console igen: programmet flyttar undan den skadade filen, behåller den hel och listar de ändringar den lämnade oavslutade.</translation>
    </message>
    <message>
        <source>The local store {path} could not be read ({detail}); nothing was changed. The disk may be failing or disconnected: check it, then open the profile again.</source>
        <translation>Den lokala databasen {path} kunde inte läsas ({detail}); inget ändrades. Disken kan vara på väg att gå sönder eller vara frånkopplad: kontrollera den och öppna sedan profilen igen.</translation>
    </message>
    <message>
        <source>{path} is not a readable SQLite database ({detail})</source>
        <translation>{path} är ingen läsbar SQLite-databas ({detail})</translation>
    </message>
    <message>
        <source>{path} has schema version {version}, newer than this program&apos;s {latest}: it was written by a newer Klarna Order Console; update the program to open it</source>
        <translation>{path} har schemaversion {version}, nyare än programmets {latest}: den skrevs av en nyare Klarna Order Console; uppdatera programmet för att öppna den</translation>
    </message>
    <message>
        <source>; the file as it was before is kept at {backup}</source>
        <translation>; filen som den var innan finns kvar i {backup}</translation>
    </message>
    <message>
        <source>could not update {path} to schema {version} ({detail}){kept}</source>
        <translation>kunde inte uppdatera {path} till schema {version} ({detail}){kept}</translation>
    </message>
    <message>
        <source>the local store {path} is closed</source>
        <translation>den lokala databasen {path} är stängd</translation>
    </message>
    <message>
        <source>The team store {where} cannot be reached ({detail}). Nothing is sent from this desk until it can be: every write is journaled there first.</source>
        <translation>Teamdatabasen {where} går inte att nå ({detail}). Inget skickas från den här arbetsplatsen förrän den går att nå: varje ändring förs först in i journalen där.</translation>
    </message>
    <message>
        <source>The team store {where} stopped answering ({detail}). What was being done was not sent; try again once the server answers.</source>
        <translation>Teamdatabasen {where} slutade svara ({detail}). Det som höll på att göras skickades inte; försök igen när servern svarar.</translation>
    </message>
    <message>
        <source>The team store {where} refused it: {detail} (SQLSTATE {sqlstate}). Nothing was sent from this desk. Try again; if it keeps refusing, show this to whoever runs the database server.</source>
        <translation>Teamdatabasen {where} vägrade: {detail} (SQLSTATE {sqlstate}). Inget skickades från den här arbetsplatsen. Försök igen; om den fortsätter att vägra, visa det här för den som sköter databasservern.</translation>
    </message>
    <message>
        <source>The team store {where} has schema version {version}, newer than this program&apos;s {latest}: another desk runs a newer Klarna Order Console; update it on this desk too.</source>
        <translation>Teamdatabasen {where} har schemaversion {version}, nyare än programmets {latest}: en annan arbetsplats kör en nyare Klarna Order Console; uppdatera den på den här arbetsplatsen också.</translation>
    </message>
    <message>
        <source>Klarna did not answer in time ({detail})</source>
        <translation>Klarna svarade inte i tid ({detail})</translation>
    </message>
    <message>
        <source>could not reach Klarna at {url}: {detail}</source>
        <translation>kunde inte nå Klarna på {url}: {detail}</translation>
    </message>
    <message>
        <source>Klarna&apos;s answer could not be read as {kind}: {detail}</source>
        <translation>Klarnas svar kunde inte läsas som {kind}: {detail}</translation>
    </message>
    <message>
        <source>Klarna&apos;s next link {link} is not a Settlements URL</source>
        <translation>Klarnas nästa-länk {link} är ingen Settlements-URL</translation>
    </message>
    <message>
        <source>no content type</source>
        <translation>ingen innehållstyp</translation>
    </message>
    <message>
        <source>Klarna&apos;s {report} report came as {got}, not {expected}</source>
        <translation>Klarnas rapport {report} kom som {got}, inte {expected}</translation>
    </message>
    <message>
        <source>unknown region/environment {region}/{environment}: region is one of {regions}, environment one of {environments}</source>
        <translation>okänd region/miljö {region}/{environment}: region är en av {regions}, miljö en av {environments}</translation>
    </message>
    <message>
        <source>base URL {url} is not an http(s) URL with a host</source>
        <translation>bas-URL:en {url} är ingen http(s)-URL med värd</translation>
    </message>
    <message>
        <source>base URL {url} is not https: credentials would travel in clear text (plain http is accepted only for this machine, e.g. the sandbox)</source>
        <translation>bas-URL:en {url} använder inte https: inloggningsuppgifterna skulle skickas i klartext (vanlig http godtas bara för den här datorn, t.ex. sandlådan)</translation>
    </message>
    <message>
        <source>put the API username and password in the profile, not in the URL</source>
        <translation>ange API-användarnamn och lösenord i profilen, inte i URL:en</translation>
    </message>
    <message>
        <source>The disk holding {folder} is full ({detail}); {file} was not saved (its earlier version is kept). Free some space and try again.</source>
        <translation>Disken där {folder} ligger är full ({detail}); {file} sparades inte (den tidigare versionen finns kvar). Frigör utrymme och försök igen.</translation>
    </message>
    <message>
        <source>Klarna Order Console cannot write to {folder} ({detail}); {file} was not saved. Give your user write access to it, or start with --basedir pointing to a folder you own.</source>
        <translation>Klarna Order Console kan inte skriva till {folder} ({detail}); {file} sparades inte. Ge din användare skrivrätt till mappen, eller starta med --basedir som pekar på en mapp du äger.</translation>
    </message>
    <message>
        <source>it is not valid JSON ({detail})</source>
        <translation>filen är ingen giltig JSON ({detail})</translation>
    </message>
    <message>
        <source>it is format {format}, written by a newer Klarna Order Console</source>
        <translation>filen har format {format}, skrivet av en nyare Klarna Order Console</translation>
    </message>
    <message>
        <source>profile {number}: {detail}</source>
        <translation>profil {number}: {detail}</translation>
    </message>
    <message>
        <source>profile {number} ({name}): its id {id} is used twice</source>
        <translation>profil {number} ({name}): dess id {id} används två gånger</translation>
    </message>
    <message>
        <source>profile {number} ({name}): {problems}</source>
        <translation>profil {number} ({name}): {problems}</translation>
    </message>
    <message>
        <source>{value} is not a profile id (lower-case letters, digits and &apos;-&apos;, at most 63)</source>
        <translation>{value} är inget profil-id (gemena bokstäver, siffror och &apos;-&apos;, högst 63)</translation>
    </message>
    <message>
        <source>another profile is already called {name}</source>
        <translation>en annan profil heter redan {name}</translation>
    </message>
    <message>
        <source>{value} is not a colour like #4a6fa5</source>
        <translation>{value} är ingen färg som #4a6fa5</translation>
    </message>
    <message>
        <source>only the built-in Sandbox profile is a sandbox profile, and it cannot be changed</source>
        <translation>bara den inbyggda Sandbox-profilen är en sandlådeprofil, och den kan inte ändras</translation>
    </message>
    <message>
        <source>the built-in Sandbox profile cannot be changed</source>
        <translation>den inbyggda Sandbox-profilen kan inte ändras</translation>
    </message>
    <message>
        <source>the built-in Sandbox profile cannot be removed</source>
        <translation>den inbyggda Sandbox-profilen kan inte tas bort</translation>
    </message>
    <message>
        <source>a custom base URL replaces region and environment: leave those empty</source>
        <translation>en egen bas-URL ersätter region och miljö: lämna dem tomma</translation>
    </message>
    <message>
        <source>{value} is not one of {allowed} (or give a base URL)</source>
        <translation>{value} är inte en av {allowed} (eller ange en bas-URL)</translation>
    </message>
    <message>
        <source>is required (the API username from the Merchant Portal)</source>
        <translation>krävs (API-användarnamnet från Merchant Portal)</translation>
    </message>
    <message>
        <source>cannot contain &apos;:&apos;</source>
        <translation>får inte innehålla &apos;:&apos;</translation>
    </message>
    <message>
        <source>cannot contain spaces or control characters</source>
        <translation>får inte innehålla mellanslag eller styrtecken</translation>
    </message>
    <message>
        <source>cannot contain control characters</source>
        <translation>får inte innehålla styrtecken</translation>
    </message>
    <message>
        <source>must be a PostgreSQL URL starting with postgresql://</source>
        <translation>måste vara en PostgreSQL-URL som börjar med postgresql://</translation>
    </message>
    <message>
        <source>names no server (postgresql://user@host/database)</source>
        <translation>anger ingen server (postgresql://användare@värd/databas)</translation>
    </message>
    <message>
        <source>must not hold the password: give it in the password field (kept in the keyring)</source>
        <translation>får inte innehålla lösenordet: ange det i lösenordsfältet (det sparas i nyckelringen)</translation>
    </message>
    <message>
        <source>Those profiles were left out; the others were loaded.</source>
        <translation>De profilerna utelämnades; de övriga lästes in.</translation>
    </message>
    <message>
        <source>No profile could be read from it.</source>
        <translation>Ingen profil kunde läsas från filen.</translation>
    </message>
    <message>
        <source>Passwords in it must be entered again.</source>
        <translation>Lösenorden i filen måste anges igen.</translation>
    </message>
    <message>
        <source>{path} is damaged: {problems}. {then} The file as it was is kept as {kept_as}.</source>
        <translation>{path} är skadad: {problems}. {then} Filen som den var sparas som {kept_as}.</translation>
    </message>
    <message>
        <source>no usable keyring: install the &apos;keyring&apos; package and run under a desktop session with a secret service (or use the credentials file)</source>
        <translation>ingen användbar nyckelring: installera paketet &apos;keyring&apos; och kör i en skrivbordssession med en secret service (eller använd filen med inloggningsuppgifter)</translation>
    </message>
    <message>
        <source>the keyring refused the password of profile {profile}: {detail}</source>
        <translation>nyckelringen godtog inte lösenordet för profilen {profile}: {detail}</translation>
    </message>
    <message>
        <source>in the system keyring ({backend}), under the service name {service}</source>
        <translation>i systemets nyckelring ({backend}), under tjänstenamnet {service}</translation>
    </message>
    <message>
        <source>in the file {path}, which only your user account can read (no system keyring was found)</source>
        <translation>i filen {path}, som bara ditt användarkonto kan läsa (ingen systemnyckelring hittades)</translation>
    </message>
    <message>
        <source>Connected to {url}: Klarna accepted the credentials.</source>
        <translation>Ansluten till {url}: Klarna godkände inloggningsuppgifterna.</translation>
    </message>
    <message>
        <source>Klarna refused the username or password ({status}). Credentials work only in their own region and environment: check those as well ({environment}, {url}).</source>
        <translation>Klarna godkände inte användarnamnet eller lösenordet ({status}). Inloggningsuppgifter fungerar bara i sin egen region och miljö: kontrollera även dem ({environment}, {url}).</translation>
    </message>
    <message>
        <source>{cause}. Check the region and environment (or the base URL) and the network connection.</source>
        <translation>{cause}. Kontrollera region och miljö (eller bas-URL:en) och nätverksanslutningen.</translation>
    </message>
    <message>
        <source>{url} answered 404 without Klarna&apos;s NO_SUCH_ORDER: it may not be a Klarna Order Management host ({detail}).</source>
        <translation>{url} svarade 404 utan Klarnas NO_SUCH_ORDER: det är kanske ingen värd för Klarna Order Management ({detail}).</translation>
    </message>
    <message>
        <source>found at Klarna by Check with Klarna</source>
        <translation>hittad hos Klarna med Kontrollera hos Klarna</translation>
    </message>
    <message>
        <source>recovered from the damaged store moved to {kept_in}</source>
        <translation>återställd från den skadade databasen som flyttades till {kept_in}</translation>
    </message>
    <message>
        <source>Unexpected answer from {url}: {detail}</source>
        <translation>Oväntat svar från {url}: {detail}</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>måste anges</translation>
    </message>
    <message>
        <source>is not a field Klarna accepts here</source>
        <translation>är inget fält som Klarna tar emot här</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>är tomt</translation>
    </message>
    <message>
        <source>at most {limit} characters</source>
        <translation>högst {limit} tecken</translation>
    </message>
    <message>
        <source> (got {got} characters)</source>
        <translation> (angivet: {got} tecken)</translation>
    </message>
    <message>
        <source>at least {limit} characters</source>
        <translation>minst {limit} tecken</translation>
    </message>
    <message>
        <source>at most {limit} items</source>
        <translation>högst {limit} poster</translation>
    </message>
    <message>
        <source> (got {got} items)</source>
        <translation> (angivet: {got} poster)</translation>
    </message>
    <message>
        <source>at least {limit} item(s)</source>
        <translation>minst {limit} post(er)</translation>
    </message>
    <message>
        <source>must be at least {limit}</source>
        <translation>måste vara minst {limit}</translation>
    </message>
    <message>
        <source>must be at most {limit}</source>
        <translation>får vara högst {limit}</translation>
    </message>
    <message>
        <source>must be between {low} and {high}</source>
        <translation>måste vara mellan {low} och {high}</translation>
    </message>
    <message>
        <source>must be {expected}, not {got}</source>
        <translation>måste vara {expected}, inte {got}</translation>
    </message>
    <message>
        <source>{value} is not allowed; use one of: {allowed}</source>
        <translation>{value} är inte tillåtet; använd något av: {allowed}</translation>
    </message>
    <message>
        <source>{value} is not allowed</source>
        <translation>{value} är inte tillåtet</translation>
    </message>
    <message>
        <source>{value} is not a Klarna id (a UUID such as 0b1d9815-165e-42e2-8867-35bc03789e00)</source>
        <translation>{value} är inget Klarna-id (ett UUID som 0b1d9815-165e-42e2-8867-35bc03789e00)</translation>
    </message>
    <message>
        <source>{value} is not a payment reference (up to 255 characters, no spaces or slashes)</source>
        <translation>{value} är ingen betalningsreferens (högst 255 tecken, inga mellanslag eller snedstreck)</translation>
    </message>
    <message>
        <source>{value} is not a date (YYYY-MM-DD) or an ISO 8601 date-time</source>
        <translation>{value} är inget datum (ÅÅÅÅ-MM-DD) eller datum och tid enligt ISO 8601</translation>
    </message>
    <message>
        <source>{value} is not an ISO 4217 code (three letters, like EUR)</source>
        <translation>{value} är ingen ISO 4217-kod (tre bokstäver, som EUR)</translation>
    </message>
    <message>
        <source>{end} is before the start date {start}</source>
        <translation>{end} ligger före startdatumet {start}</translation>
    </message>
    <message>
        <source>{action} needs a capture</source>
        <translation>{action}: kräver en aktivering</translation>
    </message>
    <message>
        <source>{action} needs a request body</source>
        <translation>{action}: kräver en begärandetext (body)</translation>
    </message>
    <message>
        <source>{action} takes no request body</source>
        <translation>{action}: tar ingen begärandetext (body)</translation>
    </message>
    <message>
        <source>say why you are sure Klarna did not apply it (1 to {limit} characters)</source>
        <translation>skriv varför du är säker på att Klarna inte genomförde den (1 till {limit} tecken)</translation>
    </message>
    <message>
        <source>request</source>
        <translation>begäran</translation>
    </message>
</context>
<context>
    <name>ReferencesDialog</name>
    <message>
        <source>Reference &amp;1</source>
        <translation>Referens &amp;1</translation>
    </message>
    <message>
        <source>Shown to the customer as the order number.</source>
        <translation>Visas för kunden som ordernummer.</translation>
    </message>
    <message>
        <source>Reference &amp;2</source>
        <translation>Referens &amp;2</translation>
    </message>
    <message>
        <source>Your own reference, e.g. the id in your shop or ERP.</source>
        <translation>Din egen referens, t.ex. id:t i din butik eller ditt affärssystem.</translation>
    </message>
    <message>
        <source>&amp;Save references</source>
        <translation>&amp;Spara referenser</translation>
    </message>
    <message>
        <source>Clear reference 1 (“{reference}”) of order {order}?</source>
        <translation>Töm referens 1 (”{reference}”) för order {order}?</translation>
    </message>
    <message>
        <source>&lt;p&gt;Reference 1 is the order number the customer sees in the Klarna app and on the invoice; after clearing it, they see none.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Referens 1 är det ordernummer som kunden ser i Klarna-appen och på fakturan; efter att den tömts ser kunden inget.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Clear reference 1</source>
        <translation>Töm referens 1</translation>
    </message>
    <message>
        <source>Change a reference to save it.</source>
        <translation>Ändra en referens för att kunna spara den.</translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <source>&amp;Refund…</source>
        <translation>Åter&amp;betala…</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>Aktiverat</translation>
    </message>
    <message>
        <source>Already refunded</source>
        <translation>Redan återbetalt</translation>
    </message>
    <message>
        <source>Refundable</source>
        <translation>Kan återbetalas</translation>
    </message>
    <message>
        <source>How much to refund</source>
        <translation>Hur mycket som ska återbetalas</translation>
    </message>
    <message>
        <source>&amp;Everything refundable</source>
        <translation>&amp;Allt som kan återbetalas</translation>
    </message>
    <message>
        <source>&amp;Part of it, by amount</source>
        <translation>&amp;Del av det, som belopp</translation>
    </message>
    <message>
        <source>By &amp;lines of a capture</source>
        <translation>Per &amp;rad i en aktivering</translation>
    </message>
    <message>
        <source>Amount to refund</source>
        <translation>Belopp att återbetala</translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation>Bel&amp;opp</translation>
    </message>
    <message>
        <source>Capture whose lines are refunded</source>
        <translation>Aktivering vars rader återbetalas</translation>
    </message>
    <message>
        <source>&amp;Capture</source>
        <translation>Akti&amp;vering</translation>
    </message>
    <message>
        <source>The refund lines keep this capture&apos;s line references, so Klarna credits its invoice.</source>
        <translation>Återbetalningsraderna behåller aktiveringens radreferenser, så att Klarna krediterar dess faktura.</translation>
    </message>
    <message>
        <source>Lines to refund</source>
        <translation>Rader att återbetala</translation>
    </message>
    <message>
        <source>Lines: problem</source>
        <translation>Rader: problem</translation>
    </message>
    <message>
        <source>Charge a return fee of</source>
        <translation>Ta ut en returavgift på</translation>
    </message>
    <message>
        <source>Charge a return fee</source>
        <translation>Ta ut en returavgift</translation>
    </message>
    <message>
        <source>Return fee</source>
        <translation>Returavgift</translation>
    </message>
    <message>
        <source>Return &amp;fee</source>
        <translation>Returav&amp;gift</translation>
    </message>
    <message>
        <source>Kept from what the customer gets back, and shown in the Klarna app.</source>
        <translation>Dras av från det kunden får tillbaka och visas i Klarna-appen.</translation>
    </message>
    <message>
        <source>Why no return fee</source>
        <translation>Varför ingen returavgift</translation>
    </message>
    <message>
        <source>The customer gets back</source>
        <translation>Kunden får tillbaka</translation>
    </message>
    <message>
        <source>Customer gets back</source>
        <translation>Kunden får tillbaka</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>Beskrivn&amp;ing</translation>
    </message>
    <message>
        <source>Shown to the customer.</source>
        <translation>Visas för kunden.</translation>
    </message>
    <message>
        <source>Re&amp;ference</source>
        <translation>Re&amp;ferens</translation>
    </message>
    <message>
        <source>Appears in your settlement files.</source>
        <translation>Visas i dina avräkningsfiler.</translation>
    </message>
    <message>
        <source>&amp;Everything refundable ({amount})</source>
        <translation>&amp;Allt som kan återbetalas ({amount})</translation>
    </message>
    <message>
        <source>No return fee: {why}</source>
        <translation>Ingen returavgift: {why}</translation>
    </message>
    <message>
        <source>Pick at least one unit of a captured line to refund.</source>
        <translation>Välj minst en enhet av en aktiverad rad att återbetala.</translation>
    </message>
    <message>
        <source>Enter the fee, or untick the box.</source>
        <translation>Ange avgiften eller avmarkera rutan.</translation>
    </message>
    <message>
        <source>The fee must be less than the {amount} refunded.</source>
        <translation>Avgiften måste vara lägre än de {amount} som återbetalas.</translation>
    </message>
    <message>
        <source>A return fee goes with the returned lines: refund by lines of the capture (or everything).</source>
        <translation>En returavgift hör till de returnerade raderna: återbetala per rad i aktiveringen (eller allt).</translation>
    </message>
    <message>
        <source>{amount} ({gross} less the {fee} fee)</source>
        <translation>{amount} ({gross} minus avgiften {fee})</translation>
    </message>
    <message>
        <source>{customer} gets {amount} back; Klarna takes it from your next payout.</source>
        <translation>{customer} får tillbaka {amount}; Klarna drar det från din nästa utbetalning.</translation>
    </message>
    <message>
        <source>The customer gets {amount} back; Klarna takes it from your next payout.</source>
        <translation>Kunden får tillbaka {amount}; Klarna drar det från din nästa utbetalning.</translation>
    </message>
    <message>
        <source>A return fee of {amount} is kept.</source>
        <translation>En returavgift på {amount} behålls.</translation>
    </message>
    <message>
        <source>Refund {amount} on order {order}?</source>
        <translation>Återbetala {amount} på order {order}?</translation>
    </message>
    <message>
        <source>Refund {amount}</source>
        <translation>Återbetala {amount}</translation>
    </message>
</context>
<context>
    <name>ReleaseDialog</name>
    <message>
        <source>&amp;Release…</source>
        <translation>&amp;Frigör…</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>Aktiverat</translation>
    </message>
    <message>
        <source>Remaining authorization</source>
        <translation>Återstående reservation</translation>
    </message>
    <message>
        <source>&lt;p&gt;The customer is not charged the remaining {amount} (card payers get it back). Nothing more can be captured afterwards; refunds of what was captured stay possible.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Kunden debiteras inte de återstående {amount} (kortbetalare får tillbaka beloppet). Inget mer kan aktiveras efteråt; återbetalningar av det som har aktiverats är fortfarande möjliga.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Release the remaining {amount} of order {order}?</source>
        <translation>Frigör återstående {amount} för order {order}?</translation>
    </message>
    <message>
        <source>&lt;p&gt;The order is closed for further captures.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ordern stängs för fler aktiveringar.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Release {amount}</source>
        <translation>Frigör {amount}</translation>
    </message>
</context>
<context>
    <name>ResultsController</name>
    <message>
        <source>Fetching {order} from Klarna…</source>
        <translation>Hämtar {order} från Klarna…</translation>
    </message>
    <message>
        <source>Klarna has no order {order} in this profile.</source>
        <translation>Klarna har ingen order {order} i den här profilen.</translation>
    </message>
    <message>
        <source>Could not fetch the order</source>
        <translation>Kunde inte hämta ordern</translation>
    </message>
</context>
<context>
    <name>Runtime</name>
    <message>
        <source>Klarna Order Console: unexpected error</source>
        <translation>Klarna Order Console: oväntat fel</translation>
    </message>
    <message>
        <source>Something went wrong inside Klarna Order Console.</source>
        <translation>Något gick fel i Klarna Order Console.</translation>
    </message>
    <message>
        <source>{error}: {message}

The details are in the log file. Nothing was sent twice: check the order&apos;s History tab before you try the action again.</source>
        <translation>{error}: {message}

Detaljerna finns i loggfilen. Inget skickades två gånger: kontrollera orderns flik Historik innan du försöker med åtgärden igen.</translation>
    </message>
</context>
<context>
    <name>SearchPane</name>
    <message>
        <source>Customer</source>
        <translation>Kund</translation>
    </message>
    <message>
        <source>Klarna ref {reference}</source>
        <translation>Klarna-ref. {reference}</translation>
    </message>
    <message>
        <source>Order id {order}</source>
        <translation>Order-id {order}</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Belopp</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Skapad</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Går ut</translation>
    </message>
    <message>
        <source>Klarna ref</source>
        <translation>Klarna-ref.</translation>
    </message>
    <message>
        <source>Merchant ref</source>
        <translation>Butiksref.</translation>
    </message>
    <message>
        <source>Reference 2: {reference}</source>
        <translation>Referens 2: {reference}</translation>
    </message>
    <message>
        <source>Order id</source>
        <translation>Order-id</translation>
    </message>
    <message>
        <source>shown on the right</source>
        <translation>visas till höger</translation>
    </message>
    <message>
        <source>Search name, e-mail, phone, reference or order id</source>
        <translation>Sök namn, e-post, telefon, referens eller order-id</translation>
    </message>
    <message>
        <source>Search orders</source>
        <translation>Sök ordrar</translation>
    </message>
    <message>
        <source>Status: any</source>
        <translation>Status: alla</translation>
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
        <translation>Alla valutor</translation>
    </message>
    <message>
        <source>Expiring soon</source>
        <translation>Går snart ut</translation>
    </message>
    <message>
        <source>Only orders expiring soon</source>
        <translation>Bara ordrar som snart går ut</translation>
    </message>
    <message>
        <source>Fraud pending</source>
        <translation>Bedrägerikontroll pågår</translation>
    </message>
    <message>
        <source>Only orders pending fraud review</source>
        <translation>Bara ordrar som väntar på bedrägerikontroll</translation>
    </message>
    <message>
        <source>Not paid out</source>
        <translation>Inte utbetald</translation>
    </message>
    <message>
        <source>Only orders with a capture Klarna has not paid out</source>
        <translation>Bara ordrar med en aktivering som Klarna inte har betalat ut</translation>
    </message>
    <message>
        <source>More filters</source>
        <translation>Fler filter</translation>
    </message>
    <message>
        <source>Show date and amount filters</source>
        <translation>Visa datum- och beloppsfilter</translation>
    </message>
    <message>
        <source>Created from</source>
        <translation>Skapad från</translation>
    </message>
    <message>
        <source>Created until</source>
        <translation>Skapad till och med</translation>
    </message>
    <message>
        <source>Minimum amount</source>
        <translation>Lägsta belopp</translation>
    </message>
    <message>
        <source>Maximum amount</source>
        <translation>Högsta belopp</translation>
    </message>
    <message>
        <source>any</source>
        <comment>no amount limit</comment>
        <translation>alla</translation>
    </message>
    <message>
        <source>to</source>
        <comment>a range: from … to …</comment>
        <translation>till</translation>
    </message>
    <message>
        <source>Number of orders found</source>
        <translation>Antal hittade ordrar</translation>
    </message>
    <message>
        <source>Import order IDs…</source>
        <translation>Importera order-id…</translation>
    </message>
    <message>
        <source>Import order IDs</source>
        <translation>Importera order-id</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Ordrar</translation>
    </message>
    <message>
        <source>any</source>
        <comment>no date limit</comment>
        <translation>alla</translation>
    </message>
    <message>
        <source>Status: {statuses}</source>
        <translation>Status: {statuses}</translation>
    </message>
    <message>
        <source>No order matches. A pasted order id that is not here yet is fetched from Klarna.</source>
        <translation>Ingen order matchar. Ett inklistrat order-id som inte finns här än hämtas från Klarna.</translation>
    </message>
    <message>
        <source>No orders here yet. Klarna&apos;s API cannot list or search orders, so the console finds the ones it has fetched: paste an order id in the search box, or use File → Import order IDs… to fetch many at once (pasted, or from a CSV export of your shop).</source>
        <translation>Inga ordrar här än. Klarnas API kan inte lista eller söka ordrar, så konsolen hittar de som den har hämtat: klistra in ett order-id i sökrutan, eller använd Arkiv → Importera order-id… för att hämta många på en gång (inklistrade eller från en CSV-export från din butik).</translation>
    </message>
</context>
<context>
    <name>SendOutDialog</name>
    <message>
        <source>&amp;Resend</source>
        <translation>Skicka &amp;om</translation>
    </message>
    <message>
        <source>What is sent, and to whom</source>
        <translation>Vad som skickas, och till vem</translation>
    </message>
    <message>
        <source>Choose a capture.</source>
        <translation>Välj en aktivering.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Klarna sends the latest invoice or payment instructions of capture &lt;b&gt;{capture}&lt;/b&gt; (captured {when}, {amount}) again to &lt;b&gt;{email}&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;Use this when the customer says the invoice never arrived.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Klarna skickar den senaste fakturan eller betalningsinstruktionen för aktivering &lt;b&gt;{capture}&lt;/b&gt; (aktiverad {when}, {amount}) igen till &lt;b&gt;{email}&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;Använd detta när kunden säger att fakturan aldrig kom fram.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Klarna sends the latest invoice or payment instructions of capture &lt;b&gt;{capture}&lt;/b&gt; (captured {when}, {amount}) again to the customer&apos;s e-mail address (Klarna has it; it is not shown here).&lt;/p&gt;&lt;p&gt;Use this when the customer says the invoice never arrived.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Klarna skickar den senaste fakturan eller betalningsinstruktionen för aktivering &lt;b&gt;{capture}&lt;/b&gt; (aktiverad {when}, {amount}) igen till kundens e-postadress (Klarna har den; den visas inte här).&lt;/p&gt;&lt;p&gt;Använd detta när kunden säger att fakturan aldrig kom fram.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>SessionsController</name>
    <message>
        <source>Opening {profile}…</source>
        <translation>Öppnar {profile}…</translation>
    </message>
    <message>
        <source>Enter the API password of profile &apos;{profile}&apos; first. The cached orders can be searched meanwhile. (File → Profiles…)</source>
        <translation>Ange först API-lösenordet för profilen &apos;{profile}&apos;. Under tiden kan du söka bland de cachade ordrarna. (Arkiv → Profiler…)</translation>
    </message>
    <message>
        <source>{profile}: no password stored; showing cached orders only</source>
        <translation>{profile}: inget lösenord sparat; visar bara cachade ordrar</translation>
    </message>
    <message>
        <source>Could not open {profile}</source>
        <translation>Kunde inte öppna {profile}</translation>
    </message>
    <message>
        <source>This profile is open in another window, process {process}.</source>
        <translation>Profilen är öppen i ett annat fönster, process {process}.</translation>
    </message>
    <message>
        <source>This profile is open in another window.</source>
        <translation>Profilen är öppen i ett annat fönster.</translation>
    </message>
    <message>
        <source>Here it is read-only: you can look up orders, but only that window sends, retries and finishes interrupted actions. Choose another profile to work in, or close the other window and open this profile again.</source>
        <translation>Här är den skrivskyddad: du kan slå upp ordrar, men bara det andra fönstret skickar, försöker igen och slutför avbrutna åtgärder. Välj en annan profil att arbeta i, eller stäng det andra fönstret och öppna profilen igen.</translation>
    </message>
    <message>
        <source>Your account on the team store may only read it: you can look up orders and their history, but nothing is sent from this desk. Ask whoever runs the team store for a role that may write.</source>
        <translation>Ditt konto i teamdatabasen får bara läsa: du kan slå upp ordrar och deras historik, men inget skickas från den här arbetsplatsen. Be den som sköter teamdatabasen om en roll med skrivrätt.</translation>
    </message>
    <message>
        <source>Sandbox: demo orders simulated on this computer; no Klarna account, no real money</source>
        <translation>Sandbox: demoordrar simulerade på den här datorn; inget Klarna-konto, inga riktiga pengar</translation>
    </message>
    <message>
        <source>{status} · read-only</source>
        <translation>{status} · skrivskyddad</translation>
    </message>
    <message>
        <source>Updating the local data of {profile} for this version of the console. This happens once; with many cached orders it takes a few minutes…</source>
        <translation>Uppdaterar de lokala uppgifterna för {profile} till den här versionen av konsolen. Det sker en gång; med många cachade ordrar tar det några minuter…</translation>
    </message>
    <message>
        <source>The sandbox starts again with fresh demo orders.</source>
        <translation>Sandlådan startar om med nya demoordrar.</translation>
    </message>
    <message>
        <source>Finished the {action} on order {order} that was interrupted.</source>
        <translation>Slutförde den avbrutna ändringen ({action}) på order {order}.</translation>
    </message>
    <message>
        <source>The interrupted {action} on order {order} still has no answer from Klarna; it was sent again with the same key. It is tried again at {time}.</source>
        <translation>Den avbrutna ändringen ({action}) på order {order} har fortfarande inte fått svar från Klarna; den skickades igen med samma nyckel. Nästa försök görs kl. {time}.</translation>
    </message>
    <message>
        <source>The interrupted {action} on order {order} still has no answer from Klarna; it was sent again with the same key.</source>
        <translation>Den avbrutna ändringen ({action}) på order {order} har fortfarande inte fått svar från Klarna; den skickades igen med samma nyckel.</translation>
    </message>
    <message>
        <source>Klarna refused the interrupted {action} on order {order}: {code} {message}</source>
        <translation>Klarna nekade den avbrutna ändringen ({action}) på order {order}: {code} {message}</translation>
    </message>
</context>
<context>
    <name>ShippingInfo</name>
    <message>
        <source>Carrier</source>
        <translation>Transportör</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Leveranssätt</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Spårningsnummer</translation>
    </message>
    <message>
        <source>Tracking link</source>
        <translation>Spårningslänk</translation>
    </message>
    <message>
        <source>Return carrier</source>
        <translation>Returtransportör</translation>
    </message>
    <message>
        <source>Return tracking number</source>
        <translation>Returspårningsnummer</translation>
    </message>
    <message>
        <source>Return tracking link</source>
        <translation>Returspårningslänk</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(inte angivet)</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>{field}: problem</source>
        <translation>{field}: problem</translation>
    </message>
    <message>
        <source>Shipment: problem</source>
        <translation>Försändelse: problem</translation>
    </message>
    <message>
        <source>Remove shipment</source>
        <translation>Ta bort försändelse</translation>
    </message>
    <message>
        <source>Shipment {number}</source>
        <translation>Försändelse {number}</translation>
    </message>
    <message>
        <source>{field} of shipment {number}</source>
        <translation>{field} för försändelse {number}</translation>
    </message>
    <message>
        <source>Remove shipment {number}</source>
        <translation>Ta bort försändelse {number}</translation>
    </message>
    <message>
        <source>Add s&amp;hipment</source>
        <translation>Lägg till &amp;försändelse</translation>
    </message>
    <message>
        <source>Add a shipment</source>
        <translation>Lägg till en försändelse</translation>
    </message>
    <message>
        <source>Shipments: problem</source>
        <translation>Försändelser: problem</translation>
    </message>
    <message>
        <source>Fill in the carrier or a tracking number, or remove this shipment.</source>
        <translation>Fyll i transportör eller spårningsnummer, eller ta bort försändelsen.</translation>
    </message>
    <message>
        <source>Enter the whole link, starting with https://</source>
        <translation>Ange hela länken, med början https://</translation>
    </message>
    <message>
        <source>&amp;Add shipping info</source>
        <translation>&amp;Lägg till leveransinformation</translation>
    </message>
    <message>
        <source>Klarna shows the tracking in the customer&apos;s app for this capture, and uses it when the customer reports a missing parcel.</source>
        <translation>Klarna visar spårningen i kundens app för den här aktiveringen och använder den när kunden anmäler ett saknat paket.</translation>
    </message>
    <message>
        <source>Tracking known before the capture: Klarna shows it in the customer&apos;s app. Add it to the capture instead once the order is captured.</source>
        <translation>Spårning som är känd före aktiveringen: Klarna visar den i kundens app. Lägg i stället till den på aktiveringen när ordern har aktiverats.</translation>
    </message>
    <message>
        <source>Add at least one shipment.</source>
        <translation>Lägg till minst en försändelse.</translation>
    </message>
</context>
<context>
    <name>ShippingMethod</name>
    <message>
        <source>Collect in store</source>
        <translation>Hämtas i butik</translation>
    </message>
    <message>
        <source>Home delivery</source>
        <translation>Hemleverans</translation>
    </message>
    <message>
        <source>Parcel locker (registered)</source>
        <translation>Paketskåp (registrerat)</translation>
    </message>
    <message>
        <source>Parcel locker (unregistered)</source>
        <translation>Paketskåp (oregistrerat)</translation>
    </message>
    <message>
        <source>Pick-up point</source>
        <translation>Ombud</translation>
    </message>
    <message>
        <source>Own delivery</source>
        <translation>Egen leverans</translation>
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
        <translation>Digital leverans</translation>
    </message>
    <message>
        <source>Not specified</source>
        <translation>Ej angivet</translation>
    </message>
    <message>
        <source>Collect at warehouse</source>
        <translation>Hämtas på lager</translation>
    </message>
    <message>
        <source>Click and collect</source>
        <translation>Klicka och hämta</translation>
    </message>
    <message>
        <source>Pallet delivery</source>
        <translation>Pallleverans</translation>
    </message>
</context>
<context>
    <name>ShownOrder</name>
    <message>
        <source>Could not read the order from Klarna (showing the cached copy)</source>
        <translation>Kunde inte läsa ordern från Klarna (visar den cachade kopian)</translation>
    </message>
    <message>
        <source>Still connecting: the order shown is the cached copy.</source>
        <translation>Ansluter fortfarande: ordern som visas är den cachade kopian.</translation>
    </message>
    <message>
        <source>This profile is open in another window; only that window may send.</source>
        <translation>Profilen är öppen i ett annat fönster; bara det fönstret får skicka.</translation>
    </message>
    <message>
        <source>This profile is read-only.</source>
        <translation>Profilen är skrivskyddad.</translation>
    </message>
    <message>
        <source>An earlier {action} has no answer yet: open it to send it again with its key or check with Klarna.</source>
        <translation>En tidigare ändring ({action}) har inte fått svar än: öppna den för att skicka den igen med sin nyckel eller kontrollera hos Klarna.</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Authorized</source>
        <translation>Reserverad</translation>
    </message>
    <message>
        <source>Part captured</source>
        <translation>Delvis aktiverad</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>Aktiverad</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Makulerad</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Utgången</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Stängd</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Återbetald</translation>
    </message>
    <message>
        <source>Part refunded</source>
        <translation>Delvis återbetald</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>väntar</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>avvisad</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>stoppad</translation>
    </message>
    <message>
        <source>today</source>
        <translation>i dag</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>i morgon</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>i går</translation>
    </message>
</context>
<context>
    <name>UpdateAmountDialog</name>
    <message>
        <source>&amp;Update order…</source>
        <translation>&amp;Ändra order…</translation>
    </message>
    <message>
        <source>Current amount</source>
        <translation>Nuvarande belopp</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>Aktiverat</translation>
    </message>
    <message>
        <source>New amount</source>
        <translation>Nytt belopp</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Ändring</translation>
    </message>
    <message>
        <source>Order lines</source>
        <translation>Orderrader</translation>
    </message>
    <message>
        <source>Add &amp;line</source>
        <translation>Lägg till &amp;rad</translation>
    </message>
    <message>
        <source>Re&amp;move line</source>
        <translation>&amp;Ta bort rad</translation>
    </message>
    <message>
        <source>Remove the selected line</source>
        <translation>Ta bort den markerade raden</translation>
    </message>
    <message>
        <source>Lines: problem</source>
        <translation>Rader: problem</translation>
    </message>
    <message>
        <source>New order amount</source>
        <translation>Nytt orderbelopp</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>Beskri&amp;vning</translation>
    </message>
    <message>
        <source>Why the order changed, for the customer.</source>
        <translation>Varför ordern ändrades, för kunden.</translation>
    </message>
    <message>
        <source>this payment method</source>
        <translation>det här betalningssättet</translation>
    </message>
    <message>
        <source>A higher amount needs Klarna&apos;s approval ({method}): Klarna checks the customer again and may refuse.</source>
        <translation>Ett högre belopp kräver Klarnas godkännande ({method}): Klarna kontrollerar kunden igen och kan neka.</translation>
    </message>
    <message>
        <source>Klarna does not allow a higher amount for {method} orders from {country}: lower it, or ask the customer to place a new order for the extra items.</source>
        <translation>Klarna tillåter inte ett högre belopp för ordrar från {country} med betalningssättet {method}: sänk det, eller be kunden lägga en ny order för de extra varorna.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>An order needs at least one line.</source>
        <translation>En order måste ha minst en rad.</translation>
    </message>
    <message>
        <source>Line {line}: name is empty; every line needs one.</source>
        <translation>Rad {line}: namnet är tomt; varje rad måste ha ett.</translation>
    </message>
    <message>
        <source>Change a line, add one or remove one.</source>
        <translation>Ändra, lägg till eller ta bort en rad.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Klarna checks the customer again and may refuse the higher amount.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Klarna kontrollerar kunden igen och kan neka det högre beloppet.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Raise order {order} from {old} to {new}?</source>
        <translation>Höj order {order} från {old} till {new}?</translation>
    </message>
    <message>
        <source>Lower order {order} from {old} to {new}?</source>
        <translation>Sänk order {order} från {old} till {new}?</translation>
    </message>
    <message>
        <source>Set amount to {amount}</source>
        <translation>Ändra beloppet till {amount}</translation>
    </message>
</context>
</TS>
