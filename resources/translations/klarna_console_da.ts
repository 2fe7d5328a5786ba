<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK">
<context>
    <name>AboutDialog</name>
    <message>
        <source>this program</source>
        <translation>dette program</translation>
    </message>
    <message>
        <source>the runtime</source>
        <translation>runtime-miljøet</translation>
    </message>
    <message>
        <source>Qt for Python: the window</source>
        <translation>Qt for Python: vinduet</translation>
    </message>
    <message>
        <source>Qt for Python&apos;s binding layer</source>
        <translation>bindingslaget i Qt for Python</translation>
    </message>
    <message>
        <source>asyncio on Qt&apos;s event loop</source>
        <translation>asyncio på Qt&apos;s hændelsesløkke</translation>
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
        <translation>CA-certifikater</translation>
    </message>
    <message>
        <source>international domain names</source>
        <translation>internationale domænenavne</translation>
    </message>
    <message>
        <source>which async library runs (used by httpcore)</source>
        <translation>hvilket async-bibliotek der kører (bruges af httpcore)</translation>
    </message>
    <message>
        <source>typed models and JSON</source>
        <translation>typede modeller og JSON</translation>
    </message>
    <message>
        <source>where files go</source>
        <translation>hvor filerne ligger</translation>
    </message>
    <message>
        <source>the sandbox&apos;s web framework</source>
        <translation>sandkassens webframework</translation>
    </message>
    <message>
        <source>the sandbox&apos;s web server</source>
        <translation>sandkassens webserver</translation>
    </message>
    <message>
        <source>uvicorn&apos;s command line</source>
        <translation>uvicorns kommandolinje</translation>
    </message>
    <message>
        <source>typing back-ports</source>
        <translation>typing-backports</translation>
    </message>
    <message>
        <source>PostgreSQL driver (team mode)</source>
        <translation>PostgreSQL-driver (teamtilstand)</translation>
    </message>
    <message>
        <source>number, currency and date formats per locale (Unicode CLDR data)</source>
        <translation>tal-, valuta- og datoformater pr. sprog (Unicode CLDR-data)</translation>
    </message>
    <message>
        <source>PostgreSQL&apos;s client library, libpq (team mode)</source>
        <translation>PostgreSQL&apos;s klientbibliotek, libpq (teamtilstand)</translation>
    </message>
    <message>
        <source>Libraries from the build system</source>
        <translation>Biblioteker fra byggesystemet</translation>
    </message>
    <message>
        <source>X11, fonts, TLS, SQLite, D-Bus (Linux bundle)</source>
        <translation>X11, skrifttyper, TLS, SQLite, D-Bus (Linux-pakke)</translation>
    </message>
    <message>
        <source>various: see each copyright file</source>
        <translation>forskellige: se hver copyright-fil</translation>
    </message>
    <message>
        <source>{component} is licensed under {licence}; its licence text was not found next to this installation.</source>
        <translation>{component} er licenseret under {licence}; licensteksten blev ikke fundet ved siden af denne installation.</translation>
    </message>
    <message>
        <source>About Klarna Order Console</source>
        <translation>Om Klarna Order Console</translation>
    </message>
    <message>
        <source>Manage Klarna orders after the purchase through the Order Management API v1.&lt;br&gt;{versions}&lt;br&gt;MIT licence. Not made or endorsed by Klarna.</source>
        <translation>Administrér Klarna-ordrer efter købet via Order Management API v1.&lt;br&gt;{versions}&lt;br&gt;MIT-licens. Ikke lavet eller godkendt af Klarna.</translation>
    </message>
    <message>
        <source>Bundled components and their licences</source>
        <translation>Medfølgende komponenter og deres licenser</translation>
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
        <translation>Bruges til</translation>
    </message>
    <message>
        <source>Licence text</source>
        <translation>Licenstekst</translation>
    </message>
    <message>
        <source>Qt and PySide6 are used under the LGPL v3: they are shipped as separate shared libraries, which you may replace with your own build of the same version.</source>
        <translation>Qt og PySide6 bruges under LGPL v3: de leveres som separate delte biblioteker, som du kan erstatte med din egen build af samme version.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message>
        <source>Licence texts from {count} files under {folder}</source>
        <translation>Licenstekster fra {count} filer under {folder}</translation>
    </message>
    <message>
        <source>Licence text from {folders}</source>
        <translation>Licenstekst fra {folders}</translation>
    </message>
</context>
<context>
    <name>AcknowledgeDialog</name>
    <message>
        <source>&amp;Acknowledge</source>
        <translation>&amp;Bekræft modtagelse</translation>
    </message>
    <message>
        <source>For Klarna Checkout and Kustom orders: until an order is acknowledged, Klarna keeps sending its push notification to the shop (for up to 48 hours). Acknowledging twice changes nothing.</source>
        <translation>For Klarna Checkout- og Kustom-ordrer: indtil modtagelsen af en ordre er bekræftet, bliver Klarna ved med at sende sin push-notifikation til butikken (i op til 48 timer). At bekræfte to gange ændrer intet.</translation>
    </message>
    <message>
        <source>&lt;p&gt;A capture acknowledges the order too.&lt;/p&gt;</source>
        <translation>&lt;p&gt;En aktivering bekræfter også modtagelsen af ordren.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <source>{action} — order {order}</source>
        <translation>{action} — ordre {order}</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
    <message>
        <source>Order {order}</source>
        <translation>Ordre {order}</translation>
    </message>
    <message>
        <source>{action} on order {order}?</source>
        <translation>{action} på ordre {order}?</translation>
    </message>
    <message>
        <source>Klarna accepts at most {amount}</source>
        <translation>Klarna accepterer højst {amount}</translation>
    </message>
    <message>
        <source>&amp;Capture</source>
        <translation>A&amp;ktivering</translation>
    </message>
    <message>
        <source>{field}: problem</source>
        <translation>{field}: problem</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Ordre</translation>
    </message>
    <message>
        <source>Profile {profile}</source>
        <translation>Profil {profile}</translation>
    </message>
    <message>
        <source>READ-ONLY</source>
        <translation>SKRIVEBESKYTTET</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Hvad skete der</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Afsendelse</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Prøv igen</translation>
    </message>
    <message>
        <source>Retry with the same idempotency key</source>
        <translation>Prøv igen med den samme idempotensnøgle</translation>
    </message>
    <message>
        <source>Close this dialog</source>
        <translation>Luk denne dialog</translation>
    </message>
    <message>
        <source>This profile is open in another window; only that window may send.</source>
        <translation>Profilen er åben i et andet vindue; kun det vindue kan sende.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message>
        <source>An earlier {what} on this order (started {started}, journal entry {entry}) never got an answer, and its key is over 23 hours old: Klarna may have forgotten it, so it cannot be sent again safely. Check with Klarna whether it was applied.</source>
        <translation>En tidligere anmodning på denne ordre ({what}, startet {started}, journalpost {entry}) fik aldrig svar, og dens nøgle er over 23 timer gammel: Klarna kan have glemt den, så den kan ikke sendes igen på sikker vis. Tjek hos Klarna, om den blev udført.</translation>
    </message>
    <message>
        <source>An earlier {what} by {agent} on this order (started {started}, journal entry {entry}) has no answer from Klarna yet. Nothing new is sent while it is open: send it again with the same key (Klarna applies it at most once), or check with Klarna.</source>
        <translation>En tidligere anmodning på denne ordre ({what} af {agent}, startet {started}, journalpost {entry}) har endnu ikke fået svar fra Klarna. Intet nyt sendes, mens den er åben: send den igen med den samme nøgle (Klarna udfører den højst én gang), eller tjek hos Klarna.</translation>
    </message>
    <message>
        <source>An earlier {what} on this order (started {started}, journal entry {entry}) has no answer from Klarna yet. Nothing new is sent while it is open: send it again with the same key (Klarna applies it at most once), or check with Klarna.</source>
        <translation>En tidligere anmodning på denne ordre ({what}, startet {started}, journalpost {entry}) har endnu ikke fået svar fra Klarna. Intet nyt sendes, mens den er åben: send den igen med den samme nøgle (Klarna udfører den højst én gang), eller tjek hos Klarna.</translation>
    </message>
    <message>
        <source>A {what} was made {ago} by {agent} on order {order}. {action} again?</source>
        <translation>En anmodning ({what} af {agent}) blev foretaget {ago} på ordre {order}. {action} igen?</translation>
    </message>
    <message>
        <source>A {what} was made {ago} from this profile on order {order}. {action} again?</source>
        <translation>En anmodning ({what}, fra denne profil) blev foretaget {ago} på ordre {order}. {action} igen?</translation>
    </message>
    <message>
        <source>&lt;p&gt;{request} would be a second, separate one.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Denne anmodning ({request}) ville være en anden, separat anmodning.&lt;/p&gt;</translation>
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
        <translation>en refusion på {amount} ({when})</translation>
    </message>
    <message>
        <source>Nothing was sent: since this dialog opened, Klarna&apos;s order has {news}, made elsewhere. The amounts now shown include it; check them and send again.</source>
        <translation>Intet blev sendt: siden denne dialog blev åbnet, har Klarnas ordre fået {news}, foretaget et andet sted. De viste beløb indeholder det nu; kontrollér dem, og send igen.</translation>
    </message>
    <message>
        <source>The earlier {what} is closed as not applied. A new one may be sent now.</source>
        <translation>Den tidligere anmodning ({what}) er lukket som ikke udført. En ny kan sendes nu.</translation>
    </message>
    <message>
        <source>Klarna has the earlier {what} ({id}): it is recorded as done. Nothing was sent again.</source>
        <translation>Klarna har den tidligere anmodning ({what}, {id}): den er registreret som udført. Intet blev sendt igen.</translation>
    </message>
    <message>
        <source>Klarna has the earlier {what}: it is recorded as done. Nothing was sent again.</source>
        <translation>Klarna har den tidligere anmodning ({what}): den er registreret som udført. Intet blev sendt igen.</translation>
    </message>
    <message>
        <source>Klarna&apos;s order shows no {what} made after {started}. If you are sure it was not applied (for example, you checked the Merchant Portal), close it with a note; then a new one can be sent.</source>
        <translation>Klarnas ordre viser ingen anmodning ({what}) foretaget efter {started}. Hvis du er sikker på, at den ikke blev udført (du har f.eks. tjekket Merchant Portal), så luk den med en note; derefter kan en ny sendes.</translation>
    </message>
    <message>
        <source>Klarna could not be reached</source>
        <translation>Klarna kunne ikke nås</translation>
    </message>
    <message>
        <source>Nothing was sent: the order could not be read from Klarna first. {error}</source>
        <translation>Intet blev sendt: ordren kunne ikke først læses fra Klarna. {error}</translation>
    </message>
    <message>
        <source>Retrying with the same idempotency key…</source>
        <translation>Prøver igen med den samme idempotensnøgle…</translation>
    </message>
    <message>
        <source>Sending to Klarna…</source>
        <translation>Sender til Klarna…</translation>
    </message>
    <message>
        <source>{request}: done on order {order}.</source>
        <translation>{request}: udført på ordre {order}.</translation>
    </message>
    <message>
        <source>Klarna did not answer{reason}. The request may have been applied. Retry sends it again with the same idempotency key ({key}…), so Klarna applies it at most once. If you close this dialog, the console sends it again by itself at {time} (Klarna&apos;s schedule: after 5 seconds, 5 minutes and 5 hours, with the same key).</source>
        <translation>Klarna svarede ikke{reason}. Anmodningen kan være udført. Knappen Prøv igen sender den igen med den samme idempotensnøgle ({key}…), så Klarna højst udfører den én gang. Hvis du lukker denne dialog, sender konsollen den selv igen kl. {time} (Klarnas tidsplan: efter 5 sekunder, 5 minutter og 5 timer, med den samme nøgle).</translation>
    </message>
    <message>
        <source>Klarna did not answer{reason}. The request may have been applied. Retry sends it again with the same idempotency key ({key}…), so Klarna applies it at most once. If you close this dialog, the console sends it again by itself (Klarna&apos;s schedule: after 5 seconds, 5 minutes and 5 hours, with the same key).</source>
        <translation>Klarna svarede ikke{reason}. Anmodningen kan være udført. Knappen Prøv igen sender den igen med den samme idempotensnøgle ({key}…), så Klarna højst udfører den én gang. Hvis du lukker denne dialog, sender konsollen den selv igen (Klarnas tidsplan: efter 5 sekunder, 5 minutter og 5 timer, med den samme nøgle).</translation>
    </message>
    <message>
        <source>Nothing was sent: the journal could not be written ({error}). Every write is journaled before it is sent; free the disk or fix the file, then try again.</source>
        <translation>Intet blev sendt: journalen kunne ikke skrives ({error}). Hver ændring journalføres, før den sendes; frigør plads på disken eller ret filen, og prøv så igen.</translation>
    </message>
    <message>
        <source>The request was sent, but its answer could not be journaled ({error}). The console sends it again with the same key when the journal works again.</source>
        <translation>Anmodningen blev sendt, men svaret kunne ikke journalføres ({error}). Konsollen sender den igen med den samme nøgle, når journalen virker igen.</translation>
    </message>
    <message>
        <source>Something went wrong while sending: {error}. Check the order&apos;s History tab before you try again.</source>
        <translation>Noget gik galt under afsendelsen: {error}. Kontrollér ordrens fane Historik, før du prøver igen.</translation>
    </message>
</context>
<context>
    <name>ActionDialogs</name>
    <message>
        <source>This profile is open in another window; only that window may send.</source>
        <translation>Profilen er åben i et andet vindue; kun det vindue kan sende.</translation>
    </message>
    <message>
        <source>{action}: not possible. {reason}</source>
        <translation>{action}: ikke muligt. {reason}</translation>
    </message>
    <message>
        <source>Bulk actions: not possible. {reason}</source>
        <translation>Massehandlinger: ikke muligt. {reason}</translation>
    </message>
    <message>
        <source>Select the orders in the results table first: Ctrl + click adds an order, Shift + click or Shift + arrow keys a range, Ctrl+A all of them.</source>
        <translation>Vælg først ordrerne i resultattabellen: Ctrl + klik tilføjer en ordre, Shift + klik eller Shift + piletasterne et interval, Ctrl+A dem alle.</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>Capture</source>
        <translation>Aktivér</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Refundér</translation>
    </message>
    <message>
        <source>Cancel order</source>
        <translation>Annullér ordre</translation>
    </message>
    <message>
        <source>Release remaining authorization</source>
        <translation>Frigiv resterende reservation</translation>
    </message>
    <message>
        <source>Extend authorization time</source>
        <translation>Forlæng reservationstiden</translation>
    </message>
    <message>
        <source>Update order amount</source>
        <translation>Ændr ordrebeløb</translation>
    </message>
    <message>
        <source>Edit shipping address</source>
        <translation>Redigér leveringsadresse</translation>
    </message>
    <message>
        <source>Update merchant references</source>
        <translation>Ændr butiksreferencer</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Bekræft modtagelse</translation>
    </message>
    <message>
        <source>Add shipping info</source>
        <translation>Tilføj forsendelsesoplysninger</translation>
    </message>
    <message>
        <source>Add shipping info to capture</source>
        <translation>Tilføj forsendelsesoplysninger til aktiveringen</translation>
    </message>
    <message>
        <source>Resend customer communication</source>
        <translation>Send kundeudsendelsen igen</translation>
    </message>
    <message>
        <source>Extend due date</source>
        <translation>Forlæng forfaldsdato</translation>
    </message>
    <message>
        <source>{action} {amount}</source>
        <translation>{action} {amount}</translation>
    </message>
    <message>
        <source>{action} by {days} days</source>
        <translation>{action} med {days} dage</translation>
    </message>
</context>
<context>
    <name>ActionsController</name>
    <message>
        <source>{action} succeeded</source>
        <translation>{action}: lykkedes</translation>
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
        <translation>&amp;Fornavn</translation>
    </message>
    <message>
        <source>&amp;Family name</source>
        <translation>&amp;Efternavn</translation>
    </message>
    <message>
        <source>&amp;Organization</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <source>A&amp;ttention</source>
        <translation>A&amp;tt.</translation>
    </message>
    <message>
        <source>&amp;Street address</source>
        <translation>&amp;Adresse</translation>
    </message>
    <message>
        <source>Street address &amp;2</source>
        <translation>Adresselinje &amp;2</translation>
    </message>
    <message>
        <source>&amp;Postal code</source>
        <translation>&amp;Postnummer</translation>
    </message>
    <message>
        <source>C&amp;ity</source>
        <translation>&amp;By</translation>
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
        <translation>E-&amp;mail</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>T&amp;elefon</translation>
    </message>
    <message>
        <source>Attn: {name}</source>
        <translation>Att.: {name}</translation>
    </message>
    <message>
        <source>Sa&amp;ve address</source>
        <translation>&amp;Gem adresse</translation>
    </message>
    <message>
        <source>Shipping address</source>
        <translation>Leveringsadresse</translation>
    </message>
    <message>
        <source>An order ships to the country it was bought in.</source>
        <translation>En ordre leveres til det land, den blev købt i.</translation>
    </message>
    <message>
        <source>Billing address (read-only)</source>
        <translation>Faktureringsadresse (skrivebeskyttet)</translation>
    </message>
    <message>
        <source>Billing address</source>
        <translation>Faktureringsadresse</translation>
    </message>
    <message>
        <source>{reason}. Klarna approved the purchase for this address, so a merchant cannot change it.</source>
        <translation>{reason}. Klarna godkendte købet til denne adresse, så en butik kan ikke ændre den.</translation>
    </message>
    <message>
        <source>Klarna re-assesses the purchase with the new address and may refuse it. An emptied field is cleared at Klarna.</source>
        <translation>Klarna vurderer købet igen med den nye adresse og kan afvise det. Et tømt felt ryddes hos Klarna.</translation>
    </message>
    <message>
        <source>Required: Klarna does not let this field be cleared.</source>
        <translation>Påkrævet: Klarna tillader ikke, at dette felt ryddes.</translation>
    </message>
    <message>
        <source>Required for addresses in the United States.</source>
        <translation>Påkrævet for adresser i USA.</translation>
    </message>
    <message>
        <source>Enter an e-mail address such as name@example.com.</source>
        <translation>Angiv en e-mailadresse som navn@example.com.</translation>
    </message>
    <message>
        <source>Change a field of the shipping address to save it.</source>
        <translation>Ændr et felt i leveringsadressen for at gemme den.</translation>
    </message>
