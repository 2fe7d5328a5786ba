<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK">
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
</TS>
