<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO">
<context>
    <name>AboutDialog</name>
    <message>
        <source>this program</source>
        <translation>dette programmet</translation>
    </message>
    <message>
        <source>the runtime</source>
        <translation>kjøremiljøet</translation>
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
        <translation>asyncio på Qts hendelsesløkke</translation>
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
        <translation>CA-sertifikater</translation>
    </message>
    <message>
        <source>international domain names</source>
        <translation>internasjonale domenenavn</translation>
    </message>
    <message>
        <source>which async library runs (used by httpcore)</source>
        <translation>hvilket async-bibliotek som kjører (brukes av httpcore)</translation>
    </message>
    <message>
        <source>typed models and JSON</source>
        <translation>typede modeller og JSON</translation>
    </message>
    <message>
        <source>where files go</source>
        <translation>hvor filer lagres</translation>
    </message>
    <message>
        <source>the sandbox&apos;s web framework</source>
        <translation>sandkassens nettrammeverk</translation>
    </message>
    <message>
        <source>the sandbox&apos;s web server</source>
        <translation>sandkassens nettserver</translation>
    </message>
    <message>
        <source>uvicorn&apos;s command line</source>
        <translation>uvicorns kommandolinje</translation>
    </message>
    <message>
        <source>typing back-ports</source>
        <translation>tilbakeporterte typer</translation>
    </message>
    <message>
        <source>PostgreSQL driver (team mode)</source>
        <translation>PostgreSQL-driver (teammodus)</translation>
    </message>
    <message>
        <source>number, currency and date formats per locale (Unicode CLDR data)</source>
        <translation>tall-, valuta- og datoformater per språk (Unicode CLDR-data)</translation>
    </message>
    <message>
        <source>PostgreSQL&apos;s client library, libpq (team mode)</source>
        <translation>PostgreSQLs klientbibliotek, libpq (teammodus)</translation>
    </message>
    <message>
        <source>Libraries from the build system</source>
        <translation>Biblioteker fra byggesystemet</translation>
    </message>
    <message>
        <source>X11, fonts, TLS, SQLite, D-Bus (Linux bundle)</source>
        <translation>X11, skrifter, TLS, SQLite, D-Bus (Linux-pakke)</translation>
    </message>
    <message>
        <source>various: see each copyright file</source>
        <translation>ulike: se hver copyright-fil</translation>
    </message>
    <message>
        <source>{component} is licensed under {licence}; its licence text was not found next to this installation.</source>
        <translation>{component} er lisensiert under {licence}; lisensteksten ble ikke funnet i denne installasjonen.</translation>
    </message>
    <message>
        <source>About Klarna Order Console</source>
        <translation>Om Klarna Order Console</translation>
    </message>
    <message>
        <source>Manage Klarna orders after the purchase through the Order Management API v1.&lt;br&gt;{versions}&lt;br&gt;MIT licence. Not made or endorsed by Klarna.</source>
        <translation>Administrer Klarna-ordrer etter kjøpet via Order Management API v1.&lt;br&gt;{versions}&lt;br&gt;MIT-lisens. Ikke laget eller godkjent av Klarna.</translation>
    </message>
    <message>
        <source>Bundled components and their licences</source>
        <translation>Medfølgende komponenter og lisensene deres</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Komponent</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versjon</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lisens</translation>
    </message>
    <message>
        <source>Used for</source>
        <translation>Brukes til</translation>
    </message>
    <message>
        <source>Licence text</source>
        <translation>Lisenstekst</translation>
    </message>
    <message>
        <source>Qt and PySide6 are used under the LGPL v3: they are shipped as separate shared libraries, which you may replace with your own build of the same version.</source>
        <translation>Qt og PySide6 brukes under LGPL v3: de leveres som separate delte biblioteker, som du kan erstatte med ditt eget bygg av samme versjon.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <source>Licence texts from {count} files under {folder}</source>
        <translation>Lisenstekster fra {count} filer i {folder}</translation>
    </message>
    <message>
        <source>Licence text from {folders}</source>
        <translation>Lisenstekst fra {folders}</translation>
    </message>
</context>
<context>
    <name>AcknowledgeDialog</name>
    <message>
        <source>&amp;Acknowledge</source>
        <translation>&amp;Bekreft mottak</translation>
    </message>
    <message>
        <source>For Klarna Checkout and Kustom orders: until an order is acknowledged, Klarna keeps sending its push notification to the shop (for up to 48 hours). Acknowledging twice changes nothing.</source>
        <translation>For Klarna Checkout- og Kustom-ordrer: til mottaket av en ordre er bekreftet, fortsetter Klarna å sende push-varselet til butikken (i opptil 48 timer). Å bekrefte mottak to ganger endrer ingenting.</translation>
    </message>
    <message>
        <source>&lt;p&gt;A capture acknowledges the order too.&lt;/p&gt;</source>
        <translation>&lt;p&gt;En aktivering bekrefter også mottak av ordren.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <source>{action} — order {order}</source>
        <translation>{action} – ordre {order}</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
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
        <translation>Klarna godtar høyst {amount}</translation>
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
        <translation>Hva som skjedde</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Sender</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Prøv igjen</translation>
    </message>
    <message>
        <source>Retry with the same idempotency key</source>
        <translation>Prøv igjen med samme idempotensnøkkel</translation>
    </message>
    <message>
        <source>Close this dialog</source>
        <translation>Lukk dialogboksen</translation>
    </message>
    <message>
        <source>This profile is open in another window; only that window may send.</source>
        <translation>Profilen er åpen i et annet vindu; bare det vinduet kan sende.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <source>An earlier {what} on this order (started {started}, journal entry {entry}) never got an answer, and its key is over 23 hours old: Klarna may have forgotten it, so it cannot be sent again safely. Check with Klarna whether it was applied.</source>
        <translation>En tidligere endring på denne ordren ({what}, startet {started}, journalpost {entry}) fikk aldri svar, og nøkkelen er over 23 timer gammel: Klarna kan ha glemt den, så den kan ikke sendes på nytt på en trygg måte. Sjekk hos Klarna om den ble utført.</translation>
    </message>
    <message>
        <source>An earlier {what} by {agent} on this order (started {started}, journal entry {entry}) has no answer from Klarna yet. Nothing new is sent while it is open: send it again with the same key (Klarna applies it at most once), or check with Klarna.</source>
        <translation>En tidligere endring på denne ordren ({what} av {agent}, startet {started}, journalpost {entry}) har ikke fått svar fra Klarna ennå. Ingenting nytt sendes mens den er åpen: send den på nytt med samme nøkkel (Klarna utfører den høyst én gang), eller sjekk hos Klarna.</translation>
    </message>
    <message>
        <source>An earlier {what} on this order (started {started}, journal entry {entry}) has no answer from Klarna yet. Nothing new is sent while it is open: send it again with the same key (Klarna applies it at most once), or check with Klarna.</source>
        <translation>En tidligere endring på denne ordren ({what}, startet {started}, journalpost {entry}) har ikke fått svar fra Klarna ennå. Ingenting nytt sendes mens den er åpen: send den på nytt med samme nøkkel (Klarna utfører den høyst én gang), eller sjekk hos Klarna.</translation>
    </message>
    <message>
        <source>A {what} was made {ago} by {agent} on order {order}. {action} again?</source>
        <translation>En endring ({what}) ble gjort {ago} av {agent} på ordre {order}. {action} på nytt?</translation>
    </message>
    <message>
        <source>A {what} was made {ago} from this profile on order {order}. {action} again?</source>
        <translation>En endring ({what}) ble gjort {ago} fra denne profilen på ordre {order}. {action} på nytt?</translation>
    </message>
    <message>
        <source>&lt;p&gt;{request} would be a second, separate one.&lt;/p&gt;</source>
        <translation>&lt;p&gt;{request} blir en ny, separat endring.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>{action} again</source>
        <translation>{action} på nytt</translation>
    </message>
    <message>
        <source>a capture of {amount} ({when})</source>
        <translation>en aktivering på {amount} ({when})</translation>
    </message>
    <message>
        <source>a refund of {amount} ({when})</source>
        <translation>en refusjon på {amount} ({when})</translation>
    </message>
    <message>
        <source>Nothing was sent: since this dialog opened, Klarna&apos;s order has {news}, made elsewhere. The amounts now shown include it; check them and send again.</source>
        <translation>Ingenting ble sendt: siden dialogboksen ble åpnet, har Klarnas ordre fått {news}, gjort et annet sted. Beløpene som vises nå, tar den med; sjekk dem og send på nytt.</translation>
    </message>
    <message>
        <source>The earlier {what} is closed as not applied. A new one may be sent now.</source>
        <translation>Den tidligere endringen ({what}) er lukket som ikke utført. En ny kan sendes nå.</translation>
    </message>
    <message>
        <source>Klarna has the earlier {what} ({id}): it is recorded as done. Nothing was sent again.</source>
        <translation>Klarna har den tidligere endringen ({what}, {id}): den er registrert som utført. Ingenting ble sendt på nytt.</translation>
    </message>
    <message>
        <source>Klarna has the earlier {what}: it is recorded as done. Nothing was sent again.</source>
        <translation>Klarna har den tidligere endringen ({what}): den er registrert som utført. Ingenting ble sendt på nytt.</translation>
    </message>
    <message>
        <source>Klarna&apos;s order shows no {what} made after {started}. If you are sure it was not applied (for example, you checked the Merchant Portal), close it with a note; then a new one can be sent.</source>
        <translation>Klarnas ordre viser ingen slik endring ({what}) etter {started}. Hvis du er sikker på at den ikke ble utført (du har for eksempel sjekket i Merchant Portal), lukk den med et notat; da kan en ny sendes.</translation>
    </message>
    <message>
        <source>Klarna could not be reached</source>
        <translation>Klarna kunne ikke nås</translation>
    </message>
    <message>
        <source>Nothing was sent: the order could not be read from Klarna first. {error}</source>
        <translation>Ingenting ble sendt: ordren kunne ikke leses fra Klarna først. {error}</translation>
    </message>
    <message>
        <source>Retrying with the same idempotency key…</source>
        <translation>Prøver igjen med samme idempotensnøkkel…</translation>
    </message>
    <message>
        <source>Sending to Klarna…</source>
        <translation>Sender til Klarna…</translation>
    </message>
    <message>
        <source>{request}: done on order {order}.</source>
        <translation>{request}: utført på ordre {order}.</translation>
    </message>
    <message>
        <source>Klarna did not answer{reason}. The request may have been applied. Retry sends it again with the same idempotency key ({key}…), so Klarna applies it at most once. If you close this dialog, the console sends it again by itself at {time} (Klarna&apos;s schedule: after 5 seconds, 5 minutes and 5 hours, with the same key).</source>
        <translation>Klarna svarte ikke{reason}. Forespørselen kan ha blitt utført. Prøv igjen sender den på nytt med samme idempotensnøkkel ({key}…), så Klarna utfører den høyst én gang. Hvis du lukker dialogboksen, sender konsollen den på nytt selv kl. {time} (Klarnas plan: etter 5 sekunder, 5 minutter og 5 timer, med samme nøkkel).</translation>
    </message>
    <message>
        <source>Klarna did not answer{reason}. The request may have been applied. Retry sends it again with the same idempotency key ({key}…), so Klarna applies it at most once. If you close this dialog, the console sends it again by itself (Klarna&apos;s schedule: after 5 seconds, 5 minutes and 5 hours, with the same key).</source>
        <translation>Klarna svarte ikke{reason}. Forespørselen kan ha blitt utført. Prøv igjen sender den på nytt med samme idempotensnøkkel ({key}…), så Klarna utfører den høyst én gang. Hvis du lukker dialogboksen, sender konsollen den på nytt selv (Klarnas plan: etter 5 sekunder, 5 minutter og 5 timer, med samme nøkkel).</translation>
    </message>
    <message>
        <source>Nothing was sent: the journal could not be written ({error}). Every write is journaled before it is sent; free the disk or fix the file, then try again.</source>
        <translation>Ingenting ble sendt: journalen kunne ikke skrives ({error}). Hver endring føres i journalen før den sendes; frigjør diskplass eller rett opp filen, og prøv igjen.</translation>
    </message>
    <message>
        <source>The request was sent, but its answer could not be journaled ({error}). The console sends it again with the same key when the journal works again.</source>
        <translation>Forespørselen ble sendt, men svaret kunne ikke føres i journalen ({error}). Konsollen sender den på nytt med samme nøkkel når journalen virker igjen.</translation>
    </message>
    <message>
        <source>Something went wrong while sending: {error}. Check the order&apos;s History tab before you try again.</source>
        <translation>Noe gikk galt under sendingen: {error}. Sjekk fanen Historikk for ordren før du prøver igjen.</translation>
    </message>
</context>
<context>
    <name>ActionDialogs</name>
    <message>
        <source>This profile is open in another window; only that window may send.</source>
        <translation>Profilen er åpen i et annet vindu; bare det vinduet kan sende.</translation>
    </message>
    <message>
        <source>{action}: not possible. {reason}</source>
        <translation>{action}: ikke mulig. {reason}</translation>
    </message>
    <message>
        <source>Bulk actions: not possible. {reason}</source>
        <translation>Massehandlinger: ikke mulig. {reason}</translation>
    </message>
    <message>
        <source>Select the orders in the results table first: Ctrl + click adds an order, Shift + click or Shift + arrow keys a range, Ctrl+A all of them.</source>
        <translation>Merk først ordrene i resultattabellen: Ctrl + klikk legger til en ordre, Shift + klikk eller Shift + piltaster et område, Ctrl+A alle.</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>Capture</source>
        <translation>Aktiver</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Refunder</translation>
    </message>
    <message>
        <source>Cancel order</source>
        <translation>Kanseller ordre</translation>
    </message>
    <message>
        <source>Release remaining authorization</source>
        <translation>Frigi gjenværende reservasjon</translation>
    </message>
    <message>
        <source>Extend authorization time</source>
        <translation>Forleng reservasjonstiden</translation>
    </message>
    <message>
        <source>Update order amount</source>
        <translation>Endre ordrebeløp</translation>
    </message>
    <message>
        <source>Edit shipping address</source>
        <translation>Endre leveringsadresse</translation>
    </message>
    <message>
        <source>Update merchant references</source>
        <translation>Endre butikkreferanser</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Bekreft mottak</translation>
    </message>
    <message>
        <source>Add shipping info</source>
        <translation>Legg til fraktinformasjon</translation>
    </message>
    <message>
        <source>Add shipping info to capture</source>
        <translation>Legg til fraktinformasjon for aktiveringen</translation>
    </message>
    <message>
        <source>Resend customer communication</source>
        <translation>Send kundeutsendelsen på nytt</translation>
    </message>
    <message>
        <source>Extend due date</source>
        <translation>Forleng forfallsdato</translation>
    </message>
    <message>
        <source>{action} {amount}</source>
        <translation>{action} {amount}</translation>
    </message>
    <message>
        <source>{action} by {days} days</source>
        <translation>{action} med {days} dager</translation>
    </message>
</context>
<context>
    <name>ActionsController</name>
    <message>
        <source>{action} succeeded</source>
        <translation>{action}: utført</translation>
    </message>
</context>
<context>
    <name>AddressDialog</name>
    <message>
        <source>Title</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <source>&amp;Given name</source>
        <translation>&amp;Fornavn</translation>
    </message>
    <message>
        <source>&amp;Family name</source>
        <translation>&amp;Etternavn</translation>
    </message>
    <message>
        <source>&amp;Organization</source>
        <translation>&amp;Organisasjon</translation>
    </message>
    <message>
        <source>A&amp;ttention</source>
        <translation>&amp;Att.</translation>
    </message>
    <message>
        <source>&amp;Street address</source>
        <translation>&amp;Gateadresse</translation>
    </message>
    <message>
        <source>Street address &amp;2</source>
        <translation>Gateadresse &amp;2</translation>
    </message>
    <message>
        <source>&amp;Postal code</source>
        <translation>&amp;Postnummer</translation>
    </message>
    <message>
        <source>C&amp;ity</source>
        <translation>Posts&amp;ted</translation>
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
        <translation>Att.: {name}</translation>
    </message>
    <message>
        <source>Sa&amp;ve address</source>
        <translation>&amp;Lagre adresse</translation>
    </message>
    <message>
        <source>Shipping address</source>
        <translation>Leveringsadresse</translation>
    </message>
    <message>
        <source>An order ships to the country it was bought in.</source>
        <translation>En ordre leveres til landet den ble kjøpt i.</translation>
    </message>
    <message>
        <source>Billing address (read-only)</source>
        <translation>Fakturaadresse (skrivebeskyttet)</translation>
    </message>
    <message>
        <source>Billing address</source>
        <translation>Fakturaadresse</translation>
    </message>
    <message>
        <source>{reason}. Klarna approved the purchase for this address, so a merchant cannot change it.</source>
        <translation>{reason}. Klarna godkjente kjøpet for denne adressen, så butikken kan ikke endre den.</translation>
    </message>
    <message>
        <source>Klarna re-assesses the purchase with the new address and may refuse it. An emptied field is cleared at Klarna.</source>
        <translation>Klarna vurderer kjøpet på nytt med den nye adressen og kan avvise det. Et tømt felt tømmes også hos Klarna.</translation>
    </message>
    <message>
        <source>Required: Klarna does not let this field be cleared.</source>
        <translation>Påkrevd: Klarna tillater ikke at feltet tømmes.</translation>
    </message>
    <message>
        <source>Required for addresses in the United States.</source>
        <translation>Påkrevd for adresser i USA.</translation>
    </message>
    <message>
        <source>Enter an e-mail address such as name@example.com.</source>
        <translation>Skriv inn en e-postadresse, for eksempel navn@example.com.</translation>
    </message>
    <message>
        <source>Change a field of the shipping address to save it.</source>
        <translation>Endre et felt i leveringsadressen for å kunne lagre den.</translation>
    </message>
