<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO">
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
</TS>