</context>
<context>
    <name>BulkDialog</name>
    <message>
        <source>succeeded</source>
        <translation>lykkedes</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>afvist</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>mislykkedes</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>ukendt</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>ikke sendt</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>sprunget over</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Kontrol</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Forhåndsvisning</translation>
    </message>
    <message>
        <source>Orders in this run</source>
        <translation>Ordrer i denne kørsel</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fremskridt</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>Requests go as fast as Klarna&apos;s rate limit allows, as Klarna announces it in each answer, with a margin. Stop ends the run after the requests already sent; running the same selection again later skips what succeeded.</source>
        <translation>Anmodningerne sendes så hurtigt, som Klarnas hastighedsgrænse tillader, sådan som Klarna oplyser den i hvert svar, med en margin. Stop afslutter kørslen efter de anmodninger, der allerede er sendt; kører du det samme udvalg igen senere, springes det over, der lykkedes.</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Outcome per order</source>
        <translation>Resultat pr. ordre</translation>
    </message>
    <message>
        <source>&amp;Save report as CSV…</source>
        <translation>&amp;Gem rapport som CSV…</translation>
    </message>
    <message>
        <source>Run &amp;again</source>
        <translation>Kør &amp;igen</translation>
    </message>
    <message>
        <source>Run again: skip what succeeded, retry the rest</source>
        <translation>Kør igen: spring over det, der lykkedes, prøv resten igen</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stop</translation>
    </message>
    <message>
        <source>Stop after the requests in flight</source>
        <translation>Stop efter de anmodninger, der er undervejs</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
    <message>
        <source>Close this dialog</source>
        <translation>Luk denne dialog</translation>
    </message>
    <message>
        <source>skip: done before</source>
        <translation>spring over: udført før</translation>
    </message>
    <message>
        <source>not allowed</source>
        <translation>ikke tilladt</translation>
    </message>
    <message>
        <source>resume (same key)</source>
        <translation>genoptag (samme nøgle)</translation>
    </message>
    <message>
        <source>send</source>
        <translation>send</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Beløb</translation>
    </message>
    <message>
        <source>Expires now</source>
        <translation>Udløber nu</translation>
    </message>
    <message>
        <source>After extending</source>
        <translation>Efter forlængelse</translation>
    </message>
    <message>
        <source>Klarna ref</source>
        <translation>Klarna-ref.</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Will</source>
        <translation>Handling</translation>
    </message>
    <message>
        <source>Why not</source>
        <translation>Hvorfor ikke</translation>
    </message>
    <message>
        <source>Merchant ref</source>
        <translation>Butiksref.</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Error code</source>
        <translation>Fejlkode</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meddelelse</translation>
    </message>
    <message>
        <source>Correlation id</source>
        <translation>Korrelations-id</translation>
    </message>
    <message>
        <source>&lt;p&gt;Total to capture: &lt;b&gt;{total}&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;I alt til aktivering: &lt;b&gt;{total}&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Nothing to send</source>
        <translation>Intet at sende</translation>
    </message>
    <message>
        <source>&lt;p&gt;Total: &lt;b&gt;{total}&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;I alt: &lt;b&gt;{total}&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation>{done} af {total}</translation>
    </message>
    <message>
        <source>Klarna asked to slow down: waiting {seconds} s</source>
        <translation>Klarna bad om at sænke farten: venter {seconds} s</translation>
    </message>
    <message>
        <source>Reading the orders back from Klarna…</source>
        <translation>Læser ordrerne tilbage fra Klarna…</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>Gemt i {path}</translation>
    </message>
    <message>
        <source>Stopping after the requests already sent…</source>
        <translation>Stopper efter de anmodninger, der allerede er sendt…</translation>
    </message>
    <message>
        <source>{code} × {count}</source>
        <translation>{code} × {count}</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:#b91c1c;&apos;&gt;&lt;b&gt;The run stopped: the journal could not be written ({error}).&lt;/b&gt; Nothing is sent without its journal entry; what was sent is listed below.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#b91c1c;&apos;&gt;&lt;b&gt;Kørslen stoppede: journalen kunne ikke skrives ({error}).&lt;/b&gt; Intet sendes uden sin journalpost; det, der blev sendt, står nedenfor.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message>
        <source>Bulk run: {succeeded} captured, {refused} refused, {failed} failed.</source>
        <translation>Massekørsel: {succeeded} aktiveret, {refused} afvist, {failed} mislykkedes.</translation>
    </message>
    <message>
        <source>Bulk run: {succeeded} extended, {refused} refused, {failed} failed.</source>
        <translation>Massekørsel: {succeeded} forlænget, {refused} afvist, {failed} mislykkedes.</translation>
    </message>
    <message>
        <source>The bulk run stopped: {error}. Check the orders&apos; History.</source>
        <translation>Massekørslen stoppede: {error}. Kontrollér ordrernes historik.</translation>
    </message>
    <message>
        <source>Save the report as CSV</source>
        <translation>Gem rapporten som CSV</translation>
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
        <translation>Annullér &amp;ordren…</translation>
    </message>
    <message>
        <source>&amp;Keep the order</source>
        <translation>&amp;Behold ordren</translation>
    </message>
    <message>
        <source>Order amount</source>
        <translation>Ordrebeløb</translation>
    </message>
    <message>
        <source>Still authorized</source>
        <translation>Stadig reserveret</translation>
    </message>
    <message>
        <source>&lt;p&gt;Cancelling releases the whole authorization: the customer is not charged, and the order can no longer be captured, changed or extended. This cannot be undone.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Annullering frigiver hele reservationen: kunden bliver ikke opkrævet, og ordren kan ikke længere aktiveres, ændres eller forlænges. Det kan ikke fortrydes.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;{customer} will not be charged {amount}.&lt;/p&gt;</source>
        <translation>&lt;p&gt;{customer} bliver ikke opkrævet {amount}.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The customer will not be charged {amount}.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Kunden bliver ikke opkrævet {amount}.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Cancel order {order} and release {amount}?</source>
        <translation>Annullér ordre {order} og frigiv {amount}?</translation>
    </message>
    <message>
        <source>Cancel order, release {amount}</source>
        <translation>Annullér ordre, frigiv {amount}</translation>
    </message>
</context>
<context>
    <name>CaptureDialog</name>
    <message>
        <source>&amp;Capture…</source>
        <translation>&amp;Aktivér…</translation>
    </message>
    <message>
        <source>Order amount</source>
        <translation>Ordrebeløb</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>Aktiveret</translation>
    </message>
    <message>
        <source>Remaining to capture</source>
        <translation>Rest til aktivering</translation>
    </message>
    <message>
        <source>How much to capture</source>
        <translation>Hvor meget skal aktiveres</translation>
    </message>
    <message>
        <source>The &amp;remaining amount</source>
        <translation>Det &amp;resterende beløb</translation>
    </message>
    <message>
        <source>&amp;Part of it, by amount</source>
        <translation>&amp;En del, som beløb</translation>
    </message>
    <message>
        <source>By &amp;lines and quantities</source>
        <translation>Efter &amp;linjer og antal</translation>
    </message>
    <message>
        <source>Amount to capture</source>
        <translation>Beløb til aktivering</translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation>&amp;Beløb</translation>
    </message>
    <message>
        <source>Each capture becomes its own invoice or payment instruction for the customer.</source>
        <translation>Hver aktivering bliver sin egen faktura eller betalingsinstruks til kunden.</translation>
    </message>
    <message>
        <source>Lines to capture</source>
        <translation>Linjer til aktivering</translation>
    </message>
    <message>
        <source>Lines: problem</source>
        <translation>Linjer: problem</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Beskrivelse</translation>
    </message>
    <message>
        <source>Shown to the customer.</source>
        <translation>Vises for kunden.</translation>
    </message>
    <message>
        <source>Re&amp;ference</source>
        <translation>Re&amp;ference</translation>
    </message>
    <message>
        <source>Appears in your settlement files.</source>
        <translation>Vises i dine afregningsfiler.</translation>
    </message>
    <message>
        <source>Shipments sent with this capture (optional)</source>
        <translation>Forsendelser sendt med denne aktivering (valgfrit)</translation>
    </message>
    <message>
        <source>The &amp;remaining amount ({amount})</source>
        <translation>Det &amp;resterende beløb ({amount})</translation>
    </message>
    <message>
        <source>Pick at least one unit of a line to capture.</source>
        <translation>Vælg mindst én enhed af en linje til aktivering.</translation>
    </message>
    <message>
        <source>Klarna charges {customer} {amount} and starts the payout to you and the customer&apos;s billing.</source>
        <translation>Klarna opkræver {customer} {amount} og starter udbetalingen til dig og faktureringen af kunden.</translation>
    </message>
    <message>
        <source>Klarna charges the customer {amount} and starts the payout to you and the customer&apos;s billing.</source>
        <translation>Klarna opkræver kunden {amount} og starter udbetalingen til dig og faktureringen af kunden.</translation>
    </message>
    <message>
        <source>That is everything still authorized.</source>
        <translation>Det er alt, der stadig er reserveret.</translation>
    </message>
    <message>
        <source>{amount} stays authorized for later captures.</source>
        <translation>{amount} forbliver reserveret til senere aktiveringer.</translation>
    </message>
    <message>
        <source>Capture {amount} on order {order}?</source>
        <translation>Aktivér {amount} på ordre {order}?</translation>
    </message>
    <message>
        <source>Capture {amount}</source>
        <translation>Aktivér {amount}</translation>
    </message>
</context>
<context>
    <name>Confirmation</name>
    <message>
        <source>&lt;p style=&apos;color:#b91c1c; font-weight:600;&apos;&gt;PRODUCTION: this is a real Klarna account; real money moves and the customer is told.&lt;/p&gt;&lt;p&gt;Profile &lt;b&gt;{profile}&lt;/b&gt; · {environment}&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#b91c1c; font-weight:600;&apos;&gt;PRODUKTION: dette er en rigtig Klarna-konto; rigtige penge flyttes, og kunden får besked.&lt;/p&gt;&lt;p&gt;Profil &lt;b&gt;{profile}&lt;/b&gt; · {environment}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Profile &lt;b&gt;{profile}&lt;/b&gt; · {environment}: simulated on this computer, no real money.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Profil &lt;b&gt;{profile}&lt;/b&gt; · {environment}: simuleret på denne computer, ingen rigtige penge.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Profile &lt;b&gt;{profile}&lt;/b&gt; · {environment}: Klarna&apos;s test environment.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Profil &lt;b&gt;{profile}&lt;/b&gt; · {environment}: Klarnas testmiljø.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Tilbage</translation>
    </message>
    <message>
        <source>Go back without sending</source>
        <translation>Tilbage uden at sende</translation>
    </message>
</context>
<context>
    <name>CsvColumns</name>
    <message>
        <source>order_id</source>
        <translation>ordre_id</translation>
    </message>
    <message>
        <source>klarna_reference</source>
        <translation>klarna_reference</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>fraud_status</source>
        <translation>svindelstatus</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>valuta</translation>
    </message>
    <message>
        <source>order_amount</source>
        <translation>ordrebeløb</translation>
    </message>
    <message>
        <source>captured_amount</source>
        <translation>aktiveret_beløb</translation>
    </message>
    <message>
        <source>refunded_amount</source>
        <translation>refunderet_beløb</translation>
    </message>
    <message>
        <source>remaining_amount</source>
        <translation>resterende_beløb</translation>
    </message>
    <message>
        <source>created_at</source>
        <translation>oprettet</translation>
    </message>
    <message>
        <source>expires_at</source>
        <translation>udløber</translation>
    </message>
    <message>
        <source>merchant_reference1</source>
        <translation>butiksreference1</translation>
    </message>
    <message>
        <source>merchant_reference2</source>
        <translation>butiksreference2</translation>
    </message>
    <message>
        <source>customer_name</source>
        <translation>kundenavn</translation>
    </message>
    <message>
        <source>email</source>
        <translation>e-mail</translation>
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
        <translation>CSV til regneark, i dit sprogs format (*.csv)</translation>
    </message>
    <message>
        <source>Plain CSV for programs (*.csv)</source>
        <translation>Enkel CSV til programmer (*.csv)</translation>
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
        <translation>Fejlkode</translation>
    </message>
    <message>
        <source>Error message</source>
        <translation>Fejlmeddelelse</translation>
    </message>
    <message>
        <source>Correlation id</source>
        <translation>Korrelations-id</translation>
    </message>
    <message>
        <source>Copy correlation id</source>
        <translation>Kopiér korrelations-id</translation>
    </message>
    <message>
        <source>Klarna refused the request</source>
        <translation>Klarna afviste anmodningen</translation>
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
        <translation>{capture} · {when} · {amount}, {refunded} refunderet</translation>
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
            <numerusform>%n linje kommer på fakturaen.</numerusform>
            <numerusform>%n linjer kommer på fakturaen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shipment(s) are reported with it.</source>
        <translation>
            <numerusform>%n forsendelse indberettes med den.</numerusform>
            <numerusform>%n forsendelser indberettes med den.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;The order&apos;s lines are replaced by the %n shown.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;Ordrens linjer erstattes af den %n viste.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;Ordrens linjer erstattes af de %n viste.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days — fee {fee}</source>
        <translation>
            <numerusform>%n dag — gebyr {fee}</numerusform>
            <numerusform>%n dage — gebyr {fee}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Extend the due date of capture {capture} (order {order}) by %n days, for a fee of {fee}?</source>
        <translation>
            <numerusform>Forlæng forfaldsdatoen for aktiveringen {capture} (ordre {order}) med %n dag mod et gebyr på {fee}?</numerusform>
            <numerusform>Forlæng forfaldsdatoen for aktiveringen {capture} (ordre {order}) med %n dage mod et gebyr på {fee}?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;Klarna charges you {fee}. The new due date is %n days after the current one; {customer} gets longer to pay and is told by Klarna. (Klarna&apos;s API does not give the current due date, so the console cannot show it as a date.)&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;Klarna opkræver dig {fee}. Den nye forfaldsdato ligger %n dag efter den nuværende; {customer} får længere tid til at betale og får besked fra Klarna. (Klarnas API oplyser ikke den nuværende forfaldsdato, så konsollen kan ikke vise den som en dato.)&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;Klarna opkræver dig {fee}. Den nye forfaldsdato ligger %n dage efter den nuværende; {customer} får længere tid til at betale og får besked fra Klarna. (Klarnas API oplyser ikke den nuværende forfaldsdato, så konsollen kan ikke vise den som en dato.)&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Extend by %n days, pay {fee}</source>
        <translation>
            <numerusform>Forlæng med %n dag, betal {fee}</numerusform>
            <numerusform>Forlæng med %n dage, betal {fee}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Capture %n selected order(s) in full</source>
        <translation>
            <numerusform>Aktivér %n valgt ordre fuldt ud</numerusform>
            <numerusform>Aktivér %n valgte ordrer fuldt ud</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Extend the authorization of %n selected order(s)</source>
        <translation>
            <numerusform>Forlæng reservationen af %n valgt ordre</numerusform>
            <numerusform>Forlæng reservationen af %n valgte ordrer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checking the %n selected order(s)…</source>
        <translation>
            <numerusform>Kontrollerer den %n valgte ordre…</numerusform>
            <numerusform>Kontrollerer de %n valgte ordrer…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;{allowed}&lt;/b&gt; of %n order(s) will be sent.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;{allowed}&lt;/b&gt; af %n ordre bliver sendt.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;{allowed}&lt;/b&gt; af %n ordrer bliver sendt.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;{allowed}&lt;/b&gt; of %n order(s) will be sent ({resumed} resumed with their original keys).&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;{allowed}&lt;/b&gt; af %n ordre bliver sendt ({resumed} genoptaget med deres oprindelige nøgler).&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;{allowed}&lt;/b&gt; af %n ordrer bliver sendt ({resumed} genoptaget med deres oprindelige nøgler).&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;%n&lt;/b&gt; cannot be captured:&lt;/p&gt;&lt;ul&gt;{reasons}&lt;/ul&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;%n&lt;/b&gt; kan ikke aktiveres:&lt;/p&gt;&lt;ul&gt;{reasons}&lt;/ul&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;%n&lt;/b&gt; kan ikke aktiveres:&lt;/p&gt;&lt;ul&gt;{reasons}&lt;/ul&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;%n&lt;/b&gt; cannot be extended:&lt;/p&gt;&lt;ul&gt;{reasons}&lt;/ul&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;%n&lt;/b&gt; kan ikke forlænges:&lt;/p&gt;&lt;ul&gt;{reasons}&lt;/ul&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;%n&lt;/b&gt; kan ikke forlænges:&lt;/p&gt;&lt;ul&gt;{reasons}&lt;/ul&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;%n&lt;/b&gt; were already done before (by an earlier run or from the order&apos;s own dialog, as the journal shows) and are skipped.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;%n&lt;/b&gt; var allerede udført (af en tidligere kørsel eller fra ordrens egen dialog, som journalen viser) og springes over.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;%n&lt;/b&gt; var allerede udført (af en tidligere kørsel eller fra ordrens egen dialog, som journalen viser) og springes over.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Capture %n order(s)…</source>
        <translation>
            <numerusform>Aktivér %n ordre…</numerusform>
            <numerusform>Aktivér %n ordrer…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Extend %n order(s)…</source>
        <translation>
            <numerusform>Forlæng %n ordre…</numerusform>
            <numerusform>Forlæng %n ordrer…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Capture %n order(s) in full?</source>
        <translation>
            <numerusform>Aktivér %n ordre fuldt ud?</numerusform>
            <numerusform>Aktivér %n ordrer fuldt ud?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Extend the authorization of %n order(s)?</source>
        <translation>
            <numerusform>Forlæng reservationen af %n ordre?</numerusform>
            <numerusform>Forlæng reservationen af %n ordrer?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;%n selected order(s) are left out (not allowed).&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;%n valgt ordre udelades (ikke tilladt).&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;%n valgte ordrer udelades (ikke tilladt).&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Capture %n order(s)</source>
        <translation>
            <numerusform>Aktivér %n ordre</numerusform>
            <numerusform>Aktivér %n ordrer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Extend %n order(s)</source>
        <translation>
            <numerusform>Forlæng %n ordre</numerusform>
            <numerusform>Forlæng %n ordrer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Capturing %n order(s)…</source>
        <translation>
            <numerusform>Aktiverer %n ordre…</numerusform>
            <numerusform>Aktiverer %n ordrer…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Extending the authorization of %n order(s)…</source>
        <translation>
            <numerusform>Forlænger reservationstiden for %n ordre…</numerusform>
            <numerusform>Forlænger reservationstiden for %n ordrer…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) sent in the last second (Klarna allows {limit} a second; pacing at {rate})</source>
        <translation>
            <numerusform>%n anmodning sendt i det seneste sekund (Klarna tillader {limit} i sekundet; tempo {rate})</numerusform>
            <numerusform>%n anmodninger sendt i det seneste sekund (Klarna tillader {limit} i sekundet; tempo {rate})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) sent in the last second (pacing at {rate} until Klarna announces its limit)</source>
        <translation>
            <numerusform>%n anmodning sendt i det seneste sekund (tempo {rate}, indtil Klarna oplyser sin grænse)</numerusform>
            <numerusform>%n anmodninger sendt i det seneste sekund (tempo {rate}, indtil Klarna oplyser sin grænse)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answered 429</source>
        <translation>
            <numerusform>%n svarede 429</numerusform>
            <numerusform>%n svarede 429</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;%n&lt;/b&gt; captured.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;%n&lt;/b&gt; aktiveret.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;%n&lt;/b&gt; aktiveret.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;%n&lt;/b&gt; extended.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;%n&lt;/b&gt; forlænget.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;%n&lt;/b&gt; forlænget.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;%n&lt;/b&gt; refused by Klarna: {codes}&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;%n&lt;/b&gt; afvist af Klarna: {codes}&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;%n&lt;/b&gt; afvist af Klarna: {codes}&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;%n&lt;/b&gt; not allowed, so not sent: {codes}&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;%n&lt;/b&gt; ikke tilladt, så ikke sendt: {codes}&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;%n&lt;/b&gt; ikke tilladt, så ikke sendt: {codes}&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;%n&lt;/b&gt; failed.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;%n&lt;/b&gt; mislykkedes.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;%n&lt;/b&gt; mislykkedes.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;%n&lt;/b&gt; got no answer (Run again resumes them with their keys).&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;%n&lt;/b&gt; fik intet svar (Kør igen genoptager dem med deres nøgler).&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;%n&lt;/b&gt; fik intet svar (Kør igen genoptager dem med deres nøgler).&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;%n&lt;/b&gt; were not sent (stopped).&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;%n&lt;/b&gt; blev ikke sendt (stoppet).&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;%n&lt;/b&gt; blev ikke sendt (stoppet).&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;%n&lt;/b&gt; were done before or by another window, so not sent again.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;%n&lt;/b&gt; var udført før eller af et andet vindue og blev ikke sendt igen.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;%n&lt;/b&gt; var udført før eller af et andet vindue og blev ikke sendt igen.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln order(s) to {path}.</source>
        <translation>
            <numerusform>Eksporterede %Ln ordre til {path}.</numerusform>
            <numerusform>Eksporterede %Ln ordrer til {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order id(s) found.</source>
        <translation>
            <numerusform>%n ordre-id fundet.</numerusform>
            <numerusform>%n ordre-id&apos;er fundet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) without an order id will be skipped.</source>
        <translation>
            <numerusform>%n linje uden ordre-id springes over.</numerusform>
            <numerusform>%n linjer uden ordre-id springes over.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fetched {fetched} of %n order(s).</source>
        <translation>
            <numerusform>Hentet {fetched} af %n ordre.</numerusform>
            <numerusform>Hentet {fetched} af %n ordrer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %n were not fetched.</source>
        <translation>
            <numerusform>Annulleret: %n blev ikke hentet.</numerusform>
            <numerusform>Annulleret: %n blev ikke hentet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Klarna does not know %n of them (wrong id, or another store):</source>
        <translation>
            <numerusform>Klarna kender ikke %n af dem (forkert id eller en anden butik):</numerusform>
            <numerusform>Klarna kender ikke %n af dem (forkert id eller en anden butik):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be fetched:</source>
        <translation>
            <numerusform>%n kunne ikke hentes:</numerusform>
            <numerusform>%n kunne ikke hentes:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DialogScreenshots</name>
    <message>
        <source>Parcel 1 of 2</source>
        <translation>Pakke 1 af 2</translation>
    </message>
    <message>
        <source>Returned: {name}</source>
        <translation>Returneret: {name}</translation>
    </message>
    <message>
        <source>The customer cancelled one item before it shipped</source>
        <translation>Kunden annullerede en vare, før den blev sendt</translation>
    </message>
    <message>
        <source>c/o Reception, 3rd floor</source>
        <translation>c/o Receptionen, 3. sal</translation>
    </message>
    <message>
        <source>Checked in the Merchant Portal: no capture on this order</source>
        <translation>Tjekket i Merchant Portal: ingen aktivering på denne ordre</translation>
    </message>