</context>
<context>
    <name>BulkDialog</name>
    <message>
        <source>succeeded</source>
        <translation>vellykket</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>avvist</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>mislyktes</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>ukjent</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>ikke sendt</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>hoppet over</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Kontrollerer</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Forhåndsvisning</translation>
    </message>
    <message>
        <source>Orders in this run</source>
        <translation>Ordrer i denne kjøringen</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fremdrift</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>Requests go as fast as Klarna&apos;s rate limit allows, as Klarna announces it in each answer, with a margin. Stop ends the run after the requests already sent; running the same selection again later skips what succeeded.</source>
        <translation>Forespørsler sendes så raskt som Klarnas hastighetsgrense tillater, slik Klarna oppgir den i hvert svar, med margin. Stopp avslutter kjøringen etter forespørslene som allerede er sendt; kjøres samme utvalg på nytt senere, hoppes det som lyktes, over.</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Outcome per order</source>
        <translation>Utfall per ordre</translation>
    </message>
    <message>
        <source>&amp;Save report as CSV…</source>
        <translation>&amp;Lagre rapport som CSV…</translation>
    </message>
    <message>
        <source>Run &amp;again</source>
        <translation>Kjør på &amp;nytt</translation>
    </message>
    <message>
        <source>Run again: skip what succeeded, retry the rest</source>
        <translation>Kjør på nytt: hopp over det som lyktes, prøv resten på nytt</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>S&amp;topp</translation>
    </message>
    <message>
        <source>Stop after the requests in flight</source>
        <translation>Stopp etter forespørslene som er underveis</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Close this dialog</source>
        <translation>Lukk dialogboksen</translation>
    </message>
    <message>
        <source>skip: done before</source>
        <translation>hopp over: gjort før</translation>
    </message>
    <message>
        <source>not allowed</source>
        <translation>ikke tillatt</translation>
    </message>
    <message>
        <source>resume (same key)</source>
        <translation>gjenoppta (samme nøkkel)</translation>
    </message>
    <message>
        <source>send</source>
        <translation>send</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Beløp</translation>
    </message>
    <message>
        <source>Expires now</source>
        <translation>Utløper nå</translation>
    </message>
    <message>
        <source>After extending</source>
        <translation>Etter forlengelse</translation>
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
        <translation>Butikkref.</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <source>Error code</source>
        <translation>Feilkode</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Melding</translation>
    </message>
    <message>
        <source>Correlation id</source>
        <translation>Korrelasjons-ID</translation>
    </message>
    <message>
        <source>&lt;p&gt;Total to capture: &lt;b&gt;{total}&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;Totalt å aktivere: &lt;b&gt;{total}&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Nothing to send</source>
        <translation>Ingenting å sende</translation>
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
        <translation>Klarna ba om lavere tempo: venter {seconds} s</translation>
    </message>
    <message>
        <source>Reading the orders back from Klarna…</source>
        <translation>Leser ordrene tilbake fra Klarna…</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>Lagret i {path}</translation>
    </message>
    <message>
        <source>Stopping after the requests already sent…</source>
        <translation>Stopper etter forespørslene som allerede er sendt…</translation>
    </message>
    <message>
        <source>{code} × {count}</source>
        <translation>{code} × {count}</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:#b91c1c;&apos;&gt;&lt;b&gt;The run stopped: the journal could not be written ({error}).&lt;/b&gt; Nothing is sent without its journal entry; what was sent is listed below.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#b91c1c;&apos;&gt;&lt;b&gt;Kjøringen stoppet: journalen kunne ikke skrives ({error}).&lt;/b&gt; Ingenting sendes uten journalpost; det som ble sendt, er listet nedenfor.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <source>Bulk run: {succeeded} captured, {refused} refused, {failed} failed.</source>
        <translation>Massehandling: {succeeded} aktivert, {refused} avvist, {failed} mislyktes.</translation>
    </message>
    <message>
        <source>Bulk run: {succeeded} extended, {refused} refused, {failed} failed.</source>
        <translation>Massehandling: {succeeded} forlenget, {refused} avvist, {failed} mislyktes.</translation>
    </message>
    <message>
        <source>The bulk run stopped: {error}. Check the orders&apos; History.</source>
        <translation>Massehandlingen stoppet: {error}. Sjekk historikken til ordrene.</translation>
    </message>
    <message>
        <source>Save the report as CSV</source>
        <translation>Lagre rapporten som CSV</translation>
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
        <translation>&amp;Kanseller ordren…</translation>
    </message>
    <message>
        <source>&amp;Keep the order</source>
        <translation>&amp;Behold ordren</translation>
    </message>
    <message>
        <source>Order amount</source>
        <translation>Ordrebeløp</translation>
    </message>
    <message>
        <source>Still authorized</source>
        <translation>Fortsatt reservert</translation>
    </message>
    <message>
        <source>&lt;p&gt;Cancelling releases the whole authorization: the customer is not charged, and the order can no longer be captured, changed or extended. This cannot be undone.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Kansellering frigir hele reservasjonen: kunden belastes ikke, og ordren kan ikke lenger aktiveres, endres eller forlenges. Dette kan ikke angres.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;{customer} will not be charged {amount}.&lt;/p&gt;</source>
        <translation>&lt;p&gt;{customer} blir ikke belastet {amount}.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The customer will not be charged {amount}.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Kunden blir ikke belastet {amount}.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Cancel order {order} and release {amount}?</source>
        <translation>Kansellere ordre {order} og frigi {amount}?</translation>
    </message>
    <message>
        <source>Cancel order, release {amount}</source>
        <translation>Kanseller ordre, frigi {amount}</translation>
    </message>
</context>
<context>
    <name>CaptureDialog</name>
    <message>
        <source>&amp;Capture…</source>
        <translation>&amp;Aktiver…</translation>
    </message>
    <message>
        <source>Order amount</source>
        <translation>Ordrebeløp</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>Aktivert</translation>
    </message>
    <message>
        <source>Remaining to capture</source>
        <translation>Gjenstår å aktivere</translation>
    </message>
    <message>
        <source>How much to capture</source>
        <translation>Hvor mye som skal aktiveres</translation>
    </message>
    <message>
        <source>The &amp;remaining amount</source>
        <translation>&amp;Gjenværende beløp</translation>
    </message>
    <message>
        <source>&amp;Part of it, by amount</source>
        <translation>&amp;Del av det, som beløp</translation>
    </message>
    <message>
        <source>By &amp;lines and quantities</source>
        <translation>Per &amp;linje og antall</translation>
    </message>
    <message>
        <source>Amount to capture</source>
        <translation>Beløp å aktivere</translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation>&amp;Beløp</translation>
    </message>
    <message>
        <source>Each capture becomes its own invoice or payment instruction for the customer.</source>
        <translation>Hver aktivering blir en egen faktura eller betalingsinstruks til kunden.</translation>
    </message>
    <message>
        <source>Lines to capture</source>
        <translation>Linjer å aktivere</translation>
    </message>
    <message>
        <source>Lines: problem</source>
        <translation>Linjer: problem</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>Beskri&amp;velse</translation>
    </message>
    <message>
        <source>Shown to the customer.</source>
        <translation>Vises for kunden.</translation>
    </message>
    <message>
        <source>Re&amp;ference</source>
        <translation>Re&amp;feranse</translation>
    </message>
    <message>
        <source>Appears in your settlement files.</source>
        <translation>Vises i oppgjørsfilene dine.</translation>
    </message>
    <message>
        <source>Shipments sent with this capture (optional)</source>
        <translation>Sendinger som sendes med denne aktiveringen (valgfritt)</translation>
    </message>
    <message>
        <source>The &amp;remaining amount ({amount})</source>
        <translation>&amp;Gjenværende beløp ({amount})</translation>
    </message>
    <message>
        <source>Pick at least one unit of a line to capture.</source>
        <translation>Velg minst én enhet av en linje å aktivere.</translation>
    </message>
    <message>
        <source>Klarna charges {customer} {amount} and starts the payout to you and the customer&apos;s billing.</source>
        <translation>Klarna belaster {customer} {amount} og starter utbetalingen til deg og faktureringen av kunden.</translation>
    </message>
    <message>
        <source>Klarna charges the customer {amount} and starts the payout to you and the customer&apos;s billing.</source>
        <translation>Klarna belaster kunden {amount} og starter utbetalingen til deg og faktureringen av kunden.</translation>
    </message>
    <message>
        <source>That is everything still authorized.</source>
        <translation>Det er alt som fortsatt er reservert.</translation>
    </message>
    <message>
        <source>{amount} stays authorized for later captures.</source>
        <translation>{amount} forblir reservert for senere aktiveringer.</translation>
    </message>
    <message>
        <source>Capture {amount} on order {order}?</source>
        <translation>Aktivere {amount} på ordre {order}?</translation>
    </message>
    <message>
        <source>Capture {amount}</source>
        <translation>Aktiver {amount}</translation>
    </message>
</context>
<context>
    <name>Confirmation</name>
    <message>
        <source>&lt;p style=&apos;color:#b91c1c; font-weight:600;&apos;&gt;PRODUCTION: this is a real Klarna account; real money moves and the customer is told.&lt;/p&gt;&lt;p&gt;Profile &lt;b&gt;{profile}&lt;/b&gt; · {environment}&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#b91c1c; font-weight:600;&apos;&gt;PRODUKSJON: dette er en ekte Klarna-konto; ekte penger flyttes, og kunden får beskjed.&lt;/p&gt;&lt;p&gt;Profil &lt;b&gt;{profile}&lt;/b&gt; · {environment}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Profile &lt;b&gt;{profile}&lt;/b&gt; · {environment}: simulated on this computer, no real money.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Profil &lt;b&gt;{profile}&lt;/b&gt; · {environment}: simulert på denne datamaskinen, ingen ekte penger.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Profile &lt;b&gt;{profile}&lt;/b&gt; · {environment}: Klarna&apos;s test environment.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Profil &lt;b&gt;{profile}&lt;/b&gt; · {environment}: Klarnas testmiljø.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Gå tilbake</translation>
    </message>
    <message>
        <source>Go back without sending</source>
        <translation>Gå tilbake uten å sende</translation>
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
        <translation>klarnareferanse</translation>
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
        <translation>ordrebeløp</translation>
    </message>
    <message>
        <source>captured_amount</source>
        <translation>aktivert_beløp</translation>
    </message>
    <message>
        <source>refunded_amount</source>
        <translation>refundert_beløp</translation>
    </message>
    <message>
        <source>remaining_amount</source>
        <translation>gjenværende_beløp</translation>
    </message>
    <message>
        <source>created_at</source>
        <translation>opprettet</translation>
    </message>
    <message>
        <source>expires_at</source>
        <translation>utløper</translation>
    </message>
    <message>
        <source>merchant_reference1</source>
        <translation>butikkreferanse1</translation>
    </message>
    <message>
        <source>merchant_reference2</source>
        <translation>butikkreferanse2</translation>
    </message>
    <message>
        <source>customer_name</source>
        <translation>kundenavn</translation>
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
        <translation>CSV for regneark, i ditt språks format (*.csv)</translation>
    </message>
    <message>
        <source>Plain CSV for programs (*.csv)</source>
        <translation>Enkel CSV for programmer (*.csv)</translation>
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
        <translation>Feilkode</translation>
    </message>
    <message>
        <source>Error message</source>
        <translation>Feilmelding</translation>
    </message>
    <message>
        <source>Correlation id</source>
        <translation>Korrelasjons-ID</translation>
    </message>
    <message>
        <source>Copy correlation id</source>
        <translation>Kopier korrelasjons-ID</translation>
    </message>
    <message>
        <source>Klarna refused the request</source>
        <translation>Klarna avviste forespørselen</translation>
    </message>
    <message>
        <source>{code} (HTTP {status})</source>
        <translation>{code} (HTTP {status})</translation>
    </message>
    <message>
        <source>Correlation id: {id}</source>
        <translation>Korrelasjons-ID: {id}</translation>
    </message>
    <message>
        <source>Capture</source>
        <translation>Aktivering</translation>
    </message>
    <message>
        <source>{capture} · {when} · {amount}, {refunded} refunded</source>
        <translation>{capture} · {when} · {amount}, {refunded} refundert</translation>
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
            <numerusform>%n sending rapporteres med den.</numerusform>
            <numerusform>%n sendinger rapporteres med den.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;The order&apos;s lines are replaced by the %n shown.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;Ordrelinjene erstattes av den %n som vises.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;Ordrelinjene erstattes av de %n som vises.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days — fee {fee}</source>
        <translation>
            <numerusform>%n dag – gebyr {fee}</numerusform>
            <numerusform>%n dager – gebyr {fee}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Extend the due date of capture {capture} (order {order}) by %n days, for a fee of {fee}?</source>
        <translation>
            <numerusform>Forlenge forfallsdatoen for aktivering {capture} (ordre {order}) med %n dag, mot et gebyr på {fee}?</numerusform>
            <numerusform>Forlenge forfallsdatoen for aktivering {capture} (ordre {order}) med %n dager, mot et gebyr på {fee}?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;Klarna charges you {fee}. The new due date is %n days after the current one; {customer} gets longer to pay and is told by Klarna. (Klarna&apos;s API does not give the current due date, so the console cannot show it as a date.)&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;Klarna belaster deg {fee}. Den nye forfallsdatoen er %n dag etter den nåværende; {customer} får lengre tid til å betale og får beskjed fra Klarna. (Klarnas API oppgir ikke den nåværende forfallsdatoen, så konsollen kan ikke vise den som en dato.)&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;Klarna belaster deg {fee}. Den nye forfallsdatoen er %n dager etter den nåværende; {customer} får lengre tid til å betale og får beskjed fra Klarna. (Klarnas API oppgir ikke den nåværende forfallsdatoen, så konsollen kan ikke vise den som en dato.)&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Extend by %n days, pay {fee}</source>
        <translation>
            <numerusform>Forleng med %n dag, betal {fee}</numerusform>
            <numerusform>Forleng med %n dager, betal {fee}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Capture %n selected order(s) in full</source>
        <translation>
            <numerusform>Aktiver %n valgt ordre helt</numerusform>
            <numerusform>Aktiver %n valgte ordrer helt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Extend the authorization of %n selected order(s)</source>
        <translation>
            <numerusform>Forleng reservasjonen for %n valgt ordre</numerusform>
            <numerusform>Forleng reservasjonen for %n valgte ordrer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checking the %n selected order(s)…</source>
        <translation>
            <numerusform>Kontrollerer %n valgt ordre…</numerusform>
            <numerusform>Kontrollerer %n valgte ordrer…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;{allowed}&lt;/b&gt; of %n order(s) will be sent.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;{allowed}&lt;/b&gt; av %n ordre sendes.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;{allowed}&lt;/b&gt; av %n ordrer sendes.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;{allowed}&lt;/b&gt; of %n order(s) will be sent ({resumed} resumed with their original keys).&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;{allowed}&lt;/b&gt; av %n ordre sendes ({resumed} gjenopptas med de opprinnelige nøklene).&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;{allowed}&lt;/b&gt; av %n ordrer sendes ({resumed} gjenopptas med de opprinnelige nøklene).&lt;/p&gt;</numerusform>
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
            <numerusform>&lt;p&gt;&lt;b&gt;%n&lt;/b&gt; kan ikke forlenges:&lt;/p&gt;&lt;ul&gt;{reasons}&lt;/ul&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;%n&lt;/b&gt; kan ikke forlenges:&lt;/p&gt;&lt;ul&gt;{reasons}&lt;/ul&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;%n&lt;/b&gt; were already done before (by an earlier run or from the order&apos;s own dialog, as the journal shows) and are skipped.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;%n&lt;/b&gt; var allerede gjort tidligere (av en tidligere kjøring eller fra ordrens egen dialogboks, ifølge journalen) og hoppes over.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;%n&lt;/b&gt; var allerede gjort tidligere (av en tidligere kjøring eller fra ordrens egen dialogboks, ifølge journalen) og hoppes over.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Capture %n order(s)…</source>
        <translation>
            <numerusform>Aktiver %n ordre…</numerusform>
            <numerusform>Aktiver %n ordrer…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Extend %n order(s)…</source>
        <translation>
            <numerusform>Forleng %n ordre…</numerusform>
            <numerusform>Forleng %n ordrer…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Capture %n order(s) in full?</source>
        <translation>
            <numerusform>Aktivere %n ordre helt?</numerusform>
            <numerusform>Aktivere %n ordrer helt?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Extend the authorization of %n order(s)?</source>
        <translation>
            <numerusform>Forlenge reservasjonen for %n ordre?</numerusform>
            <numerusform>Forlenge reservasjonen for %n ordrer?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;%n selected order(s) are left out (not allowed).&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;%n valgt ordre utelates (ikke tillatt).&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;%n valgte ordrer utelates (ikke tillatt).&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Capture %n order(s)</source>
        <translation>
            <numerusform>Aktiver %n ordre</numerusform>
            <numerusform>Aktiver %n ordrer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Extend %n order(s)</source>
        <translation>
            <numerusform>Forleng %n ordre</numerusform>
            <numerusform>Forleng %n ordrer</numerusform>
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
            <numerusform>Forlenger reservasjonstiden for %n ordre…</numerusform>
            <numerusform>Forlenger reservasjonstiden for %n ordrer…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) sent in the last second (Klarna allows {limit} a second; pacing at {rate})</source>
        <translation>
            <numerusform>%n forespørsel sendt det siste sekundet (Klarna tillater {limit} per sekund; tempo {rate})</numerusform>
            <numerusform>%n forespørsler sendt det siste sekundet (Klarna tillater {limit} per sekund; tempo {rate})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) sent in the last second (pacing at {rate} until Klarna announces its limit)</source>
        <translation>
            <numerusform>%n forespørsel sendt det siste sekundet (tempo {rate} til Klarna oppgir grensen sin)</numerusform>
            <numerusform>%n forespørsler sendt det siste sekundet (tempo {rate} til Klarna oppgir grensen sin)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answered 429</source>
        <translation>
            <numerusform>%n besvart med 429</numerusform>
            <numerusform>%n besvart med 429</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;%n&lt;/b&gt; captured.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;%n&lt;/b&gt; aktivert.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;%n&lt;/b&gt; aktivert.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;%n&lt;/b&gt; extended.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;%n&lt;/b&gt; forlenget.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;%n&lt;/b&gt; forlenget.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;%n&lt;/b&gt; refused by Klarna: {codes}&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;%n&lt;/b&gt; avvist av Klarna: {codes}&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;%n&lt;/b&gt; avvist av Klarna: {codes}&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;%n&lt;/b&gt; not allowed, so not sent: {codes}&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;%n&lt;/b&gt; ikke tillatt, så ikke sendt: {codes}&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;%n&lt;/b&gt; ikke tillatt, så ikke sendt: {codes}&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;%n&lt;/b&gt; failed.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;%n&lt;/b&gt; mislyktes.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;%n&lt;/b&gt; mislyktes.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;%n&lt;/b&gt; got no answer (Run again resumes them with their keys).&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;%n&lt;/b&gt; fikk ikke svar (Kjør på nytt gjenopptar den med nøkkelen sin).&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;%n&lt;/b&gt; fikk ikke svar (Kjør på nytt gjenopptar dem med nøklene sine).&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;%n&lt;/b&gt; were not sent (stopped).&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;%n&lt;/b&gt; ble ikke sendt (stoppet).&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;%n&lt;/b&gt; ble ikke sendt (stoppet).&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;%n&lt;/b&gt; were done before or by another window, so not sent again.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;%n&lt;/b&gt; var gjort tidligere eller av et annet vindu og ble derfor ikke sendt på nytt.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;%n&lt;/b&gt; var gjort tidligere eller av et annet vindu og ble derfor ikke sendt på nytt.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln order(s) to {path}.</source>
        <translation>
            <numerusform>Eksporterte %Ln ordre til {path}.</numerusform>
            <numerusform>Eksporterte %Ln ordrer til {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order id(s) found.</source>
        <translation>
            <numerusform>%n ordre-ID funnet.</numerusform>
            <numerusform>%n ordre-ID-er funnet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) without an order id will be skipped.</source>
        <translation>
            <numerusform>%n linje uten ordre-ID hoppes over.</numerusform>
            <numerusform>%n linjer uten ordre-ID hoppes over.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fetched {fetched} of %n order(s).</source>
        <translation>
            <numerusform>Hentet {fetched} av %n ordre.</numerusform>
            <numerusform>Hentet {fetched} av %n ordrer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %n were not fetched.</source>
        <translation>
            <numerusform>Avbrutt: %n ble ikke hentet.</numerusform>
            <numerusform>Avbrutt: %n ble ikke hentet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Klarna does not know %n of them (wrong id, or another store):</source>
        <translation>
            <numerusform>Klarna kjenner ikke til %n av dem (feil ID eller en annen butikk):</numerusform>
            <numerusform>Klarna kjenner ikke til %n av dem (feil ID eller en annen butikk):</numerusform>
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
        <translation>Pakke 1 av 2</translation>
    </message>
    <message>
        <source>Returned: {name}</source>
        <translation>Returnert: {name}</translation>
    </message>
    <message>
        <source>The customer cancelled one item before it shipped</source>
        <translation>Kunden avbestilte en vare før den ble sendt</translation>
    </message>
    <message>
        <source>c/o Reception, 3rd floor</source>
        <translation>c/o Resepsjonen, 3. etasje</translation>
    </message>
    <message>
        <source>Checked in the Merchant Portal: no capture on this order</source>
        <translation>Sjekket i Merchant Portal: ingen aktivering på denne ordren</translation>
    </message>
