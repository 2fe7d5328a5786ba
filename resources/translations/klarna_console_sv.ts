<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
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
</TS>