</context>
<context>
    <name>DueDateDialog</name>
    <message>
        <source>&amp;Extend due date…</source>
        <translation>&amp;Forlæng forfaldsdato…</translation>
    </message>
    <message>
        <source>Extend the customer&apos;s due date by</source>
        <translation>Forlæng kundens forfaldsdato med</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Muligheder</translation>
    </message>
    <message>
        <source>&amp;Options</source>
        <translation>&amp;Muligheder</translation>
    </message>
    <message>
        <source>Klarna charges you (the merchant) the fee; the customer simply gets longer to pay.</source>
        <translation>Klarna opkræver gebyret hos dig (butikken); kunden får blot længere tid til at betale.</translation>
    </message>
    <message>
        <source>Only pay-later purchases (such as Pay in 30 days) have a due date.</source>
        <translation>Kun køb med senere betaling (som Betal om 30 dage) har en forfaldsdato.</translation>
    </message>
    <message>
        <source>Choose a capture.</source>
        <translation>Vælg en aktivering.</translation>
    </message>
    <message>
        <source>Fetching the options from Klarna…</source>
        <translation>Henter mulighederne fra Klarna…</translation>
    </message>
    <message>
        <source>Klarna offers no extension for this capture (its due date may have been extended already).</source>
        <translation>Klarna tilbyder ingen forlængelse for denne aktivering (dens forfaldsdato er måske allerede forlænget).</translation>
    </message>
    <message>
        <source>Klarna did not give the options.</source>
        <translation>Klarna gav ikke mulighederne.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>ukendt</translation>
    </message>
    <message>
        <source>the customer</source>
        <translation>kunden</translation>
    </message>
    <message>
        <source>Waiting for Klarna&apos;s options…</source>
        <translation>Venter på Klarnas muligheder…</translation>
    </message>
    <message>
        <source>Choose by how many days.</source>
        <translation>Vælg hvor mange dage.</translation>
    </message>
    <message>
        <source>There is nothing to choose.</source>
        <translation>Der er intet at vælge.</translation>
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
        <translation>Brugerdefineret</translation>
    </message>
</context>
<context>
    <name>ExplainedDialog</name>
    <message>
        <source>What this does</source>
        <translation>Hvad dette gør</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Search first: the export writes the orders found.</source>
        <translation>Søg først: eksporten skriver de fundne ordrer.</translation>
    </message>
    <message>
        <source>Export orders as CSV</source>
        <translation>Eksportér ordrer som CSV</translation>
    </message>
    <message>
        <source>Exporting orders… {done} of {total}</source>
        <translation>Eksporterer ordrer… {done} af {total}</translation>
    </message>
    <message>
        <source>Could not write {path}: {error}</source>
        <translation>Kunne ikke skrive {path}: {error}</translation>
    </message>
</context>
<context>
    <name>ExtendAuthorizationDialog</name>
    <message>
        <source>&amp;Extend</source>
        <translation>&amp;Forlæng</translation>
    </message>
    <message>
        <source>Expires now</source>
        <translation>Udløber nu</translation>
    </message>
    <message>
        <source>After extending</source>
        <translation>Efter forlængelse</translation>
    </message>
    <message>
        <source>Send anyway: this account&apos;s authorization period is longer than {days} days</source>
        <translation>Send alligevel: kontoens reservationsperiode er længere end {days} dage</translation>
    </message>
    <message>
        <source>Send anyway</source>
        <translation>Send alligevel</translation>
    </message>
    <message>
        <source>Extending now would change nothing: the expiry would stay {expiry} (Klarna counts {days} days from today, the standard period, and never past 180 days after the purchase).</source>
        <translation>Forlængelse nu ville ikke ændre noget: udløbsdatoen ville forblive {expiry} (Klarna regner {days} dage fra i dag, standardperioden, og aldrig ud over 180 dage efter købet).</translation>
    </message>
    <message>
        <source>&lt;p&gt;The new date is no later than the current one: extending now changes nothing (Klarna counts from today, and never past 180 days after the purchase).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Den nye dato er ikke senere end den nuværende: forlængelse nu ændrer intet (Klarna regner fra i dag og aldrig ud over 180 dage efter købet).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;This reaches the limit of 180 days after the purchase; it cannot be extended again.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Dette når grænsen på 180 dage efter købet; den kan ikke forlænges igen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Klarna extends the authorization from today by the account&apos;s period, so there is more time to capture. Klarna means this as an exception, not a routine.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Klarna forlænger reservationen fra i dag med kontoens periode, så der er mere tid til aktivering. Klarna mener det som en undtagelse, ikke en rutine.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>ukendt</translation>
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
        <translation>Der er ingen profil &apos;{name}&apos;; Sandbox blev åbnet.</translation>
    </message>
    <message>
        <source>Could not open the local data of {profile}</source>
        <translation>Kunne ikke åbne de lokale data for {profile}</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import order IDs</source>
        <translation>Importér ordre-id&apos;er</translation>
    </message>
    <message>
        <source>Paste Klarna order ids (one per line, or a CSV export with an order id column), or open a CSV file. Klarna&apos;s API has no search, so orders must be fetched once to be found here.</source>
        <translation>Indsæt Klarna-ordre-id&apos;er (ét pr. linje, eller en CSV-eksport med en kolonne med ordre-id) eller åbn en CSV-fil. Klarnas API har ingen søgning, så ordrer skal hentes én gang for at kunne findes her.</translation>
    </message>
    <message>
        <source>Order ids to import</source>
        <translation>Ordre-id&apos;er til import</translation>
    </message>
    <message>
        <source>No order ids yet.</source>
        <translation>Ingen ordre-id&apos;er endnu.</translation>
    </message>
    <message>
        <source>Order ids found</source>
        <translation>Fundne ordre-id&apos;er</translation>
    </message>
    <message>
        <source>Open CSV file…</source>
        <translation>Åbn CSV-fil…</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Importforløb</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>Importrapport</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importér</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
    <message>
        <source>Open a CSV file with order ids</source>
        <translation>Åbn en CSV-fil med ordre-id&apos;er</translation>
    </message>
    <message>
        <source>CSV or text (*.csv *.txt);;All files (*)</source>
        <translation>CSV eller tekst (*.csv *.txt);;Alle filer (*)</translation>
    </message>
    <message>
        <source>{file} is larger than {size} MB</source>
        <translation>{file} er større end {size} MB</translation>
    </message>
    <message>
        <source>Could not read the file: {error}</source>
        <translation>Kunne ikke læse filen: {error}</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation>{done} af {total}</translation>
    </message>
</context>
<context>
    <name>JournalText</name>
    <message>
        <source>{action} of {amount}</source>
        <translation>{action} {amount}</translation>
    </message>
    <message>
        <source>{agent}, at {desk}</source>
        <translation>{agent}, ved {desk}</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>lige nu</translation>
    </message>
    <message>
        <source>not applied (closed by hand)</source>
        <translation>ikke udført (lukket manuelt)</translation>
    </message>
    <message>
        <source>no answer yet · next try {time}</source>
        <translation>intet svar endnu · næste forsøg {time}</translation>
    </message>
    <message>
        <source>no answer yet · check with Klarna</source>
        <translation>intet svar endnu · tjek hos Klarna</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>sender</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>lykkedes</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>mislykkedes</translation>
    </message>