</context>
<context>
    <name>DueDateDialog</name>
    <message>
        <source>&amp;Extend due date…</source>
        <translation>&amp;Forleng forfallsdato…</translation>
    </message>
    <message>
        <source>Extend the customer&apos;s due date by</source>
        <translation>Forleng kundens forfallsdato med</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Alternativer</translation>
    </message>
    <message>
        <source>&amp;Options</source>
        <translation>&amp;Alternativer</translation>
    </message>
    <message>
        <source>Klarna charges you (the merchant) the fee; the customer simply gets longer to pay.</source>
        <translation>Klarna belaster deg (butikken) gebyret; kunden får ganske enkelt lengre tid til å betale.</translation>
    </message>
    <message>
        <source>Only pay-later purchases (such as Pay in 30 days) have a due date.</source>
        <translation>Bare kjøp med senere betaling (for eksempel Betal innen 30 dager) har en forfallsdato.</translation>
    </message>
    <message>
        <source>Choose a capture.</source>
        <translation>Velg en aktivering.</translation>
    </message>
    <message>
        <source>Fetching the options from Klarna…</source>
        <translation>Henter alternativene fra Klarna…</translation>
    </message>
    <message>
        <source>Klarna offers no extension for this capture (its due date may have been extended already).</source>
        <translation>Klarna tilbyr ingen forlengelse for denne aktiveringen (forfallsdatoen kan allerede være forlenget).</translation>
    </message>
    <message>
        <source>Klarna did not give the options.</source>
        <translation>Klarna oppga ingen alternativer.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>ukjent</translation>
    </message>
    <message>
        <source>the customer</source>
        <translation>kunden</translation>
    </message>
    <message>
        <source>Waiting for Klarna&apos;s options…</source>
        <translation>Venter på alternativene fra Klarna…</translation>
    </message>
    <message>
        <source>Choose by how many days.</source>
        <translation>Velg med hvor mange dager.</translation>
    </message>
    <message>
        <source>There is nothing to choose.</source>
        <translation>Det er ingenting å velge.</translation>
    </message>
</context>
<context>
    <name>Environments</name>
    <message>
        <source>Production</source>
        <translation>Produksjon</translation>
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
        <translation>Egendefinert</translation>
    </message>
</context>
<context>
    <name>ExplainedDialog</name>
    <message>
        <source>What this does</source>
        <translation>Hva dette gjør</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Search first: the export writes the orders found.</source>
        <translation>Søk først: eksporten skriver ut ordrene som blir funnet.</translation>
    </message>
    <message>
        <source>Export orders as CSV</source>
        <translation>Eksporter ordrer som CSV</translation>
    </message>
    <message>
        <source>Exporting orders… {done} of {total}</source>
        <translation>Eksporterer ordrer… {done} av {total}</translation>
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
        <translation>&amp;Forleng</translation>
    </message>
    <message>
        <source>Expires now</source>
        <translation>Utløper nå</translation>
    </message>
    <message>
        <source>After extending</source>
        <translation>Etter forlengelse</translation>
    </message>
    <message>
        <source>Send anyway: this account&apos;s authorization period is longer than {days} days</source>
        <translation>Send likevel: denne kontoens reservasjonstid er lengre enn {days} dager</translation>
    </message>
    <message>
        <source>Send anyway</source>
        <translation>Send likevel</translation>
    </message>
    <message>
        <source>Extending now would change nothing: the expiry would stay {expiry} (Klarna counts {days} days from today, the standard period, and never past 180 days after the purchase).</source>
        <translation>Å forlenge nå ville ikke endre noe: utløpsdatoen ville forbli {expiry} (Klarna regner {days} dager fra i dag, standardperioden, og aldri lenger enn 180 dager etter kjøpet).</translation>
    </message>
    <message>
        <source>&lt;p&gt;The new date is no later than the current one: extending now changes nothing (Klarna counts from today, and never past 180 days after the purchase).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Den nye datoen er ikke senere enn den nåværende: å forlenge nå endrer ingenting (Klarna regner fra i dag, og aldri lenger enn 180 dager etter kjøpet).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;This reaches the limit of 180 days after the purchase; it cannot be extended again.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Dette når grensen på 180 dager etter kjøpet; reservasjonen kan ikke forlenges igjen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Klarna extends the authorization from today by the account&apos;s period, so there is more time to capture. Klarna means this as an exception, not a routine.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Klarna forlenger reservasjonen fra i dag med kontoens periode, slik at det blir mer tid til å aktivere. Klarna mener dette som et unntak, ikke en rutine.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>ukjent</translation>
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
        <translation>Det finnes ingen profil &apos;{name}&apos;; åpnet Sandbox.</translation>
    </message>
    <message>
        <source>Could not open the local data of {profile}</source>
        <translation>Kunne ikke åpne de lokale dataene for {profile}</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import order IDs</source>
        <translation>Importer ordre-ID-er</translation>
    </message>
    <message>
        <source>Paste Klarna order ids (one per line, or a CSV export with an order id column), or open a CSV file. Klarna&apos;s API has no search, so orders must be fetched once to be found here.</source>
        <translation>Lim inn Klarnas ordre-ID-er (én per linje, eller en CSV-eksport med en kolonne for ordre-ID), eller åpne en CSV-fil. Klarnas API har ikke søk, så ordrer må hentes én gang for å kunne finnes her.</translation>
    </message>
    <message>
        <source>Order ids to import</source>
        <translation>Ordre-ID-er som skal importeres</translation>
    </message>
    <message>
        <source>No order ids yet.</source>
        <translation>Ingen ordre-ID-er ennå.</translation>
    </message>
    <message>
        <source>Order ids found</source>
        <translation>Funne ordre-ID-er</translation>
    </message>
    <message>
        <source>Open CSV file…</source>
        <translation>Åpne CSV-fil…</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Importfremdrift</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>Importrapport</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Open a CSV file with order ids</source>
        <translation>Åpne en CSV-fil med ordre-ID-er</translation>
    </message>
    <message>
        <source>CSV or text (*.csv *.txt);;All files (*)</source>
        <translation>CSV eller tekst (*.csv *.txt);;Alle filer (*)</translation>
    </message>
    <message>
        <source>{file} is larger than {size} MB</source>
        <translation>{file} er større enn {size} MB</translation>
    </message>
    <message>
        <source>Could not read the file: {error}</source>
        <translation>Kunne ikke lese filen: {error}</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Lukk</translation>
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
        <translation>{agent}, arbeidsstasjon {desk}</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>nettopp</translation>
    </message>
    <message>
        <source>not applied (closed by hand)</source>
        <translation>ikke utført (lukket manuelt)</translation>
    </message>
    <message>
        <source>no answer yet · next try {time}</source>
        <translation>ikke svar ennå · neste forsøk {time}</translation>
    </message>
    <message>
        <source>no answer yet · check with Klarna</source>
        <translation>ikke svar ennå · sjekk hos Klarna</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>sender</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>vellykket</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>mislyktes</translation>
    </message>