</context>
<context>
    <name>KlarnaErrors</name>
    <message>
        <source>Klarna has no order with this id for these credentials. Check the order id, and that the profile uses the region and environment (live or playground) the order was placed in.</source>
        <translation>Klarna har ingen ordre med dette id for disse loginoplysninger. Kontrollér ordre-id&apos;et, og at profilen bruger samme region og miljø (live eller playground), som ordren blev oprettet i.</translation>
    </message>
    <message>
        <source>Klarna could not find the capture or refund this request names. Reload the order to see its current captures and refunds, then try again.</source>
        <translation>Klarna kunne ikke finde den aktivering eller refusion, som anmodningen gælder. Genindlæs ordren for at se dens aktuelle aktiveringer og refusioner, og prøv så igen.</translation>
    </message>
    <message>
        <source>Klarna could not find this capture on the order. Reload the order and choose one of its current captures.</source>
        <translation>Klarna kunne ikke finde denne aktivering på ordren. Genindlæs ordren, og vælg en af dens aktuelle aktiveringer.</translation>
    </message>
    <message>
        <source>The order id is not valid: Klarna order ids are UUIDs. Copy the order id again, for example from the Merchant Portal.</source>
        <translation>Ordre-id&apos;et er ugyldigt: Klarnas ordre-id&apos;er er UUID&apos;er. Kopiér ordre-id&apos;et igen, for eksempel fra Merchant Portal.</translation>
    </message>
    <message>
        <source>Klarna rejected a value in the request; its message names the field and the limit. Nothing was changed: correct that field and send again.</source>
        <translation>Klarna afviste en værdi i anmodningen; Klarnas meddelelse nævner feltet og grænsen. Intet er ændret: ret feltet, og send igen.</translation>
    </message>
    <message>
        <source>Klarna does not allow this action on the order in its current state; its message says why. Nothing was changed: reload the order to see its status and amounts.</source>
        <translation>Klarna tillader ikke denne handling på ordren i dens nuværende tilstand; Klarnas meddelelse siger hvorfor. Intet er ændret: genindlæs ordren for at se status og beløb.</translation>
    </message>
    <message>
        <source>Klarna did not capture: the order is cancelled or expired, or the amount is higher than the remaining authorized amount. Reload the order and capture at most the remaining authorized amount.</source>
        <translation>Klarna aktiverede ikke: ordren er annulleret eller udløbet, eller beløbet er højere end det resterende reserverede beløb. Genindlæs ordren, og aktivér højst det resterende reserverede beløb.</translation>
    </message>
    <message>
        <source>Klarna did not refund: the order has no captures, or the amount is higher than what was captured and not yet refunded. Reload the order and refund at most that amount.</source>
        <translation>Klarna refunderede ikke: ordren har ingen aktiveringer, eller beløbet er højere end det, der er aktiveret og endnu ikke refunderet. Genindlæs ordren, og refundér højst det beløb.</translation>
    </message>
    <message>
        <source>Klarna did not cancel the order because part of it is already captured. Refund what was captured instead, and release the remaining authorization if nothing more will be shipped.</source>
        <translation>Klarna annullerede ikke ordren, fordi en del af den allerede er aktiveret. Refundér i stedet det aktiverede beløb, og frigiv den resterende reservation, hvis der ikke skal sendes mere.</translation>
    </message>
    <message>
        <source>Klarna could not charge the customer&apos;s payment method, so nothing was captured. Do not ship yet: ask the customer to update their payment details, or contact Klarna merchant support.</source>
        <translation>Klarna kunne ikke trække betalingen på kundens betalingsmetode, så intet er aktiveret. Send ikke varerne endnu: bed kunden opdatere sine betalingsoplysninger, eller kontakt Klarnas butikssupport.</translation>
    </message>
    <message>
        <source>The request clashes with a change made to the order at the same time, for example in the Merchant Portal or the shop system. Reload the order and check whether the change is already there before sending it again.</source>
        <translation>Anmodningen kolliderer med en ændring, der blev foretaget på ordren samtidig, for eksempel i Merchant Portal eller i butikssystemet. Genindlæs ordren, og tjek, om ændringen allerede er der, før du sender den igen.</translation>
    </message>
    <message>
        <source>The request is larger than Klarna accepts (1 MB). Send fewer order lines or shipping details at a time.</source>
        <translation>Anmodningen er større, end Klarna modtager (1 MB). Send færre ordrelinjer eller færre forsendelsesoplysninger ad gangen.</translation>
    </message>
    <message>
        <source>Klarna found the address invalid. Check the street, postal code and city against the country&apos;s format and send it again.</source>
        <translation>Klarna vurderede adressen som ugyldig. Kontrollér vejnavn, postnummer og by ud fra landets format, og send den igen.</translation>
    </message>
    <message>
        <source>Klarna is receiving too many requests from this merchant account right now. Wait a few minutes and retry; the same idempotency key makes sure Klarna applies the change at most once.</source>
        <translation>Klarna modtager lige nu for mange anmodninger fra denne butikskonto. Vent et par minutter, og prøv igen; den samme idempotensnøgle sikrer, at Klarna højst udfører ændringen én gang.</translation>
    </message>
    <message>
        <source>Klarna had an internal error, so the change may or may not have been applied. Retry with the same idempotency key (Klarna applies it at most once); if it keeps failing, contact Klarna merchant support and quote the correlation id.</source>
        <translation>Klarna fik en intern fejl, så ændringen er måske udført, måske ikke. Prøv igen med den samme idempotensnøgle (Klarna udfører den højst én gang); hvis fejlen fortsætter, så kontakt Klarnas butikssupport, og oplys korrelations-id&apos;et.</translation>
    </message>
    <message>
        <source>Klarna&apos;s service is temporarily unavailable, so the change may or may not have been applied. Retry later with the same idempotency key; Klarna applies it at most once.</source>
        <translation>Klarnas tjeneste er midlertidigt utilgængelig, så ændringen er måske udført, måske ikke. Prøv igen senere med den samme idempotensnøgle; Klarna udfører den højst én gang.</translation>
    </message>
    <message>
        <source>Klarna&apos;s message: {message}</source>
        <translation>Klarnas meddelelse: {message}</translation>
    </message>
    <message>
        <source>Amounts in Klarna&apos;s message: {amounts}</source>
        <translation>Beløb i Klarnas meddelelse: {amounts}</translation>
    </message>
    <message>
        <source>Error code: {code}</source>
        <translation>Fejlkode: {code}</translation>
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
        <translation>rabat</translation>
    </message>
    <message>
        <source>shipping fee</source>
        <translation>fragtgebyr</translation>
    </message>
    <message>
        <source>sales tax</source>
        <translation>moms</translation>
    </message>
    <message>
        <source>store credit</source>
        <translation>tilgodehavende</translation>
    </message>
    <message>
        <source>gift card</source>
        <translation>gavekort</translation>
    </message>
    <message>
        <source>digital</source>
        <translation>digital</translation>
    </message>
    <message>
        <source>surcharge</source>
        <translation>tillægsgebyr</translation>
    </message>
    <message>
        <source>return fee</source>
        <translation>returgebyr</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Antal</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Enhedspris</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Rabat</translation>
    </message>
    <message>
        <source>Tax rate %</source>
        <translation>Moms %</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>I alt</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Moms</translation>
    </message>
    <message>
        <source>Line {number} ({name})</source>
        <translation>Linje {number} ({name})</translation>
    </message>
    <message>
        <source>Line {number}</source>
        <translation>Linje {number}</translation>
    </message>
    <message>
        <source>{line}: {problem}</source>
        <translation>{line}: {problem}</translation>
    </message>
    <message>
        <source>{line}: discount {discount} is more than the line&apos;s {limit} (quantity × unit price); at most {limit}.</source>
        <translation>{line}: rabatten {discount} er større end linjens {limit} (antal × enhedspris); højst {limit}.</translation>
    </message>
    <message>
        <source>Computed: quantity × unit price − discount; tax included at the rate.</source>
        <translation>Beregnet: antal × enhedspris − rabat; moms inkluderet efter satsen.</translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <translation>{field}: {problem}</translation>
    </message>
    <message>
        <source>name</source>
        <translation>navn</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>reference</translation>
    </message>
    <message>
        <source>type</source>
        <translation>type</translation>
    </message>
    <message>
        <source>quantity</source>
        <translation>antal</translation>
    </message>
    <message>
        <source>unit price</source>
        <translation>enhedspris</translation>
    </message>
    <message>
        <source>discount</source>
        <translation>rabat</translation>
    </message>
    <message>
        <source>tax rate</source>
        <translation>momssats</translation>
    </message>
    <message>
        <source>{typed} is not a line type; use one of {types}</source>
        <translation>{typed} er ikke en linjetype; brug en af {types}</translation>
    </message>
    <message>
        <source>quantity must be a whole number from 0 to {max}; {typed} is not</source>
        <translation>antal skal være et heltal fra 0 til {max}; {typed} er det ikke</translation>
    </message>
    <message>
        <source>Line type</source>
        <translation>Linjetype</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Capture…</source>
        <translation>&amp;Aktivér…</translation>
    </message>
    <message>
        <source>&amp;Refund…</source>
        <translation>&amp;Refundér…</translation>
    </message>
    <message>
        <source>Ca&amp;ncel order…</source>
        <translation>A&amp;nnullér ordre…</translation>
    </message>
    <message>
        <source>Re&amp;lease remaining authorization…</source>
        <translation>&amp;Frigiv resterende reservation…</translation>
    </message>
    <message>
        <source>E&amp;xtend authorization time…</source>
        <translation>Forl&amp;æng reservationstiden…</translation>
    </message>
    <message>
        <source>Update order &amp;amount and lines…</source>
        <translation>Ændr &amp;ordrebeløb og linjer…</translation>
    </message>
    <message>
        <source>Edit shipping &amp;address…</source>
        <translation>Redigér &amp;leveringsadresse…</translation>
    </message>
    <message>
        <source>&amp;Merchant references…</source>
        <translation>&amp;Butiksreferencer…</translation>
    </message>
    <message>
        <source>Add &amp;shipping info…</source>
        <translation>Tilføj forsendel&amp;sesoplysninger…</translation>
    </message>
    <message>
        <source>Ac&amp;knowledge</source>
        <translation>Bekræft &amp;modtagelse</translation>
    </message>
    <message>
        <source>Add shipping info to capture…</source>
        <translation>Tilføj forsendelsesoplysninger til aktivering…</translation>
    </message>
    <message>
        <source>Extend &amp;due date…</source>
        <translation>Forlæng forfalds&amp;dato…</translation>
    </message>
    <message>
        <source>Resend customer &amp;communication…</source>
        <translation>Send kunde&amp;udsendelsen igen…</translation>
    </message>
    <message>
        <source>Lines tab</source>
        <translation>Fanen Linjer</translation>
    </message>
    <message>
        <source>Captures tab</source>
        <translation>Fanen Aktiveringer</translation>
    </message>
    <message>
        <source>Refunds tab</source>
        <translation>Fanen Refusioner</translation>
    </message>
    <message>
        <source>Shipping tab</source>
        <translation>Fanen Forsendelse</translation>
    </message>
    <message>
        <source>Customer tab</source>
        <translation>Fanen Kunde</translation>
    </message>
    <message>
        <source>History tab</source>
        <translation>Fanen Historik</translation>
    </message>
    <message>
        <source>Raw tab</source>
        <translation>Fanen Rå data</translation>
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
        <translation>Den aktive profils miljø</translation>
    </message>
    <message>
        <source>READ-ONLY</source>
        <translation>SKRIVEBESKYTTET</translation>
    </message>
    <message>
        <source>&amp;Refresh order</source>
        <translation>Opda&amp;tér ordre</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Handlinger</translation>
    </message>
    <message>
        <source>More actions</source>
        <translation>Flere handlinger</translation>
    </message>
    <message>
        <source>More order actions</source>
        <translation>Flere ordrehandlinger</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Filer</translation>
    </message>
    <message>
        <source>&amp;Import order IDs…</source>
        <translation>&amp;Importér ordre-id&apos;er…</translation>
    </message>
    <message>
        <source>&amp;Export orders…</source>
        <translation>&amp;Eksportér ordrer…</translation>
    </message>
    <message>
        <source>&amp;Profiles…</source>
        <translation>&amp;Profiler…</translation>
    </message>
    <message>
        <source>Reset sandbox demo data…</source>
        <translation>Nulstil sandkassens demodata…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afslut</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <source>&amp;Find orders</source>
        <translation>&amp;Find ordrer</translation>
    </message>
    <message>
        <source>&amp;Order</source>
        <translation>&amp;Ordre</translation>
    </message>
    <message>
        <source>&amp;Bulk</source>
        <translation>&amp;Masse</translation>
    </message>
    <message>
        <source>Capture selected orders in full…</source>
        <translation>Aktivér valgte ordrer fuldt ud…</translation>
    </message>
    <message>
        <source>Extend authorization of selected orders…</source>
        <translation>Forlæng reservationen af valgte ordrer…</translation>
    </message>
    <message>
        <source>Pa&amp;youts</source>
        <translation>&amp;Udbetalinger</translation>
    </message>
    <message>
        <source>&amp;Payouts…</source>
        <translation>&amp;Udbetalinger…</translation>
    </message>
    <message>
        <source>&amp;Sync payouts now</source>
        <translation>&amp;Synkronisér udbetalinger nu</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjælp</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastaturgenveje</translation>
    </message>
    <message>
        <source>&amp;About Klarna Order Console</source>
        <translation>&amp;Om Klarna Order Console</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprog</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprog</translation>
    </message>
    <message>
        <source>The language changes when Klarna Order Console is next started.</source>
        <translation>Sproget skifter, næste gang Klarna Order Console startes.</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastaturgenveje</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Taster</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Kommando</translation>
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
        <translation>Flyt mellem søgefeltet, resultaterne og ordren</translation>
    </message>
    <message>
        <source>Show the previous or next order in the results</source>
        <translation>Vis den forrige eller næste ordre i resultaterne</translation>
    </message>
    <message>
        <source>Shift+↑ ↓, Shift+click</source>
        <translation>Shift+↑ ↓, Shift+klik</translation>
    </message>
    <message>
        <source>Select a range of orders (for Bulk and Export)</source>
        <translation>Vælg et interval af ordrer (til Masse og Eksport)</translation>
    </message>
    <message>
        <source>Ctrl+click, Ctrl+A</source>
        <translation>Ctrl+klik, Ctrl+A</translation>
    </message>
    <message>
        <source>Add an order to the selection; select all</source>
        <translation>Føj en ordre til udvalget; vælg alle</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Open the order and move to its tabs</source>
        <translation>Åbn ordren, og gå til dens faner</translation>
    </message>
    <message>
        <source>Klarna Order Console — {profile} ({environment})</source>
        <translation>Klarna Order Console — {profile} ({environment})</translation>
    </message>
    <message>
        <source>Open an order first.</source>
        <translation>Åbn først en ordre.</translation>
    </message>
    <message>
        <source>{action}: not possible. {reason}</source>
        <translation>{action}: ikke muligt. {reason}</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Copy correlation id</source>
        <translation>Kopiér korrelations-id</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Luk meddelelse</translation>
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
        <translation>Kopieret</translation>
    </message>
</context>
<context>
    <name>OpenWritePanel</name>
    <message>
        <source>Earlier action without an answer</source>
        <translation>Tidligere handling uden svar</translation>
    </message>
    <message>
        <source>Send &amp;again with the same key</source>
        <translation>Send &amp;igen med samme nøgle</translation>
    </message>
    <message>
        <source>Send again with the same idempotency key</source>
        <translation>Send igen med den samme idempotensnøgle</translation>
    </message>
    <message>
        <source>Chec&amp;k with Klarna</source>
        <translation>T&amp;jek hos Klarna</translation>
    </message>
    <message>
        <source>Check with Klarna</source>
        <translation>Tjek hos Klarna</translation>
    </message>
    <message>
        <source>What Klarna shows</source>
        <translation>Hvad Klarna viser</translation>
    </message>
    <message>
        <source>Why you are sure it was not applied, e.g. checked in the Merchant Portal</source>
        <translation>Hvorfor du er sikker på, at den ikke blev udført, f.eks. tjekket i Merchant Portal</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>&amp;Mark not applied</source>
        <translation>&amp;Markér som ikke udført</translation>
    </message>
    <message>
        <source>Mark not applied</source>
        <translation>Markér som ikke udført</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
</context>
<context>
    <name>OrderHeader</name>
    <message>
        <source>Order</source>
        <translation>Ordre</translation>
    </message>
    <message>
        <source>Klarna&apos;s status of the order</source>
        <translation>Klarnas status for ordren</translation>
    </message>
    <message>
        <source>Worked out by the console from the order&apos;s refunds</source>
        <translation>Udledt af konsollen ud fra ordrens refusioner</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Opdatér</translation>
    </message>
    <message>
        <source>Refresh order</source>
        <translation>Opdatér ordre</translation>
    </message>
    <message>
        <source>Read the order from Klarna again (Ctrl+R)</source>
        <translation>Læs ordren fra Klarna igen (Ctrl+R)</translation>
    </message>
    <message>
        <source>Order amount</source>
        <translation>Ordrebeløb</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>Aktiveret</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Refunderet</translation>
    </message>
    <message>
        <source>Remaining to capture</source>
        <translation>Rest til aktivering</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Udløber</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Betaling</translation>
    </message>
    <message>
        <source>Merchant references</source>
        <translation>Butiksreferencer</translation>
    </message>
    <message>
        <source>Order id</source>
        <translation>Ordre-id</translation>
    </message>
    <message>
        <source>Read from Klarna</source>
        <translation>Læst fra Klarna</translation>
    </message>
    <message>
        <source>Merchant refs</source>
        <translation>Butiksref.</translation>
    </message>
    <message>
        <source>Order {order}</source>
        <translation>Ordre {order}</translation>
    </message>
    <message>
        <source>Fraud: {status}</source>
        <translation>Svindelkontrol: {status}</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>endnu ikke</translation>
    </message>
    <message>
        <source>Nothing is left to capture, so the authorization&apos;s expiry no longer matters.</source>
        <translation>Der er intet tilbage at aktivere, så reservationens udløb betyder ikke længere noget.</translation>
    </message>
    <message>
        <source>⚠ {expiry}: capture or extend soon</source>
        <translation>⚠ {expiry}: aktivér eller forlæng snart</translation>
    </message>
    <message>
        <source>{expiry}: expired</source>
        <translation>{expiry}: udløbet</translation>
    </message>
</context>
<context>
    <name>OrderStatus</name>
    <message>
        <source>Authorized</source>
        <translation>Reserveret</translation>
    </message>
    <message>
        <source>Part captured</source>
        <translation>Delvist aktiveret</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>Aktiveret</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulleret</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Udløbet</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Lukket</translation>
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
        <translation>rabat</translation>
    </message>
    <message>
        <source>shipping fee</source>
        <translation>fragtgebyr</translation>
    </message>
    <message>
        <source>sales tax</source>
        <translation>moms</translation>
    </message>
    <message>
        <source>store credit</source>
        <translation>tilgodehavende</translation>
    </message>
    <message>
        <source>gift card</source>
        <translation>gavekort</translation>
    </message>
    <message>
        <source>surcharge</source>
        <translation>tillægsgebyr</translation>
    </message>
    <message>
        <source>return fee</source>
        <translation>returgebyr</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Antal</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Enhedspris</translation>
    </message>
    <message>
        <source>Tax rate</source>
        <translation>Momssats</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Rabat</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>I alt</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Moms</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Note: {note}</translation>
    </message>
    <message>
        <source>Attn: {name}</source>
        <translation>Att.: {name}</translation>
    </message>
    <message>
        <source>Billing address</source>
        <translation>Faktureringsadresse</translation>
    </message>
    <message>
        <source>Shipping address</source>
        <translation>Leveringsadresse</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Klarna does not let merchants change it (risk assessment).</source>
        <translation>Klarna lader ikke butikker ændre den (risikovurdering).</translation>
    </message>
    <message>
        <source>Can be changed while the order is open.</source>
        <translation>Kan ændres, mens ordren er åben.</translation>
    </message>
    <message>
        <source>Date of birth: {date}</source>
        <translation>Fødselsdato: {date}</translation>
    </message>
    <message>
        <source>National id: •••• {last_digits}</source>
        <translation>Personnummer: •••• {last_digits}</translation>
    </message>
    <message>
        <source>Country: {country} · Locale: {locale}</source>
        <translation>Land: {country} · Sprogindstilling: {locale}</translation>
    </message>
</context>
<context>
    <name>OrderView</name>
    <message>
        <source>Search for an order on the left, or paste an order id.</source>
        <translation>Søg efter en ordre til venstre, eller indsæt et ordre-id.</translation>
    </message>
    <message>
        <source>Klarna ref</source>
        <translation>Klarna-ref.</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>Aktiveret</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Beløb</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Refunderet</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Shipments</source>
        <translation>Forsendelser</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Linjer</translation>
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
        <translation>Refusions-id</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Gælder</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Fragtfirma</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Metode</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Trackingnummer</translation>
    </message>
    <message>
        <source>Return carrier</source>
        <translation>Returfragtfirma</translation>
    </message>
    <message>
        <source>Return tracking</source>
        <translation>Retur-tracking</translation>
    </message>
    <message>
        <source>Tracking link</source>
        <translation>Trackinglink</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Tidspunkt</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Handling</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Recorded by another window ({window})</source>
        <translation>Registreret af et andet vindue ({window})</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Af</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fejl</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meddelelse</translation>
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
        <translation>Idempotensnøgle</translation>
    </message>
    <message>
        <source>Order details</source>
        <translation>Ordredetaljer</translation>
    </message>
    <message>
        <source>Order lines</source>
        <translation>Ordrelinjer</translation>
    </message>
    <message>
        <source>This order has no lines.</source>
        <translation>Ordren har ingen linjer.</translation>
    </message>
    <message>
        <source>Captures</source>
        <translation>Aktiveringer</translation>
    </message>
    <message>
        <source>Nothing has been captured yet.</source>
        <translation>Intet er aktiveret endnu.</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Refusioner</translation>
    </message>
    <message>
        <source>Nothing has been refunded.</source>
        <translation>Intet er refunderet.</translation>
    </message>
    <message>
        <source>Shipping information</source>
        <translation>Forsendelsesoplysninger</translation>
    </message>
    <message>
        <source>No shipping information yet: add carriers and tracking numbers with Order → Add shipping info, or when capturing.</source>
        <translation>Ingen forsendelsesoplysninger endnu: tilføj fragtfirmaer og trackingnumre med Ordre → Tilføj forsendelsesoplysninger, eller ved aktiveringen.</translation>
    </message>
    <message>
        <source>Selected shipping option</source>
        <translation>Valgt leveringsmetode</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historik</translation>
    </message>
    <message>
        <source>Nothing has been done to this order from this console yet.

Every capture, refund and change sent from here is listed, with Klarna&apos;s answer and correlation id. Klarna&apos;s API keeps no history of its own; its Merchant Portal keeps about a week of API logs.</source>
        <translation>Der er endnu ikke gjort noget ved denne ordre fra denne konsol.

Hver aktivering, refusion og ændring, der sendes herfra, vises her med Klarnas svar og korrelations-id. Klarnas API gemmer ingen egen historik; Merchant Portal gemmer omkring en uges API-logge.</translation>
    </message>
    <message>
        <source>Order as JSON</source>
        <translation>Ordren som JSON</translation>
    </message>
    <message>
        <source>&amp;Lines</source>
        <translation>&amp;Linjer</translation>
    </message>
    <message>
        <source>&amp;Captures</source>
        <translation>&amp;Aktiveringer</translation>
    </message>
    <message>
        <source>Re&amp;funds</source>
        <translation>&amp;Refusioner</translation>
    </message>
    <message>
        <source>&amp;Shipping</source>
        <translation>&amp;Forsendelse</translation>
    </message>
    <message>
        <source>C&amp;ustomer</source>
        <translation>&amp;Kunde</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historik</translation>
    </message>
    <message>
        <source>Ra&amp;w</source>
        <translation>R&amp;å data</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Ordre</translation>
    </message>
    <message>
        <source>Capture {capture}</source>
        <translation>Aktivering {capture}</translation>
    </message>
    <message>
        <source>Shipping option chosen at checkout: none recorded.</source>
        <translation>Leveringsmetode valgt i kassen: ingen registreret.</translation>
    </message>
    <message>
        <source>pick-up at {place}</source>
        <translation>afhentning på {place}</translation>
    </message>
    <message>
        <source>Shipping option chosen at checkout: {option}</source>
        <translation>Leveringsmetode valgt i kassen: {option}</translation>
    </message>
</context>
<context>
    <name>PayoutColumns</name>
    <message>
        <source>not yet</source>
        <translation>endnu ikke</translation>
    </message>
    <message>
        <source>not synced</source>
        <translation>ikke synkroniseret</translation>
    </message>
    <message>
        <source>{fee}: {amount} + VAT {vat}</source>
        <translation>{fee}: {amount} + moms {vat}</translation>
    </message>
    <message>
        <source>Paid out</source>
        <translation>Udbetalt</translation>
    </message>
    <message>
        <source>Klarna&apos;s payout that paid this capture (payment reference as on the bank statement)</source>
        <translation>Klarnas udbetaling, der betalte denne aktivering (betalingsreference som på kontoudtoget)</translation>
    </message>
    <message>
        <source>In no synced payout yet (Payouts → Sync payouts now)</source>
        <translation>Endnu ikke i nogen synkroniseret udbetaling (Udbetalinger → Synkronisér udbetalinger nu)</translation>
    </message>
    <message>
        <source>Klarna fees</source>
        <translation>Klarnas gebyrer</translation>
    </message>
    <message>
        <source>Deducted</source>
        <translation>Fratrukket</translation>
    </message>
    <message>
        <source>Klarna&apos;s payout that deducted this refund</source>
        <translation>Klarnas udbetaling, der fratrak denne refusion</translation>
    </message>
    <message>
        <source>In no synced payout yet</source>
        <translation>Endnu ikke i nogen synkroniseret udbetaling</translation>
    </message>
</context>
<context>
    <name>PayoutsController</name>
    <message>
        <source>Could not sync Klarna&apos;s payouts</source>
        <translation>Kunne ikke synkronisere Klarnas udbetalinger</translation>
    </message>
    <message>
        <source>Syncing Klarna&apos;s payouts: payouts {done}/{total}</source>
        <translation>Synkroniserer Klarnas udbetalinger: udbetalinger {done}/{total}</translation>
    </message>
    <message>
        <source>Syncing Klarna&apos;s payouts: new orders {done}/{total}</source>
        <translation>Synkroniserer Klarnas udbetalinger: nye ordrer {done}/{total}</translation>
    </message>
    <message>
        <source>{reference} is Klarna&apos;s payout of {date}: {amount} paid out. Its orders are listed; Payouts → Payouts… shows its sales, returns and fees.</source>
        <translation>{reference} er Klarnas udbetaling fra {date}: {amount} udbetalt. Dens ordrer er vist; Udbetalinger → Udbetalinger… viser dens salg, returneringer og gebyrer.</translation>
    </message>
    <message>
        <source>Save Klarna&apos;s {format} report</source>
        <translation>Gem Klarnas {format}-rapport</translation>
    </message>
    <message>
        <source>{format} files (*.{extension})</source>
        <translation>{format}-filer (*.{extension})</translation>
    </message>
    <message>
        <source>Could not save the {format} report</source>
        <translation>Kunne ikke gemme {format}-rapporten</translation>
    </message>
    <message>
        <source>Saved Klarna&apos;s report of payout {reference} to {path}.</source>
        <translation>Klarnas rapport for udbetalingen {reference} er gemt i {path}.</translation>
    </message>
    <message>
        <source>Export payouts</source>
        <translation>Eksportér udbetalinger</translation>
    </message>
    <message>
        <source>Could not export the payouts</source>
        <translation>Kunne ikke eksportere udbetalingerne</translation>
    </message>
</context>
<context>
    <name>PayoutsView</name>
    <message>
        <source>Payouts</source>
        <translation>Udbetalinger</translation>
    </message>
    <message>
        <source>Payouts from</source>
        <translation>Udbetalinger fra</translation>
    </message>
    <message>
        <source>Payouts until</source>
        <translation>Udbetalinger til</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Any currency</source>
        <translation>Alle valutaer</translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation>S&amp;ynkronisér nu</translation>
    </message>
    <message>
        <source>Read Klarna&apos;s payouts since the From date (at least the last 90 days) and fetch the orders they name</source>
        <translation>Læs Klarnas udbetalinger siden Fra-datoen (mindst de seneste 90 dage), og hent de ordrer, de nævner</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>S&amp;top</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Synkroniseringsforløb</translation>
    </message>
    <message>
        <source>Sync status</source>
        <translation>Synkroniseringsstatus</translation>
    </message>
    <message>
        <source>Payout date</source>
        <translation>Udbetalingsdato</translation>
    </message>
    <message>
        <source>Payment reference</source>
        <translation>Betalingsreference</translation>
    </message>
    <message>
        <source>Cur.</source>
        <translation>Val.</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Salg</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Returneringer</translation>
    </message>
    <message>
        <source>Fees + VAT</source>
        <translation>Gebyrer + moms</translation>
    </message>
    <message>
        <source>Debt repaid</source>
        <translation>Gæld betalt</translation>
    </message>
    <message>
        <source>New debt: {amount}</source>
        <translation>Ny gæld: {amount}</translation>
    </message>
    <message>
        <source>Paid out</source>
        <translation>Udbetalt</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>Transaktioner</translation>
    </message>
    <message>
        <source>synced</source>
        <translation>synkroniseret</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>endnu ikke</translation>
    </message>
    <message>
        <source>No payouts synced for these dates.

Sync now reads them from Klarna.</source>
        <translation>Ingen udbetalinger synkroniseret for disse datoer.

Synkronisér nu læser dem fra Klarna.</translation>
    </message>
    <message>
        <source>Totals of the listed payouts</source>
        <translation>Totaler for de viste udbetalinger</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalje</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Beløb</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>Moms</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Ordre</translation>
    </message>
    <message>
        <source>Capture / refund</source>
        <translation>Aktivering / refusion</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Merchant ref.</source>
        <translation>Butiksref.</translation>
    </message>
    <message>
        <source>Transactions of the selected payout</source>
        <translation>Transaktioner i den valgte udbetaling</translation>
    </message>
    <message>
        <source>Choose a payout to see its sales, returns and fees.</source>
        <translation>Vælg en udbetaling for at se dens salg, returneringer og gebyrer.</translation>
    </message>
    <message>
        <source>Save Klarna &amp;CSV…</source>
        <translation>Gem Klarnas &amp;CSV…</translation>
    </message>
    <message>
        <source>Save Klarna &amp;PDF…</source>
        <translation>Gem Klarnas &amp;PDF…</translation>
    </message>
    <message>
        <source>Klarna&apos;s own {format} report of the selected payout</source>
        <translation>Klarnas egen {format}-rapport for den valgte udbetaling</translation>
    </message>
    <message>
        <source>&amp;Export list…</source>
        <translation>&amp;Eksportér liste…</translation>
    </message>
    <message>
        <source>The listed payouts and their totals as a CSV file</source>
        <translation>De viste udbetalinger og deres totaler som CSV-fil</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Fra</translation>
    </message>
    <message>
        <source>&amp;until</source>
        <translation>&amp;til</translation>
    </message>
    <message>
        <source>Reading payouts…</source>
        <translation>Læser udbetalinger…</translation>
    </message>
    <message>
        <source>Payout transactions {done}/{total}</source>
        <translation>Udbetalingstransaktioner {done}/{total}</translation>
    </message>
    <message>
        <source>New orders {done}/{total}</source>
        <translation>Nye ordrer {done}/{total}</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>Synkroniseret</translation>
    </message>
    <message>
        <source>Stopped; Sync resumes</source>
        <translation>Stoppet; synkronisering genoptager</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>Synkronisering mislykkedes</translation>
    </message>
</context>
<context>
    <name>PickLines</name>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Tilgængelig</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Enhedspris</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Antal</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Beløb</translation>
    </message>
    <message>
        <source>Line {number} ({name})</source>
        <translation>Linje {number} ({name})</translation>
    </message>
    <message>
        <source>Line {number}</source>
        <translation>Linje {number}</translation>
    </message>
    <message>
        <source>{line}: quantity at most {left} can be picked (what is left of the line).</source>
        <translation>{line}: der kan højst vælges antal {left} (det, der er tilbage af linjen).</translation>
    </message>
    <message>
        <source>{line}: quantity must be a whole number from 0 to {left}; {typed} cannot be typed.</source>
        <translation>{line}: antal skal være et heltal fra 0 til {left}; {typed} kan ikke angives.</translation>
    </message>
    <message>
        <source>{left} of {quantity}</source>
        <translation>{left} af {quantity}</translation>
    </message>
    <message>
        <source>Nothing of this line is left.</source>
        <translation>Der er intet tilbage af denne linje.</translation>
    </message>
    <message>
        <source>Quantity of {name}</source>
        <translation>Antal af {name}</translation>
    </message>
</context>
<context>
    <name>Plurals</name>
    <message numerus="yes">
        <source>%n selected order(s)</source>
        <translation>
            <numerusform>%n valgt ordre</numerusform>
            <numerusform>%n valgte ordrer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Capture %n selected order(s) in full…</source>
        <translation>
            <numerusform>Aktivér %n valgt ordre fuldt ud…</numerusform>
            <numerusform>Aktivér %n valgte ordrer fuldt ud…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Extend authorization of %n selected order(s)…</source>
        <translation>
            <numerusform>Forlæng reservationen af %n valgt ordre…</numerusform>
            <numerusform>Forlæng reservationen af %n valgte ordrer…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Export %n selected order(s)…</source>
        <translation>
            <numerusform>&amp;Eksportér %n valgt ordre…</numerusform>
            <numerusform>&amp;Eksportér %n valgte ordrer…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Export %n order(s)…</source>
        <translation>
            <numerusform>&amp;Eksportér %n ordre…</numerusform>
            <numerusform>&amp;Eksportér %n ordrer…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>for %n minut siden</numerusform>
            <numerusform>for %n minutter siden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s)</source>
        <translation>
            <numerusform>%Ln ordre</numerusform>
            <numerusform>%Ln ordrer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s) · {selected} selected</source>
        <translation>
            <numerusform>%Ln ordre · {selected} valgt</numerusform>
            <numerusform>%Ln ordrer · {selected} valgt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Authorizations that expire within %n day(s): capture or extend them</source>
        <translation>
            <numerusform>Reservationer, der udløber inden for %n dag: aktivér eller forlæng dem</numerusform>
            <numerusform>Reservationer, der udløber inden for %n dage: aktivér eller forlæng dem</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Captures older than %n day(s) (the usual payout delay) that are in no synced payout yet: ask Klarna, or sync payouts again</source>
        <translation>
            <numerusform>Aktiveringer ældre end %n dag (den normale udbetalingsforsinkelse), som endnu ikke er i nogen synkroniseret udbetaling: spørg Klarna, eller synkronisér udbetalinger igen</numerusform>
            <numerusform>Aktiveringer ældre end %n dage (den normale udbetalingsforsinkelse), som endnu ikke er i nogen synkroniseret udbetaling: spørg Klarna, eller synkronisér udbetalinger igen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dag</numerusform>
            <numerusform>%n dage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln payout(s)</source>
        <translation>
            <numerusform>%Ln udbetaling</numerusform>
            <numerusform>%Ln udbetalinger</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln payout(s) · paid out {amount}</source>
        <translation>
            <numerusform>%Ln udbetaling · {amount} udbetalt</numerusform>
            <numerusform>%Ln udbetalinger · {amount} udbetalt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Payouts synced: %Ln in the last {days} days</source>
        <translation>
            <numerusform>Udbetalinger synkroniseret: %Ln i de seneste {days} dage</numerusform>
            <numerusform>Udbetalinger synkroniseret: %Ln i de seneste {days} dage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Payouts synced: %Ln in the last {days} days, {found} new orders found</source>
        <translation>
            <numerusform>Udbetalinger synkroniseret: %Ln i de seneste {days} dage, {found} nye ordrer fundet</numerusform>
            <numerusform>Udbetalinger synkroniseret: %Ln i de seneste {days} dage, {found} nye ordrer fundet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln payout(s) to {path}.</source>
        <translation>
            <numerusform>Eksporterede %Ln udbetaling til {path}.</numerusform>
            <numerusform>Eksporterede %Ln udbetalinger til {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) started over 23 hours ago never got an answer, and their keys are too old to send again safely. Open each order and use Check with Klarna in its action: {orders}</source>
        <translation>
            <numerusform>%n handling startet for over 23 timer siden fik aldrig svar, og dens nøgle er for gammel til at sende igen på sikker vis. Åbn ordren, og brug Tjek hos Klarna i handlingen: {orders}</numerusform>
            <numerusform>%n handlinger startet for over 23 timer siden fik aldrig svar, og deres nøgler er for gamle til at sende igen på sikker vis. Åbn hver ordre, og brug Tjek hos Klarna i handlingen: {orders}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>om %n dag</numerusform>
            <numerusform>om %n dage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>for %n dag siden</numerusform>
            <numerusform>for %n dage siden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Profiles</name>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Vært</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Miljø</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>Basis-URL</translation>
    </message>
    <message>
        <source>API username</source>
        <translation>API-brugernavn</translation>
    </message>
    <message>
        <source>API password</source>
        <translation>API-adgangskode</translation>
    </message>
    <message>
        <source>Badge colour</source>
        <translation>Profilfarve</translation>
    </message>
    <message>
        <source>Profile id</source>
        <translation>Profil-id</translation>
    </message>
    <message>
        <source>Team store</source>
        <translation>Teamdatabase</translation>
    </message>
    <message>
        <source>Agent name</source>
        <translation>Medarbejderens navn</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
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
        <translation>Brugerdefineret URL</translation>
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
        <translation>Tilføj profil</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <source>Playground (test)</source>
        <translation>Playground (test)</translation>
    </message>
    <message>
        <source>Production (real money)</source>
        <translation>Produktion (rigtige penge)</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>Read-only: look at orders, never change them</source>
        <translation>Skrivebeskyttet: se ordrer, aldrig ændre dem</translation>
    </message>
    <message>
        <source>empty: this computer&apos;s own store; or postgresql://user@server/database</source>
        <translation>tom: denne computers egen database; eller postgresql://bruger@server/database</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Vært</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Miljø</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>Basis-URL</translation>
    </message>
    <message>
        <source>API username</source>
        <translation>API-brugernavn</translation>
    </message>
    <message>
        <source>API password</source>
        <translation>API-adgangskode</translation>
    </message>
    <message>
        <source>Badge colour</source>
        <translation>Profilfarve</translation>
    </message>
    <message>
        <source>Team store</source>
        <translation>Teamdatabase</translation>
    </message>
    <message>
        <source>Team store password</source>
        <translation>Adgangskode til teamdatabasen</translation>
    </message>
    <message>
        <source>Agent name</source>
        <translation>Medarbejderens navn</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Skrivebeskyttet</translation>
    </message>
    <message>
        <source>Kept {where}.</source>
        <translation>Gemmes {where}.</translation>
    </message>
    <message>
        <source>Where the password is kept</source>
        <translation>Hvor adgangskoden gemmes</translation>
    </message>
    <message>
        <source>Problems with this profile</source>
        <translation>Problemer med denne profil</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Resultat af forbindelsestest</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Test forbindelse</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Gem</translation>
    </message>
    <message>
        <source>Save and open</source>
        <translation>Gem og åbn</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message>
        <source>The Sandbox is built in: demo orders in a simulator of Klarna Order Management on this computer. No account, no network, no real money. It cannot be edited or removed.</source>
        <translation>Sandbox er indbygget: demoordrer i en simulator af Klarna Order Management på denne computer. Ingen konto, intet netværk, ingen rigtige penge. Den kan ikke redigeres eller fjernes.</translation>
    </message>
    <message>
        <source>stored ({backend}); type to replace</source>
        <translation>gemt ({backend}); skriv for at erstatte</translation>
    </message>
    <message>
        <source>required</source>
        <translation>påkrævet</translation>
    </message>
    <message>
        <source>stored; type to replace</source>
        <translation>gemt; skriv for at erstatte</translation>
    </message>
    <message>
        <source>if the server asks for one</source>
        <translation>hvis serveren beder om en</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Ny profil</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gemt.</translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation>Fjern profil</translation>
    </message>
    <message>
        <source>Remove profile {name} and its stored password? Its local order cache and history stay on disk.</source>
        <translation>Fjern profilen {name} og dens gemte adgangskode? Dens lokale ordrecache og historik bliver på disken.</translation>
    </message>
    <message>
        <source>Type the API password to test the connection.</source>
        <translation>Skriv API-adgangskoden for at teste forbindelsen.</translation>
    </message>
    <message>
        <source>Testing {url}…</source>
        <translation>Tester {url}…</translation>
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
        <translation>Annuller</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Gem</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Kassér</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anvend</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Nulstil</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Åbn</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hjælp</translation>
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
        <translation>Afbryd</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Prøv igen</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Gendan standarder</translation>
    </message>