</context>
<context>
    <name>KlarnaErrors</name>
    <message>
        <source>Klarna has no order with this id for these credentials. Check the order id, and that the profile uses the region and environment (live or playground) the order was placed in.</source>
        <translation>Klarna har ingen ordre med denne ID-en for disse påloggingsopplysningene. Kontroller ordre-ID-en, og at profilen bruker samme region og miljø (live eller playground) som ordren ble lagt inn i.</translation>
    </message>
    <message>
        <source>Klarna could not find the capture or refund this request names. Reload the order to see its current captures and refunds, then try again.</source>
        <translation>Klarna fant ikke aktiveringen eller refusjonen forespørselen gjelder. Last inn ordren på nytt for å se aktiveringene og refusjonene den har nå, og prøv igjen.</translation>
    </message>
    <message>
        <source>Klarna could not find this capture on the order. Reload the order and choose one of its current captures.</source>
        <translation>Klarna fant ikke denne aktiveringen på ordren. Last inn ordren på nytt og velg en av aktiveringene den har nå.</translation>
    </message>
    <message>
        <source>The order id is not valid: Klarna order ids are UUIDs. Copy the order id again, for example from the Merchant Portal.</source>
        <translation>Ordre-ID-en er ugyldig: Klarnas ordre-ID-er er UUID-er. Kopier ordre-ID-en på nytt, for eksempel fra Merchant Portal.</translation>
    </message>
    <message>
        <source>Klarna rejected a value in the request; its message names the field and the limit. Nothing was changed: correct that field and send again.</source>
        <translation>Klarna godtok ikke en verdi i forespørselen; meldingen fra Klarna oppgir feltet og grensen. Ingenting er endret: rett opp feltet og send på nytt.</translation>
    </message>
    <message>
        <source>Klarna does not allow this action on the order in its current state; its message says why. Nothing was changed: reload the order to see its status and amounts.</source>
        <translation>Klarna tillater ikke denne handlingen på ordren slik den står nå; meldingen fra Klarna oppgir hvorfor. Ingenting er endret: last inn ordren på nytt for å se status og beløp.</translation>
    </message>
    <message>
        <source>Klarna did not capture: the order is cancelled or expired, or the amount is higher than the remaining authorized amount. Reload the order and capture at most the remaining authorized amount.</source>
        <translation>Klarna aktiverte ikke: ordren er kansellert eller utløpt, eller beløpet er høyere enn gjenværende reservert beløp. Last inn ordren på nytt og aktiver høyst det gjenværende reserverte beløpet.</translation>
    </message>
    <message>
        <source>Klarna did not refund: the order has no captures, or the amount is higher than what was captured and not yet refunded. Reload the order and refund at most that amount.</source>
        <translation>Klarna refunderte ikke: ordren har ingen aktiveringer, eller beløpet er høyere enn det som er aktivert og ennå ikke refundert. Last inn ordren på nytt og refunder høyst det beløpet.</translation>
    </message>
    <message>
        <source>Klarna did not cancel the order because part of it is already captured. Refund what was captured instead, and release the remaining authorization if nothing more will be shipped.</source>
        <translation>Klarna kansellerte ikke ordren fordi en del av den allerede er aktivert. Refunder det aktiverte beløpet i stedet, og frigi den gjenværende reservasjonen hvis ingenting mer skal sendes.</translation>
    </message>
    <message>
        <source>Klarna could not charge the customer&apos;s payment method, so nothing was captured. Do not ship yet: ask the customer to update their payment details, or contact Klarna merchant support.</source>
        <translation>Klarna kunne ikke belaste kundens betalingsmåte, så ingenting er aktivert. Ikke send varene ennå: be kunden oppdatere betalingsopplysningene sine, eller kontakt Klarnas butikkstøtte.</translation>
    </message>
    <message>
        <source>The request clashes with a change made to the order at the same time, for example in the Merchant Portal or the shop system. Reload the order and check whether the change is already there before sending it again.</source>
        <translation>Forespørselen kolliderer med en endring som ble gjort på ordren samtidig, for eksempel i Merchant Portal eller i nettbutikksystemet. Last inn ordren på nytt og sjekk om endringen allerede er på plass før du sender den igjen.</translation>
    </message>
    <message>
        <source>The request is larger than Klarna accepts (1 MB). Send fewer order lines or shipping details at a time.</source>
        <translation>Forespørselen er større enn Klarna tar imot (1 MB). Send færre ordrelinjer eller mindre fraktinformasjon om gangen.</translation>
    </message>
    <message>
        <source>Klarna found the address invalid. Check the street, postal code and city against the country&apos;s format and send it again.</source>
        <translation>Klarna vurderte adressen som ugyldig. Kontroller gateadresse, postnummer og poststed mot landets format, og send den på nytt.</translation>
    </message>
    <message>
        <source>Klarna is receiving too many requests from this merchant account right now. Wait a few minutes and retry; the same idempotency key makes sure Klarna applies the change at most once.</source>
        <translation>Klarna mottar akkurat nå for mange forespørsler fra denne butikkontoen. Vent noen minutter og prøv igjen; samme idempotensnøkkel sørger for at Klarna utfører endringen høyst én gang.</translation>
    </message>
    <message>
        <source>Klarna had an internal error, so the change may or may not have been applied. Retry with the same idempotency key (Klarna applies it at most once); if it keeps failing, contact Klarna merchant support and quote the correlation id.</source>
        <translation>Klarna fikk en intern feil, så endringen kan ha blitt utført eller ikke. Prøv igjen med samme idempotensnøkkel (Klarna utfører den høyst én gang); hvis feilen vedvarer, kontakt Klarnas butikkstøtte og oppgi korrelasjons-ID-en.</translation>
    </message>
    <message>
        <source>Klarna&apos;s service is temporarily unavailable, so the change may or may not have been applied. Retry later with the same idempotency key; Klarna applies it at most once.</source>
        <translation>Klarnas tjeneste er midlertidig utilgjengelig, så endringen kan ha blitt utført eller ikke. Prøv igjen senere med samme idempotensnøkkel; Klarna utfører den høyst én gang.</translation>
    </message>
    <message>
        <source>Klarna&apos;s message: {message}</source>
        <translation>Melding fra Klarna: {message}</translation>
    </message>
    <message>
        <source>Amounts in Klarna&apos;s message: {amounts}</source>
        <translation>Beløp i meldingen fra Klarna: {amounts}</translation>
    </message>
    <message>
        <source>Error code: {code}</source>
        <translation>Feilkode: {code}</translation>
    </message>
    <message>
        <source>Correlation id: {correlation_id}</source>
        <translation>Korrelasjons-ID: {correlation_id}</translation>
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
        <translation>fraktgebyr</translation>
    </message>
    <message>
        <source>sales tax</source>
        <translation>salgsskatt</translation>
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
        <translation>tilleggsgebyr</translation>
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
        <translation>Referanse</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Antall</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Enhetspris</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Rabatt</translation>
    </message>
    <message>
        <source>Tax rate %</source>
        <translation>Mva %</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Sum</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Mva</translation>
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
        <translation>{line}: rabatten {discount} er større enn linjens {limit} (antall × enhetspris); høyst {limit}.</translation>
    </message>
    <message>
        <source>Computed: quantity × unit price − discount; tax included at the rate.</source>
        <translation>Beregnes: antall × enhetspris − rabatt; mva er inkludert etter satsen.</translation>
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
        <translation>referanse</translation>
    </message>
    <message>
        <source>type</source>
        <translation>type</translation>
    </message>
    <message>
        <source>quantity</source>
        <translation>antall</translation>
    </message>
    <message>
        <source>unit price</source>
        <translation>enhetspris</translation>
    </message>
    <message>
        <source>discount</source>
        <translation>rabatt</translation>
    </message>
    <message>
        <source>tax rate</source>
        <translation>mva-sats</translation>
    </message>
    <message>
        <source>{typed} is not a line type; use one of {types}</source>
        <translation>{typed} er ingen linjetype; bruk en av {types}</translation>
    </message>
    <message>
        <source>quantity must be a whole number from 0 to {max}; {typed} is not</source>
        <translation>antall må være et heltall fra 0 til {max}; {typed} er ikke det</translation>
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
        <translation>&amp;Aktiver…</translation>
    </message>
    <message>
        <source>&amp;Refund…</source>
        <translation>&amp;Refunder…</translation>
    </message>
    <message>
        <source>Ca&amp;ncel order…</source>
        <translation>&amp;Kanseller ordre…</translation>
    </message>
    <message>
        <source>Re&amp;lease remaining authorization…</source>
        <translation>&amp;Frigi gjenværende reservasjon…</translation>
    </message>
    <message>
        <source>E&amp;xtend authorization time…</source>
        <translation>Forleng reservasjons&amp;tiden…</translation>
    </message>
    <message>
        <source>Update order &amp;amount and lines…</source>
        <translation>Endre ordrebeløp og &amp;linjer…</translation>
    </message>
    <message>
        <source>Edit shipping &amp;address…</source>
        <translation>Endre le&amp;veringsadresse…</translation>
    </message>
    <message>
        <source>&amp;Merchant references…</source>
        <translation>&amp;Butikkreferanser…</translation>
    </message>
    <message>
        <source>Add &amp;shipping info…</source>
        <translation>Legg til frakt&amp;informasjon…</translation>
    </message>
    <message>
        <source>Ac&amp;knowledge</source>
        <translation>Bekreft m&amp;ottak</translation>
    </message>
    <message>
        <source>Add shipping info to capture…</source>
        <translation>Legg til fraktinformasjon for aktiveringen…</translation>
    </message>
    <message>
        <source>Extend &amp;due date…</source>
        <translation>Forleng forfalls&amp;dato…</translation>
    </message>
    <message>
        <source>Resend customer &amp;communication…</source>
        <translation>Send kunde&amp;utsendelsen på nytt…</translation>
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
        <translation>Fanen Refusjoner</translation>
    </message>
    <message>
        <source>Shipping tab</source>
        <translation>Fanen Frakt</translation>
    </message>
    <message>
        <source>Customer tab</source>
        <translation>Fanen Kunde</translation>
    </message>
    <message>
        <source>History tab</source>
        <translation>Fanen Historikk</translation>
    </message>
    <message>
        <source>Raw tab</source>
        <translation>Fanen Rådata</translation>
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
        <translation>Miljøet til den aktive profilen</translation>
    </message>
    <message>
        <source>READ-ONLY</source>
        <translation>SKRIVEBESKYTTET</translation>
    </message>
    <message>
        <source>&amp;Refresh order</source>
        <translation>Oppda&amp;ter ordren</translation>
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
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <source>&amp;Import order IDs…</source>
        <translation>&amp;Importer ordre-ID-er…</translation>
    </message>
    <message>
        <source>&amp;Export orders…</source>
        <translation>&amp;Eksporter ordrer…</translation>
    </message>
    <message>
        <source>&amp;Profiles…</source>
        <translation>&amp;Profiler…</translation>
    </message>
    <message>
        <source>Reset sandbox demo data…</source>
        <translation>Tilbakestill demodata i sandkassen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avslutt</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <source>&amp;Find orders</source>
        <translation>&amp;Søk etter ordrer</translation>
    </message>
    <message>
        <source>&amp;Order</source>
        <translation>&amp;Ordre</translation>
    </message>
    <message>
        <source>&amp;Bulk</source>
        <translation>&amp;Massehandlinger</translation>
    </message>
    <message>
        <source>Capture selected orders in full…</source>
        <translation>Aktiver valgte ordrer helt…</translation>
    </message>
    <message>
        <source>Extend authorization of selected orders…</source>
        <translation>Forleng reservasjonen for valgte ordrer…</translation>
    </message>
    <message>
        <source>Pa&amp;youts</source>
        <translation>&amp;Utbetalinger</translation>
    </message>
    <message>
        <source>&amp;Payouts…</source>
        <translation>&amp;Utbetalinger…</translation>
    </message>
    <message>
        <source>&amp;Sync payouts now</source>
        <translation>&amp;Synkroniser utbetalinger nå</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjelp</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Hurtigtaster</translation>
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
        <translation>Systemspråk</translation>
    </message>
    <message>
        <source>The language changes when Klarna Order Console is next started.</source>
        <translation>Språket endres neste gang Klarna Order Console startes.</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Hurtigtaster</translation>
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
        <translation>Meny</translation>
    </message>
    <message>
        <source>Tab / Shift+Tab</source>
        <translation>Tab / Shift+Tab</translation>
    </message>
    <message>
        <source>Move between the search box, the results and the order</source>
        <translation>Flytt mellom søkefeltet, resultatene og ordren</translation>
    </message>
    <message>
        <source>Show the previous or next order in the results</source>
        <translation>Vis forrige eller neste ordre i resultatene</translation>
    </message>
    <message>
        <source>Shift+↑ ↓, Shift+click</source>
        <translation>Shift+↑ ↓, Shift+klikk</translation>
    </message>
    <message>
        <source>Select a range of orders (for Bulk and Export)</source>
        <translation>Merk et område med ordrer (for massehandlinger og eksport)</translation>
    </message>
    <message>
        <source>Ctrl+click, Ctrl+A</source>
        <translation>Ctrl+klikk, Ctrl+A</translation>
    </message>
    <message>
        <source>Add an order to the selection; select all</source>
        <translation>Legg til en ordre i utvalget; merk alle</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Open the order and move to its tabs</source>
        <translation>Åpne ordren og gå til fanene dens</translation>
    </message>
    <message>
        <source>Klarna Order Console — {profile} ({environment})</source>
        <translation>Klarna Order Console – {profile} ({environment})</translation>
    </message>
    <message>
        <source>Open an order first.</source>
        <translation>Åpne en ordre først.</translation>
    </message>
    <message>
        <source>{action}: not possible. {reason}</source>
        <translation>{action}: ikke mulig. {reason}</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Copy correlation id</source>
        <translation>Kopier korrelasjons-ID</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Lukk meldingen</translation>
    </message>
    <message>
        <source>{message}  (correlation id {id})</source>
        <translation>{message}  (korrelasjons-ID {id})</translation>
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
        <translation>Tidligere handling uten svar</translation>
    </message>
    <message>
        <source>Send &amp;again with the same key</source>
        <translation>Send på &amp;nytt med samme nøkkel</translation>
    </message>
    <message>
        <source>Send again with the same idempotency key</source>
        <translation>Send på nytt med samme idempotensnøkkel</translation>
    </message>
    <message>
        <source>Chec&amp;k with Klarna</source>
        <translation>S&amp;jekk hos Klarna</translation>
    </message>
    <message>
        <source>Check with Klarna</source>
        <translation>Sjekk hos Klarna</translation>
    </message>
    <message>
        <source>What Klarna shows</source>
        <translation>Hva Klarna viser</translation>
    </message>
    <message>
        <source>Why you are sure it was not applied, e.g. checked in the Merchant Portal</source>
        <translation>Hvorfor du er sikker på at den ikke ble utført, f.eks. sjekket i Merchant Portal</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notat</translation>
    </message>
    <message>
        <source>&amp;Mark not applied</source>
        <translation>&amp;Merk som ikke utført</translation>
    </message>
    <message>
        <source>Mark not applied</source>
        <translation>Merk som ikke utført</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>N&amp;otat:</translation>
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
        <translation>Ordrens status hos Klarna</translation>
    </message>
    <message>
        <source>Worked out by the console from the order&apos;s refunds</source>
        <translation>Beregnet av konsollen ut fra ordrens refusjoner</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Oppdater</translation>
    </message>
    <message>
        <source>Refresh order</source>
        <translation>Oppdater ordren</translation>
    </message>
    <message>
        <source>Read the order from Klarna again (Ctrl+R)</source>
        <translation>Les ordren fra Klarna på nytt (Ctrl+R)</translation>
    </message>
    <message>
        <source>Order amount</source>
        <translation>Ordrebeløp</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>Aktivert</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Refundert</translation>
    </message>
    <message>
        <source>Remaining to capture</source>
        <translation>Gjenstår å aktivere</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Utløper</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Betaling</translation>
    </message>
    <message>
        <source>Merchant references</source>
        <translation>Butikkreferanser</translation>
    </message>
    <message>
        <source>Order id</source>
        <translation>Ordre-ID</translation>
    </message>
    <message>
        <source>Read from Klarna</source>
        <translation>Lest fra Klarna</translation>
    </message>
    <message>
        <source>Merchant refs</source>
        <translation>Butikkref.</translation>
    </message>
    <message>
        <source>Order {order}</source>
        <translation>Ordre {order}</translation>
    </message>
    <message>
        <source>Fraud: {status}</source>
        <translation>Svindel: {status}</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>ikke ennå</translation>
    </message>
    <message>
        <source>Nothing is left to capture, so the authorization&apos;s expiry no longer matters.</source>
        <translation>Det er ingenting igjen å aktivere, så reservasjonens utløpsdato har ikke lenger betydning.</translation>
    </message>
    <message>
        <source>⚠ {expiry}: capture or extend soon</source>
        <translation>⚠ {expiry}: aktiver eller forleng snart</translation>
    </message>
    <message>
        <source>{expiry}: expired</source>
        <translation>{expiry}: utløpt</translation>
    </message>
</context>
<context>
    <name>OrderStatus</name>
    <message>
        <source>Authorized</source>
        <translation>Reservert</translation>
    </message>
    <message>
        <source>Part captured</source>
        <translation>Delvis aktivert</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>Aktivert</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Kansellert</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Utløpt</translation>
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
        <translation>rabatt</translation>
    </message>
    <message>
        <source>shipping fee</source>
        <translation>fraktgebyr</translation>
    </message>
    <message>
        <source>sales tax</source>
        <translation>salgsskatt</translation>
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
        <translation>tilleggsgebyr</translation>
    </message>
    <message>
        <source>return fee</source>
        <translation>returgebyr</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referanse</translation>
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
        <translation>Antall</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Enhetspris</translation>
    </message>
    <message>
        <source>Tax rate</source>
        <translation>Mva-sats</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Rabatt</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Sum</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Mva</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Merknad: {note}</translation>
    </message>
    <message>
        <source>Attn: {name}</source>
        <translation>Att.: {name}</translation>
    </message>
    <message>
        <source>Billing address</source>
        <translation>Fakturaadresse</translation>
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
        <translation>Klarna lar ikke butikker endre den (risikovurdering).</translation>
    </message>
    <message>
        <source>Can be changed while the order is open.</source>
        <translation>Kan endres mens ordren er åpen.</translation>
    </message>
    <message>
        <source>Date of birth: {date}</source>
        <translation>Fødselsdato: {date}</translation>
    </message>
    <message>
        <source>National id: •••• {last_digits}</source>
        <translation>Fødselsnummer: •••• {last_digits}</translation>
    </message>
    <message>
        <source>Country: {country} · Locale: {locale}</source>
        <translation>Land: {country} · Språkinnstilling: {locale}</translation>
    </message>
</context>
<context>
    <name>OrderView</name>
    <message>
        <source>Search for an order on the left, or paste an order id.</source>
        <translation>Søk etter en ordre til venstre, eller lim inn en ordre-ID.</translation>
    </message>
    <message>
        <source>Klarna ref</source>
        <translation>Klarna-ref.</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>Aktivert</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Beløp</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Refundert</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referanse</translation>
    </message>
    <message>
        <source>Shipments</source>
        <translation>Sendinger</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Linjer</translation>
    </message>
    <message>
        <source>Capture id</source>
        <translation>Aktiverings-ID</translation>
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
        <translation>Refusjons-ID</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Gjelder</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Transportør</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Leveringsmåte</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Sporingsnummer</translation>
    </message>
    <message>
        <source>Return carrier</source>
        <translation>Returtransportør</translation>
    </message>
    <message>
        <source>Return tracking</source>
        <translation>Retursporing</translation>
    </message>
    <message>
        <source>Tracking link</source>
        <translation>Sporingslenke</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Når</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Handling</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <source>Recorded by another window ({window})</source>
        <translation>Registrert av et annet vindu ({window})</translation>
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
        <translation>Feil</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Melding</translation>
    </message>
    <message>
        <source>Correlation id</source>
        <translation>Korrelasjons-ID</translation>
    </message>
    <message>
        <source>Result id</source>
        <translation>Resultat-ID</translation>
    </message>
    <message>
        <source>Idempotency key</source>
        <translation>Idempotensnøkkel</translation>
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
        <translation>Ingenting er aktivert ennå.</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Refusjoner</translation>
    </message>
    <message>
        <source>Nothing has been refunded.</source>
        <translation>Ingenting er refundert.</translation>
    </message>
    <message>
        <source>Shipping information</source>
        <translation>Fraktinformasjon</translation>
    </message>
    <message>
        <source>No shipping information yet: add carriers and tracking numbers with Order → Add shipping info, or when capturing.</source>
        <translation>Ingen fraktinformasjon ennå: legg til transportører og sporingsnumre med Ordre → Legg til fraktinformasjon, eller ved aktivering.</translation>
    </message>
    <message>
        <source>Selected shipping option</source>
        <translation>Valgt leveringsmåte</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historikk</translation>
    </message>
    <message>
        <source>Nothing has been done to this order from this console yet.

Every capture, refund and change sent from here is listed, with Klarna&apos;s answer and correlation id. Klarna&apos;s API keeps no history of its own; its Merchant Portal keeps about a week of API logs.</source>
        <translation>Ingenting er gjort med denne ordren fra denne konsollen ennå.

Hver aktivering, refusjon og endring som sendes herfra, listes opp med Klarnas svar og korrelasjons-ID. Klarnas API har ingen egen historikk; Merchant Portal tar vare på API-logger i omtrent en uke.</translation>
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
        <translation>&amp;Refusjoner</translation>
    </message>
    <message>
        <source>&amp;Shipping</source>
        <translation>Fra&amp;kt</translation>
    </message>
    <message>
        <source>C&amp;ustomer</source>
        <translation>Ku&amp;nde</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>H&amp;istorikk</translation>
    </message>
    <message>
        <source>Ra&amp;w</source>
        <translation>Rå&amp;data</translation>
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
        <translation>Leveringsmåte valgt i kassen: ingen registrert.</translation>
    </message>
    <message>
        <source>pick-up at {place}</source>
        <translation>henting hos {place}</translation>
    </message>
    <message>
        <source>Shipping option chosen at checkout: {option}</source>
        <translation>Leveringsmåte valgt i kassen: {option}</translation>
    </message>
</context>
<context>
    <name>PayoutColumns</name>
    <message>
        <source>not yet</source>
        <translation>ikke ennå</translation>
    </message>
    <message>
        <source>not synced</source>
        <translation>ikke synkronisert</translation>
    </message>
    <message>
        <source>{fee}: {amount} + VAT {vat}</source>
        <translation>{fee}: {amount} + mva {vat}</translation>
    </message>
    <message>
        <source>Paid out</source>
        <translation>Utbetalt</translation>
    </message>
    <message>
        <source>Klarna&apos;s payout that paid this capture (payment reference as on the bank statement)</source>
        <translation>Klarnas utbetaling som betalte denne aktiveringen (betalingsreferanse som på kontoutskriften)</translation>
    </message>
    <message>
        <source>In no synced payout yet (Payouts → Sync payouts now)</source>
        <translation>Ikke med i noen synkronisert utbetaling ennå (Utbetalinger → Synkroniser utbetalinger nå)</translation>
    </message>
    <message>
        <source>Klarna fees</source>
        <translation>Klarnas gebyrer</translation>
    </message>
    <message>
        <source>Deducted</source>
        <translation>Trukket</translation>
    </message>
    <message>
        <source>Klarna&apos;s payout that deducted this refund</source>
        <translation>Klarnas utbetaling som trakk fra denne refusjonen</translation>
    </message>
    <message>
        <source>In no synced payout yet</source>
        <translation>Ikke med i noen synkronisert utbetaling ennå</translation>
    </message>