</context>
<context>
    <name>Reasons</name>
    <message>
        <source>Capture not possible.</source>
        <translation>Aktivering ikke mulig.</translation>
    </message>
    <message>
        <source>Refund not possible.</source>
        <translation>Refusion ikke mulig.</translation>
    </message>
    <message>
        <source>Cancel not possible.</source>
        <translation>Annullering ikke mulig.</translation>
    </message>
    <message>
        <source>Remaining authorization cannot be released.</source>
        <translation>Den resterende reservation kan ikke frigives.</translation>
    </message>
    <message>
        <source>Authorization time cannot be extended.</source>
        <translation>Reservationstiden kan ikke forlænges.</translation>
    </message>
    <message>
        <source>Order authorization cannot be updated.</source>
        <translation>Ordrens reservation kan ikke ændres.</translation>
    </message>
    <message>
        <source>Customer details cannot be updated.</source>
        <translation>Kundeoplysningerne kan ikke ændres.</translation>
    </message>
    <message>
        <source>Merchant references cannot be updated.</source>
        <translation>Butiksreferencerne kan ikke ændres.</translation>
    </message>
    <message>
        <source>Shipping info cannot be added to the capture.</source>
        <translation>Forsendelsesoplysninger kan ikke tilføjes til aktiveringen.</translation>
    </message>
    <message>
        <source>Send out cannot be triggered for the capture.</source>
        <translation>Kundeudsendelsen for aktiveringen kan ikke sendes igen.</translation>
    </message>
    <message>
        <source>Due date cannot be extended for the capture.</source>
        <translation>Forfaldsdatoen for aktiveringen kan ikke forlænges.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>tekst</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>et heltal</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>en liste</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>et objekt</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>sand eller falsk</translation>
    </message>
    <message>
        <source>a decimal number</source>
        <translation>et decimaltal</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>tom</translation>
    </message>
    <message>
        <source> (got {got})</source>
        <translation> (angivet: {got})</translation>
    </message>
    <message>
        <source>Order is already cancelled.</source>
        <translation>Ordren er allerede annulleret.</translation>
    </message>
    <message>
        <source>Order is cancelled.</source>
        <translation>Ordren er annulleret.</translation>
    </message>
    <message>
        <source>Order is expired.</source>
        <translation>Ordren er udløbet.</translation>
    </message>
    <message>
        <source>Order is closed.</source>
        <translation>Ordren er lukket.</translation>
    </message>
    <message>
        <source>Order is pending fraud review.</source>
        <translation>Ordren afventer svindelkontrol.</translation>
    </message>
    <message>
        <source>Order was rejected in fraud review.</source>
        <translation>Ordren blev afvist i svindelkontrollen.</translation>
    </message>
    <message>
        <source>Order is fully captured.</source>
        <translation>Ordren er fuldt aktiveret.</translation>
    </message>
    <message>
        <source>Order is fully refunded.</source>
        <translation>Ordren er fuldt refunderet.</translation>
    </message>
    <message>
        <source>Order has no captures.</source>
        <translation>Ordren har ingen aktiveringer.</translation>
    </message>
    <message>
        <source>Order has previous captures.</source>
        <translation>Ordren har tidligere aktiveringer.</translation>
    </message>
    <message>
        <source>Order has no remaining authorization.</source>
        <translation>Ordren har intet resterende reserveret beløb.</translation>
    </message>
    <message>
        <source>Refunded amount cannot be negative.</source>
        <translation>Refunderet beløb kan ikke være negativt.</translation>
    </message>
    <message>
        <source>Captured amount cannot be negative.</source>
        <translation>Aktiveret beløb kan ikke være negativt.</translation>
    </message>
    <message>
        <source>Captured amount {amount} is higher than the remaining authorized amount {remaining}.</source>
        <translation>Aktiveret beløb {amount} er højere end det resterende reserverede beløb {remaining}.</translation>
    </message>
    <message>
        <source>Refunded amount {amount} is higher than the captured amount not yet refunded {refundable}.</source>
        <translation>Refunderet beløb {amount} er højere end det aktiverede beløb, der endnu ikke er refunderet, {refundable}.</translation>
    </message>
    <message>
        <source>Resulting authorization amount {amount} cannot be less than the captured amount {captured}.</source>
        <translation>Det nye reserverede beløb {amount} kan ikke være lavere end det aktiverede beløb {captured}.</translation>
    </message>
    <message>
        <source>The order amount cannot be increased for {method} orders.</source>
        <translation>Ordrebeløbet kan ikke hæves for ordrer med betalingsmetoden {method}.</translation>
    </message>
    <message>
        <source>The order amount cannot be increased for this payment method.</source>
        <translation>Ordrebeløbet kan ikke hæves for denne betalingsmetode.</translation>
    </message>
    <message>
        <source>Authorization time of {method} orders in {country} cannot be extended.</source>
        <translation>Reservationstiden kan ikke forlænges for ordrer med betalingsmetoden {method} i {country}.</translation>
    </message>
    <message>
        <source>Order has reached the maximum authorization time of {days} days.</source>
        <translation>Ordren har nået den længste reservationstid, {days} dage.</translation>
    </message>
    <message>
        <source>Billing address cannot be updated due to risk assessment.</source>
        <translation>Faktureringsadressen kan ikke ændres på grund af risikovurderingen.</translation>
    </message>
    <message>
        <source>Capture {capture_id} could not be found.</source>
        <translation>Aktiveringen {capture_id} blev ikke fundet.</translation>
    </message>
    <message>
        <source>Extension of due date is not possible for this payment method.</source>
        <translation>Forfaldsdatoen kan ikke forlænges for denne betalingsmetode.</translation>
    </message>
    <message>
        <source>Capture is fully refunded. Extension of due date is not possible.</source>
        <translation>Aktiveringen er fuldt refunderet. Forfaldsdatoen kan ikke forlænges.</translation>
    </message>
    <message>
        <source>Return fees are not available for orders from {country} (only {countries}).</source>
        <translation>Returgebyrer findes ikke for ordrer fra {country} (kun {countries}).</translation>
    </message>
    <message>
        <source>Return fees are not available for orders from this country (only {countries}).</source>
        <translation>Returgebyrer findes ikke for ordrer fra dette land (kun {countries}).</translation>
    </message>
    <message>
        <source>Return fees are possible only on orders captured in a single capture (this order has {count}).</source>
        <translation>Returgebyrer er kun mulige på ordrer, der er aktiveret i én samlet aktivering (denne ordre har {count}).</translation>
    </message>
    <message>
        <source>This profile is read-only: it can look at orders but not change them.</source>
        <translation>Profilen er skrivebeskyttet: den kan vise ordrer, men ikke ændre dem.</translation>
    </message>
    <message>
        <source>The request contains a password or API secret of a profile; it was not sent. Remove it and try again.</source>
        <translation>Anmodningen indeholder adgangskoden eller API-hemmeligheden til en profil og blev ikke sendt. Fjern den, og prøv igen.</translation>
    </message>
    <message>
        <source>Enter an amount</source>
        <translation>Angiv et beløb</translation>
    </message>
    <message>
        <source>Enter the amount as text, e.g. 12.50</source>
        <translation>Angiv beløbet som tekst, f.eks. 12,50</translation>
    </message>
    <message>
        <source>{text} is not an amount</source>
        <translation>{text} er ikke et beløb</translation>
    </message>
    <message>
        <source>The amount cannot be negative</source>
        <translation>Beløbet kan ikke være negativt</translation>
    </message>
    <message>
        <source>{currency} has no decimals; {text} has {given}</source>
        <translation>{currency} har ingen decimaler; {text} har {given}</translation>
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
        <translation>Denne valuta</translation>
    </message>
    <message>
        <source>{text} has more than one decimal mark</source>
        <translation>{text} har mere end ét decimaltegn</translation>
    </message>
    <message>
        <source>{text} is not grouped in thousands</source>
        <translation>{text} er ikke grupperet i tusinder</translation>
    </message>
    <message>
        <source>{given} is not {currency}: type the amount in {currency}, the order&apos;s currency</source>
        <translation>{given} er ikke {currency}: angiv beløbet i {currency}, ordrens valuta</translation>
    </message>
    <message>
        <source>could not be read from Klarna after its last write ({detail})</source>
        <translation>kunne ikke læses fra Klarna efter den seneste ændring ({detail})</translation>
    </message>
    <message>
        <source>journal entry {entry} cannot be sent again as it stands ({field})</source>
        <translation>journalpost {entry} kan ikke sendes igen, som den er ({field})</translation>
    </message>
    <message>
        <source>An earlier {action} (journal entry {entry}) never got an answer and its key is over 23 hours old: open the order and use Check with Klarna</source>
        <translation>En tidligere anmodning ({action}, journalpost {entry}) fik aldrig svar, og dens nøgle er ældre end 23 timer: åbn ordren, og brug Tjek hos Klarna</translation>
    </message>
    <message>
        <source>done before ({when} UTC, journal entry {entry})</source>
        <translation>udført tidligere ({when} UTC, journalpost {entry})</translation>
    </message>
    <message>
        <source>an earlier {action} on this order (journal entry {entry}) has no answer yet</source>
        <translation>en tidligere anmodning på denne ordre ({action}, journalpost {entry}) har endnu ikke fået svar</translation>
    </message>
    <message>
        <source>the same {action} was made minutes ago (journal entry {entry})</source>
        <translation>den samme anmodning ({action}) blev foretaget for få minutter siden (journalpost {entry})</translation>
    </message>
    <message>
        <source>stopped before sending</source>
        <translation>stoppet før afsendelse</translation>
    </message>
    <message>
        <source>sent, but its outcome could not be journaled: {detail}</source>
        <translation>sendt, men udfaldet kunne ikke føres i journalen: {detail}</translation>
    </message>
    <message>
        <source>not sent: the journal could not be written: {detail}</source>
        <translation>ikke sendt: journalen kunne ikke skrives: {detail}</translation>
    </message>
    <message>
        <source>nothing was sent</source>
        <translation>intet blev sendt</translation>
    </message>
    <message>
        <source>Klarna&apos;s answer could not be recorded, so the action stays open and is resumed with its original idempotency key</source>
        <translation>Klarnas svar kunne ikke gemmes, så handlingen forbliver åben og genoptages med sin oprindelige idempotensnøgle</translation>
    </message>
    <message>
        <source>the orders fetched from Klarna were not saved on this computer</source>
        <translation>ordrerne, der blev hentet fra Klarna, blev ikke gemt på denne computer</translation>
    </message>
    <message>
        <source>today&apos;s backup of the journal was not taken</source>
        <translation>dagens sikkerhedskopi af journalen blev ikke taget</translation>
    </message>
    <message>
        <source>the orders and journal of this profile cannot be shown</source>
        <translation>denne profils ordrer og journal kan ikke vises</translation>
    </message>
    <message>
        <source>the local data could not be read</source>
        <translation>de lokale data kunne ikke læses</translation>
    </message>
    <message>
        <source>nothing was saved</source>
        <translation>intet blev gemt</translation>
    </message>
    <message>
        <source>is missing: the file was there before and is gone</source>
        <translation>mangler: filen fandtes før og er væk</translation>
    </message>
    <message>
        <source>is missing, but its -wal file (the newest part of it) is still there</source>
        <translation>mangler, men dens -wal-fil (den nyeste del af den) findes stadig</translation>
    </message>
    <message>
        <source>is empty (0 bytes): the file was there before, with data</source>
        <translation>er tom (0 byte): filen fandtes før, med data</translation>
    </message>
    <message>
        <source>is not a readable SQLite database (its first page is zeroed)</source>
        <translation>er ikke en læsbar SQLite-database (dens første side er nulstillet)</translation>
    </message>
    <message>
        <source>is not a readable SQLite database (its first page is not a SQLite header)</source>
        <translation>er ikke en læsbar SQLite-database (dens første side har ikke et SQLite-hoved)</translation>
    </message>
    <message>
        <source>failed SQLite&apos;s check: {detail}</source>
        <translation>bestod ikke SQLites kontrol: {detail}</translation>
    </message>
    <message>
        <source>is damaged ({detail})</source>
        <translation>er beskadiget ({detail})</translation>
    </message>
    <message>
        <source> ({amounts} in minor units)</source>
        <translation> ({amounts} i mindste valutaenhed)</translation>
    </message>
    <message>
        <source>{n}) {action} on order {order}{amount}, started {started} UTC, idempotency key {key}, state {state}</source>
        <translation>{n}) {action} på ordre {order}{amount}, startet {started} UTC, idempotensnøgle {key}, tilstand {state}</translation>
    </message>
    <message>
        <source>nothing was left of it</source>
        <translation>intet var tilbage af den</translation>
    </message>
    <message>
        <source>The local store {path} {problem}. It was moved aside whole ({files}) to {kept_in}; nothing was deleted, and a new, empty store was started for this profile. </source>
        <translation>Den lokale database {path} {problem}. Den blev flyttet til side i sin helhed ({files}) til {kept_in}; intet blev slettet, og en ny, tom database blev oprettet for denne profil. </translation>
    </message>
    <message>
        <source>the moved files</source>
        <translation>de flyttede filer</translation>
    </message>
    <message>
        <source>the backup of {when}, {backup}</source>
        <translation>sikkerhedskopien fra {when}, {backup}</translation>
    </message>
    <message>
        <source>the moved files and the backup of {when}</source>
        <translation>de flyttede filer og sikkerhedskopien fra {when}</translation>
    </message>
    <message>
        <source>and {more} more, listed in {readme}</source>
        <translation>og {more} mere, opført i {readme}</translation>
    </message>
    <message>
        <source> (read from {source})</source>
        <translation> (læst fra {source})</translation>
    </message>
    <message>
        <source>It held {count} write(s) to Klarna whose outcome was never recorded{read_from}. They are kept open in the new journal with their own keys: nothing new is sent for those orders until each is settled; each is sent again with its own key (Klarna applies it at most once) while the key is under 23 hours old, and older ones wait for Check with Klarna in the order&apos;s action: {writes}.</source>
        <translation>Den indeholdt {count} ændring(er) til Klarna, hvis udfald aldrig blev gemt{read_from}. De holdes åbne i den nye journal med deres egne nøgler: intet nyt sendes for de ordrer, før hver enkelt er afklaret; hver sendes igen med sin egen nøgle (Klarna udfører den højst én gang), så længe nøglen er under 23 timer gammel, og ældre venter på Tjek hos Klarna i ordrens handling: {writes}.</translation>
    </message>
    <message>
        <source> Part of its journal could not be read, so there may be more.</source>
        <translation> En del af journalen kunne ikke læses, så der kan være flere.</translation>
    </message>
    <message>
        <source>It held no unfinished writes (read from {source}).</source>
        <translation>Den indeholdt ingen uafsluttede ændringer (læst fra {source}).</translation>
    </message>
    <message>
        <source>Its journal could not be read, so writes it left unfinished are unknown: check this profile&apos;s recent captures and refunds with Klarna before repeating any.</source>
        <translation>Journalen kunne ikke læses, så det vides ikke, hvilke ændringer der blev efterladt uafsluttede: tjek profilens seneste aktiveringer og refusioner hos Klarna, før du gentager nogen af dem.</translation>
    </message>
    <message>
        <source>The disk holding {folder} is full; {then}. Free some space and try again.</source>
        <translation>Disken med {folder} er fuld; {then}. Frigør plads, og prøv igen.</translation>
    </message>
    <message>
        <source>The local store in {folder} is locked by another program (another Klarna Order Console window, a backup or sync tool) and stayed locked; {then}. Close the other program and try again.</source>
        <translation>Den lokale database i {folder} er låst af et andet program (et andet Klarna Order Console-vindue, et backup- eller synkroniseringsprogram) og forblev låst; {then}. Luk det andet program, og prøv igen.</translation>
    </message>
    <message>
        <source> ({where})</source>
        <translation> ({where})</translation>
    </message>
    <message>
        <source>Klarna Order Console cannot write to {folder}{where}: the folder belongs to another user, or the disk is read-only; {then}. Give your user write access to it, or start with --basedir pointing to a folder you own.</source>
        <translation>Klarna Order Console kan ikke skrive til {folder}{where}: mappen tilhører en anden bruger, eller disken er skrivebeskyttet; {then}. Giv din bruger skriveadgang, eller start med --basedir, der peger på en mappe, du ejer.</translation>
    </message>
    <message>
        <source>Klarna Order Console keeps its data in a folder of that name</source>
        <translation>Klarna Order Console gemmer sine data i en mappe med det navn</translation>
    </message>
    <message>
        <source>Klarna Order Console keeps its data in {folder}</source>
        <translation>Klarna Order Console gemmer sine data i {folder}</translation>
    </message>
    <message>
        <source>{where} is in the way: it is a file, not a folder, and {role}; {then}. Move the file away, or start with --basedir pointing elsewhere.</source>
        <translation>{where} er i vejen: det er en fil, ikke en mappe, og {role}; {then}. Flyt filen, eller start med --basedir, der peger et andet sted hen.</translation>
    </message>
    <message>
        <source>The local store {path} is damaged ({detail}); {then}. Quit and start Klarna Order Console again: it moves the damaged file aside, keeps it whole, and lists the writes it left unfinished.</source>
        <translation>Den lokale database {path} er beskadiget ({detail}); {then}. Afslut, og start Klarna Order Console igen: programmet flytter den beskadigede fil til side, bevarer den hel og viser de ændringer, den efterlod uafsluttede.</translation>
    </message>
    <message>
        <source>The local store {path} failed its daily check ({detail}). Quit and start Klarna Order Console again: it moves the damaged file aside, keeps it whole, and lists the writes it left unfinished.</source>
        <translation>Den lokale database {path} bestod ikke den daglige kontrol ({detail}). Afslut, og start Klarna Order Console igen: programmet flytter den beskadigede fil til side, bevarer den hel og viser de ændringer, den efterlod uafsluttede.</translation>
    </message>
    <message>
        <source>The local store {path} could not be read ({detail}); nothing was changed. The disk may be failing or disconnected: check it, then open the profile again.</source>
        <translation>Den lokale database {path} kunne ikke læses ({detail}); intet blev ændret. Disken er måske ved at svigte eller er frakoblet: tjek den, og åbn derefter profilen igen.</translation>
    </message>
    <message>
        <source>{path} is not a readable SQLite database ({detail})</source>
        <translation>{path} er ikke en læsbar SQLite-database ({detail})</translation>
    </message>
    <message>
        <source>{path} has schema version {version}, newer than this program&apos;s {latest}: it was written by a newer Klarna Order Console; update the program to open it</source>
        <translation>{path} har skemaversion {version}, nyere end programmets {latest}: den blev skrevet af en nyere Klarna Order Console; opdatér programmet for at åbne den</translation>
    </message>
    <message>
        <source>; the file as it was before is kept at {backup}</source>
        <translation>; filen, som den var før, ligger i {backup}</translation>
    </message>
    <message>
        <source>could not update {path} to schema {version} ({detail}){kept}</source>
        <translation>kunne ikke opdatere {path} til skema {version} ({detail}){kept}</translation>
    </message>
    <message>
        <source>the local store {path} is closed</source>
        <translation>den lokale database {path} er lukket</translation>
    </message>
    <message>
        <source>The team store {where} cannot be reached ({detail}). Nothing is sent from this desk until it can be: every write is journaled there first.</source>
        <translation>Teamdatabasen {where} kan ikke nås ({detail}). Intet sendes fra denne arbejdsplads, før den kan nås: hver ændring føres først i journalen der.</translation>
    </message>
    <message>
        <source>The team store {where} stopped answering ({detail}). What was being done was not sent; try again once the server answers.</source>
        <translation>Teamdatabasen {where} holdt op med at svare ({detail}). Det, der var i gang, blev ikke sendt; prøv igen, når serveren svarer.</translation>
    </message>
    <message>
        <source>The team store {where} refused it: {detail} (SQLSTATE {sqlstate}). Nothing was sent from this desk. Try again; if it keeps refusing, show this to whoever runs the database server.</source>
        <translation>Teamdatabasen {where} afviste: {detail} (SQLSTATE {sqlstate}). Intet blev sendt fra denne arbejdsplads. Prøv igen; bliver den ved med at afvise, så vis dette til den, der driver databaseserveren.</translation>
    </message>
    <message>
        <source>The team store {where} has schema version {version}, newer than this program&apos;s {latest}: another desk runs a newer Klarna Order Console; update it on this desk too.</source>
        <translation>Teamdatabasen {where} har skemaversion {version}, nyere end programmets {latest}: en anden arbejdsplads kører en nyere Klarna Order Console; opdatér den også på denne arbejdsplads.</translation>
    </message>
    <message>
        <source>Klarna did not answer in time ({detail})</source>
        <translation>Klarna svarede ikke i tide ({detail})</translation>
    </message>
    <message>
        <source>could not reach Klarna at {url}: {detail}</source>
        <translation>kunne ikke nå Klarna på {url}: {detail}</translation>
    </message>
    <message>
        <source>Klarna&apos;s answer could not be read as {kind}: {detail}</source>
        <translation>Klarnas svar kunne ikke læses som {kind}: {detail}</translation>
    </message>
    <message>
        <source>Klarna&apos;s next link {link} is not a Settlements URL</source>
        <translation>Klarnas næste-link {link} er ikke en Settlements-URL</translation>
    </message>
    <message>
        <source>no content type</source>
        <translation>ingen indholdstype</translation>
    </message>
    <message>
        <source>Klarna&apos;s {report} report came as {got}, not {expected}</source>
        <translation>Klarnas rapport {report} kom som {got}, ikke {expected}</translation>
    </message>
    <message>
        <source>unknown region/environment {region}/{environment}: region is one of {regions}, environment one of {environments}</source>
        <translation>ukendt region/miljø {region}/{environment}: region er en af {regions}, miljø en af {environments}</translation>
    </message>
    <message>
        <source>base URL {url} is not an http(s) URL with a host</source>
        <translation>basis-URL&apos;en {url} er ikke en http(s)-URL med vært</translation>
    </message>
    <message>
        <source>base URL {url} is not https: credentials would travel in clear text (plain http is accepted only for this machine, e.g. the sandbox)</source>
        <translation>basis-URL&apos;en {url} bruger ikke https: loginoplysningerne ville blive sendt i klartekst (almindelig http accepteres kun for denne computer, f.eks. sandkassen)</translation>
    </message>
    <message>
        <source>put the API username and password in the profile, not in the URL</source>
        <translation>angiv API-brugernavn og adgangskode i profilen, ikke i URL&apos;en</translation>
    </message>
    <message>
        <source>The disk holding {folder} is full ({detail}); {file} was not saved (its earlier version is kept). Free some space and try again.</source>
        <translation>Disken med {folder} er fuld ({detail}); {file} blev ikke gemt (den tidligere version bevares). Frigør plads, og prøv igen.</translation>
    </message>
    <message>
        <source>Klarna Order Console cannot write to {folder} ({detail}); {file} was not saved. Give your user write access to it, or start with --basedir pointing to a folder you own.</source>
        <translation>Klarna Order Console kan ikke skrive til {folder} ({detail}); {file} blev ikke gemt. Giv din bruger skriveadgang, eller start med --basedir, der peger på en mappe, du ejer.</translation>
    </message>
    <message>
        <source>it is not valid JSON ({detail})</source>
        <translation>filen er ikke gyldig JSON ({detail})</translation>
    </message>
    <message>
        <source>it is format {format}, written by a newer Klarna Order Console</source>
        <translation>filen har format {format}, skrevet af en nyere Klarna Order Console</translation>
    </message>
    <message>
        <source>profile {number}: {detail}</source>
        <translation>profil {number}: {detail}</translation>
    </message>
    <message>
        <source>profile {number} ({name}): its id {id} is used twice</source>
        <translation>profil {number} ({name}): dens id {id} bruges to gange</translation>
    </message>
    <message>
        <source>profile {number} ({name}): {problems}</source>
        <translation>profil {number} ({name}): {problems}</translation>
    </message>
    <message>
        <source>{value} is not a profile id (lower-case letters, digits and &apos;-&apos;, at most 63)</source>
        <translation>{value} er ikke et profil-id (små bogstaver, cifre og &apos;-&apos;, højst 63)</translation>
    </message>
    <message>
        <source>another profile is already called {name}</source>
        <translation>en anden profil hedder allerede {name}</translation>
    </message>
    <message>
        <source>{value} is not a colour like #4a6fa5</source>
        <translation>{value} er ikke en farve som #4a6fa5</translation>
    </message>
    <message>
        <source>only the built-in Sandbox profile is a sandbox profile, and it cannot be changed</source>
        <translation>kun den indbyggede Sandbox-profil er en sandkasseprofil, og den kan ikke ændres</translation>
    </message>
    <message>
        <source>the built-in Sandbox profile cannot be changed</source>
        <translation>den indbyggede Sandbox-profil kan ikke ændres</translation>
    </message>
    <message>
        <source>the built-in Sandbox profile cannot be removed</source>
        <translation>den indbyggede Sandbox-profil kan ikke fjernes</translation>
    </message>
    <message>
        <source>a custom base URL replaces region and environment: leave those empty</source>
        <translation>en egen basis-URL erstatter region og miljø: lad dem være tomme</translation>
    </message>
    <message>
        <source>{value} is not one of {allowed} (or give a base URL)</source>
        <translation>{value} er ikke en af {allowed} (eller angiv en basis-URL)</translation>
    </message>
    <message>
        <source>is required (the API username from the Merchant Portal)</source>
        <translation>skal udfyldes (API-brugernavnet fra Merchant Portal)</translation>
    </message>
    <message>
        <source>cannot contain &apos;:&apos;</source>
        <translation>må ikke indeholde &apos;:&apos;</translation>
    </message>
    <message>
        <source>cannot contain spaces or control characters</source>
        <translation>må ikke indeholde mellemrum eller kontroltegn</translation>
    </message>
    <message>
        <source>cannot contain control characters</source>
        <translation>må ikke indeholde kontroltegn</translation>
    </message>
    <message>
        <source>must be a PostgreSQL URL starting with postgresql://</source>
        <translation>skal være en PostgreSQL-URL, der begynder med postgresql://</translation>
    </message>
    <message>
        <source>names no server (postgresql://user@host/database)</source>
        <translation>angiver ingen server (postgresql://bruger@vært/database)</translation>
    </message>
    <message>
        <source>must not hold the password: give it in the password field (kept in the keyring)</source>
        <translation>må ikke indeholde adgangskoden: angiv den i adgangskodefeltet (den gemmes i nøgleringen)</translation>
    </message>
    <message>
        <source>Those profiles were left out; the others were loaded.</source>
        <translation>De profiler blev udeladt; de øvrige blev indlæst.</translation>
    </message>
    <message>
        <source>No profile could be read from it.</source>
        <translation>Ingen profil kunne læses fra filen.</translation>
    </message>
    <message>
        <source>Passwords in it must be entered again.</source>
        <translation>Adgangskoderne i filen skal angives igen.</translation>
    </message>
    <message>
        <source>{path} is damaged: {problems}. {then} The file as it was is kept as {kept_as}.</source>
        <translation>{path} er beskadiget: {problems}. {then} Filen, som den var, gemmes som {kept_as}.</translation>
    </message>
    <message>
        <source>no usable keyring: install the &apos;keyring&apos; package and run under a desktop session with a secret service (or use the credentials file)</source>
        <translation>ingen brugbar nøglering: installér pakken &apos;keyring&apos;, og kør i en skrivebordssession med en secret service (eller brug filen med loginoplysninger)</translation>
    </message>
    <message>
        <source>the keyring refused the password of profile {profile}: {detail}</source>
        <translation>nøgleringen afviste adgangskoden til profilen {profile}: {detail}</translation>
    </message>
    <message>
        <source>in the system keyring ({backend}), under the service name {service}</source>
        <translation>i systemets nøglering ({backend}) under tjenestenavnet {service}</translation>
    </message>
    <message>
        <source>in the file {path}, which only your user account can read (no system keyring was found)</source>
        <translation>i filen {path}, som kun din brugerkonto kan læse (ingen systemnøglering fundet)</translation>
    </message>
    <message>
        <source>Connected to {url}: Klarna accepted the credentials.</source>
        <translation>Forbundet til {url}: Klarna godkendte loginoplysningerne.</translation>
    </message>
    <message>
        <source>Klarna refused the username or password ({status}). Credentials work only in their own region and environment: check those as well ({environment}, {url}).</source>
        <translation>Klarna afviste brugernavnet eller adgangskoden ({status}). Loginoplysninger virker kun i deres egen region og deres eget miljø: tjek også dem ({environment}, {url}).</translation>
    </message>
    <message>
        <source>{cause}. Check the region and environment (or the base URL) and the network connection.</source>
        <translation>{cause}. Kontrollér region og miljø (eller basis-URL&apos;en) og netværksforbindelsen.</translation>
    </message>
    <message>
        <source>{url} answered 404 without Klarna&apos;s NO_SUCH_ORDER: it may not be a Klarna Order Management host ({detail}).</source>
        <translation>{url} svarede 404 uden Klarnas NO_SUCH_ORDER: det er måske ikke en vært for Klarna Order Management ({detail}).</translation>
    </message>
    <message>
        <source>found at Klarna by Check with Klarna</source>
        <translation>fundet hos Klarna med Tjek hos Klarna</translation>
    </message>
    <message>
        <source>recovered from the damaged store moved to {kept_in}</source>
        <translation>gendannet fra den beskadigede database, der blev flyttet til {kept_in}</translation>
    </message>
    <message>
        <source>Unexpected answer from {url}: {detail}</source>
        <translation>Uventet svar fra {url}: {detail}</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>skal udfyldes</translation>
    </message>
    <message>
        <source>is not a field Klarna accepts here</source>
        <translation>er ikke et felt, Klarna modtager her</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>er tom</translation>
    </message>
    <message>
        <source>at most {limit} characters</source>
        <translation>højst {limit} tegn</translation>
    </message>
    <message>
        <source> (got {got} characters)</source>
        <translation> (angivet: {got} tegn)</translation>
    </message>
    <message>
        <source>at least {limit} characters</source>
        <translation>mindst {limit} tegn</translation>
    </message>
    <message>
        <source>at most {limit} items</source>
        <translation>højst {limit} elementer</translation>
    </message>
    <message>
        <source> (got {got} items)</source>
        <translation> (angivet: {got} elementer)</translation>
    </message>
    <message>
        <source>at least {limit} item(s)</source>
        <translation>mindst {limit} element(er)</translation>
    </message>
    <message>
        <source>must be at least {limit}</source>
        <translation>skal være mindst {limit}</translation>
    </message>
    <message>
        <source>must be at most {limit}</source>
        <translation>må højst være {limit}</translation>
    </message>
    <message>
        <source>must be between {low} and {high}</source>
        <translation>skal være mellem {low} og {high}</translation>
    </message>
    <message>
        <source>must be {expected}, not {got}</source>
        <translation>skal være {expected}, ikke {got}</translation>
    </message>
    <message>
        <source>{value} is not allowed; use one of: {allowed}</source>
        <translation>{value} er ikke tilladt; brug en af: {allowed}</translation>
    </message>
    <message>
        <source>{value} is not allowed</source>
        <translation>{value} er ikke tilladt</translation>
    </message>
    <message>
        <source>{value} is not a Klarna id (a UUID such as 0b1d9815-165e-42e2-8867-35bc03789e00)</source>
        <translation>{value} er ikke et Klarna-id (et UUID som 0b1d9815-165e-42e2-8867-35bc03789e00)</translation>
    </message>
    <message>
        <source>{value} is not a payment reference (up to 255 characters, no spaces or slashes)</source>
        <translation>{value} er ikke en betalingsreference (op til 255 tegn, ingen mellemrum eller skråstreger)</translation>
    </message>
    <message>
        <source>{value} is not a date (YYYY-MM-DD) or an ISO 8601 date-time</source>
        <translation>{value} er ikke en dato (ÅÅÅÅ-MM-DD) eller et tidspunkt efter ISO 8601</translation>
    </message>
    <message>
        <source>{value} is not an ISO 4217 code (three letters, like EUR)</source>
        <translation>{value} er ikke en ISO 4217-kode (tre bogstaver, som EUR)</translation>
    </message>
    <message>
        <source>{end} is before the start date {start}</source>
        <translation>{end} ligger før startdatoen {start}</translation>
    </message>
    <message>
        <source>{action} needs a capture</source>
        <translation>{action}: kræver en aktivering</translation>
    </message>
    <message>
        <source>{action} needs a request body</source>
        <translation>{action}: kræver en anmodningstekst (body)</translation>
    </message>
    <message>
        <source>{action} takes no request body</source>
        <translation>{action}: tager ingen anmodningstekst (body)</translation>
    </message>
    <message>
        <source>say why you are sure Klarna did not apply it (1 to {limit} characters)</source>
        <translation>skriv, hvorfor du er sikker på, at Klarna ikke udførte den (1 til {limit} tegn)</translation>
    </message>
    <message>
        <source>request</source>
        <translation>anmodning</translation>
    </message>
</context>
<context>
    <name>ReferencesDialog</name>
    <message>
        <source>Reference &amp;1</source>
        <translation>Reference &amp;1</translation>
    </message>
    <message>
        <source>Shown to the customer as the order number.</source>
        <translation>Vises for kunden som ordrenummer.</translation>
    </message>
    <message>
        <source>Reference &amp;2</source>
        <translation>Reference &amp;2</translation>
    </message>
    <message>
        <source>Your own reference, e.g. the id in your shop or ERP.</source>
        <translation>Din egen reference, f.eks. id&apos;et i din webshop eller dit ERP-system.</translation>
    </message>
    <message>
        <source>&amp;Save references</source>
        <translation>&amp;Gem referencer</translation>
    </message>
    <message>
        <source>Clear reference 1 (“{reference}”) of order {order}?</source>
        <translation>Ryd reference 1 (“{reference}”) på ordre {order}?</translation>
    </message>
    <message>
        <source>&lt;p&gt;Reference 1 is the order number the customer sees in the Klarna app and on the invoice; after clearing it, they see none.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Reference 1 er det ordrenummer, kunden ser i Klarna-appen og på fakturaen; når den er ryddet, ser kunden intet.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Clear reference 1</source>
        <translation>Ryd reference 1</translation>
    </message>
    <message>
        <source>Change a reference to save it.</source>
        <translation>Ændr en reference for at gemme den.</translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <source>&amp;Refund…</source>
        <translation>&amp;Refundér…</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>Aktiveret</translation>
    </message>
    <message>
        <source>Already refunded</source>
        <translation>Allerede refunderet</translation>
    </message>
    <message>
        <source>Refundable</source>
        <translation>Kan refunderes</translation>
    </message>
    <message>
        <source>How much to refund</source>
        <translation>Hvor meget skal refunderes</translation>
    </message>
    <message>
        <source>&amp;Everything refundable</source>
        <translation>&amp;Alt, der kan refunderes</translation>
    </message>
    <message>
        <source>&amp;Part of it, by amount</source>
        <translation>&amp;En del, som beløb</translation>
    </message>
    <message>
        <source>By &amp;lines of a capture</source>
        <translation>Efter &amp;linjer i en aktivering</translation>
    </message>
    <message>
        <source>Amount to refund</source>
        <translation>Beløb til refusion</translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation>&amp;Beløb</translation>
    </message>
    <message>
        <source>Capture whose lines are refunded</source>
        <translation>Aktivering, hvis linjer refunderes</translation>
    </message>
    <message>
        <source>&amp;Capture</source>
        <translation>A&amp;ktivering</translation>
    </message>
    <message>
        <source>The refund lines keep this capture&apos;s line references, so Klarna credits its invoice.</source>
        <translation>Refusionslinjerne beholder aktiveringens linjereferencer, så Klarna krediterer dens faktura.</translation>
    </message>
    <message>
        <source>Lines to refund</source>
        <translation>Linjer til refusion</translation>
    </message>
    <message>
        <source>Lines: problem</source>
        <translation>Linjer: problem</translation>
    </message>
    <message>
        <source>Charge a return fee of</source>
        <translation>Opkræv et returgebyr på</translation>
    </message>
    <message>
        <source>Charge a return fee</source>
        <translation>Opkræv et returgebyr</translation>
    </message>
    <message>
        <source>Return fee</source>
        <translation>Returgebyr</translation>
    </message>
    <message>
        <source>Return &amp;fee</source>
        <translation>Retur&amp;gebyr</translation>
    </message>
    <message>
        <source>Kept from what the customer gets back, and shown in the Klarna app.</source>
        <translation>Trækkes fra det, kunden får tilbage, og vises i Klarna-appen.</translation>
    </message>
    <message>
        <source>Why no return fee</source>
        <translation>Hvorfor intet returgebyr</translation>
    </message>
    <message>
        <source>The customer gets back</source>
        <translation>Kunden får tilbage</translation>
    </message>
    <message>
        <source>Customer gets back</source>
        <translation>Kunden får tilbage</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Beskrivelse</translation>
    </message>
    <message>
        <source>Shown to the customer.</source>
        <translation>Vises for kunden.</translation>
    </message>
    <message>
        <source>Re&amp;ference</source>
        <translation>Re&amp;ference</translation>
    </message>
    <message>
        <source>Appears in your settlement files.</source>
        <translation>Vises i dine afregningsfiler.</translation>
    </message>
    <message>
        <source>&amp;Everything refundable ({amount})</source>
        <translation>&amp;Alt, der kan refunderes ({amount})</translation>
    </message>
    <message>
        <source>No return fee: {why}</source>
        <translation>Intet returgebyr: {why}</translation>
    </message>
    <message>
        <source>Pick at least one unit of a captured line to refund.</source>
        <translation>Vælg mindst én enhed af en aktiveret linje til refusion.</translation>
    </message>
    <message>
        <source>Enter the fee, or untick the box.</source>
        <translation>Angiv gebyret, eller fjern fluebenet.</translation>
    </message>
    <message>
        <source>The fee must be less than the {amount} refunded.</source>
        <translation>Gebyret skal være mindre end de {amount}, der refunderes.</translation>
    </message>
    <message>
        <source>A return fee goes with the returned lines: refund by lines of the capture (or everything).</source>
        <translation>Et returgebyr hører til de returnerede linjer: refundér efter aktiveringens linjer (eller alt).</translation>
    </message>
    <message>
        <source>{amount} ({gross} less the {fee} fee)</source>
        <translation>{amount} ({gross} minus gebyret på {fee})</translation>
    </message>
    <message>
        <source>{customer} gets {amount} back; Klarna takes it from your next payout.</source>
        <translation>{customer} får {amount} tilbage; Klarna trækker det fra din næste udbetaling.</translation>
    </message>
    <message>
        <source>The customer gets {amount} back; Klarna takes it from your next payout.</source>
        <translation>Kunden får {amount} tilbage; Klarna trækker det fra din næste udbetaling.</translation>
    </message>
    <message>
        <source>A return fee of {amount} is kept.</source>
        <translation>Et returgebyr på {amount} tilbageholdes.</translation>
    </message>
    <message>
        <source>Refund {amount} on order {order}?</source>
        <translation>Refundér {amount} på ordre {order}?</translation>
    </message>
    <message>
        <source>Refund {amount}</source>
        <translation>Refundér {amount}</translation>
    </message>
</context>
<context>
    <name>ReleaseDialog</name>
    <message>
        <source>&amp;Release…</source>
        <translation>&amp;Frigiv…</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>Aktiveret</translation>
    </message>
    <message>
        <source>Remaining authorization</source>
        <translation>Resterende reservation</translation>
    </message>
    <message>
        <source>&lt;p&gt;The customer is not charged the remaining {amount} (card payers get it back). Nothing more can be captured afterwards; refunds of what was captured stay possible.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Kunden bliver ikke opkrævet de resterende {amount} (kortbetalere får dem tilbage). Derefter kan intet mere aktiveres; refusion af det aktiverede er stadig mulig.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Release the remaining {amount} of order {order}?</source>
        <translation>Frigiv de resterende {amount} på ordre {order}?</translation>
    </message>
    <message>
        <source>&lt;p&gt;The order is closed for further captures.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ordren lukkes for yderligere aktiveringer.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Release {amount}</source>
        <translation>Frigiv {amount}</translation>
    </message>
</context>
<context>
    <name>ResultsController</name>
    <message>
        <source>Fetching {order} from Klarna…</source>
        <translation>Henter {order} fra Klarna…</translation>
    </message>
    <message>
        <source>Klarna has no order {order} in this profile.</source>
        <translation>Klarna har ingen ordre {order} i denne profil.</translation>
    </message>
    <message>
        <source>Could not fetch the order</source>
        <translation>Kunne ikke hente ordren</translation>
    </message>
</context>
<context>
    <name>Runtime</name>
    <message>
        <source>Klarna Order Console: unexpected error</source>
        <translation>Klarna Order Console: uventet fejl</translation>
    </message>
    <message>
        <source>Something went wrong inside Klarna Order Console.</source>
        <translation>Noget gik galt i Klarna Order Console.</translation>
    </message>
    <message>
        <source>{error}: {message}

The details are in the log file. Nothing was sent twice: check the order&apos;s History tab before you try the action again.</source>
        <translation>{error}: {message}

Detaljerne står i logfilen. Intet blev sendt to gange: kontrollér ordrens fane Historik, før du prøver handlingen igen.</translation>
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
        <translation>Klarna-ref. {reference}</translation>
    </message>
    <message>
        <source>Order id {order}</source>
        <translation>Ordre-id {order}</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Beløb</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Oprettet</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Udløber</translation>
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
        <translation>Reference 2: {reference}</translation>
    </message>
    <message>
        <source>Order id</source>
        <translation>Ordre-id</translation>
    </message>
    <message>
        <source>shown on the right</source>
        <translation>vises til højre</translation>
    </message>
    <message>
        <source>Search name, e-mail, phone, reference or order id</source>
        <translation>Søg på navn, e-mail, telefon, reference eller ordre-id</translation>
    </message>
    <message>
        <source>Search orders</source>
        <translation>Søg ordrer</translation>
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
        <translation>Alle valutaer</translation>
    </message>
    <message>
        <source>Expiring soon</source>
        <translation>Udløber snart</translation>
    </message>
    <message>
        <source>Only orders expiring soon</source>
        <translation>Kun ordrer, der snart udløber</translation>
    </message>
    <message>
        <source>Fraud pending</source>
        <translation>Svindelkontrol</translation>
    </message>
    <message>
        <source>Only orders pending fraud review</source>
        <translation>Kun ordrer, der afventer svindelkontrol</translation>
    </message>
    <message>
        <source>Not paid out</source>
        <translation>Ikke udbetalt</translation>
    </message>
    <message>
        <source>Only orders with a capture Klarna has not paid out</source>
        <translation>Kun ordrer med en aktivering, som Klarna ikke har udbetalt</translation>
    </message>
    <message>
        <source>More filters</source>
        <translation>Flere filtre</translation>
    </message>
    <message>
        <source>Show date and amount filters</source>
        <translation>Vis dato- og beløbsfiltre</translation>
    </message>
    <message>
        <source>Created from</source>
        <translation>Oprettet fra</translation>
    </message>
    <message>
        <source>Created until</source>
        <translation>Oprettet til</translation>
    </message>
    <message>
        <source>Minimum amount</source>
        <translation>Mindste beløb</translation>
    </message>
    <message>
        <source>Maximum amount</source>
        <translation>Højeste beløb</translation>
    </message>
    <message>
        <source>any</source>
        <comment>no amount limit</comment>
        <translation>alle</translation>
    </message>
    <message>
        <source>to</source>
        <comment>a range: from … to …</comment>
        <translation>til</translation>
    </message>
    <message>
        <source>Number of orders found</source>
        <translation>Antal fundne ordrer</translation>
    </message>
    <message>
        <source>Import order IDs…</source>
        <translation>Importér ordre-id&apos;er…</translation>
    </message>
    <message>
        <source>Import order IDs</source>
        <translation>Importér ordre-id&apos;er</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Ordrer</translation>
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
        <translation>Ingen ordre matcher. Et indsat ordre-id, der ikke er her endnu, hentes fra Klarna.</translation>
    </message>
    <message>
        <source>No orders here yet. Klarna&apos;s API cannot list or search orders, so the console finds the ones it has fetched: paste an order id in the search box, or use File → Import order IDs… to fetch many at once (pasted, or from a CSV export of your shop).</source>
        <translation>Her er ingen ordrer endnu. Klarnas API kan ikke liste eller søge ordrer, så konsollen finder dem, den har hentet: indsæt et ordre-id i søgefeltet, eller brug Filer → Importér ordre-id&apos;er… for at hente mange på én gang (indsat eller fra en CSV-eksport fra din butik).</translation>
    </message>
</context>
<context>
    <name>SendOutDialog</name>
    <message>
        <source>&amp;Resend</source>
        <translation>&amp;Send igen</translation>
    </message>
    <message>
        <source>What is sent, and to whom</source>
        <translation>Hvad der sendes, og til hvem</translation>
    </message>
    <message>
        <source>Choose a capture.</source>
        <translation>Vælg en aktivering.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Klarna sends the latest invoice or payment instructions of capture &lt;b&gt;{capture}&lt;/b&gt; (captured {when}, {amount}) again to &lt;b&gt;{email}&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;Use this when the customer says the invoice never arrived.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Klarna sender den seneste faktura eller betalingsinstruks for aktiveringen &lt;b&gt;{capture}&lt;/b&gt; (aktiveret {when}, {amount}) igen til &lt;b&gt;{email}&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;Brug det, når kunden siger, at fakturaen aldrig kom frem.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Klarna sends the latest invoice or payment instructions of capture &lt;b&gt;{capture}&lt;/b&gt; (captured {when}, {amount}) again to the customer&apos;s e-mail address (Klarna has it; it is not shown here).&lt;/p&gt;&lt;p&gt;Use this when the customer says the invoice never arrived.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Klarna sender den seneste faktura eller betalingsinstruks for aktiveringen &lt;b&gt;{capture}&lt;/b&gt; (aktiveret {when}, {amount}) igen til kundens e-mailadresse (Klarna har den; den vises ikke her).&lt;/p&gt;&lt;p&gt;Brug det, når kunden siger, at fakturaen aldrig kom frem.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>SessionsController</name>
    <message>
        <source>Opening {profile}…</source>
        <translation>Åbner {profile}…</translation>
    </message>
    <message>
        <source>Enter the API password of profile &apos;{profile}&apos; first. The cached orders can be searched meanwhile. (File → Profiles…)</source>
        <translation>Angiv først API-adgangskoden til profilen &apos;{profile}&apos;. De cachede ordrer kan søges imens. (Filer → Profiler…)</translation>
    </message>
    <message>
        <source>{profile}: no password stored; showing cached orders only</source>
        <translation>{profile}: ingen adgangskode gemt; viser kun cachede ordrer</translation>
    </message>
    <message>
        <source>Could not open {profile}</source>
        <translation>Kunne ikke åbne {profile}</translation>
    </message>
    <message>
        <source>This profile is open in another window, process {process}.</source>
        <translation>Profilen er åben i et andet vindue, proces {process}.</translation>
    </message>
    <message>
        <source>This profile is open in another window.</source>
        <translation>Profilen er åben i et andet vindue.</translation>
    </message>
    <message>
        <source>Here it is read-only: you can look up orders, but only that window sends, retries and finishes interrupted actions. Choose another profile to work in, or close the other window and open this profile again.</source>
        <translation>Her er den skrivebeskyttet: du kan slå ordrer op, men kun det vindue sender, prøver igen og afslutter afbrudte handlinger. Vælg en anden profil at arbejde i, eller luk det andet vindue, og åbn denne profil igen.</translation>
    </message>
    <message>
        <source>Your account on the team store may only read it: you can look up orders and their history, but nothing is sent from this desk. Ask whoever runs the team store for a role that may write.</source>
        <translation>Din konto på teamdatabasen må kun læse den: du kan slå ordrer og deres historik op, men intet sendes fra denne arbejdsplads. Bed den, der driver teamdatabasen, om en rolle med skriveadgang.</translation>
    </message>
    <message>
        <source>Sandbox: demo orders simulated on this computer; no Klarna account, no real money</source>
        <translation>Sandbox: demoordrer simuleret på denne computer; ingen Klarna-konto, ingen rigtige penge</translation>
    </message>
    <message>
        <source>{status} · read-only</source>
        <translation>{status} · skrivebeskyttet</translation>
    </message>
    <message>
        <source>Updating the local data of {profile} for this version of the console. This happens once; with many cached orders it takes a few minutes…</source>
        <translation>Opdaterer de lokale data for {profile} til denne version af konsollen. Det sker én gang; med mange cachelagrede ordrer tager det nogle minutter…</translation>
    </message>
    <message>
        <source>The sandbox starts again with fresh demo orders.</source>
        <translation>Sandkassen starter forfra med nye demoordrer.</translation>
    </message>
    <message>
        <source>Finished the {action} on order {order} that was interrupted.</source>
        <translation>Den afbrudte handling ({action}) på ordre {order} blev afsluttet.</translation>
    </message>
    <message>
        <source>The interrupted {action} on order {order} still has no answer from Klarna; it was sent again with the same key. It is tried again at {time}.</source>
        <translation>Den afbrudte handling ({action}) på ordre {order} har stadig intet svar fra Klarna; den blev sendt igen med den samme nøgle. Den prøves igen kl. {time}.</translation>
    </message>
    <message>
        <source>The interrupted {action} on order {order} still has no answer from Klarna; it was sent again with the same key.</source>
        <translation>Den afbrudte handling ({action}) på ordre {order} har stadig intet svar fra Klarna; den blev sendt igen med den samme nøgle.</translation>
    </message>
    <message>
        <source>Klarna refused the interrupted {action} on order {order}: {code} {message}</source>
        <translation>Klarna afviste den afbrudte handling ({action}) på ordre {order}: {code} {message}</translation>
    </message>
</context>
<context>
    <name>ShippingInfo</name>
    <message>
        <source>Carrier</source>
        <translation>Fragtfirma</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Metode</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Trackingnummer</translation>
    </message>
    <message>
        <source>Tracking link</source>
        <translation>Trackinglink</translation>
    </message>
    <message>
        <source>Return carrier</source>
        <translation>Returfragtfirma</translation>
    </message>
    <message>
        <source>Return tracking number</source>
        <translation>Retur-trackingnummer</translation>
    </message>
    <message>
        <source>Return tracking link</source>
        <translation>Retur-trackinglink</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(ikke angivet)</translation>
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
        <translation>Forsendelse: problem</translation>
    </message>
    <message>
        <source>Remove shipment</source>
        <translation>Fjern forsendelse</translation>
    </message>
    <message>
        <source>Shipment {number}</source>
        <translation>Forsendelse {number}</translation>
    </message>
    <message>
        <source>{field} of shipment {number}</source>
        <translation>{field} for forsendelse {number}</translation>
    </message>
    <message>
        <source>Remove shipment {number}</source>
        <translation>Fjern forsendelse {number}</translation>
    </message>
    <message>
        <source>Add s&amp;hipment</source>
        <translation>Tilføj &amp;forsendelse</translation>
    </message>
    <message>
        <source>Add a shipment</source>
        <translation>Tilføj en forsendelse</translation>
    </message>
    <message>
        <source>Shipments: problem</source>
        <translation>Forsendelser: problem</translation>
    </message>
    <message>
        <source>Fill in the carrier or a tracking number, or remove this shipment.</source>
        <translation>Udfyld fragtfirmaet eller et trackingnummer, eller fjern denne forsendelse.</translation>
    </message>
    <message>
        <source>Enter the whole link, starting with https://</source>
        <translation>Angiv hele linket, begyndende med https://</translation>
    </message>
    <message>
        <source>&amp;Add shipping info</source>
        <translation>&amp;Tilføj forsendelsesoplysninger</translation>
    </message>
    <message>
        <source>Klarna shows the tracking in the customer&apos;s app for this capture, and uses it when the customer reports a missing parcel.</source>
        <translation>Klarna viser trackingen i kundens app for denne aktivering og bruger den, når kunden melder en pakke savnet.</translation>
    </message>
    <message>
        <source>Tracking known before the capture: Klarna shows it in the customer&apos;s app. Add it to the capture instead once the order is captured.</source>
        <translation>Tracking kendt før aktiveringen: Klarna viser den i kundens app. Tilføj den hellere til aktiveringen, når ordren er aktiveret.</translation>
    </message>
    <message>
        <source>Add at least one shipment.</source>
        <translation>Tilføj mindst én forsendelse.</translation>
    </message>
</context>
<context>
    <name>ShippingMethod</name>
    <message>
        <source>Collect in store</source>
        <translation>Afhentes i butik</translation>
    </message>
    <message>
        <source>Home delivery</source>
        <translation>Levering til døren</translation>
    </message>
    <message>
        <source>Parcel locker (registered)</source>
        <translation>Pakkeboks (registreret)</translation>
    </message>
    <message>
        <source>Parcel locker (unregistered)</source>
        <translation>Pakkeboks (uregistreret)</translation>
    </message>
    <message>
        <source>Pick-up point</source>
        <translation>Pakkeshop</translation>
    </message>
    <message>
        <source>Own delivery</source>
        <translation>Egen levering</translation>
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
        <translation>Digital levering</translation>
    </message>
    <message>
        <source>Not specified</source>
        <translation>Ikke angivet</translation>
    </message>
    <message>
        <source>Collect at warehouse</source>
        <translation>Afhentes på lager</translation>
    </message>
    <message>
        <source>Click and collect</source>
        <translation>Click &amp; collect</translation>
    </message>
    <message>
        <source>Pallet delivery</source>
        <translation>Pallelevering</translation>
    </message>
</context>
<context>
    <name>ShownOrder</name>
    <message>
        <source>Could not read the order from Klarna (showing the cached copy)</source>
        <translation>Kunne ikke læse ordren fra Klarna (viser den cachede kopi)</translation>
    </message>
    <message>
        <source>Still connecting: the order shown is the cached copy.</source>
        <translation>Forbinder stadig: den viste ordre er den cachede kopi.</translation>
    </message>
    <message>
        <source>This profile is open in another window; only that window may send.</source>
        <translation>Profilen er åben i et andet vindue; kun det vindue kan sende.</translation>
    </message>
    <message>
        <source>This profile is read-only.</source>
        <translation>Profilen er skrivebeskyttet.</translation>
    </message>
    <message>
        <source>An earlier {action} has no answer yet: open it to send it again with its key or check with Klarna.</source>
        <translation>En tidligere anmodning ({action}) har endnu intet svar: åbn den for at sende den igen med dens nøgle, eller tjek hos Klarna.</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Authorized</source>
        <translation>Reserveret</translation>
    </message>
    <message>
        <source>Part captured</source>
        <translation>Delvist aktiveret</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>Aktiveret</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulleret</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Udløbet</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Lukket</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Refunderet</translation>
    </message>
    <message>
        <source>Part refunded</source>
        <translation>Delvist refunderet</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>afventer</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>afvist</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>stoppet</translation>
    </message>
    <message>
        <source>today</source>
        <translation>i dag</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>i morgen</translation>
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
        <translation>&amp;Ændr ordre…</translation>
    </message>
    <message>
        <source>Current amount</source>
        <translation>Nuværende beløb</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>Aktiveret</translation>
    </message>
    <message>
        <source>New amount</source>
        <translation>Nyt beløb</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Ændring</translation>
    </message>
    <message>
        <source>Order lines</source>
        <translation>Ordrelinjer</translation>
    </message>
    <message>
        <source>Add &amp;line</source>
        <translation>Tilføj &amp;linje</translation>
    </message>
    <message>
        <source>Re&amp;move line</source>
        <translation>&amp;Fjern linje</translation>
    </message>
    <message>
        <source>Remove the selected line</source>
        <translation>Fjern den valgte linje</translation>
    </message>
    <message>
        <source>Lines: problem</source>
        <translation>Linjer: problem</translation>
    </message>
    <message>
        <source>New order amount</source>
        <translation>Nyt ordrebeløb</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Beskrivelse</translation>
    </message>
    <message>
        <source>Why the order changed, for the customer.</source>
        <translation>Hvorfor ordren blev ændret, til kunden.</translation>
    </message>
    <message>
        <source>this payment method</source>
        <translation>denne betalingsmetode</translation>
    </message>
    <message>
        <source>A higher amount needs Klarna&apos;s approval ({method}): Klarna checks the customer again and may refuse.</source>
        <translation>Et højere beløb kræver Klarnas godkendelse ({method}): Klarna kontrollerer kunden igen og kan afvise det.</translation>
    </message>
    <message>
        <source>Klarna does not allow a higher amount for {method} orders from {country}: lower it, or ask the customer to place a new order for the extra items.</source>
        <translation>Klarna tillader ikke et højere beløb for ordrer med {method} fra {country}: sænk det, eller bed kunden om at afgive en ny ordre på de ekstra varer.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>An order needs at least one line.</source>
        <translation>En ordre skal have mindst én linje.</translation>
    </message>
    <message>
        <source>Line {line}: name is empty; every line needs one.</source>
        <translation>Linje {line}: navnet er tomt; hver linje skal have et.</translation>
    </message>
    <message>
        <source>Change a line, add one or remove one.</source>
        <translation>Ændr en linje, tilføj en, eller fjern en.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Klarna checks the customer again and may refuse the higher amount.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Klarna kontrollerer kunden igen og kan afvise det højere beløb.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Raise order {order} from {old} to {new}?</source>
        <translation>Hæv ordre {order} fra {old} til {new}?</translation>
    </message>
    <message>
        <source>Lower order {order} from {old} to {new}?</source>
        <translation>Sænk ordre {order} fra {old} til {new}?</translation>
    </message>
    <message>
        <source>Set amount to {amount}</source>
        <translation>Sæt beløbet til {amount}</translation>
    </message>
</context>
</TS>