</context>
<context>
    <name>PayoutsController</name>
    <message>
        <source>Could not sync Klarna&apos;s payouts</source>
        <translation>Kunne ikke synkronisere Klarnas utbetalinger</translation>
    </message>
    <message>
        <source>Syncing Klarna&apos;s payouts: payouts {done}/{total}</source>
        <translation>Synkroniserer Klarnas utbetalinger: utbetalinger {done}/{total}</translation>
    </message>
    <message>
        <source>Syncing Klarna&apos;s payouts: new orders {done}/{total}</source>
        <translation>Synkroniserer Klarnas utbetalinger: nye ordrer {done}/{total}</translation>
    </message>
    <message>
        <source>{reference} is Klarna&apos;s payout of {date}: {amount} paid out. Its orders are listed; Payouts → Payouts… shows its sales, returns and fees.</source>
        <translation>{reference} er Klarnas utbetaling {date}: {amount} utbetalt. Ordrene i den er listet; Utbetalinger → Utbetalinger… viser salg, returer og gebyrer.</translation>
    </message>
    <message>
        <source>Save Klarna&apos;s {format} report</source>
        <translation>Lagre Klarnas {format}-rapport</translation>
    </message>
    <message>
        <source>{format} files (*.{extension})</source>
        <translation>{format}-filer (*.{extension})</translation>
    </message>
    <message>
        <source>Could not save the {format} report</source>
        <translation>Kunne ikke lagre {format}-rapporten</translation>
    </message>
    <message>
        <source>Saved Klarna&apos;s report of payout {reference} to {path}.</source>
        <translation>Lagret Klarnas rapport for utbetaling {reference} i {path}.</translation>
    </message>
    <message>
        <source>Export payouts</source>
        <translation>Eksporter utbetalinger</translation>
    </message>
    <message>
        <source>Could not export the payouts</source>
        <translation>Kunne ikke eksportere utbetalingene</translation>
    </message>
</context>
<context>
    <name>PayoutsView</name>
    <message>
        <source>Payouts</source>
        <translation>Utbetalinger</translation>
    </message>
    <message>
        <source>Payouts from</source>
        <translation>Utbetalinger fra</translation>
    </message>
    <message>
        <source>Payouts until</source>
        <translation>Utbetalinger til og med</translation>
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
        <translation>S&amp;ynkroniser nå</translation>
    </message>
    <message>
        <source>Read Klarna&apos;s payouts since the From date (at least the last 90 days) and fetch the orders they name</source>
        <translation>Les Klarnas utbetalinger siden Fra-datoen (minst de siste 90 dagene), og hent ordrene de nevner</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>S&amp;topp</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Synkroniseringsfremdrift</translation>
    </message>
    <message>
        <source>Sync status</source>
        <translation>Synkroniseringsstatus</translation>
    </message>
    <message>
        <source>Payout date</source>
        <translation>Utbetalingsdato</translation>
    </message>
    <message>
        <source>Payment reference</source>
        <translation>Betalingsreferanse</translation>
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
        <translation>Returer</translation>
    </message>
    <message>
        <source>Fees + VAT</source>
        <translation>Gebyrer + mva</translation>
    </message>
    <message>
        <source>Debt repaid</source>
        <translation>Nedbetalt gjeld</translation>
    </message>
    <message>
        <source>New debt: {amount}</source>
        <translation>Ny gjeld: {amount}</translation>
    </message>
    <message>
        <source>Paid out</source>
        <translation>Utbetalt</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>Transaksjoner</translation>
    </message>
    <message>
        <source>synced</source>
        <translation>synkronisert</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>ikke ennå</translation>
    </message>
    <message>
        <source>No payouts synced for these dates.

Sync now reads them from Klarna.</source>
        <translation>Ingen utbetalinger synkronisert for disse datoene.

Synkroniser nå leser dem fra Klarna.</translation>
    </message>
    <message>
        <source>Totals of the listed payouts</source>
        <translation>Summer for de listede utbetalingene</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalj</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Beløp</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>Mva</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Ordre</translation>
    </message>
    <message>
        <source>Capture / refund</source>
        <translation>Aktivering/refusjon</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Merchant ref.</source>
        <translation>Butikkref.</translation>
    </message>
    <message>
        <source>Transactions of the selected payout</source>
        <translation>Transaksjoner i den valgte utbetalingen</translation>
    </message>
    <message>
        <source>Choose a payout to see its sales, returns and fees.</source>
        <translation>Velg en utbetaling for å se salg, returer og gebyrer i den.</translation>
    </message>
    <message>
        <source>Save Klarna &amp;CSV…</source>
        <translation>Lagre Klarnas &amp;CSV…</translation>
    </message>
    <message>
        <source>Save Klarna &amp;PDF…</source>
        <translation>Lagre Klarnas &amp;PDF…</translation>
    </message>
    <message>
        <source>Klarna&apos;s own {format} report of the selected payout</source>
        <translation>Klarnas egen {format}-rapport for den valgte utbetalingen</translation>
    </message>
    <message>
        <source>&amp;Export list…</source>
        <translation>&amp;Eksporter liste…</translation>
    </message>
    <message>
        <source>The listed payouts and their totals as a CSV file</source>
        <translation>De listede utbetalingene og summene deres som CSV-fil</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Fra</translation>
    </message>
    <message>
        <source>&amp;until</source>
        <translation>t&amp;il og med</translation>
    </message>
    <message>
        <source>Reading payouts…</source>
        <translation>Leser utbetalinger…</translation>
    </message>
    <message>
        <source>Payout transactions {done}/{total}</source>
        <translation>Utbetalingstransaksjoner {done}/{total}</translation>
    </message>
    <message>
        <source>New orders {done}/{total}</source>
        <translation>Nye ordrer {done}/{total}</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>Synkronisert</translation>
    </message>
    <message>
        <source>Stopped; Sync resumes</source>
        <translation>Stoppet; Synkroniser gjenopptar</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>Synkroniseringen mislyktes</translation>
    </message>
</context>
<context>
    <name>PickLines</name>
    <message>
        <source>Reference</source>
        <translation>Referanse</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Tilgjengelig</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Enhetspris</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Antall</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Beløp</translation>
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
        <translation>{line}: høyst {left} kan velges som antall (det som er igjen av linjen).</translation>
    </message>
    <message>
        <source>{line}: quantity must be a whole number from 0 to {left}; {typed} cannot be typed.</source>
        <translation>{line}: antall må være et heltall fra 0 til {left}; {typed} kan ikke skrives inn.</translation>
    </message>
    <message>
        <source>{left} of {quantity}</source>
        <translation>{left} av {quantity}</translation>
    </message>
    <message>
        <source>Nothing of this line is left.</source>
        <translation>Ingenting er igjen av denne linjen.</translation>
    </message>
    <message>
        <source>Quantity of {name}</source>
        <translation>Antall av {name}</translation>
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
            <numerusform>Aktiver %n valgt ordre helt…</numerusform>
            <numerusform>Aktiver %n valgte ordrer helt…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Extend authorization of %n selected order(s)…</source>
        <translation>
            <numerusform>Forleng reservasjonen for %n valgt ordre…</numerusform>
            <numerusform>Forleng reservasjonen for %n valgte ordrer…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Export %n selected order(s)…</source>
        <translation>
            <numerusform>&amp;Eksporter %n valgt ordre…</numerusform>
            <numerusform>&amp;Eksporter %n valgte ordrer…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Export %n order(s)…</source>
        <translation>
            <numerusform>&amp;Eksporter %n ordre…</numerusform>
            <numerusform>&amp;Eksporter %n ordrer…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>for %n minutt siden</numerusform>
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
            <numerusform>%Ln ordre · valgt: {selected}</numerusform>
            <numerusform>%Ln ordrer · valgt: {selected}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Authorizations that expire within %n day(s): capture or extend them</source>
        <translation>
            <numerusform>Reservasjoner som utløper innen %n dag: aktiver eller forleng dem</numerusform>
            <numerusform>Reservasjoner som utløper innen %n dager: aktiver eller forleng dem</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Captures older than %n day(s) (the usual payout delay) that are in no synced payout yet: ask Klarna, or sync payouts again</source>
        <translation>
            <numerusform>Aktiveringer eldre enn %n dag (den vanlige utbetalingstiden) som ikke er med i noen synkronisert utbetaling ennå: spør Klarna, eller synkroniser utbetalingene på nytt</numerusform>
            <numerusform>Aktiveringer eldre enn %n dager (den vanlige utbetalingstiden) som ikke er med i noen synkronisert utbetaling ennå: spør Klarna, eller synkroniser utbetalingene på nytt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dag</numerusform>
            <numerusform>%n dager</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln payout(s)</source>
        <translation>
            <numerusform>%Ln utbetaling</numerusform>
            <numerusform>%Ln utbetalinger</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln payout(s) · paid out {amount}</source>
        <translation>
            <numerusform>%Ln utbetaling · utbetalt {amount}</numerusform>
            <numerusform>%Ln utbetalinger · utbetalt {amount}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Payouts synced: %Ln in the last {days} days</source>
        <translation>
            <numerusform>Utbetalinger synkronisert: %Ln de siste {days} dagene</numerusform>
            <numerusform>Utbetalinger synkronisert: %Ln de siste {days} dagene</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Payouts synced: %Ln in the last {days} days, {found} new orders found</source>
        <translation>
            <numerusform>Utbetalinger synkronisert: %Ln de siste {days} dagene, {found} nye ordrer funnet</numerusform>
            <numerusform>Utbetalinger synkronisert: %Ln de siste {days} dagene, {found} nye ordrer funnet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln payout(s) to {path}.</source>
        <translation>
            <numerusform>Eksporterte %Ln utbetaling til {path}.</numerusform>
            <numerusform>Eksporterte %Ln utbetalinger til {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) started over 23 hours ago never got an answer, and their keys are too old to send again safely. Open each order and use Check with Klarna in its action: {orders}</source>
        <translation>
            <numerusform>%n handling som ble startet for over 23 timer siden, fikk aldri svar, og nøkkelen er for gammel til å sendes på nytt på en trygg måte. Åpne ordren og bruk Sjekk hos Klarna i handlingen: {orders}</numerusform>
            <numerusform>%n handlinger som ble startet for over 23 timer siden, fikk aldri svar, og nøklene er for gamle til å sendes på nytt på en trygg måte. Åpne hver ordre og bruk Sjekk hos Klarna i handlingen: {orders}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>om %n dag</numerusform>
            <numerusform>om %n dager</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>for %n dag siden</numerusform>
            <numerusform>for %n dager siden</numerusform>
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
        <translation>Vert</translation>
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
        <translation>API-brukernavn</translation>
    </message>
    <message>
        <source>API password</source>
        <translation>API-passord</translation>
    </message>
    <message>
        <source>Badge colour</source>
        <translation>Profilfarge</translation>
    </message>
    <message>
        <source>Profile id</source>
        <translation>Profil-ID</translation>
    </message>
    <message>
        <source>Team store</source>
        <translation>Teamdatabase</translation>
    </message>
    <message>
        <source>Agent name</source>
        <translation>Saksbehandlerens navn</translation>
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
        <translation>Kustom (produksjon)</translation>
    </message>
    <message>
        <source>Kustom (playground)</source>
        <translation>Kustom (playground)</translation>
    </message>
    <message>
        <source>Custom URL</source>
        <translation>Egendefinert URL</translation>
    </message>
    <message>
        <source>Europe</source>
        <translation>Europa</translation>
    </message>
    <message>
        <source>North America</source>
        <translation>Nord-Amerika</translation>
    </message>
    <message>
        <source>Oceania</source>
        <translation>Oseania</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profiler</translation>
    </message>
    <message>
        <source>Add profile</source>
        <translation>Legg til profil</translation>
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
        <translation>Produksjon (ekte penger)</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>Read-only: look at orders, never change them</source>
        <translation>Skrivebeskyttet: se på ordrer, aldri endre dem</translation>
    </message>
    <message>
        <source>empty: this computer&apos;s own store; or postgresql://user@server/database</source>
        <translation>tomt: datamaskinens egen database; eller postgresql://bruker@server/database</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Vert</translation>
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
        <translation>API-brukernavn</translation>
    </message>
    <message>
        <source>API password</source>
        <translation>API-passord</translation>
    </message>
    <message>
        <source>Badge colour</source>
        <translation>Etikettfarge</translation>
    </message>
    <message>
        <source>Team store</source>
        <translation>Teamdatabase</translation>
    </message>
    <message>
        <source>Team store password</source>
        <translation>Passord til teamdatabasen</translation>
    </message>
    <message>
        <source>Agent name</source>
        <translation>Saksbehandlerens navn</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Skrivebeskyttet</translation>
    </message>
    <message>
        <source>Kept {where}.</source>
        <translation>Lagres {where}.</translation>
    </message>
    <message>
        <source>Where the password is kept</source>
        <translation>Hvor passordet lagres</translation>
    </message>
    <message>
        <source>Problems with this profile</source>
        <translation>Problemer med denne profilen</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Resultat av tilkoblingstest</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Test tilkoblingen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lagre</translation>
    </message>
    <message>
        <source>Save and open</source>
        <translation>Lagre og åpne</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <source>The Sandbox is built in: demo orders in a simulator of Klarna Order Management on this computer. No account, no network, no real money. It cannot be edited or removed.</source>
        <translation>Sandbox er innebygd: demoordrer i en simulator av Klarna Order Management på denne datamaskinen. Ingen konto, ikke noe nettverk, ingen ekte penger. Den kan ikke endres eller fjernes.</translation>
    </message>
    <message>
        <source>stored ({backend}); type to replace</source>
        <translation>lagret ({backend}); skriv for å erstatte</translation>
    </message>
    <message>
        <source>required</source>
        <translation>påkrevd</translation>
    </message>
    <message>
        <source>stored; type to replace</source>
        <translation>lagret; skriv for å erstatte</translation>
    </message>
    <message>
        <source>if the server asks for one</source>
        <translation>hvis serveren krever det</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Ny profil</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Lagret.</translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation>Fjern profil</translation>
    </message>
    <message>
        <source>Remove profile {name} and its stored password? Its local order cache and history stay on disk.</source>
        <translation>Fjerne profilen {name} og det lagrede passordet? Den lokale ordrebufferen og historikken blir liggende på disken.</translation>
    </message>
    <message>
        <source>Type the API password to test the connection.</source>
        <translation>Skriv inn API-passordet for å teste tilkoblingen.</translation>
    </message>
    <message>
        <source>Testing {url}…</source>
        <translation>Tester {url}…</translation>
    </message>
    <message>
        <source>{result} (correlation id {id})</source>
        <translation>{result} (korrelasjons-ID {id})</translation>
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
        <translation>Lukk</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lagre</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Forkast</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Bruk</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Tilbakestill</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Åpne</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hjelp</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Nei</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Prøv igjen</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Gjenopprett standardverdier</translation>
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
        <translation>Refusjon ikke mulig.</translation>
    </message>
    <message>
        <source>Cancel not possible.</source>
        <translation>Kansellering ikke mulig.</translation>
    </message>
    <message>
        <source>Remaining authorization cannot be released.</source>
        <translation>Den gjenværende reservasjonen kan ikke frigis.</translation>
    </message>
    <message>
        <source>Authorization time cannot be extended.</source>
        <translation>Reservasjonstiden kan ikke forlenges.</translation>
    </message>
    <message>
        <source>Order authorization cannot be updated.</source>
        <translation>Ordrens reservasjon kan ikke endres.</translation>
    </message>
    <message>
        <source>Customer details cannot be updated.</source>
        <translation>Kundeopplysningene kan ikke endres.</translation>
    </message>
    <message>
        <source>Merchant references cannot be updated.</source>
        <translation>Butikkreferansene kan ikke endres.</translation>
    </message>
    <message>
        <source>Shipping info cannot be added to the capture.</source>
        <translation>Fraktinformasjon kan ikke legges til for aktiveringen.</translation>
    </message>
    <message>
        <source>Send out cannot be triggered for the capture.</source>
        <translation>Kundeutsendelsen for aktiveringen kan ikke sendes på nytt.</translation>
    </message>
    <message>
        <source>Due date cannot be extended for the capture.</source>
        <translation>Forfallsdatoen for aktiveringen kan ikke forlenges.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>tekst</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>et heltall</translation>
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
        <translation>sann eller usann</translation>
    </message>
    <message>
        <source>a decimal number</source>
        <translation>et desimaltall</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>tomt</translation>
    </message>
    <message>
        <source> (got {got})</source>
        <translation> (oppgitt: {got})</translation>
    </message>
    <message>
        <source>Order is already cancelled.</source>
        <translation>Ordren er allerede kansellert.</translation>
    </message>
    <message>
        <source>Order is cancelled.</source>
        <translation>Ordren er kansellert.</translation>
    </message>
    <message>
        <source>Order is expired.</source>
        <translation>Ordren er utløpt.</translation>
    </message>
    <message>
        <source>Order is closed.</source>
        <translation>Ordren er lukket.</translation>
    </message>
    <message>
        <source>Order is pending fraud review.</source>
        <translation>Ordren venter på svindelkontroll.</translation>
    </message>
    <message>
        <source>Order was rejected in fraud review.</source>
        <translation>Ordren ble avvist i svindelkontrollen.</translation>
    </message>
    <message>
        <source>Order is fully captured.</source>
        <translation>Ordren er fullt aktivert.</translation>
    </message>
    <message>
        <source>Order is fully refunded.</source>
        <translation>Ordren er fullt refundert.</translation>
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
        <translation>Ordren har ikke noe gjenværende reservert beløp.</translation>
    </message>
    <message>
        <source>Refunded amount cannot be negative.</source>
        <translation>Refundert beløp kan ikke være negativt.</translation>
    </message>
    <message>
        <source>Captured amount cannot be negative.</source>
        <translation>Aktivert beløp kan ikke være negativt.</translation>
    </message>
    <message>
        <source>Captured amount {amount} is higher than the remaining authorized amount {remaining}.</source>
        <translation>Aktivert beløp {amount} er høyere enn gjenværende reservert beløp {remaining}.</translation>
    </message>
    <message>
        <source>Refunded amount {amount} is higher than the captured amount not yet refunded {refundable}.</source>
        <translation>Refundert beløp {amount} er høyere enn aktivert beløp som ennå ikke er refundert, {refundable}.</translation>
    </message>
    <message>
        <source>Resulting authorization amount {amount} cannot be less than the captured amount {captured}.</source>
        <translation>Det nye reserverte beløpet {amount} kan ikke være lavere enn aktivert beløp {captured}.</translation>
    </message>
    <message>
        <source>The order amount cannot be increased for {method} orders.</source>
        <translation>Ordrebeløpet kan ikke økes for ordrer med betalingsmåten {method}.</translation>
    </message>
    <message>
        <source>The order amount cannot be increased for this payment method.</source>
        <translation>Ordrebeløpet kan ikke økes for denne betalingsmåten.</translation>
    </message>
    <message>
        <source>Authorization time of {method} orders in {country} cannot be extended.</source>
        <translation>Reservasjonstiden kan ikke forlenges for ordrer med betalingsmåten {method} i {country}.</translation>
    </message>
    <message>
        <source>Order has reached the maximum authorization time of {days} days.</source>
        <translation>Ordren har nådd den lengste reservasjonstiden, {days} dager.</translation>
    </message>
    <message>
        <source>Billing address cannot be updated due to risk assessment.</source>
        <translation>Fakturaadressen kan ikke endres på grunn av risikovurderingen.</translation>
    </message>
    <message>
        <source>Capture {capture_id} could not be found.</source>
        <translation>Aktiveringen {capture_id} ble ikke funnet.</translation>
    </message>
    <message>
        <source>Extension of due date is not possible for this payment method.</source>
        <translation>Forfallsdatoen kan ikke forlenges for denne betalingsmåten.</translation>
    </message>
    <message>
        <source>Capture is fully refunded. Extension of due date is not possible.</source>
        <translation>Aktiveringen er fullt refundert. Forfallsdatoen kan ikke forlenges.</translation>
    </message>
    <message>
        <source>Return fees are not available for orders from {country} (only {countries}).</source>
        <translation>Returgebyr er ikke tilgjengelig for ordrer fra {country} (bare {countries}).</translation>
    </message>
    <message>
        <source>Return fees are not available for orders from this country (only {countries}).</source>
        <translation>Returgebyr er ikke tilgjengelig for ordrer fra dette landet (bare {countries}).</translation>
    </message>
    <message>
        <source>Return fees are possible only on orders captured in a single capture (this order has {count}).</source>
        <translation>Returgebyr er bare mulig på ordrer som er aktivert i én enkelt aktivering (denne ordren har {count}).</translation>
    </message>
    <message>
        <source>This profile is read-only: it can look at orders but not change them.</source>
        <translation>Denne profilen er skrivebeskyttet: den kan vise ordrer, men ikke endre dem.</translation>
    </message>
    <message>
        <source>The request contains a password or API secret of a profile; it was not sent. Remove it and try again.</source>
        <translation>Forespørselen inneholder passordet eller API-hemmeligheten til en profil og ble ikke sendt. Fjern den og prøv igjen.</translation>
    </message>
    <message>
        <source>Enter an amount</source>
        <translation>Skriv inn et beløp</translation>
    </message>
    <message>
        <source>Enter the amount as text, e.g. 12.50</source>
        <translation>Skriv inn beløpet som tekst, f.eks. 12,50</translation>
    </message>
    <message>
        <source>{text} is not an amount</source>
        <translation>{text} er ikke et beløp</translation>
    </message>
    <message>
        <source>The amount cannot be negative</source>
        <translation>Beløpet kan ikke være negativt</translation>
    </message>
    <message>
        <source>{currency} has no decimals; {text} has {given}</source>
        <translation>{currency} har ingen desimaler; {text} har {given}</translation>
    </message>
    <message>
        <source>{currency} has 1 decimal; {text} has {given}</source>
        <translation>{currency} har 1 desimal; {text} har {given}</translation>
    </message>
    <message>
        <source>{currency} has {decimals} decimals; {text} has {given}</source>
        <translation>{currency} har {decimals} desimaler; {text} har {given}</translation>
    </message>
    <message>
        <source>This currency</source>
        <translation>Denne valutaen</translation>
    </message>
    <message>
        <source>{text} has more than one decimal mark</source>
        <translation>{text} har mer enn ett desimaltegn</translation>
    </message>
    <message>
        <source>{text} is not grouped in thousands</source>
        <translation>{text} er ikke gruppert i tusener</translation>
    </message>
    <message>
        <source>{given} is not {currency}: type the amount in {currency}, the order&apos;s currency</source>
        <translation>{given} er ikke {currency}: skriv inn beløpet i {currency}, ordrens valuta</translation>
    </message>
    <message>
        <source>could not be read from Klarna after its last write ({detail})</source>
        <translation>kunne ikke leses fra Klarna etter siste endring ({detail})</translation>
    </message>
    <message>
        <source>journal entry {entry} cannot be sent again as it stands ({field})</source>
        <translation>journalpost {entry} kan ikke sendes på nytt slik den står ({field})</translation>
    </message>
    <message>
        <source>An earlier {action} (journal entry {entry}) never got an answer and its key is over 23 hours old: open the order and use Check with Klarna</source>
        <translation>En tidligere forespørsel ({action}, journalpost {entry}) fikk aldri svar, og nøkkelen er eldre enn 23 timer: åpne ordren og bruk Sjekk hos Klarna</translation>
    </message>
    <message>
        <source>done before ({when} UTC, journal entry {entry})</source>
        <translation>gjort tidligere ({when} UTC, journalpost {entry})</translation>
    </message>
    <message>
        <source>an earlier {action} on this order (journal entry {entry}) has no answer yet</source>
        <translation>en tidligere forespørsel på denne ordren ({action}, journalpost {entry}) har ikke fått svar ennå</translation>
    </message>
    <message>
        <source>the same {action} was made minutes ago (journal entry {entry})</source>
        <translation>den samme forespørselen ({action}) ble gjort for noen minutter siden (journalpost {entry})</translation>
    </message>
    <message>
        <source>stopped before sending</source>
        <translation>stoppet før sending</translation>
    </message>
    <message>
        <source>sent, but its outcome could not be journaled: {detail}</source>
        <translation>sendt, men utfallet kunne ikke føres i journalen: {detail}</translation>
    </message>
    <message>
        <source>not sent: the journal could not be written: {detail}</source>
        <translation>ikke sendt: journalen kunne ikke skrives: {detail}</translation>
    </message>
    <message>
        <source>nothing was sent</source>
        <translation>ingenting ble sendt</translation>
    </message>
    <message>
        <source>Klarna&apos;s answer could not be recorded, so the action stays open and is resumed with its original idempotency key</source>
        <translation>svaret fra Klarna kunne ikke lagres, så handlingen står åpen og gjenopptas med sin opprinnelige idempotensnøkkel</translation>
    </message>
    <message>
        <source>the orders fetched from Klarna were not saved on this computer</source>
        <translation>ordrene som ble hentet fra Klarna, ble ikke lagret på denne datamaskinen</translation>
    </message>
    <message>
        <source>today&apos;s backup of the journal was not taken</source>
        <translation>dagens sikkerhetskopi av journalen ble ikke tatt</translation>
    </message>
    <message>
        <source>the orders and journal of this profile cannot be shown</source>
        <translation>ordrene og journalen til denne profilen kan ikke vises</translation>
    </message>
    <message>
        <source>the local data could not be read</source>
        <translation>de lokale dataene kunne ikke leses</translation>
    </message>
    <message>
        <source>nothing was saved</source>
        <translation>ingenting ble lagret</translation>
    </message>
    <message>
        <source>is missing: the file was there before and is gone</source>
        <translation>mangler: filen fantes tidligere, men er borte</translation>
    </message>
    <message>
        <source>is missing, but its -wal file (the newest part of it) is still there</source>
        <translation>mangler, men -wal-filen (den nyeste delen av den) finnes fortsatt</translation>
    </message>
    <message>
        <source>is empty (0 bytes): the file was there before, with data</source>
        <translation>er tom (0 byte): filen fantes tidligere, med data</translation>
    </message>
    <message>
        <source>is not a readable SQLite database (its first page is zeroed)</source>
        <translation>er ikke en lesbar SQLite-database (første side er nullstilt)</translation>
    </message>
    <message>
        <source>is not a readable SQLite database (its first page is not a SQLite header)</source>
        <translation>er ikke en lesbar SQLite-database (første side har ikke SQLite-hode)</translation>
    </message>
    <message>
        <source>failed SQLite&apos;s check: {detail}</source>
        <translation>besto ikke SQLite-kontrollen: {detail}</translation>
    </message>
    <message>
        <source>is damaged ({detail})</source>
        <translation>er skadet ({detail})</translation>
    </message>
    <message>
        <source> ({amounts} in minor units)</source>
        <translation> ({amounts} i minste valutaenhet)</translation>
    </message>
    <message>
        <source>{n}) {action} on order {order}{amount}, started {started} UTC, idempotency key {key}, state {state}</source>
        <translation>{n}) {action} på ordre {order}{amount}, startet {started} UTC, idempotensnøkkel {key}, tilstand {state}</translation>
    </message>
    <message>
        <source>nothing was left of it</source>
        <translation>ingenting var igjen av den</translation>
    </message>
    <message>
        <source>The local store {path} {problem}. It was moved aside whole ({files}) to {kept_in}; nothing was deleted, and a new, empty store was started for this profile. </source>
        <translation>Den lokale databasen {path} {problem}. Den ble flyttet til side i sin helhet ({files}) til {kept_in}; ingenting ble slettet, og en ny, tom database ble opprettet for denne profilen. </translation>
    </message>
    <message>
        <source>the moved files</source>
        <translation>de flyttede filene</translation>
    </message>
    <message>
        <source>the backup of {when}, {backup}</source>
        <translation>sikkerhetskopien fra {when}, {backup}</translation>
    </message>
    <message>
        <source>the moved files and the backup of {when}</source>
        <translation>de flyttede filene og sikkerhetskopien fra {when}</translation>
    </message>
    <message>
        <source>and {more} more, listed in {readme}</source>
        <translation>og {more} til, oppført i {readme}</translation>
    </message>
    <message>
        <source> (read from {source})</source>
        <translation> (lest fra {source})</translation>
    </message>
    <message>
        <source>It held {count} write(s) to Klarna whose outcome was never recorded{read_from}. They are kept open in the new journal with their own keys: nothing new is sent for those orders until each is settled; each is sent again with its own key (Klarna applies it at most once) while the key is under 23 hours old, and older ones wait for Check with Klarna in the order&apos;s action: {writes}.</source>
        <translation>Den inneholdt {count} endring(er) til Klarna der utfallet aldri ble lagret{read_from}. De holdes åpne i den nye journalen med sine egne nøkler: ingenting nytt sendes for disse ordrene før hver av dem er avklart; hver sendes på nytt med sin egen nøkkel (Klarna utfører den høyst én gang) så lenge nøkkelen er yngre enn 23 timer, og eldre venter på Sjekk hos Klarna i ordrens handling: {writes}.</translation>
    </message>
    <message>
        <source> Part of its journal could not be read, so there may be more.</source>
        <translation> En del av journalen kunne ikke leses, så det kan finnes flere.</translation>
    </message>
    <message>
        <source>It held no unfinished writes (read from {source}).</source>
        <translation>Den inneholdt ingen uferdige endringer (lest fra {source}).</translation>
    </message>
    <message>
        <source>Its journal could not be read, so writes it left unfinished are unknown: check this profile&apos;s recent captures and refunds with Klarna before repeating any.</source>
        <translation>Journalen kunne ikke leses, så det er ukjent hvilke endringer som ble stående uferdige: sjekk profilens siste aktiveringer og refusjoner hos Klarna før du gjentar noen av dem.</translation>
    </message>
    <message>
        <source>The disk holding {folder} is full; {then}. Free some space and try again.</source>
        <translation>Disken med {folder} er full; {then}. Frigjør plass og prøv igjen.</translation>
    </message>
    <message>
        <source>The local store in {folder} is locked by another program (another Klarna Order Console window, a backup or sync tool) and stayed locked; {then}. Close the other program and try again.</source>
        <translation>Den lokale databasen i {folder} er låst av et annet program (et annet Klarna Order Console-vindu, et sikkerhetskopierings- eller synkroniseringsprogram) og forble låst; {then}. Lukk det andre programmet og prøv igjen.</translation>
    </message>
    <message>
        <source> ({where})</source>
        <translation> ({where})</translation>
    </message>
    <message>
        <source>Klarna Order Console cannot write to {folder}{where}: the folder belongs to another user, or the disk is read-only; {then}. Give your user write access to it, or start with --basedir pointing to a folder you own.</source>
        <translation>Klarna Order Console kan ikke skrive til {folder}{where}: mappen tilhører en annen bruker, eller disken er skrivebeskyttet; {then}. Gi brukeren din skrivetilgang, eller start med --basedir som peker til en mappe du eier.</translation>
    </message>
    <message>
        <source>Klarna Order Console keeps its data in a folder of that name</source>
        <translation>Klarna Order Console lagrer dataene sine i en mappe med det navnet</translation>
    </message>
    <message>
        <source>Klarna Order Console keeps its data in {folder}</source>
        <translation>Klarna Order Console lagrer dataene sine i {folder}</translation>
    </message>
    <message>
        <source>{where} is in the way: it is a file, not a folder, and {role}; {then}. Move the file away, or start with --basedir pointing elsewhere.</source>
        <translation>{where} er i veien: det er en fil, ikke en mappe, og {role}; {then}. Flytt filen, eller start med --basedir som peker et annet sted.</translation>
    </message>
    <message>
        <source>The local store {path} is damaged ({detail}); {then}. Quit and start Klarna Order Console again: it moves the damaged file aside, keeps it whole, and lists the writes it left unfinished.</source>
        <translation>Den lokale databasen {path} er skadet ({detail}); {then}. Avslutt og start Klarna Order Console på nytt: programmet flytter den skadede filen til side, beholder den hel og lister opp endringene den etterlot uferdige.</translation>
    </message>
    <message>
        <source>The local store {path} failed its daily check ({detail}). Quit and start Klarna Order Console again: it moves the damaged file aside, keeps it whole, and lists the writes it left unfinished.</source>
        <translation>Den lokale databasen {path} besto ikke den daglige kontrollen ({detail}). Avslutt og start Klarna Order Console på nytt: programmet flytter den skadede filen til side, beholder den hel og lister opp endringene den etterlot uferdige.</translation>
    </message>
    <message>
        <source>The local store {path} could not be read ({detail}); nothing was changed. The disk may be failing or disconnected: check it, then open the profile again.</source>
        <translation>Den lokale databasen {path} kunne ikke leses ({detail}); ingenting ble endret. Disken kan være i ferd med å svikte eller være frakoblet: sjekk den, og åpne deretter profilen på nytt.</translation>
    </message>
    <message>
        <source>{path} is not a readable SQLite database ({detail})</source>
        <translation>{path} er ikke en lesbar SQLite-database ({detail})</translation>
    </message>
    <message>
        <source>{path} has schema version {version}, newer than this program&apos;s {latest}: it was written by a newer Klarna Order Console; update the program to open it</source>
        <translation>{path} har skjemaversjon {version}, nyere enn programmets {latest}: den ble skrevet av en nyere Klarna Order Console; oppdater programmet for å åpne den</translation>
    </message>
    <message>
        <source>; the file as it was before is kept at {backup}</source>
        <translation>; filen slik den var før, ligger i {backup}</translation>
    </message>
    <message>
        <source>could not update {path} to schema {version} ({detail}){kept}</source>
        <translation>kunne ikke oppdatere {path} til skjema {version} ({detail}){kept}</translation>
    </message>
    <message>
        <source>the local store {path} is closed</source>
        <translation>den lokale databasen {path} er lukket</translation>
    </message>
    <message>
        <source>The team store {where} cannot be reached ({detail}). Nothing is sent from this desk until it can be: every write is journaled there first.</source>
        <translation>Teamdatabasen {where} kan ikke nås ({detail}). Ingenting sendes fra denne arbeidsstasjonen før den kan nås: hver endring føres først i journalen der.</translation>
    </message>
    <message>
        <source>The team store {where} stopped answering ({detail}). What was being done was not sent; try again once the server answers.</source>
        <translation>Teamdatabasen {where} sluttet å svare ({detail}). Det som var i gang, ble ikke sendt; prøv igjen når serveren svarer.</translation>
    </message>
    <message>
        <source>The team store {where} refused it: {detail} (SQLSTATE {sqlstate}). Nothing was sent from this desk. Try again; if it keeps refusing, show this to whoever runs the database server.</source>
        <translation>Teamdatabasen {where} avviste: {detail} (SQLSTATE {sqlstate}). Ingenting ble sendt fra denne arbeidsstasjonen. Prøv igjen; hvis den fortsetter å avvise, vis dette til den som drifter databaseserveren.</translation>
    </message>
    <message>
        <source>The team store {where} has schema version {version}, newer than this program&apos;s {latest}: another desk runs a newer Klarna Order Console; update it on this desk too.</source>
        <translation>Teamdatabasen {where} har skjemaversjon {version}, nyere enn programmets {latest}: en annen arbeidsstasjon kjører en nyere Klarna Order Console; oppdater den på denne arbeidsstasjonen også.</translation>
    </message>
    <message>
        <source>Klarna did not answer in time ({detail})</source>
        <translation>Klarna svarte ikke i tide ({detail})</translation>
    </message>
    <message>
        <source>could not reach Klarna at {url}: {detail}</source>
        <translation>kunne ikke nå Klarna på {url}: {detail}</translation>
    </message>
    <message>
        <source>Klarna&apos;s answer could not be read as {kind}: {detail}</source>
        <translation>Svaret fra Klarna kunne ikke leses som {kind}: {detail}</translation>
    </message>
    <message>
        <source>Klarna&apos;s next link {link} is not a Settlements URL</source>
        <translation>Neste-lenken {link} fra Klarna er ikke en Settlements-URL</translation>
    </message>
    <message>
        <source>no content type</source>
        <translation>ingen innholdstype</translation>
    </message>
    <message>
        <source>Klarna&apos;s {report} report came as {got}, not {expected}</source>
        <translation>Klarnas rapport {report} kom som {got}, ikke {expected}</translation>
    </message>
    <message>
        <source>unknown region/environment {region}/{environment}: region is one of {regions}, environment one of {environments}</source>
        <translation>ukjent region/miljø {region}/{environment}: region er en av {regions}, miljø en av {environments}</translation>
    </message>
    <message>
        <source>base URL {url} is not an http(s) URL with a host</source>
        <translation>basis-URL-en {url} er ikke en http(s)-URL med vert</translation>
    </message>
    <message>
        <source>base URL {url} is not https: credentials would travel in clear text (plain http is accepted only for this machine, e.g. the sandbox)</source>
        <translation>basis-URL-en {url} bruker ikke https: påloggingsopplysningene ville blitt sendt i klartekst (vanlig http godtas bare for denne maskinen, f.eks. sandkassen)</translation>
    </message>
    <message>
        <source>put the API username and password in the profile, not in the URL</source>
        <translation>legg API-brukernavn og passord i profilen, ikke i URL-en</translation>
    </message>
    <message>
        <source>The disk holding {folder} is full ({detail}); {file} was not saved (its earlier version is kept). Free some space and try again.</source>
        <translation>Disken med {folder} er full ({detail}); {file} ble ikke lagret (den forrige versjonen beholdes). Frigjør plass og prøv igjen.</translation>
    </message>
    <message>
        <source>Klarna Order Console cannot write to {folder} ({detail}); {file} was not saved. Give your user write access to it, or start with --basedir pointing to a folder you own.</source>
        <translation>Klarna Order Console kan ikke skrive til {folder} ({detail}); {file} ble ikke lagret. Gi brukeren din skrivetilgang, eller start med --basedir som peker til en mappe du eier.</translation>
    </message>
    <message>
        <source>it is not valid JSON ({detail})</source>
        <translation>filen er ikke gyldig JSON ({detail})</translation>
    </message>
    <message>
        <source>it is format {format}, written by a newer Klarna Order Console</source>
        <translation>filen har format {format}, skrevet av en nyere Klarna Order Console</translation>
    </message>
    <message>
        <source>profile {number}: {detail}</source>
        <translation>profil {number}: {detail}</translation>
    </message>
    <message>
        <source>profile {number} ({name}): its id {id} is used twice</source>
        <translation>profil {number} ({name}): ID-en {id} brukes to ganger</translation>
    </message>
    <message>
        <source>profile {number} ({name}): {problems}</source>
        <translation>profil {number} ({name}): {problems}</translation>
    </message>
    <message>
        <source>{value} is not a profile id (lower-case letters, digits and &apos;-&apos;, at most 63)</source>
        <translation>{value} er ikke en profil-ID (små bokstaver, sifre og &apos;-&apos;, høyst 63)</translation>
    </message>
    <message>
        <source>another profile is already called {name}</source>
        <translation>en annen profil heter allerede {name}</translation>
    </message>
    <message>
        <source>{value} is not a colour like #4a6fa5</source>
        <translation>{value} er ikke en farge som #4a6fa5</translation>
    </message>
    <message>
        <source>only the built-in Sandbox profile is a sandbox profile, and it cannot be changed</source>
        <translation>bare den innebygde Sandbox-profilen er en sandkasseprofil, og den kan ikke endres</translation>
    </message>
    <message>
        <source>the built-in Sandbox profile cannot be changed</source>
        <translation>den innebygde Sandbox-profilen kan ikke endres</translation>
    </message>
    <message>
        <source>the built-in Sandbox profile cannot be removed</source>
        <translation>den innebygde Sandbox-profilen kan ikke fjernes</translation>
    </message>
    <message>
        <source>a custom base URL replaces region and environment: leave those empty</source>
        <translation>en egen basis-URL erstatter region og miljø: la dem stå tomme</translation>
    </message>
    <message>
        <source>{value} is not one of {allowed} (or give a base URL)</source>
        <translation>{value} er ikke en av {allowed} (eller oppgi en basis-URL)</translation>
    </message>
    <message>
        <source>is required (the API username from the Merchant Portal)</source>
        <translation>må fylles ut (API-brukernavnet fra Merchant Portal)</translation>
    </message>
    <message>
        <source>cannot contain &apos;:&apos;</source>
        <translation>kan ikke inneholde &apos;:&apos;</translation>
    </message>
    <message>
        <source>cannot contain spaces or control characters</source>
        <translation>kan ikke inneholde mellomrom eller kontrolltegn</translation>
    </message>
    <message>
        <source>cannot contain control characters</source>
        <translation>kan ikke inneholde kontrolltegn</translation>
    </message>
    <message>
        <source>must be a PostgreSQL URL starting with postgresql://</source>
        <translation>må være en PostgreSQL-URL som begynner med postgresql://</translation>
    </message>
    <message>
        <source>names no server (postgresql://user@host/database)</source>
        <translation>oppgir ingen server (postgresql://bruker@vert/database)</translation>
    </message>
    <message>
        <source>must not hold the password: give it in the password field (kept in the keyring)</source>
        <translation>kan ikke inneholde passordet: oppgi det i passordfeltet (det lagres i nøkkelringen)</translation>
    </message>
    <message>
        <source>Those profiles were left out; the others were loaded.</source>
        <translation>Disse profilene ble utelatt; de andre ble lastet inn.</translation>
    </message>
    <message>
        <source>No profile could be read from it.</source>
        <translation>Ingen profil kunne leses fra filen.</translation>
    </message>
    <message>
        <source>Passwords in it must be entered again.</source>
        <translation>Passordene i filen må skrives inn på nytt.</translation>
    </message>
    <message>
        <source>{path} is damaged: {problems}. {then} The file as it was is kept as {kept_as}.</source>
        <translation>{path} er skadet: {problems}. {then} Filen slik den var, beholdes som {kept_as}.</translation>
    </message>
    <message>
        <source>no usable keyring: install the &apos;keyring&apos; package and run under a desktop session with a secret service (or use the credentials file)</source>
        <translation>ingen brukbar nøkkelring: installer pakken &apos;keyring&apos; og kjør i en skrivebordsøkt med en secret service (eller bruk filen med påloggingsopplysninger)</translation>
    </message>
    <message>
        <source>the keyring refused the password of profile {profile}: {detail}</source>
        <translation>nøkkelringen avviste passordet til profilen {profile}: {detail}</translation>
    </message>
    <message>
        <source>in the system keyring ({backend}), under the service name {service}</source>
        <translation>i systemets nøkkelring ({backend}), under tjenestenavnet {service}</translation>
    </message>
    <message>
        <source>in the file {path}, which only your user account can read (no system keyring was found)</source>
        <translation>i filen {path}, som bare brukerkontoen din kan lese (ingen systemnøkkelring ble funnet)</translation>
    </message>
    <message>
        <source>Connected to {url}: Klarna accepted the credentials.</source>
        <translation>Tilkoblet {url}: Klarna godtok påloggingsopplysningene.</translation>
    </message>
    <message>
        <source>Klarna refused the username or password ({status}). Credentials work only in their own region and environment: check those as well ({environment}, {url}).</source>
        <translation>Klarna avviste brukernavnet eller passordet ({status}). Påloggingsopplysninger virker bare i sin egen region og sitt eget miljø: sjekk også disse ({environment}, {url}).</translation>
    </message>
    <message>
        <source>{cause}. Check the region and environment (or the base URL) and the network connection.</source>
        <translation>{cause}. Kontroller region og miljø (eller basis-URL-en) og nettverkstilkoblingen.</translation>
    </message>
    <message>
        <source>{url} answered 404 without Klarna&apos;s NO_SUCH_ORDER: it may not be a Klarna Order Management host ({detail}).</source>
        <translation>{url} svarte 404 uten Klarnas NO_SUCH_ORDER: det er kanskje ikke en vert for Klarna Order Management ({detail}).</translation>
    </message>
    <message>
        <source>found at Klarna by Check with Klarna</source>
        <translation>funnet hos Klarna med Sjekk hos Klarna</translation>
    </message>
    <message>
        <source>recovered from the damaged store moved to {kept_in}</source>
        <translation>gjenopprettet fra den skadede databasen som ble flyttet til {kept_in}</translation>
    </message>
    <message>
        <source>Unexpected answer from {url}: {detail}</source>
        <translation>Uventet svar fra {url}: {detail}</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>må fylles ut</translation>
    </message>
    <message>
        <source>is not a field Klarna accepts here</source>
        <translation>er ikke et felt Klarna tar imot her</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>er tomt</translation>
    </message>
    <message>
        <source>at most {limit} characters</source>
        <translation>høyst {limit} tegn</translation>
    </message>
    <message>
        <source> (got {got} characters)</source>
        <translation> (oppgitt: {got} tegn)</translation>
    </message>
    <message>
        <source>at least {limit} characters</source>
        <translation>minst {limit} tegn</translation>
    </message>
    <message>
        <source>at most {limit} items</source>
        <translation>høyst {limit} elementer</translation>
    </message>
    <message>
        <source> (got {got} items)</source>
        <translation> (oppgitt: {got} elementer)</translation>
    </message>
    <message>
        <source>at least {limit} item(s)</source>
        <translation>minst {limit} element(er)</translation>
    </message>
    <message>
        <source>must be at least {limit}</source>
        <translation>må være minst {limit}</translation>
    </message>
    <message>
        <source>must be at most {limit}</source>
        <translation>kan være høyst {limit}</translation>
    </message>
    <message>
        <source>must be between {low} and {high}</source>
        <translation>må være mellom {low} og {high}</translation>
    </message>
    <message>
        <source>must be {expected}, not {got}</source>
        <translation>må være {expected}, ikke {got}</translation>
    </message>
    <message>
        <source>{value} is not allowed; use one of: {allowed}</source>
        <translation>{value} er ikke tillatt; bruk en av: {allowed}</translation>
    </message>
    <message>
        <source>{value} is not allowed</source>
        <translation>{value} er ikke tillatt</translation>
    </message>
    <message>
        <source>{value} is not a Klarna id (a UUID such as 0b1d9815-165e-42e2-8867-35bc03789e00)</source>
        <translation>{value} er ikke en Klarna-ID (en UUID som 0b1d9815-165e-42e2-8867-35bc03789e00)</translation>
    </message>
    <message>
        <source>{value} is not a payment reference (up to 255 characters, no spaces or slashes)</source>
        <translation>{value} er ikke en betalingsreferanse (opptil 255 tegn, ingen mellomrom eller skråstreker)</translation>
    </message>
    <message>
        <source>{value} is not a date (YYYY-MM-DD) or an ISO 8601 date-time</source>
        <translation>{value} er ikke en dato (ÅÅÅÅ-MM-DD) eller et tidspunkt etter ISO 8601</translation>
    </message>
    <message>
        <source>{value} is not an ISO 4217 code (three letters, like EUR)</source>
        <translation>{value} er ikke en ISO 4217-kode (tre bokstaver, som EUR)</translation>
    </message>
    <message>
        <source>{end} is before the start date {start}</source>
        <translation>{end} er før startdatoen {start}</translation>
    </message>
    <message>
        <source>{action} needs a capture</source>
        <translation>{action}: krever en aktivering</translation>
    </message>
    <message>
        <source>{action} needs a request body</source>
        <translation>{action}: krever en forespørselstekst (body)</translation>
    </message>
    <message>
        <source>{action} takes no request body</source>
        <translation>{action}: tar ingen forespørselstekst (body)</translation>
    </message>
    <message>
        <source>say why you are sure Klarna did not apply it (1 to {limit} characters)</source>
        <translation>skriv hvorfor du er sikker på at Klarna ikke utførte den (1 til {limit} tegn)</translation>
    </message>
    <message>
        <source>request</source>
        <translation>forespørsel</translation>
    </message>
</context>
<context>
    <name>ReferencesDialog</name>
    <message>
        <source>Reference &amp;1</source>
        <translation>Referanse &amp;1</translation>
    </message>
    <message>
        <source>Shown to the customer as the order number.</source>
        <translation>Vises for kunden som ordrenummer.</translation>
    </message>
    <message>
        <source>Reference &amp;2</source>
        <translation>Referanse &amp;2</translation>
    </message>
    <message>
        <source>Your own reference, e.g. the id in your shop or ERP.</source>
        <translation>Din egen referanse, f.eks. ID-en i nettbutikken eller ERP-systemet ditt.</translation>
    </message>
    <message>
        <source>&amp;Save references</source>
        <translation>&amp;Lagre referanser</translation>
    </message>
    <message>
        <source>Clear reference 1 (“{reference}”) of order {order}?</source>
        <translation>Tømme referanse 1 («{reference}») for ordre {order}?</translation>
    </message>
    <message>
        <source>&lt;p&gt;Reference 1 is the order number the customer sees in the Klarna app and on the invoice; after clearing it, they see none.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Referanse 1 er ordrenummeret kunden ser i Klarna-appen og på fakturaen; etter at den er tømt, ser kunden ingenting.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Clear reference 1</source>
        <translation>Tøm referanse 1</translation>
    </message>
    <message>
        <source>Change a reference to save it.</source>
        <translation>Endre en referanse for å kunne lagre den.</translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <source>&amp;Refund…</source>
        <translation>&amp;Refunder…</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>Aktivert</translation>
    </message>
    <message>
        <source>Already refunded</source>
        <translation>Allerede refundert</translation>
    </message>
    <message>
        <source>Refundable</source>
        <translation>Kan refunderes</translation>
    </message>
    <message>
        <source>How much to refund</source>
        <translation>Hvor mye som skal refunderes</translation>
    </message>
    <message>
        <source>&amp;Everything refundable</source>
        <translation>&amp;Alt som kan refunderes</translation>
    </message>
    <message>
        <source>&amp;Part of it, by amount</source>
        <translation>&amp;Del av det, som beløp</translation>
    </message>
    <message>
        <source>By &amp;lines of a capture</source>
        <translation>Per &amp;linje i en aktivering</translation>
    </message>
    <message>
        <source>Amount to refund</source>
        <translation>Beløp å refundere</translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation>&amp;Beløp</translation>
    </message>
    <message>
        <source>Capture whose lines are refunded</source>
        <translation>Aktivering med linjene som refunderes</translation>
    </message>
    <message>
        <source>&amp;Capture</source>
        <translation>Akti&amp;vering</translation>
    </message>
    <message>
        <source>The refund lines keep this capture&apos;s line references, so Klarna credits its invoice.</source>
        <translation>Refusjonslinjene beholder linjereferansene til aktiveringen, slik at Klarna krediterer fakturaen.</translation>
    </message>
    <message>
        <source>Lines to refund</source>
        <translation>Linjer å refundere</translation>
    </message>
    <message>
        <source>Lines: problem</source>
        <translation>Linjer: problem</translation>
    </message>
    <message>
        <source>Charge a return fee of</source>
        <translation>Ta et returgebyr på</translation>
    </message>
    <message>
        <source>Charge a return fee</source>
        <translation>Ta et returgebyr</translation>
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
        <translation>Trekkes fra det kunden får tilbake, og vises i Klarna-appen.</translation>
    </message>
    <message>
        <source>Why no return fee</source>
        <translation>Hvorfor ikke returgebyr</translation>
    </message>
    <message>
        <source>The customer gets back</source>
        <translation>Kunden får tilbake</translation>
    </message>
    <message>
        <source>Customer gets back</source>
        <translation>Kunden får tilbake</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>Beskrivel&amp;se</translation>
    </message>
    <message>
        <source>Shown to the customer.</source>
        <translation>Vises for kunden.</translation>
    </message>
    <message>
        <source>Re&amp;ference</source>
        <translation>Re&amp;feranse</translation>
    </message>
    <message>
        <source>Appears in your settlement files.</source>
        <translation>Vises i oppgjørsfilene dine.</translation>
    </message>
    <message>
        <source>&amp;Everything refundable ({amount})</source>
        <translation>&amp;Alt som kan refunderes ({amount})</translation>
    </message>
    <message>
        <source>No return fee: {why}</source>
        <translation>Ikke returgebyr: {why}</translation>
    </message>
    <message>
        <source>Pick at least one unit of a captured line to refund.</source>
        <translation>Velg minst én enhet av en aktivert linje å refundere.</translation>
    </message>
    <message>
        <source>Enter the fee, or untick the box.</source>
        <translation>Skriv inn gebyret, eller fjern avmerkingen.</translation>
    </message>
    <message>
        <source>The fee must be less than the {amount} refunded.</source>
        <translation>Gebyret må være lavere enn de {amount} som refunderes.</translation>
    </message>
    <message>
        <source>A return fee goes with the returned lines: refund by lines of the capture (or everything).</source>
        <translation>Et returgebyr hører til de returnerte linjene: refunder per linje i aktiveringen (eller alt).</translation>
    </message>
    <message>
        <source>{amount} ({gross} less the {fee} fee)</source>
        <translation>{amount} ({gross} minus gebyret {fee})</translation>
    </message>
    <message>
        <source>{customer} gets {amount} back; Klarna takes it from your next payout.</source>
        <translation>{customer} får tilbake {amount}; Klarna trekker det fra din neste utbetaling.</translation>
    </message>
    <message>
        <source>The customer gets {amount} back; Klarna takes it from your next payout.</source>
        <translation>Kunden får tilbake {amount}; Klarna trekker det fra din neste utbetaling.</translation>
    </message>
    <message>
        <source>A return fee of {amount} is kept.</source>
        <translation>Et returgebyr på {amount} beholdes.</translation>
    </message>
    <message>
        <source>Refund {amount} on order {order}?</source>
        <translation>Refundere {amount} på ordre {order}?</translation>
    </message>
    <message>
        <source>Refund {amount}</source>
        <translation>Refunder {amount}</translation>
    </message>
</context>
<context>
    <name>ReleaseDialog</name>
    <message>
        <source>&amp;Release…</source>
        <translation>&amp;Frigi…</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>Aktivert</translation>
    </message>
    <message>
        <source>Remaining authorization</source>
        <translation>Gjenværende reservasjon</translation>
    </message>
    <message>
        <source>&lt;p&gt;The customer is not charged the remaining {amount} (card payers get it back). Nothing more can be captured afterwards; refunds of what was captured stay possible.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Kunden blir ikke belastet de gjenværende {amount} (kortbetalere får beløpet tilbake). Ingenting mer kan aktiveres etterpå; refusjoner av det som er aktivert, er fortsatt mulig.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Release the remaining {amount} of order {order}?</source>
        <translation>Frigi de gjenværende {amount} for ordre {order}?</translation>
    </message>
    <message>
        <source>&lt;p&gt;The order is closed for further captures.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ordren lukkes for flere aktiveringer.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Release {amount}</source>
        <translation>Frigi {amount}</translation>
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
        <translation>Klarna har ingen ordre {order} i denne profilen.</translation>
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
        <translation>Klarna Order Console: uventet feil</translation>
    </message>
    <message>
        <source>Something went wrong inside Klarna Order Console.</source>
        <translation>Noe gikk galt i Klarna Order Console.</translation>
    </message>
    <message>
        <source>{error}: {message}

The details are in the log file. Nothing was sent twice: check the order&apos;s History tab before you try the action again.</source>
        <translation>{error}: {message}

Detaljene står i loggfilen. Ingenting ble sendt to ganger: sjekk fanen Historikk for ordren før du prøver handlingen på nytt.</translation>
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
        <translation>Ordre-ID {order}</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Beløp</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Opprettet</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Utløper</translation>
    </message>
    <message>
        <source>Klarna ref</source>
        <translation>Klarna-ref.</translation>
    </message>
    <message>
        <source>Merchant ref</source>
        <translation>Butikkref.</translation>
    </message>
    <message>
        <source>Reference 2: {reference}</source>
        <translation>Referanse 2: {reference}</translation>
    </message>
    <message>
        <source>Order id</source>
        <translation>Ordre-ID</translation>
    </message>
    <message>
        <source>shown on the right</source>
        <translation>vises til høyre</translation>
    </message>
    <message>
        <source>Search name, e-mail, phone, reference or order id</source>
        <translation>Søk etter navn, e-post, telefon, referanse eller ordre-ID</translation>
    </message>
    <message>
        <source>Search orders</source>
        <translation>Søk i ordrer</translation>
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
        <translation>Utløper snart</translation>
    </message>
    <message>
        <source>Only orders expiring soon</source>
        <translation>Bare ordrer som snart utløper</translation>
    </message>
    <message>
        <source>Fraud pending</source>
        <translation>Svindelkontroll pågår</translation>
    </message>
    <message>
        <source>Only orders pending fraud review</source>
        <translation>Bare ordrer som venter på svindelkontroll</translation>
    </message>
    <message>
        <source>Not paid out</source>
        <translation>Ikke utbetalt</translation>
    </message>
    <message>
        <source>Only orders with a capture Klarna has not paid out</source>
        <translation>Bare ordrer med en aktivering Klarna ikke har betalt ut</translation>
    </message>
    <message>
        <source>More filters</source>
        <translation>Flere filtre</translation>
    </message>
    <message>
        <source>Show date and amount filters</source>
        <translation>Vis dato- og beløpsfiltre</translation>
    </message>
    <message>
        <source>Created from</source>
        <translation>Opprettet fra</translation>
    </message>
    <message>
        <source>Created until</source>
        <translation>Opprettet til og med</translation>
    </message>
    <message>
        <source>Minimum amount</source>
        <translation>Minste beløp</translation>
    </message>
    <message>
        <source>Maximum amount</source>
        <translation>Største beløp</translation>
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
        <translation>Antall ordrer funnet</translation>
    </message>
    <message>
        <source>Import order IDs…</source>
        <translation>Importer ordre-ID-er…</translation>
    </message>
    <message>
        <source>Import order IDs</source>
        <translation>Importer ordre-ID-er</translation>
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
        <translation>Ingen ordre passer. En innlimt ordre-ID som ikke er her ennå, hentes fra Klarna.</translation>
    </message>
    <message>
        <source>No orders here yet. Klarna&apos;s API cannot list or search orders, so the console finds the ones it has fetched: paste an order id in the search box, or use File → Import order IDs… to fetch many at once (pasted, or from a CSV export of your shop).</source>
        <translation>Ingen ordrer her ennå. Klarnas API kan ikke liste eller søke i ordrer, så konsollen finner dem den har hentet: lim inn en ordre-ID i søkefeltet, eller bruk Fil → Importer ordre-ID-er… for å hente mange på én gang (innlimt eller fra en CSV-eksport fra nettbutikken din).</translation>
    </message>
</context>
<context>
    <name>SendOutDialog</name>
    <message>
        <source>&amp;Resend</source>
        <translation>Send på &amp;nytt</translation>
    </message>
    <message>
        <source>What is sent, and to whom</source>
        <translation>Hva som sendes, og til hvem</translation>
    </message>
    <message>
        <source>Choose a capture.</source>
        <translation>Velg en aktivering.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Klarna sends the latest invoice or payment instructions of capture &lt;b&gt;{capture}&lt;/b&gt; (captured {when}, {amount}) again to &lt;b&gt;{email}&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;Use this when the customer says the invoice never arrived.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Klarna sender den siste fakturaen eller betalingsinstruksen for aktivering &lt;b&gt;{capture}&lt;/b&gt; (aktivert {when}, {amount}) på nytt til &lt;b&gt;{email}&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;Bruk dette når kunden sier at fakturaen aldri kom frem.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Klarna sends the latest invoice or payment instructions of capture &lt;b&gt;{capture}&lt;/b&gt; (captured {when}, {amount}) again to the customer&apos;s e-mail address (Klarna has it; it is not shown here).&lt;/p&gt;&lt;p&gt;Use this when the customer says the invoice never arrived.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Klarna sender den siste fakturaen eller betalingsinstruksen for aktivering &lt;b&gt;{capture}&lt;/b&gt; (aktivert {when}, {amount}) på nytt til kundens e-postadresse (Klarna har den; den vises ikke her).&lt;/p&gt;&lt;p&gt;Bruk dette når kunden sier at fakturaen aldri kom frem.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>SessionsController</name>
    <message>
        <source>Opening {profile}…</source>
        <translation>Åpner {profile}…</translation>
    </message>
    <message>
        <source>Enter the API password of profile &apos;{profile}&apos; first. The cached orders can be searched meanwhile. (File → Profiles…)</source>
        <translation>Skriv først inn API-passordet for profilen &apos;{profile}&apos;. I mellomtiden kan du søke i de bufrede ordrene. (Fil → Profiler…)</translation>
    </message>
    <message>
        <source>{profile}: no password stored; showing cached orders only</source>
        <translation>{profile}: ikke noe passord lagret; viser bare bufrede ordrer</translation>
    </message>
    <message>
        <source>Could not open {profile}</source>
        <translation>Kunne ikke åpne {profile}</translation>
    </message>
    <message>
        <source>This profile is open in another window, process {process}.</source>
        <translation>Profilen er åpen i et annet vindu, prosess {process}.</translation>
    </message>
    <message>
        <source>This profile is open in another window.</source>
        <translation>Profilen er åpen i et annet vindu.</translation>
    </message>
    <message>
        <source>Here it is read-only: you can look up orders, but only that window sends, retries and finishes interrupted actions. Choose another profile to work in, or close the other window and open this profile again.</source>
        <translation>Her er den skrivebeskyttet: du kan slå opp ordrer, men bare det andre vinduet sender, prøver igjen og fullfører avbrutte handlinger. Velg en annen profil å jobbe i, eller lukk det andre vinduet og åpne denne profilen på nytt.</translation>
    </message>
    <message>
        <source>Your account on the team store may only read it: you can look up orders and their history, but nothing is sent from this desk. Ask whoever runs the team store for a role that may write.</source>
        <translation>Kontoen din i teamdatabasen kan bare lese: du kan slå opp ordrer og historikken deres, men ingenting sendes fra denne arbeidsstasjonen. Be den som drifter teamdatabasen, om en rolle som kan skrive.</translation>
    </message>
    <message>
        <source>Sandbox: demo orders simulated on this computer; no Klarna account, no real money</source>
        <translation>Sandbox: demoordrer simulert på denne datamaskinen; ingen Klarna-konto, ingen ekte penger</translation>
    </message>
    <message>
        <source>{status} · read-only</source>
        <translation>{status} · skrivebeskyttet</translation>
    </message>
    <message>
        <source>Updating the local data of {profile} for this version of the console. This happens once; with many cached orders it takes a few minutes…</source>
        <translation>Oppdaterer de lokale dataene for {profile} til denne versjonen av konsollen. Det skjer én gang; med mange bufrede ordrer tar det noen minutter…</translation>
    </message>
    <message>
        <source>The sandbox starts again with fresh demo orders.</source>
        <translation>Sandkassen starter på nytt med nye demoordrer.</translation>
    </message>
    <message>
        <source>Finished the {action} on order {order} that was interrupted.</source>
        <translation>Fullførte den avbrutte endringen ({action}) på ordre {order}.</translation>
    </message>
    <message>
        <source>The interrupted {action} on order {order} still has no answer from Klarna; it was sent again with the same key. It is tried again at {time}.</source>
        <translation>Den avbrutte endringen ({action}) på ordre {order} har fortsatt ikke fått svar fra Klarna; den ble sendt på nytt med samme nøkkel. Neste forsøk gjøres kl. {time}.</translation>
    </message>
    <message>
        <source>The interrupted {action} on order {order} still has no answer from Klarna; it was sent again with the same key.</source>
        <translation>Den avbrutte endringen ({action}) på ordre {order} har fortsatt ikke fått svar fra Klarna; den ble sendt på nytt med samme nøkkel.</translation>
    </message>
    <message>
        <source>Klarna refused the interrupted {action} on order {order}: {code} {message}</source>
        <translation>Klarna avviste den avbrutte endringen ({action}) på ordre {order}: {code} {message}</translation>
    </message>
</context>
<context>
    <name>ShippingInfo</name>
    <message>
        <source>Carrier</source>
        <translation>Transportør</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Leveringsmåte</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Sporingsnummer</translation>
    </message>
    <message>
        <source>Tracking link</source>
        <translation>Sporingslenke</translation>
    </message>
    <message>
        <source>Return carrier</source>
        <translation>Returtransportør</translation>
    </message>
    <message>
        <source>Return tracking number</source>
        <translation>Retursporingsnummer</translation>
    </message>
    <message>
        <source>Return tracking link</source>
        <translation>Retursporingslenke</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(ikke oppgitt)</translation>
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
        <translation>Sending: problem</translation>
    </message>
    <message>
        <source>Remove shipment</source>
        <translation>Fjern sending</translation>
    </message>
    <message>
        <source>Shipment {number}</source>
        <translation>Sending {number}</translation>
    </message>
    <message>
        <source>{field} of shipment {number}</source>
        <translation>{field} for sending {number}</translation>
    </message>
    <message>
        <source>Remove shipment {number}</source>
        <translation>Fjern sending {number}</translation>
    </message>
    <message>
        <source>Add s&amp;hipment</source>
        <translation>Legg til s&amp;ending</translation>
    </message>
    <message>
        <source>Add a shipment</source>
        <translation>Legg til en sending</translation>
    </message>
    <message>
        <source>Shipments: problem</source>
        <translation>Sendinger: problem</translation>
    </message>
    <message>
        <source>Fill in the carrier or a tracking number, or remove this shipment.</source>
        <translation>Fyll inn transportør eller sporingsnummer, eller fjern denne sendingen.</translation>
    </message>
    <message>
        <source>Enter the whole link, starting with https://</source>
        <translation>Skriv inn hele lenken, som begynner med https://</translation>
    </message>
    <message>
        <source>&amp;Add shipping info</source>
        <translation>&amp;Legg til fraktinformasjon</translation>
    </message>
    <message>
        <source>Klarna shows the tracking in the customer&apos;s app for this capture, and uses it when the customer reports a missing parcel.</source>
        <translation>Klarna viser sporingen i kundens app for denne aktiveringen og bruker den når kunden melder fra om en savnet pakke.</translation>
    </message>
    <message>
        <source>Tracking known before the capture: Klarna shows it in the customer&apos;s app. Add it to the capture instead once the order is captured.</source>
        <translation>Sporing som er kjent før aktiveringen: Klarna viser den i kundens app. Legg den heller til på aktiveringen når ordren er aktivert.</translation>
    </message>
    <message>
        <source>Add at least one shipment.</source>
        <translation>Legg til minst én sending.</translation>
    </message>
</context>
<context>
    <name>ShippingMethod</name>
    <message>
        <source>Collect in store</source>
        <translation>Hentes i butikk</translation>
    </message>
    <message>
        <source>Home delivery</source>
        <translation>Hjemlevering</translation>
    </message>
    <message>
        <source>Parcel locker (registered)</source>
        <translation>Pakkeautomat (registrert)</translation>
    </message>
    <message>
        <source>Parcel locker (unregistered)</source>
        <translation>Pakkeautomat (uregistrert)</translation>
    </message>
    <message>
        <source>Pick-up point</source>
        <translation>Hentested</translation>
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
        <translation>Ikke oppgitt</translation>
    </message>
    <message>
        <source>Collect at warehouse</source>
        <translation>Hentes på lager</translation>
    </message>
    <message>
        <source>Click and collect</source>
        <translation>Klikk og hent</translation>
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
        <translation>Kunne ikke lese ordren fra Klarna (viser den bufrede kopien)</translation>
    </message>
    <message>
        <source>Still connecting: the order shown is the cached copy.</source>
        <translation>Kobler fortsatt til: ordren som vises, er den bufrede kopien.</translation>
    </message>
    <message>
        <source>This profile is open in another window; only that window may send.</source>
        <translation>Profilen er åpen i et annet vindu; bare det vinduet kan sende.</translation>
    </message>
    <message>
        <source>This profile is read-only.</source>
        <translation>Profilen er skrivebeskyttet.</translation>
    </message>
    <message>
        <source>An earlier {action} has no answer yet: open it to send it again with its key or check with Klarna.</source>
        <translation>En tidligere endring ({action}) har ikke fått svar ennå: åpne den for å sende den på nytt med nøkkelen sin eller sjekke hos Klarna.</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Authorized</source>
        <translation>Reservert</translation>
    </message>
    <message>
        <source>Part captured</source>
        <translation>Delvis aktivert</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>Aktivert</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Kansellert</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Utløpt</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Lukket</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Refundert</translation>
    </message>
    <message>
        <source>Part refunded</source>
        <translation>Delvis refundert</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>venter</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>avvist</translation>
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
        <translation>&amp;Endre ordre…</translation>
    </message>
    <message>
        <source>Current amount</source>
        <translation>Nåværende beløp</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>Aktivert</translation>
    </message>
    <message>
        <source>New amount</source>
        <translation>Nytt beløp</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Endring</translation>
    </message>
    <message>
        <source>Order lines</source>
        <translation>Ordrelinjer</translation>
    </message>
    <message>
        <source>Add &amp;line</source>
        <translation>Legg til &amp;linje</translation>
    </message>
    <message>
        <source>Re&amp;move line</source>
        <translation>&amp;Fjern linje</translation>
    </message>
    <message>
        <source>Remove the selected line</source>
        <translation>Fjern den valgte linjen</translation>
    </message>
    <message>
        <source>Lines: problem</source>
        <translation>Linjer: problem</translation>
    </message>
    <message>
        <source>New order amount</source>
        <translation>Nytt ordrebeløp</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>Beskri&amp;velse</translation>
    </message>
    <message>
        <source>Why the order changed, for the customer.</source>
        <translation>Hvorfor ordren ble endret, for kunden.</translation>
    </message>
    <message>
        <source>this payment method</source>
        <translation>denne betalingsmåten</translation>
    </message>
    <message>
        <source>A higher amount needs Klarna&apos;s approval ({method}): Klarna checks the customer again and may refuse.</source>
        <translation>Et høyere beløp krever godkjenning fra Klarna ({method}): Klarna kontrollerer kunden på nytt og kan avvise.</translation>
    </message>
    <message>
        <source>Klarna does not allow a higher amount for {method} orders from {country}: lower it, or ask the customer to place a new order for the extra items.</source>
        <translation>Klarna tillater ikke et høyere beløp for ordrer fra {country} med betalingsmåten {method}: senk det, eller be kunden legge inn en ny ordre for de ekstra varene.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>An order needs at least one line.</source>
        <translation>En ordre må ha minst én linje.</translation>
    </message>
    <message>
        <source>Line {line}: name is empty; every line needs one.</source>
        <translation>Linje {line}: navnet er tomt; hver linje må ha et navn.</translation>
    </message>
    <message>
        <source>Change a line, add one or remove one.</source>
        <translation>Endre, legg til eller fjern en linje.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Klarna checks the customer again and may refuse the higher amount.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Klarna kontrollerer kunden på nytt og kan avvise det høyere beløpet.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Raise order {order} from {old} to {new}?</source>
        <translation>Øke ordre {order} fra {old} til {new}?</translation>
    </message>
    <message>
        <source>Lower order {order} from {old} to {new}?</source>
        <translation>Senke ordre {order} fra {old} til {new}?</translation>
    </message>
    <message>
        <source>Set amount to {amount}</source>
        <translation>Endre beløpet til {amount}</translation>
    </message>
</context>
</TS>
